/* lc-statement-panel-filter.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The panel's feed and what of it is shown: the speaker and the search
 * that filter it, the index by day of what they let through, the slice
 * that ends at the day, and the count and the pages that say what the
 * list holds. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-widget-private.h"
#include "lc-statement-panel-private.h"

static guint32
item_day (gpointer item)
{
  return LC_IS_EVENT (item) ? lc_event_get_date (item)->day : lc_statement_get_date (item)->day;
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = haystack != NULL ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
matches_search (gpointer    item,
                const char *needle)
{
  if (LC_IS_STATEMENT (item))
    {
      LcActor *actor = lc_statement_get_actor (item);

      return contains_folded (lc_statement_get_text (item), needle) ||
             contains_folded (lc_actor_get_name (actor), needle) ||
             contains_folded (lc_actor_get_role (actor), needle);
    }

  return contains_folded (lc_event_get_title (item), needle) ||
         contains_folded (lc_event_get_text (item), needle);
}

static LcActor *
selected_actor (LcStatementPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->actor_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->actors->len)
    return NULL;

  return g_ptr_array_index (self->actors, selected - 1);
}

/* The speaker and the search; the day is the slice's. */
static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  LcStatementPanel *self = user_data;

  /* A speaker's filter shows that speaker's statements only. */
  if (self->actor != NULL && (!LC_IS_STATEMENT (item) || lc_statement_get_actor (item) != self->actor))
    return FALSE;

  return self->needle == NULL || matches_search (item, self->needle);
}

static void
index_item (LcStatementPanel *self,
            gpointer          item,
            guint            *n,
            guint            *said)
{
  g_array_index (self->days, guint32, *n) = item_day (item);
  g_array_index (self->said, guint, *n) = *said;
  *said += LC_IS_STATEMENT (item);
  (*n)++;
}

/* The day and the kind of each filtered item, for the slice's end and the
 * count. Without a search, from the feed itself, with the speaker's test:
 * the filtered model finds its n-th item in a bitset, which took a third
 * of a second for 200,000 items; with one, the search is not done twice. */
static void
ensure_index (LcStatementPanel *self)
{
  GListModel *filtered = G_LIST_MODEL (self->filtered);
  guint n_filtered = g_list_model_get_n_items (filtered);
  guint n = 0, said = 0;

  if (self->index_valid)
    return;

  g_array_set_size (self->days, n_filtered);
  g_array_set_size (self->said, n_filtered + 1);
  if (self->needle == NULL)
    {
      GListModel *feed = G_LIST_MODEL (self->feed);
      guint n_feed = g_list_model_get_n_items (feed);

      for (guint i = 0; i < n_feed && n < n_filtered; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (feed, i);

          if (filter_func (item, self))
            index_item (self, item, &n, &said);
        }
    }
  else
    for (guint i = 0; i < n_filtered; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (filtered, i);

        index_item (self, item, &n, &said);
      }
  g_warn_if_fail (n == n_filtered);
  g_array_index (self->said, guint, n) = said;
  self->index_valid = TRUE;
}

static void
on_filtered_items_changed_cb (LcStatementPanel *self,
                              guint             position,
                              guint             removed,
                              guint             added,
                              GListModel       *model)
{
  self->index_valid = FALSE;
}

/* How many filtered items lie on or before the day: a binary search. */
static guint
count_until_day (LcStatementPanel *self)
{
  guint low = 0, high;

  ensure_index (self);
  high = self->days->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->days, guint32, middle) <= self->day)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Where the day of the @n-th filtered item begins. */
guint
lc_statement_panel_first_of_day (LcStatementPanel *self,
                                 guint             n)
{
  guint32 day;
  guint low = 0, high = n - 1;

  ensure_index (self);
  day = g_array_index (self->days, guint32, n - 1);
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->days, guint32, middle) < day)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* "3 of 10 statements · 6 events": what the list below holds, by the
 * day, the speaker and the search together. */
static char *
format_count (LcStatementPanel *self,
              guint             n_shown)
{
  guint total = g_list_model_get_n_items (lc_story_get_statements (self->story));
  guint said = g_array_index (self->said, guint, n_shown);
  guint happened = n_shown - said;
  g_autofree char *statements = NULL;
  g_autofree char *events = NULL;

  /* Translators: how many of the story's statements the list shows, "3 of 10 statements" */
  statements = g_strdup_printf (ngettext ("%u of %u statement", "%u of %u statements", total),
                                said, total);
  if (happened == 0)
    return g_steal_pointer (&statements);

  /* Translators: how many events the list shows */
  events = g_strdup_printf (ngettext ("%u event", "%u events", happened), happened);
  /* Translators: the counts of statements and events, "3 of 10 statements · 6 events" */
  return lc_format_isolated (C_("statements and events", "%s · %s"), statements, events, NULL);
}

/* No search result by this date: say whether there are later ones. */
static void
update_no_results (LcStatementPanel *self)
{
  gboolean later = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0;

  adw_status_page_set_description (self->no_results_page,
                                   later ? _("Nothing matches by this date; later parts of the story do. Move the timeline on, or try a different search.")
                                         : _("Try a different search."));
}

