/* lc-timeline-track-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-timeline-track.h"

/*
 * Between the files of LcTimelineTrack:
 *
 *   lc-timeline-track.c        the widget: the story, the day, the scale,
 *                              keys, pointer, accessibility and the frame
 *   lc-timeline-track-draw.c   what a frame reuses: the track and its marks
 *                              (in the colours of the past and of the
 *                              future), the periods' names, built once per
 *                              width and style
 *
 * The events' chips below are a widget of their own, LcTimelineChips.
 */

G_BEGIN_DECLS

/* Margin at each end, so the handle is never cut. */
#define LC_TRACK_INSET        12
/* The periods' names above the track. */
#define LC_TRACK_LABELS_HEIGHT 16
#define LC_TRACK_Y            26
#define LC_TRACK_THICKNESS    4
#define LC_TRACK_MARK_RADIUS  4
#define LC_TRACK_HANDLE_RADIUS 9
/* The track and its labels. */
#define LC_TRACK_AXIS_HEIGHT  38

/* Marks closer than this are drawn as one, a little larger. */
#define LC_TRACK_CLUSTER_PX   3.0

typedef struct
{
  double x;      /* from the start of the scale */
  guint  first;  /* the first event's index */
  guint  n;
} LcTrackMark;

struct _LcTimelineTrack
{
  GtkWidget        parent_instance;

  LcStory         *story;
  guint32          day;
  LcTimelineScale *scale;
  GArray          *event_days;     /* guint32, one per event, in order */
  GArray          *marks;          /* LcTrackMark, at the scale's width */

  GskRenderNode   *past_node;
  GskRenderNode   *future_node;
  GskRenderNode   *labels_node;
  guint            n_track_images;  /* images of the track drawn, for tests */
};

/* lc-timeline-track.c */
double       lc_timeline_track_to_widget_x      (LcTimelineTrack *self,
                                                 double           x);

/* lc-timeline-track-draw.c */
void         lc_timeline_track_collect_marks    (LcTimelineTrack *self);
void         lc_timeline_track_clear_caches     (LcTimelineTrack *self);
void         lc_timeline_track_ensure_caches    (LcTimelineTrack *self);
void         lc_timeline_track_snapshot_track   (LcTimelineTrack *self,
                                                 GtkSnapshot     *snapshot);
char        *lc_timeline_track_describe_mark    (LcTimelineTrack *self,
                                                 const LcTrackMark *mark);

G_END_DECLS
