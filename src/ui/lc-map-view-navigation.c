/* lc-map-view-navigation.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Moving around the map: gestures, keys and buttons, momentum after a
 * drag, and the animated flight to a feature. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-view-private.h"

#define PAN_STEP          80.0   /* pixels per arrow key */
#define ZOOM_STEP         0.5    /* zoom steps per key, button or wheel notch */
#define FLY_DURATION_US   (700 * G_TIME_SPAN_MILLISECOND)
#define KINETIC_FRICTION  4.0    /* per second: velocity decays as e^(-friction·t) */
#define KINETIC_MIN_SPEED 30.0   /* pixels per second below which motion stops */
#define KINETIC_MAX_SPEED 8000.0 /* pixels per second a throw starts with at most */
/* A drag's velocity is taken over moves at least this long together:
 * motion events can come microseconds apart (coalesced, or synthetic),
 * and a pixel over a microsecond would throw the map far away. */
#define VELOCITY_SAMPLE_US (8 * G_TIME_SPAN_MILLISECOND)
#define FLY_PADDING       80.0
#define FLY_MAX_ZOOM      5.5

gboolean
lc_map_view_animations_enabled (LcMapView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

/* While the view moves, frames may show the map's base drawn for an
 * earlier view, moved; the frame after the motion draws it afresh. */
static void
set_moving (LcMapView *self,
            gboolean   moving)
{
  if (self->renderer == NULL || lc_map_renderer_get_moving (self->renderer) == moving)
    return;

  lc_map_renderer_set_moving (self->renderer, moving);
  if (!moving)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
lc_map_view_stop_motion (LcMapView *self)
{
  set_moving (self, FALSE);
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

/* Actions */

static void
zoom_by (LcMapView *self,
         double     delta)
{
  lc_map_view_stop_motion (self);
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
  lc_map_view_stop_motion (self);
  lc_viewport_pan_by (self->viewport, dx, dy);
}

/* Gestures */

static void
on_drag_begin_cb (LcMapView      *self,
                  double          x,
                  double          y,
                  GtkGestureDrag *gesture)
{
  lc_map_view_stop_motion (self);
  self->drag_last_x = 0;
  self->drag_last_y = 0;
  self->drag_last_time = g_get_monotonic_time ();
  self->sample_x = self->sample_y = 0;
  self->sample_time = self->drag_last_time;
  self->velocity_x = self->velocity_y = 0;
  set_moving (self, TRUE);
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

  /* Smoothed velocity over samples of VELOCITY_SAMPLE_US or more, for the
   * momentum after release. */
  if (now - self->sample_time >= VELOCITY_SAMPLE_US)
    {
      double dt = (now - self->sample_time) / (double) G_USEC_PER_SEC;
      double vx = (offset_x - self->sample_x) / dt, vy = (offset_y - self->sample_y) / dt;
      double speed = hypot (vx, vy);

      if (speed > KINETIC_MAX_SPEED)
        {
          vx *= KINETIC_MAX_SPEED / speed;
          vy *= KINETIC_MAX_SPEED / speed;
        }
      self->velocity_x = 0.7 * vx + 0.3 * self->velocity_x;
      self->velocity_y = 0.7 * vy + 0.3 * self->velocity_y;
      self->sample_x = offset_x;
      self->sample_y = offset_y;
      self->sample_time = now;
    }
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
      set_moving (self, FALSE);
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
  if (idle > 100 * G_TIME_SPAN_MILLISECOND || !lc_map_view_animations_enabled (self) ||
      hypot (self->velocity_x, self->velocity_y) < KINETIC_MIN_SPEED * 4)
    {
      set_moving (self, FALSE);
      return;
    }

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
  lc_map_view_stop_motion (self);
  lc_viewport_zoom_at (self->viewport, delta, x, y);

  return GDK_EVENT_STOP;
}

static void
on_pinch_begin_cb (LcMapView      *self,
                   GdkEventSequence *sequence,
                   GtkGestureZoom *gesture)
{
  lc_map_view_stop_motion (self);
  self->pinch_last_scale = 1.0;
  set_moving (self, TRUE);
}

static void
on_pinch_end_cb (LcMapView        *self,
                 GdkEventSequence *sequence,
                 GtkGestureZoom   *gesture)
{
  set_moving (self, FALSE);
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

  if (n_press == 2)
    {
      /* Zoom in around the double-clicked place. */
      gtk_widget_grab_focus (GTK_WIDGET (self));
      lc_map_view_stop_motion (self);
      lc_viewport_zoom_at (self->viewport, 1.0, x, y);
      return;
    }

  /* The keyboard goes on from the place clicked. */
  feature = lc_map_renderer_hit_test (self->renderer, self->viewport, x, y);
  lc_map_view_activate_feature (self, feature);
  if (!lc_map_view_focus_feature (self, feature))
    gtk_widget_grab_focus (GTK_WIDGET (self));
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

/* The arrows pan with the map itself focused (no place on screen), and
 * with Shift wherever the focus is in the map: on a place they move to
 * the next place. */
static void
add_pan_binding (GtkWidgetClass *widget_class,
                 guint           keyval,
                 double          dx,
                 double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, "map.pan", "(dd)", dx, dy);
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_SHIFT_MASK, "map.pan", "(dd)", dx, dy);
}

void
lc_map_view_add_navigation_controllers (LcMapView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (pinch, "begin", G_CALLBACK (on_pinch_begin_cb), self);
  g_signal_connect_swapped (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed_cb), self);
  g_signal_connect_swapped (pinch, "end", G_CALLBACK (on_pinch_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
  /* Two fingers zoom; one drags. */
  gtk_gesture_group (pinch, drag);

  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

void
lc_map_view_class_add_navigation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "map.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "map.pan", "(dd)", pan_action);

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
      set_moving (self, FALSE);
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
  lc_map_view_stop_motion (self);

  if (!lc_map_view_animations_enabled (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
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
  set_moving (self, TRUE);
}
