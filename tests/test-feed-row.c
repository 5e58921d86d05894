/* test-feed-row.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The cards of the statements panel: whose words are whose, in type and
 * for screen readers; the language a statement was first made in; the
 * publications a card and its note rest on. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lc-test-story.h"
#include "lc-test-ui.h"
#include "lc-feed-row.h"
#include "lc-widget-private.h"

static GtkLabel *
label (LcFeedRow  *row,
       const char *name)
{
  return lc_test_template_child (row, LC_TYPE_FEED_ROW, name);
}

static LcFeedRow *
row_for (LcStory    *story,
         const char *statement_id)
{
  LcFeedRow *row = LC_FEED_ROW (lc_feed_row_new ());

  g_object_ref_sink (row);
  lc_feed_row_set_item (row, G_OBJECT (lc_story_lookup_statement (story, statement_id)));

  return row;
}

/* The parts of @label's text set in a heavier type. */
static GPtrArray *
dup_heavy_parts (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSList) list = attrs != NULL ? pango_attr_list_get_attributes (attrs) : NULL;

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_WEIGHT &&
          ((PangoAttrInt *) attr)->value >= PANGO_WEIGHT_SEMIBOLD)
        g_ptr_array_add (parts, g_strndup (text + attr->start_index,
                                           attr->end_index - attr->start_index));
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);

  return parts;
}

/* The speaker's own words stand apart from the report's, in type, and a
 * line says whose words are whose. */
static void
test_voices (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcFeedRow) row = row_for (story, "zakharova-peacekeepers");
  g_autoptr(GPtrArray) heavy = dup_heavy_parts (label (row, "text_label"));

  g_assert_cmpuint (heavy->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (heavy, 0), "The Russian side, in particular"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (heavy, 1), "We emphasize that"));
  /* "Zakharova said" is the report's, in the normal type. */
  for (guint i = 0; i < heavy->len; i++)
    g_assert_null (strstr (g_ptr_array_index (heavy, i), "Zakharova said"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label (row, "voice_label"))));
  g_assert_cmpstr (gtk_label_get_text (label (row, "voice_label")), ==,
                   "Words in quotation marks are Maria Zakharova’s; the rest is Asbarez’s summary.");
  /* A screen reader hears it with the words. */
  gtk_test_accessible_assert_property (label (row, "text_label"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The speaker’s own words, quoted by the source. Words in "
                                       "quotation marks are Maria Zakharova’s; the rest is "
                                       "Asbarez’s summary.");
}

/* A statement that is all the report's own words says so, and has no
 * words set apart. */
static void
test_report_voice (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcFeedRow) report = row_for (story, "azerbaijan-call");
  g_autoptr(LcFeedRow) summary = row_for (story, "russia-concern");
  g_autoptr(GPtrArray) heavy = dup_heavy_parts (label (report, "text_label"));

  g_assert_cmpuint (heavy->len, ==, 0);
  g_assert_cmpstr (gtk_label_get_text (label (report, "kind_label")), ==, "Report");
  g_assert_cmpstr (gtk_label_get_text (label (report, "voice_label")), ==,
                   "All of it is Asbarez’s own account; nobody is quoted.");
  g_assert_cmpstr (gtk_label_get_text (label (summary, "voice_label")), ==,
                   "All of it is Asbarez’s summary of what Ministry of Foreign Affairs of Russia "
                   "said; none of it is quoted.");
}

/* Words first said in Russian and reported in English say so, in English
 * too; the report's own words do not. */
static void
test_original_language (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcFeedRow) zakharova = row_for (story, "zakharova-movement");
  g_autoptr(LcFeedRow) report = row_for (story, "azerbaijan-call");

  g_assert_true (gtk_widget_get_visible (lc_test_template_child (zakharova, LC_TYPE_FEED_ROW,
                                                                 "translation_box")));
  g_assert_cmpstr (gtk_label_get_text (label (zakharova, "translation_label")), ==,
                   "As Asbarez reported it, in English; the original was in Russian");
  /* Nothing to show the original of in the story's own language. */
  g_assert_false (gtk_widget_get_visible (lc_test_template_child (zakharova, LC_TYPE_FEED_ROW,
                                                                  "original_button")));
  g_assert_false (gtk_widget_get_visible (lc_test_template_child (report, LC_TYPE_FEED_ROW,
                                                                  "translation_box")));
}

