/* lc-story-schema.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-story-loader-private.h"

/*
 * The story format (docs/story-format.md): which members each object has,
 * which are required, how items refer to each other by id, and the model
 * objects they build. The members' values are read with lc-json-reader.c
 * and geometries with lc-geojson-reader.c.
 */

/* Translation */

/* The catalog's translation of one of the story's texts, found by the
 * context "story:<story id>:<place>", which build-aux/story-strings.py
 * writes for the bundled story; the text itself when there is none. */
const char *
lc_schema_tr (LcSchemaReader *ctx,
              const char     *text,
              const char     *place_format,
              ...)
{
  g_autofree char *place = NULL;
  g_autofree char *context = NULL;
  va_list args;

  if (text == NULL || ctx->domain == NULL || ctx->story_id == NULL)
    return text;

  va_start (args, place_format);
  place = g_strdup_vprintf (place_format, args);
  va_end (args);
  context = g_strdup_printf ("story:%s:%s", ctx->story_id, place);

  return g_dpgettext2 (ctx->domain, context, text);
}

/* The translation of a text of the item @id of @items, as at
 * "events/<id>/title"; the text itself for an item without an id. */
const char *
lc_schema_tr_field (LcSchemaReader *ctx,
                    const char     *text,
                    const char     *items,
                    const char     *id,
                    const char     *field)
{
  if (id == NULL)
    return text;

  return lc_schema_tr (ctx, text, "%s/%s/%s", items, id, field);
}

