/* lc-fuzz.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the fuzz targets share: a GLib that aborts on any warning or
 * critical (so libFuzzer sees it as a crash), and a load of the input that
 * checks what the loader promises: a story with no errors, or no story
 * and every error naming the file. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lc-fuzz.h"

/* A warning or a critical is a bug found: abort(), which libFuzzer
 * catches and saves the input for (GLib's own fatal messages trap). */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    abort ();

  return output;
}

void
lc_fuzz_init (void)
{
  /* GSlice hides use-after-free from AddressSanitizer. */
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
}

static void
check_diagnostics (LcStoryLoader *loader)
{
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  guint n_errors = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = lc_diagnostic_to_string (diagnostic);

      g_assert_cmpstr (lc_diagnostic_get_file (diagnostic), ==, LC_FUZZ_FILE_NAME);
      g_assert_true (g_str_has_prefix (line, LC_FUZZ_FILE_NAME));
      g_assert_true (g_utf8_validate (line, -1, NULL));
      g_assert_cmpuint (strlen (lc_diagnostic_get_message (diagnostic)), >, 0);
      n_errors += lc_diagnostic_get_severity (diagnostic) == LC_DIAGNOSTIC_ERROR;
    }
  g_assert_cmpuint (n_errors, ==, lc_story_loader_get_n_errors (loader));
}

static void
check_story (LcStory *story)
{
  GListModel *features = lc_story_get_features (story);
  guint32 start = lc_story_get_start (story);
  guint32 end = lc_story_get_end (story);
  double w, s, e, n;

  g_assert_true (g_date_valid_julian (start));
  g_assert_cmpuint (start, <=, lc_story_get_initial (story));
  g_assert_cmpuint (lc_story_get_initial (story), <=, end);
  lc_story_get_view (story, &w, &s, &e, &n);
  g_assert_true (w <= e && s <= n);

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);
      LcGeometry *geometry = lc_feature_get_geometry (feature);

      g_assert_nonnull (geometry);
      g_assert_cmpuint (lc_geometry_get_n_points (geometry), >, 0);
      lc_geometry_get_bounds (geometry, &w, &s, &e, &n);
      g_assert_true (w >= -180.0 && e <= 180.0 && s >= -90.0 && n <= 90.0);
    }

  g_free (lc_story_dup_day_label (story, start));
  g_free (lc_story_dup_day_label (story, end));
  lc_story_count_statements_until (story, end);
  lc_story_count_events_until (story, end);
  g_assert_nonnull (lc_story_get_visible_features (story, start));
}

/**
 * lc_fuzz_load:
 *
 * Loads @data as a story file and checks the outcome.
 *
 * Returns: (transfer full) (nullable): the story, if @data is one
 */
LcStory *
lc_fuzz_load (const uint8_t *data,
              size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = lc_story_loader_load_bytes (loader, bytes, LC_FUZZ_FILE_NAME, &error);

  check_diagnostics (loader);
  if (story == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == LC_STORY_ERROR);
      g_assert_true (g_str_has_prefix (error->message, LC_FUZZ_FILE_NAME));
      g_assert_cmpuint (lc_story_loader_get_n_errors (loader), >, 0);
      return NULL;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (lc_story_loader_get_n_errors (loader), ==, 0);
  check_story (story);

  return g_steal_pointer (&story);
}
