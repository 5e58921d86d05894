/* lc-geojson-reader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lc-story-loader-private.h"

/*
 * Reads GeoJSON (RFC 7946) geometries: Point, MultiPoint, LineString,
 * MultiLineString, Polygon and MultiPolygon, in longitude and latitude,
 * into LcGeometry's flat arrays of coordinates and part ends.
 *
 * The coordinates are not JSON nodes: the parser (lc-json-scan.c) packs
 * the value of each "coordinates" member into a list of tokens and one of
 * numbers, which a cursor walks here, so a story's memory follows its
 * positions, not a node tree. The positions' count is kept under
 * LC_STORY_MAX_POSITIONS by the parser, as it reads them.
 */

/* Where the reading is in a packed value. */
typedef struct
{
  const LcJsonCoords *coords;
  guint               token;   /* the value read next */
  guint               number;  /* its first number, if any */
} Cursor;

typedef struct
{
  GArray *coords;       /* double */
  GArray *part_ends;    /* guint */
  GArray *polygon_ends; /* guint */
} GeometryBuilder;

static guint32
token_at (const Cursor *cursor,
          guint         offset)
{
  return g_array_index (cursor->coords->tokens, guint32, cursor->token + offset);
}

static LcJsonCoordKind
kind_at (const Cursor *cursor,
         guint         offset)
{
  return LC_JSON_COORD_KIND (token_at (cursor, offset));
}

static gboolean
is_number (LcJsonCoordKind kind)
{
  return kind == LC_JSON_COORD_INTEGER || kind == LC_JSON_COORD_DOUBLE;
}

/* As lc_json_describe() says it of a node. */
static const char *
describe (LcJsonCoordKind kind)
{
  switch (kind)
    {
    case LC_JSON_COORD_ARRAY: return _("an array");
    case LC_JSON_COORD_OBJECT: return _("an object");
    case LC_JSON_COORD_STRING: return _("a string");
    case LC_JSON_COORD_BOOLEAN: return _("true or false");
    case LC_JSON_COORD_NULL: return "null";
    case LC_JSON_COORD_DOUBLE: return _("a number with a fraction");
    case LC_JSON_COORD_INTEGER:
    default: return _("a number");
    }
}

/* Reads the array at @cursor, which must be one: its length. */
static gboolean
enter_array (LcJsonReader *json,
             Cursor       *cursor,
             const char   *expected,
             guint        *length)
{
  LcJsonCoordKind kind = kind_at (cursor, 0);

  if (kind != LC_JSON_COORD_ARRAY)
    return lc_json_error (json, expected, describe (kind));

  *length = LC_JSON_COORD_COUNT (token_at (cursor, 0));
  cursor->token++;
  return TRUE;
}

static gboolean
read_position (LcJsonReader    *json,
               Cursor          *cursor,
               GeometryBuilder *builder)
{
  double lon, lat;
  guint n = 0;

  if (!enter_array (json, cursor, _("expected a position [longitude, latitude], got %s"), &n))
    return FALSE;
  if (n < 2 || n > 3)
    return lc_json_error (json,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "expected a position [longitude, latitude], got %u value",
                                       "expected a position [longitude, latitude], got %u values",
                                       n),
                          n);
  /* Up to the first that is not a number, each element is one token. */
  for (guint i = 0; i < n; i++)
    if (!is_number (kind_at (cursor, i)))
      return lc_json_error (json, _("expected a position [longitude, latitude], got %s in it"),
                            describe (kind_at (cursor, i)));

  lon = g_array_index (cursor->coords->numbers, double, cursor->number);
  lat = g_array_index (cursor->coords->numbers, double, cursor->number + 1);
  cursor->token += n;
  cursor->number += n;
  if (!isfinite (lon) || lon < -180.0 || lon > 180.0)
    return lc_json_error (json, _("longitude %g is outside −180 to 180"), lon);
  if (!isfinite (lat) || lat < -90.0 || lat > 90.0)
    return lc_json_error (json,
                          _("latitude %g is outside −90 to 90; is it [longitude, latitude]?"),
                          lat);

  g_array_append_val (builder->coords, lon);
  g_array_append_val (builder->coords, lat);

  return TRUE;
}

