/* lc-fuzz.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "lc-story-loader.h"

G_BEGIN_DECLS

/* The name every fuzzed story is loaded under, which each message names. */
#define LC_FUZZ_FILE_NAME "fuzz.lcstory"

/* Each target, built either with libFuzzer (-Dfuzzing=true) or with
 * fuzz-main.c, which runs it on the fixtures in tests/data/fuzz/. */
int      LLVMFuzzerInitialize    (int            *argc,
                                  char         ***argv);
int      LLVMFuzzerTestOneInput  (const uint8_t  *data,
                                  size_t          size);

/* lc-fuzz.c: what every target shares */
void     lc_fuzz_init            (void);
LcStory *lc_fuzz_load            (const uint8_t  *data,
                                  size_t          size);

G_END_DECLS
