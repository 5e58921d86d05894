/* lc-test-ui.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     lc_test_iterate        (guint       ms);
gpointer lc_test_template_child (gpointer    widget,
                                 GType       type,
                                 const char *name);

G_END_DECLS
