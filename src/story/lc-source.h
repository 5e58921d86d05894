/* lc-source.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-date.h"

G_BEGIN_DECLS

#define LC_TYPE_SOURCE (lc_source_get_type ())

/* The longest address a source may give, in characters. */
#define LC_SOURCE_MAX_URL 2048

G_DECLARE_FINAL_TYPE (LcSource, lc_source, LC, SOURCE, GObject)

const char   *lc_source_get_id        (LcSource *self);
const char   *lc_source_get_publisher (LcSource *self);
const char   *lc_source_get_title     (LcSource *self);
const LcDate *lc_source_get_date      (LcSource *self);
const char   *lc_source_get_url       (LcSource *self);
const char   *lc_source_get_note      (LcSource *self);
char         *lc_source_dup_citation  (LcSource *self);

gboolean      lc_source_check_url     (const char  *url,
                                       GError     **error);

G_END_DECLS
