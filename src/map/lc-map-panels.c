/* lc-map-panels.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where the panels go: the legend (when expanded), the scale bar and the
 * locator inset, round the areas the widgets over the map cover. The
 * legend takes the bottom-left corner unless it would cover what the
 * day's story is about there; then the first other corner that covers
 * none of it. lc-map-legend.c lays out and draws each panel. */

#include "config.h"

#include <string.h>

#include "lc-map-renderer-private.h"

#define PANEL_GAP    6.0  /* pixels between panels stacked in one corner */
#define AREA_COVERED 0.25 /* a panel this much over an area's box hides the area */

void
lc_map_panels_clear (LcMapPanels *panels)
{
  lc_map_legend_clear (&panels->legend);
}

typedef struct
{
  const LcMapRect *rect;
  gboolean         hit;
} Covers;

static void
segment_in_rect (double   x0,
                 double   y0,
                 double   x1,
                 double   y1,
                 gpointer data)
{
  Covers *covers = data;
  double segment[4] = { x0, y0, x1, y1 };

  covers->hit |= lc_map_segment_hits_rect (segment, covers->rect);
}

/* Whether @rect hides @feature: a place's symbol, any stretch of a line,
 * the point an area's name goes at or a good part of the area. */
static gboolean
covers_feature (LcMapRenderer   *self,
                const LcMapRect *rect,
                LcFeature       *feature)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  Covers covers = { rect, FALSE };
  LcMapRect box;
  double x, y;

  if (lc_map_is_line_kind (kind))
    {
      lc_map_renderer_each_segment (self, feature, FALSE, segment_in_rect, &covers);
      return covers.hit;
    }
  if (lc_map_is_point_kind (kind))
    {
      double r = lc_map_symbol_radius (kind);

      lc_map_renderer_point_pixels (self, feature, 0, &x, &y);
      return lc_map_rects_overlap (rect, &(LcMapRect) { x - r, y - r, 2 * r, 2 * r });
    }
  if (kind == LC_FEATURE_KIND_COUNTRY)
    return FALSE;

  /* An area: where its name goes, or a good part of the panel over it. */
  if (lc_map_renderer_anchor_in (self, feature, NULL, &x, &y) &&
      x >= rect->x && x <= rect->x + rect->width && y >= rect->y && y <= rect->y + rect->height)
    return TRUE;
  return lc_map_renderer_visible_box (self, feature, rect, &box) &&
         box.width * box.height > AREA_COVERED * rect->width * rect->height;
}

/* How many of the features the day's story is about @rect hides: what
 * its events and statements name, the story's corridors and blockades,
 * and what is shown before it exists. */
static guint
count_covered (LcMapRenderer    *self,
               const LcMapFrame *frame,
               const LcMapRect  *rect)
{
  GPtrArray *sets[] = { frame->focus, frame->visible, frame->faded };
  guint count = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < sets[s]->len; i++)
      {
        LcFeature *feature = g_ptr_array_index (sets[s], i);
        LcFeatureKind kind = lc_feature_get_kind (feature);

        /* Of the visible ones, only the story's own kinds; each once. */
        if (sets[s] == frame->visible &&
            ((kind != LC_FEATURE_KIND_CORRIDOR && kind != LC_FEATURE_KIND_BLOCKADE) ||
             g_ptr_array_find (frame->focus, feature, NULL)))
          continue;
        if (sets[s] == frame->focus && !lc_feature_is_visible_at (feature, frame->day))
          continue;
        if (sets[s] == frame->faded && lc_feature_get_from (feature) <= frame->day)
          continue;
        count += covers_feature (self, rect, feature);
      }

  return count;
}

static gboolean
overlaps_any (const LcMapRect *rect,
              GArray          *rects)
{
  for (guint i = 0; i < rects->len; i++)
    if (lc_map_rects_overlap (rect, &g_array_index (rects, LcMapRect, i)))
      return TRUE;

  return FALSE;
}

/* Moves @rect down, or up when @up, clear of @taken; returns whether it
 * still fits on screen. */
static gboolean
clear_vertically (LcMapRect       *rect,
                  GArray          *taken,
                  gboolean         up,
                  const LcMapRect *screen)
{
  gboolean moved = TRUE;

  /* Each move is the same way, so this ends. */
  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < taken->len; i++)
        {
          const LcMapRect *other = &g_array_index (taken, LcMapRect, i);

          if (!lc_map_rects_overlap (rect, other))
            continue;
          rect->y = up ? other->y - PANEL_GAP - rect->height : other->y + other->height + PANEL_GAP;
          moved = TRUE;
        }
      if (rect->y < screen->y || rect->y + rect->height > screen->y + screen->height)
        return FALSE;
    }

  return TRUE;
}

