/* bench-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The anchor of the benchmark's start-up and memory figures
 * (tests/bench.py): a bare AdwApplicationWindow, started the way the app
 * starts (an AdwApplication that registers on the session bus), of the
 * size given, with nothing in it.
 *
 *   bench-window WIDTH HEIGHT
 */

#include <adwaita.h>

static int width = 1200, height = 800;

static void
on_activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  if (argc == 3)
    {
      width = atoi (argv[1]);
      height = atoi (argv[2]);
    }

  application = adw_application_new ("io.github.lachinmap.LachinCorridor.BareWindow",
                                     G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), 1, argv);
}
