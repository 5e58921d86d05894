/* test-content.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bundled story's content against its sources: which places lie in
 * which area on which day (docs/facts.md), by point-in-polygon on the
 * story's own geometry; whose words the statements' quoted spans are, in
 * the article (tests/data/article.txt); which publications readers are
 * sent to; and the order of both sides' names for each language. */

#include "config.h"

#include <string.h>

#include "lc-test-story.h"

/* Places of docs/facts.md, longitude and latitude. */
typedef struct
{
  const char *name;
  double      lon;
  double      lat;
} Place;

static const Place stepanakert = { "Stepanakert", 46.752, 39.815 };
static const Place shushi = { "Shushi", 46.748, 39.758 };
static const Place karin_tak = { "Karin Tak", 46.749, 39.742 };
static const Place berdzor = { "Berdzor", 46.547, 39.641 };
static const Place aghavno = { "Aghavno", 46.543, 39.590 };
static const Place mets_shen = { "Mets Shen", 46.602, 39.658 };
static const Place hin_shen = { "Hin Shen", 46.603, 39.637 };
static const Place askeran = { "Askeran", 46.833, 39.937 };
static const Place martakert = { "Martakert", 46.813, 40.215 };
static const Place martuni = { "Martuni", 47.113, 39.795 };
static const Place blockade = { "the blockade site", 46.729, 39.752 };

/* The days the sources leave open: from the handover of Lachin, Zabukh and
 * Sus (26 August 2022) to the switch to the new road (30 August), traffic
 * still used the old road but no source says where the zone ran. */
#define GAP_FIRST "2022-08-26"
#define GAP_END   "2022-08-30"

/* The area under Armenian control and Russian peacekeeping on @day: the
 * territories that exist then. */
static GPtrArray *
held_areas_on (LcStory *story,
               guint32  day)
{
  GPtrArray *visible = lc_story_get_visible_features (story, day);
  GPtrArray *areas = g_ptr_array_new ();

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);

      if (lc_feature_get_kind (feature) == LC_FEATURE_KIND_TERRITORY)
        g_ptr_array_add (areas, feature);
    }

  return areas;
}

static gboolean
is_held (LcStory     *story,
         guint32      day,
         const Place *place)
{
  g_autoptr(GPtrArray) areas = held_areas_on (story, day);

  for (guint i = 0; i < areas->len; i++)
    if (lc_geometry_contains (lc_feature_get_geometry (g_ptr_array_index (areas, i)),
                              place->lon, place->lat))
      return TRUE;

  return FALSE;
}

static void
assert_held (LcStory     *story,
             const char  *iso,
             const Place *place,
             gboolean     held)
{
  g_test_message ("%s on %s: %s", place->name, iso, held ? "held" : "not held");
  g_assert_cmpint (is_held (story, lc_test_day (iso), place), ==, held);
}

/* The checkpoints of docs/facts.md, one a date. */
static void
test_areas_on_dates (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);

  /* 2021: after the handovers of 2020, with the 2020 corridor. */
  assert_held (story, "2021-06-01", &stepanakert, TRUE);
  assert_held (story, "2021-06-01", &berdzor, TRUE);
  assert_held (story, "2021-06-01", &aghavno, TRUE);
  assert_held (story, "2021-06-01", &mets_shen, TRUE);
  assert_held (story, "2021-06-01", &hin_shen, TRUE);
  /* 26 August 2022: Lachin, Zabukh and Sus taken over. */
  assert_held (story, "2022-08-25", &berdzor, TRUE);
  assert_held (story, "2022-08-26", &berdzor, FALSE);
  assert_held (story, "2022-08-26", &aghavno, FALSE);
  assert_held (story, "2022-08-26", &stepanakert, TRUE);
  /* 30 August 2022 onwards: the new road via Mets Shen and Hin Shen. */
  assert_held (story, "2022-08-30", &hin_shen, TRUE);
  assert_held (story, "2022-12-12", &blockade, TRUE);
  assert_held (story, "2022-12-30", &stepanakert, TRUE);
  assert_held (story, "2022-12-30", &askeran, TRUE);
  assert_held (story, "2022-12-30", &martakert, TRUE);
  assert_held (story, "2022-12-30", &martuni, TRUE);
  assert_held (story, "2022-12-30", &mets_shen, TRUE);
  assert_held (story, "2022-12-30", &hin_shen, TRUE);
  assert_held (story, "2022-12-30", &blockade, TRUE);
  assert_held (story, "2022-12-30", &berdzor, FALSE);
  assert_held (story, "2022-12-30", &aghavno, FALSE);
}

