/* test-panel.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The statements panel in a window on the bundled story: its count, its
 * empty pages, where it scrolls, its width, and the card of the place
 * selected on the map. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lc-test-ui.h"
#include "lc-test-window.h"
#include "lc-application.h"
#include "lc-feed-list.h"
#include "lc-feed-row.h"
#include "lc-feed-window.h"
#include "lc-map-view-private.h"
#include "lc-place-card.h"
#include "lc-test-tmp.h"
#include "lc-window-private.h"

#define panel_child(window, name) lc_test_template_child ((window)->panel, LC_TYPE_STATEMENT_PANEL, (name))

static const char *
count_text (LcWindow *window)
{
  return gtk_label_get_text (panel_child (window, "count_label"));
}

static const char *
page (LcWindow *window)
{
  return gtk_stack_get_visible_child_name (panel_child (window, "content_stack"));
}

static void
choose_speaker (LcWindow   *window,
                const char *name)
{
  GtkDropDown *dropdown = panel_child (window, "actor_dropdown");
  GListModel *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }

  g_assert_not_reached ();
}

static void
search (LcWindow   *window,
        const char *text)
{
  GtkEditable *entry = panel_child (window, "search_entry");

  gtk_editable_set_text (entry, text);
  /* The entry says so after a pause; the test need not wait for it. */
  g_signal_emit_by_name (entry, "search-changed");
}

/* What the count must say for the list below it, as the reader counts. */
static char *
expected_count (LcWindow *window)
{
  guint total = g_list_model_get_n_items (lc_story_get_statements (lc_window_get_story (window)));
  guint said = lc_test_count_shown (window, LC_TYPE_STATEMENT);
  guint happened = lc_test_count_shown (window, LC_TYPE_EVENT);
  g_autofree char *statements = g_strdup_printf (total == 1 ? "%u of %u statement" : "%u of %u statements",
                                                 said, total);

  if (happened == 0)
    return g_steal_pointer (&statements);

  return g_strdup_printf (LC_FSI "%s" LC_PDI " · " LC_FSI "%u %s" LC_PDI, statements, happened,
                          happened == 1 ? "event" : "events");
}

/* The first cases say it in words; then every day with a speaker and a
 * search, the count agrees with the list. */
static void
test_count (void)
{
  LcWindow *window = lc_test_open_bundled (1200, 800);
  LcStory *story = lc_window_get_story (window);
  const char *speakers[] = { "All speakers", "Maria Zakharova", "Azerbaijani protesters" };
  const char *searches[] = { "", "mine", "Zakharova", "no such words" };

  g_assert_cmpstr (count_text (window), ==, LC_FSI "10 of 10 statements" LC_PDI " · " LC_FSI "10 events" LC_PDI);

  /* The first day shows an event and no statement, and says both. */
  lc_window_set_day (window, lc_day_parse ("2020-11-09"));
  g_assert_cmpstr (count_text (window), ==, LC_FSI "0 of 10 statements" LC_PDI " · " LC_FSI "1 event" LC_PDI);
  g_assert_cmpstr (page (window), ==, "list");

  lc_window_set_day (window, lc_day_parse ("2022-12-28"));
  g_assert_cmpstr (count_text (window), ==, LC_FSI "2 of 10 statements" LC_PDI " · " LC_FSI "9 events" LC_PDI);

  /* A speaker's statements only, by the day. */
  choose_speaker (window, "Maria Zakharova");
  g_assert_cmpstr (count_text (window), ==, "0 of 10 statements");
  g_assert_cmpstr (page (window), ==, "empty");
  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  g_assert_cmpstr (count_text (window), ==, "5 of 10 statements");

  /* A search with no result counts none. */
  choose_speaker (window, "All speakers");
  search (window, "no such words");
  g_assert_cmpstr (count_text (window), ==, "0 of 10 statements");

  for (guint32 day = lc_story_get_start (story); day <= lc_story_get_end (story); day++)
    {
      /* The days with something new, and the days around them. */
      if (lc_story_count_events_until (story, day) == lc_story_count_events_until (story, day - 1) &&
          lc_story_count_events_until (story, day + 1) == lc_story_count_events_until (story, day))
        continue;

      lc_window_set_day (window, day);
      for (guint s = 0; s < G_N_ELEMENTS (speakers); s++)
        for (guint q = 0; q < G_N_ELEMENTS (searches); q++)
          {
            g_autofree char *expected = NULL;

            choose_speaker (window, speakers[s]);
            search (window, searches[q]);
            expected = expected_count (window);
            g_assert_cmpstr (count_text (window), ==, expected);
            g_assert_cmpstr (page (window), ==,
                             lc_statement_panel_get_shown (window->panel) != NULL &&
                             g_list_model_get_n_items (lc_statement_panel_get_shown (window->panel)) > 0
                             ? "list" : *searches[q] != '\0' ? "no-results" : "empty");
          }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The HIG's page for a search without results, which says whether later
 * days have some. */
static void
test_no_results (void)
{
  LcWindow *window = lc_test_open_bundled (1200, 800);
  AdwStatusPage *status = panel_child (window, "no_results_page");

  search (window, "no such words");
  g_assert_cmpstr (page (window), ==, "no-results");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (status)));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Results Found");
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "Try a different search.");

  /* "Kashen" comes up on 12 December. */
  search (window, "Kashen");
  g_assert_cmpstr (page (window), ==, "list");
  lc_window_set_day (window, lc_day_parse ("2022-12-11"));
  g_assert_cmpstr (page (window), ==, "no-results");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "Move the timeline on"));

  search (window, "");
  g_assert_cmpstr (page (window), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
}

