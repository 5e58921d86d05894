/* lc-source.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-story-private.h"

/**
 * LcSource:
 *
 * Where something in a story comes from: an article, a document, a data set.
 */
struct _LcSource
{
  GObject  parent_instance;
  char    *id;
  char    *publisher;
  char    *title;
  LcDate   date;
  char    *url;
  char    *note;
};

G_DEFINE_FINAL_TYPE (LcSource, lc_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PUBLISHER,
  PROP_TITLE,
  PROP_DATE,
  PROP_URL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_source_finalize (GObject *object)
{
  LcSource *self = (LcSource *)object;

  g_free (self->id);
  g_free (self->publisher);
  g_free (self->title);
  g_free (self->url);
  g_free (self->note);

  G_OBJECT_CLASS (lc_source_parent_class)->finalize (object);
}

static void
lc_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcSource *self = LC_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, lc_source_get_date (self));
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_source_class_init (LcSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_source_finalize;
  object_class->get_property = lc_source_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER] = g_param_spec_string ("publisher", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, LC_TYPE_DATE,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_source_init (LcSource *self)
{
}

LcSource *
_lc_source_new (const char   *id,
                const char   *publisher,
                const char   *title,
                const LcDate *date,
                const char   *url,
                const char   *note)
{
  LcSource *self = g_object_new (LC_TYPE_SOURCE, NULL);

  self->id = g_strdup (id);
  self->publisher = g_strdup (publisher);
  self->title = g_strdup (title);
  if (date != NULL)
    self->date = *date;
  self->url = g_strdup (url);
  self->note = g_strdup (note);

  return self;
}

const char *
lc_source_get_id (LcSource *self)
{
  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
lc_source_get_publisher (LcSource *self)
{
  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
lc_source_get_title (LcSource *self)
{
  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  return self->title;
}

/**
 * lc_source_get_date:
 *
 * Returns: (nullable) (transfer none): when the source was published, if known
 */
const LcDate *
lc_source_get_date (LcSource *self)
{
  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  return self->date.day != 0 ? &self->date : NULL;
}

/**
 * lc_source_get_url:
 *
 * Returns: (nullable): an `http` or `https` address of the source
 */
const char *
lc_source_get_url (LcSource *self)
{
  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  return self->url;
}

/**
 * lc_source_get_note:
 *
 * Returns: (nullable): the story author's note on the source
 */
const char *
lc_source_get_note (LcSource *self)
{
  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  return self->note;
}

/**
 * lc_source_dup_citation:
 *
 * How the app names a publication: its publisher, its own title in
 * quotation marks where the story gives one, and its date, as
 * "Asbarez, “Moscow Reports No Progress…”, 30 Dec 2022".
 *
 * Returns: (transfer full): the citation, in the user's language
 */
char *
lc_source_dup_citation (LcSource *self)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (LC_IS_SOURCE (self), NULL);

  if (self->date.day != 0)
    date = lc_date_format (&self->date);
  if (self->title != NULL && date != NULL)
    /* Translators: a source: publisher, title, date */
    return g_strdup_printf (_("%s, “%s”, %s"), self->publisher, self->title, date);
  if (self->title != NULL)
    /* Translators: a source: publisher, title */
    return g_strdup_printf (_("%s, “%s”"), self->publisher, self->title);
  if (date != NULL)
    /* Translators: a source whose title is not known: publisher, date */
    return g_strdup_printf (_("%s, %s"), self->publisher, date);

  return g_strdup (self->publisher);
}

/* A character no address may hold as it is: a control, a space of any
 * kind, an invisible format character (a direction control, a zero-width
 * space), which could make it lead elsewhere than it reads. */
static gboolean
is_hidden (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return c <= 0x20 || (c >= 0x7f && c < 0xa0) || g_unichar_isspace (c) ||
         type == G_UNICODE_FORMAT || type == G_UNICODE_LINE_SEPARATOR ||
         type == G_UNICODE_PARAGRAPH_SEPARATOR;
}

/**
 * lc_source_check_url:
 * @url: an address, valid UTF-8
 * @error: (optional): what is wrong with it, in words for the story's author
 *
 * Whether @url is an address the app may offer as a link: http or https,
 * parsed by #GUri, with a host, no user name or password before an “@”,
 * no control, space or invisible character, at most %LC_SOURCE_MAX_URL
 * characters. The loader refuses any other; the interface shows any other
 * as text.
 *
 * Returns: %TRUE if it is
 */
gboolean
lc_source_check_url (const char  *url,
                     GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *scheme = NULL;

  g_return_val_if_fail (url != NULL, FALSE);

  if (g_utf8_strlen (url, -1) > LC_SOURCE_MAX_URL)
    {
      g_set_error (error, G_URI_ERROR, G_URI_ERROR_FAILED,
                   _("the address is longer than %u characters"), LC_SOURCE_MAX_URL);
      return FALSE;
    }
  for (const char *p = url; *p != '\0'; p = g_utf8_next_char (p))
    if (is_hidden (g_utf8_get_char (p)))
      {
        g_set_error (error, G_URI_ERROR, G_URI_ERROR_FAILED,
                     _("the address holds a space, a control or an invisible character (U+%04X); "
                       "write a space as %%20"), g_utf8_get_char (p));
        return FALSE;
      }

  scheme = g_uri_parse_scheme (url);
  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      g_autofree char *shown = g_utf8_substring (url, 0, MIN (g_utf8_strlen (url, -1), 64));

      g_set_error (error, G_URI_ERROR, G_URI_ERROR_BAD_SCHEME,
                   _("expected an address starting with https:// or http://, got “%s”"), shown);
      return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, &parse_error);
  if (uri == NULL)
    {
      g_set_error (error, G_URI_ERROR, G_URI_ERROR_FAILED,
                   _("this is not a valid address: %s"), parse_error->message);
      return FALSE;
    }
  if (g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    {
      g_set_error_literal (error, G_URI_ERROR, G_URI_ERROR_BAD_HOST,
                           _("the address has no host: write it as https://example.org/page"));
      return FALSE;
    }
  if (g_uri_get_userinfo (uri) != NULL)
    {
      g_set_error_literal (error, G_URI_ERROR, G_URI_ERROR_BAD_USER,
                           _("the address has a user name or password before “@”, which can "
                             "hide where it leads"));
      return FALSE;
    }

  return TRUE;
}
