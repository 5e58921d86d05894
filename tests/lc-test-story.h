/* lc-test-story.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-story-loader.h"

G_BEGIN_DECLS

LcStory *lc_test_load_story   (LcStoryLoader *loader,
                               const char    *first_element,
                               ...) G_GNUC_NULL_TERMINATED;
LcStory *lc_test_load_bundled (LcStoryLoader *loader);
guint32  lc_test_day          (const char    *iso);

G_END_DECLS
