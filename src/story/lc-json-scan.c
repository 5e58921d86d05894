/* lc-json-scan.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The story's JSON parser: it checks the text strictly against RFC 8259
 * and builds json-glib's node tree. json-glib's own parser recurses once
 * per nesting level and accepts things a story must not contain (numbers
 * that overflow to infinity or wrap around, duplicate member names, text
 * after the document); this one walks the text with an explicit stack,
 * stops at a depth cap, and names the line and column of the first
 * problem.
 *
 * It keeps the document's limits while it reads, before the memory is
 * spent: a string's length, the positions of all "coordinates" together,
 * and an estimate of the memory the nodes take. Two things are not built
 * as nodes at once:
 *
 * - the objects of the story's collections (sources, actors, events,
 *   statements, features.features): the first pass only finds where each
 *   ends and leaves a null node in its place; _lc_json_parse_item() checks
 *   and builds one when the story reader comes to it, which frees it
 *   before the next. Memory then follows one item, not the file, and the
 *   reader works in memory that is still in the cache.
 * - the value of a "coordinates" member, a dozen allocations a number as
 *   nodes, is packed into an LcJsonCoords (two flat arrays) that the
 *   GeoJSON reader takes over; the tree holds an empty array in its place.
 *
 * Since the first pass does not check the items, a problem in one is
 * found when it is read; the loader then checks the whole text in file
 * order with _lc_json_check(), so the problem reported is always the
 * first in the file.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lc-json-scan.h"

/* Integers beyond ±2^53 cannot be held exactly as doubles. */
#define MAX_EXACT_INTEGER G_GINT64_CONSTANT (9007199254740992)
/* Up to 15 digits an integer is summed exactly without strtoll(). */
#define MAX_FAST_DIGITS   15
#define MAX_NUMBER_TEXT   64
#define COORDS_MEMBER     "coordinates"
/* A long string's length is checked every so many bytes. */
#define STRING_CHUNK      4096
/* Characters of the file's text quoted in a message, at most. */
#define MAX_QUOTED        64

/* What the nodes cost, roughly, as glibc's malloc() gives them: the node
 * and its value; an object's hash table; a member's name and links; an
 * item left for later. */
#define COST_VALUE       96
#define COST_STRING      24
#define COST_OBJECT      320
#define COST_MEMBER      64
#define COST_ARRAY       96
#define COST_ELEMENT     8
#define COST_PLACEHOLDER 160
#define COST_TOKEN       (sizeof (guint32))
#define COST_NUMBER      (sizeof (double))

typedef enum
{
  EXPECT_VALUE,
  EXPECT_VALUE_OR_END,
  EXPECT_KEY_OR_END,
  EXPECT_KEY,
  EXPECT_COLON,
  EXPECT_COMMA_OR_END,
  EXPECT_NOTHING,
} Expect;

/* What becomes of the values in an array or object. */
typedef enum
{
  MODE_BUILD,        /* nodes of the tree */
  MODE_CHECK,        /* nothing: _lc_json_check() */
  MODE_PACK,         /* tokens of packed coordinates (counted only, when checking) */
  MODE_PACK_OBJECT,  /* nothing: an object inside coordinates */
} Mode;

/* Where the story's collections are, for the first pass. */
typedef enum
{
  ROLE_NONE,
  ROLE_ROOT,        /* the top-level object */
  ROLE_FEATURES,    /* its "features" object */
  ROLE_COLLECTION,  /* an array whose objects are read later */
} Role;

typedef struct
{
  char        kind;          /* '{' or '[' */
  Mode        mode;
  Role        role;
  gboolean    numbers_only;  /* MODE_PACK: no element but numbers yet */
  guint       count;         /* MODE_PACK: elements so far */
  guint       token;         /* MODE_PACK: the array's own token */
  const char *start;
  JsonNode   *node;          /* MODE_BUILD: the array or object (borrowed: in the tree) */
  GHashTable *keys;          /* other objects: the member names seen */
} Level;

/* Where an item left for later is in the text. */
typedef struct
{
  gsize start;
  gsize end;
} ItemRange;

typedef struct
{
  const char         *data;
  const char         *end;
  const char         *pos;
  const char         *stop;       /* where to stop checking, if before the end */
  const LcJsonLimits *limits;
  LcJsonDocument     *document;   /* when building */
  gboolean            build;
  gboolean            defer_items;
  JsonNode          **root;       /* where the top-level value goes */
  guint              *n_positions;
  GArray             *stack;
  GString            *text;       /* the string read last, decoded */
  GString            *key;        /* the member name read last */
  const char         *key_pos;
  LcJsonCoords       *coords;     /* being packed, or NULL */
  gsize               memory;
  gboolean            shared;        /* @stack, @text and @key are the document's */
  gboolean            items_broken;  /* an item left for later does not end */
  LcJsonScanProblem   problem;
  char               *message;
  const char         *error_pos;
} Scanner;

static void
clear_level (gpointer data)
{
  Level *level = data;

  g_clear_pointer (&level->keys, g_hash_table_unref);
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Scanner    *scanner,
      const char *at,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  scanner->message = g_strdup_vprintf (format, args);
  va_end (args);
  scanner->error_pos = at;
  scanner->problem = LC_JSON_SCAN_SYNTAX;

  return FALSE;
}

static gboolean
fail_twice (Scanner *scanner)
{
  g_autofree char *shown = _lc_json_shorten (scanner->key->str);

  return fail (scanner, scanner->key_pos, _("member “%s” appears twice in this object"), shown);
}

