/* lc-map-base.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The base of a widget's frames: water, countries and areas, which the
 * day changes only where an area begins or ends, drawn once per view into
 * an image and painted under each frame (LcMapRenderer:cache-scale).
 *
 * The image reaches LC_MAP_IMAGE_MARGIN pixels past each edge. While the
 * view moves (LcMapRenderer:moving) the image drawn for an earlier view is
 * painted moved and scaled to the new one, as long as it covers the view
 * and is not scaled too far; once the view stops, the next frame draws it
 * afresh for the view, exactly as it would be drawn without the image.
 * A view moved by whole device pixels, as the arrow keys move it, shows
 * the image moved, which is exact: the hatching is anchored to the map,
 * not to the view. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define MARGIN      LC_MAP_IMAGE_MARGIN
#define MAX_SCALING 2.0  /* a view's image is drawn again past this scaling */

/* A view's image */

/* Starts a new image for @frame's view, MARGIN pixels past each edge, at
 * the cache's scale; @image_frame is @frame drawing into it, its screen
 * reaching the margins. Returns the context to draw with (and destroy). */
cairo_t *
lc_map_view_image_begin (LcMapViewImage   *image,
                         LcMapRenderer    *self,
                         const LcMapFrame *frame,
                         LcMapFrame       *image_frame)
{
  int scale = self->cache_scale;
  double width = frame->screen.width + 2 * MARGIN, height = frame->screen.height + 2 * MARGIN;
  cairo_t *cr;

  lc_map_view_image_clear (image);
  image->image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (width * scale),
                                             ceil (height * scale));
  cairo_surface_set_device_scale (image->image, scale, scale);
  memcpy (image->transform, self->transform, sizeof image->transform);
  image->width = frame->screen.width;
  image->height = frame->screen.height;
  image->scale = scale;

  cr = cairo_create (image->image);
  cairo_translate (cr, MARGIN, MARGIN);
  *image_frame = *frame;
  image_frame->cr = cr;
  image_frame->screen = (LcMapRect) { -MARGIN, -MARGIN, width, height };

  return cr;
}

void
lc_map_view_image_clear (LcMapViewImage *image)
{
  g_clear_pointer (&image->image, cairo_surface_destroy);
}

/* Whether @image, at the cache's scale, shows @frame's view: moved and
 * scaled (view = offset + scaling × image, in pixels from the top-left
 * corner of the view it was drawn for) no more than MAX_SCALING, it
 * still covers it. */
gboolean
lc_map_view_image_shows (const LcMapViewImage *image,
                         LcMapRenderer        *self,
                         const LcMapFrame     *frame,
                         double               *scaling,
                         double               *dx,
                         double               *dy)
{
  const double *then = image->transform, *now = self->transform;

  if (image->image == NULL || image->scale != self->cache_scale)
    return FALSE;

  *scaling = now[0] / then[0];
  *dx = now[1] - then[1] * *scaling;
  *dy = now[2] - then[2] * *scaling;
  if (*scaling > MAX_SCALING || *scaling < 1 / MAX_SCALING)
    return FALSE;

  return *dx - MARGIN * *scaling <= frame->screen.x &&
         *dy - MARGIN * *scaling <= frame->screen.y &&
         *dx + (image->width + MARGIN) * *scaling >= frame->screen.x + frame->screen.width &&
         *dy + (image->height + MARGIN) * *scaling >= frame->screen.y + frame->screen.height;
}

/* Paints @image into @cr moved by (@dx, @dy) and scaled by @scaling;
 * only moved, by whole device pixels and without filtering. */
void
lc_map_view_image_paint (const LcMapViewImage *image,
                         cairo_t              *cr,
                         double                scaling,
                         double                dx,
                         double                dy)
{
  cairo_pattern_t *pattern;

  cairo_save (cr);
  if (scaling == 1.0)
    {
      dx = round (dx * image->scale) / image->scale;
      dy = round (dy * image->scale) / image->scale;
    }
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scaling, scaling);
  cairo_set_source_surface (cr, image->image, -MARGIN, -MARGIN);
  pattern = cairo_get_source (cr);
  cairo_pattern_set_filter (pattern, scaling == 1.0 ? CAIRO_FILTER_FAST : CAIRO_FILTER_GOOD);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* The base */

void
lc_map_base_clear (LcMapBase *base)
{
  lc_map_view_image_clear (&base->view);
  g_clear_pointer (&base->features, g_ptr_array_unref);
}

/* Forgets the image and what the base was last drawn with. */
void
lc_map_base_reset (LcMapBase *base)
{
  lc_map_base_clear (base);
  g_clear_pointer (&base->direct_features, g_ptr_array_unref);
  base->direct_palette = NULL;
}

