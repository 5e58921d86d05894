/* lc-json-scan.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A strict JSON (RFC 8259) syntax check that runs before json-glib parses
 * a story. json-glib's parser recurses once per nesting level and accepts
 * things a story must not contain (numbers that overflow to infinity or
 * wrap around, duplicate member names, text after the document), so this
 * scanner walks the text with an explicit stack instead, stops at a depth
 * cap, and names the line and column of the first problem.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lc-json-scan.h"

/* Integers beyond ±2^53 cannot be held exactly as doubles. */
#define MAX_EXACT_INTEGER G_GINT64_CONSTANT (9007199254740992)

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

typedef struct
{
  char        kind;  /* '{' or '[' */
  GHashTable *keys;  /* member names seen, for objects */
} Level;

typedef struct
{
  const char *data;
  const char *end;
  const char *pos;
  GArray     *stack;
  guint       max_depth;
  char       *message;
  const char *error_pos;
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

  return FALSE;
}

static void
skip_whitespace (Scanner *scanner)
{
  while (scanner->pos < scanner->end &&
         (*scanner->pos == ' ' || *scanner->pos == '\t' ||
          *scanner->pos == '\n' || *scanner->pos == '\r'))
    scanner->pos++;
}

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

/* Scans a string at scanner->pos; with @out, also returns it decoded, as
 * json-glib will read it, so that "\u0066ormat" and "format" are one name. */
static gboolean
scan_string (Scanner  *scanner,
             char    **out)
{
  const char *start = scanner->pos;
  g_autoptr(GString) decoded = g_string_new (NULL);

  scanner->pos++; /* the opening quote */
  while (scanner->pos < scanner->end)
    {
      guchar c = *scanner->pos;

      if (c == '"')
        {
          if (out != NULL)
            *out = g_string_free (g_steal_pointer (&decoded), FALSE);
          scanner->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return fail (scanner, scanner->pos,
                     _("control character in a string; write line breaks as \\n"));
      if (c == '\\')
        {
          const char *escape = scanner->pos;

          scanner->pos++;
          if (scanner->pos >= scanner->end)
            break;
          if (*scanner->pos == 'u')
            {
              if (!scan_unicode_escape (scanner, escape, decoded))
                return FALSE;
            }
          else if (strchr ("\"\\/bfnrt", *scanner->pos) == NULL)
            return fail (scanner, escape, _("unknown escape sequence “\\%c”"), *scanner->pos);
          else
            g_string_append_c (decoded, unescape (*scanner->pos));
        }
      else
        g_string_append_c (decoded, c);
      scanner->pos++;
    }

  return fail (scanner, start, _("string is not closed before the end of the file"));
}

static gboolean scan_word (Scanner *scanner);

static gboolean
scan_digits (Scanner *scanner)
{
  const char *start = scanner->pos;

  while (scanner->pos < scanner->end && g_ascii_isdigit (*scanner->pos))
    scanner->pos++;

  return scanner->pos > start;
}

static gboolean
scan_number (Scanner *scanner)
{
  const char *start = scanner->pos;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;
  double value;

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
      integer = FALSE;
      scanner->pos++;
      if (!scan_digits (scanner))
        return fail (scanner, start, _("malformed number: digits must follow the decimal point"));
    }
  if (scanner->pos < scanner->end && (*scanner->pos == 'e' || *scanner->pos == 'E'))
    {
      integer = FALSE;
      scanner->pos++;
      if (scanner->pos < scanner->end && (*scanner->pos == '+' || *scanner->pos == '-'))
        scanner->pos++;
      if (!scan_digits (scanner))
        return fail (scanner, start, _("malformed number: digits must follow the exponent"));
    }
  if (scanner->pos < scanner->end && g_ascii_isalnum (*scanner->pos))
    return fail (scanner, start, _("malformed number"));

  text = g_strndup (start, scanner->pos - start);
  value = g_ascii_strtod (text, NULL);
  if (!isfinite (value))
    return fail (scanner, start, _("number %s is too large"), text);
  if (integer)
    {
      gint64 exact;

      /* Decide on the exact value: 2^53 + 1 rounds to 2^53 as a double. */
      errno = 0;
      exact = g_ascii_strtoll (text, NULL, 10);
      if (errno == ERANGE || exact > MAX_EXACT_INTEGER || exact < -MAX_EXACT_INTEGER)
        return fail (scanner, start, _("integer %s is too large to be exact"), text);
    }

  return TRUE;
}

