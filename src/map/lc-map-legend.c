/* lc-map-legend.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The panels over the map: the legend of what is on screen, the scale bar
 * with the attribution, and the locator inset. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "lc-map-renderer-private.h"

#define INSET_WIDTH      190.0
#define INSET_MIN_WIDTH  760.0 /* a smaller view has no room for the locator */
#define INSET_MIN_HEIGHT 560.0

/* LcMapLegend, scale bar, locator, attribution */

typedef enum
{
  SWATCH_LINE_OPEN,
  SWATCH_LINE_BLOCKED,
  SWATCH_ROAD,
  SWATCH_AREA,
  SWATCH_SYMBOL,
  SWATCH_LINE_CLOSED,
  SWATCH_NOT_YET,
} SwatchType;

typedef struct
{
  SwatchType      swatch;
  LcFeatureKind   kind;
  LcFeatureState  state;
  char           *text;
} LegendEntry;

static void
clear_legend_entry (gpointer data)
{
  g_free (((LegendEntry *) data)->text);
}

static const char *
point_kind_legend (LcFeatureKind  kind,
                   LcFeatureState state)
{
  switch (kind)
    {
    case LC_FEATURE_KIND_CAPITAL: return _("Capital");
    case LC_FEATURE_KIND_CITY: return _("Town");
    case LC_FEATURE_KIND_VILLAGE: return _("Village");
    case LC_FEATURE_KIND_MINE:
      if (lc_map_is_stopped (state))
        return _("Mine, suspended");
      return state == LC_FEATURE_STATE_OPERATING ? _("Mine, operating") : _("Mine");
    case LC_FEATURE_KIND_BLOCKADE: return _("Blockade");
    case LC_FEATURE_KIND_CHECKPOINT: return _("Checkpoint");
    case LC_FEATURE_KIND_SITE: return _("Site");
    case LC_FEATURE_KIND_COUNTRY:
    case LC_FEATURE_KIND_TERRITORY:
    case LC_FEATURE_KIND_ZONE:
    case LC_FEATURE_KIND_CORRIDOR:
    case LC_FEATURE_KIND_ROAD:
    default:
      return NULL;
    }
}

static gboolean
has_entry (GArray     *entries,
           SwatchType  swatch,
           const char *text)
{
  for (guint i = 0; i < entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, i);

      if (entry->swatch == swatch && g_strcmp0 (entry->text, text) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
add_entry (GArray         *entries,
           SwatchType      swatch,
           LcFeatureKind   kind,
           LcFeatureState  state,
           const char     *text)
{
  LegendEntry entry = { swatch, kind, state, g_strdup (text) };

  if (!has_entry (entries, swatch, text))
    g_array_append_val (entries, entry);
  else
    g_free (entry.text);
}

/* Closed routes, with the day they closed, and features shown before
 * they exist. */
static void
add_faded_entries (LcMapRenderer    *self,
                   const LcMapFrame *frame,
                   GArray           *entries)
{
  for (guint i = 0; i < frame->faded->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (frame->faded, i);

      if (!lc_map_renderer_on_screen (self, feature, &frame->screen))
        continue;
      if (lc_feature_get_from (feature) <= frame->day)
        {
          g_autofree char *date = lc_day_format (lc_feature_get_until (feature));
          /* Translators: in the legend, a route drawn faded after it closed;
           * %s is the day it closed, "30 August 2022" */
          g_autofree char *text = g_strdup_printf (_("Route until %s"), date);

          add_entry (entries, SWATCH_LINE_CLOSED, lc_feature_get_kind (feature),
                     LC_FEATURE_STATE_NORMAL, text);
        }
      else
        add_entry (entries, SWATCH_NOT_YET, lc_feature_get_kind (feature), LC_FEATURE_STATE_NORMAL,
                   /* Translators: in the legend, what is drawn faded because the
                    * day's story names it before it exists */
                   _("Not yet in place, from the date shown"));
    }
}

/* What is on screen, once each, in drawing order: the legend says only
 * what the reader can see. */
static GArray *
collect_legend (LcMapRenderer    *self,
                const LcMapFrame *frame,
                gboolean         *any_approximate)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (LegendEntry));
  GPtrArray *visible = frame->visible;
  const LcMapRect *screen = &frame->screen;
  guint32 day = frame->day;

  g_array_set_clear_func (entries, clear_legend_entry);
  *any_approximate = FALSE;

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcFeatureKind kind = lc_feature_get_kind (feature);
      LcFeatureState state = lc_feature_get_state_at (feature, day);
      gboolean stopped = state == LC_FEATURE_STATE_BLOCKED || state == LC_FEATURE_STATE_CLOSED;

      /* Countries and regions are named on the map itself. */
      if (kind == LC_FEATURE_KIND_COUNTRY || lc_map_is_region_kind (kind) ||
          !lc_map_renderer_on_screen (self, feature, screen))
        continue;
      *any_approximate |= lc_feature_get_approximate (feature);

      if (lc_map_is_area_kind (kind))
        {
          g_autofree char *name = lc_feature_dup_display_name (feature, self->names);

          add_entry (entries, SWATCH_AREA, kind, state, name);
        }
      else if (kind == LC_FEATURE_KIND_CORRIDOR)
        add_entry (entries, stopped ? SWATCH_LINE_BLOCKED : SWATCH_LINE_OPEN, kind, state,
                   stopped ? _("Corridor road, blocked") : _("Corridor road, open"));
      else if (kind == LC_FEATURE_KIND_ROAD)
        add_entry (entries, stopped ? SWATCH_LINE_BLOCKED : SWATCH_ROAD, kind, state,
                   stopped ? _("Road, blocked") : _("Road"));
      else
        add_entry (entries, SWATCH_SYMBOL, kind, state, point_kind_legend (kind, state));
    }

  add_faded_entries (self, frame, entries);

  return entries;
}

