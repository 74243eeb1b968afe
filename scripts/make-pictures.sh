#!/bin/sh
# Makes the small pictures of the outputs that README.md shows, from the demo outputs that
# `make demo` wrote under reports/2024/ (run through `make docs`). Each picture is the first page
# (or screen) as its reader sees it: the letter's PDF, a factsheet's PDF, and the national workbook
# printed by LibreOffice. Needs pdftoppm (poppler-utils), LibreOffice and Chromium's PDFs from `make demo`.
set -eu
reports=${1:-reports}
out="$reports/voorbeelden"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first page of a PDF, 500 pixels wide.
first_page() {
    pdftoppm -png -f 1 -l 1 -singlefile -scale-to-x 500 -scale-to-y -1 "$1" "$out/$2"
    echo "geschreven: $out/$2.png"
}

first_page "$reports/2024/Voortgangsbrief-2024.pdf" brief
first_page "$reports/2024/factsheets/GM0193-Zwolle.pdf" factsheet
soffice -env:UserInstallation="file://$work/profiel" --headless --norestore --convert-to pdf --outdir "$work" \
    "$reports/2024/benchmark/Benchmark-landelijk-2024.xlsx" >/dev/null 2>&1
# The workbook's first printed page of national figures (the explanation comes before it).
annex="$work/Benchmark-landelijk-2024.pdf"
pages=$(pdfinfo "$annex" | awk '/^Pages:/ {print $2}')
page=1
while [ "$page" -le "$pages" ] && ! pdftotext -f "$page" -l "$page" "$annex" - | grep -q "Landelijke uitkomsten"; do
    page=$((page + 1))
done
pdftoppm -png -f "$page" -l "$page" -singlefile -scale-to-x 700 -scale-to-y -1 "$annex" "$out/werkmap"
echo "geschreven: $out/werkmap.png"
