/* lc-map-renderer-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "lc-map-renderer.h"
#include "lc-map-style.h"

/*
 * Between the files of LcMapRenderer, one a concern:
 *
 *   lc-map-renderer.c  the object, and the order of a frame's layers
 *   lc-map-paths.c     geometry in metres and in pixels (the caches)
 *   lc-map-layers.c    countries, areas, routes, highlights
 *   lc-map-symbols.c   the places' symbols
 *   lc-map-labels.c    label placement, and descriptions of features
 *   lc-map-legend.c    legend, scale bar and attribution, locator inset
 *   lc-map-hit.c       what is where: hit testing, anchors, on screen
 *   lc-map-style.c     the palettes and the ways of painting with them
 */

G_BEGIN_DECLS

#define LC_MAP_MARGIN            12.0 /* pixels between the panels and the edge */
#define LC_MAP_MAIN_COUNTRY_RANK 2    /* countries ranked this high are the story's own */

typedef struct
{
  double x, y, width, height;
} LcMapRect;

/* A feature's points projected to metres, and its path in pixels. */
typedef struct
{
  double       *metres;  /* x, y of every point */
  guint         n_points;
  cairo_path_t *path;    /* in pixels, for the current transform */
} LcMapFeatureCache;

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
  GHashTable    *cache;       /* LcFeature → LcMapFeatureCache */
  double         transform[3]; /* scale, offset x, offset y the paths are for */
  GArray        *labels;      /* LcMapLabel */
};

/* The panels' layout, made before the labels so they keep out of it. */
typedef struct
{
  GArray      *entries;
  PangoLayout *title;
  PangoLayout *note;
  GPtrArray   *texts;
  guint        columns;
  double       column_width;
  LcMapRect    rect;
} LcMapLegend;

static inline gboolean
lc_map_rects_overlap (const LcMapRect *a,
                      const LcMapRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static inline gboolean
lc_map_is_main_country (LcFeature *feature)
{
  return lc_feature_get_rank (feature) <= LC_MAP_MAIN_COUNTRY_RANK;
}

static inline void
lc_map_renderer_to_pixels (LcMapRenderer *self,
                           const double  *metres,
                           double        *x,
                           double        *y)
{
  *x = self->transform[1] + metres[0] * self->transform[0];
  *y = self->transform[2] - metres[1] * self->transform[0];
}

/* lc-map-paths.c */
void               lc_map_feature_cache_free        (gpointer            data);
LcMapFeatureCache *lc_map_renderer_get_cache        (LcMapRenderer      *self,
                                                     LcFeature          *feature);
void               lc_map_renderer_sync_viewport    (LcMapRenderer      *self,
                                                     LcViewport         *viewport);
void               lc_map_renderer_append_path      (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     LcFeature          *feature);
void               lc_map_renderer_point_pixels     (LcMapRenderer      *self,
                                                     LcFeature          *feature,
                                                     guint               index,
                                                     double             *x,
                                                     double             *y);

/* lc-map-layers.c */
void               lc_map_renderer_draw_countries   (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     const LcMapPalette *palette);
void               lc_map_renderer_draw_territories (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     const LcMapPalette *palette);
void               lc_map_renderer_draw_lines       (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     guint32             day,
                                                     const LcMapPalette *palette);
void               lc_map_renderer_draw_highlights  (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     const LcMapPalette *palette);

/* lc-map-symbols.c */
double             lc_map_symbol_radius             (LcFeatureKind       kind);
gboolean           lc_map_is_point_kind             (LcFeatureKind       kind);
gboolean           lc_map_is_stopped                (LcFeatureState      state);
void               lc_map_draw_symbol               (cairo_t            *cr,
                                                     LcFeatureKind       kind,
                                                     LcFeatureState      state,
                                                     double              x,
                                                     double              y,
                                                     const LcMapPalette *palette);
void               lc_map_renderer_draw_points      (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     guint32             day,
                                                     const LcMapPalette *palette);

/* lc-map-labels.c */
void               lc_map_renderer_draw_labels      (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     guint32             day,
                                                     GArray             *occupied,
                                                     const LcMapRect    *screen,
                                                     const LcMapPalette *palette);

/* lc-map-legend.c */
void               lc_map_legend_clear              (LcMapLegend        *legend);
void               lc_map_renderer_layout_legend    (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     GPtrArray          *visible,
                                                     guint32             day,
                                                     const LcMapRect    *screen,
                                                     LcMapLegend        *legend);
void               lc_map_draw_legend               (cairo_t            *cr,
                                                     LcMapLegend        *legend,
                                                     const LcMapPalette *palette);
LcMapRect          lc_map_renderer_draw_scale       (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     LcViewport         *viewport,
                                                     GPtrArray          *visible,
                                                     const LcMapRect    *screen,
                                                     double              bottom,
                                                     gboolean            draw,
                                                     const LcMapPalette *palette);
gboolean           lc_map_renderer_layout_inset     (LcMapRenderer      *self,
                                                     LcViewport         *viewport,
                                                     const LcMapRect    *screen,
                                                     double              metres[4],
                                                     LcMapRect          *rect);
void               lc_map_renderer_draw_inset       (LcMapRenderer      *self,
                                                     cairo_t            *cr,
                                                     LcViewport         *viewport,
                                                     GPtrArray          *visible,
                                                     const double        metres[4],
                                                     const LcMapRect    *rect,
                                                     const LcMapRect    *screen,
                                                     const LcMapPalette *palette);

/* lc-map-hit.c */
gboolean           lc_map_renderer_on_screen        (LcMapRenderer      *self,
                                                     LcFeature          *feature,
                                                     const LcMapRect    *screen);
gboolean           lc_map_renderer_anchor_in        (LcMapRenderer      *self,
                                                     LcFeature          *feature,
                                                     const LcMapRect    *clip,
                                                     double             *x,
                                                     double             *y);

/* lc-map-style.c */
void               lc_map_set_color                 (cairo_t            *cr,
                                                     const LcColor      *color);
void               lc_map_set_color_alpha           (cairo_t            *cr,
                                                     const LcColor      *color,
                                                     double              alpha);
PangoLayout       *lc_map_create_layout             (cairo_t            *cr,
                                                     const char         *text,
                                                     double              size,
                                                     PangoWeight         weight,
                                                     PangoStyle          style);
void               lc_map_show_layout_with_halo     (cairo_t            *cr,
                                                     PangoLayout        *layout,
                                                     double              x,
                                                     double              y,
                                                     const LcMapPalette *palette,
                                                     const LcColor      *color);
cairo_pattern_t   *lc_map_create_hatch              (const LcColor      *color);
void               lc_map_draw_panel                (cairo_t            *cr,
                                                     const LcMapRect    *rect,
                                                     const LcMapPalette *palette);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcMapLegend, lc_map_legend_clear)

G_END_DECLS
