/* lc-map-paths.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The features' geometry in pixels: projected to metres once per story,
 * simplified once per zoom level (each level a power of two of the
 * scale, simplified to within TOLERANCE pixels of what it shows, with
 * points at least MIN_STEP pixels apart: see lc-map-simplify.c), and
 * turned into cairo paths once per viewport transform. Drawing, hit
 * testing and labels all use the level's shape, so a frame's cost
 * follows what it shows, not how many points the story has. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define TOLERANCE      0.5  /* pixels a simplified outline may stray from the story's */
#define MIN_STEP       0.75 /* pixels between kept points */
#define MIN_SIMPLIFIED 8    /* parts with fewer points are kept whole */
#define MAX_LEVELS     12   /* zoom levels kept simplified at once */

static void
shape_clear (LcMapShape *shape)
{
  if (shape->owned)
    {
      g_clear_pointer (&shape->metres, g_free);
      g_clear_pointer (&shape->part_sizes, g_free);
    }
}

static void
shape_free (gpointer data)
{
  shape_clear (data);
  g_free (data);
}

void
lc_map_feature_cache_free (gpointer data)
{
  LcMapFeatureCache *cache = data;

  g_free (cache->metres);
  g_free (cache->full.part_sizes);
  g_clear_pointer (&cache->levels, g_hash_table_unref);
  g_clear_pointer (&cache->path, cairo_path_destroy);
  if (cache->symbols != NULL)
    for (guint i = 0; i < cache->n_points; i++)
      lc_map_panel_image_clear (&cache->symbols[i]);
  g_free (cache->symbols);
  g_free (cache);
}

static void
init_full_shape (LcMapFeatureCache *cache,
                 LcGeometry        *geometry)
{
  LcMapShape *full = &cache->full;

  full->metres = cache->metres;
  full->n_points = cache->n_points;
  full->n_parts = lc_geometry_get_n_parts (geometry);
  full->part_sizes = g_new (guint, MAX (full->n_parts, 1));
  for (guint part = 0; part < full->n_parts; part++)
    lc_geometry_get_part (geometry, part, &full->part_sizes[part]);
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
  cache->metres = g_new (double, 2 * MAX (cache->n_points, 1));
  cache->bounds[0] = cache->bounds[1] = G_MAXDOUBLE;
  cache->bounds[2] = cache->bounds[3] = -G_MAXDOUBLE;
  for (guint i = 0; i < cache->n_points; i++)
    {
      double *m = &cache->metres[2 * i];

      lc_projection_forward (&self->projection, coords[2 * i], coords[2 * i + 1], &m[0], &m[1]);
      cache->bounds[0] = MIN (cache->bounds[0], m[0]);
      cache->bounds[1] = MIN (cache->bounds[1], m[1]);
      cache->bounds[2] = MAX (cache->bounds[2], m[0]);
      cache->bounds[3] = MAX (cache->bounds[3], m[1]);
    }
  init_full_shape (cache, geometry);
  g_hash_table_insert (self->cache, feature, cache);

  return cache;
}

static gboolean
is_area (LcGeometry *geometry)
{
  LcGeometryType type = lc_geometry_get_geometry_type (geometry);

  return type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON;
}

static gboolean
is_points (LcGeometry *geometry)
{
  LcGeometryType type = lc_geometry_get_geometry_type (geometry);

  return type == LC_GEOMETRY_TYPE_POINT || type == LC_GEOMETRY_TYPE_MULTI_POINT;
}

/* The feature's parts with what @tolerance metres can show of each; a
 * ring left with fewer than three corners is left out. */
/* The feature's parts with what a pixel of @pixel metres can show of
 * each: simplified to within TOLERANCE pixels, then thinned to points
 * MIN_STEP pixels apart (lc-map-simplify.c); a ring left with fewer than
 * three corners is left out. */
static LcMapShape *
simplify_shape (LcMapFeatureCache *cache,
                gboolean           area,
                double             pixel)
{
  const LcMapShape *full = &cache->full;
  LcMapShape *shape = g_new0 (LcMapShape, 1);
  g_autofree guint8 *keep = g_new (guint8, MAX (full->n_points, 1));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) thinned = g_array_new (FALSE, FALSE, sizeof (double));
  guint start = 0;

  shape->owned = TRUE;
  shape->n_parts = full->n_parts;
  shape->part_sizes = g_new0 (guint, MAX (full->n_parts, 1));
  shape->metres = g_new (double, 2 * MAX (full->n_points, 1));
  for (guint part = 0; part < full->n_parts; part++)
    {
      const double *points = &full->metres[2 * start];
      guint n = full->part_sizes[part];

      start += n;
      lc_map_simplify (points, n, TOLERANCE * pixel, keep);
      g_array_set_size (kept, 0);
      for (guint i = 0; i < n; i++)
        if (keep[i])
          g_array_append_vals (kept, &points[2 * i], 2);
      lc_map_thin ((const double *) (gpointer) kept->data, kept->len / 2, MIN_STEP * pixel,
                   LC_MAP_MAX_STEP * pixel, thinned);
      if (area && thinned->len / 2 < 4)
        continue;
      memcpy (&shape->metres[2 * shape->n_points], thinned->data, thinned->len * sizeof (double));
      shape->part_sizes[part] = thinned->len / 2;
      shape->n_points += thinned->len / 2;
    }

  return shape;
}

