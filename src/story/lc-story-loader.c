/* lc-story-loader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "lc-json-scan.h"
#include "lc-story-loader.h"
#include "lc-story-private.h"

/**
 * LcStoryLoader:
 *
 * Reads a story file into an #LcStory, collecting every problem it finds
 * as an #LcDiagnostic that names its place. The file is checked in two
 * steps: _lc_json_scan() makes sure it is well-formed JSON that json-glib
 * can read safely, then the JSON is checked and built into the model in
 * one pass. A story with any error is not returned.
 */
struct _LcStoryLoader
{
  GObject     parent_instance;
  GListStore *diagnostics;
  char       *translation_domain;
  guint       n_errors;
  guint       n_warnings;
};

G_DEFINE_FINAL_TYPE (LcStoryLoader, lc_story_loader, G_TYPE_OBJECT)
G_DEFINE_QUARK (lc-story-error-quark, lc_story_error)

#define MAX_ID_LENGTH     64
#define MAX_SUGGEST_EDITS 2

typedef struct
{
  LcStoryLoader *loader;
  const char    *file;
  GString       *path;
  LcStory       *story;
  guint          n_points;
  guint          n_hidden_errors;
  guint          n_hidden_warnings;
  const char    *story_id;
} Ctx;

typedef enum
{
  FIELD_OPTIONAL = 0,
  FIELD_REQUIRED = 1 << 0,
} FieldFlags;

/* Translation */

/* The catalog's translation of one of the story's texts, found by the
 * context "story:<story id>:<place>", which build-aux/story-strings.py
 * writes for the bundled story; the text itself when there is none. */
G_GNUC_PRINTF (3, 4)
static const char *
tr (Ctx        *ctx,
    const char *text,
    const char *place_format,
    ...)
{
  g_autofree char *place = NULL;
  g_autofree char *context = NULL;
  va_list args;

  if (text == NULL || ctx->loader->translation_domain == NULL || ctx->story_id == NULL)
    return text;

  va_start (args, place_format);
  place = g_strdup_vprintf (place_format, args);
  va_end (args);
  context = g_strdup_printf ("story:%s:%s", ctx->story_id, place);

  return g_dpgettext2 (ctx->loader->translation_domain, context, text);
}

/* Diagnostics and JSON paths */

static void
add_diagnostic (Ctx                  *ctx,
                LcDiagnosticSeverity  severity,
                const char           *message)
{
  g_autoptr(LcDiagnostic) diagnostic = NULL;

  if (severity == LC_DIAGNOSTIC_ERROR)
    {
      if (ctx->loader->n_errors >= LC_STORY_MAX_ERRORS)
        {
          ctx->n_hidden_errors++;
          return;
        }
      ctx->loader->n_errors++;
    }
  else
    {
      if (ctx->loader->n_warnings >= LC_STORY_MAX_ERRORS)
        {
          ctx->n_hidden_warnings++;
          return;
        }
      ctx->loader->n_warnings++;
    }

  diagnostic = lc_diagnostic_new (severity, ctx->file, 0, 0, ctx->path->str, message);
  g_list_store_append (ctx->loader->diagnostics, diagnostic);
}

G_GNUC_PRINTF (2, 3)
static gboolean
ctx_error (Ctx        *ctx,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_diagnostic (ctx, LC_DIAGNOSTIC_ERROR, message);

  return FALSE;
}

G_GNUC_PRINTF (2, 3)
static void
ctx_warning (Ctx        *ctx,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_diagnostic (ctx, LC_DIAGNOSTIC_WARNING, message);
}

static gsize
path_enter (Ctx        *ctx,
            const char *member)
{
  gsize mark = ctx->path->len;

  if (ctx->path->len > 0)
    g_string_append_c (ctx->path, '.');
  g_string_append (ctx->path, member);

  return mark;
}

static gsize
path_enter_index (Ctx   *ctx,
                  guint  index)
{
  gsize mark = ctx->path->len;

  g_string_append_printf (ctx->path, "[%u]", index);

  return mark;
}

static void
path_leave (Ctx   *ctx,
            gsize  mark)
{
  g_string_truncate (ctx->path, mark);
}

/* JSON values */

static const char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_DOUBLE:
      return _("a number with a fraction");
    default:
      return _("a number");
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
node_is_boolean (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }

  return row[lb];
}

/* Unknown members are warnings: they are usually typos of known ones. */
static void
check_members (Ctx               *ctx,
               JsonObject        *object,
               const char *const *known)
{
  /* In file order, which json_object_iter_next() does not keep. */
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      const char *suggestion = NULL;
      guint best = MAX_SUGGEST_EDITS + 1;
      gsize mark;

      if (g_strv_contains (known, name))
        continue;

      for (guint i = 0; known[i] != NULL; i++)
        {
          guint distance = edit_distance (name, known[i]);

          if (distance < best)
            {
              best = distance;
              suggestion = known[i];
            }
        }

      mark = path_enter (ctx, name);
      if (suggestion != NULL)
        ctx_warning (ctx, _("unknown field “%s” is ignored; did you mean “%s”?"), name, suggestion);
      else
        ctx_warning (ctx, _("unknown field “%s” is ignored"), name);
      path_leave (ctx, mark);
    }
}

/* Looks up a member; reports it when it is required and missing or null. */
static JsonNode *
get_member (Ctx        *ctx,
            JsonObject *object,
            const char *name,
            FieldFlags  flags)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    node = NULL;
  if (node == NULL && (flags & FIELD_REQUIRED) != 0)
    {
      gsize mark = path_enter (ctx, name);

      ctx_error (ctx, _("required field is missing"));
      path_leave (ctx, mark);
    }

  return node;
}

