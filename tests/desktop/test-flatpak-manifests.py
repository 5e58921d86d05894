#!/usr/bin/env python3
# test-flatpak-manifests.py: the development manifest and the release
# manifest stay in step, flatpak-builder reads both, and the docs name the
# permissions they grant. test-flatpak.py builds and runs the first.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lctap import Tap, check, require_tool, run, app_id, source_root  # noqa: E402

sys.path.insert(0, os.path.join(source_root(), "build-aux"))
flatpak_release = __import__("flatpak-release")

tap = Tap()
DEVELOPMENT = os.path.join(source_root(), "flatpak", app_id() + ".json")
RELEASE = os.path.join(source_root(), "flatpak", "release", app_id() + ".json")
TAG = "v" + os.environ["LC_VERSION"]


def load(path):
  with open(path, encoding="utf-8") as f:
    return json.load(f)


def release_source():
  return load(RELEASE)["modules"][-1]["sources"][0]


@tap.case
def flatpak_builder_reads_them():
  """flatpak-builder --show-manifest reads both manifests with no unknown properties"""
  tool = require_tool("flatpak-builder", "flatpak-builder")
  for path in (DEVELOPMENT, RELEASE):
    proc = run([tool, "--show-manifest", path])
    check(proc.returncode == 0, f"{path}: exit {proc.returncode}\n{proc.stderr}")
    # Unknown properties are only warned about, on stderr; any warning fails.
    check(not proc.stderr.strip(), f"{path}: flatpak-builder said:\n{proc.stderr}")
    check(json.loads(proc.stdout).get("id") == app_id(), f"{path} has another id")


@tap.case
def in_step():
  """the release manifest is the development one, built from a tag: same modules, options, permissions"""
  source = release_source()
  expected = flatpak_release.release_manifest(load(DEVELOPMENT), source.get("tag"),
                                              source.get("commit"))
  check(load(RELEASE) == expected,
        f"{os.path.relpath(RELEASE, source_root())} has drifted from the development manifest: "
        f"run build-aux/flatpak-release.py {TAG}")


@tap.case
def tagged_source():
  """the release builds this version's tag from the repository the metainfo names"""
  source = release_source()
  check(source.get("type") == "git", f"the release's source is {source}")
  with open(os.path.join(source_root(), "data", app_id() + ".metainfo.xml.in"),
            encoding="utf-8") as f:
    homepage = re.search(r'<url type="homepage">([^<]+)</url>', f.read()).group(1)
  check(source.get("url") == homepage + ".git", f"url {source.get('url')}, homepage {homepage}")
  check(source.get("tag") == TAG, f"tag {source.get('tag')}, meson's version is {TAG}")
  check(re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")), f"commit {source.get('commit')}")


@tap.case
def commit_is_the_tags():
  """the release's commit is the one its tag points to"""
  source = release_source()
  commit = flatpak_release.tagged_commit(source["tag"], source_root())
  if commit is None:
    # Before the release is tagged; flatpak-release.py writes zeros then.
    check(source["commit"] == flatpak_release.UNTAGGED,
          f"{source['tag']} does not exist, yet the commit is {source['commit']}")
    tap.skip(f"{source['tag']} is not tagged in this repository yet")
  check(source["commit"] == commit,
        f"{source['tag']} is {commit}, the manifest says {source['commit']}: "
        f"run build-aux/flatpak-release.py {source['tag']}")


@tap.case
def documented_permissions():
  """docs/installing.md lists exactly the sandbox permissions the manifest asks for"""
  with open(os.path.join(source_root(), "docs", "installing.md"), encoding="utf-8") as f:
    documented = re.findall(r"^\| `(--[a-z-]+=[^`]+)` \|", f.read(), re.M)
  asked = load(DEVELOPMENT).get("finish-args", [])
  check(sorted(documented) == sorted(asked), f"documented {documented}, asked for {asked}")


@tap.case
def no_files_no_network():
  """neither manifest asks for the file system, the network or a bus (docs/security.md)"""
  for path in (DEVELOPMENT, RELEASE):
    asked = load(path).get("finish-args", [])
    reaching = [arg for arg in asked
                if arg.startswith(("--filesystem", "--share=network", "--socket=session-bus",
                                   "--socket=system-bus", "--talk-name", "--system-talk-name",
                                   "--device=all"))]
    check(not reaching, f"{os.path.basename(os.path.dirname(path))}: asks for {reaching}")


tap.main()
