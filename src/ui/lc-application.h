/* lc-application.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LC_TYPE_APPLICATION (lc_application_get_type ())

G_DECLARE_FINAL_TYPE (LcApplication, lc_application, LC, APPLICATION, AdwApplication)

#define LC_BUNDLED_STORY_URI "resource://" RESOURCE_BASE "/stories/lachin-corridor-2022.lcstory"

LcApplication *lc_application_new (void);

G_END_DECLS