static gboolean
check_text (Ctx        *ctx,
            const char *text)
{
  if (g_utf8_strlen (text, -1) > LC_STORY_MAX_TEXT)
    return ctx_error (ctx, _("text is longer than %u characters"), LC_STORY_MAX_TEXT);
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Reads an optional or required string member into @out (borrowed);
 * @out is NULL when the member is absent. */
static gboolean
read_string (Ctx         *ctx,
             JsonObject  *object,
             const char  *name,
             FieldFlags   flags,
             const char **out)
{
  JsonNode *node = get_member (ctx, object, name, flags);
  gboolean ok = TRUE;
  gsize mark;

  *out = NULL;
  if (node == NULL)
    return (flags & FIELD_REQUIRED) == 0;

  mark = path_enter (ctx, name);
  if (!node_is_string (node))
    ok = ctx_error (ctx, _("expected a string, got %s"), describe_node (node));
  else if ((flags & FIELD_REQUIRED) != 0 && is_blank (json_node_get_string (node)))
    ok = ctx_error (ctx, _("must not be empty"));
  else if ((ok = check_text (ctx, json_node_get_string (node))))
    *out = json_node_get_string (node);
  path_leave (ctx, mark);

  return ok;
}

static gboolean
id_is_well_formed (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID_LENGTH || id[0] == '-' || id[length - 1] == '-')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    {
      if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-') ||
          (p[0] == '-' && p[1] == '-'))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_id (Ctx        *ctx,
          const char *id)
{
  if (!id_is_well_formed (id))
    return ctx_error (ctx, _("“%s” is not a valid id: use lower-case letters, digits and "
                             "single hyphens, at most %u characters, like “blockade-begins”"),
                      id, MAX_ID_LENGTH);
  return TRUE;
}

static gboolean
read_id (Ctx         *ctx,
         JsonObject  *object,
         const char  *name,
         FieldFlags   flags,
         const char **out)
{
  gsize mark;
  gboolean ok;

  if (!read_string (ctx, object, name, flags, out))
    return FALSE;
  if (*out == NULL)
    return TRUE;

  mark = path_enter (ctx, name);
  ok = check_id (ctx, *out);
  path_leave (ctx, mark);
  if (!ok)
    *out = NULL;

  return ok;
}

static gboolean
read_date (Ctx        *ctx,
           JsonObject *object,
           const char *name,
           FieldFlags  flags,
           guint32    *day)
{
  const char *text;
  gsize mark;

  *day = 0;
  if (!read_string (ctx, object, name, flags, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  mark = path_enter (ctx, name);
  *day = lc_day_parse (text);
  if (*day == 0)
    ctx_error (ctx, _("expected a date like 2022-12-12, got “%s”"), text);
  path_leave (ctx, mark);

  return *day != 0;
}

/* A date member with the optional "precision" member beside it. */
static gboolean
read_dated (Ctx        *ctx,
            JsonObject *object,
            LcDate     *date)
{
  const char *precision;
  gboolean ok = read_date (ctx, object, "date", FIELD_REQUIRED, &date->day);

  date->precision = LC_DATE_PRECISION_DAY;
  if (!read_string (ctx, object, "precision", FIELD_OPTIONAL, &precision))
    return FALSE;
  if (precision != NULL && !lc_date_precision_from_string (precision, &date->precision))
    {
      gsize mark = path_enter (ctx, "precision");

      ok = ctx_error (ctx, _("expected day, week, month or year, got “%s”"), precision);
      path_leave (ctx, mark);
    }

  return ok;
}

static gboolean
read_boolean (Ctx        *ctx,
              JsonObject *object,
              const char *name,
              gboolean   *out)
{
  JsonNode *node = get_member (ctx, object, name, FIELD_OPTIONAL);
  gsize mark;

  *out = FALSE;
  if (node == NULL)
    return TRUE;
  if (node_is_boolean (node))
    {
      *out = json_node_get_boolean (node);
      return TRUE;
    }

  mark = path_enter (ctx, name);
  ctx_error (ctx, _("expected true or false, got %s"), describe_node (node));
  path_leave (ctx, mark);

  return FALSE;
}

static gboolean
read_uint (Ctx        *ctx,
           JsonObject *object,
           const char *name,
           guint       min,
           guint       max,
           guint      *out)
{
  JsonNode *node = get_member (ctx, object, name, FIELD_OPTIONAL);
  gboolean ok = TRUE;
  gsize mark;

  if (node == NULL)
    return TRUE;

  mark = path_enter (ctx, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    ok = ctx_error (ctx, _("expected a whole number from %u to %u, got %s"), min, max,
                    describe_node (node));
  else if (json_node_get_int (node) < min || json_node_get_int (node) > max)
    {
      /* A %s, for xgettext does not read G_GINT64_FORMAT. */
      g_autofree char *got = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      ok = ctx_error (ctx, _("expected a whole number from %u to %u, got %s"), min, max, got);
    }
  else
    *out = json_node_get_int (node);
  path_leave (ctx, mark);

  return ok;
}

/* Reads an array member into @out, NULL when it is absent. */
static gboolean
read_array (Ctx         *ctx,
            JsonObject  *object,
            const char  *name,
            FieldFlags   flags,
            guint        max_length,
            JsonArray  **out)
{
  JsonNode *node = get_member (ctx, object, name, flags);
  gboolean ok = TRUE;
  gsize mark;

  *out = NULL;
  if (node == NULL)
    return (flags & FIELD_REQUIRED) == 0;

  mark = path_enter (ctx, name);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    ok = ctx_error (ctx, _("expected an array, got %s"), describe_node (node));
  else if (json_array_get_length (json_node_get_array (node)) > max_length)
    ok = ctx_error (ctx, _("has %u items; at most %u are allowed"),
                    json_array_get_length (json_node_get_array (node)), max_length);
  else
    *out = json_node_get_array (node);
  path_leave (ctx, mark);

  return ok;
}

static JsonObject *
read_object (Ctx        *ctx,
             JsonObject *object,
             const char *name,
             FieldFlags  flags)
{
  JsonNode *node = get_member (ctx, object, name, flags);
  gsize mark;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  mark = path_enter (ctx, name);
  ctx_error (ctx, _("expected an object, got %s"), describe_node (node));
  path_leave (ctx, mark);

  return NULL;
}

/* For array items: the item as an object, or NULL (reported). */
static JsonObject *
item_object (Ctx      *ctx,
             JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  ctx_error (ctx, _("expected an object, got %s"), describe_node (node));
  return NULL;
}

static const char *
collection_noun (LcStoryCollection collection)
{
  switch (collection)
    {
    case LC_STORY_SOURCES: return _("source");
    case LC_STORY_ACTORS: return _("actor");
    case LC_STORY_FEATURES: return _("feature");
    case LC_STORY_EVENTS: return _("event");
    case LC_STORY_STATEMENTS: return _("statement");
    case LC_STORY_N_COLLECTIONS:
    default:
      g_assert_not_reached ();
    }
}

/* Reads an id member that must name an object of @collection. */
static gboolean
read_ref (Ctx                *ctx,
          JsonObject         *object,
          const char         *name,
          LcStoryCollection   collection,
          FieldFlags          flags,
          gpointer           *out)
{
  const char *id;
  gsize mark;

  *out = NULL;
  if (!read_id (ctx, object, name, flags, &id))
    return FALSE;
  if (id == NULL)
    return TRUE;

  *out = _lc_story_lookup (ctx->story, collection, id);
  if (*out != NULL)
    return TRUE;

  mark = path_enter (ctx, name);
  ctx_error (ctx, _("there is no %s with the id “%s”"), collection_noun (collection), id);
  path_leave (ctx, mark);

  return FALSE;
}

typedef void (*AddRefFunc) (gpointer owner,
                            gpointer object);

/* Reads an array of ids naming objects of @collection, adding each. */
static gboolean
read_ref_list (Ctx               *ctx,
               JsonObject        *object,
               const char        *name,
               LcStoryCollection  collection,
               gpointer           owner,
               AddRefFunc         add)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  JsonArray *array;
  gboolean ok = TRUE;
  gsize mark;

  if (!read_array (ctx, object, name, FIELD_OPTIONAL, LC_STORY_MAX_LIST, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = path_enter (ctx, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_mark = path_enter_index (ctx, i);
      gpointer target;

      if (!node_is_string (node))
        ok = ctx_error (ctx, _("expected an id, got %s"), describe_node (node));
      else if (!check_id (ctx, json_node_get_string (node)))
        ok = FALSE;
      else if ((target = _lc_story_lookup (ctx->story, collection,
                                           json_node_get_string (node))) == NULL)
        ok = ctx_error (ctx, _("there is no %s with the id “%s”"),
                        collection_noun (collection), json_node_get_string (node));
      else if (g_hash_table_contains (seen, target))
        ok = ctx_error (ctx, _("“%s” is listed twice"), json_node_get_string (node));
      else
        {
          g_hash_table_add (seen, target);
          add (owner, target);
        }
      path_leave (ctx, item_mark);
    }
  path_leave (ctx, mark);

  return ok;
}

/* Reads the "id" of an item and checks it is new in @collection. */
static const char *
read_item_id (Ctx               *ctx,
              JsonObject        *object,
              LcStoryCollection  collection)
{
  const char *id;
  gsize mark;

  if (!read_id (ctx, object, "id", FIELD_REQUIRED, &id) || id == NULL)
    return NULL;
  if (_lc_story_lookup (ctx->story, collection, id) == NULL)
    return id;

  mark = path_enter (ctx, "id");
  ctx_error (ctx, _("the id “%s” is used by another %s"), id, collection_noun (collection));
  path_leave (ctx, mark);

  return NULL;
}

typedef gboolean (*ReadItemFunc) (Ctx        *ctx,
                                  JsonObject *object);

/* Reads each object of the array member @name with @read_item. */
static void
read_collection (Ctx          *ctx,
                 JsonObject   *root,
                 const char   *name,
                 FieldFlags    flags,
                 ReadItemFunc  read_item)
{
  JsonArray *array;
  gsize mark;

  if (!read_array (ctx, root, name, flags, LC_STORY_MAX_ITEMS, &array) || array == NULL)
    return;

  mark = path_enter (ctx, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = path_enter_index (ctx, i);
      JsonObject *object = item_object (ctx, json_array_get_element (array, i));

      if (object != NULL)
        read_item (ctx, object);
      path_leave (ctx, item_mark);
    }
  path_leave (ctx, mark);
}

/* Sources and actors */

static gboolean
read_url (Ctx         *ctx,
          JsonObject  *object,
          const char **url)
{
  gsize mark;

  if (!read_string (ctx, object, "url", FIELD_OPTIONAL, url))
    return FALSE;
  if (*url == NULL)
    return TRUE;
  if (g_str_has_prefix (*url, "https://") || g_str_has_prefix (*url, "http://"))
    return TRUE;

  mark = path_enter (ctx, "url");
  ctx_error (ctx, _("expected an address starting with https:// or http://, got “%s”"), *url);
  path_leave (ctx, mark);
  *url = NULL;

  return FALSE;
}

static gboolean
read_source (Ctx        *ctx,
             JsonObject *object)
{
  static const char * const known[] = { "id", "publisher", "title", "date", "url", "note", NULL };
  const char *id, *publisher, *title, *url, *note;
  LcDate date = { 0, LC_DATE_PRECISION_DAY };
  g_autoptr(LcSource) source = NULL;
  gboolean ok;

  check_members (ctx, object, known);
  id = read_item_id (ctx, object, LC_STORY_SOURCES);
  ok = id != NULL;
  ok &= read_string (ctx, object, "publisher", FIELD_REQUIRED, &publisher);
  ok &= read_string (ctx, object, "title", FIELD_REQUIRED, &title);
  ok &= read_date (ctx, object, "date", FIELD_OPTIONAL, &date.day);
  ok &= read_url (ctx, object, &url);
  ok &= read_string (ctx, object, "note", FIELD_OPTIONAL, &note);

  /* Even a faulty item is added under its id, so that references to it
   * do not report errors of their own; the story is not returned anyway. */
  if (id != NULL)
    {
      /* A source's title is the publication's own and stays as published. */
      source = _lc_source_new (id, publisher, title, &date, url,
                               tr (ctx, note, "sources/%s/note", id));
      _lc_story_add (ctx->story, LC_STORY_SOURCES, id, source);
    }

  return ok;
}

static gboolean
read_actor (Ctx        *ctx,
            JsonObject *object)
{
  static const char * const known[] = { "id", "name", "role", "group", NULL };
  const char *id, *name, *role, *group;
  g_autoptr(LcActor) actor = NULL;
  gboolean ok;

  check_members (ctx, object, known);
  id = read_item_id (ctx, object, LC_STORY_ACTORS);
  ok = id != NULL;
  ok &= read_string (ctx, object, "name", FIELD_REQUIRED, &name);
  ok &= read_string (ctx, object, "role", FIELD_OPTIONAL, &role);
  ok &= read_id (ctx, object, "group", FIELD_OPTIONAL, &group);
  if (id != NULL)
    {
      actor = _lc_actor_new (id, tr (ctx, name, "actors/%s/name", id),
                             tr (ctx, role, "actors/%s/role", id), group);
      _lc_story_add (ctx->story, LC_STORY_ACTORS, id, actor);
    }

  return ok;
}

/* Geometry */

typedef struct
{
  GArray *coords;       /* double */
  GArray *part_ends;    /* guint */
  GArray *polygon_ends; /* guint */
} GeometryBuilder;

static gboolean
read_position (Ctx             *ctx,
               JsonNode        *node,
               GeometryBuilder *builder)
{
  JsonArray *array;
  double lon, lat;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return ctx_error (ctx, _("expected a position [longitude, latitude], got %s"),
                      describe_node (node));

  array = json_node_get_array (node);
  if (json_array_get_length (array) < 2 || json_array_get_length (array) > 3)
    return ctx_error (ctx, g_dngettext (GETTEXT_PACKAGE,
                                        "expected a position [longitude, latitude], got %u value",
                                        "expected a position [longitude, latitude], got %u values",
                                        json_array_get_length (array)),
                      json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!node_is_number (json_array_get_element (array, i)))
      return ctx_error (ctx, _("expected a position [longitude, latitude], got %s in it"),
                        describe_node (json_array_get_element (array, i)));

  lon = json_array_get_double_element (array, 0);
  lat = json_array_get_double_element (array, 1);
  if (!isfinite (lon) || lon < -180.0 || lon > 180.0)
    return ctx_error (ctx, _("longitude %g is outside −180 to 180"), lon);
  if (!isfinite (lat) || lat < -90.0 || lat > 90.0)
    return ctx_error (ctx, _("latitude %g is outside −90 to 90; is it [longitude, latitude]?"),
                      lat);
  if (++ctx->n_points > LC_STORY_MAX_POINTS)
    return ctx_error (ctx, _("the story has more than %u positions"), LC_STORY_MAX_POINTS);

  g_array_append_val (builder->coords, lon);
  g_array_append_val (builder->coords, lat);

  return TRUE;
}

static void
end_part (GeometryBuilder *builder)
{
  guint end = builder->coords->len / 2;

  g_array_append_val (builder->part_ends, end);
}

static gboolean
check_ring (Ctx             *ctx,
            GeometryBuilder *builder,
            guint            first_point,
            guint            n_points)
{
  const double *coords = &g_array_index (builder->coords, double, 0);
  const double *first = coords + 2 * first_point;
  const double *last = coords + 2 * (first_point + n_points - 1);

  if (n_points < 4)
    return ctx_error (ctx, _("a polygon ring needs at least 4 positions, got %u"), n_points);
  if (first[0] != last[0] || first[1] != last[1])
    return ctx_error (ctx, _("the polygon ring is not closed: its last position must repeat "
                             "its first"));
  return TRUE;
}

/* Reads an array of positions: a line (at least 2) or a ring (closed, at least 4). */
static gboolean
read_positions (Ctx             *ctx,
                JsonNode        *node,
                gboolean         ring,
                GeometryBuilder *builder)
{
  guint first_point = builder->coords->len / 2;
  JsonArray *array;
  gboolean ok = TRUE;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return ctx_error (ctx, _("expected an array of positions, got %s"), describe_node (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n && ok; i++)
    {
      gsize mark = path_enter_index (ctx, i);

      ok = read_position (ctx, json_array_get_element (array, i), builder);
      path_leave (ctx, mark);
    }
  if (!ok)
    return FALSE;

  if (ring && !check_ring (ctx, builder, first_point, n))
    return FALSE;
  if (!ring && n < 2)
    return ctx_error (ctx, _("a line needs at least 2 positions, got %u"), n);

  end_part (builder);
  return TRUE;
}

typedef gboolean (*ReadPartFunc) (Ctx             *ctx,
                                  JsonNode        *node,
                                  GeometryBuilder *builder);

static gboolean
read_point_part (Ctx             *ctx,
                 JsonNode        *node,
                 GeometryBuilder *builder)
{
  if (!read_position (ctx, node, builder))
    return FALSE;
  end_part (builder);
  return TRUE;
}

static gboolean
read_line_part (Ctx             *ctx,
                JsonNode        *node,
                GeometryBuilder *builder)
{
  return read_positions (ctx, node, FALSE, builder);
}

static gboolean read_each (Ctx *ctx, JsonNode *node, ReadPartFunc read_part, GeometryBuilder *builder);

static gboolean
read_ring_part (Ctx             *ctx,
                JsonNode        *node,
                GeometryBuilder *builder)
{
  return read_positions (ctx, node, TRUE, builder);
}

static gboolean
read_polygon_part (Ctx             *ctx,
                   JsonNode        *node,
                   GeometryBuilder *builder)
{
  guint end;

  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) == 0)
    return ctx_error (ctx, _("a polygon needs at least one ring"));
  if (!read_each (ctx, node, read_ring_part, builder))
    return FALSE;

  end = builder->part_ends->len;
  g_array_append_val (builder->polygon_ends, end);
  return TRUE;
}

/* Reads every element of the array @node with @read_part. */
static gboolean
read_each (Ctx             *ctx,
           JsonNode        *node,
           ReadPartFunc     read_part,
           GeometryBuilder *builder)
{
  JsonArray *array;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return ctx_error (ctx, _("expected an array, got %s"), describe_node (node));

  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    return ctx_error (ctx, _("expected at least one coordinate"));
  for (guint i = 0; i < json_array_get_length (array) && ok; i++)
    {
      gsize mark = path_enter_index (ctx, i);

      ok = read_part (ctx, json_array_get_element (array, i), builder);
      path_leave (ctx, mark);
    }

  return ok;
}

static gboolean
read_coordinates (Ctx             *ctx,
                  LcGeometryType   type,
                  JsonNode        *node,
                  GeometryBuilder *builder)
{
  switch (type)
    {
    case LC_GEOMETRY_TYPE_POINT:
      return read_point_part (ctx, node, builder);
    case LC_GEOMETRY_TYPE_MULTI_POINT:
      return read_each (ctx, node, read_point_part, builder);
    case LC_GEOMETRY_TYPE_LINE_STRING:
      return read_line_part (ctx, node, builder);
    case LC_GEOMETRY_TYPE_MULTI_LINE_STRING:
      return read_each (ctx, node, read_line_part, builder);
    case LC_GEOMETRY_TYPE_POLYGON:
      return read_polygon_part (ctx, node, builder);
    case LC_GEOMETRY_TYPE_MULTI_POLYGON:
      return read_each (ctx, node, read_polygon_part, builder);
    default:
      g_assert_not_reached ();
    }
}

static void
clear_builder (GeometryBuilder *builder)
{
  g_clear_pointer (&builder->coords, g_array_unref);
  g_clear_pointer (&builder->part_ends, g_array_unref);
  g_clear_pointer (&builder->polygon_ends, g_array_unref);
}

static LcGeometry *
read_geometry (Ctx        *ctx,
               JsonObject *feature)
{
  static const char * const known[] = { "type", "coordinates", NULL };
  GeometryBuilder builder;
  JsonObject *object = read_object (ctx, feature, "geometry", FIELD_REQUIRED);
  LcGeometryType type;
  const char *type_name;
  JsonNode *coordinates;
  LcGeometry *geometry = NULL;
  gsize mark;

  if (object == NULL)
    return NULL;

  mark = path_enter (ctx, "geometry");
  check_members (ctx, object, known);
  if (read_string (ctx, object, "type", FIELD_REQUIRED, &type_name) && type_name != NULL &&
      !lc_geometry_type_from_string (type_name, &type))
    {
      gsize type_mark = path_enter (ctx, "type");

      ctx_error (ctx, _("unknown geometry type “%s”; expected Point, MultiPoint, LineString, "
                        "MultiLineString, Polygon or MultiPolygon"), type_name);
      path_leave (ctx, type_mark);
      type_name = NULL;
    }
  coordinates = get_member (ctx, object, "coordinates", FIELD_REQUIRED);

  if (type_name != NULL && coordinates != NULL)
    {
      gsize coords_mark = path_enter (ctx, "coordinates");

      builder.coords = g_array_new (FALSE, FALSE, sizeof (double));
      builder.part_ends = g_array_new (FALSE, FALSE, sizeof (guint));
      builder.polygon_ends = g_array_new (FALSE, FALSE, sizeof (guint));
      if (read_coordinates (ctx, type, coordinates, &builder))
        {
          gboolean polygonal = type == LC_GEOMETRY_TYPE_POLYGON ||
                               type == LC_GEOMETRY_TYPE_MULTI_POLYGON;

          geometry = lc_geometry_new (type,
                                      g_steal_pointer (&builder.coords),
                                      g_steal_pointer (&builder.part_ends),
                                      polygonal ? g_steal_pointer (&builder.polygon_ends) : NULL);
        }
      clear_builder (&builder);
      path_leave (ctx, coords_mark);
    }
  path_leave (ctx, mark);

  return geometry;
}

/* Features */

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
read_kind (Ctx           *ctx,
           JsonObject    *properties,
           LcFeatureKind *kind)
{
  const char *text;
  gsize mark;

  if (!read_string (ctx, properties, "kind", FIELD_REQUIRED, &text) || text == NULL)
    return FALSE;
  if (lc_feature_kind_from_string (text, kind))
    return TRUE;

  mark = path_enter (ctx, "kind");
  ctx_error (ctx, _("unknown kind “%s”; expected one of country, territory, zone, corridor, "
                    "road, capital, city, village, site, mine, checkpoint, blockade"), text);
  path_leave (ctx, mark);

  return FALSE;
}

static gboolean
parse_state (Ctx            *ctx,
             const char     *text,
             LcFeatureState *state)
{
  if (lc_feature_state_from_string (text, state))
    return TRUE;

  return ctx_error (ctx, _("unknown state “%s”; expected normal, open, blocked, closed, "
                           "operating or suspended"), text);
}

static gboolean
read_alt_names (Ctx        *ctx,
                JsonObject *properties,
                LcFeature  *feature)
{
  static const char * const known[] = { "name", "side", "lang", NULL };
  JsonArray *array;
  gboolean ok = TRUE;
  gsize mark;

  if (!read_array (ctx, properties, "alt_names", FIELD_OPTIONAL, LC_STORY_MAX_LIST, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = path_enter (ctx, "alt_names");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = path_enter_index (ctx, i);
      JsonObject *object = item_object (ctx, json_array_get_element (array, i));
      const char *name, *side, *lang;

      if (object != NULL)
        {
          gboolean alt_ok;

          check_members (ctx, object, known);
          alt_ok = read_string (ctx, object, "name", FIELD_REQUIRED, &name);
          alt_ok &= read_id (ctx, object, "side", FIELD_REQUIRED, &side);
          alt_ok &= read_string (ctx, object, "lang", FIELD_OPTIONAL, &lang);
          if (alt_ok)
            _lc_feature_add_alt_name (feature,
                                      lang == NULL && lc_feature_get_id (feature) != NULL
                                      ? tr (ctx, name, "features/%s/alt_names/%s",
                                            lc_feature_get_id (feature), side)
                                      : name,
                                      side, lang);
          ok &= alt_ok;
        }
      else
        ok = FALSE;
      path_leave (ctx, item_mark);
    }
  path_leave (ctx, mark);

  return ok;
}

static gboolean
read_state_change (Ctx           *ctx,
                   JsonObject    *object,
                   LcStateChange *change)
{
  static const char * const known[] = { "from", "state", NULL };
  const char *state;
  gboolean ok;
  gsize mark;

  check_members (ctx, object, known);
  ok = read_date (ctx, object, "from", FIELD_REQUIRED, &change->day);
  if (!read_string (ctx, object, "state", FIELD_REQUIRED, &state) || state == NULL)
    return FALSE;

  mark = path_enter (ctx, "state");
  ok &= parse_state (ctx, state, &change->state);
  path_leave (ctx, mark);

  return ok;
}

static gboolean
read_states (Ctx        *ctx,
             JsonObject *properties,
             LcFeature  *feature)
{
  const char *initial_text;
  LcFeatureState initial = LC_FEATURE_STATE_NORMAL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (LcStateChange));
  JsonArray *array;
  gboolean ok = read_string (ctx, properties, "state", FIELD_OPTIONAL, &initial_text);
  gsize mark;

  if (initial_text != NULL)
    {
      mark = path_enter (ctx, "state");
      ok &= parse_state (ctx, initial_text, &initial);
      path_leave (ctx, mark);
    }

  if (!read_array (ctx, properties, "states", FIELD_OPTIONAL, LC_STORY_MAX_LIST, &array))
    return FALSE;

  mark = path_enter (ctx, "states");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize item_mark = path_enter_index (ctx, i);
      JsonObject *object = item_object (ctx, json_array_get_element (array, i));
      LcStateChange change;

      if (object == NULL || !read_state_change (ctx, object, &change))
        ok = FALSE;
      else if (changes->len > 0 &&
               g_array_index (changes, LcStateChange, changes->len - 1).day >= change.day)
        ok = ctx_error (ctx, _("state changes must be in date order, each on a later day"));
      else
        g_array_append_val (changes, change);
      path_leave (ctx, item_mark);
    }
  path_leave (ctx, mark);

  if (ok)
    _lc_feature_set_states (feature, initial,
                            (const LcStateChange *) (gpointer) changes->data, changes->len);
  return ok;
}

static gboolean
read_lifetime (Ctx        *ctx,
               JsonObject *properties,
               LcFeature  *feature)
{
  guint32 from, until;
  gboolean ok;

  ok = read_date (ctx, properties, "from", FIELD_OPTIONAL, &from);
  ok &= read_date (ctx, properties, "until", FIELD_OPTIONAL, &until);
  if (ok && from != 0 && until != 0 && until <= from)
    {
      gsize mark = path_enter (ctx, "until");

      ok = ctx_error (ctx, _("“until” must be later than “from”"));
      path_leave (ctx, mark);
    }
  if (ok)
    _lc_feature_set_lifetime (feature, from, until);

  return ok;
}

static gboolean
read_feature_properties (Ctx        *ctx,
                         JsonObject *properties,
                         LcFeature  *feature)
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

  check_members (ctx, properties, known);
  ok = read_alt_names (ctx, properties, feature);
  ok &= read_lifetime (ctx, properties, feature);
  ok &= read_states (ctx, properties, feature);
  ok &= read_boolean (ctx, properties, "approximate", &approximate);
  ok &= read_ref (ctx, properties, "source", LC_STORY_SOURCES, FIELD_OPTIONAL, &source);
  ok &= read_uint (ctx, properties, "rank", LC_FEATURE_RANK_MIN, LC_FEATURE_RANK_MAX, &rank);
  ok &= read_string (ctx, properties, "note", FIELD_OPTIONAL, &note);
  if (ok)
    _lc_feature_set_details (feature, approximate, source, rank,
                             lc_feature_get_id (feature) != NULL
                             ? tr (ctx, note, "features/%s/note", lc_feature_get_id (feature)) : note);

  return ok;
}

static gboolean
read_feature (Ctx        *ctx,
              JsonObject *object)
{
  static const char * const known[] = { "type", "id", "properties", "geometry", NULL };
  const char *type, *id, *name = NULL;
  JsonObject *properties;
  g_autoptr(LcGeometry) geometry = NULL;
  g_autoptr(LcFeature) feature = NULL;
  LcFeatureKind kind;
  gboolean ok, kind_ok = FALSE;

  check_members (ctx, object, known);
  ok = read_string (ctx, object, "type", FIELD_REQUIRED, &type);
  if (type != NULL && !g_str_equal (type, "Feature"))
    {
      gsize mark = path_enter (ctx, "type");

      ok = ctx_error (ctx, _("expected “Feature”, got “%s”"), type);
      path_leave (ctx, mark);
    }
  id = read_item_id (ctx, object, LC_STORY_FEATURES);
  ok &= id != NULL;
  properties = read_object (ctx, object, "properties", FIELD_REQUIRED);
  if (properties != NULL)
    {
      gsize mark = path_enter (ctx, "properties");

      ok &= read_string (ctx, properties, "name", FIELD_REQUIRED, &name);
      kind_ok = read_kind (ctx, properties, &kind);
      path_leave (ctx, mark);
    }
  geometry = read_geometry (ctx, object);

  if (kind_ok && geometry != NULL &&
      !kind_fits_geometry (kind, lc_geometry_get_geometry_type (geometry)))
    {
      gsize mark = path_enter (ctx, "geometry.type");

      ok = ctx_error (ctx, _("a %s cannot be a %s"), lc_feature_kind_to_string (kind),
                      lc_geometry_type_to_string (lc_geometry_get_geometry_type (geometry)));
      path_leave (ctx, mark);
    }
  ok &= kind_ok && geometry != NULL && id != NULL;

  /* A feature whose id is wrong is still checked, but not added. */
  feature = _lc_feature_new (id, id != NULL ? tr (ctx, name, "features/%s/name", id) : name,
                             kind_ok ? kind : LC_FEATURE_KIND_SITE, geometry);
  if (properties != NULL)
    {
      gsize mark = path_enter (ctx, "properties");

      ok &= read_feature_properties (ctx, properties, feature);
      path_leave (ctx, mark);
    }
  if (id != NULL)
    _lc_story_add (ctx->story, LC_STORY_FEATURES, id, feature);

  return ok;
}

static void
read_features (Ctx        *ctx,
               JsonObject *root)
{
  static const char * const known[] = { "type", "features", NULL };
  JsonObject *collection = read_object (ctx, root, "features", FIELD_REQUIRED);
  const char *type;
  gsize mark;

  if (collection == NULL)
    return;

  mark = path_enter (ctx, "features");
  check_members (ctx, collection, known);
  if (read_string (ctx, collection, "type", FIELD_REQUIRED, &type) && type != NULL &&
      !g_str_equal (type, "FeatureCollection"))
    {
      gsize type_mark = path_enter (ctx, "type");

      ctx_error (ctx, _("expected “FeatureCollection”, got “%s”"), type);
      path_leave (ctx, type_mark);
    }
  read_collection (ctx, collection, "features", FIELD_REQUIRED, read_feature);
  path_leave (ctx, mark);
}

/* Events and statements */

static void
add_event_feature (gpointer owner,
                   gpointer feature)
{
  _lc_event_add_feature (owner, feature);
}

static void
add_statement_mention (gpointer owner,
                       gpointer feature)
{
  _lc_statement_add_mention (owner, feature);
}

static void
add_statement_reference (gpointer owner,
                         gpointer event)
{
  _lc_statement_add_reference (owner, event);
}

static gboolean
read_event (Ctx        *ctx,
            JsonObject *object)
{
  static const char * const known[] = {
    "id", "date", "precision", "title", "text", "features", "source", "note", NULL
  };
  const char *id, *title, *text, *note;
  gpointer source;
  LcDate date;
  g_autoptr(LcEvent) event = NULL;
  gboolean ok;

  check_members (ctx, object, known);
  id = read_item_id (ctx, object, LC_STORY_EVENTS);
  ok = id != NULL;
  ok &= read_dated (ctx, object, &date);
  ok &= read_string (ctx, object, "title", FIELD_REQUIRED, &title);
  ok &= read_string (ctx, object, "text", FIELD_OPTIONAL, &text);
  ok &= read_ref (ctx, object, "source", LC_STORY_SOURCES, FIELD_REQUIRED, &source);
  ok &= read_string (ctx, object, "note", FIELD_OPTIONAL, &note);

  event = _lc_event_new (id, &date,
                         id != NULL ? tr (ctx, title, "events/%s/title", id) : title,
                         id != NULL ? tr (ctx, text, "events/%s/text", id) : text,
                         source,
                         id != NULL ? tr (ctx, note, "events/%s/note", id) : note);
  ok &= read_ref_list (ctx, object, "features", LC_STORY_FEATURES, event, add_event_feature);
  if (id != NULL)
    _lc_story_add (ctx->story, LC_STORY_EVENTS, id, event);

  return ok && id != NULL;
}

static gboolean
read_statement_kind (Ctx             *ctx,
                     JsonObject      *object,
                     LcStatementKind *kind)
{
  const char *text;
  gsize mark;

  if (!read_string (ctx, object, "kind", FIELD_REQUIRED, &text) || text == NULL)
    return FALSE;
  if (lc_statement_kind_from_string (text, kind))
    return TRUE;

  mark = path_enter (ctx, "kind");
  ctx_error (ctx, _("unknown kind “%s”; expected quote, paraphrase, claim or announcement"), text);
  path_leave (ctx, mark);

  return FALSE;
}

static gboolean
read_statement (Ctx        *ctx,
                JsonObject *object)
{
  static const char * const known[] = {
    "id", "date", "precision", "actor", "kind", "text", "mentions", "refers_to", "source",
    "note", NULL
  };
  const char *id, *text, *note, *translated;
  gpointer actor, source;
  LcStatementKind kind = LC_STATEMENT_KIND_QUOTE;
  LcDate date;
  g_autoptr(LcStatement) statement = NULL;
  gboolean ok;

  check_members (ctx, object, known);
  id = read_item_id (ctx, object, LC_STORY_STATEMENTS);
  ok = id != NULL;
  ok &= read_dated (ctx, object, &date);
  ok &= read_ref (ctx, object, "actor", LC_STORY_ACTORS, FIELD_REQUIRED, &actor);
  ok &= read_statement_kind (ctx, object, &kind);
  ok &= read_string (ctx, object, "text", FIELD_REQUIRED, &text);
  ok &= read_ref (ctx, object, "source", LC_STORY_SOURCES, FIELD_REQUIRED, &source);
  ok &= read_string (ctx, object, "note", FIELD_OPTIONAL, &note);

  translated = id != NULL ? tr (ctx, text, "statements/%s/text", id) : text;
  statement = _lc_statement_new (id, &date, actor, kind, translated, source,
                                 id != NULL ? tr (ctx, note, "statements/%s/note", id) : note);
  /* A reader of a translation can always see the words as reported. */
  if (translated != text)
    _lc_statement_set_original_text (statement, text);
  ok &= read_ref_list (ctx, object, "mentions", LC_STORY_FEATURES, statement,
                      add_statement_mention);
  ok &= read_ref_list (ctx, object, "refers_to", LC_STORY_EVENTS, statement,
                       add_statement_reference);
  if (id != NULL)
    _lc_story_add (ctx->story, LC_STORY_STATEMENTS, id, statement);

  return ok && id != NULL;
}

/* The story */

static gboolean
check_format (Ctx        *ctx,
              JsonObject *root,
              GError    **error)
{
  const char *format;
  JsonNode *version;
  gsize mark;

  if (!read_string (ctx, root, "format", FIELD_REQUIRED, &format) || format == NULL)
    return FALSE;
  if (!g_str_equal (format, LC_STORY_FORMAT_NAME))
    {
      mark = path_enter (ctx, "format");
      ctx_error (ctx, _("this is not a Lachin Corridor story: expected “%s”, got “%s”"),
                 LC_STORY_FORMAT_NAME, format);
      path_leave (ctx, mark);
      return FALSE;
    }
  version = get_member (ctx, root, "version", FIELD_REQUIRED);
  if (version == NULL)
    return FALSE;

  mark = path_enter (ctx, "version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      ctx_error (ctx, _("expected a whole format version number such as %d, got %s"),
                 LC_STORY_FORMAT_VERSION, describe_node (version));
      path_leave (ctx, mark);
      return FALSE;
    }
  if (json_node_get_int (version) > LC_STORY_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      ctx_error (ctx, _("the story is in format version %s, which needs a newer "
                        "Lachin Corridor; this version reads format version %d"),
                 number, LC_STORY_FORMAT_VERSION);
      path_leave (ctx, mark);
      g_set_error_literal (error, LC_STORY_ERROR, LC_STORY_ERROR_VERSION, "");
      return FALSE;
    }
  path_leave (ctx, mark);

  return TRUE;
}

static void
read_timeline (Ctx        *ctx,
               JsonObject *root)
{
  static const char * const known[] = { "start", "end", "initial", "count_from", "count_label", NULL };
  const char *count_label;
  JsonObject *timeline = read_object (ctx, root, "timeline", FIELD_REQUIRED);
  guint32 start, end, initial;
  gpointer count_from;
  gboolean ok;
  gsize mark;

  if (timeline == NULL)
    return;

  mark = path_enter (ctx, "timeline");
  check_members (ctx, timeline, known);
  ok = read_date (ctx, timeline, "start", FIELD_REQUIRED, &start);
  ok &= read_date (ctx, timeline, "end", FIELD_REQUIRED, &end);
  ok &= read_date (ctx, timeline, "initial", FIELD_OPTIONAL, &initial);
  read_ref (ctx, timeline, "count_from", LC_STORY_EVENTS, FIELD_OPTIONAL, &count_from);
  if (read_string (ctx, timeline, "count_label", FIELD_OPTIONAL, &count_label) && count_label != NULL)
    {
      gsize label_mark = path_enter (ctx, "count_label");

      if (strstr (count_label, "{day}") == NULL)
        ctx_error (ctx, _("must contain {day} where the number goes, as in “Day {day} of the "
                          "blockade”"));
      else if (count_from == NULL)
        ctx_warning (ctx, _("is not used without “count_from”"));
      else
        _lc_story_set_count_label (ctx->story, tr (ctx, count_label, "timeline/count_label"));
      path_leave (ctx, label_mark);
    }
  if (ok && initial == 0)
    initial = end;
  if (ok && count_from != NULL &&
      (lc_event_get_date (count_from)->day < start || lc_event_get_date (count_from)->day > end))
    {
      gsize count_mark = path_enter (ctx, "count_from");

      ctx_warning (ctx, _("the event “%s” is outside the timeline, so the day count starts "
                          "outside it"), lc_event_get_id (count_from));
      path_leave (ctx, count_mark);
    }
  if (ok && start > end)
    {
      gsize end_mark = path_enter (ctx, "end");

      ok = ctx_error (ctx, _("the timeline ends before it starts"));
      path_leave (ctx, end_mark);
    }
  else if (ok && (initial < start || initial > end))
    {
      gsize initial_mark = path_enter (ctx, "initial");

      ok = ctx_error (ctx, _("the initial date must lie between the start and the end"));
      path_leave (ctx, initial_mark);
    }
  if (ok)
    _lc_story_set_timeline (ctx->story, start, end, initial, count_from);
  path_leave (ctx, mark);
}

static gboolean
read_bbox (Ctx       *ctx,
           JsonArray *array,
           double     bbox[4])
{
  if (json_array_get_length (array) != 4)
    return ctx_error (ctx, g_dngettext (GETTEXT_PACKAGE,
                                        "expected [west, south, east, north], got %u value",
                                        "expected [west, south, east, north], got %u values",
                                        json_array_get_length (array)),
                      json_array_get_length (array));
  for (guint i = 0; i < 4; i++)
    {
      if (!node_is_number (json_array_get_element (array, i)))
        return ctx_error (ctx, _("expected [west, south, east, north], got %s in it"),
                          describe_node (json_array_get_element (array, i)));
      bbox[i] = json_array_get_double_element (array, i);
    }
  if (bbox[0] < -180 || bbox[2] > 180 || bbox[1] < -90 || bbox[3] > 90 ||
      bbox[0] >= bbox[2] || bbox[1] >= bbox[3])
    return ctx_error (ctx, _("expected [west, south, east, north] with west < east and "
                             "south < north, in degrees"));
  return TRUE;
}

/* The view the map opens on; without one, everything the story has. */
static void
read_view (Ctx        *ctx,
           JsonObject *root)
{
  static const char * const known[] = { "bbox", "context", NULL };
  JsonObject *view = read_object (ctx, root, "view", FIELD_OPTIONAL);
  double bbox[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  GListModel *features = lc_story_get_features (ctx->story);
  JsonArray *array;

  if (view != NULL)
    {
      gsize mark = path_enter (ctx, "view");

      check_members (ctx, view, known);
      if (read_array (ctx, view, "bbox", FIELD_REQUIRED, LC_STORY_MAX_LIST, &array) &&
          array != NULL)
        {
          gsize bbox_mark = path_enter (ctx, "bbox");

          if (read_bbox (ctx, array, bbox))
            _lc_story_set_view (ctx->story, bbox);
          path_leave (ctx, bbox_mark);
        }
      if (read_array (ctx, view, "context", FIELD_OPTIONAL, LC_STORY_MAX_LIST, &array) &&
          array != NULL)
        {
          gsize context_mark = path_enter (ctx, "context");
          double context[4];

          if (read_bbox (ctx, array, context))
            _lc_story_set_context (ctx->story, context);
          path_leave (ctx, context_mark);
        }
      path_leave (ctx, mark);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);
      LcGeometry *geometry = lc_feature_get_geometry (feature);
      double w, s, e, n;

      /* A feature with errors may lack one. */
      if (geometry == NULL)
        continue;
      lc_geometry_get_bounds (geometry, &w, &s, &e, &n);
      bbox[0] = MIN (bbox[0], w);
      bbox[1] = MIN (bbox[1], s);
      bbox[2] = MAX (bbox[2], e);
      bbox[3] = MAX (bbox[3], n);
    }
  if (bbox[0] > bbox[2])
    {
      /* Nothing to frame: the world, as far as a map shows it. */
      bbox[0] = -180.0;
      bbox[1] = -85.0;
      bbox[2] = 180.0;
      bbox[3] = 85.0;
    }
  _lc_story_set_view (ctx->story, bbox);
}

static void
warn_outside_timeline (Ctx        *ctx,
                       GListModel *items,
                       const char *name)
{
  guint32 start = lc_story_get_start (ctx->story), end = lc_story_get_end (ctx->story);

  /* Dates that failed to parse would be reported twice. */
  if (ctx->loader->n_errors > 0)
    return;

  for (guint i = 0; start != 0 && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const LcDate *date = LC_IS_EVENT (item) ? lc_event_get_date (LC_EVENT (item))
                                              : lc_statement_get_date (LC_STATEMENT (item));
      const char *id = LC_IS_EVENT (item) ? lc_event_get_id (LC_EVENT (item))
                                          : lc_statement_get_id (LC_STATEMENT (item));

      if (date->day < start || date->day > end)
        {
          gsize mark = path_enter (ctx, name);

          /* Not sealed yet, so the items are still in file order. */
          path_enter_index (ctx, i);
          ctx_warning (ctx, _("“%s” is dated outside the timeline"), id);
          path_leave (ctx, mark);
        }
    }
}

static void
read_story (Ctx        *ctx,
            JsonObject *root,
            GError    **error)
{
  static const char * const known[] = {
    "format", "version", "id", "title", "summary", "language", "sources", "timeline", "view",
    "actors", "features", "events", "statements", NULL
  };
  const char *id, *title, *summary, *language;

  if (!check_format (ctx, root, error))
    return;

  check_members (ctx, root, known);
  read_id (ctx, root, "id", FIELD_REQUIRED, &id);
  read_string (ctx, root, "title", FIELD_REQUIRED, &title);
  read_string (ctx, root, "summary", FIELD_OPTIONAL, &summary);
  read_string (ctx, root, "language", FIELD_OPTIONAL, &language);
  ctx->story_id = id;
  ctx->story = _lc_story_new (id, tr (ctx, title, "title"), tr (ctx, summary, "summary"),
                              language != NULL ? language : "en");

  /* In dependency order, whatever the order in the file. */
  read_collection (ctx, root, "sources", FIELD_REQUIRED, read_source);
  read_collection (ctx, root, "actors", FIELD_OPTIONAL, read_actor);
  read_features (ctx, root);
  read_collection (ctx, root, "events", FIELD_OPTIONAL, read_event);
  read_collection (ctx, root, "statements", FIELD_OPTIONAL, read_statement);
  read_timeline (ctx, root);
  read_view (ctx, root);

  warn_outside_timeline (ctx, lc_story_get_events (ctx->story), "events");
  warn_outside_timeline (ctx, lc_story_get_statements (ctx->story), "statements");
}

/* The loader */

static void
lc_story_loader_dispose (GObject *object)
{
  LcStoryLoader *self = (LcStoryLoader *)object;

  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->translation_domain, g_free);

  G_OBJECT_CLASS (lc_story_loader_parent_class)->dispose (object);
}