static void
end_part (GeometryBuilder *builder)
{
  guint end = builder->coords->len / 2;

  g_array_append_val (builder->part_ends, end);
}

static gboolean
check_ring (LcJsonReader    *json,
            GeometryBuilder *builder,
            guint            first_point,
            guint            n_points)
{
  const double *first, *last;

  /* Before any pointer into the positions: an empty ring has none. */
  if (n_points < 4)
    return lc_json_error (json, _("a polygon ring needs at least 4 positions, got %u"), n_points);

  first = &g_array_index (builder->coords, double, 2 * first_point);
  last = &g_array_index (builder->coords, double, 2 * (first_point + n_points - 1));
  if (first[0] != last[0] || first[1] != last[1])
    return lc_json_error (json, _("the polygon ring is not closed: its last position must repeat "
                                 "its first"));
  return TRUE;
}

/* Reads an array of positions: a line (at least 2) or a ring (closed, at least 4). */
static gboolean
read_positions (LcJsonReader    *json,
                Cursor          *cursor,
                gboolean         ring,
                GeometryBuilder *builder)
{
  guint first_point = builder->coords->len / 2;
  gboolean ok = TRUE;
  guint n = 0;

  if (!enter_array (json, cursor, _("expected an array of positions, got %s"), &n))
    return FALSE;

  for (guint i = 0; i < n && ok; i++)
    {
      gsize mark = lc_json_enter_index (json, i);

      ok = read_position (json, cursor, builder);
      lc_json_leave (json, mark);
    }
  if (!ok)
    return FALSE;

  if (ring && !check_ring (json, builder, first_point, n))
    return FALSE;
  if (!ring && n < 2)
    return lc_json_error (json, _("a line needs at least 2 positions, got %u"), n);

  end_part (builder);
  return TRUE;
}

typedef gboolean (*ReadPartFunc) (LcJsonReader    *json,
                                  Cursor          *cursor,
                                  GeometryBuilder *builder);

static gboolean
read_point_part (LcJsonReader    *json,
                 Cursor          *cursor,
                 GeometryBuilder *builder)
{
  if (!read_position (json, cursor, builder))
    return FALSE;
  end_part (builder);
  return TRUE;
}

static gboolean
read_line_part (LcJsonReader    *json,
                Cursor          *cursor,
                GeometryBuilder *builder)
{
  return read_positions (json, cursor, FALSE, builder);
}

static gboolean read_each (LcJsonReader    *json,
                           Cursor          *cursor,
                           ReadPartFunc     read_part,
                           GeometryBuilder *builder);

static gboolean
read_ring_part (LcJsonReader    *json,
                Cursor          *cursor,
                GeometryBuilder *builder)
{
  return read_positions (json, cursor, TRUE, builder);
}

static gboolean
read_polygon_part (LcJsonReader    *json,
                   Cursor          *cursor,
                   GeometryBuilder *builder)
{
  guint end;

  if (kind_at (cursor, 0) == LC_JSON_COORD_ARRAY && LC_JSON_COORD_COUNT (token_at (cursor, 0)) == 0)
    return lc_json_error (json, _("a polygon needs at least one ring"));
  if (!read_each (json, cursor, read_ring_part, builder))
    return FALSE;

  end = builder->part_ends->len;
  g_array_append_val (builder->polygon_ends, end);
  return TRUE;
}

/* Reads every element of the array at @cursor with @read_part. */
static gboolean
read_each (LcJsonReader    *json,
           Cursor          *cursor,
           ReadPartFunc     read_part,
           GeometryBuilder *builder)
{
  gboolean ok = TRUE;
  guint n = 0;

  if (!enter_array (json, cursor, _("expected an array, got %s"), &n))
    return FALSE;
  if (n == 0)
    return lc_json_error (json, _("expected at least one coordinate"));

  for (guint i = 0; i < n && ok; i++)
    {
      gsize mark = lc_json_enter_index (json, i);

      ok = read_part (json, cursor, builder);
      lc_json_leave (json, mark);
    }

  return ok;
}

