/* lc-test-story.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Stories for the tests, which fail when one does not load. */

#include "config.h"

#include "lc-test-story.h"

/**
 * lc_test_load_story:
 * @loader: (nullable): the loader to use, to look at its diagnostics after
 * @first_element: the file's path under tests/, one element an argument
 *
 * Returns: (transfer full): the story in the file
 */
LcStory *
lc_test_load_story (LcStoryLoader *loader,
                    const char    *first_element,
                    ...)
{
  g_autoptr(GPtrArray) elements = g_ptr_array_new ();
  g_autoptr(LcStoryLoader) own_loader = loader == NULL ? lc_story_loader_new () : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  LcStory *story;
  va_list args;

  g_ptr_array_add (elements, (gpointer) g_test_get_dir (G_TEST_DIST));
  va_start (args, first_element);
  for (const char *element = first_element; element != NULL; element = va_arg (args, const char *))
    g_ptr_array_add (elements, (gpointer) element);
  va_end (args);
  g_ptr_array_add (elements, NULL);

  path = g_build_filenamev ((char **) elements->pdata);
  file = g_file_new_for_path (path);
  story = lc_story_loader_load_file (loader != NULL ? loader : own_loader, file, NULL, NULL,
                                     &error);
  g_assert_no_error (error);

  return story;
}

/**
 * lc_test_load_bundled:
 *
 * Returns: (transfer full): the bundled story, from the source tree and
 *   untranslated
 */
LcStory *
lc_test_load_bundled (LcStoryLoader *loader)
{
  return lc_test_load_story (loader, "..", "data", "stories", "lachin-corridor-2022.lcstory", NULL);
}

/**
 * lc_test_day:
 * @iso: a date such as "2022-12-12"
 *
 * Returns: its day number; the test fails on a bad date
 */
guint32
lc_test_day (const char *iso)
{
  guint32 day = lc_day_parse (iso);

  g_assert_cmpuint (day, !=, 0);
  return day;
}
