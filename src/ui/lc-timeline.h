/* lc-timeline.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-story.h"

G_BEGIN_DECLS

#define LC_TYPE_TIMELINE (lc_timeline_get_type ())

G_DECLARE_FINAL_TYPE (LcTimeline, lc_timeline, LC, TIMELINE, GtkWidget)

LcStory  *lc_timeline_get_story   (LcTimeline *self);
void      lc_timeline_set_story   (LcTimeline *self,
                                   LcStory    *story);
guint32   lc_timeline_get_day     (LcTimeline *self);
void      lc_timeline_set_day     (LcTimeline *self,
                                   guint32     day);
gboolean  lc_timeline_get_playing (LcTimeline *self);
void      lc_timeline_set_playing (LcTimeline *self,
                                   gboolean    playing);

G_END_DECLS
