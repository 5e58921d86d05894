/* lc-map-hit.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where things are on screen: hit testing, anchors, what is visible. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define LINE_HIT 6.0 /* pixels either side of a line that hit it */

/* Calls @func on each segment of the feature, in pixels, at the current
 * level of detail: each ring's sides, the closing one included, when
 * @closed; else each line's. */
void
lc_map_renderer_each_segment (LcMapRenderer  *self,
                              LcFeature      *feature,
                              gboolean        closed,
                              LcMapSegmentFunc func,
                              gpointer        data)
{
  LcMapShape *shape = lc_map_renderer_get_shape (self, feature);
  guint start = 0;

  for (guint part = 0; part < shape->n_parts; part++)
    {
      guint n_points = shape->part_sizes[part];

      for (guint i = closed ? 0 : 1; i < n_points; i++)
        {
          guint j = i == 0 ? n_points - 1 : i - 1;
          double x0, y0, x1, y1;

          lc_map_renderer_to_pixels (self, &shape->metres[2 * (start + j)], &x0, &y0);
          lc_map_renderer_to_pixels (self, &shape->metres[2 * (start + i)], &x1, &y1);
          func (x0, y0, x1, y1, data);
        }
      start += n_points;
    }
}

typedef struct
{
  double   x, y;
  gboolean inside;
} Crossings;

/* Even-odd: a ray from the point crosses the side or not. */
static void
count_crossing (double   xj,
                double   yj,
                double   xi,
                double   yi,
                gpointer data)
{
  Crossings *c = data;

  if ((yi > c->y) != (yj > c->y) && c->x < (xj - xi) * (c->y - yi) / (yj - yi) + xi)
    c->inside = !c->inside;
}

/* Even-odd over every ring, holes included: whether the pixel is in the
 * area. */
gboolean
lc_map_renderer_point_in (LcMapRenderer *self,
                          LcFeature     *feature,
                          double         px,
                          double         py)
{
  Crossings crossings = { px, py, FALSE };

  lc_map_renderer_each_segment (self, feature, TRUE, count_crossing, &crossings);

  return crossings.inside;
}

typedef struct
{
  double x, y;
  double best;
} Nearest;

static void
nearer_segment (double   x0,
                double   y0,
                double   x1,
                double   y1,
                gpointer data)
{
  Nearest *n = data;
  double dx = x1 - x0, dy = y1 - y0;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((n->x - x0) * dx + (n->y - y0) * dy) / length2, 0.0, 1.0) : 0.0;

  n->best = MIN (n->best, hypot (n->x - (x0 + t * dx), n->y - (y0 + t * dy)));
}

/* The pixel box of the @n points of @metres from @first. */
static LcMapRect
pixel_bounds (LcMapRenderer *self,
              const double  *metres,
              guint          first,
              guint          n)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  for (guint i = first; i < first + n; i++)
    {
      double x, y;

      lc_map_renderer_to_pixels (self, &metres[2 * i], &x, &y);
      min_x = MIN (min_x, x);
      min_y = MIN (min_y, y);
      max_x = MAX (max_x, x);
      max_y = MAX (max_y, y);
    }

  return (LcMapRect) { min_x, min_y, max_x - min_x, max_y - min_y };
}

/* The pixel box of the feature's largest ring, or of all its points. */
static LcMapRect
main_bounds (LcMapRenderer *self,
             LcFeature     *feature)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  LcMapShape *shape = lc_map_renderer_get_shape (self, feature);
  const double *m = shape->metres;
  guint best_start = 0, best_n = shape->n_points, start = 0;
  double best_area = -1;
  LcGeometryType type = lc_geometry_get_geometry_type (geometry);

  if (type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON)
    for (guint part = 0; part < shape->n_parts; part++)
      {
        guint n_points = shape->part_sizes[part];
        double area = 0;

        for (guint i = start; i + 1 < start + n_points; i++)
          area += m[2 * i] * m[2 * i + 3] - m[2 * i + 2] * m[2 * i + 1];
        if (n_points > 0 && fabs (area) > best_area)
          {
            best_area = fabs (area);
            best_start = start;
            best_n = n_points;
          }
        start += n_points;
      }

  return pixel_bounds (self, m, best_start, best_n);
}

