/* lc-map-layers.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The layers under the places: countries, areas, faded features, routes
 * and highlights. Each function draws one feature;
 * lc_map_renderer_draw_layer() calls it for every feature of its layer,
 * in the story's drawing order. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define LAYER_MARGIN 16.0 /* pixels a feature's drawing may reach past its points */

/**
 * lc_map_renderer_draw_layer:
 * @features: (element-type LcFeature): the frame's visible or faded ones
 * @wanted: which features belong to the layer
 * @draw: draws one of them
 *
 * Draws a layer of the frame: every one of @features @wanted accepts.
 */
void
lc_map_renderer_draw_layer (LcMapRenderer *self,
                            LcMapFrame    *frame,
                            GPtrArray     *features,
                            LcMapWantFunc  wanted,
                            LcMapDrawFunc  draw)
{
  for (guint i = 0; i < features->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (features, i);

      /* Nothing off screen is drawn. */
      if (wanted (self, feature) &&
          lc_map_renderer_near_screen (self, feature, &frame->screen, LAYER_MARGIN))
        draw (self, frame, feature);
    }
}

/* Areas */

gboolean
lc_map_wants_country (LcMapRenderer *self,
                      LcFeature     *feature)
{
  return lc_feature_get_kind (feature) == LC_FEATURE_KIND_COUNTRY;
}

/* The story's own countries alternate two tints; the others are context. */
void
lc_map_renderer_draw_country (LcMapRenderer *self,
                              LcMapFrame    *frame,
                              LcFeature     *feature)
{
  const LcMapPalette *palette = frame->palette;
  gboolean main = lc_map_is_main_country (feature);

  cairo_new_path (frame->cr);
  lc_map_renderer_append_path (self, frame->cr, feature);
  cairo_set_fill_rule (frame->cr, CAIRO_FILL_RULE_EVEN_ODD);
  lc_map_set_color (frame->cr, main ? &palette->land_main[frame->n_main++ % 2]
                                    : &palette->land_context);
  cairo_fill_preserve (frame->cr);
  lc_map_set_color (frame->cr, &palette->border);
  cairo_set_line_width (frame->cr, main ? 1.2 : 0.8);
  cairo_stroke (frame->cr);
}

gboolean
lc_map_wants_area (LcMapRenderer *self,
                   LcFeature     *feature)
{
  return lc_map_is_area_kind (lc_feature_get_kind (feature));
}

/* Hatched, with an approximate outline dashed. */
void
lc_map_renderer_draw_area (LcMapRenderer *self,
                           LcMapFrame    *frame,
                           LcFeature     *feature)
{
  const LcColor *territory = &frame->palette->territory;
  cairo_t *cr = frame->cr;
  double dash[] = { 5.0, 3.0 };

  cairo_new_path (cr);
  lc_map_renderer_append_path (self, cr, feature);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  lc_map_set_color_alpha (cr, territory, 0.12);
  cairo_fill_preserve (cr);
  cairo_set_source (cr, lc_map_renderer_get_hatch (self, territory));
  cairo_fill_preserve (cr);

  lc_map_set_color (cr, territory);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dash, lc_feature_get_approximate (feature) ? 2 : 0, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/**
 * lc_map_renderer_get_hatch:
 *
 * Returns: (transfer none): the areas' hatching in @color, made once and
 *   anchored to the map, so that it moves with the map as the view moves
 */
cairo_pattern_t *
lc_map_renderer_get_hatch (LcMapRenderer *self,
                           const LcColor *color)
{
  cairo_matrix_t matrix;

  if (self->hatch == NULL || memcmp (&self->hatch_color, color, sizeof *color) != 0)
    {
      g_clear_pointer (&self->hatch, cairo_pattern_destroy);
      self->hatch = lc_map_create_hatch (color);
      self->hatch_color = *color;
    }
  cairo_matrix_init_translate (&matrix, -fmod (self->transform[1], LC_MAP_HATCH_SIZE),
                               -fmod (self->transform[2], LC_MAP_HATCH_SIZE));
  cairo_pattern_set_matrix (self->hatch, &matrix);

  return self->hatch;
}

/* Lines */

static void
draw_blocked_marks (LcMapRenderer      *self,
                    cairo_t            *cr,
                    LcFeature          *feature,
                    const LcMapPalette *palette)
{
  LcMapShape *shape = lc_map_renderer_get_shape (self, feature);
  const double spacing = 34.0, size = 4.0;
  double travelled = spacing / 2;

  /* Crosses along the line, so "blocked" reads without colour. */
  cairo_set_line_width (cr, 2.0);
  for (guint i = 1; i < shape->n_points; i++)
    {
      double x0, y0, x1, y1, length;

      lc_map_renderer_to_pixels (self, &shape->metres[2 * (i - 1)], &x0, &y0);
      lc_map_renderer_to_pixels (self, &shape->metres[2 * i], &x1, &y1);
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
  lc_map_set_color (cr, &palette->casing);
  cairo_set_line_width (cr, 4.5);
  cairo_stroke_preserve (cr);
  lc_map_set_color (cr, &palette->corridor_blocked);
  cairo_set_line_width (cr, 2.2);
  cairo_stroke (cr);
}

gboolean
lc_map_wants_line (LcMapRenderer *self,
                   LcFeature     *feature)
{
  return lc_map_is_line_kind (lc_feature_get_kind (feature));
}

/* A cased line; blocked is dashed and crossed, open is solid. */
void
lc_map_renderer_draw_line (LcMapRenderer *self,
                           LcMapFrame    *frame,
                           LcFeature     *feature)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  LcFeatureState state = lc_feature_get_state_at (feature, frame->day);
  const LcMapPalette *palette = frame->palette;
  gboolean stopped = state == LC_FEATURE_STATE_BLOCKED || state == LC_FEATURE_STATE_CLOSED;
  gboolean corridor = kind == LC_FEATURE_KIND_CORRIDOR;
  cairo_t *cr = frame->cr;
  double dash[] = { 7.0, 5.0 };

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  cairo_new_path (cr);
  lc_map_renderer_append_path (self, cr, feature);
  lc_map_set_color (cr, &palette->casing);
  cairo_set_line_width (cr, corridor ? 7.0 : 4.0);
  cairo_stroke_preserve (cr);

  if (stopped)
    lc_map_set_color (cr, &palette->corridor_blocked);
  else
    lc_map_set_color (cr, corridor ? &palette->corridor_open : &palette->road);
  cairo_set_line_width (cr, corridor ? 4.0 : 2.0);
  cairo_set_dash (cr, dash, stopped ? 2 : 0, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  if (stopped)
    draw_blocked_marks (self, cr, feature, palette);
}

/* A disc of @radius at each of the feature's points, in the current path. */
static void
append_discs (LcMapRenderer *self,
              cairo_t       *cr,
              LcFeature     *feature,
              double         radius)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);

  for (guint j = 0; j < cache->n_points; j++)
    {
      double x, y;

      lc_map_renderer_point_pixels (self, feature, j, &x, &y);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
    }
}

