/* bench-loader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long loading a story takes against json-glib parsing the same bytes
 * (the anchor, timed in the same process, interleaved with the loads; the
 * processor time this process spends, the best of several runs of each,
 * which a busy machine disturbs least),
 * and how much memory loading takes against the file's size, for
 * statement-heavy and geometry-heavy stories made by
 * build-aux/gen-story.py. Each line gives the figure, its anchor, the
 * ratio, the goal and whether it is met (issue 14; docs/performance.md).
 *
 *   meson test -C _build --benchmark loader
 *   bench-loader [--table] [NAME...]
 *
 * NAME: only the stories named, e.g. s10k g2m. --table: each figure also
 * as a line tests/bench.py reads into its table,
 *   row KEY FIGURE VALUE UNIT ANCHOR ANCHOR_NAME GOAL KIND
 * separated by tabs (KIND: "ratio", or "opens" for a figure whose goal is
 * that the story opens). G_TEST_SRCDIR names the tests' source folder,
 * where ../build-aux/gen-story.py makes the stories.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <time.h>

#include "lc-story-loader.h"

#define TIME_GOAL   1.25  /* load ÷ json-glib's parse */
#define MEMORY_GOAL 10.0  /* peak memory ÷ file size */

typedef struct
{
  const char *name;
  const char *description;
  const char *arguments;  /* to gen-story.py */
  guint       runs;       /* timed runs of each, the best kept */
  gboolean    timed;      /* the time goal applies; else, that it opens */
  gboolean    sized;      /* the memory goal applies: fixed costs do not dominate */
} Case;

static const Case cases[] = {
  { "s1k", "1,000 statements and events", "--statements 1000 --events 1000 --features 50",
    15, TRUE, FALSE },
  { "s10k", "10,000 statements and events", "--statements 10000 --events 10000 --features 200",
    9, TRUE, TRUE },
  { "s20k", "20,000 statements and events", "--statements 20000 --events 20000 --features 500",
    7, TRUE, TRUE },
  { "g2m", "2,000,000 positions in 100 areas", "--vertices 2000000 --polygons 100 --decimals 0",
    5, TRUE, TRUE },
  { "zz10k", "a 10,000-position zig-zag area", "--zigzag 10000 --decimals 3", 9, TRUE, FALSE },
  { "s100k", "100,000 statements and events",
    "--statements 100000 --events 100000 --features 1000", 1, FALSE, TRUE },
};

static guint n_goals, n_met;
static gboolean table;

/* A line for tests/bench.py's table (see the top of the file). */
static void
table_row (const char *key,
           const char *figure,
           double      value,
           const char *unit,
           double      anchor,
           const char *anchor_name,
           double      goal,
           const char *kind)
{
  char value_text[G_ASCII_DTOSTR_BUF_SIZE], anchor_text[G_ASCII_DTOSTR_BUF_SIZE] = "";
  char goal_text[G_ASCII_DTOSTR_BUF_SIZE] = "";

  if (!table)
    return;

  g_ascii_formatd (value_text, sizeof value_text, "%.3f", value);
  if (anchor > 0)
    g_ascii_formatd (anchor_text, sizeof anchor_text, "%.3f", anchor);
  if (goal > 0)
    g_ascii_formatd (goal_text, sizeof goal_text, "%g", goal);
  g_print ("row\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", key, figure, value_text, unit,
           anchor_text, anchor_name, goal_text, kind);
}

