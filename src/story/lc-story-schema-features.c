/* lc-story-schema-features.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-story-loader-private.h"

/*
 * The story format's map features: a GeoJSON FeatureCollection whose
 * features' properties give each a kind, names on both sides, a lifetime
 * and states over time.
 */

static gboolean
kind_fits_geometry (LcFeatureKind  kind,
                    LcGeometryType type)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_COUNTRY:
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
      return type == LC_GEOMETRY_TYPE_POLYGON || type == LC_GEOMETRY_TYPE_MULTI_POLYGON;

    case LC_FEATURE_KIND_CORRIDOR:
    case LC_FEATURE_KIND_ROAD:
      return type == LC_GEOMETRY_TYPE_LINE_STRING || type == LC_GEOMETRY_TYPE_MULTI_LINE_STRING;

    case LC_FEATURE_KIND_CAPITAL:
    case LC_FEATURE_KIND_CITY:
    case LC_FEATURE_KIND_VILLAGE:
    case LC_FEATURE_KIND_SITE:
    case LC_FEATURE_KIND_MINE:
    case LC_FEATURE_KIND_CHECKPOINT:
    case LC_FEATURE_KIND_BLOCKADE:
    default:
      return type == LC_GEOMETRY_TYPE_POINT || type == LC_GEOMETRY_TYPE_MULTI_POINT;
    }
}

static gboolean
read_alt_name (LcSchemaReader *ctx,
               JsonObject     *object,
               LcFeature      *feature)
{
  static const char * const known[] = { "name", "side", "lang", NULL };
  g_autofree char *field = NULL;
  const char *name, *side, *lang;
  gboolean ok;

  lc_json_check_members (ctx->json, object, known);
  ok = lc_json_read_string (ctx->json, object, "name", LC_JSON_REQUIRED, &name);
  ok &= lc_json_read_id (ctx->json, object, "side", LC_JSON_REQUIRED, &side);
  ok &= lc_json_read_string (ctx->json, object, "lang", LC_JSON_OPTIONAL, &lang);
  if (!ok)
    return FALSE;

  /* A name in a given language is that language's, not to translate. */
  field = g_strdup_printf ("alt_names/%s", side);
  if (lang == NULL)
    name = lc_schema_tr_field (ctx, name, "features", lc_feature_get_id (feature), field);
  _lc_feature_add_alt_name (feature, name, side, lang);

  return TRUE;
}

static gboolean
read_alt_names (LcSchemaReader *ctx,
                JsonObject     *properties,
                LcFeature      *feature)
{
  JsonArray *array;
  gboolean ok = TRUE;
  gsize mark;

  if (!lc_json_read_array (ctx->json, properties, "alt_names", LC_JSON_OPTIONAL,
                           LC_STORY_MAX_LIST, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = lc_json_enter (ctx->json, "alt_names");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = lc_json_enter_index (ctx->json, i);
      JsonObject *object = lc_json_item_object (ctx->json, json_array_get_element (array, i));

      if (object == NULL || !read_alt_name (ctx, object, feature))
        ok = FALSE;
      lc_json_leave (ctx->json, item_mark);
    }
  lc_json_leave (ctx->json, mark);

  return ok;
}

static gboolean
read_state_change (LcSchemaReader *ctx,
                   JsonObject     *object,
                   LcStateChange  *change)
{
  static const char * const known[] = { "from", "state", NULL };
  int state = LC_FEATURE_STATE_NORMAL;
  gboolean ok;

  lc_json_check_members (ctx->json, object, known);
  ok = lc_json_read_date (ctx->json, object, "from", LC_JSON_REQUIRED, &change->day);
  ok &= lc_json_read_enum (ctx->json, object, "state", LC_JSON_REQUIRED, LC_TYPE_FEATURE_STATE,
                           &state);
  change->state = state;

  return ok;
}

static gboolean
read_states (LcSchemaReader *ctx,
             JsonObject     *properties,
             LcFeature      *feature)
{
  int initial = LC_FEATURE_STATE_NORMAL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (LcStateChange));
  JsonArray *array;
  gboolean ok;
  gsize mark;

  ok = lc_json_read_enum (ctx->json, properties, "state", LC_JSON_OPTIONAL, LC_TYPE_FEATURE_STATE,
                          &initial);
  if (!lc_json_read_array (ctx->json, properties, "states", LC_JSON_OPTIONAL, LC_STORY_MAX_LIST,
                           &array))
    return FALSE;

  mark = lc_json_enter (ctx->json, "states");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize item_mark = lc_json_enter_index (ctx->json, i);
      JsonObject *object = lc_json_item_object (ctx->json, json_array_get_element (array, i));
      LcStateChange change;

      if (object == NULL || !read_state_change (ctx, object, &change))
        ok = FALSE;
      else if (changes->len > 0 &&
               g_array_index (changes, LcStateChange, changes->len - 1).day >= change.day)
        ok = lc_json_error (ctx->json,
                            _("state changes must be in date order, each on a later day"));
      else
        g_array_append_val (changes, change);
      lc_json_leave (ctx->json, item_mark);
    }
  lc_json_leave (ctx->json, mark);

  if (ok)
    _lc_feature_set_states (feature, initial,
                            (const LcStateChange *) (gpointer) changes->data, changes->len);
  return ok;
}

