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
#include "lc-feed-heading.h"
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

/* A wrapped label, in a bin that counts the times its width is asked for
 * at a given height: GTK 4.8's GtkLabel answers by a binary search, laying
 * its text out some ten times. */
#define TEST_TYPE_COUNTING_BIN (test_counting_bin_get_type ())
G_DECLARE_FINAL_TYPE (TestCountingBin, test_counting_bin, TEST, COUNTING_BIN, GtkWidget)

struct _TestCountingBin
{
  GtkWidget parent_instance;
  guint     widths_for_height;
};

G_DEFINE_FINAL_TYPE (TestCountingBin, test_counting_bin, GTK_TYPE_WIDGET)

static void
test_counting_bin_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL && for_size >= 0)
    TEST_COUNTING_BIN (widget)->widths_for_height++;

  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
test_counting_bin_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static GtkSizeRequestMode
test_counting_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_counting_bin_dispose (GObject *object)
{
  lc_widget_unparent_children (GTK_WIDGET (object));
  G_OBJECT_CLASS (test_counting_bin_parent_class)->dispose (object);
}

static void
test_counting_bin_class_init (TestCountingBinClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_counting_bin_dispose;
  GTK_WIDGET_CLASS (klass)->measure = test_counting_bin_measure;
  GTK_WIDGET_CLASS (klass)->size_allocate = test_counting_bin_size_allocate;
  GTK_WIDGET_CLASS (klass)->get_request_mode = test_counting_bin_get_request_mode;
}

static void
test_counting_bin_init (TestCountingBin *self)
{
}

static GtkWidget *
counting_label (const char *text)
{
  GtkWidget *bin = g_object_new (TEST_TYPE_COUNTING_BIN, NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_parent (label, bin);

  return bin;
}

/* A card's heading, avatar | lines | badge as in lc-feed-row.ui, with
 * @lines holding its three lines; returns the box. */
static GtkWidget *
heading_box (GtkWidget  *lines,
             GtkWidget **labels)
{
  static const char *texts[] = {
    "Maria Zakharova",
    "Spokesperson, Ministry of Foreign Affairs of Russia",
    "30 December 2022",
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *avatar = adw_avatar_new (36, "Maria Zakharova", TRUE);

  gtk_widget_set_valign (avatar, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Quote"));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      labels[i] = counting_label (texts[i]);
      if (GTK_IS_BOX (lines))
        gtk_box_append (GTK_BOX (lines), labels[i]);
      else
        gtk_widget_set_parent (labels[i], lines);
    }

  return g_object_ref_sink (box);
}

/* Measures and lays out @box at @width, as the list does a card. */
static void
lay_out (GtkWidget *box,
         int        width)
{
  int minimum, natural;

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  width = MAX (width, minimum);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  gtk_widget_allocate (box, width, natural, -1, NULL);
}

/* The heading's lines are laid out as a vertical box lays them out, at
 * every width, but never asked how wide they must be at a height. */
static void
test_heading (void)
{
  GtkWidget *heading_labels[3], *box_labels[3];
  g_autoptr(GtkWidget) heading = heading_box (lc_feed_heading_new (), heading_labels);
  g_autoptr(GtkWidget) reference = heading_box (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0), box_labels);
  guint reference_asked = 0;

  for (int width = 120; width <= 480; width += 40)
    {
      int heading_min, heading_nat, box_min, box_nat;

      gtk_widget_measure (heading, GTK_ORIENTATION_HORIZONTAL, -1, &heading_min, &heading_nat, NULL, NULL);
      gtk_widget_measure (reference, GTK_ORIENTATION_HORIZONTAL, -1, &box_min, &box_nat, NULL, NULL);
      g_assert_cmpint (heading_min, ==, box_min);
      g_assert_cmpint (heading_nat, ==, box_nat);

      lay_out (heading, width);
      lay_out (reference, width);
      g_assert_cmpint (gtk_widget_get_height (heading), ==, gtk_widget_get_height (reference));
      for (guint i = 0; i < G_N_ELEMENTS (heading_labels); i++)
        {
          graphene_rect_t a, b;

          g_assert_true (gtk_widget_compute_bounds (heading_labels[i], heading, &a));
          g_assert_true (gtk_widget_compute_bounds (box_labels[i], reference, &b));
          g_assert_true (graphene_rect_equal (&a, &b));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (heading_labels); i++)
    {
      g_assert_cmpuint (TEST_COUNTING_BIN (heading_labels[i])->widths_for_height, ==, 0);
      reference_asked += TEST_COUNTING_BIN (box_labels[i])->widths_for_height;
    }
  g_test_message ("a vertical GtkBox asked its lines for a width at a height %u times", reference_asked);
}

/* The card's own heading is one. */
static void
test_heading_in_card (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autoptr(LcFeedRow) row = row_for (story, "zakharova-peacekeepers");
  GtkWidget *heading = gtk_widget_get_parent (GTK_WIDGET (label (row, "role_label")));

  g_assert_true (LC_IS_FEED_HEADING (heading));
  /* To a screen reader, the box it stands for. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heading)), ==,
                   gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (gtk_widget_get_parent (heading))));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (label (row, "heading_label"))) == heading);
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (label (row, "date_label"))) == heading);
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
  g_test_add_func ("/ui/feed-row/heading", test_heading);
  g_test_add_func ("/ui/feed-row/heading-in-card", test_heading_in_card);

  return g_test_run ();
}
