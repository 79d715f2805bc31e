#!/usr/bin/env bash
# Runs every test (see README.md, "The two commands"): unit, integration on a real PostgreSQL, end to end with the
# services as separate JVMs, and the console's stories in a real headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
. tools/prefer-jdk25.sh

# The browser stories drive the machine's Chromium through its chromedriver; nothing downloads a browser.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Chromium or chromedriver is missing; installing Debian's chromium and chromium-driver"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get -o Acquire::Retries=3 update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o Acquire::Retries=3 install -y -q chromium chromium-driver
  else
    echo "The console's browser tests need Chromium and chromedriver: install them, or name them with" >&2
    echo "  -Ddisputes.chromium=/path/to/chromium -Ddisputes.chromedriver=/path/to/chromedriver" >&2
    exit 2
  fi
fi

# Spectral (npm @stoplight/spectral-cli, pinned in tools/spectral/package-lock.json) lints both services' OpenAPI
# documents in their OpenApiDocumentTest; installed again only when the lock file changed.
if ! command -v npm >/dev/null 2>&1; then
  echo "The OpenAPI documents are checked with Spectral, which needs Node.js (18 or newer) and npm: install them" >&2
  exit 2
fi
if ! cmp -s tools/spectral/package-lock.json tools/spectral/node_modules/.installed-from-lock.json; then
  echo "Installing Spectral (tools/spectral, npm ci)"
  # The registry sometimes drops a connection mid-download (npm's EIDLETIMEOUT is not retried by npm itself):
  # a few more tries before giving up, each starting clean.
  for attempt in 1 2 3 4; do
    if (cd tools/spectral && npm ci --no-audit --no-fund --loglevel=error); then
      break
    fi
    if [ "$attempt" -eq 4 ]; then
      echo "npm ci failed four times; Spectral could not be installed" >&2
      exit 1
    fi
    echo "npm ci failed (try $attempt of 4); trying again in $((attempt * 10)) s"
    sleep $((attempt * 10))
  done
  cp tools/spectral/package-lock.json tools/spectral/node_modules/.installed-from-lock.json
fi

exec ./mvnw -B verify "$@"
