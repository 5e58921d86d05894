/* lc-statement.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-story-enums.h"
#include "lc-story-private.h"

/**
 * LcStatement:
 *
 * What an actor said, as the source reports it, word for word.
 */
struct _LcStatement
{
  GObject          parent_instance;
  char            *id;
  LcDate           date;
  LcActor         *actor;
  LcStatementKind  kind;
  char            *text;
  char            *original_text;
  GPtrArray       *mentions;
  GPtrArray       *refers_to;
  LcSource        *source;
  char            *note;
  GPtrArray       *note_sources;    /* LcSource */
  GArray          *spans;           /* LcTextSpan of text, or NULL: voices not marked */
  GArray          *original_spans;  /* LcTextSpan of original_text, or NULL */
  char            *original_language;
  char            *language;        /* of text as reported */
};

G_DEFINE_FINAL_TYPE (LcStatement, lc_statement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_ACTOR,
  PROP_KIND,
  PROP_TEXT,
  PROP_SOURCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_statement_dispose (GObject *object)
{
  LcStatement *self = (LcStatement *)object;

  g_clear_object (&self->actor);
  g_clear_object (&self->source);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_clear_pointer (&self->refers_to, g_ptr_array_unref);
  g_clear_pointer (&self->note_sources, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_statement_parent_class)->dispose (object);
}

static void
lc_statement_finalize (GObject *object)
{
  LcStatement *self = (LcStatement *)object;

  g_free (self->id);
  g_free (self->text);
  g_free (self->original_text);
  g_free (self->note);
  g_free (self->original_language);
  g_free (self->language);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->original_spans, g_array_unref);

  G_OBJECT_CLASS (lc_statement_parent_class)->finalize (object);
}

static void
lc_statement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LcStatement *self = LC_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;

    case PROP_ACTOR:
      g_value_set_object (value, self->actor);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_statement_class_init (LcStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_statement_dispose;
  object_class->finalize = lc_statement_finalize;
  object_class->get_property = lc_statement_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, LC_TYPE_DATE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTOR] =
    g_param_spec_object ("actor", NULL, NULL, LC_TYPE_ACTOR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LC_TYPE_STATEMENT_KIND, LC_STATEMENT_KIND_QUOTE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
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
lc_statement_init (LcStatement *self)
{
  self->mentions = g_ptr_array_new_with_free_func (g_object_unref);
  self->refers_to = g_ptr_array_new_with_free_func (g_object_unref);
  self->note_sources = g_ptr_array_new_with_free_func (g_object_unref);
}

LcStatement *
_lc_statement_new (const char      *id,
                   const LcDate    *date,
                   LcActor         *actor,
                   LcStatementKind  kind,
                   const char      *text,
                   LcSource        *source,
                   const char      *note)
{
  LcStatement *self = g_object_new (LC_TYPE_STATEMENT, NULL);

  self->id = g_strdup (id);
  self->date = *date;
  g_set_object (&self->actor, actor);
  self->kind = kind;
  self->text = g_strdup (text);
  g_set_object (&self->source, source);
  self->note = g_strdup (note);

  return self;
}

void
_lc_statement_set_original_text (LcStatement *self,
                                 const char  *text)
{
  g_free (self->original_text);
  self->original_text = g_strdup (text);
}

static GArray *
copy_spans (const LcTextSpan *spans,
            guint             n_spans)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (LcTextSpan), n_spans);

  g_array_append_vals (array, spans, n_spans);
  return array;
}

/* The speaker's own words in the text, and in the original text when the
 * text is a translation; the rest is the source's words. */
void
_lc_statement_set_voices (LcStatement      *self,
                          const LcTextSpan *spans,
                          guint             n_spans,
                          const LcTextSpan *original_spans,
                          guint             n_original_spans)
{
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->original_spans, g_array_unref);
  self->spans = copy_spans (spans, n_spans);
  if (original_spans != NULL)
    self->original_spans = copy_spans (original_spans, n_original_spans);
}

void
_lc_statement_set_original_language (LcStatement *self,
                                     const char  *language)
{
  g_free (self->original_language);
  self->original_language = g_strdup (language);
}

void
_lc_statement_set_language (LcStatement *self,
                            const char  *language)
{
  g_free (self->language);
  self->language = g_strdup (language);
}

void
_lc_statement_add_note_source (LcStatement *self,
                               LcSource    *source)
{
  g_ptr_array_add (self->note_sources, g_object_ref (source));
}

void
_lc_statement_add_mention (LcStatement *self,
                           LcFeature   *feature)
{
  g_ptr_array_add (self->mentions, g_object_ref (feature));
}

void
_lc_statement_add_reference (LcStatement *self,
                             LcEvent     *event)
{
  g_ptr_array_add (self->refers_to, g_object_ref (event));
}

const char *
lc_statement_get_id (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->id;
}

/**
 * lc_statement_get_date:
 *
 * Returns: (transfer none): when it was said, with the source's precision
 */
const LcDate *
lc_statement_get_date (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return &self->date;
}

/**
 * lc_statement_get_actor:
 *
 * Returns: (transfer none): who said it
 */
LcActor *
lc_statement_get_actor (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->actor;
}