static void
lc_story_loader_class_init (LcStoryLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_story_loader_dispose;
}

static void
lc_story_loader_init (LcStoryLoader *self)
{
  self->diagnostics = g_list_store_new (LC_TYPE_DIAGNOSTIC);
}

LcStoryLoader *
lc_story_loader_new (void)
{
  return g_object_new (LC_TYPE_STORY_LOADER, NULL);
}

static void
reset (LcStoryLoader *self)
{
  g_list_store_remove_all (self->diagnostics);
  self->n_errors = 0;
  self->n_warnings = 0;
}

static void
add_file_error (LcStoryLoader *self,
                const char    *file,
                guint          line,
                guint          column,
                const char    *message)
{
  g_autoptr(LcDiagnostic) diagnostic = lc_diagnostic_new (LC_DIAGNOSTIC_ERROR, file, line, column,
                                                          NULL, message);

  g_list_store_append (self->diagnostics, diagnostic);
  self->n_errors++;
}

/* The GError carries every error line, so a caller can show them all. */
static void
set_error_from_diagnostics (LcStoryLoader *self,
                            int            code,
                            GError       **error)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (G_LIST_MODEL (self->diagnostics), i);
      g_autofree char *line = NULL;

      if (lc_diagnostic_get_severity (diagnostic) != LC_DIAGNOSTIC_ERROR)
        continue;
      line = lc_diagnostic_to_string (diagnostic);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  g_set_error_literal (error, LC_STORY_ERROR, code, text->str);
  g_string_free (text, TRUE);
}

