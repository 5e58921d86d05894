/* test-loader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "lc-story-loader.h"

/* Each bad case changes one thing in tests/data/minimal.json and names
 * the message, with its place, that the loader must give. */
typedef struct
{
  const char *name;
  const char *find;
  const char *replace;
  int         code;
  const char *expected;
} BadCase;

static const BadCase bad_cases[] = {
  { "syntax", "\"version\": 1,", "\"version\": 1", LC_STORY_ERROR_SYNTAX,
    "minimal.json:4:3: expected “,” or “}”" },
  { "not-object", NULL, "[1, 2]", LC_STORY_ERROR_INVALID,
    "minimal.json: a story file must hold one JSON object, not an array" },
  { "wrong-format", "\"lachin-corridor-story\"", "\"geojson\"", LC_STORY_ERROR_INVALID,
    "minimal.json: format: this is not a Lachin Corridor story" },
  { "newer-version", "\"version\": 1", "\"version\": 3", LC_STORY_ERROR_VERSION,
    "minimal.json: version: the story is in format version 3, which needs a newer Lachin "
    "Corridor; this version reads format versions 1 to 2" },
  { "version-type", "\"version\": 1", "\"version\": \"1\"", LC_STORY_ERROR_INVALID,
    "minimal.json: version: expected a whole format version number such as 2, got a string" },
  /* What version 2 added is an error in a version 1 file. */
  { "v1-sources", "\"features\": [\"road\"], \"source\": \"asbarez\"",
    "\"features\": [\"road\"], \"sources\": [\"asbarez\"]", LC_STORY_ERROR_INVALID,
    "minimal.json: events[0].sources: “sources” needs format version 2; write \"version\": 2" },
  { "v1-report", "\"kind\": \"claim\"", "\"kind\": \"report\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[1].kind: the kind “report” needs format version 2" },
  { "v1-region", "\"kind\": \"city\"", "\"kind\": \"region\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].properties.kind: the kind “region” needs format version 2" },
  { "v1-speaker-words", "\"text\": \"Words.\"", "\"text\": \"Words.\", \"speaker_words\": []",
    LC_STORY_ERROR_INVALID,
    "minimal.json: statements[0].speaker_words: “speaker_words” needs format version 2" },
  { "v1-first-in", "\"side\": \"azerbaijani\"", "\"side\": \"azerbaijani\", \"first_in\": [\"en\"]",
    LC_STORY_ERROR_INVALID, "minimal.json: features.features[2].properties.alt_names[0].first_in: "
    "“first_in” needs format version 2" },
  { "v1-language", "\"group\": \"russia\"", "\"group\": \"russia\", \"language\": \"ru\"",
    LC_STORY_ERROR_INVALID, "minimal.json: actors[0].language: “language” needs format version 2" },
  { "v1-title", "\"title\": \"An article\", ", "", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].title: required field is missing" },
  { "missing-title", "\"title\": \"A minimal story\",", "", LC_STORY_ERROR_INVALID,
    "minimal.json: title: required field is missing" },
  { "title-type", "\"title\": \"A minimal story\"", "\"title\": 12", LC_STORY_ERROR_INVALID,
    "minimal.json: title: expected a string, got a number" },
  { "empty-title", "\"title\": \"A minimal story\"", "\"title\": \"  \"", LC_STORY_ERROR_INVALID,
    "minimal.json: title: must not be empty" },
  { "invisible-title", "\"title\": \"A minimal story\"", "\"title\": \"\u200b\\u200b \\u2060\\ufeff\u200e\"",
    LC_STORY_ERROR_INVALID, "minimal.json: title: must not be empty" },
  { "bad-date", "\"date\": \"2022-12-27\"", "\"date\": \"2022-13-01\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[1].date: expected a date like 2022-12-12, got “2022-13-01”" },
  { "february-30", "\"date\": \"2022-12-03\"", "\"date\": \"2022-02-30\"", LC_STORY_ERROR_INVALID,
    "minimal.json: events[1].date: expected a date like 2022-12-12, got “2022-02-30”" },
  { "bad-precision", "\"precision\": \"week\"", "\"precision\": \"fortnight\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[1].precision: expected one of day, week, month, year, got “fortnight”" },
  { "timeline-initial", "\"initial\": \"2022-12-20\"", "\"initial\": \"2023-01-20\"",
    LC_STORY_ERROR_INVALID, "minimal.json: timeline.initial: the initial date must lie between" },
  { "timeline-order", "\"start\": \"2022-12-01\"", "\"start\": \"2023-12-01\"", LC_STORY_ERROR_INVALID,
    "minimal.json: timeline.end: the timeline ends before it starts" },
  { "bad-id", "\"id\": \"late\"", "\"id\": \"Late Statement\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[0].id: “Late Statement” is not a valid id" },
  { "duplicate-id", "\"id\": \"late\"", "\"id\": \"early\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[1].id: the id “early” is used by another statement" },
  { "unknown-actor", "\"actor\": \"zakharova\", \"kind\": \"quote\"",
    "\"actor\": \"lavrov\", \"kind\": \"quote\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[0].actor: there is no actor with the id “lavrov”" },
  { "unknown-mention", "\"mentions\": [\"stepanakert\"]", "\"mentions\": [\"goris\"]",
    LC_STORY_ERROR_INVALID, "minimal.json: statements[1].mentions[0]: there is no feature with the id “goris”" },
  { "unknown-refers-to", "\"refers_to\": [\"blockade-begins\"]", "\"refers_to\": [\"sochi\"]",
    LC_STORY_ERROR_INVALID, "minimal.json: statements[0].refers_to[0]: there is no event with the id “sochi”" },
  { "unknown-source", "\"approximate\": true, \"source\": \"asbarez\"",
    "\"approximate\": true, \"source\": \"reuters\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[0].properties.source: there is no source with the id “reuters”" },
  { "unknown-count-from", "\"count_from\": \"blockade-begins\"", "\"count_from\": \"war\"",
    LC_STORY_ERROR_INVALID, "minimal.json: timeline.count_from: there is no event with the id “war”" },
  { "unknown-event-feature", "\"features\": [\"road\"]", "\"features\": [\"bridge\"]",
    LC_STORY_ERROR_INVALID, "minimal.json: events[0].features[0]: there is no feature with the id “bridge”" },
  { "statement-kind", "\"kind\": \"claim\"", "\"kind\": \"rumour\"", LC_STORY_ERROR_INVALID,
    "minimal.json: statements[1].kind: expected one of quote, paraphrase, claim, announcement, "
    "report, got “rumour”" },
  { "feature-kind", "\"kind\": \"city\"", "\"kind\": \"town\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].properties.kind: expected one of country, territory, zone, "
    "corridor, road, capital, city, village, site, mine, checkpoint, blockade, region, got “town”" },
  { "kind-geometry", "\"kind\": \"city\"", "\"kind\": \"country\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].geometry.type: a country cannot be a Point" },
  { "geometry-type", "\"type\": \"Point\"", "\"type\": \"Circle\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].geometry.type: unknown geometry type “Circle”" },
  { "longitude-range", "[46.752, 39.815]", "[246.752, 39.815]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].geometry.coordinates: longitude 246.752 is outside" },
  { "latitude-range", "[46.752, 39.815]", "[46.752, 99.815]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].geometry.coordinates: latitude 99.815 is outside" },
  { "position-type", "[46.752, 39.815]", "[46.752, \"39.815\"]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].geometry.coordinates: expected a position [longitude, latitude], got a string in it" },
  { "ring-open", "[46.6, 40.2], [46.6, 39.7] ]", "[46.6, 40.2], [46.6, 39.75] ]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[0].geometry.coordinates[0]: the polygon ring is not closed" },
  { "ring-short", "[ [46.6, 39.7], [47.1, 39.7], [47.1, 40.2], [46.6, 40.2], [46.6, 39.7] ]",
    "[ [46.6, 39.7], [47.1, 39.7], [46.6, 39.7] ]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[0].geometry.coordinates[0]: a polygon ring needs at least 4 positions, got 3" },
  { "ring-empty", "[ [ [46.6, 39.7], [47.1, 39.7], [47.1, 40.2], [46.6, 40.2], [46.6, 39.7] ] ]",
    "[ [] ]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[0].geometry.coordinates[0]: a polygon ring needs at least 4 positions, got 0" },
  { "line-short", "[ [46.34, 39.51], [46.75, 39.82] ]", "[ [46.34, 39.51] ]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[1].geometry.coordinates: a line needs at least 2 positions, got 1" },
  { "feature-type", "{ \"type\": \"Feature\", \"id\": \"road\"", "{ \"type\": \"feature\", \"id\": \"road\"",
    LC_STORY_ERROR_INVALID, "minimal.json: features.features[1].type: expected “Feature”, got “feature”" },
  { "unknown-state", "\"state\": \"blocked\"", "\"state\": \"jammed\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[1].properties.states[0].state: expected one of normal, open, "
    "blocked, closed, operating, suspended, got “jammed”" },
  { "states-order", "\"states\": [ { \"from\": \"2022-12-12\", \"state\": \"blocked\" } ]",
    "\"states\": [ { \"from\": \"2022-12-12\", \"state\": \"blocked\" }, { \"from\": \"2022-12-10\", \"state\": \"open\" } ]",
    LC_STORY_ERROR_INVALID, "minimal.json: features.features[1].properties.states[1]: state changes must be in date order" },
  { "until-before-from", "\"until\": \"2022-12-25\"", "\"until\": \"2022-12-05\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[1].properties.until: “until” must be later than “from”" },
  { "rank-range", "\"rank\": 1", "\"rank\": 11", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].properties.rank: expected a whole number from 1 to 10, got 11" },
  { "approximate-type", "\"approximate\": true", "\"approximate\": \"yes\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[0].properties.approximate: expected true or false, got a string" },
  { "bad-url", "https://example.org/article", "javascript:alert(1)", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: expected an address starting with https:// or http://" },
  { "url-file", "https://example.org/article", "file:///etc/passwd", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: expected an address starting with https:// or http://, got “file:///etc/passwd”" },
  { "url-data", "https://example.org/article", "data:text/html,<b>x</b>", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: expected an address starting with https:// or http://" },
  { "url-newline", "https://example.org/article", "https://example.org/\\nhttps://evil.example/",
    LC_STORY_ERROR_INVALID, "minimal.json: sources[0].url: the address holds a space, a control or an invisible character (U+000A)" },
  { "url-bell", "https://example.org/article", "https://example.org/\\u0007", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: the address holds a space, a control or an invisible character (U+0007)" },
  { "url-override", "https://example.org/article", "https://example.org/\\u202egro.live", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: the address holds a space, a control or an invisible character (U+202E)" },
  { "url-space", "https://example.org/article", "https://example.org/an article", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: the address holds a space, a control or an invisible character (U+0020)" },
  { "url-userinfo", "https://example.org/article", "https://example.org@evil.example/", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: the address has a user name or password before “@”" },
  { "url-no-host", "https://example.org/article", "http:///etc/passwd", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: the address has no host" },
  { "url-bad-port", "https://example.org/article", "https://example.org:99999/", LC_STORY_ERROR_INVALID,
    "minimal.json: sources[0].url: this is not a valid address: " },
  { "bbox", "[45.0, 39.0, 48.0, 41.0]", "[48.0, 39.0, 45.0, 41.0]", LC_STORY_ERROR_INVALID,
    "minimal.json: view.bbox: expected [west, south, east, north] with west < east" },
  { "alt-name-side", "\"side\": \"azerbaijani\"", "\"side\": \"Azerbaijani side\"", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].properties.alt_names[0].side: “Azerbaijani side” is not a valid id" },
  { "listed-twice", "\"mentions\": [\"stepanakert\"]", "\"mentions\": [\"stepanakert\", \"stepanakert\"]",
    LC_STORY_ERROR_INVALID, "minimal.json: statements[1].mentions[1]: “stepanakert” is listed twice" },
  { "rank-fraction", "\"rank\": 1", "\"rank\": 1.5", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].properties.rank: expected a whole number from 1 to 10, got a number with a fraction" },
  { "position-length", "[46.752, 39.815]", "[46.752]", LC_STORY_ERROR_INVALID,
    "minimal.json: features.features[2].geometry.coordinates: expected a position [longitude, latitude], got 1 value" },
  { "count-label", "\"count_from\": \"blockade-begins\"",
    "\"count_from\": \"blockade-begins\", \"count_label\": \"Day of the blockade\"",
    LC_STORY_ERROR_INVALID, "minimal.json: timeline.count_label: must contain {day}" },
  { "context", "\"view\": { \"bbox\": [45.0, 39.0, 48.0, 41.0] }",
    "\"view\": { \"bbox\": [45.0, 39.0, 48.0, 41.0], \"context\": [45.0, 39.0, 48.0] }",
    LC_STORY_ERROR_INVALID, "minimal.json: view.context: expected [west, south, east, north], got 3 values" },
  { "nan", "\"rank\": 1", "\"rank\": NaN", LC_STORY_ERROR_SYNTAX,
    "minimal.json:27:49: NaN is not a JSON number" },
  { "overflow", "[46.752, 39.815]", "[46.752, 39e999]", LC_STORY_ERROR_SYNTAX,
    "minimal.json:28:64: number 39e999 is too large" },
  { "big-integer", "\"rank\": 1", "\"rank\": 18446744073709551617", LC_STORY_ERROR_SYNTAX,
    "minimal.json:27:49: integer 18446744073709551617 is too large to be exact" },
  { "duplicate-member", "\"id\": \"minimal\",", "\"id\": \"minimal\", \"id\": \"again\",",
    LC_STORY_ERROR_SYNTAX, "minimal.json:4:20: member “id” appears twice in this object" },
};

/* Format version 2: each case changes one thing in tests/data/minimal-v2.json. */
static const BadCase bad_v2_cases[] = {
  { "words-outside-quotes", "\"the movement of citizens\", {", "\"road must serve\", {",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: statements[0].speaker_words[0]: “road must serve” is "
    "not inside quotation marks in the text" },
  { "words-not-in-text", "\"the movement of citizens\", {", "\"the movement of goods\", {",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: statements[0].speaker_words[0]: “the movement of "
    "goods” is not in the statement’s text" },
  { "words-outside-text", "{ \"start\": 74, \"end\": 86 }", "{ \"start\": 74, \"end\": 186 }",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: statements[0].speaker_words[1]: characters 74 to 186 "
    "are outside the text, which has 92 characters" },
  { "words-order", "\"speaker_words\": [\"the movement of citizens\", { \"start\": 74, \"end\": 86 }]",
    "\"speaker_words\": [{ \"start\": 74, \"end\": 86 }, \"the movement of citizens\"]",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: statements[0].speaker_words[1]: “the movement of "
    "citizens” is not in the text after the span before it" },
  { "words-empty-span", "{ \"start\": 74, \"end\": 86 }", "{ \"start\": 74, \"end\": 74 }",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: statements[0].speaker_words[1]: “end” must be "
    "greater than “start”" },
  { "words-type", "{ \"start\": 74, \"end\": 86 }", "86", LC_STORY_ERROR_INVALID,
    "minimal-v2.json: statements[0].speaker_words[1]: expected a fragment of the text or an object "
    "with “start” and “end”, got a number" },
  { "source-and-sources", "\"sources\": [\"wire\", \"report\"]",
    "\"sources\": [\"wire\", \"report\"], \"source\": \"wire\"", LC_STORY_ERROR_INVALID,
    "minimal-v2.json: events[0].sources: give “source” or “sources”, not both" },
  { "no-sources", "\"sources\": [\"wire\", \"report\"]", "\"sources\": []",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: events[0].sources: list at least one source" },
  { "note-sources-without-note", "\"note\": \"Sources differ.\", ", "", LC_STORY_ERROR_INVALID,
    "minimal-v2.json: events[0].note_sources: there is no “note” for these sources" },
  { "unknown-note-source", "\"note_sources\": [\"wire\"]", "\"note_sources\": [\"tass\"]",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: statements[0].note_sources[0]: there is no source "
    "with the id “tass”" },
  { "first-in-both-sides", "{ \"name\": \"Shushi\", \"side\": \"armenian\" }",
    "{ \"name\": \"Shushi\", \"side\": \"armenian\", \"first_in\": [\"ru\"] }",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: features.features[1].properties.alt_names[1]."
    "first_in[1]: “ru” is already listed for the armenian side’s name" },
  { "first-in-local-name", "\"lang\": \"az\"", "\"lang\": \"az\", \"first_in\": [\"az\"]",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: features.features[1].properties.alt_names[2].first_in: "
    "only a name without “lang” can say where it comes first" },
  { "first-in-tag", "\"first_in\": [\"en\", \"ru\"]", "\"first_in\": [\"en\", \"Russian speakers\"]",
    LC_STORY_ERROR_INVALID, "minimal-v2.json: features.features[1].properties.alt_names[1].first_in[1]: "
    "expected a language tag such as “en”, got “Russian speakers”" },
  { "empty-title", "\"title\": \"An article\"", "\"title\": \" \"", LC_STORY_ERROR_INVALID,
    "minimal-v2.json: sources[0].title: must not be empty" },
  { "region-geometry", "\"type\": \"MultiPoint\", \"coordinates\": [ [46.9, 40.0], [46.9, 39.8] ]",
    "\"type\": \"LineString\", \"coordinates\": [ [46.9, 40.0], [46.9, 39.8] ]", LC_STORY_ERROR_INVALID,
    "minimal-v2.json: features.features[0].geometry.type: a region cannot be a LineString" },
};

static char *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static char *
read_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  /* The text to change must be unambiguous. */
  g_assert_null (strstr (at + 1, find));

  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

static LcStory *
load_text (LcStoryLoader  *loader,
           const char     *text,
           gsize           length,
           GError        **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return lc_story_loader_load_bytes (loader, bytes, "minimal.json", error);
}

static void
test_bad_case (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *minimal = read_minimal ();
  g_autofree char *text = c->find != NULL ? replace_once (minimal, c->find, c->replace)
                                          : g_strdup (c->replace);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), &error);

  g_assert_null (story);
  g_assert_error (error, LC_STORY_ERROR, c->code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, c->expected));
  g_assert_cmpuint (lc_story_loader_get_n_errors (loader), >=, 1);
}

static void
test_bad_v2_case (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *minimal = read_data ("minimal-v2.json");
  g_autofree char *text = replace_once (minimal, c->find, c->replace);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = lc_story_loader_load_bytes (loader, bytes, "minimal-v2.json", &error);

  g_assert_null (story);
  g_assert_error (error, LC_STORY_ERROR, c->code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, c->expected));
}

/* What version 2 adds, read into the model. */
static void
test_version_2 (void)
{
  g_autofree char *text = read_data ("minimal-v2.json");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = lc_story_loader_load_bytes (loader, bytes, "minimal-v2.json", &error);
  LcStatement *quote, *report;
  LcFeature *town, *region;
  LcEvent *event;
  const LcTextSpan *spans;
  guint n_spans;

  g_assert_no_error (error);
  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 0);

  /* A source whose headline is not known has none. */
  g_assert_null (lc_source_get_title (lc_story_lookup_source (story, "wire")));
  g_assert_cmpstr (lc_actor_get_language (lc_story_lookup_actor (story, "spokesperson")), ==, "ru");

  quote = lc_story_lookup_statement (story, "quote");
  g_assert_true (lc_statement_has_voices (quote));
  spans = lc_statement_get_speaker_words (quote, FALSE, &n_spans);
  g_assert_cmpuint (n_spans, ==, 2);
  g_assert_cmpuint (spans[0].start, ==, 43);
  g_assert_cmpuint (spans[0].end, ==, 67);
  g_assert_cmpuint (spans[1].start, ==, 74);
  g_assert_cmpuint (spans[1].end, ==, 86);
  g_assert_cmpstr (lc_statement_get_original_language (quote), ==, "ru");
  g_assert_cmpstr (lc_statement_get_language (quote), ==, "en");
  g_assert_cmpuint (lc_statement_get_note_sources (quote)->len, ==, 1);

  report = lc_story_lookup_statement (story, "report");
  g_assert_cmpint (lc_statement_get_kind (report), ==, LC_STATEMENT_KIND_REPORT);
  g_assert_true (lc_statement_has_voices (report));
  lc_statement_get_speaker_words (report, FALSE, &n_spans);
  g_assert_cmpuint (n_spans, ==, 0);
  g_assert_cmpstr (lc_statement_get_original_language (report), ==, "en");

  event = lc_story_lookup_event (story, "event");
  g_assert_cmpuint (lc_event_get_sources (event)->len, ==, 2);
  g_assert_true (lc_event_get_source (event) == lc_story_lookup_source (story, "wire"));
  g_assert_true (g_ptr_array_index (lc_event_get_note_sources (event), 0) ==
                 lc_story_lookup_source (story, "other"));

  town = lc_story_lookup_feature (story, "town");
  g_assert_cmpuint (lc_feature_get_sources (town)->len, ==, 2);
  g_assert_cmpuint (lc_feature_get_note_sources (town)->len, ==, 1);

  region = lc_story_lookup_feature (story, "region");
  g_assert_cmpint (lc_feature_get_kind (region), ==, LC_FEATURE_KIND_REGION);
}

/* Both sides' names, in the order of the reader's language. */
static void
test_name_order (void)
{
  g_autofree char *text = read_data ("minimal-v2.json");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = lc_story_loader_load_bytes (loader, bytes, "minimal-v2.json", NULL);
  g_autoptr(LcStory) v1 = NULL;
  g_autofree char *minimal = read_minimal ();
  LcFeature *town = lc_story_lookup_feature (story, "town");
  LcFeature *region = lc_story_lookup_feature (story, "region");
  static const struct { const char *language; const char *expected; } orders[] = {
    { "en", "Shusha (Shushi)" },       /* first_in */
    { "ru-RU", "Shusha (Shushi)" },    /* first_in, whatever the region */
    { "hy", "Shushi (Shusha)" },       /* the Armenian side's language */
    { "az", "Shusha (Shushi)" },       /* the Azerbaijani side's language */
    { "fr", "Shusha (Shushi)" },       /* the story's name */
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autofree char *name = lc_feature_dup_display_name_in (town, LC_PLACE_NAMES_BOTH,
                                                              orders[i].language);

      g_assert_cmpstr (name, ==, orders[i].expected);
    }
  {
    g_autofree char *both = lc_feature_dup_display_name_in (region, LC_PLACE_NAMES_BOTH, "hy");
    g_autofree char *armenian = lc_feature_dup_display_name_in (region, LC_PLACE_NAMES_ARMENIAN, "en");
    g_autofree char *azerbaijani = lc_feature_dup_display_name_in (region, LC_PLACE_NAMES_AZERBAIJANI,
                                                                   "en");

    g_assert_cmpstr (both, ==, "Nagorno-Karabakh");
    g_assert_cmpstr (armenian, ==, "Artsakh");
    g_assert_cmpstr (azerbaijani, ==, "Karabakh");
  }

  /* A version 1 story orders as before: its name's side first. */
  v1 = load_text (loader, minimal, strlen (minimal), NULL);
  {
    g_autofree char *name = lc_feature_dup_display_name_in (lc_story_lookup_feature (v1, "stepanakert"),
                                                            LC_PLACE_NAMES_BOTH, "en");

    g_assert_cmpstr (name, ==, "Stepanakert (Khankendi)");
  }
}

static void
test_minimal (void)
{
  g_autofree char *text = read_minimal ();
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), &error);
  LcFeature *road, *city;
  LcStatement *statement;
  double w, s, e, n;

  g_assert_no_error (error);
  g_assert_nonnull (story);
  g_assert_cmpuint (lc_story_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 0);

  g_assert_cmpstr (lc_story_get_id (story), ==, "minimal");
  g_assert_cmpstr (lc_story_get_title (story), ==, "A minimal story");
  g_assert_cmpuint (lc_story_get_start (story), ==, lc_day_parse ("2022-12-01"));
  g_assert_cmpuint (lc_story_get_initial (story), ==, lc_day_parse ("2022-12-20"));
  g_assert_cmpstr (lc_event_get_id (lc_story_get_count_from (story)), ==, "blockade-begins");
  lc_story_get_view (story, &w, &s, &e, &n);
  g_assert_cmpfloat (w, ==, 45.0);
  g_assert_cmpfloat (n, ==, 41.0);

  road = lc_story_lookup_feature (story, "road");
  g_assert_cmpint (lc_feature_get_kind (road), ==, LC_FEATURE_KIND_CORRIDOR);
  g_assert_cmpuint (lc_feature_get_from (road), ==, lc_day_parse ("2022-12-05"));
  g_assert_cmpuint (lc_feature_get_until (road), ==, lc_day_parse ("2022-12-25"));
  g_assert_cmpuint (lc_geometry_get_n_points (lc_feature_get_geometry (road)), ==, 2);

  city = lc_story_lookup_feature (story, "stepanakert");
  g_assert_cmpstr (lc_feature_get_alt_name_for (city, "azerbaijani"), ==, "Khankendi");
  g_assert_null (lc_feature_get_alt_name_for (city, "russian"));
  g_assert_cmpuint (lc_feature_get_rank (city), ==, 1);
  g_assert_false (lc_feature_get_approximate (city));
  g_assert_true (lc_feature_get_approximate (lc_story_lookup_feature (story, "area")));

  statement = lc_story_lookup_statement (story, "early");
  g_assert_cmpint (lc_statement_get_kind (statement), ==, LC_STATEMENT_KIND_CLAIM);
  g_assert_cmpint (lc_statement_get_date (statement)->precision, ==, LC_DATE_PRECISION_WEEK);
  g_assert_true (lc_statement_get_actor (statement) == lc_story_lookup_actor (story, "zakharova"));
  g_assert_true (g_ptr_array_index (lc_statement_get_mentions (statement), 0) == city);
  g_assert_true (lc_statement_get_source (statement) == lc_story_lookup_source (story, "asbarez"));
}

static void
test_unknown_field_is_warning (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *text = replace_once (minimal, "\"text\": \"Words.\"",
                                        "\"text\": \"Words.\", \"txet\": 1, \"colour\": \"red\"");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), NULL);
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  g_autoptr(LcDiagnostic) first = NULL;
  g_autoptr(LcDiagnostic) second = NULL;
  g_autofree char *line = NULL;

  g_assert_nonnull (story);
  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 2);
  first = g_list_model_get_item (diagnostics, 0);
  second = g_list_model_get_item (diagnostics, 1);
  g_assert_cmpint (lc_diagnostic_get_severity (first), ==, LC_DIAGNOSTIC_WARNING);
  line = lc_diagnostic_to_string (first);
  g_assert_cmpstr (line, ==,
                   "minimal.json: statements[0].txet: warning: unknown field “txet” is ignored; "
                   "did you mean “text”?");
  g_assert_cmpstr (lc_diagnostic_get_path (second), ==, "statements[0].colour");
  g_assert_null (strstr (lc_diagnostic_get_message (second), "did you mean"));
}

