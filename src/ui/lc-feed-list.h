/* lc-feed-list.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LC_TYPE_FEED_LIST (lc_feed_list_get_type ())

G_DECLARE_FINAL_TYPE (LcFeedList, lc_feed_list, LC, FEED_LIST, GObject)

LcFeedList *lc_feed_list_new       (void);
void        lc_feed_list_set_items (LcFeedList *self,
                                    GPtrArray  *items);

G_END_DECLS
