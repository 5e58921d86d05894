#!/usr/bin/env python3
# test-a11y-journey.py LANGUAGE LOCALE: the keyboard and screen reader
# journey of issue 13, walked through what a screen reader sees (AT-SPI)
# with real key presses, in one UI language.
#
# It starts an X server of its own (Xvfb -displayfd picks a free display, so
# no other test's window takes the keys) and a D-Bus session with the
# accessibility bus, runs the built app there, and drives it with xdotool:
# Tab from the header bar to the timeline's date, the date moved with the
# keyboard, the map reached and walked with the arrow keys, a place
# activated and the statements' selection following it; every focusable
# object has a name that is neither empty nor a GTK class's.
#
# Needs python3-gi with gir1.2-atspi-2.0, at-spi2-core, xvfb, dbus and
# xdotool, which build-aux/deps.sh installs.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lctap import Tap, check  # noqa: E402

LANGUAGE, LOCALE = (sys.argv[1:3] + ["en", "en_US.UTF-8"][len(sys.argv[1:3]):])[:2]
SIZE = (1400, 900)

# The months as they appear in a date, by the start every grammatical case
# of the month's name shares (Russian and Armenian dates use the genitive).
MONTHS = {
  "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  "ru": ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
         "октябр", "ноябр", "декабр"],
  "hy": ["հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս",
         "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"],
  "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
         "oktyabr", "noyabr", "dekabr"],
}

# A name a screen reader would read out as a type, not a name.
CLASS_NAME = re.compile(r"^(Gtk|Adw|Gdk|Lc)[A-Z][A-Za-z]+$")


def bus_launcher():
  for path in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
               "/usr/lib/at-spi-bus-launcher"):
    if os.access(path, os.X_OK):
      return path
  return None


def system_python():
  """A Python with the GObject bindings: the distribution's, which a
  virtual environment or pyenv earlier in PATH may hide."""
  for python in ("/usr/bin/python3", sys.executable):
    if subprocess.run([python, "-c", "import gi"], capture_output=True).returncode == 0:
      return python
  return None


def outer():
  """Without a display and bus of our own: start them, run inside."""
  tap = Tap()
  missing = [what for what, ok in (
    ("Xvfb (xvfb)", shutil.which("Xvfb")),
    ("dbus-run-session (dbus)", shutil.which("dbus-run-session")),
    ("xdotool", shutil.which("xdotool")),
    ("at-spi-bus-launcher (at-spi2-core)", bus_launcher()),
    ("python3-gi", system_python())) if not ok]
  if missing:
    @tap.case
    def tools():
      """the tools the journey needs are installed"""
      check(False, "missing: " + ", ".join(missing) + " (build-aux/deps.sh installs them)")
    tap.main()

  read, write = os.pipe()
  xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                           f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                          pass_fds=[write], stderr=subprocess.DEVNULL)
  os.close(write)
  with os.fdopen(read) as f:
    display = f.readline().strip()
  env = dict(os.environ, DISPLAY=":" + display, LC_A11Y_INNER="1")
  # libatspi warns when an app has no cache of its own (GTK 4.8 has none):
  # not a failure of ours.
  env.pop("G_DEBUG", None)
  env.pop("WAYLAND_DISPLAY", None)
  try:
    status = subprocess.run(["dbus-run-session", "--", system_python(), os.path.abspath(__file__),
                             LANGUAGE, LOCALE], env=env).returncode
  finally:
    xvfb.terminate()
    xvfb.wait()
  sys.exit(status)


if os.environ.get("LC_A11Y_INNER") != "1":
  outer()

import gi  # noqa: E402
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

tap = Tap()
work = tempfile.TemporaryDirectory(prefix="lc-a11y-")
context = GLib.MainContext.default()
focus_events = []


class App:
  process = None
  launcher = None
  root = None
  map = None


