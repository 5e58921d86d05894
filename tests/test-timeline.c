/* test-timeline.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline in a window: the room December 2022 gets, playing from
 * event to event, the chips under their marks, and its size whatever the
 * number of events. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-test-ui.h"
#include "lc-test-window.h"
#include "lc-timeline-bar.h"
#include "lc-timeline-chips.h"
#include "lc-timeline-track-private.h"
#include "lc-window-private.h"

/* The least room December's blockade days get at 1024 pixels. */
#define DECEMBER_MIN_PX 400
/* How far a chip with room may be from its mark. */
#define ALIGNED_PX      2.0

static LcTimelineTrack *
track_of (LcWindow *window)
{
  return lc_test_template_child (window->timeline, LC_TYPE_TIMELINE, "track");
}

static LcTimelineChips *
chips_of (LcWindow *window)
{
  return lc_test_template_child (window->timeline, LC_TYPE_TIMELINE, "chips");
}

static LcEvent *
event_on (LcWindow   *window,
          const char *id)
{
  LcEvent *event = lc_story_lookup_event (lc_window_get_story (window), id);

  g_assert_nonnull (event);
  return event;
}

/* December 2022 gets room at 1024 pixels; a linear scale gave it 25. */
static void
test_december_has_room (void)
{
  LcWindow *window = lc_test_open_bundled (1024, 700);
  LcTimelineTrack *track = track_of (window);
  double december = fabs (lc_timeline_track_day_to_x (track, lc_day_parse ("2022-12-30")) -
                          lc_timeline_track_day_to_x (track, lc_day_parse ("2022-12-12")));

  g_test_message ("12 to 30 December 2022: %.0f px of a %d px track", december,
                  gtk_widget_get_width (GTK_WIDGET (track)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);
  g_assert_cmpfloat (december, >=, DECEMBER_MIN_PX);

  /* Time runs with the text: right to left, the last day is at the left. */
  gtk_widget_set_direction (GTK_WIDGET (track), GTK_TEXT_DIR_RTL);
  lc_test_wait_for_draw (window);
  g_assert_cmpfloat (lc_timeline_track_day_to_x (track, lc_day_parse ("2022-12-30")), <,
                     lc_timeline_track_day_to_x (track, lc_day_parse ("2020-11-09")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Playing goes to the next event, not through the empty days before it. */
static void
test_play_steps_to_events (void)
{
  LcWindow *window = lc_test_open_bundled (1024, 700);
  GtkDropDown *speed = lc_test_template_child (window->timeline, LC_TYPE_TIMELINE, "speed_dropdown");

  gtk_drop_down_set_selected (speed, 2);
  lc_window_set_day (window, lc_day_parse ("2022-10-31"));
  lc_timeline_set_playing (window->timeline, TRUE);
  lc_test_wait_until (lc_window_get_day (window) != lc_day_parse ("2022-10-31"));
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-03"));
  lc_test_wait_until (lc_window_get_day (window) != lc_day_parse ("2022-12-03"));
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-12"));

  /* It stops at the end. */
  lc_window_set_day (window, lc_day_parse ("2022-12-28"));
  lc_test_wait_until (!lc_timeline_get_playing (window->timeline));
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-30"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static double
chip_centre (LcTimelineTrack *track,
             GtkWidget       *chip)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (chip, GTK_WIDGET (track), &bounds));
  return bounds.origin.x + bounds.size.width / 2;
}

/* Chips in order, none overlapping or outside the track, none far from
 * its mark; exactly on it when nothing is in the way. */
static void
assert_chips_placed (LcWindow *window)
{
  LcTimelineTrack *track = track_of (window);
  GListModel *events = lc_story_get_events (lc_window_get_story (window));
  int width = gtk_widget_get_width (GTK_WIDGET (track));
  double previous_end = -1;
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);
      GtkWidget *chip = lc_timeline_chips_get_chip (chips_of (window), event);
      double mark = lc_timeline_track_day_to_x (track, lc_event_get_date (event)->day);
      graphene_rect_t bounds;
      double moved;

      if (chip == NULL)
        continue;
      shown++;
      g_assert_true (gtk_widget_compute_bounds (chip, GTK_WIDGET (track), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
      g_assert_cmpfloat (bounds.origin.x, >, previous_end);
      moved = fabs (chip_centre (track, chip) - mark);
      g_test_message ("%s: chip centre %.1f, mark %.1f", lc_event_get_id (event), chip_centre (track, chip), mark);
      /* At most three quarters of a chip away (the current one, half a
       * chip more against the end of the track). */
      g_assert_cmpfloat (moved, <=, bounds.size.width * 1.25);
      if (i + 1 != lc_story_count_events_until (lc_window_get_story (window), lc_window_get_day (window)))
        g_assert_cmpfloat (moved, <=, bounds.size.width * 0.75 + 1);
      previous_end = bounds.origin.x + bounds.size.width;
    }
  g_assert_cmpuint (shown, >, 0);
}

static void
test_chips_under_marks (void)
{
  LcWindow *window = lc_test_open_bundled (1400, 900);
  LcTimelineTrack *track = track_of (window);
  const char *roomy[] = { "blockade-begins" };

  assert_chips_placed (window);
  /* Where there is room, the chip is on its mark. */
  for (guint i = 0; i < G_N_ELEMENTS (roomy); i++)
    {
      LcEvent *event = event_on (window, roomy[i]);
      GtkWidget *chip = lc_timeline_chips_get_chip (chips_of (window), event);

      g_assert_nonnull (chip);
      g_assert_cmpfloat_with_epsilon (chip_centre (track, chip),
                                      lc_timeline_track_day_to_x (track, lc_event_get_date (event)->day),
                                      ALIGNED_PX);
    }

  /* The current event always has its chip, whatever the day. */
  for (guint32 day = lc_day_parse ("2020-11-09"); day <= lc_day_parse ("2022-12-30"); day += 9)
    {
      guint n = lc_story_count_events_until (lc_window_get_story (window), day);
      g_autoptr(LcEvent) current = g_list_model_get_item (lc_story_get_events (lc_window_get_story (window)), n - 1);

      lc_window_set_day (window, day);
      lc_test_wait_for_draw (window);
      g_assert_nonnull (lc_timeline_chips_get_chip (chips_of (window), current));
      assert_chips_placed (window);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A press on the track, as its drag gesture sees it. */
static void
press_track (LcTimelineTrack *track,
             double           x)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (track));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        {
          g_signal_emit_by_name (controller, "drag-begin", x, 20.0);
          return;
        }
    }

  g_assert_not_reached ();
}

/* A chip moves the timeline to its event; a press near a mark, to the
 * mark's event. */
static void
test_chip_and_mark_go_to_event (void)
{
  LcWindow *window = lc_test_open_bundled (1400, 900);
  LcTimelineTrack *track = track_of (window);
  LcEvent *sochi = event_on (window, "sochi-meeting");
  GtkWidget *chip = lc_timeline_chips_get_chip (chips_of (window), sochi);
  g_autofree char *label = NULL;

  g_assert_nonnull (chip);
  label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Go to 31 October 2022: Leaders meet in Sochi");
  g_assert_null (label);
  g_signal_emit_by_name (chip, "clicked");
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-10-31"));

  /* A press a few pixels beside the blockade's first mark lands on its day. */
  press_track (track, lc_timeline_track_day_to_x (track, lc_day_parse ("2022-12-12")) + 5);
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-12"));
  /* Elsewhere, on the day there. */
  press_track (track, (lc_timeline_track_day_to_x (track, lc_day_parse ("2022-12-12")) +
                       lc_timeline_track_day_to_x (track, lc_day_parse ("2022-12-27"))) / 2);
  g_assert_cmpuint (lc_window_get_day (window), >, lc_day_parse ("2022-12-15"));
  g_assert_cmpuint (lc_window_get_day (window), <, lc_day_parse ("2022-12-24"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A story with a story's worth of events over twenty years. */
static GFile *
write_busy_story (guint n_events)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) story = NULL;
  g_autoptr(GString) events = g_string_new ("\"events\": [\n");
  g_autoptr(GFileIOStream) stream = NULL;
  guint32 start = lc_day_parse ("2003-01-01");
  GFile *file;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  story = g_string_new (text);
  for (guint i = 0; i < n_events; i++)
    {
      /* Bursts: most events in a few busy weeks. */
      guint32 day = start + (i % 7 == 0 ? (i * 97) % 7000 : 7000 + (i % 20));
      g_autofree char *iso = lc_day_to_iso (day);

      g_string_append_printf (events, "{ \"id\": \"e%u\", \"date\": \"%s\", \"title\": \"Event %u\", "
                                      "\"source\": \"asbarez\" },\n", i, iso, i);
    }
  g_string_replace (story, "\"events\": [", events->str, 1);
  g_string_replace (story, "\"start\": \"2022-12-01\"", "\"start\": \"2003-01-01\"", 1);
  g_string_replace (story, "\"end\": \"2022-12-30\"", "\"end\": \"2022-12-30\"", 1);

  file = g_file_new_tmp ("lc-test-XXXXXX.json", &stream, NULL);
  g_assert_true (g_file_replace_contents (file, story->str, story->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  return file;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* Thousands of events: the window keeps its natural size, and the track
 * makes no widget per event. */
static void
test_scales_to_many_events (void)
{
  g_autoptr(GFile) file = write_busy_story (5000);
  LcWindow *small = lc_test_open_bundled (1024, 700);
  gboolean loaded;
  LcWindow *busy = lc_test_open_window (file, 1024, 700, &loaded);
  int small_natural, busy_natural;

  g_assert_true (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (lc_story_get_events (lc_window_get_story (busy))), ==, 5002);
  gtk_widget_measure (GTK_WIDGET (small), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &small_natural, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (busy), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &busy_natural, NULL, NULL);
  g_assert_cmpint (busy_natural, ==, small_natural);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (busy)), ==, gtk_widget_get_width (GTK_WIDGET (small)));
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (track_of (busy))));
  g_assert_cmpuint (count_children (GTK_WIDGET (chips_of (busy))), <=, 24);
  assert_chips_placed (busy);

  gtk_window_destroy (GTK_WINDOW (busy));
  gtk_window_destroy (GTK_WINDOW (small));
  g_file_delete (file, NULL, NULL);
}

/* Every day's date shows whole, at 360 pixels on a line of its own above
 * the buttons, at 1024 between them; stepping through the days moves
 * neither the buttons nor the track. */
/* A date on more than one line breaks only where its parts meet. */
static void
assert_breaks_between_parts (GtkLabel *date)
{
  PangoLayout *layout = gtk_label_get_layout (date);
  const char *text = pango_layout_get_text (layout);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL && l->next != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      g_autofree char *shown = g_strndup (text + line->start_index, line->length);
      g_autoptr(GString) plain = g_string_new (shown);

      /* The line ends with the parts' separator (and the space after it),
       * the isolates aside. */
      g_string_replace (plain, "\u2068", "", 0);
      g_string_replace (plain, "\u2069", "", 0);
      g_test_message ("a line of the date: “%s”", plain->str);
      g_assert_true (g_str_has_suffix (g_strchomp (plain->str), "·"));
    }
}

static void
assert_whole_dates (int      width,
                    gboolean stacked)
{
  LcWindow *window = lc_test_open_bundled (width, 700);
  LcStory *story = lc_window_get_story (window);
  LcTimelineBar *bar = lc_test_template_child (window->timeline, LC_TYPE_TIMELINE, "bar");
  GtkLabel *date = lc_test_template_child (window->timeline, LC_TYPE_TIMELINE, "date_label");
  GtkWidget *play = lc_test_template_child (window->timeline, LC_TYPE_TIMELINE, "play_button");
  GListModel *events = lc_story_get_events (story);
  guint n = g_list_model_get_n_items (events);
  int bar_height = -1;
  double play_y = -1;

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(LcEvent) event = i < n ? g_list_model_get_item (events, i) : NULL;
      guint32 day = event != NULL ? lc_event_get_date (event)->day : lc_story_get_start (story);
      graphene_rect_t label_bounds, play_bounds;

      lc_window_set_day (window, day);
      lc_test_wait_for_draw (window);
      g_test_message ("%d px, %s: %d px high", width, gtk_label_get_text (date),
                      gtk_widget_get_height (GTK_WIDGET (bar)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
      g_assert_cmpint (lc_timeline_bar_get_stacked (bar), ==, stacked);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (date)));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (date), GTK_WIDGET (bar), &label_bounds));
      g_assert_true (gtk_widget_compute_bounds (play, GTK_WIDGET (bar), &play_bounds));
      assert_breaks_between_parts (date);
      if (stacked)
        g_assert_cmpfloat (label_bounds.origin.y + label_bounds.size.height, <=, play_bounds.origin.y);
      else
        g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (date)), ==, 1);

      if (bar_height < 0)
        {
          bar_height = gtk_widget_get_height (GTK_WIDGET (bar));
          play_y = play_bounds.origin.y;
        }
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (bar)), ==, bar_height);
      g_assert_cmpfloat (play_bounds.origin.y, ==, play_y);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_whole_dates (void)
{
  assert_whole_dates (360, TRUE);
  assert_whole_dates (1024, FALSE);
}

