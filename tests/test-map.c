/* test-map.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The map layer: projection, viewport, hit testing and pixels drawn on an
 * offscreen surface, from the bundled story. No display is needed. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "lc-map-export.h"
#include "lc-map-renderer.h"
#include "lc-map-renderer-private.h"
#include "lc-map-style.h"
#include "lc-test-story.h"

#define WIDTH  1400
#define HEIGHT 900

typedef struct
{
  LcStory       *story;
  LcMapRenderer *renderer;
  LcViewport    *viewport;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();

  /* In a language, the story's names and notes in it too, as the app shows them. */
  if (g_getenv ("LACHIN_CORRIDOR_LOCALEDIR") != NULL)
    lc_story_loader_set_translation_domain (loader, GETTEXT_PACKAGE);
  f->story = lc_test_load_bundled (loader);
  f->renderer = lc_map_renderer_new (f->story);
  f->viewport = lc_viewport_new ();
  lc_viewport_set_size (f->viewport, WIDTH, HEIGHT);
  lc_viewport_set_day (f->viewport, lc_day_parse ("2022-12-30"));
  lc_map_renderer_reset_view (f->renderer, f->viewport);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->viewport);
  g_clear_object (&f->renderer);
  g_clear_object (&f->story);
}

static void
place_pixels (Fixture    *f,
              const char *id,
              double     *x,
              double     *y)
{
  LcFeature *feature = lc_story_lookup_feature (f->story, id);
  const double *coords;

  g_assert_nonnull (feature);
  coords = lc_geometry_get_coords (lc_feature_get_geometry (feature));
  lc_viewport_project (f->viewport, coords[0], coords[1], x, y);
}

static void
test_projection_round_trip (void)
{
  LcProjection projection;

  lc_projection_init_for_box (&projection, 43.4, 38.3, 50.9, 42.0);
  for (double lon = 43.0; lon <= 51.0; lon += 0.5)
    for (double lat = 38.0; lat <= 42.5; lat += 0.5)
      {
        double x, y, lon2, lat2;

        lc_projection_forward (&projection, lon, lat, &x, &y);
        lc_projection_inverse (&projection, x, y, &lon2, &lat2);
        g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-9);
        g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-9);
      }
}

/* A box across the equator, as a story with no features is framed (the
 * world) or a story of central Africa: the cone opens into a cylinder. */
static void
test_projection_across_the_equator (void)
{
  const double boxes[][4] = { { -180, -85, 180, 85 }, { 10, -5, 30, 5 }, { 10, -5, 30, 5.000001 } };

  for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
    {
      LcProjection projection;
      double x0, y0, x1, y1;

      lc_projection_init_for_box (&projection, boxes[b][0], boxes[b][1], boxes[b][2], boxes[b][3]);
      for (double lon = boxes[b][0]; lon <= boxes[b][2]; lon += (boxes[b][2] - boxes[b][0]) / 8)
        for (double lat = boxes[b][1]; lat <= boxes[b][3]; lat += (boxes[b][3] - boxes[b][1]) / 8)
          {
            double x, y, lon2, lat2;

            lc_projection_forward (&projection, lon, lat, &x, &y);
            g_assert_true (isfinite (x) && isfinite (y));
            lc_projection_inverse (&projection, x, y, &lon2, &lat2);
            g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-6);
            g_assert_cmpfloat_with_epsilon (lat2, lat, 1e-6);
          }
      /* North is up, east is right. */
      lc_projection_forward (&projection, boxes[b][0], 0, &x0, &y0);
      lc_projection_forward (&projection, boxes[b][2], 1, &x1, &y1);
      g_assert_cmpfloat (x1, >, x0);
      g_assert_cmpfloat (y1, >, y0);
    }
}

static void
test_projection_distances (void)
{
  LcProjection projection;
  double x0, y0, x1, y1, projected, true_km;

  /* Conformal and true to scale near the standard parallels: Goris to
   * Stepanakert measures within one per cent of the great circle. */
  lc_projection_init_for_box (&projection, 43.4, 38.3, 50.9, 42.0);
  lc_projection_forward (&projection, 46.339, 39.508, &x0, &y0);
  lc_projection_forward (&projection, 46.752, 39.815, &x1, &y1);
  projected = hypot (x1 - x0, y1 - y0) / 1000.0;
  true_km = lc_distance_km (46.339, 39.508, 46.752, 39.815);
  g_assert_cmpfloat (true_km, >, 45.0);
  g_assert_cmpfloat (true_km, <, 52.0);
  g_assert_cmpfloat (fabs (projected - true_km) / true_km, <, 0.01);
}

static void
test_relations (Fixture       *f,
                gconstpointer  data)
{
  double sx, sy, gx, gy, shx, shy;

  place_pixels (f, "stepanakert", &sx, &sy);
  place_pixels (f, "goris", &gx, &gy);
  place_pixels (f, "shushi", &shx, &shy);

  g_assert_cmpfloat (sx, >, gx);   /* Stepanakert east of Goris */
  g_assert_cmpfloat (sy, <, shy);  /* and north of Shushi */
  g_assert_cmpfloat (sy, <, gy);

  /* The initial view shows the corridor's towns legibly far apart. */
  g_assert_cmpfloat (hypot (sx - gx, sy - gy), >, 250);
  g_assert_cmpfloat (gx, >, 0);
  g_assert_cmpfloat (sx, <, WIDTH);
}

