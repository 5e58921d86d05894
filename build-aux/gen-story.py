#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic story file, for benchmarks and stress tests.

    build-aux/gen-story.py [options] OUTPUT

The story is valid (it opens, and `lachin-corridor --validate` passes it)
and as large as asked:

  --statements N   N statements, spread over the timeline
  --events N       N events
  --features N     N map features besides the polygons (points and lines)
  --vertices N     N positions in polygons, split among --polygons areas
  --polygons N     how many areas share --vertices (default 1)
  --zigzag N       one more area: a ring of N positions that zig-zags
                   between two latitudes, the worst case for filling
  --decimals N     decimals of each coordinate (default 4; 0 makes the
                   smallest file for a number of positions)
  --text N         characters in each statement's text (default 160)
  --days N         statements and events on the timeline's first N days
                   only (default 0: anywhere on it); 1 puts them all on
                   one day, as a crowded day's cards
  --seed N         for the random choices (default 1)

The same options always give the same bytes. OUTPUT "-" is standard output.
"""

import argparse
import datetime
import json
import math
import random
import sys

START = datetime.date(2020, 1, 1)
END = datetime.date(2024, 12, 31)
WEST, SOUTH, EAST, NORTH = 44.0, 38.5, 48.5, 41.5
WORDS = ("the road corridor was closed again on the day after talks between both "
         "sides ended without agreement while convoys waited at the checkpoint "
         "and officials said that supplies of food fuel and medicine ran short").split()
KINDS = ("quote", "paraphrase", "claim", "announcement")
POINT_KINDS = ("city", "village", "site", "checkpoint", "blockade")


def day(rng, days):
    span = days if 0 < days <= (END - START).days else (END - START).days + 1
    return (START + datetime.timedelta(days=rng.randrange(span))).isoformat()


def sentence(rng, length):
    words = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    text = " ".join(words)[:length].rstrip()
    return text[0].upper() + text[1:] + "."


def coordinate(value, decimals):
    return round(value, decimals) if decimals > 0 else int(round(value))


def ring(n, west, south, east, north, decimals, zigzag):
    """A closed ring of n positions (n >= 4) inside the box."""
    n = max(n, 4)
    points = []
    steps = n - 1
    for i in range(steps):
        t = i / steps
        if zigzag:
            # Forth along the box, one vertex at the top, the next at the
            # bottom: a comb whose teeth span the whole height.
            lon = west + (east - west) * t
            lat = north if i % 2 else south
        else:
            lon = west + (east - west) * (0.5 + 0.5 * math.cos(2 * math.pi * t))
            lat = south + (north - south) * (0.5 + 0.5 * math.sin(2 * math.pi * t))
        points.append([coordinate(lon, decimals), coordinate(lat, decimals)])
    points.append(points[0])
    return points


def area(ident, name, positions, decimals, zigzag, box):
    return {
        "type": "Feature", "id": ident,
        "properties": {"name": name, "kind": "territory", "source": "generator"},
        "geometry": {"type": "Polygon",
                     "coordinates": [ring(positions, *box, decimals, zigzag)]},
    }


def build(args):
    rng = random.Random(args.seed)
    features = []
    share, extra = divmod(args.vertices, args.polygons) if args.polygons else (0, 0)
    for i in range(args.polygons if args.vertices else 0):
        positions = share + (1 if i < extra else 0)
        lon = WEST + (EAST - WEST) * (i % 10) / 10
        lat = SOUTH + (NORTH - SOUTH) * (i // 10 % 10) / 10
        box = (lon, lat, lon + 0.4, lat + 0.25)
        features.append(area(f"area-{i}", f"Area {i}", positions, args.decimals, False, box))
    if args.zigzag:
        features.append(area("zigzag", "Zig-zag", args.zigzag, args.decimals, True,
                             (WEST, SOUTH, EAST, NORTH)))
    for i in range(args.features):
        lon = coordinate(rng.uniform(WEST, EAST), args.decimals)
        lat = coordinate(rng.uniform(SOUTH, NORTH), args.decimals)
        if i % 5 == 4:
            geometry = {"type": "LineString",
                        "coordinates": [[lon, lat],
                                        [coordinate(min(lon + 0.2, EAST), args.decimals),
                                         coordinate(min(lat + 0.1, NORTH), args.decimals)]]}
            kind = "road"
        else:
            geometry = {"type": "Point", "coordinates": [lon, lat]}
            kind = POINT_KINDS[i % len(POINT_KINDS)]
        features.append({"type": "Feature", "id": f"place-{i}",
                         "properties": {"name": f"Place {i}", "kind": kind},
                         "geometry": geometry})
    places = [f["id"] for f in features if f["id"].startswith("place-")]

    events = []
    for i in range(args.events):
        event = {"id": f"event-{i}", "date": day(rng, args.days), "title": sentence(rng, 48),
                 "source": "generator"}
        if places:
            event["features"] = rng.sample(places, min(2, len(places)))
        events.append(event)

    actors = [{"id": f"actor-{i}", "name": f"Speaker {i}", "role": "Spokesperson"}
              for i in range(max(1, min(50, args.statements // 20)))]
    statements = []
    for i in range(args.statements):
        statement = {"id": f"statement-{i}", "date": day(rng, args.days),
                     "actor": actors[i % len(actors)]["id"], "kind": KINDS[i % len(KINDS)],
                     "text": sentence(rng, args.text), "source": "generator"}
        if places:
            statement["mentions"] = [rng.choice(places)]
        if events:
            statement["refers_to"] = [events[rng.randrange(len(events))]["id"]]
        statements.append(statement)

    return {
        "format": "lachin-corridor-story", "version": 1, "id": "generated",
        "title": "A generated story", "language": "en",
        "sources": [{"id": "generator", "publisher": "build-aux/gen-story.py",
                     "title": "Synthetic data"}],
        "timeline": {"start": START.isoformat(), "end": END.isoformat()},
        "view": {"bbox": [WEST, SOUTH, EAST, NORTH]},
        "actors": actors,
        "features": {"type": "FeatureCollection", "features": features},
        "events": events,
        "statements": statements,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name, default in (("statements", 0), ("events", 0), ("features", 0), ("vertices", 0),
                          ("polygons", 1), ("zigzag", 0), ("decimals", 4), ("text", 160),
                          ("seed", 1), ("days", 0)):
        parser.add_argument("--" + name, type=int, default=default)
    parser.add_argument("output")
    args = parser.parse_args()

    story = build(args)
    # Compact, one item a line: the size follows the data, and editors cope.
    text = json.dumps(story, ensure_ascii=False, separators=(",", ":"))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
