/* lc-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-window-private.h"

/**
 * LcWindow:
 *
 * A window on one story: the map beside the statements panel, the
 * timeline below. It owns the day shown and the choice of place names;
 * the views bind to those properties, so moving the timeline moves them
 * all in the same frame. It opens story files (also dropped on it),
 * reloads the file when it changes on disk, and keeps the last good story
 * when a file is bad.
 *
 * At start the story is read in a thread (lc_window_open_last(),
 * lc_window_load_file()) while the window is made and shown, with a
 * spinner on the page until it comes.
 */
G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORY,
  PROP_DAY,
  PROP_PLACE_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PANEL_MIN_WIDTH  280
#define PANEL_MAX_WIDTH  800
#define NARROW_WIDTH     560

/* What is shown where */

/* The subtitle: the date shown and the story's day count. */
static char *
format_subtitle (LcWindow *self,
                 LcStory  *story,
                 guint     day)
{
  return story != NULL ? lc_story_dup_day_line (story, day) : NULL;
}

static void
bind_subtitle (LcWindow *self)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (LC_TYPE_WINDOW, NULL, "story"),
    gtk_property_expression_new (LC_TYPE_WINDOW, NULL, "day"),
  };
  GtkExpression *subtitle = gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                                         G_N_ELEMENTS (params), params,
                                                         G_CALLBACK (format_subtitle), NULL, NULL);

  gtk_expression_bind (subtitle, self->subtitle_label, "label", self);
}

static void
on_map_selected_cb (LcWindow   *self,
                    GParamSpec *pspec,
                    LcMapView  *map_view)
{
  lc_statement_panel_set_highlighted_feature (self->panel, lc_map_view_get_selected_feature (map_view));
}

/* A place picked on the map, by a click or from the keyboard: the panel
 * shows the newest statement or event naming it, and a screen reader
 * hears what it shows. */
static void
on_map_feature_activated_cb (LcWindow  *self,
                             LcFeature *feature,
                             LcMapView *map_view)
{
  guint count = lc_statement_panel_reveal_feature (self->panel, feature);
  g_autofree char *note = NULL;

  if (count == 0)
    note = g_strdup (_("Selected. No statement or event names it by this date."));
  else
    /* Translators: said by screen readers when a place on the map is
     * picked; "the list" is the statements and events beside the map. */
    note = g_strdup_printf (ngettext ("Selected. %u statement or event names it, now selected in the list.",
                                      "Selected. %u statements and events name it; the newest is now selected in the list.",
                                      count),
                            count);
  lc_map_view_set_selection_note (map_view, note);
}

/* The place's card closed: the place is no longer selected. */
static void
on_panel_place_dismissed_cb (LcWindow         *self,
                             LcStatementPanel *panel)
{
  lc_map_view_set_selected_feature (self->map_view, NULL);
}

static void
on_panel_feature_activated_cb (LcWindow         *self,
                               LcFeature        *feature,
                               LcStatementPanel *panel)
{
  g_autoptr(GPtrArray) features = g_ptr_array_new ();

  g_ptr_array_add (features, feature);
  lc_map_view_set_selected_feature (self->map_view, feature);
  lc_map_view_fly_to (self->map_view, features);
}

static void
on_panel_event_activated_cb (LcWindow         *self,
                             LcEvent          *event,
                             LcStatementPanel *panel)
{
  lc_window_set_day (self, lc_event_get_date (event)->day);
}

static void
on_panel_selected_item_cb (LcWindow         *self,
                           GParamSpec       *pspec,
                           LcStatementPanel *panel)
{
  GObject *item = lc_statement_panel_get_selected_item (panel);

  if (LC_IS_STATEMENT (item))
    lc_map_view_set_highlighted (self->map_view, lc_statement_get_mentions (LC_STATEMENT (item)));
  else if (LC_IS_EVENT (item))
    lc_map_view_set_highlighted (self->map_view, lc_event_get_features (LC_EVENT (item)));
  else
    lc_map_view_set_highlighted (self->map_view, NULL);
}

