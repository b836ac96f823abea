#!/usr/bin/env bash
# Sets up a fresh machine for jpar and runs the samples: installs what is missing, builds every module
# (the samples are rewritten by jpar's own Maven plugin on the way), then runs
#  1. the CPU samples, sequentially and on threads,
#  2. the CLUSTER samples as a real MPJ Express job of 2 rank JVMs (niodev), one thread per rank,
#  3. the GPU samples on the OpenCL device (PoCL on the CPU where there is no GPU),
# each printing times, speedups and whether the results equal the sequential ones. Exits non-zero if any differ.
set -euo pipefail
cd "$(dirname "$0")"
# PoCL (the OpenCL device here) leaves Java's integer division by zero intact only with this; jpar's GPU
# runtime does not open PoCL without it.
export POCL_SIGFPE_HANDLER=0

bash scripts/prerequisites.sh
./mvnw -B -q install -DskipTests -Dinvoker.skip

status=0
echo "== CPU target: threads =="
./mvnw -B -q -pl samples exec:exec || status=1
echo
echo "== CLUSTER target: a job of 2 ranks (separate JVMs, niodev), 1 thread per rank =="
./mvnw -B -q -pl samples jpar:run -Djpar.np=2 -Djpar.device=niodev -Djpar.threads=1 -Djpar.timeout=240 \
  -Djpar.mainClass=io.jpar.samples.cluster.ClusterSamples || status=1
echo
echo "== GPU target: OpenCL kernels (JPAR_FALLBACK=error: a kernel that cannot run on the device is an error, not a CPU run) =="
JPAR_FALLBACK=error ./mvnw -B -q -pl samples exec:exec -Dsamples.main=io.jpar.samples.gpu.GpuSamples || status=1
exit $status