static LcFeedRow *
find_row_for (GtkWidget *root,
              GObject   *item)
{
  if (LC_IS_FEED_ROW (root) && lc_feed_row_get_item (LC_FEED_ROW (root)) == item &&
      gtk_widget_get_mapped (root))
    return LC_FEED_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      LcFeedRow *row = find_row_for (child, item);

      if (row != NULL)
        return row;
    }

  return NULL;
}

/* Where the list's row with @item's card starts, from the top of the
 * list's view; G_MAXINT when it has no card in view. */
static int
card_top (LcWindow *window,
          GObject  *item)
{
  GtkWidget *list = panel_child (window, "list_view");
  LcFeedRow *row = find_row_for (list, item);
  graphene_point_t top;

  if (row == NULL ||
      !gtk_widget_compute_point (gtk_widget_get_parent (GTK_WIDGET (row)), list, &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_MAXINT;

  return (int) top.y;
}

static GtkAdjustment *
scroll_adjustment (LcWindow *window)
{
  return gtk_scrolled_window_get_vadjustment (panel_child (window, "scroller"));
}

static gboolean
at_end (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) >=
         gtk_adjustment_get_upper (adjustment) - 1;
}

/* The card starts the view (GTK leaves a row's focus margin above it), or
 * the list is at its end with the card in view. */
#define ROW_MARGIN 4

static gboolean
current_card_in_place (LcWindow *window,
                       GObject  *item)
{
  int top = card_top (window, item);

  return ABS (top) <= ROW_MARGIN || (top != G_MAXINT && top > 0 && at_end (scroll_adjustment (window)));
}

static int
card_top_next_frame (LcWindow *window,
                     GObject  *item)
{
  gtk_widget_queue_draw (GTK_WIDGET (window));
  lc_test_wait_for_draw (window);

  return card_top (window, item);
}

/* Waits until @item's card is in place and stays there from one frame to
 * the next; returns where its top is. */
static int
settle_card (LcWindow *window,
             GObject  *item)
{
  int top = G_MAXINT;

  lc_test_wait_until (current_card_in_place (window, item) &&
                      (top = card_top (window, item)) == card_top_next_frame (window, item));
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (card_top_next_frame (window, item), ==, top);

  return top;
}

/* The current card comes into view when the day or the selection changes,
 * and the same day puts it in the same place however the reader came. */
static void
test_scroll (void)
{
  LcWindow *window = lc_test_open_bundled (1200, 800);
  LcStory *story = lc_window_get_story (window);
  GObject *last_day_first = G_OBJECT (lc_story_lookup_event (story, "zakharova-statement"));
  GObject *kashen = G_OBJECT (lc_story_lookup_event (story, "mine-halted"));
  LcStatement *protest = lc_story_lookup_statement (story, "protesters-claim");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (panel_child (window, "list_view")));
  LcWindow *second;
  int start;

  g_assert_nonnull (last_day_first);
  g_assert_nonnull (kashen);
  g_assert_nonnull (protest);

  /* The last day's first card starts the view: the day's event, then what was said. */
  start = settle_card (window, last_day_first);
  g_assert_cmpint (ABS (start), <=, ROW_MARGIN);

  lc_window_set_day (window, lc_day_parse ("2022-12-28"));
  settle_card (window, kashen);

  /* A statement chosen elsewhere (the command line, the map) comes into view. */
  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  g_assert_true (lc_window_show_statement (window, lc_statement_get_id (protest)));
  settle_card (window, G_OBJECT (protest));

  /* Back to the last day, unselected, from elsewhere: where it started. */
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  lc_window_set_day (window, lc_day_parse ("2022-08-30"));
  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  g_assert_cmpint (settle_card (window, last_day_first), ==, start);

  /* Another window starts in the same place. */
  second = lc_test_open_bundled (1200, 800);
  last_day_first = G_OBJECT (lc_story_lookup_event (lc_window_get_story (second), "zakharova-statement"));
  g_assert_cmpint (settle_card (second, last_day_first), ==, start);

  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Scrubbing the timeline never changes the panel's width, nor the
 * window's: the panel takes the width the reader chose (400 by default). */
static void
test_stable_width (void)
{
  const int sizes[][2] = { { 600, 800 }, { 1024, 700 }, { 1400, 900 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      LcWindow *window = lc_test_open_bundled (sizes[i][0], sizes[i][1]);
      LcStory *story = lc_window_get_story (window);
      int panel_width = gtk_widget_get_width (GTK_WIDGET (window->panel));
      int window_width = gtk_widget_get_width (GTK_WIDGET (window));
      gboolean folded = adw_flap_get_folded (window->flap);
      int panel_min, min;

      if (sizes[i][0] >= 1024)
        g_assert_cmpint (panel_width, ==, 400);
      /* Nor its minimum, which decides when the panel folds over the map. */
      gtk_widget_measure (GTK_WIDGET (window->panel), GTK_ORIENTATION_HORIZONTAL, -1, &panel_min, NULL, NULL, NULL);
      for (guint32 day = lc_story_get_start (story); day <= lc_story_get_end (story); day += 1)
        {
          if (lc_story_count_events_until (story, day) == lc_story_count_events_until (story, day - 1))
            continue;
          lc_window_set_day (window, day);
          lc_test_wait_for_draw (window);
          gtk_widget_measure (GTK_WIDGET (window->panel), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          g_assert_cmpint (min, ==, panel_min);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->panel)), ==, panel_width);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, window_width);
          g_assert_true (adw_flap_get_folded (window->flap) == folded);
        }

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

#define card_child(window, name) \
  lc_test_template_child (panel_child ((window), "place_card"), LC_TYPE_PLACE_CARD, (name))

static const char *
card_text (LcWindow   *window,
           const char *name)
{
  GtkWidget *label = card_child (window, name);

  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* A place picked on the map shows its card above the statements: its
 * names, what it is on the day shown, the story's note and the sources,
 * as links; it follows the day and the names chosen, and closing it
 * clears the selection. */
static void
test_place_card (void)
{
  LcWindow *window = lc_test_open_bundled (1200, 800);
  LcStory *story = lc_window_get_story (window);
  LcFeature *corridor = lc_story_lookup_feature (story, "lachin-corridor");
  LcFeature *lachin = lc_story_lookup_feature (story, "berdzor");
  GtkWidget *card = panel_child (window, "place_card");
  GPtrArray *sources = lc_feature_get_sources (corridor);
  const char *markup;

  g_assert_nonnull (corridor);
  g_assert_nonnull (lachin);
  g_assert_false (gtk_widget_get_visible (card));

  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  lc_map_view_activate_feature (window->map_view, corridor);
  g_assert_true (gtk_widget_get_visible (card));
  g_assert_cmpstr (card_text (window, "name_label"), ==, "Lachin Corridor");
  g_assert_cmpstr (card_text (window, "facts_label"), ==, "Corridor road, blocked, approximate");
  g_assert_cmpstr (card_text (window, "note_label"), ==, lc_feature_get_note (corridor));

  /* Every source is named and linked to its address. */
  g_assert_cmpuint (sources->len, >, 0);
  markup = gtk_label_get_label (card_child (window, "source_label"));
  for (guint i = 0; i < sources->len; i++)
    {
      LcSource *source = g_ptr_array_index (sources, i);
      g_autofree char *href = g_markup_printf_escaped ("href=\"%s\"", lc_source_get_url (source));

      g_assert_nonnull (strstr (card_text (window, "source_label"), lc_source_get_publisher (source)));
      g_assert_nonnull (strstr (markup, href));
    }

  /* The day changes what the place is. */
  lc_window_set_day (window, lc_day_parse ("2022-12-01"));
  g_assert_cmpstr (card_text (window, "facts_label"), ==, "Corridor road, open, approximate");

  /* One side's names first, the other's stay in view. */
  lc_map_view_activate_feature (window->map_view, lachin);
  g_assert_cmpstr (card_text (window, "name_label"), ==, "Lachin (Berdzor)");
  g_assert_null (card_text (window, "names_label"));
  lc_statement_panel_set_place_names (window->panel, LC_PLACE_NAMES_ARMENIAN);
  g_assert_cmpstr (card_text (window, "name_label"), ==, "Berdzor");
  g_assert_cmpstr (card_text (window, "names_label"), ==, "Lachin (Berdzor)");
  lc_statement_panel_set_place_names (window->panel, LC_PLACE_NAMES_AZERBAIJANI);
  g_assert_cmpstr (card_text (window, "name_label"), ==, "Lachin");
  g_assert_cmpstr (card_text (window, "names_label"), ==, "Lachin (Berdzor)");

  /* Closing the card clears the selection, on the map too. */
  gtk_widget_activate_action (card, "place.dismiss", NULL);
  g_assert_null (lc_map_view_get_selected_feature (window->map_view));
  g_assert_false (gtk_widget_get_visible (card));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A note is text: markup in it is shown as it is written. */
static void
test_place_card_text (void)
{
  static const char note[] = "<b>Bold</b> &amp; <a href=\"https://example.org\">not a link</a>";
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal-v2.json", NULL);
  g_autofree char *dir = lc_test_tmp_dir_new ("place-card");
  g_autofree char *copy_path = g_build_filename (dir, "story.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *marked = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  LcWindow *window;
  gboolean loaded;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  text = g_string_new (contents);
  escaped = g_strescape (note, NULL);
  marked = g_strdup_printf ("\"note\": \"%s\", \"note_sources\": [\"other\"]", escaped);
  g_assert_cmpuint (g_string_replace (text, "\"note\": \"A note.\", \"note_sources\": [\"other\"]", marked, 1), ==, 1);
  g_assert_true (g_file_set_contents (copy_path, text->str, -1, &error));
  g_assert_no_error (error);

  copy = g_file_new_for_path (copy_path);
  window = lc_test_open_window (copy, 1200, 800, &loaded);
  g_assert_true (loaded);
  lc_map_view_activate_feature (window->map_view, lc_story_lookup_feature (lc_window_get_story (window), "town"));
  g_assert_cmpstr (card_text (window, "note_label"), ==, note);
  g_assert_false (gtk_label_get_use_markup (card_child (window, "note_label")));
  /* The note's own source, apart from the place's. */
  g_assert_cmpstr (card_text (window, "note_source_label"), ==, "Note’s source: Another Newspaper");
  g_assert_cmpstr (card_text (window, "source_label"), ==, "Sources: A Wire Service, 27 December 2022; Another Newspaper");

  gtk_window_destroy (GTK_WINDOW (window));
  lc_test_tmp_dir_remove (dir);
}

static guint
count_rows (GtkWidget *root)
{
  guint n = LC_IS_FEED_ROW (root) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);

  return n;
}

static guint32
item_day (GObject *item)
{
  return LC_IS_EVENT (item) ? lc_event_get_date (LC_EVENT (item))->day
                            : lc_statement_get_date (LC_STATEMENT (item))->day;
}

/* (transfer full): a story file made by build-aux/gen-story.py with
 * @options, in the temporary folder. */
static GFile *
generate_story (const char * const *options)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "build-aux", "gen-story.py", NULL);
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("lc-panel-XXXXXX.lcstory", &stream, NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  int status;

  g_strv_builder_add_many (builder, "python3", script, NULL);
  g_strv_builder_addv (builder, (const char **) options);
  g_strv_builder_add (builder, path);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&file);
}

/* A story made by build-aux/gen-story.py with @options. */
static LcWindow *
open_generated (const char * const *options)
{
  g_autoptr(GFile) file = generate_story (options);
  LcWindow *window;
  gboolean loaded;

  window = lc_test_open_window (file, 1024, 700, &loaded);
  g_assert_true (loaded);
  g_file_delete (file, NULL, NULL);

  return window;
}

/* A story of 3,000 statements and 1,000 events. */
static const char * const long_story_options[] = {
  "--statements", "3000", "--events", "1000", "--features", "20", "--seed", "3", NULL
};

static LcWindow *
open_long_story (void)
{
  return open_generated (long_story_options);
}

/* A long story: on a walk over random days the list holds what happened by
 * the day, as a filter over the whole story says; the list view is given
 * the last day's first cards and a few screens before them, and lays out
 * rows for no more; scrolled to its top it gets earlier ones; a statement chosen from
 * long ago is listed and selected. */
static void
test_long_story (void)
{
  LcWindow *window = open_long_story ();
  LcStory *story = lc_window_get_story (window);
  GListModel *shown = lc_statement_panel_get_shown (window->panel);
  GtkListView *list = panel_child (window, "list_view");
  GListModel *listed = G_LIST_MODEL (gtk_list_view_get_model (list));
  LcFeedWindow *window_model = LC_FEED_WINDOW (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (listed)));
  GListModel *statements = lc_story_get_statements (story);
  GListModel *events = lc_story_get_events (story);
  guint32 start = lc_story_get_start (story), end = lc_story_get_end (story);
  guint32 day = end;
  guint n_listed;
  g_autoptr(LcStatement) early = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 3000);
  for (guint step = 0; step < 40; step++)
    {
      guint expected = 0, n, offset, day_first;

      /* Jumps, and steps a day either way. */
      day = step % 4 == 0 ? (guint32) g_test_rand_int_range (start, end + 1)
                          : CLAMP (day + (step % 2 ? 1 : -1), start, end);
      lc_window_set_day (window, day);
      lc_test_wait_for_draw (window);

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (statements, i);
          expected += item_day (item) <= day;
        }
      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (events, i);
          expected += item_day (item) <= day;
        }
      n = g_list_model_get_n_items (shown);
      g_assert_cmpuint (n, ==, expected);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (shown, i);
          g_autoptr(GObject) next = i + 1 < n ? g_list_model_get_item (shown, i + 1) : NULL;

          g_assert_cmpuint (item_day (item), <=, day);
          if (next != NULL)
            g_assert_cmpuint (item_day (item), <=, item_day (next));
        }

      /* The list view's items are a run of the shown ones, around the
       * first of the last day with any: 8 before it, 12 from it on (and
       * more while the view is within a screen of either end). */
      n_listed = g_list_model_get_n_items (listed);
      offset = lc_feed_window_get_offset (window_model);
      g_assert_cmpuint (offset + n_listed, <=, n);
      for (guint i = 0; i < n_listed; i++)
        {
          g_autoptr(GObject) a = g_list_model_get_item (listed, i);
          g_autoptr(GObject) b = g_list_model_get_item (shown, offset + i);

          g_assert_true (a == b);
        }
      {
        g_autoptr(GObject) last = g_list_model_get_item (shown, n - 1);

        for (day_first = n; day_first > 0; day_first--)
          {
            g_autoptr(GObject) item = g_list_model_get_item (shown, day_first - 1);

            if (item_day (item) != item_day (last))
              break;
          }
      }
      g_test_message ("day %u shown %u listed %u from %u, the day's first %u, rows %u",
                      day, n, n_listed, offset, day_first, count_rows (GTK_WIDGET (list)));
      g_assert_cmpuint (offset, <=, day_first > 8 ? day_first - 8 : 0);
      g_assert_cmpuint (offset + n_listed, >=, MIN (n, day_first + 12));
      g_assert_cmpuint (n_listed, <=, 60);
      g_assert_cmpuint (count_rows (GTK_WIDGET (list)), <=, n_listed);
    }

  /* Scrolled to the top: earlier cards come, the shown ones stay. */
  lc_window_set_day (window, end);
  lc_test_wait_for_draw (window);
  n_listed = g_list_model_get_n_items (listed);
  g_assert_cmpuint (n_listed, <, g_list_model_get_n_items (shown));
  for (guint i = 0; i < 10 && g_list_model_get_n_items (listed) == n_listed; i++)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (panel_child (window, "scroller"));

      /* Away from the top and back, as a reader scrolls (once the list
       * has scrolled to the day's card by itself). */
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment) + 1);
      lc_test_wait_for_draw (window);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
      lc_test_wait_for_draw (window);
    }
  g_assert_cmpuint (g_list_model_get_n_items (listed), >, n_listed);
  g_assert_cmpuint (lc_feed_window_get_offset (window_model), <, g_list_model_get_n_items (shown) - n_listed);

  /* A statement from long ago, chosen: listed and selected. */
  early = g_list_model_get_item (statements, 5);
  g_assert_true (lc_statement_panel_select_statement (window->panel, early));
  g_assert_true (lc_statement_panel_get_selected_item (window->panel) == G_OBJECT (early));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
