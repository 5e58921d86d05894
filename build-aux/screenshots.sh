#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the software-centre screenshots that the metainfo lists, from the
# real app under a virtual display, so that they can be taken again after
# the window changes:
#
#   build-aux/screenshots.sh [--no-build] [--builddir BUILD] [--out DIR]
#
#   main.png    the light style, 1000×700
#   dark.png    the dark style, 1000×700
#   narrow.png  the narrow layout at its own size, 360×720
#
# Each is the window alone, with only a close button, the pointer away from
# it, taken once it has drawn and two frames in a row are the same. DIR is data/screenshots
# by default. Installs what it needs and builds first (build-aux/deps.sh)
# unless --no-build is given, which takes the app from BUILD (_build by
# default) as it is.
set -eu
cd "$(dirname "$0")/.."
top=$PWD
out=$top/data/screenshots
builddir=$top/_build
build=yes

while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    --builddir) builddir=$(realpath "$2"); shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "screenshots: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ $build = yes ]; then
  . build-aux/deps.sh
  lc_install_deps
  lc_build "$builddir"
fi
mkdir -p "$out"
out=$(realpath "$out")

# One shot: NAME WIDTH HEIGHT and the colour scheme, in a display, a D-Bus
# session and a settings file of its own.
shoot () {
  local name=$1 width=$2 height=$3 scheme=$4 home
  home=$(mktemp -d)
  mkdir -p "$home/gtk-4.0" "$home/glib-2.0/settings"
  printf '[Settings]\ngtk-decoration-layout=:close\ngtk-cursor-blink=false\n' \
    >"$home/gtk-4.0/settings.ini"
  # The bundled story's overview read, so the window shows the story itself.
  printf '[io/github/lachinmap/LachinCorridor]\nwindow-width=%d\nwindow-height=%d\ndismissed-overviews=['"'"'lachin-corridor-2022'"'"']\n' \
    "$width" "$height" >"$home/glib-2.0/settings/keyfile"
  local status=0
  env -u DBUS_SESSION_BUS_ADDRESS \
    XDG_CONFIG_HOME="$home" GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$builddir/data" \
    LANGUAGE=en LC_ALL=C.UTF-8 ADW_DEBUG_COLOR_SCHEME="$scheme" NO_AT_BRIDGE=1 \
    xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- \
    python3 - "$builddir/src/lachin-corridor" "$out/$name" >"$home/log" 2>&1 <<'EOF' || status=$?
import os, subprocess, sys, time
sys.dont_write_bytecode = True
sys.path.insert(0, "build-aux")
import xwd2png

def main_window():
  """The app's window: GTK also keeps a 1×1 leader window out of sight."""
  found = subprocess.run(["xdotool", "search", "--onlyvisible", "--classname", "lachin-corridor"],
                         stdout=subprocess.PIPE, text=True).stdout.split()
  for window in found:
    geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                              stdout=subprocess.PIPE, text=True).stdout
    values = dict(line.split("=", 1) for line in geometry.split())
    if int(values.get("WIDTH", 0)) > 100:
      return window
  return None

if os.path.exists(sys.argv[2]):
  os.remove(sys.argv[2])
app = subprocess.Popen([sys.argv[1]])
deadline = time.monotonic() + 60
previous = window = None
while time.monotonic() < deadline and app.poll() is None:
  time.sleep(0.5)
  if window is None:
    window = main_window()
    if window is None:
      continue
    # No hover and no tooltip.
    subprocess.run(["xdotool", "mousemove", "1399", "899"], check=True)
  shot = subprocess.run(["xwd", "-silent", "-id", window], stdout=subprocess.PIPE)
  if shot.returncode != 0:
    window = None
    continue
  width, height, rgb = xwd2png.read_xwd(shot.stdout)
  # Drawn (a window that has not drawn yet is one flat colour), and settled.
  if len({rgb[i:i + 3] for i in range(0, len(rgb), 3 * 97)}) < 40:
    continue
  if shot.stdout == previous:
    xwd2png.write_png(sys.argv[2], width, height, rgb)
    break
  previous = shot.stdout
app.terminate()
app.wait()
sys.exit(0 if previous is not None and os.path.exists(sys.argv[2]) else 1)
EOF
  [ $status -eq 0 ] || cat "$home/log" >&2
  rm -rf "$home"
  [ $status -eq 0 ] || { echo "screenshots: could not take $name" >&2; return 1; }
  echo "screenshots: $out/$name"
}

shoot main.png 1000 700 default
shoot dark.png 1000 700 prefer-dark
shoot narrow.png 360 720 default
