/* test-story.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-test-story.h"

static void
test_sorted_by_date (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);
  GListModel *events = lc_story_get_events (story);
  GListModel *statements = lc_story_get_statements (story);
  g_autoptr(LcEvent) first_event = g_list_model_get_item (events, 0);
  g_autoptr(LcStatement) first_statement = g_list_model_get_item (statements, 0);

  /* The file lists both out of order. */
  g_assert_cmpstr (lc_event_get_id (first_event), ==, "first-event");
  g_assert_cmpstr (lc_statement_get_id (first_statement), ==, "early");
}

static void
test_counts_until (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);

  g_assert_cmpuint (lc_story_count_events_until (story, lc_test_day ("2022-12-02")), ==, 0);
  g_assert_cmpuint (lc_story_count_events_until (story, lc_test_day ("2022-12-03")), ==, 1);
  g_assert_cmpuint (lc_story_count_events_until (story, lc_test_day ("2022-12-11")), ==, 1);
  g_assert_cmpuint (lc_story_count_events_until (story, lc_test_day ("2022-12-12")), ==, 2);
  g_assert_cmpuint (lc_story_count_statements_until (story, lc_test_day ("2022-12-26")), ==, 0);
  g_assert_cmpuint (lc_story_count_statements_until (story, lc_test_day ("2022-12-27")), ==, 1);
  g_assert_cmpuint (lc_story_count_statements_until (story, lc_test_day ("2022-12-30")), ==, 2);
  g_assert_cmpuint (lc_story_count_statements_until (story, lc_test_day ("2030-01-01")), ==, 2);
}

static void
test_day_count (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);

  g_assert_cmpint (lc_story_get_day_count (story, lc_test_day ("2022-12-11")), ==, 0);
  g_assert_cmpint (lc_story_get_day_count (story, lc_test_day ("2022-12-12")), ==, 1);
  g_assert_cmpint (lc_story_get_day_count (story, lc_test_day ("2022-12-30")), ==, 19);
}

static gboolean
visible (LcStory    *story,
         const char *id,
         const char *iso)
{
  GPtrArray *features = lc_story_get_visible_features (story, lc_test_day (iso));
  LcFeature *feature = lc_story_lookup_feature (story, id);

  g_assert_nonnull (feature);
  /* The cached set agrees with the feature's own answer. */
  g_assert_cmpint (g_ptr_array_find (features, feature, NULL), ==,
                   lc_feature_is_visible_at (feature, lc_test_day (iso)));

  return g_ptr_array_find (features, feature, NULL);
}

static void
test_visibility (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);

  g_assert_false (visible (story, "road", "2022-12-04"));
  g_assert_true (visible (story, "road", "2022-12-05"));
  g_assert_true (visible (story, "road", "2022-12-24"));
  /* "until" is the first day it is gone. */
  g_assert_false (visible (story, "road", "2022-12-25"));
  g_assert_true (visible (story, "area", "1900-01-01"));
  g_assert_true (visible (story, "stepanakert", "2022-12-25"));
}

static void
test_states (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);
  LcFeature *road = lc_story_lookup_feature (story, "road");
  LcFeature *city = lc_story_lookup_feature (story, "stepanakert");

  g_assert_cmpint (lc_feature_get_state_at (road, lc_test_day ("2022-12-05")), ==, LC_FEATURE_STATE_OPEN);
  g_assert_cmpint (lc_feature_get_state_at (road, lc_test_day ("2022-12-11")), ==, LC_FEATURE_STATE_OPEN);
  g_assert_cmpint (lc_feature_get_state_at (road, lc_test_day ("2022-12-12")), ==, LC_FEATURE_STATE_BLOCKED);
  g_assert_cmpint (lc_feature_get_state_at (road, lc_test_day ("2022-12-24")), ==, LC_FEATURE_STATE_BLOCKED);
  g_assert_cmpint (lc_feature_get_state_at (city, lc_test_day ("2022-12-24")), ==, LC_FEATURE_STATE_NORMAL);
}