/* The legend at @corner (0 bottom left, 1 top left, 2 top right,
 * 3 bottom right), clear of @taken. */
static gboolean
legend_at_corner (const LcMapRect *size,
                  guint            corner,
                  GArray          *taken,
                  const LcMapRect *screen,
                  LcMapRect       *rect)
{
  gboolean right = corner == 2 || corner == 3, bottom = corner == 0 || corner == 3;

  *rect = *size;
  rect->x = right ? screen->x + screen->width - LC_MAP_MARGIN - size->width : screen->x + LC_MAP_MARGIN;
  rect->y = bottom ? screen->y + screen->height - LC_MAP_MARGIN - size->height
                   : screen->y + LC_MAP_MARGIN;

  return clear_vertically (rect, taken, bottom, screen);
}

/* Moves @rect, beside the buttons, clear of @taken: up from the bottom,
 * or down from the top. */
static gboolean
fits_beside (LcMapRect       *rect,
             double           max_width,
             GArray          *taken,
             const LcMapRect *screen)
{
  if (rect->width > max_width)
    return FALSE;

  rect->y = screen->y + screen->height - LC_MAP_MARGIN - rect->height;
  if (clear_vertically (rect, taken, TRUE, screen))
    return TRUE;
  rect->y = screen->y + LC_MAP_MARGIN;
  return clear_vertically (rect, taken, FALSE, screen);
}

/* The legend beside the buttons down the map's left side, where it is
 * too tall for the corner below them: narrower, from the bottom up clear
 * of the scale bar, or from the top down; where it does not fit so,
 * without the scale bar (@no_scale); then the same tight. FALSE where
 * none of it fits. */
static gboolean
legend_beside (LcMapRenderer    *self,
               LcMapFrame       *frame,
               const LcMapPanels *panels,
               GArray           *taken,
               LcMapLegend      *beside,
               gboolean         *no_scale)
{
  const LcMapRect *screen = &frame->screen;
  double x = screen->x + LC_MAP_MARGIN, max_width;

  for (guint i = 0; i < self->covered->len; i++)
    {
      const LcMapRect *covered = &g_array_index (self->covered, LcMapRect, i);

      if (covered->x < screen->x + screen->width / 2)
        x = MAX (x, covered->x + covered->width + PANEL_GAP);
    }
  max_width = screen->x + screen->width - LC_MAP_MARGIN - x;
  if (x == screen->x + LC_MAP_MARGIN || max_width <= 0)
    return FALSE;

  for (LcMapLegendFit fit = LC_MAP_LEGEND_BESIDE; fit < LC_MAP_LEGEND_N_FITS; fit++)
    {
      g_autoptr(GArray) clear = g_array_copy (taken);

      lc_map_renderer_layout_legend (self, frame, max_width, fit, beside);
      beside->rect.x = x;
      *no_scale = FALSE;
      if (fits_beside (&beside->rect, max_width, clear, screen))
        return TRUE;

      /* The scale bar, a help, makes way. */
      for (guint i = clear->len; i-- > 0;)
        if (memcmp (&g_array_index (clear, LcMapRect, i), &panels->scale, sizeof (LcMapRect)) == 0)
          g_array_remove_index (clear, i);
      *no_scale = TRUE;
      if (fits_beside (&beside->rect, max_width, clear, screen))
        return TRUE;

      lc_map_legend_clear (beside);
    }

  return FALSE;
}

/* Where the legend hides the least of the day's story: the bottom-left
 * corner, or beside the buttons when it is too tall for that corner (as
 * the story's framing, @fixed, assumes); otherwise another corner. Where
 * it fits nowhere, it stays where its layout put it. */