typedef struct
{
  double x, y, distance;
} GridPoint;

static int
compare_grid_points (gconstpointer a,
                     gconstpointer b)
{
  const GridPoint *pa = a, *pb = b;

  if (pa->distance != pb->distance)
    return pa->distance < pb->distance ? -1 : 1;
  /* Equally near: the upper, then the left one, so the order is total. */
  if (pa->y != pb->y)
    return pa->y < pb->y ? -1 : 1;
  return pa->x < pb->x ? -1 : pa->x > pb->x;
}

#define GRID 10 /* points a side of the grid an area's anchors are taken from */

/* Even-odd over every ring, as lc_map_renderer_point_in() to the bit, for
 * each point of a GRID × GRID grid at once: @in[i * GRID + j] is whether
 * (@xs[i], @ys[j]) is in the area. A side is crossed by a row's ray where
 * it is for any of the row's points, so it is tested once a row, and its
 * points projected once. */
static void
grid_in (LcMapRenderer *self,
         LcFeature     *feature,
         const double   xs[GRID],
         const double   ys[GRID],
         gboolean       in[GRID * GRID])
{
  LcMapShape *shape = lc_map_renderer_get_shape (self, feature);
  g_autofree double *pixels = g_new (double, 2 * MAX (shape->n_points, 1));
  guint start = 0;

  for (guint k = 0; k < shape->n_points; k++)
    lc_map_renderer_to_pixels (self, &shape->metres[2 * k], &pixels[2 * k], &pixels[2 * k + 1]);
  memset (in, 0, GRID * GRID * sizeof *in);

  for (guint part = 0; part < shape->n_parts; part++)
    {
      guint n_points = shape->part_sizes[part];

      for (guint i = 0; i < n_points; i++)
        {
          guint j = i == 0 ? n_points - 1 : i - 1;
          double xj = pixels[2 * (start + j)], yj = pixels[2 * (start + j) + 1];
          double xi = pixels[2 * (start + i)], yi = pixels[2 * (start + i) + 1];

          for (guint row = 0; row < GRID; row++)
            {
              double crossing;

              if ((yi > ys[row]) == (yj > ys[row]))
                continue;
              /* As count_crossing() computes it. */
              crossing = (xj - xi) * (ys[row] - yi) / (yj - yi) + xi;
              for (guint column = 0; column < GRID; column++)
                if (xs[column] < crossing)
                  in[column * GRID + row] = !in[column * GRID + row];
            }
        }
      start += n_points;
    }
}

/**
 * lc_map_renderer_area_anchors:
 * @clip: (nullable): the part of the screen to stay in
 *
 * Points inside an area, within @clip, to put its name at: those of a
 * grid over its largest ring's box, the nearest the box's middle first.
 *
 * Returns: (transfer full) (element-type double): x, y of each point
 */
GArray *
lc_map_renderer_area_anchors (LcMapRenderer   *self,
                              LcFeature       *feature,
                              const LcMapRect *clip)
{
  const guint grid = GRID - 1;
  LcMapRect box = main_bounds (self, feature);
  double xs[GRID], ys[GRID];
  gboolean in[GRID * GRID];
  double left = box.x, top = box.y, right = box.x + box.width, bottom = box.y + box.height;
  g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (GridPoint));
  GArray *anchors = g_array_new (FALSE, FALSE, sizeof (double));
  double cx, cy;

  if (clip != NULL)
    {
      left = MAX (left, clip->x);
      top = MAX (top, clip->y);
      right = MIN (right, clip->x + clip->width);
      bottom = MIN (bottom, clip->y + clip->height);
      if (left >= right || top >= bottom)
        return anchors;
    }

  cx = (left + right) / 2;
  cy = (top + bottom) / 2;
  for (guint i = 0; i <= grid; i++)
    {
      xs[i] = cx + (right - left) * ((double) i / grid - 0.5) * 0.9;
      ys[i] = cy + (bottom - top) * ((double) i / grid - 0.5) * 0.9;
    }
  grid_in (self, feature, xs, ys, in);
  for (guint i = 0; i <= grid; i++)
    for (guint j = 0; j <= grid; j++)
      {
        GridPoint point = { xs[i], ys[j] };

        point.distance = hypot (point.x - cx, point.y - cy);
        if (in[i * (grid + 1) + j])
          g_array_append_val (inside, point);
      }
  g_array_sort (inside, compare_grid_points);
  for (guint i = 0; i < inside->len; i++)
    {
      GridPoint *point = &g_array_index (inside, GridPoint, i);

      g_array_append_val (anchors, point->x);
      g_array_append_val (anchors, point->y);
    }

  return anchors;
}

