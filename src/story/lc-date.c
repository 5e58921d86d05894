/* lc-date.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-date.h"

#define ISO_DATE_LENGTH 10 /* YYYY-MM-DD */

G_DEFINE_BOXED_TYPE (LcDate, lc_date, lc_date_copy, lc_date_free)

/**
 * lc_date_copy:
 *
 * Returns: (transfer full): a copy of @date
 */
LcDate *
lc_date_copy (const LcDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_memdup2 (date, sizeof *date);
}

void
lc_date_free (LcDate *date)
{
  g_free (date);
}

/**
 * lc_date_from_ymd:
 *
 * Returns: the day-precision date for a valid calendar day; a date whose
 * @day is 0 when the year, month and day do not make one.
 */
LcDate
lc_date_from_ymd (guint year,
                  guint month,
                  guint day)
{
  LcDate date = { 0, LC_DATE_PRECISION_DAY };

  if (g_date_valid_dmy (day, month, year))
    {
      GDate gdate;

      g_date_clear (&gdate, 1);
      g_date_set_dmy (&gdate, day, month, year);
      date.day = g_date_get_julian (&gdate);
    }

  return date;
}

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint)(text[i] - '0');
    }

  return TRUE;
}

/**
 * lc_date_parse:
 * @text: a date written `YYYY-MM-DD`
 * @date: (out): where to store the day-precision date
 *
 * Parses an ISO 8601 calendar date strictly: four-digit year, two-digit
 * month and day, and a day that exists (2022-02-30 does not).
 *
 * Returns: %TRUE if @text is such a date
 */
gboolean
lc_date_parse (const char *text,
               LcDate     *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != ISO_DATE_LENGTH || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (!parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;

  *date = lc_date_from_ymd (year, month, day);

  return date->day != 0;
}

/**
 * lc_day_parse:
 *
 * Returns: the day number of a `YYYY-MM-DD` date, or 0 if @text is not one
 */
guint32
lc_day_parse (const char *text)
{
  LcDate date;

  return lc_date_parse (text, &date) ? date.day : 0;
}

void
lc_date_get_ymd (const LcDate *date,
                 guint        *year,
                 guint        *month,
                 guint        *day)
{
  GDate gdate;

  g_return_if_fail (date != NULL);
  g_return_if_fail (g_date_valid_julian (date->day));

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, date->day);
  if (year != NULL)
    *year = g_date_get_year (&gdate);
  if (month != NULL)
    *month = g_date_get_month (&gdate);
  if (day != NULL)
    *day = g_date_get_day (&gdate);
}

/**
 * lc_day_to_iso:
 *
 * Returns: (transfer full): @day written `YYYY-MM-DD`
 */
char *
lc_day_to_iso (guint32 day)
{
  LcDate date = { day, LC_DATE_PRECISION_DAY };

  return lc_date_to_iso (&date);
}

/**
 * lc_date_to_iso:
 *
 * Returns: (transfer full): the day of @date written `YYYY-MM-DD`
 */
char *
lc_date_to_iso (const LcDate *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, NULL);

  lc_date_get_ymd (date, &year, &month, &day);

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * lc_date_get_period:
 * @first_day: (out): the first day of the period
 * @last_day: (out): the last day of the period
 *
 * The days a reader should take @date to mean: the day itself, the ISO week
 * (Monday to Sunday) that holds it, its month or its year.
 */
void
lc_date_get_period (const LcDate *date,
                    guint32      *first_day,
                    guint32      *last_day)
{
  GDate gdate;
  guint32 first, last;

  g_return_if_fail (date != NULL);

  first = last = date->day;

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, date->day);

  switch (date->precision)
    {
    case LC_DATE_PRECISION_DAY:
      break;

    case LC_DATE_PRECISION_WEEK:
      first = date->day - (g_date_get_weekday (&gdate) - G_DATE_MONDAY);
      last = first + 6;
      break;

    case LC_DATE_PRECISION_MONTH:
      first = date->day - (g_date_get_day (&gdate) - 1);
      last = first + g_date_get_days_in_month (g_date_get_month (&gdate),
                                               g_date_get_year (&gdate)) - 1;
      break;

    case LC_DATE_PRECISION_YEAR:
      first = date->day - (g_date_get_day_of_year (&gdate) - 1);
      last = first + (g_date_is_leap_year (g_date_get_year (&gdate)) ? 366 : 365) - 1;
      break;

    default:
      g_assert_not_reached ();
    }

  if (first_day != NULL)
    *first_day = first;
  if (last_day != NULL)
    *last_day = last;
}

/**
 * lc_date_compare:
 *
 * Orders dates by their day; the precision does not take part.
 *
 * Returns: negative, zero or positive as @a is before, on or after @b
 */
int
lc_date_compare (const LcDate *a,
                 const LcDate *b)
{
  return (a->day > b->day) - (a->day < b->day);
}

static char *
format_with (guint32     day,
             const char *format)
{
  LcDate date = { day, LC_DATE_PRECISION_DAY };
  g_autoptr(GDateTime) datetime = NULL;
  guint year, month, mday;

  lc_date_get_ymd (&date, &year, &month, &mday);
  datetime = g_date_time_new_utc (year, month, mday, 12, 0, 0);

  return g_date_time_format (datetime, format);
}

