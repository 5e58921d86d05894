/* test-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window under a virtual display (build-aux/test.sh): the map, the
 * statements panel and the timeline, linked; files; shortcuts. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-test-story.h"
#include "lc-test-ui.h"
#include "lc-test-window.h"
#include "lc-application.h"
#include "lc-feed-row.h"
#include "lc-window-private.h"

#define child(window, name) lc_test_template_child ((window), LC_TYPE_WINDOW, (name))

static LcWindow *
open_window (GFile    *file,
             gboolean *loaded)
{
  return lc_test_open_window (file, 1200, 800, loaded);
}

static LcWindow *
open_bundled (void)
{
  return lc_test_open_bundled (1200, 800);
}

static GFile *
write_story (const char *find,
             const char *replace)
{
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *minimal = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  GFile *file;

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  text = g_string_new (minimal);
  if (find != NULL)
    g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  file = g_file_new_tmp ("lc-test-XXXXXX.json", &stream, NULL);
  g_assert_true (g_file_replace_contents (file, text->str, text->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  return file;
}

#define count_shown lc_test_count_shown

static void
test_bundled (void)
{
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);

  g_assert_cmpstr (gtk_label_get_text (child (window, "title_label")), ==,
                   "The Lachin Corridor blockade, December 2022");
  g_assert_cmpstr (gtk_label_get_text (child (window, "subtitle_label")), ==,
                   LC_FSI "30 December 2022" LC_PDI " · " LC_FSI "Day 19 of the blockade" LC_PDI);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");
  g_assert_true (lc_map_view_get_story (child (window, "map_view")) == story);
  g_assert_cmpuint (lc_timeline_get_day (child (window, "timeline")), ==, lc_day_parse ("2022-12-30"));
  g_assert_cmpuint (count_shown (window, LC_TYPE_STATEMENT), ==, 10);
  g_assert_cmpuint (count_shown (window, LC_TYPE_EVENT), ==, 10);
  g_assert_cmpstr (gtk_label_get_text (lc_test_template_child (child (window, "panel"), LC_TYPE_STATEMENT_PANEL,
                                                 "count_label")),
                   ==, LC_FSI "10 of 10 statements" LC_PDI " · " LC_FSI "10 events" LC_PDI);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_timeline_filters (void)
{
  LcWindow *window = open_bundled ();
  LcMapView *map = child (window, "map_view");

  lc_window_set_day (window, lc_day_parse ("2020-11-09"));
  g_assert_cmpuint (count_shown (window, LC_TYPE_STATEMENT), ==, 0);
  g_assert_cmpuint (count_shown (window, LC_TYPE_EVENT), ==, 1);
  /* The map moves in the same step. */
  g_assert_cmpuint (lc_map_view_get_day (map), ==, lc_day_parse ("2020-11-09"));
  g_assert_cmpstr (gtk_label_get_text (child (window, "subtitle_label")), ==, "9 November 2020");

  lc_window_set_day (window, lc_day_parse ("2022-12-28"));
  g_assert_cmpuint (count_shown (window, LC_TYPE_STATEMENT), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (lc_test_template_child (child (window, "panel"), LC_TYPE_STATEMENT_PANEL,
                                                 "count_label")),
                   ==, LC_FSI "2 of 10 statements" LC_PDI " · " LC_FSI "9 events" LC_PDI);

  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  g_assert_cmpuint (count_shown (window, LC_TYPE_STATEMENT), ==, 10);
  g_assert_cmpuint (lc_map_view_get_day (map), ==, lc_day_parse ("2022-12-30"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkEventController *
key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }

  g_assert_not_reached ();
}