static void
draw_swatch (cairo_t            *cr,
             const LegendEntry  *entry,
             double              x,
             double              y,
             const LcMapPalette *palette)
{
  double dash[] = { 7.0, 5.0 };

  cairo_new_path (cr);
  switch (entry->swatch)
    {
    case SWATCH_LINE_OPEN:
    case SWATCH_LINE_BLOCKED:
    case SWATCH_ROAD:
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 24, y);
      lc_map_set_color (cr, &palette->casing);
      cairo_set_line_width (cr, 6);
      cairo_stroke_preserve (cr);
      lc_map_set_color (cr, entry->swatch == SWATCH_LINE_OPEN ? &palette->corridor_open :
                            entry->swatch == SWATCH_ROAD ? &palette->road : &palette->corridor_blocked);
      cairo_set_line_width (cr, entry->swatch == SWATCH_ROAD ? 2 : 4);
      cairo_set_dash (cr, dash, entry->swatch == SWATCH_LINE_BLOCKED ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (entry->swatch == SWATCH_LINE_BLOCKED)
        {
          cairo_move_to (cr, x + 8, y - 4);
          cairo_line_to (cr, x + 16, y + 4);
          cairo_move_to (cr, x + 8, y + 4);
          cairo_line_to (cr, x + 16, y - 4);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
      break;

    case SWATCH_AREA:
      {
        cairo_pattern_t *hatch = lc_map_create_hatch (&palette->territory);

        cairo_rectangle (cr, x + 2, y - 7, 20, 14);
        lc_map_set_color_alpha (cr, &palette->territory, 0.12);
        cairo_fill_preserve (cr);
        cairo_set_source (cr, hatch);
        cairo_fill_preserve (cr);
        cairo_pattern_destroy (hatch);
        lc_map_set_color (cr, &palette->territory);
        cairo_set_line_width (cr, 1.5);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
      }
      break;

    case SWATCH_LINE_CLOSED:
    case SWATCH_NOT_YET:
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 24, y);
      lc_map_set_color_alpha (cr, entry->swatch == SWATCH_NOT_YET ? &palette->territory
                                                                  : &palette->road, 0.8);
      cairo_set_line_width (cr, 2.5);
      cairo_set_dash (cr, (double[]) { 4.0, 4.0 }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case SWATCH_SYMBOL:
    default:
      lc_map_draw_symbol (cr, entry->kind, entry->state, x + 12, y, palette);
      break;
    }
}

#define LEGEND_ROW     20.0
#define LEGEND_PADDING 10.0
#define TIGHT_ROW      16.0
#define TIGHT_PADDING  6.0
#define LEGEND_SWATCH  32.0
#define LEGEND_COMPACT 640.0  /* narrower views get a two-column legend */
#define LEGEND_MIN_TEXT 90.0  /* narrower columns of text make one column */
#define LEGEND_MIN_TEXT_BESIDE 130.0

void
lc_map_legend_clear (LcMapLegend *legend)
{
  g_clear_pointer (&legend->entries, g_array_unref);
  g_clear_object (&legend->title);
  g_clear_object (&legend->note);
  g_clear_pointer (&legend->texts, g_ptr_array_unref);
  g_clear_pointer (&legend->key, g_bytes_unref);
  g_clear_pointer (&legend->image_key, g_bytes_unref);
}

/* The height of the row of entries that starts with entry @first. */
static double
legend_row_height (LcMapLegend *legend,
                   guint        first)
{
  double row = legend->tight ? TIGHT_ROW : LEGEND_ROW;

  for (guint i = first; i < MIN (first + legend->columns, legend->texts->len); i++)
    {
      PangoRectangle extents;

      pango_layout_get_pixel_extents (g_ptr_array_index (legend->texts, i), NULL, &extents);
      row = MAX (row, extents.height + 4);
    }

  return row;
}

/* What the legend's entries are laid out from: the entries, the width
 * they wrap at and the fonts. */
static GBytes *
legend_key (LcMapRenderer *self,
            GArray        *entries,
            double         text_width,
            gboolean       compact,
            guint          columns,
            gboolean       tight,
            gboolean       any_approximate)
{
  GByteArray *key = g_byte_array_new ();
  guint serial = self->pango != NULL ? pango_context_get_serial (self->pango) : 0;

  g_byte_array_append (key, (const guint8 *) &serial, sizeof serial);
  g_byte_array_append (key, (const guint8 *) &text_width, sizeof text_width);
  g_byte_array_append (key, (const guint8 *) &compact, sizeof compact);
  g_byte_array_append (key, (const guint8 *) &columns, sizeof columns);
  g_byte_array_append (key, (const guint8 *) &tight, sizeof tight);
  g_byte_array_append (key, (const guint8 *) &any_approximate, sizeof any_approximate);
  for (guint i = 0; i < entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, i);
      int fields[] = { entry->swatch, entry->kind, entry->state };
      const char *text = entry->text != NULL ? entry->text : "";

      g_byte_array_append (key, (const guint8 *) fields, sizeof fields);
      g_byte_array_append (key, (const guint8 *) text, strlen (text) + 1);
    }

  return g_byte_array_free_to_bytes (key);
}