/* A long unknown name is quoted short, and costs no "did you mean": no
 * known name is within two edits of it. */
static void
test_unknown_long_field (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *name = g_strnfill (1500, 't');
  g_autofree char *member = g_strdup_printf ("\"text\": \"Words.\", \"%s\": 1", name);
  g_autofree char *text = replace_once (minimal, "\"text\": \"Words.\"", member);
  g_autofree char *shown = g_strnfill (64, 't');
  g_autofree char *expected = NULL;
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), NULL);
  g_autoptr(LcDiagnostic) warning = NULL;
  g_autofree char *line = NULL;

  g_assert_nonnull (story);
  warning = g_list_model_get_item (lc_story_loader_get_diagnostics (loader), 0);
  line = lc_diagnostic_to_string (warning);
  expected = g_strdup_printf ("minimal.json: statements[0].%s…: warning: unknown field “%s…” is "
                              "ignored", shown, shown);
  g_assert_cmpstr (line, ==, expected);
}

static void
test_long_url (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *path = g_strnfill (10000, 'a');
  g_autofree char *url = g_strdup_printf ("https://example.org/%s", path);
  g_autofree char *text = replace_once (minimal, "https://example.org/article", url);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), &error);

  g_assert_null (story);
  g_assert_cmpstr (error->message, ==,
                   "minimal.json: sources[0].url: the address is longer than 2048 characters");
}

