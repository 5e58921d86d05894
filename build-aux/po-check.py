#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po-check.py — check a translation of Lachin Corridor before sending it.
#
# Usage: build-aux/po-check.py [-v] [--strict] [--template POT] FILE.po…
#
# For each catalog, prints one line per problem, each naming the file, the
# line of the message and its msgid, and a summary line:
#
#   po/fr.po:412: msgid "Day {day} of the blockade": the translation lacks {day}
#   po/fr.po: 2 errors, 14 warnings; 31.0% translated (story 12.5%, interface 40.2%)
#
# Errors (the app would show a broken text, or the catalog does not compile):
#   - msgfmt --check fails;
#   - printf placeholders (%s, %u, %1$s …) differ from the English in number,
#     argument or type — positional reordering (%2$s … %1$s) is fine;
#   - story placeholders ({day}) differ from the English;
#   - markup (<b>, &amp; …) where the English has none, or other tags than
#     the English's;
#   - a context (msgctxt) that the template does not have: the message is
#     never used; merge with the template instead of editing contexts;
#   - a message the template lacks altogether (when a template is given).
# Warnings (gettext shows the English text instead):
#   - story texts (context "story:…") left empty: translate them, or copy the
#     English into msgstr to leave one in English on purpose (counted; -v
#     lists each);
#   - messages of the template missing from the catalog (not merged yet);
#   - a fuzzy translation, which gettext ignores.
# With --strict, as for the languages the project maintains, warnings count
# as errors and every interface string must be translated too.
#
# The template defaults to lachin-corridor.pot beside each catalog, if it
# exists. Exit status: 0 when no catalog has errors, 1 otherwise, 2 for a wrong
# command line or an unreadable file.

import argparse
import importlib.util
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOMAIN = "lachin-corridor"


def _load_coverage():
  spec = importlib.util.spec_from_file_location("i18n_coverage", os.path.join(HERE, "i18n-coverage.py"))
  module = importlib.util.module_from_spec(spec)
  spec.loader.exec_module(module)
  return module


po = _load_coverage()

# A C printf conversion as xgettext's c-format knows it: an optional
# argument number, flags, width, precision, length and the conversion.
PRINTF = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                    r"(hh|h|ll|l|L|j|z|t|I64|I32)?([diouxXeEfFgGaAcspn%])")
# A story placeholder, as in timeline.count_label.
BRACE = re.compile(r"\{[a-z_]+\}")
# Markup: a tag or an entity.
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);")
STORY_CONTEXT = re.compile(r"^story:[a-z0-9][a-z0-9-]*:[^\s]+$")

# Conversions that take the same kind of argument.
_KIND = {"d": "int", "i": "int", "o": "uint", "u": "uint", "x": "uint", "X": "uint",
         "e": "double", "E": "double", "f": "double", "F": "double", "g": "double",
         "G": "double", "a": "double", "A": "double", "c": "char", "s": "string",
         "p": "pointer", "n": "count"}


def printf_arguments(text):
  """The printf arguments TEXT consumes, as {number: kind}, or a string
  saying why they cannot be read (mixed numbered and plain conversions)."""
  arguments = {}
  numbered = plain = 0
  for match in PRINTF.finditer(text):
    number, length, conversion = match.groups()
    if conversion == "%":
      continue
    kind = (length or "") + _KIND[conversion]
    if number is not None:
      numbered += 1
      index = int(number)
    else:
      plain += 1
      index = plain
    if index in arguments and arguments[index] != kind:
      return f"argument {index} is used as {arguments[index]} and as {kind}"
    arguments[index] = kind
  if numbered and plain:
    return "numbered (%1$s) and plain (%s) placeholders are mixed"
  return arguments


def describe(arguments):
  return ", ".join(f"{i}: {k}" for i, k in sorted(arguments.items())) or "none"


def markup(text):
  return sorted(m.group(1).lower() for m in TAG.finditer(text)), sorted(ENTITY.findall(text))


class Report:
  def __init__(self, path):
    self.path = path
    self.errors = 0
    self.warnings = 0

  def _say(self, line, msgid, text, path):
    shown = msgid if len(msgid) <= 60 else msgid[:57] + "…"
    shown = shown.replace("\n", "\\n")
    print(f'{path or self.path}:{line}: msgid "{shown}": {text}')

  def error(self, line, msgid, text, path=None):
    self.errors += 1
    self._say(line, msgid, text, path)

  def warning(self, line, msgid, text, strict, path=None):
    if strict:
      self.error(line, msgid, text, path)
    else:
      self.warnings += 1
      self._say(line, msgid, "warning: " + text, path)