static void
test_epochs (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);
  guint before = lc_story_get_epoch (story, lc_test_day ("2022-12-01"));
  guint open = lc_story_get_epoch (story, lc_test_day ("2022-12-05"));

  /* Changes on 5, 12 and 25 December cut the time into four epochs. */
  g_assert_cmpuint (before, ==, 0);
  g_assert_cmpuint (lc_story_get_epoch (story, lc_test_day ("2022-12-04")), ==, before);
  g_assert_cmpuint (open, ==, 1);
  g_assert_cmpuint (lc_story_get_epoch (story, lc_test_day ("2022-12-11")), ==, open);
  g_assert_cmpuint (lc_story_get_epoch (story, lc_test_day ("2022-12-12")), ==, 2);
  g_assert_cmpuint (lc_story_get_epoch (story, lc_test_day ("2022-12-25")), ==, 3);
  g_assert_cmpuint (lc_story_get_epoch (story, lc_test_day ("2099-12-25")), ==, 3);

  /* Within an epoch the same cached set is returned. */
  g_assert_true (lc_story_get_visible_features (story, lc_test_day ("2022-12-06")) ==
                 lc_story_get_visible_features (story, lc_test_day ("2022-12-10")));
}

static void
test_geometry (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);
  LcGeometry *area = lc_feature_get_geometry (lc_story_lookup_feature (story, "area"));
  LcGeometry *point = lc_feature_get_geometry (lc_story_lookup_feature (story, "stepanakert"));
  const double *ring;
  guint n_points, first_part, n_parts;
  double w, s, e, n;

  g_assert_cmpint (lc_geometry_get_geometry_type (area), ==, LC_GEOMETRY_TYPE_POLYGON);
  g_assert_cmpuint (lc_geometry_get_n_polygons (area), ==, 1);
  lc_geometry_get_polygon (area, 0, &first_part, &n_parts);
  g_assert_cmpuint (first_part, ==, 0);
  g_assert_cmpuint (n_parts, ==, 1);
  ring = lc_geometry_get_part (area, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 5);
  g_assert_cmpfloat (ring[2], ==, 47.1);
  g_assert_cmpfloat (ring[3], ==, 39.7);
  lc_geometry_get_bounds (area, &w, &s, &e, &n);
  g_assert_cmpfloat (w, ==, 46.6);
  g_assert_cmpfloat (s, ==, 39.7);
  g_assert_cmpfloat (e, ==, 47.1);
  g_assert_cmpfloat (n, ==, 40.2);

  g_assert_cmpuint (lc_geometry_get_n_parts (point), ==, 1);
  g_assert_cmpfloat (lc_geometry_get_coords (point)[0], ==, 46.752);
  g_assert_cmpfloat (lc_geometry_get_coords (point)[1], ==, 39.815);
}

static void
test_properties (void)
{
  g_autoptr(LcStory) story = lc_test_load_story (NULL, "data", "minimal.json", NULL);
  LcStatement *statement = lc_story_lookup_statement (story, "late");
  g_autoptr(LcActor) actor = NULL;
  g_autoptr(LcDate) date = NULL;
  g_autofree char *text = NULL;
  LcStatementKind kind;

  g_object_get (statement, "actor", &actor, "date", &date, "text", &text, "kind", &kind, NULL);
  g_assert_cmpstr (lc_actor_get_name (actor), ==, "Maria Zakharova");
  g_assert_cmpuint (date->day, ==, lc_test_day ("2022-12-30"));
  g_assert_cmpstr (text, ==, "Words.");
  g_assert_cmpint (kind, ==, LC_STATEMENT_KIND_QUOTE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story/model/sorted-by-date", test_sorted_by_date);
  g_test_add_func ("/story/model/counts-until", test_counts_until);
  g_test_add_func ("/story/model/day-count", test_day_count);
  g_test_add_func ("/story/model/visibility", test_visibility);
  g_test_add_func ("/story/model/states", test_states);
  g_test_add_func ("/story/model/epochs", test_epochs);
  g_test_add_func ("/story/model/geometry", test_geometry);
  g_test_add_func ("/story/model/properties", test_properties);

  return g_test_run ();
}
