/* lc-map-style.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lc-map-renderer-private.h"
#include "lc-map-style.h"

#define FONT_FAMILY "Cantarell, DejaVu Sans, Sans"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const LcMapPalette light = {
  .water = RGB (0xcfe0ea),
  .land_context = RGB (0xf3f1ec),
  .land_main = { RGB (0xeee3cd), RGB (0xe0e6de) },
  .border = RGB (0x8d8577),
  .country_label = RGB (0x6f685d),
  .territory = RGB (0xa24f86),          /* reddish purple, darkened for contrast on land */
  .road = RGB (0x9a9996),
  .corridor_open = RGB (0x0072b2),      /* blue */
  .corridor_blocked = RGB (0xd55e00),   /* vermillion */
  .casing = RGB (0xffffff),
  .point = RGB (0x3d3846),
  .point_ring = RGB (0xffffff),
  .mine = RGB (0x00795c),               /* bluish green, darkened */
  .inactive = RGB (0x77767b),
  .blockade = RGB (0xd55e00),
  .highlight = RGBA (0xf0c000, 0.9),
  .text = RGB (0x241f31),
  .text_secondary = RGB (0x5e5c64),
  .halo = RGBA (0xffffff, 0.9),
  .panel = RGBA (0xffffff, 0.92),
  .panel_border = RGBA (0x000000, 0.15),
};

static const LcMapPalette dark = {
  .water = RGB (0x17232d),
  .land_context = RGB (0x2b2b2d),
  .land_main = { RGB (0x3b352d), RGB (0x2f3733) },
  .border = RGB (0x8a8479),
  .country_label = RGB (0xb3aca1),
  .territory = RGB (0xe29ccb),
  .road = RGB (0x77767b),
  .corridor_open = RGB (0x56b4e9),      /* sky blue */
  .corridor_blocked = RGB (0xff8a3d),   /* vermillion, lifted for a dark ground */
  .casing = RGB (0x1e1e1e),
  .point = RGB (0xf6f5f4),
  .point_ring = RGB (0x1e1e1e),
  .mine = RGB (0x2fc59c),
  .inactive = RGB (0x9a9996),
  .blockade = RGB (0xff8a3d),
  .highlight = RGBA (0xf5d33a, 0.9),
  .text = RGB (0xf6f5f4),
  .text_secondary = RGB (0xc0bfbc),
  .halo = RGBA (0x1e1e1e, 0.9),
  .panel = RGBA (0x242424, 0.92),
  .panel_border = RGBA (0xffffff, 0.15),
};

/* High contrast: the same hues, with black or white ink and opaque panels. */
static const LcMapPalette light_high_contrast = {
  .water = RGB (0xb8d4e6),
  .land_context = RGB (0xffffff),
  .land_main = { RGB (0xf2e2bd), RGB (0xd6e3d2) },
  .border = RGB (0x000000),
  .country_label = RGB (0x000000),
  .territory = RGB (0x7a2d63),
  .road = RGB (0x3d3846),
  .corridor_open = RGB (0x004f7c),
  .corridor_blocked = RGB (0xa34300),
  .casing = RGB (0xffffff),
  .point = RGB (0x000000),
  .point_ring = RGB (0xffffff),
  .mine = RGB (0x00543f),
  .inactive = RGB (0x4d4d4d),
  .blockade = RGB (0xa34300),
  .highlight = RGBA (0xf0c000, 1.0),
  .text = RGB (0x000000),
  .text_secondary = RGB (0x1e1e1e),
  .halo = RGB (0xffffff),
  .panel = RGB (0xffffff),
  .panel_border = RGB (0x000000),
};

static const LcMapPalette dark_high_contrast = {
  .water = RGB (0x0b1a25),
  .land_context = RGB (0x000000),
  .land_main = { RGB (0x3a2e1c), RGB (0x1f3326) },
  .border = RGB (0xffffff),
  .country_label = RGB (0xffffff),
  .territory = RGB (0xf5b8e0),
  .road = RGB (0xdeddda),
  .corridor_open = RGB (0x8fd0ff),
  .corridor_blocked = RGB (0xffa366),
  .casing = RGB (0x000000),
  .point = RGB (0xffffff),
  .point_ring = RGB (0x000000),
  .mine = RGB (0x5fe3bd),
  .inactive = RGB (0xc0bfbc),
  .blockade = RGB (0xffa366),
  .highlight = RGBA (0xf5d33a, 1.0),
  .text = RGB (0xffffff),
  .text_secondary = RGB (0xf6f5f4),
  .halo = RGB (0x000000),
  .panel = RGB (0x000000),
  .panel_border = RGB (0xffffff),
};

/**
 * lc_map_palette_get:
 * @dark_style: whether the dark style is in use
 * @high_contrast: whether the high contrast style is in use
 *
 * Returns: (transfer none): the palette
 */
