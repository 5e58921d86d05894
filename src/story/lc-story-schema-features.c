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
is_language_tag (const char *tag)
{
  if (!g_ascii_isalpha (*tag))
    return FALSE;
  for (const char *p = tag; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* Reads "first_in" (version 2): the languages whose readers see this
 * name first. A language goes with one side only (@firsts: language →
 * side, over the feature's names). */
static gboolean
read_first_in (LcSchemaReader  *ctx,
               JsonObject      *object,
               const char      *side,
               const char      *lang,
               GHashTable      *firsts,
               GStrvBuilder    *languages)
{
  JsonArray *array;
  gboolean ok = TRUE;
  gsize mark;

  if (!lc_schema_since_version (ctx, object, "first_in", 2) ||
      !lc_json_read_array (ctx->json, object, "first_in", LC_JSON_OPTIONAL, LC_STORY_MAX_LIST,
                           &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = lc_json_enter (ctx->json, "first_in");
  if (lang != NULL)
    ok = lc_json_error (ctx->json,
                        _("only a name without “lang” can say where it comes first"));
  for (guint i = 0; ok && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_mark = lc_json_enter_index (ctx->json, i);
      const char *language = lc_json_node_is_string (node) ? json_node_get_string (node) : NULL;
      const char *other;

      if (language == NULL)
        ok = lc_json_error (ctx->json, _("expected a language tag such as “en”, got %s"),
                            lc_json_describe (node));
      else if (!is_language_tag (language))
        ok = lc_json_error (ctx->json, _("expected a language tag such as “en”, got “%s”"),
                            language);
      else if ((other = g_hash_table_lookup (firsts, language)) != NULL &&
               !g_str_equal (other, side))
        ok = lc_json_error (ctx->json, _("“%s” is already listed for the %s side’s name"),
                            language, other);
      else
        {
          g_hash_table_insert (firsts, (gpointer) language, (gpointer) side);
          g_strv_builder_add (languages, language);
        }
      lc_json_leave (ctx->json, item_mark);
    }
  lc_json_leave (ctx->json, mark);

  return ok;
}

static gboolean
read_alt_name (LcSchemaReader *ctx,
               JsonObject     *object,
               LcFeature      *feature,
               GHashTable     *firsts)
{
  static const char * const known[] = { "name", "side", "lang", "first_in", NULL };
  g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();
  g_auto(GStrv) first_in = NULL;
  g_autofree char *field = NULL;
  const char *name, *side, *lang;
  gboolean ok;

  lc_json_check_members (ctx->json, object, known);
  ok = lc_json_read_string (ctx->json, object, "name", LC_JSON_REQUIRED, &name);
  ok &= lc_json_read_id (ctx->json, object, "side", LC_JSON_REQUIRED, &side);
  ok &= lc_json_read_string (ctx->json, object, "lang", LC_JSON_OPTIONAL, &lang);
  if (!ok)
    return FALSE;
  if (!read_first_in (ctx, object, side, lang, firsts, languages))
    return FALSE;
  first_in = g_strv_builder_end (languages);

  /* A name in a given language is that language's, not to translate. */
  field = g_strdup_printf ("alt_names/%s", side);
  if (lang == NULL)
    name = lc_schema_tr_field (ctx, name, "features", lc_feature_get_id (feature), field);
  _lc_feature_add_alt_name_full (feature, name, side, lang,
                                 first_in[0] != NULL ? (const char * const *) first_in : NULL);

  return TRUE;
}

static gboolean
read_alt_names (LcSchemaReader *ctx,
                JsonObject     *properties,
                LcFeature      *feature)
{
  g_autoptr(GHashTable) firsts = g_hash_table_new (g_str_hash, g_str_equal);
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

      if (object == NULL || !read_alt_name (ctx, object, feature, firsts))
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

static void
add_feature_source (gpointer owner,
                    gpointer source)
{
  _lc_feature_add_source (owner, source);
}

static void
add_feature_note_source (gpointer owner,
                         gpointer source)
{
  _lc_feature_add_note_source (owner, source);
}

static gboolean
read_feature_properties (LcSchemaReader *ctx,
                         JsonObject     *properties,
                         LcFeature      *feature)
{
  static const char * const known[] = {
    "name", "alt_names", "kind", "from", "until", "approximate", "state", "states",
    "source", "sources", "rank", "note", "note_sources", NULL
  };
  gboolean approximate;
  guint rank = LC_FEATURE_RANK_DEFAULT;
  const char *note;
  gboolean ok;

  lc_json_check_members (ctx->json, properties, known);
  ok = read_alt_names (ctx, properties, feature);
  ok &= read_lifetime (ctx, properties, feature);
  ok &= read_states (ctx, properties, feature);
  ok &= lc_json_read_boolean (ctx->json, properties, "approximate", &approximate);
  ok &= lc_schema_read_sources (ctx, properties, LC_JSON_OPTIONAL, feature, add_feature_source);
  ok &= lc_json_read_uint (ctx->json, properties, "rank", LC_FEATURE_RANK_MIN, LC_FEATURE_RANK_MAX,
                           &rank);
  ok &= lc_json_read_string (ctx->json, properties, "note", LC_JSON_OPTIONAL, &note);
  ok &= lc_schema_read_note_sources (ctx, properties, note != NULL, feature,
                                     add_feature_note_source);
  note = lc_schema_tr_field (ctx, note, "features", lc_feature_get_id (feature), "note");
  if (ok)
    _lc_feature_set_details (feature, approximate, NULL, rank, note);

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
      g_autofree char *shown = _lc_json_shorten (type);

      ok = lc_json_error (ctx->json, _("expected “Feature”, got “%s”"), shown);
      lc_json_leave (ctx->json, mark);
    }
  properties = lc_json_read_object (ctx->json, object, "properties", LC_JSON_REQUIRED);
  if (properties != NULL)
    {
      gsize mark = lc_json_enter (ctx->json, "properties");

      ok &= lc_json_read_string (ctx->json, properties, "name", LC_JSON_REQUIRED, &name);
      kind_ok = lc_json_read_enum (ctx->json, properties, "kind", LC_JSON_REQUIRED,
                                   LC_TYPE_FEATURE_KIND, &kind);
      if (kind_ok && kind == LC_FEATURE_KIND_REGION)
        {
          gsize kind_mark = lc_json_enter (ctx->json, "kind");

          kind_ok = lc_schema_kind_since_version (ctx, lc_feature_kind_to_string (kind), 2);
          lc_json_leave (ctx->json, kind_mark);
        }
      lc_json_leave (ctx->json, mark);
    }
  geometry = lc_geojson_read_geometry (ctx->json, object);

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
      g_autofree char *shown = _lc_json_shorten (type);

      lc_json_error (ctx->json, _("expected “FeatureCollection”, got “%s”"), shown);
      lc_json_leave (ctx->json, type_mark);
    }
  lc_schema_read_collection (ctx, collection, "features", LC_JSON_REQUIRED, read_feature);
  lc_json_leave (ctx->json, mark);
}
