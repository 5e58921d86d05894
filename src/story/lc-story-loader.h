/* lc-story-loader.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-diagnostic.h"
#include "lc-story.h"

G_BEGIN_DECLS

#define LC_STORY_ERROR (lc_story_error_quark ())

/**
 * LcStoryError:
 * @LC_STORY_ERROR_FILE: the file cannot be read: missing, not a regular
 *   file, or too large
 * @LC_STORY_ERROR_SYNTAX: the file is not well-formed JSON in UTF-8
 * @LC_STORY_ERROR_INVALID: the JSON is not a valid story
 * @LC_STORY_ERROR_VERSION: the story needs a newer Lachin Corridor
 */
typedef enum
{
  LC_STORY_ERROR_FILE,
  LC_STORY_ERROR_SYNTAX,
  LC_STORY_ERROR_INVALID,
  LC_STORY_ERROR_VERSION,
} LcStoryError;

/* The story format this version reads. */
#define LC_STORY_FORMAT_NAME    "lachin-corridor-story"
#define LC_STORY_FORMAT_VERSION 2

/* Limits that keep a hostile file from taking the machine down
 * (docs/story-format.md, "Limits"). The memory is the parser's estimate of
 * the JSON nodes and packed coordinates of one collection item, or of the
 * rest of the file, checked as it reads. */
#define LC_STORY_MAX_FILE_SIZE  (64 * 1024 * 1024)
#define LC_STORY_MAX_DEPTH      32
#define LC_STORY_MAX_ITEMS      100000
#define LC_STORY_MAX_POINTS     2000000
#define LC_STORY_MAX_LIST       256
#define LC_STORY_MAX_TEXT       (64 * 1024)
#define LC_STORY_MAX_ERRORS     50
#define LC_STORY_MAX_MEMORY     ((gsize) 128 * 1024 * 1024)

#define LC_TYPE_STORY_LOADER (lc_story_loader_get_type ())

G_DECLARE_FINAL_TYPE (LcStoryLoader, lc_story_loader, LC, STORY_LOADER, GObject)

GQuark         lc_story_error_quark             (void);
LcStoryLoader *lc_story_loader_new              (void);
LcStory       *lc_story_loader_load_file        (LcStoryLoader  *self,
                                                 GFile          *file,
                                                 const char     *display_name,
                                                 GCancellable   *cancellable,
                                                 GError        **error);
LcStory       *lc_story_loader_load_bytes       (LcStoryLoader  *self,
                                                 GBytes         *bytes,
                                                 const char     *display_name,
                                                 GError        **error);
void           lc_story_loader_set_translation_domain (LcStoryLoader *self,
                                                       const char    *domain);
GListModel    *lc_story_loader_get_diagnostics  (LcStoryLoader  *self);
guint          lc_story_loader_get_n_errors     (LcStoryLoader  *self);
guint          lc_story_loader_get_n_warnings   (LcStoryLoader  *self);

G_END_DECLS
