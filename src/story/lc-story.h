/* lc-story.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-actor.h"
#include "lc-event.h"
#include "lc-feature.h"
#include "lc-language.h"
#include "lc-source.h"
#include "lc-statement.h"

G_BEGIN_DECLS

#define LC_TYPE_STORY (lc_story_get_type ())

G_DECLARE_FINAL_TYPE (LcStory, lc_story, LC, STORY, GObject)

const char  *lc_story_get_id                    (LcStory    *self);
const char  *lc_story_get_title                 (LcStory    *self);
const char  *lc_story_get_summary               (LcStory    *self);
const char  *lc_story_get_language              (LcStory    *self);
guint32      lc_story_get_start                 (LcStory    *self);
guint32      lc_story_get_end                   (LcStory    *self);
guint32      lc_story_get_initial               (LcStory    *self);
LcEvent     *lc_story_get_count_from            (LcStory    *self);
void         lc_story_get_view                  (LcStory    *self,
                                                 double     *west,
                                                 double     *south,
                                                 double     *east,
                                                 double     *north);
gboolean     lc_story_get_context               (LcStory    *self,
                                                 double     *west,
                                                 double     *south,
                                                 double     *east,
                                                 double     *north);
GListModel  *lc_story_get_sources               (LcStory    *self);
GListModel  *lc_story_get_actors                (LcStory    *self);
GListModel  *lc_story_get_features              (LcStory    *self);
GListModel  *lc_story_get_events                (LcStory    *self);
GListModel  *lc_story_get_statements            (LcStory    *self);
LcSource    *lc_story_lookup_source             (LcStory    *self,
                                                 const char *id);
LcActor     *lc_story_lookup_actor              (LcStory    *self,
                                                 const char *id);
LcFeature   *lc_story_lookup_feature            (LcStory    *self,
                                                 const char *id);
LcEvent     *lc_story_lookup_event              (LcStory    *self,
                                                 const char *id);
LcStatement *lc_story_lookup_statement          (LcStory    *self,
                                                 const char *id);
guint        lc_story_count_events_until        (LcStory    *self,
                                                 guint32     day);
guint        lc_story_count_statements_until    (LcStory    *self,
                                                 guint32     day);
int          lc_story_get_day_count             (LcStory    *self,
                                                 guint32     day);
char        *lc_story_dup_day_label             (LcStory    *self,
                                                 guint32     day);
char        *lc_story_dup_day_line              (LcStory    *self,
                                                 guint32     day);
guint        lc_story_get_epoch                 (LcStory    *self,
                                                 guint32     day);
GPtrArray   *lc_story_get_visible_features      (LcStory    *self,
                                                 guint32     day);

G_END_DECLS