static void
press (GtkWidget *widget,
       guint      keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (key_controller (widget), "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
}

static void
test_keyboard_steps (void)
{
  LcWindow *window = open_bundled ();
  LcTimeline *timeline = child (window, "timeline");
  GtkWidget *track = lc_test_template_child (timeline, LC_TYPE_TIMELINE, "track");

  gtk_widget_grab_focus (track);
  g_assert_true (gtk_widget_has_focus (track));

  /* Left and Right step a day, as they point. */
  press (track, GDK_KEY_Left);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-29"));
  press (track, GDK_KEY_Right);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-30"));
  gtk_widget_set_direction (track, GTK_TEXT_DIR_RTL);
  press (track, GDK_KEY_Right);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-29"));
  press (track, GDK_KEY_Left);
  gtk_widget_set_direction (track, GTK_TEXT_DIR_LTR);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-30"));

  /* Page Up and Down go from event to event. */
  press (track, GDK_KEY_Page_Up);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-28"));
  press (track, GDK_KEY_Page_Up);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-27"));
  press (track, GDK_KEY_Page_Down);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-28"));

  /* Home and End. */
  press (track, GDK_KEY_End);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2022-12-30"));
  press (track, GDK_KEY_Home);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_day_parse ("2020-11-09"));
  g_assert_cmpuint (count_shown (window, LC_TYPE_STATEMENT), ==, 0);

  /* Space plays and pauses. */
  press (track, GDK_KEY_space);
  g_assert_true (lc_timeline_get_playing (timeline));
  /* The days go by, and the window follows. */
  lc_test_wait_until (lc_timeline_get_day (timeline) > lc_day_parse ("2020-11-09"));
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_timeline_get_day (timeline));
  press (track, GDK_KEY_space);
  g_assert_false (lc_timeline_get_playing (timeline));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_value_read_as_date (void)
{
  LcWindow *window = open_bundled ();
  GtkWidget *track = lc_test_template_child (child (window, "timeline"), LC_TYPE_TIMELINE, "track");
  g_autofree char *value = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (track)), ==, GTK_ACCESSIBLE_ROLE_SLIDER);
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (track), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                              "30 December 2022, Day 19 of the blockade");
  g_assert_null (value);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The initials an AdwAvatar shows for its text: the first letters of the
 * first and the last word. */
static char *
avatar_initials (AdwAvatar *avatar)
{
  const char *text = adw_avatar_get_text (avatar);
  const char *last = strrchr (text, ' ');
  GString *initials = g_string_new (NULL);

  g_string_append_unichar (initials, g_utf8_get_char (text));
  if (last != NULL)
    g_string_append_unichar (initials, g_utf8_get_char (last + 1));

  return g_string_free (initials, FALSE);
}

/* Every speaker's card has an avatar of its own: both governments were "GA". */
static void
test_distinct_avatars (void)
{
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  GListModel *statements = lc_story_get_statements (story);
  g_autoptr(GHashTable) by_initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *row = g_object_ref_sink (lc_feed_row_new ());

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
      LcActor *actor = lc_statement_get_actor (statement);
      char *initials;
      LcActor *other;

      lc_feed_row_set_item (LC_FEED_ROW (row), G_OBJECT (statement));
      initials = avatar_initials (lc_test_template_child (row, LC_TYPE_FEED_ROW, "avatar"));
      other = g_hash_table_lookup (by_initials, initials);
      g_test_message ("%s: %s", lc_actor_get_name (actor), initials);
      g_assert_true (other == NULL || other == actor);
      g_hash_table_replace (by_initials, initials, actor);
    }
  /* Five speakers, five avatars. */
  g_assert_cmpuint (g_hash_table_size (by_initials), ==, g_list_model_get_n_items (lc_story_get_actors (story)));

  g_object_unref (row);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  g_autofree char *message = NULL;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, data);
  return message == NULL;
}

