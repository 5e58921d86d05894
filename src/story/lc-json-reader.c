/* lc-json-reader.c
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
 * The validating JSON reader: each lc_json_read_*() reads one member of a
 * JSON object as a type, and when the member is missing, of the wrong
 * type or out of range, adds a diagnostic that names its JSON path, such
 * as statements[3].date, and returns %FALSE. Reading goes on after an
 * error, so one pass finds every problem in a file.
 */

#define MAX_ID_LENGTH     64
#define MAX_SUGGEST_EDITS 2

/* A step of a JSON path: a member, or an index when @member is NULL. */
typedef struct
{
  const char *member;
  guint       index;
} Segment;

/* Diagnostics and JSON paths */

/**
 * lc_json_reader_init:
 * @diagnostics: where to add what is found wrong
 * @file: the file's name as the user should see it
 * @document: the document read
 *
 * Starts reading at the root of @document. Finish with
 * lc_json_reader_finish().
 */
void
lc_json_reader_init (LcJsonReader   *json,
                     GListStore     *diagnostics,
                     const char     *file,
                     LcJsonDocument *document)
{
  *json = (LcJsonReader) {
    diagnostics, file, document, g_array_new (FALSE, FALSE, sizeof (Segment)),
    g_ptr_array_new_with_free_func (g_free),
  };
}

static void
append_more (LcJsonReader         *json,
             LcDiagnosticSeverity  severity,
             const char           *message)
{
  g_autoptr(LcDiagnostic) diagnostic = NULL;

  diagnostic = lc_diagnostic_new (severity, json->file, 0, 0, NULL, message);

  g_list_store_append (json->diagnostics, diagnostic);
}

/**
 * lc_json_reader_finish:
 *
 * Says how many problems past %LC_STORY_MAX_ERRORS were left out, and
 * frees the reader's path.
 */
void
lc_json_reader_finish (LcJsonReader *json)
{
  if (json->n_hidden_warnings > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more warning",
                                                            "and %u more warnings",
                                                            json->n_hidden_warnings),
                                               json->n_hidden_warnings);

      append_more (json, LC_DIAGNOSTIC_WARNING, more);
    }
  if (json->n_hidden_errors > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more error",
                                                            "and %u more errors",
                                                            json->n_hidden_errors),
                                               json->n_hidden_errors);

      append_more (json, LC_DIAGNOSTIC_ERROR, more);
      json->n_errors++;
    }

  g_clear_pointer (&json->path, g_array_unref);
  g_clear_pointer (&json->texts, g_ptr_array_unref);
  lc_json_release_item (json);
}

static char *
path_to_string (LcJsonReader *json)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < json->path->len; i++)
    {
      const Segment *segment = &g_array_index (json->path, Segment, i);
      g_autofree char *member = NULL;

      if (segment->member == NULL)
        {
          g_string_append_printf (path, "[%u]", segment->index);
          continue;
        }
      member = _lc_json_shorten (segment->member);
      g_string_append_printf (path, "%s%s", path->len > 0 ? "." : "", member);
    }

  return g_string_free (path, FALSE);
}

static void
add_diagnostic (LcJsonReader         *json,
                LcDiagnosticSeverity  severity,
                const char           *format,
                va_list               args)
{
  g_autoptr(LcDiagnostic) diagnostic = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  gboolean error = severity == LC_DIAGNOSTIC_ERROR;
  guint *count = error ? &json->n_errors : &json->n_warnings;

  if (*count >= LC_STORY_MAX_ERRORS)
    {
      if (error)
        json->n_hidden_errors++;
      else
        json->n_hidden_warnings++;
      return;
    }

  (*count)++;
  message = g_strdup_vprintf (format, args);
  path = path_to_string (json);
  diagnostic = lc_diagnostic_new (severity, json->file, 0, 0, path, message);
  g_list_store_append (json->diagnostics, diagnostic);
}

/**
 * lc_json_report:
 * @severity: an error, which keeps the story from opening, or a warning
 *
 * Reports a problem at the current JSON path; lc_json_error() and
 * lc_json_warning() say which.
 *
 * Returns: %FALSE, so that a reader can `return lc_json_error (...)`
 */
