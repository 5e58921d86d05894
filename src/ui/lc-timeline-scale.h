/* lc-timeline-scale.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LcTimelineSegment:
 * @first_day: the first day the segment covers
 * @end_day: the day after the last one it covers
 * @x0: where it starts, in pixels from the timeline's start
 * @x1: where it ends
 * @is_break: whether it is time left out between two busy periods,
 *   drawn compressed and broken
 * @n_events: how many events fall in it
 */
typedef struct _LcTimelineSegment
{
  guint32  first_day;
  guint32  end_day;
  double   x0;
  double   x1;
  gboolean is_break;
  guint    n_events;
} LcTimelineSegment;

typedef struct _LcTimelineScale LcTimelineScale;

LcTimelineScale         *lc_timeline_scale_new            (guint32                  start,
                                                           guint32                  end,
                                                           guint32                  focus,
                                                           const guint32           *event_days,
                                                           guint                    n_events);
void                     lc_timeline_scale_free           (LcTimelineScale         *self);
void                     lc_timeline_scale_set_width      (LcTimelineScale         *self,
                                                           double                   width);
double                   lc_timeline_scale_get_width      (LcTimelineScale         *self);
double                   lc_timeline_scale_day_to_x       (LcTimelineScale         *self,
                                                           guint32                  day);
guint32                  lc_timeline_scale_x_to_day       (LcTimelineScale         *self,
                                                           double                   x);
guint                    lc_timeline_scale_get_n_segments (LcTimelineScale         *self);
const LcTimelineSegment *lc_timeline_scale_get_segment    (LcTimelineScale         *self,
                                                           guint                    index);

void                     lc_timeline_place_labels         (const double            *centres,
                                                           guint                    n,
                                                           double                   label_width,
                                                           double                   spacing,
                                                           double                   width,
                                                           double                  *starts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcTimelineScale, lc_timeline_scale_free)

G_END_DECLS
