/* lc-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-window-private.h"

/**
 * LcWindow:
 *
 * A window on one story: the map beside the statements panel, the
 * timeline below. It owns the day shown and the choice of place names;
 * the views bind to those properties, so moving the timeline moves them
 * all in the same frame. It opens story files (also dropped on it),
 * reloads the file when it changes on disk, and keeps the last good story
 * when a file is bad.
 *
 * At start the story is read in a thread (lc_window_open_last(),
 * lc_window_load_file()) while the window is made and shown, with a
 * spinner on the page until it comes.
 */
G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORY,
  PROP_DAY,
  PROP_PLACE_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define RELOAD_DELAY_MS  300
#define PANEL_MIN_WIDTH  280
#define PANEL_MAX_WIDTH  800
#define NARROW_WIDTH     560

/* What is shown where */

/* The subtitle: the date shown and the story's day count. */
static char *
format_subtitle (LcWindow *self,
                 LcStory  *story,
                 guint     day)
{
  return story != NULL ? lc_story_dup_day_line (story, day) : NULL;
}

static void
bind_subtitle (LcWindow *self)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (LC_TYPE_WINDOW, NULL, "story"),
    gtk_property_expression_new (LC_TYPE_WINDOW, NULL, "day"),
  };
  GtkExpression *subtitle = gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                         G_N_ELEMENTS (params), params,
                                                         G_CALLBACK (format_subtitle), NULL, NULL);

  gtk_expression_bind (subtitle, self->subtitle_label, "label", self);
}

static void
on_map_selected_cb (LcWindow   *self,
                    GParamSpec *pspec,
                    LcMapView  *map_view)
{
  lc_statement_panel_set_highlighted_feature (self->panel, lc_map_view_get_selected_feature (map_view));
}

/* A place picked on the map, by a click or from the keyboard: the panel
 * shows the newest statement or event naming it, and a screen reader
 * hears what it shows. */
static void
on_map_feature_activated_cb (LcWindow  *self,
                             LcFeature *feature,
                             LcMapView *map_view)
{
  guint count = lc_statement_panel_reveal_feature (self->panel, feature);
  g_autofree char *note = NULL;

  if (count == 0)
    note = g_strdup (_("Selected. No statement or event names it by this date."));
  else
    /* Translators: said by screen readers when a place on the map is
     * picked; "the list" is the statements and events beside the map. */
    note = g_strdup_printf (ngettext ("Selected. %u statement or event names it, now selected in the list.",
                                      "Selected. %u statements and events name it; the newest is now selected in the list.",
                                      count),
                            count);
  lc_map_view_set_selection_note (map_view, note);
}

/* The place's card closed: the place is no longer selected. */
static void
on_panel_place_dismissed_cb (LcWindow         *self,
                             LcStatementPanel *panel)
{
  lc_map_view_set_selected_feature (self->map_view, NULL);
}

static void
on_panel_feature_activated_cb (LcWindow         *self,
                               LcFeature        *feature,
                               LcStatementPanel *panel)
{
  g_autoptr(GPtrArray) features = g_ptr_array_new ();

  g_ptr_array_add (features, feature);
  lc_map_view_set_selected_feature (self->map_view, feature);
  lc_map_view_fly_to (self->map_view, features);
}

static void
on_panel_event_activated_cb (LcWindow         *self,
                             LcEvent          *event,
                             LcStatementPanel *panel)
{
  lc_window_set_day (self, lc_event_get_date (event)->day);
}

static void
on_panel_selected_item_cb (LcWindow         *self,
                           GParamSpec       *pspec,
                           LcStatementPanel *panel)
{
  GObject *item = lc_statement_panel_get_selected_item (panel);

  if (LC_IS_STATEMENT (item))
    lc_map_view_set_highlighted (self->map_view, lc_statement_get_mentions (LC_STATEMENT (item)));
  else if (LC_IS_EVENT (item))
    lc_map_view_set_highlighted (self->map_view, lc_event_get_features (LC_EVENT (item)));
  else
    lc_map_view_set_highlighted (self->map_view, NULL);
}

/* Files */

static void
on_file_changed_cb (LcWindow          *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor);

static void
watch_file (LcWindow *self,
            GFile    *file)
{
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed_cb, self);
  g_clear_object (&self->monitor);
  g_set_object (&self->file, file);

  if (file == NULL || g_file_has_uri_scheme (file, "resource"))
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Safe in a thread: the loader and the story it makes are used by one
 * thread at a time. */
