/* lc-map-paths.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The features' geometry in pixels: projected to metres once per story,
 * turned into cairo paths once per viewport transform. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define MIN_STEP 0.75 /* pixels between kept points */

void
lc_map_feature_cache_free (gpointer data)
{
  LcMapFeatureCache *cache = data;

  g_free (cache->metres);
  g_clear_pointer (&cache->path, cairo_path_destroy);
  g_free (cache);
}

LcMapFeatureCache *
lc_map_renderer_get_cache (LcMapRenderer *self,
                           LcFeature     *feature)
{
  LcMapFeatureCache *cache = g_hash_table_lookup (self->cache, feature);
  LcGeometry *geometry;
  const double *coords;

  if (cache != NULL)
    return cache;

  geometry = lc_feature_get_geometry (feature);
  coords = lc_geometry_get_coords (geometry);
  cache = g_new0 (LcMapFeatureCache, 1);
  cache->n_points = lc_geometry_get_n_points (geometry);
  cache->metres = g_new (double, 2 * cache->n_points);
  for (guint i = 0; i < cache->n_points; i++)
    lc_projection_forward (&self->projection, coords[2 * i], coords[2 * i + 1],
                           &cache->metres[2 * i], &cache->metres[2 * i + 1]);
  g_hash_table_insert (self->cache, feature, cache);

  return cache;
}

static void
invalidate_paths (LcMapRenderer *self)
{
  GHashTableIter iter;
  LcMapFeatureCache *cache;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cache))
    g_clear_pointer (&cache->path, cairo_path_destroy);
}

/* Makes the caches fit @viewport: new projection, new paths. */
void
lc_map_renderer_sync_viewport (LcMapRenderer *self,
                               LcViewport    *viewport)
{
  const LcProjection *projection = lc_viewport_get_projection (viewport);
  double transform[3];

  if (memcmp (projection, &self->projection, sizeof *projection) != 0)
    {
      self->projection = *projection;
      g_hash_table_remove_all (self->cache);
    }

  lc_viewport_get_transform (viewport, &transform[0], &transform[1], &transform[2]);
  if (memcmp (transform, self->transform, sizeof transform) != 0)
    {
      memcpy (self->transform, transform, sizeof transform);
      invalidate_paths (self);
    }
}

static void
build_path (LcMapRenderer     *self,
            cairo_t           *cr,
            LcFeature         *feature,
            LcMapFeatureCache *cache)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  LcGeometryType type = lc_geometry_get_geometry_type (geometry);
  gboolean closed = type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON;
  guint start = 0;

  for (guint part = 0; part < lc_geometry_get_n_parts (geometry); part++)
    {
      guint n_points;
      double last_x = 0, last_y = 0;

      lc_geometry_get_part (geometry, part, &n_points);
      for (guint i = 0; i < n_points; i++)
        {
          double x, y;

          lc_map_renderer_to_pixels (self, &cache->metres[2 * (start + i)], &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else if (i == n_points - 1 || fabs (x - last_x) + fabs (y - last_y) >= MIN_STEP)
            cairo_line_to (cr, x, y);
          else
            continue;
          last_x = x;
          last_y = y;
        }
      if (closed)
        cairo_close_path (cr);
      start += n_points;
    }
}

/* Puts the feature's outline or line, in pixels, in @cr's current path. */
void
lc_map_renderer_append_path (LcMapRenderer *self,
                             cairo_t       *cr,
                             LcFeature     *feature)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);

  if (cache->path == NULL)
    {
      cairo_save (cr);
      cairo_identity_matrix (cr);
      cairo_new_path (cr);
      build_path (self, cr, feature, cache);
      cache->path = cairo_copy_path (cr);
      cairo_new_path (cr);
      cairo_restore (cr);
    }

  cairo_append_path (cr, cache->path);
}

void
lc_map_renderer_point_pixels (LcMapRenderer *self,
                              LcFeature     *feature,
                              guint          index,
                              double        *x,
                              double        *y)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);

  lc_map_renderer_to_pixels (self, &cache->metres[2 * index], x, y);
}
