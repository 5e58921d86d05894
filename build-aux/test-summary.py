#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in meson's testlog.json and prints "N passed, M failed".

Each meson test is a GTest program speaking TAP, so a test case is one
"ok"/"not ok" line. A program that crashed or timed out before reporting
counts as one more failure.
"""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        output = test.get("stdout") or test.get("stdo") or ""
        ok = len(re.findall(r"^ok \d+(?! # SKIP)", output, re.M))
        skip = len(re.findall(r"^ok \d+.* # SKIP", output, re.M))
        not_ok = len(re.findall(r"^not ok \d+", output, re.M))
        passed += ok
        skipped += skip
        failed += not_ok
        if test["result"] not in ("OK", "SKIP", "EXPECTEDFAIL") and not_ok == 0:
            failed += 1

summary = f"{passed} passed, {failed} failed"
if skipped:
    summary += f", {skipped} skipped"
print(summary)
sys.exit(1 if failed or passed == 0 else 0)