static void
test_place_chip_selects_feature (void)
{
  LcWindow *window = open_bundled ();
  LcMapView *map = child (window, "map_view");
  GtkWidget *chip = lc_test_find_widget (GTK_WIDGET (child (window, "panel")), is_button_labelled,
                                 "Show Lachin Corridor on the map");

  g_assert_nonnull (chip);
  g_object_set (gtk_widget_get_settings (chip), "gtk-enable-animations", FALSE, NULL);
  g_signal_emit_by_name (chip, "clicked");
  g_assert_cmpstr (lc_feature_get_id (lc_map_view_get_selected_feature (map)), ==, "lachin-corridor");

  /* An event chip moves the timeline to the event. */
  chip = lc_test_find_widget (GTK_WIDGET (child (window, "panel")), is_button_labelled,
                      "Go to 31 October 2022: Leaders meet in Sochi");
  g_assert_nonnull (chip);
  g_signal_emit_by_name (chip, "clicked");
  g_assert_cmpuint (lc_timeline_get_day (child (window, "timeline")), ==, lc_day_parse ("2022-10-31"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_markup_shown_as_text (void)
{
  const char *text = "<b>Bold</b> & <i>more</i> &amp;";
  g_autoptr(GFile) file = write_story ("\"text\": \"Words.\"",
                                       "\"text\": \"<b>Bold</b> & <i>more</i> &amp;\"");
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);
  GtkWidget *label;

  g_assert_true (loaded);
  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  lc_test_wait_until ((label = lc_test_find_widget (child (window, "panel"),
                                                    lc_test_is_label_with_text, text)) != NULL);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));

  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_opens_file (void)
{
  LcWindow *window = open_bundled ();
  g_autoptr(GFile) file = write_story (NULL, NULL);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GSList *files = g_slist_prepend (NULL, file);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_cmpstr (lc_story_get_title (lc_window_get_story (window)), ==, "A minimal story");

  g_value_unset (&value);
  g_slist_free (files);
  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_file_keeps_story (void)
{
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  g_autoptr(GFile) bad = write_story ("\"date\": \"2022-12-27\"", "\"date\": \"2022-02-30\"");

  g_assert_false (lc_window_open_file (window, bad));
  g_assert_true (lc_window_get_story (window) == story);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");

  g_file_delete (bad, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_first_file_shows_errors (void)
{
  g_autoptr(GFile) file = write_story ("\"date\": \"2022-12-27\"", "\"date\": \"2022-02-30\"");
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);

  g_assert_false (loaded);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "error");
  g_assert_nonnull (strstr (gtk_label_get_text (child (window, "error_label")),
                            "statements[1].date: expected a date like 2022-12-12, got “2022-02-30”"));

  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_title (LcWindow   *window,
           const char *title)
{
  LcStory *story = lc_window_get_story (window);

  return story != NULL && g_str_equal (lc_story_get_title (story), title);
}

static void
test_live_reload (void)
{
  g_autoptr(GFile) file = write_story (NULL, NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *toast = NULL;
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);
  LcStory *good;

  g_assert_true (loaded);
  lc_window_set_day (window, lc_day_parse ("2022-12-20"));

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  changed = g_string_new (text);
  g_string_replace (changed, "A minimal story", "A story edited on disk", 1);
  g_assert_true (g_file_set_contents (path, changed->str, -1, NULL));
  lc_test_wait_until (has_title (window, "A story edited on disk"));

  g_assert_cmpstr (lc_story_get_title (lc_window_get_story (window)), ==, "A story edited on disk");
  g_assert_cmpstr (gtk_label_get_text (child (window, "title_label")), ==, "A story edited on disk");
  /* The reader keeps their place. */
  g_assert_cmpuint (lc_timeline_get_day (child (window, "timeline")), ==, lc_day_parse ("2022-12-20"));

  /* A broken save keeps the last good story. */
  good = lc_window_get_story (window);
  g_assert_true (g_file_set_contents (path, "{ \"format\": ", -1, NULL));
  basename = g_file_get_basename (file);
  /* The name is isolated (FSI … PDI) in the sentence. */
  toast = g_strdup_printf ("“\u2068%s\u2069” changed but has errors; the last good version is shown",
                           basename);
  lc_test_wait_until (lc_test_find_widget (window, lc_test_is_label_with_text, toast) != NULL);
  g_assert_true (lc_window_get_story (window) == good);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every shortcut of the window is bound to its action, and the ones
 * whose effect shows reach it. */
static const struct { const char *accel; const char *action; } window_shortcuts[] = {
  { "<Control>o", "win.open" },
  { "<Control>e", "win.export" },
  { "<Control>f", "win.search" },
  { "F9", "win.show-panel" },
  { "F11", "win.fullscreen" },
  { "<Control>p", "win.print" },
  { "F1", "win.help" },
};

static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *accel)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return shortcut;
        }
    }

  return NULL;
}

/* The main menu (F10) opens with its items, the recent stories among them;
 * its popover is made then, not with the window. */
