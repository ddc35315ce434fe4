#!/usr/bin/env bash
# Set-up and main job: installs what is missing, builds dfyc, then verifies, compiles and runs
# the first example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
build/driver/dfyc verify examples/hello/hello.dfy
build/driver/dfyc run examples/hello/hello.dfy
