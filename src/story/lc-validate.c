/* lc-validate.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-story-loader.h"
#include "lc-validate.h"

static void
append_diagnostics (GString       *out,
                    LcStoryLoader *loader)
{
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = lc_diagnostic_to_string (diagnostic);

      g_string_append_printf (out, "%s\n", line);
    }
}

static gboolean
validate_one (const char *path,
              GString    *out)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(LcStory) story = lc_story_loader_load_file (loader, file, path, NULL, NULL);
  guint n_features, n_events, n_statements;
  g_autofree char *features = NULL, *events = NULL, *statements = NULL;

  append_diagnostics (out, loader);
  if (story == NULL)
    return FALSE;

  n_features = g_list_model_get_n_items (lc_story_get_features (story));
  n_events = g_list_model_get_n_items (lc_story_get_events (story));
  n_statements = g_list_model_get_n_items (lc_story_get_statements (story));
  features = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u feature", "%u features",
                                           n_features), n_features);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events",
                                         n_events), n_events);
  statements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements",
                                             n_statements), n_statements);
  /* Translators: the counts of a valid story, as in
   * "story.json: ok — 40 features, 7 events, 10 statements" */
  g_string_append_printf (out, _("%s: ok — %s, %s, %s\n"), path, features, events, statements);

  return TRUE;
}

/**
 * lc_validate_files:
 * @paths: (array zero-terminated=1): story files, as given on the command line
 * @out: where the report goes, one line a message
 *
 * Checks each file without opening a window: `FILE: ok — …` for a valid
 * one, its errors and warnings for any other.
 *
 * Returns: the exit status for `--validate`
 */
LcValidateStatus
lc_validate_files (const char * const *paths,
                   GString            *out)
{
  gboolean all_valid = TRUE;

  g_return_val_if_fail (out != NULL, LC_VALIDATE_USAGE);

  if (paths == NULL || paths[0] == NULL)
    {
      g_string_append (out, _("--validate needs at least one story file\n"));
      return LC_VALIDATE_USAGE;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    all_valid &= validate_one (paths[i], out);

  return all_valid ? LC_VALIDATE_OK : LC_VALIDATE_INVALID;
}
