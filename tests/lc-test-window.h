/* lc-test-window.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-window.h"

G_BEGIN_DECLS

LcWindow *lc_test_open_window  (GFile    *file,
                                int       width,
                                int       height,
                                gboolean *loaded);
LcWindow *lc_test_open_bundled (int       width,
                                int       height);
guint     lc_test_count_shown  (LcWindow *window,
                                GType     type);
void      lc_test_wait_for_load (LcWindow *window);

G_END_DECLS
