#!/usr/bin/env python3
# test-man-page.py: the manual page, lachin-corridor(1), documents exactly the
# options that `lachin-corridor --help` lists, each with the same argument,
# and formats without a warning.
#
# Copyright 2026 The Lachin Corridor developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""The option list is read from the real --help output of the built binary,
so adding, renaming or dropping an option without the manual page fails
here."""

import os
import re
import shlex

from lctap import Tap, check, require_tool, run_ok, build_root

tap = Tap()
MAN_PAGE = os.path.join(build_root(), "docs", "lachin-corridor.1")
ALTERNATING = {".B", ".I", ".BI", ".BR", ".IB", ".IR", ".RB", ".RI"}

# "  -h, --help   Show…" or "  --export=FILE   Export…": the option part ends
# at the first run of two spaces.
HELP_LINE = re.compile(r"^\s+(-\S.*?)(?:\s{2,}|$)")


def help_options():
  """{'--export': 'FILE', '-h': None, ...} from --help, in the C locale."""
  env = dict(os.environ, LANGUAGE="C", LC_ALL="C.UTF-8")
  out = run_ok([os.environ["LC_BINARY"], "--help"], env=env).stdout
  return parse_options(m.group(1) for m in map(HELP_LINE.match, out.splitlines()) if m)


def parse_options(specs):
  """Options and their arguments from specs such as "-h, --help" or
  "--date=YYYY-MM-DD"."""
  options = {}
  for spec in specs:
    for part in spec.split(", "):
      name, _, argument = part.partition("=")
      check(name not in options, f"{name} is listed twice")
      options[name] = argument or None
  return options


def roff_text(line):
  """The text of one roff line: a font macro's arguments run together, as
  troff prints them, with \\- as a hyphen."""
  line = line.replace("\\-", "-").replace("\\&", "")
  if line.startswith("."):
    macro, _, rest = line.partition(" ")
    check(macro in ALTERNATING, f"an option is set with {macro}, not a font macro")
    return "".join(shlex.split(rest))
  return line


def man_page_lines():
  with open(MAN_PAGE, encoding="utf-8") as f:
    return f.read().splitlines()


def section(lines, name):
  """The lines of the section .SH NAME."""
  start = lines.index(f".SH {name}") + 1
  end = next((i for i in range(start, len(lines)) if lines[i].startswith(".SH ")), len(lines))
  return lines[start:end]


def man_options():
  """The tags of the .TP paragraphs under OPTIONS."""
  lines = section(man_page_lines(), "OPTIONS")
  tags = [roff_text(lines[i + 1]) for i, line in enumerate(lines) if line == ".TP"]
  check(tags, "OPTIONS has no .TP entries")
  return parse_options(tags)


@tap.case
def same_options():
  """the manual page documents every option of --help, and no other"""
  listed, documented = help_options(), man_options()
  missing = sorted(set(listed) - set(documented))
  extra = sorted(set(documented) - set(listed))
  check(not missing, f"--help lists {missing}, which the manual page does not document")
  check(not extra, f"the manual page documents {extra}, which --help does not list")


@tap.case
def same_arguments():
  """each option takes the same argument in both"""
  listed, documented = help_options(), man_options()
  for name in sorted(set(listed) & set(documented)):
    check(listed[name] == documented[name],
          f"{name}: --help says {listed[name]!r}, the manual page {documented[name]!r}")


@tap.case
def modes_in_synopsis():
  """the synopsis shows the window, --validate and --export"""
  synopsis = " ".join(section(man_page_lines(), "SYNOPSIS")).replace("\\-", "-")
  for option in ("--validate", "--export", "--date", "--size", "--names"):
    check(option in synopsis, f"the synopsis does not show {option}")


@tap.case
def exit_status():
  """EXIT STATUS gives 0, 1 and 2, the codes --validate documents"""
  lines = section(man_page_lines(), "EXIT STATUS")
  codes = [lines[i + 1] for i, line in enumerate(lines) if line == ".TP"]
  check(codes == [".B 0", ".B 1", ".B 2"], f"the exit codes are {codes}")


@tap.case
def version():
  """the page names the version being built"""
  header = next(line for line in man_page_lines() if line.startswith(".TH "))
  check(f"Lachin Corridor {os.environ['LC_VERSION']}" in header, f"the header is {header!r}")


@tap.case
def formats():
  """groff formats the page without a warning"""
  groff = require_tool("groff", "groff-base")
  proc = run_ok([groff, "-t", "-man", "-Tutf8", "-ww", "-z", MAN_PAGE])
  check(proc.stderr == "", f"groff warns:\n{proc.stderr}")


tap.main()
