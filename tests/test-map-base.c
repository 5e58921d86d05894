/* test-map-base.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The base of the widget's frames (water, countries, areas), kept in an
 * image from frame to frame: every frame drawn with it is the frame drawn
 * without it, pixel for pixel, after the day, the view, the size, the
 * palette or the place names change; while the view moves it may be an
 * earlier view's image, moved and scaled, close to the frame; and it is
 * drawn again only when what it shows changes, counted, not timed. */

#include "config.h"

#include <math.h>

#include "lc-map-renderer-private.h"
#include "lc-test-story.h"

#define WIDTH  900
#define HEIGHT 600

typedef struct
{
  LcStory       *story;
  LcMapRenderer *cached; /* keeps the base in an image */
  LcMapRenderer *plain;  /* draws every layer every frame */
  LcViewport    *viewport;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();

  fixture->story = lc_test_load_bundled (loader);
  fixture->cached = lc_map_renderer_new (fixture->story);
  fixture->plain = lc_map_renderer_new (fixture->story);
  lc_map_renderer_set_cache_scale (fixture->cached, 1);
  fixture->viewport = lc_viewport_new ();
  lc_map_renderer_setup_viewport (fixture->plain, fixture->viewport);
  lc_viewport_set_size (fixture->viewport, WIDTH, HEIGHT);
  lc_viewport_set_day (fixture->viewport, lc_story_get_initial (fixture->story));
  lc_map_renderer_reset_view (fixture->plain, fixture->viewport);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->viewport);
  g_clear_object (&fixture->plain);
  g_clear_object (&fixture->cached);
  g_clear_object (&fixture->story);
}

static cairo_surface_t *
draw (LcMapRenderer *renderer,
      LcViewport    *viewport,
      int            scale)
{
  int width = lc_viewport_get_width (viewport), height = lc_viewport_get_height (viewport);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale,
                                                         height * scale);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  lc_map_renderer_draw (renderer, cr, viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* How many pixels differ by more than @threshold in a channel. */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b,
                   int              threshold)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  guint n = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *pa = &da[y * stride + 4 * x], *pb = &db[y * stride + 4 * x];

        for (int c = 0; c < 4; c++)
          if (ABS (pa[c] - pb[c]) > threshold)
            {
              n++;
              break;
            }
      }

  return n;
}

/* The frame with the base image is the frame without it, to within the
 * antialiasing of a line's edge. */
static void
assert_same_frame (Fixture *fixture,
                   int      scale)
{
  cairo_surface_t *cached = draw (fixture->cached, fixture->viewport, scale);
  cairo_surface_t *plain = draw (fixture->plain, fixture->viewport, scale);

  guint n_pixels = cairo_image_surface_get_width (plain) * cairo_image_surface_get_height (plain);

  /* Within a few levels: cairo leaves out of a stroke what is outside
   * the clip, the screen's, larger for the image, so a line that leaves
   * the screen may be antialiased a little differently at the edge. */
  g_assert_cmpuint (count_differences (cached, plain, 32), ==, 0);
  g_assert_cmpuint (count_differences (cached, plain, 8), <=, n_pixels / 10000);
  cairo_surface_destroy (cached);
  cairo_surface_destroy (plain);
}

/* Every day of the story: the same frames, and the base drawn only when
 * an area begins or ends, far fewer times than there are days. */
static void
test_days (Fixture       *fixture,
           gconstpointer  data)
{
  guint32 start = lc_story_get_start (fixture->story), end = lc_story_get_end (fixture->story);
  guint n_days = 0;

  for (guint32 day = start; day <= end; day += MAX ((end - start) / 40, 1), n_days++)
    {
      lc_viewport_set_day (fixture->viewport, day);
      assert_same_frame (fixture, 1);
    }
  g_test_message ("%u days, the base drawn %u times into the frame, %u into an image", n_days,
                  fixture->cached->base.n_direct, fixture->cached->base.n_renders);
  g_assert_cmpuint (n_days, >=, 20);
  g_assert_cmpuint (fixture->cached->base.n_renders, >=, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, <=, n_days / 4);
}

/* Moved by whole pixels, as the arrow keys move it: the image moved, and
 * the frame is the same, hatching included; by a fraction of a pixel, or
 * zoomed, the base is drawn again, and the frame is the same. The place
 * names' images are kept for a move by any amount. */
