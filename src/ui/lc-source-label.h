/* lc-source-label.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lc_label_set_optional_text (GtkLabel   *label,
                                 const char *text);
void lc_label_set_sources       (GtkLabel   *label,
                                 GPtrArray  *sources,
                                 gboolean    for_note);

G_END_DECLS
