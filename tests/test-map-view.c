/* test-map-view.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The map widget under a virtual display. Gestures are driven through
 * their own signals, as GTK emits them for real pointer input. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-test-story.h"
#include "lc-test-ui.h"
#include "lc-application.h"
#include "lc-map-marker.h"
#include "lc-map-renderer-private.h"
#include "lc-map-view-private.h"

typedef struct
{
  GtkWindow *window;
  LcMapView *map;
  LcStory   *story;
} Fixture;

static gboolean
has_markers (LcMapView *map)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LC_IS_MAP_MARKER (child))
      return TRUE;

  return FALSE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->story = lc_test_load_bundled (NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
  f->map = LC_MAP_VIEW (lc_map_view_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->map));
  lc_map_view_set_story (f->map, f->story);
  gtk_window_present (f->window);

  /* Map, allocate, and let the markers settle. */
  lc_test_wait_for_draw (f->map);
  lc_test_wait_until (has_markers (f->map));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->map)), >, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->story);
}

static GtkEventController *
find_controller (LcMapView *map,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

/* The tests share one display with others: a pointer resting over the
 * map, or a window of another test passing under it, hovers a place, and
 * a place hovered is drawn, changing the map's body. Tests that count
 * bodies take the pointer away first and ignore it after. */
static void
ignore_pointer (Fixture *f)
{
  GtkEventController *motion = find_controller (f->map, GTK_TYPE_EVENT_CONTROLLER_MOTION);

  g_signal_emit_by_name (motion, "leave");
  g_signal_handlers_block_matched (motion, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, f->map);
  g_assert_null (lc_map_renderer_get_hovered (lc_map_view_get_renderer (f->map)));
}

static gboolean
is_legend_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "map.legend-expanded") == 0;
}

static void
feature_pixels (Fixture    *f,
                const char *id,
                double     *x,
                double     *y)
{
  const double *coords = lc_geometry_get_coords (lc_feature_get_geometry (lc_story_lookup_feature (f->story, id)));

  lc_viewport_project (lc_map_view_get_viewport (f->map), coords[0], coords[1], x, y);
}

static void
test_initial_view (Fixture       *f,
                   gconstpointer  data)
{
  double x, y;

  /* The story's places are in view at its initial date. */
  feature_pixels (f, "stepanakert", &x, &y);
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (f->map)));
  g_assert_cmpuint (lc_map_view_get_day (f->map), ==, lc_story_get_initial (f->story));
}

static void
test_drag_pans (Fixture       *f,
                gconstpointer  data)
{
  GtkEventController *drag = find_controller (f->map, GTK_TYPE_GESTURE_DRAG);
  double x0, y0, x1, y1;

  feature_pixels (f, "goris", &x0, &y0);
  g_signal_emit_by_name (drag, "drag-begin", 300.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 30.0, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 60.0, -20.0);
  g_signal_emit_by_name (drag, "drag-end", 60.0, -20.0);

  /* The map follows the pointer. */
  feature_pixels (f, "goris", &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 60.0, 0.01);
  g_assert_cmpfloat_with_epsilon (y1 - y0, -20.0, 0.01);
}

