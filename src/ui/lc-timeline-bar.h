/* lc-timeline-bar.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LC_TYPE_TIMELINE_BAR (lc_timeline_bar_get_type ())

G_DECLARE_FINAL_TYPE (LcTimelineBar, lc_timeline_bar, LC, TIMELINE_BAR, GtkWidget)

const char *lc_timeline_bar_get_widest  (LcTimelineBar *self);
void        lc_timeline_bar_set_widest  (LcTimelineBar *self,
                                         const char    *widest);
gboolean    lc_timeline_bar_get_stacked (LcTimelineBar *self);

G_END_DECLS