static void
test_view (Fixture       *fixture,
           gconstpointer  data)
{
  guint renders, images;

  /* The first frame of a base draws it into the frame and keeps no
   * image; the next one that shows it draws the image. */
  assert_same_frame (fixture, 1);
  g_assert_null (fixture->cached->base.view.image);
  g_assert_cmpuint (fixture->cached->base.n_direct, ==, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, 0);
  assert_same_frame (fixture, 1);
  g_assert_nonnull (fixture->cached->base.view.image);
  renders = fixture->cached->base.n_renders;
  g_assert_cmpuint (renders, ==, 1);

  lc_viewport_pan_by (fixture->viewport, 40, -25);
  assert_same_frame (fixture, 1);
  lc_viewport_pan_by (fixture->viewport, -30, 60);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, renders);

  /* Past the image's margin. */
  lc_viewport_pan_by (fixture->viewport, 400, 0);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, ++renders);

  /* The text stays at whole pixels: its images are kept. */
  images = fixture->cached->n_text_images;
  lc_viewport_pan_by (fixture->viewport, 0.4, 0.3);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, ++renders);
  g_assert_cmpuint (fixture->cached->n_text_images, ==, images);

  lc_viewport_zoom_at (fixture->viewport, 0.5, 300, 200);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, ++renders);

  /* Another size: drawn into the frame, then into an image. */
  lc_viewport_set_size (fixture->viewport, 640, 700);
  assert_same_frame (fixture, 1);
  g_assert_null (fixture->cached->base.view.image);
  g_assert_cmpuint (fixture->cached->base.n_direct, ==, 2);
  lc_viewport_pan_by (fixture->viewport, 5, 5);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, ++renders);
}

/* The dark and high contrast palettes draw it again; the place names,
 * the selection and the legend are over it. */
static void
test_style (Fixture       *fixture,
            gconstpointer  data)
{
  GListModel *features = lc_story_get_features (fixture->story);
  g_autoptr(LcFeature) feature = g_list_model_get_item (features,
                                                        g_list_model_get_n_items (features) / 2);

  assert_same_frame (fixture, 1);
  for (guint i = 0; i < 2; i++)
    {
      lc_map_renderer_set_dark (fixture->cached, !lc_map_renderer_get_dark (fixture->cached));
      lc_map_renderer_set_dark (fixture->plain, lc_map_renderer_get_dark (fixture->cached));
      assert_same_frame (fixture, 1);
    }
  lc_map_renderer_set_high_contrast (fixture->cached, TRUE);
  lc_map_renderer_set_high_contrast (fixture->plain, TRUE);
  assert_same_frame (fixture, 1);
  /* Each palette's first frame draws the base into the frame. */
  g_assert_cmpuint (fixture->cached->base.n_direct, ==, 4);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, 0);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, 1);

  lc_map_renderer_set_place_names (fixture->cached, LC_PLACE_NAMES_AZERBAIJANI);
  lc_map_renderer_set_place_names (fixture->plain, LC_PLACE_NAMES_AZERBAIJANI);
  lc_map_renderer_set_selected (fixture->cached, feature);
  lc_map_renderer_set_selected (fixture->plain, feature);
  lc_map_renderer_set_legend_expanded (fixture->cached, FALSE);
  lc_map_renderer_set_legend_expanded (fixture->plain, FALSE);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->base.n_direct, ==, 4);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, 1);
}

/* On a screen of two device pixels a pixel, an image of as many. */
static void
test_scale (Fixture       *fixture,
            gconstpointer  data)
{
  lc_map_renderer_set_cache_scale (fixture->cached, 2);
  assert_same_frame (fixture, 2);
  lc_viewport_pan_by (fixture->viewport, 0.5, -1.5);
  assert_same_frame (fixture, 2);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, 1);
}

/* How many places' symbols have been drawn into images, and how many
 * images there are. */
static guint
symbol_renders (LcMapRenderer *renderer,
                guint         *n_images)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  *n_images = 0;
  g_hash_table_iter_init (&iter, renderer->cache);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      LcMapFeatureCache *cache = value;

      for (guint i = 0; cache->symbols != NULL && i < cache->n_points; i++)
        {
          n += cache->symbols[i].n_renders;
          *n_images += cache->symbols[i].surface != NULL;
        }
    }

  return n;
}

/* How many pixels of the frame @renderer draws for the view differ by
 * more than 48 in a channel from the frame drawn afresh. */
