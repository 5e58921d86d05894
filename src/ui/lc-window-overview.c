/* lc-window-overview.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's way into a story: its overview (#LcStoryOverview) opens
 * with a story the reader has not read it for, closes for good once read,
 * and comes back from the main menu. */

#include "config.h"

#include "lc-window-private.h"

static gboolean
overview_dismissed (LcWindow *self,
                    LcStory  *story)
{
  g_auto(GStrv) dismissed = NULL;

  if (self->settings == NULL)
    return FALSE;

  dismissed = g_settings_get_strv (self->settings, "dismissed-overviews");
  return g_strv_contains ((const char * const *) dismissed, lc_story_get_id (story));
}

static void
show_overview (LcWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->overview), TRUE);
  lc_story_overview_focus (self->overview);
}

static void
show_overview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);

  if (self->story != NULL)
    show_overview (self);
}

/* Read: it goes, and does not come back by itself for this story. */
static void
close_overview_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) dismissed = NULL;
  g_auto(GStrv) updated = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->overview), FALSE);
  gtk_widget_child_focus (GTK_WIDGET (self->timeline), GTK_DIR_TAB_FORWARD);
  if (self->settings == NULL || self->story == NULL || overview_dismissed (self, self->story))
    return;

  dismissed = g_settings_get_strv (self->settings, "dismissed-overviews");
  g_strv_builder_addv (builder, (const char **) dismissed);
  g_strv_builder_add (builder, lc_story_get_id (self->story));
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "dismissed-overviews", (const char * const *) updated);
}

/**
 * lc_window_show_overview_if_new:
 *
 * Opens the story's overview, unless the reader has read it before.
 */
void
lc_window_show_overview_if_new (LcWindow *self)
{
  if (self->story != NULL && !overview_dismissed (self, self->story))
    show_overview (self);
}

/* Called from lc_window_class_init(). */
void
lc_window_class_add_overview (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-overview", NULL, show_overview_action);
  gtk_widget_class_install_action (widget_class, "win.close-overview", NULL, close_overview_action);
}
