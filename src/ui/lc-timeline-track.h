/* lc-timeline-track.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-story.h"
#include "lc-timeline-scale.h"

G_BEGIN_DECLS

#define LC_TYPE_TIMELINE_TRACK (lc_timeline_track_get_type ())

G_DECLARE_FINAL_TYPE (LcTimelineTrack, lc_timeline_track, LC, TIMELINE_TRACK, GtkWidget)

LcStory         *lc_timeline_track_get_story    (LcTimelineTrack *self);
void             lc_timeline_track_set_story    (LcTimelineTrack *self,
                                                 LcStory         *story);
guint32          lc_timeline_track_get_day      (LcTimelineTrack *self);
void             lc_timeline_track_set_day      (LcTimelineTrack *self,
                                                 guint32          day);
LcTimelineScale *lc_timeline_track_get_scale    (LcTimelineTrack *self);
double           lc_timeline_track_day_to_x     (LcTimelineTrack *self,
                                                 guint32          day);
double           lc_timeline_track_get_marks_bottom (LcTimelineTrack *self);

G_END_DECLS
