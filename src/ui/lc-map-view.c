/* lc-map-view.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lc-map-view-private.h"
#include "lc-widget-private.h"

/**
 * LcMapView:
 *
 * The interactive map. It owns the gestures, the animation and the
 * accessibility of the map; the viewport holds the state and the renderer
 * draws. Drag to pan (with momentum), scroll or pinch to zoom around the
 * pointer, double-click to zoom in; Shift with the arrow keys pans, plus
 * and minus zoom, 0 resets. The features on screen are markers that
 * screen readers announce; the map is one Tab stop, and the arrow keys,
 * Home, End and letters move between the places.
 *
 * This file holds the widget itself: its state, drawing and layout.
 * lc-map-view-navigation.c moves the view; lc-map-view-markers.c keeps
 * the markers and tooltips.
 */

G_DEFINE_FINAL_TYPE (LcMapView, lc_map_view, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (LcLegendMode, lc_legend_mode,
  G_DEFINE_ENUM_VALUE (LC_LEGEND_MODE_AUTOMATIC, "automatic"),
  G_DEFINE_ENUM_VALUE (LC_LEGEND_MODE_EXPANDED, "expanded"),
  G_DEFINE_ENUM_VALUE (LC_LEGEND_MODE_COLLAPSED, "collapsed"))

/* In automatic mode the legend is collapsed on a map smaller than this,
 * where it would take too much of the story's room. */
#define LEGEND_MIN_WIDTH  720
#define LEGEND_MIN_HEIGHT 480

enum {
  PROP_0,
  PROP_STORY,
  PROP_SELECTED_FEATURE,
  PROP_DAY,
  PROP_PLACE_NAMES,
  PROP_LEGEND_MODE,
  PROP_LEGEND_EXPANDED,
  N_PROPS
};

enum {
  FEATURE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Redraws now; the markers follow once the view settles. */
void
lc_map_view_queue_update (LcMapView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  lc_map_view_queue_markers (self);
}

/* A feature picked by a click or from a marker. */
void
lc_map_view_activate_feature (LcMapView *self,
                              LcFeature *feature)
{
  g_clear_pointer (&self->selection_note, g_free);
  lc_map_view_set_selected_feature (self, feature);
  if (feature != NULL)
    g_signal_emit (self, signals[FEATURE_ACTIVATED], 0, feature);
}

/* Framing: the story's own view, kept when the room for it changes, as
 * long as the reader has not moved away from it. */

static gboolean
view_is_framed (LcMapView *self)
{
  return lc_viewport_get_longitude (self->viewport) == self->framed[0] &&
         lc_viewport_get_latitude (self->viewport) == self->framed[1] &&
         lc_viewport_get_zoom (self->viewport) == self->framed[2];
}

static void
frame_story (LcMapView *self)
{
  lc_map_renderer_reset_view (self->renderer, self->viewport);
  self->framed[0] = lc_viewport_get_longitude (self->viewport);
  self->framed[1] = lc_viewport_get_latitude (self->viewport);
  self->framed[2] = lc_viewport_get_zoom (self->viewport);
  self->framed_size[0] = lc_viewport_get_width (self->viewport);
  self->framed_size[1] = lc_viewport_get_height (self->viewport);
}

/* What the buttons over the map cover: the story and labels keep clear. */
static void
update_covered (LcMapView *self)
{
  graphene_rect_t bounds;

  if (self->renderer == NULL || !gtk_widget_compute_bounds (self->controls, GTK_WIDGET (self), &bounds))
    return;

  lc_map_renderer_set_covered (self->renderer,
                               &(LcMapRect) { bounds.origin.x, bounds.origin.y,
                                              bounds.size.width, bounds.size.height }, 1);
}

/* The legend as shown: the reader's choice, or in automatic mode, as the
 * map's size allows. The framing follows when the reader has not moved. */
static void
update_legend (LcMapView *self)
{
  int width = lc_viewport_get_width (self->viewport), height = lc_viewport_get_height (self->viewport);
  gboolean expanded, framed = self->renderer != NULL && view_is_framed (self);

  if (self->legend_mode == LC_LEGEND_MODE_AUTOMATIC)
    expanded = width >= LEGEND_MIN_WIDTH && height >= LEGEND_MIN_HEIGHT;
  else
    expanded = self->legend_mode == LC_LEGEND_MODE_EXPANDED;

  if (self->renderer != NULL)
    lc_map_renderer_set_legend_expanded (self->renderer, expanded);
  if (self->legend_expanded == expanded)
    return;

  self->legend_expanded = expanded;
  if (framed)
    frame_story (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_EXPANDED]);
}

/* Drawing and layout */

/* The map's body is drawn into a node of its own, kept while the
 * renderer finds it the same: then GTK sees the same node, and paints
 * none of the map again. The legend's title, which says the day, is
 * drawn over it each time. */
static void
lc_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (self->story != NULL && width > 0 && height > 0)
    {
      GtkSnapshot *body = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (body, &GRAPHENE_RECT_INIT (0, 0, width, height));
      g_autoptr(GskRenderNode) node = NULL;
      gboolean drawn;
      LcMapRect box;

      if (self->body == NULL)
        g_clear_pointer (&self->body_key, g_bytes_unref);
      drawn = lc_map_renderer_draw_body (self->renderer, cr, self->viewport, &self->body_key);
      cairo_destroy (cr);
      node = gtk_snapshot_free_to_node (body);
      if (drawn)
        {
          g_clear_pointer (&self->body, gsk_render_node_unref);
          self->body = g_steal_pointer (&node);
        }
      gtk_snapshot_append_node (snapshot, self->body);

      if (lc_map_renderer_get_title_box (self->renderer, &box))
        {
          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (box.x, box.y, box.width, box.height));
          lc_map_renderer_draw_title (self->renderer, cr);
          cairo_destroy (cr);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void
lc_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  int child_min, child_nat;

  gtk_widget_measure (self->controls, orientation, -1, &child_min, &child_nat, NULL, NULL);
  *minimum = child_min + 12;
  *natural = MAX (child_nat, orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600);
}

static void
lc_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  GtkRequisition controls;
  gboolean framed = self->story != NULL && view_is_framed (self);

  gtk_widget_get_preferred_size (self->controls, NULL, &controls);
  gtk_widget_size_allocate (self->controls,
                            &(GtkAllocation) { 12, 12, controls.width, controls.height }, -1);
  update_covered (self);

  lc_viewport_set_size (self->viewport, width, height);
  update_legend (self);
  /* First shown, or resized while showing the story's own view: frame it. */
  if (self->story != NULL && width > 0 && height > 0 &&
      (self->needs_reset ||
       (framed && (width != self->framed_size[0] || height != self->framed_size[1]))))
    {
      self->needs_reset = FALSE;
      frame_story (self);
    }

  lc_map_view_allocate_markers (self);
}

