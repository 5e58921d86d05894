/* lc-map-export.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-map-export.h"
#include "lc-map-renderer-private.h"

/*
 * The renderer draws a page that stands alone (lc_map_renderer_draw_page():
 * title, day, the map with its legend, sources) into a PNG, SVG or PDF
 * surface whose output goes through cairo's write function into a
 * GFileOutputStream. An export draws with a copy of the renderer, with the
 * legend shown; for lc_map_export_async() that happens on a worker thread,
 * with a copy of the viewport too; the story they share does not change
 * once loaded. The stream replaces the file only when it is closed, so a
 * failed, cancelled or killed export leaves a file that was there as it
 * was.
 *
 * cairo's SVG surface writes text as glyph outlines: an SVG is drawn with
 * a text sink (lc-map-text.c) and its text written as <text> elements
 * before the document's end.
 */

G_DEFINE_QUARK (lc-map-export-error-quark, lc_map_export_error)

#define BUFFER_SIZE (64 * 1024)

typedef struct
{
  LcMapRenderer *renderer;
  LcViewport    *viewport;
  LcMapFormat    format;
  GFile         *file;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->renderer);
  g_clear_object (&export->viewport);
  g_clear_object (&export->file);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Output;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *output = closure;

  if (output->error == NULL &&
      g_output_stream_write_all (output->stream, data, length, NULL, output->cancellable,
                                 &output->error))
    return CAIRO_STATUS_SUCCESS;

  return CAIRO_STATUS_WRITE_ERROR;
}

/**
 * lc_map_format_from_name:
 * @name: a file name
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE if @name ends in .png, .svg or .pdf (in any case)
 */
gboolean
lc_map_format_from_name (const char  *name,
                         LcMapFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (name != NULL, FALSE);

  lower = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = LC_MAP_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = LC_MAP_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = LC_MAP_FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

/* The SVG cairo writes is kept, to have its text added before it is written. */
static cairo_status_t
keep_cb (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
create_surface (LcMapFormat  format,
                Output      *output,
                GByteArray  *svg,
                int          width,
                int          height)
{
  switch (format)
    {
    case LC_MAP_FORMAT_SVG:
      return cairo_svg_surface_create_for_stream (keep_cb, svg, width, height);
    case LC_MAP_FORMAT_PDF:
      return cairo_pdf_surface_create_for_stream (write_cb, output, width, height);
    case LC_MAP_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

/* Writes the SVG cairo made with the recorded text before its end. */
static cairo_status_t
write_svg (GByteArray    *svg,
           LcMapTextSink *sink,
           Output        *output)
{
  g_autofree char *text = lc_map_text_sink_to_svg (sink);
  const char *end = g_strrstr_len ((const char *) svg->data, svg->len, "</svg>");
  gsize before = end != NULL ? (gsize) (end - (const char *) svg->data) : svg->len;

  if (write_cb (output, svg->data, before) != CAIRO_STATUS_SUCCESS ||
      write_cb (output, (const guchar *) text, strlen (text)) != CAIRO_STATUS_SUCCESS)
    return CAIRO_STATUS_WRITE_ERROR;

  return write_cb (output, svg->data + before, svg->len - before);
}

/* Draws the page in @format, written to @output. */
static cairo_status_t
encode (Export *export,
        Output *output)
{
  LcViewport *viewport = export->viewport;
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autoptr(LcMapTextSink) sink = lc_map_text_sink_new ();
  double top, bottom;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  lc_map_renderer_get_page_margins (export->renderer, lc_map_renderer_get_day (export->renderer, viewport),
                                    lc_viewport_get_width (viewport), &top, &bottom);
  surface = create_surface (export->format, output, svg, lc_viewport_get_width (viewport),
                            (int) (top + lc_viewport_get_height (viewport) + bottom));
  cr = cairo_create (surface);
  if (export->format == LC_MAP_FORMAT_SVG)
    lc_map_text_sink_attach (sink, cr);
  lc_map_renderer_draw_page (export->renderer, cr, viewport);
  cairo_destroy (cr);

  /* Vector surfaces write as they finish; an image is encoded after. */
  if (export->format == LC_MAP_FORMAT_PNG)
    cairo_surface_flush (surface);
  else
    cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && export->format == LC_MAP_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, output);
  else if (status == CAIRO_STATUS_SUCCESS && export->format == LC_MAP_FORMAT_SVG)
    status = write_svg (svg, sink, output);
  cairo_surface_destroy (surface);

  return status;
}

static gboolean
set_write_error (GError     **error,
                 GFile       *file,
                 const char  *reason)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, LC_MAP_EXPORT_ERROR, LC_MAP_EXPORT_ERROR_WRITE,
               _("Cannot write “%s”: %s"), name, reason);
  return FALSE;
}

/* Gives up on @stream: the file it would have replaced stays as it was,
 * and a file it created is removed. */
static void
abandon (GFileOutputStream *stream,
         GFile             *file,
         gboolean           existed)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  /* Closing cancelled drops the temporary file instead of renaming it. */
  g_cancellable_cancel (cancelled);
  g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
}

static gboolean
write_export (Export        *export,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GError) local_error = NULL;
  Output output = { NULL, cancellable, NULL };
  gboolean existed = g_file_query_exists (export->file, cancellable);
  cairo_status_t status;

  /* REPLACE_DESTINATION: always through a temporary file, never by
   * truncating the old one in place. */
  stream = g_file_replace (export->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream == NULL)
    return set_write_error (error, export->file, local_error->message);

  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), BUFFER_SIZE);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  output.stream = buffered;
  status = encode (export, &output);
  if (status == CAIRO_STATUS_SUCCESS &&
      g_output_stream_close (buffered, cancellable, &output.error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &output.error))
    return TRUE;

  abandon (stream, export->file, existed);
  if (output.error != NULL && g_error_matches (output.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, output.error);
      return FALSE;
    }
  set_write_error (error, export->file, output.error != NULL ? output.error->message
                                                             : cairo_status_to_string (status));
  g_clear_error (&output.error);
  return FALSE;
}

