/* lc-timeline-chips.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lc-widget-private.h"
#include "lc-timeline-chips.h"

/**
 * LcTimelineChips:
 *
 * The events' chips under the timeline's track (#LcTimelineTrack): a
 * button each for the events around the day, as many as fit in a row,
 * made once and bound again as the day moves. Each sits under its mark
 * when it has room and as near as its neighbours allow when it has not
 * (lc_timeline_place_labels()), with a line up to the mark; an event whose
 * chip would hang too far from its mark has none. A group named "Events"
 * to screen readers, apart from the slider.
 */
struct _LcTimelineChips
{
  GtkWidget        parent_instance;

  LcTimelineTrack *track;
  GPtrArray       *chips;        /* GtkButton, reused */
  GArray          *chip_events;  /* guint, the event each shown chip is for */
  GArray          *chip_starts;  /* double, where each starts */
  guint            n_shown;
  int              chip_width;
  int              chip_height;
  int              placed_width;
  guint            placed_focus;
  gboolean         placed;
  GskRenderNode   *leaders_node;
};

G_DEFINE_FINAL_TYPE (LcTimelineChips, lc_timeline_chips, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TRACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Never more chips than this, however wide the window. */
#define MAX_CHIPS           24
#define CHIP_MIN_WIDTH      96
#define CHIP_MAX_WIDTH      240
#define CHIP_SPACING        6
#define LEADER_HEIGHT       12
#define LEADER_ALPHA        0.35
/* Events considered for chips, either side of the current one, per chip. */
#define CANDIDATES_PER_CHIP 3
/* A chip moved further than this (in chip widths) from its mark gives way. */
#define MAX_MOVE_IN_CHIPS   0.75

static LcStory *
get_story (LcTimelineChips *self)
{
  return self->track != NULL ? lc_timeline_track_get_story (self->track) : NULL;
}

static guint
n_events (LcTimelineChips *self)
{
  LcStory *story = get_story (self);

  return story != NULL ? g_list_model_get_n_items (lc_story_get_events (story)) : 0;
}

static guint32
event_day (LcTimelineChips *self,
           guint            index)
{
  g_autoptr(LcEvent) event = g_list_model_get_item (lc_story_get_events (get_story (self)), index);

  return lc_event_get_date (event)->day;
}

/* The last event on or before the day, or the first when none is yet. */
static guint
current_event (LcTimelineChips *self)
{
  LcStory *story = get_story (self);
  guint n = story != NULL ? lc_story_count_events_until (story, lc_timeline_track_get_day (self->track)) : 0;

  return n > 0 ? n - 1 : 0;
}

/* Where @day's mark is, from this widget's start. */
static double
mark_x (LcTimelineChips *self,
        guint32          day)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->track), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (lc_timeline_track_day_to_x (self->track, day), 0),
                                 &point))
    return 0;

  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
         ? gtk_widget_get_width (GTK_WIDGET (self)) - point.x : point.x;
}

static void
on_chip_clicked_cb (LcTimelineChips *self,
                    GtkButton       *chip)
{
  guint index;

  if (!g_ptr_array_find (self->chips, chip, &index) || index >= self->n_shown)
    return;

  lc_timeline_track_set_day (self->track, event_day (self, g_array_index (self->chip_events, guint, index)));
}

