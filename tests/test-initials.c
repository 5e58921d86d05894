/* test-initials.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-initials.h"

static void
assert_initials (const char * const *names,
                 const char * const *expected)
{
  guint n = g_strv_length ((GStrv) names);
  g_auto(GStrv) initials = lc_initials_assign (names, n);

  for (guint i = 0; i < n; i++)
    {
      g_test_message ("%s → %s", names[i], initials[i]);
      g_assert_cmpstr (initials[i], ==, expected[i]);
    }
  g_assert_null (initials[n]);
}

/* Both governments were "GA" in the avatars. */
static void
test_governments (void)
{
  assert_initials ((const char *[]) { "Government of Azerbaijan",
                                      "Government of the Republic of Artsakh", NULL },
                   (const char *[]) { "GA", "RA", NULL });
  /* The same in the translations: other scripts, no "of". */
  assert_initials ((const char *[]) { "Правительство Азербайджана",
                                      "Правительство Республики Арцах", NULL },
                   (const char *[]) { "ПА", "РА", NULL });
  assert_initials ((const char *[]) { "Ադրբեջանի կառավարություն",
                                      "Արցախի Հանրապետության կառավարություն", NULL },
                   (const char *[]) { "ԱԿ", "ՀԿ", NULL });
}

static void
test_words (void)
{
  /* "of", "the" and the like are not initials; capitals are. */
  assert_initials ((const char *[]) { "Ministry of Foreign Affairs of Russia", "Maria Zakharova",
                                      "Azerbaijani protesters", "the", "Zakharova", "«Base Metals»",
                                      "", NULL },
                   (const char *[]) { "MR", "MZ", "AP", "T", "Z", "BM", "?", NULL });
}

/* However alike the names, every avatar differs. */
static void
test_always_distinct (void)
{
  const char *names[] = { "Ann Lee", "Ann Lee", "Ann Lee", "Ann Lee", "Ann Lee", NULL };
  g_auto(GStrv) initials = lc_initials_assign (names, G_N_ELEMENTS (names) - 1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; initials[i] != NULL; i++)
    {
      g_test_message ("%s", initials[i]);
      g_assert_false (g_hash_table_contains (seen, initials[i]));
      g_assert_cmpuint (g_utf8_strlen (initials[i], -1), <=, 2);
      g_hash_table_add (seen, initials[i]);
    }
  g_assert_cmpstr (initials[0], ==, "AL");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story/initials/governments", test_governments);
  g_test_add_func ("/story/initials/words", test_words);
  g_test_add_func ("/story/initials/always-distinct", test_always_distinct);

  return g_test_run ();
}
