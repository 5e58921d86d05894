/* lc-statement-panel.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lc-widget-private.h"
#include "lc-statement-panel-private.h"

/**
 * LcStatementPanel:
 *
 * The statements and events of a story in one chronological feed, showing
 * only what happened on or before the timeline's day, with a count,
 * search over words and speakers, and a filter by speaker.
 *
 * The feed, sorted by day, goes through the speaker and search filter,
 * then through a slice that ends at the day shown. A day's step moves the
 * slice's end, found by binary search: the rows that come or go are the
 * only work, whatever the size of the story. The count is read from prefix
 * sums over the filtered feed, rebuilt only when the filter changes.
 *
 * The list view is given a run of that slice only (#LcFeedWindow): the
 * last day's first cards and about a screenful before them, more as the
 * reader scrolls to within a screen of either end of the run. GTK 4.8's
 * list view makes and lays out a row for up to 200 items around the one
 * in view, and a card's text is costly to lay out; this way the first
 * frame and a day's step lay out the cards that show, and few more.
 */
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
  PLACE_DISMISSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The natural width before the reader chooses one, as the settings' default. */
#define DEFAULT_WIDTH 400

static void
on_selection_changed_cb (LcStatementPanel   *self,
                         guint               position,
                         guint               n_items,
                         GtkSingleSelection *selection)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

void
lc_statement_panel_emit_feature_activated (LcStatementPanel *self,
                                           LcFeature        *feature)
{
  g_signal_emit (self, signals[FEATURE_ACTIVATED], 0, feature);
}

void
lc_statement_panel_emit_event_activated (LcStatementPanel *self,
                                         LcEvent          *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
lc_statement_panel_dispose (GObject *object)
{
  LcStatementPanel *self = (LcStatementPanel *)object;

  lc_statement_panel_dispose_scroll (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_STATEMENT_PANEL);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selection);
  g_clear_object (&self->story);
  g_clear_object (&self->highlighted);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_object (&self->listed);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->feed);

  G_OBJECT_CLASS (lc_statement_panel_parent_class)->dispose (object);
}

static void
lc_statement_panel_finalize (GObject *object)
{
  LcStatementPanel *self = (LcStatementPanel *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->said, g_array_unref);
  g_free (self->needle);

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

/* The width the reader chose (or the default) is the natural width, so
 * the panel keeps it whatever the words in it, and a narrow window can
 * still shrink it to its minimum. */
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

  gtk_widget_measure (GTK_WIDGET (self->content_box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, self->preferred_width > 0 ? self->preferred_width : DEFAULT_WIDTH);
}

static void
lc_statement_panel_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LcStatementPanel *self = LC_STATEMENT_PANEL (widget);

  gtk_widget_allocate (GTK_WIDGET (self->content_box), width, height, baseline, NULL);
}

/* Lays the content out again in the panel's allocation: between the steps
 * that bring the current card into view (lc-statement-panel-scroll.c). */
