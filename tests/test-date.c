/* test-date.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-date.h"

static void
test_parse_valid (void)
{
  LcDate date;
  guint y, m, d;

  g_assert_true (lc_date_parse ("2022-12-12", &date));
  lc_date_get_ymd (&date, &y, &m, &d);
  g_assert_cmpuint (y, ==, 2022);
  g_assert_cmpuint (m, ==, 12);
  g_assert_cmpuint (d, ==, 12);
  g_assert_cmpint (date.precision, ==, LC_DATE_PRECISION_DAY);

  /* A leap day exists in a leap year. */
  g_assert_true (lc_date_parse ("2024-02-29", &date));
}

static void
test_parse_invalid (void)
{
  const char *bad[] = {
    "2022-02-30", "2023-02-29", "2022-13-01", "2022-00-10", "2022-12-00", "2022-12-32",
    "2022-1-01", "22-12-12", "2022/12/12", "2022-12-12T00:00", " 2022-12-12", "", "today",
    "0000-01-01",
  };
  LcDate date;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (lc_date_parse (bad[i], &date));
      g_assert_cmpuint (lc_day_parse (bad[i]), ==, 0);
    }
  g_assert_false (lc_date_parse (NULL, &date));
}

static void
test_iso_round_trip (void)
{
  const char *dates[] = { "2020-11-09", "2022-08-30", "2022-12-30", "0001-01-01", "9999-12-31" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = lc_day_to_iso (lc_day_parse (dates[i]));

      g_assert_cmpstr (iso, ==, dates[i]);
    }
}

static void
test_days_between (void)
{
  /* The article's count: 12 December is day 1, 30 December day 19. */
  g_assert_cmpuint (lc_day_parse ("2022-12-30") - lc_day_parse ("2022-12-12") + 1, ==, 19);
  g_assert_cmpuint (lc_day_parse ("2021-01-01") - lc_day_parse ("2020-12-31"), ==, 1);
  g_assert_cmpuint (lc_day_parse ("2020-03-01") - lc_day_parse ("2020-02-28"), ==, 2);
}

static void
test_period (void)
{
  LcDate date;
  guint32 first, last;

  /* Tuesday 27 December 2022 lies in the week of Monday 26 December. */
  g_assert_true (lc_date_parse ("2022-12-27", &date));
  date.precision = LC_DATE_PRECISION_WEEK;
  lc_date_get_period (&date, &first, &last);
  g_assert_cmpuint (first, ==, lc_day_parse ("2022-12-26"));
  g_assert_cmpuint (last, ==, lc_day_parse ("2023-01-01"));

  date.precision = LC_DATE_PRECISION_MONTH;
  lc_date_get_period (&date, &first, &last);
  g_assert_cmpuint (first, ==, lc_day_parse ("2022-12-01"));
  g_assert_cmpuint (last, ==, lc_day_parse ("2022-12-31"));

  g_assert_true (lc_date_parse ("2024-02-10", &date));
  date.precision = LC_DATE_PRECISION_MONTH;
  lc_date_get_period (&date, &first, &last);
  g_assert_cmpuint (last, ==, lc_day_parse ("2024-02-29"));

  date.precision = LC_DATE_PRECISION_YEAR;
  lc_date_get_period (&date, &first, &last);
  g_assert_cmpuint (first, ==, lc_day_parse ("2024-01-01"));
  g_assert_cmpuint (last, ==, lc_day_parse ("2024-12-31"));

  date.precision = LC_DATE_PRECISION_DAY;
  lc_date_get_period (&date, &first, &last);
  g_assert_cmpuint (first, ==, date.day);
  g_assert_cmpuint (last, ==, date.day);
}

static void
test_compare_and_precision_names (void)
{
  LcDate a, b;
  LcDatePrecision precision;

  g_assert_true (lc_date_parse ("2022-12-12", &a));
  g_assert_true (lc_date_parse ("2022-12-30", &b));
  g_assert_cmpint (lc_date_compare (&a, &b), <, 0);
  g_assert_cmpint (lc_date_compare (&b, &a), >, 0);
  b.precision = LC_DATE_PRECISION_WEEK;
  a.day = b.day;
  g_assert_cmpint (lc_date_compare (&a, &b), ==, 0);

  g_assert_true (lc_date_precision_from_string ("week", &precision));
  g_assert_cmpint (precision, ==, LC_DATE_PRECISION_WEEK);
  g_assert_false (lc_date_precision_from_string ("fortnight", &precision));
  g_assert_cmpstr (lc_date_precision_to_string (LC_DATE_PRECISION_YEAR), ==, "year");
}

static void
test_format (void)
{
  LcDate date;
  g_autofree char *day = NULL;
  g_autofree char *week = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;

  g_assert_true (lc_date_parse ("2022-12-27", &date));
  day = lc_date_format (&date);
  g_assert_cmpstr (day, ==, "27 December 2022");

  /* "This week", as the article says: the week's Monday, in the same style. */
  date.precision = LC_DATE_PRECISION_WEEK;
  week = lc_date_format (&date);
  g_assert_cmpstr (week, ==, "week of 26 December 2022");
  date.precision = LC_DATE_PRECISION_MONTH;
  month = lc_date_format (&date);
  g_assert_cmpstr (month, ==, "December 2022");
  date.precision = LC_DATE_PRECISION_YEAR;
  year = lc_date_format (&date);
  g_assert_cmpstr (year, ==, "2022");
}

/* The day line keeps its parts apart as isolates, whatever a translation's
 * order; without a label it is the date alone. */
static void
test_format_line (void)
{
  guint32 day = lc_day_parse ("2022-12-30");
  g_autofree char *line = lc_day_format_line (day, "Day 19 of the blockade");
  g_autofree char *alone = lc_day_format_line (day, NULL);
  g_autofree char *reordered = lc_format_isolated ("%2$s — %1$s (100%%)", "a", "b", NULL);
  g_autofree char *missing = lc_format_isolated ("%s and %s", "a", NULL);

  g_assert_cmpstr (line, ==, LC_FSI "30 December 2022" LC_PDI " · " LC_FSI "Day 19 of the blockade" LC_PDI);
  g_assert_cmpstr (alone, ==, "30 December 2022");
  g_assert_cmpstr (reordered, ==, LC_FSI "b" LC_PDI " — " LC_FSI "a" LC_PDI " (100%)");
  /* A directive without an argument stays as written, rather than crash. */
  g_assert_cmpstr (missing, ==, LC_FSI "a" LC_PDI " and %s");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story/date/parse-valid", test_parse_valid);
  g_test_add_func ("/story/date/parse-invalid", test_parse_invalid);
  g_test_add_func ("/story/date/iso-round-trip", test_iso_round_trip);
  g_test_add_func ("/story/date/days-between", test_days_between);
  g_test_add_func ("/story/date/period", test_period);
  g_test_add_func ("/story/date/compare", test_compare_and_precision_names);
  g_test_add_func ("/story/date/format", test_format);
  g_test_add_func ("/story/date/format-line", test_format_line);

  return g_test_run ();
}
