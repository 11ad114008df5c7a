#!/usr/bin/env bash
# Renders a document with LibreOffice to PNG pages, to look at what Prognos wrote: an .xlsx after an
# update (number formats, merges, the threeArrows icon set), or the report section for Word (the .docx
# of `prognos update --docx`, or the clipboard's .html, which Writer opens with the import a paste uses).
# Prints the page paths, one per line.
#   scripts/render-document.sh <file.xlsx|.docx|.html> [outdir] [resolution-dpi]
# Env: RENDER_FORMAT=ppm writes .ppm instead of .png (easy for tests to read pixels).
#      RENDER_VIA=docx saves the document as .docx first (kept in outdir) and renders that file: what
#      Writer keeps of a pasted HTML when it saves for Word.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <file.xlsx|file.docx|file.html> [outdir] [dpi]" >&2
  exit 2
fi
input=$1
outdir=${2:-$(mktemp -d /tmp/render-document.XXXXXX)}
dpi=${3:-80}
format=${RENDER_FORMAT:-png}
[ -f "$input" ] || { echo "no such file: $input" >&2; exit 2; }
command -v libreoffice >/dev/null || { echo "libreoffice is not installed" >&2; exit 3; }
command -v pdftoppm >/dev/null || { echo "pdftoppm (poppler-utils) is not installed" >&2; exit 3; }

mkdir -p "$outdir"
file=$(basename "$input")
base=${file%.*}
extension=${file##*.}
cp "$input" "$outdir/$file" 2>/dev/null || true
# A private profile keeps parallel runs (and a desktop LibreOffice) from blocking each other.
profile=$(mktemp -d /tmp/render-document-profile.XXXXXX)
trap 'rm -rf "$profile"' EXIT
office() { (cd "$outdir" && libreoffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null 2>&1); }
# HTML into Writer proper (not Writer/Web), as a paste into a Writer document reads it.
import=()
case "$extension" in html | htm) import=(--infilter="HTML (StarWriter)") ;; esac
if [ "${RENDER_VIA:-}" = docx ] && [ "$extension" != docx ]; then
  office "${import[@]}" --convert-to 'docx:MS Word 2007 XML' "$file"
  [ -f "$outdir/$base.docx" ] || { echo "LibreOffice did not produce $outdir/$base.docx" >&2; exit 4; }
  file=$base.docx
  import=()
fi
office "${import[@]}" --convert-to pdf "$file"
[ -f "$outdir/$base.pdf" ] || { echo "LibreOffice did not produce $outdir/$base.pdf" >&2; exit 4; }
rm -f "$outdir/$base"-page-*."$format"
if [ "$format" = ppm ]; then
  pdftoppm -r "$dpi" "$outdir/$base.pdf" "$outdir/$base-page"   # PPM is pdftoppm's default output
else
  pdftoppm "-$format" -r "$dpi" "$outdir/$base.pdf" "$outdir/$base-page"
fi
ls -1 "$outdir/$base"-page-*."$format"
