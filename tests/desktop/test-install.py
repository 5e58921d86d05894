#!/usr/bin/env python3
# test-install.py: `meson install --destdir` puts every file where a desktop
# looks for it: the binary, desktop file, D-Bus service, metainfo, both
# icons, the schema, the MIME package, one .mo per language in po/LINGUAS,
# the manual page, and the user guide in English and each language in
# help/LINGUAS.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run_ok, app_id, build_root, source_root  # noqa: E402

tap = Tap()
work = tempfile.TemporaryDirectory(prefix="lc-install-")
DESTDIR = os.path.join(work.name, "root")


def options():
  meson = require_tool("meson", "meson")
  out = run_ok([meson, "introspect", build_root(), "--buildoptions"]).stdout
  return {o["name"]: o["value"] for o in json.loads(out)}


OPTIONS = options()


def installed(option, *parts):
  """The path in DESTDIR of a file installed under a meson directory option."""
  base = os.path.join(OPTIONS["prefix"], OPTIONS[option]) if option else OPTIONS["prefix"]
  return os.path.join(DESTDIR + base, *parts)


def linguas():
  """The languages in po/LINGUAS: whitespace-separated, # starts a comment."""
  with open(os.path.join(source_root(), "po", "LINGUAS"), encoding="utf-8") as f:
    return sorted(word for line in f for word in line.split("#", 1)[0].split())


def check_file(path):
  check(os.path.isfile(path), f"{path} was not installed")
  check(os.path.getsize(path) > 0, f"{path} is empty")


@tap.case
def installs():
  """meson install --destdir succeeds"""
  meson = require_tool("meson", "meson")
  # --no-rebuild: meson test has built the tree already, and another ninja
  # in the same build directory while tests run would race with it.
  run_ok([meson, "install", "-C", build_root(), "--no-rebuild", "--destdir", DESTDIR],
         env=dict(os.environ, DESTDIR=DESTDIR))


@tap.case
def binary():
  """the binary is installed and runs"""
  path = installed("bindir", "lachin-corridor")
  check_file(path)
  check(os.access(path, os.X_OK), f"{path} is not executable")
  out = run_ok([path, "--version"]).stdout
  check(os.environ["LC_VERSION"] in out, f"--version says {out!r}")


@tap.case
def desktop_files():
  """desktop file, D-Bus service and metainfo, named by the app ID"""
  check_file(installed("datadir", "applications", app_id() + ".desktop"))
  check_file(installed("datadir", "metainfo", app_id() + ".metainfo.xml"))
  service = installed("datadir", "dbus-1", "services", app_id() + ".service")
  check_file(service)
  parser = configparser.ConfigParser(interpolation=None)
  parser.optionxform = str
  parser.read(service, encoding="utf-8")
  exec_ = parser["D-BUS Service"]["Exec"].split()[0]
  check(os.path.isfile(DESTDIR + exec_), f"the service starts {exec_}, which is not installed")


@tap.case
def icons():
  """the app icon and the symbolic icon, as they are in data/icons"""
  # As they are in data/icons, which test-icon-theme.c loads through GTK.
  for folder, name in (("scalable", app_id() + ".svg"), ("symbolic", app_id() + "-symbolic.svg")):
    path = installed("datadir", "icons", "hicolor", folder, "apps", name)
    check_file(path)
    with open(path, "rb") as f, \
         open(os.path.join(source_root(), "data", "icons", "hicolor", folder, "apps", name), "rb") as g:
      check(f.read() == g.read(), f"{path} differs from data/icons")


@tap.case
def schema():
  """the settings schema, which compiles where it is installed"""
  directory = installed("datadir", "glib-2.0", "schemas")
  check_file(os.path.join(directory, app_id() + ".gschema.xml"))
  tool = require_tool("glib-compile-schemas", "libglib2.0-bin")
  run_ok([tool, "--strict", "--targetdir", work.name, directory])


@tap.case
def mime():
  """the MIME package"""
  check_file(installed("datadir", "mime", "packages", app_id() + ".xml"))


@tap.case
def translations():
  """one .mo per language in po/LINGUAS, and no other"""
  locale = installed("localedir")
  found = sorted(lang for lang in (os.listdir(locale) if os.path.isdir(locale) else [])
                 if os.path.isfile(os.path.join(locale, lang, "LC_MESSAGES", "lachin-corridor.mo")))
  check(found == linguas(), f"installed translations {found}, po/LINGUAS has {linguas()}")


def help_linguas():
  with open(os.path.join(source_root(), "help", "LINGUAS"), encoding="utf-8") as f:
    return sorted(word for line in f for word in line.split("#", 1)[0].split())


@tap.case
def man_page():
  """the manual page lachin-corridor(1)"""
  check_file(installed("mandir", "man1", "lachin-corridor.1"))


@tap.case
def help_pages():
  """the user guide's pages and figures, in English and each help language"""
  source = os.path.join(source_root(), "help", "C")
  names = sorted(n for n in os.listdir(source) if n.endswith(".page"))
  figures = sorted(os.path.join("figures", n) for n in os.listdir(os.path.join(source, "figures")))
  for language in ["C"] + help_linguas():
    directory = installed("datadir", "help", language, app_id())
    for name in names + figures:
      check_file(os.path.join(directory, name))
    # A language's own screenshots, where it has them, else the English.
    for figure in figures:
      own = os.path.join(source_root(), "help", language, figure)
      expected = own if os.path.isfile(own) else os.path.join(source, figure)
      with open(expected, "rb") as a, open(os.path.join(directory, figure), "rb") as b:
        check(a.read() == b.read(), f"{language}/{figure} is not {os.path.relpath(expected, source_root())}")
  # Yelp finds help:APP_ID by this file.
  check_file(installed("datadir", "help", "C", app_id(), "index.page"))


@tap.case
def no_caches():
  """no caches are written into a DESTDIR (post-install steps skip it)"""
  for path in (installed("datadir", "glib-2.0", "schemas", "gschemas.compiled"),
               installed("datadir", "icons", "hicolor", "icon-theme.cache"),
               installed("datadir", "mime", "mime.cache"),
               installed("datadir", "applications", "mimeinfo.cache")):
    check(not os.path.exists(path), f"{path} was written")


tap.main()