/* Faded: closed routes, and what the day names before it exists */

#define FADED_ALPHA 0.55

gboolean
lc_map_wants_faded (LcMapRenderer *self,
                    LcFeature     *feature)
{
  return TRUE;
}

/* Thin, dashed and pale, with no state: a trace of what was or will be. */
void
lc_map_renderer_draw_faded (LcMapRenderer *self,
                            LcMapFrame    *frame,
                            LcFeature     *feature)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  const LcMapPalette *palette = frame->palette;
  cairo_t *cr = frame->cr;
  double dash[] = { 4.0, 4.0 };

  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (lc_map_is_point_kind (kind))
    {
      append_discs (self, cr, feature, lc_map_symbol_radius (kind));
      lc_map_set_color_alpha (cr, &palette->casing, FADED_ALPHA);
      cairo_fill_preserve (cr);
      lc_map_set_color_alpha (cr, &palette->point, FADED_ALPHA);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      return;
    }

  lc_map_renderer_append_path (self, cr, feature);
  if (lc_map_is_area_kind (kind))
    {
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      lc_map_set_color_alpha (cr, &palette->territory, 0.06);
      cairo_fill_preserve (cr);
    }
  else
    {
      lc_map_set_color_alpha (cr, &palette->casing, FADED_ALPHA);
      cairo_set_line_width (cr, 5.0);
      cairo_stroke_preserve (cr);
    }
  lc_map_set_color_alpha (cr, lc_map_is_area_kind (kind) ? &palette->territory : &palette->road,
                          lc_map_is_area_kind (kind) ? FADED_ALPHA : 1.0);
  cairo_set_line_width (cr, lc_map_is_area_kind (kind) ? 1.2 : 2.5);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Highlights */

gboolean
lc_map_wants_highlight (LcMapRenderer *self,
                        LcFeature     *feature)
{
  return feature == self->selected || feature == self->hovered ||
         (self->highlighted != NULL && g_ptr_array_find (self->highlighted, feature, NULL));
}

/* A halo under the feature: a disc under each point, a wide stroke
 * along a line or round an area. */
void
lc_map_renderer_draw_highlight (LcMapRenderer *self,
                                LcMapFrame    *frame,
                                LcFeature     *feature)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  cairo_t *cr = frame->cr;

  cairo_new_path (cr);
  lc_map_set_color (cr, &frame->palette->highlight);
  if (lc_map_is_point_kind (kind))
    {
      append_discs (self, cr, feature, lc_map_symbol_radius (kind) + 5.0);
      cairo_fill (cr);
      return;
    }

  lc_map_renderer_append_path (self, cr, feature);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, lc_map_is_line_kind (kind) ? 13.0 : 4.0);
  cairo_stroke (cr);
}
