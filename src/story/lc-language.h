/* lc-language.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *lc_language_get_reader (void);
gboolean    lc_language_matches    (const char *tag,
                                    const char *language);
char       *lc_language_dup_name   (const char *tag);

G_END_DECLS
