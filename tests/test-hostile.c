/* test-hostile.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hostile files (docs/security.md): each is refused, or opened, in
 * bounded time and memory, with a clear error that names the file and the
 * place. The big ones are made here, in a temporary folder, not kept in
 * the source tree. Each is loaded in a process of its own, whose processor
 * time and peak memory (getrusage) are checked against generous bounds:
 * they catch a hang or a blow-up, not a busy machine. LC_TEST_BOUNDS=off leaves the
 * bounds out (valgrind); LC_TEST_BOUNDS=4 makes them four times as
 * generous (the sanitizers). */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lc-story-loader.h"

#define MAX_SECONDS   2.0
#define MAX_MEGABYTES 512.0

static char *tmp_dir;

/* The user a child loads as, when not 0: root reads any file, so the
 * test of an unreadable one loads as "nobody". */
static uid_t child_uid;

/* What loading a file gave, measured. */
typedef struct
{
  char   *outcome;   /* "OK " and the title, or the error's text */
  double  seconds;   /* of processor time */
  double  wall_seconds;
  double  megabytes; /* the child's peak resident memory */
} Load;

static void
load_clear (Load *load)
{
  g_free (load->outcome);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Load, load_clear)

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static double
bounds_scale (void)
{
  const char *bounds = g_getenv ("LC_TEST_BOUNDS");

  if (g_strcmp0 (bounds, "off") == 0)
    return 0;
  if (bounds != NULL)
    return g_ascii_strtod (bounds, NULL);
  return 1;
}

static void
child_load (const char *path,
            int         fd)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(LcStoryLoader) loader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStory) story = NULL;
  g_autofree char *outcome = NULL;
  gsize length;

  if (child_uid != 0 &&
      (setgroups (0, NULL) != 0 || setgid (child_uid) != 0 || setuid (child_uid) != 0))
    _exit (2);

  file = g_file_new_for_path (path);
  loader = lc_story_loader_new ();
  story = lc_story_loader_load_file (loader, file, NULL, NULL, &error);
  outcome = story != NULL ? g_strconcat ("OK ", lc_story_get_title (story), NULL)
                          : g_strdup (error->message);
  length = strlen (outcome);

  while (length > 0)
    {
      gssize n = write (fd, outcome + strlen (outcome) - length, length);

      if (n <= 0)
        _exit (1);
      length -= n;
    }
  _exit (0);
}

/* Loads @path in a child process; its outcome, time and peak memory. */
static void
load_measured (Load       *load,
               const char *path)
{
  g_autoptr(GString) outcome = g_string_new (NULL);
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  char buffer[4096];
  int fds[2], status;
  gssize n;
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      child_load (path, fds[1]);
    }

  close (fds[1]);
  while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (outcome, buffer, n);
  close (fds[0]);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  load->outcome = g_string_free (g_steal_pointer (&outcome), FALSE);
  /* Processor time: what the load costs, however busy the machine. */
  load->seconds = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                  usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  load->wall_seconds = (g_get_monotonic_time () - start) / 1e6;
  load->megabytes = usage.ru_maxrss / 1024.0;
}

/* Loads @path and checks the bounds and that the outcome starts with
 * @expected; NULL: that it loads. */
static void
check_file (const char *path,
            const char *expected)
{
  g_auto(Load) load = { 0 };
  double scale = bounds_scale ();

  load_measured (&load, path);
  g_test_message ("%s: %.2f s (%.2f s elapsed), %.0f MB: %.300s", path, load.seconds,
                  load.wall_seconds, load.megabytes, load.outcome);
  if (expected == NULL)
    g_assert_true (g_str_has_prefix (load.outcome, "OK "));
  else
    {
      g_autofree char *prefixed = g_strdup_printf ("%s%s", path, expected);
      g_autofree char *start = g_strndup (load.outcome, strlen (prefixed));

      g_assert_cmpstr (start, ==, prefixed);
    }

  if (scale > 0)
    {
      g_assert_cmpfloat (load.seconds, <, MAX_SECONDS * scale);
      g_assert_cmpfloat (load.megabytes, <, MAX_MEGABYTES * scale);
    }
}

/* Files made to order */

static FILE *
create (const char *path)
{
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  return file;
}

