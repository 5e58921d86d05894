#!/usr/bin/env python3
# test-flatpak-manifest.py: the Flatpak manifest is valid, asks for nothing
# beyond the four finish-args, and names the same files as data/.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""No Flatpak runtime can be downloaded here, so this checks what can be
checked without one; test-flatpak-build.py builds what the manifest builds."""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run, app_id, source_root  # noqa: E402

tap = Tap()
MANIFEST = os.path.join(source_root(), "flatpak", app_id() + ".json")
# No network, no file system: story files are opened and saved through the
# file chooser portal.
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]


def manifest():
  with open(MANIFEST, encoding="utf-8") as f:
    return json.load(f)


@tap.case
def valid_json():
  """the manifest is valid JSON, an object"""
  check(isinstance(manifest(), dict), "the top level is not an object")


@tap.case
def flatpak_builder_reads_it():
  """flatpak-builder --show-manifest reads it with no unknown properties"""
  tool = require_tool("flatpak-builder", "flatpak-builder")
  proc = run([tool, "--show-manifest", MANIFEST])
  check(proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr}")
  # Unknown properties are only warned about, on stderr; any warning fails.
  check(not proc.stderr.strip(), f"flatpak-builder said:\n{proc.stderr}")
  check(json.loads(proc.stdout).get("id") == app_id(), "it read another id")


@tap.case
def runtime():
  """GNOME 50 runtime and SDK, and the app's command"""
  m = manifest()
  check(m.get("runtime") == "org.gnome.Platform", f"runtime {m.get('runtime')}")
  check(m.get("runtime-version") == "50", f"runtime-version {m.get('runtime-version')!r}")
  check(m.get("sdk") == "org.gnome.Sdk", f"sdk {m.get('sdk')}")
  check(m.get("command") == "lachin-corridor", f"command {m.get('command')}")


@tap.case
def finish_args():
  """finish-args are exactly the four, no network and no file system"""
  args = manifest().get("finish-args", [])
  check(sorted(args) == sorted(FINISH_ARGS) and len(args) == len(FINISH_ARGS),
        f"finish-args are {args}")


@tap.case
def names():
  """the app ID is the file name, and names the desktop, metainfo, icon and service files"""
  m = manifest()
  check(m.get("id") == app_id(), f"id {m.get('id')}")
  check(os.path.basename(MANIFEST) == m["id"] + ".json", "the file name is not the id")
  data = os.path.join(source_root(), "data")
  for name in (m["id"] + ".desktop.in", m["id"] + ".metainfo.xml.in", m["id"] + ".service.in",
               m["id"] + ".gschema.xml", m["id"] + ".mime.xml",
               os.path.join("icons", "hicolor", "scalable", "apps", m["id"] + ".svg"),
               os.path.join("icons", "hicolor", "symbolic", "apps", m["id"] + "-symbolic.svg")):
    check(os.path.isfile(os.path.join(data, name)), f"data/{name} does not exist")


@tap.case
def one_module():
  """one meson module built from the checkout, without the tests"""
  modules = manifest().get("modules", [])
  check(len(modules) == 1, f"{len(modules)} modules")
  module = modules[0]
  check(module.get("buildsystem") == "meson", "not a meson module")
  check("-Dtests=false" in module.get("config-opts", []), "the tests are built")
  sources = module.get("sources", [])
  check(len(sources) == 1 and sources[0].get("type") == "dir", f"sources {sources}")
  path = os.path.normpath(os.path.join(os.path.dirname(MANIFEST), sources[0]["path"]))
  check(path == os.path.normpath(source_root()), f"the dir source is {path}")


@tap.case
def cleanup():
  """headers and pkg-config files are cleaned up"""
  patterns = manifest().get("cleanup", [])
  for pattern in ("/include", "/lib/pkgconfig", "/share/pkgconfig"):
    check(pattern in patterns, f"cleanup lacks {pattern}")


tap.main()
