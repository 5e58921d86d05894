#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The performance benchmark: one table, each figure against its anchor.

    meson test -C _build --benchmark          (runs this)
    tests/bench.py --source . --build _build [--quick] [--json OUT] [--before JSON]

Every figure is measured in this run together with its anchor, and given as
a ratio where the goal is one (docs/performance.md, issue 14):

  start, memory  the app started on a story until its first frame with the
                 story on screen, against a bare AdwApplicationWindow
                 (tests/bench-window.c) started the same way, interleaved;
                 timed by the frame clock (tests/bench-frames.c, preloaded),
                 memory as the PSS at that frame
  map frames     the renderer's frames at 1920x1080 (a day changed, the view
                 panned, zoomed) against the same projected paths drawn bare
                 with cairo, interleaved (tests/bench-render.c)
  app frames     in the app: a timeline step, a pan, to the next painted frame,
                 each from an idle frame clock; and, for the bundled story,
                 60 ms apart, as the clock may still tick (then a frame waits
                 for its tick); beside them, a frame of the bare window painted whole
                 (bench-window WIDTH HEIGHT repaint), the least such a
                 frame costs with the renderer
  export         a story of 2,000,000 positions exported
  load           the loader against json-glib's own parse (tests/bench-loader.c)

Stories come from build-aux/gen-story.py. Start and frame figures run under
Xvfb (a display of their own, started here when there is none) with
GSK_RENDERER=cairo, which is steadier than GL on a software rasteriser.
Times are medians of interleaved runs; the machine may be busy, so the
ratios are the figures to trust. --before JSON adds the figures of an
earlier run (its --json output) as a column.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 1920, 1080
FRAME_GOAL_MS = 8.0

# Stories: name → (gen-story.py arguments, description).
STORIES = {
    "s1k": ("--statements 1000 --events 1000 --features 50", "1,000 statements and events"),
    "s10k": ("--statements 10000 --events 10000 --features 200", "10,000 statements and events"),
    "s100k": ("--statements 100000 --events 100000 --features 1000",
              "100,000 statements and events"),
    "v10k": ("--vertices 10000 --polygons 10 --features 20", "10,000 vertices in 10 areas"),
    "v100k": ("--vertices 100000 --polygons 100 --features 20", "100,000 vertices in 100 areas"),
    # Three decimals: small enough for the 16 MiB cap that older loaders had.
    "v1m": ("--vertices 1000000 --polygons 100 --features 20 --decimals 3",
            "1,000,000 vertices in 100 areas"),
    "zz": ("--zigzag 10000 --decimals 3", "one zig-zag area of 10,000 points"),
    # Whole degrees, as issue 14 measured: 2,000,000 positions in 16 MB.
    "v2m": ("--vertices 2000000 --polygons 100 --decimals 0", "2,000,000 positions in 100 areas"),
}


class Table:
    def __init__(self, before):
        self.rows = []
        self.before = before or {}
        self.met = self.goals = 0
        self.figures = {}

    def add(self, key, figure, value, unit, anchor=None, anchor_name="", goal=None,
            goal_kind="ratio", note=""):
        """A row. goal_kind "ratio": value ÷ anchor ≤ goal; "value": value ≤ goal;
        "opens": value is not None."""
        ratio = value / anchor if value is not None and anchor else None
        met = None
        if goal_kind == "ratio" and goal is not None:
            met = ratio is not None and ratio <= goal
        elif goal_kind == "value" and goal is not None:
            met = value is not None and value <= goal
        elif goal_kind == "opens":
            met = value is not None
        if met is not None:
            self.goals += 1
            self.met += bool(met)
        self.figures[key] = {"value": value, "ratio": ratio, "anchor": anchor}
        self.rows.append((key, figure, value, unit, anchor, anchor_name, ratio, goal, goal_kind,
                          met, note))

    def print(self):
        def num(v, unit=""):
            if v is None:
                return "—"
            if unit == "MB":
                return f"{v:.0f} MB"
            return f"{v:.1f} {unit}".strip() if v < 100 else f"{v:.0f} {unit}".strip()

        print()
        head = ["figure", "value", "anchor", "ratio", "goal", "met"]
        if self.before:
            head.insert(4, "before")
        lines = [head]
        for key, figure, value, unit, anchor, anchor_name, ratio, goal, kind, met, note in self.rows:
            goal_text = ("" if goal is None and kind != "opens" else
                         "opens" if kind == "opens" else
                         f"≤ {goal:g} ×" if kind == "ratio" else f"≤ {goal:g} {unit}")
            row = [figure + (f" ({note})" if note else ""),
                   num(value, unit) if value is not None else (note and "—" or "fails"),
                   f"{num(anchor, unit)} {anchor_name}".strip() if anchor else "",
                   f"{ratio:.2f} ×" if ratio is not None else "",
                   goal_text,
                   "" if met is None else "met" if met else "NOT MET"]
            if self.before:
                old = self.before.get(key)
                if old is None:
                    row.insert(4, "")
                elif old.get("ratio") is not None and kind == "ratio":
                    row.insert(4, f"{old['ratio']:.2f} ×")
                else:
                    row.insert(4, num(old.get("value"), unit) if old.get("value") is not None
                               else "fails")
            lines.append(row)
        widths = [max(len(r[i]) for r in lines) for i in range(len(head))]
        for n, row in enumerate(lines):
            print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
            if n == 0:
                print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        print(f"\n{self.met} of {self.goals} goals met")


