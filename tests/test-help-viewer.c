/* test-help-viewer.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening the user guide, under a virtual display, with the desktop's
 * folders isolated (G_TEST_OPTION_ISOLATE_DIRS): a stand-in help viewer
 * registered for help: URIs receives help:io.github.lachinmap.LachinCorridor,
 * and without any viewer a dialog says so. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-help.h"
#include "lc-test-ui.h"

static GtkWindow *
open_window (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_present (window);
  lc_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

/* A viewer for help: URIs that writes the URI it gets to @out. */
static void
install_viewer (const char *out)
{
  g_autofree char *applications = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *desktop = g_build_filename (applications, "lc-test-help.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\n"
                                            "Type=Application\n"
                                            "Name=Test Help Viewer\n"
                                            "Exec=sh -c 'printf %%s \"$1\" > %s' sh %%u\n"
                                            "MimeType=x-scheme-handler/help;\n"
                                            "NoDisplay=true\n", out);

  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (desktop, entry, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps,
                                      "[Default Applications]\n"
                                      "x-scheme-handler/help=lc-test-help.desktop\n", -1, NULL));
}

static void
test_viewer (void)
{
  g_autofree char *out = g_build_filename (g_get_user_cache_dir (), "help-uri", NULL);
  g_autoptr(GFile) cache = g_file_new_for_path (g_get_user_cache_dir ());
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autofree char *uri = NULL;
  GtkWindow *window;

  install_viewer (out);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  /* Wakes the main loop when the viewer writes, in another process. */
  monitor = g_file_monitor_directory (cache, G_FILE_MONITOR_NONE, NULL, NULL);
  window = open_window ();

  lc_help_show (window);
  lc_test_wait_until (g_file_get_contents (out, &uri, NULL, NULL) && *uri != '\0');

  g_assert_cmpstr (uri, ==, "help:io.github.lachinmap.LachinCorridor");
  /* A failure would have been reported before the viewer started. */
  g_assert_null (lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  gtk_window_destroy (window);
}

static void
test_no_viewer (void)
{
  GtkWindow *window = open_window ();
  AdwMessageDialog *dialog = NULL;

  lc_help_show (window);
  lc_test_wait_until ((dialog = lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Guide Could Not Be Opened");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "The guide opens in a help viewer such as GNOME Help (Yelp)"));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() takes no options: isolate first, then start GTK. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/ui/help/no-viewer", test_no_viewer);
  g_test_add_func ("/ui/help/viewer", test_viewer);

  return g_test_run ();
}
