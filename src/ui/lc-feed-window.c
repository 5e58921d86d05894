/* lc-feed-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-feed-window.h"

/**
 * LcFeedWindow:
 *
 * A run of another list's items, from an offset, for as many as its size,
 * which the statement panel lists: GTK 4.8's list view makes a row for up
 * to 200 items around the one in view, so what it is given is what it
 * lays out. Unlike #GtkSliceListModel, whose new offset replaces every
 * item, a new range says only what came or went at either end, and a list
 * view keeps the rows of the rest.
 */
struct _LcFeedWindow
{
  GObject     parent_instance;

  GListModel *model;
  guint       offset;
  guint       size;
};

static void lc_feed_window_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcFeedWindow, lc_feed_window, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lc_feed_window_list_model_init))

static GType
lc_feed_window_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
lc_feed_window_get_n_items (GListModel *model)
{
  return LC_FEED_WINDOW (model)->size;
}

static gpointer
lc_feed_window_get_item (GListModel *model,
                         guint       position)
{
  LcFeedWindow *self = LC_FEED_WINDOW (model);

  if (position >= self->size)
    return NULL;

  return g_list_model_get_item (self->model, self->offset + position);
}

static void
lc_feed_window_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lc_feed_window_get_item_type;
  iface->get_n_items = lc_feed_window_get_n_items;
  iface->get_item = lc_feed_window_get_item;
}

/* The list below changed: the same range of it, all new to the list view. */
static void
on_model_items_changed_cb (LcFeedWindow *self,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GListModel   *model)
{
  guint n = g_list_model_get_n_items (model);
  guint before = self->size;

  self->offset = MIN (self->offset, n);
  self->size = MIN (self->size, n - self->offset);
  if (before > 0 || self->size > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, before, self->size);
}

static void
lc_feed_window_dispose (GObject *object)
{
  LcFeedWindow *self = (LcFeedWindow *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (lc_feed_window_parent_class)->dispose (object);
}

static void
lc_feed_window_class_init (LcFeedWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lc_feed_window_dispose;
}

static void
lc_feed_window_init (LcFeedWindow *self)
{
}

/**
 * lc_feed_window_new:
 *
 * Returns: (transfer full): an empty window on @model
 */
LcFeedWindow *
lc_feed_window_new (GListModel *model)
{
  LcFeedWindow *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (LC_TYPE_FEED_WINDOW, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);

  return self;
}

guint
lc_feed_window_get_offset (LcFeedWindow *self)
{
  g_return_val_if_fail (LC_IS_FEED_WINDOW (self), 0);

  return self->offset;
}

/**
 * lc_feed_window_set_range:
 *
 * Shows @size items of the model from @offset, as many as it has.
 */
void
lc_feed_window_set_range (LcFeedWindow *self,
                          guint         offset,
                          guint         size)
{
  guint n, end, old_end;

  g_return_if_fail (LC_IS_FEED_WINDOW (self));

  n = g_list_model_get_n_items (self->model);
  offset = MIN (offset, n);
  size = MIN (size, n - offset);
  end = offset + size;
  old_end = self->offset + self->size;

  if (offset == self->offset && size == self->size)
    return;

  /* Apart, or either empty: all the items are new. */
  if (self->size == 0 || size == 0 || end <= self->offset || offset >= old_end)
    {
      guint before = self->size;

      self->offset = offset;
      self->size = size;
      g_list_model_items_changed (G_LIST_MODEL (self), 0, before, size);
      return;
    }

  /* The start, then the end; the items between stay. */
  if (offset != self->offset)
    {
      guint before = self->offset;

      self->offset = offset;
      self->size = old_end - offset;
      if (offset < before)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, before - offset);
      else
        g_list_model_items_changed (G_LIST_MODEL (self), 0, offset - before, 0);
    }
  if (end != old_end)
    {
      guint before = self->size;

      self->size = size;
      if (end > old_end)
        g_list_model_items_changed (G_LIST_MODEL (self), before, 0, end - old_end);
      else
        g_list_model_items_changed (G_LIST_MODEL (self), size, old_end - end, 0);
    }
}
