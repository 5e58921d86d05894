/* lc-timeline-track-chips.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lc-timeline-track-private.h"

/* The events' chips: a button each for the events around the day, as
 * many as fit in a row, made once and bound again as the day moves. Each
 * sits under its mark when it has room and as near it as its neighbours
 * allow when it has not (lc_timeline_place_labels()), with a line from
 * the mark to it. */

/* Never more chips than this, however wide the window. */
#define MAX_CHIPS       24
#define CHIP_MIN_WIDTH  96
#define CHIP_MAX_WIDTH  240
#define LEADER_ALPHA    0.35
/* Events considered for chips, either side of the current one, per chip. */
#define CANDIDATES_PER_CHIP 3
/* A chip moved further than this (in chip widths) from its mark gives way. */
#define MAX_MOVE_IN_CHIPS 0.75

static void
on_chip_clicked_cb (LcTimelineTrack *self,
                    GtkButton       *chip)
{
  guint index;

  if (!g_ptr_array_find (self->chips, chip, &index) || index >= self->n_chips_shown)
    return;

  lc_timeline_track_set_day (self, g_array_index (self->event_days, guint32,
                                                  g_array_index (self->chip_events, guint, index)));
}

static GtkWidget *
create_chip (LcTimelineTrack *self)
{
  GtkWidget *chip = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_widget_add_css_class (date, "caption");
  gtk_widget_add_css_class (date, "numeric");
  gtk_label_set_ellipsize (GTK_LABEL (date), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), title);
  gtk_button_set_child (GTK_BUTTON (chip), box);
  gtk_widget_add_css_class (chip, "event-chip");
  /* Shown once placed; the first is measured before, so it shows from the start. */
  gtk_widget_set_visible (chip, self->chips->len == 0);
  g_signal_connect_object (chip, "clicked", G_CALLBACK (on_chip_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (chip, GTK_WIDGET (self));

  return chip;
}

static GtkLabel *
chip_label (GtkWidget *chip,
            gboolean   title)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (chip));
  GtkWidget *date = gtk_widget_get_first_child (box);

  return GTK_LABEL (title ? gtk_widget_get_next_sibling (date) : date);
}

