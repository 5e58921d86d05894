/* test-bundled.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bundled story against its sources: the article (tests/data/article.txt,
 * a copy of the seed) and the checked facts (docs/facts.md). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-test-story.h"

static void
test_valid_without_warnings (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);

  g_assert_nonnull (story);
  g_assert_cmpuint (lc_story_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 0);
  g_assert_cmpstr (lc_story_get_id (story), ==, "lachin-corridor-2022");
  g_assert_cmpuint (lc_story_get_start (story), ==, lc_day_parse ("2020-11-09"));
  g_assert_cmpuint (lc_story_get_end (story), ==, lc_day_parse ("2022-12-30"));
  g_assert_cmpint (lc_story_get_day_count (story, lc_day_parse ("2022-12-30")), ==, 19);
  {
    g_autofree char *label = lc_story_dup_day_label (story, lc_day_parse ("2022-12-30"));
    g_autofree char *before = lc_story_dup_day_label (story, lc_day_parse ("2022-12-11"));
    double w, s, e, n;

    g_assert_cmpstr (label, ==, "Day 19 of the blockade");
    g_assert_null (before);
    g_assert_true (lc_story_get_context (story, &w, &s, &e, &n));
    g_assert_cmpfloat (w, ==, 43.4);
  }
}

/* The ten statements of the article, by their first words. */
static const char * const article_statements[] = {
  "Russia expressed concern",
  "In a statement, Russian foreign ministry spokesperson",
  "“The Russian side, in particular",
  "“We consider any public attack",
  "Russia called on Baku and Yerevan",
  "“We note that the Lachin Corridor",
  "The group of Azerbaijanis",
  "Their actions are fully supported",
  "The Artsakh authorities announced",
  "Zakharova said that Russia wants",
};

static void
test_statements_word_for_word (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "article.txt", NULL);
  g_autofree char *article = NULL;
  GListModel *statements = lc_story_get_statements (story);
  guint n = g_list_model_get_n_items (statements);
  gboolean found[G_N_ELEMENTS (article_statements)] = { FALSE };

  g_assert_true (g_file_get_contents (path, &article, NULL, NULL));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (article_statements));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
      const char *text = lc_statement_get_text (statement);

      g_test_message ("%s", lc_statement_get_id (statement));
      /* Unchanged: the whole text stands in the article as it is. */
      g_assert_nonnull (strstr (article, text));
      g_assert_cmpstr (lc_source_get_id (lc_statement_get_source (statement)), ==, "asbarez");
      for (guint j = 0; j < G_N_ELEMENTS (article_statements); j++)
        if (g_str_has_prefix (text, article_statements[j]))
          {
            g_assert_false (found[j]);
            found[j] = TRUE;
          }
    }

  for (guint j = 0; j < G_N_ELEMENTS (article_statements); j++)
    g_assert_true (found[j]);
}

static void
test_statement_kinds (void)
{
  static const struct { const char *id; LcStatementKind kind; const char *actor; } expected[] = {
    /* Reported speech with a few quoted words is a paraphrase. */
    { "russia-concern", LC_STATEMENT_KIND_PARAPHRASE, "russia-mfa" },
    { "zakharova-movement", LC_STATEMENT_KIND_PARAPHRASE, "zakharova" },
    { "russia-call", LC_STATEMENT_KIND_PARAPHRASE, "russia-mfa" },
    { "zakharova-agreements", LC_STATEMENT_KIND_PARAPHRASE, "zakharova" },
    { "zakharova-peacekeepers", LC_STATEMENT_KIND_QUOTE, "zakharova" },
    { "protesters-claim", LC_STATEMENT_KIND_CLAIM, "protesters" },
    /* "Their actions are fully supported …" is Asbarez's own assertion. */
    { "azerbaijan-call", LC_STATEMENT_KIND_REPORT, "asbarez" },
    { "artsakh-announcement", LC_STATEMENT_KIND_ANNOUNCEMENT, "artsakh-government" },
  };
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      LcStatement *statement = lc_story_lookup_statement (story, expected[i].id);

      g_assert_nonnull (statement);
      g_assert_cmpint (lc_statement_get_kind (statement), ==, expected[i].kind);
      g_assert_cmpstr (lc_actor_get_id (lc_statement_get_actor (statement)), ==, expected[i].actor);
    }

  /* The call the article says was made "this week" is the event of Tuesday 27 December. */
  {
    LcStatement *call = lc_story_lookup_statement (story, "azerbaijan-call");

    g_assert_true (g_ptr_array_index (lc_statement_get_refers_to (call), 0) ==
                   lc_story_lookup_event (story, "azerbaijan-call"));
  }
}

