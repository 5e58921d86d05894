/* lc-map-renderer.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "lc-map-renderer.h"
#include "lc-map-style.h"

/**
 * LcMapRenderer:
 *
 * Draws a story at the viewport's date into any cairo context: the map
 * widget's snapshot and the PNG, SVG and PDF exports share it.
 *
 * Geometry is projected to metres once per story; pixel paths are built
 * from those when the viewport's transform changes and reused while only
 * the date, the selection or the style changes. Points closer than
 * %MIN_STEP pixels to the previous one are dropped, which simplifies
 * outlines at small zoom.
 */
struct _LcMapRenderer
{
  GObject        parent_instance;

  LcStory       *story;
  gboolean       dark;
  gboolean       high_contrast;
  LcPlaceNames   names;
  LcFeature     *selected;
  LcFeature     *hovered;
  GPtrArray     *highlighted;

  LcProjection   projection;
  GHashTable    *cache;       /* LcFeature → FeatureCache */
  double         transform[3]; /* scale, offset x, offset y the paths are for */
  GArray        *labels;      /* LcMapLabel */
};

G_DEFINE_FINAL_TYPE (LcMapRenderer, lc_map_renderer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORY,
  PROP_DARK,
  PROP_PLACE_NAMES,
  PROP_SELECTED,
  PROP_HOVERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MIN_STEP         0.75  /* pixels between kept points */
#define FONT_FAMILY      "Cantarell, DejaVu Sans, Sans"
#define MARGIN           12.0
#define LINE_HIT         6.0   /* pixels either side of a line that hit it */
#define INSET_WIDTH      190.0
#define MAIN_COUNTRY_RANK 2    /* countries ranked this high are the story's own */

typedef struct
{
  double       *metres;  /* x, y of every point */
  guint         n_points;
  cairo_path_t *path;    /* in pixels, for the current transform */
} FeatureCache;

typedef struct
{
  double x, y, width, height;
} Rect;

static void
feature_cache_free (gpointer data)
{
  FeatureCache *cache = data;

  g_free (cache->metres);
  g_clear_pointer (&cache->path, cairo_path_destroy);
  g_free (cache);
}

/* Geometry in pixels */

static FeatureCache *
get_cache (LcMapRenderer *self,
           LcFeature     *feature)
{
  FeatureCache *cache = g_hash_table_lookup (self->cache, feature);
  LcGeometry *geometry;
  const double *coords;

  if (cache != NULL)
    return cache;

  geometry = lc_feature_get_geometry (feature);
  coords = lc_geometry_get_coords (geometry);
  cache = g_new0 (FeatureCache, 1);
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
  FeatureCache *cache;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cache))
    g_clear_pointer (&cache->path, cairo_path_destroy);
}