static void
on_viewport_notify_cb (LcMapView  *self,
                       GParamSpec *pspec,
                       LcViewport *viewport)
{
  /* The size comes from our own allocation, which must not queue another. */
  if (g_strcmp0 (pspec->name, "width") == 0 || g_strcmp0 (pspec->name, "height") == 0)
    {
      lc_map_view_queue_markers (self);
      return;
    }

  if (g_strcmp0 (pspec->name, "day") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
  lc_map_view_queue_update (self);
}

static void
on_style_changed_cb (LcMapView       *self,
                     GParamSpec      *pspec,
                     AdwStyleManager *style_manager)
{
  if (self->renderer == NULL)
    return;

  lc_map_renderer_set_dark (self->renderer, adw_style_manager_get_dark (style_manager));
  lc_map_renderer_set_high_contrast (self->renderer,
                                     adw_style_manager_get_high_contrast (style_manager));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Focus given to the map goes to its Tab stop, the place the reader was
 * last on, while there are places on screen. */
static gboolean
lc_map_view_grab_focus (GtkWidget *widget)
{
  LcMapView *self = LC_MAP_VIEW (widget);

  if (self->markers->len > 0)
    return lc_map_view_focus_feature (self, NULL);

  return GTK_WIDGET_CLASS (lc_map_view_parent_class)->grab_focus (widget);
}

/* Tab visits the buttons over the map, then the map's Tab stop, the one
 * place the arrow keys move from; backwards the other way round. GTK's
 * own order would follow where the places are on screen and remember
 * the place last focused ahead of the buttons. */
static gboolean
lc_map_view_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean on_place = focus != NULL && gtk_widget_get_parent (focus) == widget && focus != self->controls;
  gboolean in_controls = focus != NULL && gtk_widget_is_ancestor (focus, self->controls);

  if (self->markers->len == 0 ||
      (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD))
    return GTK_WIDGET_CLASS (lc_map_view_parent_class)->focus (widget, direction);

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (on_place)
        return FALSE;
      if (gtk_widget_child_focus (self->controls, direction))
        return TRUE;
      return lc_map_view_focus_feature (self, NULL);
    }

  if (on_place || in_controls)
    return gtk_widget_child_focus (self->controls, direction);

  return lc_map_view_focus_feature (self, NULL);
}

