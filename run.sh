#!/usr/bin/env bash
# Builds both services and runs the whole system on this machine (see README.md, "Run it").
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java -jar launcher/target/launcher.jar "$@"
