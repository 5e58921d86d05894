#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what Lachin Corridor needs to build and test, and only what is
# missing, on Debian/Ubuntu (apt) or Fedora (dnf). Safe to run again.
# It checks first and asks for root (through sudo) only when something
# must be installed, so a user without sudo whose packages are all there
# can build and test. Sourced by run.sh and test.sh; tested by
# tests/desktop/test-deps.py.

LC_APT_PACKAGES=(meson ninja-build pkg-config gcc libc6-dev gettext
                 libglib2.0-dev libglib2.0-bin libjson-glib-dev libgtk-4-dev libadwaita-1-dev
                 xvfb xauth dbus poppler-utils locales-all
                 libgtk-4-bin desktop-file-utils appstream shared-mime-info librsvg2-bin python3 python3-jsonschema
                 flatpak flatpak-builder bubblewrap xdg-desktop-portal appstream-util xdotool
                 x11-apps itstool yelp-tools groff-base valgrind python3-gi gir1.2-atspi-2.0 at-spi2-core)
LC_DNF_PACKAGES=(meson ninja-build pkgconf-pkg-config gcc gettext glib2-devel json-glib-devel
                 gtk4-devel libadwaita-devel xorg-x11-server-Xvfb xorg-x11-xauth dbus-daemon
                 poppler-utils glibc-all-langpacks desktop-file-utils appstream shared-mime-info
                 librsvg2-tools python3 python3-jsonschema
                 flatpak flatpak-builder bubblewrap xdg-desktop-portal libappstream-glib xdotool
                 xwd itstool yelp-tools groff-base valgrind libasan libubsan python3-gobject at-spi2-core)

# Prints the packages of "$@" that are not installed, one a line.
lc_missing_apt () {
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

lc_missing_dnf () {
  for p in "$@"; do
    rpm -q "$p" >/dev/null 2>&1 || echo "$p"
  done
}

# Runs "$@" as root: directly when we are root, else through sudo.
lc_as_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

lc_install_deps () {
  local manager missing
  if command -v apt-get >/dev/null; then
    manager=apt
    mapfile -t missing < <(lc_missing_apt "${LC_APT_PACKAGES[@]}")
  elif command -v dnf >/dev/null; then
    manager=dnf
    mapfile -t missing < <(lc_missing_dnf "${LC_DNF_PACKAGES[@]}")
  else
    echo "deps: neither apt-get nor dnf found; install meson, GTK 4, libadwaita and json-glib yourself" >&2
    return 1
  fi
  [ ${#missing[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "deps: missing ${missing[*]}; installing them needs root: run this as root," \
         "install sudo, or install them yourself" >&2
    return 1
  fi

  echo "deps: installing ${missing[*]}" >&2
  if [ "$manager" = apt ]; then
    export DEBIAN_FRONTEND=noninteractive
    lc_as_root apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 ||
      { lc_as_root apt-get update -q >/dev/null &&
        lc_as_root apt-get install -y -q "${missing[@]}" >/dev/null; }
  else
    lc_as_root dnf install -y -q "${missing[@]}"
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