def pump(seconds):
  """Runs the main loop, where AT-SPI's events arrive, for a while."""
  end = time.monotonic() + seconds
  while time.monotonic() < end:
    while context.iteration(False):
      pass
    time.sleep(0.02)


def on_focus(event):
  if event.detail1:
    focus_events.append(event.source)


def states(node):
  node.clear_cache()
  return node.get_state_set()


def focused():
  """The object with the keyboard focus, from the focus events, checked
  against its state now."""
  for node in reversed(focus_events[-8:]):
    try:
      # GTK 4.8 reports a menu button's focus on the menu button, while
      # its inner button has it.
      for inner in walk(node):
        if states(inner).contains(Atspi.StateType.FOCUSED):
          return inner
    except GLib.Error:
      continue
  return None


def key(name, settle=0.4, moves=False):
  """Presses a key as a person would, then lets the app answer: a Tab
  moves the focus, so its answer is a focus event (however busy the
  machine is); for other keys, a while."""
  events = len(focus_events)
  subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
  pump(settle)
  deadline = time.monotonic() + (10 if "Tab" in name else 3)
  while ("Tab" in name or moves) and len(focus_events) == events and time.monotonic() < deadline:
    pump(0.1)
  check(App.process.poll() is None, f"the app ended after {name}: " + app_output())
  return focused()


def text(node):
  node.clear_cache()
  return node.get_name() or ""


def describe(node):
  return f"{node.get_role_name()} '{text(node)}'"


def walk(node):
  yield node
  for i in range(node.get_child_count()):
    child = node.get_child_at_index(i)
    if child is not None:
      yield from walk(child)


def find(predicate, root=None):
  for node in walk(root or App.root):
    try:
      if predicate(node):
        return node
    except GLib.Error:
      continue
  return None


def ancestors(node):
  parent = node.get_parent()
  while parent is not None and parent.get_role() != Atspi.Role.APPLICATION:
    yield parent
    parent = parent.get_parent()


def find_map():
  """The map: a panel named Map, found once (a walk of the whole tree
  takes seconds over D-Bus)."""
  if App.map is None:
    App.map = find(lambda n: n.get_role() == Atspi.Role.PANEL and n.get_name() == MAP_NAME)
  return App.map


def is_place(node):
  parent = node.get_parent() if node is not None else None
  return parent is not None and node.get_role() == Atspi.Role.PUSH_BUTTON and \
         parent.get_role() == Atspi.Role.PANEL and parent.get_name() == MAP_NAME


def places():
  return [n for n in (find_map().get_child_at_index(i) for i in range(find_map().get_child_count()))
          if n is not None and is_place(n)]


def statements_list():
  return find(lambda n: n.get_role() == Atspi.Role.LIST and
              n.get_name() == translate("Statements and events by this date"))


def slider_words(slider):
  """What a screen reader has to say for the slider's value: the value
  text where GTK passes it on (GTK ≥ 4.10), and the description."""
  slider.clear_cache()
  words = [slider.get_description() or ""]
  try:
    words.append(Atspi.Value.get_text(slider) or "")
  except (AttributeError, GLib.Error, TypeError):
    pass
  return " ".join(words)


def translate(message):
  """The app's catalog's translation, as the window shows it."""
  import gettext
  try:
    return gettext.translation("lachin-corridor", os.environ["LACHIN_CORRIDOR_LOCALEDIR"],
                               languages=[LANGUAGE]).gettext(message)
  except OSError:
    return message


MAP_NAME = translate("Map")