static void
place_legend (LcMapRenderer    *self,
              LcMapFrame       *frame,
              LcMapPanels      *panels,
              GArray           *taken)
{
  LcMapRect size = panels->legend.rect, best = size, rect;
  LcMapLegend beside = { 0 };
  gboolean use_beside = FALSE, no_scale = FALSE;
  guint best_count = G_MAXUINT;

  if (legend_at_corner (&size, 0, taken, &frame->screen, &rect))
    {
      best = rect;
      best_count = count_covered (self, frame, &rect);
    }
  else if (legend_beside (self, frame, panels, taken, &beside, &no_scale))
    {
      best = beside.rect;
      best_count = count_covered (self, frame, &best);
      use_beside = TRUE;
    }

  for (guint corner = 1; corner < 4 && !panels->fixed && best_count > 0; corner++)
    {
      guint count;

      if (!legend_at_corner (&size, corner, taken, &frame->screen, &rect))
        continue;
      count = count_covered (self, frame, &rect);
      if (count < best_count)
        {
          best = rect;
          best_count = count;
          use_beside = FALSE;
        }
    }

  if (use_beside)
    {
      lc_map_legend_clear (&panels->legend);
      panels->legend = beside;
      panels->no_scale = panels->no_scale || no_scale;
    }
  else
    lc_map_legend_clear (&beside);
  panels->legend.rect = best;
}

/**
 * lc_map_renderer_layout_panels:
 * @covered: (element-type LcMapRect): what the widgets over the map cover
 * @occupied: (element-type LcMapRect): gets the panels' boxes, and
 *   @covered, for the labels to keep out of
 *
 * Lays out the panels of a frame: the scale bar at the bottom right, the
 * locator inset at the top right when the view shows a part of the
 * region, and the legend when it is expanded.
 */
void
lc_map_renderer_layout_panels (LcMapRenderer    *self,
                               LcMapFrame       *frame,
                               LcMapPanels      *panels,
                               GArray           *occupied)
{
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (LcMapRect));

  g_array_append_vals (taken, self->covered->data, self->covered->len);
  panels->scale_bottom = frame->screen.y + frame->screen.height - LC_MAP_MARGIN;
  panels->scale = lc_map_renderer_draw_scale (self, frame, panels->scale_bottom, FALSE);
  panels->inset = !panels->fixed &&
                  lc_map_renderer_layout_inset (self, frame, panels->inset_metres,
                                                &panels->inset_rect);
  /* The inset is a help, never in the way: left out where it would be. */
  if (panels->inset && (overlaps_any (&panels->inset_rect, taken) ||
                        count_covered (self, frame, &panels->inset_rect) > 0))
    panels->inset = FALSE;

  panels->has_legend = self->legend_expanded;
  if (panels->has_legend)
    {
      lc_map_renderer_layout_legend (self, frame, frame->screen.width - 2 * LC_MAP_MARGIN,
                                     LC_MAP_LEGEND_CORNER, &panels->legend);
      /* A legend as wide as a narrow view puts the scale above it, or
       * where there is no room above, leaves it out. */
      if (lc_map_rects_overlap (&panels->scale, &panels->legend.rect))
        {
          panels->scale_bottom = panels->legend.rect.y - PANEL_GAP;
          panels->scale.y = panels->scale_bottom - panels->scale.height;
          panels->no_scale = panels->scale.y < frame->screen.y + LC_MAP_MARGIN;
          panels->fixed = TRUE;
        }
      if (!panels->no_scale)
        g_array_append_val (taken, panels->scale);
      if (panels->inset)
        g_array_append_val (taken, panels->inset_rect);
      place_legend (self, frame, panels, taken);
      g_array_append_val (occupied, panels->legend.rect);
    }

  g_array_append_vals (occupied, self->covered->data, self->covered->len);
  if (!panels->no_scale)
    g_array_append_val (occupied, panels->scale);
  if (panels->inset)
    g_array_append_val (occupied, panels->inset_rect);
}

static void
draw_legend_body (const LcMapFrame *frame,
                  gpointer          legend)
{
  lc_map_draw_legend_body (frame, legend);
}

/* The panels; the legend's title too when @title. */
void
lc_map_renderer_draw_panels (LcMapRenderer *self,
                             LcMapFrame    *frame,
                             LcMapPanels   *panels,
                             gboolean       title)
{
  /* The widget keeps the legend drawn while it says the same, but for
   * the day in its title, which is drawn over it. */
  if (panels->has_legend && self->cache_scale > 0)
    lc_map_panel_image_paint (&self->legend_image, frame, &panels->legend.rect,
                              self->cache_scale, panels->legend.image_key, FALSE,
                              draw_legend_body, &panels->legend);
  else if (panels->has_legend)
    lc_map_draw_legend_body (frame, &panels->legend);
  if (panels->has_legend && title)
    lc_map_draw_legend_title (frame, &panels->legend);
  if (!panels->no_scale)
    lc_map_renderer_draw_scale (self, frame, panels->scale_bottom, TRUE);
  if (panels->inset)
    lc_map_renderer_draw_inset (self, frame, panels->inset_metres, &panels->inset_rect);
}
