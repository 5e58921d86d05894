#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""data/story.schema.json and the loader agree (TAP output).

Every valid story of the tree passes both `lachin-corridor --validate` and
the schema (JSON Schema draft 2020-12, checked with python3-jsonschema).
Every damaged copy of the example that the schema can express — wrong
types, missing members, bad kinds and states, bad dates and ids, version 2
members in a version 1 file — fails both. Every damage that only the loader
can see (docs/story-format.md lists them) passes the schema and fails the
loader, so that list stays true. The loader's lists of kinds, states and
precisions are the schema's enums. Unknown members: the loader warns, the
schema refuses, so that an editor marks the typing error."""

import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
  import jsonschema
except ImportError:
  # Debian's python3-jsonschema is in the system's Python; another python3
  # (a virtualenv, pyenv) may come first on PATH.
  if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
  print("1..1\nnot ok 1 - python3-jsonschema is missing: install it (build-aux/deps.sh does)")
  sys.exit(1)

from lctap import Tap, check, run  # noqa: E402

ROOT = os.environ["G_TEST_SRCDIR"] + "/.."
BINARY = os.environ["LC_BINARY"]
SCHEMA_PATH = os.path.join(ROOT, "data", "story.schema.json")
EXAMPLE = os.path.join(ROOT, "docs", "example-story.lcstory")
SCHEMA_ID = "https://raw.githubusercontent.com/lachinmap/lachin-corridor/main/data/story.schema.json"

with open(SCHEMA_PATH, encoding="utf-8") as f:
  SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
with open(EXAMPLE, encoding="utf-8") as f:
  BASE = json.load(f)

work = tempfile.mkdtemp(prefix="lc-schema-")
tap = Tap()


def schema_errors(document):
  return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:160]}"
          for e in VALIDATOR.iter_errors(document)]


def loader(document=None, path=None):
  """(exit status, output) of --validate on DOCUMENT (written to a file) or PATH."""
  if path is None:
    path = os.path.join(work, "story.lcstory")
    with open(path, "w", encoding="utf-8") as f:
      json.dump(document, f, ensure_ascii=False)
  proc = run([BINARY, "--validate", path], env=dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8"))
  return proc.returncode, proc.stdout + proc.stderr


def valid_stories():
  paths = [os.path.join(ROOT, "data", "stories", "lachin-corridor-2022.lcstory"), EXAMPLE]
  paths += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "*.json")))
  paths += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "*.lcstory")))
  return paths


def damaged(edit):
  document = copy.deepcopy(BASE)
  edit(document)
  return document


def first(items, **match):
  return next(i for i in items if all(i.get(k) == v for k, v in match.items()))


def feature(document, kind):
  return next(f for f in document["features"]["features"] if f["properties"]["kind"] == kind)


def set_path(document, path, value):
  *head, last = path
  for key in head:
    document = document[key]
  document[last] = value


def delete_path(document, path):
  *head, last = path
  for key in head:
    document = document[key]
  del document[last]


# What the schema expresses: each fails both.
BOTH = {
  "format is wrong": lambda d: d.update(format="lachin-corridor"),
  "version is a string": lambda d: d.update(version="2"),
  "version is too new": lambda d: d.update(version=3),
  "title is missing": lambda d: d.pop("title"),
  "title is white space": lambda d: d.update(title="   "),
  "story id is not an id": lambda d: d.update(id="Lachin_Corridor"),
  "sources is an object": lambda d: d.update(sources={}),
  "a source has no publisher": lambda d: d["sources"][0].pop("publisher"),
  "a source's url is not http(s)": lambda d: d["sources"][0].update(url="ftp://example.org/x"),
  "a source's url has no host": lambda d: d["sources"][0].update(url="https:///etc/passwd"),
  "a source's url has a user name": lambda d: d["sources"][0].update(url="https://example.org@evil.example/"),
  "a source's url holds a newline": lambda d: d["sources"][0].update(url="https://example.org/\nhttps://evil.example/"),
  "a source's url is over 2048 characters": lambda d: d["sources"][0].update(url="https://example.org/" + "a" * 2048),
  "timeline has no start": lambda d: d["timeline"].pop("start"),
  "timeline date is not YYYY-MM-DD": lambda d: d["timeline"].update(end="2022-12-3"),
  "year 0000": lambda d: d["timeline"].update(start="0000-01-01"),
  "count_label without {day}": lambda d: d["timeline"].update(count_label="Day of the blockade"),
  "view bbox has 3 numbers": lambda d: d["view"].update(bbox=[45.9, 39.3, 47.2]),
  "view bbox latitude beyond 90": lambda d: d["view"].update(bbox=[45.9, 39.3, 47.2, 91]),
  "an actor has no name": lambda d: d["actors"][0].pop("name"),
  "an actor's group is not an id": lambda d: d["actors"][0].update(group="Russia"),
  "features is not a FeatureCollection": lambda d: d["features"].update(type="GeometryCollection"),
  "a feature kind is unknown": lambda d: feature(d, "city")["properties"].update(kind="town"),
  "a feature state is unknown": lambda d: feature(d, "corridor")["properties"].update(state="jammed"),
  "a state change has no date": lambda d: feature(d, "corridor")["properties"]["states"][0].pop("from"),
  "rank is 11": lambda d: feature(d, "city")["properties"].update(rank=11),
  "rank is a fraction": lambda d: feature(d, "city")["properties"].update(rank=2.5),
  "approximate is a string": lambda d: feature(d, "city")["properties"].update(approximate="yes"),
  "a city is a LineString": lambda d: feature(d, "city").update(
      geometry={"type": "LineString", "coordinates": [[46.0, 39.0], [46.1, 39.1]]}),
  "a corridor is a Point": lambda d: feature(d, "corridor").update(
      geometry={"type": "Point", "coordinates": [46.0, 39.0]}),
  "a geometry type is unknown": lambda d: feature(d, "city")["geometry"].update(type="Circle"),
  "a position has one number": lambda d: feature(d, "city")["geometry"].update(coordinates=[46.7]),
  "a longitude beyond 180": lambda d: feature(d, "city")["geometry"].update(coordinates=[200.0, 39.8]),
  "a LineString of one position": lambda d: feature(d, "corridor")["geometry"].update(
      type="LineString", coordinates=[[46.0, 39.0]]),
  "a ring of three positions": lambda d: feature(d, "territory")["geometry"].update(
      type="Polygon", coordinates=[[[46.0, 39.0], [46.1, 39.0], [46.0, 39.0]]]),
  "an alternative name without a side": lambda d: feature(d, "city")["properties"]["alt_names"][0].pop("side"),
  "first_in on a name with lang": lambda d: feature(d, "city")["properties"]["alt_names"].append(
      {"name": "Xankəndi", "side": "azerbaijani", "lang": "az", "first_in": ["az"]}),
  "note_sources without a note": lambda d: d["events"][0].update(note_sources=[d["sources"][0]["id"]]) or d["events"][0].pop("note", None),
  "an event with source and sources": lambda d: d["events"][0].update(source=d["sources"][0]["id"], sources=[d["sources"][0]["id"]]),
  "an event without a source": lambda d: [d["events"][0].pop(k, None) for k in ("source", "sources")],
  "an event's features listed twice": lambda d: d["events"][0].update(features=["lachin-corridor", "lachin-corridor"]),
  "a precision of an hour": lambda d: d["events"][0].update(precision="hour"),
  "a statement kind is unknown": lambda d: d["statements"][0].update(kind="rumour"),
  "a statement has no actor": lambda d: d["statements"][0].pop("actor"),
  "a statement's text is empty": lambda d: d["statements"][0].update(text=""),
  "a span with a negative start": lambda d: d["statements"][0].update(speaker_words=[{"start": -1, "end": 3}]),
  "a span that is a number": lambda d: d["statements"][0].update(speaker_words=[7]),
  "version 1 with speaker_words": lambda d: d.update(version=1) or d["statements"][0].update(speaker_words=[]),
  "version 1 with a report": lambda d: d.update(version=1) or [s.pop(k, None) for s in d["statements"]
                                                               for k in ("speaker_words", "original_language", "note_sources")]
                                        and d["statements"][0].update(kind="report"),
  "version 1 with an event's sources": lambda d: d.update(version=1) or d["events"][0].update(sources=[d["sources"][0]["id"]]),
}

# What only the loader can see: each passes the schema, fails the loader.
LOADER_ONLY = {
  "a reference to no source": lambda d: d["statements"][0].update(source="no-such-source"),
  "two sources with one id": lambda d: d["sources"].append(copy.deepcopy(d["sources"][0])),
  "30 February": lambda d: d["events"][0].update(date="2022-02-30"),
  "a timeline that ends before it starts": lambda d: d["timeline"].update(start="2022-12-30", end="2022-12-01", initial="2022-12-15"),
  "a ring that is not closed": lambda d: feature(d, "territory")["geometry"].update(
      type="Polygon", coordinates=[[[46.0, 39.0], [46.1, 39.0], [46.1, 39.1], [46.0, 39.2]]]),
  "until before from": lambda d: feature(d, "city")["properties"].update({"from": "2022-12-12", "until": "2022-12-01"}),
  "a bbox west of its east": lambda d: d["view"].update(bbox=[47.2, 39.3, 45.9, 40.3]),
  "a speaker's words outside quotation marks": lambda d: d["statements"][0].update(
      speaker_words=[d["statements"][0]["text"].split()[0]]),
  "a fragment not in the text": lambda d: d["statements"][0].update(speaker_words=["words nobody said"]),
}


@tap.case
def schema_is_valid():
  """The schema is a valid draft 2020-12 schema with this project's $id"""
  jsonschema.Draft202012Validator.check_schema(SCHEMA)
  check(SCHEMA.get("$schema") == "https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema"))
  check(SCHEMA.get("$id") == SCHEMA_ID, SCHEMA.get("$id"))


