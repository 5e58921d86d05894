#!/usr/bin/env python3
# test-metainfo.py: the merged metainfo file, against appstreamcli and against
# what the rest of the project says (IDs, version, screenshots, MIME type).
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run, app_id, build_root, source_root  # noqa: E402

tap = Tap()
METAINFO = os.path.join(build_root(), "data", app_id() + ".metainfo.xml")
RAW_BASE = "https://raw.githubusercontent.com/lachinmap/lachin-corridor/main/"

# What `appstreamcli validate --pedantic` may still say, and why:
# - cid-contains-uppercase-letter: the app ID is fixed, in GNOME's usual
#   reverse-DNS CamelCase form.
# - unknown-tag developer: <developer> is AppStream 1.0's tag, which Flathub
#   reads; AppStream 0.16 (Debian 12) does not know it yet and reads
#   <developer_name>, which the file has as well.
ALLOWED_PEDANTIC = {"cid-contains-uppercase-letter", "unknown-tag developer"}


def root():
  return ET.parse(METAINFO).getroot()


def appstreamcli(*args):
  tool = require_tool("appstreamcli", "appstream")
  return run([tool, "validate", "--no-net", "--no-color", *args, METAINFO],
             env=dict(os.environ, NO_COLOR="1"))


def issues(output):
  """(severity letter, tag and argument) for each issue appstreamcli lists."""
  found = []
  for line in output.splitlines():
    m = re.match(r"^([EWIP]): [^:]+:(?:\d+:)? ([\w-]+)(?: (.*))?$", line)
    if m:
      found.append((m.group(1), (m.group(2) + " " + (m.group(3) or "")).strip()))
  return found


@tap.case
def validates():
  """appstreamcli validate --no-net passes with no errors and no warnings"""
  proc = appstreamcli()
  check(proc.returncode == 0, f"appstreamcli failed:\n{proc.stdout}{proc.stderr}")
  bad = [i for i in issues(proc.stdout) if i[0] in "EW"]
  check(not bad, f"errors or warnings: {bad}\n{proc.stdout}")


@tap.case
def pedantic():
  """appstreamcli validate --pedantic reports only the known, explained issues"""
  proc = appstreamcli("--pedantic")
  check(proc.returncode == 0, f"appstreamcli failed:\n{proc.stdout}{proc.stderr}")
  found = issues(proc.stdout)
  unexpected = [i for i in found if i[1] not in ALLOWED_PEDANTIC]
  check(not unexpected, f"unexpected issues: {unexpected}\n{proc.stdout}")


@tap.case
def identity():
  """id, launchable, provides and translation match the app"""
  r = root()
  check(r.get("type") == "desktop-application", "not a desktop-application")
  check(r.findtext("id") == app_id(), f"id is {r.findtext('id')}")
  launchable = r.find("launchable[@type='desktop-id']")
  check(launchable is not None and launchable.text == app_id() + ".desktop",
        "the launchable is not the desktop file")
  check(r.findtext("project_license") == "GPL-3.0-or-later", "project_license")
  check(r.findtext("provides/binary") == "lachin-corridor", "provides/binary")
  check(r.findtext("provides/mediatype") == "application/x-lachin-corridor-story",
        "provides/mediatype")
  translation = r.find("translation[@type='gettext']")
  check(translation is not None and translation.text == "lachin-corridor",
        "the gettext translation tag")
  check(r.findtext("developer/name") or r.findtext("developer_name"), "no developer")


@tap.case
def summary():
  """the summary is at most 35 characters, with no trailing dot"""
  text = root().findtext("summary")
  check(text and len(text) <= 35, f"summary {text!r} is {len(text or '')} characters")
  check(not text.endswith("."), "the summary ends with a dot")


def png_size(path):
  with open(path, "rb") as f:
    head = f.read(24)
  check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
  return struct.unpack(">II", head[16:24])


@tap.case
def urls():
  """every address is the project's on GitHub, as the app ID io.github.OWNER.App says"""
  r = root()
  # Flathub's linter holds an io.github.OWNER ID to https://github.com/OWNER/.
  owner = app_id().split(".")[2]
  project = f"https://github.com/{owner}/lachin-corridor"
  check(r.findtext("url[@type='homepage']") == project, "homepage")
  check(r.findtext("url[@type='bugtracker']") == project + "/issues", "bugtracker")
  for url in r.findall("url"):
    check(url.text.startswith(project), f"{url.get('type')} is {url.text}")
  for image in r.findall("screenshots/screenshot/image"):
    check(image.text.startswith(f"https://raw.githubusercontent.com/{owner}/lachin-corridor/"),
          f"screenshot at {image.text}")


@tap.case
def screenshots():
  """light, dark and narrow screenshots, captioned, committed under data/screenshots/ at their sizes"""
  shots = root().findall("screenshots/screenshot")
  check(len(shots) >= 3, f"{len(shots)} screenshots")
  check(len([s for s in shots if s.get("type") == "default"]) == 1, "not one default screenshot")
  sizes = []
  captions = set()
  for shot in shots:
    caption = (shot.find("caption").text or "").strip() if shot.find("caption") is not None else ""
    check(caption, "a screenshot without a caption")
    captions.add(caption)
    url = shot.findtext("image").strip()
    check(url.startswith(RAW_BASE + "data/screenshots/"), f"{url} is not in data/screenshots/")
    path = os.path.join(source_root(), url[len(RAW_BASE):])
    check(os.path.isfile(path), f"{path} is missing")
    sizes.append(png_size(path))
  check(len(captions) == len(shots), "two screenshots share a caption")
  # build-aux/screenshots.sh takes them at these sizes.
  check(sizes[:3] == [(1000, 700), (1000, 700), (360, 720)],
        f"sizes {sizes}: run build-aux/screenshots.sh")


@tap.case
def adaptive():
  """it requires a display of 360 px or more, and supports keyboard, pointer and touch"""
  r = root()
  length = r.find("requires/display_length")
  check(length is not None and length.get("compare") == "ge" and length.text.strip() == "360",
        "no <requires><display_length compare=\"ge\">360</display_length>")
  controls = sorted(c.text for c in r.findall("supports/control"))
  check(controls == ["keyboard", "pointing", "touch"], f"supports {controls}")


@tap.case
def appstream_util():
  """appstream-util validate --nonet (the stricter, older rules) passes"""
  tool = require_tool("appstream-util", "appstream-util")
  proc = run([tool, "validate", "--nonet", METAINFO])
  check(proc.returncode == 0, f"appstream-util says:\n{proc.stdout}{proc.stderr}")


@tap.case
def releases():
  """the newest release is the project's version, with a date and notes"""
  release = root().find("releases/release")
  check(release is not None, "no release")
  check(release.get("version") == os.environ["LC_VERSION"],
        f"newest release {release.get('version')} is not meson's {os.environ['LC_VERSION']}")
  check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date") or ""), "no date")
  check(release.find("description/p") is not None, "no release notes")


@tap.case
def rating_and_branding():
  """an OARS rating, and branding colours for light and dark"""
  r = root()
  rating = r.find("content_rating")
  check(rating is not None and rating.get("type") == "oars-1.1", "no oars-1.1 rating")
  colours = {c.get("scheme_preference"): c.text for c in r.findall("branding/color")}
  for scheme in ("light", "dark"):
    check(re.fullmatch(r"#[0-9a-f]{6}", colours.get(scheme) or ""), f"no {scheme} colour")


tap.main()
