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
import subprocess
import sys

root = sys.argv[1]
po_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "po")
maintained = os.environ.get("LC_MAINTAINED_LANGUAGES", "").split()
check = os.path.join(root, "build-aux", "po-check.py")
template = os.path.join(po_dir, "lachin-corridor.pot")

with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
  languages = [word for line in f for word in line.split("#", 1)[0].split()]

cases = [(lang, lang in maintained) for lang in languages]
cases += [(lang, True) for lang in maintained if lang not in languages]
print(f"1..{max(len(cases), 1)}")
if not cases:
  print("not ok 1 - po/LINGUAS lists no language")
  sys.exit(1)

failed = False
for number, (lang, strict) in enumerate(cases, 1):
  path = os.path.join(po_dir, lang + ".po")
  if lang not in languages:
    ok, summary, output = False, f"{lang}: maintained, but not in po/LINGUAS", ""
  elif not os.path.exists(path):
    ok, summary, output = False, f"{lang}: in po/LINGUAS, but {lang}.po is missing", ""
  else:
    proc = subprocess.run([sys.executable, check, "--template", template]
                          + (["--strict"] if strict else []) + [path],
                          capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    match = re.search(r"; ([\d.]+% translated.*)$", proc.stdout, re.M)
    share = match.group(1) if match else "share unknown"
    kind = "maintained, complete" if strict else "partial: English shows for the rest"
    ok = proc.returncode == 0
    summary = f"{lang}: {share} ({kind})" if ok else f"{lang}: po-check finds errors ({share})"
  failed |= not ok
  print(f"{'ok' if ok else 'not ok'} {number} - {summary}")
  if not ok:
    for line in output.splitlines()[:40]:
      print(f"# {line}")
sys.exit(1 if failed else 0)