static gboolean
spend (Scanner    *scanner,
       gsize       bytes,
       const char *at)
{
  g_autofree char *size = NULL;

  scanner->memory += bytes;
  if (scanner->memory <= scanner->limits->max_memory)
    return TRUE;

  size = g_format_size_full (scanner->limits->max_memory, G_FORMAT_SIZE_IEC_UNITS);
  fail (scanner, at, _("the file holds more than a story can: reading it would take over %s "
                       "of memory"), size);
  scanner->problem = LC_JSON_SCAN_LIMIT;
  return FALSE;
}

static Level *
top (Scanner *scanner)
{
  if (scanner->stack->len == 0)
    return NULL;
  return &g_array_index (scanner->stack, Level, scanner->stack->len - 1);
}

static void
skip_whitespace (Scanner *scanner)
{
  while (scanner->pos < scanner->end &&
         (*scanner->pos == ' ' || *scanner->pos == '\t' ||
          *scanner->pos == '\n' || *scanner->pos == '\r'))
    scanner->pos++;
}

/* Strings */

static gboolean
read_hex4 (Scanner  *scanner,
           guint    *value)
{
  *value = 0;
  for (guint i = 1; i <= 4; i++)
    {
      if (scanner->pos + i >= scanner->end || !g_ascii_isxdigit (scanner->pos[i]))
        return FALSE;
      *value = *value * 16 + g_ascii_xdigit_value (scanner->pos[i]);
    }

  return TRUE;
}

/* Reads a \uXXXX escape, or a surrogate pair of them, at scanner->pos
 * (on the 'u'), into @decoded. */
static gboolean
scan_unicode_escape (Scanner    *scanner,
                     const char *escape,
                     GString    *decoded)
{
  guint unit, low;

  if (!read_hex4 (scanner, &unit))
    return fail (scanner, escape, _("\\u must be followed by four hex digits"));
  scanner->pos += 4;

  if (unit == 0)
    return fail (scanner, escape, _("\\u0000 (a NUL character) is not allowed in text"));
  if (unit >= 0xdc00 && unit <= 0xdfff)
    return fail (scanner, escape, _("\\u%04x is half of a surrogate pair"), unit);
  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      if (scanner->end - scanner->pos < 7 || scanner->pos[1] != '\\' || scanner->pos[2] != 'u')
        return fail (scanner, escape, _("\\u%04x is half of a surrogate pair"), unit);
      scanner->pos += 2;
      if (!read_hex4 (scanner, &low) || low < 0xdc00 || low > 0xdfff)
        return fail (scanner, escape, _("\\u%04x is half of a surrogate pair"), unit);
      scanner->pos += 4;
      unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
    }

  g_string_append_unichar (decoded, unit);
  return TRUE;
}

static char
unescape (char c)
{
  switch (c)
    {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return c;
    }
}

static gboolean
scan_escape (Scanner *scanner,
             GString *decoded)
{
  const char *escape = scanner->pos;

  scanner->pos++;
  if (scanner->pos >= scanner->end)
    return TRUE; /* reported as an unclosed string */
  if (*scanner->pos == 'u')
    {
      if (!scan_unicode_escape (scanner, escape, decoded))
        return FALSE;
    }
  else if (strchr ("\"\\/bfnrt", *scanner->pos) == NULL)
    return fail (scanner, escape, _("unknown escape sequence “\\%c”"), *scanner->pos);
  else
    g_string_append_c (decoded, unescape (*scanner->pos));
  scanner->pos++;

  return TRUE;
}

/* The bytes that end a run of plain characters in a string: the quote,
 * the backslash and the control characters. */
static const guint8 run_enders[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1,
};

static inline gboolean
ends_run (guchar c)
{
  return run_enders[c];
}

static gsize
count_chars (const char *text,
             gsize       length)
{
  gsize n = 0;

  for (gsize i = 0; i < length; i++)
    n += ((guchar) text[i] & 0xc0) != 0x80;

  return n;
}

/* Scans the string at scanner->pos into @decoded (emptied first), as
 * json-glib would decode it, so that "\u0066ormat" and "format" are one
 * name. The text is valid UTF-8 already. Characters are counted only once
 * the bytes pass the limit: until then there cannot be more. */