def start():
  App.launcher = subprocess.Popen([bus_launcher(), "--launch-immediately"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
  pump(0.5)
  listener = Atspi.EventListener.new(on_focus)
  listener.register("object:state-changed:focused")
  App.listener = listener

  env = dict(os.environ, LANGUAGE=LANGUAGE, LC_ALL=LOCALE, LANG=LOCALE,
             GSETTINGS_BACKEND="memory", GDK_BACKEND="x11",
             XDG_CONFIG_HOME=os.path.join(work.name, "config"),
             XDG_DATA_HOME=os.path.join(work.name, "data"),
             XDG_CACHE_HOME=os.path.join(work.name, "cache"))
  for name in ("NO_AT_BRIDGE", "GTK_A11Y", "G_DEBUG"):
    env.pop(name, None)
  App.log = open(os.path.join(work.name, "app.log"), "w+")
  App.process = subprocess.Popen([os.environ["LC_BINARY"]], env=env,
                                 stdout=App.log, stderr=subprocess.STDOUT)

  desktop = Atspi.get_desktop(0)
  deadline = time.monotonic() + 60
  while time.monotonic() < deadline and App.root is None:
    pump(0.25)
    for i in range(desktop.get_child_count()):
      app = desktop.get_child_at_index(i)
      if app is not None and app.get_process_id() == App.process.pid:
        App.root = app
    check(App.process.poll() is None, "the app ended: " + app_output())
  check(App.root is not None, "the app never showed on the accessibility bus: " + app_output())

  # The window drawn, the story loaded, the places on the map settled.
  deadline = time.monotonic() + 30
  while time.monotonic() < deadline and (find_map() is None or len(places()) < 3):
    pump(0.5)
  check(find_map() is not None and places(), "no places on the map")

  # The pointer out of the way, where it shows no tooltip, and the keys to
  # the main window (there is no window manager to give it the focus).
  subprocess.run(["xdotool", "mousemove", "0", "0"], check=True)
  windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(App.process.pid)],
                           capture_output=True, text=True).stdout.split()
  check(windows, "no window of the app on the display")
  subprocess.run(["xdotool", "windowfocus", "--sync", max(windows, key=window_area)], check=True)
  pump(1.5)


def app_output():
  App.log.seek(0)
  return App.log.read()


def window_area(window):
  geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                            capture_output=True, text=True).stdout
  size = dict(line.split("=", 1) for line in geometry.split())
  return int(size.get("WIDTH", 0)) * int(size.get("HEIGHT", 0))


def on_screen(node):
  """GTK 4.8 sets no "showing" state: what is on screen has a size."""
  try:
    box = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
  except (GLib.Error, TypeError):
    return False
  return box.width > 0 and box.height > 0


def find_button(name):
  """A button on screen named @name."""
  return find(lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON and n.get_name() == name and
              on_screen(n))


def stop():
  for process in (App.process, App.launcher):
    if process is not None and process.poll() is None:
      process.terminate()
      try:
        process.wait(10)
      except subprocess.TimeoutExpired:
        process.kill()


@tap.case
def starts():
  """the app starts with the focus somewhere; Tab reaches the overview to close, then the header bar"""
  start()
  node = focused() or key("Tab")
  check(node is not None, "nothing has the keyboard focus")
  first = describe(node)
  # The story's overview, shown the first time: reached, read and closed.
  overview = find_button(translate("Start Reading")) is not None
  for _ in range(60):
    if text(node) == translate("Open Story…") and not overview:
      break
    if overview and text(node) == translate("Start Reading"):
      key("Return", 1.0)
      overview = find_button(translate("Start Reading")) is not None
      check(not overview, "Enter on Start Reading left the overview open")
    node = key("Tab")
    check(node is not None, "Tab lost the focus")
  check(text(node) == translate("Open Story…"), f"Shift+Tab never reached Open Story: {describe(node)}")
  return f"from {first}"


Journey = {"stops": [], "slider": None}


@tap.case
def tab_reaches_slider():
  """Tab from the header bar reaches the timeline's date in at most 15 stops"""
  for presses in range(1, 31):
    node = key("Tab")
    check(node is not None, f"Tab {presses}: nothing has the focus")
    Journey["stops"].append(describe(node))
    if node.get_role() == Atspi.Role.SLIDER:
      Journey["slider"] = node
      break
  check(Journey["slider"] is not None, "after 30 Tabs no slider: " + "; ".join(Journey["stops"]))
  check(presses <= 15, f"{presses} stops: " + "; ".join(Journey["stops"]))
  return f"{presses} stops"