static void
test_main_menu (void)
{
  LcWindow *window = open_bundled ();
  GtkMenuButton *menu_button = child (window, "menu_button");
  GMenuModel *model;
  GtkPopover *popover;
  gboolean shortcuts = FALSE, recent = FALSE;

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu_button)));
  g_assert_null (gtk_menu_button_get_popover (menu_button));
  g_assert_null (gtk_menu_button_get_menu_model (menu_button));

  gtk_menu_button_popup (menu_button);
  popover = gtk_menu_button_get_popover (menu_button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  model = gtk_menu_button_get_menu_model (menu_button);
  g_assert_nonnull (model);
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) == model);
  lc_test_wait_for_draw (popover);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;
          g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (section, j, G_MENU_LINK_SUBMENU);

          g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          shortcuts |= g_strcmp0 (action, "win.show-help-overlay") == 0;
          recent |= submenu != NULL && g_menu_model_get_n_items (submenu) > 0;
        }
    }
  g_assert_true (shortcuts);
  g_assert_true (recent);

  /* Opened again, the same popover. */
  gtk_menu_button_popdown (menu_button);
  lc_test_wait_until (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  gtk_menu_button_popup (menu_button);
  g_assert_true (gtk_menu_button_get_popover (menu_button) == popover);
  lc_test_wait_for_draw (popover);

  /* Closed before the window goes: a window destroyed with the popover
   * open left GTK 4.8 asking a destroyed surface where the pointer was, a
   * critical in the next test. */
  gtk_menu_button_popdown (menu_button);
  lc_test_wait_until (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts (void)
{
  LcWindow *window = open_bundled ();
  AdwFlap *flap = child (window, "flap");
  GtkSearchBar *search_bar = lc_test_template_child (child (window, "panel"), LC_TYPE_STATEMENT_PANEL, "search_bar");
  gboolean revealed = adw_flap_get_reveal_flap (flap);
  g_autofree char *help = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (window_shortcuts); i++)
    {
      GtkShortcut *shortcut = find_shortcut (GTK_WIDGET (window), window_shortcuts[i].accel);
      GtkShortcutAction *action;

      g_test_message ("%s", window_shortcuts[i].accel);
      g_assert_nonnull (shortcut);
      action = gtk_shortcut_get_action (shortcut);
      g_assert_true (GTK_IS_NAMED_ACTION (action));
      g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==,
                       window_shortcuts[i].action);
    }

  /* F9 and Ctrl+F act. */
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (find_shortcut (GTK_WIDGET (window), "F9")),
                                               0, GTK_WIDGET (window), NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), !=, revealed);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (find_shortcut (GTK_WIDGET (window), "<Control>f")),
                                               0, GTK_WIDGET (window), NULL));
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* The shortcuts window lists each of them. */
  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "src", "ui",
                                                           "lc-shortcuts-window.ui", NULL),
                                      &help, NULL, NULL));
  g_assert_nonnull (strstr (help, "&lt;Primary&gt;o"));
  g_assert_nonnull (strstr (help, "&lt;Primary&gt;e"));
  g_assert_nonnull (strstr (help, "&lt;Primary&gt;f"));
  g_assert_nonnull (strstr (help, ">F9<"));
  g_assert_nonnull (strstr (help, ">F11<"));
  g_assert_nonnull (strstr (help, "&lt;Primary&gt;q"));
  g_assert_nonnull (strstr (help, "Page_Up Page_Down"));
  g_assert_nonnull (strstr (help, "&lt;Primary&gt;n"));
  g_assert_nonnull (strstr (help, "&lt;Primary&gt;p"));
  g_assert_nonnull (strstr (help, ">F1<"));
  g_assert_nonnull (strstr (help, ">plus &lt;Primary&gt;plus<"));
  g_assert_nonnull (strstr (help, ">minus &lt;Primary&gt;minus<"));
  g_assert_nonnull (strstr (help, ">0 &lt;Primary&gt;0<"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Presses @accel as the window's shortcut controller would. */
static gboolean
press_shortcut (LcWindow   *window,
                const char *accel)
{
  GtkShortcut *shortcut = find_shortcut (GTK_WIDGET (window), accel);

  g_test_message ("%s", accel);
  g_assert_nonnull (shortcut);
  return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (window),
                                       gtk_shortcut_get_arguments (shortcut));
}

/* Ctrl with plus, minus and 0 zoom the map from anywhere in the window,
 * as in GNOME Maps: here the focus is on the timeline. */
static void
test_zoom_keys_anywhere (void)
{
  LcWindow *window = open_bundled ();
  LcViewport *viewport = lc_map_view_get_viewport (child (window, "map_view"));
  double zoom = lc_viewport_get_zoom (viewport);
  double lon = lc_viewport_get_longitude (viewport);
  const char *zoom_in[] = { "<Control>plus", "<Control>equal", "<Control>KP_Add" };
  const char *zoom_out[] = { "<Control>minus", "<Control>KP_Subtract" };
  GtkWidget *track = lc_test_template_child (child (window, "timeline"), LC_TYPE_TIMELINE, "track");

  g_assert_true (gtk_widget_grab_focus (track));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_in); i++)
    {
      g_assert_true (press_shortcut (window, zoom_in[i]));
      g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (viewport), zoom + 0.5 * (i + 1), 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (zoom_out); i++)
    {
      g_assert_true (press_shortcut (window, zoom_out[i]));
      g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (viewport), zoom + 0.5 * (2 - i), 1e-9);
    }

  /* Away and back: Ctrl+0 and Ctrl+KP_0 show the whole story again. */
  gtk_widget_activate_action (GTK_WIDGET (child (window, "map_view")), "map.pan", "(dd)", 200.0, 0.0);
  g_assert_true (press_shortcut (window, "<Control>0"));
  lc_test_wait_until (G_APPROX_VALUE (lc_viewport_get_zoom (viewport), zoom, 1e-6) &&
                      G_APPROX_VALUE (lc_viewport_get_longitude (viewport), lon, 1e-6));
  g_assert_true (press_shortcut (window, "<Control>KP_0"));
  g_assert_cmpfloat_with_epsilon (lc_viewport_get_zoom (viewport), zoom, 1e-6);
  /* The focus stays where it was. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == track);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_LABEL (widget);
}

static gboolean
is_unnamed_button_checked (GtkWidget     *widget,
                           gconstpointer  data)
{
  GtkWidget *label;

  if (!(GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget)) ||
      !gtk_widget_get_visible (widget))
    return FALSE;
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  /* A button inside a labelled menu button or drop-down is named by it. */
  if (GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)) || GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)))
    return FALSE;
  label = lc_test_find_widget (widget, is_label, NULL);

  return label == NULL || *gtk_label_get_text (GTK_LABEL (label)) == '\0';
}

