#!/usr/bin/env bash
# Runs every test of jpar on a fresh machine: installs what is missing (JDK, MPJ Express, OpenCL on PoCL),
# then builds every module and runs its tests, the integration tests of real Maven builds, real MPJ Express
# jobs with several JVMs and real OpenCL kernels on PoCL.
set -euo pipefail
cd "$(dirname "$0")"
# PoCL (the OpenCL device here) leaves Java's integer division by zero intact only with this; jpar's GPU
# runtime does not open PoCL without it.
export POCL_SIGFPE_HANDLER=0

bash scripts/prerequisites.sh
./mvnw -B verify "$@"
