/* lc-geometry.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-geometry.h"

struct _LcGeometry
{
  gatomicrefcount  ref_count;
  LcGeometryType   type;
  guint            n_points;
  guint            n_parts;
  guint            n_polygons;
  double          *coords;       /* 2 × n_points: lon, lat */
  guint           *part_ends;    /* n_parts: index after each part's last point */
  guint           *polygon_ends; /* n_polygons: index after each polygon's last part */
  double           bounds[4];    /* west, south, east, north */
};

G_DEFINE_BOXED_TYPE (LcGeometry, lc_geometry, lc_geometry_ref, lc_geometry_unref)

static void
compute_bounds (LcGeometry *self)
{
  self->bounds[0] = self->bounds[1] = G_MAXDOUBLE;
  self->bounds[2] = self->bounds[3] = -G_MAXDOUBLE;

  for (guint i = 0; i < self->n_points; i++)
    {
      double lon = self->coords[2 * i], lat = self->coords[2 * i + 1];

      self->bounds[0] = MIN (self->bounds[0], lon);
      self->bounds[1] = MIN (self->bounds[1], lat);
      self->bounds[2] = MAX (self->bounds[2], lon);
      self->bounds[3] = MAX (self->bounds[3], lat);
    }
}

/**
 * lc_geometry_new:
 * @coords: (transfer full): doubles, longitude then latitude for each point
 * @part_ends: (transfer full): guints, the point index after each part
 * @polygon_ends: (transfer full) (nullable): guints, the part index after
 *   each polygon, for polygon types
 *
 * Builds a geometry from arrays the caller gives up. A Point or MultiPoint
 * has one part a point; a LineString one part; a Polygon one polygon.
 *
 * Returns: (transfer full): the geometry
 */
LcGeometry *
lc_geometry_new (LcGeometryType  type,
                 GArray         *coords,
                 GArray         *part_ends,
                 GArray         *polygon_ends)
{
  LcGeometry *self;

  g_return_val_if_fail (coords != NULL && coords->len % 2 == 0, NULL);
  g_return_val_if_fail (part_ends != NULL, NULL);

  self = g_new0 (LcGeometry, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->type = type;
  self->n_points = coords->len / 2;
  self->n_parts = part_ends->len;
  self->coords = (double *) g_array_free (coords, FALSE);
  self->part_ends = (guint *) g_array_free (part_ends, FALSE);
  if (polygon_ends != NULL)
    {
      self->n_polygons = polygon_ends->len;
      self->polygon_ends = (guint *) g_array_free (polygon_ends, FALSE);
    }
  compute_bounds (self);

  return self;
}

LcGeometry *
lc_geometry_ref (LcGeometry *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
lc_geometry_unref (LcGeometry *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->coords);
  g_free (self->part_ends);
  g_free (self->polygon_ends);
  g_free (self);
}

LcGeometryType
lc_geometry_get_geometry_type (const LcGeometry *self)
{
  return self->type;
}

guint
lc_geometry_get_n_points (const LcGeometry *self)
{
  return self->n_points;
}

/**
 * lc_geometry_get_coords:
 *
 * Returns: (transfer none): longitude and latitude of every point, in degrees
 */
const double *
lc_geometry_get_coords (const LcGeometry *self)
{
  return self->coords;
}

guint
lc_geometry_get_n_parts (const LcGeometry *self)
{
  return self->n_parts;
}

/**
 * lc_geometry_get_part:
 * @n_points: (out): how many points the part has
 *
 * Returns: (transfer none): the part's longitude/latitude pairs
 */
const double *
lc_geometry_get_part (const LcGeometry *self,
                      guint             part,
                      guint            *n_points)
{
  guint start;

  g_return_val_if_fail (part < self->n_parts, NULL);

  start = part == 0 ? 0 : self->part_ends[part - 1];
  *n_points = self->part_ends[part] - start;

  return self->coords + 2 * start;
}

guint
lc_geometry_get_n_polygons (const LcGeometry *self)
{
  return self->n_polygons;
}

/**
 * lc_geometry_get_polygon:
 * @first_part: (out): the polygon's exterior ring; holes follow it
 * @n_parts: (out): how many rings the polygon has
 */
void
lc_geometry_get_polygon (const LcGeometry *self,
                         guint             polygon,
                         guint            *first_part,
                         guint            *n_parts)
{
  guint start;

  g_return_if_fail (polygon < self->n_polygons);

  start = polygon == 0 ? 0 : self->polygon_ends[polygon - 1];
  *first_part = start;
  *n_parts = self->polygon_ends[polygon] - start;
}

/**
 * lc_geometry_get_bounds:
 *
 * The smallest longitude/latitude box, in degrees, that holds every point.
 */
void
lc_geometry_get_bounds (const LcGeometry *self,
                        double           *west,
                        double           *south,
                        double           *east,
                        double           *north)
{
  *west = self->bounds[0];
  *south = self->bounds[1];
  *east = self->bounds[2];
  *north = self->bounds[3];
}

/* Even-odd crossing count of one ring. */
static gboolean
ring_contains (const double *ring,
               guint         n_points,
               double        lon,
               double        lat)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
    {
      double xi = ring[2 * i], yi = ring[2 * i + 1];
      double xj = ring[2 * j], yj = ring[2 * j + 1];

      if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
        inside = !inside;
    }

  return inside;
}

/**
 * lc_geometry_contains:
 * @lon: longitude, in degrees
 * @lat: latitude, in degrees
 *
 * Whether an area covers a place: the place lies inside a polygon's
 * exterior ring and inside none of its holes. Lines and points contain
 * nothing. Coordinates are compared as plain numbers, which is right for
 * areas that do not cross the 180° meridian.
 *
 * Returns: %TRUE if a polygon of the geometry covers the place
 */
gboolean
lc_geometry_contains (const LcGeometry *self,
                      double            lon,
                      double            lat)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint polygon = 0; polygon < self->n_polygons; polygon++)
    {
      guint first, n_rings, n_points;
      const double *ring;
      gboolean inside;

      lc_geometry_get_polygon (self, polygon, &first, &n_rings);
      ring = lc_geometry_get_part (self, first, &n_points);
      inside = ring_contains (ring, n_points, lon, lat);
      for (guint hole = first + 1; inside && hole < first + n_rings; hole++)
        {
          ring = lc_geometry_get_part (self, hole, &n_points);
          inside = !ring_contains (ring, n_points, lon, lat);
        }
      if (inside)
        return TRUE;
    }

  return FALSE;
}
