/* lc-map-text.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text that stays text in SVG. cairo's SVG surface draws text as glyph
 * outlines, which no one can search, copy or edit. An SVG export attaches
 * a text sink to its cairo context; lc_map_show_layout() then records each
 * line of text (where, in which font and colours) instead of drawing it,
 * and the export writes the lines as SVG <text> elements over the drawing.
 * Text is the topmost thing on the map, and labels keep out of the panels,
 * so drawing it last changes nothing a reader sees. */

#include "config.h"

#include <math.h>

#include "lc-map-renderer-private.h"

typedef struct
{
  char          *text;
  double         x, y;      /* the baseline's start, in device units */
  double         width;     /* as Pango laid it out */
  char          *family;
  double         size;      /* pixels */
  double         spacing;   /* between letters, pixels */
  int            weight;
  gboolean       italic;
  LcColor        color;
  gboolean       has_halo;
  LcColor        halo;
} TextLine;

struct _LcMapTextSink
{
  GArray *lines;  /* TextLine */
};

static const cairo_user_data_key_t sink_key;

static void
clear_text_line (gpointer data)
{
  TextLine *line = data;

  g_free (line->text);
  g_free (line->family);
}

/**
 * lc_map_text_sink_new:
 *
 * Returns: (transfer full): a sink to record text in
 */
LcMapTextSink *
lc_map_text_sink_new (void)
{
  LcMapTextSink *sink = g_new0 (LcMapTextSink, 1);

  sink->lines = g_array_new (FALSE, FALSE, sizeof (TextLine));
  g_array_set_clear_func (sink->lines, clear_text_line);
  return sink;
}

void
lc_map_text_sink_free (LcMapTextSink *sink)
{
  g_array_unref (sink->lines);
  g_free (sink);
}

/* From now on, text drawn on @cr is recorded in @sink, which must outlive
 * @cr's drawing. */
void
lc_map_text_sink_attach (LcMapTextSink *sink,
                         cairo_t       *cr)
{
  cairo_set_user_data (cr, &sink_key, sink, NULL);
}

/* The layout's letter spacing (spaced capitals), in pixels. */
static double
letter_spacing (PangoLayout *layout)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  g_autoptr(GSList) list = attrs != NULL ? pango_attr_list_get_attributes (attrs) : NULL;
  double spacing = 0;

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_LETTER_SPACING)
        spacing = ((PangoAttrInt *) attr)->value / (double) PANGO_SCALE;
      pango_attribute_destroy (attr);
    }

  return spacing;
}

static void
record_line (LcMapTextSink   *sink,
             cairo_t         *cr,
             PangoLayout     *layout,
             PangoLayoutIter *iter,
             double           x,
             double           y)
{
  PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
  const char *text = pango_layout_get_text (layout) + line->start_index;
  PangoRectangle logical;
  PangoFontDescription *font;
  TextLine record = { 0 };
  int length = line->length;

  while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == ' '))
    length--;
  if (length == 0 || line->runs == NULL)
    return;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  font = pango_font_describe_with_absolute_size (((PangoGlyphItem *) line->runs->data)->item->analysis.font);
  record.text = g_strndup (text, length);
  record.x = x + logical.x / (double) PANGO_SCALE;
  record.y = y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
  cairo_user_to_device (cr, &record.x, &record.y);
  record.width = logical.width / (double) PANGO_SCALE;
  record.family = g_strdup (pango_font_description_get_family (font));
  record.size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  record.weight = pango_font_description_get_weight (font);
  record.italic = pango_font_description_get_style (font) != PANGO_STYLE_NORMAL;
  record.spacing = letter_spacing (layout);
  pango_font_description_free (font);
  g_array_append_val (sink->lines, record);
}

/* Records the layout's lines if @cr has a sink; returns whether it has. */
gboolean
lc_map_text_sink_record (cairo_t       *cr,
                         PangoLayout   *layout,
                         double         x,
                         double         y,
                         const LcColor *color,
                         const LcColor *halo)
{
  LcMapTextSink *sink = cairo_get_user_data (cr, &sink_key);
  PangoLayoutIter *iter;
  guint first;

  if (sink == NULL)
    return FALSE;

  first = sink->lines->len;
  iter = pango_layout_get_iter (layout);
  do
    record_line (sink, cr, layout, iter, x, y);
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  for (guint i = first; i < sink->lines->len; i++)
    {
      TextLine *line = &g_array_index (sink->lines, TextLine, i);

      line->color = *color;
      line->has_halo = halo != NULL;
      if (halo != NULL)
        line->halo = *halo;
    }

  return TRUE;
}

static void
append_color (GString       *svg,
              const char    *name,
              const LcColor *color)
{
  g_string_append_printf (svg, " %s=\"#%02x%02x%02x\"", name,
                          (guint) lround (color->red * 255), (guint) lround (color->green * 255),
                          (guint) lround (color->blue * 255));
  if (color->alpha < 1)
    g_string_append_printf (svg, " %s-opacity=\"%.3g\"", name, color->alpha);
}

/**
 * lc_map_text_sink_to_svg:
 *
 * The recorded text as SVG <text> elements, one a line, each as wide as
 * Pango laid it out (`textLength`), so that a viewer with other fonts
 * keeps labels where they were placed.
 *
 * Returns: (transfer full): a <g> element holding them
 */
char *
lc_map_text_sink_to_svg (LcMapTextSink *sink)
{
  GString *svg = g_string_new ("<g id=\"text\" xml:space=\"preserve\">\n");

  for (guint i = 0; i < sink->lines->len; i++)
    {
      TextLine *line = &g_array_index (sink->lines, TextLine, i);
      g_autofree char *text = g_markup_escape_text (line->text, -1);
      g_autofree char *family = g_markup_escape_text (line->family, -1);
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
      char size[G_ASCII_DTOSTR_BUF_SIZE], width[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (svg, "<text x=\"%s\" y=\"%s\" font-family=\"%s, sans-serif\" "
                                   "font-size=\"%s\" font-weight=\"%d\"",
                              g_ascii_formatd (x, sizeof x, "%.2f", line->x),
                              g_ascii_formatd (y, sizeof y, "%.2f", line->y), family,
                              g_ascii_formatd (size, sizeof size, "%.2f", line->size),
                              line->weight);
      if (line->italic)
        g_string_append (svg, " font-style=\"italic\"");
      if (line->spacing > 0)
        g_string_append_printf (svg, " letter-spacing=\"%s\"",
                                g_ascii_formatd (size, sizeof size, "%.2f", line->spacing));
      append_color (svg, "fill", &line->color);
      if (line->has_halo)
        {
          append_color (svg, "stroke", &line->halo);
          g_string_append (svg, " stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
      g_string_append_printf (svg, " textLength=\"%s\" lengthAdjust=\"spacingAndGlyphs\">%s</text>\n",
                              g_ascii_formatd (width, sizeof width, "%.2f", line->width), text);
    }
  g_string_append (svg, "</g>\n");

  return g_string_free (svg, FALSE);
}
