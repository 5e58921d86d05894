/* lc-window-export.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exporting the map from the window: the file chooser, the format, and
 * the writing on a worker thread, with the outcome in a toast. The file
 * is the one the reader chose, exactly: in the Flatpak sandbox the file
 * chooser portal grants access to that path only, so an extension is
 * never added to it. The format comes from the name's extension, else the
 * chosen filter; failing both, the reader is asked. */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-window-private.h"

typedef struct
{
  LcMapFormat  format;
  const char  *name;
  const char  *mime_type;
  const char  *extension;
  const char  *response;
  const char  *label;
} ExportFormat;

static const ExportFormat export_formats[] = {
  { LC_MAP_FORMAT_PNG, N_("PNG Image"), "image/png", "png", "png", N_("_PNG") },
  { LC_MAP_FORMAT_SVG, N_("SVG Image"), "image/svg+xml", "svg", "svg", N_("_SVG") },
  { LC_MAP_FORMAT_PDF, N_("PDF Document"), "application/pdf", "pdf", "pdf", N_("P_DF") },
};

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LcWindow *self = LC_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = lc_window_dup_display_name (file);
  g_autofree char *message = NULL;
  gboolean done = lc_map_export_finish (result, &error);

  /* The window was closed while the file was written. */
  if (self->export_cancellable == NULL)
    return;

  g_clear_object (&self->export_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", self->story != NULL);
  if (!done)
    {
      lc_window_add_toast (self, error->message, TRUE);
      return;
    }

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Exported “%s”"), name);
  lc_window_add_toast (self, message, FALSE);
}

/* Writes the map as shown to @file, in the background. */
static void
export_to (LcWindow    *self,
           GFile       *file,
           LcMapFormat  format)
{
  g_return_if_fail (self->export_cancellable == NULL);

  self->export_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  lc_map_export_async (lc_map_view_get_renderer (self->map_view),
                       lc_map_view_get_viewport (self->map_view), format, file, self,
                       self->export_cancellable, on_export_done_cb, g_object_ref (file));
}

static void
on_format_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LcWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "lc-file");

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_str_equal (response, export_formats[i].response))
      export_to (self, file, export_formats[i].format);
}

/* A name without a known extension: ask rather than guess. */
static void
ask_format (LcWindow *self,
            GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export in Which Format?"),
                                              NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” does not end in .png, .svg or .pdf. The file keeps "
                                    "the name you chose."), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), export_formats[i].response,
                                     _(export_formats[i].label));
  /* PNG, as the name the chooser suggests. */
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "png",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "png");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lc-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_format_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lc_window_export_chosen:
 * @file: the file the reader chose, written as it is named
 * @filter: (nullable): the file type the reader chose
 *
 * Exports the map in the format @file's name says, else the one @filter
 * says; with neither, asks which.
 */
void
lc_window_export_chosen (LcWindow      *self,
                         GFile         *file,
                         GtkFileFilter *filter)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *filter_name = filter != NULL ? gtk_file_filter_get_name (filter) : NULL;
  LcMapFormat format;

  if (lc_map_format_from_name (name, &format))
    {
      export_to (self, file, format);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_strcmp0 (filter_name, _(export_formats[i].name)) == 0)
      {
        export_to (self, file, export_formats[i].format);
        return;
      }

  ask_format (self, file);
}

/**
 * lc_window_get_exporting:
 *
 * Returns: %TRUE while an export is being written
 */
gboolean
lc_window_get_exporting (LcWindow *self)
{
  return self->export_cancellable != NULL;
}

static void
on_export_response_cb (LcWindow             *self,
                       int                   response,
                       GtkFileChooserNative *native)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file != NULL)
    lc_window_export_chosen (self, file, gtk_file_chooser_get_filter (chooser));

  g_object_unref (native);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  if (self->story == NULL || self->export_cancellable != NULL)
    return;

  native = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(export_formats[i].name));
      gtk_file_filter_add_mime_type (filter, export_formats[i].mime_type);
      gtk_file_filter_add_suffix (filter, export_formats[i].extension);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }

  name = lc_map_export_suggest_name (self->story, self->day, LC_MAP_FORMAT_PNG);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect_swapped (native, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
lc_window_class_add_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export",
                                       NULL);
}

/* Stops an export still being written; the file it would replace stays. */
void
lc_window_dispose_export (LcWindow *self)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
}
