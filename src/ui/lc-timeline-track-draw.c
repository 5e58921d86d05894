/* lc-timeline-track-draw.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lc-timeline-track-private.h"

/* What a frame of the track reuses: built once per width, story and
 * style, so a step of the day only moves the handle and the clip between
 * the past's colours and the future's. */

#define BREAK_SLANT        3.0
#define BREAK_HALF_HEIGHT  6.0
#define LABEL_SCALE        0.8
#define LABEL_SPACING      12.0
/* Months get names when one is at least this wide; otherwise years do. */
#define MONTH_LABEL_MIN_PX 90.0
/* A month's (or year's) name within a period keeps this far from its ends. */
#define LABEL_MARGIN_DAYS  7
#define MAX_CLUSTER_GROWTH 3.0
#define MAX_DESCRIBED      3

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA background;
} TrackColors;

static void
get_colors (LcTimelineTrack *self,
            TrackColors     *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &colors->fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &colors->accent))
    colors->accent = colors->fg;
  if (!gtk_style_context_lookup_color (context, "window_bg_color", &colors->background))
    colors->background = (GdkRGBA) { 1, 1, 1, 1 };
}

/**
 * lc_timeline_track_collect_marks:
 *
 * One mark per event, or per group of events closer than a few pixels at
 * the scale's width. O(n log p) in events and periods.
 */
void
lc_timeline_track_collect_marks (LcTimelineTrack *self)
{
  g_array_set_size (self->marks, 0);
  if (self->scale == NULL)
    return;

  for (guint i = 0; i < self->event_days->len; i++)
    {
      double x = lc_timeline_scale_day_to_x (self->scale, g_array_index (self->event_days, guint32, i));
      LcTrackMark *last = self->marks->len > 0 ? &g_array_index (self->marks, LcTrackMark, self->marks->len - 1)
                                               : NULL;

      if (last != NULL && x - last->x < LC_TRACK_CLUSTER_PX)
        last->n++;
      else
        g_array_append_val (self->marks, ((LcTrackMark) { x, i, 1 }));
    }
}

void
lc_timeline_track_clear_caches (LcTimelineTrack *self)
{
  g_clear_pointer (&self->past_node, gsk_render_node_unref);
  g_clear_pointer (&self->future_node, gsk_render_node_unref);
  g_clear_pointer (&self->labels_node, gsk_render_node_unref);
}

static void
draw_break (LcTimelineTrack         *self,
            cairo_t                 *cr,
            const LcTimelineSegment *segment,
            const GdkRGBA           *color)
{
  double x0 = lc_timeline_track_to_widget_x (self, segment->x0);
  double x1 = lc_timeline_track_to_widget_x (self, segment->x1);
  double middle = (x0 + x1) / 2;

  /* Time left out: a thin dotted line, broken in the middle. */
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * 0.6);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { 2, 3 }, 2, 0);
  cairo_move_to (cr, x0, LC_TRACK_Y);
  cairo_line_to (cr, x1, LC_TRACK_Y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  for (int i = -1; i <= 1; i += 2)
    {
      cairo_move_to (cr, middle + i * 2 - BREAK_SLANT, LC_TRACK_Y + BREAK_HALF_HEIGHT);
      cairo_line_to (cr, middle + i * 2 + BREAK_SLANT, LC_TRACK_Y - BREAK_HALF_HEIGHT);
    }
  cairo_stroke (cr);
}

static void
draw_period (LcTimelineTrack         *self,
             cairo_t                 *cr,
             const LcTimelineSegment *segment,
             const GdkRGBA           *color)
{
  double x0 = lc_timeline_track_to_widget_x (self, segment->x0);
  double x1 = lc_timeline_track_to_widget_x (self, segment->x1);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, LC_TRACK_THICKNESS);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x0, LC_TRACK_Y);
  cairo_line_to (cr, x1, LC_TRACK_Y);
  cairo_stroke (cr);
}

static void
draw_marks (LcTimelineTrack   *self,
            cairo_t           *cr,
            const GdkRGBA     *color,
            const TrackColors *colors)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      const LcTrackMark *mark = &g_array_index (self->marks, LcTrackMark, i);
      double radius = LC_TRACK_MARK_RADIUS + MIN (log2 (mark->n), MAX_CLUSTER_GROWTH);

      cairo_arc (cr, lc_timeline_track_to_widget_x (self, mark->x), LC_TRACK_Y, radius, 0, 2 * G_PI);
      gdk_cairo_set_source_rgba (cr, color);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &colors->background);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

