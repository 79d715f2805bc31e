#!/usr/bin/env bash
# Builds both services and runs the benchmark on this machine (see README.md, "Performance").
set -euo pipefail
cd "$(dirname "$0")"
. tools/prefer-jdk25.sh
./mvnw -q -B -DskipTests package
exec java -jar benchmark/target/benchmark.jar "$@"
