#!/usr/bin/env python3
# test-mime.py: the story file type is a valid shared-mime-info package, and
# the desktop's own type detection (GIO) recognises story files with it.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run_ok, app_id, build_root, source_root  # noqa: E402

tap = Tap()
MERGED = os.path.join(build_root(), "data", app_id() + ".xml")
STORY = os.path.join(source_root(), "data", "stories", "lachin-corridor-2022.lcstory")
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPE = "application/x-lachin-corridor-story"

work = tempfile.TemporaryDirectory(prefix="lc-mime-")
share = os.path.join(work.name, "share")


def content_type(path):
  gio = require_tool("gio", "libglib2.0-bin")
  # Only this MIME database plus the system one, as a desktop would see it.
  env = dict(os.environ, XDG_DATA_DIRS=f"{share}:/usr/local/share:/usr/share",
             XDG_DATA_HOME=os.path.join(work.name, "home"))
  out = run_ok([gio, "info", "-a", "standard::content-type", path], env=env).stdout
  for line in out.splitlines():
    if "standard::content-type:" in line:
      return line.split(":", 3)[-1].strip()
  return None


@tap.case
def declares():
  """the package declares the story type, a sub-class of JSON with a glob"""
  root = ET.parse(MERGED).getroot()
  types = {t.get("type"): t for t in root.iter(NS + "mime-type")}
  check(list(types) == [TYPE], f"declared types: {list(types)}")
  t = types[TYPE]
  check([s.get("type") for s in t.iter(NS + "sub-class-of")] == ["application/json"],
        "not a sub-class of application/json")
  check([g.get("pattern") for g in t.iter(NS + "glob")] == ["*.lcstory"], "glob")
  check(t.find(NS + "comment") is not None, "no comment")


@tap.case
def compiles():
  """update-mime-database builds a database from the package"""
  tool = require_tool("update-mime-database", "shared-mime-info")
  packages = os.path.join(share, "mime", "packages")
  os.makedirs(packages)
  shutil.copy(MERGED, os.path.join(packages, app_id() + ".xml"))
  proc = run_ok([tool, "-V", os.path.join(share, "mime")])
  check("error" not in proc.stderr.lower() and "warning" not in proc.stderr.lower(),
        proc.stderr)
  with open(os.path.join(share, "mime", "globs2"), encoding="utf-8") as f:
    check(f":{TYPE}:*.lcstory" in f.read(), "the glob is not in globs2")


@tap.case
def by_name():
  """GIO says a *.lcstory file is a story"""
  path = os.path.join(work.name, "blockade.lcstory")
  shutil.copy(STORY, path)
  got = content_type(path)
  check(got == TYPE, f"{path} is {got}")


@tap.case
def by_content():
  """GIO says a story without a file name extension is a story, by content"""
  path = os.path.join(work.name, "blockade")
  shutil.copy(STORY, path)
  got = content_type(path)
  check(got == TYPE, f"{path} is {got}")


@tap.case
def plain_json():
  """other JSON files stay JSON"""
  path = os.path.join(work.name, "other")
  with open(path, "w", encoding="utf-8") as f:
    f.write('{"format": "something-else", "version": 1}\n')
  got = content_type(path)
  check(got != TYPE, f"{path} is {got}")


tap.main()
