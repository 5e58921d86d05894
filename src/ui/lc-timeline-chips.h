/* lc-timeline-chips.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-timeline-track.h"

G_BEGIN_DECLS

#define LC_TYPE_TIMELINE_CHIPS (lc_timeline_chips_get_type ())

G_DECLARE_FINAL_TYPE (LcTimelineChips, lc_timeline_chips, LC, TIMELINE_CHIPS, GtkWidget)

LcTimelineTrack *lc_timeline_chips_get_track (LcTimelineChips *self);
void             lc_timeline_chips_set_track (LcTimelineChips *self,
                                              LcTimelineTrack *track);
GtkWidget       *lc_timeline_chips_get_chip  (LcTimelineChips *self,
                                              LcEvent         *event);

G_END_DECLS
