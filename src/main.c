/* main.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LcApplication) app = NULL;
  /* A build tree's catalogs, for build-aux/run.sh and the tests. */
  const char *localedir = g_getenv ("LACHIN_CORRIDOR_LOCALEDIR");

  /* --validate and --export run without GTK, which would set the locale. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
