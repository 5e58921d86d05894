#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the fuzz targets (tests/fuzz/, docs/security.md) with libFuzzer:
#
#   build-aux/fuzz.sh [-t SECONDS] [-n RUNS] [TARGET...]
#
# TARGET is loader, date or render (all three by default). Each runs for
# SECONDS (default 60) or RUNS inputs, one target after the other, at the
# lowest priority, on one core. The build is in _fuzz (clang,
# -Dfuzzing=true), each target's corpus in _fuzz/corpus/TARGET, seeded
# from the tests, the bundled story, the example and tests/data/fuzz/, and
# kept from run to run. The last lines give, per target, the inputs run
# this time and in all runs so far, and the coverage (cov: edges, ft:
# features). An input that crashes, hangs, leaks or trips a sanitizer is
# saved in _fuzz/findings/TARGET/ and the script exits with status 1: fix
# the bug, then add the input to tests/data/fuzz/TARGET/, where the test
# suite runs it again.
set -u
cd "$(dirname "$0")/.."

seconds=60
runs=-1
while getopts "t:n:" option; do
  case $option in
    t) seconds=$OPTARG ;;
    n) runs=$OPTARG; seconds=0 ;;
    *) echo "usage: $0 [-t SECONDS] [-n RUNS] [loader|date|render]..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(loader date render)

build=_fuzz
if ! command -v clang >/dev/null; then
  echo "fuzz.sh: needs clang and its sanitizer runtimes: apt-get install clang libclang-rt-14-dev" >&2
  exit 2
fi
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true >/dev/null || exit 1
fi
nice -n 19 meson compile -C "$build" $(printf 'tests/fuzz/fuzz-%s ' "${targets[@]}") >/dev/null ||
  exit 1

# The seeds: every story the tests use, and every date in them.
seed () {
  local target=$1 corpus=$2
  mkdir -p "$corpus"
  if [ "$target" = date ]; then
    grep -rhoE '"[0-9]{4}-[0-9]{2}-[0-9]{2}"' tests/data data/stories docs/*.lcstory |
      tr -d '"' | sort -u | while read -r date; do
        printf '%s' "$date" > "$corpus/seed-$date"
      done
  else
    cp tests/data/*.json data/stories/*.lcstory docs/*.lcstory "$corpus/"
  fi
  cp tests/data/fuzz/"$target"/* "$corpus/" 2>/dev/null
  return 0
}

export G_SLICE=always-malloc GSETTINGS_BACKEND=memory
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
# Fontconfig keeps its caches for the life of the process, as in the suite.
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

status=0
summary=()
for target in "${targets[@]}"; do
  corpus=$build/corpus/$target
  findings=$build/findings/$target
  log=$build/logs/$target.log
  mkdir -p "$findings" "$(dirname "$log")"
  seed "$target" "$corpus"

  # Small inputs run fast, and a story's every path fits in a few
  # kilobytes; longer seeds (the bundled story) are cut to this.
  max_len=16384
  [ "$target" = date ] && max_len=64
  nice -n 19 "$build/tests/fuzz/fuzz-$target" "$corpus" \
    -dict=tests/fuzz/story.dict -max_len=$max_len -timeout=60 -rss_limit_mb=1024 \
    -max_total_time="$seconds" -runs="$runs" -print_final_stats=1 \
    -artifact_prefix="$findings/" > "$log" 2>&1 || status=1

  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
  total_file=$build/stats/$target
  mkdir -p "$(dirname "$total_file")"
  total=$(( $(cat "$total_file" 2>/dev/null || echo 0) + ${executed:-0} ))
  echo "$total" > "$total_file"
  summary+=("$target: ${executed:-0} inputs run, $total in all runs; $coverage")
  if [ $status -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" >&2
    break
  fi
done

printf '%s\n' "${summary[@]}"
exit $status
