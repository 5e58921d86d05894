/* test-session.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the app keeps between windows and runs, under a virtual display,
 * with desktop folders of its own (the recent files, no help viewer): the
 * recent stories, reopening the last story and day, several windows, and
 * the help and print actions of a window. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-application.h"
#include "lc-print-operation.h"
#include "lc-test-tmp.h"
#include "lc-test-ui.h"
#include "lc-test-window.h"
#include "lc-window-private.h"

#define child(window, name) lc_test_template_child ((window), LC_TYPE_WINDOW, (name))

static GtkApplication *app;
static GSettings *settings;

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (app));
}

static void
close_all (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (app)) != NULL)
    gtk_window_destroy (windows->data);
  g_settings_reset (settings, "reopen-last");
  g_settings_reset (settings, "last-story");
  g_settings_reset (settings, "last-date");
}

/* A copy of tests/data/minimal.json in the isolated data folder. */
static GFile *
story_file (const char *name,
            const char *contents)
{
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *minimal = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  if (contents == NULL)
    g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents != NULL ? contents : minimal, -1, NULL));

  return g_file_new_for_path (path);
}

static LcWindow *
activate (void)
{
  LcWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = LC_WINDOW (gtk_application_get_active_window (app));
  g_assert_nonnull (window);
  lc_test_wait_for_load (window);

  return window;
}

static void
set_last (const char *uri,
          const char *date)
{
  g_settings_set_string (settings, "last-story", uri);
  g_settings_set_string (settings, "last-date", date);
}

static const char *
title_of (LcWindow *window)
{
  return gtk_label_get_text (child (window, "title_label"));
}

#define BUNDLED_TITLE "The Lachin Corridor blockade, December 2022"
#define MINIMAL_TITLE "A minimal story"

/* Reopening */

static void
test_reopen_last (void)
{
  g_autoptr(GFile) file = story_file ("last.lcstory", NULL);
  g_autofree char *uri = g_file_get_uri (file);
  LcWindow *window;

  set_last (uri, "2022-12-05");
  window = activate ();

  g_assert_cmpstr (title_of (window), ==, MINIMAL_TITLE);
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-05"));
  close_all ();
}

static void
test_reopen_bundled_day (void)
{
  LcWindow *window;

  set_last (LC_BUNDLED_STORY_URI, "2022-12-12");
  window = activate ();

  g_assert_cmpstr (title_of (window), ==, BUNDLED_TITLE);
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-12"));
  close_all ();
}

