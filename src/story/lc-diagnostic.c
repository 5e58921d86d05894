/* lc-diagnostic.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-diagnostic.h"
#include "lc-story-enums.h"

/**
 * LcDiagnostic:
 *
 * One problem the loader found in a story file, with the place it is at:
 * a line and column for syntax, a JSON path such as `statements[3].date`
 * for meaning.
 */
struct _LcDiagnostic
{
  GObject               parent_instance;
  LcDiagnosticSeverity  severity;
  char                 *file;
  guint                 line;
  guint                 column;
  char                 *path;
  char                 *message;
};

G_DEFINE_FINAL_TYPE (LcDiagnostic, lc_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_FILE,
  PROP_LINE,
  PROP_COLUMN,
  PROP_PATH,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_diagnostic_finalize (GObject *object)
{
  LcDiagnostic *self = (LcDiagnostic *)object;

  g_free (self->file);
  g_free (self->path);
  g_free (self->message);

  G_OBJECT_CLASS (lc_diagnostic_parent_class)->finalize (object);
}

static void
lc_diagnostic_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LcDiagnostic *self = LC_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;

    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_diagnostic_class_init (LcDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_diagnostic_finalize;
  object_class->get_property = lc_diagnostic_get_property;

  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, LC_TYPE_DIAGNOSTIC_SEVERITY, LC_DIAGNOSTIC_ERROR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_diagnostic_init (LcDiagnostic *self)
{
}

/* Characters that would break a diagnostic's one line, or reorder the
 * text around them in a terminal or a label: controls, line separators,
 * and the explicit direction controls (embeddings, overrides, isolates). */
static gboolean
is_invisible (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* Writes those characters as <U+202E>, so a message shows what is there. */
static char *
escape_invisible (const char *text)
{
  g_autofree char *valid = NULL;
  GString *escaped;

  if (text == NULL)
    return NULL;

  /* A file name from the command line need not be UTF-8. */
  valid = g_utf8_make_valid (text, -1);
  escaped = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_invisible (c))
        g_string_append_printf (escaped, "<U+%04X>", c);
      else
        g_string_append_unichar (escaped, c);
    }

  return g_string_free (escaped, FALSE);
}

/**
 * lc_diagnostic_new:
 * @file: the file's name as the user should see it
 * @line: 1-based line, or 0 when the place is a JSON path
 * @column: 1-based column in characters, or 0
 * @path: (nullable): a JSON path such as `statements[3].date`
 * @message: what is wrong, in words a story author can act on
 *
 * Control characters and direction controls in any of the texts are
 * written as `<U+202E>`: a diagnostic is one line, and quoting a file
 * cannot reorder the text around it.
 *
 * Returns: (transfer full): a new diagnostic
 */
LcDiagnostic *
lc_diagnostic_new (LcDiagnosticSeverity  severity,
                   const char           *file,
                   guint                 line,
                   guint                 column,
                   const char           *path,
                   const char           *message)
{
  LcDiagnostic *self = g_object_new (LC_TYPE_DIAGNOSTIC, NULL);

  self->severity = severity;
  self->file = escape_invisible (file);
  self->line = line;
  self->column = column;
  self->path = escape_invisible (path);
  self->message = escape_invisible (message);

  return self;
}

LcDiagnosticSeverity
lc_diagnostic_get_severity (LcDiagnostic *self)
{
  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), LC_DIAGNOSTIC_ERROR);

  return self->severity;
}

const char *
lc_diagnostic_get_file (LcDiagnostic *self)
{
  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), NULL);

  return self->file;
}

guint
lc_diagnostic_get_line (LcDiagnostic *self)
{
  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

guint
lc_diagnostic_get_column (LcDiagnostic *self)
{
  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), 0);

  return self->column;
}

/**
 * lc_diagnostic_get_path:
 *
 * Returns: (nullable): the JSON path of the value at fault
 */
const char *
lc_diagnostic_get_path (LcDiagnostic *self)
{
  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), NULL);

  return self->path;
}

const char *
lc_diagnostic_get_message (LcDiagnostic *self)
{
  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * lc_diagnostic_to_string:
 *
 * Formats the diagnostic the way compilers do, so editors can jump to it:
 * `FILE:LINE:COLUMN: message` or `FILE: PATH: message`, with `warning: `
 * before the message of a warning.
 *
 * Returns: (transfer full): one line of text
 */
char *
lc_diagnostic_to_string (LcDiagnostic *self)
{
  GString *str;

  g_return_val_if_fail (LC_IS_DIAGNOSTIC (self), NULL);

  str = g_string_new (self->file);
  if (self->line > 0)
    g_string_append_printf (str, ":%u:%u:", self->line, self->column);
  else
    g_string_append_c (str, ':');
  if (self->path != NULL && self->path[0] != '\0')
    g_string_append_printf (str, " %s:", self->path);
  g_string_append_c (str, ' ');
  if (self->severity == LC_DIAGNOSTIC_WARNING)
    g_string_append (str, _("warning: "));
  g_string_append (str, self->message);

  return g_string_free (str, FALSE);
}