static void
test_every_button_named (void)
{
  LcWindow *window = open_bundled ();
  GtkWidget *unnamed;

  unnamed = lc_test_find_widget (GTK_WIDGET (window), is_unnamed_button_checked, NULL);
  if (unnamed != NULL)
    g_test_message ("unnamed: %s %s", G_OBJECT_TYPE_NAME (unnamed),
                    gtk_widget_get_name (gtk_widget_get_parent (unnamed)));
  g_assert_null (unnamed);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The search entry waits a moment after typing. */
static guint
wait_for_statements (LcWindow *window,
                     guint     expected)
{
  lc_test_wait_until (count_shown (window, LC_TYPE_STATEMENT) == expected);

  return count_shown (window, LC_TYPE_STATEMENT);
}

static void
test_search_and_speaker (void)
{
  LcWindow *window = open_bundled ();
  LcStatementPanel *panel = child (window, "panel");
  GtkEditable *entry = lc_test_template_child (panel, LC_TYPE_STATEMENT_PANEL, "search_entry");
  GtkDropDown *speaker = lc_test_template_child (panel, LC_TYPE_STATEMENT_PANEL, "actor_dropdown");
  GListModel *speakers = gtk_drop_down_get_model (speaker);

  /* Search matches words and speakers, case-insensitively. */
  gtk_editable_set_text (entry, "MINE");
  g_assert_cmpuint (wait_for_statements (window, 4), ==, 4);
  gtk_editable_set_text (entry, "zakharova");
  g_assert_cmpuint (wait_for_statements (window, 7), ==, 7);
  gtk_editable_set_text (entry, "");
  g_assert_cmpuint (wait_for_statements (window, 10), ==, 10);

  /* One speaker: that speaker's statements, no events. */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (speakers), 0), ==, "All speakers");
  for (guint i = 1; i < g_list_model_get_n_items (speakers); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (speakers), i), "Azerbaijani protesters"))
      gtk_drop_down_set_selected (speaker, i);
  g_assert_cmpuint (count_shown (window, LC_TYPE_STATEMENT), ==, 1);
  g_assert_cmpuint (count_shown (window, LC_TYPE_EVENT), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_settings_restored (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  LcWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  g_settings_set_boolean (settings, "panel-visible", FALSE);
  g_settings_set_int (settings, "panel-width", 500);
  g_settings_set_string (settings, "place-names", "azerbaijani");

  window = g_object_new (LC_TYPE_WINDOW, NULL);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  g_assert_false (adw_flap_get_reveal_flap (child (window, "flap")));
  g_assert_cmpint (lc_statement_panel_get_preferred_width (child (window, "panel")), ==, 500);
  g_assert_cmpint (lc_window_get_place_names (window), ==, LC_PLACE_NAMES_AZERBAIJANI);

  /* Closing saves what changed. */
  gtk_window_present (GTK_WINDOW (window));
  lc_test_wait_for_draw (window);
  adw_flap_set_reveal_flap (child (window, "flap"), TRUE);
  lc_window_set_place_names (window, LC_PLACE_NAMES_ARMENIAN);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (g_settings_get_boolean (settings, "panel-visible"));
  {
    g_autofree char *saved = g_settings_get_string (settings, "place-names");

    g_assert_cmpstr (saved, ==, "armenian");
  }

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "panel-width");
  g_settings_reset (settings, "place-names");
}