static gboolean
read_lifetime (LcSchemaReader *ctx,
               JsonObject     *properties,
               LcFeature      *feature)
{
  guint32 from, until;
  gboolean ok;

  ok = lc_json_read_date (ctx->json, properties, "from", LC_JSON_OPTIONAL, &from);
  ok &= lc_json_read_date (ctx->json, properties, "until", LC_JSON_OPTIONAL, &until);
  if (ok && from != 0 && until != 0 && until <= from)
    {
      gsize mark = lc_json_enter (ctx->json, "until");

      ok = lc_json_error (ctx->json, _("“until” must be later than “from”"));
      lc_json_leave (ctx->json, mark);
    }
  if (ok)
    _lc_feature_set_lifetime (feature, from, until);

  return ok;
}

static gboolean
read_feature_properties (LcSchemaReader *ctx,
                         JsonObject     *properties,
                         LcFeature      *feature)
{
  static const char * const known[] = {
    "name", "alt_names", "kind", "from", "until", "approximate", "state", "states",
    "source", "rank", "note", NULL
  };
  gboolean approximate;
  guint rank = LC_FEATURE_RANK_DEFAULT;
  gpointer source;
  const char *note;
  gboolean ok;

  lc_json_check_members (ctx->json, properties, known);
  ok = read_alt_names (ctx, properties, feature);
  ok &= read_lifetime (ctx, properties, feature);
  ok &= read_states (ctx, properties, feature);
  ok &= lc_json_read_boolean (ctx->json, properties, "approximate", &approximate);
  ok &= lc_schema_read_ref (ctx, properties, "source", LC_STORY_SOURCES, LC_JSON_OPTIONAL, &source);
  ok &= lc_json_read_uint (ctx->json, properties, "rank", LC_FEATURE_RANK_MIN, LC_FEATURE_RANK_MAX,
                           &rank);
  ok &= lc_json_read_string (ctx->json, properties, "note", LC_JSON_OPTIONAL, &note);
  note = lc_schema_tr_field (ctx, note, "features", lc_feature_get_id (feature), "note");
  if (ok)
    _lc_feature_set_details (feature, approximate, source, rank, note);

  return ok;
}

static gboolean
read_feature (LcSchemaReader *ctx,
              JsonObject     *object)
{
  static const char * const known[] = { "type", "id", "properties", "geometry", NULL };
  const char *type, *id, *name = NULL;
  JsonObject *properties;
  g_autoptr(LcGeometry) geometry = NULL;
  g_autoptr(LcFeature) feature = NULL;
  int kind = LC_FEATURE_KIND_SITE;
  gboolean ok, kind_ok = FALSE;

  ok = lc_schema_read_item (ctx, object, known, LC_STORY_FEATURES, &id);
  ok &= lc_json_read_string (ctx->json, object, "type", LC_JSON_REQUIRED, &type);
  if (type != NULL && !g_str_equal (type, "Feature"))
    {
      gsize mark = lc_json_enter (ctx->json, "type");

      ok = lc_json_error (ctx->json, _("expected “Feature”, got “%s”"), type);
      lc_json_leave (ctx->json, mark);
    }
  properties = lc_json_read_object (ctx->json, object, "properties", LC_JSON_REQUIRED);
  if (properties != NULL)
    {
      gsize mark = lc_json_enter (ctx->json, "properties");

      ok &= lc_json_read_string (ctx->json, properties, "name", LC_JSON_REQUIRED, &name);
      kind_ok = lc_json_read_enum (ctx->json, properties, "kind", LC_JSON_REQUIRED,
                                   LC_TYPE_FEATURE_KIND, &kind);
      lc_json_leave (ctx->json, mark);
    }
  geometry = lc_geojson_read_geometry (ctx->json, object, &ctx->n_points);

  if (kind_ok && geometry != NULL &&
      !kind_fits_geometry (kind, lc_geometry_get_geometry_type (geometry)))
    {
      gsize mark = lc_json_enter (ctx->json, "geometry.type");

      ok = lc_json_error (ctx->json, _("a %s cannot be a %s"), lc_feature_kind_to_string (kind),
                          lc_geometry_type_to_string (lc_geometry_get_geometry_type (geometry)));
      lc_json_leave (ctx->json, mark);
    }
  ok &= kind_ok && geometry != NULL && id != NULL;

  /* A feature whose id is wrong is still checked, but not added. */
  feature = _lc_feature_new (id, lc_schema_tr_field (ctx, name, "features", id, "name"), kind,
                             geometry);
  if (properties != NULL)
    {
      gsize mark = lc_json_enter (ctx->json, "properties");

      ok &= read_feature_properties (ctx, properties, feature);
      lc_json_leave (ctx->json, mark);
    }
  if (id != NULL)
    _lc_story_add (ctx->story, LC_STORY_FEATURES, id, feature);

  return ok;
}

void
lc_schema_read_features (LcSchemaReader *ctx,
                         JsonObject     *root)
{
  static const char * const known[] = { "type", "features", NULL };
  JsonObject *collection = lc_json_read_object (ctx->json, root, "features", LC_JSON_REQUIRED);
  const char *type;
  gsize mark;

  if (collection == NULL)
    return;

  mark = lc_json_enter (ctx->json, "features");
  lc_json_check_members (ctx->json, collection, known);
  if (lc_json_read_string (ctx->json, collection, "type", LC_JSON_REQUIRED, &type) &&
      type != NULL && !g_str_equal (type, "FeatureCollection"))
    {
      gsize type_mark = lc_json_enter (ctx->json, "type");

      lc_json_error (ctx->json, _("expected “FeatureCollection”, got “%s”"), type);
      lc_json_leave (ctx->json, type_mark);
    }
  lc_schema_read_collection (ctx, collection, "features", LC_JSON_REQUIRED, read_feature);
  lc_json_leave (ctx->json, mark);
}