static guint
rough_differences (Fixture       *fixture,
                   LcMapRenderer *renderer)
{
  cairo_surface_t *cached = draw (renderer, fixture->viewport, 1);
  cairo_surface_t *plain = draw (fixture->plain, fixture->viewport, 1);
  guint rough = count_differences (cached, plain, 48);

  cairo_surface_destroy (cached);
  cairo_surface_destroy (plain);
  return rough;
}

/* While the view moves, the map but its panels comes from one image drawn
 * for an earlier view, moved and scaled: close to the frame, and nothing
 * drawn again, the base included; a frame drawn with the image a few
 * pixels off is not close. Once it stops, the image goes, and the frame
 * is the frame exactly. */
static void
test_moving (Fixture       *fixture,
             gconstpointer  data)
{
  const guint n_pixels = WIDTH * HEIGHT;
  guint base_renders, symbols, n_symbols, n, rough;

  assert_same_frame (fixture, 1);
  assert_same_frame (fixture, 1);
  base_renders = fixture->cached->base.n_renders;
  symbols = symbol_renders (fixture->cached, &n_symbols);
  lc_map_renderer_set_moving (fixture->cached, TRUE);

  /* A drag's moves, by whole pixels: the image moved as it is. */
  for (guint i = 0; i < 6; i++)
    {
      lc_viewport_pan_by (fixture->viewport, 7, -4);
      rough = rough_differences (fixture, fixture->cached);
      g_test_message ("moving, moved: %u of %u pixels differ by more than 48", rough, n_pixels);
      g_assert_cmpuint (rough, <, n_pixels / 50);
    }
  g_assert_nonnull (fixture->cached->motion.view.image);
  g_assert_cmpuint (fixture->cached->motion.n_renders, ==, 1);

  /* Moved by fractions of a pixel and zoomed, as a pinch or a flight. */
  for (guint i = 0; i < 6; i++)
    {
      lc_viewport_pan_by (fixture->viewport, 7.3, -4.6);
      lc_viewport_zoom_at (fixture->viewport, 0.05, WIDTH / 2.0, HEIGHT / 2.0);
      rough = rough_differences (fixture, fixture->cached);
      g_test_message ("moving, zoomed: %u of %u pixels differ by more than 48", rough, n_pixels);
      g_assert_cmpuint (rough, <, n_pixels / 10);
    }
  g_assert_cmpuint (fixture->cached->motion.n_renders, ==, 1);
  g_assert_cmpuint (fixture->cached->base.n_renders, ==, base_renders);
  g_test_message ("moving: %u symbols drawn again", symbol_renders (fixture->cached, &n) - symbols);
  g_assert_cmpuint (symbol_renders (fixture->cached, &n) - symbols, <=, n_symbols / 2);

  /* Stopped: the frame, and the image let go. */
  lc_map_renderer_set_moving (fixture->cached, FALSE);
  g_assert_null (fixture->cached->motion.view.image);
  assert_same_frame (fixture, 1);

  /* Zoomed twice as far as the image shows, or the selection changed:
   * drawn again, even moving. */
  lc_map_renderer_set_moving (fixture->cached, TRUE);
  cairo_surface_destroy (draw (fixture->cached, fixture->viewport, 1));
  g_assert_cmpuint (fixture->cached->motion.n_renders, ==, 2);
  lc_viewport_zoom_at (fixture->viewport, 1.5, WIDTH / 2.0, HEIGHT / 2.0);
  cairo_surface_destroy (draw (fixture->cached, fixture->viewport, 1));
  g_assert_cmpuint (fixture->cached->motion.n_renders, ==, 3);
  lc_map_renderer_set_selected (fixture->cached,
                                lc_story_lookup_feature (fixture->story, "stepanakert"));
  lc_map_renderer_set_selected (fixture->plain,
                                lc_story_lookup_feature (fixture->story, "stepanakert"));
  g_assert_cmpuint (rough_differences (fixture, fixture->cached), <, n_pixels / 50);
  g_assert_cmpuint (fixture->cached->motion.n_renders, ==, 4);
  /* Moved past its margin. */
  lc_viewport_pan_by (fixture->viewport, 120, 0);
  g_assert_cmpuint (rough_differences (fixture, fixture->cached), <, n_pixels / 50);
  g_assert_cmpuint (fixture->cached->motion.n_renders, ==, 5);
  lc_map_renderer_set_moving (fixture->cached, FALSE);
  assert_same_frame (fixture, 1);
}