static void
lc_map_view_dispose (GObject *object)
{
  LcMapView *self = (LcMapView *)object;

  lc_map_view_stop_motion (self);
  g_clear_handle_id (&self->markers_timeout_id, g_source_remove);
  lc_map_view_clear_markers (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_MAP_VIEW);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->selected);
  g_clear_object (&self->cursor);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->body, gsk_render_node_unref);
  g_clear_pointer (&self->body_key, g_bytes_unref);
  g_clear_object (&self->story);
  g_clear_object (&self->viewport);

  G_OBJECT_CLASS (lc_map_view_parent_class)->dispose (object);
}

static void
lc_map_view_finalize (GObject *object)
{
  LcMapView *self = (LcMapView *)object;

  g_clear_pointer (&self->markers, g_ptr_array_unref);
  g_clear_pointer (&self->marker_places, g_array_unref);
  g_free (self->selection_note);

  G_OBJECT_CLASS (lc_map_view_parent_class)->finalize (object);
}

static void
lc_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcMapView *self = LC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    case PROP_SELECTED_FEATURE:
      g_value_set_object (value, self->selected);
      break;

    case PROP_DAY:
      g_value_set_uint (value, lc_viewport_get_day (self->viewport));
      break;

    case PROP_PLACE_NAMES:
      g_value_set_enum (value, self->names);
      break;

    case PROP_LEGEND_MODE:
      g_value_set_enum (value, self->legend_mode);
      break;

    case PROP_LEGEND_EXPANDED:
      g_value_set_boolean (value, self->legend_expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcMapView *self = LC_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_map_view_set_story (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_FEATURE:
      lc_map_view_set_selected_feature (self, g_value_get_object (value));
      break;

    case PROP_DAY:
      lc_map_view_set_day (self, g_value_get_uint (value));
      break;

    case PROP_PLACE_NAMES:
      lc_map_view_set_place_names (self, g_value_get_enum (value));
      break;

    case PROP_LEGEND_MODE:
      lc_map_view_set_legend_mode (self, g_value_get_enum (value));
      break;

    case PROP_LEGEND_EXPANDED:
      lc_map_view_set_legend_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_map_view_class_init (LcMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_map_view_dispose;
  object_class->finalize = lc_map_view_finalize;
  object_class->get_property = lc_map_view_get_property;
  object_class->set_property = lc_map_view_set_property;

  widget_class->snapshot = lc_map_view_snapshot;
  widget_class->measure = lc_map_view_measure;
  widget_class->size_allocate = lc_map_view_size_allocate;
  widget_class->query_tooltip = lc_map_view_query_tooltip;
  widget_class->grab_focus = lc_map_view_grab_focus;
  widget_class->focus = lc_map_view_focus;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_FEATURE] =
    g_param_spec_object ("selected-feature", NULL, NULL, LC_TYPE_FEATURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_NAMES] =
    g_param_spec_enum ("place-names", NULL, NULL, LC_TYPE_PLACE_NAMES, LC_PLACE_NAMES_BOTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LcMapView:legend-mode:
   *
   * The reader's choice for the legend, kept in the settings.
   */
  properties[PROP_LEGEND_MODE] =
    g_param_spec_enum ("legend-mode", NULL, NULL, LC_TYPE_LEGEND_MODE, LC_LEGEND_MODE_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LcMapView:legend-expanded:
   *
   * Whether the legend is shown. Setting it is the reader's choice: it
   * sets #LcMapView:legend-mode too.
   */
  properties[PROP_LEGEND_EXPANDED] =
    g_param_spec_boolean ("legend-expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcMapView::feature-activated:
   * @feature: the feature clicked or activated from the keyboard
   *
   * Emitted when the reader picks a feature on the map.
   */
  signals[FEATURE_ACTIVATED] = g_signal_new ("feature-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, LC_TYPE_FEATURE);

  lc_map_view_class_add_navigation (widget_class);
  lc_map_view_class_add_markers (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LcMapView, controls);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, reset_button);
  gtk_widget_class_bind_template_child (widget_class, LcMapView, legend_button);
  gtk_widget_class_install_property_action (widget_class, "map.legend-expanded", "legend-expanded");

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "mapview");
}

static void
lc_map_view_init (LcMapView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->markers = g_ptr_array_new ();
  self->marker_places = g_array_new (FALSE, FALSE, sizeof (double));
  self->viewport = lc_viewport_new ();
  self->pointer_x = self->pointer_y = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  lc_map_view_add_navigation_controllers (self);
  lc_map_view_add_marker_controllers (self);

  g_signal_connect_object (self->viewport, "notify", G_CALLBACK (on_viewport_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast", G_CALLBACK (on_style_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * lc_map_view_new:
 *
 * Returns: (transfer full): a new map view, with no story yet
 */
GtkWidget *
lc_map_view_new (void)
{
  return g_object_new (LC_TYPE_MAP_VIEW, NULL);
}

/**
 * lc_map_view_get_story:
 *
 * Returns: (transfer none) (nullable): the story shown
 */
LcStory *
lc_map_view_get_story (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->story;
}

/**
 * lc_map_view_set_story:
 *
 * Shows @story at its initial date and view.
 */
void
lc_map_view_set_story (LcMapView *self,
                       LcStory   *story)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));
  g_return_if_fail (!story || LC_IS_STORY (story));

  if (!g_set_object (&self->story, story))
    return;

  lc_map_view_stop_motion (self);
  g_clear_object (&self->selected);
  g_clear_object (&self->cursor);
  g_clear_pointer (&self->selection_note, g_free);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->body, gsk_render_node_unref);
  g_clear_pointer (&self->body_key, g_bytes_unref);
  lc_map_view_clear_markers (self);
  if (story != NULL)
    {
      self->renderer = lc_map_renderer_new (story);
      g_object_bind_property (self, "place-names", self->renderer, "place-names",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "selected-feature", self->renderer, "selected",
                              G_BINDING_SYNC_CREATE);
      /* The base layers are kept in an image from frame to frame. */
      g_object_bind_property (self, "scale-factor", self->renderer, "cache-scale",
                              G_BINDING_SYNC_CREATE);
      on_style_changed_cb (self, NULL, adw_style_manager_get_default ());
      lc_map_renderer_set_legend_expanded (self->renderer, self->legend_expanded);
      update_covered (self);
      lc_map_renderer_setup_viewport (self->renderer, self->viewport);
      lc_viewport_set_day (self->viewport, lc_story_get_initial (story));
      self->needs_reset = TRUE;
      if (lc_viewport_get_width (self->viewport) > 0)
        {
          self->needs_reset = FALSE;
          frame_story (self);
        }
      lc_map_view_update_markers (self);
    }

  lc_map_view_queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

/**
 * lc_map_view_get_viewport:
 *
 * Returns: (transfer none): the viewport, which holds the view's state
 */
LcViewport *
lc_map_view_get_viewport (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->viewport;
}

/**
 * lc_map_view_get_renderer:
 *
 * Returns: (transfer none) (nullable): the renderer of the story shown
 */
LcMapRenderer *
lc_map_view_get_renderer (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->renderer;
}

guint32
lc_map_view_get_day (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), 0);

  return lc_viewport_get_day (self->viewport);
}

/**
 * lc_map_view_set_day:
 *
 * Shows the map as it was on @day.
 */
void
lc_map_view_set_day (LcMapView *self,
                     guint32    day)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  lc_viewport_set_day (self->viewport, day);
}

