/* lc-map-renderer.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-map-renderer-private.h"

/**
 * LcMapRenderer:
 *
 * Draws a story at the viewport's date into any cairo context: the map
 * widget's snapshot and the PNG, SVG and PDF exports share it.
 *
 * Geometry is projected to metres once per story and simplified once per
 * zoom level to what that level can show (lc-map-paths.c,
 * lc-map-simplify.c); pixel paths are built from those when the
 * viewport's transform changes and reused while only the date, the
 * selection or the style changes. What is off screen is not drawn.
 *
 * This file holds the object and the order of a frame's layers; each
 * layer is drawn by a file of its own (see lc-map-renderer-private.h).
 */

G_DEFINE_FINAL_TYPE (LcMapRenderer, lc_map_renderer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORY,
  PROP_DARK,
  PROP_PLACE_NAMES,
  PROP_SELECTED,
  PROP_HOVERED,
  PROP_LEGEND_EXPANDED,
  PROP_CACHE_SCALE,
  PROP_MOVING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Drawing */

/* The layers of a frame, bottom to top: each draws those features of a
 * set of the frame's (visible or faded) that it wants. The base layers
 * change with the view, and with the day only where an area begins or
 * ends (lc-map-base.c); the others change with the day. */
typedef struct
{
  gsize         set;  /* offset of the GPtrArray in LcMapFrame */
  LcMapWantFunc wanted;
  LcMapDrawFunc draw;
} LcMapLayer;

static const LcMapLayer base_layers[] = {
  { G_STRUCT_OFFSET (LcMapFrame, visible), lc_map_wants_country, lc_map_renderer_draw_country },
  { G_STRUCT_OFFSET (LcMapFrame, visible), lc_map_wants_area, lc_map_renderer_draw_area },
};

static const LcMapLayer layers[] = {
  { G_STRUCT_OFFSET (LcMapFrame, faded), lc_map_wants_faded, lc_map_renderer_draw_faded },
  { G_STRUCT_OFFSET (LcMapFrame, visible), lc_map_wants_highlight, lc_map_renderer_draw_highlight },
  { G_STRUCT_OFFSET (LcMapFrame, visible), lc_map_wants_line, lc_map_renderer_draw_line },
  { G_STRUCT_OFFSET (LcMapFrame, visible), lc_map_wants_point, lc_map_renderer_draw_point },
};

/* The day @viewport shows: its own, or the story's initial day when it has
 * none yet. */
guint32
lc_map_renderer_get_day (LcMapRenderer *self,
                         LcViewport    *viewport)
{
  guint32 day = lc_viewport_get_day (viewport);

  return day != 0 ? day : lc_story_get_initial (self->story);
}

/**
 * lc_map_renderer_begin_frame:
 * @frame: (out caller-allocates): what the frame is drawn with
 *
 * Makes the caches fit @viewport and fills in @frame for drawing into @cr.
 * A viewport that has no day yet shows the story's initial day.
 */
void
lc_map_renderer_begin_frame (LcMapRenderer *self,
                             cairo_t       *cr,
                             LcViewport    *viewport,
                             LcMapFrame    *frame)
{
  lc_map_renderer_sync_viewport (self, viewport);
  if (self->pango == NULL)
    self->pango = pango_cairo_create_context (cr);
  lc_map_share_context (cr, self->pango);
  *frame = (LcMapFrame) {
    .cr = cr,
    .viewport = viewport,
    .day = lc_map_renderer_get_day (self, viewport),
    .screen = { 0, 0, lc_viewport_get_width (viewport), lc_viewport_get_height (viewport) },
    .palette = lc_map_palette_get (self->dark, self->high_contrast),
  };
  frame->visible = lc_story_get_visible_features (self->story, frame->day);
  lc_map_renderer_update_focus (self, frame->day);
  frame->focus = self->focus;
  frame->faded = self->faded;
}

static void
draw_layers (LcMapRenderer    *self,
             LcMapFrame       *frame,
             const LcMapLayer *layer,
             guint             n_layers)
{
  for (guint i = 0; i < n_layers; i++, layer++)
    lc_map_renderer_draw_layer (self, frame, G_STRUCT_MEMBER (GPtrArray *, frame, layer->set),
                                layer->wanted, layer->draw);
}

/* Draws the base of @frame: water, countries and areas. */
void
lc_map_renderer_draw_base (LcMapRenderer *self,
                           LcMapFrame    *frame)
{
  lc_map_set_color (frame->cr, &frame->palette->water);
  cairo_paint (frame->cr);
  draw_layers (self, frame, base_layers, G_N_ELEMENTS (base_layers));
}

/* Draws the layers over the base: faded features, highlights, lines and
 * places. */
void
lc_map_renderer_draw_layers (LcMapRenderer *self,
                             LcMapFrame    *frame)
{
  draw_layers (self, frame, layers, G_N_ELEMENTS (layers));
}

static void
keep_panel_rects (LcMapRenderer *self,
                  LcMapPanels   *panels)
{
  g_array_set_size (self->panel_rects, 0);
  if (panels->has_legend)
    g_array_append_val (self->panel_rects, panels->legend.rect);
  if (!panels->no_scale)
    g_array_append_val (self->panel_rects, panels->scale);
  if (panels->inset)
    g_array_append_val (self->panel_rects, panels->inset_rect);
}

/**
 * lc_map_renderer_get_panels:
 * @n_panels: (out): how many
 *
 * Returns: (transfer none) (array length=n_panels): the boxes the last
 *   lc_map_renderer_draw() gave its panels: the legend when expanded, the
 *   scale bar, the locator inset when shown
 */
const LcMapRect *
lc_map_renderer_get_panels (LcMapRenderer *self,
                            guint         *n_panels)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  *n_panels = self->panel_rects->len;
  return (const LcMapRect *) (gpointer) self->panel_rects->data;
}

