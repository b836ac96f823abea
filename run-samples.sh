#!/usr/bin/env bash
# Sets up a fresh machine for jpar and runs the samples: installs what is missing, builds every module
# (the samples are rewritten by jpar's own Maven plugin on the way), then runs each sample sequentially and
# in parallel and prints times, speedups and whether the results are equal. Exits non-zero if any differ.
set -euo pipefail
cd "$(dirname "$0")"

bash scripts/prerequisites.sh
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl samples exec:exec
