/* lc-map-placement.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where labels go. A pure function of what is already on the map (boxes
 * and line segments in pixels), the screen, and a label's anchors and
 * sizes: nothing here draws or reads the story, so the same inputs always
 * give the same placement, and a placement can be cached by its inputs.
 * The renderer asks in priority order; each label placed becomes an
 * obstacle for the next. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define LABEL_GAP   2.0  /* pixels kept free round a label, for its halo */
#define LINE_GAP    4.0  /* pixels kept free between a label and a line: half a corridor */
#define LINE_OFFSET 7.0  /* pixels between a line and its label */
#define FAR_RING    10.0 /* pixels further out for a place's second ring of places */
#define MAX_POSITIONS 32
#define LEADER_RING   26.0 /* pixels out for a key place's label with a leader line */
#define MIN_LEADER    6.0  /* pixels: a shorter leader is not seen */

/* Where a region's name goes round one of its points, in its own sizes,
 * the nearest first. */
static const double region_shifts[][2] = {
  { 0.0, 0.0 }, { 0.0, -1.0 }, { 0.0, 1.0 }, { -0.4, 0.0 }, { 0.4, 0.0 },
  { -0.4, -1.0 }, { 0.4, -1.0 }, { -0.4, 1.0 }, { 0.4, 1.0 }, { 0.0, -2.0 }, { 0.0, 2.0 },
  { -0.8, 0.0 }, { 0.8, 0.0 }, { -0.8, -1.0 }, { 0.8, -1.0 }, { -0.8, 1.0 }, { 0.8, 1.0 },
  { -0.4, -2.0 }, { 0.4, -2.0 }, { -0.4, 2.0 }, { 0.4, 2.0 },
  { -0.8, -2.0 }, { 0.8, -2.0 }, { -0.8, 2.0 }, { 0.8, 2.0 },
};

void
lc_map_obstacles_init (LcMapObstacles  *obstacles,
                       const LcMapRect *screen)
{
  obstacles->screen = *screen;
  obstacles->rects = g_array_new (FALSE, FALSE, sizeof (LcMapRect));
  obstacles->segments = g_array_new (FALSE, FALSE, 4 * sizeof (double));
  obstacles->outlines = g_array_new (FALSE, FALSE, 4 * sizeof (double));
  obstacles->places = g_array_new (FALSE, FALSE, 3 * sizeof (double));
}

void
lc_map_obstacles_clear (LcMapObstacles *obstacles)
{
  g_clear_pointer (&obstacles->rects, g_array_unref);
  g_clear_pointer (&obstacles->segments, g_array_unref);
  g_clear_pointer (&obstacles->outlines, g_array_unref);
  g_clear_pointer (&obstacles->places, g_array_unref);
}

void
lc_map_obstacles_add_rect (LcMapObstacles  *obstacles,
                           const LcMapRect *rect)
{
  g_array_append_val (obstacles->rects, *rect);
}

/* A place's symbol, of @radius at (@x, @y): no label covers it, and a
 * place's label is nearer its own place than any other. */
void
lc_map_obstacles_add_place (LcMapObstacles *obstacles,
                            double          x,
                            double          y,
                            double          radius)
{
  double place[3] = { x, y, radius };

  lc_map_obstacles_add_rect (obstacles, &(LcMapRect) { x - radius, y - radius, 2 * radius,
                                                       2 * radius });
  g_array_append_vals (obstacles->places, place, 1);
}

/* A segment from (@x0, @y0) to (@x1, @y1): of a line, which no label
 * crosses, or of an area's @outline, which a label crosses only where it
 * has no other place. Those off screen are not kept. */