/* Labels are shaped once, and their text drawn once into images: after
 * the first frame, frames of other days and of the view moved by whole
 * pixels make no layout, draw few text images, and are the same frames;
 * other place names make new layouts. */
static void
test_labels (Fixture       *fixture,
             gconstpointer  data)
{
  guint layouts, images;

  assert_same_frame (fixture, 1);
  layouts = fixture->cached->n_label_layouts;
  images = fixture->cached->n_text_images;
  g_test_message ("%u layouts, %u text images", layouts, images);
  g_assert_cmpuint (layouts, >=, 10);
  g_assert_cmpuint (images, >=, 10);

  for (guint i = 0; i < 4; i++)
    {
      lc_viewport_pan_by (fixture->viewport, i % 2 ? -3 : 2, i % 2 ? 1 : -2);
      assert_same_frame (fixture, 1);
    }
  g_test_message ("4 frames moved: %u text images drawn again",
                  fixture->cached->n_text_images - images);
  g_assert_cmpuint (fixture->cached->n_label_layouts, ==, layouts);
  /* Only those of labels that went elsewhere than the map moved them, to
   * another part of a pixel: an area's name at the middle of what is on
   * screen, say. */
  g_assert_cmpuint (fixture->cached->n_text_images - images, <=, images);

  /* Back to a day shown before: every layout is there. */
  lc_viewport_set_day (fixture->viewport, lc_viewport_get_day (fixture->viewport) - 1);
  assert_same_frame (fixture, 1);
  layouts = fixture->cached->n_label_layouts;
  lc_viewport_set_day (fixture->viewport, lc_viewport_get_day (fixture->viewport) + 1);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->n_label_layouts, ==, layouts);

  lc_map_renderer_set_place_names (fixture->cached, LC_PLACE_NAMES_ARMENIAN);
  lc_map_renderer_set_place_names (fixture->plain, LC_PLACE_NAMES_ARMENIAN);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (fixture->cached->n_label_layouts, >, layouts);
}

/* The legend and the locator inset's map are kept drawn in images: the
 * same frames, and drawn again only when what they show changes: the
 * legend with its entries (its title, the date, is drawn over it), both
 * with the palette, neither when the view moves by whole pixels. */
static void
test_panels (Fixture       *fixture,
             gconstpointer  data)
{
  LcMapRenderer *cached = fixture->cached;
  guint legend, inset, symbols, n_symbols, n;

  /* The story's own view shows the inset. The second frame, whose base
   * is painted from an image, not drawn, keeps them. */
  assert_same_frame (fixture, 1);
  assert_same_frame (fixture, 1);
  legend = cached->legend_image.n_renders;
  inset = cached->inset_image.n_renders;
  g_assert_cmpuint (legend, ==, 1);
  g_assert_cmpuint (inset, ==, 1);
  symbols = symbol_renders (cached, &n_symbols);
  g_test_message ("%u symbols kept", n_symbols);
  g_assert_cmpuint (n_symbols, >=, 10);
  g_assert_cmpuint (symbols, ==, n_symbols);

  for (guint i = 0; i < 4; i++)
    {
      lc_viewport_pan_by (fixture->viewport, i % 2 ? -3 : 2, i % 2 ? 1 : -2);
      assert_same_frame (fixture, 1);
    }
  g_assert_cmpuint (cached->legend_image.n_renders, ==, legend);
  g_assert_cmpuint (cached->inset_image.n_renders, ==, inset);
  /* Only those the screen's edge cut, and those that came in. */
  g_test_message ("moved: %u symbols drawn again", symbol_renders (cached, &n) - symbols);
  g_assert_cmpuint (symbol_renders (cached, &n) - symbols, <=, n_symbols / 4);

  /* Another day: another title, the same entries and countries. */
  lc_viewport_set_day (fixture->viewport, lc_viewport_get_day (fixture->viewport) + 1);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (cached->legend_image.n_renders, ==, legend);
  g_assert_cmpuint (cached->inset_image.n_renders, ==, inset);

  lc_map_renderer_set_dark (cached, TRUE);
  lc_map_renderer_set_dark (fixture->plain, TRUE);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (cached->legend_image.n_renders, ==, legend + 1);
  g_assert_cmpuint (cached->inset_image.n_renders, ==, inset + 1);

  /* Other names: another legend. */
  lc_map_renderer_set_place_names (cached, LC_PLACE_NAMES_ARMENIAN);
  lc_map_renderer_set_place_names (fixture->plain, LC_PLACE_NAMES_ARMENIAN);
  assert_same_frame (fixture, 1);
  g_assert_cmpuint (cached->inset_image.n_renders, ==, inset + 1);
}

