#!/usr/bin/env python3
# test-desktop-file.py: the merged desktop file and the D-Bus service file.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run, app_id, build_root, source_root  # noqa: E402

tap = Tap()
DESKTOP = os.path.join(build_root(), "data", app_id() + ".desktop")
SERVICE = os.path.join(build_root(), "data", app_id() + ".service")
MIME_XML = os.path.join(source_root(), "data", app_id() + ".mime.xml")
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def read_ini(path, group):
  parser = configparser.ConfigParser(interpolation=None, strict=True)
  parser.optionxform = str  # keys are case-sensitive
  with open(path, encoding="utf-8") as f:
    parser.read_file(f)
  check(parser.has_section(group), f"{path}: no [{group}] group")
  return parser[group]


def story_mime_types():
  root = ET.parse(MIME_XML).getroot()
  return [t.get("type") for t in root.iter(MIME_NS + "mime-type")]


@tap.case
def validates():
  """desktop-file-validate accepts the merged desktop file"""
  tool = require_tool("desktop-file-validate", "desktop-file-utils")
  proc = run([tool, DESKTOP])
  # It exits 0 on hints and warnings too; any output is treated as a failure.
  check(proc.returncode == 0 and not (proc.stdout + proc.stderr).strip(),
        f"desktop-file-validate {DESKTOP}:\n{proc.stdout}{proc.stderr}")


@tap.case
def keys():
  """the desktop file names the app, its icon, categories and keywords"""
  entry = read_ini(DESKTOP, "Desktop Entry")
  for key in ("Name", "GenericName", "Comment", "Keywords", "Exec"):
    check(entry.get(key, "").strip(), f"{key} is missing or empty")
  check(entry["Name"] == "Lachin Corridor", f"Name is {entry['Name']!r}")
  check(entry.get("Icon") == app_id(), f"Icon is {entry.get('Icon')!r}, not the app ID")
  check(entry.get("Type") == "Application", "Type is not Application")
  check(entry["Exec"].split()[0] == "lachin-corridor", f"Exec is {entry['Exec']!r}")
  categories = entry.get("Categories", "").rstrip(";").split(";")
  check(categories[:1] == ["Education"], f"the main category is not Education: {categories}")
  for extra in ("Geography", "History"):
    check(extra in categories, f"Categories lacks {extra}")
  check(entry["Keywords"].endswith(";"), "Keywords does not end with ;")
  check(entry.get("StartupNotify") == "true", "StartupNotify is not true")


@tap.case
def dbus_activatable():
  """DBusActivatable=true comes with a service file of the same name"""
  entry = read_ini(DESKTOP, "Desktop Entry")
  check(entry.get("DBusActivatable") == "true", "DBusActivatable is not true")
  service = read_ini(SERVICE, "D-BUS Service")
  check(service.get("Name") == app_id(), f"the service's Name is {service.get('Name')!r}")
  expected = os.path.join(os.environ["LC_BINDIR"], "lachin-corridor") + " --gapplication-service"
  check(service.get("Exec") == expected, f"the service's Exec is {service.get('Exec')!r}, "
        f"expected {expected!r}")


@tap.case
def mime_type():
  """the desktop file opens the story MIME type that data/ declares"""
  entry = read_ini(DESKTOP, "Desktop Entry")
  listed = [t for t in entry.get("MimeType", "").split(";") if t]
  declared = story_mime_types()
  check(declared, f"{MIME_XML} declares no MIME type")
  for t in declared:
    check(t in listed, f"MimeType does not list {t}: {listed}")
  check("%U" in entry["Exec"] or "%F" in entry["Exec"],
        "Exec takes no files (%U or %F) although MimeType is set")


tap.main()
