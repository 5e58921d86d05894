#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# natural-earth-countries.py — generate the country outlines of the
# "Lachin Corridor" story file from Natural Earth data.
#
# Reads the TopoJSON file countries-10m.json of the npm package
# world-atlas@2.0.2 (Natural Earth 1:10m admin-0 countries, version 4.1.0,
# public domain), decodes the outlines of Armenia, Azerbaijan (including the
# Nakhchivan exclave; Natural Earth counts Nagorno-Karabakh as part of
# Azerbaijan and so do we), Georgia, Iran, Turkey and Russia, and
#
#   1. simplifies every TopoJSON arc once with Douglas–Peucker (tolerance
#      TOLERANCE degrees).  Simplifying the shared arcs rather than each
#      country's rings separately keeps neighbouring borders identical, so
#      no slivers or gaps open up between countries;
#   2. stitches the arcs into rings and clips every ring to the bounding box
#      BBOX (Sutherland–Hodgman), dropping rings that vanish, have fewer than
#      four positions or enclose less than MIN_AREA square degrees;
#   3. rounds coordinates to four decimals, removes duplicate consecutive
#      positions, keeps rings closed and orients them as RFC 7946 wants
#      (exterior rings counter-clockwise, holes clockwise);
#   4. replaces the features with properties.kind == "country" and
#      properties.source == "natural-earth" in the story file by six fresh
#      MultiPolygon features (ids armenia, azerbaijan, georgia, iran, turkey,
#      russia), inserted at the start of story["features"]["features"].
#
# The story file is written back with two-space indentation, except that
# every position and every coordinate ring (any array of numbers, or array
# of arrays of numbers) is written on a single line.  The output depends
# only on the input: running the script twice gives byte-identical files.
#
# Usage:
#   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
#   build-aux/natural-earth-countries.py package/countries-10m.json STORY_JSON \
#       [--features-out FEATURES_JSON]
#
# If STORY_JSON does not exist, or has no "features" key, it is created as
# {"features": {"type": "FeatureCollection", "features": [...]}}.
# With --features-out the list of the six generated features is also written
# to FEATURES_JSON in the same format.
#
# Only the Python 3 standard library is used.

import argparse
import json
import math
import os
import sys

# Clip box: (west, south, east, north) in degrees.
BBOX = (41.0, 36.8, 52.5, 43.8)

# Douglas–Peucker tolerance in degrees.  At a 1400 px wide view of BBOX one
# degree is about 120 px, so 0.002° is about a quarter of a pixel (still
# under a pixel when zoomed in 4×).  The source is already quantized to a
# grid of 0.0036° × 0.0017°, so even tolerance 0 gives only about 59 KB of
# features; 0.002 gives about 46 KB and 0.004 about 35 KB.
TOLERANCE = 0.002

# Rings enclosing less than this many square degrees are dropped.
MIN_AREA = 0.0005

# Decimals kept in the output coordinates.
DECIMALS = 4

# (feature id, Natural Earth name, output name, rank), in output order.
# Rank 2 marks the story's own countries, which the map fills in a tint;
# the others are context (see "rank" in docs/story-format.md).
COUNTRIES = (
    ("armenia", "Armenia", "Armenia", 2),
    ("azerbaijan", "Azerbaijan", "Azerbaijan", 2),
    ("georgia", "Georgia", "Georgia", 6),
    ("iran", "Iran", "Iran", 6),
    ("turkey", "Turkey", "Turkey", 6),
    ("russia", "Russia", "Russia", 6),
)


# ---------------------------------------------------------------------------
# TopoJSON decoding


def decode_arcs(topology):
    """Return the arcs of @topology as lists of absolute (lon, lat) tuples."""
    transform = topology.get("transform")
    arcs = []
    if transform is None:
        for arc in topology["arcs"]:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
        return arcs
    sx, sy = transform["scale"]
    tx, ty = transform["translate"]
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for p in arc:
            x += p[0]
            y += p[1]
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def stitch_ring(arc_indices, arcs):
    """Join the arcs of one ring; a negative index ~i means arc i reversed."""
    ring = []
    for index in arc_indices:
        if index < 0:
            points = arcs[~index][::-1]
        else:
            points = arcs[index]
        if ring:
            # Consecutive arcs share their end and start points.
            ring.extend(points[1:])
        else:
            ring.extend(points)
    return ring


