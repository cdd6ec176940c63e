#!/usr/bin/env bash
# Renders the application icon (guichet-ccas.svg) to the PNG sizes of the hicolor theme.
# The PNGs are committed: the build and the packages never need rsvg-convert (Debian: librsvg2-bin).
# Run it again after any change to the SVG, then commit the PNGs.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
APP_ID=fr.guichet_ccas.GuichetCcas
SIZES=(16 24 32 48 64 128 256)

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "render-png : rsvg-convert introuvable (Debian : apt-get install librsvg2-bin)." >&2
    exit 1
fi

for size in "${SIZES[@]}"; do
    out="$HERE/hicolor/${size}x${size}/apps/$APP_ID.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$HERE/guichet-ccas.svg"
    echo "render-png : $out"
done