/* A renderer that has drawn other frames draws the frame a new one draws
 * for the same state, to within the base's antialiasing at the screen's
 * edge: whatever it keeps (the base, the panels, the labels' layouts and
 * images, the areas' anchors) is made again when it should be. Day A, day B, moved, zoomed, resized, back to day A. */
static void
test_fresh (Fixture       *fixture,
            gconstpointer  data)
{
  LcViewport *viewport = fixture->viewport;
  guint32 day_a = lc_viewport_get_day (viewport);
  guint32 day_b = lc_story_get_end (fixture->story);

  for (guint step = 0; step < 8; step++)
    {
      g_autoptr(LcMapRenderer) fresh = lc_map_renderer_new (fixture->story);
      cairo_surface_t *kept, *new;

      switch (step)
        {
        case 0: break;
        case 1: lc_viewport_set_day (viewport, day_b); break;
        case 2: lc_viewport_pan_by (viewport, 37, -21); break;
        case 3: lc_viewport_zoom_at (viewport, 1.0, 300, 200); break;
        case 4: lc_viewport_set_day (viewport, day_a); break;
        case 5: lc_viewport_pan_by (viewport, -120, 64); break;
        case 6: lc_viewport_set_size (viewport, 1000, 640); break;
        case 7: lc_viewport_set_day (viewport, day_b); break;
        default: g_assert_not_reached ();
        }
      lc_map_renderer_set_cache_scale (fresh, 1);
      kept = draw (fixture->cached, viewport, 1);
      new = draw (fresh, viewport, 1);
      /* As the base drawn anew: a line leaving the screen may be
       * antialiased a little differently at its edge. */
      g_assert_cmpuint (count_differences (kept, new, 32), ==, 0);
      g_assert_cmpuint (count_differences (kept, new, 8), <=, WIDTH * HEIGHT / 10000);
      cairo_surface_destroy (kept);
      cairo_surface_destroy (new);
      assert_same_frame (fixture, 1);
    }
}

/* The anchors of an area, found as they were before the grid was tested
 * a row at a time: the grid over its largest ring's box, within @clip,
 * each point tested on its own, the nearest the middle first. */
static GArray *
oracle_anchors (LcMapRenderer   *renderer,
                LcFeature       *feature,
                const LcMapRect *clip)
{
  LcMapShape *shape = lc_map_renderer_get_shape (renderer, feature);
  GArray *anchors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) distances = g_array_new (FALSE, FALSE, sizeof (double));
  double left = G_MAXDOUBLE, top = G_MAXDOUBLE, right = -G_MAXDOUBLE, bottom = -G_MAXDOUBLE;
  double best_area = -1, cx, cy;
  guint best_start = 0, best_n = shape->n_points, start = 0;

  for (guint part = 0; part < shape->n_parts; part++)
    {
      const double *m = shape->metres;
      guint n_points = shape->part_sizes[part];
      double area = 0;

      for (guint i = start; i + 1 < start + n_points; i++)
        area += m[2 * i] * m[2 * i + 3] - m[2 * i + 2] * m[2 * i + 1];
      if (n_points > 0 && fabs (area) > best_area)
        {
          best_area = fabs (area);
          best_start = start;
          best_n = n_points;
        }
      start += n_points;
    }
  for (guint i = best_start; i < best_start + best_n; i++)
    {
      double x, y;

      lc_map_renderer_to_pixels (renderer, &shape->metres[2 * i], &x, &y);
      left = MIN (left, x);
      right = MAX (right, x);
      top = MIN (top, y);
      bottom = MAX (bottom, y);
    }
  /* As a box: its corner and its size. */
  right = left + (right - left);
  bottom = top + (bottom - top);
  left = MAX (left, clip->x);
  top = MAX (top, clip->y);
  right = MIN (right, clip->x + clip->width);
  bottom = MIN (bottom, clip->y + clip->height);
  if (left >= right || top >= bottom)
    return anchors;

  cx = (left + right) / 2;
  cy = (top + bottom) / 2;
  for (guint i = 0; i <= 9; i++)
    for (guint j = 0; j <= 9; j++)
      {
        double x = cx + (right - left) * ((double) i / 9 - 0.5) * 0.9;
        double y = cy + (bottom - top) * ((double) j / 9 - 0.5) * 0.9;
        double d = hypot (x - cx, y - cy);
        guint k = 0;

        if (!lc_map_renderer_point_in (renderer, feature, x, y))
          continue;
        /* Insertion by distance, then upper, then left. */
        while (k < distances->len &&
               (g_array_index (distances, double, k) < d ||
                (g_array_index (distances, double, k) == d &&
                 (g_array_index (anchors, double, 2 * k + 1) < y ||
                  (g_array_index (anchors, double, 2 * k + 1) == y &&
                   g_array_index (anchors, double, 2 * k) < x)))))
          k++;
        g_array_insert_val (distances, k, d);
        g_array_insert_vals (anchors, 2 * k, (double[]) { x, y }, 2);
      }

  return anchors;
}

