#!/usr/bin/env bash
# The preview's end-to-end test drives Debian's Chromium (playwright-core never downloads a
# browser). `npm test` runs this first: it installs the package when it is missing and this
# machine can (root with apt-get), and otherwise says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the preview's end-to-end test…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-color-emoji >/dev/null
  exit 0
fi
echo "The end-to-end test needs /usr/bin/chromium: run 'sudo apt-get install chromium' once." >&2
exit 1
