#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The catalogs of po/LINGUAS (TAP output, a case per language).

The languages the project maintains (LC_MAINTAINED_LANGUAGES, from
po/meson.build) must be complete and pass build-aux/po-check.py --strict.
Any other language only has to pass po-check without errors — it compiles,
its placeholders and markup match the English — and is reported with its
share translated: gettext shows English for the rest, string by string."""

import os
import re
import sys

from lctap import Failure, Tap, check, run

root = sys.argv[1]
po_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "po")
maintained = os.environ.get("LC_MAINTAINED_LANGUAGES", "").split()
po_check = os.path.join(root, "build-aux", "po-check.py")
template = os.path.join(po_dir, "lachin-corridor.pot")

with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
  languages = [word for line in f for word in line.split("#", 1)[0].split()]

tap = Tap()


def language_case(lang, strict):
  """A case for one language: what it says is how much is translated."""
  path = os.path.join(po_dir, lang + ".po")
  kind = "maintained, complete" if strict else "partial: English shows for the rest"
  check(lang in languages, f"{lang}: maintained, but not in po/LINGUAS")
  check(os.path.exists(path), f"{lang}: in po/LINGUAS, but {lang}.po is missing")
  proc = run([sys.executable, po_check, "--template", template]
             + (["--strict"] if strict else []) + [path])
  match = re.search(r"; ([\d.]+% translated.*)$", proc.stdout, re.M)
  share = match.group(1) if match else "share unknown"
  if proc.returncode != 0:
    output = "\n".join((proc.stdout + proc.stderr).splitlines()[:40])
    raise Failure(f"{lang}: po-check finds errors ({share})\n{output}")
  return f"{share} ({kind})"


def add_language(lang, strict):
  tap.add(lang, lambda: language_case(lang, strict))


for lang in languages:
  add_language(lang, lang in maintained)
for lang in maintained:
  if lang not in languages:
    add_language(lang, True)

tap.main()