static GtkWidget *
create_chip (LcTimelineChips *self)
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
bind_chip (LcTimelineChips *self,
           GtkWidget       *chip,
           guint            index)
{
  g_autoptr(LcEvent) event = g_list_model_get_item (lc_story_get_events (get_story (self)), index);
  g_autofree char *date = lc_date_format (lc_event_get_date (event));
  /* Translators: a button that moves the timeline to an event */
  g_autofree char *accessible = g_strdup_printf (_("Go to %s: %s"), date, lc_event_get_title (event));
  g_autofree char *tooltip = lc_format_isolated (C_("event on the timeline", "%s: %s"), date,
                                                 lc_event_get_title (event), NULL);

  gtk_label_set_text (chip_label (chip, FALSE), date);
  gtk_label_set_text (chip_label (chip, TRUE), lc_event_get_title (event));
  lc_widget_set_tooltip (chip, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
clear_chips (LcTimelineChips *self)
{
  for (guint i = 0; i < self->chips->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->chips, i));
  g_ptr_array_set_size (self->chips, 0);
  g_array_set_size (self->chip_events, 0);
  g_array_set_size (self->chip_starts, 0);
  self->n_shown = 0;
  self->chip_width = 0;
  self->chip_height = 0;
  self->placed = FALSE;
  g_clear_pointer (&self->leaders_node, gsk_render_node_unref);
}

/* Wide enough for the longest date: a day in the longest month's name. */
static int
measure_chip_width (LcTimelineChips *self,
                    GtkWidget       *chip)
{
  LcDate end = { lc_story_get_end (get_story (self)), LC_DATE_PRECISION_DAY };
  int widest = 0;
  guint year;

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

/* The chips' size, once per story and style. */
static void
ensure_chip_size (LcTimelineChips *self)
{
  GtkWidget *chip;

  if (self->chips->len == 0 || self->chip_width > 0)
    return;

  chip = g_ptr_array_index (self->chips, 0);
  self->chip_width = measure_chip_width (self, chip);
  gtk_label_set_text (chip_label (chip, TRUE), "X");
  gtk_widget_measure (chip, GTK_ORIENTATION_VERTICAL, self->chip_width, NULL, &self->chip_height, NULL, NULL);
  /* Each is bound again when placed. */
  g_array_set_size (self->chip_events, 0);
  self->placed = FALSE;
}

static void
update_styles (LcTimelineChips *self)
{
  guint current = current_event (self);
  guint32 day = self->track != NULL ? lc_timeline_track_get_day (self->track) : 0;

  for (guint i = 0; i < self->n_shown; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      guint index = g_array_index (self->chip_events, guint, i);
      gboolean past = event_day (self, index) <= day;

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

/* Lays the chips for @events out; whether each is near enough its mark
 * (the current event's may be pushed against an end). */
static gboolean
lay_out (LcTimelineChips *self,
         int              width,
         GArray          *events,
         double          *centres)
{
  guint focus = current_event (self);

  for (guint i = 0; i < events->len; i++)
    centres[i] = mark_x (self, event_day (self, g_array_index (events, guint, i)));
  g_array_set_size (self->chip_starts, events->len);
  lc_timeline_place_labels (centres, events->len, self->chip_width, CHIP_SPACING, width,
                            (double *) (gpointer) self->chip_starts->data);

  for (guint i = 0; i < events->len; i++)
    {
      double centre = g_array_index (self->chip_starts, double, i) + self->chip_width / 2.0;

      if (g_array_index (events, guint, i) != focus &&
          fabs (centre - centres[i]) > self->chip_width * MAX_MOVE_IN_CHIPS)
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
fit_chips (LcTimelineChips *self,
           int              width,
           guint            n,
           GArray          *events,
           double          *centres)
{
  guint focus = current_event (self);
  guint total = n_events (self);
  /* Beyond this many events either side, none could have room. */
  guint reach = CANDIDATES_PER_CHIP * n;

  g_array_set_size (events, 0);
  for (guint distance = 0; distance <= reach && events->len < n; distance++)
    for (int side = -1; side <= 1 && events->len < n; side += 2)
      {
        guint index, at;

        if ((distance == 0 && side > 0) || (side < 0 && distance > focus) ||
            (side > 0 && focus + distance >= total))
          continue;

        index = side < 0 ? focus - distance : focus + distance;
        insert_sorted (events, index);
        if (lay_out (self, width, events, centres))
          continue;
        g_array_binary_search (events, &index, compare_indices, &at);
        g_array_remove_index (events, at);
      }

  lay_out (self, width, events, centres);
}

/* Which events get chips, and where. */
static void
place_chips (LcTimelineChips *self,
             int              width)
{
  guint n_fit = (guint) ((width + CHIP_SPACING) / (self->chip_width + CHIP_SPACING));
  guint n = MIN (MIN (n_fit, n_events (self)), self->chips->len);
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

  self->n_shown = n;
  self->placed_width = width;
  self->placed_focus = current_event (self);
  self->placed = TRUE;
  g_clear_pointer (&self->leaders_node, gsk_render_node_unref);
  update_styles (self);
}

static void
on_track_day_cb (LcTimelineChips *self,
                 GParamSpec      *pspec,
                 LcTimelineTrack *track)
{
  if (self->placed && self->placed_focus != current_event (self))
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  update_styles (self);
}

static void
on_track_story_cb (LcTimelineChips *self,
                   GParamSpec      *pspec,
                   LcTimelineTrack *track)
{
  clear_chips (self);
  while (self->chips->len < MIN (n_events (self), MAX_CHIPS))
    g_ptr_array_add (self->chips, create_chip (self));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
lc_timeline_chips_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  LcTimelineChips *self = LC_TIMELINE_CHIPS (widget);

  /* However many events: the chips are as many as fit. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  ensure_chip_size (self);
  *minimum = *natural = self->chip_height > 0 ? LEADER_HEIGHT + self->chip_height : 0;
}

static void
lc_timeline_chips_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  LcTimelineChips *self = LC_TIMELINE_CHIPS (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->track == NULL || lc_timeline_track_get_scale (self->track) == NULL || self->chip_width == 0)
    return;

  /* The track, above, is laid out first, so its marks are in place. */
  if (!self->placed || self->placed_width != width || self->placed_focus != current_event (self))
    place_chips (self, width);
  g_clear_pointer (&self->leaders_node, gsk_render_node_unref);

  for (guint i = 0; i < self->n_shown; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      double start = g_array_index (self->chip_starts, double, i);
      GtkAllocation allocation = {
        (int) (rtl ? width - start - self->chip_width : start), LEADER_HEIGHT,
        self->chip_width, self->chip_height,
      };

      gtk_widget_measure (chip, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (chip, &allocation, -1);
    }
}

/* From each mark, on the track above, down to its chip. */
static GskRenderNode *
build_leaders (LcTimelineChips *self)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  graphene_point_t top;
  GdkRGBA color;
  cairo_t *cr;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->track), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (0, lc_timeline_track_get_marks_bottom (self->track)),
                                 &top))
    top.y = 0;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top.y, width, LEADER_HEIGHT - top.y));
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * LEADER_ALPHA);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < self->n_shown; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      double mark = lc_timeline_track_day_to_x (self->track, event_day (self, g_array_index (self->chip_events, guint, i)));
      graphene_point_t from;
      graphene_rect_t bounds;
      double centre;

      if (!gtk_widget_compute_bounds (chip, GTK_WIDGET (self), &bounds) ||
          !gtk_widget_compute_point (GTK_WIDGET (self->track), GTK_WIDGET (self),
                                     &GRAPHENE_POINT_INIT (mark, 0), &from))
        continue;
      centre = bounds.origin.x + bounds.size.width / 2;
      /* Down from the mark, across, and down to the chip. */
      cairo_move_to (cr, from.x, top.y);
      cairo_curve_to (cr, from.x, LEADER_HEIGHT, centre, top.y, centre, LEADER_HEIGHT);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (snapshot);
}