/* Every publication a card rests on, with its link, and those of its
 * note apart; a publication whose headline is not known shows none. */
static void
test_sources (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcFeedRow) row = LC_FEED_ROW (g_object_ref_sink (lc_feed_row_new ()));
  GtkLabel *sources, *note_sources;

  lc_feed_row_set_item (row, G_OBJECT (lc_story_lookup_event (story, "lachin-handover")));
  sources = label (row, "source_label");
  note_sources = label (row, "note_source_label");
  g_assert_cmpstr (gtk_label_get_text (sources), ==,
                   "Sources: AzerNews, 26 August 2022; Daily Sabah, 26 August 2022; "
                   "Al Jazeera, 26 August 2022");
  g_assert_nonnull (strstr (gtk_label_get_label (sources),
                            "<a href=\"https://www.azernews.az/nation/198529.html\">"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (note_sources),
                                   "Note’s sources: CivilNet, “Three days left till Armenia hands over "
                                   "Lachin and Aghavno to Azerbaijan”, 22 August 2022; "));

  /* Markup in a publisher or title is shown as text. */
  lc_feed_row_set_item (row, G_OBJECT (lc_story_lookup_event (story, "mine-halted")));
  g_assert_nonnull (strstr (gtk_label_get_text (sources),
                            "“Artsakh's government applies for an international ecological "
                            "examination of \"Base Metal\" mine”"));
}

/* The text GTK shows as @widget's tooltip, asked as it asks. */
static char *
dup_tooltip (GtkWidget *widget)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  if (!gtk_widget_get_has_tooltip (widget))
    return NULL;
  g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &shown);

  return shown ? g_strdup (lc_widget_get_tooltip (widget)) : NULL;
}

/* The kind's badge and each place's button have their tooltips, set
 * without asking the display where the pointer is, and bound again
 * to another item they change. */
static void
test_tooltips (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  LcStatement *statement = lc_story_lookup_statement (story, "zakharova-peacekeepers");
  g_autoptr(LcFeedRow) row = row_for (story, "zakharova-peacekeepers");
  GtkWidget *kind = GTK_WIDGET (label (row, "kind_label"));
  GtkWidget *chips = lc_test_template_child (row, LC_TYPE_FEED_ROW, "chips_box");
  g_autofree char *kind_tooltip = dup_tooltip (kind);
  guint n_chips = 0;

  g_assert_cmpstr (kind_tooltip, ==, lc_statement_kind_get_description (lc_statement_get_kind (statement)));
  for (GtkWidget *child = gtk_widget_get_first_child (chips); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      g_autofree char *text = dup_tooltip (chip);

      g_assert_nonnull (text);
      g_assert_cmpstr (text, !=, "");
      n_chips++;
    }
  g_assert_cmpuint (n_chips, >=, lc_statement_get_mentions (statement)->len);
  g_assert_cmpuint (n_chips, >, 0);

  /* Bound again to a claim, the badge says what a claim is. */
  statement = lc_story_lookup_statement (story, "protesters-claim");
  lc_feed_row_set_item (row, G_OBJECT (statement));
  g_clear_pointer (&kind_tooltip, g_free);
  kind_tooltip = dup_tooltip (kind);
  g_assert_cmpstr (kind_tooltip, ==, lc_statement_kind_get_description (LC_STATEMENT_KIND_CLAIM));
  g_assert_cmpint (lc_statement_get_kind (statement), ==, LC_STATEMENT_KIND_CLAIM);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/feed-row/voices", test_voices);
  g_test_add_func ("/ui/feed-row/report-voice", test_report_voice);
  g_test_add_func ("/ui/feed-row/original-language", test_original_language);
  g_test_add_func ("/ui/feed-row/sources", test_sources);
  g_test_add_func ("/ui/feed-row/tooltips", test_tooltips);

  return g_test_run ();
}
