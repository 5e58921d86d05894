/* lc-statement-panel.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-widget-private.h"
#include "lc-feed-row.h"
#include "lc-statement-panel.h"

/**
 * LcStatementPanel:
 *
 * The statements and events of a story in one chronological feed, showing
 * only what happened on or before the timeline's day, with a count,
 * search over words and speakers, and a filter by speaker.
 */
struct _LcStatementPanel
{
  GtkWidget           parent_instance;

  LcStory            *story;
  guint32             day;
  LcPlaceNames        names;
  LcFeature          *highlighted;
  GListStore         *feed;
  GtkFilterListModel *shown;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GPtrArray          *actors;  /* the dropdown's actors, after "All speakers" */
  GPtrArray          *rows;    /* rows bound to items, for highlighting */
  guint               scroll_id;
  int                 preferred_width;

  GtkLabel           *count_label;
  GtkDropDown        *actor_dropdown;
  GtkToggleButton    *search_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *content_stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (LcStatementPanel, lc_statement_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ITEM,
  PROP_DAY,
  PROP_PLACE_NAMES,
  N_PROPS
};

enum {
  FEATURE_ACTIVATED,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  LcStatementPanel *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  LcActor *actor = selected_actor (self);

  if (item_day (item) > self->day)
    return FALSE;
  /* A speaker's filter shows that speaker's statements only. */
  if (actor != NULL && (!LC_IS_STATEMENT (item) || lc_statement_get_actor (item) != actor))
    return FALSE;
  if (search != NULL && *search != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (search, -1);

      return matches_search (item, needle);
    }

  return TRUE;
}

static void
update_count (LcStatementPanel *self)
{
  guint total, said;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->story == NULL)
    return;

  total = g_list_model_get_n_items (lc_story_get_statements (self->story));
  said = lc_story_count_statements_until (self->story, self->day);
  date = lc_day_format (self->day);
  /* Translators: "7 of 10 statements by 28 Dec 2022" */
  text = g_strdup_printf (ngettext ("%u of %u statement by %s", "%u of %u statements by %s", total),
                          said, total, date);
  gtk_label_set_text (self->count_label, text);
}