def geometry_polygons(geometry):
    """Return the polygons (lists of rings of arc indices) of a geometry."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


# ---------------------------------------------------------------------------
# Simplification


def point_segment_distance(p, a, b):
    """Distance from point p to segment a–b (planar, in degrees)."""
    ax, ay = a
    dx = b[0] - ax
    dy = b[1] - ay
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(p[0] - ax, p[1] - ay)
    t = ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2
    t = max(0.0, min(1.0, t))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def douglas_peucker(points, tolerance):
    """Simplify a polyline, always keeping its first and last point."""
    n = len(points)
    if n <= 2:
        return list(points)
    keep = [False] * n
    keep[0] = keep[n - 1] = True
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        a = points[first]
        b = points[last]
        max_distance = -1.0
        max_index = first
        for i in range(first + 1, last):
            d = point_segment_distance(points[i], a, b)
            if d > max_distance:
                max_distance = d
                max_index = i
        if max_distance > tolerance:
            keep[max_index] = True
            stack.append((first, max_index))
            stack.append((max_index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_arc(points, tolerance):
    """Simplify one arc; closed arcs are split at their farthest point."""
    if len(points) > 3 and points[0] == points[-1]:
        start = points[0]
        far = max(range(1, len(points) - 1),
                  key=lambda i: (math.hypot(points[i][0] - start[0],
                                            points[i][1] - start[1]), -i))
        head = douglas_peucker(points[:far + 1], tolerance)
        tail = douglas_peucker(points[far:], tolerance)
        return head + tail[1:]
    return douglas_peucker(points, tolerance)


# ---------------------------------------------------------------------------
# Clipping


def _intersect(p, q, axis, value):
    """Intersection of segment p–q with the line coordinate[axis] == value.

    The end points are put in a canonical order first, so that a border
    shared by two countries (and so walked in opposite directions) is cut at
    exactly the same point for both of them.
    """
    if q < p:
        p, q = q, p
    t = (value - p[axis]) / (q[axis] - p[axis])
    other = 1 - axis
    result = [0.0, 0.0]
    result[axis] = value
    result[other] = p[other] + t * (q[other] - p[other])
    return (result[0], result[1])


def clip_ring(ring, bbox):
    """Clip a closed ring to a box with Sutherland–Hodgman; return a ring."""
    west, south, east, north = bbox
    # Work on the open ring (without the closing position).
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring[:]
    edges = (
        (0, west, lambda p: p[0] >= west),
        (0, east, lambda p: p[0] <= east),
        (1, south, lambda p: p[1] >= south),
        (1, north, lambda p: p[1] <= north),
    )
    for axis, value, inside in edges:
        if not points:
            break
        output = []
        previous = points[-1]
        previous_inside = inside(previous)
        for current in points:
            current_inside = inside(current)
            if current_inside:
                if not previous_inside:
                    output.append(_intersect(previous, current, axis, value))
                output.append(current)
            elif previous_inside:
                output.append(_intersect(previous, current, axis, value))
            previous = current
            previous_inside = current_inside
        points = output
    if not points:
        return []
    return points + [points[0]]


def ring_bbox_intersects(ring, bbox):
    west, south, east, north = bbox
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    return not (max(xs) < west or min(xs) > east or
                max(ys) < south or min(ys) > north)


# ---------------------------------------------------------------------------
# Ring clean-up


def signed_area(ring):
    """Shoelace area of a closed ring; positive when counter-clockwise."""
    total = 0.0
    for i in range(len(ring) - 1):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        total += x1 * y2 - x2 * y1
    return total / 2.0


def on_box_edge(a, b, c, bbox):
    """True when a, b and c all lie on the same side of the clip box."""
    west, south, east, north = bbox
    for axis, value in ((0, west), (0, east), (1, south), (1, north)):
        if a[axis] == value and b[axis] == value and c[axis] == value:
            return True
    return False


def clean_ring(ring, bbox):
    """Round, drop duplicate and redundant points; return a closed ring."""
    rounded_box = tuple(round(v, DECIMALS) for v in bbox)
    points = []
    for x, y in ring:
        p = (round(x, DECIMALS) + 0.0, round(y, DECIMALS) + 0.0)
        if not points or points[-1] != p:
            points.append(p)
    while len(points) > 1 and points[0] == points[-1]:
        points.pop()
    # Remove middle points of runs along the clip box (they come from
    # Sutherland–Hodgman leaving and re-entering the box on the same side)
    # together with the zero-width spikes such runs may form.
    changed = True
    while changed and len(points) >= 3:
        changed = False
        n = len(points)
        for i in range(n):
            a = points[i - 1]
            b = points[i]
            c = points[(i + 1) % n]
            if a == c or on_box_edge(a, b, c, rounded_box):
                del points[i]
                changed = True
                break
        if changed:
            deduped = []
            for p in points:
                if not deduped or deduped[-1] != p:
                    deduped.append(p)
            while len(deduped) > 1 and deduped[0] == deduped[-1]:
                deduped.pop()
            points = deduped
    if len(points) < 3:
        return []
    return points + [points[0]]


def orient(ring, counter_clockwise):
    area = signed_area(ring)
    if (area > 0) != counter_clockwise:
        return ring[::-1]
    return ring


# ---------------------------------------------------------------------------
# Building the features


def build_feature(geometry, arcs, simplified_cache, feature_id, name, rank):
    def simplified(index):
        arc_index = ~index if index < 0 else index
        if arc_index not in simplified_cache:
            simplified_cache[arc_index] = simplify_arc(arcs[arc_index],
                                                       TOLERANCE)
        points = simplified_cache[arc_index]
        return points[::-1] if index < 0 else points

    polygons = []
    for polygon in geometry_polygons(geometry):
        rings = []
        for ring_index, arc_indices in enumerate(polygon):
            # Cheap rejection with the unsimplified ring first.
            raw = stitch_ring(arc_indices, arcs)
            if not ring_bbox_intersects(raw, BBOX):
                if ring_index == 0:
                    break
                continue
            ring = []
            for index in arc_indices:
                points = simplified(index)
                ring.extend(points[1:] if ring else points)
            ring = clip_ring(ring, BBOX)
            ring = clean_ring(ring, BBOX) if ring else []
            if len(ring) < 4 or abs(signed_area(ring)) < MIN_AREA:
                if ring_index == 0:
                    break  # exterior ring gone: drop the polygon
                continue
            rings.append(orient(ring, counter_clockwise=(ring_index == 0)))
        if rings:
            polygons.append([[list(p) for p in r] for r in rings])
    return {
        "type": "Feature",
        "id": feature_id,
        "properties": {
            "name": name,
            "kind": "country",
            "source": "natural-earth",
            "rank": rank,
        },
        "geometry": {
            "type": "MultiPolygon",
            "coordinates": polygons,
        },
    }


def build_features(topology):
    arcs = decode_arcs(topology)
    by_name = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = (geometry.get("properties") or {}).get("name")
        if name is not None:
            by_name.setdefault(name, geometry)
    cache = {}
    features = []
    for feature_id, source_name, name, rank in COUNTRIES:
        geometry = by_name.get(source_name)
        if geometry is None:
            sys.exit("error: country %r not found in the TopoJSON file"
                     % source_name)
        features.append(build_feature(geometry, arcs, cache, feature_id,
                                      name, rank))
    return features


# ---------------------------------------------------------------------------
# Output


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_flat(value):
    """A position (array of numbers) or a ring (array of positions)."""
    if not isinstance(value, list) or not value:
        return False
    if all(_is_number(v) for v in value):
        return True
    return all(isinstance(v, list) and v and all(_is_number(n) for n in v)
               for v in value)


def to_json(value, indent=0):
    """Like json.dumps(indent=2, ensure_ascii=False), rings on one line."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        pad = " " * (indent + 2)
        items = ["%s%s: %s" % (pad, json.dumps(str(k), ensure_ascii=False),
                               to_json(v, indent + 2))
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(value, (list, tuple)):
        value = list(value)
        if not value:
            return "[]"
        if _is_flat(value):
            return json.dumps(value, ensure_ascii=False,
                              separators=(",", ":"))
        pad = " " * (indent + 2)
        items = [pad + to_json(v, indent + 2) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
    return json.dumps(value, ensure_ascii=False)


def write_json(path, value):
    text = to_json(value) + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return len(text.encode("utf-8"))


def is_generated(feature):
    props = feature.get("properties") if isinstance(feature, dict) else None
    return (isinstance(props, dict) and props.get("kind") == "country" and
            props.get("source") == "natural-earth")


def merge_into_story(story_path, features):
    story = None
    if os.path.exists(story_path):
        with open(story_path, encoding="utf-8") as f:
            story = json.load(f)
        if not isinstance(story, dict):
            sys.exit("error: %s is not a JSON object" % story_path)
    if story is None:
        story = {}
    collection = story.get("features")
    if not isinstance(collection, dict):
        collection = {"type": "FeatureCollection", "features": []}
        story["features"] = collection
    collection.setdefault("type", "FeatureCollection")
    existing = collection.get("features")
    if not isinstance(existing, list):
        existing = []
    collection["features"] = features + [f for f in existing
                                         if not is_generated(f)]
    return write_json(story_path, story)


def main():
    parser = argparse.ArgumentParser(
        description="Put simplified Natural Earth country outlines into the "
                    "Lachin Corridor story file.")
    parser.add_argument("countries_json",
                        help="countries-10m.json from world-atlas@2.0.2")
    parser.add_argument("story_json", help="story file to update")
    parser.add_argument("--features-out", metavar="FILE",
                        help="also write the list of generated features here")
    args = parser.parse_args()

    with open(args.countries_json, encoding="utf-8") as f:
        topology = json.load(f)
    features = build_features(topology)

    size = merge_into_story(args.story_json, features)
    features_size = len((to_json(features) + "\n").encode("utf-8"))
    if args.features_out:
        write_json(args.features_out, features)
    for feature in features:
        polygons = feature["geometry"]["coordinates"]
        positions = sum(len(r) for p in polygons for r in p)
        print("%-10s %3d polygons %6d positions"
              % (feature["id"], len(polygons), positions))
    print("features: %d bytes; %s: %d bytes"
          % (features_size, args.story_json, size))


if __name__ == "__main__":
    main()
