/* lc-story-overview.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-story.h"

G_BEGIN_DECLS

#define LC_TYPE_STORY_OVERVIEW (lc_story_overview_get_type ())

G_DECLARE_FINAL_TYPE (LcStoryOverview, lc_story_overview, LC, STORY_OVERVIEW, GtkWidget)

LcStory  *lc_story_overview_get_story (LcStoryOverview *self);
void      lc_story_overview_set_story (LcStoryOverview *self,
                                       LcStory         *story);
LcSource *lc_story_overview_get_main_source (LcStoryOverview *self);
void      lc_story_overview_focus     (LcStoryOverview *self);

G_END_DECLS
