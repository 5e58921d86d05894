/* lc-test-ui.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers shared by the widget tests. They wait for conditions, never for
 * a fixed time: a test is as fast as the machine, and a slow machine
 * (valgrind) only waits longer. */

#include "config.h"

#include "lc-test-ui.h"

#define DEFAULT_WAIT_SECONDS 30

static gboolean
timeout_cb (gpointer user_data)
{
  LcTestWait *wait = user_data;

  wait->timed_out = TRUE;
  wait->timeout_id = 0;

  return G_SOURCE_REMOVE;
}

/* See lc_test_wait_until(). */
void
lc_test_wait_begin (LcTestWait *wait,
                    const char *condition)
{
  const char *seconds = g_getenv ("LC_TEST_WAIT_SECONDS");
  guint timeout = seconds != NULL ? (guint) g_ascii_strtoull (seconds, NULL, 10) : 0;

  wait->condition = condition;
  wait->timed_out = FALSE;
  /* Also wakes the blocking iterations below when nothing else does. */
  wait->timeout_id = g_timeout_add_seconds (timeout > 0 ? timeout : DEFAULT_WAIT_SECONDS,
                                            timeout_cb, wait);
}

void
lc_test_wait_step (LcTestWait *wait)
{
  if (wait->timed_out)
    g_error ("Timed out waiting until %s", wait->condition);

  g_main_context_iteration (NULL, TRUE);
}

void
lc_test_wait_end (LcTestWait *wait)
{
  g_clear_handle_id (&wait->timeout_id, g_source_remove);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/**
 * lc_test_wait_for_draw:
 *
 * Waits until @widget is mapped and a frame with it has been drawn: it is
 * allocated and laid out, and so are list rows and other children made
 * while laying out.
 */
void
lc_test_wait_for_draw (gpointer widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  lc_test_wait_until (gtk_widget_get_mapped (widget) &&
                      gtk_widget_get_frame_clock (widget) != NULL);

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  lc_test_wait_until (painted);
  g_signal_handler_disconnect (clock, handler);
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

/**
 * lc_test_find_toplevel:
 * @type: a window type, or an interface such as %GTK_TYPE_FILE_CHOOSER
 *
 * Returns: (transfer none) (nullable): the first visible toplevel window
 *   that is a @type
 */
gpointer
lc_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

/**
 * lc_test_find_widget:
 * @match: says whether a widget is the one
 *
 * Returns: (transfer none) (nullable): the first widget under @root, depth
 *   first, that @match accepts
 */
GtkWidget *
lc_test_find_widget (gpointer        root,
                     gboolean      (*match) (GtkWidget *, gconstpointer),
                     gconstpointer   data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lc_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* For lc_test_find_widget(): a label that says @text. */
gboolean
lc_test_is_label_with_text (GtkWidget     *widget,
                            gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/**
 * lc_test_paint_widget:
 *
 * Returns: (transfer full): the widget as painted, into an image of its size
 */
cairo_surface_t *
lc_test_paint_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  g_autoptr(GskRenderNode) node = NULL;
  cairo_t *cr = cairo_create (surface);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}