/* Gone or damaged: the bundled story, with a toast that says so. */
static void
check_falls_back (const char *name)
{
  LcWindow *window = activate ();
  /* The name isolated (FSI … PDI), as every file name in a toast is. */
  g_autofree char *toast = g_strdup_printf ("“\u2068%s\u2069” could not be opened again, so the bundled "
                                            "story is shown", name);

  g_assert_cmpstr (title_of (window), ==, BUNDLED_TITLE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-30"));
  lc_test_wait_until (lc_test_find_widget (window, lc_test_is_label_with_text, toast) != NULL);
  close_all ();
}

static void
test_reopen_gone (void)
{
  g_autoptr(GFile) file = story_file ("gone.lcstory", NULL);
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (g_file_delete (file, NULL, NULL));
  set_last (uri, "2022-12-05");
  check_falls_back ("gone.lcstory");
}

static void
test_reopen_damaged (void)
{
  g_autoptr(GFile) file = story_file ("damaged.lcstory", "{ \"format\": ");
  g_autofree char *uri = g_file_get_uri (file);

  set_last (uri, "2022-12-05");
  check_falls_back ("damaged.lcstory");
}

static void
test_reopen_off (void)
{
  g_autoptr(GFile) file = story_file ("last.lcstory", NULL);
  g_autofree char *uri = g_file_get_uri (file);
  LcWindow *window;

  set_last (uri, "2022-12-05");
  g_settings_set_boolean (settings, "reopen-last", FALSE);
  window = activate ();

  g_assert_cmpstr (title_of (window), ==, BUNDLED_TITLE);
  g_assert_cmpuint (lc_window_get_day (window), ==, lc_day_parse ("2022-12-30"));
  close_all ();
}

/* A file given on the command line is opened, not the last story. */
static void
test_file_given (void)
{
  g_autoptr(GFile) last = story_file ("last.lcstory", NULL);
  g_autofree char *uri = g_file_get_uri (last);
  g_autoptr(GFile) bundled = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  LcWindow *window;

  set_last (uri, "2022-12-05");
  g_application_open (G_APPLICATION (app), &bundled, 1, "");
  g_assert_cmpuint (n_windows (), ==, 1);
  window = LC_WINDOW (gtk_application_get_active_window (app));
  lc_test_wait_for_load (window);
  g_assert_cmpstr (title_of (window), ==, BUNDLED_TITLE);
  close_all ();
}

/* The story is read in a thread: until it comes the window shows a
 * spinner, then the story, and nothing else is asked of it meanwhile. */
static void
test_loads_in_thread (void)
{
  LcWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = LC_WINDOW (gtk_application_get_active_window (app));
  /* The main loop has not run: the thread's result cannot have come. */
  g_assert_null (lc_window_get_story (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "loading");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_spinner_get_spinning (child (window, "loading_spinner")));

  lc_test_wait_for_load (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");
  g_assert_cmpstr (title_of (window), ==, BUNDLED_TITLE);
  g_assert_false (gtk_spinner_get_spinning (child (window, "loading_spinner")));
  close_all ();
}

/* A bad file given on the command line: the window says what is wrong
 * and where, as when it is opened from the window. */
static void
test_bad_file_given (void)
{
  g_autoptr(GFile) file = story_file ("broken.lcstory", "{\n  \"format\": \"lachin-corridor-story\",\n  \"version\": 2,\n  \"id\": }\n");
  LcWindow *window;
  const char *errors;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = LC_WINDOW (gtk_application_get_active_window (app));
  lc_test_wait_for_load (window);

  g_assert_null (lc_window_get_story (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "error");
  errors = gtk_label_get_text (child (window, "error_label"));
  g_test_message ("%s", errors);
  g_assert_nonnull (strstr (errors, "broken.lcstory:4:"));
  close_all ();
}

/* Closing a window, and quitting, keep what to reopen. */
static void
test_saved_on_close (void)
{
  g_autoptr(GFile) file = story_file ("kept.lcstory", NULL);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *story = NULL, *date = NULL;
  LcWindow *window;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = LC_WINDOW (gtk_application_get_active_window (app));
  lc_test_wait_for_load (window);
  lc_window_set_day (window, lc_day_parse ("2022-12-07"));
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpuint (n_windows (), ==, 0);
  story = g_settings_get_string (settings, "last-story");
  date = g_settings_get_string (settings, "last-date");
  g_assert_cmpstr (story, ==, uri);
  g_assert_cmpstr (date, ==, "2022-12-07");
  close_all ();
}

static void
test_quit_saves (void)
{
  LcWindow *window = activate ();
  g_autofree char *story = NULL, *date = NULL;
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, "<Control>q");

  g_assert_cmpstr (actions[0], ==, "app.quit");
  lc_window_set_day (window, lc_day_parse ("2022-12-28"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  g_assert_cmpuint (n_windows (), ==, 0);
  story = g_settings_get_string (settings, "last-story");
  date = g_settings_get_string (settings, "last-date");
  g_assert_cmpstr (story, ==, LC_BUNDLED_STORY_URI);
  g_assert_cmpstr (date, ==, "2022-12-28");
  close_all ();
}

/* Several windows */

static void
test_new_window (void)
{
  g_autoptr(GFile) file = story_file ("first.lcstory", NULL);
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, "<Control>n");
  LcWindow *first, *second;

  g_assert_cmpstr (actions[0], ==, "app.new-window");
  g_assert_cmpstr (actions[1], ==, NULL);

  g_application_open (G_APPLICATION (app), &file, 1, "");
  first = LC_WINDOW (gtk_application_get_active_window (app));
  lc_test_wait_for_load (first);
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  g_assert_cmpuint (n_windows (), ==, 2);
  second = LC_WINDOW (gtk_application_get_active_window (app));
  g_assert_true (first != second);

  /* A window of its own: the bundled story, and its own day. */
  g_assert_cmpstr (title_of (first), ==, MINIMAL_TITLE);
  g_assert_cmpstr (title_of (second), ==, BUNDLED_TITLE);
  lc_window_set_day (second, lc_day_parse ("2022-12-12"));
  g_assert_cmpuint (lc_window_get_day (first), ==, lc_day_parse ("2022-12-20"));
  close_all ();
}

/* Recent stories */

static char *
item_target (GMenuModel *menu,
             int         i)
{
  char *target = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));
  return target;
}

static gboolean
menu_starts_with (GMenuModel *menu,
                  const char *uri)
{
  g_autofree char *first = NULL;

  if (g_menu_model_get_n_items (menu) == 0 ||
      !g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_TARGET, "s", &first))
    return FALSE;

  return g_strcmp0 (first, uri) == 0;
}

