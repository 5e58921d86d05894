#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A stand-in for the GNOME 50 runtime and SDK, made of this machine's own
# /usr, so that flatpak-builder can build, bundle and run the app where the
# real runtime cannot be downloaded. docs/installing.md says what a build
# against it proves and what only the real runtime can.
#
#   build-aux/flatpak-standin.sh check
#       exits 0 if bubblewrap can make a sandbox and an overlay can be
#       mounted here; otherwise prints why and exits 77
#   build-aux/flatpak-standin.sh install DIR
#       exports two empty runtimes named org.gnome.Sdk and org.gnome.Platform,
#       branch 50, into the repository DIR/standin-repo and installs them into
#       the Flatpak installation DIR/flatpak (use FLATPAK_USER_DIR=DIR/flatpak
#       and flatpak --user with it)
#   build-aux/flatpak-standin.sh mount DIR
#       mounts a read-only overlay of /usr onto each installed runtime's
#       files/. The mounts belong to the caller's mount namespace: run this
#       under `unshare --mount --propagation private` and they end with it.
#
# Needs root (for mount), flatpak, bubblewrap and util-linux.
set -eu

BRANCH=50
RUNTIMES=(org.gnome.Sdk org.gnome.Platform)

die () {
  echo "flatpak-standin: $*" >&2
  exit 1
}

# Exit 77, the test suites' "skipped", with the reason.
unsupported () {
  echo "flatpak-standin: $*" >&2
  exit 77
}

check () {
  local tmp out
  command -v bwrap >/dev/null || unsupported "bubblewrap is not installed"
  out=$(bwrap --ro-bind / / --dev /dev --proc /proc true 2>&1) ||
    unsupported "bubblewrap cannot make a sandbox here: $out"
  [ "$(id -u)" -eq 0 ] || unsupported "mounting the stand-in runtime needs root"
  tmp=$(mktemp -d)
  mkdir "$tmp/lower" "$tmp/target"
  touch "$tmp/lower/.ref"
  if out=$(unshare --mount --propagation private \
              mount -t overlay overlay -o "lowerdir=$tmp/lower:/usr" "$tmp/target" 2>&1); then
    rm -rf "$tmp"
  else
    rm -rf "$tmp"
    unsupported "an overlay cannot be mounted here: $out"
  fi
}

# The layer laid over /usr: the lock file bwrap takes in a runtime's files/,
# and what the real runtime keeps in its /usr/etc for the sandbox's /etc.
make_top_layer () {
  local top=$1/standin-top
  [ -f "$top/.ref" ] && return 0
  mkdir -p "$top/etc"
  touch "$top/.ref"
  cp -a /etc/fonts "$top/etc/fonts"
}

install_runtimes () {
  local dir=$1 arch name tree
  export FLATPAK_USER_DIR=$dir/flatpak
  arch=$(flatpak --default-arch)
  make_top_layer "$dir"
  for name in "${RUNTIMES[@]}"; do
    flatpak --user info "$name//$BRANCH" >/dev/null 2>&1 && continue
    tree=$dir/standin-$name
    rm -rf "$tree"
    mkdir -p "$tree/files"
    cat >"$tree/metadata" <<EOF
[Runtime]
name=$name
runtime=org.gnome.Platform/$arch/$BRANCH
sdk=org.gnome.Sdk/$arch/$BRANCH
EOF
    flatpak build-export --runtime --files=files --subject="Stand-in for $name" \
      "$dir/standin-repo" "$tree" "$BRANCH" >/dev/null
    rm -rf "$tree"
  done
  flatpak --user remote-add --if-not-exists --no-gpg-verify standin "$dir/standin-repo"
  for name in "${RUNTIMES[@]}"; do
    flatpak --user info "$name//$BRANCH" >/dev/null 2>&1 ||
      flatpak --user install -y --noninteractive standin "$name//$BRANCH" >/dev/null
  done
}

mount_runtimes () {
  local dir=$1 name files
  export FLATPAK_USER_DIR=$dir/flatpak
  [ -f "$dir/standin-top/.ref" ] || die "run '$0 install $dir' first"
  for name in "${RUNTIMES[@]}"; do
    files=$(flatpak --user info --show-location "$name//$BRANCH")/files
    files=$(realpath "$files")
    mountpoint -q "$files" && continue
    mount -t overlay overlay -o "lowerdir=$dir/standin-top:/usr" "$files" ||
      die "cannot mount the stand-in onto $files"
  done
}

case "${1:-}" in
  check) check ;;
  install) [ $# -eq 2 ] || die "usage: $0 install DIR"; install_runtimes "$(realpath "$2")" ;;
  mount) [ $# -eq 2 ] || die "usage: $0 mount DIR"; mount_runtimes "$(realpath "$2")" ;;
  *) sed -n '2,22p' "$0" >&2; exit 2 ;;
esac
