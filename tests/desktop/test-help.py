#!/usr/bin/env python3
# test-help.py: the user guide (help/) is valid Mallard, every page can be
# reached from the index, its figures exist, and each language in
# help/LINGUAS builds into valid pages; the maintained ones (hy, ru, az)
# completely translated.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""yelp-check and yelp-build (yelp-tools) and itstool are what GNOME's own
help is checked and built with; build-aux/deps.sh installs them. That the
built pages are installed is checked by test-install.py."""

import functools
import glob
import os
import re
import tempfile

from lctap import Tap, check, require_tool, run, run_ok, build_root, source_root

tap = Tap()
HELP = os.path.join(source_root(), "help")
work = tempfile.TemporaryDirectory(prefix="lc-help-")


def pages(directory):
  return sorted(glob.glob(os.path.join(directory, "*.page")))


def linguas():
  with open(os.path.join(HELP, "LINGUAS"), encoding="utf-8") as f:
    return sorted(word for line in f for word in line.split("#", 1)[0].split())


def yelp_check(command, directory):
  """Runs `yelp-check COMMAND` on a folder's pages; its output lists problems."""
  tool = require_tool("yelp-check", "yelp-tools")
  proc = run([tool, command, *pages(directory)], cwd=directory)
  check(proc.returncode == 0 and proc.stdout.strip() == "",
        f"yelp-check {command} in {directory}:\n{proc.stdout}{proc.stderr}")


def title(path):
  with open(path, encoding="utf-8") as f:
    text = f.read()
  match = re.search(r"<page\b.*?</info>\s*<title>(.*?)</title>", text, re.S)
  check(match, f"{path} has no page title")
  return " ".join(match.group(1).split())


@tap.case
def validates():
  """yelp-check validate: every page is valid Mallard"""
  check(pages(os.path.join(HELP, "C")), "help/C has no pages")
  yelp_check("validate", os.path.join(HELP, "C"))


@tap.case
def links():
  """every link points to a page or section that exists"""
  yelp_check("links", os.path.join(HELP, "C"))


@tap.case
def no_orphans():
  """every page can be reached from the index"""
  yelp_check("orphans", os.path.join(HELP, "C"))


@tap.case
def media():
  """every figure a page shows is in help/C"""
  yelp_check("media", os.path.join(HELP, "C"))


@tap.case
def listed_in_meson():
  """help/meson.build installs every page"""
  with open(os.path.join(HELP, "meson.build"), encoding="utf-8") as f:
    listed = set(re.findall(r"'([\w-]+\.page)'", f.read()))
  found = {os.path.basename(p) for p in pages(os.path.join(HELP, "C"))}
  check(listed == found, f"meson.build lists {sorted(listed)}, help/C has {sorted(found)}")


@tap.case
def builds_html():
  """yelp-build makes HTML of the guide, with the index's title"""
  tool = require_tool("yelp-build", "yelp-tools")
  out = os.path.join(work.name, "html")
  os.makedirs(out)
  run_ok([tool, "html", "-o", out, os.path.join(HELP, "C")])
  with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
    check("Lachin Corridor Help" in f.read(), "index.html lacks the guide's title")


def maintained():
  """The languages kept complete (po/meson.build); others may be partial."""
  return os.environ.get("LC_MAINTAINED_LANGUAGES", "").split()


def catalog(language):
  itstool = require_tool("itstool", "itstool")
  msgfmt = require_tool("msgfmt", "gettext")
  msgcmp = require_tool("msgcmp", "gettext")
  po = os.path.join(HELP, language, language + ".po")
  check(os.path.isfile(po), f"{po} is missing")
  stats = run_ok([msgfmt, "--check", "--statistics", "-o", os.devnull, po]).stderr
  if language not in maintained():
    return stats.strip()
  check(re.fullmatch(r"\d+ translated messages\.\s*", stats), f"{po}: {stats.strip()}")
  # Every message of the pages as they are now has a translation.
  pot = os.path.join(work.name, language + ".pot")
  run_ok([itstool, "-o", pot, *pages(os.path.join(HELP, "C")), os.path.join(HELP, "C", "legal.xml")])
  run_ok([msgcmp, po, pot])
  return None


def built(language):
  built_dir = os.path.join(build_root(), "help", language)
  for source in pages(os.path.join(HELP, "C")):
    page = os.path.join(built_dir, os.path.basename(source))
    check(os.path.isfile(page), f"{page} was not built")
    if language in maintained():
      check(title(page) != title(source), f"{page}: the title is not translated: {title(page)!r}")
  yelp_check("validate", built_dir)


for lang in linguas():
  tap.add(f"help/{lang}/{lang}.po is complete and up to date with the pages" if lang in maintained()
          else f"help/{lang}/{lang}.po compiles", functools.partial(catalog, lang))
  tap.add(f"the {lang} pages are built and valid", functools.partial(built, lang))

tap.main()