/* The list ends at the day, and the count and the page say what it holds. */
void
lc_statement_panel_update_shown (LcStatementPanel *self)
{
  g_autofree char *count = NULL;
  guint n;

  if (self->story == NULL)
    return;

  n = count_until_day (self);
  gtk_slice_list_model_set_size (self->shown, n);
  lc_statement_panel_update_listed (self, n);
  count = format_count (self, n);
  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (self->needle != NULL)
    {
      update_no_results (self);
      gtk_stack_set_visible_child_name (self->content_stack, "no-results");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");

  lc_statement_panel_request_scroll (self);
}

/* Refilters what the change allows: a longer search or a speaker chosen
 * only hides items, a shorter one or all speakers only shows more. */
static void
set_filter (LcStatementPanel *self,
            LcActor          *actor,
            const char       *search)
{
  g_autofree char *needle = search != NULL && *search != '\0' ? g_utf8_casefold (search, -1) : NULL;
  gboolean stricter = TRUE, looser = TRUE;

  if (actor != self->actor)
    {
      stricter = self->actor == NULL;
      looser = actor == NULL;
    }
  if (g_strcmp0 (needle, self->needle) != 0)
    {
      stricter = stricter && (self->needle == NULL || (needle != NULL && strstr (needle, self->needle) != NULL));
      looser = looser && (needle == NULL || (self->needle != NULL && strstr (self->needle, needle) != NULL));
    }
  else if (actor == self->actor)
    return;

  self->actor = actor;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  self->listed_more = 0;
  self->listed_later = 0;
  /* Without a speaker or a search, no filter: the filtered model then
   * passes the feed through, with no bitset to keep or to search. */
  if (self->actor == NULL && self->needle == NULL)
    gtk_filter_list_model_set_filter (self->filtered, NULL);
  else if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter),
                        stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                                 : looser ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
  lc_statement_panel_update_shown (self);
}

static void
on_search_changed_cb (LcStatementPanel *self,
                      GtkSearchEntry   *entry)
{
  set_filter (self, self->actor, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_actor_changed_cb (LcStatementPanel *self,
                     GParamSpec       *pspec,
                     GtkDropDown      *dropdown)
{
  set_filter (self, selected_actor (self), gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
setup_actor_item_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Long names of bodies must not widen the panel. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_actor_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);
  const char *text = gtk_string_object_get_string (string);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item), text);
}

/* The story's events and statements, each sorted by day, merged into one
 * feed set at once; on one day what happened comes before what was
 * said about it. */
void
lc_statement_panel_fill_feed (LcStatementPanel *self)
{
  GListModel *statements = lc_story_get_statements (self->story);
  GListModel *events = lc_story_get_events (self->story);
  GListModel *actors = lc_story_get_actors (self->story);
  guint n_statements = g_list_model_get_n_items (statements);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n_statements + n_events, g_object_unref);
  g_autoptr(GtkStringList) actor_names = gtk_string_list_new (NULL);
  guint e = 0, s = 0;

  while (e < n_events || s < n_statements)
    {
      g_autoptr(GObject) event = e < n_events ? g_list_model_get_item (events, e) : NULL;
      g_autoptr(GObject) statement = s < n_statements ? g_list_model_get_item (statements, s) : NULL;

      if (statement == NULL || (event != NULL && item_day (event) <= item_day (statement)))
        {
          g_ptr_array_add (items, g_steal_pointer (&event));
          e++;
        }
      else
        {
          g_ptr_array_add (items, g_steal_pointer (&statement));
          s++;
        }
    }
  lc_feed_list_set_items (self->feed, items);

  gtk_string_list_append (actor_names, _("All speakers"));
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LcActor) actor = g_list_model_get_item (actors, i);

      gtk_string_list_append (actor_names, lc_actor_get_name (actor));
      g_ptr_array_add (self->actors, g_object_ref (actor));
    }
  g_signal_handlers_block_by_func (self->actor_dropdown, on_actor_changed_cb, self);
  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (actor_names));
  gtk_drop_down_set_selected (self->actor_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->actor_dropdown, on_actor_changed_cb, self);
}

/* The feed, its filter and the slice shown; the speakers' dropdown and
 * the search that set the filter. */
void
lc_statement_panel_init_filter (LcStatementPanel *self)
{
  g_autoptr(GtkListItemFactory) actor_factory = gtk_signal_list_item_factory_new ();

  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  lc_widget_name_inner_button (GTK_WIDGET (self->actor_dropdown), GTK_TYPE_TOGGLE_BUTTON, _("Speaker"));

  self->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->said = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (self->said, 1);
  self->feed = lc_feed_list_new ();
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->feed)), NULL);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), 0, 0);
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actor_dropdown, "notify::selected",
                           G_CALLBACK (on_actor_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect (actor_factory, "setup", G_CALLBACK (setup_actor_item_cb), NULL);
  g_signal_connect (actor_factory, "bind", G_CALLBACK (bind_actor_item_cb), NULL);
  gtk_drop_down_set_factory (self->actor_dropdown, actor_factory);
}