/* The box of an area's largest ring, within @screen; %FALSE if none of
 * it is on screen. */
gboolean
lc_map_renderer_visible_box (LcMapRenderer   *self,
                             LcFeature       *feature,
                             const LcMapRect *screen,
                             LcMapRect       *box)
{
  LcMapRect all = main_bounds (self, feature);
  double left = MAX (all.x, screen->x), top = MAX (all.y, screen->y);
  double right = MIN (all.x + all.width, screen->x + screen->width);
  double bottom = MIN (all.y + all.height, screen->y + screen->height);

  *box = (LcMapRect) { left, top, right - left, bottom - top };
  return left < right && top < bottom;
}

/* A point inside an area, within @clip: the middle of its largest ring's
 * box where that is inside, else the inside point of a grid nearest it. */
static gboolean
area_anchor (LcMapRenderer   *self,
             LcFeature       *feature,
             const LcMapRect *clip,
             double          *x,
             double          *y)
{
  g_autoptr(GArray) anchors = lc_map_renderer_area_anchors (self, feature, clip);

  if (anchors->len == 0)
    return FALSE;

  *x = g_array_index (anchors, double, 0);
  *y = g_array_index (anchors, double, 1);
  return TRUE;
}

/* The point at @fraction of a line's first part, in metres. */
static void
point_along (LcMapShape *shape,
             double      fraction,
             double      m[2])
{
  const double *p = shape->metres;
  guint n_points = shape->n_parts > 0 ? shape->part_sizes[0] : 0;
  double length = 0, travelled = 0;

  for (guint i = 1; i < n_points; i++)
    length += hypot (p[2 * i] - p[2 * i - 2], p[2 * i + 1] - p[2 * i - 1]);

  m[0] = p[0];
  m[1] = p[1];
  for (guint i = 1; i < n_points; i++)
    {
      double step = hypot (p[2 * i] - p[2 * i - 2], p[2 * i + 1] - p[2 * i - 1]);

      if (travelled + step >= length * fraction && step > 0)
        {
          double t = (length * fraction - travelled) / step;

          m[0] = p[2 * i - 2] + t * (p[2 * i] - p[2 * i - 2]);
          m[1] = p[2 * i - 1] + t * (p[2 * i + 1] - p[2 * i - 1]);
          return;
        }
      travelled += step;
    }
}

/**
 * lc_map_renderer_line_anchors:
 * @clip: the part of the screen to stay in
 *
 * Points along a line's first part to put its name by: the middle, then
 * points further from it towards both ends, those within @clip only.
 *
 * Returns: (transfer full) (element-type double): x, y of each point
 */
GArray *
lc_map_renderer_line_anchors (LcMapRenderer   *self,
                              LcFeature       *feature,
                              const LcMapRect *clip)
{
  static const double fractions[] = { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9 };
  LcMapShape *shape = lc_map_renderer_get_shape (self, feature);
  GArray *anchors = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      double m[2], x, y;

      point_along (shape, fractions[i], m);
      lc_map_renderer_to_pixels (self, m, &x, &y);
      if (x < clip->x || y < clip->y || x > clip->x + clip->width || y > clip->y + clip->height)
        continue;
      g_array_append_val (anchors, x);
      g_array_append_val (anchors, y);
    }

  return anchors;
}

