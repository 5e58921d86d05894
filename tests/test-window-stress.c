/* test-window-stress.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window under stress and hostile input (docs/security.md): bad files
 * dropped on it, the open file deleted, truncated, replaced and rewritten
 * in bursts, a story of 100,000 statements, names and file names that try
 * markup or reorder the text around them, addresses that are not web
 * links. Through it all the window keeps working and keeps the last good
 * story, says what is wrong once a file, and does not grow. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <malloc.h>
#include <string.h>
#include <sys/stat.h>

#include "lc-application.h"
#include "lc-feed-row.h"
#include "lc-story-private.h"
#include "lc-test-ui.h"
#include "lc-window-private.h"

#define child(window, name) lc_test_template_child ((window), LC_TYPE_WINDOW, (name))

#define RELOAD_TOAST "changed but has errors; the last good version is shown"

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
minimal_with (const char *find,
              const char *replace)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *text = NULL;
  GString *story;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  story = g_string_new (text);
  if (find != NULL)
    g_assert_cmpuint (g_string_replace (story, find, replace, 1), ==, 1);

  return g_string_free (story, FALSE);
}

static char *
titled (const char *title)
{
  g_autofree char *quoted = g_strdup_printf ("\"title\": \"%s\"", title);

  return minimal_with ("\"title\": \"A minimal story\"", quoted);
}

/* Writes in place, truncating first, as a careless editor does: the
 * window may see the file half-written. */
static void
write_in_place (const char *path,
                const char *text)
{
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  fputs (text, file);
  g_assert_cmpint (fclose (file), ==, 0);
}

