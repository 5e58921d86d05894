#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# story-strings.py — write the human-readable texts of a story file as a C
# file of context-marked strings, for xgettext.
#
# Usage: build-aux/story-strings.py STORY.lcstory OUTPUT.c
#
# gettext 0.21 cannot read JSON, so the texts of a bundled story reach the
# translation catalogs through a generated C file that is committed next to
# the story and listed in po/POTFILES.in. The file is never compiled; only
# xgettext reads it. Each text becomes one line
#
#   NC_("story:STORY-ID:PATH", "text");
#
# preceded by a "Translators:" comment saying what the text is. At run time
# the app looks each text up with
# g_dpgettext2 (GETTEXT_PACKAGE, "story:STORY-ID:PATH", text).
#
# PATH is one of (only for members that are present and not empty):
#   title, summary
#   timeline/count_label         (its "{day}" is replaced by the day's number)
#   sources/ID/note              (not the titles and publishers: those are the
#                                 titles of publications and stay as published)
#   actors/ID/name, actors/ID/role
#   features/ID/name, features/ID/note
#   features/ID/alt_names/SIDE   (only names without "lang": a name with a
#                                 language tag is a local-script form and is
#                                 not translated)
#   events/ID/title, events/ID/text, events/ID/note
#   statements/ID/text, statements/ID/note
#
# The output depends only on the story file and its name: running the script
# twice gives the same bytes. tests/i18n checks that the committed file is
# up to date.

import json
import os
import sys

KIND_WORDS = {
    "country": "a country",
    "territory": "an area under someone's control",
    "zone": "an area",
    "corridor": "a route whose passage the story is about",
    "road": "a road",
    "capital": "a capital city",
    "city": "a town or city",
    "village": "a village",
    "site": "a place",
    "mine": "a mine or deposit",
    "checkpoint": "a checkpoint",
    "blockade": "the place where a road is blocked",
    "region": "a region (its name only, with no outline)",
}

# Kinds whose name is a place name (rather than a description).
PLACE_KINDS = {"country", "capital", "city", "village", "region"}

STATEMENT_KINDS = {
    "quote": "a statement quoted word for word from an English news report",
    "paraphrase": "the English news report's own summary of what was said",
    "claim": "an assertion reported by an English news report, which the report does not confirm",
    "announcement": "an official announcement as an English news report gives it",
    "report": "an English news report's own account, in its own words",
}

SIDE_WORDS = {
    "armenian": "the Armenian side",
    "azerbaijani": "the Azerbaijani side",
    "russian": "the Russian side",
}


def c_string(text):
    """A C string literal that xgettext (and a C compiler) reads back as
    exactly TEXT: UTF-8 kept as is; backslash, double quote and control
    characters escaped; "??" broken up so that it cannot start a trigraph."""
    out = []
    previous = ""
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%03o" % ord(ch))
        elif ch == "?" and previous == "?":
            out.append("\\?")
        else:
            out.append(ch)
        previous = ch
    return '"' + "".join(out) + '"'


def comment_text(text):
    """TEXT made safe to stand inside a C comment, on one line."""
    text = " ".join(text.split())
    return text.replace("*/", "* /").replace("/*", "/ *")


def is_text(value):
    return isinstance(value, str) and value.strip() != ""


def quoted(text, limit=60):
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "“" + text + "”"


def side_word(side):
    return SIDE_WORDS.get(side, "the " + side.replace("-", " ") + " side")


