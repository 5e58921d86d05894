/* lc-map-marker.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-widget-private.h"
#include "lc-map-marker.h"

/**
 * LcMapMarker:
 *
 * An invisible stand-in for one feature on the map, placed at its
 * anchor. The map view makes one marker at a time focusable, so that the
 * map is one Tab stop, and moves the focus between markers with the arrow
 * keys; each is announced with the feature's name, kind and state, and
 * shows a focus ring (style.css) when focused from the keyboard.
 * Activating it selects the feature; the selected marker says so, and
 * what the selection showed, in its accessible description.
 */
struct _LcMapMarker
{
  GtkWidget  parent_instance;
  LcFeature *feature;
};

G_DEFINE_FINAL_TYPE (LcMapMarker, lc_map_marker, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define MARKER_SIZE 28

static void
lc_map_marker_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = MARKER_SIZE;
}

static void
lc_map_marker_dispose (GObject *object)
{
  LcMapMarker *self = (LcMapMarker *)object;

  g_clear_object (&self->feature);

  G_OBJECT_CLASS (lc_map_marker_parent_class)->dispose (object);
}

static void
lc_map_marker_class_init (LcMapMarkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_map_marker_dispose;
  widget_class->measure = lc_map_marker_measure;

  /**
   * LcMapMarker::activate:
   *
   * Emitted when the marker is activated with Enter or Space.
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  {
    static const guint keys[] = { GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter,
                                  GDK_KEY_space, GDK_KEY_KP_Space };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      gtk_widget_class_add_binding_signal (widget_class, keys[i], 0, "activate", NULL);
  }
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_set_css_name (widget_class, "mapmarker");
}

static void
lc_map_marker_init (LcMapMarker *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "accent");
}

/**
 * lc_map_marker_new:
 *
 * Returns: (transfer full): a marker standing for @feature
 */
GtkWidget *
lc_map_marker_new (LcFeature *feature)
{
  LcMapMarker *self = g_object_new (LC_TYPE_MAP_MARKER, NULL);

  self->feature = g_object_ref (feature);

  return GTK_WIDGET (self);
}

/**
 * lc_map_marker_get_feature:
 *
 * Returns: (transfer none): the feature
 */
LcFeature *
lc_map_marker_get_feature (LcMapMarker *self)
{
  g_return_val_if_fail (LC_IS_MAP_MARKER (self), NULL);

  return self->feature;
}

/**
 * lc_map_marker_set_description:
 *
 * Sets what a screen reader says of the marker, and its tooltip.
 */
void
lc_map_marker_set_description (LcMapMarker *self,
                               const char  *description)
{
  g_return_if_fail (LC_IS_MAP_MARKER (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  lc_widget_set_tooltip (GTK_WIDGET (self), description);
}

/**
 * lc_map_marker_set_selected:
 * @note: (nullable): what selecting it did, said after its name
 *
 * Marks the marker selected, or not, for screen readers. A screen reader
 * reads a change of the focused marker's description as it happens, so
 * @note is how the map announces what a selection showed.
 */
void
lc_map_marker_set_selected (LcMapMarker *self,
                            gboolean     selected,
                            const char  *note)
{
  g_return_if_fail (LC_IS_MAP_MARKER (self));

  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
  if (selected && note != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    note, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
