/* test-validate.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `lachin-corridor --validate` as a user runs it: the real binary, with no
 * display and no session bus. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-test-run.h"

static void
test_bundled_ok (void)
{
  g_auto(LcTestRun) run = { 0 };

  lc_test_run (&run, "--validate", "data/stories/lachin-corridor-2022.lcstory", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "data/stories/lachin-corridor-2022.lcstory: ok — "
                                "32 features, 10 events, 10 statements\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_invalid (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("lc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *minimal = NULL;
  g_autoptr(GString) text = NULL;

  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  text = g_string_new (minimal);
  g_string_replace (text, "\"date\": \"2022-12-27\"", "\"date\": \"2022-13-01\"", 1);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));

  lc_test_run (&run, "--validate", "tests/data/minimal.json", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "data/minimal.json: ok — 3 features, 2 events, 2 statements\n"));
  g_assert_nonnull (strstr (run.out, "bad.json: statements[1].date: expected a date like "
                                     "2022-12-12, got “2022-13-01”\n"));
  g_assert_null (strstr (run.out, "bad.json: ok"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_syntax_error (void)
{
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("lc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"lachin-corridor-story\"\n  \"version\": 1\n}", -1, NULL));
  lc_test_run (&run, "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "broken.json:3:3: expected “,” or “}”\n"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_auto(LcTestRun) run = { 0 };

  lc_test_run (&run, "--validate", "no-such-story.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "no-such-story.json: "));
}

static void
test_usage (void)
{
  g_auto(LcTestRun) none = { 0 };
  g_auto(LcTestRun) unknown = { 0 };
  g_auto(LcTestRun) other = { 0 };

  lc_test_run (&none, "--validate", NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "--validate needs at least one story file"));

  lc_test_run (&unknown, "--validate", "--strict", "tests/data/minimal.json", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "--strict"));

  /* The options of other modes are refused, not ignored. */
  lc_test_run (&other, "--validate", "--date", "2022-12-12", "tests/data/minimal.json", NULL);
  g_assert_cmpint (other.status, ==, 2);
  g_assert_nonnull (strstr (other.err, "--date cannot be used with --validate"));
}

static void
test_help_and_version (void)
{
  g_auto(LcTestRun) help = { 0 };
  g_auto(LcTestRun) version = { 0 };

  lc_test_run (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--validate"));
  g_assert_nonnull (strstr (help.out, "--version"));

  lc_test_run (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "Lachin Corridor " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate/bundled", test_bundled_ok);
  g_test_add_func ("/cli/validate/invalid", test_invalid);
  g_test_add_func ("/cli/validate/syntax-error", test_syntax_error);
  g_test_add_func ("/cli/validate/missing-file", test_missing_file);
  g_test_add_func ("/cli/validate/usage", test_usage);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);

  return g_test_run ();
}