/* Appends @size bytes at @data to @key. */
static void
add_bytes (GByteArray    *key,
           gconstpointer  data,
           gsize          size)
{
  g_byte_array_append (key, data, size);
}

#define ADD(key, value) add_bytes ((key), &(value), sizeof (value))

static void
add_array (GByteArray *key,
           GArray     *array)
{
  guint len = array != NULL ? array->len : 0;

  ADD (key, len);
  if (len > 0)
    add_bytes (key, array->data, (gsize) len * g_array_get_element_size (array));
}

static void
add_pointers (GByteArray *key,
              GPtrArray  *array)
{
  guint len = array != NULL ? array->len : 0;

  ADD (key, len);
  if (len > 0)
    add_bytes (key, array->pdata, len * sizeof (gpointer));
}

/* What the map of @frame is drawn from but the view and the panels,
 * besides the story's content, which does not change. The day counts
 * only by what it changes: the features and their states (the story's
 * epoch), what its events and statements name (the focus) and what is
 * faded. */
static void
add_content (GByteArray    *key,
             LcMapRenderer *self,
             LcMapFrame    *frame)
{
  guint epoch = lc_story_get_epoch (self->story, frame->day);
  guint serial = pango_context_get_serial (self->pango);
  guint font_serial = pango_font_map_get_serial (pango_context_get_font_map (self->pango));

  ADD (key, self->story);
  ADD (key, frame->palette);
  ADD (key, self->dark);
  ADD (key, self->high_contrast);
  ADD (key, self->names);
  ADD (key, self->selected);
  ADD (key, self->hovered);
  add_pointers (key, self->highlighted);
  ADD (key, self->legend_expanded);
  add_array (key, self->covered);
  ADD (key, self->cache_scale);
  ADD (key, serial);
  ADD (key, font_serial);
  ADD (key, epoch);
  add_pointers (key, frame->focus);
  add_pointers (key, frame->faded);
}

/* The key of what a moving view's image shows (lc-map-motion.c): equal
 * keys, the same map, seen from wherever the view was. */
GBytes *
lc_map_renderer_content_key (LcMapRenderer *self,
                             LcMapFrame    *frame)
{
  GByteArray *key = g_byte_array_new ();

  add_content (key, self, frame);
  ADD (key, frame->screen.width);
  ADD (key, frame->screen.height);

  return g_byte_array_free_to_bytes (key);
}

/* All that the body of @frame (all of it but the legend's title) is drawn
 * from: frames with equal keys are the same. The content, the view, and
 * the legend by its image's key, which holds all it shows but its title. */