static void
test_recent (void)
{
  g_autoptr(GFile) first = story_file ("first.lcstory", NULL);
  g_autoptr(GFile) second = story_file ("second.lcstory", NULL);
  g_autofree char *first_uri = g_file_get_uri (first);
  g_autofree char *second_uri = g_file_get_uri (second);
  g_autofree char *target = NULL;
  LcWindow *window = activate ();
  GMenuModel *recent = adw_split_button_get_menu_model (child (window, "open_button"));
  GMenuModel *submenu = G_MENU_MODEL (child (window, "recent_submenu"));
  g_autoptr(GMenuModel) section = NULL;

  /* Earlier tests opened files too. The bundled story is not a file: it
   * is not listed. */
  g_assert_nonnull (recent);
  gtk_recent_manager_purge_items (gtk_recent_manager_get_default (), NULL);
  lc_test_wait_until (!g_menu_model_get_item_attribute (recent, 0, G_MENU_ATTRIBUTE_ACTION, "s", NULL));
  g_assert_cmpint (g_menu_model_get_n_items (recent), ==, 1);

  g_assert_true (lc_window_open_file (window, first));
  lc_test_wait_until (menu_starts_with (recent, first_uri));
  g_assert_true (lc_window_open_file (window, second));
  lc_test_wait_until (menu_starts_with (recent, second_uri));
  g_assert_cmpint (g_menu_model_get_n_items (recent), ==, 2);
  target = item_target (recent, 1);
  g_assert_cmpstr (target, ==, first_uri);

  /* The main menu's Open Recent shows the same list. */
  section = g_menu_model_get_item_link (submenu, 0, G_MENU_LINK_SECTION);
  g_assert_true (section == recent);

  /* Chosen from the list, a story opens and comes to the top. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", first_uri));
  g_assert_cmpstr (title_of (window), ==, MINIMAL_TITLE);
  lc_test_wait_until (menu_starts_with (recent, first_uri));

  /* Another window lists them too. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  window = LC_WINDOW (gtk_application_get_active_window (app));
  g_assert_cmpint (g_menu_model_get_n_items (adw_split_button_get_menu_model (child (window, "open_button"))),
                   ==, 2);
  close_all ();
}

/* Help and print */

static void
test_help_without_viewer (void)
{
  LcWindow *window = activate ();
  AdwMessageDialog *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.help", NULL));
  lc_test_wait_until ((dialog = lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Guide Could Not Be Opened");

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_all ();
}

static void
test_print_dialog (void)
{
  LcWindow *window = activate ();
  GtkWindow *dialog = NULL;
  GType dialog_type;

  /* Outside a sandbox GTK shows its own print dialog, in this process
   * (GtkPrintUnixDialog, known by name: its header is gtk4-unix-print's). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  lc_test_wait_until ((dialog_type = g_type_from_name ("GtkPrintUnixDialog")) != 0 &&
                      (dialog = lc_test_find_toplevel (dialog_type)) != NULL);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  lc_test_wait_until (dialog == NULL);
  close_all ();
}

static char *
pdf_text (LcBriefing *briefing)
{
  g_autoptr(LcPrintOperation) operation = lc_print_operation_new (briefing);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "briefing.pdf", NULL);
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);

  return g_strdelimit (text, "\n\f", ' ');
}

/* The window prints what it shows: the day, the place names. */
static void
test_print_current_view (void)
{
  LcWindow *window = activate ();
  g_autoptr(LcBriefing) briefing = NULL;
  g_autofree char *text = NULL;

  lc_window_set_day (window, lc_day_parse ("2022-12-12"));
  lc_window_set_place_names (window, LC_PLACE_NAMES_ARMENIAN);
  briefing = lc_window_dup_briefing (window);

  g_assert_true (lc_briefing_get_story (briefing) == lc_window_get_story (window));
  g_assert_cmpuint (lc_briefing_get_day (briefing), ==, lc_day_parse ("2022-12-12"));
  g_assert_cmpint (lc_briefing_get_place_names (briefing), ==, LC_PLACE_NAMES_ARMENIAN);

  text = pdf_text (briefing);
  g_assert_nonnull (strstr (text, "12 December 2022 · Day 1 of the blockade"));
  g_assert_nonnull (strstr (text, "Statements up to 12 December 2022"));
  g_assert_nonnull (strstr (text, "Stepanakert"));
  g_assert_null (strstr (text, "Khankendi"));
  /* Only what was said by then: the protesters' claim, not Zakharova. */
  g_assert_nonnull (strstr (text, "Azerbaijani protesters"));
  g_assert_null (strstr (text, "Maria Zakharova"));

  lc_window_set_place_names (window, LC_PLACE_NAMES_BOTH);
  close_all ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = lc_test_isolate_desktop ("session");
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = g_object_new (LC_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID,
                      "flags", G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN,
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  settings = g_settings_new (APPLICATION_ID);

  g_test_add_func ("/ui/session/reopen-last", test_reopen_last);
  g_test_add_func ("/ui/session/reopen-bundled-day", test_reopen_bundled_day);
  g_test_add_func ("/ui/session/reopen-gone", test_reopen_gone);
  g_test_add_func ("/ui/session/reopen-damaged", test_reopen_damaged);
  g_test_add_func ("/ui/session/reopen-off", test_reopen_off);
  g_test_add_func ("/ui/session/file-given", test_file_given);
  g_test_add_func ("/ui/session/loads-in-thread", test_loads_in_thread);
  g_test_add_func ("/ui/session/bad-file-given", test_bad_file_given);
  g_test_add_func ("/ui/session/saved-on-close", test_saved_on_close);
  g_test_add_func ("/ui/session/quit-saves", test_quit_saves);
  g_test_add_func ("/ui/session/new-window", test_new_window);
  g_test_add_func ("/ui/session/recent", test_recent);
  g_test_add_func ("/ui/session/help-without-viewer", test_help_without_viewer);
  g_test_add_func ("/ui/session/print-dialog", test_print_dialog);
  g_test_add_func ("/ui/session/print-current-view", test_print_current_view);

  status = g_test_run ();
  g_clear_object (&settings);
  g_clear_object (&app);

  lc_test_tmp_dir_remove (root);

  return status;
}
