/* lc-briefing.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "lc-story.h"
#include "lc-viewport.h"

G_BEGIN_DECLS

#define LC_TYPE_BRIEFING (lc_briefing_get_type ())

G_DECLARE_FINAL_TYPE (LcBriefing, lc_briefing, LC, BRIEFING, GObject)

LcBriefing   *lc_briefing_new             (LcStory      *story,
                                           guint32       day);
LcStory      *lc_briefing_get_story       (LcBriefing   *self);
guint32       lc_briefing_get_day         (LcBriefing   *self);
LcPlaceNames  lc_briefing_get_place_names (LcBriefing   *self);
void          lc_briefing_set_place_names (LcBriefing   *self,
                                           LcPlaceNames  names);
void          lc_briefing_set_view        (LcBriefing   *self,
                                           LcViewport   *view);
guint         lc_briefing_paginate        (LcBriefing   *self,
                                           cairo_t      *cr,
                                           double        width,
                                           double        height);
guint         lc_briefing_get_n_pages     (LcBriefing   *self);
void          lc_briefing_draw_page       (LcBriefing   *self,
                                           cairo_t      *cr,
                                           guint         page);

G_END_DECLS
