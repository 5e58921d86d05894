/* lc-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-map-export.h"
#include "lc-map-view.h"
#include "lc-window.h"

/**
 * LcWindow:
 *
 * A window on one story. It shows the story, or the loader's errors when
 * the file could not be opened.
 */
struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  LcStory              *story;

  AdwToastOverlay      *toast_overlay;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkMenuButton        *menu_button;
  GtkButton            *export_button;
  GtkStack             *stack;
  LcMapView            *map_view;
  AdwStatusPage        *error_page;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_story (LcWindow *self)
{
  g_autoptr(LcSource) source = g_list_model_get_item (lc_story_get_sources (self->story), 0);

  gtk_label_set_text (self->title_label, lc_story_get_title (self->story));
  gtk_label_set_text (self->subtitle_label, lc_source_get_publisher (source));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), lc_story_get_title (self->story));
  lc_map_view_set_story (self->map_view, self->story);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", TRUE);

  gtk_stack_set_visible_child_name (self->stack, "story");
}

static void
show_errors (LcWindow      *self,
             GFile         *file,
             LcStoryLoader *loader)
{
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *description = NULL;
  guint n_errors = lc_story_loader_get_n_errors (loader);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = lc_diagnostic_to_string (diagnostic);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  description = g_strdup_printf (ngettext ("“%s” has %u problem to fix:",
                                           "“%s” has %u problems to fix:", n_errors),
                                 name, n_errors);
  /* The status page's description is markup, so escape the file name. */
  {
    g_autofree char *escaped = g_markup_escape_text (description, -1);

    adw_status_page_set_description (self->error_page, escaped);
  }
  gtk_label_set_text (self->error_label, text->str);
  gtk_label_set_text (self->title_label, name);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
  gtk_window_set_title (GTK_WINDOW (self), name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* Export */

typedef struct
{
  LcMapFormat  format;
  const char  *name;
  const char  *mime_type;
  const char  *extension;
} ExportFormat;

static const ExportFormat export_formats[] = {
  { LC_MAP_FORMAT_PNG, N_("PNG Image"), "image/png", "png" },
  { LC_MAP_FORMAT_SVG, N_("SVG Image"), "image/svg+xml", "svg" },
  { LC_MAP_FORMAT_PDF, N_("PDF Document"), "application/pdf", "pdf" },
};

static void
export_to (LcWindow    *self,
           const char  *path,
           LcMapFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (lc_map_export (lc_map_view_get_renderer (self->map_view),
                     lc_map_view_get_viewport (self->map_view), format, path, &error))
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Exported “%s”"), basename);
  else
    message = g_strdup (error->message);

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, error != NULL ? 0 : 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_export_response_cb (LcWindow             *self,
                       int                   response,
                       GtkFileChooserNative *native)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (native);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkFileFilter *filter;
  LcMapFormat format = LC_MAP_FORMAT_PNG;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL && !lc_map_format_from_path (path, &format))
    {
      /* No known extension: take the chosen filter's, and add it. */
      char *with_extension;

      filter = gtk_file_chooser_get_filter (chooser);
      for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
        if (filter != NULL && g_strcmp0 (gtk_file_filter_get_name (filter),
                                         _(export_formats[i].name)) == 0)
          format = export_formats[i].format;
      with_extension = g_strdup_printf ("%s.%s", path, export_formats[format].extension);
      g_free (path);
      path = with_extension;
    }

  if (path != NULL)
    export_to (self, path, format);

  g_object_unref (native);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;

  if (self->story == NULL)
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

  day = lc_day_to_iso (lc_map_view_get_day (self->map_view));
  name = g_strdup_printf ("%s-%s.png", lc_story_get_id (self->story), day);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect_swapped (native, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * lc_window_open_file:
 * @file: a story file
 *
 * Loads @file and shows it; when it cannot be loaded, shows why.
 *
 * Returns: %TRUE if the story was loaded
 */
gboolean
lc_window_open_file (LcWindow *self,
                     GFile    *file)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_has_uri_scheme (file, "resource") ? g_file_get_basename (file) : NULL;
  story = lc_story_loader_load_file (loader, file, name, NULL, NULL);
  if (story == NULL)
    {
      show_errors (self, file, loader);
      return FALSE;
    }

  lc_window_set_story (self, story);
  return TRUE;
}

/**
 * lc_window_get_story:
 *
 * Returns: (transfer none) (nullable): the story shown
 */
LcStory *
lc_window_get_story (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->story;
}

/**
 * lc_window_set_story:
 *
 * Shows @story in the window.
 */
void
lc_window_set_story (LcWindow *self,
                     LcStory  *story)
{
  g_return_if_fail (LC_IS_WINDOW (self));
  g_return_if_fail (!story || LC_IS_STORY (story));

  if (!g_set_object (&self->story, story))
    return;

  if (story != NULL)
    show_story (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = (LcWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);
  g_clear_object (&self->story);

  G_OBJECT_CLASS (lc_window_parent_class)->dispose (object);
}

static void
lc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_window_set_story (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_window_class_init (LcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_window_dispose;
  object_class->get_property = lc_window_get_property;
  object_class->set_property = lc_window_set_property;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_label);

  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

static void
lc_window_init (LcWindow *self)
{
  g_type_ensure (LC_TYPE_MAP_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
}