static gboolean
read_coordinates (LcJsonReader    *json,
                  LcGeometryType   type,
                  Cursor          *cursor,
                  GeometryBuilder *builder)
{
  switch (type)
    {
    case LC_GEOMETRY_TYPE_POINT:
      return read_point_part (json, cursor, builder);
    case LC_GEOMETRY_TYPE_MULTI_POINT:
      return read_each (json, cursor, read_point_part, builder);
    case LC_GEOMETRY_TYPE_LINE_STRING:
      return read_line_part (json, cursor, builder);
    case LC_GEOMETRY_TYPE_MULTI_LINE_STRING:
      return read_each (json, cursor, read_line_part, builder);
    case LC_GEOMETRY_TYPE_POLYGON:
      return read_polygon_part (json, cursor, builder);
    case LC_GEOMETRY_TYPE_MULTI_POLYGON:
      return read_each (json, cursor, read_polygon_part, builder);
    default:
      g_assert_not_reached ();
    }
}

/* What a geometry's "coordinates" must be, for a value that is not an array. */
static const char *
expected_coordinates (LcGeometryType type)
{
  switch (type)
    {
    case LC_GEOMETRY_TYPE_POINT:
      return _("expected a position [longitude, latitude], got %s");
    case LC_GEOMETRY_TYPE_LINE_STRING:
      return _("expected an array of positions, got %s");
    default:
      return _("expected an array, got %s");
    }
}

static LcGeometry *
build_geometry (LcJsonReader   *json,
                LcGeometryType  type,
                JsonNode       *coordinates)
{
  g_autoptr(LcJsonCoords) coords = lc_json_steal_coords (json, coordinates);
  GeometryBuilder builder;
  Cursor cursor = { coords, 0, 0 };
  gboolean polygonal = type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON;
  LcGeometry *geometry;

  if (coords == NULL)
    {
      lc_json_error (json, expected_coordinates (type), lc_json_describe (coordinates));
      return NULL;
    }

  /* Every number is a coordinate in a valid geometry: no growing as it reads. */
  builder.coords = g_array_sized_new (FALSE, FALSE, sizeof (double), coords->numbers->len);
  builder.part_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  builder.polygon_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!read_coordinates (json, type, &cursor, &builder))
    {
      g_array_unref (builder.coords);
      g_array_unref (builder.part_ends);
      g_array_unref (builder.polygon_ends);
      return NULL;
    }

  geometry = lc_geometry_new (type, builder.coords, builder.part_ends,
                              polygonal ? builder.polygon_ends : NULL);
  if (!polygonal)
    g_array_unref (builder.polygon_ends);
  return geometry;
}

/**
 * lc_geojson_read_geometry:
 * @feature: a GeoJSON Feature object
 *
 * Reads the feature's "geometry" member: its type and its coordinates,
 * every position checked, rings closed, lines long enough.
 *
 * Returns: (transfer full) (nullable): the geometry, or %NULL when it has
 *   errors, which are reported
 */
LcGeometry *
lc_geojson_read_geometry (LcJsonReader *json,
                          JsonObject   *feature)
{
  static const char * const known[] = { "type", "coordinates", NULL };
  JsonObject *object = lc_json_read_object (json, feature, "geometry", LC_JSON_REQUIRED);
  LcGeometryType type;
  const char *type_name;
  JsonNode *coordinates;
  LcGeometry *geometry = NULL;
  gsize mark;

  if (object == NULL)
    return NULL;

  mark = lc_json_enter (json, "geometry");
  lc_json_check_members (json, object, known);
  if (lc_json_read_raw_string (json, object, "type", LC_JSON_REQUIRED, &type_name) &&
      type_name != NULL && !lc_geometry_type_from_string (type_name, &type))
    {
      gsize type_mark = lc_json_enter (json, "type");
      g_autofree char *shown = _lc_json_shorten (type_name);

      lc_json_error (json, _("unknown geometry type “%s”; expected Point, MultiPoint, "
                             "LineString, MultiLineString, Polygon or MultiPolygon"), shown);
      lc_json_leave (json, type_mark);
      type_name = NULL;
    }
  coordinates = lc_json_get_member (json, object, "coordinates", LC_JSON_REQUIRED);

  if (type_name != NULL && coordinates != NULL)
    {
      gsize coords_mark = lc_json_enter (json, "coordinates");

      geometry = build_geometry (json, type, coordinates);
      lc_json_leave (json, coords_mark);
    }
  lc_json_leave (json, mark);

  return geometry;
}