/*
 * The formats, one set per language, all from the catalog: every date the
 * app shows, on screen, in exports and to screen readers, comes from these
 * four, so one screen never mixes styles. No abbreviations: the C
 * library's short month names differ in case and grammatical form from its
 * long ones in several languages ("Դեկ" beside "դեկտեմբերի", "Dek"
 * beside "dekabr").
 */

/**
 * lc_day_format:
 *
 * Returns: (transfer full): the day in the user's language, such as
 *   "30 December 2022", "2022 թ. դեկտեմբերի 30" or "30 декабря 2022 г."
 */
char *
lc_day_format (guint32 day)
{
  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  /* Translators: a date in your language's long form without the weekday (CLDR's "long" date format); see the strftime manual page: %-d is the day without padding, %B the month's name as used with a day */
  return format_with (day, _("%-d %B %Y"));
}

/**
 * lc_date_format:
 *
 * Formats a date as precisely as its source gives it, in the style of
 * lc_day_format(): "30 December 2022", "week of 26 December 2022",
 * "December 2022" or "2022".
 *
 * Returns: (transfer full): the date in the user's language
 */
char *
lc_date_format (const LcDate *date)
{
  g_autofree char *first_text = NULL;
  guint32 first, last;

  g_return_val_if_fail (date != NULL, NULL);

  lc_date_get_period (date, &first, &last);
  switch (date->precision)
    {
    case LC_DATE_PRECISION_WEEK:
      first_text = lc_day_format (first);
      /* Translators: %s is the date of the Monday that starts the week */
      return g_strdup_printf (_("week of %s"), first_text);

    case LC_DATE_PRECISION_MONTH:
      /* Translators: a month and year; see the strftime manual page: %OB is the month's name standing alone, %B as used with a day */
      return format_with (date->day, C_("month and year", "%B %Y"));

    case LC_DATE_PRECISION_YEAR:
      /* Translators: a year on its own; see the strftime manual page */
      return format_with (date->day, C_("year", "%Y"));

    case LC_DATE_PRECISION_DAY:
    default:
      return lc_day_format (date->day);
    }
}

/**
 * lc_day_format_line:
 * @label: (nullable): what the day is in the story, such as
 *   "Day 19 of the blockade"
 *
 * The line that says which day is shown, "30 December 2022 · Day 19 of
 * the blockade". Each part is a bidirectional isolate (%LC_FSI … %LC_PDI),
 * so that a part keeps its own direction in a line of the other: in a
 * right-to-left line "19-й день" stays "19-й день".
 *
 * Returns: (transfer full): the line in the user's language
 */
char *
lc_day_format_line (guint32     day,
                    const char *label)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  date = lc_day_format (day);
  if (label == NULL || *label == '\0')
    return g_steal_pointer (&date);

  /* Translators: the date shown and the day count, "30 December 2022 · Day 19 of the blockade" */
  return lc_format_isolated (_("%s · %s"), date, label, NULL);
}

#define MAX_ISOLATED_ARGS 9

/* A `%s` or `%N$s` at @p: the argument's index, and where the directive ends. */
static gboolean
parse_directive (const char  *p,
                 guint       *next,
                 guint       *index,
                 const char **end)
{
  if (p[0] != '%')
    return FALSE;
  if (p[1] == 's')
    {
      *index = (*next)++;
      *end = p + 2;
      return TRUE;
    }
  if (p[1] >= '1' && p[1] <= '9' && p[2] == '$' && p[3] == 's')
    {
      *index = (guint) (p[1] - '1');
      *end = p + 4;
      return TRUE;
    }

  return FALSE;
}

/**
 * lc_format_isolated:
 * @format: a translated format with a `%s` (or `%1$s`, `%2$s`… when a
 *   translation reorders them) for each argument
 * @...: the strings, %NULL-terminated
 *
 * Fills @format with its arguments, each a bidirectional isolate, so that
 * numbers stay with their words whichever way the line runs. `%%` is a
 * percent sign.
 *
 * Returns: (transfer full): the text
 */
char *
lc_format_isolated (const char *format,
                    ...)
{
  const char *args[MAX_ISOLATED_ARGS] = { NULL };
  GString *text;
  guint n_args = 0, next = 0;
  const char *arg;
  va_list list;

  g_return_val_if_fail (format != NULL, NULL);

  va_start (list, format);
  while (n_args < MAX_ISOLATED_ARGS && (arg = va_arg (list, const char *)) != NULL)
    args[n_args++] = arg;
  va_end (list);

  text = g_string_new (NULL);
  for (const char *p = format; *p != '\0';)
    {
      const char *end;
      guint index;

      if (parse_directive (p, &next, &index, &end) && index < n_args)
        {
          g_string_append (text, LC_FSI);
          g_string_append (text, args[index]);
          g_string_append (text, LC_PDI);
          p = end;
          continue;
        }

      if (p[0] == '%' && p[1] == '%')
        p++;
      g_string_append_c (text, *p++);
    }

  return g_string_free (text, FALSE);
}