class Bench:
    def __init__(self, args):
        self.args = args
        self.source = os.path.abspath(args.source)
        self.build = os.path.abspath(args.build)
        self.tmp = tempfile.mkdtemp(prefix="lc-bench-")
        self.stories = {}
        self.binary = os.path.join(self.build, "src", "lachin-corridor")
        self.tests = os.path.join(self.build, "tests")

    def log(self, *words):
        print(*words, file=sys.stderr, flush=True)

    def story(self, name):
        if name not in self.stories:
            path = os.path.join(self.tmp, name + ".lcstory")
            script = os.path.join(self.source, "build-aux", "gen-story.py")
            subprocess.run([sys.executable, script] + STORIES[name][0].split() + [path],
                           check=True)
            self.stories[name] = path
        return self.stories[name]

    def opens(self, name):
        """Whether the app's loader accepts the story (--validate)."""
        if name == "bundled":
            return True
        result = subprocess.run([self.binary, "--validate", self.story(name)], env=self.env(),
                                capture_output=True, text=True)
        if result.returncode != 0:
            self.log(f"  {name}: refused: {result.stdout.strip().splitlines()[-1:]}")
        return result.returncode == 0

    def env(self, mode=None, count=None, paced=False):
        env = dict(os.environ)
        env.pop("LC_BENCH_PACED", None)
        config = os.path.join(self.tmp, "config")
        keyfile = os.path.join(config, "glib-2.0", "settings", "keyfile")
        os.makedirs(os.path.dirname(keyfile), exist_ok=True)
        with open(keyfile, "w") as out:
            out.write(f"[io/github/lachinmap/LachinCorridor]\nwindow-width={WIDTH}\n"
                      f"window-height={HEIGHT}\nwindow-maximized=false\n")
        env.update({
            "GSETTINGS_BACKEND": "keyfile",
            "XDG_CONFIG_HOME": config,
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "GSETTINGS_SCHEMA_DIR": os.path.join(self.build, "data"),
            "LACHIN_CORRIDOR_LOCALEDIR": os.path.join(self.build, "po"),
            "LANGUAGE": "C", "LC_ALL": "C.UTF-8",
            "GSK_RENDERER": "cairo", "GDK_BACKEND": "x11",
            "GTK_A11Y": "none", "NO_AT_BRIDGE": "1",
        })
        if mode is not None:
            env["LD_PRELOAD"] = os.path.join(self.tests, "libbench-frames.so")
            env["LC_BENCH_MODE"] = mode
            if count is not None:
                env["LC_BENCH_COUNT"] = str(count)
            if paced:
                env["LC_BENCH_PACED"] = "1"
        return env

    def run_gui(self, argv, mode, count=None, timeout=180, paced=False):
        """Runs a GUI program with the frame shim; returns (start ms, PSS kB, lines).
        Actions wait for an idle frame clock, or with @paced come 60 ms apart."""
        start = time.monotonic_ns() // 1000
        try:
            result = subprocess.run(argv, env=self.env(mode, count, paced), capture_output=True,
                                    text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.log(f"  {' '.join(argv[-1:])}: no frame within {timeout} s")
            return None, None, []
        lines = result.stdout.splitlines()
        for line in lines:
            if line.startswith("ready "):
                _, when, pss = line.split()
                return (int(when) - start) / 1000.0, int(pss), lines
        self.log(f"  {argv}: no ready frame: {result.stderr.strip()[-400:]}")
        return None, None, lines

    def app(self, name):
        return [self.binary] + ([] if name == "bundled" else [self.story(name)])

    def bare(self):
        return [os.path.join(self.tests, "bench-window"), str(WIDTH), str(HEIGHT)]

    # Start-up and memory

    def start(self, table):
        names = ["bundled", "s1k", "s10k", "s100k"]
        runs = 3 if self.args.quick else 7
        opens = {n: self.opens(n) for n in names}
        times = {n: [] for n in ["bare"] + names}
        memory = {n: [] for n in ["bare"] + names}
        for i in range(runs):
            for name in ["bare"] + names:
                if name != "bare" and (not opens[name] or
                                       (i >= 3 and name in ("s10k", "s100k"))):
                    continue
                if name != "bare" and i > 0 and not times[name]:
                    continue  # no frame the first time: not again
                argv = self.bare() if name == "bare" else self.app(name)
                ms, pss, _ = self.run_gui(argv, "start", timeout=90 if name != "s100k" else 180)
                self.log(f"  start {name}: {ms} ms, {pss} kB")
                if ms is not None:
                    times[name].append(ms)
                    memory[name].append(pss / 1024.0)
        bare = statistics.median(times["bare"])
        bare_mb = statistics.median(memory["bare"])
        table.add("start", "start → first frame, bundled story", med(times["bundled"]), "ms",
                  bare, "bare window", 1.25)
        table.add("memory", "memory (PSS) at first frame, bundled", med(memory["bundled"]), "MB",
                  bare_mb, "bare window", 1.3)
        for name in ["s1k", "s10k", "s100k"]:
            table.add("start-" + name, f"start → first frame, {STORIES[name][1]}",
                      med(times[name]), "ms", bare, "bare window", 1.5,
                      note="" if opens[name] else "refused")
        table.add("memory-s100k", "memory (PSS) at first frame, 100,000 statements",
                  med(memory["s100k"]), "MB", bare_mb, "bare window", None,
                  note="" if opens["s100k"] else "refused")

    # The benchmark's own test

    def smoke(self):
        """Each way the benchmark runs a program, once, with two actions:
        the frame shim's lines come, with a time and a memory figure; and
        bench-loader's rows for the table, for its smallest story. No time
        is checked (tests/meson.build runs this as a test)."""
        checks = [("bare window, start", self.bare(), "start", None, "ready"),
                  ("bare window, painted whole", self.bare() + ["repaint"], "repaint", 2, "action"),
                  ("app, start", self.app("bundled"), "start", None, "ready"),
                  ("app, timeline steps", self.app("bundled"), "step", 2, "action"),
                  ("app, pans", self.app("bundled"), "pan", 2, "action")]
        failed = 0
        for name, argv, mode, count, want in checks:
            ms, pss, lines = self.run_gui(argv, mode, count, timeout=120)
            n = sum(1 for line in lines if line.startswith(want + " "))
            # Actions wait for an idle frame clock: none comes while it ticks.
            ticking = sum(1 for line in lines if line.startswith("action ") and
                          line.split()[4:5] != ["0"])
            ok = ms is not None and ms > 0 and pss is not None and pss > 0 and \
                n == (count or 1) and "unsupported" not in lines and ticking == 0
            failed += not ok
            print(f"{'ok' if ok else 'FAILED'}: {name}: first frame {ms} ms, {pss} kB, "
                  f"{n} '{want}' lines, {ticking} while the clock ticked", flush=True)
        # The loader's figures reach the table: a load time and a peak.
        rows = {row[0]: row for row in self.loader_rows(["zz10k"])}
        ok = all(key in rows and rows[key][2] is not None and rows[key][2] > 0 and
                 rows[key][4] is not None and rows[key][4] > 0
                 for key in ("load-zz10k", "load-peak-zz10k"))
        failed += not ok
        print(f"{'ok' if ok else 'FAILED'}: loader: rows {sorted(rows)}", flush=True)
        return failed

    # Frames in the app

    def actions(self, name, mode, count, paced=False):
        if not self.opens(name):
            return None
        _, _, lines = self.run_gui(self.app(name), mode, count, timeout=300, paced=paced)
        acts = [tuple(map(float, l.split()[1:])) for l in lines if l.startswith("action ")]
        if not acts or "unsupported" in lines:
            return None
        frames = [float(l.split()[2]) for l in lines if l.startswith("frame ")]
        return acts, frames

    def floor(self, count):
        """The bare window painted whole, each frame: the least a step that
        changes the window from top to bottom costs with the renderer."""
        _, _, lines = self.run_gui(self.bare() + ["repaint"], "repaint", count)
        acts = [float(l.split()[1]) for l in lines if l.startswith("action ")]
        return statistics.median(acts) if acts else None

    def app_frames(self, table):
        count = 9 if self.args.quick else 21
        floor = self.floor(count)
        self.log(f"  bare window painted whole: frame {floor} ms")
        table.add("floor", "a frame painting the whole bare window (the renderer's least)", floor,
                  "ms", goal=None)
        for name in ["bundled", "s1k", "s10k", "s100k"]:
            result = self.actions(name, "step", count)
            value = statistics.median(a[0] for a in result[0]) if result else None
            if result:
                self.log(f"  step {name}: frame {value:.1f} ms, settled "
                         f"{statistics.median(a[1] for a in result[0]):.1f} ms, cpu "
                         f"{statistics.median(a[2] for a in result[0]):.1f} ms")
            label = "bundled" if name == "bundled" else STORIES[name][1]
            table.add("step-" + name, f"timeline step → next frame, {label}", value, "ms",
                      floor, "bare window painted whole", goal=FRAME_GOAL_MS, goal_kind="value")
        for name in ["bundled", "v1m", "zz"]:
            result = self.actions(name, "pan", count)
            value = statistics.median(a[0] for a in result[0]) if result else None
            worst = max(result[1]) if result else None
            if result:
                self.log(f"  pan {name}: frame {value:.1f} ms, longest frame {worst:.1f} ms")
            label = "bundled" if name == "bundled" else STORIES[name][1]
            table.add("app-pan-" + name, f"app: pan → next frame, {label}", value, "ms",
                      floor, "bare window painted whole", goal=FRAME_GOAL_MS, goal_kind="value")
            table.add("app-pan-longest-" + name, f"app: longest frame of the pan, {label}",
                      worst, "ms", goal=None)
        # The same, each action 60 ms after the last settled, while animations
        # (a scrollbar fading out for a second after each scroll) may keep the
        # frame clock ticking: a frame then waits for the clock's next tick.
        for mode, key, what in [("step", "step-bundled-paced", "timeline step"),
                                ("pan", "app-pan-bundled-paced", "app: pan")]:
            result = self.actions("bundled", mode, count, paced=True)
            value = statistics.median(a[0] for a in result[0]) if result else None
            ticking = sum(1 for a in result[0] if len(a) > 3 and a[3]) if result else 0
            if result:
                self.log(f"  {mode} bundled, paced: frame {value:.1f} ms, cpu "
                         f"{statistics.median(a[2] for a in result[0]):.1f} ms, "
                         f"{ticking} of {len(result[0])} with the clock ticking")
            table.add(key, f"{what} → next frame, bundled, 60 ms apart (clock may tick)", value,
                      "ms", goal=None)

    # Frames of the renderer

    def map_frames(self, table):
        runs = 9 if self.args.quick else 31
        names = ["bundled", "v10k", "v100k", "v1m", "zz"]
        bundled = os.path.join(self.source, "data", "stories", "lachin-corridor-2022.lcstory")
        pairs = [f"{n}={bundled if n == 'bundled' else self.story(n)}" for n in names]
        result = subprocess.run([os.path.join(self.tests, "bench-render"), "frames", str(runs),
                                 f"{WIDTH}x{HEIGHT}"] + pairs, capture_output=True, text=True,
                                timeout=3000)
        if result.returncode != 0:
            self.log(result.stderr)
        figures = {}
        for line in result.stdout.splitlines():
            words = line.split()
            if words[:1] == ["frames"] and len(words) > 3:
                figures[words[1]] = dict(zip(words[2::2], map(float, words[3::2])))
        for name in names:
            f = figures.get(name)
            label = "bundled" if name == "bundled" else STORIES[name][1]
            if f is None:
                table.add("frame-" + name, f"map frame, {label}", None, "ms")
                continue
            self.log(f"  frames {name}: {f}")
            if name == "bundled":
                table.add("frame-day", "map frame 1920×1080, day changed, bundled", f["day"], "ms",
                          f["bare"], "bare paths", 1.3)
                table.add("frame-pan", "map frame 1920×1080, view panned, bundled", f["pan"], "ms",
                          f["bare"], "bare paths", 1.3)
                table.add("frame-day-ms", "map frame 1920×1080, day changed, bundled (time)",
                          f["day"], "ms", goal=FRAME_GOAL_MS, goal_kind="value")
                table.add("frame-pan-ms", "map frame 1920×1080, view panned, bundled (time)",
                          f["pan"], "ms", goal=FRAME_GOAL_MS, goal_kind="value")
            else:
                table.add("frame-" + name, f"map frame, day changed, {label}", f["day"], "ms",
                          f["bare"], "bare paths", None)
                table.add("frame-pan-" + name, f"map frame, view panned, {label}", f["pan"], "ms",
                          goal=FRAME_GOAL_MS, goal_kind="value")
            table.add("frame-zoom-" + name, f"map frame, zoomed (map redrawn), {label}", f["zoom"],
                      "ms", goal=None)
            table.add("frame-first-" + name, f"map's first frame, {label}", f["first"], "ms",
                      goal=None)

    def export(self, table):
        path = self.story("v2m")
        for fmt in ["png", "svg", "pdf"]:
            out = os.path.join(self.tmp, "export." + fmt)
            try:
                result = subprocess.run([os.path.join(self.tests, "bench-render"), "export",
                                         f"{WIDTH}x{HEIGHT}", fmt, path, out],
                                        capture_output=True, text=True, timeout=300)
                words = result.stdout.split()
                ms = float(words[1]) if words[:1] == ["export"] else None
            except subprocess.TimeoutExpired:
                ms = None
            self.log(f"  export {fmt}: {ms} ms")
            table.add("export-" + fmt, f"export {fmt.upper()}, 2,000,000 positions", ms, "ms",
                      goal=2000, goal_kind="value")

    def loader_rows(self, names=()):
        """bench-loader's figures, as the rows it prints with --table
        (all its stories, or those named)."""
        exe = os.path.join(self.tests, "bench-loader")
        env = dict(os.environ, G_TEST_SRCDIR=os.path.join(self.source, "tests"))
        result = subprocess.run([exe, "--table", *names], capture_output=True, text=True,
                                timeout=3000, env=env)
        if result.returncode != 0:
            self.log(f"  bench-loader failed ({result.returncode}): {result.stderr.strip()}")
        rows = []
        for line in result.stdout.splitlines():
            words = line.split("\t")
            if words[:1] == ["row"] and len(words) == 9:
                _, key, figure, value, unit, anchor, anchor_name, goal, kind = words
                value = float(value)
                rows.append((key, figure, value if value >= 0 else None, unit,
                             float(anchor) if anchor else None, anchor_name,
                             float(goal) if goal else None, kind))
        return rows

    def loader(self, table):
        if not os.path.exists(os.path.join(self.tests, "bench-loader")):
            self.log("  no bench-loader in this build")
            return
        for key, figure, value, unit, anchor, anchor_name, goal, kind in self.loader_rows():
            table.add(key, figure, value, unit, anchor, anchor_name, goal, kind)


def med(values):
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("--build", default="_build")
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--only", default="start,app,map,export,load",
                        help="which parts, comma-separated")
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--before", help="figures of an earlier run, to show beside")
    parser.add_argument("--smoke", action="store_true",
                        help="check that each program runs and reports, and exit")
    args = parser.parse_args()

    if not os.environ.get("LC_BENCH_DISPLAY"):
        # A display and a session bus of our own, the size of the frames.
        os.environ["LC_BENCH_DISPLAY"] = "1"
        argv = ["xvfb-run", "-a", "-s", f"-screen 0 {WIDTH}x{HEIGHT}x24",
                "dbus-run-session", "--", sys.executable] + sys.argv
        sys.exit(subprocess.run(argv).returncode)

    before = None
    if args.before:
        with open(args.before) as f:
            before = json.load(f)
    bench = Bench(args)
    if args.smoke:
        try:
            sys.exit(1 if bench.smoke() else 0)
        finally:
            shutil.rmtree(bench.tmp, ignore_errors=True)
    table = Table(before)
    parts = args.only.split(",")
    print(f"Lachin Corridor benchmark: {bench.build}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    try:
        for part, run in (("start", bench.start), ("app", bench.app_frames),
                          ("map", bench.map_frames), ("export", bench.export),
                          ("load", bench.loader)):
            if part in parts:
                bench.log(f"{part}…")
                run(table)
    finally:
        shutil.rmtree(bench.tmp, ignore_errors=True)

    table.print()
    if args.json:
        with open(args.json, "w") as out:
            json.dump(table.figures, out, indent=1)


if __name__ == "__main__":
    main()
