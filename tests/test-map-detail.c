/* test-map-detail.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The map's level of detail: what is left out of a line or an outline is
 * what the screen cannot show, and a frame's work follows the screen, not
 * the story: counted in the points the renderer puts in its paths, not in
 * time. */

#include "config.h"

#include <math.h>

#include "lc-map-renderer-private.h"
#include "lc-test-story.h"

#define WIDTH  1920
#define HEIGHT 1080
/* A frame puts no more points in paths than the screen is pixels wide
 * and high; drawn whole, the zig-zag has 10,000. */
#define PATH_POINT_BUDGET (WIDTH + HEIGHT)

/* A story with one area whose outer ring is @ring (x, y pairs, closed). */
static LcStory *
story_with_ring (GArray *ring)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GBytes) bytes = NULL;
  LcStory *story;

  g_string_append (json,
    "{\"format\": \"lachin-corridor-story\", \"version\": 1, \"id\": \"detail\","
    " \"title\": \"Detail\", \"language\": \"en\","
    " \"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}],"
    " \"timeline\": {\"start\": \"2022-12-01\", \"end\": \"2022-12-30\"},"
    " \"view\": {\"bbox\": [44.0, 38.5, 48.5, 41.5]},"
    " \"actors\": [], \"events\": [], \"statements\": [],"
    " \"features\": {\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
    " \"id\": \"area\", \"properties\": {\"name\": \"Area\", \"kind\": \"territory\"},"
    " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[");
  for (guint i = 0; i < ring->len / 2; i++)
    g_string_append_printf (json, "%s[%.6f, %.6f]", i > 0 ? ", " : "",
                            g_array_index (ring, double, 2 * i),
                            g_array_index (ring, double, 2 * i + 1));
  g_string_append (json, "]]}}]}}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  story = lc_story_loader_load_bytes (loader, bytes, "detail", NULL);
  g_assert_nonnull (story);

  return story;
}

static void
append_point (GArray *points,
              double  x,
              double  y)
{
  g_array_append_val (points, x);
  g_array_append_val (points, y);
}

/* As build-aux/gen-story.py --zigzag makes it: forth across the box, one
 * point at the top, the next at the bottom. */
static GArray *
zig_zag (guint n)
{
  GArray *ring = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n - 1; i++)
    append_point (ring, 44.0 + 4.5 * i / (n - 1), i % 2 ? 41.5 : 38.5);
  append_point (ring, 44.0, 38.5);

  return ring;
}

static GArray *
circle (guint  n,
        double radius)
{
  GArray *ring = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n - 1; i++)
    append_point (ring, 46.25 + radius * cos (2 * G_PI * i / (n - 1)),
                  40.0 + radius * 0.75 * sin (2 * G_PI * i / (n - 1)));
  append_point (ring, 46.25 + radius, 40.0);

  return ring;
}

#define WATER 0xcfe0ea /* the light palette's */

/* Draws a frame and returns how many points went into its paths; and
 * which part of the frame is not water. */
static guint
frame_path_points (LcMapRenderer *renderer,
                   LcViewport    *viewport,
                   double        *drawn)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint before = renderer->n_path_points;
  guint not_water = 0;

  lc_map_renderer_draw (renderer, cr, viewport);
  cairo_surface_flush (surface);
  for (int y = 0; y < HEIGHT; y++)
    {
      const guint32 *row = (const guint32 *) (gpointer) (cairo_image_surface_get_data (surface) +
                                                         y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < WIDTH; x++)
        not_water += (row[x] & 0xffffff) != WATER;
    }
  if (drawn != NULL)
    *drawn = (double) not_water / (WIDTH * HEIGHT);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return renderer->n_path_points - before;
}

static LcViewport *
viewport_for (LcMapRenderer *renderer)
{
  LcViewport *viewport = lc_viewport_new ();

  lc_map_renderer_setup_viewport (renderer, viewport);
  lc_viewport_set_size (viewport, WIDTH, HEIGHT);
  lc_map_renderer_reset_view (renderer, viewport);

  return viewport;
}

