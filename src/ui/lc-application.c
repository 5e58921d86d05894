/* lc-application.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-command-line.h"
#include "lc-window.h"

/**
 * LcApplication:
 *
 * The application: opens a window on the bundled story, or on the story
 * files it is given, and runs `--validate` without a display.
 */
struct _LcApplication
{
  AdwApplication  parent_instance;

  /* Asked for on the command line before a window could show them. */
  guint32         pending_day;
  char           *pending_statement;
};

G_DEFINE_FINAL_TYPE (LcApplication, lc_application, ADW_TYPE_APPLICATION)

/* `--validate FILE…` takes any number of files, which GApplication's own
 * parsing would treat as files to open, and neither it nor `--export`
 * may touch the display or the session bus: both are handled here. */
static gboolean
lc_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  if (lc_command_line_run (*arguments, exit_status))
    return TRUE;

  return G_APPLICATION_CLASS (lc_application_parent_class)->local_command_line (application,
                                                                                 arguments,
                                                                                 exit_status);
}

/* --date and --statement go to the running instance, if there is one,
 * as app.show-date and app.show-statement. */
static int
lc_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  const char *date = NULL, *statement = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "date", "&s", &date);
  g_variant_dict_lookup (options, "statement", "&s", &statement);
  if (date == NULL && statement == NULL)
    return -1;

  if (date != NULL && lc_day_parse (date) == 0)
    {
      g_printerr (_("“%s” is not a date: write it as 2022-12-12\n"), date);
      return 1;
    }
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (date != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "show-date",
                                    g_variant_new_string (date));
  if (statement != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "show-statement",
                                    g_variant_new_string (statement));

  return -1;
}

/* Shows what the command line asked for, once a window has a story. */
static void
apply_pending (LcApplication *self,
               LcWindow      *window)
{
  if (lc_window_get_story (window) == NULL)
    return;

  if (self->pending_day != 0)
    lc_window_set_day (window, self->pending_day);
  if (self->pending_statement != NULL &&
      !lc_window_show_statement (window, self->pending_statement))
    g_warning ("The story has no statement “%s”", self->pending_statement);
  self->pending_day = 0;
  g_clear_pointer (&self->pending_statement, g_free);
}

static LcWindow *
active_window (LcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return LC_IS_WINDOW (window) ? LC_WINDOW (window) : NULL;
}

static void
apply_pending_to_active (LcApplication *self)
{
  LcWindow *window = active_window (self);

  if (window != NULL)
    apply_pending (self, window);
}

static void
lc_application_show_date_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  LcApplication *self = user_data;

  self->pending_day = lc_day_parse (g_variant_get_string (parameter, NULL));
  apply_pending_to_active (self);
}

static void
lc_application_show_statement_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  LcApplication *self = user_data;

  g_free (self->pending_statement);
  self->pending_statement = g_variant_dup_string (parameter, NULL);
  apply_pending_to_active (self);
}

/* A story read in a thread has come: what the command line asked for. */
static void
on_window_story_cb (LcApplication *self,
                    GParamSpec    *pspec,
                    LcWindow      *window)
{
  apply_pending (self, window);
}

static LcWindow *
new_window (LcApplication *self)
{
  LcWindow *window = g_object_new (LC_TYPE_WINDOW, "application", self, NULL);

  g_signal_connect_object (window, "notify::story", G_CALLBACK (on_window_story_cb), self,
                           G_CONNECT_SWAPPED);
  return window;
}

static void
lc_application_activate (GApplication *application)
{
  LcApplication *self = LC_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (self));
      lc_window_open_last (LC_WINDOW (window));
    }

  apply_pending (self, LC_WINDOW (window));
  gtk_window_present (window);
}

static void
lc_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  LcApplication *self = LC_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      LcWindow *window = new_window (self);

      lc_window_load_file (window, files[i]);
      apply_pending (self, window);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