/**
 * lc_statement_get_kind:
 *
 * Returns: whether this is a quote, a paraphrase, a claim or an announcement
 */
LcStatementKind
lc_statement_get_kind (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), LC_STATEMENT_KIND_QUOTE);

  return self->kind;
}

/**
 * lc_statement_get_text:
 *
 * Returns: the words as the source prints them; plain text, never markup
 */
const char *
lc_statement_get_text (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->text;
}

/**
 * lc_statement_get_original_text:
 *
 * Returns: (nullable): the words as the source prints them, when
 *   lc_statement_get_text() is a translation; %NULL when it is not
 */
const char *
lc_statement_get_original_text (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->original_text;
}

/**
 * lc_statement_get_mentions:
 *
 * Returns: (transfer none) (element-type LcFeature): the places it names
 */
GPtrArray *
lc_statement_get_mentions (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->mentions;
}

/**
 * lc_statement_get_refers_to:
 *
 * Returns: (transfer none) (element-type LcEvent): the events it speaks of
 */
GPtrArray *
lc_statement_get_refers_to (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->refers_to;
}

/**
 * lc_statement_get_source:
 *
 * Returns: (transfer none): where the statement is reported
 */
LcSource *
lc_statement_get_source (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->source;
}

/**
 * lc_statement_get_note:
 *
 * Returns: (nullable): the story author's note, such as a difference
 *   between sources
 */
const char *
lc_statement_get_note (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->note;
}

/**
 * lc_statement_get_note_sources:
 *
 * Returns: (transfer none) (element-type LcSource): the publications the
 *   note rests on
 */
GPtrArray *
lc_statement_get_note_sources (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->note_sources;
}

/**
 * lc_statement_has_voices:
 *
 * Returns: %TRUE if the story says which of the words are the speaker's
 *   own (see lc_statement_get_speaker_words()), also when none are
 */
gboolean
lc_statement_has_voices (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), FALSE);

  return self->spans != NULL;
}

/**
 * lc_statement_get_speaker_words:
 * @original: %TRUE for the spans of lc_statement_get_original_text() when
 *   the text is a translation
 * @n_spans: (out): how many spans there are
 *
 * The parts of the text that are the speaker's own words, as the source
 * quotes them; everything else is the source's own words.
 *
 * Returns: (transfer none) (array length=n_spans) (nullable): the spans, in
 *   characters, in the order of the text; %NULL when the voices are not
 *   marked
 */
const LcTextSpan *
lc_statement_get_speaker_words (LcStatement *self,
                                gboolean     original,
                                guint       *n_spans)
{
  GArray *spans;

  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);
  g_return_val_if_fail (n_spans != NULL, NULL);

  spans = original && self->original_spans != NULL ? self->original_spans : self->spans;
  *n_spans = spans != NULL ? spans->len : 0;

  return spans != NULL ? (const LcTextSpan *) (gpointer) spans->data : NULL;
}

/**
 * lc_statement_get_original_language:
 *
 * The language the speaker used, when the story says: the statement's own
 * or else its actor's.
 *
 * Returns: (nullable): a BCP 47 tag, such as "ru"
 */
const char *
lc_statement_get_original_language (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  if (self->original_language != NULL)
    return self->original_language;

  return self->actor != NULL ? lc_actor_get_language (self->actor) : NULL;
}

/**
 * lc_statement_get_language:
 *
 * Returns: (nullable): the BCP 47 tag of the language the source reports
 *   the statement in, the story's language; the text shown may be a
 *   translation of it
 */
const char *
lc_statement_get_language (LcStatement *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT (self), NULL);

  return self->language;
}

/**
 * lc_statement_kind_get_label:
 *
 * The word the app shows for a kind of statement: “Quote”, “Claim”…
 *
 * Returns: the translated label
 */
const char *
lc_statement_kind_get_label (LcStatementKind kind)
{
  switch (kind)
    {
    case LC_STATEMENT_KIND_QUOTE: return C_("statement kind", "Quote");
    case LC_STATEMENT_KIND_PARAPHRASE: return C_("statement kind", "Paraphrase");
    case LC_STATEMENT_KIND_CLAIM: return C_("statement kind", "Claim");
    case LC_STATEMENT_KIND_ANNOUNCEMENT: return C_("statement kind", "Announcement");
    case LC_STATEMENT_KIND_REPORT: return C_("statement kind", "Report");
    default: return "";
    }
}

/**
 * lc_statement_kind_get_description:
 *
 * Returns: what a kind of statement means for the reader, "A claim the
 *   source does not confirm"…, translated
 */
const char *
lc_statement_kind_get_description (LcStatementKind kind)
{
  switch (kind)
    {
    case LC_STATEMENT_KIND_QUOTE: return _("The speaker’s own words, quoted by the source");
    case LC_STATEMENT_KIND_PARAPHRASE: return _("The source’s summary of what was said");
    case LC_STATEMENT_KIND_CLAIM: return _("A claim the source does not confirm");
    case LC_STATEMENT_KIND_ANNOUNCEMENT: return _("An official announcement");
    case LC_STATEMENT_KIND_REPORT: return _("The source’s own account, in its own words");
    default: return "";
    }
}
