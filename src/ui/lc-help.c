/* lc-help.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-help.h"

/* GTK 4.8 opens a URI with gtk_show_uri_full(), through the OpenURI portal
 * in a sandbox; GtkUriLauncher replaces it from 4.10 on. */

static void
show_no_viewer (GtkWindow    *parent,
                const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Guide Could Not Be Opened"), NULL);
  g_autofree char *body = NULL;

  /* Translators: %s says why, as the system gives it, e.g. "Operation not supported" */
  body = g_strdup_printf (_("The guide opens in a help viewer such as GNOME Help (Yelp), "
                            "which is not installed or could not start: %s"), error->message);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_shown_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkWindow *parent = source != NULL ? GTK_WINDOW (source) : NULL;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (parent, result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_no_viewer (parent, error);
}

/**
 * lc_help_show:
 * @parent: (nullable): the window asking for help
 *
 * Opens the user guide in the help viewer. When there is none, or it
 * cannot start, a dialog over @parent says so.
 */
void
lc_help_show (GtkWindow *parent)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  gtk_show_uri_full (parent, LC_HELP_URI, GDK_CURRENT_TIME, NULL, on_shown_cb, NULL);
}