/* Makes the caches fit @viewport: new projection, new paths. */
static void
sync_viewport (LcMapRenderer *self,
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

static inline void
to_pixels (LcMapRenderer *self,
           const double  *metres,
           double        *x,
           double        *y)
{
  *x = self->transform[1] + metres[0] * self->transform[0];
  *y = self->transform[2] - metres[1] * self->transform[0];
}

static void
build_path (LcMapRenderer *self,
            cairo_t       *cr,
            LcFeature     *feature,
            FeatureCache  *cache)
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

          to_pixels (self, &cache->metres[2 * (start + i)], &x, &y);
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
static void
append_feature_path (LcMapRenderer *self,
                     cairo_t       *cr,
                     LcFeature     *feature)
{
  FeatureCache *cache = get_cache (self, feature);

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

static void
point_pixels (LcMapRenderer *self,
              LcFeature     *feature,
              guint          index,
              double        *x,
              double        *y)
{
  FeatureCache *cache = get_cache (self, feature);

  to_pixels (self, &cache->metres[2 * index], x, y);
}

/* Colours and text */

static void
set_color (cairo_t       *cr,
           const LcColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
set_color_alpha (cairo_t       *cr,
                 const LcColor *color,
                 double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static PangoLayout *
create_layout (cairo_t    *cr,
               const char *text,
               double      size,
               PangoWeight weight,
               PangoStyle  style)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  /* Story text is text, never markup. */
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

static void
show_layout_with_halo (cairo_t            *cr,
                       PangoLayout        *layout,
                       double              x,
                       double              y,
                       const LcMapPalette *palette,
                       const LcColor      *color)
{
  cairo_save (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  set_color (cr, &palette->halo);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_move_to (cr, x, y);
  set_color (cr, color);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Areas */

static gboolean
is_main_country (LcFeature *feature)
{
  return lc_feature_get_rank (feature) <= MAIN_COUNTRY_RANK;
}

static void
draw_countries (LcMapRenderer      *self,
                cairo_t            *cr,
                GPtrArray          *visible,
                const LcMapPalette *palette)
{
  guint n_main = 0;

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);

      if (lc_feature_get_kind (feature) != LC_FEATURE_KIND_COUNTRY)
        continue;

      cairo_new_path (cr);
      append_feature_path (self, cr, feature);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      if (is_main_country (feature))
        set_color (cr, &palette->land_main[n_main++ % 2]);
      else
        set_color (cr, &palette->land_context);
      cairo_fill_preserve (cr);
      set_color (cr, &palette->border);
      cairo_set_line_width (cr, is_main_country (feature) ? 1.2 : 0.8);
      cairo_stroke (cr);
    }
}

static cairo_pattern_t *
create_hatch (const LcColor *color)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  set_color_alpha (cr, color, 0.55);
  cairo_set_line_width (cr, 1.3);
  cairo_move_to (cr, -2, 10);
  cairo_line_to (cr, 10, -2);
  cairo_move_to (cr, -2, 2);
  cairo_line_to (cr, 2, -2);
  cairo_move_to (cr, 6, 10);
  cairo_line_to (cr, 10, 6);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  return pattern;
}

static void
draw_territories (LcMapRenderer      *self,
                  cairo_t            *cr,
                  GPtrArray          *visible,
                  const LcMapPalette *palette)
{
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      cairo_pattern_t *hatch;
      double dash[] = { 5.0, 3.0 };

      if (kind != LC_FEATURE_KIND_TERRITORY && kind != LC_FEATURE_KIND_ZONE)
        continue;

      cairo_new_path (cr);
      append_feature_path (self, cr, feature);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      set_color_alpha (cr, &palette->territory, 0.12);
      cairo_fill_preserve (cr);
      hatch = create_hatch (&palette->territory);
      cairo_set_source (cr, hatch);
      cairo_fill_preserve (cr);
      cairo_pattern_destroy (hatch);

      set_color (cr, &palette->territory);
      cairo_set_line_width (cr, 1.5);
      /* An approximate outline is dashed. */
      cairo_set_dash (cr, dash, lc_feature_get_approximate (feature) ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

/* Lines */

static void
draw_blocked_marks (LcMapRenderer      *self,
                    cairo_t            *cr,
                    LcFeature          *feature,
                    const LcMapPalette *palette)
{
  FeatureCache *cache = get_cache (self, feature);
  const double spacing = 34.0, size = 4.0;
  double travelled = spacing / 2;

  /* Crosses along the line, so "blocked" reads without colour. */
  cairo_set_line_width (cr, 2.0);
  for (guint i = 1; i < cache->n_points; i++)
    {
      double x0, y0, x1, y1, length;

      to_pixels (self, &cache->metres[2 * (i - 1)], &x0, &y0);
      to_pixels (self, &cache->metres[2 * i], &x1, &y1);
      length = hypot (x1 - x0, y1 - y0);
      while (travelled < length)
        {
          double x = x0 + (x1 - x0) * travelled / length;
          double y = y0 + (y1 - y0) * travelled / length;

          cairo_move_to (cr, x - size, y - size);
          cairo_line_to (cr, x + size, y + size);
          cairo_move_to (cr, x - size, y + size);
          cairo_line_to (cr, x + size, y - size);
          travelled += spacing;
        }
      travelled -= length;
    }
  set_color (cr, &palette->casing);
  cairo_set_line_width (cr, 4.5);
  cairo_stroke_preserve (cr);
  set_color (cr, &palette->corridor_blocked);
  cairo_set_line_width (cr, 2.2);
  cairo_stroke (cr);
}

static void
draw_lines (LcMapRenderer      *self,
            cairo_t            *cr,
            GPtrArray          *visible,
            guint32             day,
            const LcMapPalette *palette)
{
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      LcFeatureState state;
      gboolean stopped;
      double dash[] = { 7.0, 5.0 };

      if (kind != LC_FEATURE_KIND_CORRIDOR && kind != LC_FEATURE_KIND_ROAD)
        continue;

      state = lc_feature_get_state_at (feature, day);
      stopped = state == LC_FEATURE_STATE_BLOCKED || state == LC_FEATURE_STATE_CLOSED;
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

      cairo_new_path (cr);
      append_feature_path (self, cr, feature);
      set_color (cr, &palette->casing);
      cairo_set_line_width (cr, kind == LC_FEATURE_KIND_CORRIDOR ? 7.0 : 4.0);
      cairo_stroke_preserve (cr);

      if (kind == LC_FEATURE_KIND_ROAD)
        set_color (cr, stopped ? &palette->corridor_blocked : &palette->road);
      else
        set_color (cr, stopped ? &palette->corridor_blocked : &palette->corridor_open);
      cairo_set_line_width (cr, kind == LC_FEATURE_KIND_CORRIDOR ? 4.0 : 2.0);
      /* Blocked is dashed and crossed, open is solid. */
      cairo_set_dash (cr, dash, stopped ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

      if (stopped)
        draw_blocked_marks (self, cr, feature, palette);
    }
}

/* Points */

static double
symbol_radius (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_CAPITAL: return 6.0;
    case LC_FEATURE_KIND_CITY: return 4.5;
    case LC_FEATURE_KIND_VILLAGE: return 3.0;
    case LC_FEATURE_KIND_MINE: return 7.0;
    case LC_FEATURE_KIND_BLOCKADE: return 9.0;
    case LC_FEATURE_KIND_CHECKPOINT: return 5.0;
    case LC_FEATURE_KIND_SITE:
    case LC_FEATURE_KIND_COUNTRY:
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
    case LC_FEATURE_KIND_CORRIDOR:
    case LC_FEATURE_KIND_ROAD:
    default:
      return 5.0;
    }
}

static gboolean
is_point_kind (LcFeatureKind kind)
{
  return kind >= LC_FEATURE_KIND_CAPITAL;
}

static gboolean
is_stopped (LcFeatureState state)
{
  return state == LC_FEATURE_STATE_SUSPENDED || state == LC_FEATURE_STATE_CLOSED ||
         state == LC_FEATURE_STATE_BLOCKED;
}

/* A mine whose state the story does not give is drawn neutral. */
static void
draw_mine (cairo_t            *cr,
           double              x,
           double              y,
           double              r,
           LcFeatureState      state,
           const LcMapPalette *palette)
{
  gboolean active = !is_stopped (state);

  cairo_new_path (cr);
  cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
  set_color (cr, state == LC_FEATURE_STATE_OPERATING ? &palette->mine :
                 active ? &palette->point : &palette->inactive);
  cairo_fill_preserve (cr);
  set_color (cr, &palette->point_ring);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  set_color (cr, &palette->point_ring);
  if (active)
    {
      /* Crossed hammers, the map sign of a mine. */
      cairo_set_line_width (cr, 1.8);
      cairo_move_to (cr, x - r * 0.6, y + r * 0.6);
      cairo_line_to (cr, x + r * 0.6, y - r * 0.6);
      cairo_move_to (cr, x - r * 0.6, y - r * 0.6);
      cairo_line_to (cr, x + r * 0.6, y + r * 0.6);
      cairo_stroke (cr);
    }
  else
    {
      /* A pause sign: suspended, not gone. */
      cairo_rectangle (cr, x - r * 0.5, y - r * 0.55, r * 0.35, r * 1.1);
      cairo_rectangle (cr, x + r * 0.15, y - r * 0.55, r * 0.35, r * 1.1);
      cairo_fill (cr);
    }
}

static void
draw_blockade (cairo_t            *cr,
               double              x,
               double              y,
               double              r,
               const LcMapPalette *palette)
{
  /* The "no entry" road sign: a disc with a bar across. */
  cairo_new_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  set_color (cr, &palette->blockade);
  cairo_fill_preserve (cr);
  set_color (cr, &palette->point_ring);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  cairo_rectangle (cr, x - r * 0.6, y - r * 0.2, r * 1.2, r * 0.4);
  cairo_fill (cr);
}

static void
draw_symbol (cairo_t            *cr,
             LcFeatureKind       kind,
             LcFeatureState      state,
             double              x,
             double              y,
             const LcMapPalette *palette)
{
  double r = symbol_radius (kind);

  cairo_new_path (cr);
  switch (kind)
    {
    case LC_FEATURE_KIND_MINE:
      draw_mine (cr, x, y, r, state, palette);
      return;

    case LC_FEATURE_KIND_BLOCKADE:
      draw_blockade (cr, x, y, r, palette);
      return;

    case LC_FEATURE_KIND_CAPITAL:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      set_color (cr, &palette->point_ring);
      cairo_fill_preserve (cr);
      set_color (cr, &palette->point);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
      cairo_arc (cr, x, y, r * 0.45, 0, 2 * G_PI);
      cairo_fill (cr);
      return;

    case LC_FEATURE_KIND_SITE:
    case LC_FEATURE_KIND_CHECKPOINT:
      if (kind == LC_FEATURE_KIND_SITE)
        {
          cairo_move_to (cr, x, y - r);
          cairo_line_to (cr, x + r, y);
          cairo_line_to (cr, x, y + r);
          cairo_line_to (cr, x - r, y);
          cairo_close_path (cr);
        }
      else
        cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;

    case LC_FEATURE_KIND_CITY:
    case LC_FEATURE_KIND_VILLAGE:
    case LC_FEATURE_KIND_COUNTRY:
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
    case LC_FEATURE_KIND_CORRIDOR:
    case LC_FEATURE_KIND_ROAD:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }

  set_color (cr, &palette->point);
  cairo_fill_preserve (cr);
  set_color (cr, &palette->point_ring);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
draw_points (LcMapRenderer      *self,
             cairo_t            *cr,
             GPtrArray          *visible,
             guint32             day,
             const LcMapPalette *palette)
{
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      FeatureCache *cache;

      if (!is_point_kind (kind))
        continue;

      cache = get_cache (self, feature);
      for (guint j = 0; j < cache->n_points; j++)
        {
          double x, y;

          point_pixels (self, feature, j, &x, &y);
          draw_symbol (cr, kind, lc_feature_get_state_at (feature, day), x, y, palette);
        }
    }
}

static gboolean
is_highlighted (LcMapRenderer *self,
                LcFeature     *feature)
{
  return feature == self->selected || feature == self->hovered ||
         (self->highlighted != NULL && g_ptr_array_find (self->highlighted, feature, NULL));
}

static void
draw_highlights (LcMapRenderer      *self,
                 cairo_t            *cr,
                 GPtrArray          *visible,
                 const LcMapPalette *palette)
{
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);

      if (!is_highlighted (self, feature))
        continue;

      cairo_new_path (cr);
      if (is_point_kind (kind))
        {
          FeatureCache *cache = get_cache (self, feature);

          for (guint j = 0; j < cache->n_points; j++)
            {
              double x, y;

              point_pixels (self, feature, j, &x, &y);
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, symbol_radius (kind) + 5.0, 0, 2 * G_PI);
            }
          set_color (cr, &palette->highlight);
          cairo_fill (cr);
          continue;
        }

      append_feature_path (self, cr, feature);
      set_color (cr, &palette->highlight);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_ROAD
                                ? 13.0 : 4.0);
      cairo_stroke (cr);
    }
}

/* Where things are */