scroll_to_bottom (GtkAdjustment *adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
}

/* A crowded day: 150 statements on one day. The list view is given the
 * day's first cards; scrolled to the bottom, again and again, it gets the
 * next ones, in order, until the day's last; rows are laid out for those
 * listed only. */
static void
test_crowded_day (void)
{
  LcWindow *window = open_generated ((const char *[]) { "--statements", "150", "--days", "1",
                                                        "--features", "5", NULL });
  GListModel *shown = lc_statement_panel_get_shown (window->panel);
  GtkListView *list = panel_child (window, "list_view");
  GListModel *listed = G_LIST_MODEL (gtk_list_view_get_model (list));
  LcFeedWindow *window_model = LC_FEED_WINDOW (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (listed)));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (panel_child (window, "scroller"));
  guint n_listed, scrolls = 0;

  lc_window_set_day (window, lc_story_get_end (lc_window_get_story (window)));
  lc_test_wait_for_draw (window);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 150);
  n_listed = g_list_model_get_n_items (listed);
  g_assert_cmpuint (lc_feed_window_get_offset (window_model), ==, 0);
  g_assert_cmpuint (n_listed, >=, 12);
  g_assert_cmpuint (n_listed, <, 150);

  while (g_list_model_get_n_items (listed) < 150)
    {
      guint before = g_list_model_get_n_items (listed);

      /* To the bottom, as a reader scrolls (again while the list still
       * scrolls to the day's first card by itself); the next cards come. */
      g_assert_cmpuint (scrolls++, <, 150);
      lc_test_wait_until ((scroll_to_bottom (adjustment), g_list_model_get_n_items (listed) > before));
      lc_test_wait_for_draw (window);

      g_assert_cmpuint (lc_feed_window_get_offset (window_model), ==, 0);
      g_assert_cmpuint (count_rows (GTK_WIDGET (list)), <=, g_list_model_get_n_items (listed));
      for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
        {
          g_autoptr(GObject) a = g_list_model_get_item (listed, i);
          g_autoptr(GObject) b = g_list_model_get_item (shown, i);

          g_assert_true (a == b);
        }
    }
  g_test_message ("all 150 cards listed after %u scrolls to the bottom", scrolls);
  g_assert_cmpuint (scrolls, >, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first frames that show the list after a story is set or the list
 * is shown again, watched from the frame clock: where the day's first card
 * is in each. */
typedef struct
{
  LcWindow      *window;
  GObject       *item;    /* the day's first, once the list shows */
  GdkFrameClock *clock;
  gulong         handler;
  guint          frames;  /* painted with the list since */
  int            first;   /* the card's top in the first, G_MAXINT when out of view */
  int            moved;   /* the most it moved from there in the frames after */
} FirstFrames;

/* (transfer full): the first card of the last day shown. */
static GObject *
day_first_item (LcWindow *window)
{
  GListModel *shown = lc_statement_panel_get_shown (window->panel);
  guint first = g_list_model_get_n_items (shown) - 1;
  g_autoptr(GObject) last = g_list_model_get_item (shown, first);

  for (; first > 0; first--)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shown, first - 1);

      if (item_day (item) != item_day (last))
        break;
    }

  return g_list_model_get_item (shown, first);
}