static GBytes *
frame_key (LcMapRenderer     *self,
           LcMapFrame        *frame,
           const LcMapPanels *panels)
{
  GByteArray *key = g_byte_array_new ();
  gsize legend_size = 0;
  gconstpointer legend = panels->has_legend ? g_bytes_get_data (panels->legend.image_key, &legend_size) : NULL;
  cairo_matrix_t matrix;

  cairo_get_matrix (frame->cr, &matrix);
  add_content (key, self, frame);
  ADD (key, self->moving);
  ADD (key, self->transform);
  ADD (key, self->level);
  ADD (key, frame->screen);
  ADD (key, matrix);
  ADD (key, panels->has_legend);
  ADD (key, panels->legend.rect);
  ADD (key, legend_size);
  if (legend_size > 0)
    add_bytes (key, legend, legend_size);
  ADD (key, panels->fixed);
  ADD (key, panels->scale);
  ADD (key, panels->scale_bottom);
  ADD (key, panels->no_scale);
  ADD (key, panels->inset);
  ADD (key, panels->inset_rect);
  ADD (key, panels->inset_metres);

  return g_byte_array_free_to_bytes (key);
}

#undef ADD

/* Keeps the legend's title, for lc_map_renderer_draw_title(). */
static void
keep_title (LcMapRenderer     *self,
            LcMapFrame        *frame,
            const LcMapPanels *panels)
{
  g_clear_object (&self->title);
  if (!panels->has_legend)
    return;

  self->title = g_object_ref (panels->legend.title);
  self->title_box = panels->legend.rect;
  self->title_palette = frame->palette;
}

/**
 * lc_map_renderer_draw_body:
 * @cr: where to draw, with the viewport's top-left corner at the origin
 * @viewport: what to show, how large, at which date
 * @key: (inout) (transfer full) (nullable): the key of the body the
 *   caller shows, or %NULL; gets this frame's
 *
 * Draws what lc_map_renderer_draw() draws but the legend's title, which
 * says the day, unless @key says that the caller has it drawn: a day's
 * step that changes nothing on the map but the day, as most do, draws
 * nothing. lc_map_renderer_draw_title() draws the title of this frame.
 *
 * Returns: whether it drew
 */
gboolean
lc_map_renderer_draw_body (LcMapRenderer  *self,
                           cairo_t        *cr,
                           LcViewport     *viewport,
                           GBytes        **key)
{
  g_autoptr(GArray) occupied = g_array_new (FALSE, FALSE, sizeof (LcMapRect));
  g_auto(LcMapPanels) panels = { { 0 } };
  g_autoptr(GBytes) frame_bytes = NULL;
  LcMapFrame frame;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (LC_IS_VIEWPORT (viewport), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  lc_map_renderer_begin_frame (self, cr, viewport, &frame);
  lc_map_renderer_layout_panels (self, &frame, &panels, occupied);
  keep_panel_rects (self, &panels);
  keep_title (self, &frame, &panels);

  frame_bytes = frame_key (self, &frame, &panels);
  if (*key != NULL && g_bytes_equal (*key, frame_bytes))
    return FALSE;
  g_clear_pointer (key, g_bytes_unref);
  *key = g_steal_pointer (&frame_bytes);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame.screen.width, frame.screen.height);
  cairo_clip (cr);
  if (self->moving && self->cache_scale > 0)
    {
      /* All but the panels, from one image, moved. */
      lc_map_renderer_paint_motion (self, &frame, occupied);
    }
  else
    {
      /* The layers leave line joins and fill rules set; what is drawn
       * over the base, and over the layers, starts afresh, the same
       * whether the base was drawn or painted from its image. */
      cairo_save (cr);
      if (self->cache_scale > 0)
        lc_map_renderer_paint_base (self, &frame);
      else
        lc_map_renderer_draw_base (self, &frame);
      cairo_restore (cr);
      cairo_save (cr);
      draw_layers (self, &frame, layers, G_N_ELEMENTS (layers));
      cairo_restore (cr);
      lc_map_renderer_draw_labels (self, &frame, occupied);
    }
  lc_map_renderer_draw_panels (self, &frame, &panels, FALSE);
  cairo_restore (cr);
  self->n_bodies++;

  return TRUE;
}

/**
 * lc_map_renderer_get_title_box:
 * @box: (out): where the title is drawn: in the legend, this box
 *
 * Returns: whether the last frame drawn, or whose body was kept, has a
 *   legend, and so a title to draw
 */
gboolean
lc_map_renderer_get_title_box (LcMapRenderer *self,
                               LcMapRect     *box)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  if (self->title == NULL)
    return FALSE;

  *box = self->title_box;
  return TRUE;
}

/**
 * lc_map_renderer_draw_title:
 * @cr: where to draw, as for lc_map_renderer_draw_body()
 *
 * Draws the legend's title of the last lc_map_renderer_draw_body(), over
 * its body: the day.
 */
