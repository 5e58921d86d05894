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

/* The steps that bring the current card into view, each once the list
 * is laid out after the one before. */
enum {
  SCROLL_NONE,
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
  if (self->scroll_step != SCROLL_NONE || page <= 0)
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
  if (self->extend_id == 0 && self->scroll_step == SCROLL_NONE)
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

/* The position in the listed run of the card a reader is on, or
 * GTK_INVALID_LIST_POSITION. */
guint
lc_statement_panel_get_current_position (LcStatementPanel *self)
{
  return current_position (self);
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

/* The card in place: earlier or later cards may be listed now. */
static void
finish_scroll (LcStatementPanel *self)
{
  self->scroll_step = SCROLL_NONE;
  queue_extend (self);
}

/* The current card's top goes to the top of the list, as far as the list
 * goes. GTK 4.8 scrolls to an item only as far as it must, so: to the end
 * first, then, once that is laid out, back up to the card, which then lies
 * above the view (and comes to its top) or in it (and stays); a card
 * taller than the view then shows from its top. The steps anchor the view
 * to an item, which holds while rows change height, and the same day and
 * size give the same place however the reader came.
 *
 * Returns: whether the list must be laid out again for the next step */
static gboolean
scroll_step (LcStatementPanel *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->listed));
  guint position;

  /* Not asked, or not laid out: the list's mapping asks again. */
  if (self->scroll_step == SCROLL_NONE || !gtk_widget_get_mapped (list) || gtk_widget_get_height (list) == 0)
    return FALSE;

  position = current_position (self);
  switch (position == GTK_INVALID_LIST_POSITION ? SCROLL_NONE : self->scroll_step++)
    {
    case SCROLL_TO_END:
      gtk_widget_activate_action (list, "list.scroll-to-item", "u", n - 1);
      return TRUE;

    case SCROLL_TO_CARD:
      gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
      return TRUE;

    case SCROLL_TO_TOP:
      show_card_top (self, position);
      finish_scroll (self);
      return TRUE;

    default:
      finish_scroll (self);
      return FALSE;
    }
}

/* After the frame's layout and before it is drawn, the steps, the panel's
 * content laid out again after each: the frame shows the card in its
 * place. Taken in frames of their own, the list was seen at the top of
 * its run, then at its end, before the card. Not in the panel's own
 * allocation: the resizes that the list queues as it scrolls would be
 * lost for the widgets around the panel, allocated by then. */
static void
on_frame_clock_layout_cb (LcStatementPanel *self,
                          GdkFrameClock    *clock)
{
  while (scroll_step (self))
    lc_statement_panel_allocate_content (self);
}

static void
request_layout (LcStatementPanel *self)
{
  if (self->frame_clock != NULL)
    gdk_frame_clock_request_phase (self->frame_clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* Brings the current card into view by the next frame that shows the list. */
void
lc_statement_panel_request_scroll (LcStatementPanel *self)
{
  self->scroll_step = SCROLL_TO_END;
  request_layout (self);
}

/* A list shown again (the panel revealed, the list's page back, the
 * window mapped) takes the steps asked for while it was hidden. */
static void
on_list_map_cb (LcStatementPanel *self,
                GtkWidget        *list)
{
  if (self->scroll_step != SCROLL_NONE)
    request_layout (self);
}

static void
on_list_realize_cb (LcStatementPanel *self,
                    GtkWidget        *list)
{
  g_set_object (&self->frame_clock, gtk_widget_get_frame_clock (list));
  self->layout_handler = g_signal_connect_object (self->frame_clock, "layout",
                                                  G_CALLBACK (on_frame_clock_layout_cb), self,
                                                  G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
on_list_unrealize_cb (LcStatementPanel *self,
                      GtkWidget        *list)
{
  g_clear_signal_handler (&self->layout_handler, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

void
lc_statement_panel_init_scroll (LcStatementPanel *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed",
                           G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "map",
                           G_CALLBACK (on_list_map_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "realize",
                           G_CALLBACK (on_list_realize_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_view, "unrealize",
                           G_CALLBACK (on_list_unrealize_cb), self, G_CONNECT_SWAPPED);
}

void
lc_statement_panel_dispose_scroll (LcStatementPanel *self)
{
  g_clear_handle_id (&self->extend_id, g_source_remove);
  on_list_unrealize_cb (self, GTK_WIDGET (self->list_view));
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
      /* As for a statement chosen: GTK's own scroll to the item finds no
       * place for a card just listed, long before the day. */
      lc_statement_panel_request_scroll (self);
    }

  return count;
}