static void
finish (FILE *file)
{
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
repeat (FILE       *file,
        const char *text,
        gsize       n)
{
  for (gsize i = 0; i < n; i++)
    fputs (text, file);
}

/* A valid story's beginning, up to where a statement's members go: the
 * caller writes them, then story_tail(). */
static const char story_head[] =
  "{\n"
  "\"format\": \"lachin-corridor-story\", \"version\": 1, \"id\": \"hostile\",\n"
  "\"title\": \"Hostile\",\n"
  "\"sources\": [{\"id\": \"s\", \"publisher\": \"P\", \"title\": \"T\"}],\n"
  "\"timeline\": {\"start\": \"2022-12-01\", \"end\": \"2022-12-30\"},\n"
  "\"actors\": [{\"id\": \"a\", \"name\": \"A\"}],\n";

static const char story_features[] =
  "\"features\": {\"type\": \"FeatureCollection\", \"features\": [\n";

static const char story_statement[] =
  "{\"id\": \"x\", \"date\": \"2022-12-12\", \"actor\": \"a\", \"kind\": \"quote\", "
  "\"source\": \"s\", \"text\": ";

static void
write_statement_text (FILE       *file,
                      const char *text_start,
                      gsize       repeat_count,
                      const char *repeated)
{
  fputs (story_head, file);
  fputs (story_features, file);
  fputs ("]},\n\"statements\": [", file);
  fputs (story_statement, file);
  fputs (text_start, file);
  repeat (file, repeated, repeat_count);
  fputs ("\"}]}\n", file);
}

/* The cases */

static void
test_huge_file (void)
{
  g_autofree char *path = tmp_path ("huge.json");
  FILE *file = create (path);

  /* Sparse: 200 MB on paper, nothing on disk. */
  g_assert_cmpint (ftruncate (fileno (file), 200 * 1024 * 1024), ==, 0);
  finish (file);
  check_file (path, ": the file is larger than 64.0\u00a0MiB; is it a story file?");
  g_unlink (path);
}

static void
test_deep_nesting (void)
{
  g_autofree char *path = tmp_path ("deep.json");
  FILE *file = create (path);

  fputs ("{\"a\": ", file);
  repeat (file, "[", 1000000);
  finish (file);
  /* The top-level object is the first of the 32 levels. */
  check_file (path, ":1:38: nested more than 32 levels deep");
  g_unlink (path);
}

static void
test_not_files (void)
{
  g_autofree char *fifo = tmp_path ("pipe.json");
  g_autofree char *loop_a = tmp_path ("loop-a.json");
  g_autofree char *loop_b = tmp_path ("loop-b.json");
  g_autofree char *dangling = tmp_path ("dangling.json");
  g_autofree char *folder = tmp_path ("folder.json");
  g_autofree char *gone = tmp_path ("gone.json");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  check_file (fifo, ": this is a pipe, not a story file");
  check_file ("/dev/zero", ": this is a socket or a device, not a story file");

  g_assert_cmpint (symlink (loop_b, loop_a), ==, 0);
  g_assert_cmpint (symlink (loop_a, loop_b), ==, 0);
  check_file (loop_a, ": this is a symbolic link that leads back to itself (a loop), not a story file");
  g_assert_cmpint (symlink (gone, dangling), ==, 0);
  check_file (dangling, ": this is a symbolic link to a file that does not exist");
  check_file (gone, ": there is no such file");

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  check_file (folder, ": this is a folder, not a story file");

  g_unlink (fifo);
  g_unlink (loop_a);
  g_unlink (loop_b);
  g_unlink (dangling);
  g_rmdir (folder);
}

/* A file the user may not read, and a file in a folder the user may not
 * enter. Root reads any file: as root, the child loads as "nobody". */
static void
test_unreadable (void)
{
  g_autofree char *path = tmp_path ("secret.json");
  g_autofree char *closed = tmp_path ("closed");
  g_autofree char *inside = g_build_filename (closed, "story.json", NULL);

  if (geteuid () == 0)
    {
      child_uid = 65534;
      /* Nobody may pass through the test's folder, not read in it. */
      g_assert_cmpint (g_chmod (tmp_dir, 0711), ==, 0);
    }
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  check_file (path, ": you do not have permission to read this file");

  g_assert_cmpint (g_mkdir (closed, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "{}", -1, NULL));
  g_assert_cmpint (g_chmod (closed, 0), ==, 0);
  check_file (inside, ": you do not have permission to read this file");

  child_uid = 0;
  g_assert_cmpint (g_chmod (tmp_dir, 0700), ==, 0);
  g_assert_cmpint (g_chmod (closed, 0700), ==, 0);
  g_unlink (inside);
  g_rmdir (closed);
  g_unlink (path);
}

/* Each kind of string the format has, where a bad one goes. */
static const struct
{
  const char *kind;
  const char *find;
  const char *replace;  /* with BAD where the bad text goes */
} string_kinds[] = {
  { "member name", "\"language\": \"en\"", "\"laBADnguage\": \"en\"" },
  { "id", "\"id\": \"late\"", "\"id\": \"laBADte\"" },
  { "text", "\"text\": \"Words.\"", "\"text\": \"WorBADds.\"" },
  { "date", "\"date\": \"2022-12-30\", \"actor\"", "\"date\": \"2022-12-3BAD0\", \"actor\"" },
  { "name from a list", "\"kind\": \"claim\"", "\"kind\": \"claBADim\"" },
  { "address", "https://example.org/article", "https://example.org/artBADicle" },
};

/* The line and column of BAD in @text. */
static char *
place_of_bad (const char *text)
{
  const char *at = strstr (text, "BAD");
  const char *line_start = text;
  guint line = 1;

  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      {
        line++;
        line_start = p + 1;
      }

  return g_strdup_printf (":%u:%ld:", line, g_utf8_strlen (line_start, at - line_start) + 1);
}

static void
check_bad_strings (const char *bad,
                   const char *message,
                   gboolean    at_escape)
{
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *minimal = NULL;

  g_assert_true (g_file_get_contents (minimal_path, &minimal, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (string_kinds); i++)
    {
      g_autoptr(GString) text = g_string_new (minimal);
      g_autofree char *path = tmp_path ("strings.json");
      g_autofree char *place = NULL;
      g_autofree char *expected = NULL;

      g_test_message ("in a %s", string_kinds[i].kind);
      g_assert_cmpuint (g_string_replace (text, string_kinds[i].find, string_kinds[i].replace, 1), ==, 1);
      place = place_of_bad (text->str);
      g_string_replace (text, "BAD", bad, 1);
      g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
      expected = g_strdup_printf ("%s %s", place, message);
      /* An escape is reported where the string's problem begins. */
      (void) at_escape;
      check_file (path, expected);
      g_unlink (path);
    }
}

static void
test_invalid_utf8 (void)
{
  check_bad_strings ("\xc3\x28", "the file is not valid UTF-8 here", FALSE);
}

static void
test_lone_surrogates (void)
{
  check_bad_strings ("\\ud800", "\\ud800 is half of a surrogate pair", TRUE);
  check_bad_strings ("\\udfff", "\\udfff is half of a surrogate pair", TRUE);
}

static void
test_nul_in_ids (void)
{
  check_bad_strings ("\\u0000", "\\u0000 (a NUL character) is not allowed in text", TRUE);
}

static void
test_raw_nul (void)
{
  g_autofree char *path = tmp_path ("nul.json");
  static const char text[] = "{\"id\": \"a\0b\"}";

  g_assert_true (g_file_set_contents (path, text, sizeof text - 1, NULL));
  check_file (path, ":1:10: the file contains a NUL byte; is it a text file?");
  g_unlink (path);
}

static void
test_duplicate_ids (void)
{
  g_autofree char *path = tmp_path ("duplicates.json");
  g_autofree char *expected = NULL;
  FILE *file = create (path);

  fputs (story_head, file);
  fputs (story_features, file);
  fputs ("]},\n\"statements\": [\n", file);
  for (guint i = 0; i < 100000; i++)
    fprintf (file, "%s\"Words.\"}%s\n", story_statement, i + 1 < 100000 ? "," : "");
  fputs ("]}\n", file);
  finish (file);

  check_file (path, ": statements[1].id: the id “x” is used by another statement\n");
  g_unlink (path);
}

static void
write_point (const char *path,
             const char *position)
{
  FILE *file = create (path);

  fputs (story_head, file);
  fputs (story_features, file);
  fprintf (file, "{\"type\": \"Feature\", \"id\": \"p\", \"properties\": {\"name\": \"P\", "
                 "\"kind\": \"city\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": %s}}",
           position);
  fputs ("]}}\n", file);
  finish (file);
}

