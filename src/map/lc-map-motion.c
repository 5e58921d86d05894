/* lc-map-motion.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a moving view shows (LcMapRenderer:moving, with a cache-scale):
 * the map but its panels (base, layers and labels) drawn once into an
 * image LC_MAP_IMAGE_MARGIN pixels larger than the view on each side, which
 * each frame of the motion paints moved and scaled to its view; only the
 * panels, which stay where they are on screen, are drawn afresh. A drag's
 * frame is then one image and the panels, not every road, mark and label
 * stroked and shaped again.
 *
 * The image is drawn again when what it shows changes (a day's states,
 * the selection, the palette, the place names, the size), when the view
 * has moved past its margin, or has been scaled more than twice.
 * Its labels are placed for the view it was drawn for, so while the view
 * moves, a label that would come in at an edge waits for the motion to
 * stop: the frame after it draws the map for the view, exactly, and the
 * image is let go. */

#include "config.h"

#include "lc-map-renderer-private.h"

void
lc_map_motion_clear (LcMapMotion *motion)
{
  lc_map_view_image_clear (&motion->view);
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
  LcMapFrame image_frame, label_frame;
  cairo_t *cr;

  lc_map_motion_clear (motion);
  cr = lc_map_view_image_begin (&motion->view, self, frame, &image_frame);

  /* The base and the layers as far as the margin reaches, so that the
   * view moving into it finds them; the labels where the view has room.
   * The base from its image when that was drawn for this view, as it is
   * when a drag begins. */
  label_frame = image_frame;
  label_frame.screen = frame->screen;
  if (!lc_map_renderer_paint_base_image (self, &label_frame))
    {
      cairo_save (cr);
      lc_map_renderer_draw_base (self, &image_frame);
      cairo_restore (cr);
    }
  cairo_save (cr);
  lc_map_renderer_draw_layers (self, &image_frame);
  cairo_restore (cr);
  lc_map_renderer_draw_labels (self, &label_frame, occupied);
  cairo_destroy (cr);

  motion->key = g_bytes_ref (key);
  motion->n_renders++;
}

/**
 * lc_map_renderer_paint_motion:
 * @occupied: (element-type LcMapRect): the panels' boxes, which labels
 *   keep out of
 *
 * Paints the map of @frame but its panels from the moving view's image,
 * drawing the image first when there is none that shows the frame: the
 * same map, not scaled too far, and moved less than its margin.
 */
void
lc_map_renderer_paint_motion (LcMapRenderer *self,
                              LcMapFrame    *frame,
                              GArray        *occupied)
{
  g_autoptr(GBytes) key = lc_map_renderer_content_key (self, frame);
  LcMapMotion *motion = &self->motion;
  double scaling = 1.0, dx = 0, dy = 0;

  if (motion->key == NULL || !g_bytes_equal (motion->key, key) ||
      !lc_map_view_image_shows (&motion->view, self, frame, &scaling, &dx, &dy))
    {
      render_motion (self, frame, occupied, key);
      scaling = 1.0;
      dx = dy = 0;
    }

  lc_map_view_image_paint (&motion->view, frame->cr, scaling, dx, dy);
}
