/* lc-window-open.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening story files in the window: from the Open dialog, a drop, the
 * recent stories or the command line, read at once or in a thread with a
 * spinner on the page; the file shown is watched and read again when it
 * changes on disk. A file that cannot be read goes to lc-window-errors.c. */

#include "config.h"

#include <glib/gi18n.h>
#if HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "lc-application.h"
#include "lc-window-private.h"

#define RELOAD_DELAY_MS  300

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
#if HAVE_MALLOC_TRIM
  /* The parse's nodes were freed in this thread's own arena, whose pages
   * glibc would keep: 10 MB of a story of 200,000 items (4 %). */
  malloc_trim (0);
#endif
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

/* Called from lc_window_class_init(). */
void
lc_window_class_add_open (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

/* Called from lc_window_init(): story files dropped on the window open. */
void
lc_window_init_open (LcWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/* Gives up a read in a thread and a reload to come, and stops watching
 * the file. */
void
lc_window_dispose_open (LcWindow *self)
{
  cancel_loading (self);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed_cb, self);
  g_clear_object (&self->monitor);
}