static gboolean
rects_overlap (const Rect *a,
               const Rect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
point_in_feature (LcMapRenderer *self,
                  LcFeature     *feature,
                  double         px,
                  double         py)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  FeatureCache *cache = get_cache (self, feature);
  gboolean inside = FALSE;
  guint start = 0;

  /* Even-odd over every ring, holes included. */
  for (guint part = 0; part < lc_geometry_get_n_parts (geometry); part++)
    {
      guint n_points;

      lc_geometry_get_part (geometry, part, &n_points);
      for (guint i = 0, j = n_points - 1; i < n_points; j = i++)
        {
          double xi, yi, xj, yj;

          to_pixels (self, &cache->metres[2 * (start + i)], &xi, &yi);
          to_pixels (self, &cache->metres[2 * (start + j)], &xj, &yj);
          if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi)
            inside = !inside;
        }
      start += n_points;
    }

  return inside;
}

static double
distance_to_segment (double px,
                     double py,
                     double x0,
                     double y0,
                     double x1,
                     double y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? CLAMP (((px - x0) * dx + (py - y0) * dy) / length2, 0.0, 1.0) : 0.0;

  return hypot (px - (x0 + t * dx), py - (y0 + t * dy));
}

static double
distance_to_line (LcMapRenderer *self,
                  LcFeature     *feature,
                  double         px,
                  double         py)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  FeatureCache *cache = get_cache (self, feature);
  double best = G_MAXDOUBLE;
  guint start = 0;

  for (guint part = 0; part < lc_geometry_get_n_parts (geometry); part++)
    {
      guint n_points;

      lc_geometry_get_part (geometry, part, &n_points);
      for (guint i = 1; i < n_points; i++)
        {
          double x0, y0, x1, y1;

          to_pixels (self, &cache->metres[2 * (start + i - 1)], &x0, &y0);
          to_pixels (self, &cache->metres[2 * (start + i)], &x1, &y1);
          best = MIN (best, distance_to_segment (px, py, x0, y0, x1, y1));
        }
      start += n_points;
    }

  return best;
}

/* The pixel box of the feature's largest ring, or of all its points. */
static Rect
main_bounds (LcMapRenderer *self,
             LcFeature     *feature)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  FeatureCache *cache = get_cache (self, feature);
  guint best_start = 0, best_n = cache->n_points, start = 0;
  double best_area = -1, min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  LcGeometryType type = lc_geometry_get_geometry_type (geometry);

  if (type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON)
    for (guint part = 0; part < lc_geometry_get_n_parts (geometry); part++)
      {
        guint n_points;
        double area = 0;

        lc_geometry_get_part (geometry, part, &n_points);
        for (guint i = start; i + 1 < start + n_points; i++)
          area += cache->metres[2 * i] * cache->metres[2 * i + 3] -
                  cache->metres[2 * i + 2] * cache->metres[2 * i + 1];
        if (fabs (area) > best_area)
          {
            best_area = fabs (area);
            best_start = start;
            best_n = n_points;
          }
        start += n_points;
      }

  for (guint i = best_start; i < best_start + best_n; i++)
    {
      double x, y;

      to_pixels (self, &cache->metres[2 * i], &x, &y);
      min_x = MIN (min_x, x);
      min_y = MIN (min_y, y);
      max_x = MAX (max_x, x);
      max_y = MAX (max_y, y);
    }

  return (Rect) { min_x, min_y, max_x - min_x, max_y - min_y };
}

/* A point inside an area, within @clip: the middle of its largest ring's
 * box where that is inside, else the inside point of a grid nearest it. */
static gboolean
area_anchor (LcMapRenderer *self,
             LcFeature     *feature,
             const Rect    *clip,
             double        *x,
             double        *y)
{
  const guint grid = 9;
  Rect box = main_bounds (self, feature);
  double left = box.x, top = box.y, right = box.x + box.width, bottom = box.y + box.height;
  double cx, cy, best = G_MAXDOUBLE;
  gboolean found = FALSE;

  if (clip != NULL)
    {
      left = MAX (left, clip->x);
      top = MAX (top, clip->y);
      right = MIN (right, clip->x + clip->width);
      bottom = MIN (bottom, clip->y + clip->height);
      if (left >= right || top >= bottom)
        return FALSE;
    }

  cx = (left + right) / 2;
  cy = (top + bottom) / 2;
  for (guint i = 0; i <= grid; i++)
    for (guint j = 0; j <= grid; j++)
      {
        double gx = cx + (right - left) * ((double) i / grid - 0.5) * 0.9;
        double gy = cy + (bottom - top) * ((double) j / grid - 0.5) * 0.9;
        double d = hypot (gx - cx, gy - cy);

        if (d < best && point_in_feature (self, feature, gx, gy))
          {
            best = d;
            *x = gx;
            *y = gy;
            found = TRUE;
          }
      }

  return found;
}

/* The point halfway along a line's first part. */
static void
line_anchor (LcMapRenderer *self,
             LcFeature     *feature,
             double        *x,
             double        *y)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  FeatureCache *cache = get_cache (self, feature);
  guint n_points;
  double length = 0, travelled = 0;

  lc_geometry_get_part (geometry, 0, &n_points);
  for (guint i = 1; i < n_points; i++)
    length += hypot (cache->metres[2 * i] - cache->metres[2 * i - 2],
                     cache->metres[2 * i + 1] - cache->metres[2 * i - 1]);

  for (guint i = 1; i < n_points; i++)
    {
      double step = hypot (cache->metres[2 * i] - cache->metres[2 * i - 2],
                           cache->metres[2 * i + 1] - cache->metres[2 * i - 1]);

      if (travelled + step >= length / 2 && step > 0)
        {
          double t = (length / 2 - travelled) / step;
          double m[2] = {
            cache->metres[2 * i - 2] + t * (cache->metres[2 * i] - cache->metres[2 * i - 2]),
            cache->metres[2 * i - 1] + t * (cache->metres[2 * i + 1] - cache->metres[2 * i - 1]),
          };

          to_pixels (self, m, x, y);
          return;
        }
      travelled += step;
    }

  point_pixels (self, feature, 0, x, y);
}

static gboolean
anchor_in (LcMapRenderer *self,
           LcFeature     *feature,
           const Rect    *clip,
           double        *x,
           double        *y)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);

  if (is_point_kind (kind))
    point_pixels (self, feature, 0, x, y);
  else if (kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_ROAD)
    line_anchor (self, feature, x, y);
  else
    return area_anchor (self, feature, clip, x, y);

  return TRUE;
}

static gboolean
on_screen (LcMapRenderer *self,
           LcFeature     *feature,
           const Rect    *screen)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  FeatureCache *cache = get_cache (self, feature);
  double w, s, e, n;
  Rect box;

  if (lc_geometry_get_n_points (geometry) == 1)
    {
      double x, y;

      to_pixels (self, cache->metres, &x, &y);
      return x >= screen->x && y >= screen->y &&
             x < screen->x + screen->width && y < screen->y + screen->height;
    }

  w = s = G_MAXDOUBLE;
  e = n = -G_MAXDOUBLE;
  for (guint i = 0; i < cache->n_points; i++)
    {
      double x, y;

      to_pixels (self, &cache->metres[2 * i], &x, &y);
      w = MIN (w, x);
      e = MAX (e, x);
      s = MIN (s, y);
      n = MAX (n, y);
    }
  box = (Rect) { w, s, e - w, n - s };

  return rects_overlap (&box, screen);
}

/* Labels */

typedef struct
{
  LcFeature *feature;
  double     x;
  double     y;
} Candidate;

static int
kind_order (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_CAPITAL: return 0;
    case LC_FEATURE_KIND_CORRIDOR: return 1;
    case LC_FEATURE_KIND_BLOCKADE: return 2;
    case LC_FEATURE_KIND_CITY: return 3;
    case LC_FEATURE_KIND_MINE: return 4;
    case LC_FEATURE_KIND_COUNTRY: return 5;
    case LC_FEATURE_KIND_TERRITORY: return 6;
    case LC_FEATURE_KIND_ZONE: return 7;
    case LC_FEATURE_KIND_CHECKPOINT: return 8;
    case LC_FEATURE_KIND_SITE: return 9;
    case LC_FEATURE_KIND_ROAD: return 10;
    case LC_FEATURE_KIND_VILLAGE:
    default:
      return 11;
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  LcFeature *fa = ((const Candidate *) a)->feature, *fb = ((const Candidate *) b)->feature;
  int ra = lc_feature_get_rank (fa), rb = lc_feature_get_rank (fb);

  if (ra != rb)
    return ra - rb;
  return kind_order (lc_feature_get_kind (fa)) - kind_order (lc_feature_get_kind (fb));
}