def read_with_lines(path):
  """The entries of PATH as po.read_po gives them, each with the line of
  its msgid."""
  entries = po.read_po(path)
  lines = []
  with open(path, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
      if re.match(r"^(#~\s*)?msgid ", line):
        lines.append(number)
  # read_po keeps every entry with a msgid, in file order, obsolete ones too.
  for entry, line in zip(entries, lines):
    entry["line"] = line
  return entries


def check_placeholders(report, entry):
  line, msgid = entry["line"], entry["msgid"]
  sources = [msgid] if entry["msgid_plural"] is None else [msgid, entry["msgid_plural"]]
  for index, translation in enumerate(entry["msgstr"]):
    if translation == "":
      continue
    source = sources[min(index, len(sources) - 1)]
    plural = entry["msgid_plural"] is not None
    form = f" (plural form {index})" if plural else ""
    # Only strings that reach printf have placeholders; xgettext marks them.
    c_format = "c-format" in entry["flags"]
    wanted = printf_arguments(source) if c_format else {}
    found = printf_arguments(translation) if c_format else {}
    if isinstance(found, str):
      report.error(line, msgid, f"the translation{form} cannot be formatted: {found}")
    elif isinstance(wanted, dict) and found != wanted:
      # A plural form may leave the number out ("one" forms), but must not
      # use an argument the English does not pass, nor use one differently.
      extra = {i: k for i, k in found.items() if wanted.get(i) != k}
      if not plural or extra:
        report.error(line, msgid, f"the placeholders of the translation{form} ({describe(found)}) "
                                  f"do not match the English ({describe(wanted)})")
    if sorted(BRACE.findall(translation)) != sorted(BRACE.findall(source)):
      missing = sorted(set(BRACE.findall(source)) - set(BRACE.findall(translation)))
      extra = sorted(set(BRACE.findall(translation)) - set(BRACE.findall(source)))
      what = []
      if missing:
        what.append("lacks " + " ".join(missing))
      if extra:
        what.append("has " + " ".join(extra) + ", which the English does not")
      if not what:
        what.append("repeats a placeholder")
      report.error(line, msgid, f"the translation{form} " + " and ".join(what))
    tags, entities = markup(translation)
    source_tags, source_entities = markup(source)
    if tags != source_tags or (entities and not source_entities and not source_tags):
      if not source_tags and not source_entities:
        report.error(line, msgid, f"the translation{form} has markup ({', '.join(sorted(set(tags + entities)))}) "
                                  "but the English has none: it would be shown as typed")
      else:
        report.error(line, msgid, f"the translation{form} has the tags {tags or 'none'}, "
                                  f"the English {source_tags}")


def check_catalog(path, template, strict, template_path=None, verbose=False):
  report = Report(path)
  try:
    entries = read_with_lines(path)
  except (OSError, ValueError, UnicodeDecodeError) as error:
    print(f"{path}: cannot be read: {error}")
    return None

  result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, path],
                          capture_output=True, text=True)
  for message in result.stderr.splitlines():
    if not message.strip() or message.startswith("msgfmt: found"):
      continue
    if ": warning: " in message:
      report.warnings += 1
    else:
      report.errors += 1
    print(message)
  if result.returncode != 0 and report.errors == 0:
    report.errors += 1
    print(f"{path}: msgfmt --check fails")
  msgfmt_errors = report.errors

  untranslated_story = 0
  for entry in entries:
    if entry["msgid"] == "" or entry["obsolete"]:
      continue
    key = (entry["msgctxt"], entry["msgid"])
    line, msgid = entry["line"], entry["msgid"]
    context = entry["msgctxt"]
    if context is not None and context.startswith("story:") and not STORY_CONTEXT.match(context):
      report.error(line, msgid, f'the context "{context}" is not of the form story:STORY-ID:PATH')
    if template is not None and key not in template:
      known = [c for c, m in template if m == msgid]
      if known:
        report.error(line, msgid, f'the context "{context}" is not in the template (it has '
                                  f'{", ".join(repr(c) for c in known)}): the message is never used; '
                                  "leave contexts as msgmerge writes them")
      else:
        report.error(line, msgid, "the template has no such message; merge the catalog with "
                                  "the template (meson compile -C _build lachin-corridor-update-po)")
      continue
    fuzzy = "fuzzy" in entry["flags"] and any(entry["msgstr"])
    if fuzzy:
      report.warning(line, msgid, "the translation is marked fuzzy, so the English is shown: "
                                  "check it and remove the fuzzy flag", strict)
    translated = po.is_translated(entry)
    if fuzzy:
      pass
    elif not translated and context is not None and context.startswith("story:"):
      untranslated_story += 1
      if strict or verbose:
        report.warning(line, msgid, "story text not translated; translate it, or copy the English "
                                    "into msgstr to leave it in English on purpose", strict)
    elif not translated and strict:
      report.error(line, msgid, "not translated")
    if template is not None:
      # The template says which strings reach printf, whatever the catalog says.
      entry["flags"] = (entry["flags"] - {"c-format", "no-c-format"}) | \
                       (template[key]["flags"] & {"c-format", "no-c-format"})
    check_placeholders(report, entry)

  if untranslated_story and not strict and not verbose:
    report.warnings += 1
    print(f"{path}: warning: {untranslated_story} story texts are not translated and show in English; "
          "translate them, or copy the English into msgstr to leave one in English on purpose "
          "(-v lists them)")

  if template is not None:
    present = {(e["msgctxt"], e["msgid"]) for e in entries if not e["obsolete"]}
    absent = [key for key in template if key not in present]
    if absent:
      text = (f"{len(absent)} messages of the template are missing: merge the catalog with it "
              "first (meson compile -C _build lachin-corridor-update-po, or msgmerge)")
      if strict:
        report.errors += 1
        print(f"{path}: {text}")
      else:
        report.warnings += 1
        print(f"{path}: warning: {text}")
      if verbose:
        for key in absent:
          print(f'{template_path}:{template[key]["line"]}: msgid "{key[1][:57]}": missing')

  catalog = {(e["msgctxt"], e["msgid"]): e for e in entries if e["msgid"] and not e["obsolete"]}
  keys = list(template) if template is not None else list(catalog)
  counts = {"all": [0, 0], "story": [0, 0], "interface": [0, 0]}
  for key in keys:
    done = po.is_translated(catalog.get(key))
    for name in ("all", "story" if po.is_story(key) else "interface"):
      counts[name][1] += 1
      counts[name][0] += done
  plural_e = "" if report.errors == 1 else "s"
  plural_w = "" if report.warnings == 1 else "s"
  print(f"{path}: {report.errors} error{plural_e}, {report.warnings} warning{plural_w}; "
        f"{po.percent(*counts['all'])} translated (story {po.percent(*counts['story'])}, "
        f"interface {po.percent(*counts['interface'])})")
  return report


