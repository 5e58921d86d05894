/* lc-map-export.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-map-renderer.h"

G_BEGIN_DECLS

/**
 * LcMapFormat:
 *
 * The file formats a map can be exported to.
 */
typedef enum
{
  LC_MAP_FORMAT_PNG,
  LC_MAP_FORMAT_SVG,
  LC_MAP_FORMAT_PDF,
} LcMapFormat;

#define LC_MAP_EXPORT_ERROR (lc_map_export_error_quark ())

typedef enum
{
  LC_MAP_EXPORT_ERROR_FORMAT,
  LC_MAP_EXPORT_ERROR_SIZE,
  LC_MAP_EXPORT_ERROR_WRITE,
} LcMapExportError;

/* Exports larger than this on a side are refused. */
#define LC_MAP_EXPORT_MAX_SIDE 10000

GQuark   lc_map_export_error_quark (void);
gboolean lc_map_format_from_name   (const char           *name,
                                    LcMapFormat          *format);
gboolean lc_map_export             (LcMapRenderer        *renderer,
                                    LcViewport           *viewport,
                                    LcMapFormat           format,
                                    GFile                *file,
                                    GCancellable         *cancellable,
                                    GError              **error);
void     lc_map_export_async       (LcMapRenderer        *renderer,
                                    LcViewport           *viewport,
                                    LcMapFormat           format,
                                    GFile                *file,
                                    gpointer              source_object,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean lc_map_export_finish      (GAsyncResult         *result,
                                    GError              **error);
void     lc_map_export_size_page   (LcMapRenderer        *renderer,
                                    LcViewport           *viewport,
                                    int                   width,
                                    int                   height);
char    *lc_map_export_suggest_name (LcStory             *story,
                                    guint32               day,
                                    LcMapFormat           format);

G_END_DECLS
