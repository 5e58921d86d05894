/* lc-test-run.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The outcome of running lachin-corridor as a user would. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} LcTestRun;

void lc_test_run_clear      (LcTestRun  *run);
void lc_test_run            (LcTestRun  *run,
                             const char *first_arg,
                             ...) G_GNUC_NULL_TERMINATED;
void lc_test_run_file_limit (LcTestRun  *run,
                             goffset     max_file_size,
                             const char *first_arg,
                             ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcTestRun, lc_test_run_clear)

G_END_DECLS
