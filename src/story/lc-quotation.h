/* lc-quotation.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LcTextSpan:
 * @start: the first character, counted from 0 in Unicode characters
 * @end: the character after the last one
 *
 * A part of a text, in characters (not bytes).
 */
typedef struct _LcTextSpan
{
  guint start;
  guint end;
} LcTextSpan;

GArray   *lc_quotation_find     (const char *text);
gboolean  lc_quotation_contains (GArray     *quotations,
                                 guint       start,
                                 guint       end);

G_END_DECLS
