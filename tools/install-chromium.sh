#!/usr/bin/env bash
# Idempotent: makes sure Debian's chromium is installed for the headless-browser tests (test/e2e/labour-market-page).
# Call it from tools/ci.sh before the e2e tests. Does nothing when /usr/bin/chromium (or $CHROMIUM_PATH) already exists.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "chromium: $(/usr/bin/chromium --version) installed"
