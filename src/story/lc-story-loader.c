/* lc-story-loader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-json-scan.h"
#include "lc-story-loader-private.h"

/**
 * LcStoryLoader:
 *
 * Reads a story file into an #LcStory, collecting every problem it finds
 * as an #LcDiagnostic that names its place. The file is checked in two
 * steps: _lc_json_scan() makes sure it is well-formed JSON that json-glib
 * can read safely, then the JSON is checked and built into the model in
 * one pass (lc-story-schema.c). A story with any error is not returned.
 */
struct _LcStoryLoader
{
  GObject     parent_instance;
  GListStore *diagnostics;
  char       *translation_domain;
  guint       n_errors;
  guint       n_warnings;
};

G_DEFINE_FINAL_TYPE (LcStoryLoader, lc_story_loader, G_TYPE_OBJECT)
G_DEFINE_QUARK (lc-story-error-quark, lc_story_error)

static void
lc_story_loader_dispose (GObject *object)
{
  LcStoryLoader *self = (LcStoryLoader *)object;

  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->translation_domain, g_free);

  G_OBJECT_CLASS (lc_story_loader_parent_class)->dispose (object);
}

static void
lc_story_loader_class_init (LcStoryLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_story_loader_dispose;
}

static void
lc_story_loader_init (LcStoryLoader *self)
{
  self->diagnostics = g_list_store_new (LC_TYPE_DIAGNOSTIC);
}

LcStoryLoader *
lc_story_loader_new (void)
{
  return g_object_new (LC_TYPE_STORY_LOADER, NULL);
}

static void
reset (LcStoryLoader *self)
{
  g_list_store_remove_all (self->diagnostics);
  self->n_errors = 0;
  self->n_warnings = 0;
}

static void
add_file_error (LcStoryLoader *self,
                const char    *file,
                guint          line,
                guint          column,
                const char    *message)
{
  g_autoptr(LcDiagnostic) diagnostic = lc_diagnostic_new (LC_DIAGNOSTIC_ERROR, file, line, column,
                                                          NULL, message);

  g_list_store_append (self->diagnostics, diagnostic);
  self->n_errors++;
}

static char *
too_large_message (void)
{
  g_autofree char *size = g_format_size_full (LC_STORY_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  return g_strdup_printf (_("the file is larger than %s; is it a story file?"), size);
}

/* The GError carries every error line, so a caller can show them all. */
static void
set_error_from_diagnostics (LcStoryLoader *self,
                            int            code,
                            GError       **error)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->diagnostics));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (G_LIST_MODEL (self->diagnostics), i);
      g_autofree char *line = NULL;

      if (lc_diagnostic_get_severity (diagnostic) != LC_DIAGNOSTIC_ERROR)
        continue;
      line = lc_diagnostic_to_string (diagnostic);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  g_set_error_literal (error, LC_STORY_ERROR, code, text->str);
  g_string_free (text, TRUE);
}

/* A file that cannot be read as JSON at all: one error, at @line:@column. */
static LcStory *
fail (LcStoryLoader  *self,
      const char     *file,
      guint           line,
      guint           column,
      const char     *message,
      LcStoryError    code,
      GError        **error)
{
  add_file_error (self, file, line, column, message);
  set_error_from_diagnostics (self, code, error);

  return NULL;
}

/**
 * lc_story_loader_load_bytes:
 * @bytes: the contents of a story file
 * @display_name: the file's name as the user should see it in messages
 *
 * Checks and loads a story. Every problem found is in
 * lc_story_loader_get_diagnostics() afterwards, warnings included.
 *
 * Returns: (transfer full) (nullable): the story, or %NULL with @error set
 *   to the list of errors when there is any
 */