@tap.case
def stops_are_named():
  """every stop on the way has a name, none a GTK class's"""
  check(Journey["stops"], "no stops walked")
  for stop in Journey["stops"]:
    name = stop.split(" '", 1)[1][:-1]
    check(name.strip() and not CLASS_NAME.match(name), f"a stop named '{name}': {stop}")


def day_count(words):
  return [int(n) for n in re.findall(r"\d+", words)]


@tap.case
def slider_says_date():
  """the date slider says the date in words: a month's name and the day count"""
  slider = Journey["slider"]
  check(slider is not None, "no slider")
  words = slider_words(slider)
  low = words.lower()
  check(any(month in low for month in MONTHS[LANGUAGE]), f"no month's name in {words!r}")
  # The bundled story opens on 30 December 2022, day 19 of the blockade
  # that began on 12 December (data/stories, reference/facts.md).
  day = (datetime.date(2022, 12, 30) - datetime.date(2022, 12, 12)).days + 1
  check("2022" in words and day in day_count(words), f"no year and day {day} in {words!r}")
  return words


@tap.case
def keys_move_date():
  """Left moves the date a day back, and the slider's words follow"""
  slider = Journey["slider"]
  before = slider_words(slider)
  node = key("Left")
  check(node is not None and node.get_role() == Atspi.Role.SLIDER, "the slider lost the focus")
  after = slider_words(slider)
  check(after != before, f"still {before!r}")
  check(set(day_count(before)) - set(day_count(after)), f"{before!r} then {after!r}: same numbers")
  key("Right")
  check(slider_words(slider) == before, f"Right did not come back to {before!r}")
  return after


Places = {}


@tap.case
def map_is_one_stop():
  """Shift+Tab back from the slider reaches the map, one place its only stop"""
  visited = []
  node = None
  for presses in range(1, 31):
    node = key("shift+Tab")
    check(node is not None, "nothing has the focus")
    if is_place(node):
      visited.append(text(node))
    elif visited:
      break
  check(visited, "Shift+Tab never reached a place on the map")
  check(len(visited) == 1, f"the map takes {len(visited)} stops: {visited}")
  # Back to the place: Tab is one stop from the buttons over the map.
  node = key("Tab")
  check(is_place(node), f"Tab after the map's buttons is {describe(node)}")
  focusable = [n for n in places() if states(n).contains(Atspi.StateType.FOCUSABLE)]
  check(len(focusable) == 1, f"{len(focusable)} places are focusable")
  Places["start"] = node
  return text(node)


def position(node):
  box = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
  return box.x + box.width / 2, box.y + box.height / 2


@tap.case
def arrows_move_between_places():
  """arrows move between the places in their order on screen; Home and End to the ends"""
  start_node = Places["start"]
  node = key("Home", moves=True)
  check(is_place(node), f"Home went to {describe(node)}")
  west = position(node)[0]
  seen = [text(node)]
  for _ in range(40):
    following = key("Right", 0.3, moves=True)
    check(is_place(following), f"Right went to {describe(following)}")
    if text(following) == seen[-1]:
      break
    check(position(following)[0] >= position(node)[0] - 0.5,
          f"Right went west: {seen[-1]} then {text(following)}")
    seen.append(text(following))
    node = following
  check(len(seen) >= 5, f"only {seen} reached with Right")
  end = key("End", moves=True)
  check(text(end) == seen[-1], f"End went to {text(end)}, Right ended on {seen[-1]}")
  back = key("Left", moves=True)
  check(text(back) == seen[-2], f"Left from the last went to {text(back)}, not {seen[-2]}")
  down = key("Down", moves=True)
  check(is_place(down) and position(down)[1] >= position(back)[1] - 0.5,
        f"Down went north: {text(back)} then {describe(down)}")
  check(position(node)[0] >= west, "Home was not the westernmost")
  Places["seen"] = seen
  del start_node
  return f"{len(seen)} places west to east"