/* Where @item's card starts, from the top of the list's view, when any of
 * it is in view; G_MAXINT when none is. */
static int
card_top_in_view (LcWindow *window,
                  GObject  *item)
{
  GtkWidget *list = panel_child (window, "list_view");
  LcFeedRow *row = find_row_for (list, item);
  graphene_rect_t bounds;

  if (row == NULL || !gtk_widget_compute_bounds (gtk_widget_get_parent (GTK_WIDGET (row)), list, &bounds))
    return G_MAXINT;
  if (bounds.origin.y >= gtk_widget_get_height (list) || bounds.origin.y + bounds.size.height <= 0)
    return G_MAXINT;

  return (int) bounds.origin.y;
}

static void
on_first_frames_after_paint_cb (GdkFrameClock *clock,
                                FirstFrames   *watch)
{
  int top;

  if (!gtk_widget_get_mapped (panel_child (watch->window, "list_view")))
    return;

  if (watch->item == NULL)
    watch->item = day_first_item (watch->window);
  top = card_top_in_view (watch->window, watch->item);
  if (watch->frames++ == 0)
    watch->first = top;
  else if (watch->first != G_MAXINT)
    watch->moved = MAX (watch->moved, top == G_MAXINT ? G_MAXINT : ABS (top - watch->first));
}

