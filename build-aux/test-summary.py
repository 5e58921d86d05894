#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in meson's testlog.json files (one or more: .ci/run
adds up its runs) and prints "N passed, M failed" as its last line (CI
reads it), after a line with the skipped ones, if any.

Each meson test speaks TAP, so a test case is one "ok"/"not ok" line; an
"ok … # SKIP" line is skipped, not passed. A program that crashed or timed
out before reporting counts as one more failure; one that skipped as a whole
(exit status 77) as one skipped.
"""
import json
import re
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as log:
        for line in log:
            test = json.loads(line)
            output = test.get("stdout") or test.get("stdo") or ""
            skip = len(re.findall(r"^ok \d+.*# SKIP", output, re.M))
            ok = len(re.findall(r"^ok \d+", output, re.M)) - skip
            not_ok = len(re.findall(r"^not ok \d+", output, re.M))
            passed += ok
            skipped += skip
            failed += not_ok
            if test["result"] not in ("OK", "SKIP", "EXPECTEDFAIL") and not_ok == 0:
                failed += 1
            if test["result"] == "SKIP" and ok + skip + not_ok == 0:
                skipped += 1

if skipped:
    print(f"{skipped} skipped")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or passed == 0 else 0)