static void
test_coordinates (void)
{
  static const struct { const char *position; const char *expected; } cases[] = {
    { "[1e308, 40]", ": features.features[0].geometry.coordinates: longitude 1e+308 is outside −180 to 180" },
    { "[-1e308, 40]", ": features.features[0].geometry.coordinates: longitude -1e+308 is outside −180 to 180" },
    { "[46, 1e308]", ": features.features[0].geometry.coordinates: latitude 1e+308 is outside −90 to 90" },
    { "[180.000001, 40]", ": features.features[0].geometry.coordinates: longitude 180 is outside" },
    { "[-180.5, 40]", ": features.features[0].geometry.coordinates: longitude -180.5 is outside" },
    { "[46, 90.5]", ": features.features[0].geometry.coordinates: latitude 90.5 is outside" },
    { "[46, -90.0001]", ": features.features[0].geometry.coordinates: latitude -90.0001 is outside" },
    { "[1e309, 40]", ":8:123: number 1e309 is too large" },
    { "[180, -90]", NULL },
  };
  g_autofree char *path = tmp_path ("coordinates.json");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      write_point (path, cases[i].position);
      check_file (path, cases[i].expected);
    }
  g_unlink (path);
}

/* Five million positions: refused at the two millionth and first, before
 * the rest is read. */
