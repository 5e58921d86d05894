/* lc-timeline.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-widget-private.h"
#include "lc-timeline.h"

/**
 * LcTimeline:
 *
 * The timeline: a slider over the story's days with its events marked,
 * a row of event buttons that keeps close events apart whatever the
 * range (an event-stepped scale), previous/next event, play/pause and
 * the date shown. Keys on the slider: Left/Right a day, Page Up/Down an
 * event, Home/End the ends, Space play/pause.
 */
struct _LcTimeline
{
  GtkWidget       parent_instance;

  LcStory        *story;
  guint32         day;
  guint           play_id;
  GPtrArray      *event_buttons;

  GtkScrolledWindow *events_scroller;
  GtkBox         *events_box;
  GtkButton      *play_button;
  GtkScale       *scale;
  GtkAdjustment  *adjustment;
  GtkLabel       *date_label;
  GtkDropDown    *speed_dropdown;
};

G_DEFINE_FINAL_TYPE (LcTimeline, lc_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORY,
  PROP_DAY,
  PROP_PLAYING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Milliseconds between days while playing, by speed. */
static const guint play_intervals[] = { 500, 100, 33 };

static void
update_event_buttons (LcTimeline *self)
{
  guint n_past;

  if (self->story == NULL)
    return;

  n_past = lc_story_count_events_until (self->story, self->day);
  for (guint i = 0; i < self->event_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->event_buttons, i);

      if (i < n_past)
        gtk_widget_add_css_class (button, "past");
      else
        gtk_widget_remove_css_class (button, "past");
      if (i + 1 == n_past)
        gtk_widget_add_css_class (button, "current");
      else
        gtk_widget_remove_css_class (button, "current");
    }
}

static void
update_date (LcTimeline *self)
{
  g_autofree char *date = lc_day_format (self->day);
  g_autofree char *label = lc_story_dup_day_label (self->story, self->day);
  g_autofree char *line = lc_day_format_line (self->day, label);
  g_autofree char *spoken = label != NULL ? g_strdup_printf ("%s, %s", date, label)
                                          : g_strdup (date);

  gtk_label_set_text (self->date_label, line);
  /* Screen readers say the date, not the day number. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, spoken, -1);
}

static void
on_adjustment_value_changed_cb (LcTimeline    *self,
                                GtkAdjustment *adjustment)
{
  lc_timeline_set_day (self, (guint32) (gtk_adjustment_get_value (adjustment) + 0.5));
}

static void
on_event_button_clicked_cb (LcTimeline *self,
                            GtkButton  *button)
{
  LcEvent *event = g_object_get_data (G_OBJECT (button), "lc-event");

  lc_timeline_set_day (self, lc_event_get_date (event)->day);
}

static GtkWidget *
create_event_button (LcTimeline *self,
                     LcEvent    *event)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *date = lc_date_format (lc_event_get_date (event));
  g_autofree char *accessible = g_strdup_printf ("%s, %s", date, lc_event_get_title (event));
  GtkWidget *date_label = gtk_label_new (date);
  GtkWidget *title_label = gtk_label_new (lc_event_get_title (event));

  gtk_widget_add_css_class (date_label, "caption");
  gtk_widget_add_css_class (date_label, "numeric");
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title_label), 22);
  gtk_label_set_width_chars (GTK_LABEL (title_label), 12);
  gtk_widget_add_css_class (title_label, "caption-heading");
  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "event-button");
  gtk_widget_set_tooltip_text (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "lc-event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_event_button_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  return button;
}

static void
rebuild (LcTimeline *self)
{
  GtkWidget *child;
  GListModel *events;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_box))) != NULL)
    gtk_box_remove (self->events_box, child);
  g_ptr_array_set_size (self->event_buttons, 0);
  gtk_scale_clear_marks (self->scale);

  if (self->story == NULL)
    return;

  events = lc_story_get_events (self->story);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);
      GtkWidget *button = create_event_button (self, event);

      gtk_box_append (self->events_box, button);
      g_ptr_array_add (self->event_buttons, button);
      gtk_scale_add_mark (self->scale, lc_event_get_date (event)->day, GTK_POS_BOTTOM, NULL);
    }

  g_signal_handlers_block_by_func (self->adjustment, on_adjustment_value_changed_cb, self);
  gtk_adjustment_configure (self->adjustment, self->day, lc_story_get_start (self->story),
                            lc_story_get_end (self->story), 1, 7, 0);
  g_signal_handlers_unblock_by_func (self->adjustment, on_adjustment_value_changed_cb, self);
}

/* The day of the event before (@direction < 0) or after the day shown. */
static gboolean
find_event_day (LcTimeline *self,
                int         direction,
                guint32    *day)
{
  GListModel *events;

  if (self->story == NULL)
    return FALSE;

  events = lc_story_get_events (self->story);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      guint index = direction > 0 ? i : g_list_model_get_n_items (events) - 1 - i;
      g_autoptr(LcEvent) event = g_list_model_get_item (events, index);
      guint32 event_day = lc_event_get_date (event)->day;

      if ((direction > 0 && event_day > self->day) || (direction < 0 && event_day < self->day))
        {
          *day = event_day;
          return TRUE;
        }
    }

  return FALSE;
}

static void
step_event (LcTimeline *self,
            int         direction)
{
  guint32 day;

  if (find_event_day (self, direction, &day))
    lc_timeline_set_day (self, day);
}

static void
previous_event_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  step_event (LC_TIMELINE (widget), -1);
}

static void
next_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_event (LC_TIMELINE (widget), 1);
}