/* Direction controls are left out of a name, with a warning: unbalanced,
 * they would reorder whatever the name is shown beside. Messages show
 * them, and line breaks, as escapes. */
static void
test_direction_controls (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *step1 = replace_once (minimal, "\"name\": \"Stepanakert\"",
                                         "\"name\": \"\u202eStep\\u2067anakert\"");
  g_autofree char *text = replace_once (step1, "\"text\": \"Words.\"",
                                        "\"text\": \"Words.\", \"a\\u202e\\nb\": 1");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), NULL);
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  g_autoptr(LcDiagnostic) first = NULL;
  g_autoptr(LcDiagnostic) second = NULL;
  g_autofree char *line = NULL;

  g_assert_nonnull (story);
  g_assert_cmpstr (lc_feature_get_name (lc_story_lookup_feature (story, "stepanakert")), ==,
                   "Stepanakert");
  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 2);
  first = g_list_model_get_item (diagnostics, 0);
  g_assert_cmpstr (lc_diagnostic_get_path (first), ==, "features.features[2].properties.name");
  g_assert_nonnull (strstr (lc_diagnostic_get_message (first), "direction controls"));
  second = g_list_model_get_item (diagnostics, 1);
  line = lc_diagnostic_to_string (second);
  g_assert_cmpstr (line, ==, "minimal.json: statements[0].a<U+202E><U+000A>b: warning: unknown "
                             "field “a<U+202E><U+000A>b” is ignored");
}