/* Every point left out is within the tolerance of the line kept. */
static void
test_simplify_tolerance (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  const guint n = 5000;
  const double tolerance = 0.5;
  g_autofree double *points = g_new (double, 2 * n);
  g_autofree guint8 *keep = g_new (guint8, n);
  guint kept, previous = 0;

  /* A wandering line with noise finer than the tolerance. */
  for (guint i = 0; i < n; i++)
    {
      points[2 * i] = i * 0.2;
      points[2 * i + 1] = 40 * sin (i * 0.002) + g_rand_double_range (rand, -0.2, 0.2);
    }

  kept = lc_map_simplify (points, n, tolerance, keep);
  g_assert_true (keep[0] && keep[n - 1]);
  g_assert_cmpuint (kept, <, n / 20);

  for (guint i = 1; i < n; i++)
    {
      guint next = i;
      const double *a = &points[2 * previous], *b, *p;
      double dx, dy, t;

      if (!keep[i])
        continue;
      b = &points[2 * next];
      for (guint j = previous + 1; j < next; j++)
        {
          p = &points[2 * j];
          dx = b[0] - a[0];
          dy = b[1] - a[1];
          t = CLAMP (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy), 0, 1);
          g_assert_cmpfloat (hypot (a[0] + t * dx - p[0], a[1] + t * dy - p[1]), <=, tolerance);
        }
      previous = next;
    }
}

/* A zig-zag finer than a step is thinned until it is no longer than
 * LC_MAP_MAX_DENSITY times its box's perimeter; a square keeps its corners. */
static void
test_thin (void)
{
  g_autoptr(GArray) comb = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (double));
  const double square[] = { 0, 0, 100, 0, 100, 0.3, 100, 100, 0, 100, 0, 0 };
  double step, length = 0;

  for (guint i = 0; i < 10000; i++)
    append_point (comb, i * 0.1, i % 2 ? 1000 : 0);
  step = lc_map_thin ((const double *) (gpointer) comb->data, 10000, 0.75, 32, out);
  g_assert_cmpfloat (step, >, 0.75);
  g_assert_cmpfloat (g_array_index (out, double, 0), ==, 0);
  g_assert_cmpfloat (g_array_index (out, double, out->len - 2), ==, 9999 * 0.1);
  for (guint i = 1; i < out->len / 2; i++)
    length += hypot (g_array_index (out, double, 2 * i) - g_array_index (out, double, 2 * i - 2),
                     g_array_index (out, double, 2 * i + 1) - g_array_index (out, double, 2 * i - 1));
  g_assert_cmpfloat (length, <=, LC_MAP_MAX_DENSITY * 2 * (9999 * 0.1 + 1000));

  lc_map_thin (square, G_N_ELEMENTS (square) / 2, 0.75, 32, out);
  g_assert_cmpuint (out->len / 2, ==, 5);
}

/* The 10,000-point zig-zag that took seconds a frame: bounded work at the
 * story's view and zoomed in, and still drawn. */
static void
test_zig_zag_frame (void)
{
  g_autoptr(GArray) ring = zig_zag (10000);
  g_autoptr(LcStory) story = story_with_ring (ring);
  g_autoptr(LcMapRenderer) renderer = lc_map_renderer_new (story);
  g_autoptr(LcViewport) viewport = viewport_for (renderer);

  for (guint zoom = 0; zoom < 4; zoom++)
    {
      double drawn;
      guint points = frame_path_points (renderer, viewport, &drawn);

      g_test_message ("zoom %g: %u points in paths, %.0f%% drawn", lc_viewport_get_zoom (viewport),
                      points, drawn * 100);
      g_assert_cmpuint (points, >, 0);
      g_assert_cmpuint (points, <=, PATH_POINT_BUDGET);
      /* The area is there, over most of the view. */
      g_assert_cmpfloat (drawn, >, 0.3);
      lc_viewport_zoom_at (viewport, 1.0, WIDTH / 2.0, HEIGHT / 2.0);
    }
}

/* A ring of 200,000 points draws with as many as its size on screen needs,
 * and a feature off screen with none. */
static void
test_many_points_frame (void)
{
  g_autoptr(GArray) ring = circle (200000, 1.0);
  g_autoptr(LcStory) story = story_with_ring (ring);
  g_autoptr(LcMapRenderer) renderer = lc_map_renderer_new (story);
  g_autoptr(LcViewport) viewport = viewport_for (renderer);
  double drawn;
  guint points = frame_path_points (renderer, viewport, &drawn);

  g_test_message ("%u points in paths, %.0f%% drawn", points, drawn * 100);
  g_assert_cmpuint (points, >=, 16);
  g_assert_cmpuint (points, <=, PATH_POINT_BUDGET);
  g_assert_cmpfloat (drawn, >, 0.05);

  /* Far from the circle, nothing of it is drawn. */
  lc_viewport_set_zoom (viewport, lc_viewport_get_zoom (viewport) + 4);
  lc_viewport_set_center (viewport, 44.1, 38.6);
  g_assert_cmpuint (frame_path_points (renderer, viewport, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/detail/simplify-tolerance", test_simplify_tolerance);
  g_test_add_func ("/map/detail/thin", test_thin);
  g_test_add_func ("/map/detail/zig-zag-frame", test_zig_zag_frame);
  g_test_add_func ("/map/detail/many-points-frame", test_many_points_frame);

  return g_test_run ();
}