/* The track and its marks, all in the past's colours or all in the
 * future's: drawn once into an image at the widget's scale, which each
 * frame paints. As a cairo node of its own drawing, a frame that shows
 * the track again (every step moves the clip between past and future)
 * would draw every mark again, a few milliseconds with a thousand events. */
static GskRenderNode *
build_track (LcTimelineTrack   *self,
             const TrackColors *colors,
             gboolean           past)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double top = LC_TRACK_Y - LC_TRACK_HANDLE_RADIUS, height = 2 * LC_TRACK_HANDLE_RADIUS;
  GdkRGBA bar = colors->fg, mark = colors->fg;
  cairo_surface_t *image;
  cairo_t *cr;

  if (past)
    bar = mark = colors->accent;
  else
    {
      bar.alpha *= 0.18;
      mark.alpha *= 0.55;
    }

  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1) * scale, height * scale);
  cairo_surface_set_device_scale (image, scale, scale);
  cr = cairo_create (image);
  cairo_translate (cr, 0, -top);
  for (guint i = 0; i < lc_timeline_scale_get_n_segments (self->scale); i++)
    {
      const LcTimelineSegment *segment = lc_timeline_scale_get_segment (self->scale, i);

      if (segment->is_break)
        draw_break (self, cr, segment, &colors->fg);
      else
        draw_period (self, cr, segment, &bar);
    }
  draw_marks (self, cr, &mark, colors);
  cairo_destroy (cr);
  self->n_track_images++;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, height));
  cairo_set_source_surface (cr, image, 0, top);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (image);

  return gtk_snapshot_free_to_node (snapshot);
}

/* The first of the month (or year) after @day. */
static guint32
next_boundary (guint32  day,
               gboolean years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_set_day (&date, 1);
  if (years)
    {
      g_date_set_month (&date, G_DATE_JANUARY);
      g_date_add_years (&date, 1);
    }
  else
    g_date_add_months (&date, 1);

  return g_date_get_julian (&date);
}

typedef struct
{
  double  x;         /* from the start edge, where time begins */
  double  width;
  double  priority;
  char   *text;
} PeriodLabel;

static void
clear_label (gpointer data)
{
  g_free (((PeriodLabel *) data)->text);
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  double pa = ((const PeriodLabel *) a)->priority, pb = ((const PeriodLabel *) b)->priority;

  return (pa < pb) - (pa > pb);
}

static void
add_label (GArray     *labels,
           double      x,
           double      priority,
           guint32     day,
           gboolean    years)
{
  LcDate date = { day, years ? LC_DATE_PRECISION_YEAR : LC_DATE_PRECISION_MONTH };
  PeriodLabel label = { x, 0, priority, lc_date_format (&date) };

  g_array_append_val (labels, label);
}

/* Each period's name where it starts, and its months' (or, when they are
 * narrow, its years') where there is room. A wider period's names come
 * first, and a period's start before its months. */
static void
collect_period_labels (LcTimelineTrack         *self,
                       const LcTimelineSegment *segment,
                       GArray                  *labels)
{
  double width = segment->x1 - segment->x0;
  double px_per_day = width / (segment->end_day - segment->first_day);
  gboolean years = px_per_day * 30 < MONTH_LABEL_MIN_PX;

  add_label (labels, LC_TRACK_INSET + segment->x0, 2 * width, segment->first_day, years);
  for (guint32 day = next_boundary (segment->first_day, years);
       day + LABEL_MARGIN_DAYS < segment->end_day; day = next_boundary (day, years))
    if (day >= segment->first_day + LABEL_MARGIN_DAYS)
      add_label (labels, LC_TRACK_INSET + lc_timeline_scale_day_to_x (self->scale, day) - px_per_day / 2,
                 width, day, years);
}

static gboolean
overlaps (GArray            *placed,
          const PeriodLabel *label)
{
  for (guint i = 0; i < placed->len; i++)
    {
      const PeriodLabel *other = g_array_index (placed, const PeriodLabel *, i);

      if (label->x < other->x + other->width + LABEL_SPACING &&
          other->x < label->x + label->width + LABEL_SPACING)
        return TRUE;
    }

  return FALSE;
}