/**
 * lc_story_loader_load_bytes:
 * @bytes: the contents of a story file
 * @display_name: the file's name as the user should see it in messages
 *
 * Checks and loads a story. Every problem found is in
 * lc_story_loader_get_diagnostics() afterwards, warnings included.
 *
 * Returns: (transfer full) (nullable): the story, or %NULL with @error set
 *   to the list of errors when there is any
 */
LcStory *
lc_story_loader_load_bytes (LcStoryLoader  *self,
                            GBytes         *bytes,
                            const char     *display_name,
                            GError        **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) version_error = NULL;
  g_autofree char *scan_message = NULL;
  Ctx ctx = { self, display_name, NULL, NULL, 0, 0 };
  const char *data;
  gsize length;
  guint line, column;
  JsonNode *root;

  g_return_val_if_fail (LC_IS_STORY_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  reset (self);
  data = g_bytes_get_data (bytes, &length);
  if (length > LC_STORY_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (LC_STORY_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *message = g_strdup_printf (_("the file is larger than %s; "
                                                    "is it a story file?"), size);

      add_file_error (self, display_name, 0, 0, message);
      set_error_from_diagnostics (self, LC_STORY_ERROR_FILE, error);
      return NULL;
    }
  if (!_lc_json_scan (data, length, LC_STORY_MAX_DEPTH, &line, &column, &scan_message))
    {
      add_file_error (self, display_name, line, column, scan_message);
      set_error_from_diagnostics (self, LC_STORY_ERROR_SYNTAX, error);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, NULL))
    {
      /* The scan above accepts only what json-glib reads. */
      add_file_error (self, display_name, 0, 0, _("the file could not be parsed as JSON"));
      set_error_from_diagnostics (self, LC_STORY_ERROR_SYNTAX, error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  ctx.path = g_string_new (NULL);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    ctx_error (&ctx, _("a story file must hold one JSON object, not %s"), describe_node (root));
  else
    read_story (&ctx, json_node_get_object (root), &version_error);
  g_string_free (ctx.path, TRUE);

  if (ctx.n_hidden_warnings > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more warning",
                                                            "and %u more warnings",
                                                            ctx.n_hidden_warnings),
                                               ctx.n_hidden_warnings);
      g_autoptr(LcDiagnostic) diagnostic = lc_diagnostic_new (LC_DIAGNOSTIC_WARNING, display_name,
                                                              0, 0, NULL, more);

      g_list_store_append (self->diagnostics, diagnostic);
    }
  if (ctx.n_hidden_errors > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more error",
                                                            "and %u more errors",
                                                            ctx.n_hidden_errors),
                                               ctx.n_hidden_errors);

      add_file_error (self, display_name, 0, 0, more);
    }

  if (self->n_errors > 0)
    {
      g_clear_object (&ctx.story);
      set_error_from_diagnostics (self, version_error != NULL ? LC_STORY_ERROR_VERSION
                                                              : LC_STORY_ERROR_INVALID, error);
      return NULL;
    }

  _lc_story_seal (ctx.story);
  return ctx.story;
}

