/* ui-validate-preload.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Loaded into gtk4-builder-tool with LD_PRELOAD by test-ui-files.py, so that
 * `gtk4-builder-tool validate` can check our .ui files at all.
 *
 * The tool only knows GTK's own types. It resolves other object types by
 * name through their get_type function (AdwHeaderBar →
 * adw_header_bar_get_type), looked up in the global symbol table: this
 * module puts libadwaita and our own widget library there, so <object
 * class="AdwHeaderBar"> and <object class="LcSomething"> are the real types,
 * with their real templates from our GResource.
 *
 * A <template> is different: the tool makes a fake subclass of the parent
 * class, named like the template class, and checks the file against it —
 * but it looks the parent up by g_type_from_name(), which finds only types
 * already registered. So before main() this registers the types named in
 * LC_UI_VALIDATE_REGISTER (get_type function names, comma-separated), and
 * checks that the functions named in LC_UI_VALIDATE_EXPECT exist without
 * calling them: the template class must be a real type of ours, yet stay
 * unregistered so that the tool uses its fake type and not our class_init.
 */

#include <dlfcn.h>
#include <stdlib.h>

#include <glib-object.h>

typedef GType (*GetTypeFunc) (void);

static GetTypeFunc
lookup (const char *symbol)
{
  GetTypeFunc func = (GetTypeFunc) dlsym (RTLD_DEFAULT, symbol);

  if (func == NULL)
    {
      g_printerr ("ui-validate-preload: no function %s: the type does not exist\n", symbol);
      exit (EXIT_FAILURE);
    }

  return func;
}

static void
for_each_symbol (const char *variable,
                 gboolean    call)
{
  const char *value = g_getenv (variable);
  g_auto(GStrv) symbols = NULL;

  if (value == NULL || *value == '\0')
    return;

  symbols = g_strsplit (value, ",", -1);
  for (guint i = 0; symbols[i] != NULL; i++)
    {
      GetTypeFunc func = lookup (symbols[i]);

      if (call)
        g_type_ensure (func ());
    }
}

__attribute__((constructor)) static void
ui_validate_preload_init (void)
{
  for_each_symbol ("LC_UI_VALIDATE_EXPECT", FALSE);
  for_each_symbol ("LC_UI_VALIDATE_REGISTER", TRUE);
}
