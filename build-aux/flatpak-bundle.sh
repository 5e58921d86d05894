#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Flatpak from flatpak/io.github.lachinmap.LachinCorridor.json and
# writes it as one file to hand on, lachin-corridor.flatpak by default:
#
#   build-aux/flatpak-bundle.sh [--standin] [--workdir DIR] [OUTPUT]
#
# It builds against the GNOME 50 SDK when that is installed (flatpak install
# flathub org.gnome.Sdk//50 org.gnome.Platform//50); the bundle then names
# Flathub, so that whoever installs it gets the runtime from there too. With
# --standin, or as root where the SDK is not installed, it builds against the
# stand-in runtime of build-aux/flatpak-standin.sh instead: a bundle that
# proves the manifest and the sandbox on this machine, not one to hand out.
#
# Build state goes to DIR, .flatpak-builder/ at the top of the checkout by
# default (the manifest leaves it out of the sources).
set -eu

APP_ID=io.github.lachinmap.LachinCorridor
FLATHUB=https://dl.flathub.org/repo/flathub.flatpakrepo
top=$(cd "$(dirname "$0")/.." && pwd)
manifest=$top/flatpak/$APP_ID.json
standin=no
workdir=$top/.flatpak-builder
output=$top/lachin-corridor.flatpak

while [ $# -gt 0 ]; do
  case "$1" in
    --standin) standin=yes; shift ;;
    --workdir) workdir=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "flatpak-bundle: unknown option $1" >&2; exit 2 ;;
    *) output=$1; shift ;;
  esac
done
mkdir -p "$workdir"
workdir=$(realpath "$workdir")
output=$(realpath "$output")

if [ $standin = no ] && ! flatpak info org.gnome.Sdk//50 >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "flatpak-bundle: install the GNOME 50 SDK first:" >&2
    echo "  flatpak install --user flathub org.gnome.Sdk//50 org.gnome.Platform//50" >&2
    exit 1
  fi
  echo "flatpak-bundle: no GNOME 50 SDK installed; building against the stand-in runtime" >&2
  standin=yes
fi

build () {
  flatpak-builder "$@" --force-clean --state-dir="$workdir/state" \
    --repo="$workdir/repo" "$workdir/build" "$manifest"
}

if [ $standin = yes ]; then
  # In a mount namespace of its own, which takes the stand-in's mounts
  # with it when this script ends, however it ends.
  if [ -z "${LC_STANDIN_NAMESPACE:-}" ]; then
    LC_STANDIN_NAMESPACE=1 exec unshare --mount --propagation private -- \
      "$0" --standin --workdir "$workdir" "$output"
  fi
  "$top/build-aux/flatpak-standin.sh" install "$workdir"
  "$top/build-aux/flatpak-standin.sh" mount "$workdir"
  export FLATPAK_USER_DIR=$workdir/flatpak
  # FUSE, which rofiles-fuse needs, is not there in every container.
  build --user --disable-rofiles-fuse
  flatpak build-bundle "$workdir/repo" "$output" "$APP_ID"
else
  build
  flatpak build-bundle --runtime-repo="$FLATHUB" "$workdir/repo" "$output" "$APP_ID"
fi
echo "flatpak-bundle: wrote $output"
