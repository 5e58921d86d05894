/* lc-window-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-map-export.h"
#include "lc-map-view.h"
#include "lc-recent-stories.h"
#include "lc-statement-panel.h"
#include "lc-story-overview.h"
#include "lc-timeline.h"
#include "lc-window.h"

/*
 * Between the files of LcWindow:
 *
 *   lc-window.c         the window: its story, day and place names, which
 *                       the views bind to; the panel; the settings
 *   lc-window-open.c    opening story files: the Open dialog, a drop, a
 *                       read in a thread with a spinner, a reload when
 *                       the file changes
 *   lc-window-errors.c  a story file that cannot be read: the error page,
 *                       or a toast a file with the problems behind it
 *   lc-window-export.c  exporting the map: the file chooser, the format,
 *                       the writing in the background
 *   lc-window-actions.c printing, the guide, the recent stories and the
 *                       window-wide zoom keys
 *   lc-window-overview.c the story's overview: opened with a story not read
 *                       before, remembered once read, back from the menu
 */

G_BEGIN_DECLS

struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  LcStory              *story;
  guint32               day;
  LcPlaceNames          names;
  GFile                *file;
  GFileMonitor         *monitor;
  guint                 reload_id;
  GSettings            *settings;
  GCancellable         *export_cancellable;
  LcRecentStories      *recent;
  GHashTable           *error_toasts;   /* GFile → the AdwToast about its errors */
  GHashTable           *withdrawals;    /* AdwToast → the source that dismisses it soon */
  int                   drag_start_width;
  GCancellable         *load_cancellable; /* a story being read in a thread */
  guint32               opening_day;      /* the day a story being shown opens on, or 0 */

  AdwToastOverlay      *toast_overlay;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  AdwSplitButton       *open_button;
  GtkButton            *export_button;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;   /* the menu_button's, given when first opened */
  GtkToggleButton      *panel_button;
  GtkStack             *stack;
  AdwFlap              *flap;
  LcMapView            *map_view;
  LcStoryOverview      *overview;
  GtkWidget            *panel_handle;
  LcStatementPanel     *panel;
  LcTimeline           *timeline;
  AdwStatusPage        *error_page;
  GtkLabel             *error_label;
  GtkSpinner           *loading_spinner;
  GMenu                *recent_submenu;
};

/* lc-window.c */
void lc_window_show_story          (LcWindow       *self,
                                    LcStory        *story,
                                    gboolean        keep_place);
void lc_window_add_toast           (LcWindow       *self,
                                    const char     *message,
                                    gboolean        lasting);

/* lc-window-open.c */
void lc_window_class_add_open      (GtkWidgetClass *widget_class);
void lc_window_init_open           (LcWindow       *self);
void lc_window_dispose_open        (LcWindow       *self);

/* lc-window-errors.c */
void lc_window_init_errors         (LcWindow       *self);
void lc_window_dispose_errors      (LcWindow       *self);
char *lc_window_dup_display_name   (GFile          *file);
void lc_window_show_errors         (LcWindow       *self,
                                    GFile          *file,
                                    LcStoryLoader  *loader);
void lc_window_toast_errors        (LcWindow       *self,
                                    GFile          *file,
                                    LcStoryLoader  *loader,
                                    gboolean        reloading);
void lc_window_withdraw_errors     (LcWindow       *self,
                                    GFile          *file);

/* lc-window-overview.c */
void lc_window_class_add_overview   (GtkWidgetClass *widget_class);
void lc_window_show_overview_if_new (LcWindow       *self);

/* lc-window-actions.c */
void lc_window_class_add_actions   (GtkWidgetClass *widget_class);
void lc_window_init_actions        (LcWindow       *self);

/* lc-window-export.c */
void lc_window_class_add_export    (GtkWidgetClass *widget_class);
void lc_window_dispose_export      (LcWindow       *self);
void lc_window_export_chosen       (LcWindow       *self,
                                    GFile          *file,
                                    GtkFileFilter  *filter);
gboolean lc_window_get_exporting   (LcWindow       *self);

G_END_DECLS