static void
lc_timeline_chips_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LcTimelineChips *self = LC_TIMELINE_CHIPS (widget);

  if (self->n_shown == 0)
    return;

  if (self->leaders_node == NULL)
    self->leaders_node = build_leaders (self);
  gtk_snapshot_append_node (snapshot, self->leaders_node);

  for (guint i = 0; i < self->n_shown; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->chips, i), snapshot);
}

static void
lc_timeline_chips_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  LcTimelineChips *self = LC_TIMELINE_CHIPS (widget);

  GTK_WIDGET_CLASS (lc_timeline_chips_parent_class)->css_changed (widget, change);

  self->chip_width = 0;
  self->placed = FALSE;
  g_clear_pointer (&self->leaders_node, gsk_render_node_unref);
  gtk_widget_queue_resize (widget);
}

static void
lc_timeline_chips_dispose (GObject *object)
{
  LcTimelineChips *self = (LcTimelineChips *)object;

  lc_timeline_chips_set_track (self, NULL);
  clear_chips (self);
  lc_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (lc_timeline_chips_parent_class)->dispose (object);
}

static void
lc_timeline_chips_finalize (GObject *object)
{
  LcTimelineChips *self = (LcTimelineChips *)object;

  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_pointer (&self->chip_events, g_array_unref);
  g_clear_pointer (&self->chip_starts, g_array_unref);

  G_OBJECT_CLASS (lc_timeline_chips_parent_class)->finalize (object);
}

