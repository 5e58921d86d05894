/* bench-render.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The map's frames against bare cairo, for tests/bench.py.
 *
 *   bench-render frames RUNS WIDTHxHEIGHT NAME=STORY...
 *
 * For each story, at its own view and day, times frames drawn the way
 * the map widget draws them (lc_map_renderer_draw()), and, interleaved
 * with them so that a busy moment of the machine hits both, the anchor:
 * the same projected paths drawn bare with cairo (each area filled and
 * outlined, each line stroked, each place a disc, in one colour each: no
 * text, hatching, symbols or panels). Frames that change the day (the
 * timeline stepping), that move the view a few pixels (a drag) and that
 * zoom are timed separately; for each it prints the median, in ms:
 *
 *   frames NAME first MS bare MS day MS pan MS zoom MS
 *
 *   bench-render profile day|pan RUNS WIDTHxHEIGHT STORY
 *
 * Draws only frames of that kind, for a profiler (callgrind, perf) to
 * see where a day step's or a pan's frame goes, without the others.
 *
 *   bench-render export WIDTHxHEIGHT png|svg|pdf STORY OUT
 *
 * Loads STORY, then times exporting its own view at that size:
 *
 *   export MS
 *
 * A story the loader refuses is reported as "refused".
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>

#include "lc-map-export.h"
#include "lc-map-renderer.h"
#include "lc-story-loader.h"

#define MIN_STEP  0.75  /* pixels between kept points, as the renderer's paths */
#define SLOW_MS   250   /* a first frame this slow: */
#define SLOW_RUNS 3     /* so many runs only */

static LcStory *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  LcStory *story = lc_story_loader_load_file (loader, file, NULL, NULL, &error);

  if (story == NULL)
    g_printerr ("%s: %s\n", path, error != NULL ? error->message : "does not load");

  return story;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

/* The anchor */

typedef struct
{
  cairo_path_t *path;
  int           shape;  /* 0 area, 1 line, 2 points */
} BarePath;

static void
bare_path_clear (gpointer data)
{
  cairo_path_destroy (((BarePath *) data)->path);
}

/* The features visible on @day, projected into pixels once, as the
 * renderer's path cache does. */
static GArray *
project_bare (LcStory    *story,
              LcViewport *viewport,
              guint32     day)
{
  GPtrArray *visible = lc_story_get_visible_features (story, day);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GArray *paths = g_array_new (FALSE, FALSE, sizeof (BarePath));

  g_array_set_clear_func (paths, bare_path_clear);
  for (guint i = 0; i < visible->len; i++)
    {
      LcGeometry *geometry = lc_feature_get_geometry (g_ptr_array_index (visible, i));
      LcGeometryType type = lc_geometry_get_geometry_type (geometry);
      const double *coords = lc_geometry_get_coords (geometry);
      BarePath bare = { NULL, 0 };
      guint start = 0;

      bare.shape = type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON ? 0 :
                   type == LC_GEOMETRY_TYPE_POINT || type == LC_GEOMETRY_TYPE_MULTI_POINT ? 2 : 1;
      cairo_new_path (cr);
      for (guint part = 0; part < lc_geometry_get_n_parts (geometry); part++)
        {
          guint n;
          double last_x = 0, last_y = 0;

          lc_geometry_get_part (geometry, part, &n);
          for (guint j = 0; j < n; j++)
            {
              double x, y;

              lc_viewport_project (viewport, coords[2 * (start + j)], coords[2 * (start + j) + 1],
                                   &x, &y);
              if (bare.shape == 2)
                {
                  cairo_new_sub_path (cr);
                  cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
                  continue;
                }
              if (j == 0)
                cairo_move_to (cr, x, y);
              else if (j == n - 1 || fabs (x - last_x) + fabs (y - last_y) >= MIN_STEP)
                cairo_line_to (cr, x, y);
              else
                continue;
              last_x = x;
              last_y = y;
            }
          if (bare.shape == 0)
            cairo_close_path (cr);
          start += n;
        }
      bare.path = cairo_copy_path (cr);
      g_array_append_val (paths, bare);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return paths;
}

static void
draw_bare (cairo_t *cr,
           GArray  *paths)
{
  cairo_set_source_rgb (cr, 0.8, 0.88, 0.92);
  cairo_paint (cr);
  for (guint i = 0; i < paths->len; i++)
    {
      BarePath *bare = &g_array_index (paths, BarePath, i);

      cairo_new_path (cr);
      cairo_append_path (cr, bare->path);
      if (bare->shape == 1)
        {
          cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
          continue;
        }
      cairo_set_source_rgb (cr, 0.93, 0.89, 0.8);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.55, 0.52, 0.47);
      cairo_set_line_width (cr, 1);
      if (bare->shape == 0)
        cairo_stroke (cr);
      cairo_new_path (cr);
    }
}

/* Frames */

/* A renderer drawing as the widget does, and @viewport at the story's own
 * view and day. */
static LcMapRenderer *
new_renderer (LcStory    *story,
              LcViewport *viewport,
              int         width,
              int         height)
{
  LcMapRenderer *renderer = lc_map_renderer_new (story);

  /* With the base kept from frame to frame, where the renderer can (an
   * older one draws every layer every frame). */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (renderer), "cache-scale") != NULL)
    g_object_set (renderer, "cache-scale", 1, NULL);
  lc_map_renderer_setup_viewport (renderer, viewport);
  lc_viewport_set_size (viewport, width, height);
  lc_viewport_set_day (viewport, lc_story_get_initial (story));
  lc_map_renderer_reset_view (renderer, viewport);

  return renderer;
}