const LcMapPalette *
lc_map_palette_get (gboolean dark_style,
                    gboolean high_contrast)
{
  if (high_contrast)
    return dark_style ? &dark_high_contrast : &light_high_contrast;

  return dark_style ? &dark : &light;
}

/* Painting with the palette */

void
lc_map_set_color (cairo_t       *cr,
                  const LcColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

void
lc_map_set_color_alpha (cairo_t       *cr,
                        const LcColor *color,
                        double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static const cairo_user_data_key_t context_key;

/* What pango_cairo_update_context() takes from a cairo context. */
typedef struct
{
  cairo_font_options_t *options;
  cairo_matrix_t        matrix;
} ContextState;

static void
context_state_free (gpointer data)
{
  ContextState *state = data;

  cairo_font_options_destroy (state->options);
  g_free (state);
}

/**
 * lc_map_share_context:
 * @context: a context made for cairo, such as with pango_cairo_create_context()
 *
 * Makes lc_map_create_layout() make layouts for @cr in @context, brought
 * up to date with @cr: a frame's layouts share one context and its fonts,
 * and a renderer keeps it from frame to frame. The context changes (and
 * its layouts are laid out again) only when @cr's font options or scale
 * differ from the last one's.
 */
void
lc_map_share_context (cairo_t      *cr,
                      PangoContext *context)
{
  ContextState *state = g_object_get_data (G_OBJECT (context), "lc-map-context-state");
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_font_options_t *own = cairo_font_options_create ();
  cairo_matrix_t matrix;

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_font_options (cr, own);
  cairo_font_options_merge (options, own);
  cairo_font_options_destroy (own);
  cairo_get_matrix (cr, &matrix);
  matrix.x0 = matrix.y0 = 0;

  if (state != NULL && cairo_font_options_equal (state->options, options) &&
      memcmp (&state->matrix, &matrix, sizeof matrix) == 0)
    cairo_font_options_destroy (options);
  else
    {
      pango_cairo_update_context (cr, context);
      state = g_new0 (ContextState, 1);
      state->options = options;
      state->matrix = matrix;
      g_object_set_data_full (G_OBJECT (context), "lc-map-context-state", state,
                              context_state_free);
    }
  cairo_set_user_data (cr, &context_key, g_object_ref (context), g_object_unref);
}

/* The context lc_map_share_context() gave @cr, or %NULL. */
PangoContext *
lc_map_get_shared_context (cairo_t *cr)
{
  return cairo_get_user_data (cr, &context_key);
}

/* A layout of @text, in the context shared with @cr, or one of its own. */
PangoLayout *
lc_map_create_layout (cairo_t     *cr,
                      const char  *text,
                      double       size,
                      PangoWeight  weight,
                      PangoStyle   style)
{
  PangoContext *context = cairo_get_user_data (cr, &context_key);
  PangoLayout *layout = context != NULL ? pango_layout_new (context) : pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  /* Story text is text, never markup. */
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

/**
 * lc_map_show_layout:
 * @x: where the layout's top-left corner goes
 * @halo: (nullable): a colour to outline the text with, so that it reads
 *   over lines and hatching
 *
 * Draws text: every text of the map is drawn here, so that an SVG export
 * can keep it as text (see lc-map-text.c).
 */
void
lc_map_show_layout (cairo_t       *cr,
                    PangoLayout   *layout,
                    double         x,
                    double         y,
                    const LcColor *color,
                    const LcColor *halo)
{
  if (lc_map_text_sink_record (cr, layout, x, y, color, halo))
    return;

  cairo_save (cr);
  if (halo != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      lc_map_set_color (cr, halo);
      cairo_set_line_width (cr, 3.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }
  cairo_move_to (cr, x, y);
  lc_map_set_color (cr, color);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

cairo_pattern_t *
lc_map_create_hatch (const LcColor *color)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, LC_MAP_HATCH_SIZE,
                                                        LC_MAP_HATCH_SIZE);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  lc_map_set_color_alpha (cr, color, 0.55);
  cairo_set_line_width (cr, 1.3);
  cairo_move_to (cr, -2, 10);
  cairo_line_to (cr, 10, -2);
  cairo_move_to (cr, -2, 2);
  cairo_line_to (cr, 2, -2);
  cairo_move_to (cr, 6, 10);
  cairo_line_to (cr, 10, 6);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  return pattern;
}

void
lc_map_draw_panel (cairo_t            *cr,
                   const LcMapRect    *rect,
                   const LcMapPalette *palette)
{
  const double r = 8;
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  cairo_new_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  lc_map_set_color (cr, &palette->panel);
  cairo_fill_preserve (cr);
  lc_map_set_color (cr, &palette->panel_border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}