static char *
generate (const Case *c,
          const char *dir)
{
  const char *tests = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *script = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%s.lcstory", dir, c->name);
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (tests == NULL)
    g_error ("G_TEST_SRCDIR must name the tests' source folder, which has ../build-aux/gen-story.py");
  script = g_build_filename (tests, "..", "build-aux", "gen-story.py", NULL);
  command = g_strdup_printf ("python3 %s %s %s", script, c->arguments, path);
  if (!g_spawn_command_line_sync (command, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", command, error->message);

  return g_steal_pointer (&path);
}

/* Processor time spent by this process, in milliseconds: unlike the time
 * on the clock, it does not count what other processes take. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static double
time_parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  double start = cpu_ms ();

  if (!json_parser_load_from_data (parser, data, length, NULL))
    g_error ("json-glib cannot parse the story");

  return cpu_ms () - start;
}

static double
time_load (GBytes   *bytes,
           gboolean *loaded)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  double start = cpu_ms ();
  g_autoptr(LcStory) story = lc_story_loader_load_bytes (loader, bytes, "story", NULL);
  double ms = cpu_ms () - start;

  *loaded = story != NULL;
  if (story == NULL)
    {
      g_autoptr(LcDiagnostic) first = g_list_model_get_item (lc_story_loader_get_diagnostics (loader), 0);
      g_autofree char *line = lc_diagnostic_to_string (first);

      g_print ("  refused: %s\n", line);
    }

  return ms;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
best (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, 0);
}

/* The peak resident memory of this process image, in KiB: VmHWM, which
 * unlike getrusage()'s ru_maxrss starts again at exec(). */
static long
max_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    g_error ("cannot read VmHWM from /proc/self/status");

  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

/* In a process of its own (bench-loader --peak load|parse PATH): reads
 * and loads or parses @path, and prints how much the peak memory grew. */
static int
measure_peak (const char *what,
              const char *path)
{
  long before = max_rss_kb ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;

  if (g_str_equal (what, "parse"))
    {
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

      time_parse (bytes);
    }
  else
    story = lc_story_loader_load_file (loader, file, NULL, NULL, NULL);

  g_print ("%ld\n", max_rss_kb () - before);
  return 0;
}

/* The peak memory of reading and loading (or parsing) @path, over what
 * a fresh process had before: a process of its own, so that memory freed
 * by earlier loads does not hide it. */
static double
peak_megabytes (const char *self,
                const char *path,
                gboolean    parse_only)
{
  const char *argv[] = { self, "--peak", parse_only ? "parse" : "load", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("measuring the memory of %s: %s", path, error->message);

  return g_ascii_strtoll (out, NULL, 10) / 1024.0;
}

static void
report (const char *figure,
        double      value,
        const char *unit,
        double      anchor,
        const char *anchor_name,
        double      goal)
{
  double ratio = value / anchor;
  gboolean met = ratio <= goal;

  n_goals++;
  n_met += met;
  g_print ("  %-22s %9.1f %s; %s %.1f %s; ratio %.2fx (goal <= %.2fx): %s\n",
           figure, value, unit, anchor_name, anchor, unit, ratio, goal,
           met ? "met" : "NOT MET");
}

static void
run_case (const Case *c,
          const char *self,
          const char *dir)
{
  g_autofree char *path = generate (c, dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_autoptr(GArray) parse_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  double megabytes = g_bytes_get_size (bytes) / 1048576.0;
  gboolean loaded = FALSE;
  g_autofree char *key = NULL;
  g_autofree char *figure = NULL;
  double peak;

  g_print ("%s: %s, %.1f MB\n", c->name, c->description, megabytes);

  /* Interleaved, so that a busy moment of the machine hits both. */
  for (guint i = 0; i < c->runs; i++)
    {
      double t = time_parse (bytes);

      g_array_append_val (parse_times, t);
      t = time_load (bytes, &loaded);
      g_array_append_val (load_times, t);
      if (!loaded)
        break;
    }

  key = g_strdup_printf ("load-%s", c->name);
  figure = g_strdup_printf ("load ÷ json-glib's own parse, %s", c->description);
  if (c->timed && loaded)
    {
      report ("load time", best (load_times), "ms", best (parse_times), "json-glib parse",
              TIME_GOAL);
      table_row (key, figure, best (load_times), "ms", best (parse_times), "json-glib's parse",
                 TIME_GOAL, "ratio");
    }
  else
    {
      g_print ("  %-22s %9.1f ms; json-glib parse %.1f ms; %s\n", "load time",
               best (load_times), best (parse_times), loaded ? "opens" : "does NOT open");
      g_free (figure);
      figure = g_strdup_printf ("%s open", c->description);
      table_row (key, figure, loaded ? best (load_times) : -1, "ms", best (parse_times),
                 "json-glib's parse", 0, "opens");
    }
  if (!c->timed)
    {
      n_goals++;
      n_met += loaded;
    }

  peak = peak_megabytes (self, path, FALSE);
  g_free (key);
  g_free (figure);
  key = g_strdup_printf ("load-peak-%s", c->name);
  figure = g_strdup_printf ("peak memory loading ÷ file size, %s", c->description);
  if (c->sized)
    report ("peak memory", peak, "MB", megabytes, "file size", MEMORY_GOAL);
  else
    g_print ("  %-22s %9.1f MB; file size %.1f MB (a small file: fixed costs dominate)\n",
             "peak memory", peak, megabytes);
  table_row (key, figure, peak, "MB", megabytes, "file size", c->sized ? MEMORY_GOAL : 0,
             "ratio");
  g_print ("  %-22s %9.1f MB\n", "json-glib parse's peak", peak_megabytes (self, path, TRUE));

  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  const char *self = argv[0];

  setlocale (LC_ALL, "");
  if (argc == 4 && g_str_equal (argv[1], "--peak"))
    return measure_peak (argv[2], argv[3]);

  if (argc > 1 && g_str_equal (argv[1], "--table"))
    {
      table = TRUE;
      argv++;
      argc--;
    }

  dir = g_dir_make_tmp ("lc-bench-XXXXXX", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean wanted = argc < 2;

      for (int j = 1; j < argc; j++)
        wanted |= g_str_equal (argv[j], cases[i].name);
      if (wanted)
        run_case (&cases[i], self, dir);
    }

  g_print ("%u of %u goals met\n", n_met, n_goals);
  g_rmdir (dir);
  return 0;
}