lc_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  LcApplication *self = user_data;
  static const char *developers[] = { "The Lachin Corridor developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", PACKAGE_NAME,
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Lachin Corridor developers"),
                        "version", PACKAGE_VERSION,
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Lachin Corridor developers"),
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "comments", _("The December 2022 blockade of the Lachin Corridor on a map, "
                                      "with what each side said and when."),
                        /* Translators: put your names here, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (about, _("Sources"),
                                       (const char *[]) {
                                         "Asbarez https://asbarez.com",
                                         "Natural Earth https://www.naturalearthdata.com",
                                         NULL });
  gtk_window_present (GTK_WINDOW (about));
}

/* A window on the bundled story, beside the others. */
static void
lc_application_new_window_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  g_autoptr(GFile) bundled = g_file_new_for_uri (LC_BUNDLED_STORY_URI);
  LcWindow *window = new_window (LC_APPLICATION (user_data));

  lc_window_open_file (window, bundled);
  gtk_window_present (GTK_WINDOW (window));
}

/* Each window is closed as by its close button, so that it saves what the
 * next start reopens. */
static void
lc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Closing a window takes it off the application's list: copy it first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));

  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", lc_application_quit_action },
  { "new-window", lc_application_new_window_action },
  { "about", lc_application_about_action },
  { "show-date", lc_application_show_date_action, "s" },
  { "show-statement", lc_application_show_statement_action, "s" },
};

static void
lc_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (lc_application_parent_class)->startup (application);

  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<primary>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         (const char *[]) { "<primary>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.new-window",
                                         (const char *[]) { "<primary>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         (const char *[]) { "<primary>question", NULL });
}

static void
lc_application_finalize (GObject *object)
{
  LcApplication *self = (LcApplication *)object;

  g_free (self->pending_statement);

  G_OBJECT_CLASS (lc_application_parent_class)->finalize (object);
}

/* GTK 4.8's shortcuts window spells some keys as code does, "Page_Up";
 * in English it has no translation to turn them into words. */
static void
name_keys (GtkWidget *widget)
{
  static const struct
  {
    const char *raw;
    const char *label;
  } keys[] = {
    { "Page_Up", NC_("keyboard key", "Page Up") },
    { "Page_Down", NC_("keyboard key", "Page Down") },
  };

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      for (guint i = 0; GTK_IS_LABEL (child) && i < G_N_ELEMENTS (keys); i++)
        if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), keys[i].raw) == 0)
          gtk_label_set_text (GTK_LABEL (child), g_dpgettext2 (NULL, "keyboard key", keys[i].label));
      name_keys (child);
    }
}

/* The keyboard shortcuts window is made when it is first asked for, not
 * with every window as GTK makes it from gtk/help-overlay.ui: it is some
 * 400 widgets, a quarter of those a window had at start. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/lc-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      name_keys (GTK_WIDGET (shortcuts));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }

  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
lc_application_window_added (GtkApplication *application,
                             GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (lc_application_parent_class)->window_added (application, window);

  /* Before GTK would add its own, in gtk_application_window_set_help_overlay(). */
  if (GTK_IS_APPLICATION_WINDOW (window) &&
      g_action_map_lookup_action (G_ACTION_MAP (window), "show-help-overlay") == NULL)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new ("show-help-overlay", NULL);

      g_signal_connect (action, "activate", G_CALLBACK (show_help_overlay_cb), window);
      g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
    }
}

static void
lc_application_class_init (LcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lc_application_finalize;

  app_class->local_command_line = lc_application_local_command_line;
  app_class->handle_local_options = lc_application_handle_local_options;
  app_class->startup = lc_application_startup;
  app_class->activate = lc_application_activate;
  app_class->open = lc_application_open;
  GTK_APPLICATION_CLASS (klass)->window_added = lc_application_window_added;
}

static void
lc_application_init (LcApplication *self)
{
  g_autofree GOptionEntry *entries = lc_command_line_dup_entries ();

  /* Before registering, so a second instance can reach them. */
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Show the 2022 blockade of the Lachin Corridor "
                                              "on a map, or open another story file."));
}

/**
 * lc_application_new:
 *
 * Returns: (transfer full): the application
 */
LcApplication *
lc_application_new (void)
{
  return g_object_new (LC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
