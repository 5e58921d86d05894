/* lc-feed-list.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-feed-list.h"

/**
 * LcFeedList:
 *
 * The statement panel's feed: a story's events and statements in order,
 * as a list model over an array, replaced whole when the story is. A
 * #GListStore keeps a balanced tree, a node of 40 bytes an item (8 MB for
 * 200,000) filled one insertion at a time, for edits this list never has.
 */
struct _LcFeedList
{
  GObject    parent_instance;

  GPtrArray *items;
};

static void lc_feed_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcFeedList, lc_feed_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lc_feed_list_list_model_init))

static GType
lc_feed_list_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
lc_feed_list_get_n_items (GListModel *model)
{
  return LC_FEED_LIST (model)->items->len;
}

static gpointer
lc_feed_list_get_item (GListModel *model,
                       guint       position)
{
  LcFeedList *self = LC_FEED_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
lc_feed_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lc_feed_list_get_item_type;
  iface->get_n_items = lc_feed_list_get_n_items;
  iface->get_item = lc_feed_list_get_item;
}

static void
lc_feed_list_finalize (GObject *object)
{
  g_ptr_array_unref (LC_FEED_LIST (object)->items);

  G_OBJECT_CLASS (lc_feed_list_parent_class)->finalize (object);
}

static void
lc_feed_list_class_init (LcFeedListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_feed_list_finalize;
}

static void
lc_feed_list_init (LcFeedList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * lc_feed_list_new:
 *
 * Returns: (transfer full): an empty feed
 */
LcFeedList *
lc_feed_list_new (void)
{
  return g_object_new (LC_TYPE_FEED_LIST, NULL);
}

/**
 * lc_feed_list_set_items:
 * @items: (nullable) (element-type GObject): the items, in order; the
 *   list keeps a reference to the array, which must free its items and
 *   not change after
 *
 * Replaces every item.
 */
void
lc_feed_list_set_items (LcFeedList *self,
                        GPtrArray  *items)
{
  guint removed;

  g_return_if_fail (LC_IS_FEED_LIST (self));

  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = items != NULL ? g_ptr_array_ref (items)
                              : g_ptr_array_new_with_free_func (g_object_unref);
  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}
