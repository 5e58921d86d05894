/* lc-story-loader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lc-json-scan.h"
#include "lc-story-loader-private.h"

/**
 * LcStoryLoader:
 *
 * Reads a story file into an #LcStory, collecting every problem it finds
 * as an #LcDiagnostic that names its place. The file is checked in two
 * steps: _lc_json_parse() makes sure it is well-formed JSON within the
 * format's limits and builds its tree (the coordinates packed), then the
 * tree is checked and built into the model in one pass
 * (lc-story-schema.c). A story with any error is not returned.
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

static const LcJsonLimits limits = {
  LC_STORY_MAX_DEPTH, LC_STORY_MAX_TEXT, LC_STORY_MAX_POINTS, LC_STORY_MAX_MEMORY
};

/* A problem in the JSON: one error, at its line and column. */
static LcStory *
fail_scan (LcStoryLoader    *self,
           const char       *display_name,
           LcJsonScanError  *scan_error,
           GError          **error)
{
  LcStory *story = fail (self, display_name, scan_error->line, scan_error->column,
                         scan_error->message,
                         scan_error->problem == LC_JSON_SCAN_LIMIT ? LC_STORY_ERROR_INVALID
                                                                   : LC_STORY_ERROR_SYNTAX,
                         error);

  _lc_json_scan_error_clear (scan_error);
  return story;
}

static LcStory *
read_story (LcStoryLoader   *self,
            LcJsonDocument  *document,
            const char      *display_name,
            GError         **error)
{
  g_autoptr(GError) version_error = NULL;
  g_autoptr(LcStory) story = NULL;
  LcJsonScanError scan_error = { 0 };
  LcJsonReader json;

  lc_json_reader_init (&json, self->diagnostics, display_name, document);
  if (!JSON_NODE_HOLDS_OBJECT (document->root))
    lc_json_error (&json, _("a story file must hold one JSON object, not %s"),
                   lc_json_describe (document->root));
  else
    story = lc_story_schema_read (&json, json_node_get_object (document->root),
                                  self->translation_domain, &version_error);
  lc_json_reader_finish (&json);

  /* An item was not JSON: what the meaning checks said goes, and the
   * first problem in the file, this one or one before it, is the one error. */
  if (json.failed_item != NULL)
    {
      reset (self);
      if (!_lc_json_document_check_before (document, json.failed_item, &scan_error))
        {
          _lc_json_scan_error_clear (&json.item_error);
          return fail_scan (self, display_name, &scan_error, error);
        }
      return fail_scan (self, display_name, &json.item_error, error);
    }

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
  LcJsonDocument document;
  LcJsonScanError scan_error = { 0 };
  const char *data;
  gsize length;
  LcStory *story;

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
  if (!_lc_json_parse (&document, data, length, &limits, &scan_error))
    return fail_scan (self, display_name, &scan_error, error);

  story = read_story (self, &document, display_name, error);
  _lc_json_document_clear (&document);

  return story;
}

/* Reads up to the cap, and one byte more to tell a file that grew. */
static char *
read_all_fd (int            fd,
             gsize          expected,
             gsize         *length,
             GCancellable  *cancellable,
             char         **message)
{
  gsize capacity = MIN (expected, LC_STORY_MAX_FILE_SIZE) + 1;
  g_autofree char *buffer = g_malloc (capacity);

  *length = 0;
  for (;;)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, NULL))
        {
          *message = g_strdup (_("reading the file was cancelled"));
          return NULL;
        }
      if (*length == capacity)
        {
          if (capacity > LC_STORY_MAX_FILE_SIZE)
            {
              *message = too_large_message ();
              return NULL;
            }
          capacity = MIN (2 * capacity, (gsize) LC_STORY_MAX_FILE_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }
      n = read (fd, buffer + *length, capacity - *length);
      if (n == 0)
        return g_steal_pointer (&buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *message = g_strdup (g_strerror (errno));
          return NULL;
        }
      *length += n;
    }
}

