/* fuzz-render.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Load, then render: a story that loads is drawn into a small image at
 * its first, last and initial days, at the zoom it opens with, closer and
 * farther, in the light, dark and high-contrast palettes, and every
 * feature is hit-tested and described, as the map widget does; then drawn
 * as the widget draws it, with its images kept, moved and moving, and its
 * legend expanded beside buttons it does not fit below. */

#include "config.h"

#include "lc-fuzz.h"
#include "lc-map-renderer.h"

#define WIDTH  96
#define HEIGHT 64

static void
draw_at (LcMapRenderer *renderer,
         LcViewport    *viewport,
         cairo_t       *cr,
         guint32        day,
         double         zoom_step)
{
  lc_viewport_set_day (viewport, day);
  lc_map_renderer_reset_view (renderer, viewport);
  lc_viewport_set_zoom (viewport, lc_viewport_get_zoom (viewport) + zoom_step);
  lc_map_renderer_draw (renderer, cr, viewport);
}

static void
describe_all (LcMapRenderer *renderer,
              LcViewport    *viewport,
              LcStory       *story)
{
  GListModel *features = lc_story_get_features (story);
  g_autoptr(GPtrArray) on_screen = NULL;
  guint n_labels;
  double x, y;

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);

      g_free (lc_map_renderer_describe_feature (renderer, feature, lc_viewport_get_day (viewport)));
      lc_map_renderer_get_anchor (renderer, viewport, feature, &x, &y);
    }
  on_screen = lc_map_renderer_dup_features_on_screen (renderer, viewport);
  lc_map_renderer_get_labels (renderer, &n_labels);
  lc_map_renderer_hit_test (renderer, viewport, WIDTH / 2.0, HEIGHT / 2.0);
}

/* The widget's way: the base kept in an image, the body kept while its
 * key holds, and a moving view drawn from one image, moved and zoomed. */
static void
draw_cached (LcStory *story,
             cairo_t *cr)
{
  g_autoptr(LcMapRenderer) renderer = lc_map_renderer_new (story);
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  g_autoptr(GBytes) key = NULL;

  lc_map_renderer_set_cache_scale (renderer, 1);
  lc_map_renderer_set_legend_expanded (renderer, TRUE);
  lc_map_renderer_set_covered (renderer, &(LcMapRect) { 4, 4, 12, 40 }, 1);
  lc_viewport_set_size (viewport, WIDTH, HEIGHT);
  lc_viewport_set_day (viewport, lc_story_get_initial (story));
  lc_map_renderer_reset_view (renderer, viewport);
  for (guint i = 0; i < 2; i++)
    {
      lc_map_renderer_draw_body (renderer, cr, viewport, &key);
      lc_map_renderer_draw_title (renderer, cr);
    }
  lc_viewport_pan_by (viewport, 7, -3);
  lc_map_renderer_draw (renderer, cr, viewport);
  lc_map_renderer_set_moving (renderer, TRUE);
  lc_map_renderer_draw (renderer, cr, viewport);
  lc_viewport_pan_by (viewport, 40.5, 20.25);
  lc_viewport_zoom_at (viewport, 0.4, WIDTH / 2.0, HEIGHT / 2.0);
  lc_map_renderer_draw (renderer, cr, viewport);
  lc_viewport_set_day (viewport, lc_story_get_end (story));
  lc_map_renderer_draw (renderer, cr, viewport);
  lc_map_renderer_set_moving (renderer, FALSE);
  lc_map_renderer_draw (renderer, cr, viewport);
}

static void
render (LcStory *story)
{
  g_autoptr(LcMapRenderer) renderer = lc_map_renderer_new (story);
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  lc_viewport_set_size (viewport, WIDTH, HEIGHT);
  draw_at (renderer, viewport, cr, lc_story_get_start (story), 0.0);
  lc_map_renderer_set_dark (renderer, TRUE);
  draw_at (renderer, viewport, cr, lc_story_get_end (story), 2.0);
  lc_map_renderer_set_high_contrast (renderer, TRUE);
  lc_map_renderer_set_place_names (renderer, LC_PLACE_NAMES_AZERBAIJANI);
  draw_at (renderer, viewport, cr, lc_story_get_initial (story), -3.0);
  describe_all (renderer, viewport, story);
  draw_cached (story, cr);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  static const char minimal[] =
    "{\"format\": \"lachin-corridor-story\", \"version\": 1, \"id\": \"warm-up\", "
    "\"title\": \"Warm-up\", \"sources\": [], "
    "\"timeline\": {\"start\": \"2022-12-01\", \"end\": \"2022-12-30\"}, "
    "\"features\": {\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
    "\"id\": \"x\", \"properties\": {\"name\": \"X\", \"kind\": \"city\"}, "
    "\"geometry\": {\"type\": \"Point\", \"coordinates\": [46.75, 39.8]}}]}}";
  g_autoptr(LcStory) story = NULL;

  lc_fuzz_init ();
  /* Fontconfig and Pango load their caches on the first text drawn, which
   * takes seconds under the sanitizers: not on an input's clock. */
  story = lc_fuzz_load ((const uint8_t *) minimal, sizeof minimal - 1);
  g_assert_nonnull (story);
  render (story);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LcStory) story = lc_fuzz_load (data, size);

  if (story != NULL)
    render (story);

  return 0;
}