static void
step_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LcTimeline *self = LC_TIMELINE (widget);

  lc_timeline_set_day (self, self->day + g_variant_get_int32 (parameter));
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LcTimeline *self = LC_TIMELINE (widget);

  if (self->story != NULL)
    lc_timeline_set_day (self, lc_story_get_start (self->story));
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcTimeline *self = LC_TIMELINE (widget);

  if (self->story != NULL)
    lc_timeline_set_day (self, lc_story_get_end (self->story));
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcTimeline *self = LC_TIMELINE (widget);

  lc_timeline_set_playing (self, self->play_id == 0);
}

static gboolean
play_tick_cb (gpointer user_data)
{
  LcTimeline *self = user_data;

  if (self->story == NULL || self->day >= lc_story_get_end (self->story))
    {
      self->play_id = 0;
      lc_timeline_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  lc_timeline_set_day (self, self->day + 1);
  return G_SOURCE_CONTINUE;
}

static void
restart_playing (LcTimeline *self)
{
  guint speed = gtk_drop_down_get_selected (self->speed_dropdown);

  g_clear_handle_id (&self->play_id, g_source_remove);
  self->play_id = g_timeout_add (play_intervals[MIN (speed, G_N_ELEMENTS (play_intervals) - 1)],
                                 play_tick_cb, self);
}

static void
on_speed_changed_cb (LcTimeline  *self,
                     GParamSpec  *pspec,
                     GtkDropDown *dropdown)
{
  if (self->play_id != 0)
    restart_playing (self);
}

/* Page Up/Down step events and Space plays, over the slider's own keys. */
static gboolean
on_scale_key_pressed_cb (LcTimeline            *self,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      step_event (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      step_event (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_space:
      lc_timeline_set_playing (self, self->play_id == 0);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
lc_timeline_dispose (GObject *object)
{
  LcTimeline *self = (LcTimeline *)object;

  g_clear_handle_id (&self->play_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_TIMELINE);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->story);

  G_OBJECT_CLASS (lc_timeline_parent_class)->dispose (object);
}

static void
lc_timeline_finalize (GObject *object)
{
  LcTimeline *self = (LcTimeline *)object;

  g_clear_pointer (&self->event_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_timeline_parent_class)->finalize (object);
}

static void
lc_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcTimeline *self = LC_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    case PROP_PLAYING:
      g_value_set_boolean (value, self->play_id != 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcTimeline *self = LC_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_timeline_set_story (self, g_value_get_object (value));
      break;

    case PROP_DAY:
      lc_timeline_set_day (self, g_value_get_uint (value));
      break;

    case PROP_PLAYING:
      lc_timeline_set_playing (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_class_init (LcTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lc_timeline_dispose;
  object_class->finalize = lc_timeline_finalize;
  object_class->get_property = lc_timeline_get_property;
  object_class->set_property = lc_timeline_set_property;

  properties[PROP_STORY] = g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY, flags);
  properties[PROP_DAY] = g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "timeline.previous-event", NULL, previous_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.next-event", NULL, next_event_action);
  gtk_widget_class_install_action (widget_class, "timeline.step", "i", step_day_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "timeline.play", NULL, play_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, events_scroller);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, events_box);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, play_button);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, scale);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, adjustment);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, date_label);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, speed_dropdown);

  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
lc_timeline_init (LcTimeline *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->event_buttons = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->adjustment, "value-changed",
                           G_CALLBACK (on_adjustment_value_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speed_dropdown, "notify::selected",
                           G_CALLBACK (on_speed_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_scale_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scale), keys);
}

/**
 * lc_timeline_get_story:
 *
 * Returns: (transfer none) (nullable): the story
 */
LcStory *
lc_timeline_get_story (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), NULL);

  return self->story;
}

/**
 * lc_timeline_set_story:
 *
 * Shows @story's days and events, at its initial date.
 */
void
lc_timeline_set_story (LcTimeline *self,
                       LcStory    *story)
{
  g_return_if_fail (LC_IS_TIMELINE (self));

  if (!g_set_object (&self->story, story))
    return;

  lc_timeline_set_playing (self, FALSE);
  if (story != NULL)
    self->day = lc_story_get_initial (story);
  rebuild (self);
  if (story != NULL)
    {
      update_date (self);
      update_event_buttons (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * lc_timeline_get_day:
 *
 * Returns: the day shown
 */
guint32
lc_timeline_get_day (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), 0);

  return self->day;
}

/**
 * lc_timeline_set_day:
 *
 * Moves to @day, kept within the story's timeline.
 */
void
lc_timeline_set_day (LcTimeline *self,
                     guint32     day)
{
  g_return_if_fail (LC_IS_TIMELINE (self));

  if (self->story != NULL)
    day = CLAMP (day, lc_story_get_start (self->story), lc_story_get_end (self->story));
  if (self->day == day)
    return;

  self->day = day;
  g_signal_handlers_block_by_func (self->adjustment, on_adjustment_value_changed_cb, self);
  gtk_adjustment_set_value (self->adjustment, day);
  g_signal_handlers_unblock_by_func (self->adjustment, on_adjustment_value_changed_cb, self);
  update_date (self);
  update_event_buttons (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

gboolean
lc_timeline_get_playing (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), FALSE);

  return self->play_id != 0;
}

/**
 * lc_timeline_set_playing:
 *
 * Starts or stops moving through the days; playing from the last day
 * starts again from the first.
 */
void
lc_timeline_set_playing (LcTimeline *self,
                         gboolean    playing)
{
  g_return_if_fail (LC_IS_TIMELINE (self));

  if (playing == (self->play_id != 0) || (playing && self->story == NULL))
    return;

  if (playing)
    {
      if (self->day >= lc_story_get_end (self->story))
        lc_timeline_set_day (self, lc_story_get_start (self->story));
      restart_playing (self);
    }
  else
    g_clear_handle_id (&self->play_id, g_source_remove);

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic"
                                                       : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause (Space)") : _("Play (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause") : _("Play"), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}
