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
 */

typedef struct
{
  GArray *coords;       /* double */
  GArray *part_ends;    /* guint */
  GArray *polygon_ends; /* guint */
  guint  *n_points;     /* positions read in the whole story */
} GeometryBuilder;

static gboolean
read_position (LcJsonReader    *json,
               JsonNode        *node,
               GeometryBuilder *builder)
{
  JsonArray *array;
  double lon, lat;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return lc_json_error (json, _("expected a position [longitude, latitude], got %s"),
                          lc_json_describe (node));

  array = json_node_get_array (node);
  if (json_array_get_length (array) < 2 || json_array_get_length (array) > 3)
    return lc_json_error (json,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "expected a position [longitude, latitude], got %u value",
                                       "expected a position [longitude, latitude], got %u values",
                                       json_array_get_length (array)),
                          json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!lc_json_node_is_number (json_array_get_element (array, i)))
      return lc_json_error (json, _("expected a position [longitude, latitude], got %s in it"),
                            lc_json_describe (json_array_get_element (array, i)));

  lon = json_array_get_double_element (array, 0);
  lat = json_array_get_double_element (array, 1);
  if (!isfinite (lon) || lon < -180.0 || lon > 180.0)
    return lc_json_error (json, _("longitude %g is outside −180 to 180"), lon);
  if (!isfinite (lat) || lat < -90.0 || lat > 90.0)
    return lc_json_error (json,
                          _("latitude %g is outside −90 to 90; is it [longitude, latitude]?"),
                          lat);
  if (++*builder->n_points > LC_STORY_MAX_POINTS)
    return lc_json_error (json, _("the story has more than %u positions"), LC_STORY_MAX_POINTS);

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
                JsonNode        *node,
                gboolean         ring,
                GeometryBuilder *builder)
{
  guint first_point = builder->coords->len / 2;
  JsonArray *array;
  gboolean ok = TRUE;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return lc_json_error (json, _("expected an array of positions, got %s"),
                          lc_json_describe (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n && ok; i++)
    {
      gsize mark = lc_json_enter_index (json, i);

      ok = read_position (json, json_array_get_element (array, i), builder);
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

typedef gboolean (*ReadPartFunc) (LcJsonReader             *json,
                                  JsonNode        *node,
                                  GeometryBuilder *builder);

static gboolean
read_point_part (LcJsonReader    *json,
                 JsonNode        *node,
                 GeometryBuilder *builder)
{
  if (!read_position (json, node, builder))
    return FALSE;
  end_part (builder);
  return TRUE;
}

static gboolean
read_line_part (LcJsonReader    *json,
                JsonNode        *node,
                GeometryBuilder *builder)
{
  return read_positions (json, node, FALSE, builder);
}

static gboolean read_each (LcJsonReader    *json,
                           JsonNode        *node,
                           ReadPartFunc     read_part,
                           GeometryBuilder *builder);

static gboolean
read_ring_part (LcJsonReader    *json,
                JsonNode        *node,
                GeometryBuilder *builder)
{
  return read_positions (json, node, TRUE, builder);
}

static gboolean
read_polygon_part (LcJsonReader    *json,
                   JsonNode        *node,
                   GeometryBuilder *builder)
{
  guint end;

  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 0)
    return lc_json_error (json, _("a polygon needs at least one ring"));
  if (!read_each (json, node, read_ring_part, builder))
    return FALSE;

  end = builder->part_ends->len;
  g_array_append_val (builder->polygon_ends, end);
  return TRUE;
}

/* Reads every element of the array @node with @read_part. */
static gboolean
read_each (LcJsonReader    *json,
           JsonNode        *node,
           ReadPartFunc     read_part,
           GeometryBuilder *builder)
{
  JsonArray *array;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return lc_json_error (json, _("expected an array, got %s"), lc_json_describe (node));

  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return lc_json_error (json, _("expected at least one coordinate"));
  for (guint i = 0; i < json_array_get_length (array) && ok; i++)
    {
      gsize mark = lc_json_enter_index (json, i);

      ok = read_part (json, json_array_get_element (array, i), builder);
      lc_json_leave (json, mark);
    }

  return ok;
}

static gboolean
read_coordinates (LcJsonReader    *json,
                  LcGeometryType   type,
                  JsonNode        *node,
                  GeometryBuilder *builder)
{
  switch (type)
    {
    case LC_GEOMETRY_TYPE_POINT:
      return read_point_part (json, node, builder);
    case LC_GEOMETRY_TYPE_MULTI_POINT:
      return read_each (json, node, read_point_part, builder);
    case LC_GEOMETRY_TYPE_LINE_STRING:
      return read_line_part (json, node, builder);
    case LC_GEOMETRY_TYPE_MULTI_LINE_STRING:
      return read_each (json, node, read_line_part, builder);
    case LC_GEOMETRY_TYPE_POLYGON:
      return read_polygon_part (json, node, builder);
    case LC_GEOMETRY_TYPE_MULTI_POLYGON:
      return read_each (json, node, read_polygon_part, builder);
    default:
      g_assert_not_reached ();
    }
}

static void
clear_builder (GeometryBuilder *builder)
{
  g_clear_pointer (&builder->coords, g_array_unref);
  g_clear_pointer (&builder->part_ends, g_array_unref);
  g_clear_pointer (&builder->polygon_ends, g_array_unref);
}

/**
 * lc_geojson_read_geometry:
 * @feature: a GeoJSON Feature object
 * @n_points: (inout): positions read so far, kept under %LC_STORY_MAX_POINTS
 *
 * Reads the feature's "geometry" member: its type and its coordinates,
 * every position checked, rings closed, lines long enough.
 *
 * Returns: (transfer full) (nullable): the geometry, or %NULL when it has
 *   errors, which are reported
 */
LcGeometry *
lc_geojson_read_geometry (LcJsonReader *json,
                          JsonObject   *feature,
                          guint        *n_points)
{
  static const char * const known[] = { "type", "coordinates", NULL };
  GeometryBuilder builder = { .n_points = n_points };
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
  if (lc_json_read_string (json, object, "type", LC_JSON_REQUIRED, &type_name) &&
      type_name != NULL && !lc_geometry_type_from_string (type_name, &type))
    {
      gsize type_mark = lc_json_enter (json, "type");

      lc_json_error (json, _("unknown geometry type “%s”; expected Point, MultiPoint, "
                             "LineString, MultiLineString, Polygon or MultiPolygon"), type_name);
      lc_json_leave (json, type_mark);
      type_name = NULL;
    }
  coordinates = lc_json_get_member (json, object, "coordinates", LC_JSON_REQUIRED);

  if (type_name != NULL && coordinates != NULL)
    {
      gsize coords_mark = lc_json_enter (json, "coordinates");

      builder.coords = g_array_new (FALSE, FALSE, sizeof (double));
      builder.part_ends = g_array_new (FALSE, FALSE, sizeof (guint));
      builder.polygon_ends = g_array_new (FALSE, FALSE, sizeof (guint));
      if (read_coordinates (json, type, coordinates, &builder))
        {
          gboolean polygonal = type == LC_GEOMETRY_TYPE_POLYGON ||
                               type == LC_GEOMETRY_TYPE_MULTI_POLYGON;

          geometry = lc_geometry_new (type,
                                      g_steal_pointer (&builder.coords),
                                      g_steal_pointer (&builder.part_ends),
                                      polygonal ? g_steal_pointer (&builder.polygon_ends) : NULL);
        }
      clear_builder (&builder);
      lc_json_leave (json, coords_mark);
    }
  lc_json_leave (json, mark);

  return geometry;
}