static void
test_scroll_zooms (Fixture       *f,
                   gconstpointer  data)
{
  GtkEventController *scroll = find_controller (f->map, GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  LcViewport *viewport = lc_map_view_get_viewport (f->map);
  double zoom = lc_viewport_get_zoom (viewport);
  gboolean handled = FALSE;

  g_signal_emit_by_name (scroll, "scroll", 0.0, -1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (lc_viewport_get_zoom (viewport), >, zoom);

  zoom = lc_viewport_get_zoom (viewport);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 2.0, &handled);
  g_assert_cmpfloat (lc_viewport_get_zoom (viewport), <, zoom);
}

static void
test_keyboard_actions (Fixture       *f,
                       gconstpointer  data)
{
  LcViewport *viewport = lc_map_view_get_viewport (f->map);
  double zoom = lc_viewport_get_zoom (viewport);
  double lon = lc_viewport_get_longitude (viewport);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (viewport), zoom + 0.5, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (viewport), zoom, 1e-9);

  /* The Left arrow's binding: the map moves right, the view west. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.pan", "(dd)", 80.0, 0.0));
  g_assert_cmpfloat (lc_viewport_get_longitude (viewport), <, lon);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.reset", NULL));
  g_assert_cmpfloat_with_epsilon (lc_viewport_get_longitude (viewport), lon, 1e-9);
  g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (viewport), zoom, 1e-9);
}

static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  GtkEventController *click = find_controller (f->map, GTK_TYPE_GESTURE_CLICK);
  LcFeature *activated = NULL;
  double x, y;

  g_signal_connect_swapped (f->map, "feature-activated", G_CALLBACK (g_set_object), &activated);
  feature_pixels (f, "stepanakert", &x, &y);
  g_signal_emit_by_name (click, "released", 1, x, y);

  g_assert_cmpstr (lc_feature_get_id (lc_map_view_get_selected_feature (f->map)), ==, "stepanakert");
  g_assert_true (activated == lc_map_view_get_selected_feature (f->map));
  g_clear_object (&activated);
}

static GtkWidget *
focused (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

static guint
count_focusable_markers (Fixture *f)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += LC_IS_MAP_MARKER (child) && gtk_widget_get_focusable (child);

  return n;
}

static double
marker_x (GtkWidget *marker)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (marker, gtk_widget_get_parent (marker),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.x;
}

/* The map is one Tab stop: its buttons, then one place; the arrows move
 * between the places west to east, Home and End to the ends. */
static void
test_focus_moves_across_features (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *widget, *first;
  LcFeature *feature;
  guint buttons = 0;

  g_assert_cmpuint (count_focusable_markers (f), ==, 1);
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (f->map)));

  /* Focus given to the map goes to its place. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->map)));
  g_assert_true (LC_IS_MAP_MARKER (focused (f)));

  /* Tab from before the map: the four buttons, then the place, then out. */
  gtk_root_set_focus (GTK_ROOT (f->window), NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->map), GTK_DIR_TAB_FORWARD));
  while (GTK_IS_BUTTON (focused (f)))
    {
      buttons++;
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->map), GTK_DIR_TAB_FORWARD));
    }
  g_assert_cmpuint (buttons, ==, 4);
  g_assert_true (LC_IS_MAP_MARKER (focused (f)));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (f->map), GTK_DIR_TAB_FORWARD));

  /* Home: the westernmost; Right goes east, and the Tab stop follows. */
  gtk_widget_grab_focus (GTK_WIDGET (f->map));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.focus-marker", "(sb)", "left", TRUE));
  first = focused (f);
  g_assert_true (LC_IS_MAP_MARKER (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.focus-marker", "(sb)", "right", FALSE));
  widget = focused (f);
  g_assert_true (widget != first && LC_IS_MAP_MARKER (widget));
  g_assert_cmpfloat (marker_x (widget), >=, marker_x (first));
  g_assert_true (gtk_widget_get_focusable (widget));
  g_assert_false (gtk_widget_get_focusable (first));
  g_assert_cmpuint (count_focusable_markers (f), ==, 1);

  /* Activating a marker selects its feature and marks it selected. */
  g_signal_emit_by_name (widget, "activate");
  feature = lc_map_marker_get_feature (LC_MAP_MARKER (widget));
  g_assert_true (lc_map_view_get_selected_feature (f->map) == feature);
  gtk_test_accessible_assert_state (widget, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  lc_map_view_set_selection_note (f->map, "Shown in the list");
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Shown in the list");
}

static GtkWidget *
find_marker (Fixture    *f,
             const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->map)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LC_IS_MAP_MARKER (child) &&
        g_str_equal (lc_feature_get_id (lc_map_marker_get_feature (LC_MAP_MARKER (child))), id))
      return child;

  return NULL;
}

