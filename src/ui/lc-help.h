/* lc-help.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The user guide, help/C/index.page, as the help viewer finds it. */
#define LC_HELP_URI "help:" APPLICATION_ID

void lc_help_show (GtkWindow *parent);

G_END_DECLS
