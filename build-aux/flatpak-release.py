#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the release manifest, flatpak/release/io.github.lachinmap.LachinCorridor.json,
from the development manifest beside it: the same manifest, with the app's
source taken from a git tag and the commit it must point to (as Flathub
wants) instead of the checkout.

  build-aux/flatpak-release.py v0.1.0

Run it after tagging a release, and commit the result. The commit is read
with `git rev-parse TAG^{commit}`; while the tag does not exist yet, it is
written as 40 zeros, which no build accepts, so an untagged release cannot
be built by mistake. tests/desktop/test-flatpak-manifests.py checks that the
two manifests stay in step.
"""

import json
import os
import subprocess
import sys

APP_ID = "io.github.lachinmap.LachinCorridor"
TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEVELOPMENT = os.path.join(TOP, "flatpak", APP_ID + ".json")
RELEASE = os.path.join(TOP, "flatpak", "release", APP_ID + ".json")
URL = "https://github.com/lachinmap/lachin-corridor.git"
UNTAGGED = "0" * 40


def tagged_commit(tag, top=TOP):
  """The commit TAG points to, or None when the tag does not exist."""
  proc = subprocess.run(["git", "-C", top, "rev-parse", "--verify", "--quiet", tag + "^{commit}"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
  return proc.stdout.strip() if proc.returncode == 0 else None


def release_manifest(development, tag, commit):
  """The development manifest with its last module (the app) built from TAG."""
  manifest = json.loads(json.dumps(development))
  app = manifest["modules"][-1]
  app["sources"] = [{"type": "git", "url": URL, "tag": tag, "commit": commit}]
  return manifest


def dump(manifest):
  return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def main(argv):
  if len(argv) != 2 or not argv[1].startswith("v"):
    print("usage: build-aux/flatpak-release.py vVERSION", file=sys.stderr)
    return 2
  tag = argv[1]
  with open(DEVELOPMENT, encoding="utf-8") as f:
    development = json.load(f)
  commit = tagged_commit(tag) or UNTAGGED
  os.makedirs(os.path.dirname(RELEASE), exist_ok=True)
  with open(RELEASE, "w", encoding="utf-8") as f:
    f.write(dump(release_manifest(development, tag, commit)))
  print(f"{os.path.relpath(RELEASE, TOP)}: {tag} at {commit}"
        + ("" if commit != UNTAGGED else " (not tagged yet)"))
  return 0


if __name__ == "__main__":
  sys.exit(main(sys.argv))
