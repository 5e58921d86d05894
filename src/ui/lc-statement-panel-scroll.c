/* lc-statement-panel-scroll.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The run of the shown items that the list view is given, and bringing
 * the current card into view: the day's first, or the one chosen. */

#include "config.h"

#include "lc-statement-panel-private.h"

/* The steps that bring the current card into view, a frame each. */
enum {
  SCROLL_TO_END,
  SCROLL_TO_CARD,
  SCROLL_TO_TOP,
};

/* Items listed before the day's first and from it on, and how many more
 * each time the reader scrolls near the top or the bottom: a tall
 * screen's cards, as the shortest card (a line of text) is about 110 px. */
#define LISTED_BEFORE 8
#define LISTED_AFTER  12

/* The list view gets the last day's items shown, @LISTED_BEFORE before
 * them and from the first of them on, @LISTED_AFTER, and those the reader
 * scrolled to. */
void
lc_statement_panel_update_listed (LcStatementPanel *self,
                                  guint             n)
{
  guint first, day_first, end;

  if (n == 0)
    {
      lc_feed_window_set_range (self->listed, 0, 0);
      return;
    }

  day_first = lc_statement_panel_first_of_day (self, n);
  first = day_first > LISTED_BEFORE + self->listed_more ? day_first - LISTED_BEFORE - self->listed_more : 0;
  end = MIN (n, day_first + LISTED_AFTER + self->listed_later);
  lc_feed_window_set_range (self->listed, first, end - first);
}

/* Lists the shown item at @position, and those between it and the listed. */
static void
list_including (LcStatementPanel *self,
                guint             position)
{
  guint offset = lc_feed_window_get_offset (self->listed);
  guint end = offset + g_list_model_get_n_items (G_LIST_MODEL (self->listed));

  if (position >= offset && position < end)
    return;

  if (position < offset)
    self->listed_more += offset - position;
  else
    self->listed_later += position + 1 - end;
  lc_statement_panel_update_listed (self, g_list_model_get_n_items (G_LIST_MODEL (self->shown)));
}

/* Within a screen of the top or the bottom of the list, or with the list
 * shorter than a screen: earlier or later cards, if there are, so that
 * the reader scrolls into cards, not to an end that then moves. (While
 * the list scrolls to the current card by itself, it passes its ends.) */
static gboolean
extend_listed_cb (gpointer user_data)
{
  LcStatementPanel *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  guint offset = lc_feed_window_get_offset (self->listed);
  guint end = offset + g_list_model_get_n_items (G_LIST_MODEL (self->listed));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  self->extend_id = 0;
  if (self->scroll_tick_id != 0 || page <= 0)
    return G_SOURCE_REMOVE;

  if (value < gtk_adjustment_get_lower (adjustment) + page && offset > 0)
    list_including (self, offset > LISTED_BEFORE ? offset - LISTED_BEFORE : 0);
  if (value + 2 * page > upper && end < n)
    list_including (self, MIN (n, end + LISTED_AFTER) - 1);

  return G_SOURCE_REMOVE;
}

/* Not in the handler: the list view configures its adjustment as it is
 * allocated, and must not have its items change then. */
static void
queue_extend (LcStatementPanel *self)
{
  if (self->extend_id == 0 && self->scroll_tick_id == 0)
    self->extend_id = g_idle_add_full (G_PRIORITY_DEFAULT, extend_listed_cb, self, NULL);
}

static void
on_adjustment_changed_cb (LcStatementPanel *self,
                          GtkAdjustment    *adjustment)
{
  queue_extend (self);
}

/* The card a reader is on: the selected one, or the first of the latest day. */
static guint
current_position (LcStatementPanel *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  guint listed = g_list_model_get_n_items (G_LIST_MODEL (self->listed));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION && selected < listed)
    return selected;
  if (n == 0 || listed == 0)
    return GTK_INVALID_LIST_POSITION;

  return lc_statement_panel_first_of_day (self, n) - lc_feed_window_get_offset (self->listed);
}

/* A card taller than the list shows from its top. */
static void
show_card_top (LcStatementPanel *self,
               guint             position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->listed), position);
  LcFeedRow *row = lc_statement_panel_find_row (self, item);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t top;

  if (row != NULL &&
      gtk_widget_compute_point (gtk_widget_get_parent (GTK_WIDGET (row)), GTK_WIDGET (self->list_view),
                                &GRAPHENE_POINT_INIT (0, 0), &top) &&
      top.y < 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y);
}

/* The current card's top goes to the top of the list, as far as the list
 * goes. GTK 4.8 scrolls to an item only as far as it must, so: to the
 * end first, then, once that is laid out, back up to the card, which then
 * lies above the view (and comes to its top) or in it (and stays); a card
 * taller than the view then shows from its top. The steps anchor the view
 * to an item, which holds while rows change height, and the same day and
 * size give the same place however the reader came. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  LcStatementPanel *self = user_data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->listed));
  guint position = current_position (self);

  if (position == GTK_INVALID_LIST_POSITION)
    goto done;
  /* Not laid out yet. */
  if (gtk_widget_get_height (widget) == 0)
    return G_SOURCE_CONTINUE;

  switch (self->scroll_step++)
    {
    case SCROLL_TO_END:
      gtk_widget_activate_action (widget, "list.scroll-to-item", "u", n - 1);
      return G_SOURCE_CONTINUE;

    case SCROLL_TO_CARD:
      gtk_widget_activate_action (widget, "list.scroll-to-item", "u", position);
      return G_SOURCE_CONTINUE;

    case SCROLL_TO_TOP:
    default:
      show_card_top (self, position);
      break;
    }

done:
  self->scroll_tick_id = 0;
  queue_extend (self);
  return G_SOURCE_REMOVE;
}

/* Brings the current card into view, over the next frames. */
void
lc_statement_panel_request_scroll (LcStatementPanel *self)
{
  self->scroll_step = SCROLL_TO_END;
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), scroll_tick_cb,
                                                         self, NULL);
}

void
lc_statement_panel_init_scroll (LcStatementPanel *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed",
                           G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);
}

void
lc_statement_panel_dispose_scroll (LcStatementPanel *self)
{
  if (self->scroll_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->scroll_tick_id);
  self->scroll_tick_id = 0;
  g_clear_handle_id (&self->extend_id, g_source_remove);
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
          list_including (self, i);
          gtk_single_selection_set_selected (self->selection, i - lc_feed_window_get_offset (self->listed));
          lc_statement_panel_request_scroll (self);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * lc_statement_panel_reveal_feature:
 *
 * Selects the newest statement or event shown that names @feature and
 * scrolls to it, as a click on the map does.
 *
 * Returns: how many of those shown name @feature
 */
guint
lc_statement_panel_reveal_feature (LcStatementPanel *self,
                                   LcFeature        *feature)
{
  guint n, count = 0, newest = GTK_INVALID_LIST_POSITION;

  g_return_val_if_fail (LC_IS_STATEMENT_PANEL (self), 0);
  g_return_val_if_fail (LC_IS_FEATURE (feature), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      if (lc_statement_panel_item_mentions (item, feature))
        {
          count++;
          newest = i;
        }
    }

  if (newest != GTK_INVALID_LIST_POSITION)
    {
      list_including (self, newest);
      newest -= lc_feed_window_get_offset (self->listed);
      gtk_single_selection_set_selected (self->selection, newest);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", newest);
    }

  return count;
}