void
lc_map_renderer_draw_title (LcMapRenderer *self,
                            cairo_t       *cr)
{
  LcMapLegend legend = { 0 };
  LcMapFrame frame = { 0 };

  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  if (self->title == NULL)
    return;

  frame.cr = cr;
  frame.palette = self->title_palette;
  legend.title = self->title;
  legend.rect = self->title_box;
  lc_map_draw_legend_title (&frame, &legend);
}

/**
 * lc_map_renderer_draw:
 * @cr: where to draw, with the viewport's top-left corner at the origin
 * @viewport: what to show, how large, at which date
 *
 * Draws the map: land and water, areas, closed routes and the places the
 * day names before they exist (faded), roads, places, the labels that
 * fit, the legend of what is on screen (when expanded), the scale bar, a
 * locator map when zoomed in, and the attribution.
 */
void
lc_map_renderer_draw (LcMapRenderer *self,
                      cairo_t       *cr,
                      LcViewport    *viewport)
{
  g_autoptr(GBytes) key = NULL;

  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  lc_map_renderer_draw_body (self, cr, viewport, &key);
  lc_map_renderer_draw_title (self, cr);
}

/* The object */

/**
 * lc_map_renderer_setup_viewport:
 *
 * Gives @viewport the projection this story is drawn in.
 */
void
lc_map_renderer_setup_viewport (LcMapRenderer *self,
                                LcViewport    *viewport)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  lc_viewport_set_projection (viewport, &self->projection);
}

static void
lc_map_renderer_dispose (GObject *object)
{
  LcMapRenderer *self = (LcMapRenderer *)object;

  g_clear_object (&self->selected);
  g_clear_object (&self->hovered);
  g_clear_pointer (&self->highlighted, g_ptr_array_unref);
  lc_map_renderer_clear_focus (self);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  lc_map_label_cache_clear (self);
  g_clear_object (&self->pango);
  lc_map_base_reset (&self->base);
  lc_map_motion_clear (&self->motion);
  for (guint i = 0; i < LC_MAP_LEGEND_N_FITS; i++)
    lc_map_legend_clear (&self->legends[i]);
  g_clear_object (&self->scale_label);
  g_clear_object (&self->title);
  g_clear_object (&self->scale_attribution);
  lc_map_panel_image_clear (&self->legend_image);
  lc_map_panel_image_clear (&self->inset_image);
  g_clear_pointer (&self->hatch, cairo_pattern_destroy);
  g_clear_object (&self->story);

  G_OBJECT_CLASS (lc_map_renderer_parent_class)->dispose (object);
}

static void
lc_map_renderer_finalize (GObject *object)
{
  LcMapRenderer *self = (LcMapRenderer *)object;

  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->covered, g_array_unref);
  g_clear_pointer (&self->panel_rects, g_array_unref);

  G_OBJECT_CLASS (lc_map_renderer_parent_class)->finalize (object);
}

static void
lc_map_renderer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LcMapRenderer *self = LC_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    case PROP_PLACE_NAMES:
      g_value_set_enum (value, self->names);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_HOVERED:
      g_value_set_object (value, self->hovered);
      break;

    case PROP_LEGEND_EXPANDED:
      g_value_set_boolean (value, self->legend_expanded);
      break;

    case PROP_CACHE_SCALE:
      g_value_set_int (value, self->cache_scale);
      break;

    case PROP_MOVING:
      g_value_set_boolean (value, self->moving);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_story (LcMapRenderer *self,
           LcStory       *story)
{
  double w, s, e, n;

  self->story = g_object_ref (story);
  /* The projection fits the whole region, so the locator shares it. */
  if (!lc_story_get_context (story, &w, &s, &e, &n))
    lc_story_get_view (story, &w, &s, &e, &n);
  lc_projection_init_for_box (&self->projection, w, s, e, n);
}