/* One control area on every day from the peacekeepers' arrival, and
 * Shushi and Karin Tak outside it on every one. */
static void
test_shushi_never_held (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  guint32 first = lc_test_day ("2020-11-10");

  g_assert_false (is_held (story, lc_test_day ("2020-11-09"), &stepanakert));
  for (guint32 day = first; day <= lc_story_get_end (story); day++)
    {
      g_autoptr(GPtrArray) areas = held_areas_on (story, day);

      g_assert_cmpuint (areas->len, ==, 1);
      g_assert_false (is_held (story, day, &shushi));
      g_assert_false (is_held (story, day, &karin_tak));
    }
}

/* Shushi lies outside the area's outline, not in a hole cut out of it. */
static void
test_shushi_not_a_hole (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  GListModel *features = lc_story_get_features (story);

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);
      LcGeometry *geometry = lc_feature_get_geometry (feature);

      if (lc_feature_get_kind (feature) != LC_FEATURE_KIND_TERRITORY)
        continue;
      g_test_message ("%s", lc_feature_get_id (feature));
      for (guint polygon = 0; polygon < lc_geometry_get_n_polygons (geometry); polygon++)
        {
          guint first_part, n_parts;

          lc_geometry_get_polygon (geometry, polygon, &first_part, &n_parts);
          /* No holes at all: every ring is an outline. */
          g_assert_cmpuint (n_parts, ==, 1);
        }
    }
}

/* Where the corridor's road runs through Azerbaijan, it runs through the
 * area, on every day but the days the sources leave open. */
static void
test_corridor_inside_area (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  LcFeature *armenia = lc_story_lookup_feature (story, "armenia");
  guint32 gap_first = lc_test_day (GAP_FIRST), gap_end = lc_test_day (GAP_END);
  guint n_checked = 0;

  for (guint32 day = lc_test_day ("2020-11-10"); day <= lc_story_get_end (story); day++)
    {
      GPtrArray *visible;

      if (day >= gap_first && day < gap_end)
        continue;
      visible = lc_story_get_visible_features (story, day);
      for (guint i = 0; i < visible->len; i++)
        {
          LcFeature *road = g_ptr_array_index (visible, i);
          LcGeometry *geometry = lc_feature_get_geometry (road);
          const double *coords = lc_geometry_get_coords (geometry);

          if (lc_feature_get_kind (road) != LC_FEATURE_KIND_CORRIDOR)
            continue;
          for (guint j = 0; j < lc_geometry_get_n_points (geometry); j++)
            {
              Place point = { lc_feature_get_id (road), coords[2 * j], coords[2 * j + 1] };

              if (lc_geometry_contains (lc_feature_get_geometry (armenia), point.lon, point.lat))
                continue;
              if (!is_held (story, day, &point))
                g_error ("%s, point %u, is outside the area on day %u", point.name, j, day);
              n_checked++;
            }
        }
    }
  g_assert_cmpuint (n_checked, >, 0);
}

/* A publication the reader can follow: with an address, and not the
 * project's own notes. */
static void
assert_cited (const char *what,
              GPtrArray  *sources)
{
  guint n_publications = 0;

  g_test_message ("%s", what);
  g_assert_nonnull (sources);
  for (guint i = 0; i < sources->len; i++)
    {
      LcSource *source = g_ptr_array_index (sources, i);

      g_assert_null (strstr (lc_source_get_publisher (source), "Lachin Corridor"));
      g_assert_cmpstr (lc_source_get_id (source), !=, "fact-sheet");
      if (lc_source_get_url (source) != NULL)
        n_publications++;
    }
  g_assert_cmpuint (n_publications, >, 0);
}

