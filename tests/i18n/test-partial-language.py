#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A new language is welcome from its first string (TAP output).

Does what a translator does who starts French and sends the first few
strings (tests/i18n/data/fr-partial.po): in a copy of the source tree, merges
the catalog with the template, adds fr to po/LINGUAS, and then checks that
the build, the translation tests and the app all work with it — French where
the catalog has a translation, English for the rest, never a placeholder.

Arguments: the test-translations program of this build."""

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile

from lctap import Tap, check, run, run_ok, require_tool

ROOT = os.environ["LC_SOURCE_ROOT"]
TEST_TRANSLATIONS = sys.argv[1]
FIXTURE = os.path.join(ROOT, "tests", "i18n", "data", "fr-partial.po")
STORY = os.path.join(ROOT, "data", "stories", "lachin-corridor-2022.lcstory")

work = tempfile.mkdtemp(prefix="lc-partial-")
atexit.register(shutil.rmtree, work, ignore_errors=True)
tree = os.path.join(work, "src")
build = os.path.join(work, "build")
french = {"LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8",
          "LACHIN_CORRIDOR_LOCALEDIR": os.path.join(build, "po")}

tap = Tap()


def env(**extra):
  e = dict(os.environ)
  e.update(extra)
  return e


def copy_tree():
  """The source tree as git knows it (or as it is, without build folders)."""
  files = run(["git", "-C", ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z"])
  if files.returncode == 0 and files.stdout:
    for name in files.stdout.split("\0"):
      if name and os.path.isfile(os.path.join(ROOT, name)):
        os.makedirs(os.path.join(tree, os.path.dirname(name)), exist_ok=True)
        shutil.copy2(os.path.join(ROOT, name), os.path.join(tree, name))
  else:
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns("_build*", ".git", "builddir"))


@tap.case
def start_language():
  """Starting French as the guide says: merge with the template, add to LINGUAS"""
  require_tool("msgmerge", "gettext")
  copy_tree()
  po = os.path.join(tree, "po")
  run_ok(["msgmerge", "--quiet", "-o", os.path.join(po, "fr.po"), FIXTURE,
          os.path.join(po, "lachin-corridor.pot")])
  # (A tree with a French catalog of its own gets the fixture instead.)
  with open(os.path.join(po, "LINGUAS"), encoding="utf-8") as f:
    lines = [line for line in f if line.split("#", 1)[0].split() != ["fr"]]
  with open(os.path.join(po, "LINGUAS"), "w", encoding="utf-8") as f:
    f.writelines(lines + ["fr\n"])


@tap.case
def build_with_it():
  """The project builds with the partial catalog in LINGUAS"""
  run_ok(["meson", "setup", build, tree, "-Dtests=false"])
  run_ok(["meson", "compile", "-C", build])
  check(os.path.exists(os.path.join(build, "po", "fr", "LC_MESSAGES", "lachin-corridor.mo")),
        "no fr/LC_MESSAGES/lachin-corridor.mo was built")


@tap.case
def coverage_accepts_it():
  """The coverage test passes, reporting French as partial"""
  proc = run([sys.executable, os.path.join(tree, "tests", "i18n", "test-coverage.py"), tree],
             env=env(LC_MAINTAINED_LANGUAGES=os.environ["LC_MAINTAINED_LANGUAGES"]))
  check(proc.returncode == 0, f"the coverage test fails with French added:\n{proc.stdout}{proc.stderr}")
  check(re.search(r"^ok \d+ - fr: \d+\.\d% translated .*partial", proc.stdout, re.M), proc.stdout)


@tap.case
def validate_in_french():
  """--validate speaks French where the catalog does, with its plurals, and English elsewhere"""
  proc = run_ok([os.path.join(build, "src", "lachin-corridor"), "--validate", STORY], env=env(**french))
  out = proc.stdout
  check(re.search(r": valide — \d+ éléments, \d+ events, \d+ déclarations$", out, re.M),
        f"not the French summary with English events: {out!r}")


@tap.case
def export_in_french():
  """An exported map shows translated story names and English for the rest"""
  require_tool("pdftotext", "poppler-utils")
  pdf = os.path.join(work, "map.pdf")
  # The bundled story (no FILE): the catalogs translate only its texts.
  run_ok([os.path.join(build, "src", "lachin-corridor"), "--export", pdf, "--date", "2022-12-30"],
         env=env(**french))
  text = run_ok(["pdftotext", pdf, "-"]).stdout
  # Country names are letter-spaced on the map.
  squeezed = re.sub(r"\s+", "", text).upper()
  check("ARMÉNIE" in squeezed, f"Armenia is not in French on the map:\n{text}")
  check("AZERBAIJAN" in squeezed, f"Azerbaijan (untranslated) is not in English on the map:\n{text}")
  check("Ville" in text and "Village" in text, f"the legend is not partly French, partly English:\n{text}")
  check("%" not in text and "{day}" not in text, f"a placeholder reached the map:\n{text}")


@tap.case
def window_in_french():
  """The window shows French where translated and English elsewhere"""
  proc = run([TEST_TRANSLATIONS], env=env(LC_PARTIAL_LANGUAGE="1", **french))
  check(proc.returncode == 0, f"the window test fails in French:\n{proc.stdout}{proc.stderr}")


tap.main()
