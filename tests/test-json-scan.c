/* test-json-scan.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lc-json-scan.h"

#define DEPTH 32

typedef struct
{
  const char *name;
  const char *text;
  gsize       length;   /* 0: strlen (text) */
  guint       line;
  guint       column;
  const char *message;  /* a part of the expected message */
} ScanCase;

static const ScanCase bad_cases[] = {
  { "missing-comma", "{\n  \"a\": 1\n  \"b\": 2\n}", 0, 3, 3, "expected “,” or “}”" },
  { "trailing-comma", "{\"a\": [1, 2, ]}", 0, 1, 14, "comma too many" },
  { "trailing-comma-object", "{\"a\": 1, }", 0, 1, 10, "comma before “}”" },
  { "nan", "{\"a\": NaN}", 0, 1, 7, "NaN is not a JSON number" },
  { "infinity", "[1, Infinity]", 0, 1, 5, "Infinity is not a JSON number" },
  { "overflow", "{\"a\": 1e999}", 0, 1, 7, "too large" },
  { "negative-overflow", "[-2e400]", 0, 1, 2, "too large" },
  { "big-integer", "[99999999999999999999]", 0, 1, 2, "too large to be exact" },
  { "duplicate-member", "{\"date\": 1,\n \"date\": 2}", 0, 2, 2, "“date” appears twice" },
  { "trailing-text", "{} {}", 0, 1, 4, "after the end" },
  { "empty", "  \n ", 0, 2, 2, "empty" },
  { "unclosed", "{\"a\": [1, 2", 0, 1, 12, "ends before" },
  { "unclosed-string", "{\"a\": \"text", 0, 1, 7, "not closed" },
  { "control-character", "[\"a\tb\"]", 0, 1, 4, "control character" },
  { "bad-escape", "[\"\\x\"]", 0, 1, 3, "unknown escape" },
  { "bom", "\xef\xbb\xbf{}", 0, 1, 1, "byte-order mark" },
  { "nul", "{\"a\":\0 1}", 9, 1, 6, "NUL byte" },
  { "invalid-utf8", "{\n\"é\": \"\xff\"}", 0, 2, 7, "not valid UTF-8" },
  { "single-quotes", "{'a': 1}", 0, 1, 2, "member name in double quotes" },
  { "bare-word", "[yes]", 0, 1, 2, "unexpected word" },
  { "leading-zero", "[01]", 0, 1, 2, "malformed number" },
  { "bad-fraction", "[1.]", 0, 1, 2, "decimal point" },
  { "negative-infinity", "[-Infinity]", 0, 1, 2, "Infinity is not a JSON number" },
  { "negative-word", "[-true]", 0, 1, 2, "malformed number" },
  { "integer-2^53+1", "[9007199254740993]", 0, 1, 2, "too large to be exact" },
  { "escaped-duplicate", "{\"format\": 1, \"\\u0066ormat\": 2}", 0, 1, 15, "“format” appears twice" },
  { "escaped-nul", "[\"bad\\u0000id\"]", 0, 1, 6, "NUL character" },
  { "lone-high-surrogate", "[\"\\ud800\"]", 0, 1, 3, "\\ud800 is half of a surrogate pair" },
  { "lone-low-surrogate", "[\"\\udc00x\"]", 0, 1, 3, "\\udc00 is half of a surrogate pair" },
};

static void
test_bad (gconstpointer data)
{
  const ScanCase *c = data;
  g_autofree char *message = NULL;
  guint line = 0, column = 0;

  g_assert_false (_lc_json_scan (c->text, c->length ? c->length : strlen (c->text), DEPTH,
                                 &line, &column, &message));
  g_test_message ("%u:%u: %s", line, column, message);
  g_assert_nonnull (strstr (message, c->message));
  g_assert_cmpuint (line, ==, c->line);
  g_assert_cmpuint (column, ==, c->column);
}

static void
test_good (void)
{
  const char *good[] = {
    "{}", "[]", "{\"a\": [1, -2.5, 3e2, 0, -0, true, false, null, \"\\u00e9\\n\"]}",
    "  {\"nested\": {\"a\": {\"b\": [[[1]]]}}}\n", "\"just a string\"", "9007199254740992",
    "{\"é\": \"Şuşa — “quoted”\"}", "[\"\\ud83d\\ude00 \\u00e9\"]", "[-9007199254740992]",
    "{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *message = NULL;
      guint line, column;

      g_test_message ("%s", good[i]);
      g_assert_true (_lc_json_scan (good[i], strlen (good[i]), DEPTH, &line, &column, &message));
      g_assert_null (message);
    }
}

static void
test_depth (void)
{
  g_autoptr(GString) ok = g_string_new (NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *message = NULL;
  guint line, column;

  for (guint i = 0; i < DEPTH; i++)
    g_string_append_c (ok, '[');
  for (guint i = 0; i < DEPTH; i++)
    g_string_append_c (ok, ']');
  g_assert_true (_lc_json_scan (ok->str, ok->len, DEPTH, &line, &column, &message));

  /* A million brackets are refused at the cap, without recursing. */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (_lc_json_scan (deep->str, deep->len, DEPTH, &line, &column, &message));
  g_assert_nonnull (strstr (message, "nested more than 32 levels"));
  g_assert_cmpuint (column, ==, DEPTH + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/story/json-scan/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/story/json-scan/good", test_good);
  g_test_add_func ("/story/json-scan/depth", test_depth);

  return g_test_run ();
}