@tap.case
def every_member_described():
  """Every member of every object in the schema has a description"""
  missing = []

  def described(sub):
    if "description" in sub:
      return True
    ref = sub.get("$ref", "")
    return ref.startswith("#/$defs/") and "description" in SCHEMA["$defs"][ref.split("/")[-1]]

  def walk(node, path):
    """NODE is a schema: its members need descriptions, then its parts."""
    if not isinstance(node, dict):
      return
    for name, sub in node.get("properties", {}).items():
      if name != "type" and not described(sub):
        missing.append(f"{path}.{name}")
      walk(sub, f"{path}.{name}")
    for key in ("items", "additionalProperties"):
      walk(node.get(key), f"{path}[]")
    for key in ("prefixItems", "oneOf", "anyOf"):
      for i, sub in enumerate(node.get(key, [])):
        walk(sub, f"{path}.{key}[{i}]")
    # Conditions (if/then, not, allOf, dependentSchemas) restate members
    # described where they are defined.

  walk(SCHEMA, "")
  for name, sub in SCHEMA["$defs"].items():
    if name != "version1":
      walk(sub, f"$defs.{name}")
  check(not missing, "no description: " + ", ".join(missing))


@tap.case
def valid_stories_pass_both():
  """Every valid story of the tree passes the loader without warnings and the schema"""
  for path in valid_stories():
    status, output = loader(path=path)
    check(status == 0 and "warning" not in output, f"{path}: the loader says:\n{output}")
    with open(path, encoding="utf-8") as f:
      errors = schema_errors(json.load(f))
    check(not errors, f"{path}: the schema says:\n" + "\n".join(errors[:10]))


