/* lc-map-labels.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names: label placement without overlaps, and descriptions for
 * tooltips and screen readers. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "lc-map-renderer-private.h"

/* Labels */

typedef struct
{
  LcFeature *feature;
  double     x;
  double     y;
} Candidate;

static int
kind_order (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_REGION: return -1;
    case LC_FEATURE_KIND_CAPITAL: return 0;
    case LC_FEATURE_KIND_CORRIDOR: return 1;
    case LC_FEATURE_KIND_BLOCKADE: return 2;
    case LC_FEATURE_KIND_CITY: return 3;
    case LC_FEATURE_KIND_MINE: return 4;
    case LC_FEATURE_KIND_COUNTRY: return 5;
    case LC_FEATURE_KIND_TERRITORY: return 6;
    case LC_FEATURE_KIND_ZONE: return 7;
    case LC_FEATURE_KIND_CHECKPOINT: return 8;
    case LC_FEATURE_KIND_SITE: return 9;
    case LC_FEATURE_KIND_ROAD: return 10;
    case LC_FEATURE_KIND_VILLAGE:
    default:
      return 11;
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  LcFeature *fa = ((const Candidate *) a)->feature, *fb = ((const Candidate *) b)->feature;
  int ra = lc_feature_get_rank (fa), rb = lc_feature_get_rank (fb);

  if (ra != rb)
    return ra - rb;
  return kind_order (lc_feature_get_kind (fa)) - kind_order (lc_feature_get_kind (fb));
}

typedef struct
{
  double      size;
  PangoWeight weight;
  PangoStyle  style;
} LabelFont;

/* Larger and bolder for what matters more; italic for areas and mines. */
static LabelFont
label_font (LcFeature *feature)
{
  switch (lc_feature_get_kind (feature))
    {
    case LC_FEATURE_KIND_COUNTRY:
      return (LabelFont) { lc_map_is_main_country (feature) ? 15 : 12, PANGO_WEIGHT_SEMIBOLD,
                           PANGO_STYLE_NORMAL };
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
      return (LabelFont) { 12, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_ITALIC };
    case LC_FEATURE_KIND_REGION:
      return (LabelFont) { 16, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_ITALIC };
    case LC_FEATURE_KIND_CORRIDOR:
      return (LabelFont) { 14, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL };
    case LC_FEATURE_KIND_BLOCKADE:
      return (LabelFont) { 13, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL };
    case LC_FEATURE_KIND_CAPITAL:
      return (LabelFont) { 15, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL };
    case LC_FEATURE_KIND_CITY:
      return (LabelFont) { 13, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL };
    case LC_FEATURE_KIND_MINE:
      return (LabelFont) { 12, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_ITALIC };
    default:
      return (LabelFont) { 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL };
    }
}

/* The label's colour says what the symbol's does: blocked, operating. */
static const LcColor *
label_color (LcFeature          *feature,
             LcFeatureState      state,
             const LcMapPalette *palette)
{
  switch (lc_feature_get_kind (feature))
    {
    case LC_FEATURE_KIND_COUNTRY:
    case LC_FEATURE_KIND_REGION:
      return &palette->country_label;
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
      return &palette->territory;
    case LC_FEATURE_KIND_CORRIDOR:
      return state == LC_FEATURE_STATE_BLOCKED || state == LC_FEATURE_STATE_CLOSED
             ? &palette->corridor_blocked : &palette->corridor_open;
    case LC_FEATURE_KIND_BLOCKADE:
      return &palette->blockade;
    case LC_FEATURE_KIND_CAPITAL:
    case LC_FEATURE_KIND_CITY:
      return &palette->text;
    case LC_FEATURE_KIND_MINE:
      return state == LC_FEATURE_STATE_OPERATING ? &palette->mine : &palette->text_secondary;
    default:
      return &palette->text_secondary;
    }
}

