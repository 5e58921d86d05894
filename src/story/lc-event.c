/* lc-event.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-story-private.h"

/**
 * LcEvent:
 *
 * Something that happened on a date, at some of the story's places.
 */
struct _LcEvent
{
  GObject    parent_instance;
  char      *id;
  LcDate     date;
  char      *title;
  char      *text;
  GPtrArray *features;
  GPtrArray *sources;       /* LcSource, the first is the main one */
  GPtrArray *note_sources;  /* LcSource */
  char      *note;
};

G_DEFINE_FINAL_TYPE (LcEvent, lc_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_TITLE,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_event_dispose (GObject *object)
{
  LcEvent *self = (LcEvent *)object;

  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->note_sources, g_ptr_array_unref);
  g_clear_pointer (&self->features, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_event_parent_class)->dispose (object);
}

static void
lc_event_finalize (GObject *object)
{
  LcEvent *self = (LcEvent *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->text);
  g_free (self->note);

  G_OBJECT_CLASS (lc_event_parent_class)->finalize (object);
}

static void
lc_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LcEvent *self = LC_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, lc_event_get_source (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_event_class_init (LcEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_event_dispose;
  object_class->finalize = lc_event_finalize;
  object_class->get_property = lc_event_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, LC_TYPE_DATE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, LC_TYPE_SOURCE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_event_init (LcEvent *self)
{
  self->features = g_ptr_array_new_with_free_func (g_object_unref);
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->note_sources = g_ptr_array_new_with_free_func (g_object_unref);
}

LcEvent *
_lc_event_new (const char   *id,
               const LcDate *date,
               const char   *title,
               const char   *text,
               LcSource     *source,
               const char   *note)
{
  LcEvent *self = g_object_new (LC_TYPE_EVENT, NULL);

  self->id = g_strdup (id);
  self->date = *date;
  self->title = g_strdup (title);
  self->text = g_strdup (text);
  if (source != NULL)
    g_ptr_array_add (self->sources, g_object_ref (source));
  self->note = g_strdup (note);

  return self;
}

void
_lc_event_add_feature (LcEvent   *self,
                       LcFeature *feature)
{
  g_ptr_array_add (self->features, g_object_ref (feature));
}

void
_lc_event_add_source (LcEvent  *self,
                      LcSource *source)
{
  g_ptr_array_add (self->sources, g_object_ref (source));
}

void
_lc_event_add_note_source (LcEvent  *self,
                           LcSource *source)
{
  g_ptr_array_add (self->note_sources, g_object_ref (source));
}

const char *
lc_event_get_id (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->id;
}

/**
 * lc_event_get_date:
 *
 * Returns: (transfer none): when it happened, with the source's precision
 */
const LcDate *
lc_event_get_date (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return &self->date;
}

const char *
lc_event_get_title (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->title;
}

/**
 * lc_event_get_text:
 *
 * Returns: (nullable): a longer account of the event
 */
const char *
lc_event_get_text (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->text;
}

/**
 * lc_event_get_features:
 *
 * Returns: (transfer none) (element-type LcFeature): where it happened
 */
GPtrArray *
lc_event_get_features (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->features;
}

/**
 * lc_event_get_source:
 *
 * Returns: (transfer none): the first of lc_event_get_sources(), the main
 *   one
 */
LcSource *
lc_event_get_source (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->sources->len > 0 ? g_ptr_array_index (self->sources, 0) : NULL;
}

/**
 * lc_event_get_sources:
 *
 * Returns: (transfer none) (element-type LcSource): the publications that
 *   report the event, the main one first
 */
GPtrArray *
lc_event_get_sources (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->sources;
}

/**
 * lc_event_get_note_sources:
 *
 * Returns: (transfer none) (element-type LcSource): the publications the
 *   note rests on
 */
GPtrArray *
lc_event_get_note_sources (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->note_sources;
}

/**
 * lc_event_get_note:
 *
 * Returns: (nullable): the story author's note on the event
 */
const char *
lc_event_get_note (LcEvent *self)
{
  g_return_val_if_fail (LC_IS_EVENT (self), NULL);

  return self->note;
}