LcStory *
lc_story_loader_load_bytes (LcStoryLoader  *self,
                            GBytes         *bytes,
                            const char     *display_name,
                            GError        **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) version_error = NULL;
  g_autoptr(LcStory) story = NULL;
  g_autofree char *scan_message = NULL;
  LcJsonReader json;
  const char *data;
  gsize length;
  guint line, column;
  JsonNode *root;

  g_return_val_if_fail (LC_IS_STORY_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  reset (self);
  data = g_bytes_get_data (bytes, &length);
  /* Empty bytes may have no data at all; the scanner counts from a pointer. */
  if (data == NULL)
    data = "";
  if (length > LC_STORY_MAX_FILE_SIZE)
    {
      g_autofree char *message = too_large_message ();

      return fail (self, display_name, 0, 0, message, LC_STORY_ERROR_FILE, error);
    }
  if (!_lc_json_scan (data, length, LC_STORY_MAX_DEPTH, &line, &column, &scan_message))
    return fail (self, display_name, line, column, scan_message, LC_STORY_ERROR_SYNTAX, error);

  parser = json_parser_new_immutable ();
  /* The scan above accepts only what json-glib reads. */
  if (!json_parser_load_from_data (parser, data, length, NULL))
    return fail (self, display_name, 0, 0, _("the file could not be parsed as JSON"),
                 LC_STORY_ERROR_SYNTAX, error);

  root = json_parser_get_root (parser);
  lc_json_reader_init (&json, self->diagnostics, display_name);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    lc_json_error (&json, _("a story file must hold one JSON object, not %s"),
                   lc_json_describe (root));
  else
    story = lc_story_schema_read (&json, json_node_get_object (root), self->translation_domain,
                                  &version_error);
  lc_json_reader_finish (&json);
  self->n_errors = json.n_errors;
  self->n_warnings = json.n_warnings;

  if (self->n_errors > 0)
    {
      set_error_from_diagnostics (self, version_error != NULL ? LC_STORY_ERROR_VERSION
                                                              : LC_STORY_ERROR_INVALID, error);
      return NULL;
    }

  _lc_story_seal (story);
  return g_steal_pointer (&story);
}

static GBytes *
read_file (LcStoryLoader  *self,
           GFile          *file,
           const char     *display_name,
           GCancellable   *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    message = g_strdup (local_error->message);
  else if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    message = g_strdup (_("this is a folder, not a story file"));
  else if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    message = g_strdup (_("this is not a regular file (a pipe, socket or device?); "
                          "choose a story file"));
  else if (g_file_info_get_size (info) > LC_STORY_MAX_FILE_SIZE)
    message = too_large_message ();
  else if ((stream = g_file_read (file, cancellable, &local_error)) == NULL)
    message = g_strdup (local_error->message);
  else
    {
      /* One byte more than the cap tells a file that grew after the check. */
      buffer = g_malloc (LC_STORY_MAX_FILE_SIZE + 1);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, LC_STORY_MAX_FILE_SIZE + 1,
                                    &length, cancellable, &local_error))
        message = g_strdup (local_error->message);
    }

  if (message != NULL)
    {
      add_file_error (self, display_name, 0, 0, message);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}

/**
 * lc_story_loader_load_file:
 * @file: a story file
 * @display_name: (nullable): the name to use in messages; by default the
 *   file's parse name
 *
 * Reads @file and loads it with lc_story_loader_load_bytes(). Folders,
 * pipes, devices and files over %LC_STORY_MAX_FILE_SIZE are refused
 * without reading them.
 *
 * Returns: (transfer full) (nullable): the story, or %NULL with @error set
 */
LcStory *
lc_story_loader_load_file (LcStoryLoader  *self,
                           GFile          *file,
                           const char     *display_name,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autofree char *parse_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LC_IS_STORY_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (display_name == NULL)
    display_name = parse_name = g_file_get_parse_name (file);

  reset (self);
  bytes = read_file (self, file, display_name, cancellable);
  if (bytes == NULL)
    {
      set_error_from_diagnostics (self, LC_STORY_ERROR_FILE, error);
      return NULL;
    }

  return lc_story_loader_load_bytes (self, bytes, display_name, error);
}

/**
 * lc_story_loader_get_diagnostics:
 *
 * Returns: (transfer none): a #GListModel of #LcDiagnostic: the errors and
 *   warnings of the last load, in the order they were found
 */
GListModel *
lc_story_loader_get_diagnostics (LcStoryLoader *self)
{
  g_return_val_if_fail (LC_IS_STORY_LOADER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

guint
lc_story_loader_get_n_errors (LcStoryLoader *self)
{
  g_return_val_if_fail (LC_IS_STORY_LOADER (self), 0);

  return self->n_errors;
}

guint
lc_story_loader_get_n_warnings (LcStoryLoader *self)
{
  g_return_val_if_fail (LC_IS_STORY_LOADER (self), 0);

  return self->n_warnings;
}

/**
 * lc_story_loader_set_translation_domain:
 * @domain: (nullable): a gettext domain, or %NULL to show stories as written
 *
 * Makes the loader look the story's texts up in @domain's catalogs under
 * contexts "story:<story id>:<place>", as for the bundled story. A
 * translated statement keeps its original words
 * (lc_statement_get_original_text()).
 */
void
lc_story_loader_set_translation_domain (LcStoryLoader *self,
                                        const char    *domain)
{
  g_return_if_fail (LC_IS_STORY_LOADER (self));

  g_free (self->translation_domain);
  self->translation_domain = g_strdup (domain);
}