/* The shape for the zoom level of a scale: @scale pixels a metre, at
 * least 2^level and less than 2^(level + 1), shows the level's shape
 * within TOLERANCE pixels, with points at least MIN_STEP pixels apart. */
static LcMapShape *
shape_for_level (LcMapFeatureCache *cache,
                 LcFeature         *feature,
                 int                level)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  LcMapShape *shape;

  if (cache->n_points < MIN_SIMPLIFIED || is_points (geometry))
    return &cache->full;

  if (cache->levels == NULL)
    cache->levels = g_hash_table_new_full (NULL, NULL, NULL, shape_free);
  shape = g_hash_table_lookup (cache->levels, GINT_TO_POINTER (level));
  if (shape != NULL)
    return shape;

  /* A reader zooming far and wide does not keep every level. */
  if (g_hash_table_size (cache->levels) >= MAX_LEVELS)
    g_hash_table_remove_all (cache->levels);
  shape = simplify_shape (cache, is_area (geometry), 1.0 / ldexp (1.0, level + 1));
  g_hash_table_insert (cache->levels, GINT_TO_POINTER (level), shape);

  return shape;
}

static int
level_for_scale (double scale)
{
  return scale > 0 ? (int) floor (log2 (scale)) : 0;
}

/**
 * lc_map_renderer_get_shape:
 *
 * Returns: (transfer none): the feature's geometry as the current
 *   transform can show it
 */
LcMapShape *
lc_map_renderer_get_shape (LcMapRenderer *self,
                           LcFeature     *feature)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);

  if (cache->shape == NULL)
    cache->shape = shape_for_level (cache, feature, self->level);

  return cache->shape;
}

/**
 * lc_map_renderer_get_shape_at:
 * @scale: pixels a metre
 *
 * Returns: (transfer none): the feature's geometry as @scale can show it
 */
LcMapShape *
lc_map_renderer_get_shape_at (LcMapRenderer *self,
                              LcFeature     *feature,
                              double         scale)
{
  return shape_for_level (lc_map_renderer_get_cache (self, feature), feature,
                          level_for_scale (scale));
}

/* Whether the feature's box, @margin pixels larger, meets @screen. */
gboolean
lc_map_renderer_near_screen (LcMapRenderer   *self,
                             LcFeature       *feature,
                             const LcMapRect *screen,
                             double           margin)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
  double x0, y0, x1, y1;

  if (cache->n_points == 0)
    return FALSE;

  lc_map_renderer_to_pixels (self, &cache->bounds[0], &x0, &y1);
  lc_map_renderer_to_pixels (self, &cache->bounds[2], &x1, &y0);

  return x1 + margin >= screen->x && x0 - margin <= screen->x + screen->width &&
         y1 + margin >= screen->y && y0 - margin <= screen->y + screen->height;
}

static void
invalidate_paths (LcMapRenderer *self,
                  gboolean       level_changed)
{
  GHashTableIter iter;
  LcMapFeatureCache *cache;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cache))
    {
      g_clear_pointer (&cache->path, cairo_path_destroy);
      if (level_changed)
        cache->shape = NULL;
    }
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
      int level = level_for_scale (transform[0]);

      memcpy (self->transform, transform, sizeof transform);
      invalidate_paths (self, level != self->level);
      self->level = level;
    }
}

static void
build_path (LcMapRenderer     *self,
            cairo_t           *cr,
            LcFeature         *feature)
{
  LcMapShape *shape = lc_map_renderer_get_shape (self, feature);
  gboolean closed = is_area (lc_feature_get_geometry (feature));
  guint start = 0;

  for (guint part = 0; part < shape->n_parts; part++)
    {
      guint n_points = shape->part_sizes[part];

      for (guint i = 0; i < n_points; i++)
        {
          double x, y;

          lc_map_renderer_to_pixels (self, &shape->metres[2 * (start + i)], &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      if (closed && n_points > 0)
        cairo_close_path (cr);
      start += n_points;
      self->n_path_points += n_points;
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
      build_path (self, cr, feature);
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