static LcStory *
load (GFile          *file,
      LcStoryLoader  *loader,
      GCancellable   *cancellable)
{
  gboolean bundled = g_file_has_uri_scheme (file, "resource");
  g_autofree char *name = bundled ? g_file_get_basename (file) : NULL;

  /* The bundled story is translated; another is shown as written. */
  if (bundled)
    lc_story_loader_set_translation_domain (loader, GETTEXT_PACKAGE);

  return lc_story_loader_load_file (loader, file, name, cancellable, NULL);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  LcWindow *self = user_data;
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;

  self->reload_id = 0;
  if (self->file == NULL)
    return G_SOURCE_REMOVE;

  story = load (self->file, loader, NULL);
  if (story == NULL)
    lc_window_toast_errors (self, self->file, loader, TRUE);
  else
    {
      lc_window_withdraw_errors (self, self->file);
      lc_window_show_story (self, story, TRUE);
    }

  return G_SOURCE_REMOVE;
}

static void
on_file_changed_cb (LcWindow          *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  /* Deleted too: the reload says the file is gone, and keeps the story. */
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN &&
      event != G_FILE_MONITOR_EVENT_CHANGED && event != G_FILE_MONITOR_EVENT_DELETED &&
      event != G_FILE_MONITOR_EVENT_MOVED_OUT)
    return;

  /* Editors write in bursts: wait for the file to settle. */
  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

/* Shows a story loaded from @file, watches the file and remembers it. */
static void
show_file (LcWindow *self,
           GFile    *file,
           LcStory  *story)
{
  lc_window_withdraw_errors (self, file);
  watch_file (self, file);
  lc_window_show_story (self, story, FALSE);
  lc_recent_stories_add (self->recent, file);
}

/* What a load ends in: the story shown, or why not. */
static gboolean
finish_open (LcWindow      *self,
             GFile         *file,
             LcStoryLoader *loader,
             LcStory       *story)
{
  if (story == NULL)
    {
      if (self->story == NULL)
        lc_window_show_errors (self, file, loader);
      else
        lc_window_toast_errors (self, file, loader, FALSE);
      return FALSE;
    }

  show_file (self, file, story);
  return TRUE;
}

static void
cancel_loading (LcWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->loading_spinner != NULL)
    gtk_spinner_set_spinning (self->loading_spinner, FALSE);
}

/**
 * lc_window_open_file:
 * @file: a story file
 *
 * Loads @file and shows it. When it cannot be loaded, a window with no
 * story shows why; a window with a story keeps it and shows the errors
 * in a toast. A load under way in a thread is given up.
 *
 * Returns: %TRUE if the story was loaded
 */
gboolean
lc_window_open_file (LcWindow *self,
                     GFile    *file)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  cancel_loading (self);
  story = load (file, loader, NULL);

  return finish_open (self, file, loader, story);
}

typedef struct
{
  GFile         *file;
  LcStoryLoader *loader;
  LcStory       *story;
  gboolean       reopening;  /* the last story: the bundled one if it fails */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->loader);
  g_clear_object (&data->story);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;

  data->story = load (data->file, data->loader, cancellable);
  g_task_return_boolean (task, data->story != NULL);
}

/* The last story could not be opened again: the bundled one, and a toast. */
static void
fall_back (LcWindow *self,
           GFile    *file)
{
  g_autoptr(GFile) bundled = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  g_autofree char *name = lc_window_dup_display_name (file);
  g_autofree char *message = NULL;

  lc_window_open_file (self, bundled);
  /* Translators: %s is a story file's name */
  message = g_strdup_printf (_("“%s” could not be opened again, so the bundled story is shown"), name);
  lc_window_add_toast (self, message, FALSE);
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LcWindow *self = LC_WINDOW (object);
  GTask *task = G_TASK (result);
  LoadData *data = g_task_get_task_data (task);
  g_autofree char *date = NULL;

  /* Given up for another file, or the window closed. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    return;

  g_clear_object (&self->load_cancellable);
  gtk_spinner_set_spinning (self->loading_spinner, FALSE);
  if (data->reopening && data->story == NULL)
    {
      fall_back (self, data->file);
      return;
    }

  /* The day the window showed when it was closed. */
  if (data->reopening && self->settings != NULL)
    {
      date = g_settings_get_string (self->settings, "last-date");
      self->opening_day = lc_day_parse (date);
    }
  finish_open (self, data->file, data->loader, data->story);
  self->opening_day = 0;
}

