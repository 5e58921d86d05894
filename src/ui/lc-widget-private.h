/* lc-widget-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* For dispose: gtk_widget_dispose_template() leaves the template's
 * unbound children, and any added later, parented. */
static inline void
lc_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/* The first widget of @type inside @widget, depth first. */
static inline GtkWidget *
lc_widget_find_descendant (GtkWidget *widget,
                           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type)
                         ? child : lc_widget_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline void
lc_widget_unset_focusable_descendants (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_focusable (child, FALSE);
      lc_widget_unset_focusable_descendants (child);
    }
}

/* GTK 4.8's GtkDropDown and libadwaita 1.2's AdwSplitButton leave the
 * button inside them (a @type) without a name, so screen readers read out
 * its class, "GtkToggleButton": it gets @label. What is inside a drop-down's
 * button (its item) is not a focus stop of its own; a menu button's inner
 * button takes its name and keeps the focus. */
static inline void
lc_widget_name_inner_button (GtkWidget  *widget,
                             GType       type,
                             const char *label)
{
  GtkWidget *button = lc_widget_find_descendant (widget, type);

  g_return_if_fail (button != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (!GTK_IS_MENU_BUTTON (button))
    lc_widget_unset_focusable_descendants (button);
}

/* A tooltip kept on the widget and handed over when GTK asks for it
 * (GtkWidget::query-tooltip). GTK 4.8's gtk_widget_set_tooltip_text()
 * asks the display server where the pointer is each time it is called on
 * a visible widget, a round trip per call: rows, chips and markers bound
 * on every timeline step waited that many times on the X server. */
static inline gboolean
lc_widget_query_tooltip_cb (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip,
                            gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "lc-tooltip");

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Sets @widget's tooltip to @text (%NULL or empty for none). */
static inline void
lc_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  GObject *object = G_OBJECT (widget);

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (g_object_get_data (object, "lc-tooltip"), text) == 0)
    return;

  if (g_object_get_data (object, "lc-tooltip-handler") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (lc_widget_query_tooltip_cb), NULL);
      g_object_set_data (object, "lc-tooltip-handler", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (object, "lc-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

/* The text lc_widget_set_tooltip() set, or %NULL. */
static inline const char *
lc_widget_get_tooltip (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "lc-tooltip");
}

G_END_DECLS