/* Watches the frames of @window, realized, from now on. */
static void
watch_first_frames (FirstFrames *watch,
                    LcWindow    *window)
{
  *watch = (FirstFrames) { window, NULL, NULL, 0, 0, G_MAXINT, 0 };
  gtk_widget_realize (GTK_WIDGET (window));
  watch->clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  watch->handler = g_signal_connect (watch->clock, "after-paint",
                                     G_CALLBACK (on_first_frames_after_paint_cb), watch);
}

/* The first frame that showed the list showed the day's first card, where
 * it stayed in the frames after and once the list has settled. */
static void
check_first_frames (FirstFrames *watch)
{
  g_autoptr(GObject) item = NULL;
  int settled;

  lc_test_wait_until (watch->frames > 0);
  for (guint i = 0; i < 10; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (watch->window));
      lc_test_wait_for_draw (watch->window);
    }
  g_signal_handler_disconnect (watch->clock, watch->handler);
  item = day_first_item (watch->window);
  g_assert_true (item == watch->item);
  g_clear_object (&watch->item);
  settle_card (watch->window, item);
  settled = card_top_in_view (watch->window, item);
  g_test_message ("the day's first card: top %d in the first frame, moved up to %d in %u frames after, "
                  "settled at %d", watch->first, watch->moved, watch->frames - 1, settled);

  g_assert_cmpint (watch->first, !=, G_MAXINT);
  g_assert_cmpint (watch->moved, <=, ROW_MARGIN);
  g_assert_cmpint (ABS (settled - watch->first), <=, ROW_MARGIN);
}