/**
 * lc_map_view_get_selected_feature:
 *
 * Returns: (transfer none) (nullable): the selected feature
 */
LcFeature *
lc_map_view_get_selected_feature (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), NULL);

  return self->selected;
}

void
lc_map_view_set_selected_feature (LcMapView *self,
                                  LcFeature *feature)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));
  g_return_if_fail (!feature || LC_IS_FEATURE (feature));

  if (!g_set_object (&self->selected, feature))
    return;

  g_clear_pointer (&self->selection_note, g_free);
  lc_map_view_update_marker_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_FEATURE]);
}

/**
 * lc_map_view_set_selection_note:
 * @note: (nullable): what selecting the feature showed, in words
 *
 * Says, to screen readers, what the selection of a feature did — for
 * instance which statement the panel shows now — as the selected place's
 * description, which a screen reader reads when it changes on the focused
 * place. A new selection clears it.
 */
void
lc_map_view_set_selection_note (LcMapView  *self,
                                const char *note)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  if (g_strcmp0 (self->selection_note, note) == 0)
    return;

  g_free (self->selection_note);
  self->selection_note = g_strdup (note);
  lc_map_view_update_marker_selection (self);
}

/**
 * lc_map_view_set_highlighted:
 * @features: (nullable) (element-type LcFeature): features to mark
 */
