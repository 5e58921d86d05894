#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# i18n-coverage.py — how much of Lachin Corridor is translated.
#
# Usage: build-aux/i18n-coverage.py [-v] [PO-DIRECTORY]
#
# For each language in PO-DIRECTORY/LINGUAS (default: po/ next to this
# script), prints the share of translated messages: all messages, the texts
# of the bundled stories (contexts starting with "story:") and the interface
# (everything else), e.g.
#
#   hy: 100.0% (story 100.0%, interface 12.3%)
#
# The messages counted are those of the template, po/lachin-corridor.pot, when
# it exists (so a catalog that has not been merged with a newer template
# counts as missing what it lacks), otherwise those of each catalog. A message
# is translated when its translation is not empty and not fuzzy. With -v, the
# untranslated story messages are listed under each language. Exit status 0,
# or 2 for a wrong command line or a missing LINGUAS.

import os
import sys

DOMAIN = "lachin-corridor"
STORY_PREFIX = "story:"

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "a": "\a",
            "b": "\b", "f": "\f", "v": "\v", "?": "?", "'": "'"}


def _unquote(token):
    """The value of one PO string token such as "a\\"b\\n"."""
    token = token.strip()
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise ValueError(f"not a quoted string: {token!r}")
    body = token[1:-1]
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt in "01234567":
                j = i + 1
                while j < len(body) and j < i + 4 and body[j] in "01234567":
                    j += 1
                out.append(chr(int(body[i + 1:j], 8)))
                i = j
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def read_po(path):
    """The messages of a PO or POT file, in file order, as dicts with the keys
    msgctxt (None without one), msgid, msgid_plural (None), msgstr (a list:
    one string, or one per plural form), flags (a set), comments (the "#."
    lines), obsolete (bool). The header (empty msgid) is included."""
    entries = []
    entry = None
    field = None

    def finish():
        nonlocal entry, field
        if entry is not None and entry["msgid"] is not None:
            entries.append(entry)
        entry = None
        field = None

    def new_entry():
        return {"msgctxt": None, "msgid": None, "msgid_plural": None,
                "msgstr": {}, "flags": set(), "comments": [], "obsolete": False}

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            obsolete = False
            if line.startswith("#~"):
                obsolete = True
                line = line[2:].lstrip()
                if line.startswith("|"):
                    continue
            if not line.strip():
                finish()
                continue
            if line.startswith("#"):
                if entry is not None and entry["msgstr"]:
                    finish()
                if entry is None:
                    entry = new_entry()
                field = "comment"
                if line.startswith("#,"):
                    entry["flags"].update(x.strip() for x in line[2:].split(",") if x.strip())
                elif line.startswith("#."):
                    entry["comments"].append(line[2:].strip())
                continue
            if line.startswith('"'):
                value = _unquote(line)
                if field in ("msgctxt", "msgid", "msgid_plural"):
                    entry[field] += value
                elif isinstance(field, tuple):
                    entry["msgstr"][field[1]] += value
                else:
                    raise ValueError(f"{path}: a string continues nothing: {line!r}")
                continue
            keyword, _, rest = line.partition(" ")
            if keyword in ("msgctxt", "msgid") and entry is not None and entry["msgstr"]:
                finish()  # the next message, without a blank line between
            if entry is None:
                entry = new_entry()
            entry["obsolete"] = entry["obsolete"] or obsolete
            if keyword == "msgctxt":
                entry["msgctxt"] = _unquote(rest)
                field = "msgctxt"
            elif keyword == "msgid":
                entry["msgid"] = _unquote(rest)
                field = "msgid"
            elif keyword == "msgid_plural":
                entry["msgid_plural"] = _unquote(rest)
                field = "msgid_plural"
            elif keyword == "msgstr":
                entry["msgstr"][0] = _unquote(rest)
                field = ("msgstr", 0)
            elif keyword.startswith("msgstr["):
                index = int(keyword[7:-1])
                entry["msgstr"][index] = _unquote(rest)
                field = ("msgstr", index)
            else:
                raise ValueError(f"{path}: unexpected line {line!r}")
    finish()
    for e in entries:
        e["msgstr"] = [e["msgstr"][k] for k in sorted(e["msgstr"])]
    return entries


def messages(entries):
    """The live messages of ENTRIES (no header, no obsolete ones), keyed by
    (msgctxt, msgid)."""
    return {(e["msgctxt"], e["msgid"]): e for e in entries
            if e["msgid"] != "" and not e["obsolete"]}


def is_translated(entry):
    return (entry is not None and "fuzzy" not in entry["flags"]
            and bool(entry["msgstr"]) and all(s != "" for s in entry["msgstr"]))


def is_story(key):
    return key[0] is not None and key[0].startswith(STORY_PREFIX)


def linguas(po_dir):
    langs = []
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            langs.extend(line.split())
    return langs


def percent(done, total):
    return "n/a" if total == 0 else f"{100.0 * done / total:.1f}%"


def coverage(po_dir, lang, template=None):
    """(all, story, interface) as (translated, total) pairs, and the keys of
    the untranslated story messages."""
    catalog = messages(read_po(os.path.join(po_dir, lang + ".po")))
    keys = list(template) if template is not None else list(catalog)
    counts = {"all": [0, 0], "story": [0, 0], "interface": [0, 0]}
    missing = []
    for key in keys:
        done = is_translated(catalog.get(key))
        part = "story" if is_story(key) else "interface"
        for name in ("all", part):
            counts[name][1] += 1
            counts[name][0] += done
        if part == "story" and not done:
            missing.append(key)
    return counts, missing


def main(argv):
    args = argv[1:]
    verbose = False
    if args and args[0] in ("-v", "--verbose"):
        verbose = True
        args = args[1:]
    if len(args) > 1 or (args and args[0].startswith("-")):
        print("usage: build-aux/i18n-coverage.py [-v] [PO-DIRECTORY]", file=sys.stderr)
        return 2
    po_dir = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "po")
    try:
        langs = linguas(po_dir)
    except OSError as error:
        print(f"i18n-coverage: {error}", file=sys.stderr)
        return 2
    pot = os.path.join(po_dir, DOMAIN + ".pot")
    template = messages(read_po(pot)) if os.path.exists(pot) else None
    for lang in langs:
        if not os.path.exists(os.path.join(po_dir, lang + ".po")):
            print(f"{lang}: no catalog ({lang}.po is missing)")
            continue
        counts, missing = coverage(po_dir, lang, template)
        print(f"{lang}: {percent(*counts['all'])} "
              f"(story {percent(*counts['story'])}, interface {percent(*counts['interface'])})")
        if verbose:
            for ctxt, msgid in missing:
                print(f"  untranslated: {ctxt}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
