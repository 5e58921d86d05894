/* lc-initials.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv lc_initials_assign (const char * const *names,
                          guint               n_names);

G_END_DECLS