static void
bind_chip (LcTimelineTrack *self,
           GtkWidget       *chip,
           guint            index)
{
  g_autoptr(LcEvent) event = g_list_model_get_item (lc_story_get_events (self->story), index);
  g_autofree char *date = lc_date_format (lc_event_get_date (event));
  /* Translators: a button that moves the timeline to an event */
  g_autofree char *accessible = g_strdup_printf (_("Go to %s: %s"), date, lc_event_get_title (event));
  g_autofree char *tooltip = lc_format_isolated (C_("event on the timeline", "%s: %s"), date,
                                                 lc_event_get_title (event), NULL);

  gtk_label_set_text (chip_label (chip, FALSE), date);
  gtk_label_set_text (chip_label (chip, TRUE), lc_event_get_title (event));
  gtk_widget_set_tooltip_text (chip, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
lc_timeline_track_clear_chips (LcTimelineTrack *self)
{
  for (guint i = 0; i < self->chips->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->chips, i));
  g_ptr_array_set_size (self->chips, 0);
  g_array_set_size (self->chip_events, 0);
  g_array_set_size (self->chip_starts, 0);
  self->n_chips_shown = 0;
  self->chip_width = 0;
  self->chip_height = 0;
  self->chips_valid = FALSE;
  g_clear_pointer (&self->leaders_node, gsk_render_node_unref);
}

/**
 * lc_timeline_track_create_chips:
 *
 * Makes the chips for the story: as many as may ever show.
 */
void
lc_timeline_track_create_chips (LcTimelineTrack *self)
{
  while (self->chips->len < MIN (self->event_days->len, MAX_CHIPS))
    g_ptr_array_add (self->chips, create_chip (self));
}

/* Wide enough for the longest date, a day in the longest month's name. */
static int
measure_chip_width (LcTimelineTrack *self,
                    GtkWidget       *chip)
{
  guint year;
  int widest = 0;
  LcDate end = { lc_story_get_end (self->story), LC_DATE_PRECISION_DAY };

  lc_date_get_ymd (&end, &year, NULL, NULL);
  gtk_label_set_text (chip_label (chip, TRUE), NULL);
  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *date = lc_day_format (lc_date_from_ymd (year, month, 28).day);
      int natural;

      gtk_label_set_text (chip_label (chip, FALSE), date);
      gtk_label_set_ellipsize (chip_label (chip, FALSE), PANGO_ELLIPSIZE_NONE);
      gtk_widget_measure (chip, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      gtk_label_set_ellipsize (chip_label (chip, FALSE), PANGO_ELLIPSIZE_END);
      widest = MAX (widest, natural);
    }

  return CLAMP (widest, CHIP_MIN_WIDTH, CHIP_MAX_WIDTH);
}

/**
 * lc_timeline_track_measure_chips:
 *
 * Finds the chips' size, once per story and style.
 */
void
lc_timeline_track_measure_chips (LcTimelineTrack *self)
{
  GtkWidget *chip;

  if (self->story == NULL || self->chips->len == 0 || self->chip_width > 0)
    return;

  chip = g_ptr_array_index (self->chips, 0);
  self->chip_width = measure_chip_width (self, chip);
  gtk_label_set_text (chip_label (chip, TRUE), "X");
  gtk_widget_measure (chip, GTK_ORIENTATION_VERTICAL, self->chip_width, NULL, &self->chip_height, NULL, NULL);
  /* Bound again when placed. */
  g_array_set_size (self->chip_events, 0);
  self->chips_valid = FALSE;
}

static void
update_chip_styles (LcTimelineTrack *self)
{
  guint current = lc_timeline_track_current_event (self);

  for (guint i = 0; i < self->n_chips_shown; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      guint index = g_array_index (self->chip_events, guint, i);
      gboolean past = g_array_index (self->event_days, guint32, index) <= self->day;

      if (past)
        gtk_widget_add_css_class (chip, "past");
      else
        gtk_widget_remove_css_class (chip, "past");
      if (past && index == current)
        gtk_widget_add_css_class (chip, "current");
      else
        gtk_widget_remove_css_class (chip, "current");
    }
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* The widest move from its mark a chip may make before it gives way. */
static double
max_move (LcTimelineTrack *self)
{
  return self->chip_width * MAX_MOVE_IN_CHIPS;
}

/* Lays the chips for @events out; whether each is near enough its mark
 * (the current event's may be pushed against an end). */
static gboolean
lay_out (LcTimelineTrack *self,
         int              width,
         GArray          *events,
         double          *centres)
{
  guint focus = lc_timeline_track_current_event (self);

  for (guint i = 0; i < events->len; i++)
    centres[i] = LC_TRACK_INSET +
                 lc_timeline_scale_day_to_x (self->scale, g_array_index (self->event_days, guint32,
                                                                         g_array_index (events, guint, i)));
  g_array_set_size (self->chip_starts, events->len);
  lc_timeline_place_labels (centres, events->len, self->chip_width, LC_TRACK_CHIP_SPACING, width,
                            (double *) (gpointer) self->chip_starts->data);

  for (guint i = 0; i < events->len; i++)
    {
      double centre = g_array_index (self->chip_starts, double, i) + self->chip_width / 2.0;

      if (g_array_index (events, guint, i) != focus && fabs (centre - centres[i]) > max_move (self))
        return FALSE;
    }

  return TRUE;
}

static void
insert_sorted (GArray *events,
               guint   index)
{
  guint at = 0;

  while (at < events->len && g_array_index (events, guint, at) < index)
    at++;
  g_array_insert_val (events, at, index);
}

/* Takes up to @n events, nearest the current one first, each only if
 * the chips still sit near their marks with it. */
static void
fit_chips (LcTimelineTrack *self,
           int              width,
           guint            n,
           GArray          *events,
           double          *centres)
{
  guint focus = lc_timeline_track_current_event (self);
  guint n_events = self->event_days->len;
  /* Beyond this many events either side, none could have room. */
  guint reach = CANDIDATES_PER_CHIP * n;

  g_array_set_size (events, 0);
  for (guint distance = 0; distance <= reach && events->len < n; distance++)
    for (int side = -1; side <= 1 && events->len < n; side += 2)
      {
        guint index, at;

        if ((distance == 0 && side > 0) || (side < 0 && distance > focus) ||
            (side > 0 && focus + distance >= n_events))
          continue;

        index = side < 0 ? focus - distance : focus + distance;
        insert_sorted (events, index);
        if (lay_out (self, width, events, centres))
          continue;
        g_array_binary_search (events, &index, (GCompareFunc) compare_indices, &at);
        g_array_remove_index (events, at);
      }

  lay_out (self, width, events, centres);
}

/* Which events get chips: as many as fit, around the current one. */
static void
place_chips (LcTimelineTrack *self,
             int              width)
{
  guint n_events = self->event_days->len;
  guint n_fit = (guint) ((width + LC_TRACK_CHIP_SPACING) / (self->chip_width + LC_TRACK_CHIP_SPACING));
  guint n = MIN (MIN (n_fit, n_events), self->chips->len);
  guint focus = lc_timeline_track_current_event (self);
  g_autofree double *centres = g_new (double, MAX (n, 1));
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (guint));
  guint old_n = self->chip_events->len;

  fit_chips (self, width, n, events, centres);
  n = events->len;

  /* Bind only the chips whose event changed. */
  g_array_set_size (self->chip_events, MAX (old_n, n));
  for (guint i = 0; i < n; i++)
    {
      guint index = g_array_index (events, guint, i);

      if (i >= old_n || g_array_index (self->chip_events, guint, i) != index)
        {
          g_array_index (self->chip_events, guint, i) = index;
          bind_chip (self, g_ptr_array_index (self->chips, i), index);
        }
    }
  g_array_set_size (self->chip_events, n);

  /* Hidden chips are not there for screen readers either. */
  for (guint i = 0; i < self->chips->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (self->chips, i)) != (i < n))
      gtk_widget_set_visible (g_ptr_array_index (self->chips, i), i < n);
  self->n_chips_shown = n;
  self->chips_focus = focus;
  self->chips_valid = TRUE;
  g_clear_pointer (&self->leaders_node, gsk_render_node_unref);
  update_chip_styles (self);
}

