/* fuzz-main.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs a fuzz target without libFuzzer on each file of a folder, one TAP
 * case a file: every input fuzzing found a problem with stays in
 * tests/data/fuzz/<target>/, and the normal test suite (with or without
 * sanitizers) runs the target on it again.
 *
 *   fuzz-main-loader tests/data/fuzz/loader
 */

#include "config.h"

#include <stdio.h>

#include "lc-fuzz.h"

static void
no_inputs (void)
{
  g_test_skip ("no inputs yet");
}

static void
run_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
list_inputs (const char *dir_path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  /* Git keeps no empty folder: a target without findings has none. */
  dir = g_dir_open (dir_path, 0, &error);
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return paths;
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, compare_paths);

  return paths;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = NULL;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);
  if (argc != 2)
    {
      g_printerr ("usage: %s FOLDER\n", argv[0]);
      return 2;
    }

  paths = list_inputs (argv[1]);
  if (paths->len == 0)
    g_test_add_func ("/fuzz/no-inputs", no_inputs);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s", base);

      g_test_add_data_func (test_path, path, run_file);
    }

  return g_test_run ();
}