/* Actions */

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);

  if (self->story == NULL)
    return;
  adw_flap_set_reveal_flap (self->flap, TRUE);
  lc_statement_panel_start_search (self->panel);
}

static void
show_panel_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Narrow windows keep Open and Export in the main menu only. */
static void
on_default_width_cb (LcWindow   *self,
                     GParamSpec *pspec,
                     GtkWindow  *window)
{
  int width, height;
  gboolean wide;

  /* GTK 4.8 needs both pointers. */
  gtk_window_get_default_size (window, &width, &height);
  wide = width <= 0 || width >= NARROW_WIDTH;
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), wide);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), wide);
}

static void
on_reveal_flap_cb (LcWindow   *self,
                   GParamSpec *pspec,
                   AdwFlap    *flap)
{
  gboolean revealed = adw_flap_get_reveal_flap (flap);

  gtk_toggle_button_set_active (self->panel_button, revealed);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->panel_button),
                               revealed ? _("Hide Statements (F9)") : _("Show Statements (F9)"));
}

/* Place names */

LcPlaceNames
lc_window_get_place_names (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), LC_PLACE_NAMES_BOTH);

  return self->names;
}

/**
 * lc_window_set_place_names:
 *
 * Chooses whose names the map, the tooltips, the cards and exports show
 * for places whose names differ by side. The views bind to this, and it
 * to the settings.
 */
void
lc_window_set_place_names (LcWindow     *self,
                           LcPlaceNames  names)
{
  g_return_if_fail (LC_IS_WINDOW (self));

  if (self->names == names)
    return;

  self->names = names;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/* The panel's width follows a drag on its edge. */
static void
on_handle_drag_begin_cb (LcWindow       *self,
                         double          x,
                         double          y,
                         GtkGestureDrag *gesture)
{
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self->panel));
}

static void
on_handle_drag_update_cb (LcWindow       *self,
                          double          offset_x,
                          double          offset_y,
                          GtkGestureDrag *gesture)
{
  int direction = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? 1 : -1;
  int width = CLAMP (self->drag_start_width + direction * offset_x, PANEL_MIN_WIDTH, PANEL_MAX_WIDTH);

  lc_statement_panel_set_preferred_width (self->panel, width);
}

/* Settings */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without the installed schema (a build tree run without
   * GSETTINGS_SCHEMA_DIR) the window works, it just forgets. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_state (LcWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "panel-visible"));
  lc_statement_panel_set_preferred_width (self->panel,
                                          CLAMP (g_settings_get_int (self->settings, "panel-width"),
                                                 PANEL_MIN_WIDTH, PANEL_MAX_WIDTH));
}

static void
save_state (LcWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (self->settings, "panel-visible", adw_flap_get_reveal_flap (self->flap));
  width = lc_statement_panel_get_preferred_width (self->panel);
  g_settings_set_int (self->settings, "panel-width", CLAMP (width, PANEL_MIN_WIDTH, PANEL_MAX_WIDTH));
  /* What to reopen at the next start. */
  if (self->story != NULL && self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);
      g_autofree char *date = lc_day_to_iso (self->day);

      g_settings_set_string (self->settings, "last-story", uri);
      g_settings_set_string (self->settings, "last-date", date);
    }
  g_settings_apply (self->settings);
}

static gboolean
lc_window_close_request (GtkWindow *window)
{
  save_state (LC_WINDOW (window));

  return GTK_WINDOW_CLASS (lc_window_parent_class)->close_request (window);
}

/* The story */

static guint32
clamp_day (LcWindow *self,
           guint32   day)
{
  if (self->story == NULL)
    return day;

  return CLAMP (day, lc_story_get_start (self->story), lc_story_get_end (self->story));
}