@tap.case
def letter_jumps_to_place():
  """a typed letter moves to the next place whose name starts with it"""
  names = Places["seen"]
  target = next(n for n in names[1:] if n[0].isalpha())
  letter = target[0].lower()
  node = key("Home")
  for _ in names:
    node = key_type(letter)
    if text(node).lower().startswith(letter) and text(node) == target:
      break
    check(text(node).lower().startswith(letter), f"typing {letter!r} went to {text(node)}")
  check(text(node) == target, f"typing {letter!r} never reached {target}")
  return f"{letter!r}: {target}"


def key_type(letter):
  """Types a letter that moves the focus: waits for the focus event, as
  key() does for Tab, however busy the machine is (0.4 s was not always
  enough under a loaded test run)."""
  events = len(focus_events)
  subprocess.run(["xdotool", "type", "--delay", "50", letter], check=True)
  pump(0.4)
  deadline = time.monotonic() + 5
  while len(focus_events) == events and time.monotonic() < deadline:
    pump(0.1)
  return focused()


def selected_row(listing):
  for i in range(listing.get_child_count()):
    row = listing.get_child_at_index(i)
    if row is not None and states(row).contains(Atspi.StateType.SELECTED):
      return row
  return None


def chip_for(name):
  return translate("Show %s on the map").replace("%s", name)


def chip_names(row):
  return [n.get_name() for n in walk(row) if n.get_role() == Atspi.Role.PUSH_BUTTON]


@tap.case
def enter_selects_place():
  """Enter on a place selects it, the statements' selection follows, and it is announced"""
  # A place the statements name: the first chip's place, found with arrows.
  listing = statements_list()
  check(listing is not None, "no list of statements")
  chips = [n.get_name() for n in walk(listing) if n.get_role() == Atspi.Role.PUSH_BUTTON]
  node = key("Home")
  target = None
  for _ in range(40):
    # A place's name, then its kind: "Lachin (Berdzor), town".
    name = text(node).split(",")[0]
    if chip_for(name) in chips:
      target = node
      break
    node = key("Right", 0.3, moves=True)
  check(target is not None, f"no place on the map is named by the statements: {chips[:5]}")
  node = key("Return", 1.0)
  check(node is not None and text(node) == text(target),
        f"the focus moved to {node and describe(node)}")
  check(states(target).contains(Atspi.StateType.SELECTED), f"{text(target)} is not selected")
  target.clear_cache()
  note = target.get_description() or ""
  check(note, f"{text(target)} does not say what selecting it did")
  row = selected_row(listing)
  check(row is not None, "no statement or event selected")
  check(chip_for(name) in chip_names(row),
        f"the selected statement does not name {name}: {chip_names(row)}")
  return f"{name}: {note}"


@tap.case
def focusable_named():
  """no focusable object has an empty name or a GTK class's"""
  bad = []
  for node in walk(App.root):
    try:
      st = states(node)
      if not st.contains(Atspi.StateType.FOCUSABLE) or not on_screen(node):
        continue
      name = text(node)
      if not name.strip() or CLASS_NAME.match(name):
        bad.append(describe(node) + " in " + " < ".join(describe(a) for a in list(ancestors(node))[:2]))
    except GLib.Error:
      continue
  check(not bad, f"{len(bad)} unnamed: " + "; ".join(bad[:12]))


