/* lc-recent-stories.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How the app signs the files it opens in the desktop's recent files. */
#define LC_RECENT_APP_NAME "Lachin Corridor"

#define LC_TYPE_RECENT_STORIES (lc_recent_stories_get_type ())

G_DECLARE_FINAL_TYPE (LcRecentStories, lc_recent_stories, LC, RECENT_STORIES, GObject)

LcRecentStories *lc_recent_stories_new      (GtkRecentManager *manager);
GMenuModel      *lc_recent_stories_get_menu (LcRecentStories  *self);
void             lc_recent_stories_add      (LcRecentStories  *self,
                                             GFile            *file);

G_END_DECLS
