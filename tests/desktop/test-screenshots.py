#!/usr/bin/env python3
# test-screenshots.py: build-aux/screenshots.sh takes the metainfo's
# screenshots again from the built app, so that retaking them stays one
# command: light and dark at 1000×700, the narrow layout at 360×720.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, read_png, run_ok, build_root, source_root  # noqa: E402

tap = Tap()
work = tempfile.TemporaryDirectory(prefix="lc-screenshots-")
SHOTS = {"main.png": (1000, 700), "dark.png": (1000, 700), "narrow.png": (360, 720)}


def read_rgb_png(path):
  """(width, height, rgb) of an 8-bit RGB PNG with unfiltered rows, as
  build-aux/xwd2png.py writes it."""
  (width, height, depth, colour, *_), raw = read_png(path)
  check((depth, colour) == (8, 2), f"{path}: not 8-bit RGB")
  stride = width * 3 + 1
  check(all(raw[y * stride] == 0 for y in range(height)), f"{path}: filtered rows")
  return width, height, b"".join(raw[y * stride + 1:(y + 1) * stride] for y in range(height))


def brightness(rgb):
  sample = rgb[::3 * 31]
  return sum(sample) / len(sample)


@tap.case
def takes_them():
  """build-aux/screenshots.sh --no-build takes them from the built app"""
  run_ok([os.path.join(source_root(), "build-aux", "screenshots.sh"), "--no-build",
          "--builddir", build_root(), "--out", work.name], timeout=240)
  for name in SHOTS:
    check(os.path.isfile(os.path.join(work.name, name)), f"no {name}")


@tap.case
def sizes():
  """light and dark at 1000×700, the narrow layout at 360×720, as the metainfo lists them"""
  for name, size in SHOTS.items():
    width, height, _ = read_rgb_png(os.path.join(work.name, name))
    check((width, height) == size, f"{name} is {width}×{height}, not {size[0]}×{size[1]}")


@tap.case
def drawn():
  """each shows a drawn window, and the dark one is dark"""
  levels = {}
  for name in SHOTS:
    _, _, rgb = read_rgb_png(os.path.join(work.name, name))
    colours = {rgb[i:i + 3] for i in range(0, len(rgb), 3 * 97)}
    check(len(colours) > 40, f"{name} has {len(colours)} colours: is anything drawn?")
    levels[name] = brightness(rgb)
  check(levels["dark.png"] < 100 < levels["main.png"],
        f"brightness: light {levels['main.png']:.0f}, dark {levels['dark.png']:.0f}")


tap.main()
