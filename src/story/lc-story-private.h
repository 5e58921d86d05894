/* lc-story-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-story.h"

G_BEGIN_DECLS

/* Label priority of a feature: 1 is drawn first and kept longest. */
#define LC_FEATURE_RANK_MIN     1
#define LC_FEATURE_RANK_MAX     10
#define LC_FEATURE_RANK_DEFAULT 5

typedef enum
{
  LC_STORY_SOURCES,
  LC_STORY_ACTORS,
  LC_STORY_FEATURES,
  LC_STORY_EVENTS,
  LC_STORY_STATEMENTS,
  LC_STORY_N_COLLECTIONS
} LcStoryCollection;

LcSource    *_lc_source_new               (const char           *id,
                                           const char           *publisher,
                                           const char           *title,
                                           const LcDate         *date,
                                           const char           *url,
                                           const char           *note);
LcActor     *_lc_actor_new                (const char           *id,
                                           const char           *name,
                                           const char           *role,
                                           const char           *group);
void         _lc_actor_set_language       (LcActor              *self,
                                           const char           *language);
void         _lc_actor_set_initials       (LcActor              *self,
                                           const char           *initials);
LcFeature   *_lc_feature_new              (const char           *id,
                                           const char           *name,
                                           LcFeatureKind         kind,
                                           LcGeometry           *geometry);
void         _lc_feature_add_alt_name     (LcFeature            *self,
                                           const char           *name,
                                           const char           *side,
                                           const char           *lang);
void         _lc_feature_add_alt_name_full (LcFeature           *self,
                                            const char          *name,
                                            const char          *side,
                                            const char          *lang,
                                            const char * const  *first_in);
void         _lc_feature_add_source       (LcFeature            *self,
                                           LcSource             *source);
void         _lc_feature_add_note_source  (LcFeature            *self,
                                           LcSource             *source);
void         _lc_feature_set_lifetime     (LcFeature            *self,
                                           guint32               from,
                                           guint32               until);
void         _lc_feature_set_states       (LcFeature            *self,
                                           LcFeatureState        initial_state,
                                           const LcStateChange  *states,
                                           guint                 n_states);
void         _lc_feature_set_details      (LcFeature            *self,
                                           gboolean              approximate,
                                           LcSource             *source,
                                           guint                 rank,
                                           const char           *note);
LcEvent     *_lc_event_new                (const char           *id,
                                           const LcDate         *date,
                                           const char           *title,
                                           const char           *text,
                                           LcSource             *source,
                                           const char           *note);
void         _lc_event_add_feature        (LcEvent              *self,
                                           LcFeature            *feature);
void         _lc_event_add_source         (LcEvent              *self,
                                           LcSource             *source);
void         _lc_event_add_note_source    (LcEvent              *self,
                                           LcSource             *source);
LcStatement *_lc_statement_new            (const char           *id,
                                           const LcDate         *date,
                                           LcActor              *actor,
                                           LcStatementKind       kind,
                                           const char           *text,
                                           LcSource             *source,
                                           const char           *note);
void         _lc_statement_set_original_text (LcStatement        *self,
                                             const char         *text);
void         _lc_statement_set_voices     (LcStatement          *self,
                                           const LcTextSpan     *spans,
                                           guint                 n_spans,
                                           const LcTextSpan     *original_spans,
                                           guint                 n_original_spans);
void         _lc_statement_set_original_language (LcStatement    *self,
                                                  const char     *language);
void         _lc_statement_set_language   (LcStatement          *self,
                                           const char           *language);
void         _lc_statement_add_note_source (LcStatement         *self,
                                            LcSource            *source);
void         _lc_statement_add_mention    (LcStatement          *self,
                                           LcFeature            *feature);
void         _lc_statement_add_reference  (LcStatement          *self,
                                           LcEvent              *event);
LcStory     *_lc_story_new                (const char           *id,
                                           const char           *title,
                                           const char           *summary,
                                           const char           *language);
void         _lc_story_add                (LcStory              *self,
                                           LcStoryCollection     collection,
                                           const char           *id,
                                           gpointer              object);
gpointer     _lc_story_lookup             (LcStory              *self,
                                           LcStoryCollection     collection,
                                           const char           *id);
void         _lc_story_set_timeline       (LcStory              *self,
                                           guint32               start,
                                           guint32               end,
                                           guint32               initial,
                                           LcEvent              *count_from);
void         _lc_story_set_view           (LcStory              *self,
                                           const double          bbox[4]);
void         _lc_story_set_count_label    (LcStory              *self,
                                           const char           *label);
void         _lc_story_set_context        (LcStory              *self,
                                           const double          bbox[4]);
void         _lc_story_seal               (LcStory              *self);
GPtrArray   *_lc_story_get_added          (LcStory              *self,
                                           LcStoryCollection     collection);

G_END_DECLS
