/* lc-command-line.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The modes of the command line that need no display: `--validate` and
 * `--export`. They run before GTK is initialised or the application
 * registers on the session bus, so they work on a server or in CI. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdlib.h>

#include "lc-application.h"
#include "lc-command-line.h"
#include "lc-map-export.h"
#include "lc-story-loader.h"
#include "lc-validate.h"

#define DEFAULT_WIDTH  1400
#define DEFAULT_HEIGHT 900

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_printerr ("%s\n", message);
  g_printerr (_("Try “%s --help” for more information.\n"), g_get_prgname ());

  return LC_VALIDATE_USAGE;
}

static int
run_validate (char **arguments)
{
  gboolean validate = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  int status;

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &arguments, &error))
    return usage_error (context, error->message);

  status = lc_validate_files ((const char * const *) files, out);
  if (status == LC_VALIDATE_USAGE)
    g_printerr ("%s", out->str);
  else
    g_print ("%s", out->str);

  return status;
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  char *end;
  gint64 w, h;

  w = g_ascii_strtoll (text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X'))
    return FALSE;
  text = end + 1;
  h = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' ||
      w < 1 || h < 1 || w > LC_MAP_EXPORT_MAX_SIDE || h > LC_MAP_EXPORT_MAX_SIDE)
    return FALSE;

  *width = w;
  *height = h;
  return TRUE;
}

static gboolean
parse_names (const char   *text,
             LcPlaceNames *names)
{
  if (text == NULL || g_str_equal (text, "both"))
    *names = LC_PLACE_NAMES_BOTH;
  else if (g_str_equal (text, "armenian"))
    *names = LC_PLACE_NAMES_ARMENIAN;
  else if (g_str_equal (text, "azerbaijani"))
    *names = LC_PLACE_NAMES_AZERBAIJANI;
  else
    return FALSE;

  return TRUE;
}

static LcStory *
load_story (const char  *path,
            GError     **error)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GFile) file = path != NULL ? g_file_new_for_commandline_arg (path)
                                       : g_file_new_for_uri (LC_BUNDLED_STORY_URI);

  if (path == NULL)
    lc_story_loader_set_translation_domain (loader, GETTEXT_PACKAGE);

  return lc_story_loader_load_file (loader, file, path, NULL, error);
}

static int
run_export (char **arguments)
{
  g_autofree char *out = NULL, *date = NULL, *size = NULL, *names_text = NULL;
  gboolean dark = FALSE;
  g_auto(GStrv) files = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = NULL;
  g_autoptr(LcMapRenderer) renderer = NULL;
  g_autoptr(LcViewport) viewport = NULL;
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &out, NULL, NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, NULL, NULL },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, NULL, NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, NULL, NULL },
    { "names", 0, 0, G_OPTION_ARG_STRING, &names_text, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
  LcPlaceNames names;
  LcMapFormat format;
  guint32 day = 0;

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &arguments, &error))
    return usage_error (context, error->message);
  if (out == NULL)
    return usage_error (context, _("--export needs the file to write, such as map.png"));
  if (files != NULL && g_strv_length (files) > 1)
    return usage_error (context, _("--export takes at most one story file"));

  if (!lc_map_format_from_path (out, &format))
    {
      g_printerr (_("Cannot export “%s”: the name must end in .png, .svg or .pdf\n"), out);
      return EXIT_FAILURE;
    }
  if (date != NULL && (day = lc_day_parse (date)) == 0)
    {
      g_printerr (_("“%s” is not a date: write it as 2022-12-12\n"), date);
      return EXIT_FAILURE;
    }
  if (size != NULL && !parse_size (size, &width, &height))
    {
      g_printerr (_("“%s” is not a size: write it as 1400x900, each side 1 to %d\n"),
                  size, LC_MAP_EXPORT_MAX_SIDE);
      return EXIT_FAILURE;
    }
  if (!parse_names (names_text, &names))
    {
      g_printerr (_("“%s” is not a choice of names: use both, armenian or azerbaijani\n"),
                  names_text);
      return EXIT_FAILURE;
    }

  story = load_story (files != NULL ? files[0] : NULL, &error);
  if (story == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  renderer = lc_map_renderer_new (story);
  lc_map_renderer_set_dark (renderer, dark);
  lc_map_renderer_set_place_names (renderer, names);
  viewport = lc_viewport_new ();
  lc_viewport_set_size (viewport, width, height);
  lc_viewport_set_day (viewport, day != 0 ? day : lc_story_get_initial (story));
  lc_map_renderer_reset_view (renderer, viewport);

  if (!lc_map_export (renderer, viewport, format, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/**
 * lc_command_line_run:
 * @arguments: the whole command line
 * @exit_status: (out): the status to exit with
 *
 * Runs `--validate` or `--export` when the command line asks for one.
 *
 * Returns: %TRUE if it did, and the application should exit
 */
gboolean
lc_command_line_run (char **arguments,
                     int   *exit_status)
{
  for (guint i = 1; arguments[i] != NULL; i++)
    {
      if (g_str_equal (arguments[i], "--"))
        break;
      if (g_str_equal (arguments[i], "--validate"))
        {
          *exit_status = run_validate (g_strdupv (arguments));
          return TRUE;
        }
      if (g_str_equal (arguments[i], "--export") || g_str_has_prefix (arguments[i], "--export="))
        {
          *exit_status = run_export (g_strdupv (arguments));
          return TRUE;
        }
    }

  return FALSE;
}