def collect(story):
    """The story's translatable texts, in file order, as a list of
    (context, text, translator comment)."""
    story_id = story.get("id") or "story"
    prefix = "story:" + story_id + ":"
    entries = []
    seen = set()

    def add(path, text, comment):
        if not is_text(text):
            return
        key = (prefix + path, text)
        if key in seen:
            return
        seen.add(key)
        entries.append((prefix + path, text, comment))

    title = story.get("title")
    add("title", title,
        "the title of the story: a short headline.")
    add("summary", story.get("summary"),
        "the summary of the story "
        + (quoted(title) if is_text(title) else "")
        + ", a short introduction shown with the story.")

    timeline = story.get("timeline")
    if isinstance(timeline, dict):
        add("timeline/count_label", timeline.get("count_label"),
            "the label of the day count on the timeline. “{day}” stands for "
            "the number of the day (1, 2, 3 …): keep it exactly as it is, and "
            "word the label so that it suits every number.")

    for source in _list(story.get("sources")):
        sid = source.get("id")
        if not isinstance(sid, str):
            continue
        what = ": ".join(x for x in (source.get("publisher"),
                                     quoted(source["title"]) if is_text(source.get("title")) else None)
                         if is_text(x))
        add(f"sources/{sid}/note", source.get("note"),
            f"a note about a source of the story ({what}). The source's "
            "title and publisher are not translated: they are the title of a "
            "publication and stay as published.")

    actors = {}
    for actor in _list(story.get("actors")):
        aid = actor.get("id")
        if not isinstance(aid, str):
            continue
        actors[aid] = actor
        name = actor.get("name")
        add(f"actors/{aid}/name", name,
            "the name of a person or body whose statements the story "
            "quotes. A person's name: use the usual spelling in your "
            "language; a body's name: use its usual name in your language.")
        add(f"actors/{aid}/role", actor.get("role"),
            f"the role or description of {quoted(name or aid)}, shown under "
            "the name.")

    features = story.get("features")
    features = features.get("features") if isinstance(features, dict) else None
    for feature in _list(features):
        fid = feature.get("id")
        props = feature.get("properties")
        if not isinstance(fid, str) or not isinstance(props, dict):
            continue
        name = props.get("name")
        kind = props.get("kind")
        kind_word = KIND_WORDS.get(kind, "a feature")
        alt = [a for a in _list(props.get("alt_names"))
               if isinstance(a, dict) and is_text(a.get("name"))
               and isinstance(a.get("side"), str) and "lang" not in a]
        sides = ""
        if alt:
            sides = " " + "; ".join(
                f"{side_word(a['side'])} calls it {quoted(a['name'])}"
                for a in alt) + "."
            sides = " " + sides[1].upper() + sides[2:]
        if kind in PLACE_KINDS:
            how = ("A place name: use your language's usual form of it "
                   "(transliterate it if your language has none).")
        else:
            how = ("Where it contains a place name, use your language's usual "
                   "form of that name.")
        add(f"features/{fid}/name", name,
            f"the name the map shows for {kind_word} (map feature "
            f"“{fid}”).{sides} {how}")
        local = [a for a in _list(props.get("alt_names"))
                 if is_text(a.get("name")) and isinstance(a.get("side"), str)
                 and "lang" in a]
        for a in alt:
            others = [b for b in alt if b["side"] != a["side"]]
            own = [b for b in local if b["side"] == a["side"]]
            if own:
                keep_local = (" In that side's own language it is "
                              + " or ".join(quoted(b["name"]) for b in own) + ".")
            else:
                keep_local = ""
            keep = ""
            if others:
                keep = (" Keep it distinct from "
                        + " and ".join(f"{side_word(b['side'])}'s name "
                                       f"{quoted(b['name'])}" for b in others)
                        + ", so that “Armenian name (Azerbaijani name)” still "
                        "shows both.")
            add(f"features/{fid}/alt_names/{a['side']}", a["name"],
                f"{side_word(a['side'])}'s name for {quoted(name or fid)} "
                f"({kind_word}), written in your language's script, in the "
                f"form usual in your language for that side's name."
                f"{keep_local}{keep}")
        add(f"features/{fid}/note", props.get("note"),
            f"a note about {quoted(name or fid)} ({kind_word}) on the map.")

    for event in _list(story.get("events")):
        eid = event.get("id")
        if not isinstance(eid, str):
            continue
        date = event.get("date") or "no date"
        etitle = event.get("title")
        add(f"events/{eid}/title", etitle,
            f"the headline of an event of the timeline, dated {date}.")
        add(f"events/{eid}/text", event.get("text"),
            f"what happened in the event {quoted(etitle or eid)}, dated {date}.")
        add(f"events/{eid}/note", event.get("note"),
            f"a note about the event {quoted(etitle or eid)} or its source.")

    sources = {s.get("id"): s for s in _list(story.get("sources")) if isinstance(s, dict)}
    for statement in _list(story.get("statements")):
        sid = statement.get("id")
        if not isinstance(sid, str):
            continue
        actor = actors.get(statement.get("actor"), {})
        who = actor.get("name") or statement.get("actor") or "someone"
        role = actor.get("role")
        by = who + (f" ({role})" if is_text(role) else "")
        source = sources.get(statement.get("source"), {})
        report = source.get("publisher") or "the source"
        if is_text(source.get("date")):
            report += ", " + source["date"]
        kind = statement.get("kind")
        what = STATEMENT_KINDS.get(kind, "a statement as an English news report gives it")
        extra = ""
        words = statement.get("speaker_words")
        if isinstance(words, list) and words:
            extra = (f" It has {_passages(len(words))} in quotation marks: the "
                     "speaker's own words as the English report gives them. Keep "
                     "each of them inside your language's quotation marks, and use "
                     "no other quotation marks: the app marks the quoted words as "
                     "the speaker's.")
        elif isinstance(words, list):
            extra = " None of it is in quotation marks: it is all the report's words."
        elif kind == "quote":
            extra = (" Words in quotation marks are the speaker's words as the "
                     "English report gives them.")
        add(f"statements/{sid}/text", statement.get("text"),
            f"{what} ({report}): what {by} said, dated "
            f"{statement.get('date') or 'no date'}.{extra} Translate it fully "
            "and faithfully from the English, in a neutral register, and use "
            "your language's quotation marks; the app labels it as translated "
            "from English.")
        add(f"statements/{sid}/note", statement.get("note"),
            f"a note about a statement by {who}, dated "
            f"{statement.get('date') or 'no date'}.")

    return entries