static void
load_in_thread (LcWindow *self,
                GFile    *file,
                gboolean  reopening)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data = g_new0 (LoadData, 1);

  cancel_loading (self);
  self->load_cancellable = g_cancellable_new ();
  data->file = g_object_ref (file);
  data->loader = lc_story_loader_new ();
  data->reopening = reopening;

  task = g_task_new (self, self->load_cancellable, on_loaded_cb, NULL);
  g_task_set_source_tag (task, load_in_thread);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  /* Results are looked at whether or not the load was given up. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, load_thread);

  if (self->story == NULL)
    {
      gtk_spinner_set_spinning (self->loading_spinner, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
}

/**
 * lc_window_load_file:
 * @file: a story file
 *
 * As lc_window_open_file(), but reads @file in a thread, so the window
 * can be shown meanwhile: until the story comes, a window without one
 * shows a spinner. The story then shows, or the errors, with their place.
 */
void
lc_window_load_file (LcWindow *self,
                     GFile    *file)
{
  g_return_if_fail (LC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load_in_thread (self, file, FALSE);
}

/**
 * lc_window_open_last:
 *
 * Opens what a window showed when it was last closed, the story and the
 * day, if the settings say to. Otherwise, and when that story cannot be
 * opened any more, it opens the bundled story; in the second case a
 * toast says why. The story is read in a thread (see
 * lc_window_load_file()).
 */
void
lc_window_open_last (LcWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (LC_IS_WINDOW (self));

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "reopen-last"))
    uri = g_settings_get_string (self->settings, "last-story");
  if (uri == NULL || *uri == '\0')
    {
      file = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
      load_in_thread (self, file, FALSE);
      return;
    }

  /* Moved, deleted or damaged since: no error page, just the bundled story. */
  file = g_file_new_for_uri (uri);
  load_in_thread (self, file, TRUE);
}

static void
on_open_response_cb (LcWindow             *self,
                     int                   response,
                     GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        lc_window_open_file (self, file);
    }

  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) stories = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open Story"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (stories, _("Story Files"));
  gtk_file_filter_add_mime_type (stories, "application/x-lachin-corridor-story");
  gtk_file_filter_add_mime_type (stories, "application/json");
  gtk_file_filter_add_suffix (stories, "lcstory");
  gtk_file_filter_add_suffix (stories, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), stories);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  g_signal_connect_swapped (native, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
on_drop_cb (LcWindow      *self,
            const GValue  *value,
            double         x,
            double         y,
            GtkDropTarget *target)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  lc_window_open_file (self, files->data);
  g_slist_free (files);
  return TRUE;
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);

  if (self->story == NULL)
    return;
  adw_flap_set_reveal_flap (self->flap, TRUE);
  lc_statement_panel_start_search (self->panel);
}

static void
show_panel_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Narrow windows keep Open and Export in the main menu only. */
static void
on_default_width_cb (LcWindow   *self,
                     GParamSpec *pspec,
                     GtkWindow  *window)
{
  int width, height;
  gboolean wide;

  /* GTK 4.8 needs both pointers. */
  gtk_window_get_default_size (window, &width, &height);
  wide = width <= 0 || width >= NARROW_WIDTH;
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), wide);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), wide);
}

static void
on_reveal_flap_cb (LcWindow   *self,
                   GParamSpec *pspec,
                   AdwFlap    *flap)
{
  gboolean revealed = adw_flap_get_reveal_flap (flap);

  gtk_toggle_button_set_active (self->panel_button, revealed);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->panel_button),
                               revealed ? _("Hide Statements (F9)") : _("Show Statements (F9)"));
}

/* Place names */

LcPlaceNames
lc_window_get_place_names (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), LC_PLACE_NAMES_BOTH);

  return self->names;
}

/**
 * lc_window_set_place_names:
 *
 * Chooses whose names the map, the tooltips, the cards and exports show
 * for places whose names differ by side. The views bind to this, and it
 * to the settings.
 */
void
lc_window_set_place_names (LcWindow     *self,
                           LcPlaceNames  names)
{
  g_return_if_fail (LC_IS_WINDOW (self));

  if (self->names == names)
    return;

  self->names = names;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/* The panel's width follows a drag on its edge. */
static void
on_handle_drag_begin_cb (LcWindow       *self,
                         double          x,
                         double          y,
                         GtkGestureDrag *gesture)
{
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self->panel));
}

static void
on_handle_drag_update_cb (LcWindow       *self,
                          double          offset_x,
                          double          offset_y,
                          GtkGestureDrag *gesture)
{
  int direction = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1;
  int width = CLAMP (self->drag_start_width + direction * offset_x, PANEL_MIN_WIDTH, PANEL_MAX_WIDTH);

  lc_statement_panel_set_preferred_width (self->panel, width);
}

