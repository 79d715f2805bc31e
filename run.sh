#!/usr/bin/env bash
# Builds the services and the console and runs the whole system on this machine (see README.md, "The two commands").
set -euo pipefail
cd "$(dirname "$0")"
. tools/prefer-jdk25.sh
echo "The console will be at http://localhost:${CONSOLE_PORT:-8080} once everything has started."
echo "Building (Maven, tests skipped)..."
# Maven's own output, trimmed to one line per module, the downloads' first line, and any error
./mvnw -B -DskipTests package 2>&1 | awk '
    /^\[INFO\] Building [a-z][-a-z]* [0-9]/ { sub(/^\[INFO\] Building /, "  "); print; fflush(); next }
    /Downloading from/ && !downloading { print "  downloading dependencies (the first build only)..."; downloading = 1; fflush(); next }
    /^\[(ERROR|FATAL)\]/ { print; fflush(); next }
    /BUILD SUCCESS/ { print "Built."; fflush() }'
exec java -jar launcher/target/launcher.jar "$@"