static PangoLayout *
create_label_layout (LcMapRenderer      *self,
                     cairo_t            *cr,
                     LcFeature          *feature,
                     guint32             day,
                     const LcMapPalette *palette,
                     const LcColor     **color)
{
  g_autofree char *name = lc_feature_dup_display_name (feature, self->names);
  LcFeatureKind kind = lc_feature_get_kind (feature);
  LcFeatureState state = lc_feature_get_state_at (feature, day);
  PangoLayout *layout;

  *color = &palette->text;
  switch (kind)
    {
    case LC_FEATURE_KIND_COUNTRY:
      {
        g_autofree char *upper = g_utf8_strup (name, -1);
        PangoAttrList *attrs = pango_attr_list_new ();

        layout = create_layout (cr, upper, is_main_country (feature) ? 15 : 12,
                                PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL);
        pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (3 * PANGO_SCALE));
        pango_layout_set_attributes (layout, attrs);
        pango_attr_list_unref (attrs);
        *color = &palette->country_label;
      }
      break;

    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
      layout = create_layout (cr, name, 12, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_ITALIC);
      pango_layout_set_width (layout, 170 * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      *color = &palette->territory;
      break;

    case LC_FEATURE_KIND_CORRIDOR:
      layout = create_layout (cr, name, 14, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
      *color = state == LC_FEATURE_STATE_BLOCKED || state == LC_FEATURE_STATE_CLOSED
               ? &palette->corridor_blocked : &palette->corridor_open;
      break;

    case LC_FEATURE_KIND_BLOCKADE:
      layout = create_layout (cr, name, 13, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
      *color = &palette->blockade;
      break;

    case LC_FEATURE_KIND_CAPITAL:
      layout = create_layout (cr, name, 15, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
      break;

    case LC_FEATURE_KIND_CITY:
      layout = create_layout (cr, name, 13, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL);
      break;

    case LC_FEATURE_KIND_MINE:
      layout = create_layout (cr, name, 12, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_ITALIC);
      *color = state == LC_FEATURE_STATE_OPERATING ? &palette->mine : &palette->text_secondary;
      break;

    case LC_FEATURE_KIND_VILLAGE:
    case LC_FEATURE_KIND_SITE:
    case LC_FEATURE_KIND_CHECKPOINT:
    case LC_FEATURE_KIND_ROAD:
    default:
      layout = create_layout (cr, name, 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
      *color = &palette->text_secondary;
      break;
    }

  return layout;
}

static gboolean
rect_is_free (const Rect *rect,
              GArray     *occupied,
              const Rect *screen)
{
  if (rect->x < screen->x || rect->y < screen->y ||
      rect->x + rect->width > screen->x + screen->width ||
      rect->y + rect->height > screen->y + screen->height)
    return FALSE;

  for (guint i = 0; i < occupied->len; i++)
    if (rects_overlap (rect, &g_array_index (occupied, Rect, i)))
      return FALSE;

  return TRUE;
}

/* Tries the places a label may go, best first; the first free one wins. */
static gboolean
place_label (LcFeature   *feature,
             double       ax,
             double       ay,
             double       width,
             double       height,
             GArray      *occupied,
             const Rect  *screen,
             Rect        *placed)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  double r = symbol_radius (kind) + 3;
  Rect tries[4];
  guint n_tries = 0;

  if (is_point_kind (kind))
    {
      tries[n_tries++] = (Rect) { ax + r, ay - height / 2, width, height };
      tries[n_tries++] = (Rect) { ax - r - width, ay - height / 2, width, height };
      tries[n_tries++] = (Rect) { ax - width / 2, ay - r - height, width, height };
      tries[n_tries++] = (Rect) { ax - width / 2, ay + r, width, height };
    }
  else if (kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_ROAD)
    {
      tries[n_tries++] = (Rect) { ax + 10, ay - height - 6, width, height };
      tries[n_tries++] = (Rect) { ax - width - 10, ay + 6, width, height };
      tries[n_tries++] = (Rect) { ax + 10, ay + 6, width, height };
      tries[n_tries++] = (Rect) { ax - width - 10, ay - height - 6, width, height };
    }
  else
    tries[n_tries++] = (Rect) { ax - width / 2, ay - height / 2, width, height };

  for (guint i = 0; i < n_tries; i++)
    {
      if (rect_is_free (&tries[i], occupied, screen))
        {
          *placed = tries[i];
          return TRUE;
        }
    }

  return FALSE;
}

static void
add_symbol_rects (LcMapRenderer *self,
                  GPtrArray     *visible,
                  GArray        *occupied)
{
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      double x, y, r = symbol_radius (kind);
      Rect rect;

      if (!is_point_kind (kind))
        continue;
      point_pixels (self, feature, 0, &x, &y);
      rect = (Rect) { x - r, y - r, 2 * r, 2 * r };
      g_array_append_val (occupied, rect);
    }
}

static void
draw_labels (LcMapRenderer      *self,
             cairo_t            *cr,
             GPtrArray          *visible,
             guint32             day,
             GArray             *occupied,
             const Rect         *screen,
             const LcMapPalette *palette)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  g_array_set_size (self->labels, 0);
  add_symbol_rects (self, visible, occupied);

  for (guint i = 0; i < visible->len; i++)
    {
      Candidate candidate = { g_ptr_array_index (visible, i), 0, 0 };

      if (on_screen (self, candidate.feature, screen) &&
          anchor_in (self, candidate.feature, screen, &candidate.x, &candidate.y))
        g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      const LcColor *color;
      g_autoptr(PangoLayout) layout = create_label_layout (self, cr, candidate->feature, day,
                                                           palette, &color);
      PangoRectangle ink, logical;
      LcMapLabel label = { candidate->feature };
      Rect placed;

      pango_layout_get_pixel_extents (layout, &ink, &logical);
      if (!place_label (candidate->feature, candidate->x, candidate->y, logical.width,
                        logical.height, occupied, screen, &placed))
        continue; /* hidden rather than overlapping */

      g_array_append_val (occupied, placed);
      show_layout_with_halo (cr, layout, placed.x - logical.x, placed.y - logical.y, palette, color);
      label.x = placed.x;
      label.y = placed.y;
      label.width = placed.width;
      label.height = placed.height;
      g_array_append_val (self->labels, label);
    }
}

/* Legend, scale bar, locator, attribution */

typedef enum
{
  SWATCH_LINE_OPEN,
  SWATCH_LINE_BLOCKED,
  SWATCH_ROAD,
  SWATCH_AREA,
  SWATCH_SYMBOL,
} SwatchType;

typedef struct
{
  SwatchType      swatch;
  LcFeatureKind   kind;
  LcFeatureState  state;
  char           *text;
} LegendEntry;

static void
clear_legend_entry (gpointer data)
{
  g_free (((LegendEntry *) data)->text);
}

static const char *
point_kind_legend (LcFeatureKind  kind,
                   LcFeatureState state)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_CAPITAL: return _("Capital");
    case LC_FEATURE_KIND_CITY: return _("Town");
    case LC_FEATURE_KIND_VILLAGE: return _("Village");
    case LC_FEATURE_KIND_MINE:
      if (is_stopped (state))
        return _("Mine, suspended");
      return state == LC_FEATURE_STATE_OPERATING ? _("Mine, operating") : _("Mine");
    case LC_FEATURE_KIND_BLOCKADE: return _("Blockade");
    case LC_FEATURE_KIND_CHECKPOINT: return _("Checkpoint");
    case LC_FEATURE_KIND_SITE: return _("Site");
    case LC_FEATURE_KIND_COUNTRY:
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
    case LC_FEATURE_KIND_CORRIDOR:
    case LC_FEATURE_KIND_ROAD:
    default:
      return NULL;
    }
}

