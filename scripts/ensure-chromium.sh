#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for Playwright and the bench, and
# that Debian's Noto CJK fonts are installed so the e2e screenshots show real Chinese
# glyphs (not boxes). Playwright's own browser download cannot work here (no network beyond
# package registries), so we use the distribution's build instead.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

# The CJK fonts: best effort (the tests still run without them; screenshots would show boxes).
if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing Debian's fonts-noto-cjk for Chinese text in screenshots..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null ||
      echo "ensure-chromium: could not install fonts-noto-cjk; Chinese may draw as boxes." >&2
  else
    echo "ensure-chromium: fonts-noto-cjk is missing (install it with: sudo apt-get install fonts-noto-cjk)." >&2
  fi
fi

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing; installing Debian's chromium with apt-get (a few minutes)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-noto-cjk >/dev/null
  if [ -x "$CHROMIUM" ]; then
    echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
ensure-chromium: $CHROMIUM is missing and cannot be installed automatically
(this needs root and apt-get). Install Debian's Chromium yourself, e.g.:

    sudo apt-get update && sudo apt-get install -y chromium

then run the command again. The e2e tests and the bench use /usr/bin/chromium;
Playwright's own browser download is not used.
MSG
exit 1