static void
test_fit_bounds (Fixture       *f,
                 gconstpointer  data)
{
  double w = 44.0, s = 38.8, e = 47.5, n = 41.3;
  double corners[4][2] = { { w, s }, { e, s }, { e, n }, { w, n } };
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  lc_viewport_fit_bounds (f->viewport, w, s, e, n, 20);
  for (guint i = 0; i < 4; i++)
    {
      double x, y;

      lc_viewport_project (f->viewport, corners[i][0], corners[i][1], &x, &y);
      g_assert_cmpfloat (x, >=, 19.9);
      g_assert_cmpfloat (x, <=, WIDTH - 19.9);
      g_assert_cmpfloat (y, >=, 19.9);
      g_assert_cmpfloat (y, <=, HEIGHT - 19.9);
      min_x = MIN (min_x, x);
      max_x = MAX (max_x, x);
      min_y = MIN (min_y, y);
      max_y = MAX (max_y, y);
    }
  /* It fills the view in one direction. */
  g_assert_true (fabs (max_y - min_y - (HEIGHT - 40)) < 20 || fabs (max_x - min_x - (WIDTH - 40)) < 20);
}

static void
test_pan_and_zoom (Fixture       *f,
                   gconstpointer  data)
{
  double x, y, lon, lat, lon2, lat2, zoom = lc_viewport_get_zoom (f->viewport);

  /* Zooming keeps the place under the pointer where it is. */
  lc_viewport_unproject (f->viewport, 300, 200, &lon, &lat);
  lc_viewport_zoom_at (f->viewport, 1.5, 300, 200);
  g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (f->viewport), zoom + 1.5, 1e-9);
  lc_viewport_project (f->viewport, lon, lat, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 300, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 200, 1e-6);

  /* Dragging moves the map with the pointer. */
  lc_viewport_pan_by (f->viewport, 100, -50);
  lc_viewport_project (f->viewport, lon, lat, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 400, 1e-6);
  g_assert_cmpfloat_with_epsilon (y, 150, 1e-6);
  lc_viewport_unproject (f->viewport, 400, 150, &lon2, &lat2);
  g_assert_cmpfloat_with_epsilon (lon2, lon, 1e-9);

  /* Zoom is bounded. */
  lc_viewport_set_zoom (f->viewport, 100);
  g_assert_cmpfloat (lc_viewport_get_zoom (f->viewport), ==, LC_VIEWPORT_MAX_ZOOM);
}

static void
test_hit_testing (Fixture       *f,
                  gconstpointer  data)
{
  LcFeature *corridor = lc_story_lookup_feature (f->story, "lachin-corridor");
  double x, y;

  lc_viewport_project (f->viewport, 46.15, 39.55, &x, &y);
  g_assert_cmpstr (lc_feature_get_id (lc_map_renderer_hit_test (f->renderer, f->viewport, x, y)),
                   ==, "armenia");

  g_assert_true (lc_map_renderer_get_anchor (f->renderer, f->viewport, corridor, &x, &y));
  g_assert_true (lc_map_renderer_hit_test (f->renderer, f->viewport, x, y) == corridor);
  g_assert_true (lc_map_renderer_hit_test (f->renderer, f->viewport, x + 3, y) == corridor);

  place_pixels (f, "stepanakert", &x, &y);
  g_assert_cmpstr (lc_feature_get_id (lc_map_renderer_hit_test (f->renderer, f->viewport, x + 2, y)),
                   ==, "stepanakert");
  place_pixels (f, "blockade-site", &x, &y);
  g_assert_cmpstr (lc_feature_get_id (lc_map_renderer_hit_test (f->renderer, f->viewport, x, y)),
                   ==, "blockade-site");

  /* Inside the hatched area, away from roads and places. */
  lc_viewport_project (f->viewport, 46.95, 39.8, &x, &y);
  g_assert_cmpstr (lc_feature_get_id (lc_map_renderer_hit_test (f->renderer, f->viewport, x, y)),
                   ==, "artsakh-area");

  /* Before the blockade there is no blockade site to hit. */
  lc_viewport_set_day (f->viewport, lc_day_parse ("2022-12-11"));
  place_pixels (f, "blockade-site", &x, &y);
  g_assert_cmpstr (lc_feature_get_id (lc_map_renderer_hit_test (f->renderer, f->viewport, x, y)),
                   !=, "blockade-site");
}

static cairo_surface_t *
render (Fixture *f)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         lc_viewport_get_width (f->viewport),
                                                         lc_viewport_get_height (f->viewport));
  cairo_t *cr = cairo_create (surface);

  lc_map_renderer_draw (f->renderer, cr, f->viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          double           rgb[3])
{
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (gconstpointer) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);

  rgb[0] = ((pixel >> 16) & 0xff) / 255.0;
  rgb[1] = ((pixel >> 8) & 0xff) / 255.0;
  rgb[2] = (pixel & 0xff) / 255.0;
}

static gboolean
color_near (const double   rgb[3],
            const LcColor *color)
{
  return fabs (rgb[0] - color->red) < 0.03 && fabs (rgb[1] - color->green) < 0.03 &&
         fabs (rgb[2] - color->blue) < 0.03;
}

static guint
count_color_around (cairo_surface_t *surface,
                    double           cx,
                    double           cy,
                    int              radius,
                    const LcColor   *color)
{
  guint count = 0;

  for (int y = (int) cy - radius; y <= (int) cy + radius; y++)
    for (int x = (int) cx - radius; x <= (int) cx + radius; x++)
      {
        double rgb[3];

        pixel_at (surface, x, y, rgb);
        count += color_near (rgb, color);
      }

  return count;
}

