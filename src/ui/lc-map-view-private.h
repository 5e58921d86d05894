/* lc-map-view-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-map-view.h"

/*
 * Between the files of LcMapView:
 *
 *   lc-map-view.c             the widget: state, properties, drawing, layout
 *   lc-map-view-navigation.c  gestures, keys and actions that move the view,
 *                             momentum and the flight to a feature
 *   lc-map-view-markers.c     a marker per feature on screen, for the
 *                             keyboard and screen readers: the map's one
 *                             Tab stop and the keys between places; tooltips
 */

G_BEGIN_DECLS

struct _LcMapView
{
  GtkWidget      parent_instance;

  LcStory       *story;
  LcMapRenderer *renderer;
  LcViewport    *viewport;
  LcFeature     *selected;
  LcPlaceNames   names;
  LcLegendMode   legend_mode;
  gboolean       legend_expanded; /* as shown: the mode, and in automatic the size */

  GtkWidget     *controls;
  GtkWidget     *zoom_in_button;
  GtkWidget     *zoom_out_button;
  GtkWidget     *reset_button;
  GtkWidget     *legend_button;
  GPtrArray     *markers;
  GArray        *marker_places; /* longitude, latitude of each marker's anchor */
  LcFeature     *cursor;        /* the place whose marker is the map's Tab stop */
  char          *selection_note; /* what the last selection showed, for screen readers */

  /* Dragging and momentum */
  double         drag_last_x;
  double         drag_last_y;
  gint64         drag_last_time;
  double         sample_x;       /* where the velocity's sample began */
  double         sample_y;
  gint64         sample_time;
  double         velocity_x;
  double         velocity_y;
  guint          kinetic_id;
  gint64         kinetic_last_time;

  /* Flying */
  guint          fly_id;
  gint64         fly_start;
  double         fly_from[3];
  double         fly_to[3];

  guint          markers_timeout_id;
  GskRenderNode *body;          /* the map but the legend's title, as last drawn */
  GBytes        *body_key;      /* what it was drawn from (lc_map_renderer_draw_body()) */
  double         pinch_last_scale;
  double         pointer_x;
  double         pointer_y;
  gboolean       needs_reset;
  double         framed[3];       /* longitude, latitude, zoom of the last reset */
  int            framed_size[2];  /* and the size it was for */
};

/* lc-map-view.c */
void     lc_map_view_queue_update               (LcMapView      *self);
void     lc_map_view_activate_feature           (LcMapView      *self,
                                                 LcFeature      *feature);

/* lc-map-view-navigation.c */
void     lc_map_view_class_add_navigation       (GtkWidgetClass *widget_class);
void     lc_map_view_add_navigation_controllers (LcMapView      *self);
gboolean lc_map_view_animations_enabled         (LcMapView      *self);
void     lc_map_view_stop_motion                (LcMapView      *self);

/* lc-map-view-markers.c */
void     lc_map_view_class_add_markers          (GtkWidgetClass *widget_class);
void     lc_map_view_add_marker_controllers     (LcMapView      *self);
void     lc_map_view_clear_markers              (LcMapView      *self);
gboolean lc_map_view_update_markers             (LcMapView      *self);
void     lc_map_view_queue_markers              (LcMapView      *self);
void     lc_map_view_allocate_markers           (LcMapView      *self);
void     lc_map_view_update_marker_selection    (LcMapView      *self);
gboolean lc_map_view_focus_feature              (LcMapView      *self,
                                                 LcFeature      *feature);
gboolean lc_map_view_query_tooltip              (GtkWidget      *widget,
                                                 int             x,
                                                 int             y,
                                                 gboolean        keyboard,
                                                 GtkTooltip     *tooltip);

G_END_DECLS
