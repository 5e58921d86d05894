/* test-export.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `lachin-corridor --export` as a user runs it: no display, real files. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-test-run.h"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static guint32
read_be32 (const guchar *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
test_png (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("map.png");
  g_autofree guchar *data = NULL;
  gsize length;

  lc_test_run (&run, "--export", path, "--date", "2022-12-11", "--size", "800x500", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  g_assert_true (g_file_get_contents (path, (char **) &data, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (data + 16), ==, 800);
  g_assert_cmpuint (read_be32 (data + 20), ==, 500);
}

static void
test_svg (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("map.svg");
  g_autofree char *text = NULL;

  lc_test_run (&run, "--export", path, "--size", "1200x700", "--dark", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, "width=\"1200\""));
  g_assert_nonnull (strstr (text, "height=\"700\""));
  g_assert_nonnull (strstr (text, "</svg>"));
}

/* The text of every <text> element of an SVG, as a parser reads it. */
typedef struct
{
  gboolean   in_text;
  GString   *text;
  GPtrArray *texts;
} SvgTexts;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              data,
           GError              **error)
{
  SvgTexts *svg = data;

  if (g_str_equal (element, "text"))
    {
      svg->in_text = TRUE;
      g_string_truncate (svg->text, 0);
    }
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              data,
         GError              **error)
{
  SvgTexts *svg = data;

  if (g_str_equal (element, "text"))
    {
      svg->in_text = FALSE;
      /* The day line's parts are bidirectional isolates, invisible: the
       * words are what a reader searches for. */
      g_string_replace (svg->text, "\u2068", "", 0);  /* FIRST STRONG ISOLATE */
      g_string_replace (svg->text, "\u2069", "", 0);  /* POP DIRECTIONAL ISOLATE */
      g_ptr_array_add (svg->texts, g_strdup (svg->text->str));
    }
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              data,
          GError              **error)
{
  SvgTexts *svg = data;

  if (svg->in_text)
    g_string_append_len (svg->text, text, length);
}

static GPtrArray *
read_svg_texts (const char *path)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  SvgTexts svg = { FALSE, text, g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* The parser takes the document from its root; cairo writes an XML
   * declaration before it. */
  context = g_markup_parse_context_new (&parser, 0, &svg, NULL);
  g_markup_parse_context_parse (context, strstr (contents, "<svg"), -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  return svg.texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  return g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL);
}

/* The SVG's text is text: the labels, the title, the day, the legend and
 * the sources are <text> elements, not glyph outlines. */
static void
test_svg_has_text (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("map.svg");
  g_autoptr(GPtrArray) texts = NULL;
  const char *expected[] = {
    "The Lachin Corridor blockade, December 2022",
    "30 December 2022 · Day 19 of the blockade",
    "Stepanakert", "Khankendi", "Goris", "Lachin Corridor", "Blockade since 12\u00a0December\u00a02022",
    "ARMENIA", "AZERBAIJAN", "Corridor road, blocked", "Route until 30 August 2022",
  };
  gboolean source = FALSE;

  lc_test_run (&run, "--export", path, "--date", "2022-12-30", NULL);
  g_assert_cmpint (run.status, ==, 0);
  texts = read_svg_texts (path);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (!has_text (texts, expected[i]))
        g_test_message ("no <text> says “%s”", expected[i]);
      g_assert_true (has_text (texts, expected[i]));
    }
  for (guint i = 0; i < texts->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (texts, i), !=, "");
      /* The article the story follows comes first. */
      source |= g_str_has_prefix (g_ptr_array_index (texts, i), "Source: Asbarez, “Moscow Reports") ||
                g_str_has_prefix (g_ptr_array_index (texts, i), "Sources: Asbarez, “Moscow Reports");
    }
  g_assert_true (source);
}

/* The first day: what the day's statement makes, before it exists. */
static void
test_first_day (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("map.svg");
  g_autoptr(GPtrArray) texts = NULL;

  lc_test_run (&run, "--export", path, "--date", "2020-11-09", NULL);
  g_assert_cmpint (run.status, ==, 0);
  texts = read_svg_texts (path);
  g_assert_true (has_text (texts, "from 10\u00a0November\u00a02020"));
  g_assert_true (has_text (texts, "Not yet in place, from the date shown"));
  g_assert_true (has_text (texts, "9 November 2020"));
}

static void
test_pdf_has_text (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("map.pdf");
  g_autofree char *text = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = { "pdftotext", path, "-", NULL };

  lc_test_run (&run, "--export", path, "--date", "2022-12-30", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));

  /* The labels are real text, not outlines. */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Stepanakert"));
  g_assert_nonnull (strstr (text, "Khankendi"));
  g_assert_nonnull (strstr (text, "Lachin Corridor"));
  g_assert_nonnull (strstr (text, "30 December 2022"));
  /* It stands alone: title, day, legend, sources. */
  g_assert_nonnull (strstr (text, "The Lachin Corridor blockade, December 2022"));
  g_assert_nonnull (strstr (text, "Day 19 of the blockade"));
  g_assert_nonnull (strstr (text, "Corridor road, blocked"));
  g_assert_nonnull (strstr (text, "Sources: Asbarez"));
}