/* An area's anchors, the grid's points in it tested a row at a time, are
 * those found testing each point on its own, in the same order, to the
 * bit. */
static void
test_anchors (Fixture       *fixture,
              gconstpointer  data)
{
  LcMapRenderer *renderer = fixture->plain;
  const LcMapRect screen = { 0, 0, WIDTH, HEIGHT };
  guint n_areas = 0, n_anchors = 0;

  for (guint view = 0; view < 3; view++)
    {
      GPtrArray *visible = lc_story_get_visible_features (fixture->story,
                                                          lc_viewport_get_day (fixture->viewport));

      cairo_surface_destroy (draw (renderer, fixture->viewport, 1));
      for (guint i = 0; i < visible->len; i++)
        {
          LcFeature *feature = g_ptr_array_index (visible, i);
          LcFeatureKind kind = lc_feature_get_kind (feature);
          g_autoptr(GArray) anchors = NULL;
          g_autoptr(GArray) checked = NULL;

          if (!lc_map_is_area_kind (kind) && kind != LC_FEATURE_KIND_COUNTRY)
            continue;
          anchors = lc_map_renderer_area_anchors (renderer, feature, &screen);
          checked = oracle_anchors (renderer, feature, &screen);
          g_assert_cmpuint (anchors->len, ==, checked->len);
          g_assert_cmpmem (anchors->data, anchors->len * sizeof (double), checked->data,
                           checked->len * sizeof (double));
          n_areas++;
          n_anchors += anchors->len / 2;
        }
      lc_viewport_zoom_at (fixture->viewport, 0.75, WIDTH / 3.0, HEIGHT / 2.0);
      lc_viewport_pan_by (fixture->viewport, 13.25, -7.5);
    }
  g_test_message ("%u areas, %u anchors", n_areas, n_anchors);
  g_assert_cmpuint (n_areas, >=, 6);
  g_assert_cmpuint (n_anchors, >=, 100);
}

/* A frame's body kept while its key holds (lc_map_renderer_draw_body()),
 * with the day's title drawn over it, is the frame drawn whole: on every
 * day of the blockade and on days across the story. The body is kept on
 * the days that change nothing on the map but the date, and drawn again
 * when the day's story names other places or anything else changes. */
static cairo_surface_t *
draw_body (LcMapRenderer  *renderer,
           LcViewport     *viewport,
           GBytes        **key,
           cairo_surface_t *kept)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  if (!lc_map_renderer_draw_body (renderer, cr, viewport, key))
    {
      g_assert_nonnull (kept);
      cairo_set_source_surface (cr, kept, 0, 0);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_paint (cr);
    }
  cairo_destroy (cr);

  return surface;
}

