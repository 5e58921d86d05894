/* lc-command-line.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GOptionEntry *lc_command_line_dup_entries (void);
gboolean      lc_command_line_run         (char **arguments,
                                           int   *exit_status);

G_END_DECLS
