/* fuzz-loader.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The story loader from bytes: any input loads or is refused with errors
 * that name the file, without a crash, a sanitizer report or a warning. */

#include "config.h"

#include "lc-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  lc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  LcStory *story = lc_fuzz_load (data, size);

  g_clear_object (&story);

  return 0;
}