/* The text of a PDF export made with @args in @language, read back with
 * pdftotext. */
static char *
dup_exported_text (const char         *language,
                   const char         *locale,
                   const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *path = tmp_path ("region.pdf");
  g_autofree char *locale_dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "..", "po", NULL);
  g_autoptr(GSubprocess) export = NULL;
  g_autoptr(GError) error = NULL;
  const char *pdftotext[] = { "pdftotext", path, "-", NULL };
  char *text = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LC_BINARY"));
  g_ptr_array_add (argv, "--export");
  g_ptr_array_add (argv, path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", locale, TRUE);
  g_subprocess_launcher_setenv (launcher, "LACHIN_CORRIDOR_LOCALEDIR", locale_dir, TRUE);
  export = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (export, NULL, &error));
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) pdftotext, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);

  return text;
}

/* The region is named on the exported map, at every size and date, in
 * every maintained language, with each side's name under its preference. */
static void
test_pdf_names_region (void)
{
  static const struct { const char *language, *locale, *name; } languages[] = {
    { "C", "C.UTF-8", "Nagorno-Karabakh" },
    { "hy", "hy_AM.UTF-8", "Լեռնային Ղարաբաղ" },
    { "ru", "ru_RU.UTF-8", "Нагорный Карабах" },
    { "az", "az_AZ.UTF-8", "Dağlıq Qarabağ" },
  };
  static const char * const sizes[] = { "1400x900", "360x720", "1024x700" };
  static const char * const dates[] = { "2021-06-01", "2022-12-30" };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint j = 0; j < G_N_ELEMENTS (dates); j++)
      {
        const char *args[] = { "--size", sizes[i], "--date", dates[j], NULL };
        g_autofree char *text = dup_exported_text ("C", "C.UTF-8", args);

        g_test_message ("%s, %s", sizes[i], dates[j]);
        g_assert_nonnull (strstr (text, "Nagorno-Karabakh"));
      }
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const char *args[] = { "--date", "2022-12-30", NULL };
      g_autofree char *text = dup_exported_text (languages[i].language, languages[i].locale, args);

      g_test_message ("%s", languages[i].language);
      g_assert_nonnull (strstr (text, languages[i].name));
    }
  {
    const char *armenian[] = { "--names", "armenian", NULL };
    const char *azerbaijani[] = { "--names", "azerbaijani", NULL };
    g_autofree char *artsakh = dup_exported_text ("C", "C.UTF-8", armenian);
    g_autofree char *karabakh = dup_exported_text ("C", "C.UTF-8", azerbaijani);

    g_assert_nonnull (strstr (artsakh, "Artsakh"));
    g_assert_null (strstr (artsakh, "Nagorno-Karabakh"));
    g_assert_nonnull (strstr (karabakh, "Karabakh"));
    g_assert_null (strstr (karabakh, "Nagorno-Karabakh"));
  }
}

static void
test_other_story (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *path = tmp_path ("minimal.png");

  lc_test_run (&run, "--export", path, "tests/data/minimal.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_failures (void)
{
  g_autofree char *path = tmp_path ("never.png");
  g_autofree char *unwritable = g_build_filename (tmp_dir, "no-such-folder", "map.png", NULL);
  g_auto(LcTestRun) date = { 0 };
  g_auto(LcTestRun) size = { 0 };
  g_auto(LcTestRun) format = { 0 };
  g_auto(LcTestRun) folder = { 0 };
  g_auto(LcTestRun) story = { 0 };
  g_auto(LcTestRun) missing = { 0 };
  g_auto(LcTestRun) names = { 0 };
  g_auto(LcTestRun) window_option = { 0 };

  lc_test_run (&date, "--export", path, "--date", "2022-02-30", NULL);
  g_assert_cmpint (date.status, ==, 1);
  g_assert_cmpstr (date.err, ==, "“2022-02-30” is not a date: write it as 2022-12-12\n");

  lc_test_run (&size, "--export", path, "--size", "0x500", NULL);
  g_assert_cmpint (size.status, ==, 1);
  g_assert_nonnull (strstr (size.err, "“0x500” is not a size"));

  lc_test_run (&format, "--export", "map.gif", NULL);
  g_assert_cmpint (format.status, ==, 1);
  g_assert_nonnull (strstr (format.err, "must end in .png, .svg or .pdf"));

  lc_test_run (&folder, "--export", unwritable, NULL);
  g_assert_cmpint (folder.status, ==, 1);
  g_assert_nonnull (strstr (folder.err, "Cannot write"));
  g_assert_nonnull (strstr (folder.err, "No such file or directory"));

  lc_test_run (&story, "--export", path, "tests/data/article.txt", NULL);
  g_assert_cmpint (story.status, ==, 1);
  g_assert_nonnull (strstr (story.err, "tests/data/article.txt:1:1:"));

  lc_test_run (&missing, "--export", NULL);
  g_assert_cmpint (missing.status, ==, 2);

  lc_test_run (&names, "--export", path, "--names", "azeri", NULL);
  g_assert_cmpint (names.status, ==, 1);
  g_assert_cmpstr (names.err, ==,
                   "“azeri” is not a choice of names: use one of both, armenian, azerbaijani\n");

  /* An option of the window is refused, not ignored. */
  lc_test_run (&window_option, "--export", path, "--statement", "artsakh-announcement", NULL);
  g_assert_cmpint (window_option.status, ==, 2);
  g_assert_nonnull (strstr (window_option.err, "--statement cannot be used with --export"));

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static gboolean
has_temporary_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "."))
      return TRUE;

  return FALSE;
}

