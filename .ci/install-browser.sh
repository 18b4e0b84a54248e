#!/usr/bin/env bash
# Installs Debian's Chromium and its chromedriver for the browser tests (system-tests), when missing.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
SUDO=""
if [[ "$(id -u)" != 0 ]]; then
  SUDO=sudo
fi
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium chromium-driver