void
lc_map_obstacles_add_segment (LcMapObstacles *obstacles,
                              gboolean        outline,
                              double          x0,
                              double          y0,
                              double          x1,
                              double          y1)
{
  const LcMapRect *screen = &obstacles->screen;
  double segment[4] = { x0, y0, x1, y1 };

  if (MAX (x0, x1) < screen->x || MIN (x0, x1) > screen->x + screen->width ||
      MAX (y0, y1) < screen->y || MIN (y0, y1) > screen->y + screen->height)
    return;

  g_array_append_vals (outline ? obstacles->outlines : obstacles->segments, segment, 1);
}

/* Whether the segment x0, y0, x1, y1 crosses or lies in @r
 * (Liang–Barsky clipping). */
gboolean
lc_map_segment_hits_rect (const double    *s,
                          const LcMapRect *r)
{
  double dx = s[2] - s[0], dy = s[3] - s[1];
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { s[0] - r->x, r->x + r->width - s[0], s[1] - r->y, r->y + r->height - s[1] };
  double t0 = 0, t1 = 1;

  if (MAX (s[0], s[2]) < r->x || MIN (s[0], s[2]) > r->x + r->width ||
      MAX (s[1], s[3]) < r->y || MIN (s[1], s[3]) > r->y + r->height)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      double t;

      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      t = q[i] / p[i];
      if (p[i] < 0)
        t0 = MAX (t0, t);
      else
        t1 = MIN (t1, t);
      if (t0 > t1)
        return FALSE;
    }

  return TRUE;
}

static gboolean
segments_hit_rect (GArray          *segments,
                   const LcMapRect *rect)
{
  for (guint i = 0; i < segments->len; i++)
    if (lc_map_segment_hits_rect ((const double *) (gconstpointer) (segments->data +
                                                             i * 4 * sizeof (double)),
                           rect))
      return TRUE;

  return FALSE;
}

static LcMapRect
pad (const LcMapRect *rect,
     double           gap)
{
  return (LcMapRect) { rect->x - gap, rect->y - gap, rect->width + 2 * gap, rect->height + 2 * gap };
}

static gboolean
on_screen (const LcMapObstacles *obstacles,
           const LcMapRect      *rect)
{
  const LcMapRect *screen = &obstacles->screen;

  return rect->x >= screen->x && rect->y >= screen->y &&
         rect->x + rect->width <= screen->x + screen->width &&
         rect->y + rect->height <= screen->y + screen->height;
}

/**
 * lc_map_obstacles_rect_is_free:
 * @outlines: whether to keep off areas' outlines too
 *
 * Returns: %TRUE if @rect, with a gap round it, is on screen and clear
 *   of every box and line
 */
gboolean
lc_map_obstacles_rect_is_free (const LcMapObstacles *obstacles,
                               const LcMapRect      *rect,
                               gboolean              outlines)
{
  LcMapRect padded = pad (rect, LABEL_GAP), line_padded = pad (rect, LINE_GAP);

  if (!on_screen (obstacles, rect))
    return FALSE;

  for (guint i = 0; i < obstacles->rects->len; i++)
    if (lc_map_rects_overlap (&padded, &g_array_index (obstacles->rects, LcMapRect, i)))
      return FALSE;

  return !segments_hit_rect (obstacles->segments, &line_padded) &&
         (!outlines || !segments_hit_rect (obstacles->outlines, &padded));
}

static double
distance_to_rect (double           x,
                  double           y,
                  const LcMapRect *r)
{
  double dx = MAX (MAX (r->x - x, 0), x - (r->x + r->width));
  double dy = MAX (MAX (r->y - y, 0), y - (r->y + r->height));

  return sqrt (dx * dx + dy * dy);
}

/* Whether a place's label at @rect is nearer another place than its own
 * at (@ax, @ay), or than its leader's start @from, and so would name the
 * wrong one. Places under the label's own symbol count as the same place. */
