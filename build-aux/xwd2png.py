#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts an X window dump, as `xwd -silent -id WINDOW` writes it for a
24- or 32-bit TrueColor screen such as Xvfb's, to an RGB PNG. Standard
library only, so that the screenshots and the Flatpak test need nothing
beyond x11-apps.

  xwd -silent -id WINDOW | build-aux/xwd2png.py OUT.png

Imported: read_xwd(data) gives (width, height, rgb), rgb being the pixels'
bytes row by row; write_png(path, width, height, rgb) writes them.
"""

import struct
import sys
import zlib

HEADER = struct.Struct(">25I")
Z_PIXMAP = 2
LSB_FIRST = 0


def read_xwd(data):
  """(width, height, rgb bytes) of a 32-bit-per-pixel ZPixmap dump."""
  fields = HEADER.unpack_from(data)
  header_size, _, pixmap_format, _, width, height = fields[:6]
  byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
  masks = fields[14:17]
  n_colors = fields[19]
  if pixmap_format != Z_PIXMAP or bits_per_pixel != 32 or masks != (0xFF0000, 0xFF00, 0xFF):
    raise ValueError(f"not a 32-bit TrueColor ZPixmap: format {pixmap_format}, "
                     f"{bits_per_pixel} bits per pixel, masks {masks}")
  # Each pixel is 0xXXRRGGBB, stored in the dump's byte order.
  red, green, blue = (2, 1, 0) if byte_order == LSB_FIRST else (1, 2, 3)
  start = header_size + n_colors * 12
  rgb = bytearray(width * height * 3)
  for y in range(height):
    row = data[start + y * bytes_per_line:start + y * bytes_per_line + width * 4]
    out = y * width * 3
    rgb[out:out + width * 3:3] = row[red::4]
    rgb[out + 1:out + width * 3:3] = row[green::4]
    rgb[out + 2:out + width * 3:3] = row[blue::4]
  return width, height, bytes(rgb)


def write_png(path, width, height, rgb):
  """Writes 8-bit RGB pixels as a PNG."""
  stride = width * 3
  raw = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))

  def chunk(kind, body):
    return (struct.pack(">I", len(body)) + kind + body +
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

  with open(path, "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n")
    f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
    f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
    f.write(chunk(b"IEND", b""))


def main(argv):
  if len(argv) not in (2, 3):
    print("usage: xwd -silent -id WINDOW | xwd2png.py OUT.png   or   xwd2png.py IN.xwd OUT.png",
          file=sys.stderr)
    return 2
  if len(argv) == 3:
    with open(argv[1], "rb") as f:
      data = f.read()
  else:
    data = sys.stdin.buffer.read()
  write_png(argv[-1], *read_xwd(data))
  return 0


if __name__ == "__main__":
  sys.exit(main(sys.argv))