/**
 * lc_timeline_track_allocate_chips:
 *
 * Places the chips for @width, if the width or the current event changed,
 * and gives them their places.
 */
void
lc_timeline_track_allocate_chips (LcTimelineTrack *self,
                                  int              width)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (self->scale == NULL || self->chip_width == 0)
    return;

  if (!self->chips_valid || self->chips_focus != lc_timeline_track_current_event (self))
    place_chips (self, width);

  for (guint i = 0; i < self->n_chips_shown; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      double start = g_array_index (self->chip_starts, double, i);
      GtkAllocation allocation = {
        (int) (rtl ? width - start - self->chip_width : start),
        LC_TRACK_AXIS_HEIGHT + LC_TRACK_LEADER_HEIGHT,
        self->chip_width,
        self->chip_height,
      };

      gtk_widget_measure (chip, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (chip, &allocation, -1);
    }
}

/**
 * lc_timeline_track_update_chips:
 *
 * Follows the day: the chips' styles, and their places once the current
 * event changes.
 */
void
lc_timeline_track_update_chips (LcTimelineTrack *self)
{
  if (self->chips_valid && self->chips_focus != lc_timeline_track_current_event (self))
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  update_chip_styles (self);
}

static GskRenderNode *
build_leaders (LcTimelineTrack *self)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double top = LC_TRACK_Y + LC_TRACK_MARK_RADIUS + 2;
  double bottom = LC_TRACK_AXIS_HEIGHT + LC_TRACK_LEADER_HEIGHT;
  GdkRGBA color;
  cairo_t *cr;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, bottom - top));
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * LEADER_ALPHA);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < self->n_chips_shown; i++)
    {
      guint index = g_array_index (self->chip_events, guint, i);
      double mark = lc_timeline_track_day_to_x (self, g_array_index (self->event_days, guint32, index));
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      graphene_rect_t bounds;
      double centre;

      if (!gtk_widget_compute_bounds (chip, GTK_WIDGET (self), &bounds))
        continue;
      centre = bounds.origin.x + bounds.size.width / 2;
      /* Down from the mark, across, and down to the chip. */
      cairo_move_to (cr, mark, top);
      cairo_curve_to (cr, mark, bottom, centre, top, centre, bottom);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (snapshot);
}

void
lc_timeline_track_snapshot_leaders (LcTimelineTrack *self,
                                    GtkSnapshot     *snapshot)
{
  if (self->n_chips_shown == 0)
    return;

  if (self->leaders_node == NULL)
    self->leaders_node = build_leaders (self);
  gtk_snapshot_append_node (snapshot, self->leaders_node);
}

/**
 * lc_timeline_track_get_chip:
 *
 * Returns: (transfer none) (nullable): the chip shown for @event, if any
 */
GtkWidget *
lc_timeline_track_get_chip (LcTimelineTrack *self,
                            LcEvent         *event)
{
  GListModel *events;

  g_return_val_if_fail (LC_IS_TIMELINE_TRACK (self), NULL);
  g_return_val_if_fail (LC_IS_EVENT (event), NULL);

  if (self->story == NULL)
    return NULL;

  events = lc_story_get_events (self->story);
  for (guint i = 0; i < self->n_chips_shown; i++)
    {
      g_autoptr(LcEvent) shown = g_list_model_get_item (events, g_array_index (self->chip_events, guint, i));

      if (shown == event)
        return g_ptr_array_index (self->chips, i);
    }

  return NULL;
}
