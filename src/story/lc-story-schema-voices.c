/* lc-story-schema-voices.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-story-loader-private.h"

/*
 * A statement's voices (format version 2): "speaker_words" says which
 * parts of the text are the speaker's own words, each a fragment of the
 * text or a pair of character offsets, in the order of the text, each
 * inside quotation marks (docs/story-format.md, "Voices").
 */

#define SHOWN_CHARACTERS 40

/* A span's words for a message, shortened when long. */
static char *
dup_span_text (const char *text,
               guint       start,
               guint       end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);

  if (end - start <= SHOWN_CHARACTERS)
    return g_strndup (from, g_utf8_offset_to_pointer (text, end) - from);

  return g_strdup_printf ("%.*s…",
                          (int) (g_utf8_offset_to_pointer (from, SHOWN_CHARACTERS - 1) - from),
                          from);
}

/* A fragment's first occurrence at or after the character @after. */
static gboolean
find_fragment (LcSchemaReader *ctx,
               const char     *text,
               const char     *fragment,
               guint           after,
               LcTextSpan     *span)
{
  const char *found;

  if (*fragment == '\0')
    return lc_json_error (ctx->json, _("must not be empty"));

  found = strstr (g_utf8_offset_to_pointer (text, after), fragment);
  if (found == NULL && strstr (text, fragment) != NULL)
    return lc_json_error (ctx->json, _("“%s” is not in the text after the span before it"),
                          fragment);
  if (found == NULL)
    return lc_json_error (ctx->json, _("“%s” is not in the statement’s text"), fragment);

  span->start = g_utf8_pointer_to_offset (text, found);
  span->end = span->start + g_utf8_strlen (fragment, -1);

  return TRUE;
}

static gboolean
read_offsets (LcSchemaReader *ctx,
              JsonObject     *object,
              guint           length,
              LcTextSpan     *span)
{
  static const char * const known[] = { "start", "end", NULL };
  gboolean ok;

  lc_json_check_members (ctx->json, object, known);
  ok = lc_json_get_member (ctx->json, object, "start", LC_JSON_REQUIRED) != NULL;
  ok &= lc_json_get_member (ctx->json, object, "end", LC_JSON_REQUIRED) != NULL;
  ok &= lc_json_read_uint (ctx->json, object, "start", 0, G_MAXINT32, &span->start);
  ok &= lc_json_read_uint (ctx->json, object, "end", 0, G_MAXINT32, &span->end);
  if (!ok)
    return FALSE;
  if (span->end <= span->start)
    return lc_json_error (ctx->json, _("“end” must be greater than “start”"));
  if (span->end > length)
    return lc_json_error (ctx->json,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "characters %u to %u are outside the text, which has %u "
                                       "character",
                                       "characters %u to %u are outside the text, which has %u "
                                       "characters", length),
                          span->start, span->end, length);

  return TRUE;
}

static gboolean
read_span (LcSchemaReader *ctx,
           JsonNode       *node,
           const char     *text,
           guint           after,
           LcTextSpan     *span)
{
  if (lc_json_node_is_string (node))
    return find_fragment (ctx, text, json_node_get_string (node), after, span);
  if (JSON_NODE_HOLDS_OBJECT (node))
    return read_offsets (ctx, json_node_get_object (node), g_utf8_strlen (text, -1), span);

  return lc_json_error (ctx->json, _("expected a fragment of the text or an object with “start” "
                                     "and “end”, got %s"), lc_json_describe (node));
}

/**
 * lc_schema_read_speaker_words:
 * @text: the statement's text, as in the file
 * @ok: (inout): set to %FALSE when something is wrong
 *
 * Reads "speaker_words" and checks each span against @text.
 *
 * Returns: (transfer full) (nullable) (element-type LcTextSpan): the
 *   spans, in characters; %NULL when the member is absent
 */
GArray *
lc_schema_read_speaker_words (LcSchemaReader *ctx,
                              JsonObject     *object,
                              const char     *text,
                              gboolean       *ok)
{
  g_autoptr(GArray) quotations = NULL;
  GArray *spans;
  JsonArray *array;
  guint after = 0;
  gsize mark;

  if (!lc_schema_since_version (ctx, object, "speaker_words", 2) ||
      !lc_json_read_array (ctx->json, object, "speaker_words", LC_JSON_OPTIONAL, LC_STORY_MAX_LIST,
                           &array))
    {
      *ok = FALSE;
      return NULL;
    }
  if (array == NULL)
    return NULL;

  spans = g_array_new (FALSE, FALSE, sizeof (LcTextSpan));
  quotations = lc_quotation_find (text);
  mark = lc_json_enter (ctx->json, "speaker_words");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize item_mark = lc_json_enter_index (ctx->json, i);
      LcTextSpan span;

      if (!read_span (ctx, json_array_get_element (array, i), text, after, &span))
        *ok = FALSE;
      else if (span.start < after)
        *ok = lc_json_error (ctx->json, _("spans must be in the order of the text and must not "
                                          "overlap"));
      else if (!lc_quotation_contains (quotations, span.start, span.end))
        {
          g_autofree char *words = dup_span_text (text, span.start, span.end);

          *ok = lc_json_error (ctx->json, _("“%s” is not inside quotation marks in the text"),
                               words);
        }
      else
        {
          g_array_append_val (spans, span);
          after = span.end;
        }
      lc_json_leave (ctx->json, item_mark);
    }
  lc_json_leave (ctx->json, mark);

  return spans;
}