static gboolean
is_feed_row (GtkWidget     *widget,
             gconstpointer  data)
{
  return LC_IS_FEED_ROW (widget);
}

/* One preference, the window's: the menu sets it, the settings keep it,
 * the map, its renderer, the panel and its cards follow. */
static void
test_place_names (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  LcWindow *window = open_bundled ();
  LcMapView *map = child (window, "map_view");
  LcStatementPanel *panel = child (window, "panel");
  LcFeature *stepanakert = lc_story_lookup_feature (lc_window_get_story (window), "stepanakert");
  GtkWidget *row = lc_test_find_widget (panel, is_feed_row, NULL);
  g_autofree char *both = NULL;
  g_autofree char *azerbaijani = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(LcStory) again = NULL;
  LcPlaceNames names;

  g_assert_nonnull (row);
  both = lc_map_renderer_describe_feature (lc_map_view_get_renderer (map), stepanakert, 0);
  g_assert_true (g_str_has_prefix (both, "Stepanakert (Khankendi)"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.place-names", "s", "azerbaijani"));
  g_assert_cmpint (lc_window_get_place_names (window), ==, LC_PLACE_NAMES_AZERBAIJANI);
  g_assert_cmpint (lc_map_view_get_place_names (map), ==, LC_PLACE_NAMES_AZERBAIJANI);
  g_assert_cmpint (lc_map_renderer_get_place_names (lc_map_view_get_renderer (map)), ==,
                   LC_PLACE_NAMES_AZERBAIJANI);
  g_object_get (panel, "place-names", &names, NULL);
  g_assert_cmpint (names, ==, LC_PLACE_NAMES_AZERBAIJANI);
  g_object_get (row, "place-names", &names, NULL);
  g_assert_cmpint (names, ==, LC_PLACE_NAMES_AZERBAIJANI);
  saved = g_settings_get_string (settings, "place-names");
  g_assert_cmpstr (saved, ==, "azerbaijani");
  azerbaijani = lc_map_renderer_describe_feature (lc_map_view_get_renderer (map), stepanakert, 0);
  g_assert_true (g_str_has_prefix (azerbaijani, "Khankendi,"));

  /* A story opened later gets a new renderer, with the same names. */
  again = lc_test_load_bundled (NULL);
  lc_window_set_story (window, again);
  g_assert_cmpint (lc_map_renderer_get_place_names (lc_map_view_get_renderer (map)), ==,
                   LC_PLACE_NAMES_AZERBAIJANI);

  lc_window_set_place_names (window, LC_PLACE_NAMES_BOTH);
  g_settings_reset (settings, "place-names");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The legend button's choice is kept in the settings, and read back. */
static void
test_legend_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  LcWindow *window;
  LcMapView *map;
  g_autofree char *saved = NULL;

  g_settings_set_string (settings, "legend", "collapsed");
  window = open_bundled ();
  map = child (window, "map_view");
  g_assert_cmpint (lc_map_view_get_legend_mode (map), ==, LC_LEGEND_MODE_COLLAPSED);
  g_assert_false (lc_map_renderer_get_legend_expanded (lc_map_view_get_renderer (map)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "map.legend-expanded", NULL));
  g_assert_true (lc_map_renderer_get_legend_expanded (lc_map_view_get_renderer (map)));
  saved = g_settings_get_string (settings, "legend");
  g_assert_cmpstr (saved, ==, "expanded");

  g_settings_reset (settings, "legend");
  g_assert_cmpint (lc_map_view_get_legend_mode (map), ==, LC_LEGEND_MODE_AUTOMATIC);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window owns the day; every view follows it, and the timeline, the
 * one view that changes it, moves it for all. */
static void
test_day_has_one_owner (void)
{
  LcWindow *window = open_bundled ();
  LcTimeline *timeline = child (window, "timeline");
  LcMapView *map = child (window, "map_view");
  LcStatementPanel *panel = child (window, "panel");
  LcStory *story = lc_window_get_story (window);
  guint32 day = lc_day_parse ("2022-12-12");

  lc_window_set_day (window, day);
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, day);
  g_assert_cmpuint (lc_map_view_get_day (map), ==, day);
  g_assert_cmpuint (lc_statement_panel_get_day (panel), ==, day);
  g_assert_cmpstr (gtk_label_get_text (child (window, "subtitle_label")), ==,
                   LC_FSI "12 December 2022" LC_PDI " · " LC_FSI "Day 1 of the blockade" LC_PDI);

  lc_timeline_set_day (timeline, day + 5);
  g_assert_cmpuint (lc_window_get_day (window), ==, day + 5);
  g_assert_cmpuint (lc_map_view_get_day (map), ==, day + 5);
  g_assert_cmpuint (lc_statement_panel_get_day (panel), ==, day + 5);

  /* Outside the story's timeline, every view stops at its end. */
  lc_window_set_day (window, lc_day_parse ("2030-01-01"));
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_story_get_end (story));
  g_assert_cmpuint (lc_timeline_get_day (timeline), ==, lc_story_get_end (story));
  g_assert_cmpuint (lc_map_view_get_day (map), ==, lc_story_get_end (story));
  g_assert_cmpuint (lc_statement_panel_get_day (panel), ==, lc_story_get_end (story));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export */

static char *export_dir;

static GFile *
export_file (const char *name)
{
  g_autofree char *path = g_build_filename (export_dir, name, NULL);

  return g_file_new_for_path (path);
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* A chosen name that ends in .svg is written as SVG, in the background. */
static void
test_export_by_extension (void)
{
  LcWindow *window = open_bundled ();
  g_autoptr(GFile) file = export_file ("by-extension.svg");
  g_autofree char *contents = NULL;

  /* An export has its legend, whether the window shows it or not. */
  lc_map_view_set_legend_expanded (child (window, "map_view"), FALSE);
  lc_window_export_chosen (window, file, NULL);
  /* The file is written after the call returns, off the main thread. */
  g_assert_true (lc_window_get_exporting (window));
  lc_test_wait_until (!lc_window_get_exporting (window));
  g_assert_null (lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  contents = read_file (file);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, ">Corridor road, blocked</text>"));
  g_assert_nonnull (strstr (contents, ">The Lachin Corridor blockade, December 2022</text>"));
  g_assert_nonnull (lc_test_find_widget (window, lc_test_is_label_with_text,
                                         "Exported “\u2068by-extension.svg\u2069”"));

  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The file chooser portal grants exactly the path the reader chose: a name
 * without an extension is written as it is, in the chosen filter's format. */
static void
test_export_by_filter (void)
{
  LcWindow *window = open_bundled ();
  g_autoptr(GFile) file = export_file ("by-filter");
  g_autoptr(GFile) guessed = export_file ("by-filter.pdf");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *contents = NULL;

  gtk_file_filter_set_name (filter, "PDF Document");
  lc_window_export_chosen (window, file, filter);
  lc_test_wait_until (!lc_window_get_exporting (window));

  contents = read_file (file);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_false (g_file_query_exists (guessed, NULL));

  g_file_delete (file, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With neither an extension nor a filter, the window asks for the format. */
static void
test_export_asks_format (void)
{
  LcWindow *window = open_bundled ();
  g_autoptr(GFile) file = export_file ("no-extension");
  AdwMessageDialog *dialog;
  g_autofree guchar *contents = NULL;

  lc_window_export_chosen (window, file, NULL);
  g_assert_false (lc_window_get_exporting (window));
  dialog = lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "png"));
  g_assert_true (adw_message_dialog_has_response (dialog, "svg"));
  g_assert_true (adw_message_dialog_has_response (dialog, "pdf"));

  adw_message_dialog_response (dialog, "png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (lc_window_get_exporting (window));
  lc_test_wait_until (!lc_window_get_exporting (window));

  contents = (guchar *) read_file (file);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_file_delete (file, NULL, NULL);

  /* Cancelling writes nothing. */
  lc_window_export_chosen (window, file, NULL);
  dialog = lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (lc_window_get_exporting (window));
  g_assert_false (g_file_query_exists (file, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A failed export says why in a toast, and the window can export again. */
static void
test_export_failure (void)
{
  LcWindow *window = open_bundled ();
  g_autofree char *path = g_build_filename (export_dir, "no-such-folder", "map.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *message = NULL;

  lc_window_export_chosen (window, file, NULL);
  lc_test_wait_until (!lc_window_get_exporting (window));
  message = g_strdup_printf ("Cannot write “%s”: Error opening file “%s”: No such file or directory",
                             path, path);
  g_assert_nonnull (lc_test_find_widget (window, lc_test_is_label_with_text, message));
  g_assert_true (gtk_widget_get_sensitive (child (window, "export_button")));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/bundled", test_bundled);
  g_test_add_func ("/ui/window/timeline-filters", test_timeline_filters);
  g_test_add_func ("/ui/window/distinct-avatars", test_distinct_avatars);
  g_test_add_func ("/ui/window/keyboard-steps", test_keyboard_steps);
  g_test_add_func ("/ui/window/value-read-as-date", test_value_read_as_date);
  g_test_add_func ("/ui/window/place-chip-selects-feature", test_place_chip_selects_feature);
  g_test_add_func ("/ui/window/markup-shown-as-text", test_markup_shown_as_text);
  g_test_add_func ("/ui/window/drop-opens-file", test_drop_opens_file);
  g_test_add_func ("/ui/window/bad-file-keeps-story", test_bad_file_keeps_story);
  g_test_add_func ("/ui/window/bad-first-file-shows-errors", test_bad_first_file_shows_errors);
  g_test_add_func ("/ui/window/live-reload", test_live_reload);
  g_test_add_func ("/ui/window/shortcuts", test_shortcuts);
  g_test_add_func ("/ui/window/main-menu", test_main_menu);
  g_test_add_func ("/ui/window/zoom-keys-anywhere", test_zoom_keys_anywhere);
  g_test_add_func ("/ui/window/every-button-named", test_every_button_named);
  g_test_add_func ("/ui/window/search-and-speaker", test_search_and_speaker);
  g_test_add_func ("/ui/window/settings-restored", test_settings_restored);
  g_test_add_func ("/ui/window/place-names", test_place_names);
  g_test_add_func ("/ui/window/legend-setting", test_legend_setting);
  g_test_add_func ("/ui/window/day-has-one-owner", test_day_has_one_owner);
  g_test_add_func ("/ui/window/export-by-extension", test_export_by_extension);
  g_test_add_func ("/ui/window/export-by-filter", test_export_by_filter);
  g_test_add_func ("/ui/window/export-asks-format", test_export_asks_format);
  g_test_add_func ("/ui/window/export-failure", test_export_failure);

  export_dir = g_dir_make_tmp ("lc-window-export-XXXXXX", NULL);
  status = g_test_run ();
  g_rmdir (export_dir);
  g_free (export_dir);

  return status;
}