static gboolean
scan_string (Scanner *scanner,
             GString *decoded)
{
  const char *start = scanner->pos;
  guint max_text = scanner->limits->max_text;
  gboolean counting = FALSE;
  gsize n_chars = 0;

  g_string_truncate (decoded, 0);
  scanner->pos++; /* the opening quote */
  while (scanner->pos < scanner->end)
    {
      const char *run = scanner->pos;
      const char *limit = run + MIN ((gsize) (scanner->end - run), STRING_CHUNK);
      guchar c;

      while (scanner->pos < limit && !ends_run (*scanner->pos))
        scanner->pos++;
      g_string_append_len (decoded, run, scanner->pos - run);
      if (counting)
        n_chars += count_chars (run, scanner->pos - run);
      else if (decoded->len > max_text)
        {
          counting = TRUE;
          n_chars = count_chars (decoded->str, decoded->len);
        }
      if (n_chars > max_text)
        {
          fail (scanner, start, _("text is longer than %u characters"), max_text);
          scanner->problem = LC_JSON_SCAN_LIMIT;
          return FALSE;
        }
      if (scanner->pos >= scanner->end)
        break;

      c = *scanner->pos;
      if (!ends_run (c))
        continue;
      if (c == '"')
        {
          scanner->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return fail (scanner, scanner->pos,
                     _("control character in a string; write line breaks as \\n"));
      if (!scan_escape (scanner, decoded))
        return FALSE;
      n_chars += counting;
    }

  return fail (scanner, start, _("string is not closed before the end of the file"));
}

/* Numbers */

static gboolean scan_word (Scanner *scanner);

static gboolean
scan_digits (Scanner *scanner)
{
  const char *start = scanner->pos;

  while (scanner->pos < scanner->end && g_ascii_isdigit (*scanner->pos))
    scanner->pos++;

  return scanner->pos > start;
}

/* The syntax of a number; whether it is an integer. */
static gboolean
scan_number_syntax (Scanner  *scanner,
                    gboolean *integer)
{
  const char *start = scanner->pos;

  *integer = TRUE;
  if (*scanner->pos == '-')
    scanner->pos++;
  if (scanner->pos < scanner->end && g_ascii_isalpha (*scanner->pos))
    {
      /* "-Infinity" and "-NaN" get the same answer as their positive forms. */
      if (scan_word (scanner))
        return fail (scanner, start, _("malformed number"));
      scanner->error_pos = start;
      return FALSE;
    }
  if (scanner->pos < scanner->end && *scanner->pos == '0')
    scanner->pos++;
  else if (!scan_digits (scanner))
    return fail (scanner, start, _("malformed number"));
  if (scanner->pos < scanner->end && *scanner->pos == '.')
    {
      *integer = FALSE;
      scanner->pos++;
      if (!scan_digits (scanner))
        return fail (scanner, start, _("malformed number: digits must follow the decimal point"));
    }
  if (scanner->pos < scanner->end && (*scanner->pos == 'e' || *scanner->pos == 'E'))
    {
      *integer = FALSE;
      scanner->pos++;
      if (scanner->pos < scanner->end && (*scanner->pos == '+' || *scanner->pos == '-'))
        scanner->pos++;
      if (!scan_digits (scanner))
        return fail (scanner, start, _("malformed number: digits must follow the exponent"));
    }
  if (scanner->pos < scanner->end && g_ascii_isalnum (*scanner->pos))
    return fail (scanner, start, _("malformed number"));

  return TRUE;
}

/* An integer's exact value: beyond 2^53 a double would round it. */
static gboolean
integer_value (Scanner    *scanner,
               const char *start,
               const char *text,
               gint64     *value)
{
  gboolean negative = text[0] == '-';
  const char *digits = text + negative;

  if (strlen (digits) <= MAX_FAST_DIGITS)
    {
      *value = 0;
      for (const char *p = digits; *p != '\0'; p++)
        *value = *value * 10 + (*p - '0');
      if (negative)
        *value = -*value;
      return TRUE;
    }

  errno = 0;
  *value = g_ascii_strtoll (text, NULL, 10);
  if (errno == ERANGE || *value > MAX_EXACT_INTEGER || *value < -MAX_EXACT_INTEGER)
    return fail (scanner, start, _("integer %s is too large to be exact"), text);

  return TRUE;
}

static gboolean
scan_number (Scanner  *scanner,
             double   *value,
             gint64   *int_value,
             gboolean *integer)
{
  const char *start = scanner->pos;
  char buffer[MAX_NUMBER_TEXT];
  g_autofree char *long_text = NULL;
  const char *text;
  gsize length;

  if (!scan_number_syntax (scanner, integer))
    return FALSE;

  /* The data need not end in a NUL: copy the number out. */
  length = scanner->pos - start;
  if (length < sizeof buffer)
    {
      memcpy (buffer, start, length);
      buffer[length] = '\0';
      text = buffer;
    }
  else
    text = long_text = g_strndup (start, length);

  if (*integer)
    {
      if (!integer_value (scanner, start, text, int_value))
        return FALSE;
      *value = *int_value;
      return TRUE;
    }

  *value = g_ascii_strtod (text, NULL);
  if (!isfinite (*value))
    return fail (scanner, start, _("number %s is too large"), text);

  return TRUE;
}

static gboolean
scan_word (Scanner *scanner)
{
  const char *start = scanner->pos;
  g_autofree char *word = NULL;
  g_autofree char *shown = NULL;

  while (scanner->pos < scanner->end && g_ascii_isalnum (*scanner->pos))
    scanner->pos++;
  word = g_strndup (start, MIN (scanner->pos - start, MAX_QUOTED + 1));

  if (g_str_equal (word, "true") || g_str_equal (word, "false") || g_str_equal (word, "null"))
    return TRUE;
  if (g_str_equal (word, "NaN") || g_str_equal (word, "Infinity"))
    return fail (scanner, start, _("%s is not a JSON number; use a finite number"), word);

  shown = _lc_json_shorten (word);
  return fail (scanner, start, _("unexpected word “%s”; text must be in double quotes"), shown);
}

/* A scalar that is checked, not kept. */
static gboolean
check_scalar (Scanner *scanner,
              char     c)
{
  if (c == '"')
    return scan_string (scanner, scanner->text);
  if (c == '-' || g_ascii_isdigit (c))
    {
      gboolean integer;
      gint64 int_value;
      double value;

      return scan_number (scanner, &value, &int_value, &integer);
    }
  return scan_word (scanner);
}

/* Building: nodes into the tree */

static gboolean
attach (Scanner    *scanner,
        JsonNode   *node,
        gsize       cost,
        const char *at)
{
  Level *level = top (scanner);
  JsonObject *object;
  guint size;

  if (level == NULL)
    {
      g_assert (*scanner->root == NULL);
      *scanner->root = node;
      return spend (scanner, cost, at);
    }
  if (level->kind == '[')
    {
      json_array_add_element (json_node_get_array (level->node), node);
      return spend (scanner, cost + COST_ELEMENT, at);
    }

  /* A name given twice replaces the first value: one hash lookup, not two. */
  object = json_node_get_object (level->node);
  size = json_object_get_size (object);
  json_object_set_member (object, scanner->key->str, node);
  if (json_object_get_size (object) == size)
    return fail_twice (scanner);

  return spend (scanner, cost + COST_MEMBER + scanner->key->len, at);
}

static gboolean
build_scalar (Scanner *scanner,
              char     c)
{
  const char *start = scanner->pos;
  JsonNode *node;

  if (c == '"')
    {
      if (!scan_string (scanner, scanner->text))
        return FALSE;
      node = json_node_init_string (json_node_alloc (), scanner->text->str);
      return attach (scanner, node, COST_VALUE + COST_STRING + scanner->text->len, start);
    }
  if (c == '-' || g_ascii_isdigit (c))
    {
      gboolean integer;
      gint64 int_value;
      double value;

      if (!scan_number (scanner, &value, &int_value, &integer))
        return FALSE;
      node = integer ? json_node_init_int (json_node_alloc (), int_value)
                     : json_node_init_double (json_node_alloc (), value);
      return attach (scanner, node, COST_VALUE, start);
    }
  if (!scan_word (scanner))
    return FALSE;
  if (*start == 'n')
    node = json_node_init_null (json_node_alloc ());
  else
    node = json_node_init_boolean (json_node_alloc (), *start == 't');

  return attach (scanner, node, COST_VALUE, start);
}

static JsonNode *
new_container (char kind)
{
  JsonNode *node = json_node_alloc ();

  if (kind == '{')
    {
      g_autoptr(JsonObject) object = json_object_new ();

      return json_node_init_object (node, object);
    }
  else
    {
      g_autoptr(JsonArray) array = json_array_new ();

      return json_node_init_array (node, array);
    }
}

/* Items for later: only where each ends */

/* Moves past the string at scanner->pos without reading it. */
static gboolean
skip_string (Scanner *scanner)
{
  const char *p = scanner->pos + 1;

  for (;;)
    {
      const char *quote = memchr (p, '"', scanner->end - p);
      const char *q;

      if (quote == NULL)
        return FALSE;
      /* Escaped if an odd number of backslashes comes before it. */
      for (q = quote; q > p && q[-1] == '\\'; q--)
        ;
      p = quote + 1;
      if ((quote - q) % 2 == 0)
        break;
    }

  scanner->pos = p;
  return TRUE;
}

/* Finds the end of the object at scanner->pos, minding strings but
 * checking nothing; %FALSE if it does not end. */
static gboolean
skip_object (Scanner *scanner)
{
  gsize depth = 0;

  while (scanner->pos < scanner->end)
    {
      char c = *scanner->pos;

      if (c == '"')
        {
          if (!skip_string (scanner))
            return FALSE;
          continue;
        }
      scanner->pos++;
      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
defer_item (Scanner *scanner)
{
  const char *start = scanner->pos;
  ItemRange range = { start - scanner->data, 0 };
  LcJsonDocument *document = scanner->document;
  JsonNode *placeholder;

  if (!skip_object (scanner))
    {
      /* _lc_json_parse() finds what is wrong, with _lc_json_check(). */
      scanner->items_broken = TRUE;
      return FALSE;
    }

  range.end = scanner->pos - scanner->data;
  g_array_append_val (document->item_ranges, range);
  placeholder = json_node_init_null (json_node_alloc ());
  g_hash_table_insert (document->items, placeholder,
                       GUINT_TO_POINTER (document->item_ranges->len - 1));

  return attach (scanner, placeholder, COST_PLACEHOLDER, start);
}

/* Packing: "coordinates" into tokens */

static void
append_token (Scanner         *scanner,
              LcJsonCoordKind  kind,
              guint            count)
{
  guint32 token = ((guint32) kind << 28) | MIN (count, 0x0fffffffu);

  if (scanner->coords != NULL)
    g_array_append_val (scanner->coords->tokens, token);
}

static gboolean
pack_scalar (Scanner *scanner,
             char     c)
{
  const char *start = scanner->pos;
  Level *level = top (scanner);
  LcJsonCoordKind kind;

  level->count++;
  if (c == '-' || g_ascii_isdigit (c))
    {
      gboolean integer;
      gint64 int_value;
      double value;

      if (!scan_number (scanner, &value, &int_value, &integer))
        return FALSE;
      append_token (scanner, integer ? LC_JSON_COORD_INTEGER : LC_JSON_COORD_DOUBLE, 0);
      if (scanner->coords != NULL)
        g_array_append_val (scanner->coords->numbers, value);
      return spend (scanner, COST_TOKEN + COST_NUMBER, start);
    }

  level->numbers_only = FALSE;
  if (c == '"')
    {
      if (!scan_string (scanner, scanner->text))
        return FALSE;
      kind = LC_JSON_COORD_STRING;
    }
  else if (!scan_word (scanner))
    return FALSE;
  else
    kind = *start == 'n' ? LC_JSON_COORD_NULL : LC_JSON_COORD_BOOLEAN;
  append_token (scanner, kind, 0);

  return spend (scanner, COST_TOKEN, start);
}

/* A "coordinates" member whose value is an array: an empty array in the
 * tree, the value packed beside it. */
static gboolean
begin_coords (Scanner *scanner)
{
  g_autoptr(JsonArray) empty = json_array_new ();
  JsonNode *placeholder = json_node_init_array (json_node_alloc (), empty);
  LcJsonCoords *coords = g_new0 (LcJsonCoords, 1);

  coords->tokens = g_array_new (FALSE, FALSE, sizeof (guint32));
  coords->numbers = g_array_new (FALSE, FALSE, sizeof (double));
  g_hash_table_insert (scanner->document->coords, placeholder, coords);
  scanner->coords = coords;

  return attach (scanner, placeholder, COST_ARRAY, scanner->pos);
}

/* Containers */

static gboolean
is_collection (const char *name)
{
  static const char * const collections[] = { "sources", "actors", "events", "statements", NULL };

  return g_strv_contains (collections, name);
}

/* The role of a container in the first pass: where the collections are. */
static Role
role_of (Scanner *scanner,
         Level   *parent,
         char     kind)
{
  if (!scanner->defer_items)
    return ROLE_NONE;
  if (parent == NULL)
    return kind == '{' ? ROLE_ROOT : ROLE_NONE;
  if (parent->kind != '{')
    return ROLE_NONE;
  if (parent->role == ROLE_ROOT && kind == '[' && is_collection (scanner->key->str))
    return ROLE_COLLECTION;
  if (parent->role == ROLE_ROOT && kind == '{' && g_str_equal (scanner->key->str, "features"))
    return ROLE_FEATURES;
  if (parent->role == ROLE_FEATURES && kind == '[' && g_str_equal (scanner->key->str, "features"))
    return ROLE_COLLECTION;
  return ROLE_NONE;
}

/* What becomes of a new container's values, and what it becomes itself. */
static gboolean
begin_container (Scanner *scanner,
                 Level   *parent,
                 Level   *level)
{
  char kind = level->kind;

  if (parent != NULL && parent->mode == MODE_PACK)
    {
      /* Inside coordinates: arrays are packed, objects only checked. */
      level->mode = kind == '[' ? MODE_PACK : MODE_PACK_OBJECT;
      parent->count++;
      parent->numbers_only = FALSE;
      if (level->mode == MODE_PACK_OBJECT)
        append_token (scanner, LC_JSON_COORD_OBJECT, 0);
      return TRUE;
    }
  if (parent != NULL && parent->mode == MODE_PACK_OBJECT)
    {
      level->mode = MODE_PACK_OBJECT;
      return TRUE;
    }
  if (parent != NULL && parent->kind == '{' && kind == '[' &&
      g_str_equal (scanner->key->str, COORDS_MEMBER))
    {
      level->mode = MODE_PACK;
      return !scanner->build || begin_coords (scanner);
    }
  if (!scanner->build)
    {
      level->mode = MODE_CHECK;
      return TRUE;
    }

  level->mode = MODE_BUILD;
  level->role = role_of (scanner, parent, kind);
  level->node = new_container (kind);
  return attach (scanner, level->node, kind == '{' ? COST_OBJECT : COST_ARRAY, scanner->pos);
}

static gboolean
push (Scanner *scanner,
      char     kind)
{
  Level level = { kind, MODE_BUILD, ROLE_NONE, TRUE, 0, 0, scanner->pos, NULL, NULL };

  if (scanner->stack->len >= scanner->limits->max_depth)
    return fail (scanner, scanner->pos,
                 _("nested more than %u levels deep"), scanner->limits->max_depth);
  if (!begin_container (scanner, top (scanner), &level))
    return FALSE;

  if (level.mode == MODE_PACK)
    {
      level.token = scanner->coords != NULL ? scanner->coords->tokens->len : 0;
      append_token (scanner, LC_JSON_COORD_ARRAY, 0);
      if (!spend (scanner, COST_TOKEN, scanner->pos))
        return FALSE;
    }
  g_array_append_val (scanner->stack, level);
  scanner->pos++;

  return TRUE;
}

static Expect
after_value (Scanner *scanner)
{
  return scanner->stack->len == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_END;
}

static gboolean
end_packed_array (Scanner *scanner,
                  Level   *level)
{
  if (scanner->coords != NULL)
    g_array_index (scanner->coords->tokens, guint32, level->token) |= MIN (level->count, 0x0fffffffu);
  if (!level->numbers_only || level->count == 0)
    return TRUE;

  /* An array of numbers is a position, or will be reported as a bad one. */
  if (++*scanner->n_positions <= scanner->limits->max_positions)
    return TRUE;

  fail (scanner, level->start, _("the story has more than %u positions"),
        scanner->limits->max_positions);
  scanner->problem = LC_JSON_SCAN_LIMIT;
  return FALSE;
}

static gboolean
pop (Scanner *scanner,
     Expect  *expect)
{
  Level *level = top (scanner);
  Level *parent;

  if (level->mode == MODE_PACK && !end_packed_array (scanner, level))
    return FALSE;

  g_array_set_size (scanner->stack, scanner->stack->len - 1);
  parent = top (scanner);
  if (parent == NULL || (parent->mode != MODE_PACK && parent->mode != MODE_PACK_OBJECT))
    scanner->coords = NULL;
  scanner->pos++;
  *expect = after_value (scanner);

  return TRUE;
}

/* The state machine */

static gboolean
scan_key (Scanner *scanner)
{
  Level *level = top (scanner);
  const char *start = scanner->pos;

  scanner->key_pos = start;
  if (!scan_string (scanner, scanner->key))
    return FALSE;
  if (level->mode == MODE_BUILD)
    return TRUE; /* attach() finds a name given twice */

  if (level->keys == NULL)
    level->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_add (level->keys, g_strdup (scanner->key->str)))
    return fail_twice (scanner);

  return TRUE;
}

static gboolean
scan_value (Scanner *scanner,
            Expect  *expect)
{
  Level *level = top (scanner);
  char c = *scanner->pos;

  if (c == '{' && level != NULL && level->role == ROLE_COLLECTION)
    {
      *expect = EXPECT_COMMA_OR_END;
      return defer_item (scanner);
    }
  if (c == '{')
    {
      *expect = EXPECT_KEY_OR_END;
      return push (scanner, '{');
    }
  if (c == '[')
    {
      *expect = EXPECT_VALUE_OR_END;
      return push (scanner, '[');
    }

  *expect = after_value (scanner);
  if (c != '"' && c != '-' && !g_ascii_isalnum (c))
    return fail (scanner, scanner->pos, _("expected a value"));
  if (level == NULL)
    return scanner->build ? build_scalar (scanner, c) : check_scalar (scanner, c);

  switch (level->mode)
    {
    case MODE_BUILD:
      return build_scalar (scanner, c);
    case MODE_PACK:
      return pack_scalar (scanner, c);
    case MODE_CHECK:
    case MODE_PACK_OBJECT:
    default:
      return check_scalar (scanner, c);
    }
}

static gboolean
scan_comma_or_end (Scanner *scanner,
                   Expect  *expect)
{
  char kind = top (scanner)->kind;
  char c = *scanner->pos;

  if (c == ',')
    {
      scanner->pos++;
      *expect = kind == '{' ? EXPECT_KEY : EXPECT_VALUE;
      return TRUE;
    }
  if ((c == '}' && kind == '{') || (c == ']' && kind == '['))
    return pop (scanner, expect);

  return fail (scanner, scanner->pos, kind == '{' ? _("expected “,” or “}”") : _("expected “,” or “]”"));
}

static gboolean
scan_step (Scanner *scanner,
           Expect  *expect)
{
  char c = *scanner->pos;

  switch (*expect)
    {
    case EXPECT_VALUE_OR_END:
      if (c == ']')
        return pop (scanner, expect);
      return scan_value (scanner, expect);

    case EXPECT_VALUE:
      if (c == ']' || c == '}')
        return fail (scanner, scanner->pos, _("expected a value; is there a comma too many?"));
      return scan_value (scanner, expect);

    case EXPECT_KEY_OR_END:
    case EXPECT_KEY:
      if (c == '}' && *expect == EXPECT_KEY_OR_END)
        return pop (scanner, expect);
      if (c == '}')
        return fail (scanner, scanner->pos, _("comma before “}”; remove it"));
      if (c != '"')
        return fail (scanner, scanner->pos, _("expected a member name in double quotes"));
      *expect = EXPECT_COLON;
      return scan_key (scanner);

    case EXPECT_COLON:
      if (c != ':')
        return fail (scanner, scanner->pos, _("expected “:” after the member name"));
      scanner->pos++;
      *expect = EXPECT_VALUE;
      return TRUE;

    case EXPECT_COMMA_OR_END:
      return scan_comma_or_end (scanner, expect);

    case EXPECT_NOTHING:
      return fail (scanner, scanner->pos, _("unexpected text after the end of the document"));

    default:
      g_assert_not_reached ();
    }
}

static void
position_of (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          line_start = p + 1;
        }
    }
  /* The text before @at is valid UTF-8 here, so count characters. */
  *column = g_utf8_strlen (line_start, at - line_start) + 1;
}

