/* lc-feed-window.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LC_TYPE_FEED_WINDOW (lc_feed_window_get_type ())

G_DECLARE_FINAL_TYPE (LcFeedWindow, lc_feed_window, LC, FEED_WINDOW, GObject)

LcFeedWindow *lc_feed_window_new        (GListModel   *model);
guint         lc_feed_window_get_offset (LcFeedWindow *self);
void          lc_feed_window_set_range  (LcFeedWindow *self,
                                         guint         offset,
                                         guint         size);

G_END_DECLS
