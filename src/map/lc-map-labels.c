/* lc-map-labels.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names: what each label says, in which order labels are placed, and
 * descriptions of features for tooltips and screen readers. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "lc-map-renderer-private.h"

/* Labels
 *
 * A label says a feature's name; a place with two sides' names has the
 * reader's first name on the first line and the other, smaller, beneath.
 * Labels are placed in the order of their priority (see label_priority()):
 * the story's own features first (corridor, blockade), then the key ones:
 * what the day's events and statements name, what they name before it
 * exists (faded, "from 10 Nov 2020"), the story's countries, capitals,
 * areas and its highest-ranked places; then the rest. Each keeps off the panels, the symbols, the lines and the areas'
 * outlines, and off the labels placed before it. A label that does not
 * fit is tried smaller, then with both names on one line; a key label
 * then with its first name only, before it is left out. The region's
 * name goes over symbols rather than nowhere. lc-map-placement.c finds
 * the places. */

#define SECONDARY_SCALE 0.8   /* the size of a label's second and third lines */
#define SMALLER_SCALE   0.85  /* the size a label is tried at when it does not fit */
#define SMALLEST_SCALE  0.75  /* and a key label last */
#define AREA_WRAP       170.0 /* pixels an area's name wraps at */

enum
{
  TIER_STORY,   /* the region, the corridor, the blockade */
  TIER_KEY,     /* the day's features, the story's countries, capitals and areas */
  TIER_OTHER,
};

typedef struct
{
  LcFeature *feature;
  gboolean   faded;
  guint      priority;  /* lower first */
} Candidate;

/* The order within a tier: the kinds that matter more first. */
static int
kind_order (LcFeatureKind kind)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_REGION: return 0;
    case LC_FEATURE_KIND_BLOCKADE: return 0;
    case LC_FEATURE_KIND_CORRIDOR: return 1;
    case LC_FEATURE_KIND_CAPITAL: return 2;
    case LC_FEATURE_KIND_CITY: return 3;
    case LC_FEATURE_KIND_MINE: return 4;
    case LC_FEATURE_KIND_CHECKPOINT: return 5;
    case LC_FEATURE_KIND_SITE: return 6;
    case LC_FEATURE_KIND_ROAD: return 7;
    case LC_FEATURE_KIND_TERRITORY: return 8;
    case LC_FEATURE_KIND_ZONE: return 9;
    case LC_FEATURE_KIND_COUNTRY: return 10;
    case LC_FEATURE_KIND_VILLAGE:
    default:
      return 11;
    }
}

static guint
label_tier (LcFeature *feature,
            gboolean   faded,
            GPtrArray *focus)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);

  if (faded)
    return TIER_KEY;
  if (kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_BLOCKADE ||
      lc_map_is_region_kind (kind))
    return TIER_STORY;
  if (g_ptr_array_find (focus, feature, NULL) || kind == LC_FEATURE_KIND_CAPITAL ||
      (kind == LC_FEATURE_KIND_COUNTRY && lc_map_is_main_country (feature)) ||
      (lc_map_is_area_kind (kind) && lc_feature_get_rank (feature) <= LC_MAP_KEY_AREA_RANK) ||
      (lc_map_is_point_kind (kind) && lc_feature_get_rank (feature) <= LC_MAP_KEY_PLACE_RANK))
    return TIER_KEY;

  return TIER_OTHER;
}

/* Lower first: by tier, then places before lines before areas (a place's
 * label has one anchor, an area's many), then rank, then kind. */
