/* lc-map-label-cache.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Labels kept from frame to frame: a label's text is shaped once, in
 * every size it may be drawn at, not every frame (lc-map-labels.c asks
 * here first); and, for a widget (LcMapRenderer:cache-scale), the text
 * with its halo is drawn once into an image, which each frame paints:
 * stroking the outline of every glyph was the frame's largest cost.
 *
 * What a label looks like depends on the feature, whether it is faded,
 * whether it is a key label, and for an area the width its name wraps
 * at; the layouts are made again when the place names or the fonts (the
 * shared PangoContext) change. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define MAX_LABELS 2048 /* kept at once; a story with more starts afresh */
#define HALO_WIDTH 3.0  /* as lc_map_show_layout() strokes it */

typedef struct
{
  LcFeature *feature;
  int        width;
  gboolean   faded;
  gboolean   key;
} LabelKey;

static guint
label_key_hash (gconstpointer data)
{
  const LabelKey *key = data;

  return g_direct_hash (key->feature) ^ ((guint) key->width * 31) ^ (key->faded ? 0x5bd1e995 : 0) ^
         (key->key ? 0x27d4eb2d : 0);
}

static gboolean
label_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const LabelKey *x = a, *y = b;

  return x->feature == y->feature && x->width == y->width && x->faded == y->faded &&
         x->key == y->key;
}

static void
text_image_clear (LcMapTextImage *image)
{
  g_clear_pointer (&image->surface, cairo_surface_destroy);
}

static void
label_layouts_free (gpointer data)
{
  LcMapLabelLayouts *layouts = data;

  for (guint i = 0; i < layouts->n_variants; i++)
    {
      g_clear_object (&layouts->layouts[i]);
      text_image_clear (&layouts->images[i]);
    }
  g_free (layouts);
}

void
lc_map_label_cache_clear (LcMapRenderer *self)
{
  g_clear_pointer (&self->label_cache, g_hash_table_unref);
}

/**
 * lc_map_label_cache_begin:
 *
 * Keeps the labels' layouts if they are still those of this frame: the
 * same place names and fonts.
 */
void
lc_map_label_cache_begin (LcMapRenderer *self)
{
  guint serial = pango_context_get_serial (self->pango);

  if (self->label_cache != NULL &&
      (self->label_names != self->names || self->label_serial != serial ||
       g_hash_table_size (self->label_cache) >= MAX_LABELS))
    lc_map_label_cache_clear (self);

  if (self->label_cache == NULL)
    self->label_cache = g_hash_table_new_full (label_key_hash, label_key_equal, g_free,
                                               label_layouts_free);
  self->label_names = self->names;
  self->label_serial = serial;
}

/**
 * lc_map_label_cache_lookup:
 * @width: for an area's label, the width its name wraps at; else 0
 * @created: (out): whether the layouts are new, and empty
 *
 * Returns: (transfer none): the layouts of the label, kept until the next
 *   frame's lc_map_label_cache_begin() at least
 */
LcMapLabelLayouts *
lc_map_label_cache_lookup (LcMapRenderer *self,
                           LcFeature     *feature,
                           gboolean       faded,
                           gboolean       key,
                           int            width,
                           gboolean      *created)
{
  LabelKey lookup = { feature, width, !!faded, !!key };
  LcMapLabelLayouts *layouts = g_hash_table_lookup (self->label_cache, &lookup);

  *created = layouts == NULL;
  if (layouts == NULL)
    {
      layouts = g_new0 (LcMapLabelLayouts, 1);
      g_hash_table_insert (self->label_cache, g_memdup2 (&lookup, sizeof lookup), layouts);
    }

  return layouts;
}

/* Draws the text into a new image, with the layout's origin @fx, @fy
 * device pixels past a whole one, as it will be on screen. */
static void
render_text_image (LcMapRenderer  *self,
                   LcMapTextImage *image,
                   PangoLayout    *layout,
                   int             scale,
                   double          fx,
                   double          fy,
                   const LcColor  *color,
                   const LcColor  *halo)
{
  PangoRectangle ink;
  int pad = (halo != NULL ? (int) ceil (HALO_WIDTH / 2) : 0) + 1; /* whole pixels */
  cairo_t *cr;

  text_image_clear (image);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  image->x = ink.x - pad;
  image->y = ink.y - pad;
  image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                               (ink.width + 2 * pad) * scale + 1,
                                               (ink.height + 2 * pad) * scale + 1);
  cairo_surface_set_device_scale (image->surface, scale, scale);
  cr = cairo_create (image->surface);
  lc_map_show_layout (cr, layout, -image->x + fx / scale, -image->y + fy / scale, color, halo);
  cairo_destroy (cr);

  image->align = pango_layout_get_alignment (layout);
  image->color = *color;
  image->has_halo = halo != NULL;
  if (halo != NULL)
    image->halo = *halo;
  image->scale = scale;
  image->fx = fx;
  image->fy = fy;
  self->n_text_images++;
}

static gboolean
same_color (const LcColor *a,
            const LcColor *b)
{
  return memcmp (a, b, sizeof *a) == 0;
}

/**
 * lc_map_show_text_image:
 * @image: where the text is kept drawn
 * @scale: device pixels a pixel of @cr, whose matrix is the identity
 * @approximate: whether the text may be put up to half a device pixel
 *   off, as while the view moves
 *
 * Draws @layout as lc_map_show_layout() does, from @image, which is drawn
 * first when it is not of @layout as it is now, in these colours, at the
 * same part of a device pixel: the text is then drawn exactly as without
 * the image. A view moved by whole pixels keeps the images.
 */
void
lc_map_show_text_image (LcMapRenderer  *self,
                        cairo_t        *cr,
                        LcMapTextImage *image,
                        PangoLayout    *layout,
                        int             scale,
                        gboolean        approximate,
                        double          x,
                        double          y,
                        const LcColor  *color,
                        const LcColor  *halo)
{
  double ix = floor (x * scale), iy = floor (y * scale);
  double fx = x * scale - ix, fy = y * scale - iy;

  if (image->surface == NULL || image->scale != scale ||
      image->align != pango_layout_get_alignment (layout) || !same_color (&image->color, color) ||
      image->has_halo != (halo != NULL) || (halo != NULL && !same_color (&image->halo, halo)) ||
      (!approximate && (fabs (image->fx - fx) > 1e-3 || fabs (image->fy - fy) > 1e-3)))
    render_text_image (self, image, layout, scale, fx, fy, color, halo);

  cairo_save (cr);
  cairo_set_source_surface (cr, image->surface, ix / scale + image->x, iy / scale + image->y);
  cairo_paint (cr);
  cairo_restore (cr);
}