static gboolean
nearer_another_place (const LcMapObstacles    *obstacles,
                      const LcMapLabelRequest *request,
                      double                   ax,
                      double                   ay,
                      const double            *from,
                      const LcMapRect         *rect)
{
  double own = from != NULL ? distance_to_rect (from[0], from[1], rect) : distance_to_rect (ax, ay, rect);

  for (guint i = 0; i < obstacles->places->len; i++)
    {
      const double *place = (const double *) (gconstpointer) (obstacles->places->data +
                                                              i * 3 * sizeof (double));

      if (hypot (place[0] - ax, place[1] - ay) <= request->radius + place[2])
        continue;
      if (distance_to_rect (place[0], place[1], rect) < own)
        return TRUE;
    }

  return FALSE;
}

/* The eight places round a place's symbol at @r pixels from (@ax, @ay),
 * best first, from @n on in @tries; returns the count after them. The
 * name beside the symbol is centred on the first line's height. */
static guint
ring (LcMapRect            *tries,
      LcMapLabelAlign      *aligns,
      guint                 n,
      const LcMapLabelSize *size,
      double                ax,
      double                ay,
      double                r)
{
  double w = size->width, h = size->height, d = r * 0.7, middle = ay - size->first_line / 2;
  const struct { double x, y; LcMapLabelAlign align; } places[] = {
    { ax + r, middle, LC_MAP_LABEL_ALIGN_START },
    { ax - r - w, middle, LC_MAP_LABEL_ALIGN_END },
    { ax - w / 2, ay - r - h, LC_MAP_LABEL_ALIGN_CENTRE },
    { ax - w / 2, ay + r, LC_MAP_LABEL_ALIGN_CENTRE },
    { ax + d, ay - d - h, LC_MAP_LABEL_ALIGN_START },
    { ax + d, ay + d, LC_MAP_LABEL_ALIGN_START },
    { ax - d - w, ay - d - h, LC_MAP_LABEL_ALIGN_END },
    { ax - d - w, ay + d, LC_MAP_LABEL_ALIGN_END },
  };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      tries[n] = (LcMapRect) { places[i].x, places[i].y, w, h };
      aligns[n++] = places[i].align;
    }

  return n;
}

/* The places a label may go round one anchor, best first, filled in
 * @tries; returns how many. */
static guint
positions (const LcMapLabelRequest *request,
           const LcMapLabelSize    *size,
           double                   ax,
           double                   ay,
           LcMapRect               *tries,
           LcMapLabelAlign         *aligns)
{
  double w = size->width, h = size->height, r = request->radius + 3;
  guint n = 0;

#define TRY(px, py, a) \
  G_STMT_START { tries[n] = (LcMapRect) { (px), (py), w, h }; aligns[n++] = (a); } G_STMT_END

  switch (request->type)
    {
    case LC_MAP_ANCHOR_POINT:
      /* Beside the symbol, then a little further out. */
      n = ring (tries, aligns, n, size, ax, ay, r);
      n = ring (tries, aligns, n, size, ax, ay, r + FAR_RING);
      break;

    case LC_MAP_ANCHOR_LINE:
      TRY (ax + LINE_OFFSET, ay - h - LINE_OFFSET, LC_MAP_LABEL_ALIGN_START);
      TRY (ax - w - LINE_OFFSET, ay + LINE_OFFSET, LC_MAP_LABEL_ALIGN_END);
      TRY (ax + LINE_OFFSET, ay + LINE_OFFSET, LC_MAP_LABEL_ALIGN_START);
      TRY (ax - w - LINE_OFFSET, ay - h - LINE_OFFSET, LC_MAP_LABEL_ALIGN_END);
      TRY (ax - w / 2, ay - h - LINE_OFFSET, LC_MAP_LABEL_ALIGN_CENTRE);
      TRY (ax - w / 2, ay + LINE_OFFSET, LC_MAP_LABEL_ALIGN_CENTRE);
      break;

    case LC_MAP_ANCHOR_REGION:
      for (guint i = 0; i < G_N_ELEMENTS (region_shifts); i++)
        TRY (ax - w / 2 + region_shifts[i][0] * w, ay - h / 2 + region_shifts[i][1] * h,
             LC_MAP_LABEL_ALIGN_CENTRE);
      break;

    case LC_MAP_ANCHOR_CENTRE:
    default:
      TRY (ax - w / 2, ay - h / 2, LC_MAP_LABEL_ALIGN_CENTRE);
      break;
    }
#undef TRY

  return n;
}

