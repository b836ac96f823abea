#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test jpar. Idempotent: each step checks first.
set -euo pipefail

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

# A JDK 17 or newer (javac, not only a JRE). The Maven Wrapper brings Maven itself.
java_major() { javac -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p'; }
if ! command -v javac >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  echo "jpar: installing a JDK 17"
  apt_install openjdk-17-jdk-headless
fi
echo "jpar: prerequisites present (javac $(java_major))"