static void
test_huge_ring (void)
{
  g_autofree char *path = tmp_path ("ring.json");
  FILE *file = create (path);

  fputs (story_head, file);
  fputs (story_features, file);
  fputs ("{\"type\": \"Feature\", \"id\": \"r\", \"properties\": {\"name\": \"R\", "
         "\"kind\": \"zone\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[\n", file);
  repeat (file, "[46,40],\n", 5000000);
  fputs ("[46,40]]]}}]}}\n", file);
  finish (file);

  check_file (path, ":2000009:1: the story has more than 2000000 positions");
  g_unlink (path);
}

/* Five areas of 500,001 positions each: the cap is passed in the fourth,
 * and said once, not again for the fourth's rings or the fifth area. */
static void
test_positions_said_once (void)
{
  g_autofree char *path = tmp_path ("areas.json");
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;
  g_autoptr(LcDiagnostic) only = NULL;
  g_autofree char *line = NULL;
  FILE *file = create (path);

  fputs (story_head, file);
  fputs (story_features, file);
  for (guint i = 0; i < 5; i++)
    {
      fprintf (file, "%s{\"type\": \"Feature\", \"id\": \"r%u\", \"properties\": {\"name\": \"R\", "
                     "\"kind\": \"zone\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[",
               i > 0 ? ",\n" : "", i);
      repeat (file, "[46,40],", 500000);
      fputs ("[46,40]], [[46,40],[46.1,40],[46,40.1],[46,40]]]}}", file);
    }
  fputs ("]}}\n", file);
  finish (file);

  /* What is said, not how fast (the test above): loaded here. */
  story = lc_story_loader_load_file (loader, gfile, NULL, NULL, NULL);
  g_assert_null (story);
  g_assert_cmpuint (lc_story_loader_get_n_errors (loader), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (lc_story_loader_get_diagnostics (loader)), ==, 1);
  only = g_list_model_get_item (lc_story_loader_get_diagnostics (loader), 0);
  line = lc_diagnostic_to_string (only);
  /* The fourth area is on line 11. */
  g_assert_true (g_str_has_prefix (line, path));
  g_assert_true (g_str_has_prefix (line + strlen (path), ":11:"));
  g_assert_true (g_str_has_suffix (line, ": the story has more than 2000000 positions"));
  g_unlink (path);
}

static void
test_huge_text (void)
{
  g_autofree char *path = tmp_path ("text.json");
  FILE *file = create (path);

  write_statement_text (file, "\"", 50 * 1024 * 1024 / 10, "0123456789");
  finish (file);
  check_file (path, ":9:104: text is longer than 65536 characters");
  g_unlink (path);
}

/* A statement of tiny values, as many as the file holds: refused by the
 * memory its tree would take. */
static void
test_dense_values (void)
{
  g_autofree char *path = tmp_path ("dense.json");
  FILE *file = create (path);

  fputs (story_head, file);
  fputs (story_features, file);
  fputs ("]},\n\"statements\": [{\"id\": \"x\", \"mentions\": [", file);
  repeat (file, "0,", 30 * 1024 * 1024);
  fputs ("0]}]}\n", file);
  finish (file);

  check_file (path, ":9:");
  g_unlink (path);
}

static void
test_many_unknown_names (void)
{
  g_autofree char *path = tmp_path ("unknown.json");
  g_autofree char *name = g_strnfill (1500, 'n');
  FILE *file = create (path);

  fputs (story_head, file);
  fputs (story_features, file);
  fputs ("]},\n\"statements\": [", file);
  fputs (story_statement, file);
  fputs ("\"Words.\"", file);
  for (guint i = 0; i < 10000; i++)
    fprintf (file, ", \"%s%u\": 1", name, i);
  fputs ("}]}\n", file);
  finish (file);

  check_file (path, NULL);
  g_unlink (path);
}

static void
test_huge_unknown_name (void)
{
  g_autofree char *path = tmp_path ("name.json");
  FILE *file = create (path);

  fputs ("{\"", file);
  repeat (file, "n", 15 * 1024 * 1024);
  fputs ("\": 1}", file);
  finish (file);

  check_file (path, ":1:2: text is longer than 65536 characters");
  g_unlink (path);
}