/* The land under the legend is not the land's colour: these tests look
 * at the land with the legend collapsed. */
static void
collapse_legend (Fixture *f)
{
  lc_map_renderer_set_legend_expanded (f->renderer, FALSE);
  lc_map_renderer_reset_view (f->renderer, f->viewport);
}

static void
test_region_fill (Fixture       *f,
                  gconstpointer  data)
{
  const LcMapPalette *palette = lc_map_palette_get (FALSE, FALSE);
  cairo_surface_t *surface;
  const LcMapLabel *labels;
  guint n_labels;
  double x, y, rgb[3];

  collapse_legend (f);
  surface = render (f);
  lc_viewport_project (f->viewport, 46.15, 39.55, &x, &y);
  labels = lc_map_renderer_get_labels (f->renderer, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    g_assert_false (x >= labels[i].x && x <= labels[i].x + labels[i].width &&
                    y >= labels[i].y && y <= labels[i].y + labels[i].height);

  /* Armenia, the first of the story's own countries, has the first tint. */
  pixel_at (surface, x, y, rgb);
  g_assert_true (color_near (rgb, &palette->land_main[0]));

  /* Azerbaijan, outside the hatched area, the second. */
  lc_viewport_project (f->viewport, 46.35, 40.0, &x, &y);
  pixel_at (surface, x, y, rgb);
  g_assert_true (color_near (rgb, &palette->land_main[1]));

  cairo_surface_destroy (surface);
}

static void
test_corridor_changes_on_day_one (Fixture       *f,
                                  gconstpointer  data)
{
  const LcMapPalette *palette = lc_map_palette_get (FALSE, FALSE);
  LcFeature *corridor = lc_story_lookup_feature (f->story, "lachin-corridor");
  cairo_surface_t *open, *blocked;
  double x, y;

  g_assert_true (lc_map_renderer_get_anchor (f->renderer, f->viewport, corridor, &x, &y));

  lc_viewport_set_day (f->viewport, lc_day_parse ("2022-12-11"));
  open = render (f);
  lc_viewport_set_day (f->viewport, lc_day_parse ("2022-12-12"));
  blocked = render (f);

  g_assert_cmpuint (count_color_around (open, x, y, 20, &palette->corridor_open), >, 30);
  g_assert_cmpuint (count_color_around (open, x, y, 20, &palette->corridor_blocked), ==, 0);
  g_assert_cmpuint (count_color_around (blocked, x, y, 20, &palette->corridor_open), ==, 0);
  g_assert_cmpuint (count_color_around (blocked, x, y, 20, &palette->corridor_blocked), >, 30);

  cairo_surface_destroy (open);
  cairo_surface_destroy (blocked);
}

static double
mean_brightness (cairo_surface_t *surface)
{
  double sum = 0;

  for (int y = 0; y < HEIGHT; y += 7)
    for (int x = 0; x < WIDTH; x += 7)
      {
        double rgb[3];

        pixel_at (surface, x, y, rgb);
        sum += (rgb[0] + rgb[1] + rgb[2]) / 3;
      }

  return sum / ((HEIGHT / 7 + 1) * (WIDTH / 7 + 1));
}

static void
test_dark_palette (Fixture       *f,
                   gconstpointer  data)
{
  cairo_surface_t *light = render (f), *dark;

  lc_map_renderer_set_dark (f->renderer, TRUE);
  dark = render (f);
  g_assert_cmpfloat (mean_brightness (light), >, 0.75);
  g_assert_cmpfloat (mean_brightness (dark), <, 0.3);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_high_contrast_palette (Fixture       *f,
                            gconstpointer  data)
{
  const LcMapPalette *palette = lc_map_palette_get (FALSE, TRUE);
  cairo_surface_t *surface;
  double x, y, rgb[3];

  lc_map_renderer_set_high_contrast (f->renderer, TRUE);
  collapse_legend (f);
  surface = render (f);
  lc_viewport_project (f->viewport, 46.15, 39.55, &x, &y);
  pixel_at (surface, x, y, rgb);
  g_assert_true (color_near (rgb, &palette->land_main[0]));
  g_assert_false (color_near (rgb, &lc_map_palette_get (FALSE, FALSE)->land_main[0]));
  cairo_surface_destroy (surface);
}

static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  cairo_surface_t *surface = render (f);
  const LcMapLabel *labels;
  guint n_labels;
  gboolean stepanakert = FALSE, corridor = FALSE, goris = FALSE, shushi = FALSE, blockade = FALSE;

  labels = lc_map_renderer_get_labels (f->renderer, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    {
      const char *id = lc_feature_get_id (labels[i].feature);

      stepanakert |= g_str_equal (id, "stepanakert");
      corridor |= g_str_equal (id, "lachin-corridor");
      goris |= g_str_equal (id, "goris");
      shushi |= g_str_equal (id, "shushi");
      blockade |= g_str_equal (id, "blockade-site");
      g_assert_cmpfloat (labels[i].x, >=, 0);
      g_assert_cmpfloat (labels[i].x + labels[i].width, <=, WIDTH);
      for (guint j = 0; j < i; j++)
        g_assert_false (labels[i].x < labels[j].x + labels[j].width &&
                        labels[j].x < labels[i].x + labels[i].width &&
                        labels[i].y < labels[j].y + labels[j].height &&
                        labels[j].y < labels[i].y + labels[i].height);
    }
  /* The places the story is about are all legible at the initial view. */
  g_assert_true (stepanakert && corridor && goris && shushi && blockade);

  cairo_surface_destroy (surface);
}

static gboolean
has_label (Fixture    *f,
           const char *id)
{
  const LcMapLabel *labels;
  guint n_labels;

  labels = lc_map_renderer_get_labels (f->renderer, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    if (g_str_equal (lc_feature_get_id (labels[i].feature), id))
      return TRUE;

  return FALSE;
}

/* Whether one of the region's label points is in the view. */
static gboolean
region_in_view (Fixture *f,
                guint    width,
                guint    height)
{
  LcGeometry *geometry = lc_feature_get_geometry (lc_story_lookup_feature (f->story, "nagorno-karabakh"));
  const double *coords = lc_geometry_get_coords (geometry);

  for (guint i = 0; i < lc_geometry_get_n_points (geometry); i++)
    {
      double x, y;

      lc_viewport_project (f->viewport, coords[2 * i], coords[2 * i + 1], &x, &y);
      if (x >= 0 && y >= 0 && x < width && y < height)
        return TRUE;
    }

  return FALSE;
}

/* The region is named at every zoom and size where it is in view, and
 * the control area keeps a name of its own beside it. */
static void
test_region_named (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { guint width, height; } sizes[] = { { WIDTH, HEIGHT }, { 360, 420 },
                                                           { 1024, 520 } };
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int step = -4; step <= 6; step++)
      {
        cairo_surface_t *surface;
        cairo_t *cr;

        lc_viewport_set_size (f->viewport, sizes[i].width, sizes[i].height);
        lc_map_renderer_reset_view (f->renderer, f->viewport);
        lc_viewport_zoom_at (f->viewport, step * 0.5, sizes[i].width / 2.0, sizes[i].height / 2.0);
        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[i].width, sizes[i].height);
        cr = cairo_create (surface);
        lc_map_renderer_draw (f->renderer, cr, f->viewport);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);

        g_test_message ("%ux%u, zoom step %d", sizes[i].width, sizes[i].height, step);
        if (!region_in_view (f, sizes[i].width, sizes[i].height))
          continue;
        g_assert_true (has_label (f, "nagorno-karabakh"));
        if (i == 0 && step == 0)
          g_assert_true (has_label (f, "artsakh-area"));
        n_checked++;
      }
  g_assert_cmpuint (n_checked, >, 20);
}

