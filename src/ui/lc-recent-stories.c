/* lc-recent-stories.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-recent-stories.h"

/**
 * LcRecentStories:
 *
 * The stories opened last, from the desktop's recent files
 * (GtkRecentManager), as a menu of `win.open-recent` items whose target is
 * the file's URI, newest first. The menu follows the recent files as
 * they change, also when another window or instance opens a story.
 */
struct _LcRecentStories
{
  GObject           parent_instance;

  GtkRecentManager *manager;
  GMenu            *menu;
};

G_DEFINE_FINAL_TYPE (LcRecentStories, lc_recent_stories, G_TYPE_OBJECT)

#define MAX_ITEMS 10

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

/* Ours and still there, newest first, at most MAX_ITEMS. */
static GPtrArray *
collect_items (LcRecentStories *self)
{
  GList *items = gtk_recent_manager_get_items (self->manager);
  GPtrArray *stories = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, LC_RECENT_APP_NAME) &&
          (!gtk_recent_info_is_local (info) || gtk_recent_info_exists (info)))
        g_ptr_array_add (stories, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (stories, compare_newest_first);
  if (stories->len > MAX_ITEMS)
    g_ptr_array_set_size (stories, MAX_ITEMS);

  return stories;
}

static gboolean
has_other_with_name (GPtrArray     *stories,
                     GtkRecentInfo *info)
{
  const char *name = gtk_recent_info_get_display_name (info);

  for (guint i = 0; i < stories->len; i++)
    {
      GtkRecentInfo *other = g_ptr_array_index (stories, i);

      if (other != info && g_strcmp0 (gtk_recent_info_get_display_name (other), name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The file's name; with its folder when another story has the same name.
 * Menus read "_" as a mnemonic, so a name's own underscores are doubled. */
static char *
item_label (GPtrArray     *stories,
            GtkRecentInfo *info)
{
  g_autofree char *label = g_strdup (gtk_recent_info_get_display_name (info));
  g_auto(GStrv) parts = NULL;

  if (has_other_with_name (stories, info))
    {
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
      const char *home = g_get_home_dir ();

      if (folder != NULL && g_str_has_prefix (folder, home) && folder[strlen (home)] == '/')
        {
          char *short_folder = g_strconcat ("~", folder + strlen (home), NULL);

          g_free (folder);
          folder = short_folder;
        }
      if (folder != NULL)
        {
          /* Translators: a recent story and its folder, to tell two of the same name apart */
          char *with_folder = g_strdup_printf (_("%s — %s"), label, folder);

          g_free (label);
          label = with_folder;
        }
    }

  parts = g_strsplit (label, "_", -1);
  return g_strjoinv ("__", parts);
}

static void
rebuild (LcRecentStories *self)
{
  g_autoptr(GPtrArray) stories = collect_items (self);

  g_menu_remove_all (self->menu);
  for (guint i = 0; i < stories->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (stories, i);
      g_autofree char *label = item_label (stories, info);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->menu, item);
    }

  /* An item without an action is shown, greyed out. */
  if (stories->len == 0)
    g_menu_append (self->menu, _("No Recent Stories"), NULL);
}

static void
on_manager_changed_cb (LcRecentStories  *self,
                       GtkRecentManager *manager)
{
  rebuild (self);
}

static void
lc_recent_stories_dispose (GObject *object)
{
  LcRecentStories *self = (LcRecentStories *)object;

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_func (self->manager, on_manager_changed_cb, self);
  g_clear_object (&self->manager);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (lc_recent_stories_parent_class)->dispose (object);
}

static void
lc_recent_stories_class_init (LcRecentStoriesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lc_recent_stories_dispose;
}

static void
lc_recent_stories_init (LcRecentStories *self)
{
  self->menu = g_menu_new ();
}

/**
 * lc_recent_stories_new:
 * @manager: the recent files, usually gtk_recent_manager_get_default()
 *
 * Returns: (transfer full): the recent stories of @manager
 */
LcRecentStories *
lc_recent_stories_new (GtkRecentManager *manager)
{
  LcRecentStories *self;

  g_return_val_if_fail (GTK_IS_RECENT_MANAGER (manager), NULL);

  self = g_object_new (LC_TYPE_RECENT_STORIES, NULL);
  self->manager = g_object_ref (manager);
  g_signal_connect_swapped (manager, "changed", G_CALLBACK (on_manager_changed_cb), self);
  rebuild (self);

  return self;
}

/**
 * lc_recent_stories_get_menu:
 *
 * Returns: (transfer none): the menu of recent stories, kept up to date
 */
GMenuModel *
lc_recent_stories_get_menu (LcRecentStories *self)
{
  g_return_val_if_fail (LC_IS_RECENT_STORIES (self), NULL);

  return G_MENU_MODEL (self->menu);
}

/**
 * lc_recent_stories_add:
 * @file: a story file that was opened
 *
 * Records @file in the recent files, as a story this app opened. The
 * bundled story, which is not a file, is not recorded.
 */
void
lc_recent_stories_add (LcRecentStories *self,
                       GFile           *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *mime_type = NULL;
  g_autoptr(GFileInfo) info = NULL;
  GtkRecentData data = { 0 };

  g_return_if_fail (LC_IS_RECENT_STORIES (self));
  g_return_if_fail (G_IS_FILE (file));

  if (g_file_has_uri_scheme (file, "resource"))
    return;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL && g_file_info_get_content_type (info) != NULL)
    mime_type = g_content_type_get_mime_type (g_file_info_get_content_type (info));

  uri = g_file_get_uri (file);
  exec = g_strdup_printf ("%s %%u", g_get_prgname ());
  data.mime_type = mime_type != NULL ? mime_type : (char *) "application/json";
  data.app_name = (char *) LC_RECENT_APP_NAME;
  data.app_exec = exec;
  gtk_recent_manager_add_full (self->manager, uri, &data);
}
