/* test-help-viewer.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening the user guide, under a virtual display, with desktop folders
 * of the test's own: a stand-in help viewer, registered for help: URIs
 * before GTK starts, receives help:io.github.lachinmap.LachinCorridor.
 * test-session checks what happens without a viewer. */

#include "config.h"

#include <adwaita.h>

#include "lc-help.h"
#include "lc-test-tmp.h"
#include "lc-test-ui.h"

static char *uri_file;

/* A viewer for help: URIs that writes the URI it gets to uri_file. */
static void
install_viewer (void)
{
  g_autofree char *applications = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *desktop = g_build_filename (applications, "lc-test-help.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);
  g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\n"
                                            "Type=Application\n"
                                            "Name=Test Help Viewer\n"
                                            "Exec=sh -c 'printf %%s \"$1\" > %s' sh %%u\n"
                                            "MimeType=x-scheme-handler/help;\n"
                                            "NoDisplay=true\n", uri_file);

  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (desktop, entry, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps,
                                      "[Default Applications]\n"
                                      "x-scheme-handler/help=lc-test-help.desktop\n", -1, NULL));
}

static void
test_viewer (void)
{
  g_autoptr(GFile) cache = g_file_new_for_path (g_get_user_cache_dir ());
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autofree char *uri = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_present (window);
  lc_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* Wakes the main loop when the viewer writes, in another process. */
  monitor = g_file_monitor_directory (cache, G_FILE_MONITOR_NONE, NULL, NULL);

  lc_help_show (window);
  lc_test_wait_until (g_file_get_contents (uri_file, &uri, NULL, NULL) && *uri != '\0');

  g_assert_cmpstr (uri, ==, "help:io.github.lachinmap.LachinCorridor");
  /* A failure would have been reported before the viewer started. */
  g_assert_null (lc_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = lc_test_isolate_desktop ("help-viewer");
  int status;

  uri_file = g_build_filename (g_get_user_cache_dir (), "help-uri", NULL);
  install_viewer ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/help/viewer", test_viewer);

  status = g_test_run ();
  lc_test_tmp_dir_remove (root);
  g_free (uri_file);

  return status;
}
