/* test-translations.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window in another language: run once per catalog with LANGUAGE and
 * LC_ALL set (see tests/meson.build), reading the catalogs built in the
 * build tree. The interface and the bundled story must both be translated.
 *
 * With LC_PARTIAL_LANGUAGE set, the language is one a translator has only
 * begun (tests/i18n/test-partial-language.py runs it with the catalog of
 * tests/i18n/data/fr-partial.po): what the catalog has shows translated, the
 * rest in English, and nothing is broken. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "lc-test-ui.h"
#include "lc-application.h"
#include "lc-feed-row.h"
#include "lc-map-view.h"
#include "lc-statement-panel.h"
#include "lc-timeline.h"
#include "lc-window.h"

#define STORY_CONTEXT(place) "story:lachin-corridor-2022:" place

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A string the catalog translates, or the test fails. */
static const char *
translated (const char *context,
            const char *msgid)
{
  const char *text = context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid)
                                     : g_dgettext (GETTEXT_PACKAGE, msgid);

  g_test_message ("%s → %s", msgid, text);
  g_assert_cmpstr (text, !=, msgid);

  return text;
}

static LcWindow *
open_bundled (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  LcWindow *window = g_object_new (LC_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_assert_true (lc_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  lc_test_wait_for_draw (window);

  return window;
}

static void
test_interface (void)
{
  LcWindow *window = open_bundled ();
  LcMapView *map = lc_test_template_child (window, LC_TYPE_WINDOW, "map_view");
  GtkWidget *zoom_in = lc_test_template_child (map, LC_TYPE_MAP_VIEW, "zoom_in_button");
  GtkLabel *count = lc_test_template_child (lc_test_template_child (window, LC_TYPE_WINDOW, "panel"), LC_TYPE_STATEMENT_PANEL,
                              "count_label");
  g_autofree char *statements = NULL;
  g_autofree char *events = NULL;
  g_autofree char *expected_count = NULL;

  g_assert_cmpstr (gtk_widget_get_tooltip_text (zoom_in), ==, translated (NULL, "Zoom In"));
  statements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u statement", "%u of %u statements", 10),
                                10, 10);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", 10), 10);
  expected_count = lc_format_isolated (g_dpgettext2 (GETTEXT_PACKAGE, "statements and events", "%s · %s"),
                                       statements, events, NULL);
  g_assert_cmpstr (gtk_label_get_text (count), ==, expected_count);
  g_assert_null (strstr (expected_count, "statements"));
  g_assert_null (strstr (expected_count, "events"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_story (void)
{
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  const char *title = translated (STORY_CONTEXT ("title"), "The Lachin Corridor blockade, December 2022");
  LcStatement *statement = lc_story_lookup_statement (story, "artsakh-announcement");
  g_autofree char *stepanakert = lc_feature_dup_display_name (lc_story_lookup_feature (story, "stepanakert"),
                                                              LC_PLACE_NAMES_BOTH);
  g_autofree char *day = lc_story_dup_day_label (story, lc_day_parse ("2022-12-30"));

  g_assert_cmpstr (lc_story_get_title (story), ==, title);
  g_assert_cmpstr (gtk_label_get_text (lc_test_template_child (window, LC_TYPE_WINDOW, "title_label")), ==, title);

  /* A statement in the reader's language, with the reported English kept. */
  g_assert_nonnull (lc_statement_get_original_text (statement));
  g_assert_cmpstr (lc_statement_get_text (statement), !=, lc_statement_get_original_text (statement));
  g_assert_true (g_str_has_prefix (lc_statement_get_original_text (statement), "The Artsakh authorities"));

  /* The catalog says which language it is, and the names follow its
   * order: each side's language its own side's name first, Russian the
   * usage of Russian reporting (docs/story-format.md). */
  g_assert_cmpstr (lc_language_get_reader (), ==, g_getenv ("LANGUAGE"));
  {
    const char *armenian = g_dpgettext2 (GETTEXT_PACKAGE, STORY_CONTEXT ("features/stepanakert/alt_names/armenian"),
                                         "Stepanakert");
    const char *azerbaijani = translated (STORY_CONTEXT ("features/stepanakert/alt_names/azerbaijani"),
                                          "Khankendi");
    const char *shushi = translated (STORY_CONTEXT ("features/shushi/alt_names/armenian"), "Shushi");
    const char *shusha = translated (STORY_CONTEXT ("features/shushi/alt_names/azerbaijani"), "Shusha");
    gboolean az = g_str_equal (lc_language_get_reader (), "az");
    gboolean hy = g_str_equal (lc_language_get_reader (), "hy");
    g_autofree char *expected = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s (%s)"),
                                                 az ? azerbaijani : armenian,
                                                 az ? armenian : azerbaijani);
    g_autofree char *shusha_expected = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "%s (%s)"),
                                                        hy ? shushi : shusha, hy ? shusha : shushi);
    g_autofree char *shusha_shown = lc_feature_dup_display_name (lc_story_lookup_feature (story, "shushi"),
                                                                 LC_PLACE_NAMES_BOTH);

    g_assert_cmpstr (stepanakert, ==, expected);
    g_assert_cmpstr (shusha_shown, ==, shusha_expected);
  }
  g_assert_nonnull (day);
  g_assert_null (strstr (day, "blockade"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_list_rows (void)
{
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  LcStatement *statement = lc_story_lookup_statement (story, "zakharova-agreements");
  GtkWidget *panel = lc_test_template_child (window, LC_TYPE_WINDOW, "panel");

  /* The newest card is in view, in translation, and says that it is
   * translated from the English report of words first said in Russian. */
  g_assert_nonnull (find_label (panel, lc_statement_get_text (statement)));
  {
    g_autofree char *english = lc_language_dup_name ("en");
    g_autofree char *russian = lc_language_dup_name ("ru");
    g_autofree char *note = g_strdup_printf (translated (NULL, "Translated from %1$s’s report in %2$s; "
                                                               "the original was in %3$s"),
                                             "Asbarez", english, russian);

    g_assert_cmpstr (english, !=, "English");
    g_assert_nonnull (find_label (panel, note));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* One style of date per language, CLDR's long form, everywhere. */
typedef struct
{
  const char *language;
  const char *day;
  const char *week;
  const char *month;
  const char *year;
} DateFormats;

static const DateFormats date_formats[] = {
  { "hy", "2022 թ. դեկտեմբերի 30", "2022 թ. դեկտեմբերի 26-ից սկսվող շաբաթ", "2022 թ. դեկտեմբեր",
    "2022 թ." },
  { "ru", "30 декабря 2022 г.", "неделя с 26 декабря 2022 г.", "Декабрь 2022 г.", "2022 г." },
  { "az", "30 dekabr 2022", "26 dekabr 2022 tarixindən başlayan həftə", "dekabr 2022", "2022" },
};

static const DateFormats *
lookup_date_formats (void)
{
  const char *language = g_getenv ("LANGUAGE");

  for (guint i = 0; i < G_N_ELEMENTS (date_formats); i++)
    if (g_strcmp0 (language, date_formats[i].language) == 0)
      return &date_formats[i];

  g_error ("no date formats for the language “%s” in the test", language);
}

static char *
format_with_precision (guint32         day,
                       LcDatePrecision precision)
{
  LcDate date = { day, precision };

  return lc_date_format (&date);
}

/* Where @needle's first byte is drawn in @text laid out in a right-to-left
 * paragraph whose direction does not follow the text. */
static int
x_in_rtl_line (GtkWidget  *widget,
               const char *text,
               const char *needle)
{
  PangoContext *context = gtk_widget_create_pango_context (widget);
  PangoLayout *layout = NULL;
  PangoRectangle position;

  pango_context_set_base_dir (context, PANGO_DIRECTION_RTL);
  layout = pango_layout_new (context);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_text (layout, text, -1);
  g_assert_nonnull (strstr (text, needle));
  pango_layout_index_to_pos (layout, (int) (strstr (text, needle) - text), &position);
  g_object_unref (layout);
  g_object_unref (context);

  return MIN (position.x, position.x + position.width);
}

static void
test_dates (void)
{
  const DateFormats *formats = lookup_date_formats ();
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  guint32 day = lc_day_parse ("2022-12-30");
  g_autofree char *date = lc_day_format (day);
  g_autofree char *week = format_with_precision (lc_day_parse ("2022-12-27"), LC_DATE_PRECISION_WEEK);
  g_autofree char *month = format_with_precision (day, LC_DATE_PRECISION_MONTH);
  g_autofree char *year = format_with_precision (day, LC_DATE_PRECISION_YEAR);
  g_autofree char *label = lc_story_dup_day_label (story, day);
  g_autofree char *line = lc_story_dup_day_line (story, day);
  g_autofree char *isolated = lc_format_isolated ("%s", label, NULL);
  GtkWidget *subtitle = lc_test_template_child (window, LC_TYPE_WINDOW, "subtitle_label");
  const char *number = strstr (label, "19");
  const char *letter = label;

  g_assert_cmpstr (date, ==, formats->day);
  g_assert_cmpstr (week, ==, formats->week);
  g_assert_cmpstr (month, ==, formats->month);
  g_assert_cmpstr (year, ==, formats->year);

  /* The subtitle says the day in that style. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (subtitle)), ==, line);
  g_assert_nonnull (strstr (line, formats->day));

  /* In a right-to-left line the day count reads as in its own language:
   * the number keeps its place beside its word ("19-й день", never
   * "й день-19"), in the day line and alone, as it would not without the
   * isolates. */
  g_assert_nonnull (number);
  while (!g_unichar_isalpha (g_utf8_get_char (letter)))
    letter = g_utf8_next_char (letter);
  if (number < letter)
    {
      g_assert_cmpint (x_in_rtl_line (subtitle, line, "19"), <, x_in_rtl_line (subtitle, line, letter));
      g_assert_cmpint (x_in_rtl_line (subtitle, isolated, "19"), <, x_in_rtl_line (subtitle, isolated, letter));
      g_assert_cmpint (x_in_rtl_line (subtitle, label, "19"), >, x_in_rtl_line (subtitle, label, letter));
    }
  else
    {
      g_assert_cmpint (x_in_rtl_line (subtitle, line, "19"), >, x_in_rtl_line (subtitle, line, letter));
      g_assert_cmpint (x_in_rtl_line (subtitle, isolated, "19"), >, x_in_rtl_line (subtitle, isolated, letter));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Neither a printf directive nor a story placeholder reached the screen. */
static void
assert_no_placeholder (const char *text)
{
  g_assert_nonnull (text);
  g_assert_null (strchr (text, '%'));
  g_assert_null (strstr (text, "{day}"));
}

static void
test_partial (void)
{
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  LcMapView *map = lc_test_template_child (window, LC_TYPE_WINDOW, "map_view");
  GtkWidget *zoom_in = lc_test_template_child (map, LC_TYPE_MAP_VIEW, "zoom_in_button");
  GtkWidget *panel = lc_test_template_child (window, LC_TYPE_WINDOW, "panel");
  GtkLabel *count = lc_test_template_child (panel, LC_TYPE_STATEMENT_PANEL, "count_label");
  GtkLabel *title = lc_test_template_child (window, LC_TYPE_WINDOW, "title_label");
  GtkLabel *subtitle = lc_test_template_child (window, LC_TYPE_WINDOW, "subtitle_label");
  LcStatement *statement = lc_story_lookup_statement (story, "zakharova-agreements");

  /* Translated: the story's title and day count, a plural. */
  g_assert_cmpstr (gtk_label_get_text (title), ==,
                   translated (STORY_CONTEXT ("title"), "The Lachin Corridor blockade, December 2022"));
  g_assert_nonnull (strstr (gtk_label_get_text (subtitle), "19"));
  g_assert_null (strstr (gtk_label_get_text (subtitle), "blockade"));
  g_assert_nonnull (strstr (gtk_label_get_text (count), "10"));
  g_assert_null (strstr (gtk_label_get_text (count), "statements"));

  /* Not translated: English, as written. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (zoom_in), ==, "Zoom In");
  g_assert_null (lc_statement_get_original_text (statement));
  g_assert_nonnull (find_label (panel, lc_statement_get_text (statement)));
  g_assert_true (g_str_has_prefix (lc_statement_get_text (statement), "Zakharova said"));
  g_assert_nonnull (find_label (panel, "As Asbarez reported it, in English; the original was in Russian"));

  assert_no_placeholder (gtk_label_get_text (title));
  assert_no_placeholder (gtk_label_get_text (subtitle));
  assert_no_placeholder (gtk_label_get_text (count));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("LACHIN_CORRIDOR_LOCALEDIR");

  g_assert_nonnull (setlocale (LC_ALL, ""));
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() sets an English locale; the test wants the reader's. */
  g_assert_nonnull (setlocale (LC_ALL, ""));
  adw_init ();

  if (g_getenv ("LC_PARTIAL_LANGUAGE") != NULL)
    {
      g_test_add_func ("/ui/translations/partial", test_partial);
      return g_test_run ();
    }

  g_test_add_func ("/ui/translations/interface", test_interface);
  g_test_add_func ("/ui/translations/story", test_story);
  g_test_add_func ("/ui/translations/list-rows", test_list_rows);
  g_test_add_func ("/ui/translations/dates", test_dates);

  return g_test_run ();
}