def _passages(n):
    return "one passage" if n == 1 else f"{n} passages"


def _list(value):
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def render(story, story_path):
    """The C file for STORY, as text."""
    story_id = story.get("id") or "story"
    function = "lc_story_strings_" + "".join(c if c.isalnum() else "_" for c in story_id)
    story_name = _repo_path(story_path)
    # Named after the story, not after OUTPUT.c, so that a copy written
    # elsewhere (as tests/i18n does) has the same bytes.
    output_name = os.path.splitext(story_name)[0] + "-strings.c"
    lines = [
        f"/* {os.path.basename(output_name)}: the translatable texts of {story_name}",
        " *",
        " * GENERATED FILE, DO NOT EDIT. Regenerate it after changing the story with",
        f" *   build-aux/story-strings.py {story_name} {output_name}",
        " *",
        " * This file is never compiled: only xgettext reads it (it is listed in",
        " * po/POTFILES.in). The app looks each text up at run time with",
        " * g_dpgettext2 (GETTEXT_PACKAGE, context, english_text).",
        " *",
        " * SPDX-License-Identifier: GPL-3.0-or-later",
        " */",
        "",
        "#include <glib/gi18n.h>",
        "",
        f"void {function} (void);",
        "",
        "void",
        f"{function} (void)",
        "{",
    ]
    entries = collect(story)
    for number, (context, text, comment) in enumerate(entries):
        if number:
            lines.append("")
        lines.append(f"  /* {comment_text('Translators: ' + comment)} */")
        # With "%", xgettext would guess a printf format; these texts are not.
        # (A comment of its own: xgettext drops a comment holding the flag.)
        if "%" in text:
            lines.append("  /* xgettext:no-c-format */")
        lines.append(f"  NC_({c_string(context)}, {c_string(text)});")
    lines.append("}")
    return "\n".join(lines) + "\n", len(entries)


def _repo_path(path):
    """PATH relative to the source tree when it lies inside it, so that the
    output does not depend on where the checkout is."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    full = os.path.abspath(path)
    if os.path.commonpath([root, full]) == root:
        return os.path.relpath(full, root)
    return os.path.basename(path)


def main(argv):
    if len(argv) != 3:
        print("usage: build-aux/story-strings.py STORY.lcstory OUTPUT.c", file=sys.stderr)
        return 2
    story_path, output_path = argv[1], argv[2]
    with open(story_path, encoding="utf-8") as f:
        story = json.load(f)
    if not isinstance(story, dict):
        print(f"{story_path}: not a story (the top level is not an object)", file=sys.stderr)
        return 1
    text, count = render(story, story_path)
    with open(output_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
