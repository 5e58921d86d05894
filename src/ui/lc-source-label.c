/* lc-source-label.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Labels shared by the cards and the place card: a text that may be
 * missing, and the publications something rests on, as links. */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-story.h"
#include "lc-source-label.h"

/* Shows @text, or hides @label when there is none. */
void
lc_label_set_optional_text (GtkLabel   *label,
                            const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* Shows @sources in @label, each a link where it has an address; every
 * part of the markup is escaped. */
void
lc_label_set_sources (GtkLabel  *label,
                      GPtrArray *sources,
                      gboolean   for_note)
{
  g_autoptr(GString) list = g_string_new (NULL);
  const char *format;
  g_autofree char *escaped = NULL;
  g_autofree char *markup = NULL;

  if (sources == NULL || sources->len == 0)
    {
      lc_label_set_optional_text (label, NULL);
      return;
    }

  for (guint i = 0; i < sources->len; i++)
    {
      LcSource *source = g_ptr_array_index (sources, i);
      g_autofree char *text = lc_source_dup_citation (source);
      g_autofree char *part = NULL;

      /* Only a web address checked again here becomes a link; anything
       * else stays text. */
      if (lc_source_get_url (source) != NULL && lc_source_check_url (lc_source_get_url (source), NULL))
        part = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", lc_source_get_url (source), text);
      else
        part = g_markup_escape_text (text, -1);
      /* Translators: the separator between two sources in a list */
      g_string_append (list, i > 0 ? _("; ") : "");
      g_string_append (list, part);
    }

  if (for_note)
    /* Translators: the publications a card's note rests on; %s is the list */
    format = ngettext ("Note’s source: %s", "Note’s sources: %s", sources->len);
  else
    /* Translators: the publications a card rests on; %s is the list */
    format = ngettext ("Source: %s", "Sources: %s", sources->len);
  escaped = g_markup_escape_text (format, -1);
  markup = g_strdup_printf (escaped, list->str);
  gtk_label_set_markup (label, markup);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}