gboolean
lc_json_report (LcJsonReader         *json,
                LcDiagnosticSeverity  severity,
                const char           *format,
                ...)
{
  va_list args;

  va_start (args, format);
  add_diagnostic (json, severity, format, args);
  va_end (args);

  return FALSE;
}

/**
 * lc_json_enter:
 * @member: a member of the object at the current path, which must last
 *   until lc_json_leave() (a literal, or a name in the tree)
 *
 * Returns: a mark for lc_json_leave(), which goes back to where it was
 */
gsize
lc_json_enter (LcJsonReader *json,
               const char   *member)
{
  Segment segment = { member, 0 };

  g_array_append_val (json->path, segment);
  return json->path->len - 1;
}

/**
 * lc_json_enter_index:
 * @index: an element of the array at the current path
 *
 * Returns: a mark for lc_json_leave()
 */
gsize
lc_json_enter_index (LcJsonReader *json,
                     guint         index)
{
  Segment segment = { NULL, index };

  g_array_append_val (json->path, segment);
  return json->path->len - 1;
}

void
lc_json_leave (LcJsonReader *json,
               gsize         mark)
{
  /* No clear function, nothing to free: shortening is setting the length. */
  g_assert (mark <= json->path->len);
  json->path->len = mark;
}

/* JSON values */

const char *
lc_json_describe (JsonNode *node)
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

gboolean
lc_json_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
lc_json_node_is_number (JsonNode *node)
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

/* The known name at most MAX_SUGGEST_EDITS edits from @name, or NULL.
 * Names whose lengths differ by more cannot be that close, so a long name
 * costs no more than a short one. */
static const char *
suggest (const char        *name,
         const char *const *known)
{
  const char *suggestion = NULL;
  guint best = MAX_SUGGEST_EDITS + 1;
  gsize length = strlen (name);

  for (guint i = 0; known[i] != NULL; i++)
    {
      gsize known_length = strlen (known[i]);
      guint distance;

      if (MAX (length, known_length) - MIN (length, known_length) > MAX_SUGGEST_EDITS)
        continue;
      distance = edit_distance (name, known[i]);
      if (distance < best)
        {
          best = distance;
          suggestion = known[i];
        }
    }

  return suggestion;
}

static void
warn_unknown (LcJsonReader      *json,
              const char        *name,
              const char *const *known)
{
  g_autofree char *shown = NULL;
  const char *suggestion = NULL;
  gsize mark;

  /* Past the cap a warning is only counted: no need for a suggestion. */
  if (json->n_warnings < LC_STORY_MAX_ERRORS)
    suggestion = suggest (name, known);

  shown = _lc_json_shorten (name);
  mark = lc_json_enter (json, name);
  if (suggestion != NULL)
    lc_json_warning (json, _("unknown field “%s” is ignored; did you mean “%s”?"),
                     shown, suggestion);
  else
    lc_json_warning (json, _("unknown field “%s” is ignored"), shown);
  lc_json_leave (json, mark);
}

/* Whether @name is one of the @n_known names, looking first where the
 * last one was found: objects list their members mostly in the order of
 * @known, so that is usually the first look. */
static gboolean
find_known (const char         *name,
            const char * const *known,
            guint               n_known,
            guint              *cursor)
{
  for (guint i = 0; i < n_known; i++)
    {
      guint k = (*cursor + i) % n_known;

      if (g_str_equal (name, known[k]))
        {
          *cursor = k + 1;
          return TRUE;
        }
    }

  return FALSE;
}

/* Unknown members are warnings: they are usually typos of known ones. */
void
lc_json_check_members (LcJsonReader      *json,
                       JsonObject        *object,
                       const char *const *known)
{
  JsonObjectIter iter;
  const char *name;
  guint n_known = g_strv_length ((char **) known), cursor = 0;

  /* In file order, which json_object_iter_next() does not keep. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    if (!find_known (name, known, n_known, &cursor))
      warn_unknown (json, name, known);
}

/* Looks up a member; reports it when it is required and missing or null. */
JsonNode *
lc_json_get_member (LcJsonReader *json,
                    JsonObject   *object,
                    const char   *name,
                    LcJsonFlags   flags)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    node = NULL;
  if (node == NULL && (flags & LC_JSON_REQUIRED) != 0)
    {
      gsize mark = lc_json_enter (json, name);

      lc_json_error (json, _("required field is missing"));
      lc_json_leave (json, mark);
    }

  return node;
}

