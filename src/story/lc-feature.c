/* lc-feature.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-language.h"
#include "lc-story-enums.h"
#include "lc-story-private.h"

/**
 * LcFeature:
 *
 * A place, area or line on the map, with its names, its kind, when it
 * exists and which states it goes through.
 */
struct _LcFeature
{
  GObject         parent_instance;
  char           *id;
  char           *name;
  GArray         *alt_names;  /* LcAltName */
  LcFeatureKind   kind;
  guint32         from;       /* 0: always */
  guint32         until;      /* 0: never ends; else the first day it is gone */
  LcFeatureState  initial_state;
  GArray         *states;     /* LcStateChange, days strictly increasing */
  GPtrArray      *sources;    /* LcSource, the main one first */
  GPtrArray      *note_sources;
  char           *note;
  LcGeometry     *geometry;
  guint           rank;
  guint           approximate : 1;
};

G_DEFINE_FINAL_TYPE (LcFeature, lc_feature, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_APPROXIMATE,
  PROP_SOURCE,
  PROP_RANK,
  PROP_NOTE,
  PROP_GEOMETRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_alt_name (gpointer data)
{
  LcAltName *alt = data;

  g_free (alt->name);
  g_free (alt->side);
  g_free (alt->lang);
  g_strfreev (alt->first_in);
}

static void
lc_feature_dispose (GObject *object)
{
  LcFeature *self = (LcFeature *)object;

  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->note_sources, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_feature_parent_class)->dispose (object);
}

static void
lc_feature_finalize (GObject *object)
{
  LcFeature *self = (LcFeature *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->note);
  g_clear_pointer (&self->alt_names, g_array_unref);
  g_clear_pointer (&self->states, g_array_unref);
  g_clear_pointer (&self->geometry, lc_geometry_unref);

  G_OBJECT_CLASS (lc_feature_parent_class)->finalize (object);
}

