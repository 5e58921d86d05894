/* lc-map-view.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lc-widget-private.h"
#include "lc-map-marker.h"
#include "lc-map-view.h"

/**
 * LcMapView:
 *
 * The interactive map. It owns the gestures, the animation and the
 * accessibility of the map; the viewport holds the state and the renderer
 * draws. Drag to pan (with momentum), scroll or pinch to zoom around the
 * pointer, double-click to zoom in; arrow keys pan, plus and minus zoom,
 * 0 resets. Tab moves keyboard focus between the features on screen,
 * each a marker that screen readers announce.
 */
struct _LcMapView
{
  GtkWidget      parent_instance;

  LcStory       *story;
  LcMapRenderer *renderer;
  LcViewport    *viewport;
  LcFeature     *selected;
  LcPlaceNames   names;

  GtkWidget     *controls;
  GtkWidget     *zoom_in_button;
  GtkWidget     *zoom_out_button;
  GtkWidget     *reset_button;
  GPtrArray     *markers;
  GArray        *marker_places; /* longitude, latitude of each marker's anchor */

  /* Dragging and momentum */
  double         drag_last_x;
  double         drag_last_y;
  gint64         drag_last_time;
  double         velocity_x;
  double         velocity_y;
  guint          kinetic_id;
  gint64         kinetic_last_time;

  /* Flying */
  guint          fly_id;
  gint64         fly_start;
  double         fly_from[3];
  double         fly_to[3];

  guint          markers_timeout_id;
  double         pinch_last_scale;
  double         pointer_x;
  double         pointer_y;
  gboolean       needs_reset;
};

G_DEFINE_FINAL_TYPE (LcMapView, lc_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORY,
  PROP_SELECTED_FEATURE,
  PROP_DAY,
  N_PROPS
};

enum {
  FEATURE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define PAN_STEP          80.0   /* pixels per arrow key */
#define ZOOM_STEP         0.5    /* zoom steps per key, button or wheel notch */
#define FLY_DURATION_US   (700 * G_TIME_SPAN_MILLISECOND)
#define KINETIC_FRICTION  4.0    /* per second: velocity decays as e^(-friction·t) */
#define KINETIC_MIN_SPEED 30.0   /* pixels per second below which motion stops */
#define FLY_PADDING       80.0
#define FLY_MAX_ZOOM      5.5
#define MARKERS_DELAY_MS  150

static gboolean
animations_enabled (LcMapView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

static void
stop_motion (LcMapView *self)
{
  if (self->kinetic_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
      self->kinetic_id = 0;
    }
  if (self->fly_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fly_id);
      self->fly_id = 0;
    }
}

/* Markers */

static void
on_marker_activate_cb (LcMapView   *self,
                       LcMapMarker *marker)
{
  lc_map_view_set_selected_feature (self, lc_map_marker_get_feature (marker));
  g_signal_emit (self, signals[FEATURE_ACTIVATED], 0, lc_map_marker_get_feature (marker));
}

static void
clear_markers (LcMapView *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->markers, i));
  g_ptr_array_set_size (self->markers, 0);
  g_array_set_size (self->marker_places, 0);
}

/* One marker per feature on screen, most important first, which is the
 * order Tab visits them in. Rebuilt when the view or the date changes. */
