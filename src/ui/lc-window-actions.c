/* lc-window-actions.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's actions that reach beyond the window: printing a briefing,
 * opening the guide, the recent stories, and zoom keys that work wherever
 * the focus is. */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-help.h"
#include "lc-print-operation.h"
#include "lc-window-private.h"
#include "lc-widget-private.h"

/**
 * lc_window_dup_briefing:
 *
 * The view shown, as it would be printed: the story, the day, the part of
 * the map on screen and the choice of place names.
 *
 * Returns: (transfer full) (nullable): the briefing, or %NULL when the
 *   window shows no story
 */
LcBriefing *
lc_window_dup_briefing (LcWindow *self)
{
  LcBriefing *briefing;

  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  if (self->story == NULL)
    return NULL;

  briefing = lc_briefing_new (self->story, self->day);
  lc_briefing_set_place_names (briefing, self->names);
  lc_briefing_set_view (briefing, lc_map_view_get_viewport (self->map_view));

  return briefing;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(LcBriefing) briefing = lc_window_dup_briefing (LC_WINDOW (widget));
  g_autoptr(LcPrintOperation) operation = NULL;

  if (briefing == NULL)
    return;

  operation = lc_print_operation_new (briefing);
  lc_print_operation_run_dialog (operation, GTK_WINDOW (widget));
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  lc_help_show (GTK_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  lc_window_open_file (LC_WINDOW (widget), file);
}

/* Ctrl with plus, minus or 0 zooms the map wherever the focus is, as in
 * GNOME Maps; without Ctrl the keys work when the map has the focus.
 * Ctrl+L shows or hides the legend: on the map a letter moves to a place. */
static const struct
{
  guint       keyval;
  const char *action;
} zoom_keys[] = {
  { GDK_KEY_plus, "map.zoom-in" },
  { GDK_KEY_equal, "map.zoom-in" },
  { GDK_KEY_KP_Add, "map.zoom-in" },
  { GDK_KEY_minus, "map.zoom-out" },
  { GDK_KEY_KP_Subtract, "map.zoom-out" },
  { GDK_KEY_0, "map.reset" },
  { GDK_KEY_KP_0, "map.reset" },
  { GDK_KEY_l, "map.legend-expanded" },
};

static gboolean
zoom_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  LcWindow *self = LC_WINDOW (widget);

  if (self->story == NULL)
    return FALSE;

  return gtk_widget_activate_action_variant (GTK_WIDGET (self->map_view),
                                             g_variant_get_string (args, NULL), NULL);
}

/* Called from lc_window_class_init(). */
void
lc_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (zoom_keys); i++)
    gtk_widget_class_add_binding (widget_class, zoom_keys[i].keyval, GDK_CONTROL_MASK, zoom_cb,
                                  "s", zoom_keys[i].action);
}

/* Called from lc_window_init(): the recent stories, under the open button
 * and in the main menu. */
void
lc_window_init_actions (LcWindow *self)
{
  GMenuModel *recent;

  self->recent = lc_recent_stories_new (gtk_recent_manager_get_default ());
  recent = lc_recent_stories_get_menu (self->recent);
  adw_split_button_set_menu_model (self->open_button, recent);
  g_menu_append_section (self->recent_submenu, NULL, recent);

  /* libadwaita 1.2 gives the split button's buttons no name for screen
   * readers: its own button is named as the window's, its arrow as its
   * tooltip says. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->open_button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Open Story…"), -1);
  lc_widget_name_inner_button (GTK_WIDGET (self->open_button), GTK_TYPE_MENU_BUTTON,
                               _("Open Recent Stories"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", FALSE);
}
