/* lc-window-errors.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window says about a story file that cannot be read: with no
 * story shown, the error page lists the problems with their place; with a
 * story shown, the story stays and a toast says so, one toast a file,
 * with the problems behind its Details button. A good load withdraws it. */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-window-private.h"

#define TOAST_SETTLE_MS  600  /* longer than a toast's show animation */

static char *
diagnostics_text (LcStoryLoader *loader)
{
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = lc_diagnostic_to_string (diagnostic);

      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }

  return g_string_free (text, FALSE);
}

/**
 * lc_window_dup_display_name:
 *
 * Returns: (transfer full): @file's name as a reader should see it: valid
 *   UTF-8, isolated (FSI … PDI) so that direction characters in it cannot
 *   reorder the sentence it is shown in
 */
char *
lc_window_dup_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);
  g_autofree char *basename = NULL;
  g_autofree char *valid = NULL;

  if (path != NULL)
    valid = g_filename_display_basename (path);
  else
    {
      basename = g_file_get_basename (file);
      valid = g_utf8_make_valid (basename, -1);
    }

  return g_strdup_printf ("\u2068%s\u2069", valid);
}

void
lc_window_show_errors (LcWindow      *self,
                       GFile         *file,
                       LcStoryLoader *loader)
{
  g_autofree char *text = diagnostics_text (loader);
  g_autofree char *name = lc_window_dup_display_name (file);
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  guint n_errors = lc_story_loader_get_n_errors (loader);

  description = g_strdup_printf (ngettext ("“%s” has %u problem to fix:",
                                           "“%s” has %u problems to fix:", n_errors),
                                 name, n_errors);
  /* The status page's description is markup, so escape the file name. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->error_page, escaped);
  /* Given only now: the icon comes at a size that only the theme's SVG
   * has, and loading it at start-up would load the SVG loader, some
   * 6 MB, for a page the reader may never see. */
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  gtk_label_set_text (self->error_label, text);
  gtk_label_set_text (self->title_label, name);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
  gtk_window_set_title (GTK_WINDOW (self), name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_details_clicked_cb (AdwToast *toast,
                       gpointer  user_data)
{
  LcWindow *self = LC_WINDOW (g_object_get_data (G_OBJECT (toast), "lc-window"));
  const char *details = g_object_get_data (G_OBJECT (toast), "lc-details");
  const char *heading = g_object_get_data (G_OBJECT (toast), "lc-heading");
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (details);

  /* Diagnostics are plain text: gtk_label_new() does not parse markup. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "diagnostics");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 400);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_error_toast_dismissed_cb (LcWindow *self,
                             AdwToast *toast)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "lc-file");

  /* Toasts are dismissed as the window goes, too. */
  if (self->error_toasts != NULL && g_hash_table_lookup (self->error_toasts, file) == toast)
    g_hash_table_remove (self->error_toasts, file);
}

static gboolean
dismiss_later_cb (gpointer user_data)
{
  AdwToast *toast = user_data;
  LcWindow *self = g_object_get_data (G_OBJECT (toast), "lc-window");

  /* Stolen: this source ends by returning, and the table's reference is ours. */
  g_hash_table_steal (self->withdrawals, toast);
  adw_toast_dismiss (toast);
  g_object_unref (toast);

  return G_SOURCE_REMOVE;
}

/* Withdraws the toast about @file's errors, if there is one. libadwaita
 * 1.2 frees a toast dismissed while it still slides in twice (its show
 * animation outlives its hide one), so a toast that new goes a moment later. */
void
lc_window_withdraw_errors (LcWindow *self,
                           GFile    *file)
{
  AdwToast *toast = g_hash_table_lookup (self->error_toasts, file);
  gint64 *shown;
  gint64 age_ms;

  if (toast == NULL)
    return;

  shown = g_object_get_data (G_OBJECT (toast), "lc-shown");
  age_ms = (g_get_monotonic_time () - *shown) / G_TIME_SPAN_MILLISECOND;
  if (age_ms >= TOAST_SETTLE_MS)
    {
      adw_toast_dismiss (toast);
      return;
    }

  if (!g_hash_table_contains (self->withdrawals, toast))
    g_hash_table_insert (self->withdrawals, g_object_ref (toast),
                         GUINT_TO_POINTER (g_timeout_add (TOAST_SETTLE_MS - age_ms,
                                                          dismiss_later_cb, toast)));
  g_hash_table_remove (self->error_toasts, file);
}

static void
remove_source (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

/* A bad file while a story is shown: say so, offer the details, keep the
 * story. One toast a file: the next failure says its errors in the same
 * toast, a good load withdraws it. */
void
lc_window_toast_errors (LcWindow      *self,
                        GFile         *file,
                        LcStoryLoader *loader,
                        gboolean       reloading)
{
  g_autofree char *name = lc_window_dup_display_name (file);
  g_autofree char *title = g_strdup_printf (reloading ? _("“%s” changed but has errors; the last good version is shown")
                                                      : _("“%s” could not be opened"), name);
  g_autofree char *markup = g_markup_escape_text (title, -1);
  AdwToast *toast = g_hash_table_lookup (self->error_toasts, file);
  gint64 now = g_get_monotonic_time ();

  if (toast != NULL)
    {
      adw_toast_set_title (toast, markup);
      g_object_set_data_full (G_OBJECT (toast), "lc-details", diagnostics_text (loader), g_free);
      g_object_set_data_full (G_OBJECT (toast), "lc-heading", g_strdup (title), g_free);
      return;
    }

  toast = adw_toast_new (markup);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_timeout (toast, 0);
  g_object_set_data (G_OBJECT (toast), "lc-window", self);
  g_object_set_data_full (G_OBJECT (toast), "lc-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "lc-shown", g_memdup2 (&now, sizeof now), g_free);
  g_object_set_data_full (G_OBJECT (toast), "lc-details", diagnostics_text (loader), g_free);
  g_object_set_data_full (G_OBJECT (toast), "lc-heading", g_strdup (title), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_details_clicked_cb), NULL);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_error_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  g_hash_table_insert (self->error_toasts, g_object_ref (file), g_object_ref (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Called from lc_window_init(): the toasts a file, and those to withdraw soon. */
void
lc_window_init_errors (LcWindow *self)
{
  self->error_toasts = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                              g_object_unref, g_object_unref);
  self->withdrawals = g_hash_table_new_full (NULL, NULL, g_object_unref, remove_source);
}

/* Called from lc_window_dispose() before the template goes, so the toasts
 * dismissed with it are no longer looked up. */
void
lc_window_dispose_errors (LcWindow *self)
{
  g_clear_pointer (&self->error_toasts, g_hash_table_unref);
  g_clear_pointer (&self->withdrawals, g_hash_table_unref);
}