static void
test_sources_for_readers (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  GListModel *events = lc_story_get_events (story);
  GListModel *statements = lc_story_get_statements (story);
  GListModel *features = lc_story_get_features (story);
  GListModel *sources = lc_story_get_sources (story);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);

      assert_cited (lc_event_get_id (event), lc_event_get_sources (event));
      if (lc_event_get_note (event) != NULL)
        assert_cited (lc_event_get_id (event), lc_event_get_note_sources (event));
    }
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
      g_autoptr(GPtrArray) report = g_ptr_array_new ();

      g_ptr_array_add (report, lc_statement_get_source (statement));
      assert_cited (lc_statement_get_id (statement), report);
      if (lc_statement_get_note (statement) != NULL)
        assert_cited (lc_statement_get_id (statement), lc_statement_get_note_sources (statement));
    }
  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);
      GPtrArray *cited = lc_feature_get_note_sources (feature)->len > 0
                         ? lc_feature_get_note_sources (feature)
                         : lc_feature_get_sources (feature);

      if (lc_feature_get_note (feature) != NULL)
        assert_cited (lc_feature_get_id (feature), cited);
    }
  /* The project's notes are no source at all. */
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LcSource) source = g_list_model_get_item (sources, i);

      g_assert_null (strstr (lc_source_get_publisher (source), "Lachin Corridor"));
    }
}

/* Every statement says whose words are whose, and the words it gives the
 * speaker stand in quotation marks in the article itself. */
static void
test_speaker_words_quoted_in_article (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "article.txt", NULL);
  g_autofree char *article = NULL;
  g_autoptr(GArray) quotations = NULL;
  GListModel *statements = lc_story_get_statements (story);
  guint n_spans_checked = 0;

  g_assert_true (g_file_get_contents (path, &article, NULL, NULL));
  quotations = lc_quotation_find (article);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
      const char *text = lc_statement_get_text (statement);
      const char *found = strstr (article, text);
      const LcTextSpan *spans;
      guint n_spans, offset;

      g_test_message ("%s", lc_statement_get_id (statement));
      g_assert_true (lc_statement_has_voices (statement));
      g_assert_nonnull (found);
      offset = g_utf8_pointer_to_offset (article, found);
      spans = lc_statement_get_speaker_words (statement, FALSE, &n_spans);
      for (guint j = 0; j < n_spans; j++)
        {
          g_assert_true (lc_quotation_contains (quotations, offset + spans[j].start,
                                                offset + spans[j].end));
          n_spans_checked++;
        }
      /* A quote has words of the speaker's; a report has none. */
      if (lc_statement_get_kind (statement) == LC_STATEMENT_KIND_QUOTE)
        g_assert_cmpuint (n_spans, >, 0);
      if (lc_statement_get_kind (statement) == LC_STATEMENT_KIND_REPORT)
        g_assert_cmpuint (n_spans, ==, 0);
    }
  /* Every quoted passage of the article is some statement's speaker's. */
  g_assert_cmpuint (n_spans_checked, ==, quotations->len);
}

/* Zakharova's words are a rendering of Russian; the report's own are not. */
static void
test_original_languages (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);

  g_assert_cmpstr (lc_statement_get_original_language (lc_story_lookup_statement (story, "zakharova-peacekeepers")),
                   ==, "ru");
  g_assert_cmpstr (lc_statement_get_original_language (lc_story_lookup_statement (story, "russia-concern")),
                   ==, "ru");
  g_assert_null (lc_statement_get_original_language (lc_story_lookup_statement (story, "azerbaijan-call")));
  g_assert_cmpstr (lc_actor_get_name (lc_statement_get_actor (lc_story_lookup_statement (story, "azerbaijan-call"))),
                   ==, "Asbarez");
}

static void
assert_name (LcStory      *story,
             const char   *id,
             LcPlaceNames  names,
             const char   *language,
             const char   *expected)
{
  g_autofree char *name = lc_feature_dup_display_name_in (lc_story_lookup_feature (story, id),
                                                          names, language);

  g_test_message ("%s in %s", id, language);
  g_assert_cmpstr (name, ==, expected);
}