/* Settings */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without the installed schema (a build tree run without
   * GSETTINGS_SCHEMA_DIR) the window works, it just forgets. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_state (LcWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "panel-visible"));
  lc_statement_panel_set_preferred_width (self->panel,
                                          CLAMP (g_settings_get_int (self->settings, "panel-width"),
                                                 PANEL_MIN_WIDTH, PANEL_MAX_WIDTH));
}

static void
save_state (LcWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "panel-visible", adw_flap_get_reveal_flap (self->flap));
  width = lc_statement_panel_get_preferred_width (self->panel);
  g_settings_set_int (self->settings, "panel-width", CLAMP (width, PANEL_MIN_WIDTH, PANEL_MAX_WIDTH));
  /* What to reopen at the next start. */
  if (self->story != NULL && self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);
      g_autofree char *date = lc_day_to_iso (self->day);

      g_settings_set_string (self->settings, "last-story", uri);
      g_settings_set_string (self->settings, "last-date", date);
    }
  g_settings_apply (self->settings);
}

static gboolean
lc_window_close_request (GtkWindow *window)
{
  save_state (LC_WINDOW (window));

  return GTK_WINDOW_CLASS (lc_window_parent_class)->close_request (window);
}

/* The story */

static guint32
clamp_day (LcWindow *self,
           guint32   day)
{
  if (self->story == NULL)
    return day;

  return CLAMP (day, lc_story_get_start (self->story), lc_story_get_end (self->story));
}

/* Keeps the reader's selections across a reload, where the new story has them. */
static void
restore_selection (LcWindow   *self,
                   const char *statement_id,
                   const char *feature_id)
{
  LcStatement *statement = NULL;
  LcFeature *feature = NULL;

  if (statement_id != NULL)
    statement = lc_story_lookup_statement (self->story, statement_id);
  if (feature_id != NULL)
    feature = lc_story_lookup_feature (self->story, feature_id);

  lc_map_view_set_selected_feature (self->map_view, feature);
  if (statement != NULL)
    lc_statement_panel_select_statement (self->panel, statement);
}

void
lc_window_show_story (LcWindow *self,
                      LcStory  *story,
                      gboolean  keep_place)
{
  GObject *selected = lc_statement_panel_get_selected_item (self->panel);
  g_autofree char *selected_id = LC_IS_STATEMENT (selected)
                                 ? g_strdup (lc_statement_get_id (LC_STATEMENT (selected))) : NULL;
  LcFeature *feature = lc_map_view_get_selected_feature (self->map_view);
  g_autofree char *feature_id = feature != NULL ? g_strdup (lc_feature_get_id (feature)) : NULL;
  guint32 day = keep_place ? self->day
                : self->opening_day != 0 ? self->opening_day : lc_story_get_initial (story);

  if (!g_set_object (&self->story, story))
    return;

  gtk_label_set_text (self->title_label, lc_story_get_title (story));
  gtk_window_set_title (GTK_WINDOW (self), lc_story_get_title (story));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);

  lc_map_view_set_story (self->map_view, story);
  lc_statement_panel_set_story (self->panel, story);
  lc_timeline_set_story (self->timeline, story);
  lc_story_overview_set_story (self->overview, story);

  /* A new story starts each view at its own first day; the window's day,
   * notified even when it stays, sets them all again. */
  self->day = clamp_day (self, day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);

  /* A reload keeps the reader where they were. */
  if (keep_place)
    restore_selection (self, selected_id, feature_id);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", self->export_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-overview", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "story");

  /* A story opened for the first time opens on its overview. */
  if (!keep_place)
    lc_window_show_overview_if_new (self);
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
 * Shows @story in the window, at its initial date.
 */
void
lc_window_set_story (LcWindow *self,
                     LcStory  *story)
{
  g_return_if_fail (LC_IS_WINDOW (self));
  g_return_if_fail (LC_IS_STORY (story));

  lc_window_show_story (self, story, FALSE);
}

/**
 * lc_window_get_day:
 *
 * Returns: the day shown, which the timeline, the map, the statements and
 *   the subtitle follow
 */
guint32
lc_window_get_day (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), 0);

  return self->day;
}

/**
 * lc_window_set_day:
 *
 * Shows the story on @day, kept within its timeline.
 */