def main(argv):
  parser = argparse.ArgumentParser(prog="build-aux/po-check.py",
                                   description="Check Lachin Corridor translations before sending them.")
  parser.add_argument("--strict", action="store_true",
                      help="every message must be translated (the maintained languages)")
  parser.add_argument("-v", "--verbose", action="store_true",
                      help="list every untranslated story text and missing message")
  parser.add_argument("--template", help=f"the template (default: {DOMAIN}.pot beside each catalog)")
  parser.add_argument("catalogs", nargs="+", metavar="FILE.po")
  args = parser.parse_args(argv[1:])

  failed = False
  for path in args.catalogs:
    pot = args.template or os.path.join(os.path.dirname(path) or ".", DOMAIN + ".pot")
    template = None
    if os.path.exists(pot):
      template = {(e["msgctxt"], e["msgid"]): e for e in read_with_lines(pot)
                  if e["msgid"] and not e["obsolete"]}
    elif args.template:
      print(f"po-check: {pot}: no such template", file=sys.stderr)
      return 2
    else:
      print(f"{path}: note: no template beside it ({pot}); the share translated counts only the "
            "catalog's own messages (give --template po/lachin-corridor.pot)")
    report = check_catalog(path, template, args.strict, pot, args.verbose)
    if report is None:
      return 2
    failed |= report.errors > 0
  return 1 if failed else 0


if __name__ == "__main__":
  sys.exit(main(sys.argv))
