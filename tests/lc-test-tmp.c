/* lc-test-tmp.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A folder of a test's own for the files it writes, removed afterwards. */

#include "config.h"

#include <gio/gio.h>

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
