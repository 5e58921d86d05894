/* lc-map-motion.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a moving view shows (LcMapRenderer:moving, with a cache-scale):
 * the map but its panels (base, layers and labels) drawn once into an
 * image MOTION_MARGIN pixels larger than the view on each side, which
 * each frame of the motion paints moved and scaled to its view; only the
 * panels, which stay where they are on screen, are drawn afresh. A drag's
 * frame is then one image and the panels, not every road, mark and label
 * stroked and shaped again.
 *
 * The image is drawn again when what it shows changes (a day's states,
 * the selection, the palette, the place names, the size), when the view
 * has moved past its margin, or has been scaled more than MAX_SCALING.
 * Its labels are placed for the view it was drawn for, so while the view
 * moves, a label that would come in at an edge waits for the motion to
 * stop: the frame after it draws the map for the view, exactly, and the
 * image is let go. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define MOTION_MARGIN LC_MAP_BASE_MARGIN /* pixels past each edge: the base's, to paint it */
#define MAX_SCALING   2.0  /* drawn again past this scaling */

void
lc_map_motion_clear (LcMapMotion *motion)
{
  g_clear_pointer (&motion->image, cairo_surface_destroy);
  g_clear_pointer (&motion->key, g_bytes_unref);
}

/* Draws the map of @frame but its panels into a new image. */
static void
render_motion (LcMapRenderer *self,
               LcMapFrame    *frame,
               GArray        *occupied,
               GBytes        *key)
{
  LcMapMotion *motion = &self->motion;
  int scale = self->cache_scale;
  double width = frame->screen.width + 2 * MOTION_MARGIN;
  double height = frame->screen.height + 2 * MOTION_MARGIN;
  LcMapFrame image_frame = *frame;
  cairo_t *cr;

  lc_map_motion_clear (motion);
  motion->image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (width * scale),
                                              ceil (height * scale));
  cairo_surface_set_device_scale (motion->image, scale, scale);
  cr = cairo_create (motion->image);
  cairo_translate (cr, MOTION_MARGIN, MOTION_MARGIN);
  image_frame.cr = cr;

  /* The base and the layers as far as the margin reaches, so that the
   * view moving into it finds them; the labels where the view has room.
   * The base from its image when that was drawn for this view, as it is
   * when a drag begins. */
  if (!lc_map_renderer_paint_base_image (self, &image_frame))
    {
      image_frame.screen = (LcMapRect) { -MOTION_MARGIN, -MOTION_MARGIN, width, height };
      cairo_save (cr);
      lc_map_renderer_draw_base (self, &image_frame);
      cairo_restore (cr);
    }
  image_frame.screen = (LcMapRect) { -MOTION_MARGIN, -MOTION_MARGIN, width, height };
  cairo_save (cr);
  lc_map_renderer_draw_layers (self, &image_frame);
  cairo_restore (cr);
  image_frame.screen = frame->screen;
  lc_map_renderer_draw_labels (self, &image_frame, occupied);
  cairo_destroy (cr);

  memcpy (motion->transform, self->transform, sizeof motion->transform);
  motion->width = frame->screen.width;
  motion->height = frame->screen.height;
  motion->scale = scale;
  motion->key = g_bytes_ref (key);
  motion->n_renders++;
}

/* How the image maps to the view: view = offset + scaling × image, in
 * pixels from the top-left corner of the view it was drawn for. */
static void
motion_mapping (LcMapRenderer *self,
                double        *scaling,
                double        *dx,
                double        *dy)
{
  const double *then = self->motion.transform, *now = self->transform;

  *scaling = now[0] / then[0];
  *dx = now[1] - then[1] * *scaling;
  *dy = now[2] - then[2] * *scaling;
}

/* Whether the image shows @frame: the same map, not scaled too far, and
 * moved less than its margin. */
static gboolean
motion_shows (LcMapRenderer *self,
              LcMapFrame    *frame,
              GBytes        *key)
{
  LcMapMotion *motion = &self->motion;
  double scaling, dx, dy;

  if (motion->image == NULL || motion->scale != self->cache_scale ||
      !g_bytes_equal (motion->key, key))
    return FALSE;

  motion_mapping (self, &scaling, &dx, &dy);
  if (scaling > MAX_SCALING || scaling < 1 / MAX_SCALING)
    return FALSE;

  return dx - MOTION_MARGIN * scaling <= frame->screen.x &&
         dy - MOTION_MARGIN * scaling <= frame->screen.y &&
         dx + (motion->width + MOTION_MARGIN) * scaling >= frame->screen.x + frame->screen.width &&
         dy + (motion->height + MOTION_MARGIN) * scaling >= frame->screen.y + frame->screen.height;
}

/**
 * lc_map_renderer_paint_motion:
 * @occupied: (element-type LcMapRect): the panels' boxes, which labels
 *   keep out of
 *
 * Paints the map of @frame but its panels from the moving view's image,
 * drawing the image first when there is none that shows the frame.
 */
void
lc_map_renderer_paint_motion (LcMapRenderer *self,
                              LcMapFrame    *frame,
                              GArray        *occupied)
{
  g_autoptr(GBytes) key = lc_map_renderer_content_key (self, frame);
  LcMapMotion *motion = &self->motion;
  cairo_t *cr = frame->cr;
  cairo_pattern_t *pattern;
  double scaling = 1.0, dx = 0, dy = 0;

  if (motion_shows (self, frame, key))
    motion_mapping (self, &scaling, &dx, &dy);
  else
    render_motion (self, frame, occupied, key);

  cairo_save (cr);
  /* Moved only: whole device pixels, and no filtering. */
  if (scaling == 1.0)
    {
      dx = round (dx * motion->scale) / motion->scale;
      dy = round (dy * motion->scale) / motion->scale;
    }
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scaling, scaling);
  cairo_set_source_surface (cr, motion->image, -MOTION_MARGIN, -MOTION_MARGIN);
  pattern = cairo_get_source (cr);
  cairo_pattern_set_filter (pattern, scaling == 1.0 ? CAIRO_FILTER_FAST : CAIRO_FILTER_GOOD);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_restore (cr);
}