typedef enum { FRAME_BARE, FRAME_DAY, FRAME_PAN, FRAME_ZOOM, N_FRAMES } FrameKind;

static double
time_frame (FrameKind      kind,
            guint          i,
            LcMapRenderer *renderer,
            LcViewport    *viewport,
            guint32        day,
            cairo_t       *cr,
            GArray        *bare)
{
  double start = now_ms ();

  switch (kind)
    {
    case FRAME_BARE:
      draw_bare (cr, bare);
      break;

    case FRAME_DAY:
      /* Back and forth over the days before the story's own, as the
       * timeline steps. */
      lc_viewport_set_day (viewport, day - (i % 10) - 1);
      lc_map_renderer_draw (renderer, cr, viewport);
      break;

    case FRAME_PAN:
      lc_viewport_pan_by (viewport, i % 2 ? 8 : -8, i % 2 ? 3 : -3);
      lc_map_renderer_draw (renderer, cr, viewport);
      break;

    case FRAME_ZOOM:
      lc_viewport_zoom_at (viewport, i % 2 ? 0.25 : -0.25, lc_viewport_get_width (viewport) / 2.0,
                           lc_viewport_get_height (viewport) / 2.0);
      lc_map_renderer_draw (renderer, cr, viewport);
      break;

    case N_FRAMES:
    default:
      g_assert_not_reached ();
    }
  cairo_surface_flush (cairo_get_target (cr));

  return now_ms () - start;
}

static void
bench_frames (const char *name,
              const char *path,
              guint       runs,
              int         width,
              int         height)
{
  g_autoptr(LcStory) story = load (path);
  g_autoptr(LcMapRenderer) renderer = NULL;
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GArray) bare = NULL;
  GArray *times[N_FRAMES];
  static const char *names[N_FRAMES] = { "bare", "day", "pan", "zoom" };
  guint32 day;
  double first;

  if (story == NULL)
    {
      g_print ("frames %s refused\n", name);
      return;
    }
  renderer = new_renderer (story, viewport, width, height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  day = lc_story_get_initial (story);
  bare = project_bare (story, viewport, day);

  first = now_ms ();
  lc_map_renderer_draw (renderer, cr, viewport);
  first = now_ms () - first;
  draw_bare (cr, bare);

  /* A story whose frames take seconds is timed a few times only. */
  if (first > SLOW_MS)
    runs = MIN (runs, SLOW_RUNS);
  for (guint k = 0; k < N_FRAMES; k++)
    times[k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < runs; i++)
    for (guint k = 0; k < N_FRAMES; k++)
      {
        double t = time_frame (k, i, renderer, viewport, day, cr, bare);

        g_array_append_val (times[k], t);
      }

  g_print ("frames %s first %.3f", name, first);
  for (guint k = 0; k < N_FRAMES; k++)
    {
      g_print (" %s %.3f", names[k], median (times[k]));
      g_array_unref (times[k]);
    }
  g_print ("\n");

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static int
bench_profile (const char *kind_name,
               guint       runs,
               int         width,
               int         height,
               const char *path)
{
  g_autoptr(LcStory) story = load (path);
  g_autoptr(LcMapRenderer) renderer = NULL;
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  FrameKind kind = g_str_equal (kind_name, "pan") ? FRAME_PAN : FRAME_DAY;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 day;

  if (story == NULL)
    return 1;
  renderer = new_renderer (story, viewport, width, height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  day = lc_story_get_initial (story);
  lc_map_renderer_draw (renderer, cr, viewport);
  for (guint i = 0; i < runs; i++)
    time_frame (kind, i, renderer, viewport, day, cr, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return 0;
}

static int
bench_export (int         width,
              int         height,
              const char *format_name,
              const char *path,
              const char *out)
{
  g_autoptr(LcStory) story = load (path);
  g_autoptr(LcMapRenderer) renderer = NULL;
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  LcMapFormat format;
  double start;

  if (story == NULL)
    {
      g_print ("export refused\n");
      return 0;
    }
  if (!lc_map_format_from_name (out, &format))
    g_error ("no format %s", format_name);
  renderer = lc_map_renderer_new (story);
  lc_map_renderer_setup_viewport (renderer, viewport);
  lc_viewport_set_size (viewport, width, height);
  lc_viewport_set_day (viewport, lc_story_get_initial (story));
  lc_map_renderer_reset_view (renderer, viewport);

  start = now_ms ();
  if (!lc_map_export (renderer, viewport, format, file, NULL, &error))
    g_error ("%s: %s", out, error->message);
  g_print ("export %.3f\n", now_ms () - start);
  g_unlink (out);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int width, height;

  int size_arg = argc > 4 && g_str_equal (argv[1], "profile") ? 4 :
                 argc > 3 && g_str_equal (argv[1], "frames") ? 3 : 2;

  if (argc < 3 || sscanf (argv[size_arg], "%dx%d", &width, &height) != 2)
    {
      g_printerr ("usage: bench-render frames RUNS WxH NAME=STORY...\n"
                  "       bench-render profile day|pan RUNS WxH STORY\n"
                  "       bench-render export WxH png|svg|pdf STORY OUT\n");
      return 2;
    }

  if (g_str_equal (argv[1], "export") && argc == 6)
    return bench_export (width, height, argv[3], argv[4], argv[5]);

  if (g_str_equal (argv[1], "profile") && argc == 6)
    return bench_profile (argv[2], atoi (argv[3]), width, height, argv[5]);

  for (int i = 4; i < argc; i++)
    {
      g_auto(GStrv) pair = g_strsplit (argv[i], "=", 2);

      bench_frames (pair[0], pair[1], atoi (argv[2]), width, height);
    }

  return 0;
}