static GBytes *
read_file (LcStoryLoader  *self,
           GFile          *file,
           const char     *display_name,
           GCancellable   *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    message = g_strdup (local_error->message);
  else if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    message = g_strdup (_("this is a folder, not a story file"));
  else if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    message = g_strdup (_("this is not a regular file (a pipe, socket or device?); "
                          "choose a story file"));
  else if (g_file_info_get_size (info) > LC_STORY_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (LC_STORY_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      message = g_strdup_printf (_("the file is larger than %s; is it a story file?"), size);
    }
  else if ((stream = g_file_read (file, cancellable, &local_error)) == NULL)
    message = g_strdup (local_error->message);
  else
    {
      /* One byte more than the cap tells a file that grew after the check. */
      buffer = g_malloc (LC_STORY_MAX_FILE_SIZE + 1);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, LC_STORY_MAX_FILE_SIZE + 1,
                                    &length, cancellable, &local_error))
        message = g_strdup (local_error->message);
    }

  if (message != NULL)
    {
      add_file_error (self, display_name, 0, 0, message);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}

/**
 * lc_story_loader_load_file:
 * @file: a story file
 * @display_name: (nullable): the name to use in messages; by default the
 *   file's parse name
 *
 * Reads @file and loads it with lc_story_loader_load_bytes(). Folders,
 * pipes, devices and files over %LC_STORY_MAX_FILE_SIZE are refused
 * without reading them.
 *
 * Returns: (transfer full) (nullable): the story, or %NULL with @error set
 */
