/* lc-projection.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The mean radius of the Earth, in metres, for the spherical projection. */
#define LC_EARTH_RADIUS 6371008.8

/**
 * LcProjection:
 *
 * A Lambert conformal conic projection on a sphere. It is conformal, so
 * shapes and angles stay true at the scale of the map, and for a region
 * a few degrees of latitude tall (38–42°N here) its scale varies by well
 * under one per cent between the two standard parallels. Projected
 * coordinates are metres east (x) and north (y) of the origin.
 */
typedef struct _LcProjection
{
  double n;
  double f;
  double rho0;
  double lon0;
} LcProjection;

void   lc_projection_init_conic   (LcProjection       *self,
                                   double              lat1,
                                   double              lat2,
                                   double              lat0,
                                   double              lon0);
void   lc_projection_init_for_box (LcProjection       *self,
                                   double              west,
                                   double              south,
                                   double              east,
                                   double              north);
void   lc_projection_forward      (const LcProjection *self,
                                   double              lon,
                                   double              lat,
                                   double             *x,
                                   double             *y);
void   lc_projection_inverse      (const LcProjection *self,
                                   double              x,
                                   double              y,
                                   double             *lon,
                                   double             *lat);
double lc_distance_km             (double              lon1,
                                   double              lat1,
                                   double              lon2,
                                   double              lat2);

G_END_DECLS