/* Beside an area's box: above, below, right, left, centred on its side. */
static gboolean
find_place_beside (LcMapObstacles          *obstacles,
                   const LcMapLabelRequest *request,
                   LcMapPlacement          *placement)
{
  const LcMapRect *b = &request->box;

  for (guint v = 0; v < request->n_sizes; v++)
    {
      double w = request->sizes[v].width, h = request->sizes[v].height;
      LcMapRect tries[] = {
        { b->x + (b->width - w) / 2, b->y - h - LABEL_GAP, w, h },
        { b->x + (b->width - w) / 2, b->y + b->height + LABEL_GAP, w, h },
        { b->x + b->width + LABEL_GAP, b->y + (b->height - h) / 2, w, h },
        { b->x - w - LABEL_GAP, b->y + (b->height - h) / 2, w, h },
      };

      for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
        if (lc_map_obstacles_rect_is_free (obstacles, &tries[i], FALSE))
          {
            placement->variant = v;
            placement->rect = tries[i];
            placement->align = LC_MAP_LABEL_ALIGN_CENTRE;
            placement->leader = FALSE;
            return TRUE;
          }
    }

  return FALSE;
}

/* The point of @rect nearest (@x, @y). */
static void
nearest_in_rect (const LcMapRect *rect,
                 double           x,
                 double           y,
                 double          *nx,
                 double          *ny)
{
  *nx = CLAMP (x, rect->x, rect->x + rect->width);
  *ny = CLAMP (y, rect->y, rect->y + rect->height);
}

/* Where a leader from the place at (@ax, @ay) towards (@tx, @ty) starts:
 * beyond its own symbol and any other drawn on the place (a blockade's
 * sign on a town), so that it leads from what the reader sees. */
static void
leader_start (const LcMapObstacles *obstacles,
              double                ax,
              double                ay,
              double                radius,
              double                tx,
              double                ty,
              double               *from)
{
  double dx = tx - ax, dy = ty - ay, length = hypot (dx, dy), out = radius;

  if (length > 0)
    {
      dx /= length;
      dy /= length;
    }
  for (guint i = 0; i < obstacles->places->len; i++)
    {
      const double *place = (const double *) (gconstpointer) (obstacles->places->data +
                                                              i * 3 * sizeof (double));
      double cx = ax - place[0], cy = ay - place[1], b = dx * cx + dy * cy;
      double c = cx * cx + cy * cy - place[2] * place[2];

      /* The circle round the anchor: where the line leaves it. */
      if (c <= 0)
        out = MAX (out, -b + sqrt (b * b - c));
    }

  from[0] = ax + dx * out;
  from[1] = ay + dy * out;
}

/* Whether the symbol's box @r is one drawn on the place at (@ax, @ay). */
static gboolean
on_place (const LcMapRect *r,
          double           ax,
          double           ay)
{
  return ax >= r->x && ax <= r->x + r->width && ay >= r->y && ay <= r->y + r->height;
}

/* Whether a leader from @from to @to crosses a box other than the
 * symbols on the place at (@ax, @ay), or a line. */
static gboolean
leader_blocked (const LcMapObstacles *obstacles,
                double                ax,
                double                ay,
                const double         *from,
                const double         *to)
{
  double segment[4] = { from[0], from[1], to[0], to[1] };

  for (guint i = 0; i < obstacles->rects->len; i++)
    {
      const LcMapRect *other = &g_array_index (obstacles->rects, LcMapRect, i);

      if (i >= obstacles->n_panels && i < obstacles->n_static && on_place (other, ax, ay))
        continue;
      if (lc_map_segment_hits_rect (segment, other))
        return TRUE;
    }

  return FALSE;
}