static PangoLayout *
create_label_layout (LcMapRenderer       *self,
                     cairo_t             *cr,
                     LcFeature           *feature,
                     guint32              day,
                     const LcMapPalette  *palette,
                     const LcColor      **color)
{
  g_autofree char *name = lc_feature_dup_display_name (feature, self->names);
  LcFeatureKind kind = lc_feature_get_kind (feature);
  LabelFont font = label_font (feature);
  PangoLayout *layout;

  *color = label_color (feature, lc_feature_get_state_at (feature, day), palette);
  if (kind == LC_FEATURE_KIND_COUNTRY)
    {
      /* Countries in spaced capitals, as on printed maps. */
      g_autofree char *upper = g_utf8_strup (name, -1);
      PangoAttrList *attrs = pango_attr_list_new ();

      layout = lc_map_create_layout (cr, upper, font.size, font.weight, font.style);
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (3 * PANGO_SCALE));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      return layout;
    }

  layout = lc_map_create_layout (cr, name, font.size, font.weight, font.style);
  if (lc_map_is_area_kind (kind))
    {
      pango_layout_set_width (layout, 170 * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }

  return layout;
}

/* Whether @rect is on screen and clear of the first @n_occupied rects. */
static gboolean
rect_is_clear (const LcMapRect *rect,
               GArray          *occupied,
               guint            n_occupied,
               const LcMapRect *screen)
{
  if (rect->x < screen->x || rect->y < screen->y ||
      rect->x + rect->width > screen->x + screen->width ||
      rect->y + rect->height > screen->y + screen->height)
    return FALSE;

  for (guint i = 0; i < n_occupied && i < occupied->len; i++)
    if (lc_map_rects_overlap (rect, &g_array_index (occupied, LcMapRect, i)))
      return FALSE;

  return TRUE;
}

static gboolean
rect_is_free (const LcMapRect *rect,
              GArray          *occupied,
              const LcMapRect *screen)
{
  return rect_is_clear (rect, occupied, occupied->len, screen);
}

/* A region's name goes at the first of its points where it has room,
 * centred on it or a little off; where every place has a symbol in the
 * way, as when zoomed far out, over the symbols but clear of the panels
 * (the first @n_panels of @occupied): the region stays named at every
 * zoom where one of its points is on screen. */
static gboolean
place_region_label (LcMapRenderer   *self,
                    LcFeature       *feature,
                    double           width,
                    double           height,
                    GArray          *occupied,
                    guint            n_panels,
                    const LcMapRect *screen,
                    LcMapRect       *placed)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
  static const double shifts[][2] = {
    { 0.0, 0.0 }, { 0.0, -1.0 }, { 0.0, 1.0 }, { -0.4, 0.0 }, { 0.4, 0.0 }, { 0.0, -2.0 },
    { 0.0, 2.0 },
  };

  for (guint pass = 0; pass < 2; pass++)
    for (guint j = 0; j < cache->n_points; j++)
      {
        double x, y;

        lc_map_renderer_point_pixels (self, feature, j, &x, &y);
        for (guint k = 0; k < G_N_ELEMENTS (shifts); k++)
          {
            LcMapRect rect = { x - width / 2 + shifts[k][0] * width,
                               y - height / 2 + shifts[k][1] * height, width, height };

            if (rect_is_clear (&rect, occupied, pass == 0 ? occupied->len : n_panels, screen))
              {
                *placed = rect;
                return TRUE;
              }
          }
      }

  return FALSE;
}

/* An area's name goes at the inside point nearest its middle where it
 * has room, so that other names do not push it off the map. */
static gboolean
place_area_label (LcMapRenderer   *self,
                  LcFeature       *feature,
                  double           width,
                  double           height,
                  GArray          *occupied,
                  const LcMapRect *screen,
                  LcMapRect       *placed)
{
  g_autoptr(GArray) anchors = lc_map_renderer_area_anchors (self, feature, screen);

  for (guint i = 0; i + 1 < anchors->len; i += 2)
    {
      double x = g_array_index (anchors, double, i), y = g_array_index (anchors, double, i + 1);
      LcMapRect rect = { x - width / 2, y - height / 2, width, height };

      if (rect_is_free (&rect, occupied, screen))
        {
          *placed = rect;
          return TRUE;
        }
    }

  return FALSE;
}

