/* lc-map-view.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-map-renderer.h"
#include "lc-story.h"
#include "lc-viewport.h"

G_BEGIN_DECLS

/**
 * LcLegendMode:
 * @LC_LEGEND_MODE_AUTOMATIC: expanded where the map has room for it,
 *   collapsed where space is short
 * @LC_LEGEND_MODE_EXPANDED: the reader expanded it
 * @LC_LEGEND_MODE_COLLAPSED: the reader collapsed it
 *
 * Whether the map's legend is shown: one preference, the `legend`
 * settings key and the map's legend button.
 */
typedef enum
{
  LC_LEGEND_MODE_AUTOMATIC,
  LC_LEGEND_MODE_EXPANDED,
  LC_LEGEND_MODE_COLLAPSED,
} LcLegendMode;

#define LC_TYPE_LEGEND_MODE (lc_legend_mode_get_type ())
GType lc_legend_mode_get_type (void) G_GNUC_CONST;

#define LC_TYPE_MAP_VIEW (lc_map_view_get_type ())

G_DECLARE_FINAL_TYPE (LcMapView, lc_map_view, LC, MAP_VIEW, GtkWidget)

GtkWidget     *lc_map_view_new                  (void);
LcStory       *lc_map_view_get_story            (LcMapView   *self);
void           lc_map_view_set_story            (LcMapView   *self,
                                                 LcStory     *story);
LcViewport    *lc_map_view_get_viewport         (LcMapView   *self);
LcMapRenderer *lc_map_view_get_renderer         (LcMapView   *self);
guint32        lc_map_view_get_day              (LcMapView   *self);
void           lc_map_view_set_day              (LcMapView   *self,
                                                 guint32      day);
LcFeature     *lc_map_view_get_selected_feature (LcMapView   *self);
void           lc_map_view_set_selected_feature (LcMapView   *self,
                                                 LcFeature   *feature);
void           lc_map_view_set_selection_note   (LcMapView   *self,
                                                 const char  *note);
void           lc_map_view_set_highlighted      (LcMapView   *self,
                                                 GPtrArray   *features);
void           lc_map_view_fly_to               (LcMapView   *self,
                                                 GPtrArray   *features);
LcPlaceNames   lc_map_view_get_place_names      (LcMapView   *self);
void           lc_map_view_set_place_names      (LcMapView   *self,
                                                 LcPlaceNames names);
void           lc_map_view_reset                (LcMapView   *self);
LcLegendMode   lc_map_view_get_legend_mode      (LcMapView   *self);
void           lc_map_view_set_legend_mode      (LcMapView   *self,
                                                 LcLegendMode mode);
gboolean       lc_map_view_get_legend_expanded  (LcMapView   *self);
void           lc_map_view_set_legend_expanded  (LcMapView   *self,
                                                 gboolean     expanded);

G_END_DECLS