/* Last, for a key place: further out, with a leader line to the place. */
static gboolean
find_place_with_leader (LcMapObstacles          *obstacles,
                        const LcMapLabelRequest *request,
                        LcMapPlacement          *placement)
{
  double ax = request->anchors[0], ay = request->anchors[1], far = request->radius + LEADER_RING;

  for (guint v = 0; v < request->n_sizes; v++)
    {
      double w = request->sizes[v].width, h = request->sizes[v].height, d = far * 0.7;
      LcMapRect tries[] = {
        { ax + d, ay - d - h, w, h }, { ax - d - w, ay - d - h, w, h },
        { ax + d, ay + d, w, h }, { ax - d - w, ay + d, w, h },
        { ax + far, ay - h / 2, w, h }, { ax - far - w, ay - h / 2, w, h },
        { ax - w / 2, ay - far - h, w, h }, { ax - w / 2, ay + far, w, h },
      };
      static const LcMapLabelAlign aligns[] = {
        LC_MAP_LABEL_ALIGN_START, LC_MAP_LABEL_ALIGN_END, LC_MAP_LABEL_ALIGN_START,
        LC_MAP_LABEL_ALIGN_END, LC_MAP_LABEL_ALIGN_START, LC_MAP_LABEL_ALIGN_END,
        LC_MAP_LABEL_ALIGN_CENTRE, LC_MAP_LABEL_ALIGN_CENTRE,
      };

      for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
        {
          double from[2], to[2];

          if (!lc_map_obstacles_rect_is_free (obstacles, &tries[i], FALSE))
            continue;
          nearest_in_rect (&tries[i], ax, ay, &to[0], &to[1]);
          leader_start (obstacles, ax, ay, request->radius, to[0], to[1], from);
          /* Too short to see where the symbols on the place end. */
          if (hypot (to[0] - from[0], to[1] - from[1]) < MIN_LEADER ||
              leader_blocked (obstacles, ax, ay, from, to) ||
              nearer_another_place (obstacles, request, ax, ay, from, &tries[i]))
            continue;

          placement->variant = v;
          placement->rect = tries[i];
          placement->align = aligns[i];
          placement->leader = TRUE;
          memcpy (placement->leader_from, from, sizeof from);
          memcpy (placement->leader_to, to, sizeof to);
          return TRUE;
        }
    }

  return FALSE;
}

/* The first free place, its sizes in order, at each anchor in order,
 * each place round the anchor in order. */
static gboolean
find_place (LcMapObstacles          *obstacles,
            const LcMapLabelRequest *request,
            gboolean                 outlines,
            LcMapPlacement          *placement)
{
  for (guint v = 0; v < request->n_sizes; v++)
    for (guint a = 0; a < request->n_anchors; a++)
      {
        LcMapRect tries[MAX_POSITIONS];
        LcMapLabelAlign aligns[MAX_POSITIONS];
        guint n = positions (request, &request->sizes[v], request->anchors[2 * a],
                             request->anchors[2 * a + 1], tries, aligns);

        for (guint i = 0; i < n; i++)
          {
            if (!lc_map_obstacles_rect_is_free (obstacles, &tries[i], outlines) ||
                (request->type == LC_MAP_ANCHOR_POINT &&
                 nearer_another_place (obstacles, request, request->anchors[2 * a],
                                       request->anchors[2 * a + 1], NULL, &tries[i])))
              continue;

            placement->variant = v;
            placement->rect = tries[i];
            placement->align = aligns[i];
            placement->leader = FALSE;
            return TRUE;
          }
      }

  return FALSE;
}

/* Where every place is taken, as zoomed far out: the first place clear
 * of the panels and the labels, over symbols and lines. */