/* Whether @text is blank: nothing but white space and invisible format
 * characters (a zero-width space, a direction mark), which show as nothing. */
gboolean
lc_json_text_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        return FALSE;
    }
  return TRUE;
}

/* The explicit direction controls: embeddings and overrides (U+202A to
 * U+202E) and isolates (U+2066 to U+2069). Unbalanced, they reorder the
 * text around a name wherever it is shown. */
static gboolean
is_direction_control (gunichar c)
{
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* In UTF-8 each starts with the byte 0xE2: most texts need no closer look. */
static gboolean
has_direction_controls (const char *text)
{
  for (const char *p = strchr (text, '\xe2'); p != NULL; p = strchr (p + 1, '\xe2'))
    if (is_direction_control (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static char *
strip_direction_controls (const char *text)
{
  GString *stripped = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_direction_control (c))
        g_string_append_unichar (stripped, c);
    }

  return g_string_free (stripped, FALSE);
}

/* Reads the member @name with @check, which reports what is wrong with
 * its value; an absent member is all right unless it is required, as
 * lc_json_get_member() reports. */
typedef gboolean (*CheckFunc) (LcJsonReader *json,
                               JsonNode     *node,
                               gpointer      out,
                               gconstpointer data);

static gboolean
read_member (LcJsonReader  *json,
             JsonObject    *object,
             const char    *name,
             LcJsonFlags    flags,
             CheckFunc      check,
             gpointer       out,
             gconstpointer  data)
{
  JsonNode *node = lc_json_get_member (json, object, name, flags);
  gboolean ok;
  gsize mark;

  if (node == NULL)
    return (flags & LC_JSON_REQUIRED) == 0;

  mark = lc_json_enter (json, name);
  ok = check (json, node, out, data);
  lc_json_leave (json, mark);

  return ok;
}

typedef enum
{
  STRING_REQUIRED = 1 << 0,
  STRING_TEXT     = 1 << 1,  /* shown as text: direction controls come out */
} StringFlags;

static gboolean
check_string (LcJsonReader  *json,
              JsonNode      *node,
              gpointer       out,
              gconstpointer  data)
{
  StringFlags flags = GPOINTER_TO_UINT (data);
  const char *text;

  if (!lc_json_node_is_string (node))
    return lc_json_error (json, _("expected a string, got %s"), lc_json_describe (node));
  text = json_node_get_string (node);
  if ((flags & STRING_REQUIRED) != 0 && lc_json_text_is_blank (text))
    return lc_json_error (json, _("must not be empty"));

  if ((flags & STRING_TEXT) != 0 && has_direction_controls (text))
    {
      char *stripped = strip_direction_controls (text);

      g_ptr_array_add (json->texts, stripped);
      text = stripped;
      lc_json_warning (json, _("invisible direction controls (such as U+202E) are left out of "
                               "this text, so that it cannot reorder what is shown around it"));
    }

  *(const char **) out = text;
  return TRUE;
}

static gboolean
read_string (LcJsonReader  *json,
             JsonObject    *object,
             const char    *name,
             LcJsonFlags    flags,
             StringFlags    string_flags,
             const char   **out)
{
  *out = NULL;
  if ((flags & LC_JSON_REQUIRED) != 0)
    string_flags |= STRING_REQUIRED;

  return read_member (json, object, name, flags, check_string, out,
                      GUINT_TO_POINTER (string_flags));
}

/**
 * lc_json_read_string:
 * @out: (out) (transfer none): the text, valid as long as the reader;
 *   %NULL when the member is absent
 *
 * Reads an optional or required string member that is shown as text: a
 * required one must not be blank, and direction controls are left out of
 * it (with a warning), so that a name cannot reorder what is around it.
 */
gboolean
lc_json_read_string (LcJsonReader  *json,
                     JsonObject    *object,
                     const char    *name,
                     LcJsonFlags    flags,
                     const char   **out)
{
  return read_string (json, object, name, flags, STRING_TEXT, out);
}

/**
 * lc_json_read_raw_string:
 *
 * Reads a string member exactly as written, for a value that is checked
 * rather than shown: an id, a date, a name from a list, an address.
 */
gboolean
lc_json_read_raw_string (LcJsonReader  *json,
                         JsonObject    *object,
                         const char    *name,
                         LcJsonFlags    flags,
                         const char   **out)
{
  return read_string (json, object, name, flags, 0, out);
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

gboolean
lc_json_check_id (LcJsonReader *json,
                  const char   *id)
{
  g_autofree char *shown = NULL;

  if (id_is_well_formed (id))
    return TRUE;

  shown = _lc_json_shorten (id);
  return lc_json_error (json,
                        _("“%s” is not a valid id: use lower-case letters, digits and "
                          "single hyphens, at most %u characters, like “blockade-begins”"),
                        shown, MAX_ID_LENGTH);
}

gboolean
lc_json_read_id (LcJsonReader  *json,
                 JsonObject    *object,
                 const char    *name,
                 LcJsonFlags    flags,
                 const char   **out)
{
  gsize mark;
  gboolean ok;

  if (!lc_json_read_raw_string (json, object, name, flags, out))
    return FALSE;
  if (*out == NULL)
    return TRUE;

  mark = lc_json_enter (json, name);
  ok = lc_json_check_id (json, *out);
  lc_json_leave (json, mark);
  if (!ok)
    *out = NULL;

  return ok;
}

gboolean
lc_json_read_date (LcJsonReader *json,
                   JsonObject   *object,
                   const char   *name,
                   LcJsonFlags   flags,
                   guint32      *day)
{
  const char *text;
  gsize mark;

  *day = 0;
  if (!lc_json_read_raw_string (json, object, name, flags, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  mark = lc_json_enter (json, name);
  *day = lc_day_parse (text);
  if (*day == 0)
    {
      g_autofree char *shown = _lc_json_shorten (text);

      lc_json_error (json, _("expected a date like 2022-12-12, got “%s”"), shown);
    }
  lc_json_leave (json, mark);

  return *day != 0;
}

/**
 * lc_json_read_enum:
 * @enum_type: a #GEnum type whose nicks are the values the member may have
 * @value: (out): the value read; untouched when the member is absent
 *
 * Reads a string member that names a value of @enum_type by its nick, as
 * "kind": "checkpoint" for %LC_FEATURE_KIND_CHECKPOINT.
 */
gboolean
lc_json_read_enum (LcJsonReader *json,
                   JsonObject   *object,
                   const char   *name,
                   LcJsonFlags   flags,
                   GType         enum_type,
                   int          *value)
{
  g_autofree char *expected = NULL;
  g_autofree char *shown = NULL;
  const char *text;
  gsize mark;

  if (!lc_json_read_raw_string (json, object, name, flags, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (lc_enum_from_nick (enum_type, text, value))
    return TRUE;

  expected = lc_enum_dup_nicks (enum_type);
  shown = _lc_json_shorten (text);
  mark = lc_json_enter (json, name);
  lc_json_error (json, _("expected one of %s, got “%s”"), expected, shown);
  lc_json_leave (json, mark);

  return FALSE;
}

static gboolean
check_boolean (LcJsonReader  *json,
               JsonNode      *node,
               gpointer       out,
               gconstpointer  data)
{
  if (!node_is_boolean (node))
    return lc_json_error (json, _("expected true or false, got %s"), lc_json_describe (node));

  *(gboolean *) out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
lc_json_read_boolean (LcJsonReader *json,
                      JsonObject   *object,
                      const char   *name,
                      gboolean     *out)
{
  *out = FALSE;

  return read_member (json, object, name, LC_JSON_OPTIONAL, check_boolean, out, NULL);
}

typedef struct
{
  guint min;
  guint max;
} Range;

static gboolean
check_uint (LcJsonReader  *json,
            JsonNode      *node,
            gpointer       out,
            gconstpointer  data)
{
  const Range *range = data;
  g_autofree char *got = NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return lc_json_error (json, _("expected a whole number from %u to %u, got %s"),
                          range->min, range->max, lc_json_describe (node));
  if (json_node_get_int (node) >= range->min && json_node_get_int (node) <= range->max)
    {
      *(guint *) out = json_node_get_int (node);
      return TRUE;
    }

  /* A %s, for xgettext does not read G_GINT64_FORMAT. */
  got = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return lc_json_error (json, _("expected a whole number from %u to %u, got %s"),
                        range->min, range->max, got);
}

/* Reads an optional whole number from @min to @max; @out is untouched when
 * the member is absent. */
gboolean
lc_json_read_uint (LcJsonReader *json,
                   JsonObject   *object,
                   const char   *name,
                   guint         min,
                   guint         max,
                   guint        *out)
{
  Range range = { min, max };

  return read_member (json, object, name, LC_JSON_OPTIONAL, check_uint, out, &range);
}

static gboolean
check_array (LcJsonReader  *json,
             JsonNode      *node,
             gpointer       out,
             gconstpointer  data)
{
  guint max_length = GPOINTER_TO_UINT (data);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return lc_json_error (json, _("expected an array, got %s"), lc_json_describe (node));
  if (json_array_get_length (json_node_get_array (node)) > max_length)
    return lc_json_error (json, _("has %u items; at most %u are allowed"),
                          json_array_get_length (json_node_get_array (node)), max_length);

  *(JsonArray **) out = json_node_get_array (node);
  return TRUE;
}

/* Reads an array member into @out, NULL when it is absent. */
gboolean
lc_json_read_array (LcJsonReader  *json,
                    JsonObject    *object,
                    const char    *name,
                    LcJsonFlags    flags,
                    guint          max_length,
                    JsonArray    **out)
{
  *out = NULL;

  return read_member (json, object, name, flags, check_array, out,
                      GUINT_TO_POINTER (max_length));
}

static gboolean
check_object (LcJsonReader  *json,
              JsonNode      *node,
              gpointer       out,
              gconstpointer  data)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return lc_json_error (json, _("expected an object, got %s"), lc_json_describe (node));

  *(JsonObject **) out = json_node_get_object (node);
  return TRUE;
}

/* Reads an object member: NULL when it is absent or not an object. */
JsonObject *
lc_json_read_object (LcJsonReader *json,
                     JsonObject   *object,
                     const char   *name,
                     LcJsonFlags   flags)
{
  JsonObject *out = NULL;

  read_member (json, object, name, flags, check_object, &out, NULL);
  return out;
}

/* An item of a story's collection, which the parser left for now: the
 * object, or NULL when it is not JSON (the loader reports that). */
static JsonObject *
parse_item (LcJsonReader *json,
            JsonNode     *node)
{
  lc_json_release_item (json);
  if (json->failed_item != NULL)
    return NULL;

  json->item = _lc_json_parse_item (json->document, node, &json->item_error);
  if (json->item == NULL)
    {
      json->failed_item = node;
      return NULL;
    }

  return json_node_get_object (json->item);
}

/* For array items: the item as an object, or NULL (reported). An item of
 * a collection is read now; lc_json_release_item() frees it. */
JsonObject *
lc_json_item_object (LcJsonReader *json,
                     JsonNode     *node)
{
  JsonObject *out = NULL;

  if (json->document != NULL && g_hash_table_contains (json->document->items, node))
    return parse_item (json, node);

  check_object (json, node, &out, NULL);
  return out;
}

/* Frees the collection item read last, once the model has what it keeps. */
void
lc_json_release_item (LcJsonReader *json)
{
  g_clear_pointer (&json->item, json_node_unref);
}

/**
 * lc_json_steal_coords:
 * @node: the value of a "coordinates" member
 *
 * Takes the packed value of @node over from the document, so its memory
 * goes as soon as the geometry is built.
 *
 * Returns: (transfer full) (nullable): the packed value, or %NULL when
 *   @node is not an array
 */
LcJsonCoords *
lc_json_steal_coords (LcJsonReader *json,
                     JsonNode     *node)
{
  return _lc_json_document_steal_coords (json->document, node);
}
