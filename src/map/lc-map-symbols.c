/* lc-map-symbols.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The places' symbols, on the map and in the legend. */

#include "config.h"

#include <math.h>

#include "lc-map-renderer-private.h"

double
lc_map_symbol_radius (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_CAPITAL: return 6.0;
    case LC_FEATURE_KIND_CITY: return 4.5;
    case LC_FEATURE_KIND_VILLAGE: return 3.0;
    case LC_FEATURE_KIND_MINE: return 7.0;
    case LC_FEATURE_KIND_BLOCKADE: return 9.0;
    case LC_FEATURE_KIND_CHECKPOINT:
    default:
      return 5.0;
    }
}

gboolean
lc_map_is_stopped (LcFeatureState state)
{
  return state == LC_FEATURE_STATE_SUSPENDED || state == LC_FEATURE_STATE_CLOSED ||
         state == LC_FEATURE_STATE_BLOCKED;
}

/* Fills the current path with @fill and strokes it with @ring. */
static void
fill_and_ring (cairo_t       *cr,
               const LcColor *fill,
               const LcColor *ring,
               double         width)
{
  lc_map_set_color (cr, fill);
  cairo_fill_preserve (cr);
  lc_map_set_color (cr, ring);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
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
  gboolean active = !lc_map_is_stopped (state);

  cairo_new_path (cr);
  cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
  fill_and_ring (cr, state == LC_FEATURE_STATE_OPERATING ? &palette->mine :
                     active ? &palette->point : &palette->inactive,
                 &palette->point_ring, 1.5);

  lc_map_set_color (cr, &palette->point_ring);
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
  fill_and_ring (cr, &palette->blockade, &palette->point_ring, 2.0);
  cairo_rectangle (cr, x - r * 0.6, y - r * 0.2, r * 1.2, r * 0.4);
  cairo_fill (cr);
}

void
lc_map_draw_symbol (cairo_t            *cr,
                    LcFeatureKind       kind,
                    LcFeatureState      state,
                    double              x,
                    double              y,
                    const LcMapPalette *palette)
{
  double r = lc_map_symbol_radius (kind);

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
      fill_and_ring (cr, &palette->point_ring, &palette->point, 2.0);
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
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }

  fill_and_ring (cr, &palette->point, &palette->point_ring, 1.5);
}

gboolean
lc_map_wants_point (LcMapRenderer *self,
                    LcFeature     *feature)
{
  return lc_map_is_point_kind (lc_feature_get_kind (feature));
}

typedef struct
{
  LcFeatureKind  kind;
  LcFeatureState state;
  double         x, y;
} Symbol;

static void
draw_symbol (const LcMapFrame *frame,
             gpointer          data)
{
  Symbol *symbol = data;

  lc_map_draw_symbol (frame->cr, symbol->kind, symbol->state, symbol->x, symbol->y,
                      frame->palette);
}

/* A place's symbol at each of its points, for its state on the day. The
 * widget keeps each drawn in an image: a day or a view moved by whole
 * pixels paints it from there, and so does a moving view, to the nearest
 * device pixel, as the labels' text. */
void
lc_map_renderer_draw_point (LcMapRenderer *self,
                            LcMapFrame    *frame,
                            LcFeature     *feature)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
  Symbol symbol = { lc_feature_get_kind (feature), lc_feature_get_state_at (feature, frame->day) };
  double r = lc_map_symbol_radius (symbol.kind) + 2; /* the ring, its corners */
  g_autoptr(GBytes) key = NULL;

  if (self->cache_scale > 0 && cache->symbols == NULL)
    cache->symbols = g_new0 (LcMapPanelImage, cache->n_points);
  if (self->cache_scale > 0)
    key = g_bytes_new (&symbol, G_STRUCT_OFFSET (Symbol, x));

  for (guint j = 0; j < cache->n_points; j++)
    {
      lc_map_renderer_point_pixels (self, feature, j, &symbol.x, &symbol.y);
      if (self->cache_scale > 0)
        lc_map_panel_image_paint (&cache->symbols[j], frame,
                                  &(LcMapRect) { symbol.x - r, symbol.y - r, 2 * r, 2 * r },
                                  self->cache_scale, key, self->moving, draw_symbol, &symbol);
      else
        draw_symbol (frame, &symbol);
    }
}
