/* lc-place-card.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-story.h"

G_BEGIN_DECLS

#define LC_TYPE_PLACE_CARD (lc_place_card_get_type ())

G_DECLARE_FINAL_TYPE (LcPlaceCard, lc_place_card, LC, PLACE_CARD, GtkWidget)

GtkWidget *lc_place_card_new     (void);
LcFeature *lc_place_card_get_feature (LcPlaceCard  *self);
void       lc_place_card_set_feature (LcPlaceCard  *self,
                                      LcFeature    *feature,
                                      guint32       day,
                                      LcPlaceNames  names);

G_END_DECLS
