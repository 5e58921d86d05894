/* lc-map-export.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "lc-map-export.h"

G_DEFINE_QUARK (lc-map-export-error-quark, lc_map_export_error)

typedef struct
{
  FILE *file;
  int   saved_errno;
} Output;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *output = closure;

  if (fwrite (data, 1, length, output->file) == length)
    return CAIRO_STATUS_SUCCESS;

  output->saved_errno = errno;
  return CAIRO_STATUS_WRITE_ERROR;
}

/**
 * lc_map_format_from_path:
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE if @path ends in .png, .svg or .pdf (in any case)
 */
gboolean
lc_map_format_from_path (const char  *path,
                         LcMapFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

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

static cairo_surface_t *
create_surface (LcMapFormat  format,
                Output      *output,
                int          width,
                int          height)
{
  switch (format)
    {
    case LC_MAP_FORMAT_SVG:
      return cairo_svg_surface_create_for_stream (write_cb, output, width, height);
    case LC_MAP_FORMAT_PDF:
      return cairo_pdf_surface_create_for_stream (write_cb, output, width, height);
    case LC_MAP_FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

/**
 * lc_map_export:
 * @viewport: the view, size (in pixels for PNG, points for SVG and PDF)
 *   and date to export
 * @path: the file to write, replaced if it exists
 *
 * Writes the map as the window would draw it. SVG and PDF keep labels as
 * text, so they can be searched and copied.
 *
 * Returns: %TRUE on success; otherwise @error says why, naming @path
 */
gboolean
lc_map_export (LcMapRenderer  *renderer,
               LcViewport     *viewport,
               LcMapFormat     format,
               const char     *path,
               GError        **error)
{
  int width = lc_viewport_get_width (viewport), height = lc_viewport_get_height (viewport);
  Output output = { NULL, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (renderer), FALSE);
  g_return_val_if_fail (LC_IS_VIEWPORT (viewport), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (width < 1 || height < 1 || width > LC_MAP_EXPORT_MAX_SIDE || height > LC_MAP_EXPORT_MAX_SIDE)
    {
      g_set_error (error, LC_MAP_EXPORT_ERROR, LC_MAP_EXPORT_ERROR_SIZE,
                   _("The size %d×%d is not possible: each side must be 1 to %d"),
                   width, height, LC_MAP_EXPORT_MAX_SIDE);
      return FALSE;
    }

  output.file = g_fopen (path, "wb");
  if (output.file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, LC_MAP_EXPORT_ERROR, LC_MAP_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  surface = create_surface (format, &output, width, height);
  cr = cairo_create (surface);
  lc_map_renderer_draw (renderer, cr, viewport);
  cairo_destroy (cr);

  /* Vector surfaces write as they finish; an image is encoded after. */
  if (format == LC_MAP_FORMAT_PNG)
    cairo_surface_flush (surface);
  else
    cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && format == LC_MAP_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &output);
  cairo_surface_destroy (surface);

  if (fclose (output.file) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      output.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LC_MAP_EXPORT_ERROR, LC_MAP_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path,
                   output.saved_errno != 0 ? g_strerror (output.saved_errno)
                                           : cairo_status_to_string (status));
      g_unlink (path);
      return FALSE;
    }

  return TRUE;
}
