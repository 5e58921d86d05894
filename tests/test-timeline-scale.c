/* test-timeline-scale.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's focus and context scale, and how its event labels are
 * placed. */

#include "config.h"

#include <math.h>

#include "lc-date.h"
#include "lc-timeline-scale.h"

/* The bundled story's events. */
static const char *bundled_events[] = {
  "2020-11-09", "2020-12-01", "2022-08-26", "2022-08-30", "2022-10-31",
  "2022-12-03", "2022-12-12", "2022-12-27", "2022-12-28", "2022-12-30",
};

static LcTimelineScale *
bundled_scale (double width)
{
  guint32 days[G_N_ELEMENTS (bundled_events)];
  LcTimelineScale *scale;

  for (guint i = 0; i < G_N_ELEMENTS (bundled_events); i++)
    days[i] = lc_day_parse (bundled_events[i]);
  scale = lc_timeline_scale_new (lc_day_parse ("2020-11-09"), lc_day_parse ("2022-12-30"),
                                 lc_day_parse ("2022-12-30"), days, G_N_ELEMENTS (days));
  lc_timeline_scale_set_width (scale, width);

  return scale;
}

/* The days of December 2022 get room; the empty months are breaks. */
static void
test_focus_and_context (void)
{
  g_autoptr(LcTimelineScale) scale = bundled_scale (1000);
  double december = lc_timeline_scale_day_to_x (scale, lc_day_parse ("2022-12-30")) -
                    lc_timeline_scale_day_to_x (scale, lc_day_parse ("2022-12-12"));
  guint n_breaks = 0, n_periods = 0;
  double x = 0;

  g_test_message ("12 to 30 December: %.0f px of 1000", december);
  g_assert_cmpfloat (december, >=, 400);
  /* A day of the blockade is wider than a month of the break before it. */
  g_assert_cmpfloat (lc_timeline_scale_day_to_x (scale, lc_day_parse ("2022-12-28")) -
                     lc_timeline_scale_day_to_x (scale, lc_day_parse ("2022-12-27")), >,
                     lc_timeline_scale_day_to_x (scale, lc_day_parse ("2022-07-30")) -
                     lc_timeline_scale_day_to_x (scale, lc_day_parse ("2022-06-30")));

  for (guint i = 0; i < lc_timeline_scale_get_n_segments (scale); i++)
    {
      const LcTimelineSegment *segment = lc_timeline_scale_get_segment (scale, i);

      g_assert_cmpfloat (segment->x0, ==, x);
      g_assert_cmpfloat (segment->x1, >, segment->x0);
      x = segment->x1;
      n_breaks += segment->is_break;
      n_periods += !segment->is_break;
      if (segment->is_break)
        g_assert_cmpuint (segment->n_events, ==, 0);
    }
  g_assert_cmpfloat (x, ==, 1000);
  /* November 2020, August, October, December 2022, and the time between. */
  g_assert_cmpuint (n_periods, ==, 4);
  g_assert_cmpuint (n_breaks, ==, 3);
}

/* Every day has its place, in order, and each place its day. */
static void
test_round_trip (void)
{
  const double widths[] = { 120, 360, 1000, 1900 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(LcTimelineScale) scale = bundled_scale (widths[w]);
      double previous = -1;

      for (guint32 day = lc_day_parse ("2020-11-09"); day <= lc_day_parse ("2022-12-30"); day++)
        {
          double x = lc_timeline_scale_day_to_x (scale, day);

          g_assert_cmpfloat (x, >, previous);
          g_assert_cmpfloat (x, <=, widths[w]);
          g_assert_cmpuint (lc_timeline_scale_x_to_day (scale, x), ==, day);
          previous = x;
        }
      g_assert_cmpuint (lc_timeline_scale_x_to_day (scale, -5), ==, lc_day_parse ("2020-11-09"));
      g_assert_cmpuint (lc_timeline_scale_x_to_day (scale, widths[w] + 5), ==, lc_day_parse ("2022-12-30"));
    }
}

/* Steady events, or none: a plain linear scale. */
static void
test_linear_when_even (void)
{
  guint32 start = lc_day_parse ("2020-01-01");
  g_autofree guint32 *days = g_new (guint32, 10000);
  g_autoptr(LcTimelineScale) even = NULL;
  g_autoptr(LcTimelineScale) empty = NULL;

  for (guint i = 0; i < 10000; i++)
    days[i] = start + i / 10;
  even = lc_timeline_scale_new (start, start + 999, start + 999, days, 10000);
  empty = lc_timeline_scale_new (start, start + 999, start, NULL, 0);
  lc_timeline_scale_set_width (even, 1000);
  lc_timeline_scale_set_width (empty, 1000);

  g_assert_cmpuint (lc_timeline_scale_get_n_segments (even), ==, 1);
  g_assert_cmpuint (lc_timeline_scale_get_segment (even, 0)->n_events, ==, 10000);
  for (guint32 day = start; day < start + 1000; day += 37)
    {
      g_assert_cmpfloat_with_epsilon (lc_timeline_scale_day_to_x (even, day), day - start + 0.5, 1e-9);
      g_assert_cmpfloat_with_epsilon (lc_timeline_scale_day_to_x (empty, day), day - start + 0.5, 1e-9);
    }
}

static void
assert_placed (const double *centres,
               guint         n,
               double        label_width,
               double        width,
               double       *starts)
{
  lc_timeline_place_labels (centres, n, label_width, 4, width, starts);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (starts[i], >=, 0);
      g_assert_cmpfloat (starts[i] + label_width, <=, width + 1e-9);
      if (i > 0)
        g_assert_cmpfloat (starts[i], >=, starts[i - 1] + label_width + 4 - 1e-9);
    }
}

/* Labels sit on their marks when there is room, move as little as they
 * must when there is not, and never overlap or leave the row. */
static void
test_place_labels (void)
{
  double starts[4];

  /* Room for each: exactly centred. */
  assert_placed ((double[]) { 100, 300, 500 }, 3, 100, 1000, starts);
  g_assert_cmpfloat (starts[0], ==, 50);
  g_assert_cmpfloat (starts[1], ==, 250);
  g_assert_cmpfloat (starts[2], ==, 450);

  /* Two on one spot share the move. */
  assert_placed ((double[]) { 500, 500 }, 2, 100, 1000, starts);
  g_assert_cmpfloat (starts[0], ==, 398);
  g_assert_cmpfloat ((starts[0] + starts[1] + 100) / 2, ==, 500);

  /* At the edges they stay in. */
  assert_placed ((double[]) { 0, 990 }, 2, 100, 1000, starts);
  g_assert_cmpfloat (starts[0], ==, 0);
  g_assert_cmpfloat (starts[1], ==, 900);

  /* A crowd pushed against an edge. */
  assert_placed ((double[]) { 950, 960, 970, 980 }, 4, 100, 1000, starts);
  g_assert_cmpfloat (starts[3], ==, 900);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/timeline-scale/focus-and-context", test_focus_and_context);
  g_test_add_func ("/ui/timeline-scale/round-trip", test_round_trip);
  g_test_add_func ("/ui/timeline-scale/linear-when-even", test_linear_when_even);
  g_test_add_func ("/ui/timeline-scale/place-labels", test_place_labels);

  return g_test_run ();
}