static gboolean
check_encoding (Scanner *scanner)
{
  const char *nul = memchr (scanner->data, '\0', scanner->end - scanner->data);
  const char *valid_end;

  if (scanner->end - scanner->data >= 3 && memcmp (scanner->data, "\xef\xbb\xbf", 3) == 0)
    return fail (scanner, scanner->data,
                 _("the file starts with a byte-order mark; save it as UTF-8 without one"));
  if (!g_utf8_validate (scanner->data, nul != NULL ? nul - scanner->data : scanner->end - scanner->data,
                        &valid_end))
    return fail (scanner, valid_end, _("the file is not valid UTF-8 here"));
  if (nul != NULL)
    return fail (scanner, nul, _("the file contains a NUL byte; is it a text file?"));

  return TRUE;
}

/* Runs the state machine from scanner->pos to scanner->end, which must
 * hold exactly one value. */
static gboolean
scan_value_to_end (Scanner *scanner)
{
  Expect expect = EXPECT_VALUE;

  for (;;)
    {
      skip_whitespace (scanner);
      if (scanner->stop != NULL && scanner->pos >= scanner->stop)
        return TRUE;
      if (scanner->pos >= scanner->end)
        break;
      if (!scan_step (scanner, &expect))
        return FALSE;
    }

  if (expect == EXPECT_NOTHING)
    return TRUE;

  return fail (scanner, scanner->end,
               (scanner->stack->len == 0 && expect == EXPECT_VALUE)
               ? _("the file is empty") : _("the file ends before the document is complete"));
}

