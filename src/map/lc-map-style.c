/* lc-map-style.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-map-style.h"

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