/* What to export; the size is checked here, before any file is touched. */
static Export *
prepare (LcMapRenderer  *renderer,
         LcViewport     *viewport,
         LcMapFormat     format,
         GFile          *file,
         GError        **error)
{
  int width = lc_viewport_get_width (viewport), height = lc_viewport_get_height (viewport);
  Export *export;

  if (width < 1 || height < 1 || width > LC_MAP_EXPORT_MAX_SIDE || height > LC_MAP_EXPORT_MAX_SIDE)
    {
      g_set_error (error, LC_MAP_EXPORT_ERROR, LC_MAP_EXPORT_ERROR_SIZE,
                   _("The size %d×%d is not possible: each side must be 1 to %d"),
                   width, height, LC_MAP_EXPORT_MAX_SIDE);
      return NULL;
    }

  export = g_new0 (Export, 1);
  /* A map that stands alone has its legend, whatever the window shows. */
  export->renderer = lc_map_renderer_copy (renderer);
  lc_map_renderer_set_legend_expanded (export->renderer, TRUE);
  export->viewport = g_object_ref (viewport);
  export->format = format;
  export->file = g_object_ref (file);

  return export;
}

/**
 * lc_map_export:
 * @viewport: the view, size (in pixels for PNG, points for SVG and PDF)
 *   and date of the map to export
 * @file: the file to write, replaced if it exists
 * @cancellable: (nullable): to stop the export
 *
 * Writes the map as the window would draw it, with its legend, on a page
 * that stands alone: the story's title and the day above, the sources
 * below (see lc_map_export_size_page()). SVG and PDF keep text as text,
 * so it can be searched, copied and edited. An existing @file is replaced
 * only when the new one is complete.
 *
 * Returns: %TRUE on success; otherwise @error says why, naming @file
 */
gboolean
lc_map_export (LcMapRenderer  *renderer,
               LcViewport     *viewport,
               LcMapFormat     format,
               GFile          *file,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autoptr(Export) export = NULL;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (renderer), FALSE);
  g_return_val_if_fail (LC_IS_VIEWPORT (viewport), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  export = prepare (renderer, viewport, format, file, error);

  return export != NULL && write_export (export, cancellable, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_export (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * lc_map_export_async:
 * @source_object: (nullable): the object the export is for, given back to
 *   @callback
 * @callback: called on the caller's main context when the file is written
 *
 * Like lc_map_export(), on a worker thread: the map is drawn, encoded and
 * written there, with copies of @renderer and @viewport, which may change
 * as soon as this returns.
 */
void
lc_map_export_async (LcMapRenderer       *renderer,
                     LcViewport          *viewport,
                     LcMapFormat          format,
                     GFile               *file,
                     gpointer             source_object,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(LcViewport) viewport_copy = NULL;
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Export *export;

  g_return_if_fail (LC_IS_MAP_RENDERER (renderer));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, lc_map_export_async);
  viewport_copy = lc_viewport_copy (viewport);
  export = prepare (renderer, viewport_copy, format, file, &error);
  if (export == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * lc_map_export_finish:
 *
 * Returns: %TRUE if the file was written; otherwise @error says why
 */
gboolean
lc_map_export_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lc_map_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * lc_map_export_size_page:
 * @viewport: the map to export: gets the size that makes the page
 *   @width by @height
 *
 * Sizes the map so that the exported page, header and footer included,
 * is @width by @height; the map keeps at least one pixel.
 */
void
lc_map_export_size_page (LcMapRenderer *renderer,
                         LcViewport    *viewport,
                         int            width,
                         int            height)
{
  double top, bottom;

  g_return_if_fail (LC_IS_MAP_RENDERER (renderer));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  lc_map_renderer_get_page_margins (renderer, lc_map_renderer_get_day (renderer, viewport), width,
                                    &top, &bottom);
  lc_viewport_set_size (viewport, width, MAX (height - (int) (top + bottom), 1));
}

/**
 * lc_map_export_suggest_name:
 * @day: the day shown
 * @format: the format to name the file for
 *
 * A file name for the map of @story on @day: the story's id and the day,
 * "lachin-corridor-2022-12-30.png". A year that ends the id is left out,
 * as the day says it.
 *
 * Returns: (transfer full): the name
 */
char *
lc_map_export_suggest_name (LcStory     *story,
                            guint32      day,
                            LcMapFormat  format)
{
  static const char *extensions[] = { "png", "svg", "pdf" };
  const char *id = lc_story_get_id (story);
  gsize length = strlen (id);
  g_autofree char *iso = NULL;

  g_return_val_if_fail (LC_IS_STORY (story), NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (extensions), NULL);

  /* "…-2022": the year, told again by the day. */
  if (length > 5 && id[length - 5] == '-' && g_ascii_isdigit (id[length - 4]) &&
      g_ascii_isdigit (id[length - 3]) && g_ascii_isdigit (id[length - 2]) &&
      g_ascii_isdigit (id[length - 1]))
    length -= 5;

  iso = lc_day_to_iso (day);
  return g_strdup_printf ("%.*s-%s.%s", (int) length, id, iso, extensions[format]);
}