/* Keeps the reader's selections across a reload, where the new story has them. */
static void
restore_selection (LcWindow   *self,
                   const char *statement_id,
                   const char *feature_id)
{
  LcStatement *statement = NULL;
  LcFeature *feature = NULL;

  if (statement_id != NULL)
    statement = lc_story_lookup_statement (self->story, statement_id);
  if (feature_id != NULL)
    feature = lc_story_lookup_feature (self->story, feature_id);

  lc_map_view_set_selected_feature (self->map_view, feature);
  if (statement != NULL)
    lc_statement_panel_select_statement (self->panel, statement);
}

void
lc_window_show_story (LcWindow *self,
                      LcStory  *story,
                      gboolean  keep_place)
{
  GObject *selected = lc_statement_panel_get_selected_item (self->panel);
  g_autofree char *selected_id = LC_IS_STATEMENT (selected)
                                 ? g_strdup (lc_statement_get_id (LC_STATEMENT (selected))) : NULL;
  LcFeature *feature = lc_map_view_get_selected_feature (self->map_view);
  g_autofree char *feature_id = feature != NULL ? g_strdup (lc_feature_get_id (feature)) : NULL;
  guint32 day = keep_place ? self->day
                : self->opening_day != 0 ? self->opening_day : lc_story_get_initial (story);

  if (!g_set_object (&self->story, story))
    return;

  gtk_label_set_text (self->title_label, lc_story_get_title (story));
  gtk_window_set_title (GTK_WINDOW (self), lc_story_get_title (story));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);

  lc_map_view_set_story (self->map_view, story);
  lc_statement_panel_set_story (self->panel, story);
  lc_timeline_set_story (self->timeline, story);
  lc_story_overview_set_story (self->overview, story);

  /* A new story starts each view at its own first day; the window's day,
   * notified even when it stays, sets them all again. */
  self->day = clamp_day (self, day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);

  /* A reload keeps the reader where they were. */
  if (keep_place)
    restore_selection (self, selected_id, feature_id);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", self->export_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-overview", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "story");

  /* A story opened for the first time opens on its overview. */
  if (!keep_place)
    lc_window_show_overview_if_new (self);
}

/**
 * lc_window_get_story:
 *
 * Returns: (transfer none) (nullable): the story shown
 */
LcStory *
lc_window_get_story (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->story;
}

/**
 * lc_window_set_story:
 *
 * Shows @story in the window, at its initial date.
 */
void
lc_window_set_story (LcWindow *self,
                     LcStory  *story)
{
  g_return_if_fail (LC_IS_WINDOW (self));
  g_return_if_fail (LC_IS_STORY (story));

  lc_window_show_story (self, story, FALSE);
}

/**
 * lc_window_get_day:
 *
 * Returns: the day shown, which the timeline, the map, the statements and
 *   the subtitle follow
 */
guint32
lc_window_get_day (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), 0);

  return self->day;
}

/**
 * lc_window_set_day:
 *
 * Shows the story on @day, kept within its timeline.
 */
void
lc_window_set_day (LcWindow *self,
                   guint32   day)
{
  g_return_if_fail (LC_IS_WINDOW (self));

  day = clamp_day (self, day);
  if (self->day == day)
    return;

  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * lc_window_show_statement:
 *
 * Moves to the day of the statement with @id and selects it.
 *
 * Returns: %TRUE if the story has such a statement
 */
gboolean
lc_window_show_statement (LcWindow   *self,
                          const char *id)
{
  LcStatement *statement;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);

  statement = self->story != NULL ? lc_story_lookup_statement (self->story, id) : NULL;
  if (statement == NULL)
    return FALSE;

  lc_window_set_day (self, lc_statement_get_date (statement)->day);
  adw_flap_set_reveal_flap (self->flap, TRUE);

  return lc_statement_panel_select_statement (self->panel, statement);
}

/**
 * lc_window_add_toast:
 * @lasting: whether it stays until dismissed, as for an error
 *
 * Says @message (plain text) in a toast.
 */