/* Two problems in one feature: the wrong id does not hide the other. */
static void
test_bad_id_still_checked (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *step1 = replace_once (minimal, "\"id\": \"stepanakert\"", "\"id\": \"Stepanakert\"");
  g_autofree char *text = replace_once (step1, "\"rank\": 1", "\"rank\": 99");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), &error);

  g_assert_null (story);
  g_assert_nonnull (strstr (error->message, "features.features[2].id: “Stepanakert” is not a valid id"));
  g_assert_nonnull (strstr (error->message, "features.features[2].properties.rank: expected a whole "
                                            "number from 1 to 10, got 99"));
  g_assert_nonnull (strstr (error->message, "statements[1].mentions[0]: there is no feature with "
                                            "the id “stepanakert”"));
}

/* Warnings about dates outside the timeline come only for a story
 * without errors, as the format says: not beside "ends before it starts". */
static void
test_no_date_warnings_with_errors (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *text = replace_once (minimal, "\"start\": \"2022-12-01\"",
                                        "\"start\": \"2023-12-01\"");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), &error);

  g_assert_null (story);
  g_assert_cmpstr (error->message, ==, "minimal.json: timeline.end: the timeline ends before it starts");
  g_assert_cmpuint (lc_story_loader_get_n_warnings (loader), ==, 0);
}

