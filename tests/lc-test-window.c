/* lc-test-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Windows for the widget tests: opened on a story, at a size, drawn. */

#include "config.h"

#include "lc-test-ui.h"
#include "lc-application.h"
#include "lc-test-window.h"
#include "lc-window-private.h"

/**
 * lc_test_open_window:
 * @loaded: (out): whether @file loaded
 *
 * Returns: (transfer none): a window on @file, presented and drawn once
 */
LcWindow *
lc_test_open_window (GFile    *file,
                     int       width,
                     int       height,
                     gboolean *loaded)
{
  LcWindow *window = g_object_new (LC_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  *loaded = lc_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  lc_test_wait_for_draw (window);

  return window;
}

/**
 * lc_test_wait_for_load:
 *
 * Waits until @window has read the story it opens in a thread
 * (lc_window_load_file()): its page is no longer the spinner's. Then
 * until it has drawn.
 */
void
lc_test_wait_for_load (LcWindow *window)
{
  GtkStack *stack = lc_test_template_child (window, LC_TYPE_WINDOW, "stack");

  lc_test_wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0);
  lc_test_wait_for_draw (window);
}

/**
 * lc_test_open_bundled:
 *
 * Returns: (transfer none): a window on the bundled story; the test fails
 *   if it does not load
 */
LcWindow *
lc_test_open_bundled (int width,
                      int height)
{
  g_autoptr(GFile) file = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  gboolean loaded;
  LcWindow *window = lc_test_open_window (file, width, height, &loaded);

  g_assert_true (loaded);
  return window;
}

/**
 * lc_test_count_shown:
 *
 * Returns: how many items of @type the statements panel lists
 */
guint
lc_test_count_shown (LcWindow *window,
                     GType     type)
{
  GListModel *shown = lc_statement_panel_get_shown (window->panel);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shown, i);

      n += G_TYPE_CHECK_INSTANCE_TYPE (item, type);
    }

  return n;
}
