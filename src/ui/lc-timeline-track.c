/* lc-timeline-track.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lc-widget-private.h"
#include "lc-timeline-track-private.h"

/**
 * LcTimelineTrack:
 *
 * The timeline's slider: the story's days on a focus and context scale
 * (#LcTimelineScale), busy periods wide and the empty months between them
 * broken and the periods named, the events marked on it, the handle at
 * the day shown. #LcTimelineChips names the events below it.
 *
 * It makes no widget per event: the marks are drawn, close ones as one,
 * into render nodes made once per width and style; a frame adds only the
 * handle. A story of a hundred thousand events keeps the window's size.
 *
 * A slider to screen readers, with the date as its value. Keys: Left and
 * Right (as they point) and Up and Down a day, Page Up and Page Down an
 * event, Home and End the ends, Space plays (the timeline's action).
 */

G_DEFINE_FINAL_TYPE (LcTimelineTrack, lc_timeline_track, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORY,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MIN_WIDTH     (2 * LC_TRACK_INSET + 96)
#define NATURAL_WIDTH 480
/* A press this near a mark goes to its event. */
#define SNAP_PX       8.0

static gboolean
is_rtl (LcTimelineTrack *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* Where a point of the scale lies in the widget: time runs with the text. */
double
lc_timeline_track_to_widget_x (LcTimelineTrack *self,
                               double           x)
{
  double widget_x = LC_TRACK_INSET + x;

  return is_rtl (self) ? gtk_widget_get_width (GTK_WIDGET (self)) - widget_x : widget_x;
}

static double
to_scale_x (LcTimelineTrack *self,
            double           widget_x)
{
  if (is_rtl (self))
    widget_x = gtk_widget_get_width (GTK_WIDGET (self)) - widget_x;

  return widget_x - LC_TRACK_INSET;
}

static void
update_value (LcTimelineTrack *self)
{
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  g_autofree char *spoken = NULL;
  guint32 start;

  if (self->story == NULL)
    return;

  start = lc_story_get_start (self->story);
  date = lc_day_format (self->day);
  label = lc_story_dup_day_label (self->story, self->day);
  spoken = label != NULL ? g_strdup_printf ("%s, %s", date, label) : g_strdup (date);
  /* Screen readers say the date, not the day's number. GTK 4.10 and later
   * pass the value text on to them; 4.8 does not (nor, for a widget of our
   * own, the value), but it passes the description, on every change. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) (lc_story_get_end (self->story) - start),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) (self->day - start),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, spoken,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
}

static void
load_events (LcTimelineTrack *self)
{
  GListModel *events = lc_story_get_events (self->story);
  guint n = g_list_model_get_n_items (events);

  g_array_set_size (self->event_days, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);

      g_array_index (self->event_days, guint32, i) = lc_event_get_date (event)->day;
    }

  self->scale = lc_timeline_scale_new (lc_story_get_start (self->story), lc_story_get_end (self->story),
                                       lc_story_get_initial (self->story),
                                       (const guint32 *) (gpointer) self->event_days->data, n);
}

/* The event day before (@direction < 0) or after the day shown: a binary
 * search, as the story keeps its events in order. */
static gboolean
find_event_day (LcTimelineTrack *self,
                int              direction,
                guint32         *day)
{
  guint n;

  if (self->story == NULL)
    return FALSE;

  if (direction > 0)
    {
      n = lc_story_count_events_until (self->story, self->day);
      if (n >= self->event_days->len)
        return FALSE;
      *day = g_array_index (self->event_days, guint32, n);
      return TRUE;
    }

  n = self->day > 0 ? lc_story_count_events_until (self->story, self->day - 1) : 0;
  if (n == 0)
    return FALSE;
  *day = g_array_index (self->event_days, guint32, n - 1);
  return TRUE;
}

static void
step_event (LcTimelineTrack *self,
            int              direction)
{
  guint32 day;

  if (find_event_day (self, direction, &day))
    lc_timeline_track_set_day (self, day);
}

static void
step_day (LcTimelineTrack *self,
          int              days)
{
  if (days < 0 && self->day < (guint32) -days)
    return;

  lc_timeline_track_set_day (self, self->day + days);
}

static gboolean
on_key_pressed_cb (LcTimelineTrack       *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  int forward = is_rtl (self) ? -1 : 1;

  if (self->story == NULL)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      step_day (self, -forward);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      step_day (self, forward);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      step_day (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      step_day (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      step_event (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      step_event (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      lc_timeline_track_set_day (self, lc_story_get_start (self->story));
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      lc_timeline_track_set_day (self, lc_story_get_end (self->story));
      return GDK_EVENT_STOP;

    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      gtk_widget_activate_action (GTK_WIDGET (self), "timeline.play", NULL);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* The mark nearest @x, if one is within @distance: a binary search. */
static const LcTrackMark *
find_mark (LcTimelineTrack *self,
           double           x,
           double           distance)
{
  guint low = 0, high = self->marks->len;
  const LcTrackMark *best = NULL;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->marks, LcTrackMark, middle).x < x)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low > 0 ? low - 1 : 0; i <= low && i < self->marks->len; i++)
    {
      const LcTrackMark *mark = &g_array_index (self->marks, LcTrackMark, i);

      if (fabs (mark->x - x) <= distance && (best == NULL || fabs (mark->x - x) < fabs (best->x - x)))
        best = mark;
    }

  return best;
}

static void
move_to (LcTimelineTrack *self,
         double           widget_x)
{
  double x = to_scale_x (self, widget_x);
  const LcTrackMark *mark;

  if (self->scale == NULL)
    return;

  mark = find_mark (self, x, SNAP_PX);
  if (mark != NULL)
    lc_timeline_track_set_day (self, g_array_index (self->event_days, guint32, mark->first));
  else
    lc_timeline_track_set_day (self, lc_timeline_scale_x_to_day (self->scale, x));
}

static void
on_drag_begin_cb (LcTimelineTrack *self,
                  double           x,
                  double           y,
                  GtkGestureDrag  *gesture)
{
  if (self->scale == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  move_to (self, x);
}

static void
on_drag_update_cb (LcTimelineTrack *self,
                   double           offset_x,
                   double           offset_y,
                   GtkGestureDrag  *gesture)
{
  double start_x, start_y;

  if (gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y))
    move_to (self, start_x + offset_x);
}

static gboolean
on_query_tooltip_cb (LcTimelineTrack *self,
                     int              x,
                     int              y,
                     gboolean         keyboard,
                     GtkTooltip      *tooltip)
{
  const LcTrackMark *mark;
  g_autofree char *text = NULL;

  if (keyboard || self->scale == NULL)
    return FALSE;

  mark = find_mark (self, to_scale_x (self, x), SNAP_PX);
  if (mark == NULL)
    return FALSE;

  text = lc_timeline_track_describe_mark (self, mark);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
lc_timeline_track_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* However many events. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }

  *minimum = *natural = LC_TRACK_AXIS_HEIGHT;
}

static void
lc_timeline_track_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  LcTimelineTrack *self = LC_TIMELINE_TRACK (widget);
  double scale_width = MAX (width - 2 * LC_TRACK_INSET, 1);

  if (self->scale != NULL && lc_timeline_scale_get_width (self->scale) != scale_width)
    {
      lc_timeline_scale_set_width (self->scale, scale_width);
      lc_timeline_track_collect_marks (self);
      lc_timeline_track_clear_caches (self);
    }
}

static void
snapshot_handle (LcTimelineTrack *self,
                 GtkSnapshot     *snapshot)
{
  double x = lc_timeline_track_to_widget_x (self, lc_timeline_scale_day_to_x (self->scale, self->day));
  GskRoundedRect handle;
  GdkRGBA fill = { 1, 1, 1, 1 };
  GdkRGBA shadow = { 0, 0, 0, 0.3 };
  GdkRGBA border = { 0, 0, 0, 0.15 };
  float r = LC_TRACK_HANDLE_RADIUS;

  gsk_rounded_rect_init_from_rect (&handle, &GRAPHENE_RECT_INIT (x - r, LC_TRACK_Y - r, 2 * r, 2 * r), r);
  gtk_snapshot_append_outset_shadow (snapshot, &handle, &shadow, 0, 1, 0, 2);
  gtk_snapshot_push_rounded_clip (snapshot, &handle);
  gtk_snapshot_append_color (snapshot, &fill, &handle.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &handle, (float[]) { 1, 1, 1, 1 },
                              (GdkRGBA[]) { border, border, border, border });

  if (gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    {
      GdkRGBA ring;
      GskRoundedRect outline;

      if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                           "accent_color", &ring))
        ring = (GdkRGBA) { 0.2, 0.5, 0.9, 1 };
      ring.alpha = 0.6;
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x - r - 3, LC_TRACK_Y - r - 3,
                                                                      2 * r + 6, 2 * r + 6), r + 3);
      gtk_snapshot_append_border (snapshot, &outline, (float[]) { 2, 2, 2, 2 },
                                  (GdkRGBA[]) { ring, ring, ring, ring });
    }
}