void
lc_map_view_set_highlighted (LcMapView *self,
                             GPtrArray *features)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  if (self->renderer == NULL)
    return;

  lc_map_renderer_set_highlighted (self->renderer, features);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lc_map_view_reset:
 *
 * Goes back to the story's own view.
 */
void
lc_map_view_reset (LcMapView *self)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  lc_map_view_stop_motion (self);
  if (self->renderer != NULL)
    frame_story (self);
}

LcPlaceNames
lc_map_view_get_place_names (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), LC_PLACE_NAMES_BOTH);

  return self->names;
}

/**
 * lc_map_view_set_place_names:
 *
 * Chooses whose names label disputed places, in labels, tooltips and
 * what screen readers say.
 */
void
lc_map_view_set_place_names (LcMapView    *self,
                             LcPlaceNames  names)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  if (self->names == names)
    return;

  self->names = names;
  lc_map_view_queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

LcLegendMode
lc_map_view_get_legend_mode (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), LC_LEGEND_MODE_AUTOMATIC);

  return self->legend_mode;
}

/**
 * lc_map_view_set_legend_mode:
 *
 * Shows or hides the legend, or leaves it to the map's size.
 */
void
lc_map_view_set_legend_mode (LcMapView    *self,
                             LcLegendMode  mode)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  if (self->legend_mode == mode)
    return;

  self->legend_mode = mode;
  update_legend (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_MODE]);
}

/**
 * lc_map_view_get_legend_expanded:
 *
 * Returns: whether the legend is shown
 */
gboolean
lc_map_view_get_legend_expanded (LcMapView *self)
{
  g_return_val_if_fail (LC_IS_MAP_VIEW (self), FALSE);

  return self->legend_expanded;
}

/**
 * lc_map_view_set_legend_expanded:
 *
 * Shows or hides the legend, as the reader's choice: the legend mode
 * becomes expanded or collapsed.
 */
void
lc_map_view_set_legend_expanded (LcMapView *self,
                                 gboolean   expanded)
{
  g_return_if_fail (LC_IS_MAP_VIEW (self));

  lc_map_view_set_legend_mode (self, expanded ? LC_LEGEND_MODE_EXPANDED : LC_LEGEND_MODE_COLLAPSED);
}
