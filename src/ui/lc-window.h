/* lc-window.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lc-briefing.h"
#include "lc-story.h"
#include "lc-story-loader.h"

G_BEGIN_DECLS

#define LC_TYPE_WINDOW (lc_window_get_type ())

G_DECLARE_FINAL_TYPE (LcWindow, lc_window, LC, WINDOW, AdwApplicationWindow)

LcStory      *lc_window_get_story       (LcWindow     *self);
void          lc_window_set_story       (LcWindow     *self,
                                         LcStory      *story);
gboolean      lc_window_open_file       (LcWindow     *self,
                                         GFile        *file);
void          lc_window_open_last       (LcWindow     *self);
void          lc_window_load_file       (LcWindow     *self,
                                         GFile        *file);
guint32       lc_window_get_day         (LcWindow     *self);
void          lc_window_set_day         (LcWindow     *self,
                                         guint32       day);
LcPlaceNames  lc_window_get_place_names (LcWindow     *self);
void          lc_window_set_place_names (LcWindow     *self,
                                         LcPlaceNames  names);
gboolean      lc_window_show_statement  (LcWindow     *self,
                                         const char   *id);
LcBriefing   *lc_window_dup_briefing    (LcWindow     *self);

G_END_DECLS
