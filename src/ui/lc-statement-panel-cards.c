/* lc-statement-panel-cards.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The panel's cards: a row made and bound for each listed item, marked
 * when it names the place selected on the map, and the keys that move
 * through the list as one Tab stop. */

#include "config.h"

#include "lc-statement-panel-private.h"

/**
 * lc_statement_panel_item_mentions:
 * @item: (nullable): an #LcStatement or #LcEvent
 * @feature: (nullable): a place
 *
 * Returns: whether @item names @feature
 */
gboolean
lc_statement_panel_item_mentions (GObject   *item,
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
  lc_feed_row_set_highlighted (row, lc_statement_panel_item_mentions (lc_feed_row_get_item (row),
                                                                      self->highlighted));
}

static void
on_row_feature_activated_cb (LcStatementPanel *self,
                             LcFeature        *feature,
                             LcFeedRow        *row)
{
  lc_statement_panel_emit_feature_activated (self, feature);
}

static void
on_row_event_activated_cb (LcStatementPanel *self,
                           LcEvent          *event,
                           LcFeedRow        *row)
{
  lc_statement_panel_emit_event_activated (self, event);
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

  GtkWidget *list_row = gtk_widget_get_parent (GTK_WIDGET (row));
  g_autofree char *label = NULL;

  lc_feed_row_set_item (row, gtk_list_item_get_item (list_item));
  update_row_highlight (self, row);
  g_ptr_array_add (self->rows, row);

  /* GTK 4.8 names no list row: the row the list made for the card says
   * who, when and what kind, and the text as its description. */
  label = lc_feed_row_dup_accessible_label (row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, lc_feed_row_get_text (row),
                                  -1);
}

static void
unbind_row_cb (LcStatementPanel         *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  g_ptr_array_remove (self->rows, gtk_list_item_get_child (list_item));
}

/* The row of @item, if it has one laid out. */
LcFeedRow *
lc_statement_panel_find_row (LcStatementPanel *self,
                             GObject          *item)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      LcFeedRow *row = g_ptr_array_index (self->rows, i);

      if (lc_feed_row_get_item (row) == item && gtk_widget_get_mapped (GTK_WIDGET (row)))
        return row;
    }

  return NULL;
}

/* The list's row that holds @widget, or NULL. */
static GtkWidget *
list_row_of (LcStatementPanel *self,
             GtkWidget        *widget)
{
  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (self->list_view))
    widget = gtk_widget_get_parent (widget);

  return widget;
}

/* Gives the keyboard focus to the card a reader is on: the selected one,
 * or the day's first, which the list shows at its top.
 *
 * Returns: whether it has the focus */
gboolean
lc_statement_panel_focus_current_card (LcStatementPanel *self)
{
  guint position = lc_statement_panel_get_current_position (self);
  g_autoptr(GObject) item = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  item = g_list_model_get_item (G_LIST_MODEL (self->listed), position);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (LC_IS_FEED_ROW (card) && lc_feed_row_get_item (LC_FEED_ROW (card)) == item)
        return gtk_widget_get_child_visible (row) && gtk_widget_grab_focus (row);
    }

  return FALSE;
}

/* Moves the focus out of the list, as if it were one widget. */
static void
leave_list (LcStatementPanel *self,
            GtkDirectionType  direction)
{
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), FALSE);
  gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self))), direction);
  gtk_widget_set_can_focus (GTK_WIDGET (self->list_view), TRUE);
}

/* The list is one Tab stop: Up and Down move between the cards, Right
 * and Left through a card's links and buttons (its places, its events)
 * and back to the card; Tab leaves the list. GTK 4.8's list would stop
 * at every card and every link in it. */
static gboolean
on_list_key_pressed_cb (LcStatementPanel      *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *row = list_row_of (self, focus);

  if (row == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      leave_list (self, keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK)
                        ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (!gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD))
        gtk_widget_error_bell (row);
      return GDK_EVENT_STOP;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (focus != row && !gtk_widget_child_focus (row, GTK_DIR_TAB_BACKWARD))
        gtk_widget_grab_focus (row);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (focus == row)
        return GDK_EVENT_PROPAGATE;
      gtk_widget_grab_focus (row);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* Marks the cards laid out that name the highlighted place. */
void
lc_statement_panel_update_highlights (LcStatementPanel *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    update_row_highlight (self, g_ptr_array_index (self->rows, i));
}

/* The list view's rows and its keys. */
void
lc_statement_panel_init_cards (LcStatementPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  self->rows = g_ptr_array_new ();
  g_signal_connect_swapped (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect_swapped (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect_swapped (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (factory);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
}