static gboolean
scan_word (Scanner *scanner)
{
  const char *start = scanner->pos;
  g_autofree char *word = NULL;

  while (scanner->pos < scanner->end && g_ascii_isalnum (*scanner->pos))
    scanner->pos++;
  word = g_strndup (start, scanner->pos - start);

  if (g_str_equal (word, "true") || g_str_equal (word, "false") || g_str_equal (word, "null"))
    return TRUE;
  if (g_str_equal (word, "NaN") || g_str_equal (word, "Infinity"))
    return fail (scanner, start, _("%s is not a JSON number; use a finite number"), word);

  return fail (scanner, start, _("unexpected word “%s”; text must be in double quotes"), word);
}

static gboolean
push (Scanner *scanner,
      char     kind)
{
  Level level = { kind, NULL };

  if (scanner->stack->len >= scanner->max_depth)
    return fail (scanner, scanner->pos,
                 _("nested more than %u levels deep"), scanner->max_depth);
  g_array_append_val (scanner->stack, level);
  scanner->pos++;

  return TRUE;
}

static Expect
after_value (Scanner *scanner)
{
  return scanner->stack->len == 0 ? EXPECT_NOTHING : EXPECT_COMMA_OR_END;
}

static Expect
pop (Scanner *scanner)
{
  g_array_set_size (scanner->stack, scanner->stack->len - 1);
  scanner->pos++;

  return after_value (scanner);
}

static gboolean
scan_key (Scanner *scanner)
{
  Level *level = &g_array_index (scanner->stack, Level, scanner->stack->len - 1);
  const char *start = scanner->pos;
  char *key = NULL;

  if (!scan_string (scanner, &key))
    return FALSE;
  if (level->keys == NULL)
    level->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_add (level->keys, key))
    return fail (scanner, start, _("member “%s” appears twice in this object"), key);

  return TRUE;
}

static gboolean
scan_value (Scanner *scanner,
            Expect  *expect)
{
  char c = *scanner->pos;

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
  if (c == '"')
    return scan_string (scanner, NULL);
  if (c == '-' || g_ascii_isdigit (c))
    return scan_number (scanner);
  if (g_ascii_isalpha (c))
    return scan_word (scanner);

  return fail (scanner, scanner->pos, _("expected a value"));
}

static gboolean
scan_comma_or_end (Scanner *scanner,
                   Expect  *expect)
{
  char top = g_array_index (scanner->stack, Level, scanner->stack->len - 1).kind;
  char c = *scanner->pos;

  if (c == ',')
    {
      scanner->pos++;
      *expect = top == '{' ? EXPECT_KEY : EXPECT_VALUE;
      return TRUE;
    }
  if ((c == '}' && top == '{') || (c == ']' && top == '['))
    {
      *expect = pop (scanner);
      return TRUE;
    }

  return fail (scanner, scanner->pos, top == '{' ? _("expected “,” or “}”") : _("expected “,” or “]”"));
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
        {
          *expect = pop (scanner);
          return TRUE;
        }
      return scan_value (scanner, expect);

    case EXPECT_VALUE:
      if (c == ']' || c == '}')
        return fail (scanner, scanner->pos, _("expected a value; is there a comma too many?"));
      return scan_value (scanner, expect);

    case EXPECT_KEY_OR_END:
    case EXPECT_KEY:
      if (c == '}' && *expect == EXPECT_KEY_OR_END)
        {
          *expect = pop (scanner);
          return TRUE;
        }
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

/**
 * _lc_json_scan:
 * @data: the file's bytes
 * @max_depth: how deeply arrays and objects may nest
 * @line: (out): the 1-based line of the first problem
 * @column: (out): its 1-based column, in characters
 * @message: (out) (transfer full): what is wrong
 *
 * Checks that @data is one well-formed JSON document in UTF-8 that
 * json-glib will read exactly, without recursing deeper than @max_depth.
 *
 * Returns: %TRUE if it is
 */
gboolean
_lc_json_scan (const char  *data,
               gsize        length,
               guint        max_depth,
               guint       *line,
               guint       *column,
               char       **message)
{
  Scanner scanner = { data, data + length, data, NULL, max_depth, NULL, NULL };
  Expect expect = EXPECT_VALUE;
  gboolean ok;

  scanner.stack = g_array_new (FALSE, FALSE, sizeof (Level));
  g_array_set_clear_func (scanner.stack, clear_level);

  ok = check_encoding (&scanner);
  for (;;)
    {
      if (!ok)
        break;
      skip_whitespace (&scanner);
      if (scanner.pos >= scanner.end)
        break;
      ok = scan_step (&scanner, &expect);
    }

  if (ok && expect != EXPECT_NOTHING)
    ok = fail (&scanner, scanner.end,
               (scanner.stack->len == 0 && expect == EXPECT_VALUE)
               ? _("the file is empty") : _("the file ends before the document is complete"));

  g_array_unref (scanner.stack);
  if (ok)
    return TRUE;

  /* Invalid UTF-8 is reported where it begins, so columns can be counted. */
  position_of (data, scanner.error_pos, line, column);
  *message = scanner.message;

  return FALSE;
}