/* Opens @file in @window, shown or not, and checks the first frames. */
static void
check_first_frame (LcWindow *window,
                   GFile    *file,
                   gboolean  present)
{
  FirstFrames watch;

  watch_first_frames (&watch, window);
  g_assert_true (lc_window_open_file (window, file));
  if (present)
    gtk_window_present (GTK_WINDOW (window));
  check_first_frames (&watch);
}

/* A new window at @width × @height, not yet shown. */
static LcWindow *
new_window (int width,
            int height)
{
  LcWindow *window = g_object_new (LC_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  return window;
}

/* The item of the card that holds the keyboard focus, or NULL. */
static GObject *
focused_item (LcWindow *window)
{
  GtkWidget *list = panel_child (window, "list_view");
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *w = focus; w != NULL && w != list; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) == list)
      {
        GtkWidget *child = gtk_widget_get_first_child (w);

        return LC_IS_FEED_ROW (child) ? lc_feed_row_get_item (LC_FEED_ROW (child)) : NULL;
      }

  return NULL;
}

static const char *
item_id (GObject *item)
{
  if (LC_IS_EVENT (item))
    return lc_event_get_id (LC_EVENT (item));
  if (LC_IS_STATEMENT (item))
    return lc_statement_get_id (LC_STATEMENT (item));
  return item != NULL ? G_OBJECT_TYPE_NAME (item) : "(no card)";
}