/* The features of the base layers that @frame shows, in drawing order. */
static GPtrArray *
base_features (LcMapRenderer *self,
               LcMapFrame    *frame)
{
  GPtrArray *features = g_ptr_array_new ();

  for (guint i = 0; i < frame->visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (frame->visible, i);

      if (lc_map_wants_country (self, feature) || lc_map_wants_area (self, feature))
        g_ptr_array_add (features, feature);
    }

  return features;
}

static gboolean
same_features (GPtrArray *a,
               GPtrArray *b)
{
  /* An empty array's pdata may be NULL, which memcmp() must not see. */
  return a != NULL && b != NULL && a->len == b->len &&
         (a->len == 0 || memcmp (a->pdata, b->pdata, a->len * sizeof (gpointer)) == 0);
}

/* Draws the base into a new image for @frame's view. */
static void
render_base (LcMapRenderer *self,
             LcMapFrame    *frame,
             GPtrArray     *features)
{
  LcMapBase *base = &self->base;
  LcMapFrame image_frame;
  cairo_t *cr;

  lc_map_base_clear (base);
  cr = lc_map_view_image_begin (&base->view, self, frame, &image_frame);
  lc_map_renderer_draw_base (self, &image_frame);
  cairo_destroy (cr);

  base->palette = frame->palette;
  base->features = g_ptr_array_ref (features);
  base->n_renders++;
}

/* Whether @offset device pixels is a whole number of them. */
static gboolean
is_whole (double offset)
{
  return fabs (offset - round (offset)) < 1e-3;
}

/* Whether the last base drawn straight into a frame was of @features
 * in @frame's palette, size and scale. */
static gboolean
drawn_before (LcMapRenderer *self,
              LcMapFrame    *frame,
              GPtrArray     *features)
{
  LcMapBase *base = &self->base;

  return base->direct_palette == frame->palette && base->direct_scale == self->cache_scale &&
         base->direct_width == frame->screen.width &&
         base->direct_height == frame->screen.height &&
         same_features (base->direct_features, features);
}

/**
 * lc_map_renderer_paint_base_image:
 *
 * Paints the base image, margins and all, when it was drawn for exactly
 * @frame's view and shows its base: what a moving view's image
 * (lc-map-motion.c), as large, takes as its base.
 *
 * Returns: whether it painted
 */
gboolean
lc_map_renderer_paint_base_image (LcMapRenderer *self,
                                  LcMapFrame    *frame)
{
  g_autoptr(GPtrArray) features = base_features (self, frame);
  LcMapBase *base = &self->base;

  if (base->view.image == NULL || base->palette != frame->palette ||
      base->view.scale != self->cache_scale || base->view.width != frame->screen.width ||
      base->view.height != frame->screen.height ||
      memcmp (base->view.transform, self->transform, sizeof base->view.transform) != 0 ||
      !same_features (base->features, features))
    return FALSE;

  lc_map_view_image_paint (&base->view, frame->cr, 1.0, 0, 0);
  return TRUE;
}

/**
 * lc_map_renderer_paint_base:
 *
 * Paints the base of @frame from the image drawn for its view, drawing
 * the image first when there is none that shows it; or, the first time
 * a base is drawn, draws it into the frame, keeping no image. An image drawn for
 * an earlier view shows this one when the view has only moved by whole
 * device pixels, and, while the view moves, when it is moved and scaled
 * less than MAX_SCALING; either way as long as it covers the view.
 */
void
lc_map_renderer_paint_base (LcMapRenderer *self,
                            LcMapFrame    *frame)
{
  g_autoptr(GPtrArray) features = base_features (self, frame);
  LcMapBase *base = &self->base;
  gboolean same = base->palette == frame->palette && base->view.width == frame->screen.width &&
                  base->view.height == frame->screen.height &&
                  same_features (base->features, features);
  double scaling = 1.0, dx = 0, dy = 0;

  if (!same || !lc_map_view_image_shows (&base->view, self, frame, &scaling, &dx, &dy) ||
      (!self->moving && (scaling != 1.0 || !is_whole (dx * base->view.scale) ||
                         !is_whole (dy * base->view.scale))))
    {
      /* A base not drawn before is drawn straight into the frame: an
       * image pays only from the next frame that shows the same base on,
       * and a view that is never drawn again (a window opened and read)
       * never needs it. */
      if (!drawn_before (self, frame, features))
        {
          lc_map_base_clear (base);
          g_clear_pointer (&base->direct_features, g_ptr_array_unref);
          base->direct_features = g_ptr_array_ref (features);
          base->direct_palette = frame->palette;
          base->direct_scale = self->cache_scale;
          base->direct_width = frame->screen.width;
          base->direct_height = frame->screen.height;
          base->n_direct++;
          lc_map_renderer_draw_base (self, frame);
          return;
        }
      render_base (self, frame, features);
      scaling = 1.0;
      dx = dy = 0;
    }

  lc_map_view_image_paint (&base->view, frame->cr, scaling, dx, dy);
}