/* The point halfway along a line's first part. */
static void
line_anchor (LcMapRenderer *self,
             LcFeature     *feature,
             double        *x,
             double        *y)
{
  double m[2];

  point_along (lc_map_renderer_get_shape (self, feature), 0.5, m);
  lc_map_renderer_to_pixels (self, m, x, y);
}

/* A region's first point inside @clip; its first point without one. */
static gboolean
region_anchor (LcMapRenderer   *self,
               LcFeature       *feature,
               const LcMapRect *clip,
               double          *x,
               double          *y)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);

  for (guint j = 0; j < cache->n_points; j++)
    {
      lc_map_renderer_point_pixels (self, feature, j, x, y);
      if (clip == NULL || (*x >= clip->x && *y >= clip->y &&
                           *x < clip->x + clip->width && *y < clip->y + clip->height))
        return TRUE;
    }

  return FALSE;
}

gboolean
lc_map_renderer_anchor_in (LcMapRenderer   *self,
                           LcFeature       *feature,
                           const LcMapRect *clip,
                           double          *x,
                           double          *y)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);

  if (lc_map_is_region_kind (kind))
    return region_anchor (self, feature, clip, x, y);
  if (lc_map_is_point_kind (kind))
    lc_map_renderer_point_pixels (self, feature, 0, x, y);
  else if (lc_map_is_line_kind (kind))
    line_anchor (self, feature, x, y);
  else
    return area_anchor (self, feature, clip, x, y);

  return TRUE;
}

gboolean
lc_map_renderer_on_screen (LcMapRenderer   *self,
                           LcFeature       *feature,
                           const LcMapRect *screen)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
  LcMapRect box;

  if (cache->n_points == 1)
    {
      double x, y;

      lc_map_renderer_to_pixels (self, cache->metres, &x, &y);
      return x >= screen->x && y >= screen->y &&
             x < screen->x + screen->width && y < screen->y + screen->height;
    }

  box = pixel_bounds (self, cache->bounds, 0, 2);

  return lc_map_rects_overlap (&box, screen);
}

/* How far a pixel is from a feature, and how near counts as on it. */
typedef double (*DistanceFunc) (LcMapRenderer *self,
                                LcFeature     *feature,
                                double         x,
                                double         y,
                                double        *reach);

/* A place is hit within its symbol and a little. */
static double
point_distance (LcMapRenderer *self,
                LcFeature     *feature,
                double         x,
                double         y,
                double        *reach)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  LcMapFeatureCache *cache;
  double best = G_MAXDOUBLE;

  if (!lc_map_is_point_kind (kind))
    return G_MAXDOUBLE;

  cache = lc_map_renderer_get_cache (self, feature);
  for (guint j = 0; j < cache->n_points; j++)
    {
      double px, py;

      lc_map_renderer_point_pixels (self, feature, j, &px, &py);
      best = MIN (best, hypot (px - x, py - y));
    }
  *reach = lc_map_symbol_radius (kind) + 4;

  return best;
}

static double
line_distance (LcMapRenderer *self,
               LcFeature     *feature,
               double         x,
               double         y,
               double        *reach)
{
  Nearest nearest = { x, y, G_MAXDOUBLE };

  if (!lc_map_is_line_kind (lc_feature_get_kind (feature)))
    return G_MAXDOUBLE;

  lc_map_renderer_each_segment (self, feature, FALSE, nearer_segment, &nearest);
  *reach = LINE_HIT;

  return nearest.best;
}

/* The feature nearest the pixel among those within their reach. */
static LcFeature *
hit_nearest (LcMapRenderer *self,
             GPtrArray     *visible,
             DistanceFunc   distance,
             double         x,
             double         y)
{
  LcFeature *best = NULL;
  double best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      double reach = 0;
      double d = distance (self, feature, x, y, &reach);

      if (d <= reach && d < best_distance)
        {
          best_distance = d;
          best = feature;
        }
    }

  return best;
}

static gboolean
is_country_kind (LcFeatureKind kind)
{
  return kind == LC_FEATURE_KIND_COUNTRY;
}

/* The topmost area of the kinds @wanted takes: later in the story is
 * drawn on top. */
