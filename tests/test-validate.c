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

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_binary (Run         *run,
            const char  *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("LC_BINARY");
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "..", NULL);
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  /* Paths are given relative to the source tree, as a user in it would. */
  g_subprocess_launcher_set_cwd (launcher, root);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("status %d\nstdout:\n%s\nstderr:\n%s", run->status, run->out, run->err);
}

static void
test_bundled_ok (void)
{
  g_auto(Run) run = { 0 };

  run_binary (&run, "--validate", "data/stories/lachin-corridor-2022.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "data/stories/lachin-corridor-2022.json: ok — "
                                "28 features, 7 events, 10 statements\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_invalid (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("lc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *minimal = NULL;
  g_autoptr(GString) text = NULL;

  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  text = g_string_new (minimal);
  g_string_replace (text, "\"date\": \"2022-12-27\"", "\"date\": \"2022-13-01\"", 1);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));

  run_binary (&run, "--validate", "tests/data/minimal.json", path, NULL);
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
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("lc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"lachin-corridor-story\"\n  \"version\": 1\n}", -1, NULL));
  run_binary (&run, "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "broken.json:3:3: expected “,” or “}”\n"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_auto(Run) run = { 0 };

  run_binary (&run, "--validate", "no-such-story.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "no-such-story.json: "));
}

static void
test_usage (void)
{
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };

  run_binary (&none, "--validate", NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "--validate needs at least one story file"));

  run_binary (&unknown, "--validate", "--strict", "tests/data/minimal.json", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "--strict"));
}

static void
test_help_and_version (void)
{
  g_auto(Run) help = { 0 };
  g_auto(Run) version = { 0 };

  run_binary (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--validate"));
  g_assert_nonnull (strstr (help.out, "--version"));

  run_binary (&version, "--version", NULL);
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