/* Without errors, a count_from outside the timeline is warned about. */
static void
test_count_from_outside_warning (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autofree char *text = replace_once (minimal, "\"date\": \"2022-12-12\"",
                                        "\"date\": \"2022-11-12\"");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = load_text (loader, text, strlen (text), NULL);
  g_autoptr(LcDiagnostic) first = NULL;
  g_autofree char *line = NULL;

  g_assert_nonnull (story);
  first = g_list_model_get_item (lc_story_loader_get_diagnostics (loader), 0);
  line = lc_diagnostic_to_string (first);
  g_assert_cmpstr (line, ==, "minimal.json: timeline.count_from: warning: the event “blockade-begins” "
                             "is outside the timeline, so the day count starts outside it");
}

static void
test_warning_cap (void)
{
  g_autofree char *minimal = read_minimal ();
  g_autoptr(GString) extra = g_string_new ("\"text\": \"Words.\"");
  g_autofree char *text = NULL;
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  g_autoptr(LcDiagnostic) last = NULL;

  for (guint i = 0; i < LC_STORY_MAX_ERRORS + 7; i++)
    g_string_append_printf (extra, ", \"extra%u\": 1", i);
  text = replace_once (minimal, "\"text\": \"Words.\"", extra->str);
  story = load_text (loader, text, strlen (text), NULL);

  g_assert_nonnull (story);
  last = g_list_model_get_item (diagnostics, g_list_model_get_n_items (diagnostics) - 1);
  g_assert_cmpint (lc_diagnostic_get_severity (last), ==, LC_DIAGNOSTIC_WARNING);
  g_assert_cmpstr (lc_diagnostic_get_message (last), ==, "and 7 more warnings");
}