@tap.case
def cards_named_avatars_hidden():
  """the cards are named and described; their avatars' initials are hidden"""
  listing = statements_list()
  check(listing is not None, "no list of statements")
  rows = [listing.get_child_at_index(i) for i in range(listing.get_child_count())]
  check(rows, "no cards")
  for row in rows:
    row.clear_cache()
    check(row.get_name() and row.get_name().count(",") >= 2, f"a card named {row.get_name()!r}")
  described = [row for row in rows if row.get_description()]
  check(len(described) * 2 >= len(rows), f"{len(described)} of {len(rows)} cards described")
  initials = [describe(n) for n in walk(listing) if n.get_name() == "AdwAvatar" or
              (n.get_role() == Atspi.Role.LABEL and re.fullmatch(r"\w{1,3}", n.get_name() or "") and
               (n.get_name() or "").upper() == n.get_name())]
  check(not initials, "read out: " + ", ".join(initials[:5]))
  return rows[0].get_name()


@tap.case
def cards_read_no_class_names():
  """nothing in the cards is read by a GTK class's name: not the card, a chip's icon or its cell"""
  listing = statements_list()
  check(listing is not None, "no list of statements")
  named = [describe(n) for n in walk(listing) if CLASS_NAME.match(text(n))]
  check(not named, f"{len(named)} read as a class: " + "; ".join(named[:6]))


def in_view(node, listing):
  """Whether @node's top is in @listing's view (a row's focus margin above it allowed)."""
  box = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
  view = Atspi.Component.get_extents(listing, Atspi.CoordType.WINDOW)
  return box.height > 0 and view.y - 4 <= box.y < view.y + view.height


@tap.case
def tab_into_statements():
  """Tab into the statements lands on the card a reader is on, the chosen one or the first in view; Shift+Tab leaves the list, Tab comes back to it"""
  listing = statements_list()
  check(listing is not None, "no list of statements")
  node = None
  for presses in range(1, 31):
    node = key("Tab")
    check(node is not None, f"Tab {presses}: nothing has the focus")
    if listing in ancestors(node):
      break
  check(node is not None and listing in ancestors(node), "Tab never reached the statements")
  pump(1.0)
  rows = [listing.get_child_at_index(i) for i in range(listing.get_child_count())]
  chosen = selected_row(listing)
  shown = sorted((Atspi.Component.get_extents(r, Atspi.CoordType.WINDOW).y, i)
                 for i, r in enumerate(rows) if in_view(r, listing))
  check(shown, "no card in view")
  expected = chosen if chosen is not None else rows[shown[0][1]]
  check(text(node) == text(expected),
        f"Tab went to {text(node)!r}, not to {text(expected)!r}")
  box = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
  view = Atspi.Component.get_extents(listing, Atspi.CoordType.WINDOW)
  check(in_view(node, listing), f"{text(node)!r} is not in view: at {box.y}, the list {view.y}–{view.y + view.height}; in view: " +
        "; ".join(f"{y}: {text(rows[i])}" for y, i in shown))
  # Out, to what comes before the list (Search, or a chosen place's card), and back.
  back = key("shift+Tab")
  check(back is not None and listing not in ancestors(back), f"Shift+Tab stayed in the list: {describe(back)}")
  again = key("Tab")
  check(again is not None and text(again) == text(expected), f"Tab back went to {describe(again)}")
  return f"{presses} stops: {text(node)}; out to {text(back)}"


@tap.case
def panel_toggle_pressed():
  """the statements' toggle says whether the statements are shown, F9 changes it"""
  toggle = find(lambda n: n.get_role() in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON) and
                text(n) == translate("Show Statements"))
  check(toggle is not None, "no toggle for the statements")
  panel = find(lambda n: text(n) == translate("Statements and events") and
               n.get_role() != Atspi.Role.LIST)
  shown = on_screen(panel)
  check(states(toggle).contains(Atspi.StateType.PRESSED) == shown,
        f"pressed is {not shown} with the statements {'shown' if shown else 'hidden'}")
  key("F9", 1.0)
  check(states(toggle).contains(Atspi.StateType.PRESSED) != shown, "F9 did not change the state")
  key("F9", 1.0)
  check(states(toggle).contains(Atspi.StateType.PRESSED) == shown, "F9 twice did not restore it")


try:
  tap.main()
finally:
  stop()
  work.cleanup()