static LcFeature *
hit_area (LcMapRenderer  *self,
          GPtrArray      *visible,
          gboolean      (*wanted) (LcFeatureKind),
          double          x,
          double          y)
{
  for (guint i = visible->len; i > 0; i--)
    {
      LcFeature *feature = g_ptr_array_index (visible, i - 1);

      if (wanted (lc_feature_get_kind (feature)) && lc_map_renderer_point_in (self, feature, x, y))
        return feature;
    }

  return NULL;
}

/**
 * lc_map_renderer_hit_test:
 * @x: pixels from the left of the viewport
 * @y: pixels from the top
 *
 * Finds what is drawn at a pixel, topmost first: places, then lines,
 * then areas, then countries.
 *
 * Returns: (transfer none) (nullable): the feature there
 */
LcFeature *
lc_map_renderer_hit_test (LcMapRenderer *self,
                          LcViewport    *viewport,
                          double         x,
                          double         y)
{
  GPtrArray *visible;
  LcFeature *found;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (LC_IS_VIEWPORT (viewport), NULL);

  lc_map_renderer_sync_viewport (self, viewport);
  visible = lc_story_get_visible_features (self->story, lc_map_renderer_get_day (self, viewport));

  found = hit_nearest (self, visible, point_distance, x, y);
  if (found == NULL)
    found = hit_nearest (self, visible, line_distance, x, y);
  /* Areas over countries. */
  if (found == NULL)
    found = hit_area (self, visible, lc_map_is_area_kind, x, y);
  if (found == NULL)
    found = hit_area (self, visible, is_country_kind, x, y);

  return found;
}

/**
 * lc_map_renderer_get_anchor:
 * @x: (out): pixels from the left
 * @y: (out): pixels from the top
 *
 * The point that stands for a feature: a place's position, the middle of
 * a line, a point inside an area (inside its visible part when there is
 * one). Fly-to, tooltips and keyboard focus use it.
 *
 * Returns: %TRUE if the feature has one
 */
gboolean
lc_map_renderer_get_anchor (LcMapRenderer *self,
                            LcViewport    *viewport,
                            LcFeature     *feature,
                            double        *x,
                            double        *y)
{
  LcMapRect screen = { 0, 0, lc_viewport_get_width (viewport), lc_viewport_get_height (viewport) };

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (LC_IS_FEATURE (feature), FALSE);

  lc_map_renderer_sync_viewport (self, viewport);

  if (!lc_map_renderer_on_screen (self, feature, &screen))
    return lc_map_renderer_anchor_in (self, feature, NULL, x, y);

  return lc_map_renderer_anchor_in (self, feature, &screen, x, y);
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  LcFeature *fa = *(LcFeature **) a, *fb = *(LcFeature **) b;
  int ka = lc_map_is_point_kind (lc_feature_get_kind (fa)) ? 0 : 1;
  int kb = lc_map_is_point_kind (lc_feature_get_kind (fb)) ? 0 : 1;

  if (lc_feature_get_rank (fa) != lc_feature_get_rank (fb))
    return (int) lc_feature_get_rank (fa) - (int) lc_feature_get_rank (fb);
  return ka - kb;
}

/**
 * lc_map_renderer_dup_features_on_screen:
 *
 * The features a reader can see in the viewport, most important first:
 * the order keyboard focus visits them in.
 *
 * Returns: (transfer container) (element-type LcFeature): the features
 */
GPtrArray *
lc_map_renderer_dup_features_on_screen (LcMapRenderer *self,
                                        LcViewport    *viewport)
{
  LcMapRect screen = { 0, 0, lc_viewport_get_width (viewport), lc_viewport_get_height (viewport) };
  GPtrArray *visible, *result = g_ptr_array_new ();

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), result);

  lc_map_renderer_sync_viewport (self, viewport);
  visible = lc_story_get_visible_features (self->story, lc_map_renderer_get_day (self, viewport));
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      double x, y;

      if (lc_map_renderer_on_screen (self, feature, &screen) &&
          lc_map_renderer_anchor_in (self, feature, &screen, &x, &y))
        g_ptr_array_add (result, feature);
    }
  g_ptr_array_sort (result, compare_reading_order);

  return result;
}