/* Lays out the legend's entries. */
static void
lay_out_entries (LcMapFrame  *frame,
                 LcMapLegend *legend,
                 double       text_width,
                 gboolean     compact,
                 guint        columns)
{
  legend->texts = g_ptr_array_new_with_free_func (g_object_unref);
  legend->columns = columns;
  legend->column_width = 0;

  for (guint i = 0; i < legend->entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (legend->entries, LegendEntry, i);
      PangoLayout *text = lc_map_create_layout (frame->cr, entry->text,
                                                legend->tight ? 10 : compact ? 11 : 12,
                                                PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
      PangoRectangle extents;

      pango_layout_set_width (text, (int) MAX (text_width, 60) * PANGO_SCALE);
      pango_layout_set_wrap (text, PANGO_WRAP_WORD);
      pango_layout_get_pixel_extents (text, NULL, &extents);
      legend->column_width = MAX (legend->column_width, LEGEND_SWATCH + extents.width + 6);
      g_ptr_array_add (legend->texts, text);
    }
}

/* Its note on approximate places, wrapped at @width. */
static void
lay_out_note (LcMapFrame  *frame,
              LcMapLegend *legend,
              double       width)
{
  if (legend->note != NULL && legend->note_width == width)
    return;

  g_clear_object (&legend->note);
  legend->note = lc_map_create_layout (frame->cr,
                                       _("Boundaries, routes and marked positions are approximate"),
                                       legend->tight ? 10 : 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
  pango_layout_set_width (legend->note, (int) width * PANGO_SCALE);
  pango_layout_set_wrap (legend->note, PANGO_WRAP_WORD);
  legend->note_width = width;
}

/* Makes @kept the legend of @entries on @date, keeping what it has of it:
 * the entries' layouts while they say the same, the title while the day
 * is the same, the note while it wraps at the same width. */
static void
update_legend (LcMapRenderer *self,
               LcMapFrame    *frame,
               LcMapLegend   *kept,
               GArray        *entries,
               const char    *date,
               double         text_width,
               gboolean       compact,
               guint          columns,
               double         max_text,
               gboolean       tight,
               gboolean       any_approximate)
{
  g_autoptr(GBytes) key = legend_key (self, entries, text_width, compact, columns, tight,
                                      any_approximate);
  double padding = tight ? TIGHT_PADDING : LEGEND_PADDING;
  g_autoptr(GByteArray) image_key = NULL;
  PangoRectangle extents;
  double width, height;
  int title_height;

  if (kept->key == NULL || !g_bytes_equal (kept->key, key))
    {
      lc_map_legend_clear (kept);
      kept->tight = tight;
      kept->entries = g_array_ref (entries);
      kept->key = g_steal_pointer (&key);
      lay_out_entries (frame, kept, text_width, compact, columns);
    }
  if (kept->title == NULL || g_strcmp0 (pango_layout_get_text (kept->title), date) != 0)
    {
      g_clear_object (&kept->title);
      kept->title = lc_map_create_layout (frame->cr, date, tight ? 12 : 13, PANGO_WEIGHT_BOLD,
                                          PANGO_STYLE_NORMAL);
    }

  pango_layout_get_pixel_extents (kept->title, NULL, &extents);
  width = extents.width;
  height = extents.height + 6;
  title_height = extents.height;
  for (guint i = 0; i < kept->entries->len; i += kept->columns)
    height += legend_row_height (kept, i);
  width = MAX (width, kept->column_width * kept->columns);

  if (any_approximate)
    {
      /* At least 200 px, where there is room: not a tall narrow column. */
      lay_out_note (frame, kept, MAX (width, MIN (200, max_text)));
      pango_layout_get_pixel_extents (kept->note, NULL, &extents);
      width = MAX (width, extents.width);
      height += extents.height + 6;
    }
  else
    g_clear_object (&kept->note);

  kept->rect = (LcMapRect) { 0, 0, width + 2 * padding, height + 2 * padding };

  /* What its image shows: all but the title, below the title. */
  image_key = g_byte_array_new ();
  g_byte_array_append (image_key, g_bytes_get_data (kept->key, NULL),
                       g_bytes_get_size (kept->key));
  g_byte_array_append (image_key, (const guint8 *) &kept->note_width, sizeof kept->note_width);
  g_byte_array_append (image_key, (const guint8 *) &title_height, sizeof title_height);
  g_clear_pointer (&kept->image_key, g_bytes_unref);
  kept->image_key = g_byte_array_free_to_bytes (g_steal_pointer (&image_key));
}

/**
 * lc_map_renderer_layout_legend:
 * @max_width: the width its box may take
 * @fit: where it goes: each way is kept apart, so that a frame that lays
 *   out more than one shares them all with the next
 *
 * Lays out the legend of what @frame shows, in the bottom-left corner:
 * in one column, or on views narrower than LEGEND_COMPACT in two of
 * smaller text, or one where two would be narrower than LEGEND_MIN_TEXT
 * (beside the buttons, LEGEND_MIN_TEXT_BESIDE).
 * The renderer keeps the last legend's layouts; a frame whose legend says
 * the same, as most frames' do, shares them.
 */
void
lc_map_renderer_layout_legend (LcMapRenderer   *self,
                               LcMapFrame      *frame,
                               double           max_width,
                               LcMapLegendFit   fit,
                               LcMapLegend     *legend)
{
  const LcMapRect *screen = &frame->screen;
  g_autofree char *date = lc_day_format (frame->day);
  g_autoptr(GArray) entries = NULL;
  LcMapLegend *kept = &self->legends[fit];
  gboolean any_approximate;
  gboolean beside = fit != LC_MAP_LEGEND_CORNER, tight = fit == LC_MAP_LEGEND_TIGHT;
  gboolean compact = max_width + 2 * LC_MAP_MARGIN < LEGEND_COMPACT;
  double inner = max_width - 2 * (tight ? TIGHT_PADDING : LEGEND_PADDING);
  double text_width = compact ? inner / 2 - LEGEND_SWATCH - 6 : 230;
  guint columns = compact ? 2 : 1;

  /* Narrow columns make one: beside the buttons, where long words would
   * widen them past its room, a wider least. */
  if (compact && text_width < (beside ? LEGEND_MIN_TEXT_BESIDE : LEGEND_MIN_TEXT))
    {
      columns = 1;
      text_width = inner - LEGEND_SWATCH - 6;
    }

  entries = collect_legend (self, frame, &any_approximate);
  update_legend (self, frame, kept, entries, date, text_width, compact, columns, inner, tight,
                 any_approximate);

  *legend = (LcMapLegend) {
    .entries = g_array_ref (kept->entries),
    .title = g_object_ref (kept->title),
    .note = kept->note != NULL ? g_object_ref (kept->note) : NULL,
    .texts = g_ptr_array_ref (kept->texts),
    .columns = kept->columns,
    .column_width = kept->column_width,
    .key = g_bytes_ref (kept->key),
    .image_key = g_bytes_ref (kept->image_key),
    .tight = kept->tight,
    .rect = { screen->x + LC_MAP_MARGIN,
              screen->y + screen->height - LC_MAP_MARGIN - kept->rect.height,
              kept->rect.width, kept->rect.height },
  };
}

/* Draws the legend's panel, entries and note when @body, its title when
 * @title. */
static void
draw_legend_parts (const LcMapFrame *frame,
                   LcMapLegend      *legend,
                   gboolean          title,
                   gboolean          body)
{
  const LcMapPalette *palette = frame->palette;
  cairo_t *cr = frame->cr;
  double padding = legend->tight ? TIGHT_PADDING : LEGEND_PADDING;
  double x = legend->rect.x + padding, y = legend->rect.y + padding;
  PangoRectangle extents;

  if (body)
    lc_map_draw_panel (cr, &legend->rect, palette);

  if (title)
    lc_map_show_layout (cr, legend->title, x, y, &palette->text, NULL);
  if (!body)
    return;
  pango_layout_get_pixel_extents (legend->title, NULL, &extents);
  y += extents.height + 6;

  for (guint i = 0; i < legend->entries->len; i += legend->columns)
    {
      double row = legend_row_height (legend, i);

      for (guint j = i; j < MIN (i + legend->columns, legend->entries->len); j++)
        {
          PangoLayout *text = g_ptr_array_index (legend->texts, j);
          double column_x = x + (j - i) * legend->column_width;

          pango_layout_get_pixel_extents (text, NULL, &extents);
          draw_swatch (cr, &g_array_index (legend->entries, LegendEntry, j), column_x, y + row / 2,
                       palette);
          lc_map_show_layout (cr, text, column_x + LEGEND_SWATCH, y + (row - extents.height) / 2,
                              &palette->text, NULL);
        }
      y += row;
    }

  if (legend->note != NULL)
    {
      lc_map_show_layout (cr, legend->note, x, y + 6, &palette->text_secondary, NULL);
    }
}

void
lc_map_draw_legend (const LcMapFrame *frame,
                    LcMapLegend      *legend)
{
  draw_legend_parts (frame, legend, TRUE, TRUE);
}

/* All but the title, which changes with the day; the entries are below
 * the title's height. */
void
lc_map_draw_legend_body (const LcMapFrame *frame,
                         LcMapLegend      *legend)
{
  draw_legend_parts (frame, legend, FALSE, TRUE);
}

void
lc_map_draw_legend_title (const LcMapFrame *frame,
                          LcMapLegend      *legend)
{
  draw_legend_parts (frame, legend, TRUE, FALSE);
}

static double
nice_length (double km)
{
  double magnitude = pow (10, floor (log10 (km)));
  double steps[] = { 5, 2, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude <= km)
      return steps[i] * magnitude;

  return magnitude;
}

/* A layout of @text kept in @kept from frame to frame while its text and
 * the context it is laid out in are the same. */
static PangoLayout *
kept_layout (cairo_t       *cr,
             PangoLayout  **kept,
             const char    *text,
             double         size)
{
  if (*kept == NULL || g_strcmp0 (pango_layout_get_text (*kept), text) != 0 ||
      lc_map_get_shared_context (cr) == NULL ||
      pango_layout_get_context (*kept) != lc_map_get_shared_context (cr))
    {
      g_clear_object (kept);
      *kept = lc_map_create_layout (cr, text, size, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
    }

  return g_object_ref (*kept);
}

/* The scale bar and the attribution, at the right with their bottom at
 * @bottom; returns their box. */
LcMapRect
lc_map_renderer_draw_scale (LcMapRenderer   *self,
                            LcMapFrame      *frame,
                            double           bottom,
                            gboolean         draw)
{
  const LcMapPalette *palette = frame->palette;
  const LcMapRect *screen = &frame->screen;
  GPtrArray *visible = frame->visible;
  cairo_t *cr = frame->cr;
  const double target = 120.0;
  double cx = screen->x + screen->width / 2, cy = screen->y + screen->height / 2;
  double lon0, lat0, lon1, lat1, km_per_px, km, length, right;
  g_autoptr(GPtrArray) publishers = g_ptr_array_new ();
  g_autoptr(GString) attribution_text = g_string_new (NULL);
  g_autoptr(PangoLayout) attribution = NULL;
  g_autoptr(PangoLayout) label = NULL;
  g_autofree char *km_text = NULL;
  PangoRectangle a_extents, l_extents;
  LcMapRect box;

  /* Measured on the ground at the centre, where the conic's scale holds. */
  lc_viewport_unproject (frame->viewport, cx - target / 2, cy, &lon0, &lat0);
  lc_viewport_unproject (frame->viewport, cx + target / 2, cy, &lon1, &lat1);
  km_per_px = lc_distance_km (lon0, lat0, lon1, lat1) / target;
  km = nice_length (km_per_px * target);
  length = km / km_per_px;
  /* Translators: a distance on the scale bar */
  km_text = g_strdup_printf (_("%g km"), km);
  label = kept_layout (cr, &self->scale_label, km_text, 11);
  pango_layout_get_pixel_extents (label, NULL, &l_extents);

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcSource *source = lc_feature_get_source (feature);

      if (lc_feature_get_kind (feature) == LC_FEATURE_KIND_COUNTRY && source != NULL &&
          !g_ptr_array_find_with_equal_func (publishers, lc_source_get_publisher (source),
                                             g_str_equal, NULL))
        g_ptr_array_add (publishers, (gpointer) lc_source_get_publisher (source));
    }
  for (guint i = 0; i < publishers->len; i++)
    g_string_append_printf (attribution_text, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (publishers, i));
  if (attribution_text->len > 0)
    {
      /* Translators: %s is the publishers of the base map */
      g_autofree char *text = g_strdup_printf (_("Map data: %s"), attribution_text->str);

      attribution = kept_layout (cr, &self->scale_attribution, text, 10);
    }
  a_extents = (PangoRectangle) { 0 };
  if (attribution != NULL)
    pango_layout_get_pixel_extents (attribution, NULL, &a_extents);

  right = screen->x + screen->width - LC_MAP_MARGIN;
  box.width = MAX (length, a_extents.width) + 16;
  box.height = l_extents.height + 10 + a_extents.height + 14;
  box.x = right - box.width;
  box.y = bottom - box.height;
  if (!draw)
    return box;

  lc_map_draw_panel (cr, &box, palette);
  cairo_new_path (cr);
  cairo_move_to (cr, right - 8 - length, box.y + 8 + l_extents.height + 2);
  cairo_rel_line_to (cr, 0, 5);
  cairo_rel_line_to (cr, length, 0);
  cairo_rel_line_to (cr, 0, -5);
  lc_map_set_color (cr, &palette->text);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  lc_map_show_layout (cr, label, right - 8 - length, box.y + 6, &palette->text, NULL);
  if (attribution != NULL)
    {
      lc_map_show_layout (cr, attribution, right - 8 - a_extents.width,
                          bottom - 6 - a_extents.height, &palette->text_secondary, NULL);
    }

  return box;
}

/* A small map of the whole region with the view marked, top right, when
 * the view shows only part of it. */
gboolean
lc_map_renderer_layout_inset (LcMapRenderer    *self,
                              const LcMapFrame *frame,
                              double            metres[4],
                              LcMapRect        *rect)
{
  const LcMapRect *screen = &frame->screen;
  double w, s, e, n, vw, vs, ve, vn, height;

  if (!lc_story_get_context (self->story, &w, &s, &e, &n))
    return FALSE;

  lc_projection_forward (&self->projection, w, (s + n) / 2, &metres[0], &vs);
  lc_projection_forward (&self->projection, e, (s + n) / 2, &metres[2], &vs);
  lc_projection_forward (&self->projection, (w + e) / 2, s, &vw, &metres[1]);
  lc_projection_forward (&self->projection, (w + e) / 2, n, &vw, &metres[3]);

  /* Not worth it when the view already shows most of the region. */
  lc_viewport_unproject (frame->viewport, screen->x, screen->y, &vw, &vn);
  lc_viewport_unproject (frame->viewport, screen->x + screen->width, screen->y + screen->height,
                         &ve, &vs);
  if ((ve - vw) * (vn - vs) > 0.35 * (e - w) * (n - s) || screen->width < INSET_MIN_WIDTH ||
      screen->height < INSET_MIN_HEIGHT)
    return FALSE;

  height = INSET_WIDTH * (metres[3] - metres[1]) / (metres[2] - metres[0]);
  *rect = (LcMapRect) { screen->x + screen->width - LC_MAP_MARGIN - INSET_WIDTH,
                        screen->y + LC_MAP_MARGIN,
                        INSET_WIDTH, height };
  return TRUE;
}

typedef struct
{
  LcMapRenderer   *self;
  const double    *metres;
  const LcMapRect *rect;
} InsetMap;

/* The inset's map: water and the countries, clipped to its box. */
static void
draw_inset_map (const LcMapFrame *frame,
                gpointer          data)
{
  InsetMap *inset = data;
  const LcMapPalette *palette = frame->palette;
  const LcMapRect *rect = inset->rect;
  const double *metres = inset->metres;
  GPtrArray *visible = frame->visible;
  cairo_t *cr = frame->cr;
  double scale = rect->width / (metres[2] - metres[0]);
  guint n_main = 0;

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  lc_map_set_color (cr, &palette->water);
  cairo_paint (cr);

  for (guint i = 0; i < visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (visible, i);
      LcMapShape *shape;
      guint start = 0;

      if (lc_feature_get_kind (feature) != LC_FEATURE_KIND_COUNTRY)
        continue;

      /* As much of the outline as the inset's scale shows. */
      shape = lc_map_renderer_get_shape_at (inset->self, feature, scale);
      cairo_new_path (cr);
      for (guint part = 0; part < shape->n_parts; part++)
        {
          guint n_points = shape->part_sizes[part];

          for (guint j = 0; j < n_points; j++)
            {
              const double *m = &shape->metres[2 * (start + j)];
              double x = rect->x + (m[0] - metres[0]) * scale;
              double y = rect->y + (metres[3] - m[1]) * scale;

              if (j == 0)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          if (n_points > 0)
            cairo_close_path (cr);
          start += n_points;
        }
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      lc_map_set_color (cr, lc_map_is_main_country (feature) ? &palette->land_main[n_main++ % 2]
                                                             : &palette->land_context);
      cairo_fill_preserve (cr);
      lc_map_set_color (cr, &palette->border);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* What the inset's map shows besides its size: the countries. */
static GBytes *
inset_key (const LcMapFrame *frame)
{
  GByteArray *key = g_byte_array_new ();

  for (guint i = 0; i < frame->visible->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (frame->visible, i);

      if (lc_feature_get_kind (feature) == LC_FEATURE_KIND_COUNTRY)
        g_byte_array_append (key, (const guint8 *) &feature, sizeof feature);
    }

  return g_byte_array_free_to_bytes (key);
}

void
lc_map_renderer_draw_inset (LcMapRenderer    *self,
                            const LcMapFrame *frame,
                            const double      metres[4],
                            const LcMapRect  *rect)
{
  const LcMapPalette *palette = frame->palette;
  const LcMapRect *screen = &frame->screen;
  cairo_t *cr = frame->cr;
  double scale = rect->width / (metres[2] - metres[0]);
  InsetMap inset = { self, metres, rect };
  double corners[4][2] = {
    { screen->x, screen->y }, { screen->x + screen->width, screen->y },
    { screen->x + screen->width, screen->y + screen->height },
    { screen->x, screen->y + screen->height },
  };

  /* The map changes with the countries only: the widget keeps it drawn. */
  if (self->cache_scale > 0)
    {
      g_autoptr(GBytes) key = inset_key (frame);

      lc_map_panel_image_paint (&self->inset_image, frame, rect, self->cache_scale, key, FALSE,
                                draw_inset_map, &inset);
    }
  else
    draw_inset_map (frame, &inset);

  /* The part of the region the view shows. */
  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      double lon, lat, mx, my;

      lc_viewport_unproject (frame->viewport, corners[i][0], corners[i][1], &lon, &lat);
      lc_projection_forward (&self->projection, lon, lat, &mx, &my);
      cairo_line_to (cr, rect->x + (mx - metres[0]) * scale, rect->y + (metres[3] - my) * scale);
    }
  cairo_close_path (cr);
  lc_map_set_color (cr, &palette->corridor_blocked);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  cairo_rectangle (cr, rect->x + 0.5, rect->y + 0.5, rect->width - 1, rect->height - 1);
  lc_map_set_color (cr, &palette->border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}
