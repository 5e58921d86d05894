#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file with strings marked for translation is in
po/POTFILES.in, and every file listed there exists (TAP output)."""
import os
import re
import sys

root = sys.argv[1]
MARKS = re.compile(r'\b(?:_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(|translatable="yes"')

with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

marked = set()
for folder in ("src", "data"):
    for dirpath, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            if not name.endswith((".c", ".ui", ".in", ".xml")) or name.endswith(".gresource.xml"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                if MARKS.search(f.read()):
                    marked.add(os.path.relpath(path, root))

missing = sorted(marked - listed)
gone = sorted(p for p in listed if not os.path.exists(os.path.join(root, p)))
print("1..2")
print(("ok" if not missing else "not ok") + " 1 - every file with marked strings is in po/POTFILES.in")
for path in missing:
    print("# missing: " + path)
print(("ok" if not gone else "not ok") + " 2 - every file in po/POTFILES.in exists")
for path in gone:
    print("# does not exist: " + path)
sys.exit(1 if missing or gone else 0)
