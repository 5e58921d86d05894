/* lc-test-tmp.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A folder of a test's own for the files it writes, removed afterwards;
 * desktop folders of its own. */

#include "config.h"

#include <gio/gio.h>
#include <unistd.h>

#include "lc-test-tmp.h"

/**
 * lc_test_tmp_dir_new:
 * @name: a word for the folder's name, such as "briefing"
 *
 * Returns: (transfer full): the path of a new, empty folder
 */
char *
lc_test_tmp_dir_new (const char *name)
{
  g_autofree char *template = g_strdup_printf ("lc-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return path;
}

/* Never follows a symbolic link: a link to a folder is removed, not what
 * it points to. */
static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) == G_FILE_TYPE_DIRECTORY)
    children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) &&
         info != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

/**
 * lc_test_tmp_dir_remove:
 *
 * Removes @path, a folder from lc_test_tmp_dir_new(), and everything in
 * it; symbolic links are removed, not followed.
 */
void
lc_test_tmp_dir_remove (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) tmp = g_file_new_for_path (g_get_tmp_dir ());

  /* Only ever a folder that lc_test_tmp_dir_new() made. */
  g_assert_true (g_file_has_prefix (file, tmp));
  remove_tree (file);
}

static void
set_folder (const char *variable,
            const char *root,
            const char *name)
{
  g_autofree char *path = g_build_filename (root, name, NULL);

  g_setenv (variable, path, TRUE);
}

/**
 * lc_test_isolate_desktop:
 * @name: a word for the folder's name
 *
 * Gives the test desktop folders of its own, before anything reads them
 * (call it first in main()): its own data, configuration and cache, so
 * its recent files and settings are its own; and of the system's shared
 * data only the MIME database, the icons and the schemas, linked, not
 * the applications, so that no help viewer or other handler is found.
 * G_TEST_OPTION_ISOLATE_DIRS would hide the MIME database too, and GTK
 * could not load its own icons.
 *
 * Returns: (transfer full): the root of the folders, for
 *   lc_test_tmp_dir_remove()
 */
char *
lc_test_isolate_desktop (const char *name)
{
  const char *shared[] = { "mime", "icons", "glib-2.0" };
  char *root = lc_test_tmp_dir_new (name);
  g_autofree char *system = g_build_filename (root, "system", NULL);
  const char *data_dirs = g_getenv ("XDG_DATA_DIRS");
  /* Not g_get_system_data_dirs (): GLib would keep its answer. */
  g_auto(GStrv) dirs = g_strsplit (data_dirs != NULL && *data_dirs != '\0' ? data_dirs
                                                                           : "/usr/local/share:/usr/share",
                                   ":", -1);

  g_assert_cmpint (g_mkdir_with_parents (system, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    for (guint j = 0; dirs[j] != NULL; j++)
      {
        g_autofree char *target = g_build_filename (dirs[j], shared[i], NULL);
        g_autofree char *link = g_build_filename (system, shared[i], NULL);

        if (g_file_test (target, G_FILE_TEST_IS_DIR))
          {
            g_assert_cmpint (symlink (target, link), ==, 0);
            break;
          }
      }

  g_setenv ("XDG_DATA_DIRS", system, TRUE);
  set_folder ("XDG_DATA_HOME", root, "data");
  set_folder ("XDG_CONFIG_HOME", root, "config");
  set_folder ("XDG_CACHE_HOME", root, "cache");
  /* Mesa writes its shader cache from a thread of its own, which may be
   * after the test has removed its folders. */
  g_setenv ("MESA_SHADER_CACHE_DISABLE", "true", TRUE);

  return root;
}