static cairo_surface_t *
with_title (LcMapRenderer   *renderer,
            cairo_surface_t *body)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_surface (cr, body, 0, 0);
  cairo_paint (cr);
  lc_map_renderer_draw_title (renderer, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Draws the frame as the widget does, keeping the body in @body, and
 * checks it against the frame drawn whole. Returns whether the body was
 * drawn. */
static gboolean
assert_kept_frame (Fixture          *fixture,
                   GBytes          **key,
                   cairo_surface_t **body)
{
  g_autoptr(GBytes) before = *key != NULL ? g_bytes_ref (*key) : NULL;
  cairo_surface_t *now = draw_body (fixture->cached, fixture->viewport, key, *body);
  cairo_surface_t *frame = with_title (fixture->cached, now);
  cairo_surface_t *whole = draw (fixture->plain, fixture->viewport, 1);
  gboolean drawn = before == NULL || !g_bytes_equal (before, *key);

  g_assert_cmpuint (count_differences (frame, whole, 32), ==, 0);
  g_assert_cmpuint (count_differences (frame, whole, 8), <=, WIDTH * HEIGHT / 10000);
  g_clear_pointer (body, cairo_surface_destroy);
  *body = now;
  cairo_surface_destroy (frame);
  cairo_surface_destroy (whole);

  return drawn;
}

static void
test_kept_body (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) key = NULL;
  cairo_surface_t *body = NULL;
  guint32 start = lc_story_get_start (fixture->story), end = lc_story_get_end (fixture->story);
  guint32 blockade = lc_day_parse ("2022-12-12");
  LcFeature *corridor = lc_story_lookup_feature (fixture->story, "lachin-corridor");
  guint n_drawn = 0, n_kept = 0;

  g_assert_true (lc_map_renderer_get_legend_expanded (fixture->cached));
  for (guint32 day = start - 1; day <= end + 1; day += day >= blockade - 20 ? 1 : 17)
    {
      gboolean drawn;

      lc_viewport_set_day (fixture->viewport, day);
      drawn = assert_kept_frame (fixture, &key, &body);
      n_drawn += drawn;
      n_kept += !drawn;
    }
  g_test_message ("bodies drawn %u, kept %u", n_drawn, n_kept);
  g_assert_cmpuint (n_kept, >, n_drawn);
  g_assert_cmpuint (n_drawn, >=, 8);

  /* The 29th names nothing: the 28th's body. The 30th names more. */
  lc_viewport_set_day (fixture->viewport, lc_day_parse ("2022-12-28"));
  assert_kept_frame (fixture, &key, &body);
  lc_viewport_set_day (fixture->viewport, lc_day_parse ("2022-12-29"));
  g_assert_false (assert_kept_frame (fixture, &key, &body));
  lc_viewport_set_day (fixture->viewport, lc_day_parse ("2022-12-30"));
  g_assert_true (assert_kept_frame (fixture, &key, &body));
  g_assert_false (assert_kept_frame (fixture, &key, &body));

  /* Anything else that changes the map draws it again. */
  g_assert_nonnull (corridor);
  lc_map_renderer_set_selected (fixture->cached, corridor);
  lc_map_renderer_set_selected (fixture->plain, corridor);
  g_assert_true (assert_kept_frame (fixture, &key, &body));
  lc_map_renderer_set_place_names (fixture->cached, LC_PLACE_NAMES_AZERBAIJANI);
  lc_map_renderer_set_place_names (fixture->plain, LC_PLACE_NAMES_AZERBAIJANI);
  g_assert_true (assert_kept_frame (fixture, &key, &body));
  lc_map_renderer_set_dark (fixture->cached, TRUE);
  lc_map_renderer_set_dark (fixture->plain, TRUE);
  g_assert_true (assert_kept_frame (fixture, &key, &body));
  lc_viewport_pan_by (fixture->viewport, 1, 0);
  g_assert_true (assert_kept_frame (fixture, &key, &body));
  lc_map_renderer_set_legend_expanded (fixture->cached, FALSE);
  lc_map_renderer_set_legend_expanded (fixture->plain, FALSE);
  g_assert_true (assert_kept_frame (fixture, &key, &body));
  g_assert_false (lc_map_renderer_get_title_box (fixture->cached, &(LcMapRect) { 0 }));
  g_assert_false (assert_kept_frame (fixture, &key, &body));

  cairo_surface_destroy (body);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/map/base/days", test_days);
  ADD ("/map/base/view", test_view);
  ADD ("/map/base/style", test_style);
  ADD ("/map/base/scale", test_scale);
  ADD ("/map/base/moving", test_moving);
  ADD ("/map/base/labels", test_labels);
  ADD ("/map/base/panels", test_panels);
  ADD ("/map/base/fresh", test_fresh);
  ADD ("/map/base/anchors", test_anchors);
  ADD ("/map/base/kept-body", test_kept_body);
#undef ADD

  return g_test_run ();
}
