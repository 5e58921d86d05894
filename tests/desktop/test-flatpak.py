#!/usr/bin/env python3
# test-flatpak.py: the Flatpak for real. flatpak-builder builds the manifest
# against the stand-in runtime (build-aux/flatpak-standin.sh) through
# build-aux/flatpak-bundle.sh; the bundle installs; the app runs sandboxed
# with the manifest's permissions and nothing more, shows its window and
# closes on Ctrl+W; and a story file opens in it from the desktop, by type.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs as root under a display (build-aux/test.sh). Everything happens in a
temporary folder, in a mount and PID namespace of its own: the stand-in's
overlay mounts and every process started here (the sandboxed app, the
D-Bus session, the document portal) end with the test, however it ends.
Where bubblewrap cannot make a sandbox or an overlay cannot be mounted, it
says why and exits 77 (skipped); a missing tool is a failure.

The case list is printed as TAP; meson reads the exit status (77 skips)."""

import configparser
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lctap import Tap, Failure, check, run, run_ok, app_id, source_root  # noqa: E402

sys.path.insert(0, os.path.join(source_root(), "build-aux"))
import xwd2png  # noqa: E402

SKIPPED = 77
APP = app_id()
MANIFEST = os.path.join(source_root(), "flatpak", APP + ".json")
BUNDLE_SCRIPT = os.path.join(source_root(), "build-aux", "flatpak-bundle.sh")
STANDIN_SCRIPT = os.path.join(source_root(), "build-aux", "flatpak-standin.sh")
STORY_TYPE = "application/x-lachin-corridor-story"
# Program: Debian package (build-aux/deps.sh installs them).
TOOLS = {"flatpak": "flatpak", "flatpak-builder": "flatpak-builder", "bwrap": "bubblewrap",
         "appstream-compose": "appstream-util", "unshare": "util-linux",
         "dbus-daemon": "dbus", "gio": "libglib2.0-bin", "xdotool": "xdotool", "xwd": "x11-apps"}
# Hands a file opened from the desktop to the sandbox.
DOCUMENT_PORTAL = "/usr/libexec/xdg-document-portal"


def story_title(path):
  with open(path, encoding="utf-8") as f:
    return json.load(f)["title"]


BUNDLED_TITLE = story_title(os.path.join(source_root(), "data", "stories",
                                         "lachin-corridor-2022.lcstory"))
EXAMPLE = os.path.join(source_root(), "docs", "example-story.lcstory")


# The outer process: checks that the sandbox can work here, and runs the
# cases in namespaces of their own.

def outer():
  missing = [f"{tool} ({package})" for tool, package in TOOLS.items() if not shutil.which(tool)]
  if not os.path.exists(DOCUMENT_PORTAL):
    missing.append(f"{DOCUMENT_PORTAL} (xdg-desktop-portal)")
  if missing:
    print("1..1")
    print(f"not ok 1 - tools: install {', '.join(missing)} (build-aux/deps.sh does)")
    return 1
  proc = run([STANDIN_SCRIPT, "check"])
  if proc.returncode == SKIPPED:
    reason = proc.stderr.strip().replace("\n", " ")
    print("1..1")
    print(f"ok 1 # SKIP {reason}")
    print(f"skipped: {reason}", file=sys.stderr)
    return SKIPPED
  if proc.returncode != 0:
    print("1..1")
    print(f"not ok 1 - {STANDIN_SCRIPT} check: {proc.stderr.strip()}")
    return 1
  work = tempfile.mkdtemp(prefix="lc-flatpak-")
  try:
    # --pid --fork: when the inner process ends, the kernel ends every
    # process left in its namespace, and with them the mount namespace.
    return subprocess.call(["unshare", "--mount", "--propagation", "private",
                            "--pid", "--fork", "--mount-proc", "--",
                            sys.executable, os.path.abspath(__file__), "--inner", work])
  finally:
    shutil.rmtree(work, ignore_errors=True)


# The inner process: the cases, in order, each building on the last.

class Sandbox:
  """The folder, environment and processes of one run."""

  def __init__(self, work):
    self.work = work
    self.flatpak_dir = os.path.join(work, "flatpak")
    self.artifacts = os.environ["LC_FLATPAK_ARTIFACTS"]
    self.bundle = os.path.join(self.artifacts, "lachin-corridor.flatpak")
    self.exports = os.path.join(self.flatpak_dir, "exports", "share")
    self.bus = None
    self.done = set()
    home = os.path.join(work, "home")
    # A fresh user with a private runtime folder, where the document portal
    # mounts: /run/user/UID, as on a desktop, so that the paths it hands
    # out are the same inside the sandbox and out.
    runtime_dir = f"/run/user/{os.getuid()}"
    os.makedirs("/run/user", exist_ok=True)
    run_ok(["mount", "-t", "tmpfs", "-o", "mode=0755", "tmpfs", "/run/user"])
    os.makedirs(runtime_dir, mode=0o700)
    # Only what a desktop session would have; nothing of the build tree.
    self.env = {key: os.environ[key] for key in ("PATH", "DISPLAY", "XAUTHORITY")
                if key in os.environ}
    self.env.update(HOME=home, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                    XDG_RUNTIME_DIR=runtime_dir,
                    XDG_CONFIG_HOME=os.path.join(home, ".config"),
                    XDG_DATA_HOME=os.path.join(home, ".local", "share"),
                    XDG_CACHE_HOME=os.path.join(home, ".cache"),
                    XDG_DATA_DIRS=f"{self.exports}:/usr/local/share:/usr/share",
                    FLATPAK_USER_DIR=self.flatpak_dir)
    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
      os.makedirs(self.env[key], exist_ok=True)

  def need(self, *steps):
    for step in steps:
      check(step in self.done, f"not tested: an earlier step ({step}) failed")

  def run(self, argv, timeout=120, **kwargs):
    return run(argv, env=self.env, timeout=timeout, **kwargs)

  def run_ok(self, argv, timeout=120, **kwargs):
    return run_ok(argv, env=self.env, timeout=timeout, **kwargs)

  def flatpak(self, *args, timeout=120):
    return self.run_ok(["flatpak", "--user", *args], timeout=timeout)

  def start_bus(self):
    """A session bus that finds the exported D-Bus service, as a desktop's does."""
    self.bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                env=self.env, stdout=subprocess.PIPE, text=True)
    self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus.stdout.readline().strip()
    check(self.env["DBUS_SESSION_BUS_ADDRESS"], "dbus-daemon gave no address")

  def stop(self):
    self.run(["flatpak", "kill", APP], timeout=30)
    if self.bus is not None:
      self.bus.terminate()
      self.bus.wait(timeout=10)