static void
lc_map_renderer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LcMapRenderer *self = LC_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_STORY:
      set_story (self, g_value_get_object (value));
      break;

    case PROP_DARK:
      lc_map_renderer_set_dark (self, g_value_get_boolean (value));
      break;

    case PROP_PLACE_NAMES:
      lc_map_renderer_set_place_names (self, g_value_get_enum (value));
      break;

    case PROP_SELECTED:
      lc_map_renderer_set_selected (self, g_value_get_object (value));
      break;

    case PROP_HOVERED:
      lc_map_renderer_set_hovered (self, g_value_get_object (value));
      break;

    case PROP_LEGEND_EXPANDED:
      lc_map_renderer_set_legend_expanded (self, g_value_get_boolean (value));
      break;

    case PROP_CACHE_SCALE:
      lc_map_renderer_set_cache_scale (self, g_value_get_int (value));
      break;

    case PROP_MOVING:
      lc_map_renderer_set_moving (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_map_renderer_class_init (LcMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lc_map_renderer_dispose;
  object_class->finalize = lc_map_renderer_finalize;
  object_class->get_property = lc_map_renderer_get_property;
  object_class->set_property = lc_map_renderer_set_property;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] = g_param_spec_boolean ("dark", NULL, NULL, FALSE, flags);
  properties[PROP_PLACE_NAMES] =
    g_param_spec_enum ("place-names", NULL, NULL, LC_TYPE_PLACE_NAMES, LC_PLACE_NAMES_BOTH, flags);
  properties[PROP_SELECTED] = g_param_spec_object ("selected", NULL, NULL, LC_TYPE_FEATURE, flags);
  properties[PROP_HOVERED] = g_param_spec_object ("hovered", NULL, NULL, LC_TYPE_FEATURE, flags);
  /**
   * LcMapRenderer:legend-expanded:
   *
   * Whether the legend is drawn; a widget's button collapses it.
   */
  properties[PROP_LEGEND_EXPANDED] =
    g_param_spec_boolean ("legend-expanded", NULL, NULL, TRUE, flags);

  /**
   * LcMapRenderer:cache-scale:
   *
   * Device pixels a pixel of the image the base layers (water, countries,
   * areas) are kept in from frame to frame, as the widget's scale factor;
   * 0, the default, keeps none and draws every layer every frame, as an
   * export does.
   */
  properties[PROP_CACHE_SCALE] = g_param_spec_int ("cache-scale", NULL, NULL, 0, 8, 0, flags);
  /**
   * LcMapRenderer:moving:
   *
   * Whether the view is being moved, by a drag, a pinch or an animation:
   * with a cache-scale, frames then show the map but its panels (base,
   * layers and labels) from one image drawn for an earlier view, moved
   * and scaled, and only the panels afresh. The frame after it stops
   * draws the map for the view.
   */
  properties[PROP_MOVING] = g_param_spec_boolean ("moving", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_map_renderer_init (LcMapRenderer *self)
{
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, lc_map_feature_cache_free);
  self->labels = lc_map_labels_new ();
  self->covered = g_array_new (FALSE, FALSE, sizeof (LcMapRect));
  self->panel_rects = g_array_new (FALSE, FALSE, sizeof (LcMapRect));
  self->legend_expanded = TRUE;
}

/**
 * lc_map_renderer_new:
 *
 * Returns: (transfer full): a renderer for @story
 */
LcMapRenderer *
lc_map_renderer_new (LcStory *story)
{
  g_return_val_if_fail (LC_IS_STORY (story), NULL);

  return g_object_new (LC_TYPE_MAP_RENDERER, "story", story, NULL);
}

/**
 * lc_map_renderer_copy:
 *
 * A renderer for the same story that draws the same way: style, place
 * names, selection, highlights and legend, but not what is under the
 * pointer, nor the areas widgets cover, which a copy has none of. It
 * shares nothing that changes, so it may draw on another thread while this
 * one draws here.
 *
 * Returns: (transfer full): the copy
 */
LcMapRenderer *
lc_map_renderer_copy (LcMapRenderer *self)
{
  LcMapRenderer *copy;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  copy = lc_map_renderer_new (self->story);
  copy->dark = self->dark;
  copy->high_contrast = self->high_contrast;
  copy->names = self->names;
  copy->legend_expanded = self->legend_expanded;
  g_set_object (&copy->selected, self->selected);
  if (self->highlighted != NULL)
    copy->highlighted = g_ptr_array_ref (self->highlighted);

  return copy;
}

/**
 * lc_map_renderer_get_story:
 *
 * Returns: (transfer none): the story drawn
 */
LcStory *
lc_map_renderer_get_story (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  return self->story;
}

gboolean
lc_map_renderer_get_dark (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  return self->dark;
}

/**
 * lc_map_renderer_set_dark:
 *
 * Chooses the dark palette, for the dark style.
 */
void
lc_map_renderer_set_dark (LcMapRenderer *self,
                          gboolean       dark)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  dark = !!dark;
  if (self->dark == dark)
    return;

  self->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

LcPlaceNames
lc_map_renderer_get_place_names (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), LC_PLACE_NAMES_BOTH);

  return self->names;
}

