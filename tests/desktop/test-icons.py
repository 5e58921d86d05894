#!/usr/bin/env python3
# test-icons.py: the app icon and the symbolic icon are well-formed SVG on the
# right canvas, follow the rules of their kind, and render.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, read_png, require_tool, run, app_id, source_root  # noqa: E402

tap = Tap()
ICONS = os.path.join(source_root(), "data", "icons", "hicolor")
APP_ICON = os.path.join(ICONS, "scalable", "apps", app_id() + ".svg")
SYMBOLIC = os.path.join(ICONS, "symbolic", "apps", app_id() + "-symbolic.svg")
SVG = "{http://www.w3.org/2000/svg}"
# Symbolic icons are recoloured by GTK; they are drawn in one of these.
SYMBOLIC_COLOURS = {"#241f31", "#2e3436"}

work = tempfile.TemporaryDirectory(prefix="lc-icons-")


def read_rgba_png(path):
  """(width, height, rows of RGBA tuples) of an 8-bit RGBA PNG, as rsvg-convert writes."""
  (width, height, depth, colour, _, _, interlace), raw = read_png(path)
  check(depth == 8 and colour == 6 and interlace == 0, f"{path}: not 8-bit RGBA")
  stride, rows, prev = width * 4, [], bytearray(width * 4)
  for y in range(height):
    kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
      a = line[x - 4] if x >= 4 else 0
      b, c = prev[x], prev[x - 4] if x >= 4 else 0
      if kind == 1:
        line[x] = (line[x] + a) & 0xFF
      elif kind == 2:
        line[x] = (line[x] + b) & 0xFF
      elif kind == 3:
        line[x] = (line[x] + (a + b) // 2) & 0xFF
      elif kind == 4:
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    rows.append([tuple(line[i:i + 4]) for i in range(0, stride, 4)])
    prev = line
  return width, height, rows


def render(svg, size):
  """Renders with rsvg-convert, which must not complain; returns the PNG's pixels."""
  tool = require_tool("rsvg-convert", "librsvg2-bin")
  out = os.path.join(work.name, f"{os.path.basename(svg)}-{size}.png")
  proc = run([tool, "-w", str(size), "-h", str(size), "-o", out, svg])
  check(proc.returncode == 0 and not proc.stderr.strip(),
        f"rsvg-convert {svg} at {size} px: {proc.returncode}\n{proc.stderr}")
  width, height, rows = read_rgba_png(out)
  check((width, height) == (size, size), f"rendered {width}x{height}, not {size}x{size}")
  return rows


def coverage(rows):
  """The share of (mostly) opaque pixels, and their bounding box."""
  opaque = [(x, y) for y, row in enumerate(rows) for x, px in enumerate(row) if px[3] > 128]
  if not opaque:
    return 0.0, None
  xs, ys = [p[0] for p in opaque], [p[1] for p in opaque]
  return len(opaque) / (len(rows) * len(rows[0])), (min(xs), min(ys), max(xs), max(ys))


def canvas(path, size):
  root = ET.parse(path).getroot()  # raises on a malformed file
  check(root.tag == SVG + "svg", f"{path}: the root is {root.tag}, not an SVG element")
  check(root.get("width") == str(size) and root.get("height") == str(size),
        f"{path}: the canvas is {root.get('width')}x{root.get('height')}, not {size}x{size}")
  check(re.split(r"[\s,]+", (root.get("viewBox") or "").strip()) == ["0", "0", str(size), str(size)],
        f"{path}: viewBox is {root.get('viewBox')!r}")
  check(root.find(f".//{SVG}text") is None, f"{path}: has text")
  for element in root.iter():
    for name, value in element.attrib.items():
      if name.endswith("href"):
        check(value.startswith("#"), f"{path}: refers to an outside file: {value}")
  return root


@tap.case
def root_element_first():
  """every SVG and XML data file starts with its root element, comments inside"""
  # Content sniffing (shared-mime-info, GdkPixbuf, appstream-compose,
  # flatpak build-export) looks for "<svg" in the first 256 bytes; a
  # comment before the root element pushes it out of reach.
  data = os.path.join(source_root(), "data")
  for directory, _, files in os.walk(data):
    for name in files:
      if not re.search(r"\.(svg|xml|xml\.in)$", name):
        continue
      path = os.path.join(directory, name)
      with open(path, encoding="utf-8") as f:
        head = f.read(256)
      head = re.sub(r"^<\?xml[^>]*\?>\s*", "", head)
      check(re.match(r"<[A-Za-z]", head), f"{path} does not start with its root element: {head[:40]!r}")


@tap.case
def app_icon_canvas():
  """the app icon is well-formed SVG on the 128 px canvas, with no text"""
  canvas(APP_ICON, 128)


@tap.case
def app_icon_renders():
  """the app icon renders at 128, 64 and 32 px inside the icon grid"""
  for size in (128, 64, 32):
    rows = render(APP_ICON, size)
    share, box = coverage(rows)
    check(share > 0.4, f"at {size} px only {share:.0%} of the canvas is drawn")
    margin = size * 4 // 128
    check(box[0] >= margin and box[1] >= margin and box[2] < size - margin
          and box[3] < size - margin,
          f"at {size} px the icon reaches {box}, past the grid's {margin} px margin")
    # The base plate leaves the corners of the canvas empty.
    check(rows[0][0][3] == 0 and rows[-1][-1][3] == 0, f"at {size} px the corners are drawn")


@tap.case
def symbolic_canvas():
  """the symbolic icon is well-formed SVG on the 16 px canvas"""
  canvas(SYMBOLIC, 16)


@tap.case
def symbolic_single_colour():
  """the symbolic icon is filled shapes in one symbolic colour, no strokes"""
  root = ET.parse(SYMBOLIC).getroot()
  colours = set()
  for element in root.iter():
    style = dict(part.split(":", 1) for part in
                 (element.get("style") or "").replace(" ", "").split(";") if ":" in part)
    stroke = element.get("stroke") or style.get("stroke")
    check(stroke in (None, "none"),
          f"{element.tag} has a stroke: GTK recolours symbolic icons by their fill only")
    fill = element.get("fill") or style.get("fill")
    if fill and fill != "none":
      colours.add(fill.lower())
  check(colours and colours <= SYMBOLIC_COLOURS, f"colours {colours}")
  shapes = [e for e in root.iter() if e.tag in (SVG + "path", SVG + "rect", SVG + "circle")]
  check(shapes, "no shapes")


@tap.case
def symbolic_renders():
  """the symbolic icon renders at 16 and 32 px and is visible"""
  for size in (16, 32):
    share, _ = coverage(render(SYMBOLIC, size))
    check(share > 0.15, f"at {size} px only {share:.0%} of the canvas is drawn")


tap.main()
