/* lc-viewport.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-projection.h"

G_BEGIN_DECLS

/* At zoom 0 one pixel is this many metres; each zoom step halves it. */
#define LC_VIEWPORT_BASE_METRES_PER_PIXEL 1000.0
#define LC_VIEWPORT_MIN_ZOOM              -2.0
#define LC_VIEWPORT_MAX_ZOOM              8.0

#define LC_TYPE_VIEWPORT (lc_viewport_get_type ())

G_DECLARE_FINAL_TYPE (LcViewport, lc_viewport, LC, VIEWPORT, GObject)

LcViewport         *lc_viewport_new            (void);
LcViewport         *lc_viewport_copy           (LcViewport   *self);
const LcProjection *lc_viewport_get_projection (LcViewport   *self);
void                lc_viewport_set_projection (LcViewport   *self,
                                                const LcProjection *projection);
double              lc_viewport_get_longitude  (LcViewport   *self);
double              lc_viewport_get_latitude   (LcViewport   *self);
void                lc_viewport_set_center     (LcViewport   *self,
                                                double        longitude,
                                                double        latitude);
double              lc_viewport_get_zoom       (LcViewport   *self);
void                lc_viewport_set_zoom       (LcViewport   *self,
                                                double        zoom);
int                 lc_viewport_get_width      (LcViewport   *self);
int                 lc_viewport_get_height     (LcViewport   *self);
void                lc_viewport_set_size       (LcViewport   *self,
                                                int           width,
                                                int           height);
guint32             lc_viewport_get_day        (LcViewport   *self);
void                lc_viewport_set_day        (LcViewport   *self,
                                                guint32       day);
double              lc_viewport_get_scale      (LcViewport   *self);
void                lc_viewport_get_transform  (LcViewport   *self,
                                                double       *scale,
                                                double       *offset_x,
                                                double       *offset_y);
void                lc_viewport_project        (LcViewport   *self,
                                                double        longitude,
                                                double        latitude,
                                                double       *x,
                                                double       *y);
void                lc_viewport_unproject      (LcViewport   *self,
                                                double        x,
                                                double        y,
                                                double       *longitude,
                                                double       *latitude);
void                lc_viewport_fit_bounds     (LcViewport   *self,
                                                double        west,
                                                double        south,
                                                double        east,
                                                double        north,
                                                double        padding);
void                lc_viewport_fit_bounds_in  (LcViewport   *self,
                                                double        west,
                                                double        south,
                                                double        east,
                                                double        north,
                                                double        x,
                                                double        y,
                                                double        width,
                                                double        height);
void                lc_viewport_get_box_metres (LcViewport   *self,
                                                double        west,
                                                double        south,
                                                double        east,
                                                double        north,
                                                double        metres[4]);
void                lc_viewport_pan_by         (LcViewport   *self,
                                                double        dx,
                                                double        dy);
void                lc_viewport_zoom_at        (LcViewport   *self,
                                                double        delta,
                                                double        x,
                                                double        y);

G_END_DECLS
