/* lc-map-simplify.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Level of detail: lines and rings with only as many points as a scale
 * can show. Two steps, both pure functions of their input:
 *
 *  - lc_map_simplify(), Douglas–Peucker: a point is left out when it lies
 *    within the tolerance of the line between the points kept round it;
 *  - lc_map_thin(): a point within a step of the last one kept is left
 *    out, and so is a spike, a point the line comes straight back from.
 *
 * lc-map-paths.c does both in metres, once per zoom level, with the
 * tolerance and step of a fraction of a pixel at that level's scale. That is what a zig-zag finer than the
 *    screen is made of, which Douglas–Peucker keeps whole, as every one of
 *    its points is far from its neighbours' line. An outline still longer
 *    than LC_MAP_MAX_DENSITY times its box's perimeter is thinned again
 *    with a step twice as long, and so on: what the screen cannot show is
 *    drawn coarser, and a frame's cost follows the screen, not the file. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define SIMPLIFY_RUN 256 /* points simplified at once */

/* The square of the distance from @p to the segment @a @b. */
static double
segment_distance2 (const double *p,
                   const double *a,
                   const double *b)
{
  double dx = b[0] - a[0], dy = b[1] - a[1];
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2 : 0;
  double x, y;

  t = CLAMP (t, 0.0, 1.0);
  x = a[0] + t * dx - p[0];
  y = a[1] + t * dy - p[1];

  return x * x + y * y;
}

/**
 * lc_map_simplify:
 * @points: (array): x, y of @n points: a line, or a ring whose last point
 *   is its first
 * @n: how many
 * @tolerance: how far a point left out may be from the line drawn
 *   without it, in the points' units
 * @keep: (out caller-allocates) (array length=n): set for the points kept
 *
 * Douglas–Peucker, without recursion: the first and last points are kept,
 * then, between two kept points, the one furthest from the segment they
 * make if it is further than @tolerance, and so on; in runs of a few
 * hundred points, so that the cost stays O(n) whatever the line.
 *
 * Returns: how many points are kept
 */
guint
lc_map_simplify (const double *points,
                 guint         n,
                 double        tolerance,
                 guint8       *keep)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  double tolerance2 = tolerance * tolerance;
  guint kept = MIN (n, 2);

  if (n == 0)
    return 0;

  memset (keep, 0, n);
  keep[0] = keep[n - 1] = TRUE;
  /* In runs of SIMPLIFY_RUN points, whose ends are kept: a zig-zag, where
   * each split peels off one point, costs n·SIMPLIFY_RUN, not n². */
  for (guint first = 0; first + 1 < n; first += SIMPLIFY_RUN)
    {
      guint range[2] = { first, MIN (first + SIMPLIFY_RUN, n - 1) };

      if (range[0] > 0 && !keep[range[0]])
        {
          keep[range[0]] = TRUE;
          kept++;
        }
      if (range[1] - range[0] > 1)
        g_array_append_vals (stack, range, 2);
    }

  while (stack->len > 0)
    {
      guint last = g_array_index (stack, guint, stack->len - 1);
      guint first = g_array_index (stack, guint, stack->len - 2);
      guint furthest = 0;
      double best = tolerance2;

      g_array_set_size (stack, stack->len - 2);
      for (guint i = first + 1; i < last; i++)
        {
          double d = segment_distance2 (&points[2 * i], &points[2 * first], &points[2 * last]);

          if (d > best)
            {
              best = d;
              furthest = i;
            }
        }
      if (furthest == 0)
        continue;

      keep[furthest] = TRUE;
      kept++;
      if (furthest - first > 1)
        g_array_append_vals (stack, ((guint[]) { first, furthest }), 2);
      if (last - furthest > 1)
        g_array_append_vals (stack, ((guint[]) { furthest, last }), 2);
    }

  return kept;
}

/* Thins @n points of pixels into @out with one step; returns the length
 * of the line kept. */
static double
thin_once (const double *points,
           guint         n,
           double        step,
           GArray       *out)
{
  double step2 = step * step, length = 0;

  g_array_set_size (out, 0);
  for (guint i = 0; i < n; i++)
    {
      const double *p = &points[2 * i];
      guint len = out->len / 2;
      double *last = len > 0 ? &g_array_index (out, double, 2 * (len - 1)) : NULL;

      /* The end of a line is kept; the points before it give way. */
      if (last != NULL && i < n - 1 &&
          (p[0] - last[0]) * (p[0] - last[0]) + (p[1] - last[1]) * (p[1] - last[1]) < step2)
        continue;

      /* Back to within a step of the point before the last: the last was
       * the tip of a spike thinner than a step. */
      if (len >= 2 && i < n - 1)
        {
          double *before = &g_array_index (out, double, 2 * (len - 2));

          if ((p[0] - before[0]) * (p[0] - before[0]) +
              (p[1] - before[1]) * (p[1] - before[1]) < step2)
            {
              g_array_set_size (out, out->len - 2);
              continue;
            }
        }

      g_array_append_vals (out, p, 2);
    }

  for (guint i = 1; i < out->len / 2; i++)
    {
      const double *a = &g_array_index (out, double, 2 * (i - 1));
      const double *b = &g_array_index (out, double, 2 * i);

      length += hypot (b[0] - a[0], b[1] - a[1]);
    }

  return length;
}

/**
 * lc_map_thin:
 * @points: (array): x, y of @n points
 * @n: how many
 * @step: the least distance between points kept, in the points' units
 * @max_step: the longest step taken
 * @out: (element-type double): gets x, y of the points kept
 *
 * Leaves out what a screen cannot show: a point within @step of the last
 * one kept, and a spike thinner than @step. If what is left is still
 * longer than %LC_MAP_MAX_DENSITY times the perimeter of its box, as a
 * zig-zag finer than a pixel is, it is thinned again with a step twice as
 * long, up to @max_step. The first and last points are always kept.
 *
 * Returns: the step used
 */
double
lc_map_thin (const double *points,
             guint         n,
             double        step,
             double        max_step,
             GArray       *out)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double perimeter;

  for (guint i = 0; i < n; i++)
    {
      min_x = MIN (min_x, points[2 * i]);
      max_x = MAX (max_x, points[2 * i]);
      min_y = MIN (min_y, points[2 * i + 1]);
      max_y = MAX (max_y, points[2 * i + 1]);
    }
  perimeter = 2 * (max_x - min_x + max_y - min_y);

  while (thin_once (points, n, step, out) > LC_MAP_MAX_DENSITY * MAX (perimeter, step) &&
         step < max_step)
    step *= 2;

  return step;
}