static void
lc_feature_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LcFeature *self = LC_FEATURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_APPROXIMATE:
      g_value_set_boolean (value, self->approximate);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, lc_feature_get_source (self));
      break;

    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_GEOMETRY:
      g_value_set_boxed (value, self->geometry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_feature_class_init (LcFeatureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_feature_dispose;
  object_class->finalize = lc_feature_finalize;
  object_class->get_property = lc_feature_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LC_TYPE_FEATURE_KIND, LC_FEATURE_KIND_SITE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROXIMATE] =
    g_param_spec_boolean ("approximate", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, LC_TYPE_SOURCE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, LC_FEATURE_RANK_MIN, LC_FEATURE_RANK_MAX,
                       LC_FEATURE_RANK_DEFAULT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GEOMETRY] =
    g_param_spec_boxed ("geometry", NULL, NULL, LC_TYPE_GEOMETRY,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_feature_init (LcFeature *self)
{
  self->alt_names = g_array_new (FALSE, FALSE, sizeof (LcAltName));
  g_array_set_clear_func (self->alt_names, clear_alt_name);
  self->states = g_array_new (FALSE, FALSE, sizeof (LcStateChange));
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->note_sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->rank = LC_FEATURE_RANK_DEFAULT;
}

/* The loader fills in the fields after creating the feature. */
LcFeature *
_lc_feature_new (const char    *id,
                 const char    *name,
                 LcFeatureKind  kind,
                 LcGeometry    *geometry)
{
  LcFeature *self = g_object_new (LC_TYPE_FEATURE, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->kind = kind;
  /* Only a feature of a story with errors, never returned, lacks one. */
  self->geometry = geometry != NULL ? lc_geometry_ref (geometry) : NULL;

  return self;
}

void
_lc_feature_add_alt_name (LcFeature  *self,
                          const char *name,
                          const char *side,
                          const char *lang)
{
  _lc_feature_add_alt_name_full (self, name, side, lang, NULL);
}

void
_lc_feature_add_alt_name_full (LcFeature          *self,
                               const char         *name,
                               const char         *side,
                               const char         *lang,
                               const char * const *first_in)
{
  LcAltName alt = {
    g_strdup (name), g_strdup (side), g_strdup (lang), g_strdupv ((char **) first_in)
  };

  g_array_append_val (self->alt_names, alt);
}

void
_lc_feature_add_source (LcFeature *self,
                        LcSource  *source)
{
  g_ptr_array_add (self->sources, g_object_ref (source));
}

void
_lc_feature_add_note_source (LcFeature *self,
                             LcSource  *source)
{
  g_ptr_array_add (self->note_sources, g_object_ref (source));
}

void
_lc_feature_set_lifetime (LcFeature *self,
                          guint32    from,
                          guint32    until)
{
  self->from = from;
  self->until = until;
}

void
_lc_feature_set_states (LcFeature           *self,
                        LcFeatureState       initial_state,
                        const LcStateChange *states,
                        guint                n_states)
{
  self->initial_state = initial_state;
  g_array_set_size (self->states, 0);
  g_array_append_vals (self->states, states, n_states);
}

void
_lc_feature_set_details (LcFeature  *self,
                         gboolean    approximate,
                         LcSource   *source,
                         guint       rank,
                         const char *note)
{
  self->approximate = !!approximate;
  if (source != NULL)
    g_ptr_array_insert (self->sources, 0, g_object_ref (source));
  self->rank = rank;
  g_free (self->note);
  self->note = g_strdup (note);
}

const char *
lc_feature_get_id (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->id;
}

/**
 * lc_feature_get_name:
 *
 * Returns: the name the story gives first; see lc_feature_get_alt_names()
 *   for the other side's
 */
const char *
lc_feature_get_name (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->name;
}

/**
 * lc_feature_get_alt_names:
 * @n_alt_names: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_alt_names): the other names
 */
const LcAltName *
lc_feature_get_alt_names (LcFeature *self,
                          guint     *n_alt_names)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  *n_alt_names = self->alt_names->len;
  return (const LcAltName *) (gpointer) self->alt_names->data;
}

/**
 * lc_feature_get_alt_name_for:
 * @side: "armenian", "azerbaijani", …
 *
 * Returns: (nullable): the first alternative name of @side in Latin
 *   letters (no language tag), else the first of @side at all
 */
const char *
lc_feature_get_alt_name_for (LcFeature  *self,
                             const char *side)
{
  const char *any = NULL;

  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  for (guint i = 0; i < self->alt_names->len; i++)
    {
      const LcAltName *alt = &g_array_index (self->alt_names, LcAltName, i);

      if (g_strcmp0 (alt->side, side) != 0)
        continue;
      if (alt->lang == NULL)
        return alt->name;
      if (any == NULL)
        any = alt->name;
    }

  return any;
}

/* The side's name as written in Latin letters (an alternative name
 * without a language tag), or NULL. */
static const char *
latin_name_for (LcFeature  *self,
                const char *side)
{
  for (guint i = 0; i < self->alt_names->len; i++)
    {
      const LcAltName *alt = &g_array_index (self->alt_names, LcAltName, i);

      if (alt->lang == NULL && g_strcmp0 (alt->side, side) == 0)
        return alt->name;
    }

  return NULL;
}

/* The side whose name comes first for a reader of @language, by the rule
 * of docs/story-format.md, "The order of the names". */
static const char *
first_side (LcFeature  *self,
            const char *language,
            const char *azerbaijani)
{
  for (guint i = 0; i < self->alt_names->len; i++)
    {
      const LcAltName *alt = &g_array_index (self->alt_names, LcAltName, i);

      for (guint j = 0; alt->first_in != NULL && alt->first_in[j] != NULL; j++)
        if (lc_language_matches (language, alt->first_in[j]))
          return alt->side;
    }

  if (lc_language_matches (language, "hy"))
    return "armenian";
  if (lc_language_matches (language, "az"))
    return "azerbaijani";
  if (g_strcmp0 (self->name, azerbaijani) == 0)
    return "azerbaijani";

  return "armenian";
}

/**
 * lc_feature_dup_display_name_in:
 * @names: whose names to show
 * @language: the reader's language, a primary BCP 47 subtag such as "en"
 *
 * The name to show for the feature. With one side's names, that side's
 * name where it has one, else the story's name. With both sides' names, a
 * place whose Armenian and Azerbaijani names differ is shown as
 * "first (second)", the first being the one a reader of @language sees
 * first: "Stepanakert (Khankendi)" and "Shusha (Shushi)" in English,
 * "Xankəndi (Stepanakert)" in Azerbaijani. A region shows its own name.
 *
 * Returns: (transfer full): the name
 */
char *
lc_feature_dup_display_name_in (LcFeature    *self,
                                LcPlaceNames  names,
                                const char   *language)
{
  const char *armenian, *azerbaijani;

  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  armenian = latin_name_for (self, "armenian");
  azerbaijani = latin_name_for (self, "azerbaijani");

  switch (names)
    {
    case LC_PLACE_NAMES_ARMENIAN:
      return g_strdup (armenian != NULL ? armenian : self->name);

    case LC_PLACE_NAMES_AZERBAIJANI:
      return g_strdup (azerbaijani != NULL ? azerbaijani : self->name);

    case LC_PLACE_NAMES_BOTH:
    default:
      if (self->kind == LC_FEATURE_KIND_REGION)
        return g_strdup (self->name);
      if (armenian == NULL)
        armenian = self->name;
      if (azerbaijani == NULL || g_str_equal (azerbaijani, armenian))
        return g_strdup (armenian);
      if (g_str_equal (first_side (self, language, azerbaijani), "azerbaijani"))
        /* Translators: a place's two names: the one readers of your language
         * see first, and the other side's. The story decides the order. */
        return g_strdup_printf (_("%s (%s)"), azerbaijani, armenian);
      return g_strdup_printf (_("%s (%s)"), armenian, azerbaijani);
    }
}

/**
 * lc_feature_dup_display_name:
 * @names: whose names to show
 *
 * lc_feature_dup_display_name_in() for the reader's language, the
 * language of the interface (see lc_language_get_reader()).
 *
 * Returns: (transfer full): the name
 */
char *
lc_feature_dup_display_name (LcFeature    *self,
                             LcPlaceNames  names)
{
  return lc_feature_dup_display_name_in (self, names, lc_language_get_reader ());
}

LcFeatureKind
lc_feature_get_kind (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), 0);

  return self->kind;
}