static gboolean
marker_says (Fixture    *f,
             const char *id,
             const char *label)
{
  GtkWidget *marker = find_marker (f, id);
  g_autofree char *message = NULL;

  if (marker == NULL)
    return FALSE;
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (marker),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  return message == NULL;
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *map = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->map), GTK_ACCESSIBLE_PROPERTY_LABEL, "Map");
  g_autofree char *stepanakert = NULL;
  g_autofree char *corridor = NULL;
  GtkWidget *marker;

  g_assert_null (map);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (f->map), GTK_ACCESSIBLE_ROLE_GROUP));

  marker = find_marker (f, "stepanakert");
  g_assert_nonnull (marker);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_ROLE_BUTTON));
  stepanakert = gtk_test_accessible_check_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                    "Stepanakert (Khankendi), town");
  g_assert_null (stepanakert);

  corridor = gtk_test_accessible_check_property (GTK_ACCESSIBLE (find_marker (f, "lachin-corridor")),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 "Lachin Corridor, corridor road, blocked, approximate");
  g_assert_null (corridor);

  /* The state is announced for the date shown, once the markers follow. */
  lc_map_view_set_day (f->map, lc_test_day ("2022-12-11"));
  lc_test_wait_until (marker_says (f, "lachin-corridor",
                                   "Lachin Corridor, corridor road, open, approximate"));
  g_assert_null (find_marker (f, "blockade-site"));

  /* A day's step with the same places on screen keeps their markers (the
   * map is not drawn again for them), saying the new day's state. */
  lc_map_view_set_day (f->map, lc_test_day ("2022-12-20"));
  lc_test_wait_until (find_marker (f, "blockade-site") != NULL);
  lc_test_wait_until (marker_says (f, "lachin-corridor",
                                   "Lachin Corridor, corridor road, blocked, approximate"));
  marker = find_marker (f, "stepanakert");
  lc_map_view_set_day (f->map, lc_test_day ("2022-12-21"));
  lc_test_wait_for_draw (f->map);
  lc_test_wait_until (f->map->markers_timeout_id == 0);
  g_assert_true (find_marker (f, "stepanakert") == marker);
  g_assert_true (marker_says (f, "lachin-corridor",
                              "Lachin Corridor, corridor road, blocked, approximate"));
}

static void
test_fly_to (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) features = g_ptr_array_new ();
  LcViewport *viewport = lc_map_view_get_viewport (f->map);
  double zoom = lc_viewport_get_zoom (viewport);
  double x, y;

  g_object_set (gtk_widget_get_settings (GTK_WIDGET (f->map)), "gtk-enable-animations", FALSE, NULL);
  g_ptr_array_add (features, lc_story_lookup_feature (f->story, "kashen-mine"));
  lc_map_view_fly_to (f->map, features);

  feature_pixels (f, "kashen-mine", &x, &y);
  g_assert_cmpfloat_with_epsilon (x, gtk_widget_get_width (GTK_WIDGET (f->map)) / 2.0, 1.0);
  g_assert_cmpfloat_with_epsilon (y, gtk_widget_get_height (GTK_WIDGET (f->map)) / 2.0, 1.0);
  g_assert_cmpfloat (lc_viewport_get_zoom (viewport), >, zoom);
}

static gboolean
legend_button_pressed (Fixture *f)
{
  GtkWidget *button = lc_test_find_widget (f->map, is_legend_button, NULL);

  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button));
}

/* The legend button: named for screen readers, collapsed by default where
 * space is short, the reader's choice kept, the renderer following. */
