#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/po-check.py, the check a translator runs on a catalog before
sending it: it finds each mistake of tests/i18n/data/broken.po at its line,
lets positional reordering and a partial catalog through, and passes the
maintained catalogs in strict mode (TAP output)."""

import os
import re
import sys
import tempfile

from lctap import Tap, check, run, run_ok

ROOT = os.environ["LC_SOURCE_ROOT"]
CHECK = os.path.join(ROOT, "build-aux", "po-check.py")
POT = os.path.join(ROOT, "po", "lachin-corridor.pot")
DATA = os.path.join(ROOT, "tests", "i18n", "data")
MAINTAINED = os.environ["LC_MAINTAINED_LANGUAGES"].split()

tap = Tap()


def po_check(*args):
  return run([sys.executable, CHECK, "--template", POT, *args])


def line_of(path, pattern):
  """The line of PATH that matches PATTERN, counted from 1."""
  with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
      if re.search(pattern, line):
        return number
  raise AssertionError(f"{pattern!r} is not in {path}")


broken = os.path.join(DATA, "broken.po")
result = None


def broken_report():
  global result
  if result is None:
    result = po_check(broken)
  return result.stdout


def expect(pattern, what):
  line = line_of(broken, pattern)
  wanted = f"{broken}:{line}: msgid "
  found = [l for l in broken_report().splitlines() if l.startswith(wanted)]
  check(any(what in l for l in found),
        f"no message at {broken}:{line} saying “{what}”; the report:\n{broken_report()}")


@tap.case
def exits_with_errors():
  """A catalog with mistakes fails with exit status 1"""
  broken_report()
  check(result.returncode == 1, f"exit status {result.returncode}, not 1:\n{result.stdout}{result.stderr}")


@tap.case
def wrong_type():
  """A placeholder of another type is named with its msgid and line"""
  expect(r'^msgid "%u feature"', "do not match the English (1: uint)")


@tap.case
def reordering_allowed():
  """Positional placeholders may reorder the English's arguments"""
  line = line_of(broken, r'^msgid "%s: ok')
  check(f"{broken}:{line}:" not in broken_report(), f"line {line} was reported:\n{broken_report()}")


@tap.case
def markup():
  """Markup where the English has none is an error"""
  expect(r'^msgid "Town"', "has markup (b) but the English has none")


@tap.case
def story_placeholder():
  """A story placeholder left out is an error"""
  expect(r'^msgid "Day \{day\} of the blockade"', "lacks {day}")


@tap.case
def context():
  """A context edited by hand is an error that names the right one"""
  expect(r'^msgid "Armenia"', "features/armenia/name")


@tap.case
def fuzzy():
  """A fuzzy translation is a warning, not an error"""
  expect(r'^msgid "The Lachin Corridor blockade', "warning: the translation is marked fuzzy")


@tap.case
def summary():
  """The summary counts the errors and the share translated"""
  check(re.search(rf"^{re.escape(broken)}: 6 errors, \d+ warnings; \d+\.\d% translated",
                  broken_report(), re.M),
        f"no summary line with 6 errors (5 and msgfmt's own):\n{broken_report()}")


@tap.case
def partial_passes():
  """A partial catalog passes, merged or not, with what is missing as warnings"""
  proc = po_check(os.path.join(DATA, "fr-partial.po"))
  check(proc.returncode == 0, f"exit status {proc.returncode}:\n{proc.stdout}{proc.stderr}")
  check(re.search(r"fr-partial.po: 0 errors, [1-9]\d* warnings?;", proc.stdout), proc.stdout)
  check(re.search(r"warning: \d+ messages of the template are missing", proc.stdout), proc.stdout)
  with tempfile.TemporaryDirectory() as tmp:
    merged = os.path.join(tmp, "fr.po")
    run_ok(["msgmerge", "--quiet", "-o", merged, os.path.join(DATA, "fr-partial.po"), POT])
    proc = po_check(merged)
    check(proc.returncode == 0, f"exit status {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    check(re.search(r"warning: \d+ story texts are not translated", proc.stdout), proc.stdout)
    check("messages of the template are missing" not in proc.stdout, proc.stdout)


@tap.case
def partial_fails_strict():
  """The same catalog fails --strict, as a maintained language would"""
  proc = po_check("--strict", os.path.join(DATA, "fr-partial.po"))
  check(proc.returncode == 1, f"exit status {proc.returncode}:\n{proc.stdout}")


@tap.case
def maintained_strict():
  """The maintained catalogs pass --strict"""
  for lang in MAINTAINED:
    proc = po_check("--strict", os.path.join(ROOT, "po", lang + ".po"))
    check(proc.returncode == 0, f"{lang}.po: exit status {proc.returncode}:\n{proc.stdout}{proc.stderr}")


tap.main()
