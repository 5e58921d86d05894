#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the missing build dependencies, builds, and starts Lachin Corridor.
# Arguments go to the app:  ./build-aux/run.sh [--validate FILE…] [FILE]
set -eu
cd "$(dirname "$0")/.."
. build-aux/deps.sh
lc_install_deps
lc_build _build
# The settings schema, compiled in the build tree, until it is installed.
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
# The catalogs built in the build tree, in the user's language.
export LACHIN_CORRIDOR_LOCALEDIR="$PWD/_build/po"
exec _build/src/lachin-corridor "$@"