static gboolean
scroll_to_newest_cb (gpointer user_data)
{
  LcStatementPanel *self = user_data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  self->scroll_id = 0;
  if (n > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", n - 1);

  return G_SOURCE_REMOVE;
}

static void
refilter (LcStatementPanel *self)
{
  guint n;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  gtk_stack_set_visible_child_name (self->content_stack, n > 0 ? "list" : "empty");
  /* The newest item comes into view, once the list has its new rows. */
  if (self->scroll_id == 0)
    self->scroll_id = g_idle_add_full (G_PRIORITY_LOW, scroll_to_newest_cb, self, NULL);
}

static gboolean
mentions (GObject   *item,
          LcFeature *feature)
{
  if (feature == NULL || item == NULL)
    return FALSE;
  if (LC_IS_STATEMENT (item))
    return g_ptr_array_find (lc_statement_get_mentions (LC_STATEMENT (item)), feature, NULL);

  return g_ptr_array_find (lc_event_get_features (LC_EVENT (item)), feature, NULL);
}

static void
update_row_highlight (LcStatementPanel *self,
                      LcFeedRow        *row)
{
  lc_feed_row_set_highlighted (row, mentions (lc_feed_row_get_item (row), self->highlighted));
}

static void
on_row_feature_activated_cb (LcStatementPanel *self,
                             LcFeature        *feature,
                             LcFeedRow        *row)
{
  g_signal_emit (self, signals[FEATURE_ACTIVATED], 0, feature);
}

static void
on_row_event_activated_cb (LcStatementPanel *self,
                           LcEvent          *event,
                           LcFeedRow        *row)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
setup_row_cb (LcStatementPanel         *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  GtkWidget *row = lc_feed_row_new ();

  g_object_bind_property (self, "place-names", row, "place-names", G_BINDING_SYNC_CREATE);

  g_signal_connect_object (row, "feature-activated", G_CALLBACK (on_row_feature_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "event-activated", G_CALLBACK (on_row_event_activated_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (LcStatementPanel         *self,
             GtkListItem              *list_item,
             GtkSignalListItemFactory *factory)
{
  LcFeedRow *row = LC_FEED_ROW (gtk_list_item_get_child (list_item));

  lc_feed_row_set_item (row, gtk_list_item_get_item (list_item));
  update_row_highlight (self, row);
  g_ptr_array_add (self->rows, row);
}

static void
unbind_row_cb (LcStatementPanel         *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  g_ptr_array_remove (self->rows, gtk_list_item_get_child (list_item));
}

static void
on_selection_changed_cb (LcStatementPanel   *self,
                         guint               position,
                         guint               n_items,
                         GtkSingleSelection *selection)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

static void
on_search_changed_cb (LcStatementPanel *self,
                      GtkSearchEntry   *entry)
{
  refilter (self);
}

static void
on_actor_changed_cb (LcStatementPanel *self,
                     GParamSpec       *pspec,
                     GtkDropDown      *dropdown)
{
  refilter (self);
}

static int
compare_feed_items (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  guint32 da = item_day ((gpointer) a), db = item_day ((gpointer) b);

  if (da != db)
    return da < db ? -1 : 1;
  /* On one day, what happened comes before what was said about it. */
  return (LC_IS_EVENT ((gpointer) a) ? 0 : 1) - (LC_IS_EVENT ((gpointer) b) ? 0 : 1);
}

static void
fill_feed (LcStatementPanel *self)
{
  GListModel *statements = lc_story_get_statements (self->story);
  GListModel *events = lc_story_get_events (self->story);
  GListModel *actors = lc_story_get_actors (self->story);
  g_autoptr(GtkStringList) actor_names = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(GObject) event = g_list_model_get_item (events, i);

      g_list_store_insert_sorted (self->feed, event, compare_feed_items, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(GObject) statement = g_list_model_get_item (statements, i);

      g_list_store_insert_sorted (self->feed, statement, compare_feed_items, NULL);
    }

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

static void
lc_statement_panel_dispose (GObject *object)
{
  LcStatementPanel *self = (LcStatementPanel *)object;

  g_clear_handle_id (&self->scroll_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_STATEMENT_PANEL);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->story);
  g_clear_object (&self->highlighted);
  g_clear_pointer (&self->actors, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_statement_panel_parent_class)->dispose (object);
}

static void
lc_statement_panel_finalize (GObject *object)
{
  LcStatementPanel *self = (LcStatementPanel *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_statement_panel_parent_class)->finalize (object);
}

static void
lc_statement_panel_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LcStatementPanel *self = LC_STATEMENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, lc_statement_panel_get_selected_item (self));
      break;

    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    case PROP_PLACE_NAMES:
      g_value_set_enum (value, self->names);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_statement_panel_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LcStatementPanel *self = LC_STATEMENT_PANEL (object);

  switch (prop_id)
    {
    case PROP_DAY:
      lc_statement_panel_set_day (self, g_value_get_uint (value));
      break;

    case PROP_PLACE_NAMES:
      lc_statement_panel_set_place_names (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The width the reader chose is the natural width only, so a narrow
 * window can still shrink the panel to its minimum. */
static void
lc_statement_panel_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  LcStatementPanel *self = LC_STATEMENT_PANEL (widget);

  gtk_layout_manager_measure (gtk_widget_get_layout_manager (widget), widget, orientation, for_size,
                              minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->preferred_width > 0)
    *natural = MAX (*minimum, self->preferred_width);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  lc_statement_panel_start_search (LC_STATEMENT_PANEL (widget));
}

static void
lc_statement_panel_class_init (LcStatementPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_statement_panel_dispose;
  object_class->finalize = lc_statement_panel_finalize;
  object_class->get_property = lc_statement_panel_get_property;
  object_class->set_property = lc_statement_panel_set_property;
  widget_class->measure = lc_statement_panel_measure;

  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_NAMES] =
    g_param_spec_enum ("place-names", NULL, NULL, LC_TYPE_PLACE_NAMES, LC_PLACE_NAMES_BOTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcStatementPanel::feature-activated:
   *
   * A place's button in a card was clicked.
   */
  signals[FEATURE_ACTIVATED] = g_signal_new ("feature-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, LC_TYPE_FEATURE);
  /**
   * LcStatementPanel::event-activated:
   *
   * An event's button in a card was clicked.
   */
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, LC_TYPE_EVENT);

  gtk_widget_class_install_action (widget_class, "panel.search", NULL, search_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-statement-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, search_button);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, list_view);
  gtk_widget_class_set_css_name (widget_class, "statementpanel");
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

static void
lc_statement_panel_init (LcStatementPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) actor_factory = gtk_signal_list_item_factory_new ();

  self->rows = g_ptr_array_new ();
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->feed = g_list_store_new (G_TYPE_OBJECT);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (self->feed), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect_swapped (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect_swapped (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect_swapped (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (factory);

  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->actor_dropdown, "notify::selected",
                           G_CALLBACK (on_actor_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect (actor_factory, "setup", G_CALLBACK (setup_actor_item_cb), NULL);
  g_signal_connect (actor_factory, "bind", G_CALLBACK (bind_actor_item_cb), NULL);
  gtk_drop_down_set_factory (self->actor_dropdown, actor_factory);
}

/**
 * lc_statement_panel_set_story:
 *
 * Shows @story's statements and events.
 */
void
lc_statement_panel_set_story (LcStatementPanel *self,
                              LcStory          *story)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  if (!g_set_object (&self->story, story))
    return;

  g_list_store_remove_all (self->feed);
  g_ptr_array_set_size (self->actors, 0);
  if (story != NULL)
    {
      self->day = lc_story_get_initial (story);
      fill_feed (self);
    }
  refilter (self);
}

guint32
lc_statement_panel_get_day (LcStatementPanel *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT_PANEL (self), 0);

  return self->day;
}

/**
 * lc_statement_panel_set_day:
 *
 * Lists what happened and was said on or before @day.
 */
void
lc_statement_panel_set_day (LcStatementPanel *self,
                            guint32           day)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  if (self->day == day)
    return;

  self->day = day;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * lc_statement_panel_set_place_names:
 *
 * Chooses whose names the cards show for places.
 */
void
lc_statement_panel_set_place_names (LcStatementPanel *self,
                                    LcPlaceNames      names)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  if (self->names == names)
    return;

  self->names = names;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/**
 * lc_statement_panel_set_highlighted_feature:
 * @feature: (nullable): the place selected on the map
 *
 * Marks the cards that name @feature.
 */
void
lc_statement_panel_set_highlighted_feature (LcStatementPanel *self,
                                            LcFeature        *feature)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  if (!g_set_object (&self->highlighted, feature))
    return;

  for (guint i = 0; i < self->rows->len; i++)
    update_row_highlight (self, g_ptr_array_index (self->rows, i));
}

/**
 * lc_statement_panel_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the selected #LcStatement or #LcEvent
 */
GObject *
lc_statement_panel_get_selected_item (LcStatementPanel *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT_PANEL (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * lc_statement_panel_select_statement:
 *
 * Selects @statement and scrolls to it, if it is shown.
 *
 * Returns: %TRUE if it is shown
 */
gboolean
lc_statement_panel_select_statement (LcStatementPanel *self,
                                     LcStatement      *statement)
{
  guint n;

  g_return_val_if_fail (LC_IS_STATEMENT_PANEL (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      if (item == G_OBJECT (statement))
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * lc_statement_panel_get_shown:
 *
 * Returns: (transfer none): the statements and events listed now
 */
GListModel *
lc_statement_panel_get_shown (LcStatementPanel *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT_PANEL (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/**
 * lc_statement_panel_start_search:
 *
 * Opens the search bar and puts the cursor in it.
 */
void
lc_statement_panel_start_search (LcStatementPanel *self)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

int
lc_statement_panel_get_preferred_width (LcStatementPanel *self)
{
  g_return_val_if_fail (LC_IS_STATEMENT_PANEL (self), 0);

  return self->preferred_width;
}

/**
 * lc_statement_panel_set_preferred_width:
 *
 * Sets the width the panel takes when there is room, in pixels.
 */
void
lc_statement_panel_set_preferred_width (LcStatementPanel *self,
                                        int               width)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  if (self->preferred_width == width)
    return;

  self->preferred_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