/* The buffers the readings of a document's items share: one allocation
 * of each, not one an item. */
typedef struct
{
  GArray  *stack;
  GString *text;
  GString *key;
} Scratch;

static void
scratch_free (Scratch *scratch)
{
  g_array_unref (scratch->stack);
  g_string_free (scratch->text, TRUE);
  g_string_free (scratch->key, TRUE);
  g_free (scratch);
}

/* With @scratch, the scanner uses its buffers, and leaves them there. */
static void
scanner_init (Scanner            *scanner,
              const char         *data,
              gsize               length,
              const LcJsonLimits *limits,
              guint              *n_positions,
              Scratch            *scratch)
{
  *scanner = (Scanner) { 0 };
  scanner->data = scanner->pos = data;
  scanner->end = data + length;
  scanner->limits = limits;
  scanner->n_positions = n_positions;
  if (scratch != NULL)
    {
      scanner->stack = scratch->stack;
      scanner->text = scratch->text;
      scanner->key = scratch->key;
      scanner->shared = TRUE;
      return;
    }
  scanner->stack = g_array_new (FALSE, FALSE, sizeof (Level));
  g_array_set_clear_func (scanner->stack, clear_level);
  scanner->text = g_string_new (NULL);
  scanner->key = g_string_new (NULL);
}

