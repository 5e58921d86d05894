/* lc-map-layers.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The layers under the places: countries, areas, routes and highlights. */

#include "config.h"

#include <math.h>

#include "lc-map-renderer-private.h"

/* Areas */

void
lc_map_renderer_draw_countries (LcMapRenderer      *self,
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
      lc_map_renderer_append_path (self, cr, feature);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      if (lc_map_is_main_country (feature))
        lc_map_set_color (cr, &palette->land_main[n_main++ % 2]);
      else
        lc_map_set_color (cr, &palette->land_context);
      cairo_fill_preserve (cr);
      lc_map_set_color (cr, &palette->border);
      cairo_set_line_width (cr, lc_map_is_main_country (feature) ? 1.2 : 0.8);
      cairo_stroke (cr);
    }
}

void
lc_map_renderer_draw_territories (LcMapRenderer      *self,
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
      lc_map_renderer_append_path (self, cr, feature);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      lc_map_set_color_alpha (cr, &palette->territory, 0.12);
      cairo_fill_preserve (cr);
      hatch = lc_map_create_hatch (&palette->territory);
      cairo_set_source (cr, hatch);
      cairo_fill_preserve (cr);
      cairo_pattern_destroy (hatch);

      lc_map_set_color (cr, &palette->territory);
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
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
  const double spacing = 34.0, size = 4.0;
  double travelled = spacing / 2;

  /* Crosses along the line, so "blocked" reads without colour. */
  cairo_set_line_width (cr, 2.0);
  for (guint i = 1; i < cache->n_points; i++)
    {
      double x0, y0, x1, y1, length;

      lc_map_renderer_to_pixels (self, &cache->metres[2 * (i - 1)], &x0, &y0);
      lc_map_renderer_to_pixels (self, &cache->metres[2 * i], &x1, &y1);
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

void
lc_map_renderer_draw_lines (LcMapRenderer      *self,
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
      lc_map_renderer_append_path (self, cr, feature);
      lc_map_set_color (cr, &palette->casing);
      cairo_set_line_width (cr, kind == LC_FEATURE_KIND_CORRIDOR ? 7.0 : 4.0);
      cairo_stroke_preserve (cr);

      if (kind == LC_FEATURE_KIND_ROAD)
        lc_map_set_color (cr, stopped ? &palette->corridor_blocked : &palette->road);
      else
        lc_map_set_color (cr, stopped ? &palette->corridor_blocked : &palette->corridor_open);
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

static gboolean
is_highlighted (LcMapRenderer *self,
                LcFeature     *feature)
{
  return feature == self->selected || feature == self->hovered ||
         (self->highlighted != NULL && g_ptr_array_find (self->highlighted, feature, NULL));
}

void
lc_map_renderer_draw_highlights (LcMapRenderer      *self,
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
      if (lc_map_is_point_kind (kind))
        {
          LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);

          for (guint j = 0; j < cache->n_points; j++)
            {
              double x, y;

              lc_map_renderer_point_pixels (self, feature, j, &x, &y);
              cairo_new_sub_path (cr);
              cairo_arc (cr, x, y, lc_map_symbol_radius (kind) + 5.0, 0, 2 * G_PI);
            }
          lc_map_set_color (cr, &palette->highlight);
          cairo_fill (cr);
          continue;
        }

      lc_map_renderer_append_path (self, cr, feature);
      lc_map_set_color (cr, &palette->highlight);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_width (cr, kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_ROAD
                                ? 13.0 : 4.0);
      cairo_stroke (cr);
    }
}