static gboolean
has_entry (GArray     *entries,
           SwatchType  swatch,
           const char *text)
{
  for (guint i = 0; i < entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, i);

      if (entry->swatch == swatch && g_strcmp0 (entry->text, text) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
add_entry (GArray         *entries,
           SwatchType      swatch,
           LcFeatureKind   kind,
           LcFeatureState  state,
           const char     *text)
{
  LegendEntry entry = { swatch, kind, state, g_strdup (text) };

  if (!has_entry (entries, swatch, text))
    g_array_append_val (entries, entry);
  else
    g_free (entry.text);
}

/* What is on screen, once each, in drawing order: the legend says only
 * what the reader can see. */
static GArray *
collect_legend (LcMapRenderer *self,
                GPtrArray     *visible,
                guint32        day,
                const Rect    *screen,
                gboolean      *any_approximate)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (LegendEntry));

  g_array_set_clear_func (entries, clear_legend_entry);
  *any_approximate = FALSE;

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      LcFeatureState state = lc_feature_get_state_at (feature, day);
      gboolean stopped = state == LC_FEATURE_STATE_BLOCKED || state == LC_FEATURE_STATE_CLOSED;

      if (kind == LC_FEATURE_KIND_COUNTRY || !on_screen (self, feature, screen))
        continue;
      *any_approximate |= lc_feature_get_approximate (feature);

      if (kind == LC_FEATURE_KIND_TERRITORY || kind == LC_FEATURE_KIND_ZONE)
        {
          g_autofree char *name = lc_feature_dup_display_name (feature, self->names);

          add_entry (entries, SWATCH_AREA, kind, state, name);
        }
      else if (kind == LC_FEATURE_KIND_CORRIDOR)
        add_entry (entries, stopped ? SWATCH_LINE_BLOCKED : SWATCH_LINE_OPEN, kind, state,
                   stopped ? _("Corridor road, blocked") : _("Corridor road, open"));
      else if (kind == LC_FEATURE_KIND_ROAD)
        add_entry (entries, stopped ? SWATCH_LINE_BLOCKED : SWATCH_ROAD, kind, state,
                   stopped ? _("Road, blocked") : _("Road"));
      else
        add_entry (entries, SWATCH_SYMBOL, kind, state, point_kind_legend (kind, state));
    }

  return entries;
}