/* The pixel at the centre of @day's mark, unpremultiplied, as 0–255. */
static void
mark_pixel (cairo_surface_t *surface,
            LcTimelineTrack *track,
            const char      *day,
            guint8           rgba[4])
{
  int x = (int) round (lc_timeline_track_day_to_x (track, lc_day_parse (day)));
  const guint8 *row = cairo_image_surface_get_data (surface) +
                      LC_TRACK_Y * cairo_image_surface_get_stride (surface);
  guint32 pixel = ((const guint32 *) (gconstpointer) row)[x];
  guint alpha = pixel >> 24;

  rgba[3] = alpha;
  for (int i = 0; i < 3; i++)
    rgba[i] = alpha > 0 ? ((pixel >> (16 - 8 * i)) & 0xff) * 255 / alpha : 0;
}

static void
assert_colour (const guint8   rgba[4],
               const GdkRGBA *colour,
               double         alpha)
{
  const double channels[4] = { colour->red, colour->green, colour->blue, colour->alpha * alpha };

  for (int i = 0; i < 4; i++)
    g_assert_cmpint (abs ((int) rgba[i] - (int) round (channels[i] * 255)), <=, 3);
}

/* The track's marks are drawn into an image once: a step of the day
 * paints the past's marks in the accent colour and the future's faded,
 * from the same images; a new width draws them again. */
