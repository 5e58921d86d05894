/* lc-command-line.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The command line's options, in one table that gives both --help (through
 * GApplication) and the parsing of the modes that need no display:
 * `--validate` and `--export`. These run before GTK is initialised or the
 * application registers on the session bus, so they work on a server or
 * in CI. */

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

/* What the command line asked for. */
typedef struct
{
  gboolean  validate;
  char     *export;
  char     *date;
  char     *statement;
  char     *size;
  gboolean  dark;
  char     *names;
  gboolean  version;
  GStrv     files;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->export);
  g_free (options->date);
  g_free (options->statement);
  g_free (options->size);
  g_free (options->names);
  g_strfreev (options->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* Which way of running an option belongs to. */
typedef enum
{
  MODE_WINDOW   = 1 << 0,
  MODE_VALIDATE = 1 << 1,
  MODE_EXPORT   = 1 << 2,
} Mode;

static const struct
{
  GOptionEntry entry;
  gsize        offset; /* of its value in Options */
  Mode         modes;
} options[] = {
  { { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check story files and exit, without opening a window"), NULL },
    G_STRUCT_OFFSET (Options, validate), MODE_VALIDATE },
  { { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export the map to a PNG, SVG or PDF file and exit, without opening a window"),
      N_("FILE") },
    G_STRUCT_OFFSET (Options, export), MODE_EXPORT },
  { { "date", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The date to show, in the window or the export"),
      N_("YYYY-MM-DD") },
    G_STRUCT_OFFSET (Options, date), MODE_WINDOW | MODE_EXPORT },
  { { "statement", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The statement to show, by its id"),
      N_("ID") },
    G_STRUCT_OFFSET (Options, statement), MODE_WINDOW },
  { { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("With --export: the size, 1400x900 by default"),
      N_("WIDTHxHEIGHT") },
    G_STRUCT_OFFSET (Options, size), MODE_EXPORT },
  { { "dark", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --export: use the dark style"), NULL },
    G_STRUCT_OFFSET (Options, dark), MODE_EXPORT },
  { { "names", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("With --export: place names, both (the default), armenian or azerbaijani"),
      N_("SIDE") },
    G_STRUCT_OFFSET (Options, names), MODE_EXPORT },
  { { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    G_STRUCT_OFFSET (Options, version), MODE_WINDOW },
};

/**
 * lc_command_line_dup_entries:
 *
 * The options without places for their values, for
 * g_application_add_main_option_entries(), which gives --help and hands
 * the window's options over in a #GVariantDict.
 *
 * Returns: (transfer full) (array zero-terminated=1): the entries
 */
GOptionEntry *
lc_command_line_dup_entries (void)
{
  GOptionEntry *entries = g_new0 (GOptionEntry, G_N_ELEMENTS (options) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    entries[i] = options[i].entry;

  return entries;
}

static gpointer
option_value (Options *values,
              guint    i)
{
  return (char *) values + options[i].offset;
}

static gboolean
option_given (Options *values,
              guint    i)
{
  if (options[i].entry.arg == G_OPTION_ARG_NONE)
    return *(gboolean *) option_value (values, i);

  return *(char **) option_value (values, i) != NULL;
}

static int
usage_error (const char *message)
{
  g_printerr ("%s\n", message);
  g_printerr (_("Try “%s --help” for more information.\n"), g_get_prgname ());

  return LC_VALIDATE_USAGE;
}

/* Parses the whole command line into @values, and checks that every
 * option given belongs to @mode, named @mode_option. */
static gboolean
parse (char       **arguments,
       Mode         mode,
       const char  *mode_option,
       Options     *values,
       int         *status)
{
  GOptionEntry entries[G_N_ELEMENTS (options) + 2] = { { NULL } };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      entries[i] = options[i].entry;
      entries[i].arg_data = option_value (values, i);
    }
  entries[G_N_ELEMENTS (options)] = (GOptionEntry) {
    G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &values->files, NULL, NULL
  };

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, &arguments, &error))
    {
      *status = usage_error (error->message);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    if (option_given (values, i) && (options[i].modes & mode) == 0)
      {
        /* Translators: both are options, as "--statement cannot be used with --export" */
        g_autofree char *message = g_strdup_printf (_("--%s cannot be used with --%s"),
                                                    options[i].entry.long_name, mode_option);

        *status = usage_error (message);
        return FALSE;
      }

  return TRUE;
}

static int
run_validate (char **arguments)
{
  g_auto(Options) values = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  int status;

  if (!parse (arguments, MODE_VALIDATE, "validate", &values, &status))
    return status;

  status = lc_validate_files ((const char * const *) values.files, out);
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

/* The checks of --export's options that need no story. */
static gboolean
check_export (Options     *values,
              LcMapFormat *format,
              guint32     *day,
              int         *width,
              int         *height,
              int         *names)
{
  if (!lc_map_format_from_name (values->export, format))
    g_printerr (_("Cannot export “%s”: the name must end in .png, .svg or .pdf\n"), values->export);
  else if (values->date != NULL && (*day = lc_day_parse (values->date)) == 0)
    g_printerr (_("“%s” is not a date: write it as 2022-12-12\n"), values->date);
  else if (values->size != NULL && !parse_size (values->size, width, height))
    g_printerr (_("“%s” is not a size: write it as 1400x900, each side 1 to %d\n"),
                values->size, LC_MAP_EXPORT_MAX_SIDE);
  else if (values->names != NULL && !lc_enum_from_nick (LC_TYPE_PLACE_NAMES, values->names, names))
    {
      g_autofree char *nicks = lc_enum_dup_nicks (LC_TYPE_PLACE_NAMES);

      g_printerr (_("“%s” is not a choice of names: use one of %s\n"), values->names, nicks);
    }
  else
    return TRUE;

  return FALSE;
}

static int
run_export (char **arguments)
{
  g_auto(Options) values = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(LcStory) story = NULL;
  g_autoptr(LcMapRenderer) renderer = NULL;
  g_autoptr(LcViewport) viewport = NULL;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, names = LC_PLACE_NAMES_BOTH, status;
  LcMapFormat format;
  guint32 day = 0;

  if (!parse (arguments, MODE_EXPORT, "export", &values, &status))
    return status;
  if (values.export == NULL)
    return usage_error (_("--export needs the file to write, such as map.png"));
  if (values.files != NULL && g_strv_length (values.files) > 1)
    return usage_error (_("--export takes at most one story file"));
  if (!check_export (&values, &format, &day, &width, &height, &names))
    return EXIT_FAILURE;

  story = load_story (values.files != NULL ? values.files[0] : NULL, &error);
  if (story == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  renderer = lc_map_renderer_new (story);
  lc_map_renderer_set_dark (renderer, values.dark);
  lc_map_renderer_set_place_names (renderer, names);
  viewport = lc_viewport_new ();
  lc_viewport_set_day (viewport, day != 0 ? day : lc_story_get_initial (story));
  /* --size is the page's, the title and sources included. */
  lc_map_export_size_page (renderer, viewport, width, height);
  lc_map_renderer_reset_view (renderer, viewport);

  file = g_file_new_for_commandline_arg (values.export);
  if (!lc_map_export (renderer, viewport, format, file, NULL, &error))
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
  g_auto(GStrv) copy = NULL;

  for (guint i = 1; arguments[i] != NULL; i++)
    {
      if (g_str_equal (arguments[i], "--"))
        break;
      if (g_str_equal (arguments[i], "--validate"))
        {
          copy = g_strdupv (arguments);
          *exit_status = run_validate (copy);
          return TRUE;
        }
      if (g_str_equal (arguments[i], "--export") || g_str_has_prefix (arguments[i], "--export="))
        {
          copy = g_strdupv (arguments);
          *exit_status = run_export (copy);
          return TRUE;
        }
    }

  return FALSE;
}
