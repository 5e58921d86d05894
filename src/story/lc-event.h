/* lc-event.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-date.h"
#include "lc-feature.h"
#include "lc-source.h"

G_BEGIN_DECLS

#define LC_TYPE_EVENT (lc_event_get_type ())

G_DECLARE_FINAL_TYPE (LcEvent, lc_event, LC, EVENT, GObject)

const char   *lc_event_get_id           (LcEvent *self);
const LcDate *lc_event_get_date         (LcEvent *self);
const char   *lc_event_get_title        (LcEvent *self);
const char   *lc_event_get_text         (LcEvent *self);
GPtrArray    *lc_event_get_features     (LcEvent *self);
LcSource     *lc_event_get_source       (LcEvent *self);
GPtrArray    *lc_event_get_sources      (LcEvent *self);
const char   *lc_event_get_note         (LcEvent *self);
GPtrArray    *lc_event_get_note_sources (LcEvent *self);

G_END_DECLS