static void
test_display_names (Fixture       *f,
                    gconstpointer  data)
{
  LcFeature *stepanakert = lc_story_lookup_feature (f->story, "stepanakert");
  LcFeature *goris = lc_story_lookup_feature (f->story, "goris");
  g_autofree char *both = lc_feature_dup_display_name (stepanakert, LC_PLACE_NAMES_BOTH);
  g_autofree char *armenian = lc_feature_dup_display_name (stepanakert, LC_PLACE_NAMES_ARMENIAN);
  g_autofree char *azerbaijani = lc_feature_dup_display_name (stepanakert, LC_PLACE_NAMES_AZERBAIJANI);
  g_autofree char *goris_name = lc_feature_dup_display_name (goris, LC_PLACE_NAMES_AZERBAIJANI);
  g_autofree char *description = NULL;

  g_assert_cmpstr (both, ==, "Stepanakert (Khankendi)");
  g_assert_cmpstr (armenian, ==, "Stepanakert");
  g_assert_cmpstr (azerbaijani, ==, "Khankendi");
  g_assert_cmpstr (goris_name, ==, "Goris");

  description = lc_map_renderer_describe_feature (f->renderer,
                                                  lc_story_lookup_feature (f->story, "lachin-corridor"),
                                                  lc_day_parse ("2022-12-12"));
  g_assert_cmpstr (description, ==, "Lachin Corridor, corridor road, blocked, approximate");
}

static void
test_features_on_screen (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) features = lc_map_renderer_dup_features_on_screen (f->renderer, f->viewport);
  gboolean yerevan = FALSE;

  g_assert_cmpuint (features->len, >, 10);
  /* Most important first. */
  g_assert_cmpuint (lc_feature_get_rank (g_ptr_array_index (features, 0)), ==, 1);
  for (guint i = 0; i < features->len; i++)
    yerevan |= g_str_equal (lc_feature_get_id (g_ptr_array_index (features, i)), "yerevan");
  /* Yerevan is off screen in the corridor view. */
  g_assert_false (yerevan);
}

/* The name an export suggests tells the year once. */
static void
test_export_name (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *png = lc_map_export_suggest_name (f->story, lc_day_parse ("2022-12-30"),
                                                     LC_MAP_FORMAT_PNG);
  g_autofree char *pdf = lc_map_export_suggest_name (f->story, lc_day_parse ("2020-11-09"),
                                                     LC_MAP_FORMAT_PDF);

  g_assert_cmpstr (lc_story_get_id (f->story), ==, "lachin-corridor-2022");
  g_assert_cmpstr (png, ==, "lachin-corridor-2022-12-30.png");
  g_assert_cmpstr (pdf, ==, "lachin-corridor-2020-11-09.pdf");
}

/* The map at the sizes the window gives it, from a phone to a desktop,
 * and days from the story's first to its last. */
static const struct
{
  int      width, height;
  gboolean legend;
} map_sizes[] = {
  { 360, 460, FALSE }, { 360, 488, FALSE }, { 273, 580, FALSE }, { 600, 560, TRUE }, { 615, 505, TRUE }, { 670, 520, TRUE }, { 913, 617, TRUE },
  { 1024, 620, TRUE }, { 1400, 900, TRUE }, { 1920, 1000, TRUE },
};

