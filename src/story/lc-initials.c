/* lc-initials.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-initials.h"

/* Lower-case words this short are the "of", "the", "и", "və" of a name. */
#define FUNCTION_WORD_MAX_CHARS 3
#define MAX_NUMBERED            99

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) || c == '\'' || c == 0x2019;
}

static gboolean
is_function_word (const char *word)
{
  gunichar first = g_utf8_get_char (word);

  return g_utf8_strlen (word, -1) <= FUNCTION_WORD_MAX_CHARS && g_unichar_islower (first);
}

/* The words of @name that carry it: without "of", "the" and the like,
 * unless that leaves none. */
static GPtrArray *
split_words (const char *name)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  const char *p = name;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }

  for (guint i = 0; i < words->len; i++)
    if (!is_function_word (g_ptr_array_index (words, i)))
      g_ptr_array_add (kept, g_strdup (g_ptr_array_index (words, i)));

  if (kept->len == 0)
    {
      g_ptr_array_unref (kept);
      return words;
    }

  g_ptr_array_unref (words);
  return kept;
}

static void
append_upper (GString    *text,
              const char *word,
              guint       n_chars)
{
  const char *p = word;

  for (guint i = 0; i < n_chars && *p != '\0'; i++, p = g_utf8_next_char (p))
    g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (p)));
}

static char *
pair (GPtrArray *words,
      guint      first,
      guint      second)
{
  GString *text = g_string_new (NULL);

  append_upper (text, g_ptr_array_index (words, first), 1);
  append_upper (text, g_ptr_array_index (words, second), 1);

  return g_string_free (text, FALSE);
}

/* The initials @words may have, best first: the first and last words'
 * (as GNOME's avatars take them), then pairs that keep the last, most
 * particular word ("Republic of Artsakh"), then any other pair, then a
 * word's first two letters. */
static GPtrArray *
candidates (GPtrArray *words)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  guint last = words->len - 1;

  if (words->len == 1)
    {
      GString *one = g_string_new (NULL);

      append_upper (one, g_ptr_array_index (words, 0), 1);
      g_ptr_array_add (list, g_string_free (one, FALSE));
    }
  else
    {
      g_ptr_array_add (list, pair (words, 0, last));
      for (guint i = last - 1; i >= 1; i--)
        g_ptr_array_add (list, pair (words, i, last));
      for (guint i = 0; i < last; i++)
        for (guint j = i + 1; j < last; j++)
          g_ptr_array_add (list, pair (words, i, j));
    }

  for (guint i = words->len; i-- > 0;)
    {
      GString *two = g_string_new (NULL);

      append_upper (two, g_ptr_array_index (words, i), 2);
      g_ptr_array_add (list, g_string_free (two, FALSE));
    }

  return list;
}

static char *
choose (GPtrArray  *words,
        GHashTable *taken)
{
  g_autoptr(GPtrArray) list = candidates (words);
  GString *numbered;

  for (guint i = 0; i < list->len; i++)
    if (!g_hash_table_contains (taken, g_ptr_array_index (list, i)))
      return g_strdup (g_ptr_array_index (list, i));

  /* Every pair is taken: the first letter and a number. */
  numbered = g_string_new (NULL);
  for (guint n = 2; n <= MAX_NUMBERED; n++)
    {
      g_string_truncate (numbered, 0);
      append_upper (numbered, g_ptr_array_index (words, 0), 1);
      g_string_append_printf (numbered, "%u", n);
      if (!g_hash_table_contains (taken, numbered->str))
        break;
    }

  return g_string_free (numbered, FALSE);
}

/**
 * lc_initials_assign:
 * @names: (array length=n_names): the names, in the order they get their
 *   first choice
 * @n_names: how many
 *
 * Initials for avatars, one or two capital letters in the name's own
 * script, distinct within @names: "Government of Azerbaijan" is "GA",
 * so "Government of the Republic of Artsakh" beside it is "RA". Short
 * lower-case words ("of", "the", "и") are skipped. A name without a
 * letter or digit gets "?".
 *
 * Returns: (transfer full): a %NULL-terminated array of @n_names initials
 */
GStrv
lc_initials_assign (const char * const *names,
                    guint               n_names)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  GStrv initials = g_new0 (char *, n_names + 1);

  g_return_val_if_fail (names != NULL || n_names == 0, NULL);

  for (guint i = 0; i < n_names; i++)
    {
      g_autoptr(GPtrArray) words = split_words (names[i] != NULL ? names[i] : "");

      initials[i] = words->len > 0 ? choose (words, taken) : g_strdup ("?");
      g_hash_table_add (taken, initials[i]);
    }

  return initials;
}