static LcWindow *
open_window (GFile *file)
{
  LcWindow *window = g_object_new (LC_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  if (file != NULL)
    g_assert_true (lc_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  lc_test_wait_for_draw (window);

  return window;
}

static LcWindow *
open_bundled (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (LC_BUNDLED_STORY_URI);

  return open_window (file);
}

static gboolean
has_title (LcWindow   *window,
           const char *title)
{
  LcStory *story = lc_window_get_story (window);

  return story != NULL && g_str_equal (lc_story_get_title (story), title);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The toast about @file's errors: its details, or NULL when there is none. */
static const char *
toast_details (LcWindow *window,
               GFile    *file)
{
  AdwToast *toast = g_hash_table_lookup (window->error_toasts, file);

  return toast != NULL ? g_object_get_data (G_OBJECT (toast), "lc-details") : NULL;
}

static gboolean
details_contain (LcWindow   *window,
                 GFile      *file,
                 const char *text)
{
  const char *details = toast_details (window, file);

  return details != NULL && strstr (details, text) != NULL;
}

/* No toast shows a reload's errors, nor will: none is left queued. */
static void
assert_no_error_toast (LcWindow *window)
{
  lc_test_wait_until (g_hash_table_size (window->error_toasts) == 0 &&
                      lc_test_find_widget (window, is_label_containing, RELOAD_TOAST) == NULL);
  lc_test_wait_for_draw (window);
  lc_test_wait_for_draw (window);
  g_assert_null (lc_test_find_widget (window, is_label_containing, RELOAD_TOAST));
}

/* Markup in toasts */

static void
test_toast_markup (void)
{
  const char *name = "AT&amp;T <b> &#x263A; x.json";
  g_autofree char *path = tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = g_strdup_printf ("“\u2068%s\u2069” could not be opened", name);
  LcWindow *window = open_bundled ();
  LcWindow *other;

  write_in_place (path, "{");
  g_assert_false (lc_window_open_file (window, file));
  lc_test_wait_until (lc_test_find_widget (window, lc_test_is_label_with_text, expected) != NULL);

  /* Any message a toast says, as an export's, is text too (in a window
   * of its own: toasts show one at a time). */
  other = open_bundled ();
  lc_window_add_toast (other, "Exported “AT&amp;T <b> &#x263A;.png”", FALSE);
  lc_test_wait_until (lc_test_find_widget (other, lc_test_is_label_with_text,
                                           "Exported “AT&amp;T <b> &#x263A;.png”") != NULL);

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* One toast a file: the next failure replaces it, a good reload
 * withdraws it, and none piles up behind it. */
static void
test_one_toast_a_file (void)
{
  static const struct { const char *find; const char *replace; const char *error; } bad[] = {
    { "\"version\": 1,", "\"version\": 1", "expected “,” or “}”" },
    { "\"date\": \"2022-12-27\"", "\"date\": \"2022-02-30\"", "got “2022-02-30”" },
    { "\"kind\": \"claim\"", "\"kind\": \"rumour\"", "got “rumour”" },
  };
  g_autofree char *path = tmp_path ("one-toast.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = minimal_with (NULL, NULL);
  g_autofree char *good = titled ("Good again");
  LcWindow *window;

  write_in_place (path, first);
  window = open_window (file);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = minimal_with (bad[i].find, bad[i].replace);

      write_in_place (path, text);
      lc_test_wait_until (details_contain (window, file, bad[i].error));
      g_assert_cmpuint (g_hash_table_size (window->error_toasts), ==, 1);
      g_assert_true (has_title (window, "A minimal story"));
    }

  write_in_place (path, good);
  lc_test_wait_until (has_title (window, "Good again"));
  assert_no_error_toast (window);

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Bad files dropped on a window with a story: each is refused, at once,
 * with a toast of its own, and the story stays. */
static void
test_bad_drops (void)
{
  g_autofree char *folder = tmp_path ("a-folder");
  g_autofree char *binary = tmp_path ("picture.json");
  g_autofree char *fifo = tmp_path ("pipe.json");
  const char *paths[] = { folder, binary, fifo, "/dev/zero" };
  LcWindow *window = open_bundled ();
  LcStory *story = lc_window_get_story (window);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (binary, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      GSList *files = g_slist_prepend (NULL, file);
      GValue value = G_VALUE_INIT;
      gboolean accepted = FALSE;

      g_value_init (&value, GDK_TYPE_FILE_LIST);
      g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
      g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
      g_assert_true (accepted);
      g_assert_true (lc_window_get_story (window) == story);
      g_assert_nonnull (toast_details (window, file));
      g_value_unset (&value);
      g_slist_free (files);
    }
  g_assert_cmpuint (g_hash_table_size (window->error_toasts), ==, G_N_ELEMENTS (paths));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");

  g_unlink (fifo);
  g_unlink (binary);
  g_rmdir (folder);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The file open in the window truncated, rewritten, replaced by a rename
 * (as editors save), deleted and made again. */
static void
test_watched_file (void)
{
  g_autofree char *path = tmp_path ("watched.json");
  g_autofree char *temporary = tmp_path (".watched.json.swp");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = minimal_with (NULL, NULL);
  g_autofree char *rewritten = titled ("Rewritten");
  g_autofree char *renamed = titled ("Renamed");
  g_autofree char *recreated = titled ("Recreated");
  LcWindow *window;
  LcStory *good;

  write_in_place (path, first);
  window = open_window (file);
  good = lc_window_get_story (window);

  write_in_place (path, "");
  lc_test_wait_until (details_contain (window, file, "the file is empty"));
  g_assert_true (lc_window_get_story (window) == good);

  write_in_place (path, rewritten);
  lc_test_wait_until (has_title (window, "Rewritten"));
  assert_no_error_toast (window);

  write_in_place (temporary, renamed);
  g_assert_cmpint (g_rename (temporary, path), ==, 0);
  lc_test_wait_until (has_title (window, "Renamed"));

  g_assert_cmpint (g_unlink (path), ==, 0);
  lc_test_wait_until (details_contain (window, file, "there is no such file"));
  g_assert_true (has_title (window, "Renamed"));

  write_in_place (path, recreated);
  lc_test_wait_until (has_title (window, "Recreated"));
  assert_no_error_toast (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 200 rewrites as fast as they come, valid and broken in turn: the window
 * keeps the last good story, says so once, and takes the next good one. */
static void
test_rapid_rewrites (void)
{
  g_autofree char *path = tmp_path ("rapid.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = minimal_with (NULL, NULL);
  g_autofree char *last = titled ("Settled");
  LcWindow *window;

  write_in_place (path, first);
  window = open_window (file);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Version %u", i);
      g_autofree char *text = i % 2 == 0 ? titled (title) : g_strdup ("{ \"format\": ");

      write_in_place (path, text);
      /* Let the window see some of them. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  /* The last write was broken: the story is one of the good ones. */
  lc_test_wait_until (toast_details (window, file) != NULL);
  g_assert_true (g_str_has_prefix (lc_story_get_title (lc_window_get_story (window)), "Version ") ||
                 has_title (window, "A minimal story"));
  g_assert_cmpuint (g_hash_table_size (window->error_toasts), ==, 1);

  write_in_place (path, last);
  lc_test_wait_until (has_title (window, "Settled"));
  assert_no_error_toast (window);
  lc_window_set_day (window, lc_day_parse ("2022-12-10"));
  lc_test_wait_for_draw (window);
  g_assert_cmpuint (lc_timeline_get_day (child (window, "timeline")), ==, lc_day_parse ("2022-12-10"));

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gsize
bytes_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static void
reload_as (LcWindow   *window,
           const char *path,
           guint       n)
{
  g_autofree char *title = g_strdup_printf ("Reload %u", n);
  g_autofree char *text = titled (title);

  write_in_place (path, text);
  lc_test_wait_until (has_title (window, title));
  lc_test_wait_for_draw (window);
}

/* A reload frees the story it replaces: memory does not grow with them. */
static void
test_reloads_do_not_grow (void)
{
  g_autofree char *path = tmp_path ("reloaded.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = minimal_with (NULL, NULL);
  LcWindow *window;
  gsize before, after;
  guint n = 0;

  write_in_place (path, first);
  window = open_window (file);

  /* Caches fill on the first few (fonts, icons, textures). */
  for (; n < 8; n++)
    reload_as (window, path, n);
  before = bytes_in_use ();
  for (; n < 32; n++)
    reload_as (window, path, n);
  after = bytes_in_use ();

  g_test_message ("%zu bytes in use after 8 reloads, %zu after 32", before, after);
  /* Under AddressSanitizer malloc() is not glibc's, and says nothing. */
  if (before == 0)
    g_test_skip ("mallinfo2() does not count this malloc()");
  else
    g_assert_cmpint ((gssize) (after - before), <, 2 * 1024 * 1024);

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 100,000 statements open, and the window goes on working. */
static void
test_hundred_thousand_statements (void)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "build-aux", "gen-story.py",
                                                   NULL);
  g_autofree char *path = tmp_path ("large.lcstory");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *argv[] = {
    "python3", script, "--statements", "100000", "--events", "20", "--features", "40", path, NULL
  };
  g_autoptr(GError) error = NULL;
  GListModel *statements;
  LcWindow *window;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  window = open_window (file);
  statements = lc_story_get_statements (lc_window_get_story (window));
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 100000);

  lc_window_set_day (window, lc_story_get_start (lc_window_get_story (window)) + 400);
  lc_test_wait_for_draw (window);
  g_assert_true (lc_window_show_statement (window, "statement-99999"));
  lc_test_wait_for_draw (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (window, "stack")), ==, "story");

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Direction controls */

static gboolean
is_label_with_control (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), "\u202e") != NULL;
}

/* A story whose names carry a right-to-left override: the window shows
 * them without it, so nothing around them is reordered; a file name that
 * carries one is isolated, and its messages show it escaped. */
static void
test_direction_controls (void)
{
  g_autofree char *path = tmp_path ("names.json");
  g_autofree char *bad_path = tmp_path ("story\u202egnp.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *step1 = minimal_with ("\"title\": \"A minimal story\"",
                                         "\"title\": \"\u202eA story\u200b of names\"");
  g_autofree char *step2 = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) with_name = NULL;
  LcWindow *window, *bad_window;

  with_name = g_string_new (step1);
  g_string_replace (with_name, "\"name\": \"Stepanakert\"", "\"name\": \"Step\\u202eanakert\"", 1);
  g_string_replace (with_name, "\"text\": \"Words.\"", "\"text\": \"\u2067Words\u202e.\"", 1);
  write_in_place (path, with_name->str);
  window = open_window (file);

  g_assert_cmpstr (gtk_label_get_text (child (window, "title_label")), ==, "A story\u200b of names");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "A story\u200b of names");
  lc_window_set_day (window, lc_day_parse ("2022-12-30"));
  lc_test_wait_until (lc_test_find_widget (child (window, "panel"), lc_test_is_label_with_text,
                                           "Words.") != NULL);
  g_assert_null (lc_test_find_widget (window, is_label_with_control, NULL));

  write_in_place (bad_path, "{");
  bad_window = g_object_new (LC_TYPE_WINDOW, NULL);
  g_assert_false (lc_window_open_file (bad_window, bad));
  gtk_window_present (GTK_WINDOW (bad_window));
  lc_test_wait_for_draw (bad_window);
  g_assert_cmpstr (gtk_label_get_text (child (bad_window, "title_label")), ==,
                   "\u2068story\u202egnp.json\u2069");
  g_assert_nonnull (strstr (gtk_label_get_text (child (bad_window, "error_label")),
                            "story<U+202E>gnp.json:1:2: "));

  g_unlink (bad_path);
  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (bad_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Links */

static GtkLabel *
source_label_for (const char *url)
{
  LcDate date = { lc_day_parse ("2022-12-30"), LC_DATE_PRECISION_DAY };
  g_autoptr(LcSource) source = _lc_source_new ("s", "Publisher", "Title", &date, url, NULL);
  g_autoptr(LcActor) actor = _lc_actor_new ("a", "Speaker", NULL, NULL);
  g_autoptr(LcStatement) statement = _lc_statement_new ("x", &date, actor, LC_STATEMENT_KIND_QUOTE,
                                                        "Words.", source, NULL);
  GtkWidget *row = lc_feed_row_new ();

  g_object_ref_sink (row);
  lc_feed_row_set_item (LC_FEED_ROW (row), G_OBJECT (statement));
  g_object_set_data_full (G_OBJECT (row), "lc-test-keep", g_object_ref (statement), g_object_unref);

  return lc_test_template_child (row, LC_TYPE_FEED_ROW, "source_label");
}

/* Only a web address becomes a link; the model cannot hold another (the
 * loader refuses it), and the card checks again. */
static void
test_only_web_links (void)
{
  static const char * const not_links[] = {
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "https://example.org/\u202e",
    "http:///etc/passwd",
  };
  GtkLabel *label = source_label_for ("https://example.org/article");

  g_assert_true (gtk_label_get_use_markup (label));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "<a href=\"https://example.org/article\">"));
  g_object_unref (gtk_widget_get_ancestor (GTK_WIDGET (label), LC_TYPE_FEED_ROW));

  for (guint i = 0; i < G_N_ELEMENTS (not_links); i++)
    {
      label = source_label_for (not_links[i]);
      g_assert_null (strstr (gtk_label_get_label (label), "<a"));
      g_assert_nonnull (strstr (gtk_label_get_text (label), "Publisher, “Title”"));
      g_object_unref (gtk_widget_get_ancestor (GTK_WIDGET (label), LC_TYPE_FEED_ROW));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/stress/toast-markup", test_toast_markup);
  g_test_add_func ("/ui/stress/one-toast-a-file", test_one_toast_a_file);
  g_test_add_func ("/ui/stress/bad-drops", test_bad_drops);
  g_test_add_func ("/ui/stress/watched-file", test_watched_file);
  g_test_add_func ("/ui/stress/rapid-rewrites", test_rapid_rewrites);
  g_test_add_func ("/ui/stress/reloads-do-not-grow", test_reloads_do_not_grow);
  g_test_add_func ("/ui/stress/hundred-thousand-statements", test_hundred_thousand_statements);
  g_test_add_func ("/ui/stress/direction-controls", test_direction_controls);
  g_test_add_func ("/ui/stress/only-web-links", test_only_web_links);

  tmp_dir = g_dir_make_tmp ("lc-window-stress-XXXXXX", NULL);
  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