void
lc_window_add_toast (LcWindow   *self,
                     const char *message,
                     gboolean    lasting)
{
  /* A toast's title is markup: a file name with “&” or “<” is text. */
  g_autofree char *markup = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, lasting ? 0 : 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = (LcWindow *)object;

  lc_window_dispose_export (self);
  lc_window_dispose_open (self);
  lc_window_dispose_errors (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);
  g_clear_object (&self->story);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (lc_window_parent_class)->dispose (object);
}

static void
lc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
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
lc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DAY:
      lc_window_set_day (self, g_value_get_uint (value));
      break;

    case PROP_PLACE_NAMES:
      lc_window_set_place_names (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_window_class_init (LcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_window_dispose;
  object_class->get_property = lc_window_get_property;
  object_class->set_property = lc_window_set_property;
  window_class->close_request = lc_window_close_request;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_NAMES] =
    g_param_spec_enum ("place-names", NULL, NULL, LC_TYPE_PLACE_NAMES, LC_PLACE_NAMES_BOTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, panel_handle);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, panel);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, recent_submenu);

  lc_window_class_add_open (widget_class);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-panel", NULL, show_panel_action);
  gtk_widget_class_install_property_action (widget_class, "win.place-names", "place-names");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-panel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.fullscreen", NULL);
  lc_window_class_add_export (widget_class);
  lc_window_class_add_actions (widget_class);
  lc_window_class_add_overview (widget_class);
}

/* The main menu's popover is made when the menu is first opened: a
 * hundred widgets a window that starts need not make. */
static void
create_primary_menu_cb (GtkMenuButton *menu_button,
                        gpointer       user_data)
{
  LcWindow *self = LC_WINDOW (user_data);

  if (gtk_menu_button_get_menu_model (menu_button) == NULL)
    gtk_menu_button_set_menu_model (menu_button, self->primary_menu);
}

static void
lc_window_init (LcWindow *self)
{
  GtkGesture *handle_drag = gtk_gesture_drag_new ();

  lc_window_init_errors (self);

  g_type_ensure (LC_TYPE_MAP_VIEW);
  g_type_ensure (LC_TYPE_STATEMENT_PANEL);
  g_type_ensure (LC_TYPE_TIMELINE);
  g_type_ensure (LC_TYPE_STORY_OVERVIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  lc_window_init_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-overview", FALSE);

  /* The day and the place names are the window's; each view binds to them. */
  g_object_bind_property (self, "day", self->timeline, "day",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "day", self->map_view, "day", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "day", self->panel, "day", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "place-names", self->map_view, "place-names", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "place-names", self->panel, "place-names", G_BINDING_SYNC_CREATE);
  bind_subtitle (self);

  g_signal_connect_object (self->map_view, "notify::selected-feature",
                           G_CALLBACK (on_map_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "feature-activated",
                           G_CALLBACK (on_map_feature_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "place-dismissed",
                           G_CALLBACK (on_panel_place_dismissed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "feature-activated",
                           G_CALLBACK (on_panel_feature_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "event-activated",
                           G_CALLBACK (on_panel_event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "notify::selected-item",
                           G_CALLBACK (on_panel_selected_item_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap_cb), self,
                           G_CONNECT_SWAPPED);

  lc_window_init_open (self);

  g_signal_connect_swapped (handle_drag, "drag-begin", G_CALLBACK (on_handle_drag_begin_cb), self);
  g_signal_connect_swapped (handle_drag, "drag-update", G_CALLBACK (on_handle_drag_update_cb), self);
  gtk_widget_add_controller (self->panel_handle, GTK_EVENT_CONTROLLER (handle_drag));

  g_signal_connect_object (self, "notify::default-width", G_CALLBACK (on_default_width_cb), self,
                           G_CONNECT_SWAPPED);

  self->settings = create_settings ();
  restore_state (self);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "place-names", self, "place-names", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "legend", self->map_view, "legend-mode",
                       G_SETTINGS_BIND_DEFAULT);
    }
  on_default_width_cb (self, NULL, GTK_WINDOW (self));
  on_reveal_flap_cb (self, NULL, self->flap);
}