static void
lc_timeline_track_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LcTimelineTrack *self = LC_TIMELINE_TRACK (widget);

  if (self->scale == NULL)
    return;

  lc_timeline_track_ensure_caches (self);
  lc_timeline_track_snapshot_track (self, snapshot);
  snapshot_handle (self, snapshot);
}

static void
lc_timeline_track_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  LcTimelineTrack *self = LC_TIMELINE_TRACK (widget);

  GTK_WIDGET_CLASS (lc_timeline_track_parent_class)->css_changed (widget, change);

  /* Colours, fonts, dark or light: everything drawn is drawn again. */
  lc_timeline_track_clear_caches (self);
  gtk_widget_queue_draw (widget);
}

static void
lc_timeline_track_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  LcTimelineTrack *self = LC_TIMELINE_TRACK (widget);

  lc_timeline_track_clear_caches (self);
  gtk_widget_queue_draw (widget);
}

static void
lc_timeline_track_dispose (GObject *object)
{
  LcTimelineTrack *self = (LcTimelineTrack *)object;

  lc_timeline_track_clear_caches (self);
  g_clear_object (&self->story);

  G_OBJECT_CLASS (lc_timeline_track_parent_class)->dispose (object);
}

static void
lc_timeline_track_finalize (GObject *object)
{
  LcTimelineTrack *self = (LcTimelineTrack *)object;

  g_clear_pointer (&self->scale, lc_timeline_scale_free);
  g_clear_pointer (&self->event_days, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (lc_timeline_track_parent_class)->finalize (object);
}

static void
lc_timeline_track_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LcTimelineTrack *self = LC_TIMELINE_TRACK (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_track_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LcTimelineTrack *self = LC_TIMELINE_TRACK (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_timeline_track_set_story (self, g_value_get_object (value));
      break;

    case PROP_DAY:
      lc_timeline_track_set_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_track_class_init (LcTimelineTrackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lc_timeline_track_dispose;
  object_class->finalize = lc_timeline_track_finalize;
  object_class->get_property = lc_timeline_track_get_property;
  object_class->set_property = lc_timeline_track_set_property;
  widget_class->measure = lc_timeline_track_measure;
  widget_class->size_allocate = lc_timeline_track_size_allocate;
  widget_class->snapshot = lc_timeline_track_snapshot;
  widget_class->css_changed = lc_timeline_track_css_changed;
  widget_class->direction_changed = lc_timeline_track_direction_changed;

  properties[PROP_STORY] = g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY, flags);
  properties[PROP_DAY] = g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "timelinetrack");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
on_scale_factor_changed_cb (LcTimelineTrack *self,
                            GParamSpec      *pspec,
                            gpointer         user_data)
{
  lc_timeline_track_clear_caches (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lc_timeline_track_init (LcTimelineTrack *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->event_days = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->marks = g_array_new (FALSE, FALSE, sizeof (LcTrackMark));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  /* The track's images are drawn at the scale factor. */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed_cb), NULL);
}

/**
 * lc_timeline_track_get_story:
 *
 * Returns: (transfer none) (nullable): the story
 */
LcStory *
lc_timeline_track_get_story (LcTimelineTrack *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_TRACK (self), NULL);

  return self->story;
}

/**
 * lc_timeline_track_set_story:
 *
 * Lays out @story's days and marks its events; the day stays until set.
 */
void
lc_timeline_track_set_story (LcTimelineTrack *self,
                             LcStory         *story)
{
  g_return_if_fail (LC_IS_TIMELINE_TRACK (self));

  if (!g_set_object (&self->story, story))
    return;

  g_clear_pointer (&self->scale, lc_timeline_scale_free);
  g_array_set_size (self->event_days, 0);
  g_array_set_size (self->marks, 0);
  lc_timeline_track_clear_caches (self);
  if (story != NULL)
    {
      load_events (self);
      self->day = CLAMP (self->day, lc_story_get_start (story), lc_story_get_end (story));
      update_value (self);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

guint32
lc_timeline_track_get_day (LcTimelineTrack *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_TRACK (self), 0);

  return self->day;
}

/**
 * lc_timeline_track_set_day:
 *
 * Moves the handle to @day, kept within the story.
 */
void
lc_timeline_track_set_day (LcTimelineTrack *self,
                           guint32          day)
{
  g_return_if_fail (LC_IS_TIMELINE_TRACK (self));

  if (self->story != NULL)
    day = CLAMP (day, lc_story_get_start (self->story), lc_story_get_end (self->story));
  if (self->day == day)
    return;

  self->day = day;
  update_value (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * lc_timeline_track_get_scale:
 *
 * Returns: (transfer none) (nullable): the scale, at the width laid out
 */
LcTimelineScale *
lc_timeline_track_get_scale (LcTimelineTrack *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_TRACK (self), NULL);

  return self->scale;
}

/**
 * lc_timeline_track_day_to_x:
 *
 * Returns: where @day's mark is, in the widget's coordinates
 */
double
lc_timeline_track_day_to_x (LcTimelineTrack *self,
                            guint32          day)
{
  g_return_val_if_fail (LC_IS_TIMELINE_TRACK (self), 0);
  g_return_val_if_fail (self->scale != NULL, 0);

  return lc_timeline_track_to_widget_x (self, lc_timeline_scale_day_to_x (self->scale, day));
}

/**
 * lc_timeline_track_get_marks_bottom:
 *
 * Returns: where the marks end, down from the top, for lines drawn to them
 */
double
lc_timeline_track_get_marks_bottom (LcTimelineTrack *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_TRACK (self), 0);

  return LC_TRACK_Y + LC_TRACK_MARK_RADIUS + 2;
}