/**
 * lc_feature_get_from:
 *
 * Returns: the first day the feature exists, or 0 if it always has
 */
guint32
lc_feature_get_from (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), 0);

  return self->from;
}

/**
 * lc_feature_get_until:
 *
 * Returns: the first day the feature no longer exists, or 0 if it lasts
 */
guint32
lc_feature_get_until (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), 0);

  return self->until;
}

/**
 * lc_feature_get_approximate:
 *
 * Returns: %TRUE if the position or outline is an estimate, which the app
 *   must say
 */
gboolean
lc_feature_get_approximate (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), FALSE);

  return self->approximate;
}

LcFeatureState
lc_feature_get_initial_state (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), LC_FEATURE_STATE_NORMAL);

  return self->initial_state;
}

/**
 * lc_feature_get_states:
 * @n_states: (out): how many changes there are
 *
 * Returns: (transfer none) (array length=n_states): the state changes,
 *   oldest first
 */
const LcStateChange *
lc_feature_get_states (LcFeature *self,
                       guint     *n_states)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  *n_states = self->states->len;
  return (const LcStateChange *) (gpointer) self->states->data;
}

/**
 * lc_feature_get_source:
 *
 * Returns: (transfer none) (nullable): the first of
 *   lc_feature_get_sources(), the main one
 */
LcSource *
lc_feature_get_source (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->sources->len > 0 ? g_ptr_array_index (self->sources, 0) : NULL;
}

/**
 * lc_feature_get_sources:
 *
 * Returns: (transfer none) (element-type LcSource): the publications the
 *   feature rests on, the main one first
 */
GPtrArray *
lc_feature_get_sources (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->sources;
}

/**
 * lc_feature_get_note_sources:
 *
 * Returns: (transfer none) (element-type LcSource): the publications the
 *   note rests on
 */
GPtrArray *
lc_feature_get_note_sources (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->note_sources;
}

/**
 * lc_feature_get_rank:
 *
 * Returns: the label priority, 1 (most important) to 10
 */
guint
lc_feature_get_rank (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), LC_FEATURE_RANK_DEFAULT);

  return self->rank;
}

/**
 * lc_feature_get_note:
 *
 * Returns: (nullable): the story author's note on the feature
 */
const char *
lc_feature_get_note (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->note;
}

/**
 * lc_feature_get_geometry:
 *
 * Returns: (transfer none): the feature's geometry
 */
LcGeometry *
lc_feature_get_geometry (LcFeature *self)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), NULL);

  return self->geometry;
}

/**
 * lc_feature_is_visible_at:
 * @day: a day number
 *
 * Returns: %TRUE if the feature exists on @day: `from` ≤ @day < `until`
 */
gboolean
lc_feature_is_visible_at (LcFeature *self,
                          guint32    day)
{
  g_return_val_if_fail (LC_IS_FEATURE (self), FALSE);

  if (self->from != 0 && day < self->from)
    return FALSE;
  if (self->until != 0 && day >= self->until)
    return FALSE;

  return TRUE;
}

/**
 * lc_feature_get_state_at:
 * @day: a day number
 *
 * Looks the state up by binary search over the state changes.
 *
 * Returns: the feature's state on @day
 */
LcFeatureState
lc_feature_get_state_at (LcFeature *self,
                         guint32    day)
{
  const LcStateChange *states;
  guint lo = 0, hi;

  g_return_val_if_fail (LC_IS_FEATURE (self), LC_FEATURE_STATE_NORMAL);

  states = (const LcStateChange *) (gpointer) self->states->data;
  hi = self->states->len;

  /* Find how many changes begin on or before @day. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (states[mid].day <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? self->initial_state : states[lo - 1].state;
}
