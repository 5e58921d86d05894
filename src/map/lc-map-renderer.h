/* lc-map-renderer.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "lc-story.h"
#include "lc-viewport.h"

G_BEGIN_DECLS

/**
 * LcMapRect:
 *
 * A box on the map, in pixels from the viewport's top-left corner.
 */
typedef struct _LcMapRect
{
  double x;
  double y;
  double width;
  double height;
} LcMapRect;

/**
 * LcMapLabel:
 * @feature: the feature labelled
 * @x: left edge of the label, pixels
 * @y: top edge
 * @width: width in pixels
 * @height: height in pixels
 * @text: what it says, its lines separated by newlines
 * @key: whether it is one of the story's key labels, placed first
 *
 * A label the last drawing placed.
 */
typedef struct _LcMapLabel
{
  LcFeature *feature;
  double     x;
  double     y;
  double     width;
  double     height;
  char      *text;
  gboolean   key;
} LcMapLabel;

#define LC_TYPE_MAP_RENDERER (lc_map_renderer_get_type ())

G_DECLARE_FINAL_TYPE (LcMapRenderer, lc_map_renderer, LC, MAP_RENDERER, GObject)

LcMapRenderer    *lc_map_renderer_new                 (LcStory       *story);
LcMapRenderer    *lc_map_renderer_copy                (LcMapRenderer *self);
LcStory          *lc_map_renderer_get_story           (LcMapRenderer *self);
gboolean          lc_map_renderer_get_dark            (LcMapRenderer *self);
void              lc_map_renderer_set_dark            (LcMapRenderer *self,
                                                       gboolean       dark);
gboolean          lc_map_renderer_get_high_contrast   (LcMapRenderer *self);
void              lc_map_renderer_set_high_contrast   (LcMapRenderer *self,
                                                       gboolean       high_contrast);
LcPlaceNames      lc_map_renderer_get_place_names     (LcMapRenderer *self);
void              lc_map_renderer_set_place_names     (LcMapRenderer *self,
                                                       LcPlaceNames   names);
LcFeature        *lc_map_renderer_get_selected        (LcMapRenderer *self);
void              lc_map_renderer_set_selected        (LcMapRenderer *self,
                                                       LcFeature     *feature);
LcFeature        *lc_map_renderer_get_hovered         (LcMapRenderer *self);
void              lc_map_renderer_set_hovered         (LcMapRenderer *self,
                                                       LcFeature     *feature);
gboolean          lc_map_renderer_get_legend_expanded (LcMapRenderer *self);
void              lc_map_renderer_set_legend_expanded (LcMapRenderer *self,
                                                       gboolean       expanded);
int               lc_map_renderer_get_cache_scale     (LcMapRenderer *self);
void              lc_map_renderer_set_cache_scale     (LcMapRenderer *self,
                                                       int            scale);
gboolean          lc_map_renderer_get_moving          (LcMapRenderer *self);
void              lc_map_renderer_set_moving          (LcMapRenderer *self,
                                                       gboolean       moving);
void              lc_map_renderer_set_covered         (LcMapRenderer   *self,
                                                       const LcMapRect *areas,
                                                       guint            n_areas);
void              lc_map_renderer_set_highlighted     (LcMapRenderer *self,
                                                       GPtrArray     *features);
void              lc_map_renderer_setup_viewport      (LcMapRenderer *self,
                                                       LcViewport    *viewport);
void              lc_map_renderer_reset_view          (LcMapRenderer *self,
                                                       LcViewport    *viewport);
void              lc_map_renderer_draw                (LcMapRenderer *self,
                                                       cairo_t       *cr,
                                                       LcViewport    *viewport);
gboolean          lc_map_renderer_draw_body           (LcMapRenderer *self,
                                                       cairo_t       *cr,
                                                       LcViewport    *viewport,
                                                       GBytes       **key);
gboolean          lc_map_renderer_get_title_box       (LcMapRenderer *self,
                                                       LcMapRect     *box);
void              lc_map_renderer_draw_title          (LcMapRenderer *self,
                                                       cairo_t       *cr);
void              lc_map_renderer_get_page_margins    (LcMapRenderer *self,
                                                       guint32        day,
                                                       double         width,
                                                       double        *top,
                                                       double        *bottom);
void              lc_map_renderer_draw_page           (LcMapRenderer *self,
                                                       cairo_t       *cr,
                                                       LcViewport    *viewport);
LcFeature        *lc_map_renderer_hit_test            (LcMapRenderer *self,
                                                       LcViewport    *viewport,
                                                       double         x,
                                                       double         y);
gboolean          lc_map_renderer_get_anchor          (LcMapRenderer *self,
                                                       LcViewport    *viewport,
                                                       LcFeature     *feature,
                                                       double        *x,
                                                       double        *y);
GPtrArray        *lc_map_renderer_dup_features_on_screen (LcMapRenderer *self,
                                                       LcViewport    *viewport);
GPtrArray        *lc_map_renderer_get_focus           (LcMapRenderer *self,
                                                       guint32        day);
GPtrArray        *lc_map_renderer_get_faded           (LcMapRenderer *self,
                                                       guint32        day);
const LcMapRect  *lc_map_renderer_get_panels          (LcMapRenderer *self,
                                                       guint         *n_panels);
const LcMapLabel *lc_map_renderer_get_labels          (LcMapRenderer *self,
                                                       guint         *n_labels);
char             *lc_map_renderer_describe_feature    (LcMapRenderer *self,
                                                       LcFeature     *feature,
                                                       guint32        day);
char             *lc_map_dup_feature_facts            (LcFeature     *feature,
                                                       guint32        day);

G_END_DECLS