/* Frees the scanner; fills @error if it failed. */
static gboolean
scanner_finish (Scanner         *scanner,
                gboolean         ok,
                LcJsonScanError *error)
{
  if (scanner->shared)
    g_array_set_size (scanner->stack, 0);
  else
    {
      g_array_unref (scanner->stack);
      g_string_free (scanner->text, TRUE);
      g_string_free (scanner->key, TRUE);
    }
  if (ok)
    return TRUE;

  /* Invalid UTF-8 is reported where it begins, so columns can be counted. */
  error->problem = scanner->problem;
  position_of (scanner->data, scanner->error_pos, &error->line, &error->column);
  error->message = scanner->message;
  return FALSE;
}

/**
 * _lc_json_check:
 * @data: the file's bytes; need not end in a NUL
 * @limits: what the document may hold
 * @error: (out caller-allocates): the first problem; clear it with
 *   _lc_json_scan_error_clear()
 *
 * Checks that @data is one well-formed JSON document in UTF-8 within
 * @limits, which json-glib would read exactly the same, and builds
 * nothing.
 *
 * Returns: %TRUE if it is
 */
gboolean
_lc_json_check (const char          *data,
                gsize                length,
                const LcJsonLimits  *limits,
                LcJsonScanError     *error)
{
  Scanner scanner;
  guint n_positions = 0;
  gboolean ok;

  g_return_val_if_fail (data != NULL, FALSE);

  scanner_init (&scanner, data, length, limits, &n_positions, NULL);
  ok = check_encoding (&scanner) && scan_value_to_end (&scanner);

  return scanner_finish (&scanner, ok, error);
}

