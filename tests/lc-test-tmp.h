/* lc-test-tmp.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lc_test_tmp_dir_new    (const char *name);
void  lc_test_tmp_dir_remove (const char *path);
char *lc_test_isolate_desktop (const char *name);

G_END_DECLS
