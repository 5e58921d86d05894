/* lc-projection.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lc-projection.h"

#define DEG (G_PI / 180.0)
/* Below this cone constant the conic is drawn as its limit, Mercator. */
#define MIN_CONE 1e-6

static double
t (double lat)
{
  return tan (G_PI / 4.0 + lat * DEG / 2.0);
}

/**
 * lc_projection_init_conic:
 * @lat1: the first standard parallel, in degrees
 * @lat2: the second standard parallel, in degrees (not equal to @lat1)
 * @lat0: the latitude of the origin
 * @lon0: the central meridian
 *
 * Sets up the spherical Lambert conformal conic (Snyder, "Map
 * Projections: A Working Manual", 1987, pp. 104–110).
 */
void
lc_projection_init_conic (LcProjection *self,
                          double        lat1,
                          double        lat2,
                          double        lat0,
                          double        lon0)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lat1 != lat2);

  self->n = log (cos (lat1 * DEG) / cos (lat2 * DEG)) / log (t (lat2) / t (lat1));
  self->lon0 = lon0;
  if (fabs (self->n) < MIN_CONE)
    {
      /* Parallels about the equator: the cone opens into a cylinder, and
       * the conic's limit is the Mercator projection. */
      self->n = 0.0;
      self->f = 1.0;
      self->rho0 = LC_EARTH_RADIUS * log (t (lat0));
      return;
    }
  self->f = cos (lat1 * DEG) * pow (t (lat1), self->n) / self->n;
  self->rho0 = LC_EARTH_RADIUS * self->f / pow (t (lat0), self->n);
}

/**
 * lc_projection_init_for_box:
 *
 * The projection for a map of the box: standard parallels at one sixth
 * and five sixths of its height, origin at its centre.
 */
void
lc_projection_init_for_box (LcProjection *self,
                            double        west,
                            double        south,
                            double        east,
                            double        north)
{
  double height = MAX (north - south, 0.5);
  double middle = (north + south) / 2.0;

  lc_projection_init_conic (self, middle - height / 3.0, middle + height / 3.0, middle,
                            (west + east) / 2.0);
}

/**
 * lc_projection_forward:
 * @x: (out): metres east of the origin
 * @y: (out): metres north of the origin
 */
void
lc_projection_forward (const LcProjection *self,
                       double              lon,
                       double              lat,
                       double             *x,
                       double             *y)
{
  double rho, theta;

  if (self->n == 0.0)
    {
      *x = LC_EARTH_RADIUS * (lon - self->lon0) * DEG;
      *y = LC_EARTH_RADIUS * log (t (lat)) - self->rho0;
      return;
    }

  rho = LC_EARTH_RADIUS * self->f / pow (t (lat), self->n);
  theta = self->n * (lon - self->lon0) * DEG;
  *x = rho * sin (theta);
  *y = self->rho0 - rho * cos (theta);
}

/**
 * lc_projection_inverse:
 * @lon: (out): longitude, degrees
 * @lat: (out): latitude, degrees
 */
void
lc_projection_inverse (const LcProjection *self,
                       double              x,
                       double              y,
                       double             *lon,
                       double             *lat)
{
  double dy, rho, theta;

  if (self->n == 0.0)
    {
      *lon = self->lon0 + x / LC_EARTH_RADIUS / DEG;
      *lat = (2.0 * atan (exp ((y + self->rho0) / LC_EARTH_RADIUS)) - G_PI / 2.0) / DEG;
      return;
    }

  dy = self->rho0 - y;
  rho = copysign (hypot (x, dy), self->n);
  theta = atan2 (copysign (1.0, self->n) * x, copysign (1.0, self->n) * dy);
  *lat = (2.0 * atan (pow (LC_EARTH_RADIUS * self->f / rho, 1.0 / self->n)) - G_PI / 2.0) / DEG;
  *lon = self->lon0 + theta / self->n / DEG;
}

/**
 * lc_distance_km:
 *
 * Returns: the great-circle distance between two points, in kilometres
 */
double
lc_distance_km (double lon1,
                double lat1,
                double lon2,
                double lat2)
{
  double dlat = (lat2 - lat1) * DEG, dlon = (lon2 - lon1) * DEG;
  double a = sin (dlat / 2) * sin (dlat / 2) +
             cos (lat1 * DEG) * cos (lat2 * DEG) * sin (dlon / 2) * sin (dlon / 2);

  return 2.0 * LC_EARTH_RADIUS / 1000.0 * atan2 (sqrt (a), sqrt (1.0 - a));
}