void
lc_statement_panel_allocate_content (LcStatementPanel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_allocate (GTK_WIDGET (self->content_box), gtk_widget_get_width (widget),
                       gtk_widget_get_height (widget), gtk_widget_get_allocated_baseline (widget), NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  lc_statement_panel_start_search (LC_STATEMENT_PANEL (widget));
}

/* The card of the place selected on the map, as it is on the day shown. */
static void
update_place_card (LcStatementPanel *self)
{
  lc_place_card_set_feature (self->place_card, self->highlighted, self->day, self->names);
  gtk_widget_set_visible (GTK_WIDGET (self->place_card), self->highlighted != NULL);
}

static void
on_place_dismissed_cb (LcStatementPanel *self)
{
  g_signal_emit (self, signals[PLACE_DISMISSED], 0);
}

/* Tab into the list lands on the card a reader is on, the selected one
 * or the day's first, at the top of the view: GTK 4.8's list view gives
 * a Tab from outside to the first card it lists, some above it, and once
 * a card had the focus and the cards changed, may take the Tab and leave
 * the focus where it was. The list is the panel's last stop (the
 * content's other pages, shown instead of it, have none): going forward,
 * the panel's widgets before it take the focus first, each in turn;
 * coming back from after the panel, the list is the first stop. Within
 * the list, its key handler moves the focus (lc-statement-panel-cards.c). */
static gboolean
lc_statement_panel_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  LcStatementPanel *self = LC_STATEMENT_PANEL (widget);
  GtkWidget *stack = GTK_WIDGET (self->content_stack);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  gboolean from_outside = focus == NULL || !gtk_widget_is_ancestor (focus, widget);
  GtkWidget *child;

  if ((direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD) ||
      gtk_stack_get_visible_child (self->content_stack) != GTK_WIDGET (self->scroller) ||
      (focus != NULL && gtk_widget_is_ancestor (focus, stack)))
    return GTK_WIDGET_CLASS (lc_statement_panel_parent_class)->focus (widget, direction);

  if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (from_outside && lc_statement_panel_focus_current_card (self))
        return TRUE;
      return GTK_WIDGET_CLASS (lc_statement_panel_parent_class)->focus (widget, direction);
    }

  /* Forward: on from the widget that has the focus, or from the first. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self->content_box));
  if (!from_outside)
    {
      while (child != NULL && focus != child && !gtk_widget_is_ancestor (focus, child))
        child = gtk_widget_get_next_sibling (child);
      if (child != NULL && gtk_widget_child_focus (child, direction))
        return TRUE;
      child = child != NULL ? gtk_widget_get_next_sibling (child) : NULL;
    }
  for (; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (child == stack && lc_statement_panel_focus_current_card (self))
        return TRUE;
      if (gtk_widget_child_focus (child, direction))
        return TRUE;
    }

  return FALSE;
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
  widget_class->size_allocate = lc_statement_panel_size_allocate;
  widget_class->focus = lc_statement_panel_focus;

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
  /**
   * LcStatementPanel::place-dismissed:
   *
   * The reader closed the card of the place selected on the map.
   */
  signals[PLACE_DISMISSED] = g_signal_new ("place-dismissed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "panel.search", NULL, search_action);

  g_type_ensure (LC_TYPE_PLACE_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-statement-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, content_box);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, search_button);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, place_card);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, LcStatementPanel, no_results_page);
  gtk_widget_class_set_css_name (widget_class, "statementpanel");
}

static void
lc_statement_panel_init (LcStatementPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->place_card, "dismissed", G_CALLBACK (on_place_dismissed_cb), self,
                           G_CONNECT_SWAPPED);

  lc_statement_panel_init_filter (self);
  self->listed = lc_feed_window_new (G_LIST_MODEL (self->filtered));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->listed)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  lc_statement_panel_init_cards (self);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  lc_statement_panel_init_scroll (self);
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

  /* The new feed is filtered afresh, by the search kept and all speakers. */
  self->actor = NULL;
  self->listed_more = 0;
  self->listed_later = 0;
  lc_feed_list_set_items (self->feed, NULL);
  if (self->needle == NULL)
    gtk_filter_list_model_set_filter (self->filtered, NULL);
  g_ptr_array_set_size (self->actors, 0);
  if (story != NULL)
    {
      self->day = lc_story_get_initial (story);
      lc_statement_panel_fill_feed (self);
    }
  lc_statement_panel_update_shown (self);
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
  self->listed_more = 0;
  self->listed_later = 0;
  lc_statement_panel_update_shown (self);
  update_place_card (self);
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
  update_place_card (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/**
 * lc_statement_panel_set_highlighted_feature:
 * @feature: (nullable): the place selected on the map
 *
 * Marks the cards that name @feature, and shows its card above them:
 * its names, what it is, the story's note on it and its sources.
 */
void
lc_statement_panel_set_highlighted_feature (LcStatementPanel *self,
                                            LcFeature        *feature)
{
  g_return_if_fail (LC_IS_STATEMENT_PANEL (self));

  if (!g_set_object (&self->highlighted, feature))
    return;

  update_place_card (self);
  lc_statement_panel_update_highlights (self);
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
