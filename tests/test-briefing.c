/* test-briefing.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The printed briefing's layout, drawn into PDF files with cairo and read
 * back with pdftotext: what is on which page, and that nothing is lost or
 * printed twice across a page break. */

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "lc-briefing.h"
#include "lc-map-renderer.h"
#include "lc-test-story.h"
#include "lc-test-tmp.h"

/* A4 in points, less 2.5 cm margins on each side. */
#define A4_WIDTH   (595.0 - 2 * 36.0)
#define A4_HEIGHT  (842.0 - 2 * 36.0)

static char *tmp_dir;

static LcStory *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  LcStory *story = lc_story_loader_load_file (loader, file, NULL, NULL, &error);

  g_assert_no_error (error);
  return story;
}

/* Paginates and draws every page into a PDF; returns its text, pages
 * separated by form feeds as pdftotext gives them. */
static char *
print_to_text (LcBriefing *briefing,
               double      width,
               double      height,
               guint      *n_pages)
{
  g_autofree char *path = g_build_filename (tmp_dir, "briefing.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width + 72, height + 72);
  cairo_t *cr = cairo_create (surface);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  *n_pages = lc_briefing_paginate (briefing, cr, width, height);
  g_assert_cmpuint (*n_pages, ==, lc_briefing_get_n_pages (briefing));
  for (guint i = 0; i < *n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, 36, 36);
      lc_briefing_draw_page (briefing, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return text;
}

/* The text of one page, from 0, with its lines joined by spaces so that
 * phrases can be found across a wrap. */
static char *
page_text (const char *text,
           guint       page)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  g_assert_cmpuint (page, <, g_strv_length (pages));
  return g_strdelimit (g_strdup (pages[page]), "\n", ' ');
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_bundled (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *all = NULL;
  guint n_pages;

  text = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  /* Ten statements and a map: more than one page, not many. */
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (n_pages, <=, 4);
  g_assert_cmpuint (count (text, "\f"), ==, n_pages);

  first = page_text (text, 0);
  g_assert_nonnull (strstr (first, "The Lachin Corridor blockade, December 2022"));
  g_assert_nonnull (strstr (first, "30 December 2022 · Day 19 of the blockade"));
  g_assert_nonnull (strstr (first, "Statements up to 30 December 2022"));
  /* The map and its legend, as text. */
  g_assert_nonnull (strstr (first, "Stepanakert"));
  g_assert_nonnull (strstr (first, "Corridor road, blocked"));
  g_assert_nonnull (strstr (first, "Page 1 of"));

  all = g_strdelimit (g_strdup (text), "\n\f", ' ');
  g_assert_nonnull (strstr (all, "Maria Zakharova, Spokesperson, Ministry of Foreign Affairs of Russia"));
  g_assert_nonnull (strstr (all, "“the movement of citizens, vehicles and cargo in both directions.”"));
  g_assert_nonnull (strstr (all, "30 December 2022 · Quote"));
  g_assert_nonnull (strstr (all, "Source: Asbarez, “Moscow Reports No Progress on End to Artsakh Blockade”"));
  /* Each statement once: the ten quoted by the article. */
  g_assert_cmpuint (count (all, "Source: Asbarez"), ==, 10);
}

static void
test_before_statements (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2020-11-09"));
  g_autofree char *text = NULL;
  guint n_pages;

  text = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_nonnull (strstr (text, "9 November 2020"));
  g_assert_nonnull (strstr (text, "Nothing was said up to this date in this story."));
  g_assert_null (strstr (text, "Source:"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

/* A story of @n statements of @words words each, written to a file. */
static LcStory *
long_story (guint n,
            guint words)
{
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *minimal = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "long.json", NULL);
  g_autoptr(GString) statements = g_string_new ("\"statements\": [");
  g_autoptr(GString) text = NULL;
  const char *start;

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (statements,
                              "%s{ \"id\": \"s%u\", \"date\": \"2022-12-%02u\", \"actor\": \"zakharova\", "
                              "\"kind\": \"paraphrase\", \"source\": \"asbarez\", \"text\": \"Statement%u",
                              i > 0 ? ", " : "", i, 1 + i % 20, i);
      for (guint w = 0; w < words; w++)
        g_string_append_printf (statements, " word%u", w);
      g_string_append (statements, " end.\" }");
    }

  start = strstr (minimal, "\"statements\": [");
  g_assert_nonnull (start);
  text = g_string_new_len (minimal, start - minimal);
  g_string_append (text, statements->str);
  g_string_append (text, "]\n}\n");
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));

  return load (path);
}

static void
test_pagination (void)
{
  g_autoptr(LcStory) story = long_story (40, 60);
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages;

  text = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_cmpuint (n_pages, >=, 4);

  /* Every statement starts once and ends once, whatever the breaks. */
  all = g_strdelimit (g_strdup (text), "\n\f", ' ');
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *first_word = g_strdup_printf ("Statement%u word0 ", i);

      g_assert_cmpuint (count (all, first_word), ==, 1);
    }
  g_assert_cmpuint (count (all, "word59 end."), ==, 40);
  g_assert_cmpuint (count (all, "Maria Zakharova, Spokesperson"), ==, 40);

  last_page = page_text (text, n_pages - 1);
  {
    g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    g_assert_nonnull (strstr (last_page, footer));
  }
}