/* Direction controls and zero-width characters in names: the story opens,
 * the names without the controls, a name of nothing visible is refused. */
static void
test_invisible_names (void)
{
  g_autofree char *path = tmp_path ("names.json");
  g_autofree char *blank = tmp_path ("blank.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;
  FILE *out = create (path);

  fputs (story_head, out);
  fputs (story_features, out);
  fputs ("{\"type\": \"Feature\", \"id\": \"p\", \"properties\": {\"name\": "
         "\"\u202eabc\u2066\u200bdef\u200d\\u2069\", \"kind\": \"city\"}, "
         "\"geometry\": {\"type\": \"Point\", \"coordinates\": [46, 40]}}]}}\n", out);
  finish (out);
  story = lc_story_loader_load_file (loader, file, NULL, NULL, NULL);
  g_assert_nonnull (story);
  g_assert_cmpstr (lc_feature_get_name (lc_story_lookup_feature (story, "p")), ==,
                   "abc\u200bdef\u200d");
  check_file (path, NULL);

  out = create (blank);
  fputs (story_head, out);
  fputs (story_features, out);
  fputs ("{\"type\": \"Feature\", \"id\": \"p\", \"properties\": {\"name\": "
         "\"\u200b\u202e \\u200c\\ufeff\", \"kind\": \"city\"}, "
         "\"geometry\": {\"type\": \"Point\", \"coordinates\": [46, 40]}}]}}\n", out);
  finish (out);
  check_file (blank, ": features.features[0].properties.name: must not be empty");

  g_unlink (path);
  g_unlink (blank);
}

/* A file rewritten, in place and at full speed, while it is read: every
 * load gives one of the two stories, or an error that names the file. */
typedef struct
{
  const char   *path;
  volatile gint stop;
} Writer;

static gpointer
rewrite_thread (gpointer data)
{
  Writer *writer = data;
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *short_story = NULL;
  g_autoptr(GString) long_story = NULL;

  g_assert_true (g_file_get_contents (minimal_path, &short_story, NULL, NULL));
  long_story = g_string_new (short_story);
  g_string_replace (long_story, "\"A minimal story\"",
                    "\"A minimal story, told at much greater length\"", 1);

  for (guint i = 0; !g_atomic_int_get (&writer->stop); i++)
    {
      FILE *file = fopen (writer->path, "w");

      fputs (i % 2 == 0 ? short_story : long_story->str, file);
      fclose (file);
      /* Now and then a load finds the file at rest. */
      if (i % 8 == 7)
        g_usleep (2000);
    }

  return NULL;
}

static void
test_changing_file (void)
{
  g_autofree char *path = tmp_path ("changing.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Writer writer = { path, 0 };
  GThread *thread;
  guint n_loaded = 0, n_refused = 0;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  thread = g_thread_new ("rewrite", rewrite_thread, &writer);
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LcStory) story = lc_story_loader_load_file (loader, file, NULL, NULL, &error);

      if (story != NULL)
        {
          g_assert_true (g_str_has_prefix (lc_story_get_title (story), "A minimal story"));
          n_loaded++;
        }
      else
        {
          g_assert_true (g_str_has_prefix (error->message, path));
          n_refused++;
        }
    }
  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);
  g_test_message ("%u loaded, %u refused", n_loaded, n_refused);

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/story/hostile/huge-file", test_huge_file);
  g_test_add_func ("/story/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/story/hostile/not-files", test_not_files);
  g_test_add_func ("/story/hostile/unreadable", test_unreadable);
  g_test_add_func ("/story/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/story/hostile/lone-surrogates", test_lone_surrogates);
  g_test_add_func ("/story/hostile/nul-in-ids", test_nul_in_ids);
  g_test_add_func ("/story/hostile/raw-nul", test_raw_nul);
  g_test_add_func ("/story/hostile/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/story/hostile/coordinates", test_coordinates);
  g_test_add_func ("/story/hostile/huge-ring", test_huge_ring);
  g_test_add_func ("/story/hostile/positions-said-once", test_positions_said_once);
  g_test_add_func ("/story/hostile/huge-text", test_huge_text);
  g_test_add_func ("/story/hostile/dense-values", test_dense_values);
  g_test_add_func ("/story/hostile/many-unknown-names", test_many_unknown_names);
  g_test_add_func ("/story/hostile/huge-unknown-name", test_huge_unknown_name);
  g_test_add_func ("/story/hostile/invisible-names", test_invisible_names);
  g_test_add_func ("/story/hostile/changing-file", test_changing_file);

  tmp_dir = g_dir_make_tmp ("lc-hostile-XXXXXX", NULL);
  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
