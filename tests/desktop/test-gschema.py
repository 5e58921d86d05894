#!/usr/bin/env python3
# test-gschema.py: the GSettings schema compiles strictly and has the keys,
# types, defaults and ranges that the app reads.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run_ok, app_id, build_root, source_root  # noqa: E402

tap = Tap()
DATA = os.path.join(source_root(), "data")
SCHEMA_XML = os.path.join(DATA, app_id() + ".gschema.xml")
COMPILED_DIR = os.path.join(build_root(), "data")

# key: (type, default as `gsettings get` prints it, `gsettings range` output)
KEYS = {
  "window-width": ("i", "1200", "type i"),
  "window-height": ("i", "800", "type i"),
  "window-maximized": ("b", "false", "type b"),
  "panel-visible": ("b", "true", "type b"),
  "panel-width": ("i", "400", "range i 280 800"),
  "place-names": (None, "'both'", "enum\n'both'\n'armenian'\n'azerbaijani'"),
}


def gsettings(*args):
  tool = require_tool("gsettings", "libglib2.0-bin")
  env = dict(os.environ, GSETTINGS_BACKEND="memory")
  return run_ok([tool, "--schemadir", COMPILED_DIR, *args], env=env).stdout.strip()


@tap.case
def strict():
  """glib-compile-schemas --strict --dry-run accepts data/"""
  tool = require_tool("glib-compile-schemas", "libglib2.0-bin")
  run_ok([tool, "--strict", "--dry-run", DATA])


@tap.case
def identity():
  """one schema, with the app ID, path and gettext domain"""
  root = ET.parse(SCHEMA_XML).getroot()
  check(root.get("gettext-domain") == "lachin-corridor", "no gettext-domain")
  schemas = root.findall("schema")
  check(len(schemas) == 1, f"{len(schemas)} schemas")
  check(schemas[0].get("id") == app_id(), "schema id")
  check(schemas[0].get("path") == "/io/github/lachinmap/LachinCorridor/", "schema path")


@tap.case
def documented():
  """the app's keys are there, and every key has a summary and a description"""
  schema = ET.parse(SCHEMA_XML).getroot().find("schema")
  names = [k.get("name") for k in schema.findall("key")]
  for name in KEYS:
    check(name in names, f"no key {name}")
  for key in schema.findall("key"):
    for what in ("summary", "description"):
      check((key.findtext(what) or "").strip(), f"{key.get('name')} has no {what}")
    expected_type = KEYS.get(key.get("name"), (None,))[0]
    if expected_type:
      check(key.get("type") == expected_type, f"{key.get('name')} is not of type {expected_type}")


@tap.case
def built():
  """the build tree has the compiled schema, for running uninstalled"""
  check(os.path.isfile(os.path.join(COMPILED_DIR, "gschemas.compiled")),
        f"no gschemas.compiled in {COMPILED_DIR}")
  check(app_id() in gsettings("list-schemas").split(), "the schema is not compiled in")


@tap.case
def defaults_and_ranges():
  """gsettings reads the defaults and ranges the app expects"""
  for key, (_, default, range_) in KEYS.items():
    got = gsettings("get", app_id(), key)
    check(got == default, f"{key} defaults to {got}, expected {default}")
    got = gsettings("range", app_id(), key)
    check(got == range_, f"{key} range is {got!r}, expected {range_!r}")


tap.main()
