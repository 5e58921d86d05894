/* lc-feature.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-geometry.h"
#include "lc-source.h"
#include "lc-story-types.h"

G_BEGIN_DECLS

/**
 * LcAltName:
 * @name: the other name, as that side writes it in Latin letters or its own script
 * @side: whose name it is: "armenian", "azerbaijani", "russian", …
 * @lang: (nullable): the BCP 47 language of @name, when it is not English
 *
 * Another name of a place. Disputed places carry both sides' names.
 */
typedef struct _LcAltName
{
  char  *name;
  char  *side;
  char  *lang;
  char **first_in;  /* languages whose readers see this name first, or NULL */
} LcAltName;

/**
 * LcStateChange:
 * @day: the day the state begins
 * @state: the state from @day on, until the next change
 */
typedef struct _LcStateChange
{
  guint32        day;
  LcFeatureState state;
} LcStateChange;

#define LC_TYPE_FEATURE (lc_feature_get_type ())

G_DECLARE_FINAL_TYPE (LcFeature, lc_feature, LC, FEATURE, GObject)

const char          *lc_feature_get_id            (LcFeature  *self);
const char          *lc_feature_get_name          (LcFeature  *self);
const LcAltName     *lc_feature_get_alt_names     (LcFeature  *self,
                                                   guint      *n_alt_names);
const char          *lc_feature_get_alt_name_for  (LcFeature  *self,
                                                   const char *side);
char                *lc_feature_dup_display_name  (LcFeature   *self,
                                                   LcPlaceNames names);
char                *lc_feature_dup_display_name_in (LcFeature   *self,
                                                     LcPlaceNames names,
                                                     const char  *language);
LcFeatureKind        lc_feature_get_kind          (LcFeature  *self);
guint32              lc_feature_get_from          (LcFeature  *self);
guint32              lc_feature_get_until         (LcFeature  *self);
gboolean             lc_feature_get_approximate   (LcFeature  *self);
LcFeatureState       lc_feature_get_initial_state (LcFeature  *self);
const LcStateChange *lc_feature_get_states        (LcFeature  *self,
                                                   guint      *n_states);
LcSource            *lc_feature_get_source        (LcFeature  *self);
GPtrArray           *lc_feature_get_sources       (LcFeature  *self);
GPtrArray           *lc_feature_get_note_sources  (LcFeature  *self);
guint                lc_feature_get_rank          (LcFeature  *self);
const char          *lc_feature_get_note          (LcFeature  *self);
LcGeometry          *lc_feature_get_geometry      (LcFeature  *self);
gboolean             lc_feature_is_visible_at     (LcFeature  *self,
                                                   guint32     day);
LcFeatureState       lc_feature_get_state_at      (LcFeature  *self,
                                                   guint32     day);

G_END_DECLS