static void
draw_swatch (cairo_t            *cr,
             const LegendEntry  *entry,
             double              x,
             double              y,
             const LcMapPalette *palette)
{
  double dash[] = { 7.0, 5.0 };

  cairo_new_path (cr);
  switch (entry->swatch)
    {
    case SWATCH_LINE_OPEN:
    case SWATCH_LINE_BLOCKED:
    case SWATCH_ROAD:
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 24, y);
      set_color (cr, &palette->casing);
      cairo_set_line_width (cr, 6);
      cairo_stroke_preserve (cr);
      set_color (cr, entry->swatch == SWATCH_LINE_OPEN ? &palette->corridor_open :
                     entry->swatch == SWATCH_ROAD ? &palette->road : &palette->corridor_blocked);
      cairo_set_line_width (cr, entry->swatch == SWATCH_ROAD ? 2 : 4);
      cairo_set_dash (cr, dash, entry->swatch == SWATCH_LINE_BLOCKED ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (entry->swatch == SWATCH_LINE_BLOCKED)
        {
          cairo_move_to (cr, x + 8, y - 4);
          cairo_line_to (cr, x + 16, y + 4);
          cairo_move_to (cr, x + 8, y + 4);
          cairo_line_to (cr, x + 16, y - 4);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
      break;

    case SWATCH_AREA:
      {
        cairo_pattern_t *hatch = create_hatch (&palette->territory);

        cairo_rectangle (cr, x + 2, y - 7, 20, 14);
        set_color_alpha (cr, &palette->territory, 0.12);
        cairo_fill_preserve (cr);
        cairo_set_source (cr, hatch);
        cairo_fill_preserve (cr);
        cairo_pattern_destroy (hatch);
        set_color (cr, &palette->territory);
        cairo_set_line_width (cr, 1.5);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
      }
      break;

    case SWATCH_SYMBOL:
    default:
      draw_symbol (cr, entry->kind, entry->state, x + 12, y, palette);
      break;
    }
}

typedef struct
{
  GArray      *entries;
  PangoLayout *title;
  PangoLayout *note;
  GPtrArray   *texts;
  guint        columns;
  double       column_width;
  Rect         rect;
} Legend;

#define LEGEND_ROW     20.0
#define LEGEND_PADDING 10.0
#define LEGEND_SWATCH  32.0
#define LEGEND_COMPACT 640.0  /* narrower views get a two-column legend */

static void
legend_clear (Legend *legend)
{
  g_clear_pointer (&legend->entries, g_array_unref);
  g_clear_object (&legend->title);
  g_clear_object (&legend->note);
  g_clear_pointer (&legend->texts, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Legend, legend_clear)

/* The height of the row of entries that starts with entry @first. */
static double
legend_row_height (Legend *legend,
                   guint   first)
{
  double row = LEGEND_ROW;

  for (guint i = first; i < MIN (first + legend->columns, legend->texts->len); i++)
    {
      PangoRectangle extents;

      pango_layout_get_pixel_extents (g_ptr_array_index (legend->texts, i), NULL, &extents);
      row = MAX (row, extents.height + 4);
    }

  return row;
}

static void
layout_legend (LcMapRenderer *self,
               cairo_t       *cr,
               GPtrArray     *visible,
               guint32        day,
               const Rect    *screen,
               Legend        *legend)
{
  g_autofree char *date = lc_day_format (day, FALSE);
  gboolean any_approximate;
  gboolean compact = screen->width < LEGEND_COMPACT;
  double text_width = compact ? (screen->width - 2 * MARGIN - 2 * LEGEND_PADDING) / 2 - LEGEND_SWATCH - 6
                              : 230;
  PangoRectangle extents;
  double width, height;

  legend->entries = collect_legend (self, visible, day, screen, &any_approximate);
  legend->texts = g_ptr_array_new_with_free_func (g_object_unref);
  legend->columns = compact ? 2 : 1;
  legend->title = create_layout (cr, date, 13, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  pango_layout_get_pixel_extents (legend->title, NULL, &extents);
  width = extents.width;
  height = extents.height + 6;
  legend->column_width = 0;

  for (guint i = 0; i < legend->entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (legend->entries, LegendEntry, i);
      PangoLayout *text = create_layout (cr, entry->text, compact ? 11 : 12, PANGO_WEIGHT_NORMAL,
                                         PANGO_STYLE_NORMAL);

      pango_layout_set_width (text, (int) MAX (text_width, 60) * PANGO_SCALE);
      pango_layout_set_wrap (text, PANGO_WRAP_WORD);
      pango_layout_get_pixel_extents (text, NULL, &extents);
      legend->column_width = MAX (legend->column_width, LEGEND_SWATCH + extents.width + 6);
      g_ptr_array_add (legend->texts, text);
    }
  for (guint i = 0; i < legend->entries->len; i += legend->columns)
    height += legend_row_height (legend, i);
  width = MAX (width, legend->column_width * legend->columns);

  if (any_approximate)
    {
      legend->note = create_layout (cr, _("Boundaries, routes and marked positions are approximate"),
                                    11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
      pango_layout_set_width (legend->note, (int) MAX (width, 200) * PANGO_SCALE);
      pango_layout_set_wrap (legend->note, PANGO_WRAP_WORD);
      pango_layout_get_pixel_extents (legend->note, NULL, &extents);
      width = MAX (width, extents.width);
      height += extents.height + 6;
    }

  width += 2 * LEGEND_PADDING;
  height += 2 * LEGEND_PADDING;
  legend->rect = (Rect) { screen->x + MARGIN, screen->y + screen->height - MARGIN - height,
                          width, height };
}

static void
draw_panel (cairo_t            *cr,
            const Rect         *rect,
            const LcMapPalette *palette)
{
  const double r = 8;
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  cairo_new_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  set_color (cr, &palette->panel);
  cairo_fill_preserve (cr);
  set_color (cr, &palette->panel_border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_legend (cairo_t            *cr,
             Legend             *legend,
             const LcMapPalette *palette)
{
  double x = legend->rect.x + LEGEND_PADDING, y = legend->rect.y + LEGEND_PADDING;
  PangoRectangle extents;

  draw_panel (cr, &legend->rect, palette);

  cairo_move_to (cr, x, y);
  set_color (cr, &palette->text);
  pango_cairo_show_layout (cr, legend->title);
  pango_layout_get_pixel_extents (legend->title, NULL, &extents);
  y += extents.height + 6;

  for (guint i = 0; i < legend->entries->len; i += legend->columns)
    {
      double row = legend_row_height (legend, i);

      for (guint j = i; j < MIN (i + legend->columns, legend->entries->len); j++)
        {
          PangoLayout *text = g_ptr_array_index (legend->texts, j);
          double column_x = x + (j - i) * legend->column_width;

          pango_layout_get_pixel_extents (text, NULL, &extents);
          draw_swatch (cr, &g_array_index (legend->entries, LegendEntry, j), column_x, y + row / 2,
                       palette);
          cairo_move_to (cr, column_x + LEGEND_SWATCH, y + (row - extents.height) / 2);
          set_color (cr, &palette->text);
          pango_cairo_show_layout (cr, text);
        }
      y += row;
    }

  if (legend->note != NULL)
    {
      cairo_move_to (cr, x, y + 6);
      set_color (cr, &palette->text_secondary);
      pango_cairo_show_layout (cr, legend->note);
    }
}

static double
nice_length (double km)
{
  double magnitude = pow (10, floor (log10 (km)));
  double steps[] = { 5, 2, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude <= km)
      return steps[i] * magnitude;

  return magnitude;
}

/* The scale bar and the attribution, at the right with their bottom at
 * @bottom; returns their box. */
static Rect
draw_scale_and_attribution (LcMapRenderer      *self,
                            cairo_t            *cr,
                            LcViewport         *viewport,
                            GPtrArray          *visible,
                            const Rect         *screen,
                            double              bottom,
                            gboolean            draw,
                            const LcMapPalette *palette)
{
  const double target = 120.0;
  double cx = screen->x + screen->width / 2, cy = screen->y + screen->height / 2;
  double lon0, lat0, lon1, lat1, km_per_px, km, length, right;
  g_autoptr(GPtrArray) publishers = g_ptr_array_new ();
  g_autoptr(GString) attribution_text = g_string_new (NULL);
  g_autoptr(PangoLayout) attribution = NULL;
  g_autoptr(PangoLayout) label = NULL;
  g_autofree char *km_text = NULL;
  PangoRectangle a_extents, l_extents;
  Rect box;

  /* Measured on the ground at the centre, where the conic's scale holds. */
  lc_viewport_unproject (viewport, cx - target / 2, cy, &lon0, &lat0);
  lc_viewport_unproject (viewport, cx + target / 2, cy, &lon1, &lat1);
  km_per_px = lc_distance_km (lon0, lat0, lon1, lat1) / target;
  km = nice_length (km_per_px * target);
  length = km / km_per_px;
  /* Translators: a distance on the scale bar */
  km_text = g_strdup_printf (_("%g km"), km);
  label = create_layout (cr, km_text, 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  pango_layout_get_pixel_extents (label, NULL, &l_extents);

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcSource *source = lc_feature_get_source (feature);

      if (lc_feature_get_kind (feature) == LC_FEATURE_KIND_COUNTRY && source != NULL &&
          !g_ptr_array_find_with_equal_func (publishers, lc_source_get_publisher (source),
                                             g_str_equal, NULL))
        g_ptr_array_add (publishers, (gpointer) lc_source_get_publisher (source));
    }
  for (guint i = 0; i < publishers->len; i++)
    g_string_append_printf (attribution_text, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (publishers, i));
  if (attribution_text->len > 0)
    {
      /* Translators: %s is the publishers of the base map */
      g_autofree char *text = g_strdup_printf (_("Map data: %s"), attribution_text->str);

      attribution = create_layout (cr, text, 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
    }
  a_extents = (PangoRectangle) { 0 };
  if (attribution != NULL)
    pango_layout_get_pixel_extents (attribution, NULL, &a_extents);

  right = screen->x + screen->width - MARGIN;
  box.width = MAX (length, a_extents.width) + 16;
  box.height = l_extents.height + 10 + a_extents.height + 14;
  box.x = right - box.width;
  box.y = bottom - box.height;
  if (!draw)
    return box;

  draw_panel (cr, &box, palette);
  cairo_new_path (cr);
  cairo_move_to (cr, right - 8 - length, box.y + 8 + l_extents.height + 2);
  cairo_rel_line_to (cr, 0, 5);
  cairo_rel_line_to (cr, length, 0);
  cairo_rel_line_to (cr, 0, -5);
  set_color (cr, &palette->text);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_move_to (cr, right - 8 - length, box.y + 6);
  pango_cairo_show_layout (cr, label);
  if (attribution != NULL)
    {
      cairo_move_to (cr, right - 8 - a_extents.width, bottom - 6 - a_extents.height);
      set_color (cr, &palette->text_secondary);
      pango_cairo_show_layout (cr, attribution);
    }

  return box;
}

/* A small map of the whole region with the view marked, top right, when
 * the view shows only part of it. */
static gboolean
layout_inset (LcMapRenderer *self,
              LcViewport    *viewport,
              const Rect    *screen,
              double         metres[4],
              Rect          *rect)
{
  double w, s, e, n, vw, vs, ve, vn, height;

  if (!lc_story_get_context (self->story, &w, &s, &e, &n))
    return FALSE;

  lc_projection_forward (&self->projection, w, (s + n) / 2, &metres[0], &vs);
  lc_projection_forward (&self->projection, e, (s + n) / 2, &metres[2], &vs);
  lc_projection_forward (&self->projection, (w + e) / 2, s, &vw, &metres[1]);
  lc_projection_forward (&self->projection, (w + e) / 2, n, &vw, &metres[3]);

  /* Not worth it when the view already shows most of the region. */
  lc_viewport_unproject (viewport, screen->x, screen->y, &vw, &vn);
  lc_viewport_unproject (viewport, screen->x + screen->width, screen->y + screen->height, &ve, &vs);
  if ((ve - vw) * (vn - vs) > 0.35 * (e - w) * (n - s) || screen->width < 3 * INSET_WIDTH)
    return FALSE;

  height = INSET_WIDTH * (metres[3] - metres[1]) / (metres[2] - metres[0]);
  *rect = (Rect) { screen->x + screen->width - MARGIN - INSET_WIDTH, screen->y + MARGIN,
                   INSET_WIDTH, height };
  return TRUE;
}

static void
draw_inset (LcMapRenderer      *self,
            cairo_t            *cr,
            LcViewport         *viewport,
            GPtrArray          *visible,
            const double        metres[4],
            const Rect         *rect,
            const Rect         *screen,
            const LcMapPalette *palette)
{
  double scale = rect->width / (metres[2] - metres[0]);
  guint n_main = 0;
  double corners[4][2] = {
    { screen->x, screen->y }, { screen->x + screen->width, screen->y },
    { screen->x + screen->width, screen->y + screen->height }, { screen->x, screen->y + screen->height },
  };

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  set_color (cr, &palette->water);
  cairo_paint (cr);

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      FeatureCache *cache;
      LcGeometry *geometry;
      guint start = 0;

      if (lc_feature_get_kind (feature) != LC_FEATURE_KIND_COUNTRY)
        continue;

      cache = get_cache (self, feature);
      geometry = lc_feature_get_geometry (feature);
      cairo_new_path (cr);
      for (guint part = 0; part < lc_geometry_get_n_parts (geometry); part++)
        {
          guint n_points;

          lc_geometry_get_part (geometry, part, &n_points);
          for (guint j = 0; j < n_points; j++)
            {
              const double *m = &cache->metres[2 * (start + j)];
              double x = rect->x + (m[0] - metres[0]) * scale;
              double y = rect->y + (metres[3] - m[1]) * scale;

              if (j == 0)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          cairo_close_path (cr);
          start += n_points;
        }
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      set_color (cr, is_main_country (feature) ? &palette->land_main[n_main++ % 2]
                                               : &palette->land_context);
      cairo_fill_preserve (cr);
      set_color (cr, &palette->border);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }

  /* The part of the region the view shows. */
  cairo_new_path (cr);
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double lon, lat, mx, my;

      lc_viewport_unproject (viewport, corners[i][0], corners[i][1], &lon, &lat);
      lc_projection_forward (&self->projection, lon, lat, &mx, &my);
      cairo_line_to (cr, rect->x + (mx - metres[0]) * scale, rect->y + (metres[3] - my) * scale);
    }
  cairo_close_path (cr);
  set_color (cr, &palette->corridor_blocked);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  cairo_rectangle (cr, rect->x + 0.5, rect->y + 0.5, rect->width - 1, rect->height - 1);
  set_color (cr, &palette->border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* Drawing */

/**
 * lc_map_renderer_draw:
 * @cr: where to draw, with the viewport's top-left corner at the origin
 * @viewport: what to show, how large, at which date
 *
 * Draws the map: land and water, areas, roads, places, the labels that
 * fit, the legend of what is on screen, the scale bar, a locator map
 * when zoomed in, and the attribution.
 */
void
lc_map_renderer_draw (LcMapRenderer *self,
                      cairo_t       *cr,
                      LcViewport    *viewport)
{
  const LcMapPalette *palette = lc_map_palette_get (self->dark, self->high_contrast);
  guint32 day = lc_viewport_get_day (viewport);
  Rect screen = { 0, 0, lc_viewport_get_width (viewport), lc_viewport_get_height (viewport) };
  g_autoptr(GArray) occupied = g_array_new (FALSE, FALSE, sizeof (Rect));
  g_auto(Legend) legend = { 0 };
  GPtrArray *visible;
  Rect scale_box, inset_rect;
  double inset_metres[4], scale_bottom;
  gboolean inset;

  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  sync_viewport (self, viewport);
  visible = lc_story_get_visible_features (self->story, day);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, screen.width, screen.height);
  cairo_clip (cr);
  set_color (cr, &palette->water);
  cairo_paint (cr);

  draw_countries (self, cr, visible, palette);
  draw_territories (self, cr, visible, palette);
  draw_highlights (self, cr, visible, palette);
  draw_lines (self, cr, visible, day, palette);
  draw_points (self, cr, visible, day, palette);

  layout_legend (self, cr, visible, day, &screen, &legend);
  scale_bottom = screen.height - MARGIN;
  scale_box = draw_scale_and_attribution (self, cr, viewport, visible, &screen, scale_bottom, FALSE,
                                          palette);
  /* In a narrow view the legend is wide: the scale goes above it. */
  if (rects_overlap (&scale_box, &legend.rect))
    {
      scale_bottom = legend.rect.y - 6;
      scale_box.y = scale_bottom - scale_box.height;
    }
  inset = layout_inset (self, viewport, &screen, inset_metres, &inset_rect);
  g_array_append_val (occupied, legend.rect);
  g_array_append_val (occupied, scale_box);
  if (inset)
    g_array_append_val (occupied, inset_rect);

  draw_labels (self, cr, visible, day, occupied, &screen, palette);

  draw_legend (cr, &legend, palette);
  draw_scale_and_attribution (self, cr, viewport, visible, &screen, scale_bottom, TRUE, palette);
  if (inset)
    draw_inset (self, cr, viewport, visible, inset_metres, &inset_rect, &screen, palette);
  cairo_restore (cr);
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
  LcFeature *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (LC_IS_VIEWPORT (viewport), NULL);

  sync_viewport (self, viewport);
  visible = lc_story_get_visible_features (self->story, lc_viewport_get_day (viewport));

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      FeatureCache *cache = get_cache (self, feature);

      if (!is_point_kind (kind))
        continue;
      for (guint j = 0; j < cache->n_points; j++)
        {
          double px, py, d;

          point_pixels (self, feature, j, &px, &py);
          d = hypot (px - x, py - y);
          if (d <= symbol_radius (kind) + 4 && d < best_distance)
            {
              best_distance = d;
              best = feature;
            }
        }
    }
  if (best != NULL)
    return best;

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      double d;

      if (kind != LC_FEATURE_KIND_CORRIDOR && kind != LC_FEATURE_KIND_ROAD)
        continue;
      d = distance_to_line (self, feature, x, y);
      if (d <= LINE_HIT && d < best_distance)
        {
          best_distance = d;
          best = feature;
        }
    }
  if (best != NULL)
    return best;

  /* Areas over countries; later in the file is drawn on top. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = visible->len; i > 0; i--)
      {
        LcFeature *feature = g_ptr_array_index (visible, i - 1);
        LcFeatureKind kind = lc_feature_get_kind (feature);
        gboolean wanted = pass == 0 ? (kind == LC_FEATURE_KIND_TERRITORY || kind == LC_FEATURE_KIND_ZONE)
                                    : kind == LC_FEATURE_KIND_COUNTRY;

        if (wanted && point_in_feature (self, feature, x, y))
          return feature;
      }

  return NULL;
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
  Rect screen = { 0, 0, lc_viewport_get_width (viewport), lc_viewport_get_height (viewport) };

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (LC_IS_FEATURE (feature), FALSE);

  sync_viewport (self, viewport);

  return anchor_in (self, feature, on_screen (self, feature, &screen) ? &screen : NULL, x, y);
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b)
{
  LcFeature *fa = *(LcFeature **) a, *fb = *(LcFeature **) b;
  int ka = is_point_kind (lc_feature_get_kind (fa)) ? 0 : 1;
  int kb = is_point_kind (lc_feature_get_kind (fb)) ? 0 : 1;

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
  Rect screen = { 0, 0, lc_viewport_get_width (viewport), lc_viewport_get_height (viewport) };
  GPtrArray *visible, *result = g_ptr_array_new ();

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), result);

  sync_viewport (self, viewport);
  visible = lc_story_get_visible_features (self->story, lc_viewport_get_day (viewport));
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      double x, y;

      if (on_screen (self, feature, &screen) && anchor_in (self, feature, &screen, &x, &y))
        g_ptr_array_add (result, feature);
    }
  g_ptr_array_sort (result, compare_reading_order);

  return result;
}

/**
 * lc_map_renderer_get_labels:
 * @n_labels: (out): how many
 *
 * Returns: (transfer none) (array length=n_labels): the labels the last
 *   lc_map_renderer_draw() placed; none of them overlap
 */
const LcMapLabel *
lc_map_renderer_get_labels (LcMapRenderer *self,
                            guint         *n_labels)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  *n_labels = self->labels->len;
  return (const LcMapLabel *) (gpointer) self->labels->data;
}

static const char *
kind_name (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_COUNTRY: return _("country");
    case LC_FEATURE_KIND_TERRITORY: return _("territory");
    case LC_FEATURE_KIND_ZONE: return _("zone");
    case LC_FEATURE_KIND_CORRIDOR: return _("corridor road");
    case LC_FEATURE_KIND_ROAD: return _("road");
    case LC_FEATURE_KIND_CAPITAL: return _("capital");
    case LC_FEATURE_KIND_CITY: return _("town");
    case LC_FEATURE_KIND_VILLAGE: return _("village");
    case LC_FEATURE_KIND_SITE: return _("site");
    case LC_FEATURE_KIND_MINE: return _("mine");
    case LC_FEATURE_KIND_CHECKPOINT: return _("checkpoint");
    case LC_FEATURE_KIND_BLOCKADE: return _("blockade");
    default: return "";
    }
}

static const char *
state_name (LcFeatureState state)
{
  switch (state)
    {
    case LC_FEATURE_STATE_OPEN: return _("open");
    case LC_FEATURE_STATE_BLOCKED: return _("blocked");
    case LC_FEATURE_STATE_CLOSED: return _("closed");
    case LC_FEATURE_STATE_OPERATING: return _("operating");
    case LC_FEATURE_STATE_SUSPENDED: return _("suspended");
    case LC_FEATURE_STATE_NORMAL:
    default:
      return NULL;
    }
}

/**
 * lc_map_renderer_describe_feature:
 * @day: the day whose state to tell
 *
 * A one-line description for tooltips and screen readers, such as
 * "Lachin Corridor, corridor road, blocked" or "Blockade site, blockade,
 * approximate position".
 *
 * Returns: (transfer full): the description
 */
char *
lc_map_renderer_describe_feature (LcMapRenderer *self,
                                  LcFeature     *feature,
                                  guint32        day)
{
  g_autofree char *name = NULL;
  const char *state;
  GString *text;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (LC_IS_FEATURE (feature), NULL);

  name = lc_feature_dup_display_name (feature, self->names);
  state = state_name (lc_feature_get_state_at (feature, day));
  /* Translators: a map feature's name and kind, e.g. "Goris, town" */
  text = g_string_new (NULL);
  g_string_printf (text, _("%s, %s"), name, kind_name (lc_feature_get_kind (feature)));
  if (state != NULL)
    g_string_append_printf (text, _(", %s"), state);
  if (lc_feature_get_approximate (feature))
    g_string_append (text, is_point_kind (lc_feature_get_kind (feature))
                           ? _(", approximate position") : _(", approximate"));

  return g_string_free (text, FALSE);
}

/* The object */

/**
 * lc_map_renderer_setup_viewport:
 *
 * Gives @viewport the projection this story is drawn in.
 */
void
lc_map_renderer_setup_viewport (LcMapRenderer *self,
                                LcViewport    *viewport)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  lc_viewport_set_projection (viewport, &self->projection);
}

/**
 * lc_map_renderer_reset_view:
 *
 * Shows the story's own view in @viewport, at its size.
 */
void
lc_map_renderer_reset_view (LcMapRenderer *self,
                            LcViewport    *viewport)
{
  double w, s, e, n;

  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  lc_map_renderer_setup_viewport (self, viewport);
  lc_story_get_view (self->story, &w, &s, &e, &n);
  lc_viewport_fit_bounds (viewport, w, s, e, n, 0);
}

static void
lc_map_renderer_dispose (GObject *object)
{
  LcMapRenderer *self = (LcMapRenderer *)object;

  g_clear_object (&self->selected);
  g_clear_object (&self->hovered);
  g_clear_pointer (&self->highlighted, g_ptr_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_object (&self->story);

  G_OBJECT_CLASS (lc_map_renderer_parent_class)->dispose (object);
}

static void
lc_map_renderer_finalize (GObject *object)
{
  LcMapRenderer *self = (LcMapRenderer *)object;

  g_clear_pointer (&self->labels, g_array_unref);

  G_OBJECT_CLASS (lc_map_renderer_parent_class)->finalize (object);
}

static void
lc_map_renderer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LcMapRenderer *self = LC_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    case PROP_PLACE_NAMES:
      g_value_set_int (value, self->names);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_HOVERED:
      g_value_set_object (value, self->hovered);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_story (LcMapRenderer *self,
           LcStory       *story)
{
  double w, s, e, n;

  self->story = g_object_ref (story);
  /* The projection fits the whole region, so the locator shares it. */
  if (!lc_story_get_context (story, &w, &s, &e, &n))
    lc_story_get_view (story, &w, &s, &e, &n);
  lc_projection_init_for_box (&self->projection, w, s, e, n);
}

static void
lc_map_renderer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LcMapRenderer *self = LC_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_STORY:
      set_story (self, g_value_get_object (value));
      break;

    case PROP_DARK:
      lc_map_renderer_set_dark (self, g_value_get_boolean (value));
      break;

    case PROP_PLACE_NAMES:
      lc_map_renderer_set_place_names (self, g_value_get_int (value));
      break;

    case PROP_SELECTED:
      lc_map_renderer_set_selected (self, g_value_get_object (value));
      break;

    case PROP_HOVERED:
      lc_map_renderer_set_hovered (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_map_renderer_class_init (LcMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lc_map_renderer_dispose;
  object_class->finalize = lc_map_renderer_finalize;
  object_class->get_property = lc_map_renderer_get_property;
  object_class->set_property = lc_map_renderer_set_property;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] = g_param_spec_boolean ("dark", NULL, NULL, FALSE, flags);
  properties[PROP_PLACE_NAMES] =
    g_param_spec_int ("place-names", NULL, NULL, LC_PLACE_NAMES_BOTH, LC_PLACE_NAMES_AZERBAIJANI,
                      LC_PLACE_NAMES_BOTH, flags);
  properties[PROP_SELECTED] = g_param_spec_object ("selected", NULL, NULL, LC_TYPE_FEATURE, flags);
  properties[PROP_HOVERED] = g_param_spec_object ("hovered", NULL, NULL, LC_TYPE_FEATURE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_map_renderer_init (LcMapRenderer *self)
{
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, feature_cache_free);
  self->labels = g_array_new (FALSE, FALSE, sizeof (LcMapLabel));
}

/**
 * lc_map_renderer_new:
 *
 * Returns: (transfer full): a renderer for @story
 */
LcMapRenderer *
lc_map_renderer_new (LcStory *story)
{
  g_return_val_if_fail (LC_IS_STORY (story), NULL);

  return g_object_new (LC_TYPE_MAP_RENDERER, "story", story, NULL);
}

/**
 * lc_map_renderer_get_story:
 *
 * Returns: (transfer none): the story drawn
 */
LcStory *
lc_map_renderer_get_story (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  return self->story;
}

gboolean
lc_map_renderer_get_dark (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  return self->dark;
}

/**
 * lc_map_renderer_set_dark:
 *
 * Chooses the dark palette, for the dark style.
 */
void
lc_map_renderer_set_dark (LcMapRenderer *self,
                          gboolean       dark)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

LcPlaceNames
lc_map_renderer_get_place_names (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), LC_PLACE_NAMES_BOTH);

  return self->names;
}

/**
 * lc_map_renderer_set_place_names:
 *
 * Chooses whose names label disputed places.
 */
void
lc_map_renderer_set_place_names (LcMapRenderer *self,
                                 LcPlaceNames   names)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  if (self->names == names)
    return;

  self->names = names;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/**
 * lc_map_renderer_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected feature
 */
LcFeature *
lc_map_renderer_get_selected (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  return self->selected;
}

void
lc_map_renderer_set_selected (LcMapRenderer *self,
                              LcFeature     *feature)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  if (g_set_object (&self->selected, feature))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * lc_map_renderer_get_hovered:
 *
 * Returns: (transfer none) (nullable): the feature under the pointer
 */
LcFeature *
lc_map_renderer_get_hovered (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  return self->hovered;
}

void
lc_map_renderer_set_hovered (LcMapRenderer *self,
                             LcFeature     *feature)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  if (g_set_object (&self->hovered, feature))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED]);
}

/**
 * lc_map_renderer_set_highlighted:
 * @features: (nullable) (element-type LcFeature): features to mark, such
 *   as the places a selected statement mentions
 */
void
lc_map_renderer_set_highlighted (LcMapRenderer *self,
                                 GPtrArray     *features)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  g_clear_pointer (&self->highlighted, g_ptr_array_unref);
  if (features != NULL)
    self->highlighted = g_ptr_array_ref (features);
}

/**
 * lc_map_renderer_set_high_contrast:
 *
 * Chooses the high contrast palette, for the high contrast style.
 */
void
lc_map_renderer_set_high_contrast (LcMapRenderer *self,
                                   gboolean       high_contrast)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  self->high_contrast = !!high_contrast;
}

gboolean
lc_map_renderer_get_high_contrast (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  return self->high_contrast;
}