static const char *map_days[] = {
  "2020-11-09", "2021-06-01", "2022-08-30", "2022-12-03", "2022-12-12", "2022-12-30",
};

/* Where the map view's buttons are. */
static const LcMapRect controls = { 12, 12, 46, 190 };

static gboolean
in_rect (double           x,
         double           y,
         const LcMapRect *r)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

static gboolean
under_panel (Fixture *f,
             double   x,
             double   y)
{
  guint n_panels;
  const LcMapRect *panels = lc_map_renderer_get_panels (f->renderer, &n_panels);

  for (guint i = 0; i < n_panels; i++)
    if (in_rect (x, y, &panels[i]))
      return TRUE;

  return in_rect (x, y, &controls);
}

static void
show_at (Fixture    *f,
         guint       size,
         const char *day,
         gboolean    legend)
{
  cairo_surface_t *surface;

  lc_viewport_set_size (f->viewport, map_sizes[size].width, map_sizes[size].height);
  lc_viewport_set_day (f->viewport, lc_day_parse (day));
  lc_map_renderer_set_legend_expanded (f->renderer, legend);
  lc_map_renderer_set_covered (f->renderer, &controls, 1);
  lc_map_renderer_reset_view (f->renderer, f->viewport);
  surface = render (f);
  cairo_surface_destroy (surface);
}

static const LcMapLabel *
find_label (Fixture   *f,
            LcFeature *feature)
{
  guint n_labels;
  const LcMapLabel *labels = lc_map_renderer_get_labels (f->renderer, &n_labels);

  for (guint i = 0; i < n_labels; i++)
    if (labels[i].feature == feature)
      return &labels[i];

  return NULL;
}

/* The features whose labels must be there: the corridor and blockade,
 * what the day names (also before it exists), the story's countries and
 * its highest-ranked places. On a map narrower than NARROW_MAP (a phone,
 * or a 600 px window beside the panel) an area's long name, and the name
 * of what is shown before it exists, may give way: the legend names
 * them, and the hatching and the faded route stay drawn. */
#define NARROW_MAP 400

static gboolean
must_be_labelled (Fixture   *f,
                  LcFeature *feature,
                  guint32    day)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  GPtrArray *focus = lc_map_renderer_get_focus (f->renderer, day);
  GPtrArray *faded = lc_map_renderer_get_faded (f->renderer, day);
  gboolean narrow = lc_viewport_get_width (f->viewport) < NARROW_MAP;

  if (g_ptr_array_find (faded, feature, NULL))
    return lc_feature_get_from (feature) > day && !narrow;
  if (narrow && (kind == LC_FEATURE_KIND_TERRITORY || kind == LC_FEATURE_KIND_ZONE))
    return FALSE;
  if (!lc_feature_is_visible_at (feature, day))
    return FALSE;
  if (kind == LC_FEATURE_KIND_COUNTRY)
    return lc_feature_get_rank (feature) <= 2 && lc_viewport_get_width (f->viewport) >= 1000;

  /* The story's highest-ranked places too: Goris, Shushi, the mine. */
  if (kind >= LC_FEATURE_KIND_CAPITAL && kind != LC_FEATURE_KIND_REGION &&
      lc_feature_get_rank (feature) <= 2)
    return TRUE;

  return kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_BLOCKADE ||
         g_ptr_array_find (focus, feature, NULL);
}

static guint
count_missing_key_labels (Fixture *f,
                          guint32  day)
{
  GListModel *features = lc_story_get_features (f->story);
  int width = lc_viewport_get_width (f->viewport), height = lc_viewport_get_height (f->viewport);
  guint missing = 0;

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);
      const LcMapLabel *label;
      double x, y;

      if (!must_be_labelled (f, feature, day) ||
          !lc_map_renderer_get_anchor (f->renderer, f->viewport, feature, &x, &y) ||
          x < 0 || y < 0 || x > width || y > height || under_panel (f, x, y))
        continue;

      label = find_label (f, feature);
      if (label == NULL)
        {
          g_test_message ("%s has no label at %dx%d", lc_feature_get_id (feature), width, height);
          missing++;
          continue;
        }
      g_assert_true (label->key);
    }

  return missing;
}

/* Whether the segment from (x0, y0) to (x1, y1) crosses @r, looked at
 * every half pixel. */
static gboolean
segment_crosses (double           x0,
                 double           y0,
                 double           x1,
                 double           y1,
                 const LcMapRect *r)
{
  guint steps = (guint) (2 * hypot (x1 - x0, y1 - y0)) + 1;

  for (guint k = 0; k <= steps; k++)
    if (in_rect (x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps, r))
      return TRUE;

  return FALSE;
}

static gboolean
line_crosses (Fixture         *f,
              LcFeature       *feature,
              const LcMapRect *r)
{
  LcGeometry *geometry = lc_feature_get_geometry (feature);
  const double *coords = lc_geometry_get_coords (geometry);

  for (guint i = 1; i < lc_geometry_get_n_points (geometry); i++)
    {
      double x0, y0, x1, y1;

      lc_viewport_project (f->viewport, coords[2 * i - 2], coords[2 * i - 1], &x0, &y0);
      lc_viewport_project (f->viewport, coords[2 * i], coords[2 * i + 1], &x1, &y1);
      if (segment_crosses (x0, y0, x1, y1, r))
        return TRUE;
    }

  return FALSE;
}

