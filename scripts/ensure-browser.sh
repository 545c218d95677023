#!/usr/bin/env bash
# Makes sure the browser tests have what they need: Debian's Chromium and CJK fonts
# (without fonts-noto-cjk, Chinese renders as empty boxes), and nginx (tests/browser/nginx.test.ts
# runs the generated snippet in it; it is never started as a service). Never downloads a browser build.
set -euo pipefail

have_chromium() { [ -x "${PARLEY_CHROMIUM:-/usr/bin/chromium}" ]; }
have_cjk_fonts() { fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; }  # not -q: with pipefail, SIGPIPE would fail the pipe
have_nginx() { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; }

if have_chromium && have_cjk_fonts && have_nginx; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "parley: the browser tests need Chromium at ${PARLEY_CHROMIUM:-/usr/bin/chromium}, the Noto CJK fonts and nginx." >&2
	echo "        On Debian/Ubuntu run as root: apt-get update && apt-get install -y chromium fonts-noto-cjk nginx" >&2
	echo "        Or point PARLEY_CHROMIUM at a Chromium binary." >&2
	exit 1
fi

echo "parley: installing chromium, fonts-noto-cjk and nginx from Debian's packages (about a minute)" >&2
export DEBIAN_FRONTEND=noninteractive
# The nginx package would start a system service; the test runs its own. A policy-rc.d that
# refuses every start (as Docker images ship) is put in place for the install if there is none.
if [ ! -e /usr/sbin/policy-rc.d ]; then
	printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
	trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk nginx >/dev/null