/* Tries the places a label may go, best first; the first free one wins. */
static gboolean
place_label (LcFeature       *feature,
             double           ax,
             double           ay,
             double           width,
             double           height,
             GArray          *occupied,
             const LcMapRect *screen,
             LcMapRect       *placed)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  double r = lc_map_symbol_radius (kind) + 3;
  LcMapRect tries[4];
  guint n_tries = 0;

  if (lc_map_is_point_kind (kind))
    {
      tries[n_tries++] = (LcMapRect) { ax + r, ay - height / 2, width, height };
      tries[n_tries++] = (LcMapRect) { ax - r - width, ay - height / 2, width, height };
      tries[n_tries++] = (LcMapRect) { ax - width / 2, ay - r - height, width, height };
      tries[n_tries++] = (LcMapRect) { ax - width / 2, ay + r, width, height };
    }
  else if (lc_map_is_line_kind (kind))
    {
      tries[n_tries++] = (LcMapRect) { ax + 10, ay - height - 6, width, height };
      tries[n_tries++] = (LcMapRect) { ax - width - 10, ay + 6, width, height };
      tries[n_tries++] = (LcMapRect) { ax + 10, ay + 6, width, height };
      tries[n_tries++] = (LcMapRect) { ax - width - 10, ay - height - 6, width, height };
    }
  else
    tries[n_tries++] = (LcMapRect) { ax - width / 2, ay - height / 2, width, height };

  for (guint i = 0; i < n_tries; i++)
    {
      if (rect_is_free (&tries[i], occupied, screen))
        {
          *placed = tries[i];
          return TRUE;
        }
    }

  return FALSE;
}

/* Where a label goes: a region's and an area's by their own rules, the
 * others next to their anchor. */
static gboolean
place_any_label (LcMapRenderer   *self,
                 Candidate       *candidate,
                 double           width,
                 double           height,
                 GArray          *occupied,
                 guint            n_panels,
                 const LcMapRect *screen,
                 LcMapRect       *placed)
{
  LcFeatureKind kind = lc_feature_get_kind (candidate->feature);

  if (lc_map_is_region_kind (kind))
    return place_region_label (self, candidate->feature, width, height, occupied, n_panels, screen,
                               placed);
  if (lc_map_is_area_kind (kind))
    return place_area_label (self, candidate->feature, width, height, occupied, screen, placed);

  return place_label (candidate->feature, candidate->x, candidate->y, width, height, occupied,
                      screen, placed);
}

static void
add_symbol_rects (LcMapRenderer *self,
                  GPtrArray     *visible,
                  GArray        *occupied)
{
  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      double x, y, r = lc_map_symbol_radius (kind);
      LcMapRect rect;

      if (!lc_map_is_point_kind (kind))
        continue;
      lc_map_renderer_point_pixels (self, feature, 0, &x, &y);
      rect = (LcMapRect) { x - r, y - r, 2 * r, 2 * r };
      g_array_append_val (occupied, rect);
    }
}

void
lc_map_renderer_draw_labels (LcMapRenderer   *self,
                             LcMapFrame      *frame,
                             GArray          *occupied)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  const LcMapRect *screen = &frame->screen;
  cairo_t *cr = frame->cr;
  guint n_panels;

  g_array_set_size (self->labels, 0);
  n_panels = occupied->len;
  add_symbol_rects (self, frame->visible, occupied);

  for (guint i = 0; i < frame->visible->len; i++)
    {
      Candidate candidate = { g_ptr_array_index (frame->visible, i), 0, 0 };

      if (lc_map_renderer_on_screen (self, candidate.feature, screen) &&
          lc_map_renderer_anchor_in (self, candidate.feature, screen, &candidate.x, &candidate.y))
        g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      const LcColor *color;
      g_autoptr(PangoLayout) layout = create_label_layout (self, cr, candidate->feature,
                                                           frame->day, frame->palette, &color);
      PangoRectangle ink, logical;
      LcMapLabel label = { candidate->feature };
      LcMapRect placed;

      pango_layout_get_pixel_extents (layout, &ink, &logical);
      if (!place_any_label (self, candidate, logical.width, logical.height, occupied, n_panels,
                            screen, &placed))
        continue; /* hidden rather than overlapping */

      g_array_append_val (occupied, placed);
      lc_map_show_layout_with_halo (cr, layout, placed.x - logical.x, placed.y - logical.y,
                                    frame->palette, color);
      label.x = placed.x;
      label.y = placed.y;
      label.width = placed.width;
      label.height = placed.height;
      g_array_append_val (self->labels, label);
    }
}

