/* lc-diagnostic.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-story-types.h"

G_BEGIN_DECLS

#define LC_TYPE_DIAGNOSTIC (lc_diagnostic_get_type ())

G_DECLARE_FINAL_TYPE (LcDiagnostic, lc_diagnostic, LC, DIAGNOSTIC, GObject)

LcDiagnostic         *lc_diagnostic_new          (LcDiagnosticSeverity  severity,
                                                  const char           *file,
                                                  guint                 line,
                                                  guint                 column,
                                                  const char           *path,
                                                  const char           *message);
LcDiagnosticSeverity  lc_diagnostic_get_severity (LcDiagnostic         *self);
const char           *lc_diagnostic_get_file     (LcDiagnostic         *self);
guint                 lc_diagnostic_get_line     (LcDiagnostic         *self);
guint                 lc_diagnostic_get_column   (LcDiagnostic         *self);
const char           *lc_diagnostic_get_path     (LcDiagnostic         *self);
const char           *lc_diagnostic_get_message  (LcDiagnostic         *self);
char                 *lc_diagnostic_to_string    (LcDiagnostic         *self);

G_END_DECLS