static void
update_markers (LcMapView *self)
{
  g_autoptr(GPtrArray) features = NULL;
  GtkWidget *focused = NULL;
  LcFeature *focused_feature = NULL;
  GtkWidget *previous = NULL;

  if (self->story == NULL || lc_viewport_get_width (self->viewport) == 0)
    return;

  focused = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)) ?: NULL);
  if (focused != NULL && LC_IS_MAP_MARKER (focused) && gtk_widget_get_parent (focused) == GTK_WIDGET (self))
    focused_feature = lc_map_marker_get_feature (LC_MAP_MARKER (focused));

  features = lc_map_renderer_dup_features_on_screen (self->renderer, self->viewport);
  clear_markers (self);
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
  update_markers (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Which features are on screen changes while the view moves; the set of
 * markers is rebuilt once it settles, not on every frame. */
static void
queue_update (LcMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_clear_handle_id (&self->markers_timeout_id, g_source_remove);
  self->markers_timeout_id = g_timeout_add (MARKERS_DELAY_MS, markers_timeout_cb, self);
}

/* Actions */

static void
zoom_by (LcMapView *self,
         double     delta)
{
  stop_motion (self);
  lc_viewport_zoom_at (self->viewport, delta, lc_viewport_get_width (self->viewport) / 2.0,
                       lc_viewport_get_height (self->viewport) / 2.0);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zoom_by (LC_MAP_VIEW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zoom_by (LC_MAP_VIEW (widget), -ZOOM_STEP);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  lc_map_view_reset (LC_MAP_VIEW (widget));
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  stop_motion (self);
  lc_viewport_pan_by (self->viewport, dx, dy);
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

/* Gestures */

static void
on_drag_begin_cb (LcMapView      *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *gesture)
{
  stop_motion (self);
  self->drag_last_x = 0;
  self->drag_last_y = 0;
  self->drag_last_time = g_get_monotonic_time ();
  self->velocity_x = self->velocity_y = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_drag_update_cb (LcMapView      *self,
                   double          offset_x,
                   double          offset_y,
                   GtkGestureDrag *gesture)
{
  gint64 now = g_get_monotonic_time ();
  double dx = offset_x - self->drag_last_x, dy = offset_y - self->drag_last_y;
  double dt = MAX (now - self->drag_last_time, 1) / (double) G_USEC_PER_SEC;

  /* Smoothed velocity, for the momentum after release. */
  self->velocity_x = 0.7 * (dx / dt) + 0.3 * self->velocity_x;
  self->velocity_y = 0.7 * (dy / dt) + 0.3 * self->velocity_y;
  self->drag_last_x = offset_x;
  self->drag_last_y = offset_y;
  self->drag_last_time = now;

  lc_viewport_pan_by (self->viewport, dx, dy);
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last_time) / (double) G_USEC_PER_SEC;
  double decay = exp (-KINETIC_FRICTION * dt);

  self->kinetic_last_time = now;
  lc_viewport_pan_by (self->viewport, self->velocity_x * dt, self->velocity_y * dt);
  self->velocity_x *= decay;
  self->velocity_y *= decay;

  if (hypot (self->velocity_x, self->velocity_y) < KINETIC_MIN_SPEED)
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
on_drag_end_cb (LcMapView      *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  gint64 idle = g_get_monotonic_time () - self->drag_last_time;

  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);

  /* A release after holding still throws nothing. */
  if (idle > 100 * G_TIME_SPAN_MILLISECOND || !animations_enabled (self) ||
      hypot (self->velocity_x, self->velocity_y) < KINETIC_MIN_SPEED * 4)
    return;

  self->kinetic_last_time = g_get_monotonic_time ();
  self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb, NULL, NULL);
}

static gboolean
on_scroll_cb (LcMapView                *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double x = lc_viewport_get_width (self->viewport) / 2.0;
  double y = lc_viewport_get_height (self->viewport) / 2.0;
  double delta;

  if (event != NULL && gdk_event_get_position (event, &x, &y))
    {
      double wx, wy;

      /* Event positions are in the surface's coordinates. */
      if (gtk_widget_translate_coordinates (GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (self))),
                                            GTK_WIDGET (self), x, y, &wx, &wy))
        {
          x = wx;
          y = wy;
        }
    }
  else if (self->pointer_x >= 0)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }

  /* A wheel notch is 1; touchpads scroll in small smooth steps. */
  delta = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL
          ? -dy * ZOOM_STEP : -dy * 0.02;
  stop_motion (self);
  lc_viewport_zoom_at (self->viewport, delta, x, y);

  return GDK_EVENT_STOP;
}

static void
on_pinch_begin_cb (LcMapView      *self,
                   GdkEventSequence *sequence,
                   GtkGestureZoom *gesture)
{
  stop_motion (self);
  self->pinch_last_scale = 1.0;
}