/**
 * _lc_json_document_check_before:
 * @placeholder: the node of an item that _lc_json_parse_item() found a
 *   problem in
 * @error: (out caller-allocates): the first problem before it, if any
 *
 * Checks, as _lc_json_check() does, the text before the item: the items
 * are read in the story's order, not the file's, so an earlier one may
 * hold the first problem of the file.
 *
 * Returns: %TRUE if nothing before the item is wrong
 */
gboolean
_lc_json_document_check_before (LcJsonDocument  *document,
                                JsonNode        *placeholder,
                                LcJsonScanError *error)
{
  gpointer index;
  Scanner scanner;
  guint n_positions = 0;
  gboolean ok;

  if (!g_hash_table_lookup_extended (document->items, placeholder, NULL, &index))
    g_return_val_if_reached (TRUE);

  /* The encoding was checked for the whole file already. */
  scanner_init (&scanner, document->data, document->length, document->limits, &n_positions,
                NULL);
  scanner.stop = document->data + g_array_index (document->item_ranges, ItemRange,
                                                 GPOINTER_TO_UINT (index)).start;
  ok = scan_value_to_end (&scanner);

  return scanner_finish (&scanner, ok, error);
}

/**
 * _lc_json_parse:
 * @document: (out caller-allocates): the tree, the items left for later
 *   and the packed coordinates; clear it with _lc_json_document_clear()
 * @data: the file's bytes, which must last as long as @document; need
 *   not end in a NUL
 * @limits: what the document may hold
 * @error: (out caller-allocates): the first problem; clear it with
 *   _lc_json_scan_error_clear()
 *
 * Reads @data as _lc_json_check() does and builds it, but for the objects
 * of the story's collections, which _lc_json_parse_item() checks and builds.
 *
 * Returns: %TRUE if it is JSON so far; @document is empty otherwise
 */
