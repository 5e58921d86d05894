/* lc-test-ui.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  const char *condition;
  guint       timeout_id;
  gboolean    timed_out;
} LcTestWait;

void     lc_test_wait_begin     (LcTestWait *wait,
                                 const char *condition);
void     lc_test_wait_step      (LcTestWait *wait);
void     lc_test_wait_end       (LcTestWait *wait);
void     lc_test_wait_for_draw  (gpointer    widget);
gpointer lc_test_template_child (gpointer    widget,
                                 GType       type,
                                 const char *name);
gpointer lc_test_find_toplevel  (GType       type);
GtkWidget *lc_test_find_widget  (gpointer    root,
                                 gboolean  (*match) (GtkWidget *, gconstpointer),
                                 gconstpointer data);
gboolean lc_test_is_label_with_text (GtkWidget     *widget,
                                     gconstpointer  text);
cairo_surface_t *lc_test_paint_widget (GtkWidget *widget);

/**
 * lc_test_wait_until:
 * @condition: an expression
 *
 * Runs the main loop until @condition holds; the test fails when it does
 * not within $LC_TEST_WAIT_SECONDS (30 by default).
 */
#define lc_test_wait_until(condition)            \
  G_STMT_START {                                 \
    LcTestWait lc_wait_;                         \
                                                 \
    lc_test_wait_begin (&lc_wait_, #condition);  \
    while (!(condition))                         \
      lc_test_wait_step (&lc_wait_);             \
    lc_test_wait_end (&lc_wait_);                \
  } G_STMT_END

G_END_DECLS
