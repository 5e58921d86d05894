/* lc-map-marker.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-feature.h"

G_BEGIN_DECLS

#define LC_TYPE_MAP_MARKER (lc_map_marker_get_type ())

G_DECLARE_FINAL_TYPE (LcMapMarker, lc_map_marker, LC, MAP_MARKER, GtkWidget)

GtkWidget *lc_map_marker_new             (LcFeature   *feature);
LcFeature *lc_map_marker_get_feature     (LcMapMarker *self);
void       lc_map_marker_set_description (LcMapMarker *self,
                                          const char  *description);
void       lc_map_marker_set_selected    (LcMapMarker *self,
                                          gboolean     selected,
                                          const char  *note);

G_END_DECLS
