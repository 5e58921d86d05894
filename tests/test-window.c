/* test-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The first window, under a virtual display (build-aux/test.sh). */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lc-application.h"
#include "lc-map-view.h"
#include "lc-window.h"

static gpointer
child (LcWindow   *window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), LC_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return object;
}

static LcWindow *
open_window (GFile    *file,
             gboolean *loaded)
{
  LcWindow *window = g_object_new (LC_TYPE_WINDOW, NULL);

  *loaded = lc_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
destroy_window (LcWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bundled (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);

  g_assert_true (loaded);
  g_assert_nonnull (lc_window_get_story (window));
  g_assert_cmpstr (gtk_label_get_text (child (window, "title_label")), ==,
                   "The Lachin Corridor blockade, December 2022");
  g_assert_cmpstr (gtk_label_get_text (child (window, "subtitle_label")), ==, "Asbarez");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");
  g_assert_true (lc_map_view_get_story (child (window, "map_view")) == lc_window_get_story (window));
  g_assert_true (gtk_widget_is_sensitive (child (window, "export_button")));

  destroy_window (window);
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
  g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  file = g_file_new_tmp ("lc-test-XXXXXX.json", &stream, NULL);
  g_assert_true (g_file_replace_contents (file, text->str, text->len, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  return file;
}

static void
test_bad_file_shows_errors (void)
{
  g_autoptr(GFile) file = write_story ("\"date\": \"2022-12-27\"", "\"date\": \"2022-02-30\"");
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);
  const char *errors;

  g_assert_false (loaded);
  g_assert_null (lc_window_get_story (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "error");
  errors = gtk_label_get_text (child (window, "error_label"));
  g_assert_nonnull (strstr (errors, "statements[1].date: expected a date like 2022-12-12, "
                                    "got “2022-02-30”"));

  g_file_delete (file, NULL, NULL);
  destroy_window (window);
}

static void
test_markup_shown_as_text (void)
{
  const char *title = "<b>Bold</b> & <i>more</i>";
  g_autoptr(GFile) file = write_story ("\"title\": \"A minimal story\"",
                                       "\"title\": \"<b>Bold</b> & <i>more</i>\"");
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);
  GtkLabel *label = child (window, "title_label");

  g_assert_true (loaded);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (gtk_label_get_text (label), ==, title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  g_file_delete (file, NULL, NULL);
  destroy_window (window);
}

static void
test_accessible_names (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  gboolean loaded;
  LcWindow *window = open_window (file, &loaded);
  g_autofree char *menu = gtk_test_accessible_check_property (child (window, "menu_button"),
                                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                              "Main Menu");
  g_autofree char *export = gtk_test_accessible_check_property (child (window, "export_button"),
                                                                GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                "Export Map…");

  g_assert_null (menu);
  g_assert_null (export);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/bundled", test_bundled);
  g_test_add_func ("/ui/window/bad-file-shows-errors", test_bad_file_shows_errors);
  g_test_add_func ("/ui/window/markup-shown-as-text", test_markup_shown_as_text);
  g_test_add_func ("/ui/window/accessible-names", test_accessible_names);

  return g_test_run ();
}