static void
test_syntax_position (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = load_text (loader, "{\n  \"a\": [1,\n}", 14, NULL);
  g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (lc_story_loader_get_diagnostics (loader), 0);

  g_assert_null (story);
  g_assert_cmpuint (lc_diagnostic_get_line (diagnostic), ==, 3);
  g_assert_cmpuint (lc_diagnostic_get_column (diagnostic), ==, 1);
}

static void
test_binary_input (void)
{
  static const struct { const char *text; gsize length; const char *expected; } cases[] = {
    { "\xef\xbb\xbf{}", 5, "minimal.json:1:1: the file starts with a byte-order mark" },
    { "{\"a\": \"b\0c\"}", 12, "minimal.json:1:9: the file contains a NUL byte" },
    { "{\"a\": \"\xc3\x28\"}", 11, "minimal.json:1:8: the file is not valid UTF-8 here" },
    { "\x89PNG\r\n\x1a\n", 8, "minimal.json:1:1: the file is not valid UTF-8 here" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LcStory) story = load_text (loader, cases[i].text, cases[i].length, &error);

      g_assert_null (story);
      g_assert_error (error, LC_STORY_ERROR, LC_STORY_ERROR_SYNTAX);
      g_assert_true (g_str_has_prefix (error->message, cases[i].expected));
    }
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": ");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = NULL;

  /* Far deeper than json-glib's recursive parser would survive. */
  for (guint i = 0; i < 5000000; i++)
    g_string_append_c (text, '[');
  story = load_text (loader, text->str, text->len, &error);

  g_assert_null (story);
  g_assert_error (error, LC_STORY_ERROR, LC_STORY_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "minimal.json:1:43: nested more than 32 levels deep"));
}

