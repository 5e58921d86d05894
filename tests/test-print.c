/* test-print.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Printing through GtkPrintOperation, under a virtual display: the
 * briefing exported to a PDF file by GTK's own export action, as "Print
 * to File" would, and read back with pdftotext and pdfinfo. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "lc-application.h"
#include "lc-print-operation.h"
#include "lc-test-story.h"
#include "lc-test-tmp.h"

static char *tmp_dir;

/* The bundled story as the app loads it, translated. */
static LcStory *
load_bundled (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();

  lc_story_loader_set_translation_domain (loader, GETTEXT_PACKAGE);
  return lc_test_load_bundled (loader);
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            gpointer                 user_data)
{
  *(GtkPrintOperationResult *) user_data = result;
}

/* Prints @briefing to a PDF with GTK's export action. */
static char *
export (LcBriefing *briefing,
        const char *name)
{
  g_autoptr(LcPrintOperation) operation = lc_print_operation_new (briefing);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);
  GtkPrintOperationResult result, done = GTK_PRINT_OPERATION_RESULT_ERROR;

  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), &done);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (done == GTK_PRINT_OPERATION_RESULT_APPLY);

  return path;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static void
test_export (void)
{
  g_autoptr(LcStory) story = load_bundled ();
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autofree char *path = export (briefing, "briefing.pdf");
  g_autofree char *text = run_tool ("pdftotext", path);
  g_autofree char *joined = g_strdelimit (g_strdup (text), "\n\f", ' ');
  guint n_pages = pdf_pages (path);

  g_assert_nonnull (strstr (joined, "The Lachin Corridor blockade, December 2022"));
  g_assert_nonnull (strstr (joined, "30 December 2022 · Day 19 of the blockade"));
  /* A statement's words, its speaker and its source. */
  g_assert_nonnull (strstr (joined, "aimed at unblocking transport and economic ties in the region"));
  g_assert_nonnull (strstr (joined, "Maria Zakharova, Spokesperson, Ministry of Foreign Affairs of Russia"));
  g_assert_nonnull (strstr (joined, "Source: Asbarez, “Moscow Reports No Progress on End to Artsakh Blockade”"));
  /* The legend of the map. */
  g_assert_nonnull (strstr (joined, "Corridor road, blocked"));

  /* As many pages as the briefing laid out, and a sane number. */
  g_assert_cmpuint (n_pages, ==, lc_briefing_get_n_pages (briefing));
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (n_pages, <=, 4);
  {
    g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    g_assert_nonnull (strstr (joined, footer));
  }
}

/* The page setup chosen is the one the pages are laid out on. */
static void
test_page_setup (void)
{
  g_autoptr(LcStory) story = load_bundled ();
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-30"));
  g_autoptr(LcPrintOperation) operation = lc_print_operation_new (briefing);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a5 = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "a5.pdf", NULL);
  g_autofree char *info = NULL;
  guint a4_pages;

  {
    g_autofree char *a4 = export (briefing, "a4.pdf");

    a4_pages = pdf_pages (a4);
  }

  gtk_page_setup_set_paper_size_and_default_margins (setup, a5);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", path);
  /* A5 is 148 × 210 mm; smaller pages, more of them. */
  g_assert_nonnull (strstr (info, "419.528 x 595.276 pts"));
  g_assert_cmpuint (pdf_pages (path), >, a4_pages);
}

static void
test_job_name (void)
{
  g_autoptr(LcStory) story = load_bundled ();
  g_autoptr(LcBriefing) briefing = lc_briefing_new (story, lc_test_day ("2022-12-12"));
  g_autoptr(LcPrintOperation) operation = lc_print_operation_new (briefing);
  g_autofree char *job_name = NULL;

  g_assert_true (lc_print_operation_get_briefing (operation) == briefing);
  g_object_get (operation, "job-name", &job_name, NULL);
  g_assert_cmpstr (job_name, ==, "The Lachin Corridor blockade, December 2022 — 12 December 2022 · Day 1 of the blockade");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  tmp_dir = lc_test_tmp_dir_new ("print");

  g_test_add_func ("/ui/print/export", test_export);
  g_test_add_func ("/ui/print/page-setup", test_page_setup);
  g_test_add_func ("/ui/print/job-name", test_job_name);

  status = g_test_run ();

  lc_test_tmp_dir_remove (tmp_dir);
  g_free (tmp_dir);

  return status;
}