/* No label overlaps another, a panel, the buttons, a line or a place. */
static void
assert_labels_clear (Fixture *f,
                     guint32  day)
{
  GPtrArray *visible = lc_story_get_visible_features (f->story, day);
  guint n_labels, n_panels;
  const LcMapLabel *labels = lc_map_renderer_get_labels (f->renderer, &n_labels);
  const LcMapRect *panels = lc_map_renderer_get_panels (f->renderer, &n_panels);

  for (guint i = 0; i < n_labels; i++)
    {
      const LcMapRect box = { labels[i].x, labels[i].y, labels[i].width, labels[i].height };

      g_assert_cmpfloat (box.x, >=, 0);
      g_assert_cmpfloat (box.y, >=, 0);
      g_assert_cmpfloat (box.x + box.width, <=, lc_viewport_get_width (f->viewport));
      g_assert_cmpfloat (box.y + box.height, <=, lc_viewport_get_height (f->viewport));
      for (guint j = 0; j < i; j++)
        g_assert_false (box.x < labels[j].x + labels[j].width && labels[j].x < box.x + box.width &&
                        box.y < labels[j].y + labels[j].height && labels[j].y < box.y + box.height);
      for (guint j = 0; j < n_panels; j++)
        g_assert_false (box.x < panels[j].x + panels[j].width && panels[j].x < box.x + box.width &&
                        box.y < panels[j].y + panels[j].height && panels[j].y < box.y + box.height);
      g_assert_false (box.x < controls.x + controls.width && controls.x < box.x + box.width &&
                      box.y < controls.y + controls.height && controls.y < box.y + box.height);
      /* A country's name is in the country. */
      if (lc_feature_get_kind (labels[i].feature) == LC_FEATURE_KIND_COUNTRY)
        {
          double lon, lat;

          lc_viewport_unproject (f->viewport, box.x + box.width / 2, box.y + box.height / 2, &lon, &lat);
          if (!lc_geometry_contains (lc_feature_get_geometry (labels[i].feature), lon, lat))
            g_test_message ("“%s” is outside its country", labels[i].text);
          g_assert_true (lc_geometry_contains (lc_feature_get_geometry (labels[i].feature), lon, lat));
        }

      for (guint j = 0; j < visible->len; j++)
        {
          LcFeature *feature = g_ptr_array_index (visible, j);
          LcFeatureKind kind = lc_feature_get_kind (feature);
          const double *coords = lc_geometry_get_coords (lc_feature_get_geometry (feature));
          double x, y;

          if (kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_ROAD)
            g_assert_false (line_crosses (f, feature, &box));
          /* A region has no symbol: its name is drawn at its points. */
          if (kind < LC_FEATURE_KIND_CAPITAL || kind == LC_FEATURE_KIND_REGION)
            continue;
          lc_viewport_project (f->viewport, coords[0], coords[1], &x, &y);
          if (in_rect (x, y, &box))
            g_test_message ("“%s” covers %s", labels[i].text, lc_feature_get_id (feature));
          g_assert_false (in_rect (x, y, &box));
        }
    }
}

static void
test_key_labels (Fixture       *f,
                 gconstpointer  data)
{
  static const LcPlaceNames names[] = { LC_PLACE_NAMES_BOTH, LC_PLACE_NAMES_ARMENIAN };
  guint missing = 0;

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint s = 0; s < G_N_ELEMENTS (map_sizes); s++)
      for (guint d = 0; d < G_N_ELEMENTS (map_days); d++)
        {
          g_test_message ("%s at %dx%d on %s", n == 0 ? "both names" : "Armenian names",
                          map_sizes[s].width, map_sizes[s].height, map_days[d]);
          lc_map_renderer_set_place_names (f->renderer, names[n]);
          show_at (f, s, map_days[d], map_sizes[s].legend);
          missing += count_missing_key_labels (f, lc_day_parse (map_days[d]));
          assert_labels_clear (f, lc_day_parse (map_days[d]));
        }
  g_assert_cmpuint (missing, ==, 0);
}

/* The story's own view keeps the corridor, the blockade and what the day
 * names clear of the panels and the buttons, at every size. */
static void
test_framing (Fixture       *f,
              gconstpointer  data)
{
  const char *ids[] = { "lachin-corridor", "blockade-site", "stepanakert", "goris" };

  for (guint s = 0; s < G_N_ELEMENTS (map_sizes); s++)
    for (guint legend = 0; legend < 2; legend++)
      {
        show_at (f, s, "2022-12-30", legend);
        for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
          {
            LcGeometry *geometry = lc_feature_get_geometry (lc_story_lookup_feature (f->story, ids[i]));
            const double *coords = lc_geometry_get_coords (geometry);

            for (guint p = 0; p < lc_geometry_get_n_points (geometry); p++)
              {
                double x, y;

                lc_viewport_project (f->viewport, coords[2 * p], coords[2 * p + 1], &x, &y);
                g_assert_cmpfloat (x, >, 0);
                g_assert_cmpfloat (y, >, 0);
                g_assert_cmpfloat (x, <, map_sizes[s].width);
                g_assert_cmpfloat (y, <, map_sizes[s].height);
                if (under_panel (f, x, y))
                  g_test_message ("%s's point %u (%g, %g) is under a panel at %dx%d, legend %s",
                                  ids[i], p, x, y, map_sizes[s].width, map_sizes[s].height,
                                  legend ? "expanded" : "collapsed");
                g_assert_false (under_panel (f, x, y));
              }
          }
      }
}

/* Moved so that the blockade is where the legend goes, the legend goes
 * to another corner. */
