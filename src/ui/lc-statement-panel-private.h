/* lc-statement-panel-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lc-feed-list.h"
#include "lc-feed-row.h"
#include "lc-feed-window.h"
#include "lc-place-card.h"
#include "lc-statement-panel.h"

/*
 * Between the files of LcStatementPanel:
 *
 *   lc-statement-panel.c         the panel: its story, day, place names
 *                                and highlighted place, its models, its
 *                                width, the place's card
 *   lc-statement-panel-filter.c  the feed, filtered by the speaker and the
 *                                search, indexed by day, shown to the day;
 *                                the count and the pages saying what it holds
 *   lc-statement-panel-cards.c   the cards: a row for each listed item,
 *                                marked when it names the highlighted place;
 *                                the list as one Tab stop
 *   lc-statement-panel-scroll.c  the run of the shown items the list view
 *                                is given, longer as the reader nears its
 *                                ends; the current card brought into view
 */

G_BEGIN_DECLS

struct _LcStatementPanel
{
  GtkWidget           parent_instance;

  LcStory            *story;
  guint32             day;
  LcPlaceNames        names;
  LcFeature          *highlighted;
  LcFeedList         *feed;
  GtkFilterListModel *filtered;
  GtkSliceListModel  *shown;
  LcFeedWindow       *listed;  /* the end of @shown, which the list view shows */
  guint               listed_more;  /* items listed further back, scrolled to */
  guint               listed_later; /* items listed further on, scrolled to */
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  char               *needle;  /* the search, case-folded, or NULL */
  LcActor            *actor;   /* the speaker chosen, or NULL for all */
  GArray             *days;    /* the day of each filtered item */
  GArray             *said;    /* statements among the first i filtered items */
  gboolean            index_valid;
  GPtrArray          *actors;  /* the dropdown's actors, after "All speakers" */
  GPtrArray          *rows;    /* rows bound to items, for highlighting */
  guint               extend_id;
  guint               scroll_step;  /* the next step to the current card, if any */
  GdkFrameClock      *frame_clock;  /* the list's, while it is realized */
  gulong              layout_handler;
  int                 preferred_width;

  GtkBox             *content_box;
  GtkLabel           *count_label;
  GtkDropDown        *actor_dropdown;
  GtkToggleButton    *search_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  LcPlaceCard        *place_card;
  GtkStack           *content_stack;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
  AdwStatusPage      *no_results_page;
};

/* lc-statement-panel.c */
void       lc_statement_panel_allocate_content       (LcStatementPanel *self);
void       lc_statement_panel_emit_feature_activated (LcStatementPanel *self,
                                                      LcFeature        *feature);
void       lc_statement_panel_emit_event_activated   (LcStatementPanel *self,
                                                      LcEvent          *event);

/* lc-statement-panel-filter.c */
void       lc_statement_panel_init_filter            (LcStatementPanel *self);
void       lc_statement_panel_fill_feed              (LcStatementPanel *self);
void       lc_statement_panel_update_shown           (LcStatementPanel *self);
guint      lc_statement_panel_first_of_day           (LcStatementPanel *self,
                                                      guint             n);

/* lc-statement-panel-cards.c */
void       lc_statement_panel_init_cards             (LcStatementPanel *self);
gboolean   lc_statement_panel_focus_current_card     (LcStatementPanel *self);
void       lc_statement_panel_update_highlights      (LcStatementPanel *self);
LcFeedRow *lc_statement_panel_find_row               (LcStatementPanel *self,
                                                      GObject          *item);
gboolean   lc_statement_panel_item_mentions          (GObject          *item,
                                                      LcFeature        *feature);

/* lc-statement-panel-scroll.c */
void       lc_statement_panel_init_scroll            (LcStatementPanel *self);
void       lc_statement_panel_dispose_scroll         (LcStatementPanel *self);
void       lc_statement_panel_update_listed          (LcStatementPanel *self,
                                                      guint             n);
void       lc_statement_panel_request_scroll         (LcStatementPanel *self);
guint      lc_statement_panel_get_current_position   (LcStatementPanel *self);

G_END_DECLS
