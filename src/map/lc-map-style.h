/* lc-map-style.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LcColor
{
  double red;
  double green;
  double blue;
  double alpha;
} LcColor;

/**
 * LcMapPalette:
 *
 * The colours of the map. Both palettes use neutral greys and tints for
 * land, no national flag colours, and take their signal colours from the
 * Okabe–Ito set, which stays distinct for the common kinds of colour
 * blindness; open and blocked also differ in pattern, not only colour.
 */
typedef struct _LcMapPalette
{
  LcColor water;
  LcColor land_context;
  LcColor land_main[2];
  LcColor border;
  LcColor country_label;
  LcColor territory;
  LcColor road;
  LcColor corridor_open;
  LcColor corridor_blocked;
  LcColor casing;
  LcColor point;
  LcColor point_ring;
  LcColor mine;
  LcColor inactive;
  LcColor blockade;
  LcColor highlight;
  LcColor text;
  LcColor text_secondary;
  LcColor halo;
  LcColor panel;
  LcColor panel_border;
} LcMapPalette;

const LcMapPalette *lc_map_palette_get (gboolean dark,
                                        gboolean high_contrast);

G_END_DECLS
