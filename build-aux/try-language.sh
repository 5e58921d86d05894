#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shows Lachin Corridor in one language from the build tree, for a
# translator: builds (the catalogs of po/LINGUAS with it), checks
# po/LANG.po, exports the map in that language to _build/map-LANG.png, and
# starts the app in it. More arguments go to the app.
#
#   ./build-aux/try-language.sh fr
#   ./build-aux/try-language.sh fr --date 2022-12-12
set -eu
cd "$(dirname "$0")/.."
lang=${1:-}
if [ -z "$lang" ] || [ "${lang#-}" != "$lang" ]; then
  echo "usage: build-aux/try-language.sh LANGUAGE [APP ARGUMENTS…]   (e.g. fr, pt_BR)" >&2
  exit 2
fi
shift

if [ ! -f "po/$lang.po" ]; then
  echo "try-language: po/$lang.po does not exist; start it as docs/translating.md says" >&2
  exit 1
fi
if ! sed 's/#.*//' po/LINGUAS | grep -qw -- "$lang"; then
  echo "try-language: $lang is not in po/LINGUAS, so the build does not compile it; add it there" >&2
  exit 1
fi

. build-aux/deps.sh
lc_install_deps
lc_build _build

echo "— po-check:"
python3 build-aux/po-check.py "po/$lang.po" || true

# gettext needs a locale of the language (any other than C) for LANGUAGE
# to count; dates and numbers follow the locale.
locale=$(locale -a 2>/dev/null | grep -i -m1 -E "^${lang}(_[A-Z]+)?\.utf-?8$" || true)
if [ -z "$locale" ]; then
  locale=$(locale -a 2>/dev/null | grep -i -m1 -E '^(en_US|C)\.utf-?8$' || echo C.UTF-8)
  echo "try-language: no $lang locale is installed (locales-all has them); dates and numbers stay in $locale" >&2
fi

export LANGUAGE="$lang" LANG="$locale" LC_ALL="$locale"
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
export LACHIN_CORRIDOR_LOCALEDIR="$PWD/_build/po"

_build/src/lachin-corridor --export "_build/map-$lang.png" --size 1200x800
echo "— the map in $lang: _build/map-$lang.png"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "try-language: no display, so the app does not start; look at the map above" >&2
  exit 0
fi
exec _build/src/lachin-corridor "$@"
