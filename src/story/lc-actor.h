/* lc-actor.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LC_TYPE_ACTOR (lc_actor_get_type ())

G_DECLARE_FINAL_TYPE (LcActor, lc_actor, LC, ACTOR, GObject)

const char *lc_actor_get_id       (LcActor *self);
const char *lc_actor_get_name     (LcActor *self);
const char *lc_actor_get_role     (LcActor *self);
const char *lc_actor_get_group    (LcActor *self);
const char *lc_actor_get_language (LcActor *self);

const char *lc_actor_get_initials (LcActor *self);

G_END_DECLS
