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
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (LcApplication, lc_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check story files and exit, without opening a window"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the map to a PNG, SVG or PDF file and exit, without opening a window"),
    N_("FILE") },
  { "date", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the date to show"),
    N_("YYYY-MM-DD") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the size, 1400x900 by default"),
    N_("WIDTHxHEIGHT") },
  { "dark", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export: use the dark style"), NULL },
  { "names", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: place names, both (the default), armenian or azerbaijani"),
    N_("SIDE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

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

static int
lc_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static LcWindow *
new_window (LcApplication *self)
{
  return g_object_new (LC_TYPE_WINDOW, "application", self, NULL);
}

static void
lc_application_activate (GApplication *application)
{
  LcApplication *self = LC_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      g_autoptr(GFile) bundled = g_file_new_for_uri (LC_BUNDLED_STORY_URI);

      window = GTK_WINDOW (new_window (self));
      lc_window_open_file (LC_WINDOW (window), bundled);
    }

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

      lc_window_open_file (window, files[i]);
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

static void
lc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", lc_application_quit_action },
  { "about", lc_application_about_action },
};

static void
lc_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (lc_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<primary>q", NULL });
}

static void
lc_application_class_init (LcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->local_command_line = lc_application_local_command_line;
  app_class->handle_local_options = lc_application_handle_local_options;
  app_class->startup = lc_application_startup;
  app_class->activate = lc_application_activate;
  app_class->open = lc_application_open;
}

static void
lc_application_init (LcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
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