static void
test_legend_button (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *button = lc_test_find_widget (f->map, is_legend_button, NULL);
  LcMapRenderer *renderer = lc_map_view_get_renderer (f->map);
  g_autofree char *label = NULL;
  LcLegendMode mode;

  g_assert_nonnull (button);
  label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Legend");
  g_assert_null (label);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Legend");

  /* 1000×700 has room: the legend is shown. */
  g_assert_cmpint (lc_map_view_get_legend_mode (f->map), ==, LC_LEGEND_MODE_AUTOMATIC);
  g_assert_true (lc_map_view_get_legend_expanded (f->map));
  g_assert_true (lc_map_renderer_get_legend_expanded (renderer));
  g_assert_true (legend_button_pressed (f));

  /* A phone's width has not: collapsed. */
  gtk_window_set_default_size (f->window, 360, 600);
  lc_test_wait_until (gtk_widget_get_width (GTK_WIDGET (f->map)) <= 360);
  g_assert_false (lc_map_view_get_legend_expanded (f->map));
  g_assert_false (lc_map_renderer_get_legend_expanded (renderer));
  g_assert_false (legend_button_pressed (f));

  /* The button is the reader's choice, kept whatever the size. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (lc_map_view_get_legend_expanded (f->map));
  g_assert_true (lc_map_renderer_get_legend_expanded (renderer));
  g_object_get (f->map, "legend-mode", &mode, NULL);
  g_assert_cmpint (mode, ==, LC_LEGEND_MODE_EXPANDED);
  g_assert_true (legend_button_pressed (f));

  gtk_window_set_default_size (f->window, 1000, 700);
  lc_test_wait_until (gtk_widget_get_width (GTK_WIDGET (f->map)) >= 1000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.legend-expanded", NULL));
  g_assert_false (lc_map_view_get_legend_expanded (f->map));
  g_assert_cmpint (lc_map_view_get_legend_mode (f->map), ==, LC_LEGEND_MODE_COLLAPSED);
}

/* The story's own view keeps clear of the buttons, and the legend, when
 * it is shown, of the corridor; it is framed again as the legend comes
 * and goes, until the reader moves the map. */
static void
test_framing_keeps_clear (Fixture       *f,
                          gconstpointer  data)
{
  LcMapRenderer *renderer = lc_map_view_get_renderer (f->map);
  LcViewport *viewport = lc_map_view_get_viewport (f->map);
  GtkWidget *controls = lc_test_find_widget (f->map, is_legend_button, NULL);
  graphene_rect_t bounds;
  double zoom = lc_viewport_get_zoom (viewport), x, y;

  g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_parent (controls), GTK_WIDGET (f->map),
                                            &bounds));
  feature_pixels (f, "goris", &x, &y);
  g_assert_cmpfloat (x, >, bounds.origin.x + bounds.size.width);
  g_assert_true (lc_map_renderer_get_legend_expanded (renderer));

  /* Collapsed, the story has more room, and is framed larger. */
  lc_map_view_set_legend_expanded (f->map, FALSE);
  g_assert_cmpfloat (lc_viewport_get_zoom (viewport), >=, zoom);

  /* Once the reader moves the map, the view is theirs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->map), "map.zoom-in", NULL));
  zoom = lc_viewport_get_zoom (viewport);
  lc_map_view_set_legend_expanded (f->map, TRUE);
  g_assert_cmpfloat (lc_viewport_get_zoom (viewport), ==, zoom);
}

/* Whether @a and @b differ outside @box, and inside it. */
static void
compare_around (cairo_surface_t *a,
                cairo_surface_t *b,
                const LcMapRect *box,
                gboolean        *outside,
                gboolean        *inside)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint32 *da = (const guint32 *) (gpointer) cairo_image_surface_get_data (a);
  const guint32 *db = (const guint32 *) (gpointer) cairo_image_surface_get_data (b);

  *outside = *inside = FALSE;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (da[y * stride / 4 + x] != db[y * stride / 4 + x])
        {
          if (x >= box->x && x < box->x + box->width && y >= box->y && y < box->y + box->height)
            *inside = TRUE;
          else
            *outside = TRUE;
        }
}

/* A day's step that changes nothing on the map but the date keeps the
 * map's drawn body, the same render node, so GTK paints none of it again;
 * the legend's title says the new day. A day whose story names other
 * places draws the body again. */
static void
test_day_keeps_body (Fixture       *f,
                     gconstpointer  data)
{
  LcMapRenderer *renderer = lc_map_view_get_renderer (f->map);
  GtkWidget *widget = GTK_WIDGET (f->map);
  cairo_surface_t *before, *after;
  GskRenderNode *body;
  gboolean outside, inside;
  LcMapRect box;

  ignore_pointer (f);
  lc_map_view_set_legend_expanded (f->map, TRUE);
  lc_map_view_set_day (f->map, lc_day_parse ("2022-12-28"));
  lc_test_wait_for_draw (widget);
  body = f->map->body;
  g_assert_nonnull (body);
  g_assert_true (lc_map_renderer_get_title_box (renderer, &box));
  before = lc_test_paint_widget (widget);

  lc_map_view_set_day (f->map, lc_day_parse ("2022-12-29"));
  lc_test_wait_for_draw (widget);
  g_assert_true (f->map->body == body);
  after = lc_test_paint_widget (widget);
  compare_around (before, after, &box, &outside, &inside);
  g_assert_false (outside);
  g_assert_true (inside);
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);

  lc_map_view_set_day (f->map, lc_day_parse ("2022-12-30"));
  lc_test_wait_for_draw (widget);
  g_assert_true (f->map->body != body);
}

/* A drag's frames paint the map but its panels from one image, drawn
 * once for the drag and moved; when the drag ends, the image goes and the
 * map is drawn for the view. */