/**
 * lc_map_renderer_get_labels:
 * @n_labels: (out): how many
 *
 * Returns: (transfer none) (array length=n_labels): the labels the last
 *   lc_map_renderer_draw() placed; none of them overlap
 */
const LcMapLabel *
lc_map_renderer_get_labels (LcMapRenderer *self,
                            guint         *n_labels)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  *n_labels = self->labels->len;
  return (const LcMapLabel *) (gpointer) self->labels->data;
}

static const char *
kind_name (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_COUNTRY: return _("country");
    case LC_FEATURE_KIND_TERRITORY: return _("territory");
    case LC_FEATURE_KIND_ZONE: return _("zone");
    case LC_FEATURE_KIND_CORRIDOR: return _("corridor road");
    case LC_FEATURE_KIND_ROAD: return _("road");
    case LC_FEATURE_KIND_CAPITAL: return _("capital");
    case LC_FEATURE_KIND_CITY: return _("town");
    case LC_FEATURE_KIND_VILLAGE: return _("village");
    case LC_FEATURE_KIND_SITE: return _("site");
    case LC_FEATURE_KIND_MINE: return _("mine");
    case LC_FEATURE_KIND_CHECKPOINT: return _("checkpoint");
    case LC_FEATURE_KIND_BLOCKADE: return _("blockade");
    case LC_FEATURE_KIND_REGION: return _("region");
    default: return "";
    }
}

static const char *
state_name (LcFeatureState state)
{
  switch (state)
    {
    case LC_FEATURE_STATE_OPEN: return _("open");
    case LC_FEATURE_STATE_BLOCKED: return _("blocked");
    case LC_FEATURE_STATE_CLOSED: return _("closed");
    case LC_FEATURE_STATE_OPERATING: return _("operating");
    case LC_FEATURE_STATE_SUSPENDED: return _("suspended");
    case LC_FEATURE_STATE_NORMAL:
    default:
      return NULL;
    }
}

/**
 * lc_map_renderer_describe_feature:
 * @day: the day whose state to tell
 *
 * A one-line description for tooltips and screen readers, such as
 * "Lachin Corridor, corridor road, blocked" or "Blockade site, blockade,
 * approximate position".
 *
 * Returns: (transfer full): the description
 */
char *
lc_map_renderer_describe_feature (LcMapRenderer *self,
                                  LcFeature     *feature,
                                  guint32        day)
{
  g_autofree char *name = NULL;
  const char *state;
  GString *text;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (LC_IS_FEATURE (feature), NULL);

  name = lc_feature_dup_display_name (feature, self->names);
  state = state_name (lc_feature_get_state_at (feature, day));
  /* Translators: a map feature's name and kind, e.g. "Goris, town" */
  text = g_string_new (NULL);
  g_string_printf (text, _("%s, %s"), name, kind_name (lc_feature_get_kind (feature)));
  if (state != NULL)
    g_string_append_printf (text, _(", %s"), state);
  if (lc_feature_get_approximate (feature))
    g_string_append (text, lc_map_is_point_kind (lc_feature_get_kind (feature))
                           ? _(", approximate position") : _(", approximate"));

  return g_string_free (text, FALSE);
}
