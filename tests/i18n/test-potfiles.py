#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file with strings marked for translation is in
po/POTFILES.in, and every file listed there exists (TAP output)."""
import os
import re
import sys

from lctap import Tap, check

root = sys.argv[1]
MARKS = re.compile(r'\b(?:_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(|translatable="yes"')

with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
  listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

tap = Tap()


def marked_files():
  """The source files with strings marked for translation."""
  for folder in ("src", "data"):
    for dirpath, _, files in os.walk(os.path.join(root, folder)):
      for name in files:
        if not name.endswith((".c", ".ui", ".in", ".xml")) or name.endswith(".gresource.xml"):
          continue
        path = os.path.join(dirpath, name)
        with open(path, encoding="utf-8", errors="replace") as f:
          if MARKS.search(f.read()):
            yield os.path.relpath(path, root)


@tap.case
def all_listed():
  """every file with marked strings is in po/POTFILES.in"""
  missing = sorted(set(marked_files()) - listed)
  check(not missing, "missing: " + ", ".join(missing))


@tap.case
def all_exist():
  """every file in po/POTFILES.in exists"""
  gone = sorted(p for p in listed if not os.path.exists(os.path.join(root, p)))
  check(not gone, "does not exist: " + ", ".join(gone))


tap.main()