LcStory *
lc_story_loader_load_file (LcStoryLoader  *self,
                           GFile          *file,
                           const char     *display_name,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autofree char *parse_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LC_IS_STORY_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (display_name == NULL)
    display_name = parse_name = g_file_get_parse_name (file);

  reset (self);
  bytes = read_file (self, file, display_name, cancellable);
  if (bytes == NULL)
    {
      set_error_from_diagnostics (self, LC_STORY_ERROR_FILE, error);
      return NULL;
    }

  return lc_story_loader_load_bytes (self, bytes, display_name, error);
}

/**
 * lc_story_loader_get_diagnostics:
 *
 * Returns: (transfer none): a #GListModel of #LcDiagnostic: the errors and
 *   warnings of the last load, in the order they were found
 */
GListModel *
lc_story_loader_get_diagnostics (LcStoryLoader *self)
{
  g_return_val_if_fail (LC_IS_STORY_LOADER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

guint
lc_story_loader_get_n_errors (LcStoryLoader *self)
{
  g_return_val_if_fail (LC_IS_STORY_LOADER (self), 0);

  return self->n_errors;
}

guint
lc_story_loader_get_n_warnings (LcStoryLoader *self)
{
  g_return_val_if_fail (LC_IS_STORY_LOADER (self), 0);

  return self->n_warnings;
}

/**
 * lc_story_loader_set_translation_domain:
 * @domain: (nullable): a gettext domain, or %NULL to show stories as written
 *
 * Makes the loader look the story's texts up in @domain's catalogs under
 * contexts "story:<story id>:<place>", as for the bundled story. A
 * translated statement keeps its original words
 * (lc_statement_get_original_text()).
 */
void
lc_story_loader_set_translation_domain (LcStoryLoader *self,
                                        const char    *domain)
{
  g_return_if_fail (LC_IS_STORY_LOADER (self));

  g_free (self->translation_domain);
  self->translation_domain = g_strdup (domain);
}