/**
 * lc_map_renderer_set_place_names:
 *
 * Chooses whose names label disputed places.
 */
void
lc_map_renderer_set_place_names (LcMapRenderer *self,
                                 LcPlaceNames   names)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  if (self->names == names)
    return;

  self->names = names;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/**
 * lc_map_renderer_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected feature
 */
LcFeature *
lc_map_renderer_get_selected (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  return self->selected;
}

void
lc_map_renderer_set_selected (LcMapRenderer *self,
                              LcFeature     *feature)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  if (g_set_object (&self->selected, feature))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * lc_map_renderer_get_hovered:
 *
 * Returns: (transfer none) (nullable): the feature under the pointer
 */
LcFeature *
lc_map_renderer_get_hovered (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  return self->hovered;
}

void
lc_map_renderer_set_hovered (LcMapRenderer *self,
                             LcFeature     *feature)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  if (g_set_object (&self->hovered, feature))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED]);
}

/**
 * lc_map_renderer_set_highlighted:
 * @features: (nullable) (element-type LcFeature): features to mark, such
 *   as the places a selected statement mentions
 */
void
lc_map_renderer_set_highlighted (LcMapRenderer *self,
                                 GPtrArray     *features)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  g_clear_pointer (&self->highlighted, g_ptr_array_unref);
  if (features != NULL)
    self->highlighted = g_ptr_array_ref (features);
  /* What is drawn faded includes them. */
  lc_map_renderer_clear_focus (self);
}

/**
 * lc_map_renderer_set_high_contrast:
 *
 * Chooses the high contrast palette, for the high contrast style.
 */
void
lc_map_renderer_set_high_contrast (LcMapRenderer *self,
                                   gboolean       high_contrast)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  self->high_contrast = !!high_contrast;
}

gboolean
lc_map_renderer_get_high_contrast (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  return self->high_contrast;
}

gboolean
lc_map_renderer_get_legend_expanded (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  return self->legend_expanded;
}

/**
 * lc_map_renderer_set_legend_expanded:
 *
 * Shows or hides the legend; the view's framing makes room for it when
 * it is shown.
 */
void
lc_map_renderer_set_legend_expanded (LcMapRenderer *self,
                                     gboolean       expanded)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  expanded = !!expanded;
  if (self->legend_expanded == expanded)
    return;

  self->legend_expanded = expanded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_EXPANDED]);
}

/**
 * lc_map_renderer_set_covered:
 * @areas: (array length=n_areas) (nullable): boxes in pixels
 *
 * Tells the renderer which parts of the view widgets over the map cover,
 * such as its buttons: panels, labels and the story's framing keep out
 * of them.
 */
void
lc_map_renderer_set_covered (LcMapRenderer   *self,
                             const LcMapRect *areas,
                             guint            n_areas)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  g_array_set_size (self->covered, 0);
  if (areas != NULL)
    g_array_append_vals (self->covered, areas, n_areas);
}

int
lc_map_renderer_get_cache_scale (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), 0);

  return self->cache_scale;
}

/**
 * lc_map_renderer_set_cache_scale:
 * @scale: device pixels a pixel, or 0 for no cache
 *
 * Keeps the base layers in an image of @scale from frame to frame; see
 * LcMapRenderer:cache-scale.
 */
void
lc_map_renderer_set_cache_scale (LcMapRenderer *self,
                                 int            scale)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (scale >= 0 && scale <= 8);

  if (self->cache_scale == scale)
    return;

  self->cache_scale = scale;
  lc_map_base_reset (&self->base);
  lc_map_motion_clear (&self->motion);
  lc_map_panel_image_clear (&self->legend_image);
  lc_map_panel_image_clear (&self->inset_image);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CACHE_SCALE]);
}

gboolean
lc_map_renderer_get_moving (LcMapRenderer *self)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), FALSE);

  return self->moving;
}

/**
 * lc_map_renderer_set_moving:
 *
 * Tells the renderer whether the view is being moved; see
 * LcMapRenderer:moving. Draw again once it stops.
 */
void
lc_map_renderer_set_moving (LcMapRenderer *self,
                            gboolean       moving)
{
  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  moving = !!moving;
  if (self->moving == moving)
    return;

  self->moving = moving;
  /* Its image is a moving view's only. */
  if (!moving)
    lc_map_motion_clear (&self->motion);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVING]);
}
