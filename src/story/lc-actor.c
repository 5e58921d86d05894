/* lc-actor.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-story-private.h"

/**
 * LcActor:
 *
 * A person or body whose statements a story reports.
 */
struct _LcActor
{
  GObject  parent_instance;
  char    *id;
  char    *initials;
  char    *name;
  char    *role;
  char    *group;
  char    *language;
};

G_DEFINE_FINAL_TYPE (LcActor, lc_actor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INITIALS,
  PROP_NAME,
  PROP_ROLE,
  PROP_GROUP,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_actor_finalize (GObject *object)
{
  LcActor *self = (LcActor *)object;

  g_free (self->id);
  g_free (self->initials);
  g_free (self->name);
  g_free (self->role);
  g_free (self->group);
  g_free (self->language);

  G_OBJECT_CLASS (lc_actor_parent_class)->finalize (object);
}

static void
lc_actor_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LcActor *self = LC_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_INITIALS:
      g_value_set_string (value, self->initials);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_actor_class_init (LcActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_actor_finalize;
  object_class->get_property = lc_actor_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INITIALS] = g_param_spec_string ("initials", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_actor_init (LcActor *self)
{
}

LcActor *
_lc_actor_new (const char *id,
               const char *name,
               const char *role,
               const char *group)
{
  LcActor *self = g_object_new (LC_TYPE_ACTOR, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->role = g_strdup (role);
  self->group = g_strdup (group);

  return self;
}

void
_lc_actor_set_language (LcActor    *self,
                        const char *language)
{
  g_free (self->language);
  self->language = g_strdup (language);
}

const char *
lc_actor_get_id (LcActor *self)
{
  g_return_val_if_fail (LC_IS_ACTOR (self), NULL);

  return self->id;
}

/* Set once when the story is sealed, distinct within it. */
void
_lc_actor_set_initials (LcActor    *self,
                        const char *initials)
{
  g_free (self->initials);
  self->initials = g_strdup (initials);
}

/**
 * lc_actor_get_initials:
 *
 * Returns: one or two letters for the actor's avatar, distinct among the
 *   story's actors ("GA" for the Government of Azerbaijan, "RA" for the
 *   Government of the Republic of Artsakh beside it)
 */
const char *
lc_actor_get_initials (LcActor *self)
{
  g_return_val_if_fail (LC_IS_ACTOR (self), NULL);

  return self->initials;
}

const char *
lc_actor_get_name (LcActor *self)
{
  g_return_val_if_fail (LC_IS_ACTOR (self), NULL);

  return self->name;
}

/**
 * lc_actor_get_role:
 *
 * Returns: (nullable): the actor's office, such as "Spokesperson, Ministry of
 *   Foreign Affairs of Russia"
 */
const char *
lc_actor_get_role (LcActor *self)
{
  g_return_val_if_fail (LC_IS_ACTOR (self), NULL);

  return self->role;
}

/**
 * lc_actor_get_group:
 *
 * Returns: (nullable): the side the actor speaks for, an id such as "russia",
 *   used to filter and colour statements
 */
const char *
lc_actor_get_group (LcActor *self)
{
  g_return_val_if_fail (LC_IS_ACTOR (self), NULL);

  return self->group;
}

/**
 * lc_actor_get_language:
 *
 * Returns: (nullable): the BCP 47 tag of the language the actor speaks or
 *   writes in, such as "ru"
 */
const char *
lc_actor_get_language (LcActor *self)
{
  g_return_val_if_fail (LC_IS_ACTOR (self), NULL);

  return self->language;
}