void
lc_window_set_day (LcWindow *self,
                   guint32   day)
{
  g_return_if_fail (LC_IS_WINDOW (self));

  day = clamp_day (self, day);
  if (self->day == day)
    return;

  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * lc_window_show_statement:
 *
 * Moves to the day of the statement with @id and selects it.
 *
 * Returns: %TRUE if the story has such a statement
 */
gboolean
lc_window_show_statement (LcWindow   *self,
                          const char *id)
{
  LcStatement *statement;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);

  statement = self->story != NULL ? lc_story_lookup_statement (self->story, id) : NULL;
  if (statement == NULL)
    return FALSE;

  lc_window_set_day (self, lc_statement_get_date (statement)->day);
  adw_flap_set_reveal_flap (self->flap, TRUE);

  return lc_statement_panel_select_statement (self->panel, statement);
}

/**
 * lc_window_add_toast:
 * @lasting: whether it stays until dismissed, as for an error
 *
 * Says @message (plain text) in a toast.
 */
void
lc_window_add_toast (LcWindow   *self,
                     const char *message,
                     gboolean    lasting)
{
  /* A toast's title is markup: a file name with “&” or “<” is text. */
  g_autofree char *markup = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, lasting ? 0 : 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = (LcWindow *)object;

  lc_window_dispose_export (self);
  cancel_loading (self);
  lc_window_dispose_errors (self);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed_cb, self);
  g_clear_object (&self->monitor);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);
  g_clear_object (&self->story);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent);

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

    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    case PROP_PLACE_NAMES:
      g_value_set_enum (value, self->names);
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
    case PROP_DAY:
      lc_window_set_day (self, g_value_get_uint (value));
      break;

    case PROP_PLACE_NAMES:
      lc_window_set_place_names (self, g_value_get_enum (value));
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
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_window_dispose;
  object_class->get_property = lc_window_get_property;
  object_class->set_property = lc_window_set_property;
  window_class->close_request = lc_window_close_request;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_NAMES] =
    g_param_spec_enum ("place-names", NULL, NULL, LC_TYPE_PLACE_NAMES, LC_PLACE_NAMES_BOTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, panel_handle);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, panel);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, recent_submenu);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-panel", NULL, show_panel_action);
  gtk_widget_class_install_property_action (widget_class, "win.place-names", "place-names");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-panel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  lc_window_class_add_export (widget_class);
  lc_window_class_add_actions (widget_class);
  lc_window_class_add_overview (widget_class);
}

static void
lc_window_init (LcWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  GtkGesture *handle_drag = gtk_gesture_drag_new ();

  lc_window_init_errors (self);

  g_type_ensure (LC_TYPE_MAP_VIEW);
  g_type_ensure (LC_TYPE_STATEMENT_PANEL);
  g_type_ensure (LC_TYPE_TIMELINE);
  g_type_ensure (LC_TYPE_STORY_OVERVIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  lc_window_init_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-overview", FALSE);

  /* The day and the place names are the window's; each view binds to them. */
  g_object_bind_property (self, "day", self->timeline, "day",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "day", self->map_view, "day", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "day", self->panel, "day", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "place-names", self->map_view, "place-names", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "place-names", self->panel, "place-names", G_BINDING_SYNC_CREATE);
  bind_subtitle (self);

  g_signal_connect_object (self->map_view, "notify::selected-feature",
                           G_CALLBACK (on_map_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "feature-activated",
                           G_CALLBACK (on_map_feature_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "place-dismissed",
                           G_CALLBACK (on_panel_place_dismissed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "feature-activated",
                           G_CALLBACK (on_panel_feature_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "event-activated",
                           G_CALLBACK (on_panel_event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "notify::selected-item",
                           G_CALLBACK (on_panel_selected_item_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_swapped (handle_drag, "drag-begin", G_CALLBACK (on_handle_drag_begin_cb), self);
  g_signal_connect_swapped (handle_drag, "drag-update", G_CALLBACK (on_handle_drag_update_cb), self);
  gtk_widget_add_controller (self->panel_handle, GTK_EVENT_CONTROLLER (handle_drag));

  g_signal_connect_object (self, "notify::default-width", G_CALLBACK (on_default_width_cb), self,
                           G_CONNECT_SWAPPED);

  self->settings = create_settings ();
  restore_state (self);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "place-names", self, "place-names", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "legend", self->map_view, "legend-mode",
                       G_SETTINGS_BIND_DEFAULT);
    }
  on_default_width_cb (self, NULL, GTK_WINDOW (self));
  on_reveal_flap_cb (self, NULL, self->flap);
}
