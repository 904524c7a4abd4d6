#!/usr/bin/env bash
# Makes sure the cross-engine suite (e2e-engines/) has its browsers: Debian's WebKitGTK
# (WebKitWebDriver + MiniBrowser, run under xvfb) and Firefox ESR. Neither Playwright nor
# webdriverio can download browsers here, so we use the distribution's builds.
set -euo pipefail

MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
need=()
command -v WebKitWebDriver >/dev/null 2>&1 && [ -x "$MINIBROWSER" ] || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
# xvfb only recommends xauth, and xvfb-run needs it.
command -v xauth >/dev/null 2>&1 || need+=(xauth)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

if [ -z "${ENSURE_ENGINES_TRIED:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-engines: installing ${need[*]} with apt-get..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # Check again, once: what apt-get could not provide is reported below.
  ENSURE_ENGINES_TRIED=1 exec bash "$0"
fi

cat >&2 <<MSG
ensure-engines: missing ${need[*]}, and they cannot be installed automatically
(this needs root and apt-get). Install them yourself, e.g.:

    sudo apt-get update && sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth firefox-esr

then run the command again.
MSG
exit 1
