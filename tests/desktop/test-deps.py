#!/usr/bin/env python3
# test-deps.py: build-aux/deps.sh checks before it asks for root. A user
# without sudo whose packages are all installed gets through; one with a
# package missing and no sudo gets a message that says what to do; sudo or
# root installs only what is missing.
#
# Each case runs lc_install_deps with a PATH of stand-ins for dpkg-query,
# apt-get and sudo that record what they are asked, as a user who is not
# root (the tests run as root switch to nobody with setpriv).
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import stat
import tempfile

from lctap import Skipped, Tap, check, run, source_root

tap = Tap()
DEPS = os.path.join(source_root(), "build-aux", "deps.sh")
MISSING = "flatpak-builder"

# dpkg-query -W -f='${Status}' PACKAGE: installed unless listed in LC_MISSING.
DPKG_QUERY = """#!/bin/sh
for package; do :; done
for p in $LC_MISSING; do
  [ "$p" = "$package" ] && exit 1
done
printf 'install ok installed'
"""
# Records the call; installs nothing.
RECORDER = """#!/bin/sh
echo "$(basename "$0") $*" >> "$LC_CALLS"
"""
# Records the call, then runs the command, as sudo would as root.
SUDO = """#!/bin/sh
echo "sudo $*" >> "$LC_CALLS"
exec "$@"
"""


def write_tool(folder, name, text):
  path = os.path.join(folder, name)
  with open(path, "w", encoding="utf-8") as f:
    f.write(text)
  os.chmod(path, 0o755)


def as_user():
  """The command prefix that runs as someone who is not root."""
  if os.getuid() != 0:
    return []
  setpriv = shutil.which("setpriv")
  if setpriv is None:
    raise Skipped("running as root without setpriv to become another user")
  return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def install_deps(missing=(), sudo=False, user=None):
  """Runs lc_install_deps with stand-in tools; returns the process and the
  calls made to apt-get and sudo."""
  with tempfile.TemporaryDirectory(prefix="lc-deps-") as work:
    os.chmod(work, 0o777)
    tools = os.path.join(work, "bin")
    os.mkdir(tools)
    os.chmod(tools, 0o755)
    # Only these tools: no real sudo or package manager is reachable.
    for name in ("id", "grep", "basename", "cat", "sh"):
      os.symlink(shutil.which(name), os.path.join(tools, name))
    write_tool(tools, "dpkg-query", DPKG_QUERY)
    write_tool(tools, "apt-get", RECORDER)
    if sudo:
      write_tool(tools, "sudo", SUDO)
    calls = os.path.join(work, "calls")
    with open(calls, "w", encoding="utf-8"):
      pass
    os.chmod(calls, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IWGRP
             | stat.S_IROTH | stat.S_IWOTH)
    prefix = as_user() if user is None else user
    proc = run(prefix + ["/bin/bash", "-c", f'. "{DEPS}" && lc_install_deps'],
               env={"PATH": tools, "LC_MISSING": " ".join(missing), "LC_CALLS": calls},
               cwd=work)
    with open(calls, encoding="utf-8") as f:
      return proc, f.read().splitlines()


@tap.case
def all_present_no_sudo():
  """all packages present, not root, no sudo: it succeeds and asks nothing"""
  proc, calls = install_deps()
  check(proc.returncode == 0, f"exited with {proc.returncode}: {proc.stderr}")
  check(calls == [], f"it called {calls}")
  check(proc.stderr == "", f"it said {proc.stderr!r}")


@tap.case
def missing_no_sudo():
  """a package missing, not root, no sudo: it fails and says what to do"""
  proc, calls = install_deps(missing=[MISSING])
  check(proc.returncode != 0, "it succeeded without installing")
  check(calls == [], f"it called {calls}")
  check(MISSING in proc.stderr, f"the message does not name {MISSING}: {proc.stderr!r}")
  check("root" in proc.stderr and "sudo" in proc.stderr,
        f"the message does not say how to get root: {proc.stderr!r}")


@tap.case
def missing_with_sudo():
  """a package missing, not root, with sudo: it installs only that one"""
  proc, calls = install_deps(missing=[MISSING], sudo=True)
  check(proc.returncode == 0, f"exited with {proc.returncode}: {proc.stderr}")
  check(calls == [f"sudo apt-get install -y -q {MISSING}", f"apt-get install -y -q {MISSING}"],
        f"it called {calls}")


@tap.case
def missing_as_root():
  """a package missing, as root: it installs only that one, without sudo"""
  if os.getuid() != 0:
    raise Skipped("not running as root")
  proc, calls = install_deps(missing=[MISSING], sudo=True, user=[])
  check(proc.returncode == 0, f"exited with {proc.returncode}: {proc.stderr}")
  check(calls == [f"apt-get install -y -q {MISSING}"], f"it called {calls}")


tap.main()
