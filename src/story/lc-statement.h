/* lc-statement.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-actor.h"
#include "lc-date.h"
#include "lc-event.h"
#include "lc-feature.h"
#include "lc-quotation.h"
#include "lc-source.h"

G_BEGIN_DECLS

#define LC_TYPE_STATEMENT (lc_statement_get_type ())

G_DECLARE_FINAL_TYPE (LcStatement, lc_statement, LC, STATEMENT, GObject)

const char       *lc_statement_get_id                (LcStatement *self);
const LcDate     *lc_statement_get_date              (LcStatement *self);
LcActor          *lc_statement_get_actor             (LcStatement *self);
LcStatementKind   lc_statement_get_kind              (LcStatement *self);
const char       *lc_statement_get_text              (LcStatement *self);
const char       *lc_statement_get_original_text     (LcStatement *self);
const char       *lc_statement_get_language          (LcStatement *self);
const char       *lc_statement_get_original_language (LcStatement *self);
gboolean          lc_statement_has_voices            (LcStatement *self);
const LcTextSpan *lc_statement_get_speaker_words     (LcStatement *self,
                                                      gboolean     original,
                                                      guint       *n_spans);
GPtrArray        *lc_statement_get_mentions          (LcStatement *self);
GPtrArray        *lc_statement_get_refers_to         (LcStatement *self);
LcSource         *lc_statement_get_source            (LcStatement *self);
const char       *lc_statement_get_note              (LcStatement *self);
GPtrArray        *lc_statement_get_note_sources      (LcStatement *self);

const char      *lc_statement_kind_get_label       (LcStatementKind kind);
const char      *lc_statement_kind_get_description (LcStatementKind kind);

G_END_DECLS