static guint
label_priority (LcFeature *feature,
                gboolean   faded,
                GPtrArray *focus)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  guint shape = lc_map_is_point_kind (kind) ? 0 : lc_map_is_line_kind (kind) ? 1 : 2;

  return label_tier (feature, faded, focus) * 10000 + shape * 1000 +
         MIN (lc_feature_get_rank (feature), 99) * 10 + kind_order (kind);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->priority != cb->priority)
    return ca->priority < cb->priority ? -1 : 1;
  /* The same inputs always give the same labels. */
  return g_strcmp0 (lc_feature_get_id (ca->feature), lc_feature_get_id (cb->feature));
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
             gboolean            faded,
             const LcMapPalette *palette)
{
  if (faded)
    return &palette->text_secondary;

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

/* What a label says, line by line: the name, the other side's name, and
 * when a feature shown before it exists begins. */
typedef struct
{
  char *name;
  char *other_name;
  char *both;        /* both names on one line, as the story writes them */
  char *note;
  char *loose;       /* the name with its date free to wrap, for the smallest size */
} LabelText;

static void
label_text_clear (LabelText *text)
{
  g_clear_pointer (&text->name, g_free);
  g_clear_pointer (&text->both, g_free);
  g_clear_pointer (&text->other_name, g_free);
  g_clear_pointer (&text->note, g_free);
  g_clear_pointer (&text->loose, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LabelText, label_text_clear)

/* With both names shown, the one the display name starts with is the
 * reader's first; the story decides the order. */
static void
split_names (LcFeature     *feature,
             LcPlaceNames   names,
             LabelText     *text)
{
  g_autofree char *shown = lc_feature_dup_display_name (feature, names);
  g_autofree char *armenian = NULL;
  g_autofree char *azerbaijani = NULL;
  gboolean armenian_first, azerbaijani_first;

  if (names == LC_PLACE_NAMES_BOTH)
    {
      armenian = lc_feature_dup_display_name (feature, LC_PLACE_NAMES_ARMENIAN);
      azerbaijani = lc_feature_dup_display_name (feature, LC_PLACE_NAMES_AZERBAIJANI);
    }
  /* Only a pair made of the two sides' names is split; a region, say,
   * shows a name of its own. */
  if (armenian == NULL || g_str_equal (armenian, azerbaijani) ||
      strstr (shown, armenian) == NULL || strstr (shown, azerbaijani) == NULL ||
      g_str_equal (shown, armenian) || g_str_equal (shown, azerbaijani))
    {
      text->name = g_steal_pointer (&shown);
      return;
    }

  armenian_first = g_str_has_prefix (shown, armenian);
  azerbaijani_first = g_str_has_prefix (shown, azerbaijani);
  /* One name may begin the other: the longer that begins it is first. */
  if (armenian_first && azerbaijani_first)
    azerbaijani_first = strlen (azerbaijani) > strlen (armenian);
  text->name = g_strdup (azerbaijani_first ? azerbaijani : armenian);
  text->other_name = g_strdup (azerbaijani_first ? armenian : azerbaijani);
  text->both = g_steal_pointer (&shown);
}

/* A date on a label, kept on one line where the label wraps. */
static char *
dup_label_date (guint32 day)
{
  g_autofree char *date = lc_day_format (day);
  g_autoptr(GString) text = g_string_new (date);

  g_string_replace (text, " ", "\u00a0", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
make_label_text (LcMapRenderer *self,
                 LcFeature     *feature,
                 gboolean       faded,
                 guint32        day,
                 LabelText     *text)
{
  guint32 from = lc_feature_get_from (feature);

  if (!faded && lc_feature_get_kind (feature) == LC_FEATURE_KIND_BLOCKADE && from != 0)
    {
      g_autofree char *date = dup_label_date (from);
      g_autofree char *loose_date = lc_day_format (from);

      /* Translators: a blockade's label on the map; %s is the day it began, "12 December 2022" */
      text->name = g_strdup_printf (_("Blockade since %s"), date);
      /* Where there is little room, the date wraps too: in Armenian it is
       * as long as the map is wide at 600 px. */
      text->loose = g_strdup_printf (_("Blockade since %s"), loose_date);
      return;
    }

  split_names (feature, self->names, text);
  if (faded)
    {
      g_autofree char *date = dup_label_date (from);

      /* Translators: under the name of a place or route shown faded before
       * it exists; %s is the day it begins, "10 November 2020" */
      text->note = g_strdup_printf (C_("map label", "from %s"), date);
    }
}

/* The ways a label may be drawn, the preferred first. */
typedef enum
{
  NAMES_STACKED,  /* the other name on a line of its own */
  NAMES_JOINED,   /* both on one line: "Shushi (Shusha)" */
  NAMES_FIRST,    /* the first name only */
} VariantNames;

typedef struct
{
  double       scale;
  VariantNames names;
  double       wrap;      /* pixels a long name wraps at, or 0 */
  gboolean     key_only;
} Variant;

static const Variant variants[] = {
  { 1.0, NAMES_STACKED, 0, FALSE },
  { SMALLER_SCALE, NAMES_STACKED, 150, FALSE },
  { SMALLER_SCALE, NAMES_JOINED, 150, FALSE },  /* for two names only */
  { SMALLER_SCALE, NAMES_FIRST, 150, TRUE },    /* for two names only */
  { SMALLEST_SCALE, NAMES_FIRST, 100, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (variants) == LC_MAP_LABEL_VARIANTS);

/* Whether the way of drawing is one a label tries. */
static gboolean
variant_applies (const Variant   *variant,
                 const LabelText *text,
                 gboolean         key)
{
  if (variant->key_only && !key)
    return FALSE;
  /* With one name, joined and first are the same as stacked. */
  return text->other_name != NULL || variant->names == NAMES_STACKED || variant->scale < SMALLER_SCALE;
}

static PangoLayout *
create_label_layout (cairo_t         *cr,
                     LcFeature       *feature,
                     const LabelText *text,
                     const Variant   *variant,
                     const LcMapRect *screen)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);
  LabelFont font = label_font (feature);
  double size = font.size * variant->scale;
  g_autoptr(GString) lines = g_string_new (NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  PangoLayout *layout;
  guint first_end;

  if (kind == LC_FEATURE_KIND_COUNTRY)
    {
      /* Countries in spaced capitals, as on printed maps. */
      g_autofree char *upper = g_utf8_strup (text->name, -1);

      g_string_append (lines, upper);
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (3 * variant->scale * PANGO_SCALE));
    }
  else if (variant->scale == SMALLEST_SCALE && text->loose != NULL)
    g_string_append (lines, text->loose);
  else
    g_string_append (lines, variant->names == NAMES_JOINED ? text->both : text->name);
  first_end = lines->len;
  if (text->other_name != NULL && variant->names == NAMES_STACKED)
    g_string_append_printf (lines, "\n%s", text->other_name);
  if (text->note != NULL)
    g_string_append_printf (lines, "\n%s", text->note);

  layout = lc_map_create_layout (cr, lines->str, size, font.weight, font.style);
  /* The lines under the name are smaller and plain. */
  attr = pango_attr_size_new_absolute (size * SECONDARY_SCALE * PANGO_SCALE);
  attr->start_index = first_end;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_weight_new (PANGO_WEIGHT_NORMAL);
  attr->start_index = first_end;
  pango_attr_list_insert (attrs, attr);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  if (lc_map_is_area_kind (kind))
    {
      double wrap = variant->wrap > 0 ? variant->wrap : AREA_WRAP;

      pango_layout_set_width (layout, (int) (MIN (wrap, screen->width / 2.5) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }
  else
    {
      PangoRectangle logical;

      /* As wide as its widest line, so that the lines can be aligned; a
       * long name wraps, but not a region's, which is one name. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_get_extents (layout, NULL, &logical);
      if (variant->wrap > 0 && logical.width > variant->wrap * PANGO_SCALE &&
          !lc_map_is_region_kind (kind))
        pango_layout_set_width (layout, variant->wrap * PANGO_SCALE);
      else
        pango_layout_set_width (layout, logical.width + 1);
    }

  return layout;
}

static LcMapLabelSize
layout_size (PangoLayout *layout)
{
  PangoRectangle logical, first;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (layout, 0), NULL, &first);

  return (LcMapLabelSize) { logical.width, logical.height, first.height };
}

/* What the label keeps off: every place's symbol, every line, and the
 * outlines of areas other than countries. */
static void
add_line_segment (double   x0,
                  double   y0,
                  double   x1,
                  double   y1,
                  gpointer data)
{
  lc_map_obstacles_add_segment (data, FALSE, x0, y0, x1, y1);
}

static void
add_outline_segment (double   x0,
                     double   y0,
                     double   x1,
                     double   y1,
                     gpointer data)
{
  lc_map_obstacles_add_segment (data, TRUE, x0, y0, x1, y1);
}

static void
add_feature_obstacles (LcMapRenderer  *self,
                       LcFeature      *feature,
                       LcMapObstacles *obstacles)
{
  LcFeatureKind kind = lc_feature_get_kind (feature);

  if (lc_map_is_point_kind (kind))
    {
      LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
      double r = lc_map_symbol_radius (kind);

      for (guint j = 0; j < cache->n_points; j++)
        {
          double x, y;

          lc_map_renderer_point_pixels (self, feature, j, &x, &y);
          lc_map_obstacles_add_place (obstacles, x, y, r);
        }
    }
  else if (lc_map_is_line_kind (kind))
    lc_map_renderer_each_segment (self, feature, FALSE, add_line_segment, obstacles);
  else if (lc_map_is_area_kind (kind))
    lc_map_renderer_each_segment (self, feature, TRUE, add_outline_segment, obstacles);
}

static void
add_candidates (LcMapRenderer *self,
                LcMapFrame    *frame,
                GPtrArray     *features,
                gboolean       faded,
                GArray        *candidates)
{
  for (guint i = 0; i < features->len; i++)
    {
      Candidate candidate = { g_ptr_array_index (features, i), faded, 0 };

      /* A closed route is told by the legend: it runs where the new one does. */
      if (faded && lc_feature_get_from (candidate.feature) <= frame->day)
        continue;
      if (!lc_map_renderer_on_screen (self, candidate.feature, &frame->screen))
        continue;
      candidate.priority = label_priority (candidate.feature, faded, frame->focus);
      g_array_append_val (candidates, candidate);
    }
}

/* A region's points on screen, in the story's order. */
static GArray *
region_anchors (LcMapRenderer   *self,
                LcFeature       *feature,
                const LcMapRect *screen)
{
  LcMapFeatureCache *cache = lc_map_renderer_get_cache (self, feature);
  GArray *anchors = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint j = 0; j < cache->n_points; j++)
    {
      double x, y;

      lc_map_renderer_point_pixels (self, feature, j, &x, &y);
      if (x < screen->x || y < screen->y || x >= screen->x + screen->width ||
          y >= screen->y + screen->height)
        continue;
      g_array_append_val (anchors, x);
      g_array_append_val (anchors, y);
    }

  return anchors;
}

/* A country's name goes in the country, not over an area drawn on it:
 * anchors inside a visible area go last. */
static GArray *
country_anchors (LcMapRenderer   *self,
                 LcFeature       *feature,
                 GPtrArray       *visible,
                 const LcMapRect *screen)
{
  g_autoptr(GArray) anchors = lc_map_renderer_area_anchors (self, feature, screen);
  GArray *outside = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i + 1 < anchors->len; i += 2)
    {
      double *xy = &g_array_index (anchors, double, i);
      gboolean in_area = FALSE;

      for (guint j = 0; j < visible->len && !in_area; j++)
        {
          LcFeature *area = g_ptr_array_index (visible, j);

          in_area = lc_map_is_area_kind (lc_feature_get_kind (area)) &&
                    lc_map_renderer_point_in (self, area, xy[0], xy[1]);
        }
      g_array_append_vals (in_area ? inside : outside, xy, 2);
    }
  g_array_append_vals (outside, inside->data, inside->len);

  return outside;
}

/* Where a feature's label may go, best first, as x, y pairs. */
static GArray *
label_anchors (LcMapRenderer   *self,
               LcMapFrame      *frame,
               LcFeature       *feature,
               LcMapAnchorType *type)
{
  const LcMapRect *screen = &frame->screen;
  LcFeatureKind kind = lc_feature_get_kind (feature);
  GArray *anchors;
  double x, y;

  if (lc_map_is_line_kind (kind))
    {
      *type = LC_MAP_ANCHOR_LINE;
      return lc_map_renderer_line_anchors (self, feature, screen);
    }
  if (lc_map_is_region_kind (kind))
    {
      *type = LC_MAP_ANCHOR_REGION;
      return region_anchors (self, feature, screen);
    }
  if (!lc_map_is_point_kind (kind))
    {
      *type = LC_MAP_ANCHOR_CENTRE;
      if (kind == LC_FEATURE_KIND_COUNTRY)
        return country_anchors (self, feature, frame->visible, screen);
      return lc_map_renderer_area_anchors (self, feature, screen);
    }

  *type = LC_MAP_ANCHOR_POINT;
  anchors = g_array_new (FALSE, FALSE, sizeof (double));
  if (lc_map_renderer_anchor_in (self, feature, screen, &x, &y))
    {
      g_array_append_val (anchors, x);
      g_array_append_val (anchors, y);
    }

  return anchors;
}

static void
clear_label (gpointer data)
{
  g_free (((LcMapLabel *) data)->text);
}

/* Lines up a multi-line label on the side of its anchor it is on. */
static void
align_layout (PangoLayout     *layout,
              LcMapLabelAlign  align)
{
  pango_layout_set_alignment (layout, align == LC_MAP_LABEL_ALIGN_START ? PANGO_ALIGN_LEFT :
                                      align == LC_MAP_LABEL_ALIGN_END ? PANGO_ALIGN_RIGHT
                                                                      : PANGO_ALIGN_CENTER);
}

/* A thin line from the edge of a place's symbols to its label. */
static void
draw_leader (LcMapFrame           *frame,
             const LcMapPlacement *placement)
{
  cairo_t *cr = frame->cr;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, placement->leader_from[0], placement->leader_from[1]);
  cairo_line_to (cr, placement->leader_to[0], placement->leader_to[1]);
  lc_map_set_color (cr, &frame->palette->halo);
  cairo_set_line_width (cr, 3.0);
  cairo_stroke_preserve (cr);
  lc_map_set_color (cr, &frame->palette->text_secondary);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A candidate's label: what it says, the ways it may be drawn, where it
 * may go, and where it went. */
typedef struct
{
  Candidate          candidate;
  gboolean           key;
  LabelText          text;
  LcMapLabelLayouts *layouts;   /* one a size, kept from frame to frame */
  GArray            *anchors;
  LcMapLabelRequest  request;
  gboolean           placed;
  LcMapPlacement     placement;
} Label;

static void
clear_label_plan (Label *label)
{
  label_text_clear (&label->text);
  label->layouts = NULL;
  g_clear_pointer (&label->anchors, g_array_unref);
}

/* The label's layouts, made the first time it is drawn so. */
static LcMapLabelLayouts *
label_layouts (LcMapRenderer   *self,
               LcMapFrame      *frame,
               const Candidate *candidate,
               gboolean         key)
{
  g_auto(LabelText) text = { NULL };
  LcMapLabelLayouts *layouts;
  gboolean created;
  int width = 0;

  /* An area's name wraps at a part of the screen's width. */
  if (lc_map_is_area_kind (lc_feature_get_kind (candidate->feature)))
    width = (int) frame->screen.width;
  layouts = lc_map_label_cache_lookup (self, candidate->feature, candidate->faded, key, width,
                                       &created);
  if (!created)
    return layouts;

  make_label_text (self, candidate->feature, candidate->faded, frame->day, &text);
  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      PangoLayout *layout;

      if (!variant_applies (&variants[v], &text, key))
        continue;
      layout = create_label_layout (frame->cr, candidate->feature, &text, &variants[v],
                                    &frame->screen);
      layouts->sizes[layouts->n_variants] = layout_size (layout);
      self->n_label_layouts++;
      layouts->layouts[layouts->n_variants++] = layout;
    }

  return layouts;
}

/* Makes the label's layouts and request; %FALSE if it has no anchor. */
static gboolean
prepare_label (LcMapRenderer   *self,
               LcMapFrame      *frame,
               const Candidate *candidate,
               Label           *label)
{
  LcMapLabelRequest *request = &label->request;

  *label = (Label) { .candidate = *candidate };
  label->key = candidate->priority < (TIER_KEY + 1) * 10000;
  label->anchors = label_anchors (self, frame, candidate->feature, &request->type);
  if (label->anchors->len == 0)
    return FALSE;

  label->layouts = label_layouts (self, frame, candidate, label->key);
  request->anchors = (const double *) (gconstpointer) label->anchors->data;
  request->n_anchors = label->anchors->len / 2;
  /* A key place in a crowd may be named further out, with a leader; a
   * key area too small for its name is named beside it. A country never:
   * beside it is another country. */
  request->leader = label->key;
  if (label->key && lc_map_is_area_kind (lc_feature_get_kind (candidate->feature)))
    request->beside = lc_map_renderer_visible_box (self, candidate->feature, &frame->screen,
                                                   &request->box);
  request->radius = lc_map_symbol_radius (lc_feature_get_kind (candidate->feature));
  request->sizes = label->layouts->sizes;
  request->n_sizes = label->layouts->n_variants;
  /* The region stays named at every zoom where it is in view. */
  request->over_symbols = lc_map_is_region_kind (lc_feature_get_kind (candidate->feature));

  return TRUE;
}

/* Places the key labels in two rounds: first each at its smallest size,
 * so that no key label's larger size takes another's only room; then
 * each, in order, as large as the room left allows. */
static void
place_key_labels (Label          *labels,
                  guint           n_labels,
                  LcMapObstacles *obstacles)
{
  for (guint i = 0; i < n_labels; i++)
    {
      Label *label = &labels[i];
      LcMapLabelRequest smallest = label->request;

      if (!label->key)
        continue;
      smallest.sizes += smallest.n_sizes - 1;
      smallest.n_sizes = 1;
      label->placed = lc_map_place_label (obstacles, &smallest, &label->placement);
      label->placement.variant = label->request.n_sizes - 1;
    }

  for (guint i = 0; i < n_labels; i++)
    {
      Label *label = &labels[i];
      LcMapPlacement larger;

      if (!label->key)
        continue;
      if (label->placed)
        lc_map_obstacles_forget (obstacles, &label->placement);
      if (lc_map_place_label (obstacles, &label->request, &larger))
        {
          label->placement = larger;
          label->placed = TRUE;
        }
      else if (label->placed)
        lc_map_obstacles_keep (obstacles, &label->request, &label->placement);
    }
}

static void
draw_label (LcMapRenderer *self,
            LcMapFrame    *frame,
            Label         *label)
{
  const Candidate *candidate = &label->candidate;
  LcFeatureState state = lc_feature_get_state_at (candidate->feature, frame->day);
  LcMapPlacement *placement = &label->placement;
  PangoLayout *layout = label->layouts->layouts[placement->variant];
  const LcColor *color = label_color (candidate->feature, state, candidate->faded, frame->palette);
  LcMapLabel placed = { candidate->feature };
  PangoRectangle logical;
  double x, y;

  if (placement->leader)
    draw_leader (frame, placement);
  align_layout (layout, placement->align);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  /* The text starts at a whole pixel, in the widget and in exports alike:
   * half a pixel off its place cannot be seen, and a view moved by any
   * amount then keeps the text's images (lc_map_show_text_image()). */
  x = round (placement->rect.x - logical.x);
  y = round (placement->rect.y - logical.y);
  if (self->cache_scale > 0)
    lc_map_show_text_image (self, frame->cr, &label->layouts->images[placement->variant], layout,
                            self->cache_scale, self->moving, x, y, color, &frame->palette->halo);
  else
    lc_map_show_layout (frame->cr, layout, x, y, color, &frame->palette->halo);

  placed.x = placement->rect.x;
  placed.y = placement->rect.y;
  placed.width = placement->rect.width;
  placed.height = placement->rect.height;
  placed.text = g_strdup (pango_layout_get_text (layout));
  placed.key = label->key;
  g_array_append_val (self->labels, placed);
}

/**
 * lc_map_renderer_draw_labels:
 * @occupied: (element-type LcMapRect): the panels' boxes, which labels
 *   keep out of
 *
 * Places and draws the labels of the visible and the faded features, in
 * the order of their priority: the key labels first (see
 * place_key_labels()), then the others, each where there is room.
 */
void
lc_map_renderer_draw_labels (LcMapRenderer *self,
                             LcMapFrame    *frame,
                             GArray        *occupied)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_auto(LcMapObstacles) obstacles = { { 0 } };
  GPtrArray *sets[] = { frame->visible, frame->faded };
  g_autofree Label *labels = NULL;
  guint n_labels = 0;

  g_array_set_size (self->labels, 0);
  lc_map_label_cache_begin (self);
  lc_map_obstacles_init (&obstacles, &frame->screen);
  for (guint i = 0; i < occupied->len; i++)
    lc_map_obstacles_add_rect (&obstacles, &g_array_index (occupied, LcMapRect, i));
  obstacles.n_panels = occupied->len;
  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (guint i = 0; i < sets[s]->len; i++)
      add_feature_obstacles (self, g_ptr_array_index (sets[s], i), &obstacles);
  obstacles.n_static = obstacles.rects->len;

  add_candidates (self, frame, frame->visible, FALSE, candidates);
  add_candidates (self, frame, frame->faded, TRUE, candidates);
  g_array_sort (candidates, compare_candidates);

  labels = g_new0 (Label, candidates->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      if (prepare_label (self, frame, &g_array_index (candidates, Candidate, i), &labels[n_labels]))
        n_labels++;
      else
        clear_label_plan (&labels[n_labels]);
    }

  place_key_labels (labels, n_labels, &obstacles);
  for (guint i = 0; i < n_labels; i++)
    {
      if (!labels[i].key)
        labels[i].placed = lc_map_place_label (&obstacles, &labels[i].request, &labels[i].placement);
      if (labels[i].placed)
        draw_label (self, frame, &labels[i]);
      clear_label_plan (&labels[i]);
    }
}

/**
 * lc_map_renderer_get_labels:
 * @n_labels: (out): how many
 *
 * Returns: (transfer none) (array length=n_labels): the labels the last
 *   lc_map_renderer_draw() placed, in the order they were placed; none of
 *   them overlap
 */
const LcMapLabel *
lc_map_renderer_get_labels (LcMapRenderer *self,
                            guint         *n_labels)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  *n_labels = self->labels->len;
  return (const LcMapLabel *) (gpointer) self->labels->data;
}

/* The labels' array, which owns their texts. */
GArray *
lc_map_labels_new (void)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (LcMapLabel));

  g_array_set_clear_func (labels, clear_label);
  return labels;
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
 * lc_map_dup_feature_facts:
 * @day: the day whose state to tell
 *
 * What @feature is on @day, without its name: its kind, its state and
 * whether its place is approximate, such as "corridor road, blocked" or
 * "blockade, approximate position".
 *
 * Returns: (transfer full): the facts
 */
char *
lc_map_dup_feature_facts (LcFeature *feature,
                          guint32    day)
{
  const char *state;
  GString *text;

  g_return_val_if_fail (LC_IS_FEATURE (feature), NULL);

  state = state_name (lc_feature_get_state_at (feature, day));
  text = g_string_new (kind_name (lc_feature_get_kind (feature)));
  if (state != NULL)
    g_string_append_printf (text, _(", %s"), state);
  if (lc_feature_get_approximate (feature))
    g_string_append (text, lc_map_is_point_kind (lc_feature_get_kind (feature))
                           ? _(", approximate position") : _(", approximate"));

  return g_string_free (text, FALSE);
}

/**
 * lc_map_renderer_describe_feature:
 * @day: the day whose state to tell
 *
 * A one-line description for tooltips and screen readers, such as
 * "Lachin Corridor, corridor road, blocked" or "Blockade site, blockade,
 * approximate position": the name in the renderer's place names, then
 * lc_map_dup_feature_facts().
 *
 * Returns: (transfer full): the description
 */
char *
lc_map_renderer_describe_feature (LcMapRenderer *self,
                                  LcFeature     *feature,
                                  guint32        day)
{
  g_autofree char *name = NULL;
  g_autofree char *facts = NULL;

  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (LC_IS_FEATURE (feature), NULL);

  name = lc_feature_dup_display_name (feature, self->names);
  facts = lc_map_dup_feature_facts (feature, day);
  /* Translators: a map feature's name and kind, e.g. "Goris, town" */
  return g_strdup_printf (_("%s, %s"), name, facts);
}