static GskRenderNode *
build_labels (LcTimelineTrack   *self,
              const TrackColors *colors)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoAttrList *attributes = pango_attr_list_new ();
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (PeriodLabel));
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (PeriodLabel *));
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GdkRGBA color = colors->fg;

  g_array_set_clear_func (labels, clear_label);
  color.alpha *= 0.7;
  pango_attr_list_insert (attributes, pango_attr_scale_new (LABEL_SCALE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  for (guint i = 0; i < lc_timeline_scale_get_n_segments (self->scale); i++)
    {
      const LcTimelineSegment *segment = lc_timeline_scale_get_segment (self->scale, i);

      if (!segment->is_break)
        collect_period_labels (self, segment, labels);
    }
  g_array_sort (labels, compare_priority);

  for (guint i = 0; i < labels->len; i++)
    {
      PeriodLabel *label = &g_array_index (labels, PeriodLabel, i);
      PangoRectangle extents;

      pango_layout_set_text (layout, label->text, -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      label->width = extents.width;
      label->x = CLAMP (label->x, 0, MAX (width - label->width, 0));
      if (overlaps (placed, label))
        continue;
      g_array_append_val (placed, label);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rtl ? width - label->x - label->width : label->x, 0));
      gtk_snapshot_append_layout (snapshot, layout, &color);
      gtk_snapshot_restore (snapshot);
    }

  g_object_unref (layout);
  return gtk_snapshot_free_to_node (snapshot);
}

void
lc_timeline_track_ensure_caches (LcTimelineTrack *self)
{
  TrackColors colors;

  if (self->past_node != NULL)
    return;

  get_colors (self, &colors);
  self->past_node = build_track (self, &colors, TRUE);
  self->future_node = build_track (self, &colors, FALSE);
  self->labels_node = build_labels (self, &colors);
}

/**
 * lc_timeline_track_snapshot_track:
 *
 * The names, then the track: the cached nodes, the past's up to the
 * handle and the future's after it.
 */
void
lc_timeline_track_snapshot_track (LcTimelineTrack *self,
                                  GtkSnapshot     *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double handle = lc_timeline_track_day_to_x (self, self->day);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  /* The day's own mark, under the handle, is past. */
  double split = rtl ? handle - LC_TRACK_MARK_RADIUS - 1 : handle + LC_TRACK_MARK_RADIUS + 1;
  graphene_rect_t start = GRAPHENE_RECT_INIT (0, 0, MAX (split, 0), height);
  graphene_rect_t end = GRAPHENE_RECT_INIT (split, 0, MAX (width - split, 0), height);

  gtk_snapshot_append_node (snapshot, self->labels_node);

  gtk_snapshot_push_clip (snapshot, rtl ? &end : &start);
  gtk_snapshot_append_node (snapshot, self->past_node);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_push_clip (snapshot, rtl ? &start : &end);
  gtk_snapshot_append_node (snapshot, self->future_node);
  gtk_snapshot_pop (snapshot);
}

/**
 * lc_timeline_track_describe_mark:
 *
 * Returns: (transfer full): what a mark stands for, for its tooltip: the
 *   event's date and title, or the first few of a group's
 */
char *
lc_timeline_track_describe_mark (LcTimelineTrack   *self,
                                 const LcTrackMark *mark)
{
  GListModel *events = lc_story_get_events (self->story);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < MIN (mark->n, MAX_DESCRIBED); i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, mark->first + i);
      g_autofree char *date = lc_date_format (lc_event_get_date (event));
      /* Translators: an event in the timeline's tooltip, "30 December 2022: Russia reports no progress" */
      g_autofree char *line = lc_format_isolated (C_("event on the timeline", "%s: %s"), date,
                                                  lc_event_get_title (event), NULL);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  if (mark->n > MAX_DESCRIBED)
    {
      guint more = mark->n - MAX_DESCRIBED;

      g_string_append_c (text, '\n');
      /* Translators: after the first three of a group of events in a tooltip */
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", more), more);
    }

  return g_string_free (text, FALSE);
}