/* An export that fails while writing, as on a full disk, leaves the file
 * that was there as it was, and no partial file where there was none. */
static void
test_failed_write_keeps_file (void)
{
  const char *yesterday = "the map exported yesterday";
  g_autofree char *existing = tmp_path ("existing.png");
  g_autofree char *fresh = tmp_path ("fresh.png");
  g_autofree char *contents = NULL;
  g_auto(LcTestRun) replace = { 0 };
  g_auto(LcTestRun) create = { 0 };
  g_auto(LcTestRun) again = { 0 };

  g_assert_true (g_file_set_contents (existing, yesterday, -1, NULL));
  lc_test_run_file_limit (&replace, 16 * 1024, "--export", existing, NULL);
  g_assert_cmpint (replace.status, ==, 1);
  g_assert_nonnull (strstr (replace.err, "Cannot write"));
  g_assert_nonnull (strstr (replace.err, "File too large"));
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, yesterday);

  lc_test_run_file_limit (&create, 16 * 1024, "--export", fresh, NULL);
  g_assert_cmpint (create.status, ==, 1);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_false (has_temporary_files ());

  /* Given room, the export replaces the old file. */
  lc_test_run (&again, "--export", existing, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_unlink (existing);
}

static void
remove_temporary_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "."))
      {
        g_autofree char *path = tmp_path (name);

        g_unlink (path);
      }
}

/* An export killed while it draws, as when the reader logs out, leaves
 * the file that was there as it was: it writes beside it and renames. */
static void
test_killed_export_keeps_file (void)
{
  const char *yesterday = "the map exported yesterday";
  g_autofree char *existing = tmp_path ("killed.png");
  g_autofree char *contents = NULL;
  const char *binary = g_getenv ("LC_BINARY");
  const char *argv[] = { binary, "--export", existing, "--size", "6000x6000", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen = FALSE;

  g_assert_true (g_file_set_contents (existing, yesterday, -1, NULL));
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                     G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);

  /* Killed once it has begun writing, beside the file; had it finished
   * first, the file would have changed, and the test could not tell. */
  while (!seen)
    {
      GStatBuf info;

      seen = has_temporary_files ();
      g_assert_cmpint (g_stat (existing, &info), ==, 0);
      g_assert_cmpint (info.st_size, ==, strlen (yesterday));
      if (!seen)
        g_usleep (5000);
    }
  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_successful (process));

  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, yesterday);
  remove_temporary_files ();
  g_unlink (existing);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("lc-export-XXXXXX", NULL);

  g_test_add_func ("/cli/export/png", test_png);
  g_test_add_func ("/cli/export/svg", test_svg);
  g_test_add_func ("/cli/export/svg-has-text", test_svg_has_text);
  g_test_add_func ("/cli/export/first-day", test_first_day);
  g_test_add_func ("/cli/export/pdf-has-text", test_pdf_has_text);
  g_test_add_func ("/cli/export/pdf-names-region", test_pdf_names_region);
  g_test_add_func ("/cli/export/other-story", test_other_story);
  g_test_add_func ("/cli/export/failures", test_failures);
  g_test_add_func ("/cli/export/failed-write-keeps-file", test_failed_write_keeps_file);
  g_test_add_func ("/cli/export/killed-export-keeps-file", test_killed_export_keeps_file);

  status = g_test_run ();
  /* Leave nothing behind. */
  {
    const char *names[] = { "map.png", "map.svg", "map.pdf", "minimal.png" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = tmp_path (names[i]);

        g_unlink (path);
      }
    g_rmdir (tmp_dir);
  }

  return status;
}
