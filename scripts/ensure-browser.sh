#!/usr/bin/env bash
# Makes sure the browser tests have what they need: Debian's Chromium and CJK fonts
# (without fonts-noto-cjk, Chinese renders as empty boxes). Never downloads a browser build.
set -euo pipefail

have_chromium() { [ -x "${PARLEY_CHROMIUM:-/usr/bin/chromium}" ]; }
have_cjk_fonts() { fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; }  # not -q: with pipefail, SIGPIPE would fail the pipe

if have_chromium && have_cjk_fonts; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "parley: the browser tests need Chromium at ${PARLEY_CHROMIUM:-/usr/bin/chromium} and the Noto CJK fonts." >&2
	echo "        On Debian/Ubuntu run as root: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
	echo "        Or point PARLEY_CHROMIUM at a Chromium binary." >&2
	exit 1
fi

echo "parley: installing chromium and fonts-noto-cjk from Debian's packages (about a minute)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
