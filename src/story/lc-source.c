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