static const char *
focus_name (LcWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  static char name[256];

  g_snprintf (name, sizeof name, "%s in %s in %s", focus ? G_OBJECT_TYPE_NAME (focus) : "-",
              focus && gtk_widget_get_parent (focus) ? G_OBJECT_TYPE_NAME (gtk_widget_get_parent (focus)) : "-",
              focus && gtk_widget_get_parent (focus) && gtk_widget_get_parent (gtk_widget_get_parent (focus)) ? G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (focus))) : "-");
  return name;
}

/* Makes @window the active one, with @focus focused, as a reader's Tab
 * finds it: GTK moves the focus by the chain of focused children, which
 * an inactive window has not (the suite's other windows on the display
 * take the keyboard from it). */
static void
focus_in_active_window (LcWindow  *window,
                        GtkWidget *focus)
{
  gtk_window_present (GTK_WINDOW (window));
  lc_test_wait_until (gtk_window_is_active (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_grab_focus (focus));
}

/* Tab into the list, from the control before it, lands on the card in
 * view, the day's first, not on the first card listed above it; after a
 * day's step too, when a card had the focus before (GTK 4.8's list then
 * kept the focus where it was); Shift+Tab from after the panel, too; and
 * on the chosen card when one is. */
static void
test_tab_into_list (void)
{
  const char *days[] = { NULL, "2022-12-28", "2022-12-12", "2022-08-30" };
  LcWindow *window = lc_test_open_bundled (1200, 800);
  GtkWidget *search_button = panel_child (window, "search_button");
  LcStory *story = lc_window_get_story (window);
  GObject *chosen;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GObject) item = NULL;

      /* The day is stepped from outside the list, as from the timeline. */
      g_assert_true (gtk_widget_grab_focus (search_button));
      if (days[i] != NULL)
        lc_window_set_day (window, lc_day_parse (days[i]));
      item = day_first_item (window);
      settle_card (window, item);

      focus_in_active_window (window, search_button);
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      g_test_message ("%s: the focus on a %s", days[i] != NULL ? days[i] : "the first day",
                      G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))));
      if (focused_item (window) == NULL)
        g_assert_cmpstr (focus_name (window), ==, item_id (item));
      g_assert_cmpstr (item_id (focused_item (window)), ==, item_id (item));
      g_assert_cmpint (card_top_in_view (window, item), !=, G_MAXINT);

      /* Tab out of the list, as its key handler does, and back. */
      gtk_widget_set_can_focus (panel_child (window, "list_view"), FALSE);
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      gtk_widget_set_can_focus (panel_child (window, "list_view"), TRUE);
      g_assert_null (focused_item (window));
      g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                              GTK_WIDGET (window->panel)));
      focus_in_active_window (window, gtk_root_get_focus (GTK_ROOT (window)));
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
      g_assert_cmpstr (item_id (focused_item (window)), ==, item_id (item));
    }

  /* A card chosen, earlier in the list. */
  g_assert_true (gtk_widget_grab_focus (search_button));
  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  chosen = G_OBJECT (lc_story_lookup_statement (story, "russia-concern"));
  g_assert_nonnull (chosen);
  g_assert_true (lc_statement_panel_select_statement (window->panel, LC_STATEMENT (chosen)));
  settle_card (window, chosen);
  focus_in_active_window (window, search_button);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (item_id (focused_item (window)), ==, item_id (chosen));

  /* A place chosen on the map: its newest card, long before the day,
   * comes to the top, and Tab lands on it. */
  g_assert_cmpuint (lc_statement_panel_reveal_feature (window->panel,
                                                       lc_story_lookup_feature (story, "hakari-bridge")),
                    ==, 1);
  chosen = G_OBJECT (lc_story_lookup_event (story, "new-route"));
  g_assert_true (lc_statement_panel_get_selected_item (window->panel) == chosen);
  settle_card (window, chosen);
  focus_in_active_window (window, search_button);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (item_id (focused_item (window)), ==, item_id (chosen));
  g_assert_cmpint (card_top_in_view (window, chosen), !=, G_MAXINT);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A story's first frame shows the day's first card where the list leaves
 * it, with earlier cards listed above it: in a new window, as the app
 * starts (the story read in a thread), and in a window on another story,
 * for the bundled story and a long one. The list does not jump to it in
 * the frames after. */
