/* lc-test-ui.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers shared by the widget tests. */

#include "config.h"

#include "lc-test-ui.h"

/**
 * lc_test_iterate:
 *
 * Runs the main loop for @ms milliseconds, so that idles, timeouts and
 * layout happen as in the running app.
 */
void
lc_test_iterate (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/**
 * lc_test_template_child:
 *
 * Returns: (transfer none): the bound template child @name of @widget,
 *   as declared by @type; the test fails when there is none
 */
gpointer
lc_test_template_child (gpointer    widget,
                        GType       type,
                        const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}
