#!/usr/bin/env python3
# test-story-strings.py: the translatable texts of the bundled stories reach
# the catalogs intact. Each data/stories/STORY.lcstory (or .json) has a committed
# STORY-strings.c, written by build-aux/story-strings.py, that is up to date,
# listed in po/POTFILES.in, valid C, and read back by xgettext exactly; and the
# catalogs of po/LINGUAS compile.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import difflib
import glob
import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from lctap import Skipped, Tap, check

# The build-aux scripts are loaded from the source tree; leave no bytecode there.
sys.dont_write_bytecode = True

ROOT = os.environ.get("LC_SOURCE_ROOT") or os.path.dirname(
  os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORIES = sorted(glob.glob(os.path.join(ROOT, "data", "stories", "*.lcstory")) +
                 glob.glob(os.path.join(ROOT, "data", "stories", "*.json")))
GENERATOR = os.path.join(ROOT, "build-aux", "story-strings.py")
REGENERATE = "build-aux/story-strings.py {story} {strings}"

# What meson's i18n "glib" preset gives xgettext for NC_ (po/meson.build).
XGETTEXT_ARGS = ["--from-code=UTF-8", "--add-comments", "--keyword=NC_:1c,2",
                 "--flag=NC_:2:pass-c-format"]


def load(name, path):
  spec = importlib.util.spec_from_file_location(name, path)
  module = importlib.util.module_from_spec(spec)
  spec.loader.exec_module(module)
  return module


generator = load("story_strings", GENERATOR)
po = load("i18n_coverage", os.path.join(ROOT, "build-aux", "i18n-coverage.py"))


def strings_path(story):
  return os.path.splitext(story)[0] + "-strings.c"


def rel(path):
  return os.path.relpath(path, ROOT)


def read_story(story):
  with open(story, encoding="utf-8") as f:
    return json.load(f)


tap = Tap()


@tap.case
def stories_found():
  """there is a bundled story"""
  check(STORIES, f"no story in {rel(os.path.join(ROOT, 'data', 'stories'))}")


@tap.case
def listed():
  """every story's strings file exists and is listed in po/POTFILES.in"""
  with open(os.path.join(ROOT, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}
  for story in STORIES:
    strings = rel(strings_path(story))
    check(os.path.exists(strings_path(story)),
          f"{strings} is missing; write it with\n  "
          + REGENERATE.format(story=rel(story), strings=strings))
    check(strings in listed, f"{strings} is not listed in po/POTFILES.in")


@tap.case
def up_to_date():
  """every story's strings file is up to date with the story"""
  stale = []
  with tempfile.TemporaryDirectory(prefix="lc-i18n-") as work:
    for story in STORIES:
      fresh = os.path.join(work, os.path.basename(strings_path(story)))
      proc = subprocess.run([sys.executable, GENERATOR, story, fresh],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
      check(proc.returncode == 0, f"{rel(GENERATOR)} failed on {rel(story)}:\n{proc.stdout}")
      with open(fresh, encoding="utf-8") as f:
        want = f.read()
      try:
        with open(strings_path(story), encoding="utf-8") as f:
          have = f.read()
      except FileNotFoundError:
        have = ""
      if have != want:
        name = rel(strings_path(story))
        diff = list(difflib.unified_diff(have.splitlines(), want.splitlines(),
                                         "committed " + name, "regenerated " + name,
                                         lineterm=""))
        if len(diff) > 200:
          diff = diff[:200] + [f"… and {len(diff) - 200} more lines"]
        stale.append(f"{name} is out of date with {rel(story)}; regenerate it with\n  "
                     + REGENERATE.format(story=rel(story), strings=name)
                     + "\nthen update the template (meson compile -C _build lachin-corridor-pot)"
                     + " and the catalogs.\n" + "\n".join(diff))
  check(not stale, "\n".join(stale))


@tap.case
def xgettext_reads_back():
  """xgettext reads every story text back exactly, with its context and comment"""
  xgettext = shutil.which("xgettext")
  check(xgettext, "xgettext is missing: install gettext (build-aux/deps.sh does)")
  with tempfile.TemporaryDirectory(prefix="lc-i18n-") as work:
    for story in STORIES:
      expected = generator.collect(read_story(story))
      check(expected, f"{rel(story)}: no translatable text found")
      pot = os.path.join(work, "story.pot")
      proc = subprocess.run([xgettext, *XGETTEXT_ARGS, "-o", pot, strings_path(story)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
      check(proc.returncode == 0, f"xgettext failed:\n{proc.stdout}")
      found = po.messages(po.read_po(pot))
      keys = [(ctxt, text) for ctxt, text, _ in expected]
      missing = [k for k in keys if k not in found]
      extra = [k for k in found if k not in set(keys)]
      check(not missing, "xgettext did not read back:\n"
            + "\n".join(f"  {c}: {t!r}" for c, t in missing[:20]))
      check(not extra, "xgettext found texts that are not in the story:\n"
            + "\n".join(f"  {c}: {t!r}" for c, t in extra[:20]))
      for ctxt, text, _ in expected:
        entry = found[(ctxt, text)]
        check(any(c.startswith("Translators:") for c in entry["comments"]),
              f"{ctxt}: no translator comment reached the template")
        check("c-format" not in entry["flags"],
              f"{ctxt}: xgettext takes the text for a printf format")


@tap.case
def escaping():
  """awkward texts (quotes, backslashes, line breaks, trigraphs, %, */) survive"""
  xgettext = shutil.which("xgettext")
  check(xgettext, "xgettext is missing: install gettext (build-aux/deps.sh does)")
  texts = ["a \\ b \"c\" d", "line 1\nline 2\ttab\r", "??/ ??= ??( ???!", "27.7% of % d",
           "ends */ /* starts", "Şuşa, Xankəndi, Ստեփանակերտ, Степанакерт — “quoted”",
           "bell \a and \x7f", "\\"]
  story = {
    "id": "escaping",
    "title": texts[0], "summary": "   ",
    "sources": [{"id": "s", "note": ""}],
    "events": [{"id": f"e{i}", "title": t} for i, t in enumerate(texts)],
    "features": {"type": "FeatureCollection", "features": [
      {"type": "Feature", "id": "f", "properties": {
        "name": texts[4], "kind": "city", "alt_names": [
          {"name": texts[5], "side": "armenian"}, {"name": texts[2], "side": "azerbaijani"},
          {"name": "skipped", "side": "azerbaijani", "lang": "az"}]}}]},
  }
  expected = generator.collect(story)
  check(all(t.strip() for _, t, _ in expected), "an empty text was collected")
  check("skipped" not in [t for _, t, _ in expected], "a name with \"lang\" was collected")
  with tempfile.TemporaryDirectory(prefix="lc-i18n-") as work:
    source = os.path.join(work, "escaping-strings.c")
    text, count = generator.render(story, os.path.join(work, "escaping.json"))
    check(count == len(expected) == 12, f"{count} texts written, {len(expected)} collected")
    with open(source, "w", encoding="utf-8") as f:
      f.write(text)
    pot = os.path.join(work, "escaping.pot")
    proc = subprocess.run([xgettext, *XGETTEXT_ARGS, "-o", pot, source],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    check(proc.returncode == 0, f"xgettext failed:\n{proc.stdout}")
    found = po.messages(po.read_po(pot))
    for ctxt, text, _ in expected:
      entry = found.get((ctxt, text))
      check(entry is not None, f"{ctxt}: {text!r} was not read back; xgettext found "
            + repr([k for k in found if k[0] == ctxt]))
      check(any(c.startswith("Translators:") for c in entry["comments"]),
            f"{ctxt}: the translator comment was lost")
      check("c-format" not in entry["flags"], f"{ctxt}: taken for a printf format")


@tap.case
def valid_c():
  """every story's strings file is valid C"""
  cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
  pkg_config = shutil.which("pkg-config")
  if not cc or not pkg_config:
    raise Skipped("no C compiler or pkg-config")
  proc = subprocess.run([pkg_config, "--cflags", "glib-2.0"],
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
  if proc.returncode != 0:
    raise Skipped("pkg-config does not know glib-2.0")
  for story in STORIES:
    argv = [*shlex.split(cc), "-fsyntax-only", "-std=gnu11", "-w",
            *shlex.split(proc.stdout), strings_path(story)]
    out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    check(out.returncode == 0, f"{rel(strings_path(story))} does not compile:\n{out.stdout}")


@tap.case
def catalogs_compile():
  """the catalogs of po/LINGUAS pass msgfmt --check --check-format"""
  msgfmt = shutil.which("msgfmt")
  check(msgfmt, "msgfmt is missing: install gettext (build-aux/deps.sh does)")
  langs = po.linguas(os.path.join(ROOT, "po"))
  for lang in langs:
    path = os.path.join(ROOT, "po", lang + ".po")
    check(os.path.exists(path), f"po/LINGUAS lists {lang}, but po/{lang}.po is missing")
    proc = subprocess.run([msgfmt, "--check", "--check-format", "-o", os.devnull, path],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    check(proc.returncode == 0, f"po/{lang}.po:\n{proc.stdout}")


if __name__ == "__main__":
  tap.main()
