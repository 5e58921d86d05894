/* lc-json-scan.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _lc_json_scan (const char  *data,
                        gsize        length,
                        guint        max_depth,
                        guint       *line,
                        guint       *column,
                        char       **message);

G_END_DECLS
