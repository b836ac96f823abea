#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, test and run jpar. Idempotent: each step checks first.
#  - a JDK 17 or newer (the Maven Wrapper brings Maven itself)
#  - MPJ Express 0.44 (Debian's libmpj-java) for target = CLUSTER: its jar is not on Maven Central, so it is
#    installed into the local Maven repository as mpjexpress:mpj:0.44, and a private MPJ_HOME is made with real
#    copies of the jars (Debian's scripts and the jars' manifests want log4j and commons-* beside them)
#  - an OpenCL platform for target = GPU: PoCL (runs kernels on the CPU), its ICD loader and clinfo
set -euo pipefail
cd "$(dirname "$0")/.."

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo "$@"; else
      echo "jpar: need root to run: $*" >&2; exit 1
    fi
  else
    "$@"
  fi
}

apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then need_root apt-get update -qq; apt_updated=1; fi
  need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

java_major() { javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p'; }
if ! command -v javac >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  echo "jpar: installing a JDK 17"
  apt_install openjdk-17-jdk-headless
fi

missing=()
[ -f /usr/share/java/mpj.jar ] && [ -d /usr/share/mpj/lib ] || missing+=(libmpj-java)
[ -f /usr/share/java/log4j-1.2.jar ] || missing+=(liblog4j1.2-java)
ls /etc/OpenCL/vendors/*pocl* >/dev/null 2>&1 || missing+=(pocl-opencl-icd)
ldconfig -p 2>/dev/null | grep -q 'libOpenCL.so.1' || missing+=(ocl-icd-libopencl1)
command -v clinfo >/dev/null 2>&1 || missing+=(clinfo)
# ip netns: the cluster tests run ranks in two network namespaces
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
if [ ${#missing[@]} -gt 0 ]; then
  echo "jpar: installing ${missing[*]} (MPJ Express, OpenCL on PoCL)"
  apt_install "${missing[@]}"
fi

# The private MPJ_HOME: real copies (the JVM resolves a linked jar's manifest Class-Path against the link's target).
mpj_home="${JPAR_MPJ_HOME:-$HOME/.jpar/mpj-0.44}"
if [ ! -f "$mpj_home/lib/starter.jar" ] || [ ! -f "$mpj_home/lib/log4j-1.2.jar" ]; then
  mkdir -p "$mpj_home/lib" "$mpj_home/conf"
  for jar in /usr/share/mpj/lib/*-0.44.jar; do
    cp -L "$jar" "$mpj_home/lib/$(basename "$jar" -0.44.jar).jar"
  done
  cp -L /usr/share/java/mpj.jar "$mpj_home/lib/mpj.jar"
  for jar in log4j-1.2 commons-cli commons-codec commons-io; do
    cp -L "/usr/share/java/$jar.jar" "$mpj_home/lib/$jar.jar"
  done
  if [ -f /etc/mpj/mpjexpress.conf ]; then cp -L /etc/mpj/mpjexpress.conf "$mpj_home/conf/"; else touch "$mpj_home/conf/mpjexpress.conf"; fi
  echo "jpar: made a private MPJ_HOME at $mpj_home"
fi

# mpj.jar into the local Maven repository, where jpar-runtime's build finds it.
repo="$(./mvnw -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || true)"
repo="${repo:-$HOME/.m2/repository}"
if [ ! -f "$repo/mpjexpress/mpj/0.44/mpj-0.44.jar" ]; then
  echo "jpar: installing /usr/share/java/mpj.jar into $repo as mpjexpress:mpj:0.44"
  ./mvnw -q -B -N install:install-file -Dfile=/usr/share/java/mpj.jar -DgroupId=mpjexpress -DartifactId=mpj \
    -Dversion=0.44 -Dpackaging=jar -DgeneratePom=true
fi

echo "jpar: prerequisites present (javac $(java_major), MPJ Express in $mpj_home, OpenCL: $(clinfo -l 2>/dev/null | grep -c 'Device' || true) device(s))"
