/* lc-timeline-scale.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lc-timeline-scale.h"

/**
 * LcTimelineScale:
 *
 * Where each day of a story lies on the timeline: a focus and context
 * scale. Events closer than a month to the next make a busy period, whose
 * days keep their proportions; the time between two periods is a break, a
 * short compressed stretch drawn broken. Periods share the width by how
 * much happens in them (their events, and their length a little), so the
 * nineteen days of December 2022 get most of it rather than the 25 pixels
 * a linear scale from November 2020 left them.
 *
 * Building it is O(n) in the events, placing a width O(periods); a day or
 * a pixel is found by binary search. No GTK: the timeline widget draws
 * with it and the tests measure it.
 */

/* Events further apart than this start a new period. */
#define MAX_GAP_DAYS       31
/* Days kept around a period's first and last events. */
#define PERIOD_PAD_DAYS    1
/* A period weighs its events to this power, and a fortnight as one event. */
#define EVENT_EXPONENT     1.5
#define DAYS_PER_WEIGHT    14.0
#define FOCUS_WEIGHT       2.0
#define MIN_PERIOD_PX      32.0
#define BREAK_PX           20.0
#define BREAK_PX_MAX       36.0
#define BREAK_PX_PER_OCTAVE 4.0
/* Breaks never take more of the width than this. */
#define BREAKS_MAX_SHARE   0.25

struct _LcTimelineScale
{
  guint32  start;
  guint32  end;
  guint32  focus;
  double   width;
  GArray  *segments;
};

static void
add_segment (LcTimelineScale *self,
             guint32          first_day,
             guint32          end_day,
             gboolean         is_break,
             guint            n_events)
{
  LcTimelineSegment segment = { first_day, end_day, 0, 0, is_break, n_events };

  if (end_day > first_day)
    g_array_append_val (self->segments, segment);
}

/* Groups the sorted @days into periods, with breaks between them. */
static void
build_segments (LcTimelineScale *self,
                const guint32   *days,
                guint            n)
{
  guint32 covered = self->start;
  guint i = 0;

  if (n == 0)
    {
      add_segment (self, self->start, self->end + 1, FALSE, 0);
      return;
    }

  while (i < n)
    {
      guint j = i;
      guint32 first, end;

      while (j + 1 < n && days[j + 1] - days[j] <= MAX_GAP_DAYS)
        j++;

      first = MAX (days[i] - MIN (days[i], PERIOD_PAD_DAYS), self->start);
      end = MIN (days[j] + 1 + PERIOD_PAD_DAYS, self->end + 1);
      /* A short stretch before the first period or after the last is
       * part of it rather than a break of its own. */
      if (i == 0 && first - self->start <= MAX_GAP_DAYS)
        first = self->start;
      if (j + 1 == n && self->end + 1 - end <= MAX_GAP_DAYS)
        end = self->end + 1;

      add_segment (self, covered, first, TRUE, 0);
      add_segment (self, first, end, FALSE, j - i + 1);
      covered = end;
      i = j + 1;
    }
  add_segment (self, covered, self->end + 1, TRUE, 0);
}

/**
 * lc_timeline_scale_new:
 * @start: the story's first day
 * @end: its last day
 * @focus: the day the story opens on, whose period gets more room
 * @event_days: (array length=n_events): the days of its events, in order
 * @n_events: how many
 *
 * Returns: (transfer full): the scale, at a width of 0 until
 *   lc_timeline_scale_set_width()
 */
LcTimelineScale *
lc_timeline_scale_new (guint32        start,
                       guint32        end,
                       guint32        focus,
                       const guint32 *event_days,
                       guint          n_events)
{
  LcTimelineScale *self;
  g_autoptr(GArray) days = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_events);

  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (event_days != NULL || n_events == 0, NULL);

  for (guint i = 0; i < n_events; i++)
    if (event_days[i] >= start && event_days[i] <= end)
      {
        g_return_val_if_fail (days->len == 0 || event_days[i] >= g_array_index (days, guint32, days->len - 1),
                              NULL);
        g_array_append_val (days, event_days[i]);
      }

  self = g_new0 (LcTimelineScale, 1);
  self->start = start;
  self->end = end;
  self->focus = focus;
  self->segments = g_array_new (FALSE, FALSE, sizeof (LcTimelineSegment));
  build_segments (self, (const guint32 *) (gpointer) days->data, days->len);

  return self;
}