static void
test_error_cap (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = NULL;
  guint n_bad = LC_STORY_MAX_ERRORS + 30;

  g_string_append (text, "{\"format\": \"lachin-corridor-story\", \"version\": 1, \"id\": \"x\", "
                         "\"title\": \"X\", \"sources\": [");
  for (guint i = 0; i < n_bad; i++)
    g_string_append_printf (text, "%s{\"id\": \"s%u\", \"publisher\": 1, \"title\": \"T\"}",
                            i > 0 ? ", " : "", i);
  g_string_append (text, "], \"timeline\": {\"start\": \"2022-01-01\", \"end\": \"2022-01-02\"}, "
                         "\"features\": {\"type\": \"FeatureCollection\", \"features\": []}}");
  story = load_text (loader, text->str, text->len, &error);

  g_assert_null (story);
  g_assert_cmpuint (lc_story_loader_get_n_errors (loader), ==, LC_STORY_MAX_ERRORS + 1);
  g_assert_nonnull (strstr (error->message, "minimal.json: and 30 more errors"));
}

static void
test_too_many_items (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"lachin-corridor-story\", \"version\": 1, "
                                          "\"actors\": [");
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i <= LC_STORY_MAX_ITEMS; i++)
    g_string_append (text, i > 0 ? ", {}" : "{}");
  g_string_append (text, "]}");
  story = load_text (loader, text->str, text->len, &error);

  expected = g_strdup_printf ("minimal.json: actors: has %u items; at most %u",
                              LC_STORY_MAX_ITEMS + 1, LC_STORY_MAX_ITEMS);
  g_assert_null (story);
  g_assert_nonnull (strstr (error->message, expected));
}

static LcStory *
load_path (LcStoryLoader  *loader,
           const char     *path,
           GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return lc_story_loader_load_file (loader, file, NULL, NULL, error);
}

static void
test_file_good (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_path (loader, path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lc_story_get_statements (story)), ==, 2);
}

