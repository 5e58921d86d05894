/* test-recent.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The recent stories menu over a recent files list of its own: what it
 * lists, in which order, under which labels, and what it leaves out. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "lc-recent-stories.h"
#include "lc-test-tmp.h"
#include "lc-test-ui.h"

typedef struct
{
  char             *dir;
  GtkRecentManager *manager;
  LcRecentStories  *recent;
  guint             changes;
} Fixture;

static void
on_changed_cb (GtkRecentManager *manager,
               Fixture          *f)
{
  f->changes++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *xbel = NULL;

  f->dir = lc_test_tmp_dir_new ("recent");
  xbel = g_build_filename (f->dir, "recently-used.xbel", NULL);
  f->manager = g_object_new (GTK_TYPE_RECENT_MANAGER, "filename", xbel, NULL);
  g_signal_connect (f->manager, "changed", G_CALLBACK (on_changed_cb), f);
  f->recent = lc_recent_stories_new (f->manager);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->recent);
  g_signal_handlers_disconnect_by_func (f->manager, on_changed_cb, f);
  g_clear_object (&f->manager);
  lc_test_tmp_dir_remove (f->dir);
  g_free (f->dir);
}

/* Waits until the recent files say they changed. */
static void
wait_for_change (Fixture *f)
{
  guint before = f->changes;

  lc_test_wait_until (f->changes > before);
}

static GFile *
story_file (Fixture    *f,
            const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));

  return g_file_new_for_path (path);
}

/* Adds files one at a time, so that each is newer than the last. */
static void
add (Fixture *f,
     GFile   *file)
{
  lc_recent_stories_add (f->recent, file);
  wait_for_change (f);
  g_usleep (20 * 1000);
}

static char *
item_label (GMenuModel *menu,
            int         i)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

static char *
item_target (GMenuModel *menu,
             int         i)
{
  char *action = NULL, *target = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.open-recent");
  g_free (action);
  g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));

  return target;
}

static void
test_newest_first (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) first = story_file (f, "first.lcstory");
  g_autoptr(GFile) second = story_file (f, "second.json");
  GMenuModel *menu = lc_recent_stories_get_menu (f->recent);
  g_autofree char *first_uri = g_file_get_uri (first);
  g_autofree char *second_uri = g_file_get_uri (second);

  add (f, first);
  add (f, second);

  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  {
    g_autofree char *label0 = item_label (menu, 0), *label1 = item_label (menu, 1);
    g_autofree char *target0 = item_target (menu, 0), *target1 = item_target (menu, 1);

    g_assert_cmpstr (label0, ==, "second.json");
    g_assert_cmpstr (target0, ==, second_uri);
    g_assert_cmpstr (label1, ==, "first.lcstory");
    g_assert_cmpstr (target1, ==, first_uri);
  }

  /* Opened again, the first comes back to the top. */
  add (f, first);
  {
    g_autofree char *label0 = item_label (menu, 0);

    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
    g_assert_cmpstr (label0, ==, "first.lcstory");
  }
}

/* A label as a menu shows it: underscores doubled. */
static char *
escaped (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) underscore = story_file (f, "my_story.lcstory");
  g_autoptr(GFile) here = story_file (f, "same.lcstory");
  g_autoptr(GFile) there = story_file (f, "other/same.lcstory");
  GMenuModel *menu = lc_recent_stories_get_menu (f->recent);
  g_autofree char *other = g_build_filename (f->dir, "other", NULL);
  g_autofree char *with_other = g_strdup_printf ("same.lcstory — %s", other);
  g_autofree char *with_dir = g_strdup_printf ("same.lcstory — %s", f->dir);
  g_autofree char *expected0 = escaped (with_other), *expected1 = escaped (with_dir);
  g_autofree char *label0 = NULL, *label1 = NULL, *label2 = NULL;

  add (f, underscore);
  add (f, here);
  add (f, there);

  /* Two of the same name are told apart by their folders; an underscore
   * is not a mnemonic. */
  label0 = item_label (menu, 0);
  label1 = item_label (menu, 1);
  label2 = item_label (menu, 2);
  g_assert_cmpstr (label0, ==, expected0);
  g_assert_cmpstr (label1, ==, expected1);
  g_assert_cmpstr (label2, ==, "my__story.lcstory");
}

static void
test_left_out (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) kept = story_file (f, "kept.lcstory");
  g_autoptr(GFile) gone = story_file (f, "gone.lcstory");
  g_autoptr(GFile) other = story_file (f, "notes.txt");
  g_autoptr(GFile) bundled = g_file_new_for_uri ("resource:///io/github/lachinmap/LachinCorridor/x.lcstory");
  g_autofree char *other_uri = g_file_get_uri (other);
  g_autofree char *label = NULL;
  GMenuModel *menu = lc_recent_stories_get_menu (f->recent);
  GtkRecentData data_other = { NULL, NULL, (char *) "text/plain", (char *) "Text Editor",
                               (char *) "gnome-text-editor %U", NULL, FALSE };

  add (f, kept);
  add (f, gone);
  /* Another application's file. */
  g_assert_true (gtk_recent_manager_add_full (f->manager, other_uri, &data_other));
  wait_for_change (f);
  /* The bundled story is not a file. */
  lc_recent_stories_add (f->recent, bundled);
  g_assert_cmpint (g_unlink (g_file_peek_path (gone)), ==, 0);
  add (f, kept);

  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  label = item_label (menu, 0);
  g_assert_cmpstr (label, ==, "kept.lcstory");
}

static void
test_limit (Fixture       *f,
            gconstpointer  data)
{
  GMenuModel *menu = lc_recent_stories_get_menu (f->recent);

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("story%02u.lcstory", i);
      g_autoptr(GFile) file = story_file (f, name);

      add (f, file);
    }

  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 10);
  {
    g_autofree char *newest = item_label (menu, 0), *oldest = item_label (menu, 9);

    g_assert_cmpstr (newest, ==, "story11.lcstory");
    g_assert_cmpstr (oldest, ==, "story02.lcstory");
  }
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GMenuModel *menu = lc_recent_stories_get_menu (f->recent);
  g_autofree char *label = NULL;
  char *action = NULL;

  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  label = item_label (menu, 0);
  g_assert_cmpstr (label, ==, "No Recent Stories");
  /* Without an action the item is shown greyed out. */
  g_assert_false (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/ui/recent/newest-first", Fixture, NULL, fixture_set_up, test_newest_first, fixture_tear_down);
  g_test_add ("/ui/recent/labels", Fixture, NULL, fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/ui/recent/left-out", Fixture, NULL, fixture_set_up, test_left_out, fixture_tear_down);
  g_test_add ("/ui/recent/limit", Fixture, NULL, fixture_set_up, test_limit, fixture_tear_down);
  g_test_add ("/ui/recent/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
