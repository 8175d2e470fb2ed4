#!/usr/bin/env bash
# Installs the Debian packages the browser tests and OCR use, when they are missing
# (pdftoppm from poppler-utils renders scanned PDF pages for OCR).
# Best effort: on a machine without apt (or without root) it says what is missing and returns 0;
# the tests that need them then skip with that reason.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-vie)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/tmp/tcdlcl-apt.log 2>&1 \
    || echo "warning: apt-get install failed (see /tmp/tcdlcl-apt.log); tests needing ${need[*]} will skip"
else
  echo "note: missing ${need[*]} and no root apt-get; the tests that need them will skip"
fi
exit 0
