#!/usr/bin/env bash
# Renders an .xlsx with LibreOffice to PNG pages, to look at what an update wrote
# (number formats, merges, the threeArrows icon set). Prints the PNG paths, one per line.
#   scripts/render-xlsx.sh <file.xlsx> [outdir] [resolution-dpi]
# Env: RENDER_FORMAT=ppm writes .ppm instead of .png (easy for tests to read pixels).
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <file.xlsx> [outdir] [dpi]" >&2
  exit 2
fi
input=$1
outdir=${2:-$(mktemp -d /tmp/render-xlsx.XXXXXX)}
dpi=${3:-80}
format=${RENDER_FORMAT:-png}
[ -f "$input" ] || { echo "no such file: $input" >&2; exit 2; }
command -v libreoffice >/dev/null || { echo "libreoffice is not installed" >&2; exit 3; }
command -v pdftoppm >/dev/null || { echo "pdftoppm (poppler-utils) is not installed" >&2; exit 3; }

mkdir -p "$outdir"
base=$(basename "${input%.*}")
cp "$input" "$outdir/$base.xlsx" 2>/dev/null || true
# A private profile keeps parallel runs (and a desktop LibreOffice) from blocking each other.
profile=$(mktemp -d /tmp/render-xlsx-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
(cd "$outdir" && libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf "$base.xlsx" >/dev/null 2>&1)
[ -f "$outdir/$base.pdf" ] || { echo "LibreOffice did not produce $outdir/$base.pdf" >&2; exit 4; }
rm -f "$outdir/$base"-page-*."$format"
if [ "$format" = ppm ]; then
  pdftoppm -r "$dpi" "$outdir/$base.pdf" "$outdir/$base-page"   # PPM is pdftoppm's default output
else
  pdftoppm "-$format" -r "$dpi" "$outdir/$base.pdf" "$outdir/$base-page"
fi
ls -1 "$outdir/$base"-page-*."$format"
