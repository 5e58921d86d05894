/* lc-geometry.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-story-types.h"

G_BEGIN_DECLS

#define LC_TYPE_GEOMETRY (lc_geometry_get_type ())

/**
 * LcGeometry:
 *
 * An immutable GeoJSON geometry stored compactly: one array of
 * longitude/latitude pairs (degrees, WGS84), cut into parts (a line, a ring
 * or a point), and parts grouped into polygons. Reference counted.
 */
typedef struct _LcGeometry LcGeometry;

GType           lc_geometry_get_type          (void) G_GNUC_CONST;
LcGeometry     *lc_geometry_new               (LcGeometryType  type,
                                               GArray         *coords,
                                               GArray         *part_ends,
                                               GArray         *polygon_ends);
LcGeometry     *lc_geometry_ref               (LcGeometry     *self);
void            lc_geometry_unref             (LcGeometry     *self);
LcGeometryType  lc_geometry_get_geometry_type (const LcGeometry *self);
guint           lc_geometry_get_n_points      (const LcGeometry *self);
const double   *lc_geometry_get_coords        (const LcGeometry *self);
guint           lc_geometry_get_n_parts       (const LcGeometry *self);
const double   *lc_geometry_get_part          (const LcGeometry *self,
                                               guint             part,
                                               guint            *n_points);
guint           lc_geometry_get_n_polygons    (const LcGeometry *self);
void            lc_geometry_get_polygon       (const LcGeometry *self,
                                               guint             polygon,
                                               guint            *first_part,
                                               guint            *n_parts);
void            lc_geometry_get_bounds        (const LcGeometry *self,
                                               double           *west,
                                               double           *south,
                                               double           *east,
                                               double           *north);
gboolean        lc_geometry_contains          (const LcGeometry *self,
                                               double            lon,
                                               double            lat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcGeometry, lc_geometry_unref)

G_END_DECLS
