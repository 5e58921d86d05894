/* lc-print-operation.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-briefing.h"

G_BEGIN_DECLS

#define LC_TYPE_PRINT_OPERATION (lc_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (LcPrintOperation, lc_print_operation, LC, PRINT_OPERATION, GtkPrintOperation)

LcPrintOperation *lc_print_operation_new          (LcBriefing       *briefing);
LcBriefing       *lc_print_operation_get_briefing (LcPrintOperation *self);
void              lc_print_operation_run_dialog   (LcPrintOperation *self,
                                                   GtkWindow        *parent);

G_END_DECLS
