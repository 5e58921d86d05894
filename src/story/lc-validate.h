/* lc-validate.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LcValidateStatus:
 * @LC_VALIDATE_OK: every file is a valid story
 * @LC_VALIDATE_INVALID: at least one file is not
 * @LC_VALIDATE_USAGE: the command line was wrong
 *
 * The exit statuses of `lachin-corridor --validate`.
 */
typedef enum
{
  LC_VALIDATE_OK = 0,
  LC_VALIDATE_INVALID = 1,
  LC_VALIDATE_USAGE = 2,
} LcValidateStatus;

LcValidateStatus lc_validate_files (const char * const *paths,
                                    GString            *out);

G_END_DECLS
