/* lc-map-framing.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The story's own view: the key features near its view box (the
 * corridors, blockades, regions and key areas, what the day's events and
 * statements name, what is shown before it exists), fitted into the part
 * of the view that the panels and the widgets over the map leave free. */

#include "config.h"

#include <math.h>

#include "lc-map-renderer-private.h"

#define FRAME_PADDING 16.0 /* pixels between the story and the free part's edges */
#define NAME_PADDING  28.0 /* and where the part has room, enough for a place's name */
#define FRAME_ROUNDS  3    /* the panels depend on the view: fit, lay out, fit again */
#define NEAR_FACTOR   0.5  /* key features this far outside the view box, in its sizes, count */
#define MIN_FREE      80.0 /* pixels: a free part narrower than this is no use */
#define MIN_SHARE     0.3  /* the least share of the view box shown in each direction */
#define MAX_CUT       7    /* panels cut off, each on one of four sides: 4^7 ways */

typedef struct
{
  double west, south, east, north;
} Box;

static Box
feature_box (LcFeature *feature)
{
  Box box;

  lc_geometry_get_bounds (lc_feature_get_geometry (feature), &box.west, &box.south, &box.east,
                          &box.north);
  return box;
}

static Box
grow_to (Box    box,
         double width,
         double height)
{
  double grow_x = MAX (width - (box.east - box.west), 0) / 2;
  double grow_y = MAX (height - (box.north - box.south), 0) / 2;

  return (Box) { box.west - grow_x, box.south - grow_y, box.east + grow_x, box.north + grow_y };
}

static gboolean
is_key (LcFeature *feature,
        GPtrArray *focus,
        GPtrArray *faded,
        guint32    day)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);

  if (g_ptr_array_find (faded, feature, NULL))
    return lc_feature_get_from (feature) > day;
  return kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_BLOCKADE ||
         lc_map_is_region_kind (kind) ||
         (lc_map_is_area_kind (kind) && lc_feature_get_rank (feature) <= LC_MAP_KEY_AREA_RANK) ||
         g_ptr_array_find (focus, feature, NULL);
}

/* The box of the key features near the story's view box; far ones (a
 * capital at the other end of the country) are left to the locator
 * inset. Without any, the view box. */
static Box
story_box (LcMapRenderer *self,
           guint32        day)
{
  GPtrArray *sets[2];
  Box view, box = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double near_x, near_y;

  lc_map_renderer_update_focus (self, day);
  sets[0] = lc_story_get_visible_features (self->story, day);
  sets[1] = self->faded;
  lc_story_get_view (self->story, &view.west, &view.south, &view.east, &view.north);
  near_x = (view.east - view.west) * NEAR_FACTOR;
  near_y = (view.north - view.south) * NEAR_FACTOR;

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < sets[s]->len; i++)
      {
        LcFeature *feature = g_ptr_array_index (sets[s], i);
        Box bounds;

        if (!is_key (feature, self->focus, self->faded, day))
          continue;
        bounds = feature_box (feature);
        if (bounds.west > view.east + near_x || bounds.east < view.west - near_x ||
            bounds.south > view.north + near_y || bounds.north < view.south - near_y)
          continue;
        box.west = MIN (box.west, bounds.west);
        box.south = MIN (box.south, bounds.south);
        box.east = MAX (box.east, bounds.east);
        box.north = MAX (box.north, bounds.north);
      }

  if (box.west > box.east)
    return view;

  /* A lone place is shown with what is round it. */
  return grow_to (box, (view.east - view.west) * MIN_SHARE, (view.north - view.south) * MIN_SHARE);
}

/* The boxes the panels and widgets take at the viewport's present view,
 * with the legend in its own corner. The locator inset is left out: it
 * gives way to the story, and is drawn only where it hides none of it. */
static GArray *
measure_panels (LcMapRenderer *self,
                LcViewport    *viewport)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GArray *occupied = g_array_new (FALSE, FALSE, sizeof (LcMapRect));
  g_auto(LcMapPanels) panels = { { 0 } };
  LcMapFrame frame;

  lc_map_renderer_begin_frame (self, cr, viewport, &frame);
  panels.fixed = TRUE;
  lc_map_renderer_layout_panels (self, &frame, &panels, occupied);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return occupied;
}

/* The story's distance from the free part's edges: a key place at the
 * edge (Goris, where the corridor ends) keeps room for its name, where
 * the part is large enough to spare it. */
static double
padding (double width,
         double height)
{
  return CLAMP (MIN (width, height) / 10, FRAME_PADDING, NAME_PADDING);
}

/* The largest part of the view free of @occupied that the box fits in
 * best: each box is cut off by a line on one of its four sides (a scale
 * bar stacked on the legend goes with it, whichever half it is in),
 * whichever leaves the story larger. */
static LcMapRect
free_part (LcViewport *viewport,
           GArray     *occupied,
           double      box_width,
           double      box_height,
           gboolean   *found)
{
  double width = lc_viewport_get_width (viewport), height = lc_viewport_get_height (viewport);
  LcMapRect best = { 0, 0, width, height };
  double best_scale = -1;
  guint n = MIN (occupied->len, MAX_CUT), n_ways = 1u << (2 * n);

  for (guint ways = 0; ways < n_ways; ways++)
    {
      double left = 0, top = 0, right = width, bottom = height, scale, pad;

      for (guint i = 0; i < n; i++)
        {
          const LcMapRect *r = &g_array_index (occupied, LcMapRect, i);

          switch ((ways >> (2 * i)) & 3)
            {
            case 0: left = MAX (left, r->x + r->width); break;
            case 1: right = MIN (right, r->x); break;
            case 2: top = MAX (top, r->y + r->height); break;
            default: bottom = MIN (bottom, r->y); break;
            }
        }
      if (right - left < MIN_FREE || bottom - top < MIN_FREE)
        continue;
      pad = padding (right - left, bottom - top);
      scale = MIN ((right - left - 2 * pad) / box_width, (bottom - top - 2 * pad) / box_height);
      if (scale > best_scale)
        {
          *found = TRUE;
          best_scale = scale;
          best = (LcMapRect) { left, top, right - left, bottom - top };
        }
    }

  return best;
}

/**
 * lc_map_renderer_reset_view:
 *
 * Shows the story's own view in @viewport, at its size and day: the key
 * features near the story's view box, in the part of the view the panels
 * (as the renderer lays them out, legend expanded or not) and the covered
 * areas leave free.
 */
void
lc_map_renderer_reset_view (LcMapRenderer *self,
                            LcViewport    *viewport)
{
  double metres[4];
  Box box;

  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  lc_map_renderer_setup_viewport (self, viewport);
  box = story_box (self, lc_map_renderer_get_day (self, viewport));
  lc_viewport_fit_bounds (viewport, box.west, box.south, box.east, box.north, FRAME_PADDING);
  lc_viewport_get_box_metres (viewport, box.west, box.south, box.east, box.north, metres);

  for (guint round = 0; round < FRAME_ROUNDS; round++)
    {
      g_autoptr(GArray) occupied = measure_panels (self, viewport);
      gboolean found = FALSE;
      LcMapRect part = free_part (viewport, occupied, MAX (metres[2] - metres[0], 1),
                                  MAX (metres[3] - metres[1], 1), &found);
      /* Where the panels leave no part large enough, the whole view, as
       * close to its edges as ever. */
      double pad = found ? padding (part.width, part.height) : FRAME_PADDING;

      lc_viewport_fit_bounds_in (viewport, box.west, box.south, box.east, box.north,
                                 part.x + pad, part.y + pad, part.width - 2 * pad,
                                 part.height - 2 * pad);
    }
}