/* docs/facts.md, the timeline table. */
static const struct { const char *id; const char *date; } fact_events[] = {
  { "trilateral-statement", "2020-11-09" },
  { "lachin-district", "2020-12-01" },
  { "lachin-handover", "2022-08-26" },
  { "new-route", "2022-08-30" },
  { "sochi-meeting", "2022-10-31" },
  { "first-blocking", "2022-12-03" },
  { "blockade-begins", "2022-12-12" },
  { "azerbaijan-call", "2022-12-27" },
  { "mine-halted", "2022-12-28" },
  { "zakharova-statement", "2022-12-30" },
};

static void
test_event_dates (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);

  g_assert_cmpuint (g_list_model_get_n_items (lc_story_get_events (story)), ==,
                    G_N_ELEMENTS (fact_events));
  for (guint i = 0; i < G_N_ELEMENTS (fact_events); i++)
    {
      LcEvent *event = lc_story_lookup_event (story, fact_events[i].id);
      g_autofree char *iso = NULL;

      g_assert_nonnull (event);
      iso = lc_date_to_iso (lc_event_get_date (event));
      g_assert_cmpstr (iso, ==, fact_events[i].date);
      g_assert_nonnull (lc_event_get_source (event));
    }
  g_assert_true (lc_story_get_count_from (story) == lc_story_lookup_event (story, "blockade-begins"));
}

/* docs/facts.md, the places table: latitude, longitude, and the
 * Azerbaijani name where it differs. */
static const struct { const char *id; double lat; double lon; const char *azerbaijani; } fact_places[] = {
  { "yerevan", 40.183, 44.517, NULL },
  { "baku", 40.395, 49.882, "Bakı" },
  { "stepanakert", 39.815, 46.752, "Khankendi" },
  { "shushi", 39.758, 46.748, "Shusha" },
  { "berdzor", 39.641, 46.547, "Lachin" },
  { "goris", 39.508, 46.339, NULL },
  { "kornidzor", 39.548, 46.531, NULL },
  { "tegh", 39.555, 46.476, NULL },
  { "aghavno", 39.590, 46.543, "Zabukh" },
  { "martakert", 40.215, 46.813, "Aghdara" },
  { "askeran", 39.937, 46.833, "Asgaran" },
  { "martuni", 39.795, 47.113, "Khojavend" },
  { "nakhchivan", 39.216, 45.411, "Naxçıvan" },
  { "mets-shen", 39.658, 46.602, "Boyuk Galadarasi" },
  { "hin-shen", 39.637, 46.603, "Kichik Galadarasi" },
  { "karin-tak", 39.742, 46.749, "Dashalty" },
  { "blockade-site", 39.752, 46.729, NULL },
  { "kashen-mine", 40.18, 46.76, "Damirli" },
};

static void
test_places (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);

  for (guint i = 0; i < G_N_ELEMENTS (fact_places); i++)
    {
      LcFeature *feature = lc_story_lookup_feature (story, fact_places[i].id);
      const double *coords;

      g_test_message ("%s", fact_places[i].id);
      g_assert_nonnull (feature);
      coords = lc_geometry_get_coords (lc_feature_get_geometry (feature));
      g_assert_cmpfloat_with_epsilon (coords[0], fact_places[i].lon, 1e-9);
      g_assert_cmpfloat_with_epsilon (coords[1], fact_places[i].lat, 1e-9);
      g_assert_cmpstr (lc_feature_get_alt_name_for (feature, "azerbaijani"), ==,
                       fact_places[i].azerbaijani);
      /* Where the sides' names differ, both are there. */
      if (fact_places[i].azerbaijani != NULL && lc_feature_get_kind (feature) != LC_FEATURE_KIND_CAPITAL &&
          !g_str_equal (fact_places[i].id, "nakhchivan"))
        g_assert_nonnull (lc_feature_get_alt_name_for (feature, "armenian"));
    }

  /* Estimates are marked approximate and say why. */
  g_assert_true (lc_feature_get_approximate (lc_story_lookup_feature (story, "blockade-site")));
  g_assert_true (lc_feature_get_approximate (lc_story_lookup_feature (story, "kashen-mine")));
  g_assert_true (lc_feature_get_approximate (lc_story_lookup_feature (story, "artsakh-area")));
  g_assert_nonnull (lc_feature_get_note (lc_story_lookup_feature (story, "artsakh-area")));
}

