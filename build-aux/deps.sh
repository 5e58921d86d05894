#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what Lachin Corridor needs to build and test, and only what is
# missing, on Debian/Ubuntu (apt) or Fedora (dnf). Safe to run again.
# Runs as root or through sudo. Sourced by run.sh and test.sh.

lc_install_deps () {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "deps: run as root or install sudo" >&2; return 1; }
    sudo=(sudo)
  fi

  if command -v apt-get >/dev/null; then
    local packages=(meson ninja-build pkg-config gcc libc6-dev gettext
                    libglib2.0-dev libglib2.0-bin libjson-glib-dev libgtk-4-dev libadwaita-1-dev
                    xvfb xauth dbus poppler-utils locales-all
                    libgtk-4-bin desktop-file-utils appstream shared-mime-info librsvg2-bin python3
                    flatpak flatpak-builder bubblewrap xdg-desktop-portal appstream-util xdotool x11-apps)
    local missing=()
    for p in "${packages[@]}"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 ||
      { "${sudo[@]}" apt-get update -q >/dev/null &&
        "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null; }
  elif command -v dnf >/dev/null; then
    local packages=(meson ninja-build pkgconf-pkg-config gcc gettext glib2-devel json-glib-devel
                    gtk4-devel libadwaita-devel xorg-x11-server-Xvfb xorg-x11-xauth dbus-daemon poppler-utils glibc-all-langpacks
                    desktop-file-utils appstream shared-mime-info librsvg2-tools python3
                    flatpak flatpak-builder bubblewrap xdg-desktop-portal libappstream-glib xdotool xwd)
    rpm -q "${packages[@]}" >/dev/null 2>&1 && return 0
    echo "deps: installing ${packages[*]}" >&2
    "${sudo[@]}" dnf install -y -q "${packages[@]}"
  else
    echo "deps: neither apt-get nor dnf found; install meson, GTK 4, libadwaita and json-glib yourself" >&2
    return 1
  fi
}

# Configures the build directory once, and builds.
lc_build () {
  local builddir=$1
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" >/dev/null || return 1
  fi
  meson compile -C "$builddir" >/dev/null || meson compile -C "$builddir"
}
