/* lc-statement-panel.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-story.h"

G_BEGIN_DECLS

#define LC_TYPE_STATEMENT_PANEL (lc_statement_panel_get_type ())

G_DECLARE_FINAL_TYPE (LcStatementPanel, lc_statement_panel, LC, STATEMENT_PANEL, GtkWidget)

void        lc_statement_panel_set_story               (LcStatementPanel *self,
                                                        LcStory          *story);
guint32     lc_statement_panel_get_day                 (LcStatementPanel *self);
void        lc_statement_panel_set_day                 (LcStatementPanel *self,
                                                        guint32           day);
void        lc_statement_panel_set_place_names         (LcStatementPanel *self,
                                                        LcPlaceNames      names);
void        lc_statement_panel_set_highlighted_feature (LcStatementPanel *self,
                                                        LcFeature        *feature);
GObject    *lc_statement_panel_get_selected_item       (LcStatementPanel *self);
gboolean    lc_statement_panel_select_statement        (LcStatementPanel *self,
                                                        LcStatement      *statement);
guint       lc_statement_panel_reveal_feature          (LcStatementPanel *self,
                                                        LcFeature        *feature);
GListModel *lc_statement_panel_get_shown               (LcStatementPanel *self);
int         lc_statement_panel_get_preferred_width     (LcStatementPanel *self);
void        lc_statement_panel_set_preferred_width     (LcStatementPanel *self,
                                                        int               width);
void        lc_statement_panel_start_search            (LcStatementPanel *self);

G_END_DECLS
