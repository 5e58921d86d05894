/* bench-render.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How much the renderer's path cache saves: frames that only change the
 * date (the timeline playing) against frames that also move the view
 * (a drag), timed in the same process and reported as a ratio, which
 * holds on a noisy machine where absolute times do not.
 *
 *   meson test -C _build --benchmark render
 */

#include "config.h"

#include "lc-map-renderer.h"
#include "lc-story-loader.h"

#define FRAMES 60

static double
time_frames (LcMapRenderer *renderer,
             LcViewport    *viewport,
             cairo_t       *cr,
             gboolean       move)
{
  gint64 start = g_get_monotonic_time ();
  guint32 day = lc_viewport_get_day (viewport);

  for (guint i = 0; i < FRAMES; i++)
    {
      if (move)
        lc_viewport_pan_by (viewport, (i % 2) ? 1 : -1, 0);
      lc_viewport_set_day (viewport, day - (i % 20));
      lc_map_renderer_draw (renderer, cr, viewport);
    }

  return (g_get_monotonic_time () - start) / 1000.0 / FRAMES;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "stories",
                                            "lachin-corridor-2022.lcstory", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = lc_story_loader_load_file (loader, file, NULL, NULL, &error);
  g_autoptr(LcMapRenderer) renderer = NULL;
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1400, 900);
  cairo_t *cr = cairo_create (surface);
  double still, moving;

  g_assert_no_error (error);
  renderer = lc_map_renderer_new (story);
  lc_viewport_set_size (viewport, 1400, 900);
  lc_viewport_set_day (viewport, lc_story_get_end (story));
  lc_map_renderer_reset_view (renderer, viewport);
  lc_map_renderer_draw (renderer, cr, viewport); /* warm up */

  still = time_frames (renderer, viewport, cr, FALSE);
  moving = time_frames (renderer, viewport, cr, TRUE);
  g_print ("frame, date changes only: %.2f ms\n", still);
  g_print ("frame, view moves too:    %.2f ms\n", moving);
  g_print ("cached / rebuilt paths:   %.2f\n", still / moving);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