static void
test_legend_keeps_clear (Fixture       *f,
                         gconstpointer  data)
{
  LcFeature *blockade = lc_story_lookup_feature (f->story, "blockade-site");
  const double *coords = lc_geometry_get_coords (lc_feature_get_geometry (blockade));
  guint size = G_N_ELEMENTS (map_sizes) - 2;  /* 1400x900 */
  double x, y;

  g_assert_cmpint (map_sizes[size].width, ==, 1400);
  show_at (f, size, "2022-12-30", TRUE);
  lc_viewport_project (f->viewport, coords[0], coords[1], &x, &y);
  lc_viewport_pan_by (f->viewport, 80 - x, map_sizes[size].height - 80 - y);
  cairo_surface_destroy (render (f));
  lc_viewport_project (f->viewport, coords[0], coords[1], &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 80, 1e-6);
  g_assert_false (under_panel (f, x, y));
}

/* The panels stay on the map and off its buttons at every size, in the
 * reader's language; an expanded legend too tall for the corner below the
 * buttons goes beside them, in as many columns as there is room for. */
static void
test_panels_clear_of_controls (Fixture       *f,
                               gconstpointer  data)
{
  /* The map's sizes in the tests above, and the map of a 670x520 window
   * beside the panel, of a 600x400 one without it. */
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (int) * 2);

  for (guint s = 0; s < G_N_ELEMENTS (map_sizes); s++)
    g_array_append_val (sizes, ((int[2]) { map_sizes[s].width, map_sizes[s].height }));
  g_array_append_val (sizes, ((int[2]) { 288, 323 }));
  g_array_append_val (sizes, ((int[2]) { 590, 220 }));

  for (guint s = 0; s < sizes->len; s++)
    for (guint d = 0; d < G_N_ELEMENTS (map_days); d++)
      {
        const int *size = &g_array_index (sizes, int, 2 * s);
        guint n_panels;
        const LcMapRect *panels;

        lc_viewport_set_size (f->viewport, size[0], size[1]);
        lc_viewport_set_day (f->viewport, lc_day_parse (map_days[d]));
        lc_map_renderer_set_legend_expanded (f->renderer, TRUE);
        lc_map_renderer_set_covered (f->renderer, &controls, 1);
        lc_map_renderer_reset_view (f->renderer, f->viewport);
        cairo_surface_destroy (render (f));
        panels = lc_map_renderer_get_panels (f->renderer, &n_panels);
        for (guint i = 0; i < n_panels; i++)
          {
            const LcMapRect *panel = &panels[i];

            if (lc_map_rects_overlap (panel, &controls) || panel->x < 0 || panel->y < 0 ||
                panel->x + panel->width > size[0] || panel->y + panel->height > size[1])
              g_test_message ("panel %u (%g, %g, %g x %g) at %dx%d on %s", i, panel->x, panel->y,
                              panel->width, panel->height, size[0], size[1], map_days[d]);
            g_assert_false (lc_map_rects_overlap (panel, &controls));
            g_assert_cmpfloat (panel->x, >=, 0);
            g_assert_cmpfloat (panel->y, >=, 0);
            g_assert_cmpfloat (panel->x + panel->width, <=, size[0]);
            g_assert_cmpfloat (panel->y + panel->height, <=, size[1]);
          }
      }
}

/* The same view draws the same labels. */
static void
test_labels_deterministic (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GString) first = g_string_new (NULL);
  guint n_labels;
  const LcMapLabel *labels;

  cairo_surface_destroy (render (f));
  labels = lc_map_renderer_get_labels (f->renderer, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    g_string_append_printf (first, "%s %g %g|", labels[i].text, labels[i].x, labels[i].y);
  cairo_surface_destroy (render (f));
  labels = lc_map_renderer_get_labels (f->renderer, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    {
      g_autofree char *again = g_strdup_printf ("%s %g %g|", labels[i].text, labels[i].x, labels[i].y);

      g_assert_nonnull (strstr (first->str, again));
    }
  g_assert_cmpuint (n_labels, >, 10);
}

static const LcMapLabel *
label_of (Fixture    *f,
          const char *id)
{
  return find_label (f, lc_story_lookup_feature (f->story, id));
}

/* What changed shows: the blockade's start, the old route after it
 * closed, and on the first day what the day names before it exists. */
static void
test_what_changed (Fixture       *f,
                   gconstpointer  data)
{
  LcFeature *old_route = lc_story_lookup_feature (f->story, "lachin-corridor-2020");
  const LcMapLabel *label;

  show_at (f, 5, "2022-12-30", TRUE);
  label = label_of (f, "blockade-site");
  g_assert_nonnull (label);
  g_assert_cmpstr (label->text, ==, "Blockade since 12\u00a0December\u00a02022");
  g_assert_true (g_ptr_array_find (lc_map_renderer_get_faded (f->renderer, lc_day_parse ("2022-12-30")),
                                   old_route, NULL));

  /* Two names, the reader's first on the first line. */
  label = label_of (f, "stepanakert");
  g_assert_nonnull (label);
  g_assert_cmpstr (label->text, ==, "Stepanakert\nKhankendi");

  /* The first day: the corridor and the area the day's statement makes,
   * faded, with the day they begin. */
  show_at (f, 5, "2020-11-09", TRUE);
  g_assert_false (lc_feature_is_visible_at (old_route, lc_day_parse ("2020-11-09")));
  label = label_of (f, "lachin-corridor-2020");
  g_assert_nonnull (label);
  g_assert_true (g_str_has_suffix (label->text, "\nfrom 10\u00a0November\u00a02020"));
  label = label_of (f, "artsakh-area-2020");
  g_assert_nonnull (label);
  g_assert_true (g_str_has_suffix (label->text, "\nfrom 10\u00a0November\u00a02020"));

  /* A day later they are there, and not faded. */
  show_at (f, 5, "2020-11-10", TRUE);
  g_assert_false (g_ptr_array_find (lc_map_renderer_get_faded (f->renderer, lc_day_parse ("2020-11-10")),
                                    old_route, NULL));
  g_assert_false (g_str_has_suffix (label_of (f, "artsakh-area-2020")->text, "2020"));
}

/* The day's focus and sources, found by binary search in the sorted
 * lists, are what a scan of every event and statement finds: on each day
 * of the story, and before and after it. */
static guint32
scan_story_day (LcStory *story,
                guint32  day)
{
  GListModel *lists[] = { lc_story_get_events (story), lc_story_get_statements (story) };
  guint32 found = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        guint32 item_day = LC_IS_EVENT (item) ? lc_event_get_date (LC_EVENT (item))->day
                                              : lc_statement_get_date (LC_STATEMENT (item))->day;

        if (item_day <= day && item_day > found)
          found = item_day;
      }

  return found;
}

