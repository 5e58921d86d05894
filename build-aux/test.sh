#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the missing build dependencies, builds, and runs the whole test
# suite under a virtual display and a private D-Bus session. The last line
# is the count of test cases: "N passed, M failed".
# Extra arguments go to `meson test`, e.g. --setup=valgrind or a test name.
set -u
cd "$(dirname "$0")/.."
. build-aux/deps.sh
lc_install_deps || exit 1
lc_build _build || { echo "0 passed, 1 failed"; exit 1; }

xvfb-run -a -s "-screen 0 1400x900x24" \
  dbus-run-session -- meson test -C _build --print-errorlogs "$@"
status=$?

python3 build-aux/test-summary.py _build/meson-logs/testlog.json || status=1
exit $status