def tail(path, lines=40):
  with open(path, encoding="utf-8", errors="replace") as f:
    return "".join(f.readlines()[-lines:])


def wait_for_window(sandbox, title, seconds=60):
  """The X window id of the visible window named exactly TITLE."""
  pattern = "^" + re.escape(title) + "$"
  deadline = time.monotonic() + seconds
  while time.monotonic() < deadline:
    proc = sandbox.run(["xdotool", "search", "--onlyvisible", "--name", pattern], timeout=10)
    ids = proc.stdout.split()
    if ids:
      return ids[0]
    time.sleep(0.25)
  windows = sandbox.run(["xdotool", "search", "--onlyvisible", "--name", "."], timeout=10)
  names = [sandbox.run(["xdotool", "getwindowname", w], timeout=10).stdout.strip()
           for w in windows.stdout.split()]
  raise Failure(f"no window “{title}” after {seconds} s; visible windows: {names}")


def window_gone(sandbox, window, seconds=20):
  deadline = time.monotonic() + seconds
  while time.monotonic() < deadline:
    if sandbox.run(["xdotool", "getwindowname", window], timeout=10).returncode != 0:
      return True
    time.sleep(0.25)
  return False


def close_with_ctrl_w(sandbox, window, seconds=40):
  """Types Ctrl+W on the keyboard (XTEST) into the window, focused, until it
  is gone: a busy machine may deliver the first press before the new
  window takes input. False if it never closes."""
  deadline = time.monotonic() + seconds
  presses = 0
  while time.monotonic() < deadline:
    sandbox.run(["xdotool", "windowfocus", "--sync", window], timeout=20)
    time.sleep(0.3)
    sandbox.run_ok(["xdotool", "key", "--clearmodifiers", "ctrl+w"], timeout=20)
    presses += 1
    if window_gone(sandbox, window, seconds=8):
      if presses > 1:
        print(f"Ctrl+W closed the window on press {presses}", file=sys.stderr)
      return True
  return False