static void
add_new (GPtrArray *array,
         gpointer   item)
{
  if (item != NULL && !g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, item);
}

static void
assert_same_items (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
}

static void
test_focus_by_day (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *events = lc_story_get_events (f->story);
  GListModel *statements = lc_story_get_statements (f->story);
  guint32 start = lc_story_get_start (f->story), end = lc_story_get_end (f->story);
  guint days_with_focus = 0;

  for (guint32 day = start - 2; day <= end + 2; day++)
    {
      guint32 told = scan_story_day (f->story, day);
      g_autoptr(GPtrArray) focus = g_ptr_array_new ();
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();
      g_autoptr(GPtrArray) found_sources = NULL;

      for (guint i = 0; told != 0 && i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(LcEvent) event = g_list_model_get_item (events, i);
          GPtrArray *features = lc_event_get_features (event);

          for (guint j = 0; lc_event_get_date (event)->day == told && features != NULL && j < features->len; j++)
            add_new (focus, g_ptr_array_index (features, j));
        }
      for (guint i = 0; told != 0 && i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
          GPtrArray *mentions = lc_statement_get_mentions (statement);

          if (lc_statement_get_date (statement)->day != told)
            continue;
          add_new (sources, lc_statement_get_source (statement));
          for (guint j = 0; mentions != NULL && j < mentions->len; j++)
            add_new (focus, g_ptr_array_index (mentions, j));
        }
      for (guint i = 0; told != 0 && i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(LcEvent) event = g_list_model_get_item (events, i);
          GPtrArray *event_sources = lc_event_get_sources (event);

          for (guint j = 0; lc_event_get_date (event)->day == told && event_sources != NULL && j < event_sources->len; j++)
            add_new (sources, g_ptr_array_index (event_sources, j));
        }

      assert_same_items (lc_map_renderer_get_focus (f->renderer, day), focus);
      found_sources = lc_map_renderer_dup_day_sources (f->renderer, day);
      assert_same_items (found_sources, sources);
      days_with_focus += focus->len > 0;
    }

  /* The story names places on most of its days. */
  g_assert_cmpuint (days_with_focus, >, (end - start) / 2);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("LACHIN_CORRIDOR_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/map/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  /* Run in a language (tests/meson.build): the tests whose room depends on
   * the reader's labels, dates and legend. */
  if (localedir != NULL)
    {
      g_assert_nonnull (setlocale (LC_ALL, ""));
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      ADD ("renderer/key-labels", test_key_labels);
      ADD ("framing/story-clear-of-panels", test_framing);
      ADD ("framing/legend-keeps-clear", test_legend_keeps_clear);
      ADD ("framing/panels-clear-of-controls", test_panels_clear_of_controls);
      return g_test_run ();
    }

  g_test_add_func ("/map/projection/round-trip", test_projection_round_trip);
  g_test_add_func ("/map/projection/across-the-equator", test_projection_across_the_equator);
  g_test_add_func ("/map/projection/distances", test_projection_distances);
  ADD ("viewport/relations", test_relations);
  ADD ("viewport/fit-bounds", test_fit_bounds);
  ADD ("viewport/pan-and-zoom", test_pan_and_zoom);
  ADD ("renderer/hit-testing", test_hit_testing);
  ADD ("renderer/region-fill", test_region_fill);
  ADD ("renderer/corridor-changes-on-day-one", test_corridor_changes_on_day_one);
  ADD ("renderer/dark-palette", test_dark_palette);
  ADD ("renderer/high-contrast-palette", test_high_contrast_palette);
  ADD ("renderer/labels", test_labels);
  ADD ("renderer/display-names", test_display_names);
  ADD ("renderer/region-named", test_region_named);
  ADD ("renderer/features-on-screen", test_features_on_screen);
  ADD ("renderer/key-labels", test_key_labels);
  ADD ("export/suggested-name", test_export_name);
  ADD ("renderer/labels-deterministic", test_labels_deterministic);
  ADD ("renderer/what-changed", test_what_changed);
  ADD ("renderer/focus-by-day", test_focus_by_day);
  ADD ("framing/story-clear-of-panels", test_framing);
  ADD ("framing/legend-keeps-clear", test_legend_keeps_clear);
  ADD ("framing/panels-clear-of-controls", test_panels_clear_of_controls);
#undef ADD

  return g_test_run ();
}