/* What a path that cannot be opened is, in words. */
static char *
describe_open_error (const char *path,
                     int         error_number)
{
  GStatBuf info;

  switch (error_number)
    {
    case ENOENT:
      if (g_lstat (path, &info) == 0 && S_ISLNK (info.st_mode))
        return g_strdup (_("this is a symbolic link to a file that does not exist"));
      return g_strdup (_("there is no such file"));
    case ELOOP:
      return g_strdup (_("this is a symbolic link that leads back to itself (a loop), not a story "
                         "file"));
    case EACCES:
    case EPERM:
      return g_strdup (_("you do not have permission to read this file"));
    case ENOTDIR:
      return g_strdup (_("a part of this path is not a folder"));
    case ENXIO:
      return g_strdup (_("this is a socket or a device, not a story file"));
    default:
      return g_strdup (g_strerror (error_number));
    }
}

static char *
describe_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return g_strdup (_("this is a folder, not a story file"));
  if (S_ISFIFO (mode))
    return g_strdup (_("this is a pipe, not a story file"));
  return g_strdup (_("this is a socket or a device, not a story file"));
}

static gboolean
unchanged (const struct stat *before,
           const struct stat *after,
           gsize              length)
{
  return before->st_size == after->st_size && before->st_mtim.tv_sec == after->st_mtim.tv_sec &&
         before->st_mtim.tv_nsec == after->st_mtim.tv_nsec && (gsize) before->st_size == length;
}

/* Reads a local file through one descriptor, so what is checked is what
 * is read, whatever replaces the path meanwhile; O_NONBLOCK, so a pipe is
 * refused, not waited on. */
static char *
read_local (const char    *path,
            gsize         *length,
            GCancellable  *cancellable,
            char         **message)
{
  g_autofree char *buffer = NULL;
  struct stat before, after;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);

  if (fd < 0)
    {
      *message = describe_open_error (path, errno);
      return NULL;
    }

  if (fstat (fd, &before) != 0)
    *message = g_strdup (g_strerror (errno));
  else if (!S_ISREG (before.st_mode))
    *message = describe_type (before.st_mode);
  else if (before.st_size > LC_STORY_MAX_FILE_SIZE)
    *message = too_large_message ();
  else if ((buffer = read_all_fd (fd, before.st_size, length, cancellable, message)) != NULL &&
           (fstat (fd, &after) != 0 || !unchanged (&before, &after, *length)))
    {
      *message = g_strdup (_("the file changed while it was being read; open it again once it "
                             "is saved"));
      g_clear_pointer (&buffer, g_free);
    }
  close (fd);

  return g_steal_pointer (&buffer);
}

/* A file GIO reads for us: the bundled story in the resources, or a
 * remote one. */
static char *
read_stream (GFile         *file,
             gsize         *length,
             GCancellable  *cancellable,
             char         **message)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *buffer = NULL;

  stream = g_file_read (file, cancellable, &error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable,
                                           &error);
  if (info == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  if (g_file_info_get_size (info) > LC_STORY_MAX_FILE_SIZE)
    {
      *message = too_large_message ();
      return NULL;
    }

  buffer = g_malloc (LC_STORY_MAX_FILE_SIZE + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, LC_STORY_MAX_FILE_SIZE + 1,
                                length, cancellable, &error))
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  if (*length > LC_STORY_MAX_FILE_SIZE)
    {
      *message = too_large_message ();
      return NULL;
    }

  return g_realloc (g_steal_pointer (&buffer), MAX (*length, 1));
}

static GBytes *
read_file (LcStoryLoader  *self,
           GFile          *file,
           const char     *display_name,
           GCancellable   *cancellable)
{
  g_autofree char *message = NULL;
  g_autofree char *buffer = NULL;
  const char *path = g_file_peek_path (file);
  gsize length = 0;

  if (path != NULL)
    buffer = read_local (path, &length, cancellable, &message);
  else
    buffer = read_stream (file, &length, cancellable, &message);

  if (buffer == NULL)
    {
      add_file_error (self, display_name, 0, 0, message);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * lc_story_loader_load_file:
 * @file: a story file
 * @display_name: (nullable): the name to use in messages; by default the
 *   file's parse name
 *
 * Reads @file and loads it with lc_story_loader_load_bytes(). Folders,
 * pipes, sockets, devices and files over %LC_STORY_MAX_FILE_SIZE are
 * refused without reading them, and a file that changes while it is read
 * is refused too.
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
