/* test-application.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application under a virtual display (build-aux/test.sh): its About
 * window, drawn with the app icon, its keyboard shortcuts and their window, what the
 * open dialog offers, and --date and --statement from a second instance. Runs with
 * G_DEBUG=fatal-warnings, so an icon GTK cannot load fails the test. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lc-test-ui.h"
#include "lc-test-window.h"
#include "lc-application.h"
#include "lc-statement-panel.h"
#include "lc-window.h"

/* One application for the tests, registered as the app registers itself:
 * a second one could not export its actions on the same bus. */
static GtkApplication *app;

/* Activated as from the desktop: a window on the bundled story. */
static GtkWindow *
activate (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (app);
  g_assert_true (LC_IS_WINDOW (window));
  lc_test_wait_for_load (LC_WINDOW (window));

  return window;
}

/* The address of <url type="TYPE"> in the metainfo, which software centres
 * show: the About window names the same places. */
static char *
metainfo_url (const char *type)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 APPLICATION_ID ".metainfo.xml.in", NULL);
  g_autofree char *text = NULL;
  g_autofree char *open = g_strdup_printf ("<url type=\"%s\">", type);
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  start = strstr (text, open);
  g_assert_nonnull (start);
  start += strlen (open);
  end = strstr (start, "</url>");
  g_assert_nonnull (end);

  return g_strndup (start, end - start);
}

static void
test_about (void)
{
  GtkWindow *window = activate ();
  g_autofree char *icons = g_canonicalize_filename ("../data/icons", g_test_get_dir (G_TEST_DIST));
  g_autofree char *icon_file = g_build_filename (icons, "hicolor", "scalable", "apps",
                                                 APPLICATION_ID ".svg", NULL);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) found = NULL;
  g_autofree char *homepage = metainfo_url ("homepage");
  g_autofree char *bugtracker = metainfo_url ("bugtracker");
  AdwAboutWindow *about;

  /* Where the installed app's icon would be found. */
  gtk_icon_theme_add_search_path (theme, icons);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = lc_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APPLICATION_ID);
  icon = gtk_icon_theme_lookup_icon (theme, APPLICATION_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  found = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (found);
  g_assert_cmpstr (g_file_peek_path (found), ==, icon_file);

  /* Drawn: GTK loads the icon now, and warns if it cannot. */
  lc_test_wait_for_draw (about);

  g_assert_cmpstr (adw_about_window_get_website (about), ==, homepage);
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, bugtracker);
  g_assert_true (g_str_has_prefix (homepage, "https://github.com/lachinmap/"));
  g_assert_true (g_str_has_prefix (adw_about_window_get_copyright (about), "© 2026 "));
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (window);
}

static void
test_close_window (void)
{
  GtkWindow *window = activate ();
  g_auto(GStrv) actions = NULL;

  /* Ctrl+W is GTK's own window.close, on every window of the app. */
  actions = gtk_application_get_actions_for_accel (app, "<Control>w");
  g_assert_nonnull (actions);
  g_assert_cmpstr (actions[0], ==, "window.close");
  g_assert_cmpstr (actions[1], ==, NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (window);
  lc_test_wait_for_draw (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  lc_test_wait_until (window == NULL);
}

/* Whether a label under @widget reads @text. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

/* Ctrl+? shows the keyboard shortcuts, over the window it was asked from,
 * with the keys named in words; the window is made then, not with every
 * window the app opens. */
static void
test_shortcuts_window (void)
{
  GtkWindow *window = activate ();
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, "<Control>question");
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkShortcutsWindow *shortcuts;
  GLogLevelFlags fatal;

  g_assert_nonnull (actions);
  g_assert_cmpstr (actions[0], ==, "win.show-help-overlay");
  g_assert_cmpstr (actions[1], ==, NULL);

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      g_assert_false (GTK_IS_SHORTCUTS_WINDOW (toplevel));
    }

  /* GTK 4.8's shortcuts window warns of a label of -3 px as it is first
   * laid out (it did when the window was made with every window, too):
   * warnings are not fatal while it is shown and drawn; criticals are. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = lc_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  lc_test_wait_for_draw (GTK_WIDGET (shortcuts));
  g_log_set_always_fatal (fatal);
  g_assert_nonnull (shortcuts);
  g_assert_true (shortcuts == gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) == window);
  g_assert_true (has_label (GTK_WIDGET (shortcuts), "Page Up"));
  g_assert_false (has_label (GTK_WIDGET (shortcuts), "Page_Up"));

  /* Closed, it is hidden, and shown again. */
  gtk_window_close (GTK_WINDOW (shortcuts));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (lc_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);

  gtk_window_destroy (window);
}

static gboolean
filter_matches (GtkFilter  *filter,
                const char *name,
                const char *content_type)
{
  g_autoptr(GFileInfo) info = g_file_info_new ();

  g_file_info_set_display_name (info, name);
  g_file_info_set_content_type (info, content_type);

  return gtk_filter_match (filter, info);
}

static void
test_open_filter (void)
{
  GtkWindow *window = activate ();
  GtkFileChooser *chooser;
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFilter) stories = NULL;

  /* Outside a sandbox GTK shows its own dialog, in this process. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  chooser = lc_test_find_toplevel (GTK_TYPE_FILE_CHOOSER);
  g_assert_nonnull (chooser);
  filters = gtk_file_chooser_get_filters (chooser);
  stories = g_list_model_get_item (filters, 0);
  g_assert_cmpstr (gtk_file_filter_get_name (GTK_FILE_FILTER (stories)), ==, "Story Files");

  /* By type where the desktop knows it, and by name where it does not
   * (a portal's file chooser outside the sandbox may not). */
  g_assert_true (filter_matches (stories, "blockade.lcstory", "application/x-lachin-corridor-story"));
  g_assert_true (filter_matches (stories, "blockade.lcstory", "application/octet-stream"));
  g_assert_true (filter_matches (stories, "blockade.json", "application/json"));
  g_assert_true (filter_matches (stories, "blockade.json", "text/plain"));
  g_assert_false (filter_matches (stories, "notes.txt", "text/plain"));

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  lc_test_wait_until (lc_test_find_toplevel (GTK_TYPE_FILE_CHOOSER) == NULL);
  gtk_window_destroy (window);
}

static void
test_show_date_and_statement (void)
{
  LcStatementPanel *panel;
  LcStatement *statement;
  GtkWindow *window;

  /* As a second instance's --date and --statement arrive, before a
   * window is there to show them. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-date",
                                  g_variant_new_string ("2022-12-12"));
  window = activate ();
  g_assert_cmpuint (lc_window_get_day (LC_WINDOW (window)), ==, lc_day_parse ("2022-12-12"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "show-statement",
                                  g_variant_new_string ("artsakh-announcement"));
  g_assert_cmpuint (lc_window_get_day (LC_WINDOW (window)), ==, lc_day_parse ("2022-12-28"));
  panel = lc_test_template_child (window, LC_TYPE_WINDOW, "panel");
  statement = lc_story_lookup_statement (lc_window_get_story (LC_WINDOW (window)),
                                         "artsakh-announcement");
  lc_test_wait_until (lc_statement_panel_get_selected_item (panel) == G_OBJECT (statement));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = g_object_new (LC_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  /* Registering runs startup, which sets the accels. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/ui/app/about", test_about);
  g_test_add_func ("/ui/app/close-window", test_close_window);
  g_test_add_func ("/ui/app/open-filter", test_open_filter);
  g_test_add_func ("/ui/app/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/ui/app/show-date-and-statement", test_show_date_and_statement);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
