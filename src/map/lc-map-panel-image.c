/* lc-map-panel-image.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Panels kept drawn in an image from frame to frame, for the widget
 * (LcMapRenderer:cache-scale): the legend and the locator inset's map
 * change with what is on screen, the day, the palette and the language,
 * far less often than a frame is drawn. An image is drawn with its panel
 * at the same part of a device pixel as on screen, so it is the panel as
 * drawn without it; a panel moved by whole device pixels keeps it, unless
 * the screen's edge cut it. Places' symbols are kept so too. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define PAD 2 /* whole pixels round the panel's box: its outline's width */

void
lc_map_panel_image_clear (LcMapPanelImage *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
  g_clear_pointer (&image->key, g_bytes_unref);
}

/**
 * lc_map_panel_image_paint:
 * @image: where the panel is kept drawn
 * @frame: the frame, whose cairo context's matrix is the identity
 * @rect: the panel's box; @draw draws nothing past PAD pixels round it
 * @key: what the panel shows, besides its size, @frame's palette and the
 *   scale: equal keys draw equal panels
 * @approximate: whether it may be put up to a device pixel off, as a
 *   place's symbol while the view moves
 * @draw: draws the panel into the frame it is given
 *
 * Paints the panel from @image, drawing it there first when the image is
 * not of it as it is now.
 */
void
lc_map_panel_image_paint (LcMapPanelImage       *image,
                          const LcMapFrame      *frame,
                          const LcMapRect       *rect,
                          int                    scale,
                          GBytes                *key,
                          gboolean               approximate,
                          LcMapPanelImageDrawFunc draw,
                          gpointer               data)
{
  double x = (rect->x - PAD) * scale, y = (rect->y - PAD) * scale;
  double ix = floor (x), iy = floor (y), fx = x - ix, fy = y - iy;

  cairo_t *frame_cr = frame->cr;
  LcMapPanelImageState state = {
    cairo_get_line_join (frame_cr), cairo_get_line_cap (frame_cr), cairo_get_fill_rule (frame_cr),
    cairo_get_antialias (frame_cr), cairo_get_miter_limit (frame_cr),
    cairo_get_tolerance (frame_cr),
  };

  if (image->surface == NULL || image->scale != scale || image->palette != frame->palette ||
      memcmp (&image->state, &state, sizeof state) != 0 ||
      image->width != rect->width || image->height != rect->height ||
      (!approximate && (fabs (image->fx - fx) > 1e-6 || fabs (image->fy - fy) > 1e-6)) ||
      (image->clipped && (image->x != rect->x || image->y != rect->y ||
                          memcmp (&image->screen, &frame->screen, sizeof image->screen) != 0)) ||
      !g_bytes_equal (image->key, key))
    {
      LcMapFrame image_frame = *frame;
      cairo_t *cr;

      lc_map_panel_image_clear (image);
      image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                   ceil ((rect->width + 2 * PAD) * scale) + 1,
                                                   ceil ((rect->height + 2 * PAD) * scale) + 1);
      cairo_surface_set_device_scale (image->surface, scale, scale);
      cr = cairo_create (image->surface);
      /* The frame's coordinates, the panel's top-left corner in the
       * image's first pixel but for its fraction. */
      cairo_translate (cr, -ix / scale, -iy / scale);
      /* What the layers under the panel left set, as the panel is drawn
       * with that on screen. */
      cairo_set_line_join (cr, state.join);
      cairo_set_line_cap (cr, state.cap);
      cairo_set_fill_rule (cr, state.fill_rule);
      cairo_set_antialias (cr, state.antialias);
      cairo_set_miter_limit (cr, state.miter_limit);
      cairo_set_tolerance (cr, state.tolerance);
      /* Clipped to the screen as the frame is: cairo's rasteriser then
       * takes the same path, to the same pixels. */
      cairo_rectangle (cr, frame->screen.x, frame->screen.y, frame->screen.width,
                       frame->screen.height);
      cairo_clip (cr);
      image_frame.cr = cr;
      draw (&image_frame, data);
      cairo_destroy (cr);

      image->key = g_bytes_ref (key);
      image->state = state;
      image->scale = scale;
      image->palette = frame->palette;
      image->width = rect->width;
      image->height = rect->height;
      image->fx = fx;
      image->fy = fy;
      image->x = rect->x;
      image->y = rect->y;
      image->screen = frame->screen;
      image->clipped = rect->x - PAD < frame->screen.x || rect->y - PAD < frame->screen.y ||
                       rect->x + rect->width + PAD > frame->screen.x + frame->screen.width ||
                       rect->y + rect->height + PAD > frame->screen.y + frame->screen.height;
      image->n_renders++;
    }

  cairo_save (frame->cr);
  cairo_set_source_surface (frame->cr, image->surface, ix / scale, iy / scale);
  cairo_paint (frame->cr);
  cairo_restore (frame->cr);
}
