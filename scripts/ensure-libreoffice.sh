#!/usr/bin/env bash
# The rappel draft's test converts a Word file headless with LibreOffice. `npm test` runs this
# first: it installs Debian's Writer (no GUI) when it is missing and this machine can (root with
# apt-get), and otherwise says what to do. Same policy as scripts/ensure-chromium.sh.
set -euo pipefail
if [ -x /usr/bin/soffice ] || [ -x /usr/bin/libreoffice ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's LibreOffice Writer for the rappel draft's test…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
  exit 0
fi
echo "The rappel draft's test needs LibreOffice: run 'sudo apt-get install libreoffice-writer-nogui' once." >&2
exit 1
