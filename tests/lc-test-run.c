/* lc-test-run.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <signal.h>
#include <sys/resource.h>

#include "lc-test-run.h"

void
lc_test_run_clear (LcTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static goffset file_limit;

/* In the child: files cannot grow past the limit; writing more fails with
 * EFBIG, as on a full disk, instead of killing the process. */
static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { file_limit, file_limit };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
run_argv (LcTestRun  *run,
          goffset     max_file_size,
          const char *first_arg,
          va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("LC_BINARY");
  g_autofree char *root = g_test_build_filename (G_TEST_DIST, "..", NULL);

  g_assert_nonnull (binary);
  lc_test_run_clear (run);
  g_ptr_array_add (argv, (gpointer) binary);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
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
  file_limit = max_file_size;
  if (max_file_size > 0)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("status %d\nstdout:\n%s\nstderr:\n%s", run->status, run->out, run->err);
}

/**
 * lc_test_run:
 *
 * Runs the built binary ($LC_BINARY) with the arguments, from the top of
 * the source tree, with no display and no session bus, in English.
 */
void
lc_test_run (LcTestRun  *run,
             const char *first_arg,
             ...)
{
  va_list args;

  va_start (args, first_arg);
  run_argv (run, 0, first_arg, args);
  va_end (args);
}

/**
 * lc_test_run_file_limit:
 * @max_file_size: bytes a file may grow to
 *
 * Like lc_test_run(), with writes failing past @max_file_size bytes.
 */
void
lc_test_run_file_limit (LcTestRun  *run,
                        goffset     max_file_size,
                        const char *first_arg,
                        ...)
{
  va_list args;

  va_start (args, first_arg);
  run_argv (run, max_file_size, first_arg, args);
  va_end (args);
}
