/* lc-date.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-story-types.h"

G_BEGIN_DECLS

#define LC_TYPE_DATE (lc_date_get_type ())

/**
 * LC_FSI:
 *
 * FIRST STRONG ISOLATE (U+2068): text between it and %LC_PDI takes the
 * direction of its first strong letter and does not mix with the text
 * around it, so a date or "19-й день" reads the same in a right-to-left
 * line.
 */
#define LC_FSI "\xe2\x81\xa8"

/**
 * LC_PDI:
 *
 * POP DIRECTIONAL ISOLATE (U+2069), which ends an %LC_FSI.
 */
#define LC_PDI "\xe2\x81\xa9"

/**
 * LcDate:
 * @day: the day as a GDate Julian day number (1 is 1 January of year 1)
 * @precision: how exactly the source dates it
 *
 * A calendar date with the precision its source gives. A date with a week,
 * month or year precision still names one day (the best known day, which
 * the timeline sorts by); the precision says which period a reader should
 * be shown.
 */
typedef struct _LcDate
{
  guint32         day;
  LcDatePrecision precision;
} LcDate;

GType     lc_date_get_type   (void) G_GNUC_CONST;
LcDate   *lc_date_copy       (const LcDate    *date);
void      lc_date_free       (LcDate          *date);
LcDate    lc_date_from_ymd   (guint            year,
                              guint            month,
                              guint            day);
gboolean  lc_date_parse      (const char      *text,
                              LcDate          *date);
guint32   lc_day_parse       (const char      *text);
char     *lc_date_to_iso     (const LcDate    *date);
char     *lc_day_to_iso      (guint32          day);
void      lc_date_get_ymd    (const LcDate    *date,
                              guint           *year,
                              guint           *month,
                              guint           *day);
void      lc_date_get_period (const LcDate    *date,
                              guint32         *first_day,
                              guint32         *last_day);
int       lc_date_compare    (const LcDate    *a,
                              const LcDate    *b);
char     *lc_date_format     (const LcDate    *date);
char     *lc_day_format      (guint32          day);
char     *lc_day_format_line (guint32          day,
                              const char      *label);
char     *lc_format_isolated (const char      *format,
                              ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcDate, lc_date_free)

G_END_DECLS
