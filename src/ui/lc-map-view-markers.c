/* lc-map-view-markers.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The features on screen as focusable markers, which keyboard and screen
 * reader users move between, and the tooltips. */

#include "config.h"

#include "lc-map-marker.h"
#include "lc-map-view-private.h"

#define MARKERS_DELAY_MS 150

static void
on_marker_activate_cb (LcMapView   *self,
                       LcMapMarker *marker)
{
  lc_map_view_activate_feature (self, lc_map_marker_get_feature (marker));
}

void
lc_map_view_clear_markers (LcMapView *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->markers, i));
  g_ptr_array_set_size (self->markers, 0);
  g_array_set_size (self->marker_places, 0);
}

/* One marker per feature on screen, most important first, which is the
 * order Tab visits them in. Rebuilt when the view or the date changes. */
void
lc_map_view_update_markers (LcMapView *self)
{
  g_autoptr(GPtrArray) features = NULL;
  GtkWidget *focused = NULL;
  LcFeature *focused_feature = NULL;
  GtkWidget *previous = NULL;

  if (self->story == NULL || lc_viewport_get_width (self->viewport) == 0)
    return;

  focused = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)) ?: NULL);
  if (focused != NULL && LC_IS_MAP_MARKER (focused) &&
      gtk_widget_get_parent (focused) == GTK_WIDGET (self))
    focused_feature = lc_map_marker_get_feature (LC_MAP_MARKER (focused));

  features = lc_map_renderer_dup_features_on_screen (self->renderer, self->viewport);
  lc_map_view_clear_markers (self);
  for (guint i = 0; i < features->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (features, i);
      GtkWidget *marker = lc_map_marker_new (feature);
      g_autofree char *description =
        lc_map_renderer_describe_feature (self->renderer, feature, lc_viewport_get_day (self->viewport));
      double x, y, place[2];

      /* The anchor is found once, here, and kept as a place on the Earth,
       * so that allocating the markers while the map moves is cheap. */
      lc_map_renderer_get_anchor (self->renderer, self->viewport, feature, &x, &y);
      lc_viewport_unproject (self->viewport, x, y, &place[0], &place[1]);
      g_array_append_vals (self->marker_places, place, 2);

      lc_map_marker_set_description (LC_MAP_MARKER (marker), description);
      g_signal_connect_object (marker, "activate", G_CALLBACK (on_marker_activate_cb), self,
                               G_CONNECT_SWAPPED);
      /* After the controls, in rank order. */
      gtk_widget_insert_after (marker, GTK_WIDGET (self), previous != NULL ? previous : self->controls);
      previous = marker;
      g_ptr_array_add (self->markers, marker);
      if (feature == focused_feature)
        gtk_widget_grab_focus (marker);
    }
}

static gboolean
markers_timeout_cb (gpointer user_data)
{
  LcMapView *self = user_data;

  self->markers_timeout_id = 0;
  lc_map_view_update_markers (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Which features are on screen changes while the view moves; the set of
 * markers is rebuilt once it settles, not on every frame. */
void
lc_map_view_queue_markers (LcMapView *self)
{
  g_clear_handle_id (&self->markers_timeout_id, g_source_remove);
  self->markers_timeout_id = g_timeout_add (MARKERS_DELAY_MS, markers_timeout_cb, self);
}

/* Each marker over its feature's anchor, wherever the view has moved. */
void
lc_map_view_allocate_markers (LcMapView *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      LcMapMarker *marker = g_ptr_array_index (self->markers, i);
      GtkRequisition size;
      double x, y;

      gtk_widget_get_preferred_size (GTK_WIDGET (marker), NULL, &size);
      lc_viewport_project (self->viewport, g_array_index (self->marker_places, double, 2 * i),
                           g_array_index (self->marker_places, double, 2 * i + 1), &x, &y);
      gtk_widget_size_allocate (GTK_WIDGET (marker),
                                &(GtkAllocation) { x - size.width / 2, y - size.height / 2,
                                                   size.width, size.height }, -1);
    }
}

/* Arrow keys on a marker move between markers instead of panning. */
static void
focus_marker_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  int step = g_variant_get_int32 (parameter);
  guint index;

  if (self->markers->len == 0)
    return;
  if (focus == NULL || !g_ptr_array_find (self->markers, focus, &index))
    index = step > 0 ? self->markers->len - 1 : 0;
  gtk_widget_grab_focus (g_ptr_array_index (self->markers,
                                            (index + self->markers->len + step) % self->markers->len));
}

/* The feature's names, with the other side's, then its kind and state at
 * the date shown: plain text, never markup. */
static char *
tooltip_text (LcMapView *self,
              LcFeature *feature)
{
  guint32 day = lc_viewport_get_day (self->viewport);
  g_autofree char *names = lc_feature_dup_display_name (feature, LC_PLACE_NAMES_BOTH);
  g_autofree char *description = lc_map_renderer_describe_feature (self->renderer, feature, day);

  /* The description starts with the name in the chosen side's form. */
  if (lc_map_renderer_get_place_names (self->renderer) == LC_PLACE_NAMES_BOTH)
    return g_steal_pointer (&description);

  return g_strdup_printf ("%s\n%s", description, names);
}

gboolean
lc_map_view_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  LcFeature *feature;
  g_autofree char *text = NULL;

  if (self->story == NULL || keyboard)
    return FALSE;

  feature = lc_map_renderer_hit_test (self->renderer, self->viewport, x, y);
  if (feature == NULL)
    return FALSE;

  text = tooltip_text (self, feature);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* On a marker, arrows step between markers rather than pan. */
static gboolean
on_key_pressed_cb (LcMapView             *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int step = 0;

  if (focus == NULL || !LC_IS_MAP_MARKER (focus))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      step = 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      step = -1;
      break;
    case GDK_KEY_Escape:
      gtk_widget_grab_focus (GTK_WIDGET (self));
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "map.focus-marker", "i", step);
  return GDK_EVENT_STOP;
}

void
lc_map_view_class_add_markers (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.focus-marker", "i", focus_marker_action);
}

void
lc_map_view_add_marker_controllers (LcMapView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}
