#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every language in po/LINGUAS is completely translated, as
build-aux/i18n-coverage.py counts it (TAP output)."""
import re
import subprocess
import sys

root = sys.argv[1]
report = subprocess.run([sys.executable, f"{root}/build-aux/i18n-coverage.py", f"{root}/po"],
                        capture_output=True, text=True, check=True).stdout
lines = [line for line in report.splitlines() if re.match(r"^\w+: ", line)]
print(f"1..{max(len(lines), 1)}")
if not lines:
    print("not ok 1 - the coverage script reports no language")
    sys.exit(1)
failed = False
for i, line in enumerate(lines, 1):
    complete = line.split(":", 1)[1].strip().startswith("100.0%")
    failed |= not complete
    print(f"{'ok' if complete else 'not ok'} {i} - {line}")
sys.exit(1 if failed else 0)
