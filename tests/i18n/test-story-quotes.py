#!/usr/bin/env python3
# test-story-quotes.py: a translated statement keeps the speaker's own words
# in quotation marks. The story marks them (speaker_words); the app marks the
# quoted passages of a translation as the speaker's, so every catalog's
# translation of a statement must have as many quoted passages as the story
# gives the speaker, and none when it gives none (docs/translating.md).
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import importlib.util
import json
import os
import sys

from lctap import Tap, check

sys.dont_write_bytecode = True

ROOT = os.environ.get("LC_SOURCE_ROOT") or os.path.dirname(
  os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORIES = sorted(glob.glob(os.path.join(ROOT, "data", "stories", "*.lcstory")) +
                 glob.glob(os.path.join(ROOT, "data", "stories", "*.json")))
LANGUAGES = os.environ.get("LC_MAINTAINED_LANGUAGES", "hy ru az").split()

# The opening marks and what closes them, as src/story/lc-quotation.c reads them.
CLOSING = {"“": "”", "«": "»", "‹": "›", '"': '"', "„": "“”"}


def load(name, path):
  spec = importlib.util.spec_from_file_location(name, path)
  module = importlib.util.module_from_spec(spec)
  spec.loader.exec_module(module)
  return module


po = load("i18n_coverage", os.path.join(ROOT, "build-aux", "i18n-coverage.py"))


def passages(text):
  """The quoted passages of TEXT, without their marks."""
  found = []
  closing, start = None, 0
  for index, char in enumerate(text):
    if closing is None:
      if char in CLOSING:
        closing, start = CLOSING[char], index + 1
    elif char in closing:
      found.append(text[start:index])
      closing = None
  return found


def marked_statements(story):
  """(id, text, number of speaker's spans) of the statements that say
  whose words are whose."""
  for statement in story.get("statements") or []:
    words = statement.get("speaker_words")
    if isinstance(words, list) and isinstance(statement.get("id"), str):
      yield statement["id"], statement.get("text", ""), len(words)


tap = Tap()


def check_story(story_path):
  with open(story_path, encoding="utf-8") as f:
    story = json.load(f)
  statements = list(marked_statements(story))
  check(statements, f"{os.path.basename(story_path)}: no statement says whose words are whose")
  for statement_id, text, n_words in statements:
    check(len(passages(text)) == n_words,
          f"{statement_id}: the English has {len(passages(text))} quoted passages, "
          f"speaker_words {n_words}")
  return story, statements


def check_language(language):
  catalog = po.messages(po.read_po(os.path.join(ROOT, "po", language + ".po")))
  checked = 0
  for story_path in STORIES:
    story, statements = check_story(story_path)
    prefix = f"story:{story.get('id')}:statements/"
    for statement_id, text, n_words in statements:
      entry = catalog.get((prefix + statement_id + "/text", text))
      if entry is None or not po.is_translated(entry):
        continue
      translation = entry["msgstr"][0]
      found = passages(translation)
      check(len(found) == n_words,
            f"po/{language}.po, {statement_id}: the speaker's words are {n_words} quoted "
            f"passages in the story, {len(found)} in the translation:\n  {translation}")
      checked += 1
  check(checked > 0, f"po/{language}.po translates no statement")
  return f"{checked} statements"


@tap.case
def english():
  """the story's speaker_words are the quoted passages of the English"""
  check(STORIES, "no bundled story")
  for story_path in STORIES:
    check_story(story_path)


for language in LANGUAGES:
  tap.add(f"po/{language}.po keeps the speaker's words in quotation marks",
          lambda language=language: check_language(language))

if __name__ == "__main__":
  tap.main()