static void
test_drag_moves_image (Fixture       *f,
                       gconstpointer  data)
{
  LcMapRenderer *renderer = lc_map_view_get_renderer (f->map);
  GtkWidget *widget = GTK_WIDGET (f->map);
  GtkEventController *drag = find_controller (f->map, GTK_TYPE_GESTURE_DRAG);
  GtkSettings *settings = gtk_widget_get_settings (widget);
  gboolean animations;
  guint bodies;

  ignore_pointer (f);
  /* Without animations a release throws nothing: the drag just ends. */
  g_object_get (settings, "gtk-enable-animations", &animations, NULL);
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  lc_test_wait_for_draw (widget);
  g_assert_cmpint (lc_map_renderer_get_cache_scale (renderer), >, 0);
  g_assert_null (renderer->motion.view.image);

  g_signal_emit_by_name (drag, "drag-begin", 300.0, 300.0);
  for (guint i = 1; i <= 4; i++)
    {
      bodies = renderer->n_bodies;
      g_signal_emit_by_name (drag, "drag-update", -12.0 * i, -4.0 * i);
      lc_test_wait_for_draw (widget);
      g_assert_true (lc_map_renderer_get_moving (renderer));
      g_assert_cmpuint (renderer->n_bodies, ==, bodies + 1);
      g_assert_nonnull (renderer->motion.view.image);
    }
  g_assert_cmpuint (renderer->motion.n_renders, ==, 1);

  bodies = renderer->n_bodies;
  g_signal_emit_by_name (drag, "drag-end", -48.0, -16.0);
  lc_test_wait_for_draw (widget);
  g_assert_false (lc_map_renderer_get_moving (renderer));
  g_assert_null (renderer->motion.view.image);
  g_assert_cmpuint (renderer->n_bodies, ==, bodies + 1);
  g_assert_cmpuint (renderer->motion.n_renders, ==, 1);

  g_object_set (settings, "gtk-enable-animations", animations, NULL);
}

/* Runs the main loop for @ms milliseconds, frames and all. */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* A release throws the map on with the drag's speed, measured over moves
 * some milliseconds apart: moves that come microseconds apart (coalesced
 * or synthetic) throw nothing, where they had thrown it thousands of
 * kilometres. */
static void
test_drag_throw (Fixture       *f,
                 gconstpointer  data)
{
  GtkEventController *drag = find_controller (f->map, GTK_TYPE_GESTURE_DRAG);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (f->map));
  gboolean animations;
  double x0, y0, x1, y1;

  g_object_get (settings, "gtk-enable-animations", &animations, NULL);
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);

  feature_pixels (f, "goris", &x0, &y0);
  g_signal_emit_by_name (drag, "drag-begin", 300.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 30.0, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 60.0, -20.0);
  g_signal_emit_by_name (drag, "drag-end", 60.0, -20.0);
  run_for (300);
  feature_pixels (f, "goris", &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1 - x0, 60.0, 0.01);
  g_assert_cmpfloat_with_epsilon (y1 - y0, -20.0, 0.01);

  /* 20 px every 10 ms, 2,000 px a second: the map goes on after the
   * release, slowing, for at most the speed over the friction. */
  feature_pixels (f, "goris", &x0, &y0);
  g_signal_emit_by_name (drag, "drag-begin", 300.0, 300.0);
  for (guint i = 1; i <= 5; i++)
    {
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
      g_signal_emit_by_name (drag, "drag-update", 20.0 * i, 0.0);
    }
  g_signal_emit_by_name (drag, "drag-end", 100.0, 0.0);
  run_for (400);
  feature_pixels (f, "goris", &x1, &y1);
  g_test_message ("thrown %.0f px after a drag of 100 px", x1 - x0 - 100);
  g_assert_cmpfloat (x1 - x0, >, 100 + 20);
  g_assert_cmpfloat (x1 - x0, <, 100 + 2000 / 4.0 + 20);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 0.0, 0.01);

  g_object_set (settings, "gtk-enable-animations", animations, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/map-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("initial-view", test_initial_view);
  ADD ("drag-pans", test_drag_pans);
  ADD ("scroll-zooms", test_scroll_zooms);
  ADD ("keyboard-actions", test_keyboard_actions);
  ADD ("click-selects", test_click_selects);
  ADD ("focus-moves-across-features", test_focus_moves_across_features);
  ADD ("accessible-names", test_accessible_names);
  ADD ("fly-to", test_fly_to);
  ADD ("legend-button", test_legend_button);
  ADD ("framing-keeps-clear", test_framing_keeps_clear);
  ADD ("day-keeps-body", test_day_keeps_body);
  ADD ("drag-moves-image", test_drag_moves_image);
  ADD ("drag-throw", test_drag_throw);
#undef ADD

  return g_test_run ();
}