static gboolean
find_place_over_symbols (LcMapObstacles          *obstacles,
                         const LcMapLabelRequest *request,
                         LcMapPlacement          *placement)
{
  for (guint a = 0; a < request->n_anchors; a++)
    {
      LcMapRect tries[MAX_POSITIONS];
      LcMapLabelAlign aligns[MAX_POSITIONS];
      guint n = positions (request, &request->sizes[request->n_sizes - 1],
                           request->anchors[2 * a], request->anchors[2 * a + 1], tries, aligns);

      for (guint i = 0; i < n; i++)
        {
          gboolean clear = on_screen (obstacles, &tries[i]);

          for (guint p = 0; clear && p < obstacles->rects->len; p++)
            clear = (p >= obstacles->n_panels && p < obstacles->n_static) ||
                    !lc_map_rects_overlap (&tries[i], &g_array_index (obstacles->rects, LcMapRect, p));
          if (!clear)
            continue;

          placement->variant = request->n_sizes - 1;
          placement->rect = tries[i];
          placement->align = aligns[i];
          placement->leader = FALSE;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * lc_map_place_label:
 * @obstacles: what the label must keep clear of; the placed label is
 *   added to it
 * @request: the label's anchors, kind of anchor, and sizes
 * @placement: (out): where it goes
 *
 * Places a label at the first free place: its sizes in order (the
 * preferred first), at each anchor in order, each place round the anchor
 * in order; first clear of areas' outlines, then, where that finds no
 * place, across them; last, for an area that allows it, beside its box,
 * for a place that allows it, further out with a leader line, and for a
 * label that may go over symbols (the region's), clear of the panels and
 * labels only. The same inputs always give the same placement.
 *
 * Returns: %TRUE if the label has a place; %FALSE if it would overlap
 */
gboolean
lc_map_place_label (LcMapObstacles          *obstacles,
                    const LcMapLabelRequest *request,
                    LcMapPlacement          *placement)
{
  if (!find_place (obstacles, request, TRUE, placement) &&
      !find_place (obstacles, request, FALSE, placement) &&
      !(request->beside && find_place_beside (obstacles, request, placement)) &&
      !(request->leader && request->type == LC_MAP_ANCHOR_POINT && request->n_anchors > 0 &&
        find_place_with_leader (obstacles, request, placement)) &&
      !(request->over_symbols && find_place_over_symbols (obstacles, request, placement)))
    return FALSE;

  lc_map_obstacles_keep (obstacles, request, placement);
  return TRUE;
}

/**
 * lc_map_obstacles_keep:
 *
 * Adds a label's placement to the obstacles: its box and any leader.
 */
void
lc_map_obstacles_keep (LcMapObstacles          *obstacles,
                       const LcMapLabelRequest *request,
                       LcMapPlacement          *placement)
{
  placement->rect_index = obstacles->rects->len;
  lc_map_obstacles_add_rect (obstacles, &placement->rect);
  placement->segment_index = obstacles->segments->len;
  if (placement->leader)
    {
      double segment[4] = { placement->leader_from[0], placement->leader_from[1],
                            placement->leader_to[0], placement->leader_to[1] };

      g_array_append_vals (obstacles->segments, segment, 1);
    }
}

/**
 * lc_map_obstacles_forget:
 *
 * Takes a label's placement out of the obstacles again, so that it can be
 * placed anew.
 */
void
lc_map_obstacles_forget (LcMapObstacles       *obstacles,
                         const LcMapPlacement *placement)
{
  const LcMapRect nowhere = { -G_MAXFLOAT, -G_MAXFLOAT, 0, 0 };

  g_array_index (obstacles->rects, LcMapRect, placement->rect_index) = nowhere;
  if (placement->leader)
    {
      double *segment = (double *) (gpointer) (obstacles->segments->data +
                                               placement->segment_index * 4 * sizeof (double));

      segment[0] = segment[2] = segment[1] = segment[3] = -G_MAXFLOAT;
    }
}