/* A date member with the optional "precision" member beside it. */
static gboolean
read_dated (LcSchemaReader *ctx,
            JsonObject     *object,
            LcDate         *date)
{
  int precision = LC_DATE_PRECISION_DAY;
  gboolean ok;

  ok = lc_json_read_date (ctx->json, object, "date", LC_JSON_REQUIRED, &date->day);
  ok &= lc_json_read_enum (ctx->json, object, "precision", LC_JSON_OPTIONAL,
                           LC_TYPE_DATE_PRECISION, &precision);
  date->precision = precision;

  return ok;
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
gboolean
lc_schema_read_ref (LcSchemaReader    *ctx,
                    JsonObject        *object,
                    const char        *name,
                    LcStoryCollection  collection,
                    LcJsonFlags        flags,
                    gpointer          *out)
{
  const char *id;
  gsize mark;

  *out = NULL;
  if (!lc_json_read_id (ctx->json, object, name, flags, &id))
    return FALSE;
  if (id == NULL)
    return TRUE;

  *out = _lc_story_lookup (ctx->story, collection, id);
  if (*out != NULL)
    return TRUE;

  mark = lc_json_enter (ctx->json, name);
  lc_json_error (ctx->json, _("there is no %s with the id “%s”"), collection_noun (collection),
                 id);
  lc_json_leave (ctx->json, mark);

  return FALSE;
}

/* Reads an array of ids naming objects of @collection, adding each. */
gboolean
lc_schema_read_ref_list (LcSchemaReader    *ctx,
                         JsonObject        *object,
                         const char        *name,
                         LcStoryCollection  collection,
                         gpointer           owner,
                         LcSchemaAddFunc    add)
{
  /* At most LC_STORY_MAX_LIST: a search each is cheaper than a hash table. */
  g_autoptr(GPtrArray) seen = NULL;
  JsonArray *array;
  gboolean ok = TRUE;
  gsize mark;

  if (!lc_json_read_array (ctx->json, object, name, LC_JSON_OPTIONAL, LC_STORY_MAX_LIST, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  seen = g_ptr_array_sized_new (json_array_get_length (array));

  mark = lc_json_enter (ctx->json, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize item_mark = lc_json_enter_index (ctx->json, i);
      gpointer target;

      if (!lc_json_node_is_string (node))
        ok = lc_json_error (ctx->json, _("expected an id, got %s"), lc_json_describe (node));
      else if (!lc_json_check_id (ctx->json, json_node_get_string (node)))
        ok = FALSE;
      else if ((target = _lc_story_lookup (ctx->story, collection,
                                           json_node_get_string (node))) == NULL)
        ok = lc_json_error (ctx->json, _("there is no %s with the id “%s”"),
                            collection_noun (collection), json_node_get_string (node));
      else if (g_ptr_array_find (seen, target, NULL))
        ok = lc_json_error (ctx->json, _("“%s” is listed twice"), json_node_get_string (node));
      else
        {
          g_ptr_array_add (seen, target);
          add (owner, target);
        }
      lc_json_leave (ctx->json, item_mark);
    }
  lc_json_leave (ctx->json, mark);

  return ok;
}

/* Format versions and sources */

/* A member that version @version of the format added is an error in an
 * older file, so that a story never relies on what an older Lachin
 * Corridor would ignore. %TRUE when @name is absent or allowed. */
gboolean
lc_schema_since_version (LcSchemaReader *ctx,
                         JsonObject     *object,
                         const char     *name,
                         guint           version)
{
  JsonNode *node = json_object_get_member (object, name);
  gsize mark;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || ctx->version >= version)
    return TRUE;

  mark = lc_json_enter (ctx->json, name);
  lc_json_error (ctx->json,
                 _("“%s” needs format version %u; write \"version\": %u at the top of the file"),
                 name, version, version);
  lc_json_leave (ctx->json, mark);

  return FALSE;
}

/* The same for a kind that version @version added; the JSON path is at
 * the kind already. */
gboolean
lc_schema_kind_since_version (LcSchemaReader *ctx,
                              const char     *kind,
                              guint           version)
{
  if (ctx->version >= version)
    return TRUE;

  return lc_json_error (ctx->json, _("the kind “%s” needs format version %u; write "
                                     "\"version\": %u at the top of the file"),
                        kind, version, version);
}

static gboolean
has_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

/* Reads the publications an item rests on: "source", one, or "sources"
 * (version 2), several; not both. */
gboolean
lc_schema_read_sources (LcSchemaReader  *ctx,
                        JsonObject      *object,
                        LcJsonFlags      flags,
                        gpointer         owner,
                        LcSchemaAddFunc  add)
{
  JsonArray *array;
  gpointer source;
  gboolean ok;
  gsize mark;

  if (!lc_schema_since_version (ctx, object, "sources", 2))
    return FALSE;
  if (!has_member (object, "sources"))
    {
      ok = lc_schema_read_ref (ctx, object, "source", LC_STORY_SOURCES, flags, &source);
      if (source != NULL)
        add (owner, source);
      return ok;
    }

  mark = lc_json_enter (ctx->json, "sources");
  if (has_member (object, "source"))
    {
      lc_json_error (ctx->json, _("give “source” or “sources”, not both"));
      lc_json_leave (ctx->json, mark);
      return FALSE;
    }
  lc_json_leave (ctx->json, mark);
  if (!lc_json_read_array (ctx->json, object, "sources", LC_JSON_OPTIONAL, LC_STORY_MAX_LIST,
                           &array))
    return FALSE;
  if (json_array_get_length (array) == 0 && (flags & LC_JSON_REQUIRED) != 0)
    {
      mark = lc_json_enter (ctx->json, "sources");
      lc_json_error (ctx->json, _("list at least one source"));
      lc_json_leave (ctx->json, mark);
      return FALSE;
    }

  return lc_schema_read_ref_list (ctx, object, "sources", LC_STORY_SOURCES, owner, add);
}

/* Reads "note_sources" (version 2), the publications a note rests on. */
gboolean
lc_schema_read_note_sources (LcSchemaReader  *ctx,
                             JsonObject      *object,
                             gboolean         has_note,
                             gpointer         owner,
                             LcSchemaAddFunc  add)
{
  gsize mark;

  if (!lc_schema_since_version (ctx, object, "note_sources", 2))
    return FALSE;
  if (has_member (object, "note_sources") && !has_note)
    {
      mark = lc_json_enter (ctx->json, "note_sources");
      lc_json_error (ctx->json, _("there is no “note” for these sources"));
      lc_json_leave (ctx->json, mark);
      return FALSE;
    }

  return lc_schema_read_ref_list (ctx, object, "note_sources", LC_STORY_SOURCES, owner, add);
}

/* Checks an item's members against @known, and reads its "id", which
 * must be new in @collection, into @id: NULL when it is not. */
gboolean
lc_schema_read_item (LcSchemaReader     *ctx,
                     JsonObject         *object,
                     const char * const *known,
                     LcStoryCollection   collection,
                     const char        **id)
{
  gsize mark;

  lc_json_check_members (ctx->json, object, known);
  if (!lc_json_read_id (ctx->json, object, "id", LC_JSON_REQUIRED, id) || *id == NULL)
    return FALSE;
  if (_lc_story_lookup (ctx->story, collection, *id) == NULL)
    return TRUE;

  mark = lc_json_enter (ctx->json, "id");
  lc_json_error (ctx->json, _("the id “%s” is used by another %s"), *id,
                 collection_noun (collection));
  lc_json_leave (ctx->json, mark);
  *id = NULL;

  return FALSE;
}

/* Reads each object of the array member @name with @read_item. */
void
lc_schema_read_collection (LcSchemaReader   *ctx,
                           JsonObject       *root,
                           const char       *name,
                           LcJsonFlags       flags,
                           LcSchemaItemFunc  read_item)
{
  JsonArray *array;
  gsize mark;

  if (!lc_json_read_array (ctx->json, root, name, flags, LC_STORY_MAX_ITEMS, &array) ||
      array == NULL)
    return;

  mark = lc_json_enter (ctx->json, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = lc_json_enter_index (ctx->json, i);
      JsonObject *object = lc_json_item_object (ctx->json, json_array_get_element (array, i));

      if (object != NULL)
        read_item (ctx, object);
      lc_json_leave (ctx->json, item_mark);
      /* The model has copied what it keeps; the next item reuses the memory. */
      lc_json_release_item (ctx->json);
    }
  lc_json_leave (ctx->json, mark);
}

/* Sources and actors */

/* An address is read as written, and checked, never changed. */
static gboolean
read_url (LcSchemaReader  *ctx,
          JsonObject      *object,
          const char     **url)
{
  g_autoptr(GError) error = NULL;
  gsize mark;

  if (!lc_json_read_raw_string (ctx->json, object, "url", LC_JSON_OPTIONAL, url))
    return FALSE;
  if (*url == NULL || lc_source_check_url (*url, &error))
    return TRUE;

  mark = lc_json_enter (ctx->json, "url");
  lc_json_error (ctx->json, "%s", error->message);
  lc_json_leave (ctx->json, mark);
  *url = NULL;

  return FALSE;
}

static gboolean
read_source (LcSchemaReader *ctx,
             JsonObject     *object)
{
  static const char * const known[] = { "id", "publisher", "title", "date", "url", "note", NULL };
  const char *id, *publisher, *title, *url, *note;
  LcDate date = { 0, LC_DATE_PRECISION_DAY };
  g_autoptr(LcSource) source = NULL;
  gboolean ok;

  ok = lc_schema_read_item (ctx, object, known, LC_STORY_SOURCES, &id);
  ok &= lc_json_read_string (ctx->json, object, "publisher", LC_JSON_REQUIRED, &publisher);
  /* Version 2: a title that is not known is left out, never made up. */
  ok &= lc_json_read_string (ctx->json, object, "title",
                             ctx->version >= 2 ? LC_JSON_OPTIONAL : LC_JSON_REQUIRED, &title);
  if (title != NULL && lc_json_text_is_blank (title))
    {
      gsize mark = lc_json_enter (ctx->json, "title");

      ok = lc_json_error (ctx->json, _("must not be empty"));
      lc_json_leave (ctx->json, mark);
    }
  ok &= lc_json_read_date (ctx->json, object, "date", LC_JSON_OPTIONAL, &date.day);
  ok &= read_url (ctx, object, &url);
  ok &= lc_json_read_string (ctx->json, object, "note", LC_JSON_OPTIONAL, &note);

  /* Even a faulty item is added under its id, so that references to it
   * do not report errors of their own; the story is not returned anyway. */
  if (id != NULL)
    {
      /* A source's title is the publication's own and stays as published. */
      source = _lc_source_new (id, publisher, title, &date, url,
                               lc_schema_tr_field (ctx, note, "sources", id, "note"));
      _lc_story_add (ctx->story, LC_STORY_SOURCES, id, source);
    }

  return ok;
}

static gboolean
read_actor (LcSchemaReader *ctx,
            JsonObject     *object)
{
  static const char * const known[] = { "id", "name", "role", "group", "language", NULL };
  const char *id, *name, *role, *group, *language;
  g_autoptr(LcActor) actor = NULL;
  gboolean ok;

  ok = lc_schema_read_item (ctx, object, known, LC_STORY_ACTORS, &id);
  ok &= lc_json_read_string (ctx->json, object, "name", LC_JSON_REQUIRED, &name);
  ok &= lc_json_read_string (ctx->json, object, "role", LC_JSON_OPTIONAL, &role);
  ok &= lc_json_read_id (ctx->json, object, "group", LC_JSON_OPTIONAL, &group);
  ok &= lc_schema_since_version (ctx, object, "language", 2);
  ok &= lc_json_read_string (ctx->json, object, "language", LC_JSON_OPTIONAL, &language);
  if (id != NULL)
    {
      actor = _lc_actor_new (id, lc_schema_tr_field (ctx, name, "actors", id, "name"),
                             lc_schema_tr_field (ctx, role, "actors", id, "role"), group);
      _lc_actor_set_language (actor, language);
      _lc_story_add (ctx->story, LC_STORY_ACTORS, id, actor);
    }

  return ok;
}

/* Events and statements */

static void
add_event_feature (gpointer owner,
                   gpointer feature)
{
  _lc_event_add_feature (owner, feature);
}

static void
add_event_source (gpointer owner,
                  gpointer source)
{
  _lc_event_add_source (owner, source);
}

static void
add_event_note_source (gpointer owner,
                       gpointer source)
{
  _lc_event_add_note_source (owner, source);
}

static void
add_statement_note_source (gpointer owner,
                           gpointer source)
{
  _lc_statement_add_note_source (owner, source);
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
read_event (LcSchemaReader *ctx,
            JsonObject     *object)
{
  static const char * const known[] = {
    "id", "date", "precision", "title", "text", "features", "source", "sources", "note",
    "note_sources", NULL
  };
  const char *id, *title, *text, *note;
  LcDate date;
  g_autoptr(LcEvent) event = NULL;
  gboolean ok;

  ok = lc_schema_read_item (ctx, object, known, LC_STORY_EVENTS, &id);
  ok &= read_dated (ctx, object, &date);
  ok &= lc_json_read_string (ctx->json, object, "title", LC_JSON_REQUIRED, &title);
  ok &= lc_json_read_string (ctx->json, object, "text", LC_JSON_OPTIONAL, &text);
  ok &= lc_json_read_string (ctx->json, object, "note", LC_JSON_OPTIONAL, &note);

  event = _lc_event_new (id, &date,
                         lc_schema_tr_field (ctx, title, "events", id, "title"),
                         lc_schema_tr_field (ctx, text, "events", id, "text"),
                         NULL,
                         lc_schema_tr_field (ctx, note, "events", id, "note"));
  ok &= lc_schema_read_sources (ctx, object, LC_JSON_REQUIRED, event, add_event_source);
  ok &= lc_schema_read_note_sources (ctx, object, note != NULL, event, add_event_note_source);
  ok &= lc_schema_read_ref_list (ctx, object, "features", LC_STORY_FEATURES, event,
                                 add_event_feature);
  if (id != NULL)
    _lc_story_add (ctx->story, LC_STORY_EVENTS, id, event);

  return ok && id != NULL;
}

static gboolean
read_statement (LcSchemaReader *ctx,
                JsonObject     *object)
{
  static const char * const known[] = {
    "id", "date", "precision", "actor", "kind", "text", "speaker_words", "original_language",
    "mentions", "refers_to", "source", "note", "note_sources", NULL
  };
  const char *id, *text, *note, *translated, *original_language;
  gpointer actor, source;
  int kind = LC_STATEMENT_KIND_QUOTE;
  LcDate date;
  g_autoptr(LcStatement) statement = NULL;
  g_autoptr(GArray) spans = NULL;
  gboolean ok;

  ok = lc_schema_read_item (ctx, object, known, LC_STORY_STATEMENTS, &id);
  ok &= read_dated (ctx, object, &date);
  ok &= lc_schema_read_ref (ctx, object, "actor", LC_STORY_ACTORS, LC_JSON_REQUIRED, &actor);
  if (lc_json_read_enum (ctx->json, object, "kind", LC_JSON_REQUIRED, LC_TYPE_STATEMENT_KIND,
                         &kind))
    {
      gsize mark = lc_json_enter (ctx->json, "kind");

      if (kind == LC_STATEMENT_KIND_REPORT)
        ok &= lc_schema_kind_since_version (ctx, lc_statement_kind_to_string (kind), 2);
      lc_json_leave (ctx->json, mark);
    }
  else
    ok = FALSE;
  ok &= lc_json_read_string (ctx->json, object, "text", LC_JSON_REQUIRED, &text);
  ok &= lc_schema_read_ref (ctx, object, "source", LC_STORY_SOURCES, LC_JSON_REQUIRED, &source);
  ok &= lc_json_read_string (ctx->json, object, "note", LC_JSON_OPTIONAL, &note);
  ok &= lc_schema_since_version (ctx, object, "original_language", 2);
  ok &= lc_json_read_string (ctx->json, object, "original_language", LC_JSON_OPTIONAL,
                             &original_language);
  if (text != NULL)
    spans = lc_schema_read_speaker_words (ctx, object, text, &ok);

  translated = lc_schema_tr_field (ctx, text, "statements", id, "text");
  statement = _lc_statement_new (id, &date, actor, kind, translated, source,
                                 lc_schema_tr_field (ctx, note, "statements", id, "note"));
  _lc_statement_set_language (statement, lc_story_get_language (ctx->story));
  _lc_statement_set_original_language (statement, original_language);
  /* A reader of a translation can always see the words as reported. */
  if (translated != text)
    _lc_statement_set_original_text (statement, text);
  if (spans != NULL && translated == text)
    _lc_statement_set_voices (statement, (LcTextSpan *) (gpointer) spans->data, spans->len,
                              NULL, 0);
  else if (spans != NULL)
    {
      /* A translation keeps the speaker's words in its own quotation marks. */
      g_autoptr(GArray) quoted = spans->len > 0 ? lc_quotation_find (translated)
                                                : g_array_new (FALSE, FALSE, sizeof (LcTextSpan));

      _lc_statement_set_voices (statement, (LcTextSpan *) (gpointer) quoted->data, quoted->len,
                                (LcTextSpan *) (gpointer) spans->data, spans->len);
    }
  ok &= lc_schema_read_note_sources (ctx, object, note != NULL, statement,
                                     add_statement_note_source);
  ok &= lc_schema_read_ref_list (ctx, object, "mentions", LC_STORY_FEATURES, statement,
                                 add_statement_mention);
  ok &= lc_schema_read_ref_list (ctx, object, "refers_to", LC_STORY_EVENTS, statement,
                                 add_statement_reference);
  if (id != NULL)
    _lc_story_add (ctx->story, LC_STORY_STATEMENTS, id, statement);

  return ok && id != NULL;
}

/* The story */

static gboolean
check_format (LcSchemaReader  *ctx,
              JsonObject      *root,
              GError         **error)
{
  const char *format;
  JsonNode *version;
  gsize mark;

  if (!lc_json_read_string (ctx->json, root, "format", LC_JSON_REQUIRED, &format) ||
      format == NULL)
    return FALSE;
  if (!g_str_equal (format, LC_STORY_FORMAT_NAME))
    {
      g_autofree char *shown = _lc_json_shorten (format);

      mark = lc_json_enter (ctx->json, "format");
      lc_json_error (ctx->json,
                     _("this is not a Lachin Corridor story: expected “%s”, got “%s”"),
                     LC_STORY_FORMAT_NAME, shown);
      lc_json_leave (ctx->json, mark);
      return FALSE;
    }
  version = lc_json_get_member (ctx->json, root, "version", LC_JSON_REQUIRED);
  if (version == NULL)
    return FALSE;

  mark = lc_json_enter (ctx->json, "version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      lc_json_error (ctx->json, _("expected a whole format version number such as %d, got %s"),
                     LC_STORY_FORMAT_VERSION, lc_json_describe (version));
      lc_json_leave (ctx->json, mark);
      return FALSE;
    }
  if (json_node_get_int (version) > LC_STORY_FORMAT_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      lc_json_error (ctx->json, _("the story is in format version %s, which needs a newer "
                                  "Lachin Corridor; this version reads format versions 1 to %d"),
                     number, LC_STORY_FORMAT_VERSION);
      lc_json_leave (ctx->json, mark);
      g_set_error_literal (error, LC_STORY_ERROR, LC_STORY_ERROR_VERSION, "");
      return FALSE;
    }
  lc_json_leave (ctx->json, mark);
  ctx->version = json_node_get_int (version);

  return TRUE;
}

static void
read_timeline (LcSchemaReader *ctx,
               JsonObject     *root)
{
  static const char * const known[] = {
    "start", "end", "initial", "count_from", "count_label", NULL
  };
  const char *count_label;
  JsonObject *timeline = lc_json_read_object (ctx->json, root, "timeline", LC_JSON_REQUIRED);
  guint32 start, end, initial;
  gpointer count_from;
  gboolean ok;
  gsize mark;

  if (timeline == NULL)
    return;

  mark = lc_json_enter (ctx->json, "timeline");
  lc_json_check_members (ctx->json, timeline, known);
  ok = lc_json_read_date (ctx->json, timeline, "start", LC_JSON_REQUIRED, &start);
  ok &= lc_json_read_date (ctx->json, timeline, "end", LC_JSON_REQUIRED, &end);
  ok &= lc_json_read_date (ctx->json, timeline, "initial", LC_JSON_OPTIONAL, &initial);
  lc_schema_read_ref (ctx, timeline, "count_from", LC_STORY_EVENTS, LC_JSON_OPTIONAL, &count_from);
  if (lc_json_read_string (ctx->json, timeline, "count_label", LC_JSON_OPTIONAL, &count_label) &&
      count_label != NULL)
    {
      gsize label_mark = lc_json_enter (ctx->json, "count_label");

      if (strstr (count_label, "{day}") == NULL)
        lc_json_error (ctx->json, _("must contain {day} where the number goes, as in “Day {day} "
                                    "of the blockade”"));
      else if (count_from == NULL)
        lc_json_warning (ctx->json, _("is not used without “count_from”"));
      else
        _lc_story_set_count_label (ctx->story,
                                   lc_schema_tr (ctx, count_label, "timeline/count_label"));
      lc_json_leave (ctx->json, label_mark);
    }
  if (ok && initial == 0)
    initial = end;
  if (ok && start > end)
    {
      gsize end_mark = lc_json_enter (ctx->json, "end");

      ok = lc_json_error (ctx->json, _("the timeline ends before it starts"));
      lc_json_leave (ctx->json, end_mark);
    }
  else if (ok && (initial < start || initial > end))
    {
      gsize initial_mark = lc_json_enter (ctx->json, "initial");

      ok = lc_json_error (ctx->json,
                          _("the initial date must lie between the start and the end"));
      lc_json_leave (ctx->json, initial_mark);
    }
  if (ok)
    _lc_story_set_timeline (ctx->story, start, end, initial, count_from);
  lc_json_leave (ctx->json, mark);
}

static gboolean
read_bbox (LcSchemaReader *ctx,
           JsonArray      *array,
           double          bbox[4])
{
  if (json_array_get_length (array) != 4)
    return lc_json_error (ctx->json,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "expected [west, south, east, north], got %u value",
                                       "expected [west, south, east, north], got %u values",
                                       json_array_get_length (array)),
                          json_array_get_length (array));
  for (guint i = 0; i < 4; i++)
    {
      if (!lc_json_node_is_number (json_array_get_element (array, i)))
        return lc_json_error (ctx->json, _("expected [west, south, east, north], got %s in it"),
                              lc_json_describe (json_array_get_element (array, i)));
      bbox[i] = json_array_get_double_element (array, i);
    }
  if (bbox[0] < -180 || bbox[2] > 180 || bbox[1] < -90 || bbox[3] > 90 ||
      bbox[0] >= bbox[2] || bbox[1] >= bbox[3])
    return lc_json_error (ctx->json, _("expected [west, south, east, north] with west < east and "
                                       "south < north, in degrees"));
  return TRUE;
}

/* The view the map opens on; without one, everything the story has. */
static void
read_view (LcSchemaReader *ctx,
           JsonObject     *root)
{
  static const char * const known[] = { "bbox", "context", NULL };
  JsonObject *view = lc_json_read_object (ctx->json, root, "view", LC_JSON_OPTIONAL);
  double bbox[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  GPtrArray *features = _lc_story_get_added (ctx->story, LC_STORY_FEATURES);
  JsonArray *array;

  if (view != NULL)
    {
      gsize mark = lc_json_enter (ctx->json, "view");

      lc_json_check_members (ctx->json, view, known);
      if (lc_json_read_array (ctx->json, view, "bbox", LC_JSON_REQUIRED, LC_STORY_MAX_LIST,
                              &array) && array != NULL)
        {
          gsize bbox_mark = lc_json_enter (ctx->json, "bbox");

          if (read_bbox (ctx, array, bbox))
            _lc_story_set_view (ctx->story, bbox);
          lc_json_leave (ctx->json, bbox_mark);
        }
      if (lc_json_read_array (ctx->json, view, "context", LC_JSON_OPTIONAL, LC_STORY_MAX_LIST,
                              &array) && array != NULL)
        {
          gsize context_mark = lc_json_enter (ctx->json, "context");
          double context[4];

          if (read_bbox (ctx, array, context))
            _lc_story_set_context (ctx->story, context);
          lc_json_leave (ctx->json, context_mark);
        }
      lc_json_leave (ctx->json, mark);
      return;
    }

  for (guint i = 0; i < features->len; i++)
    {
      LcGeometry *geometry = lc_feature_get_geometry (g_ptr_array_index (features, i));
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

/* Like the items', only for a story without errors. */
static void
warn_count_outside_timeline (LcSchemaReader *ctx)
{
  LcEvent *count_from = lc_story_get_count_from (ctx->story);
  guint32 day;
  gsize mark;

  if (ctx->json->n_errors > 0 || count_from == NULL)
    return;

  day = lc_event_get_date (count_from)->day;
  if (day >= lc_story_get_start (ctx->story) && day <= lc_story_get_end (ctx->story))
    return;

  mark = lc_json_enter (ctx->json, "timeline");
  lc_json_enter (ctx->json, "count_from");
  lc_json_warning (ctx->json, _("the event “%s” is outside the timeline, so the day count "
                                "starts outside it"), lc_event_get_id (count_from));
  lc_json_leave (ctx->json, mark);
}

static void
warn_outside_timeline (LcSchemaReader    *ctx,
                       LcStoryCollection  collection,
                       const char        *name)
{
  GPtrArray *items = _lc_story_get_added (ctx->story, collection);
  guint32 start = lc_story_get_start (ctx->story), end = lc_story_get_end (ctx->story);

  /* Dates that failed to parse would be reported twice. */
  if (ctx->json->n_errors > 0)
    return;

  for (guint i = 0; start != 0 && i < items->len; i++)
    {
      GObject *item = g_ptr_array_index (items, i);
      const LcDate *date = LC_IS_EVENT (item) ? lc_event_get_date (LC_EVENT (item))
                                              : lc_statement_get_date (LC_STATEMENT (item));
      const char *id = LC_IS_EVENT (item) ? lc_event_get_id (LC_EVENT (item))
                                          : lc_statement_get_id (LC_STATEMENT (item));

      if (date->day < start || date->day > end)
        {
          gsize mark = lc_json_enter (ctx->json, name);

          /* Not sealed yet, so the items are still in file order. */
          lc_json_enter_index (ctx->json, i);
          lc_json_warning (ctx->json, _("“%s” is dated outside the timeline"), id);
          lc_json_leave (ctx->json, mark);
        }
    }
}

static void
read_story (LcSchemaReader  *ctx,
            JsonObject      *root,
            GError         **error)
{
  static const char * const known[] = {
    "$schema", "format", "version", "id", "title", "summary", "language", "sources", "timeline",
    "view", "actors", "features", "events", "statements", NULL
  };
  const char *id, *title, *summary, *language, *schema;

  if (!check_format (ctx, root, error))
    return;

  lc_json_check_members (ctx->json, root, known);
  /* For editors (data/story.schema.json); any version may name it. */
  lc_json_read_string (ctx->json, root, "$schema", LC_JSON_OPTIONAL, &schema);
  lc_json_read_id (ctx->json, root, "id", LC_JSON_REQUIRED, &id);
  lc_json_read_string (ctx->json, root, "title", LC_JSON_REQUIRED, &title);
  lc_json_read_string (ctx->json, root, "summary", LC_JSON_OPTIONAL, &summary);
  lc_json_read_string (ctx->json, root, "language", LC_JSON_OPTIONAL, &language);
  ctx->story_id = id;
  ctx->story = _lc_story_new (id, lc_schema_tr (ctx, title, "title"),
                              lc_schema_tr (ctx, summary, "summary"),
                              language != NULL ? language : "en");

  /* In dependency order, whatever the order in the file. */
  lc_schema_read_collection (ctx, root, "sources", LC_JSON_REQUIRED, read_source);
  lc_schema_read_collection (ctx, root, "actors", LC_JSON_OPTIONAL, read_actor);
  lc_schema_read_features (ctx, root);
  lc_schema_read_collection (ctx, root, "events", LC_JSON_OPTIONAL, read_event);
  lc_schema_read_collection (ctx, root, "statements", LC_JSON_OPTIONAL, read_statement);
  read_timeline (ctx, root);
  read_view (ctx, root);

  warn_count_outside_timeline (ctx);
  warn_outside_timeline (ctx, LC_STORY_EVENTS, "events");
  warn_outside_timeline (ctx, LC_STORY_STATEMENTS, "statements");
}

/**
 * lc_story_schema_read:
 * @root: the file's top-level object
 * @translation_domain: (nullable): the gettext domain of the story's
 *   translations
 * @error: set to %LC_STORY_ERROR_VERSION when the story needs a newer
 *   version of the format
 *
 * Checks @root against the story format and builds the story, reporting
 * every problem to @json.
 *
 * Returns: (transfer full) (nullable): the story, not yet sealed; not to be
 *   shown when @json has errors
 */
LcStory *
lc_story_schema_read (LcJsonReader  *json,
                      JsonObject    *root,
                      const char    *translation_domain,
                      GError       **error)
{
  LcSchemaReader ctx = { json, translation_domain };

  read_story (&ctx, root, error);

  return ctx.story;
}
