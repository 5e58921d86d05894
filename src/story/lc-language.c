/* lc-language.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-language.h"

/**
 * lc_language_get_reader:
 *
 * The reader's language: the language of the translation the interface is
 * shown in, as a primary BCP 47 subtag ("en", "hy", "ru", "az"). A
 * catalog says which language it is by translating the message "en";
 * without a translation the interface is English.
 *
 * Returns: the language's tag
 */
const char *
lc_language_get_reader (void)
{
  /* Translators: the code of your language, as in your catalog's file name
   * ("hy", "ru", "az", "fr"). The app orders the two sides' names of a place
   * by it, as the bundled story says for your language. */
  return C_("language code of this translation", "en");
}

/**
 * lc_language_matches:
 * @tag: (nullable): a BCP 47 tag, such as "ru" or "hy-AM"
 * @language: a primary subtag, such as "ru"
 *
 * Returns: %TRUE if @tag is a form of @language, whatever its region or
 *   script, in any case
 */
gboolean
lc_language_matches (const char *tag,
                     const char *language)
{
  gsize length;

  g_return_val_if_fail (language != NULL, FALSE);

  if (tag == NULL)
    return FALSE;
  length = strcspn (tag, "-_");

  return length == strlen (language) && g_ascii_strncasecmp (tag, language, length) == 0;
}

/**
 * lc_language_dup_name:
 * @tag: a BCP 47 tag
 *
 * The name of a language in the reader's language, for the languages the
 * app knows ("Russian" for "ru"); the tag itself for others.
 *
 * Returns: (transfer full): the name
 */
char *
lc_language_dup_name (const char *tag)
{
  static const struct { const char *tag; const char *name; } names[] = {
    { "en", NC_("language", "English") },
    { "ru", NC_("language", "Russian") },
    { "hy", NC_("language", "Armenian") },
    { "az", NC_("language", "Azerbaijani") },
    { "tr", NC_("language", "Turkish") },
    { "fa", NC_("language", "Persian") },
    { "ka", NC_("language", "Georgian") },
    { "fr", NC_("language", "French") },
    { "de", NC_("language", "German") },
  };

  g_return_val_if_fail (tag != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (lc_language_matches (tag, names[i].tag))
      return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "language", names[i].name));

  return g_strdup (tag);
}