static void
test_track_image (void)
{
  LcWindow *window = lc_test_open_bundled (1400, 900);
  LcTimelineTrack *track = track_of (window);
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (track));
  cairo_surface_t *surface;
  GdkRGBA fg, accent;
  guint8 rgba[4];
  guint images;
  double future;

  gtk_style_context_get_color (context, &fg);
  /* A future mark, 0.55 of the colour, over the track's line, 0.18 of it. */
  future = (1 - (1 - 0.18 * fg.alpha) * (1 - 0.55 * fg.alpha)) / fg.alpha;
  g_assert_true (gtk_style_context_lookup_color (context, "accent_bg_color", &accent));

  lc_window_set_day (window, lc_day_parse ("2022-11-15"));
  lc_test_wait_for_draw (window);
  images = track->n_track_images;
  g_assert_cmpuint (images, >=, 2);

  surface = lc_test_paint_widget (GTK_WIDGET (track));
  mark_pixel (surface, track, "2022-10-31", rgba);
  assert_colour (rgba, &accent, 1.0);
  mark_pixel (surface, track, "2022-12-12", rgba);
  assert_colour (rgba, &fg, future);
  cairo_surface_destroy (surface);

  /* The blockade's first day has come: its mark is the past's now. */
  lc_window_set_day (window, lc_day_parse ("2022-12-20"));
  lc_test_wait_for_draw (window);
  surface = lc_test_paint_widget (GTK_WIDGET (track));
  mark_pixel (surface, track, "2022-12-12", rgba);
  assert_colour (rgba, &accent, 1.0);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (track->n_track_images, ==, images);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  lc_test_wait_for_draw (window);
  g_assert_cmpuint (track->n_track_images, >, images);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/timeline/december-has-room", test_december_has_room);
  g_test_add_func ("/ui/timeline/play-steps-to-events", test_play_steps_to_events);
  g_test_add_func ("/ui/timeline/chips-under-marks", test_chips_under_marks);
  g_test_add_func ("/ui/timeline/chip-and-mark-go-to-event", test_chip_and_mark_go_to_event);
  g_test_add_func ("/ui/timeline/scales-to-many-events", test_scales_to_many_events);
  g_test_add_func ("/ui/timeline/whole-dates", test_whole_dates);
  g_test_add_func ("/ui/timeline/track-image", test_track_image);

  return g_test_run ();
}