void
lc_timeline_scale_free (LcTimelineScale *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->segments);
  g_free (self);
}

static double
break_width (const LcTimelineSegment *segment)
{
  double octaves = log2 ((double) (segment->end_day - segment->first_day) / MAX_GAP_DAYS);

  return CLAMP (BREAK_PX + BREAK_PX_PER_OCTAVE * MAX (octaves, 0), BREAK_PX, BREAK_PX_MAX);
}

static double
period_weight (LcTimelineScale         *self,
               const LcTimelineSegment *segment)
{
  double weight = pow (segment->n_events, EVENT_EXPONENT) +
                  (segment->end_day - segment->first_day) / DAYS_PER_WEIGHT;

  if (self->focus >= segment->first_day && self->focus < segment->end_day)
    weight *= FOCUS_WEIGHT;

  return weight;
}

/* Shares @available among the periods by weight, none under the minimum
 * while there is room for that. Widths go to x1 - x0 through @widths. */
static void
share_periods (LcTimelineScale *self,
               double           available,
               double          *widths)
{
  guint n = self->segments->len, n_periods = 0;
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  gboolean changed = TRUE;

  for (guint i = 0; i < n; i++)
    n_periods += !g_array_index (self->segments, LcTimelineSegment, i).is_break;

  while (changed)
    {
      double weights = 0, left = available;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        {
          const LcTimelineSegment *segment = &g_array_index (self->segments, LcTimelineSegment, i);

          if (segment->is_break)
            continue;
          if (fixed[i])
            left -= MIN_PERIOD_PX;
          else
            weights += period_weight (self, segment);
        }

      for (guint i = 0; i < n; i++)
        {
          const LcTimelineSegment *segment = &g_array_index (self->segments, LcTimelineSegment, i);

          if (segment->is_break || fixed[i])
            continue;
          widths[i] = weights > 0 ? left * period_weight (self, segment) / weights : 0;
          /* Too narrow to share out minimums: proportions alone. */
          if (widths[i] < MIN_PERIOD_PX && available >= n_periods * MIN_PERIOD_PX)
            {
              fixed[i] = TRUE;
              widths[i] = MIN_PERIOD_PX;
              changed = TRUE;
            }
        }
    }
}

/**
 * lc_timeline_scale_set_width:
 * @width: the timeline's length in pixels
 *
 * Lays the days out over @width.
 */
void
lc_timeline_scale_set_width (LcTimelineScale *self,
                             double           width)
{
  guint n;
  g_autofree double *widths = NULL;
  double breaks = 0, break_scale = 1, x = 0;

  g_return_if_fail (self != NULL);

  width = MAX (width, 0);
  self->width = width;
  n = self->segments->len;
  widths = g_new0 (double, n);

  for (guint i = 0; i < n; i++)
    {
      const LcTimelineSegment *segment = &g_array_index (self->segments, LcTimelineSegment, i);

      if (segment->is_break)
        breaks += widths[i] = break_width (segment);
    }
  if (breaks > BREAKS_MAX_SHARE * width)
    break_scale = breaks > 0 ? BREAKS_MAX_SHARE * width / breaks : 0;
  for (guint i = 0; i < n; i++)
    if (g_array_index (self->segments, LcTimelineSegment, i).is_break)
      widths[i] *= break_scale;

  share_periods (self, width - breaks * break_scale, widths);

  for (guint i = 0; i < n; i++)
    {
      LcTimelineSegment *segment = &g_array_index (self->segments, LcTimelineSegment, i);

      segment->x0 = x;
      x += widths[i];
      segment->x1 = i + 1 == n ? width : x;
    }
}

double
lc_timeline_scale_get_width (LcTimelineScale *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->width;
}

/* The segment holding @day: a binary search. */
static const LcTimelineSegment *
find_day (LcTimelineScale *self,
          guint32          day)
{
  guint low = 0, high = self->segments->len;

  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->segments, LcTimelineSegment, middle).first_day <= day)
        low = middle;
      else
        high = middle;
    }

  return &g_array_index (self->segments, LcTimelineSegment, low);
}