static void
test_file_missing (void)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = load_path (loader, "/nonexistent/story.json", &error);

  g_assert_null (story);
  g_assert_error (error, LC_STORY_ERROR, LC_STORY_ERROR_FILE);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/story.json: "));
}

static void
test_file_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "story.json", NULL);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) dir_error = NULL;
  g_autoptr(LcStory) story = NULL;
  g_autoptr(LcStory) dir_story = NULL;

  /* Opening a FIFO for reading would block until a writer comes; the
   * loader must refuse it from its type alone. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  story = load_path (loader, fifo, &error);
  g_assert_null (story);
  g_assert_error (error, LC_STORY_ERROR, LC_STORY_ERROR_FILE);
  g_assert_nonnull (strstr (error->message, "story.json: this is a pipe, not a story file"));

  dir_story = load_path (loader, dir, &dir_error);
  g_assert_null (dir_story);
  g_assert_nonnull (strstr (dir_error->message, "this is a folder"));

  g_unlink (fifo);
  g_rmdir (dir);
}

static void
test_file_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = NULL;
  /* GLib puts a no-break space between number and unit. */
  const char *expected = "huge.json: the file is larger than 64.0\u00a0MiB";
  FILE *file = fopen (path, "w");

  /* A sparse file: large on paper, nothing on disk. */
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, LC_STORY_MAX_FILE_SIZE + 1, SEEK_SET), ==, 0);
  fputc ('}', file);
  fclose (file);

  story = load_path (loader, path, &error);
  g_assert_null (story);
  g_assert_error (error, LC_STORY_ERROR, LC_STORY_ERROR_FILE);
  g_assert_nonnull (strstr (error->message, expected));

  g_unlink (path);
  g_rmdir (dir);
}

/* Thousands of damaged copies of a valid story: each must load or be
 * refused with errors that name the file, never crash or warn. */
static void
test_mutations (void)
{
  g_autofree char *minimal = read_minimal ();
  gsize length = strlen (minimal);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20221212);
  static const char * const tokens[] = {
    "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e400", "-0", "\"\\u0000\"",
    "\"2022-02-30\"", "[]", "{}", "\"x\"", "NaN", "\xff", "\"Polygon\"", "\"state\"",
  };
  guint n_loaded = 0;

  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(GString) text = g_string_new_len (minimal, length);
      g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LcStory) story = NULL;
      guint n_edits = g_rand_int_range (rand, 1, 4);

      for (guint j = 0; j < n_edits; j++)
        {
          gsize at = g_rand_int_range (rand, 0, text->len);

          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              {
                gsize n = g_rand_int_range (rand, 1, 12);

                g_string_erase (text, at, MIN (n, text->len - at));
              }
              break;
            case 1:
              g_string_insert (text, at, tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))]);
              break;
            case 2:
              text->str[at] = (char) g_rand_int_range (rand, 1, 256);
              break;
            default:
              {
                gsize from = g_rand_int_range (rand, 0, text->len);
                g_autofree char *chunk = g_strndup (text->str + from, MIN (40, text->len - from));

                g_string_insert (text, at, chunk);
              }
            }
        }

      story = load_text (loader, text->str, text->len, &error);
      if (story != NULL)
        {
          g_assert_no_error (error);
          n_loaded++;
          continue;
        }
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "minimal.json"));
      g_assert_cmpuint (lc_story_loader_get_n_errors (loader), >, 0);
    }

  /* Some edits land in text and leave a valid story. */
  g_assert_cmpuint (n_loaded, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story/loader/minimal", test_minimal);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/story/loader/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }
  g_test_add_func ("/story/loader/v2/good", test_version_2);
  g_test_add_func ("/story/loader/v2/name-order", test_name_order);
  for (guint i = 0; i < G_N_ELEMENTS (bad_v2_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/story/loader/v2/bad/%s", bad_v2_cases[i].name);

      g_test_add_data_func (path, &bad_v2_cases[i], test_bad_v2_case);
    }
  g_test_add_func ("/story/loader/unknown-field-is-warning", test_unknown_field_is_warning);
  g_test_add_func ("/story/loader/unknown-long-field", test_unknown_long_field);
  g_test_add_func ("/story/loader/direction-controls", test_direction_controls);
  g_test_add_func ("/story/loader/long-url", test_long_url);
  g_test_add_func ("/story/loader/bad-id-still-checked", test_bad_id_still_checked);
  g_test_add_func ("/story/loader/warning-cap", test_warning_cap);
  g_test_add_func ("/story/loader/no-date-warnings-with-errors", test_no_date_warnings_with_errors);
  g_test_add_func ("/story/loader/count-from-outside-warning", test_count_from_outside_warning);
  g_test_add_func ("/story/loader/syntax-position", test_syntax_position);
  g_test_add_func ("/story/loader/binary-input", test_binary_input);
  g_test_add_func ("/story/loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/story/loader/error-cap", test_error_cap);
  g_test_add_func ("/story/loader/too-many-items", test_too_many_items);
  g_test_add_func ("/story/loader/mutations", test_mutations);
  g_test_add_func ("/story/loader/file/good", test_file_good);
  g_test_add_func ("/story/loader/file/missing", test_file_missing);
  g_test_add_func ("/story/loader/file/not-regular", test_file_not_regular);
  g_test_add_func ("/story/loader/file/too-large", test_file_too_large);

  return g_test_run ();
}