static void
test_statement_longer_than_a_page (void)
{
  g_autoptr(LcStory) story = long_story (2, 900);
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  guint n_pages;

  /* A6: each statement is longer than a page. */
  text = print_to_text (briefing, 298 - 72, 420 - 72, &n_pages);
  g_assert_cmpuint (n_pages, >=, 5);
  all = g_strdelimit (g_strdup (text), "\n\f", ' ');
  for (guint w = 0; w < 900; w += 7)
    {
      g_autofree char *word = g_strdup_printf (" word%u ", w);

      g_assert_cmpuint (count (all, word), ==, 2);
    }
}

static void
test_place_names (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autofree char *both = NULL;
  g_autofree char *armenian = NULL;
  guint n_pages;

  both = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_nonnull (strstr (both, "Khankendi"));

  lc_briefing_set_place_names (briefing, LC_PLACE_NAMES_ARMENIAN);
  armenian = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_nonnull (strstr (armenian, "Stepanakert"));
  g_assert_null (strstr (armenian, "Khankendi"));
}

static void
test_view (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autoptr(LcViewport) view = lc_viewport_new ();
  g_autoptr(LcMapRenderer) renderer = lc_map_renderer_new (story);
  g_autofree char *whole = NULL;
  g_autofree char *close = NULL;
  guint n_pages;

  whole = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_nonnull (strstr (whole, "Goris"));

  /* A window zoomed in on Stepanakert prints that part of the map. */
  lc_viewport_set_size (view, 800, 600);
  lc_map_renderer_reset_view (renderer, view);
  lc_viewport_set_center (view, 46.752, 39.815);
  lc_viewport_set_zoom (view, lc_viewport_get_zoom (view) + 2);
  lc_briefing_set_view (briefing, view);
  close = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_nonnull (strstr (close, "Stepanakert"));
  g_assert_null (strstr (close, "Goris"));
}

static void
test_text_not_markup (void)
{
  g_autoptr(LcStory) story = NULL;
  g_autoptr(LcBriefing) briefing = NULL;
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "markup.json", NULL);
  g_autofree char *minimal = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) json = NULL;
  guint n_pages;

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  json = g_string_new (minimal);
  g_assert_cmpuint (g_string_replace (json, "\"text\": \"Words.\"",
                                      "\"text\": \"<b>Bold</b> &amp; <i>x\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (json, "\"Maria Zakharova\"", "\"M <span>Z\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));
  story = load (path);
  briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));

  text = print_to_text (briefing, A4_WIDTH, A4_HEIGHT, &n_pages);
  g_assert_nonnull (strstr (text, "<b>Bold</b> &amp; <i>x"));
  g_assert_nonnull (strstr (text, "M <span>Z, Spokesperson"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = lc_test_tmp_dir_new ("briefing");

  g_test_add_func ("/map/briefing/bundled", test_bundled);
  g_test_add_func ("/map/briefing/before-statements", test_before_statements);
  g_test_add_func ("/map/briefing/pagination", test_pagination);
  g_test_add_func ("/map/briefing/statement-longer-than-a-page", test_statement_longer_than_a_page);
  g_test_add_func ("/map/briefing/place-names", test_place_names);
  g_test_add_func ("/map/briefing/view", test_view);
  g_test_add_func ("/map/briefing/text-not-markup", test_text_not_markup);

  status = g_test_run ();

  lc_test_tmp_dir_remove (tmp_dir);
  g_free (tmp_dir);

  return status;
}
