/* fuzz-date.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The date parser: any text is a date, written back the same, whose
 * periods contain it and format in every precision; or it is not one. */

#include "config.h"

#include <string.h>

#include "lc-fuzz.h"
#include "lc-story-enums.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  lc_fuzz_init ();
  return 0;
}

static void
check_date (const char *text,
            LcDate     *date)
{
  g_autofree char *iso = lc_date_to_iso (date);

  /* Only the strict form parses, so it is written back as it was read. */
  g_assert_cmpstr (iso, ==, text);
  g_assert_cmpuint (lc_day_parse (iso), ==, date->day);

  for (int precision = LC_DATE_PRECISION_DAY; precision <= LC_DATE_PRECISION_YEAR; precision++)
    {
      LcDate dated = { date->day, precision };
      guint32 first, last;

      lc_date_get_period (&dated, &first, &last);
      g_assert_cmpuint (first, <=, date->day);
      g_assert_cmpuint (date->day, <=, last);
      g_free (lc_date_format (&dated));
    }
  g_free (lc_day_format (date->day));
  g_free (lc_day_format_line (date->day, "Day 1"));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  LcDate date = { 0, LC_DATE_PRECISION_DAY };

  if (lc_date_parse (text, &date))
    check_date (text, &date);
  else
    g_assert_cmpuint (lc_day_parse (text), ==, 0);

  return 0;
}