static void
test_first_frame (void)
{
  g_autoptr(GFile) bundled = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal-v2.json", NULL);
  g_autoptr(GFile) minimal = g_file_new_for_path (minimal_path);
  g_autoptr(GFile) long_story = generate_story (long_story_options);
  LcWindow *window;
  FirstFrames watch;
  gboolean loaded;

  window = new_window (1200, 800);
  check_first_frame (window, bundled, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));

  /* As the app starts: the window shown, the story read in a thread. */
  window = new_window (1200, 800);
  watch_first_frames (&watch, window);
  gtk_window_present (GTK_WINDOW (window));
  lc_window_load_file (window, bundled);
  check_first_frames (&watch);
  gtk_window_destroy (GTK_WINDOW (window));

  window = lc_test_open_window (minimal, 1200, 800, &loaded);
  g_assert_true (loaded);
  check_first_frame (window, bundled, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window (1024, 700);
  check_first_frame (window, long_story, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));

  /* From one story's day to another's. */
  window = lc_test_open_window (bundled, 1024, 700, &loaded);
  g_assert_true (loaded);
  settle_card (window, G_OBJECT (lc_story_lookup_event (lc_window_get_story (window), "zakharova-statement")));
  check_first_frame (window, long_story, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));

  g_file_delete (long_story, NULL, NULL);
}

/* A day's step shows the day's first card in the first frame after it,
 * without passing the list's end on the way. */
static void
test_first_frame_step (void)
{
  const char *days[] = { "2022-12-28", "2022-08-30", "2022-12-30", "2022-12-12", "2022-12-13" };
  LcWindow *window = lc_test_open_bundled (1200, 800);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      FirstFrames watch;

      watch_first_frames (&watch, window);
      lc_window_set_day (window, lc_day_parse (days[i]));
      check_first_frames (&watch);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In a narrow window the statements fold over the map: a day chosen while
 * they are hidden shows its first card in the first frame they show. */
static void
test_first_frame_revealed (void)
{
  LcWindow *window = lc_test_open_bundled (360, 720);
  FirstFrames watch;

  g_assert_true (adw_flap_get_folded (window->flap));
  adw_flap_set_reveal_flap (window->flap, FALSE);
  lc_test_wait_until (!gtk_widget_get_mapped (panel_child (window, "list_view")));

  lc_window_set_day (window, lc_day_parse ("2022-12-28"));
  lc_test_wait_for_draw (window);
  watch_first_frames (&watch, window);
  adw_flap_set_reveal_flap (window->flap, TRUE);
  check_first_frames (&watch);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The feed is replaced whole: one change says so, and its items are the
 * array's, in order. */
static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GString    *changes)
{
  g_string_append_printf (changes, "%u-%u+%u;", position, removed, added);
}

static void
test_feed_list (void)
{
  g_autoptr(LcFeedList) feed = lc_feed_list_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) changes = g_string_new (NULL);
  g_autoptr(GObject) item = NULL;

  g_signal_connect (feed, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (items, g_object_new (G_TYPE_OBJECT, NULL));

  lc_feed_list_set_items (feed, items);
  item = g_list_model_get_item (G_LIST_MODEL (feed), 2);
  g_assert_true (item == g_ptr_array_index (items, 2));
  g_clear_object (&item);
  /* The list keeps the array. */
  g_clear_pointer (&items, g_ptr_array_unref);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (feed)), ==, 3);
  item = g_list_model_get_item (G_LIST_MODEL (feed), 2);
  g_assert_true (G_IS_OBJECT (item));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (feed), 3));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (feed)) == G_TYPE_OBJECT);

  lc_feed_list_set_items (feed, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (feed)), ==, 0);
  lc_feed_list_set_items (feed, NULL);
  g_assert_cmpstr (changes->str, ==, "0-0+3;0-3+0;");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/panel/feed-list", test_feed_list);
  g_test_add_func ("/ui/panel/count", test_count);
  g_test_add_func ("/ui/panel/no-results", test_no_results);
  g_test_add_func ("/ui/panel/scroll", test_scroll);
  g_test_add_func ("/ui/panel/tab-into-list", test_tab_into_list);
  g_test_add_func ("/ui/panel/first-frame", test_first_frame);
  g_test_add_func ("/ui/panel/first-frame-step", test_first_frame_step);
  g_test_add_func ("/ui/panel/first-frame-revealed", test_first_frame_revealed);
  g_test_add_func ("/ui/panel/long-story", test_long_story);
  g_test_add_func ("/ui/panel/crowded-day", test_crowded_day);
  g_test_add_func ("/ui/panel/stable-width", test_stable_width);
  g_test_add_func ("/ui/panel/place-card", test_place_card);
  g_test_add_func ("/ui/panel/place-card-text", test_place_card_text);

  return g_test_run ();
}
