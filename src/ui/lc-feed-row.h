/* lc-feed-row.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-story.h"

G_BEGIN_DECLS

#define LC_TYPE_FEED_ROW (lc_feed_row_get_type ())

G_DECLARE_FINAL_TYPE (LcFeedRow, lc_feed_row, LC, FEED_ROW, GtkWidget)

GtkWidget *lc_feed_row_new             (void);
GObject   *lc_feed_row_get_item        (LcFeedRow    *self);
void       lc_feed_row_set_item        (LcFeedRow    *self,
                                        GObject      *item);
void       lc_feed_row_set_place_names (LcFeedRow    *self,
                                        LcPlaceNames  names);
void       lc_feed_row_set_highlighted (LcFeedRow    *self,
                                        gboolean      highlighted);

char       *lc_feed_row_dup_accessible_label (LcFeedRow *self);
const char *lc_feed_row_get_text             (LcFeedRow *self);

G_END_DECLS