@tap.case
def stories_declare_the_schema():
  """The bundled story, the example and the format document name the schema"""
  for path in (os.path.join(ROOT, "data", "stories", "lachin-corridor-2022.lcstory"), EXAMPLE):
    with open(path, encoding="utf-8") as f:
      check(json.load(f).get("$schema") == SCHEMA_ID, f"{path} does not declare the schema")
  with open(os.path.join(ROOT, "docs", "story-format.md"), encoding="utf-8") as f:
    check(SCHEMA_ID in f.read(), "docs/story-format.md does not name the schema")


@tap.case
def damage_fails_both():
  """Each damage the schema can express fails both the schema and the loader"""
  problems = []
  for name, edit in BOTH.items():
    document = damaged(edit)
    status, output = loader(document)
    errors = schema_errors(document)
    if status != 1:
      problems.append(f"{name}: the loader accepts it (status {status}):\n{output}")
    if not errors:
      problems.append(f"{name}: the schema accepts it")
  check(not problems, "\n".join(problems))


@tap.case
def loader_only_checks():
  """Each check the format document leaves to the loader passes the schema and fails the loader"""
  problems = []
  for name, edit in LOADER_ONLY.items():
    document = damaged(edit)
    status, output = loader(document)
    errors = schema_errors(document)
    if status != 1:
      problems.append(f"{name}: the loader accepts it (status {status}):\n{output}")
    if errors:
      problems.append(f"{name}: the schema refuses it, so it is not loader-only: {errors[:2]}")
  check(not problems, "\n".join(problems))


@tap.case
def unknown_members():
  """An unknown member: the loader warns and opens the story, the schema refuses it"""
  document = damaged(lambda d: d["events"][0].update(titel="Typo"))
  status, output = loader(document)
  check(status == 0 and "warning" in output and "titel" in output, output)
  check(schema_errors(document), "the schema accepts an unknown member")


def loader_choices(edit):
  """The names the loader lists in "expected one of …" for a damaged value."""
  status, output = loader(damaged(edit))
  match = re.search(r"expected one of (.*?), got", output)
  check(match, f"no list of choices in:\n{output}")
  return sorted(word.strip(" “”\"") for word in re.split(r",\s*|\s+or\s+", match.group(1)) if word.strip())


@tap.case
def enums_match_the_loader():
  """The schema's kinds, statement kinds, states and precisions are the loader's"""
  defs = SCHEMA["$defs"]
  pairs = {
    "feature kinds": (lambda d: feature(d, "city")["properties"].update(kind="x"),
                      defs["feature_properties"]["properties"]["kind"]["enum"]),
    "statement kinds": (lambda d: d["statements"][0].update(kind="x"),
                        defs["statement"]["properties"]["kind"]["enum"]),
    "states": (lambda d: feature(d, "corridor")["properties"].update(state="x"), defs["state"]["enum"]),
    "precisions": (lambda d: d["events"][0].update(precision="x"), defs["precision"]["enum"]),
  }
  for name, (edit, enum) in pairs.items():
    check(loader_choices(edit) == sorted(enum),
          f"{name}: the loader has {loader_choices(edit)}, the schema {sorted(enum)}")


@tap.case
def installed():
  """The schema is installed as share/lachin-corridor/story.schema.json"""
  build = os.environ["G_TEST_BUILDDIR"] + "/.."
  proc = run(["meson", "introspect", "--installed", build])
  check(proc.returncode == 0, proc.stderr)
  installed = json.loads(proc.stdout)
  targets = [dest for src, dest in installed.items() if src.endswith("data/story.schema.json")]
  check(targets and targets[0].endswith("share/lachin-corridor/story.schema.json"),
        f"installed as {targets or 'nothing'}")


tap.main()