static void
lc_timeline_chips_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LcTimelineChips *self = LC_TIMELINE_CHIPS (object);

  switch (prop_id)
    {
    case PROP_TRACK:
      g_value_set_object (value, self->track);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_chips_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LcTimelineChips *self = LC_TIMELINE_CHIPS (object);

  switch (prop_id)
    {
    case PROP_TRACK:
      lc_timeline_chips_set_track (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_chips_class_init (LcTimelineChipsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_timeline_chips_dispose;
  object_class->finalize = lc_timeline_chips_finalize;
  object_class->get_property = lc_timeline_chips_get_property;
  object_class->set_property = lc_timeline_chips_set_property;
  widget_class->measure = lc_timeline_chips_measure;
  widget_class->size_allocate = lc_timeline_chips_size_allocate;
  widget_class->snapshot = lc_timeline_chips_snapshot;
  widget_class->css_changed = lc_timeline_chips_css_changed;

  properties[PROP_TRACK] =
    g_param_spec_object ("track", NULL, NULL, LC_TYPE_TIMELINE_TRACK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "timelinechips");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lc_timeline_chips_init (LcTimelineChips *self)
{
  self->chips = g_ptr_array_new ();
  self->chip_events = g_array_new (FALSE, FALSE, sizeof (guint));
  self->chip_starts = g_array_new (FALSE, FALSE, sizeof (double));
}

/**
 * lc_timeline_chips_get_track:
 *
 * Returns: (transfer none) (nullable): the track whose events these are
 */
LcTimelineTrack *
lc_timeline_chips_get_track (LcTimelineChips *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_CHIPS (self), NULL);

  return self->track;
}

/**
 * lc_timeline_chips_set_track:
 * @track: (nullable): the track above, whose story, day and marks the
 *   chips follow
 */
void
lc_timeline_chips_set_track (LcTimelineChips *self,
                             LcTimelineTrack *track)
{
  g_return_if_fail (LC_IS_TIMELINE_CHIPS (self));

  if (self->track == track)
    return;

  if (self->track != NULL)
    g_signal_handlers_disconnect_by_data (self->track, self);
  g_set_object (&self->track, track);
  if (track != NULL)
    {
      g_signal_connect_object (track, "notify::day", G_CALLBACK (on_track_day_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (track, "notify::story", G_CALLBACK (on_track_story_cb), self, G_CONNECT_SWAPPED);
    }
  on_track_story_cb (self, NULL, track);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
}

/**
 * lc_timeline_chips_get_chip:
 *
 * Returns: (transfer none) (nullable): the chip shown for @event, if any
 */
GtkWidget *
lc_timeline_chips_get_chip (LcTimelineChips *self,
                            LcEvent         *event)
{
  LcStory *story;

  g_return_val_if_fail (LC_IS_TIMELINE_CHIPS (self), NULL);
  g_return_val_if_fail (LC_IS_EVENT (event), NULL);

  story = get_story (self);
  if (story == NULL)
    return NULL;

  for (guint i = 0; i < self->n_shown; i++)
    {
      g_autoptr(LcEvent) shown = g_list_model_get_item (lc_story_get_events (story),
                                                        g_array_index (self->chip_events, guint, i));

      if (shown == event)
        return g_ptr_array_index (self->chips, i);
    }

  return NULL;
}
