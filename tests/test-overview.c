/* test-overview.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The way into a story: its overview opens with a story read for the first
 * time, says what the story is, what it follows and what the colours mean,
 * closes, is remembered as read, and comes back from the menu. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lc-test-ui.h"
#include "lc-test-window.h"
#include "lc-window-private.h"

#define overview_child(window, name) lc_test_template_child ((window)->overview, LC_TYPE_STORY_OVERVIEW, (name))

static gboolean
overview_shown (LcWindow *window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window->overview));
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "dismissed-overviews");
}

/* What a newcomer reads first. */
static void
test_says_what_the_story_is (void)
{
  LcWindow *window;
  LcStory *story;
  GListModel *statements;
  const char *source;

  reset_settings ();
  window = lc_test_open_bundled (1024, 700);
  story = lc_window_get_story (window);
  statements = lc_story_get_statements (story);

  g_assert_true (overview_shown (window));
  g_assert_cmpstr (gtk_label_get_text (overview_child (window, "title_label")), ==, lc_story_get_title (story));
  g_assert_cmpstr (gtk_label_get_text (overview_child (window, "summary_label")), ==, lc_story_get_summary (story));
  /* The report it follows: the source its statements cite, with its link. */
  g_assert_cmpstr (lc_source_get_id (lc_story_overview_get_main_source (window->overview)), ==, "asbarez");
  source = gtk_label_get_text (overview_child (window, "source_label"));
  g_assert_true (g_str_has_prefix (source, "From: Asbarez, “Moscow Reports No Progress on End to Artsakh Blockade”"));
  g_assert_nonnull (strstr (gtk_label_get_label (overview_child (window, "source_label")), "<a href=\"https://asbarez.com/"));

  /* What the colours mean: each kind of statement the story has, as its
   * cards show it, and no other. */
  for (guint kind = LC_STATEMENT_KIND_QUOTE; kind <= LC_STATEMENT_KIND_REPORT; kind++)
    {
      gboolean used = FALSE;
      GtkWidget *badge = lc_test_find_widget (overview_child (window, "colours_grid"), is_label_with_text,
                                              lc_statement_kind_get_label (kind));

      for (guint i = 0; i < g_list_model_get_n_items (statements) && !used; i++)
        {
          g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);

          used = lc_statement_get_kind (statement) == kind;
        }
      g_assert_true ((badge != NULL) == used);
      if (badge != NULL)
        g_assert_nonnull (lc_test_find_widget (overview_child (window, "colours_grid"), is_label_with_text,
                                               lc_statement_kind_get_description (kind)));
    }

  /* Keyboard and screen reader start on it. */
  g_assert_true (gtk_widget_has_focus (overview_child (window, "start_button")));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (window->overview)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The overview's own Escape. */
static GtkShortcut *
find_escape (GtkWidget *widget)
{
  g_autoptr(GtkShortcutTrigger) escape = gtk_shortcut_trigger_parse_string ("Escape");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), escape))
            return shortcut;
        }
    }

  return NULL;
}

/* Closed, it stays closed for this story; the menu brings it back. */
static void
test_dismissed_and_back (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_auto(GStrv) dismissed = NULL;
  LcWindow *window;
  LcWindow *again;
  GtkShortcut *escape;

  reset_settings ();
  window = lc_test_open_bundled (1024, 700);
  g_assert_true (overview_shown (window));

  /* Start Reading closes it, and the focus goes on to the timeline. */
  g_signal_emit_by_name (overview_child (window, "start_button"), "clicked");
  lc_test_wait_until (!overview_shown (window));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (window->timeline)));
  dismissed = g_settings_get_strv (settings, "dismissed-overviews");
  g_assert_true (g_strv_contains ((const char * const *) dismissed, "lachin-corridor-2022"));

  /* The next window opens on the story itself. */
  again = lc_test_open_bundled (1024, 700);
  g_assert_false (overview_shown (again));

  /* The menu has it; Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (again), "win.show-overview", NULL));
  lc_test_wait_until (overview_shown (again));
  g_assert_true (gtk_widget_has_focus (overview_child (again, "start_button")));
  escape = find_escape (GTK_WIDGET (again->overview));
  g_assert_nonnull (escape);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (escape), 0,
                                               GTK_WIDGET (again->overview), NULL));
  lc_test_wait_until (!overview_shown (again));

  /* Read once is enough: the story is listed once. */
  g_clear_pointer (&dismissed, g_strfreev);
  dismissed = g_settings_get_strv (settings, "dismissed-overviews");
  g_assert_cmpuint (g_strv_length (dismissed), ==, 1);

  gtk_window_destroy (GTK_WINDOW (again));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/overview/says-what-the-story-is", test_says_what_the_story_is);
  g_test_add_func ("/ui/overview/dismissed-and-back", test_dismissed_and_back);

  return g_test_run ();
}
