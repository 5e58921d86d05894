# lctap.py: the small test harness of the Python tests (tests/desktop,
# tests/i18n), found through PYTHONPATH, which tests/meson.build sets.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Test cases that report in TAP, as the GTest programs do, so that meson
and build-aux/test-summary.py count every case. Standard library only."""

import os
import shutil
import struct
import subprocess
import sys
import traceback
import zlib


class Failure(Exception):
  """A check that did not hold; its message says what was expected."""


class Skipped(Exception):
  """A case that cannot be decided here; its message says why. It counts as
  passed (TAP "ok … # SKIP")."""


def check(condition, message):
  if not condition:
    raise Failure(message)


def require_tool(name, package):
  """The path of a program the test needs; a failure that says how to get it
  when it is missing (build-aux/deps.sh installs them all)."""
  path = shutil.which(name)
  if path is None:
    raise Failure(f"{name} is missing: install {package} (build-aux/deps.sh does)")
  return path


def read_png(path):
  """A PNG's IHDR fields (width, height, bit depth, colour type, compression,
  filter, interlace) and its pixel data, decompressed, rows still filtered."""
  with open(path, "rb") as f:
    data = f.read()
  check(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
  pos, idat, header = 8, b"", None
  while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
      header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
      idat += body
    pos += 12 + length
  check(header is not None, f"{path} has no header")
  return header, zlib.decompress(idat)


def run(argv, **kwargs):
  """Runs a program and returns the completed process, output as text."""
  kwargs.setdefault("stdout", subprocess.PIPE)
  kwargs.setdefault("stderr", subprocess.PIPE)
  return subprocess.run(argv, text=True, **kwargs)


def run_ok(argv, **kwargs):
  """Runs a program that must succeed; a failure shows its output."""
  proc = run(argv, **kwargs)
  if proc.returncode != 0:
    raise Failure(f"{' '.join(map(str, argv))} exited with {proc.returncode}:\n"
                  f"{proc.stdout}{proc.stderr}")
  return proc


class Tap:
  """Collects test cases, then runs them in order, printing TAP."""

  def __init__(self):
    self.cases = []

  def case(self, function):
    """Decorator: a case, named by the first line of its docstring."""
    self.cases.append((None, function))
    return function

  @staticmethod
  def skip(reason):
    """Ends the running case as skipped, for the reason given."""
    raise Skipped(reason)

  def add(self, name, function):
    """A case made at run time, such as one per language."""
    self.cases.append((name, function))

  def main(self):
    if not self.cases:
      print("1..1\nnot ok 1 - there is nothing to test")
      sys.exit(1)
    print(f"1..{len(self.cases)}", flush=True)
    failed = 0
    for number, (name, function) in enumerate(self.cases, start=1):
      name = name or (function.__doc__ or function.__name__).strip().splitlines()[0]
      try:
        outcome = function()
      except Skipped as reason:
        print(f"ok {number} - {name} # SKIP {reason}")
      except Failure as error:
        failed += 1
        print(f"not ok {number} - {name}")
        for line in str(error).splitlines():
          print(f"# {line}")
      except Exception:
        failed += 1
        print(f"not ok {number} - {name}")
        for line in traceback.format_exc().splitlines():
          print(f"# {line}")
      else:
        # A case may return what it found, to show beside its name.
        print(f"ok {number} - {name}" + (f": {outcome}" if isinstance(outcome, str) else ""))
      sys.stdout.flush()
    sys.exit(1 if failed else 0)


def source_root():
  return os.environ["LC_SOURCE_ROOT"]


def build_root():
  return os.environ["LC_BUILD_ROOT"]


def app_id():
  return os.environ["LC_APP_ID"]
