#!/usr/bin/env bash
# Evidence for io.jpar.runtime.gpu.PoclSafety: runs N forked JVMs (default 50), each building 24 kernels of distinct
# source on PoCL through jpar's GPU runtime while three threads raise the JVM's routine signals (implicit null
# checks, safepoints), started as the build starts every JVM that opens PoCL (POCL_SIGFPE_HANDLER=0 and HotSpot's
# signal-chaining library preloaded). Prints how many ended well, crashed (exit >= 128) or failed otherwise.
# Needs the runtime's test classes: ./mvnw -B -q -pl runtime -am test-compile
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
jocl="$(find "${HOME}/.m2/repository/org/jocl/jocl" -name 'jocl-*.jar' | sort | tail -1)"
cp="runtime/target/test-classes:runtime/target/classes:annotations/target/classes:$jocl"
ok=0; crashed=0; failed=0
for run in $(seq 1 "$runs"); do
  cache="$(mktemp -d)"
  out="$(POCL_SIGFPE_HANDLER=0 POCL_CACHE_DIR="$cache" JPAR_FALLBACK=error LD_PRELOAD="$java_home/lib/libjsig.so" \
    "$java_home/bin/java" -cp "$cp" io.jpar.runtime.gpu.PoclStressMain 24 2>&1)"
  rc=$?
  rm -rf "$cache"
  if [ $rc = 0 ] && [ "$out" = ok ]; then ok=$((ok + 1))
  elif [ $rc -ge 128 ]; then crashed=$((crashed + 1)); echo "run $run: exit $rc"
  else failed=$((failed + 1)); echo "run $run: exit $rc: $out"; fi
done
echo "PoCL forks with signal chaining: $runs runs, $ok ended well, $crashed crashed, $failed failed"
[ $ok = "$runs" ]