static void
on_pinch_scale_changed_cb (LcMapView      *self,
                           double          scale,
                           GtkGestureZoom *gesture)
{
  double x, y;

  if (scale <= 0 || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  lc_viewport_zoom_at (self->viewport, log2 (scale / self->pinch_last_scale), x, y);
  self->pinch_last_scale = scale;
}

static void
on_click_released_cb (LcMapView       *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  LcFeature *feature;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (n_press == 2)
    {
      /* Zoom in around the double-clicked place. */
      stop_motion (self);
      lc_viewport_zoom_at (self->viewport, 1.0, x, y);
      return;
    }

  feature = lc_map_renderer_hit_test (self->renderer, self->viewport, x, y);
  lc_map_view_set_selected_feature (self, feature);
  if (feature != NULL)
    g_signal_emit (self, signals[FEATURE_ACTIVATED], 0, feature);
}

static void
on_motion_cb (LcMapView                *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  LcFeature *feature;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->story == NULL)
    return;

  feature = lc_map_renderer_hit_test (self->renderer, self->viewport, x, y);
  if (feature != lc_map_renderer_get_hovered (self->renderer))
    {
      lc_map_renderer_set_hovered (self->renderer, feature);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), feature != NULL ? "pointer" : NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave_cb (LcMapView                *self,
             GtkEventControllerMotion *controller)
{
  self->pointer_x = self->pointer_y = -1;
  if (self->renderer != NULL && lc_map_renderer_get_hovered (self->renderer) != NULL)
    {
      lc_map_renderer_set_hovered (self->renderer, NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
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

static gboolean
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

/* Drawing and layout */

static void
lc_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (self->story != NULL && width > 0 && height > 0)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      lc_map_renderer_draw (self->renderer, cr, self->viewport);
      cairo_destroy (cr);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
lc_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  int child_min, child_nat;

  gtk_widget_measure (self->controls, orientation, -1, &child_min, &child_nat, NULL, NULL);
  *minimum = child_min + 12;
  *natural = MAX (child_nat, orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600);
}

static void
lc_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  GtkRequisition controls;

  lc_viewport_set_size (self->viewport, width, height);
  if (self->needs_reset && self->story != NULL && width > 0 && height > 0)
    {
      self->needs_reset = FALSE;
      lc_map_renderer_reset_view (self->renderer, self->viewport);
    }

  gtk_widget_get_preferred_size (self->controls, NULL, &controls);
  gtk_widget_size_allocate (self->controls,
                            &(GtkAllocation) { 12, 12, controls.width, controls.height }, -1);

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

static void
on_viewport_notify_cb (LcMapView  *self,
                       GParamSpec *pspec,
                       LcViewport *viewport)
{
  /* The size comes from our own allocation, which must not queue another. */
  if (g_strcmp0 (pspec->name, "width") == 0 || g_strcmp0 (pspec->name, "height") == 0)
    {
      g_clear_handle_id (&self->markers_timeout_id, g_source_remove);
      self->markers_timeout_id = g_timeout_add (MARKERS_DELAY_MS, markers_timeout_cb, self);
      return;
    }

  if (g_strcmp0 (pspec->name, "day") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
  queue_update (self);
}

static void
on_dark_changed_cb (LcMapView      *self,
                    GParamSpec     *pspec,
                    AdwStyleManager *style_manager)
{
  if (self->renderer == NULL)
    return;

  lc_map_renderer_set_dark (self->renderer, adw_style_manager_get_dark (style_manager));
  lc_map_renderer_set_high_contrast (self->renderer, adw_style_manager_get_high_contrast (style_manager));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lc_map_view_dispose (GObject *object)
{
  LcMapView *self = (LcMapView *)object;

  stop_motion (self);
  g_clear_handle_id (&self->markers_timeout_id, g_source_remove);
  clear_markers (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_MAP_VIEW);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selected);
  g_clear_object (&self->renderer);
  g_clear_object (&self->story);
  g_clear_object (&self->viewport);

  G_OBJECT_CLASS (lc_map_view_parent_class)->dispose (object);
}

static void
lc_map_view_finalize (GObject *object)
{
  LcMapView *self = (LcMapView *)object;

  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_clear_pointer (&self->marker_places, g_array_unref);

  G_OBJECT_CLASS (lc_map_view_parent_class)->finalize (object);
}

static void
lc_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcMapView *self = LC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    case PROP_SELECTED_FEATURE:
      g_value_set_object (value, self->selected);
      break;

    case PROP_DAY:
      g_value_set_uint (value, lc_viewport_get_day (self->viewport));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcMapView *self = LC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_map_view_set_story (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_FEATURE:
      lc_map_view_set_selected_feature (self, g_value_get_object (value));
      break;

    case PROP_DAY:
      lc_map_view_set_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_pan_binding (GtkWidgetClass *widget_class,
                 guint           keyval,
                 double          dx,
                 double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "map.pan", "(dd)", dx, dy);
}

static void
lc_map_view_class_init (LcMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_map_view_dispose;
  object_class->finalize = lc_map_view_finalize;
  object_class->get_property = lc_map_view_get_property;
  object_class->set_property = lc_map_view_set_property;

  widget_class->snapshot = lc_map_view_snapshot;
  widget_class->measure = lc_map_view_measure;
  widget_class->size_allocate = lc_map_view_size_allocate;
  widget_class->query_tooltip = lc_map_view_query_tooltip;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_FEATURE] =
    g_param_spec_object ("selected-feature", NULL, NULL, LC_TYPE_FEATURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcMapView::feature-activated:
   * @feature: the feature clicked or activated from the keyboard
   *
   * Emitted when the reader picks a feature on the map.
   */
  signals[FEATURE_ACTIVATED] = g_signal_new ("feature-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, LC_TYPE_FEATURE);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "map.pan", "(dd)", pan_action);
  gtk_widget_class_install_action (widget_class, "map.focus-marker", "i", focus_marker_action);

  add_pan_binding (widget_class, GDK_KEY_Left, PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Right, -PAN_STEP, 0);
  add_pan_binding (widget_class, GDK_KEY_Up, 0, PAN_STEP);
  add_pan_binding (widget_class, GDK_KEY_Down, 0, -PAN_STEP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.reset", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LcMapView, controls);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, reset_button);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "mapview");
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

static void
add_controllers (LcMapView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (pinch, "begin", G_CALLBACK (on_pinch_begin_cb), self);
  g_signal_connect_swapped (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
  /* Two fingers zoom; one drags. */
  gtk_gesture_group (pinch, drag);

  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}

static void
lc_map_view_init (LcMapView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->markers = g_ptr_array_new ();
  self->marker_places = g_array_new (FALSE, FALSE, sizeof (double));
  self->viewport = lc_viewport_new ();
  self->pointer_x = self->pointer_y = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  add_controllers (self);

  g_signal_connect_object (self->viewport, "notify", G_CALLBACK (on_viewport_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (on_dark_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * lc_map_view_new:
 *
 * Returns: (transfer full): a new map view, with no story yet
 */
GtkWidget *
lc_map_view_new (void)
{
  return g_object_new (LC_TYPE_MAP_VIEW, NULL);
}

/**
 * lc_map_view_get_story:
 *
 * Returns: (transfer none) (nullable): the story shown
 */
LcStory *
lc_map_view_get_story (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->story;
}

/**
 * lc_map_view_set_story:
 *
 * Shows @story at its initial date and view.
 */
void
lc_map_view_set_story (LcMapView *self,
                       LcStory   *story)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));
  g_return_if_fail (!story || LC_IS_STORY (story));

  if (!g_set_object (&self->story, story))
    return;

  stop_motion (self);
  g_clear_object (&self->selected);
  g_clear_object (&self->renderer);
  clear_markers (self);
  if (story != NULL)
    {
      self->renderer = lc_map_renderer_new (story);
      lc_map_renderer_set_dark (self->renderer,
                                adw_style_manager_get_dark (adw_style_manager_get_default ()));
      lc_map_renderer_set_place_names (self->renderer, self->names);
      lc_map_renderer_set_high_contrast (self->renderer,
                                         adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
      lc_map_renderer_setup_viewport (self->renderer, self->viewport);
      lc_viewport_set_day (self->viewport, lc_story_get_initial (story));
      self->needs_reset = TRUE;
      if (lc_viewport_get_width (self->viewport) > 0)
        {
          self->needs_reset = FALSE;
          lc_map_renderer_reset_view (self->renderer, self->viewport);
        }
      update_markers (self);
    }

  queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

/**
 * lc_map_view_get_viewport:
 *
 * Returns: (transfer none): the viewport, which holds the view's state
 */
LcViewport *
lc_map_view_get_viewport (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->viewport;
}

/**
 * lc_map_view_get_renderer:
 *
 * Returns: (transfer none) (nullable): the renderer of the story shown
 */
LcMapRenderer *
lc_map_view_get_renderer (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->renderer;
}

guint32
lc_map_view_get_day (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), 0);

  return lc_viewport_get_day (self->viewport);
}

/**
 * lc_map_view_set_day:
 *
 * Shows the map as it was on @day.
 */
void
lc_map_view_set_day (LcMapView *self,
                     guint32    day)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  lc_viewport_set_day (self->viewport, day);
}

/**
 * lc_map_view_get_selected_feature:
 *
 * Returns: (transfer none) (nullable): the selected feature
 */
LcFeature *
lc_map_view_get_selected_feature (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->selected;
}

void
lc_map_view_set_selected_feature (LcMapView *self,
                                  LcFeature *feature)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));
  g_return_if_fail (!feature || LC_IS_FEATURE (feature));

  if (!g_set_object (&self->selected, feature))
    return;

  if (self->renderer != NULL)
    lc_map_renderer_set_selected (self->renderer, feature);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_FEATURE]);
}

/**
 * lc_map_view_set_highlighted:
 * @features: (nullable) (element-type LcFeature): features to mark
 */
void
lc_map_view_set_highlighted (LcMapView *self,
                             GPtrArray *features)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  if (self->renderer == NULL)
    return;

  lc_map_renderer_set_highlighted (self->renderer, features);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
ease_in_out (double t)
{
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

static gboolean
fly_tick_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  double t = (gdk_frame_clock_get_frame_time (clock) - self->fly_start) / (double) FLY_DURATION_US;
  double e = ease_in_out (CLAMP (t, 0, 1));

  g_object_freeze_notify (G_OBJECT (self->viewport));
  lc_viewport_set_zoom (self->viewport, self->fly_from[2] + (self->fly_to[2] - self->fly_from[2]) * e);
  lc_viewport_set_center (self->viewport,
                          self->fly_from[0] + (self->fly_to[0] - self->fly_from[0]) * e,
                          self->fly_from[1] + (self->fly_to[1] - self->fly_from[1]) * e);
  g_object_thaw_notify (G_OBJECT (self->viewport));

  if (t >= 1)
    {
      self->fly_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/**
 * lc_map_view_fly_to:
 * @features: (element-type LcFeature): what to show
 *
 * Moves the view to show all of @features, animated unless animations
 * are off.
 */
void
lc_map_view_fly_to (LcMapView *self,
                    GPtrArray *features)
{
  double w = G_MAXDOUBLE, s = G_MAXDOUBLE, e = -G_MAXDOUBLE, n = -G_MAXDOUBLE;
  double current[3];
  g_autoptr(LcViewport) target = NULL;

  g_return_if_fail (LC_IS_MAP_VIEW (self));

  if (self->story == NULL || features == NULL || features->len == 0)
    return;

  for (guint i = 0; i < features->len; i++)
    {
      double fw, fs, fe, fn;

      lc_geometry_get_bounds (lc_feature_get_geometry (g_ptr_array_index (features, i)),
                              &fw, &fs, &fe, &fn);
      w = MIN (w, fw);
      s = MIN (s, fs);
      e = MAX (e, fe);
      n = MAX (n, fn);
    }

  /* Work the destination out on a copy of the viewport. */
  target = lc_viewport_new ();
  lc_viewport_set_projection (target, lc_viewport_get_projection (self->viewport));
  lc_viewport_set_size (target, lc_viewport_get_width (self->viewport),
                        lc_viewport_get_height (self->viewport));
  lc_viewport_fit_bounds (target, w, s, e, n, FLY_PADDING);
  lc_viewport_set_zoom (target, MIN (lc_viewport_get_zoom (target), FLY_MAX_ZOOM));

  current[0] = lc_viewport_get_longitude (self->viewport);
  current[1] = lc_viewport_get_latitude (self->viewport);
  current[2] = lc_viewport_get_zoom (self->viewport);
  stop_motion (self);

  if (!animations_enabled (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_object_freeze_notify (G_OBJECT (self->viewport));
      lc_viewport_set_zoom (self->viewport, lc_viewport_get_zoom (target));
      lc_viewport_set_center (self->viewport, lc_viewport_get_longitude (target),
                              lc_viewport_get_latitude (target));
      g_object_thaw_notify (G_OBJECT (self->viewport));
      return;
    }

  memcpy (self->fly_from, current, sizeof current);
  self->fly_to[0] = lc_viewport_get_longitude (target);
  self->fly_to[1] = lc_viewport_get_latitude (target);
  self->fly_to[2] = lc_viewport_get_zoom (target);
  self->fly_start = gdk_frame_clock_get_frame_time (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->fly_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fly_tick_cb, NULL, NULL);
}

/**
 * lc_map_view_reset:
 *
 * Goes back to the story's own view.
 */
void
lc_map_view_reset (LcMapView *self)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  stop_motion (self);
  if (self->renderer != NULL)
    lc_map_renderer_reset_view (self->renderer, self->viewport);
}

/**
 * lc_map_view_set_place_names:
 *
 * Chooses whose names label disputed places, in labels, tooltips and
 * what screen readers say.
 */
void
lc_map_view_set_place_names (LcMapView    *self,
                             LcPlaceNames  names)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  self->names = names;
  if (self->renderer != NULL)
    lc_map_renderer_set_place_names (self->renderer, names);
  queue_update (self);
}