static void
test_time_dependent_map (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);
  LcFeature *old_route = lc_story_lookup_feature (story, "lachin-corridor-2020");
  LcFeature *corridor = lc_story_lookup_feature (story, "lachin-corridor");
  LcFeature *mine = lc_story_lookup_feature (story, "kashen-mine");

  g_assert_true (lc_feature_is_visible_at (old_route, lc_day_parse ("2022-08-29")));
  g_assert_false (lc_feature_is_visible_at (old_route, lc_day_parse ("2022-08-30")));
  g_assert_false (lc_feature_is_visible_at (corridor, lc_day_parse ("2022-08-29")));
  g_assert_true (lc_feature_is_visible_at (corridor, lc_day_parse ("2022-08-30")));
  g_assert_cmpint (lc_feature_get_state_at (corridor, lc_day_parse ("2022-12-11")), ==,
                   LC_FEATURE_STATE_OPEN);
  g_assert_cmpint (lc_feature_get_state_at (corridor, lc_day_parse ("2022-12-12")), ==,
                   LC_FEATURE_STATE_BLOCKED);
  g_assert_cmpint (lc_feature_get_state_at (mine, lc_day_parse ("2022-12-27")), ==,
                   LC_FEATURE_STATE_OPERATING);
  g_assert_cmpint (lc_feature_get_state_at (mine, lc_day_parse ("2022-12-28")), ==,
                   LC_FEATURE_STATE_SUSPENDED);
  g_assert_false (lc_feature_is_visible_at (lc_story_lookup_feature (story, "blockade-site"),
                                            lc_day_parse ("2022-12-11")));

  /* Before the blockade nothing was said; by the statement, everything. */
  g_assert_cmpuint (lc_story_count_statements_until (story, lc_day_parse ("2020-11-09")), ==, 0);
  g_assert_cmpuint (lc_story_count_statements_until (story, lc_day_parse ("2022-12-30")), ==, 10);
  g_assert_cmpuint (lc_story_count_events_until (story, lc_day_parse ("2020-11-09")), ==, 1);
}

static void
test_countries (void)
{
  static const char * const countries[] = {
    "armenia", "azerbaijan", "georgia", "iran", "turkey", "russia"
  };
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_bundled (loader);

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      LcFeature *country = lc_story_lookup_feature (story, countries[i]);

      g_assert_nonnull (country);
      g_assert_cmpint (lc_feature_get_kind (country), ==, LC_FEATURE_KIND_COUNTRY);
      g_assert_cmpstr (lc_source_get_id (lc_feature_get_source (country)), ==, "natural-earth");
    }
  /* Azerbaijan with Nakhchivan: more than one polygon. */
  g_assert_cmpuint (lc_geometry_get_n_polygons (lc_feature_get_geometry (lc_story_lookup_feature (story, "azerbaijan"))),
                    >, 1);
}

/* docs/story-format.md's example must stay a valid story. */
static void
test_documented_example (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_test_load_story (loader, "..", "docs", "example-story.lcstory", NULL);

  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story/bundled/valid", test_valid_without_warnings);
  g_test_add_func ("/story/bundled/statements-word-for-word", test_statements_word_for_word);
  g_test_add_func ("/story/bundled/statement-kinds", test_statement_kinds);
  g_test_add_func ("/story/bundled/event-dates", test_event_dates);
  g_test_add_func ("/story/bundled/places", test_places);
  g_test_add_func ("/story/bundled/time-dependent-map", test_time_dependent_map);
  g_test_add_func ("/story/bundled/countries", test_countries);
  g_test_add_func ("/story/docs/example", test_documented_example);

  return g_test_run ();
}