gboolean
_lc_json_parse (LcJsonDocument      *document,
                const char          *data,
                gsize                length,
                const LcJsonLimits  *limits,
                LcJsonScanError     *error)
{
  Scanner scanner;
  gboolean ok, broken;

  g_return_val_if_fail (data != NULL, FALSE);

  *document = (LcJsonDocument) {
    data, length, limits, NULL,
    g_hash_table_new (NULL, NULL),
    g_array_new (FALSE, FALSE, sizeof (ItemRange)),
    g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) _lc_json_coords_free),
    0
  };

  scanner_init (&scanner, data, length, limits, &document->n_positions, NULL);
  scanner.document = document;
  scanner.build = TRUE;
  scanner.defer_items = TRUE;
  scanner.root = &document->root;
  ok = check_encoding (&scanner) && scan_value_to_end (&scanner);
  broken = !ok && scanner.items_broken;
  ok = scanner_finish (&scanner, ok || broken, error) && !broken;

  /* Where an item left for later does not end, the whole text says why;
   * it cannot be JSON, so this finds a problem. */
  if (broken && _lc_json_check (data, length, limits, error))
    {
      error->problem = LC_JSON_SCAN_SYNTAX;
      position_of (data, data + length, &error->line, &error->column);
      error->message = g_strdup (_("the file ends before the document is complete"));
    }

  if (!ok)
    _lc_json_document_clear (document);
  return ok;
}

/**
 * _lc_json_parse_item:
 * @placeholder: a node of @document's tree that stands for an item read later
 * @error: (out caller-allocates): the first problem in the item
 *
 * Checks and builds an object that _lc_json_parse() left for later. Its
 * packed coordinates go to @document, its positions count with the
 * document's, and its memory is limited on its own.
 *
 * Returns: (transfer full) (nullable): the item, an object node; %NULL
 *   when @placeholder is not an item, or with @error set when it is not
 *   well-formed
 */
JsonNode *
_lc_json_parse_item (LcJsonDocument  *document,
                     JsonNode        *placeholder,
                     LcJsonScanError *error)
{
  gpointer index;
  const ItemRange *range;
  JsonNode *item = NULL;
  Scanner scanner;
  gboolean ok;

  if (placeholder == NULL || !g_hash_table_lookup_extended (document->items, placeholder, NULL, &index))
    return NULL;

  range = &g_array_index (document->item_ranges, ItemRange, GPOINTER_TO_UINT (index));
  if (document->scratch == NULL)
    {
      Scratch *scratch = document->scratch = g_new (Scratch, 1);

      scratch->stack = g_array_new (FALSE, FALSE, sizeof (Level));
      g_array_set_clear_func (scratch->stack, clear_level);
      scratch->text = g_string_new (NULL);
      scratch->key = g_string_new (NULL);
    }
  scanner_init (&scanner, document->data, range->end, document->limits, &document->n_positions,
                document->scratch);
  scanner.pos = document->data + range->start;
  scanner.document = document;
  scanner.build = TRUE;
  scanner.root = &item;

  ok = scan_value_to_end (&scanner);
  if (scanner_finish (&scanner, ok, error))
    return item;

  g_clear_pointer (&item, json_node_unref);
  return NULL;
}

void
_lc_json_document_clear (LcJsonDocument *document)
{
  g_clear_pointer (&document->root, json_node_unref);
  g_clear_pointer (&document->items, g_hash_table_unref);
  g_clear_pointer (&document->item_ranges, g_array_unref);
  g_clear_pointer (&document->coords, g_hash_table_unref);
  g_clear_pointer (&document->scratch, scratch_free);
  document->n_positions = 0;
}

/**
 * _lc_json_document_steal_coords:
 * @node: the value of a "coordinates" member in the tree
 *
 * Returns: (transfer full) (nullable): the packed value of @node, which
 *   the document forgets; %NULL when it was not an array
 */
LcJsonCoords *
_lc_json_document_steal_coords (LcJsonDocument *document,
                                JsonNode       *node)
{
  LcJsonCoords *coords = NULL;

  if (!g_hash_table_steal_extended (document->coords, node, NULL, (gpointer *) &coords))
    return NULL;
  return coords;
}

void
_lc_json_scan_error_clear (LcJsonScanError *error)
{
  g_clear_pointer (&error->message, g_free);
}

/**
 * _lc_json_shorten:
 * @text: text from the file, to quote in a message
 *
 * Returns: (transfer full): @text, cut after 64 characters with an
 *   ellipsis, so that hostile text cannot make a message of megabytes
 */
char *
_lc_json_shorten (const char *text)
{
  const char *cut = text;

  for (guint i = 0; i < MAX_QUOTED && *cut != '\0'; i++)
    cut = g_utf8_next_char (cut);
  if (*cut == '\0')
    return g_strdup (text);

  return g_strdup_printf ("%.*s…", (int) (cut - text), text);
}

void
_lc_json_coords_free (LcJsonCoords *coords)
{
  g_array_unref (coords->tokens);
  g_array_unref (coords->numbers);
  g_free (coords);
}

/**
 * _lc_json_scan:
 * @max_depth: how deeply arrays and objects may nest
 *
 * Checks @data as _lc_json_check() does, with no other limit.
 *
 * Returns: %TRUE if it is one well-formed JSON document
 */
gboolean
_lc_json_scan (const char  *data,
               gsize        length,
               guint        max_depth,
               guint       *line,
               guint       *column,
               char       **message)
{
  LcJsonLimits limits = { max_depth, G_MAXUINT - 1, G_MAXUINT, G_MAXSIZE };
  LcJsonScanError error = { 0 };

  if (_lc_json_check (data, length, &limits, &error))
    return TRUE;

  *line = error.line;
  *column = error.column;
  *message = g_steal_pointer (&error.message);
  return FALSE;
}
