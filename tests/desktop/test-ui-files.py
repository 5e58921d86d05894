#!/usr/bin/env python3
# test-ui-files.py: every .ui file under src/ui/ passes
# `gtk4-builder-tool validate`, under a display (Xvfb).
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""How far the check goes, with GTK 4.8's gtk4-builder-tool (which has no
--library option, unlike newer ones):

- The tool knows only GTK's types. ui-validate-preload.so, loaded with
  LD_PRELOAD, brings libadwaita and our own widget library into the process,
  so Adw and Lc object types are the real ones: every class, property name
  and value, child type and signal name is checked as GtkBuilder would.
- A <template class="LcWindow" parent="AdwApplicationWindow"> is checked
  against a fake subclass of the parent that the tool makes; the preload
  registers the parent type first (the tool finds it only when registered)
  and makes sure the template class exists in our library. What the tool
  cannot check is the C side of a template: that bound children and
  callbacks exist in the class. The window's own test instantiates it.

The .ui files are found at test time, so new ones are covered."""

import glob
import os
import shutil
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run, build_root, source_root  # noqa: E402

tap = Tap()
UI_DIR = os.path.join(source_root(), "src", "ui")
PRELOAD = os.environ["LC_UI_VALIDATE_PRELOAD"]


def get_type_function(type_name):
  """The name of a type's get_type function, the way GtkBuilder derives it."""
  out = []
  for i, c in enumerate(type_name):
    upper = c == c.upper()
    if upper and ((i > 0 and type_name[i - 1] != type_name[i - 1].upper()) or
                  (i > 2 and type_name[i - 1] == type_name[i - 1].upper() and
                   type_name[i - 2] == type_name[i - 2].upper())):
      out.append("_")
    out.append(c.lower())
  return "".join(out) + "_get_type"


def validate(path):
  tool = require_tool("gtk4-builder-tool", "libgtk-4-bin")
  env = {"LD_PRELOAD": PRELOAD,
         "GSETTINGS_SCHEMA_DIR": os.path.join(build_root(), "data")}
  template = ET.parse(path).getroot().find("template")
  if template is not None:
    env["LC_UI_VALIDATE_EXPECT"] = get_type_function(template.get("class"))
    env["LC_UI_VALIDATE_REGISTER"] = get_type_function(template.get("parent"))
  argv = ["env"] + [f"{k}={v}" for k, v in env.items()] + [tool, "validate", path]
  if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    xvfb = shutil.which("xvfb-run")
    check(xvfb, "no display and no xvfb-run: install xvfb (build-aux/deps.sh does)")
    argv = [xvfb, "-a"] + argv
  proc = run(argv)
  output = (proc.stdout + proc.stderr).strip()
  check(proc.returncode == 0 and not output,
        f"gtk4-builder-tool validate {path}: exit {proc.returncode}\n{output}")


UI_FILES = sorted(glob.glob(os.path.join(UI_DIR, "**", "*.ui"), recursive=True))


@tap.case
def found():
  """the .ui files are found, the window's among them"""
  check(os.path.join(UI_DIR, "lc-window.ui") in UI_FILES, f"found {UI_FILES}")


for ui_file in UI_FILES:
  def case(path=ui_file):
    validate(path)
  case.__doc__ = "gtk4-builder-tool validate " + os.path.relpath(ui_file, source_root())
  tap.case(case)

tap.main()
