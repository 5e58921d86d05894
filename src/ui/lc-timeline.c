/* lc-timeline.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-widget-private.h"
#include "lc-timeline.h"
#include "lc-timeline-bar.h"
#include "lc-timeline-chips.h"
#include "lc-timeline-track.h"

/**
 * LcTimeline:
 *
 * The timeline: previous and next event, play and pause, the date shown
 * as text, the playing speed, the track (#LcTimelineTrack), a slider
 * over the story's days with its events marked, and the chips naming the
 * events around the day (#LcTimelineChips). Playing steps
 * from event to event, not through the empty days between.
 */
struct _LcTimeline
{
  GtkWidget        parent_instance;

  LcStory         *story;
  guint32          day;
  guint            play_id;

  LcTimelineBar   *bar;
  GtkButton       *play_button;
  GtkLabel        *date_label;
  GtkDropDown     *speed_dropdown;
  LcTimelineTrack *track;
  LcTimelineChips *chips;
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

/* Milliseconds on each event while playing, by speed. */
static const guint play_intervals[] = { 2400, 1400, 600 };

/* @day's line with its parts (the date, the day count) kept whole: a
 * narrow timeline breaks it between them, not before a lone "19" nor
 * after "19-" of "19-й день". */
static char *
dup_day_line (LcTimeline *self,
              guint32     day)
{
  g_autofree char *line = lc_story_dup_day_line (self->story, day);
  GString *text = g_string_sized_new (strlen (line) + 16);
  gboolean in_part = FALSE;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, LC_FSI))
        in_part = TRUE;
      else if (g_str_has_prefix (p, LC_PDI))
        in_part = FALSE;
      if (in_part && *p == ' ')
        g_string_append (text, "\u00a0");
      else if (in_part && *p == '-')
        g_string_append (text, "-\u2060");  /* a WORD JOINER: "19-й" stays whole */
      else
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

static void
update_date (LcTimeline *self)
{
  g_autofree char *line = NULL;

  if (self->story == NULL)
    return;

  line = dup_day_line (self, self->day);
  gtk_label_set_text (self->date_label, line);
}

/* The bar keeps room for the longest line the date takes: that of the
 * story's first or last day or of one of its events' days (the day counts
 * run between events). */
static void
update_widest (LcTimeline *self)
{
  g_autofree char *widest = NULL;
  glong widest_length = 0;
  GListModel *events;
  guint32 previous = 0;
  guint n;

  if (self->story == NULL)
    {
      lc_timeline_bar_set_widest (self->bar, NULL);
      return;
    }

  events = lc_story_get_events (self->story);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n + 2; i++)
    {
      g_autoptr(LcEvent) event = i < n ? g_list_model_get_item (events, i) : NULL;
      guint32 day = event != NULL ? lc_event_get_date (event)->day
                  : i == n ? lc_story_get_start (self->story) : lc_story_get_end (self->story);
      g_autofree char *line = NULL;
      glong length;

      /* The events are in order: each day's line once, not once an event. */
      if (event != NULL && i > 0 && day == previous)
        continue;
      previous = day;
      line = dup_day_line (self, day);
      length = g_utf8_strlen (line, -1);

      if (length > widest_length)
        {
          g_free (widest);
          widest = g_steal_pointer (&line);
          widest_length = length;
        }
    }

  lc_timeline_bar_set_widest (self->bar, widest);
}

/* The day of the event before (@direction < 0) or after the day shown:
 * a binary search, as the story keeps its events in order. */
static gboolean
find_event_day (LcTimeline *self,
                int         direction,
                guint32    *day)
{
  GListModel *events;
  g_autoptr(LcEvent) event = NULL;
  guint n;

  if (self->story == NULL)
    return FALSE;

  events = lc_story_get_events (self->story);
  if (direction > 0)
    {
      n = lc_story_count_events_until (self->story, self->day);
      if (n >= g_list_model_get_n_items (events))
        return FALSE;
      event = g_list_model_get_item (events, n);
    }
  else
    {
      n = self->day > 0 ? lc_story_count_events_until (self->story, self->day - 1) : 0;
      if (n == 0)
        return FALSE;
      event = g_list_model_get_item (events, n - 1);
    }

  *day = lc_event_get_date (event)->day;
  return TRUE;
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
  int days = g_variant_get_int32 (parameter);

  if (days < 0 && self->day < (guint32) -days)
    return;
  lc_timeline_set_day (self, self->day + days);
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

/* The next event, or the story's last day after the last event. */
static gboolean
play_tick_cb (gpointer user_data)
{
  LcTimeline *self = user_data;
  guint32 day;

  if (self->story == NULL || self->day >= lc_story_get_end (self->story))
    {
      self->play_id = 0;
      lc_timeline_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  if (!find_event_day (self, 1, &day))
    day = lc_story_get_end (self->story);
  lc_timeline_set_day (self, day);
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

/* Tab reaches the date first, the timeline's main control, then the
 * buttons above it and the events below; backwards the other way. */
static gboolean
lc_timeline_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  LcTimeline *self = LC_TIMELINE (widget);
  GtkWidget *parts[] = { GTK_WIDGET (self->track), GTK_WIDGET (self->bar), GTK_WIDGET (self->chips) };
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  int n = G_N_ELEMENTS (parts), step, i;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (lc_timeline_parent_class)->focus (widget, direction);

  step = direction == GTK_DIR_TAB_FORWARD ? 1 : -1;
  for (i = 0; i < n; i++)
    if (focus != NULL && (focus == parts[i] || gtk_widget_is_ancestor (focus, parts[i])))
      break;
  if (i == n)
    i = step > 0 ? 0 : n - 1; /* from outside: the first part, or the last */
  else if (focus == parts[0] || !gtk_widget_child_focus (parts[i], direction))
    i += step;
  else
    return TRUE;

  for (; i >= 0 && i < n; i += step)
    if (gtk_widget_child_focus (parts[i], direction))
      return TRUE;

  return FALSE;
}

static void
lc_timeline_class_init (LcTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lc_timeline_dispose;
  object_class->get_property = lc_timeline_get_property;
  object_class->set_property = lc_timeline_set_property;

  widget_class->focus = lc_timeline_focus;

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
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, bar);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, play_button);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, date_label);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, track);
  gtk_widget_class_bind_template_child (widget_class, LcTimeline, chips);

  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
lc_timeline_init (LcTimeline *self)
{
  g_type_ensure (LC_TYPE_TIMELINE_BAR);
  g_type_ensure (LC_TYPE_TIMELINE_TRACK);
  g_type_ensure (LC_TYPE_TIMELINE_CHIPS);
  gtk_widget_init_template (GTK_WIDGET (self));
  lc_widget_name_inner_button (GTK_WIDGET (self->speed_dropdown), GTK_TYPE_TOGGLE_BUTTON,
                               _("Playback Speed"));

  g_object_bind_property (self, "day", self->track, "day",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->speed_dropdown, "notify::selected",
                           G_CALLBACK (on_speed_changed_cb), self, G_CONNECT_SWAPPED);
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
  lc_timeline_track_set_story (self->track, story);
  lc_timeline_track_set_day (self->track, self->day);
  update_date (self);
  update_widest (self);

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
  update_date (self);

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
