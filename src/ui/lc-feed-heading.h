/* lc-feed-heading.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LC_TYPE_FEED_HEADING (lc_feed_heading_get_type ())

G_DECLARE_FINAL_TYPE (LcFeedHeading, lc_feed_heading, LC, FEED_HEADING, GtkWidget)

GtkWidget *lc_feed_heading_new (void);

G_END_DECLS