/**
 * lc_timeline_scale_day_to_x:
 *
 * Returns: where the middle of @day lies, in pixels from the start; days
 *   outside the story are at its ends
 */
double
lc_timeline_scale_day_to_x (LcTimelineScale *self,
                            guint32          day)
{
  const LcTimelineSegment *segment;
  double t;

  g_return_val_if_fail (self != NULL, 0);

  day = CLAMP (day, self->start, self->end);
  segment = find_day (self, day);
  t = (day + 0.5 - segment->first_day) / (segment->end_day - segment->first_day);

  return segment->x0 + t * (segment->x1 - segment->x0);
}

/**
 * lc_timeline_scale_x_to_day:
 * @x: pixels from the start
 *
 * Returns: the day at @x, within the story
 */
guint32
lc_timeline_scale_x_to_day (LcTimelineScale *self,
                            double           x)
{
  guint low = 0, high;
  const LcTimelineSegment *segment;
  double t;
  guint32 day;

  g_return_val_if_fail (self != NULL, 0);

  high = self->segments->len;
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->segments, LcTimelineSegment, middle).x0 <= x)
        low = middle;
      else
        high = middle;
    }

  segment = &g_array_index (self->segments, LcTimelineSegment, low);
  t = segment->x1 > segment->x0 ? (x - segment->x0) / (segment->x1 - segment->x0) : 0;
  day = segment->first_day + (guint32) floor (CLAMP (t, 0, 1) * (segment->end_day - segment->first_day));

  return CLAMP (day, MAX (segment->first_day, self->start), MIN (segment->end_day - 1, self->end));
}

guint
lc_timeline_scale_get_n_segments (LcTimelineScale *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->segments->len;
}

/**
 * lc_timeline_scale_get_segment:
 *
 * Returns: (transfer none): the @index-th stretch of the timeline, from its start
 */
const LcTimelineSegment *
lc_timeline_scale_get_segment (LcTimelineScale *self,
                               guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->segments->len, NULL);

  return &g_array_index (self->segments, LcTimelineSegment, index);
}

typedef struct
{
  guint  first;
  guint  n;
  double sum;    /* of each label's ideal start, less its offset in the block */
  double start;
} LabelBlock;

static void
settle_block (LabelBlock *block,
              double      label_width,
              double      spacing,
              double      width)
{
  double highest = width - label_width - (block->n - 1) * (label_width + spacing);

  block->start = CLAMP (block->sum / block->n, 0, MAX (highest, 0));
}

/**
 * lc_timeline_place_labels:
 * @centres: (array length=n): where each label would be centred, in order
 * @n: how many labels
 * @label_width: the width of each
 * @spacing: the room between two
 * @width: the room for them all, from 0
 * @starts: (out caller-allocates) (array length=n): where each starts
 *
 * Lays labels out in a row, in order, none overlapping and none outside
 * @width, each as near its centre as the others allow: the least squares
 * of the moves, by pooling labels that push on each other into blocks.
 * A label with room is exactly at its centre. O(n).
 */
void
lc_timeline_place_labels (const double *centres,
                          guint         n,
                          double        label_width,
                          double        spacing,
                          double        width,
                          double       *starts)
{
  g_autofree LabelBlock *blocks = g_new (LabelBlock, MAX (n, 1));
  double step = label_width + spacing;
  guint n_blocks = 0;

  g_return_if_fail (centres != NULL || n == 0);
  g_return_if_fail (starts != NULL || n == 0);

  for (guint i = 0; i < n; i++)
    {
      LabelBlock block = { i, 1, centres[i] - label_width / 2, 0 };

      settle_block (&block, label_width, spacing, width);
      /* Pool with the block before while they overlap. */
      while (n_blocks > 0 &&
             blocks[n_blocks - 1].start + blocks[n_blocks - 1].n * step > block.start + 0.001)
        {
          LabelBlock *previous = &blocks[--n_blocks];

          block.sum = previous->sum + block.sum - (double) previous->n * block.n * step;
          block.first = previous->first;
          block.n += previous->n;
          settle_block (&block, label_width, spacing, width);
        }
      blocks[n_blocks++] = block;
    }

  for (guint b = 0; b < n_blocks; b++)
    for (guint i = 0; i < blocks[b].n; i++)
      starts[blocks[b].first + i] = blocks[b].start + i * step;
}
