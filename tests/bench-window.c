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
 *   bench-window WIDTH HEIGHT [repaint]
 *
 * With "repaint" the window holds one drawing area that fills it with a
 * plain colour, another shade each time it is drawn: the frame shim's
 * repaint mode has it drawn again, so that every frame paints the whole
 * window, the least a step that changes the window from top to bottom
 * can cost with the renderer.
 */

#include <adwaita.h>

static int      width = 1200, height = 800;
static gboolean repaint;

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             area_width,
         int             area_height,
         gpointer        data)
{
  static guint n_draws;

  n_draws++;
  cairo_set_source_rgb (cr, 0.9, 0.9, 0.85 + (n_draws % 2) * 0.1);
  cairo_paint (cr);
}

static void
on_activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (repaint)
    {
      GtkWidget *area = gtk_drawing_area_new ();

      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_cb, NULL, NULL);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), area);
    }
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  if (argc >= 3)
    {
      width = atoi (argv[1]);
      height = atoi (argv[2]);
    }
  repaint = argc == 4 && g_str_equal (argv[3], "repaint");

  application = adw_application_new ("io.github.lachinmap.LachinCorridor.BareWindow",
                                     G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), 1, argv);
}
