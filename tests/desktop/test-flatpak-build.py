#!/usr/bin/env python3
# test-flatpak-build.py: builds the way the Flatpak manifest does — its meson
# module with its config-opts and --prefix=/app — into a DESTDIR, applies the
# manifest's cleanup, and checks what `flatpak build-finish` would export.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""flatpak-builder runs `meson setup --prefix=/app --libdir=/app/lib
<config-opts>`, then ninja and ninja install, in the SDK. Without the SDK
this uses the host's meson and libraries, which is what can be tested here:
that the manifest's options configure and build, and that the files Flatpak
needs land where it looks. The build directory lives in the meson build
tree and is kept, so that later runs are incremental."""

import fnmatch
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run_ok, app_id, source_root  # noqa: E402

tap = Tap()
MANIFEST = os.path.join(source_root(), "flatpak", app_id() + ".json")
BUILDDIR = os.environ["LC_FLATPAK_BUILDDIR"]
STAMP = BUILDDIR + ".options.json"
work = tempfile.TemporaryDirectory(prefix="lc-flatpak-")
DESTDIR = os.path.join(work.name, "dest")
APP = os.path.join(DESTDIR, "app")  # the "files" directory of a Flatpak build


def manifest():
  with open(MANIFEST, encoding="utf-8") as f:
    return json.load(f)


def module():
  return manifest()["modules"][0]


def setup_args():
  m = module()
  source = os.path.normpath(os.path.join(os.path.dirname(MANIFEST), m["sources"][0]["path"]))
  return ["--prefix=/app", "--libdir=/app/lib", *m.get("config-opts", []), BUILDDIR, source]


def apply_cleanup():
  """The manifest's cleanup: "/path" is under the prefix, a pattern matches
  file names anywhere."""
  for pattern in manifest().get("cleanup", []):
    if pattern.startswith("/"):
      path = APP + pattern
      if os.path.isdir(path):
        shutil.rmtree(path)
      elif os.path.exists(path):
        os.remove(path)
      continue
    for directory, _, files in os.walk(APP):
      for name in fnmatch.filter(files, pattern):
        os.remove(os.path.join(directory, name))


def exported(*parts):
  path = os.path.join(APP, *parts)
  check(os.path.isfile(path), f"/app/{'/'.join(parts)} is missing")
  return path


@tap.case
def builds():
  """the manifest's meson module configures, builds and installs with --prefix=/app"""
  m = module()
  check(m.get("buildsystem") == "meson", "not a meson module")
  meson = require_tool("meson", "meson")
  args = setup_args()
  # Configure again only when the options changed; otherwise build incrementally.
  configured = os.path.isfile(os.path.join(BUILDDIR, "build.ninja"))
  previous = None
  if configured and os.path.isfile(STAMP):
    with open(STAMP, encoding="utf-8") as f:
      previous = json.load(f)
  if previous != args:
    shutil.rmtree(BUILDDIR, ignore_errors=True)
    run_ok([meson, "setup", *args])
    with open(STAMP, "w", encoding="utf-8") as f:
      json.dump(args, f)
  run_ok([meson, "compile", "-C", BUILDDIR])
  run_ok([meson, "install", "-C", BUILDDIR, "--no-rebuild", "--destdir", DESTDIR])
  check(sorted(os.listdir(DESTDIR)) == ["app"], f"installed outside /app: {os.listdir(DESTDIR)}")
  apply_cleanup()


@tap.case
def command():
  """the manifest's command is in /app/bin"""
  path = exported("bin", manifest()["command"])
  check(os.access(path, os.X_OK), f"{path} is not executable")


@tap.case
def desktop_file():
  """/app/share/applications/<id>.desktop, starting the command"""
  path = exported("share", "applications", app_id() + ".desktop")
  with open(path, encoding="utf-8") as f:
    lines = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
  check(lines["Exec"].split()[0] == manifest()["command"], f"Exec is {lines['Exec']}")
  check(lines["Icon"] == app_id(), f"Icon is {lines['Icon']}")


@tap.case
def icons():
  """/app/share/icons/hicolor/scalable/apps/<id>.svg and the symbolic icon"""
  exported("share", "icons", "hicolor", "scalable", "apps", app_id() + ".svg")
  exported("share", "icons", "hicolor", "symbolic", "apps", app_id() + "-symbolic.svg")


@tap.case
def metainfo():
  """/app/share/metainfo/<id>.metainfo.xml"""
  exported("share", "metainfo", app_id() + ".metainfo.xml")


@tap.case
def service():
  """/app/share/dbus-1/services/<id>.service starts /app/bin/<command>"""
  path = exported("share", "dbus-1", "services", app_id() + ".service")
  with open(path, encoding="utf-8") as f:
    text = f.read()
  check(f"Exec=/app/bin/{manifest()['command']} --gapplication-service" in text, text)


@tap.case
def only_exportable_names():
  """everything in the exported folders is named by the app ID"""
  # build-finish exports only files whose names start with the app ID; any
  # other file there would silently not reach the desktop.
  for folder in (("share", "applications"), ("share", "icons"), ("share", "dbus-1", "services"),
                 ("share", "mime", "packages"), ("share", "metainfo")):
    for directory, _, files in os.walk(os.path.join(APP, *folder)):
      for name in files:
        check(name.startswith(app_id()), f"{os.path.join(directory, name)} is not exported")
  exported("share", "mime", "packages", app_id() + ".xml")


tap.main()
