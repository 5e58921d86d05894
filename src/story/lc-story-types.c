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

static const char *
enum_to_nick (GType type,
              int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);
  const char *nick = ev != NULL ? ev->value_nick : NULL;

  /* Enum classes are never finalised, so the nick stays valid. */
  g_type_class_unref (klass);
  return nick;
}

static gboolean
enum_from_nick (GType       type,
                const char *text,
                int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (text == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  ev = g_enum_get_value_by_nick (klass, text);
  if (ev != NULL)
    *value = ev->value;
  g_type_class_unref (klass);

  return ev != NULL;
}

#define DEFINE_ENUM_STRINGS(Name, name, TYPE)                              \
  const char *                                                             \
  lc_##name##_to_string (Name value)                                       \
  {                                                                        \
    return enum_to_nick (TYPE, value);                                     \
  }                                                                        \
                                                                           \
  gboolean                                                                 \
  lc_##name##_from_string (const char *text,                               \
                           Name       *value)                              \
  {                                                                        \
    int v;                                                                 \
                                                                           \
    if (!enum_from_nick (TYPE, text, &v))                                  \
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
