#!/usr/bin/env python3
"""Packs the committed hicolor PNGs into guichet-ccas.ico (PNG-compressed entries, Windows Vista and
later): the icon of the Windows executable (packaging/windows/guichet-ccas.rc) and of the MSI.
Run it after render-png.sh, then commit the .ico."""
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent
APP_ID = "fr.guichet_ccas.GuichetCcas"
SIZES = (16, 24, 32, 48, 64, 128, 256)

images = [(size, (HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()) for size in SIZES]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries, blobs = b"", b""
for size, png in images:
    dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
    blobs += png
    offset += len(png)
(HERE / "guichet-ccas.ico").write_bytes(header + entries + blobs)
print(f"make-ico : {HERE / 'guichet-ccas.ico'}")
