/* lc-story-types.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-story-enums.h"
#include "lc-story-types.h"

/* The story format's names of enum values are the GEnum nicks, which
 * glib-mkenums derives from the C names ("multi-point" and so on); only
 * GeoJSON's geometry types are spelt differently and have their own table.
 */

/**
 * lc_enum_to_nick:
 * @enum_type: a #GEnum type
 *
 * Returns: (nullable): the nick of @value, as the story format, the
 *   settings and the command line spell it
 */
const char *
lc_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);
  const char *nick = ev != NULL ? ev->value_nick : NULL;

  /* Enum classes are never finalised, so the nick stays valid. */
  g_type_class_unref (klass);
  return nick;
}

/**
 * lc_enum_from_nick:
 * @nick: (nullable): a nick of one of @enum_type's values
 * @value: (out): the value, when there is one
 *
 * Returns: %TRUE if @nick names a value
 */
gboolean
lc_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev != NULL)
    *value = ev->value;
  g_type_class_unref (klass);

  return ev != NULL;
}

/**
 * lc_enum_dup_nicks:
 *
 * The nicks of @enum_type's values, for a message that says which values
 * are possible.
 *
 * Returns: (transfer full): the nicks, as "both, armenian, azerbaijani"
 */
char *
lc_enum_dup_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

  return g_string_free (text, FALSE);
}

#define DEFINE_ENUM_STRINGS(Name, name, TYPE)                              \
  const char *                                                             \
  lc_##name##_to_string (Name value)                                       \
  {                                                                        \
    return lc_enum_to_nick (TYPE, value);                                     \
  }                                                                        \
                                                                           \
  gboolean                                                                 \
  lc_##name##_from_string (const char *text,                               \
                           Name       *value)                              \
  {                                                                        \
    int v;                                                                 \
                                                                           \
    if (!lc_enum_from_nick (TYPE, text, &v))                                  \
      return FALSE;                                                        \
    *value = v;                                                            \
    return TRUE;                                                           \
  }

DEFINE_ENUM_STRINGS (LcFeatureKind, feature_kind, LC_TYPE_FEATURE_KIND)
DEFINE_ENUM_STRINGS (LcFeatureState, feature_state, LC_TYPE_FEATURE_STATE)
DEFINE_ENUM_STRINGS (LcStatementKind, statement_kind, LC_TYPE_STATEMENT_KIND)
DEFINE_ENUM_STRINGS (LcDatePrecision, date_precision, LC_TYPE_DATE_PRECISION)

static const char * const geometry_type_names[] = {
  [LC_GEOMETRY_TYPE_POINT] = "Point",
  [LC_GEOMETRY_TYPE_MULTI_POINT] = "MultiPoint",
  [LC_GEOMETRY_TYPE_LINE_STRING] = "LineString",
  [LC_GEOMETRY_TYPE_MULTI_LINE_STRING] = "MultiLineString",
  [LC_GEOMETRY_TYPE_POLYGON] = "Polygon",
  [LC_GEOMETRY_TYPE_MULTI_POLYGON] = "MultiPolygon",
};

const char *
lc_geometry_type_to_string (LcGeometryType type)
{
  g_return_val_if_fail (type <= LC_GEOMETRY_TYPE_MULTI_POLYGON, NULL);

  return geometry_type_names[type];
}

gboolean
lc_geometry_type_from_string (const char     *text,
                              LcGeometryType *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (geometry_type_names); i++)
    {
      if (g_strcmp0 (text, geometry_type_names[i]) == 0)
        {
          *type = i;
          return TRUE;
        }
    }

  return FALSE;
}