def grab(sandbox, window):
  """(width, height, rgb) of the window, or None if it is gone."""
  proc = subprocess.run(["xwd", "-silent", "-id", window], env=sandbox.env, timeout=30,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
  return xwd2png.read_xwd(proc.stdout) if proc.returncode == 0 else None


def drawn(rgb):
  """A map, text and controls have many colours, and dark text on the light
  style; a window that has not drawn yet is one flat colour."""
  colours = {rgb[i:i + 3] for i in range(0, len(rgb), 3 * 97)}
  dark = sum(1 for i in range(0, len(rgb), 3 * 13) if sum(rgb[i:i + 3]) < 200)
  return len(colours) > 40 and dark > 100


def screenshot(sandbox, title, name, seconds=60):
  """The window named TITLE once it has drawn, saved for people to see;
  returns its X window id. The window is looked up again on each try: the
  first one found may be replaced while the app starts."""
  path = os.path.join(sandbox.artifacts, name)
  deadline = time.monotonic() + seconds
  while True:
    window = wait_for_window(sandbox, title, seconds=max(1, deadline - time.monotonic()))
    shot = grab(sandbox, window)
    if (shot is not None and drawn(shot[2])) or time.monotonic() > deadline:
      break
    time.sleep(0.5)
  check(shot is not None, f"the window “{title}” could not be captured")
  width, height, rgb = shot
  xwd2png.write_png(path, width, height, rgb)
  check(width >= 360 and height >= 360, f"{path}: the window is {width}x{height}")
  check(drawn(rgb), f"{path}: after {seconds} s the window has not drawn its story")
  return window


def app_errors(text):
  """Warnings and errors the app or the libraries in it printed."""
  return [line for line in text.splitlines()
          if re.search(r"(WARNING|CRITICAL|ERROR) \*\*|Fontconfig|cannot open|Gtk-Message", line)]


def finish_args_as_metadata():
  """The manifest's finish-args as the [Context] keys of an app's metadata."""
  with open(MANIFEST, encoding="utf-8") as f:
    args = json.load(f).get("finish-args", [])
  keys = {"--share": "shared", "--socket": "sockets", "--device": "devices",
          "--filesystem": "filesystems"}
  context = {}
  for arg in args:
    option, _, value = arg.partition("=")
    check(option in keys, f"the test does not know the finish-arg {arg}")
    context.setdefault(keys[option], set()).add(value)
  # build-finish also writes x11 for fallback-x11, for Flatpak releases that
  # do not know fallback-x11; newer ones drop it where Wayland is there.
  if "fallback-x11" in context.get("sockets", set()):
    context["sockets"].add("x11")
  return context


def main(work):
  tap = Tap()
  sandbox = Sandbox(work)
  os.makedirs(sandbox.artifacts, exist_ok=True)
  build = os.path.join(work, "build")

  @tap.case
  def bundle():
    """build-aux/flatpak-bundle.sh --standin builds the manifest with flatpak-builder and bundles it"""
    log = os.path.join(sandbox.artifacts, "flatpak-bundle.log")
    with open(log, "w", encoding="utf-8") as out:
      status = subprocess.call([BUNDLE_SCRIPT, "--standin", "--workdir", work, sandbox.bundle],
                               env=sandbox.env, stdout=out, stderr=subprocess.STDOUT, timeout=900)
    check(status == 0, f"exit {status}; the end of {log}:\n{tail(log)}")
    check(os.path.getsize(sandbox.bundle) > 10000, f"{sandbox.bundle} is nearly empty")
    sandbox.done.add("bundle")

  @tap.case
  def appstream():
    """appstream-compose read the metainfo and the icon, by content"""
    sandbox.need("bundle")
    files = os.path.join(build, "files", "share", "app-info")
    with gzip.open(os.path.join(files, "xmls", APP + ".xml.gz"), "rt", encoding="utf-8") as f:
      catalog = f.read()
    check(f"<id>{APP}</id>" in catalog, "the catalog does not name the app")
    check("<screenshot" in catalog and "<caption>" in catalog, "the catalog has no screenshots")
    for size in ("64x64", "128x128"):
      icon = os.path.join(files, "icons", "flatpak", size, APP + ".png")
      check(os.path.isfile(icon), f"appstream-compose made no {size} icon")

  @tap.case
  def exports():
    """build-finish exports the desktop file, D-Bus service, MIME type, metainfo and both icons"""
    sandbox.need("bundle")
    share = os.path.join(build, "export", "share")
    for path in (("applications", APP + ".desktop"), ("dbus-1", "services", APP + ".service"),
                 ("mime", "packages", APP + ".xml"), ("icons", "hicolor", "scalable", "apps", APP + ".svg"),
                 ("icons", "hicolor", "symbolic", "apps", APP + "-symbolic.svg")):
      check(os.path.isfile(os.path.join(share, *path)), f"share/{'/'.join(path)} is not exported")
    # flatpak-builder 1.2 renames the metainfo to the older *.appdata.xml.
    check(any(os.path.isfile(os.path.join(share, "metainfo", APP + suffix))
              for suffix in (".metainfo.xml", ".appdata.xml")), "the metainfo is not exported")

  @tap.case
  def installs():
    """the bundle installs, on the GNOME 50 runtime"""
    sandbox.need("bundle")
    # The stand-in's runtimes are installed in this folder; mount them here.
    sandbox.run_ok([STANDIN_SCRIPT, "mount", work])
    sandbox.flatpak("install", "-y", "--noninteractive", "--bundle", sandbox.bundle)
    info = sandbox.flatpak("info", APP).stdout
    check(re.search(r"Runtime:\s*org\.gnome\.Platform/\S+/50", info), f"flatpak info says:\n{info}")
    sandbox.done.add("installed")

  @tap.case
  def permissions():
    """the installed app has exactly the manifest's finish-args as permissions"""
    sandbox.need("installed")
    text = sandbox.flatpak("info", "--show-permissions", APP).stdout
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.optionxform = str
    metadata.read_string(text)
    granted = {key: {v for v in value.split(";") if v}
               for key, value in (metadata["Context"].items() if "Context" in metadata else [])}
    check(granted == finish_args_as_metadata(),
          f"permissions {granted}, the manifest asks for {finish_args_as_metadata()}")
    others = [s for s in metadata.sections() if s != "Context"]
    check(not others, f"more permissions: {others}\n{text}")

  @tap.case
  def version():
    """flatpak run … --version runs the app in the sandbox"""
    sandbox.need("installed")
    out = sandbox.flatpak("run", APP, "--version", timeout=60).stdout
    check(out.strip() == f"Lachin Corridor {os.environ['LC_VERSION']}", f"it says {out!r}")

  @tap.case
  def confined():
    """in the sandbox: no network and none of the host's files"""
    sandbox.need("installed")
    secret = os.path.join(work, "host-only")
    with open(secret, "w", encoding="utf-8") as f:
      f.write("not for the sandbox\n")
    # /proc/net/dev lists the interfaces of the sandbox's own network
    # namespace (/sys/class/net would show the host's).
    out = sandbox.flatpak("run", "--command=sh", APP, "-c",
                          "tail -n +3 /proc/net/dev | cut -d: -f1; "
                          f"test -e '{secret}' && echo SEEN; echo END",
                          timeout=60).stdout.split()
    check(out[-1] == "END", f"the shell in the sandbox said {out}")
    check("SEEN" not in out, f"the sandbox sees {secret}")
    check(out[:-1] == ["lo"], f"network interfaces in the sandbox: {out[:-1]}")

  @tap.case
  def story_type():
    """with the exported MIME data, a *.lcstory file is a story and opens in the app"""
    sandbox.need("installed")
    stories = os.path.join(work, "stories")
    os.makedirs(stories, exist_ok=True)
    own = os.path.join(stories, "example.lcstory")
    double = os.path.join(stories, "example.lcstory.json")
    shutil.copy(EXAMPLE, own)
    shutil.copy(EXAMPLE, double)

    def content_type(path):
      out = sandbox.run_ok(["gio", "info", "-a", "standard::content-type", path]).stdout
      return re.search(r"standard::content-type: (\S+)", out).group(1)

    check(content_type(own) == STORY_TYPE, f"{own} is {content_type(own)}")
    # Why stories are not named *.lcstory.json: Flatpak's export weighs that
    # glob below *.json. (A story that names its JSON Schema in "$schema", as
    # this one does, is sniffed as a JSON schema: JSON all the same.)
    check(content_type(double) in ("application/json", "application/schema+json"),
          f"{double} is {content_type(double)}")
    out = sandbox.run_ok(["gio", "mime", STORY_TYPE]).stdout
    check(f"Default application for “{STORY_TYPE}”: {APP}.desktop" in out, out)
    sandbox.done.add("story type")

  @tap.case
  def window():
    """the window, sandboxed: drawn with its story, and Ctrl+W closes it"""
    sandbox.need("installed")
    sandbox.start_bus()
    log = os.path.join(sandbox.artifacts, "flatpak-run.log")
    with open(log, "w", encoding="utf-8") as out:
      app = subprocess.Popen(["flatpak", "--user", "run", "--env=G_DEBUG=fatal-warnings", APP],
                             env=sandbox.env, stdout=out, stderr=subprocess.STDOUT)
    try:
      shown = screenshot(sandbox, BUNDLED_TITLE, "flatpak-window.png")
      check(close_with_ctrl_w(sandbox, shown), "Ctrl+W did not close the window")
      closed = time.monotonic()
      try:
        status = app.wait(timeout=60)
      except subprocess.TimeoutExpired:
        # What every process in this namespace waits for.
        ps = run(["ps", "-eo", "pid,ppid,stat,wchan:32,etime,args"]).stdout
        raise Failure(f"the window closed, but the app did not exit within 60 s:\n{ps}\n{tail(log)}")
      if time.monotonic() - closed > 5:
        print(f"the app took {time.monotonic() - closed:.0f} s to exit", file=sys.stderr)
    finally:
      if app.poll() is None:
        app.send_signal(signal.SIGKILL)
        app.wait()
    check(status == 0, f"the app exited with {status}:\n{tail(log)}")
    errors = app_errors(tail(log, 200))
    check(not errors, "the app printed:\n" + "\n".join(errors))

  @tap.case
  def open_from_desktop():
    """a *.lcstory file opened from the desktop (gio open) shows its story in the sandboxed app"""
    sandbox.need("story type")
    check(sandbox.bus is not None, "not tested: no session bus")
    title = story_title(EXAMPLE)
    # Through the exported desktop file and D-Bus service; the document
    # portal hands the sandbox this one file.
    sandbox.run_ok(["gio", "open", os.path.join(work, "stories", "example.lcstory")], timeout=60)
    shown = screenshot(sandbox, title, "flatpak-opened-story.png")
    check(close_with_ctrl_w(sandbox, shown), "Ctrl+W did not close the window")

  try:
    tap.main()
  finally:
    sandbox.stop()


if __name__ == "__main__":
  if len(sys.argv) == 3 and sys.argv[1] == "--inner":
    main(sys.argv[2])
  sys.exit(outer())