/* Both sides' names, first the one the reader's language uses first. */
static void
test_name_order (void)
{
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  static const char * const languages[] = { "en", "ru" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      assert_name (story, "stepanakert", LC_PLACE_NAMES_BOTH, languages[i], "Stepanakert (Khankendi)");
      assert_name (story, "shushi", LC_PLACE_NAMES_BOTH, languages[i], "Shusha (Shushi)");
      assert_name (story, "berdzor", LC_PLACE_NAMES_BOTH, languages[i], "Lachin (Berdzor)");
      assert_name (story, "aghavno", LC_PLACE_NAMES_BOTH, languages[i], "Zabukh (Aghavno)");
      assert_name (story, "karin-tak", LC_PLACE_NAMES_BOTH, languages[i], "Dashalty (Karin Tak)");
      assert_name (story, "mets-shen", LC_PLACE_NAMES_BOTH, languages[i], "Mets Shen (Boyuk Galadarasi)");
    }
  assert_name (story, "shushi", LC_PLACE_NAMES_BOTH, "hy", "Shushi (Shusha)");
  assert_name (story, "stepanakert", LC_PLACE_NAMES_BOTH, "hy-AM", "Stepanakert (Khankendi)");
  assert_name (story, "stepanakert", LC_PLACE_NAMES_BOTH, "az", "Khankendi (Stepanakert)");
  assert_name (story, "berdzor", LC_PLACE_NAMES_BOTH, "az", "Lachin (Berdzor)");
  /* A language the story says nothing of follows the story's name. */
  assert_name (story, "shushi", LC_PLACE_NAMES_BOTH, "fr", "Shusha (Shushi)");
  assert_name (story, "stepanakert", LC_PLACE_NAMES_BOTH, "fr", "Stepanakert (Khankendi)");
  /* One side's names, whatever the language. */
  assert_name (story, "shushi", LC_PLACE_NAMES_ARMENIAN, "en", "Shushi");
  assert_name (story, "shushi", LC_PLACE_NAMES_AZERBAIJANI, "hy", "Shusha");
  /* The region: its own name, and each side's. */
  assert_name (story, "nagorno-karabakh", LC_PLACE_NAMES_BOTH, "en", "Nagorno-Karabakh");
  assert_name (story, "nagorno-karabakh", LC_PLACE_NAMES_BOTH, "hy", "Nagorno-Karabakh");
  assert_name (story, "nagorno-karabakh", LC_PLACE_NAMES_ARMENIAN, "en", "Artsakh");
  assert_name (story, "nagorno-karabakh", LC_PLACE_NAMES_AZERBAIJANI, "en", "Karabakh");
}

/* One spelling per place: the event texts use the names of the map. */
static void
test_one_spelling (void)
{
  static const char * const not_ours[] = {
    "Zabux", "Karintak", "Khankandi", "Shushi (Shusha)", "Berdzor (Lachin)", "Aghavno (Zabukh)",
    "Karin Tak (Dashalty)", "Shusha–Dashalty", "fact sheet",
  };
  g_autoptr(LcStory) story = lc_test_load_bundled (NULL);
  GListModel *events = lc_story_get_events (story);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);
      g_autofree char *all = g_strjoin (" ", lc_event_get_title (event),
                                        lc_event_get_text (event) != NULL ? lc_event_get_text (event) : "",
                                        lc_event_get_note (event) != NULL ? lc_event_get_note (event) : "",
                                        NULL);

      g_test_message ("%s", lc_event_get_id (event));
      for (guint j = 0; j < G_N_ELEMENTS (not_ours); j++)
        g_assert_null (strstr (all, not_ours[j]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/areas/on-dates", test_areas_on_dates);
  g_test_add_func ("/content/areas/shushi-never-held", test_shushi_never_held);
  g_test_add_func ("/content/areas/shushi-not-a-hole", test_shushi_not_a_hole);
  g_test_add_func ("/content/areas/corridor-inside", test_corridor_inside_area);
  g_test_add_func ("/content/sources/for-readers", test_sources_for_readers);
  g_test_add_func ("/content/voices/quoted-in-article", test_speaker_words_quoted_in_article);
  g_test_add_func ("/content/voices/original-languages", test_original_languages);
  g_test_add_func ("/content/names/order", test_name_order);
  g_test_add_func ("/content/names/one-spelling", test_one_spelling);

  return g_test_run ();
}
