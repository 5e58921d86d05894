/* lc-map-page.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A map that stands alone, as an export: a header with the story's title
 * and the day shown with its count ("30 December 2022 · Day 19 of the
 * blockade"), the map with its legend, and a footer crediting the
 * sources of what the day's events and statements say. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lc-map-renderer-private.h"

#define PAGE_PADDING 16.0
#define TITLE_SIZE   20.0
#define DATE_SIZE    14.0
#define CREDIT_SIZE  11.0

typedef struct
{
  PangoLayout *title;
  PangoLayout *date;
  PangoLayout *credit;
  double       header;  /* heights, pixels */
  double       footer;
} Page;

static void
page_clear (Page *page)
{
  g_clear_object (&page->title);
  g_clear_object (&page->date);
  g_clear_object (&page->credit);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Page, page_clear)

static char *
dup_date_line (LcStory *story,
               guint32  day)
{
  return lc_story_dup_day_line (story, day);
}

/* "Source: Asbarez, “…”, 30 December 2022": the sources of the day's events
 * and statements. */
static char *
dup_credit (LcMapRenderer *self,
            guint32        day)
{
  g_autoptr(GPtrArray) sources = lc_map_renderer_dup_day_sources (self, day);
  g_autoptr(GString) list = g_string_new (NULL);

  if (sources->len == 0)
    return NULL;

  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *text = lc_source_dup_citation (g_ptr_array_index (sources, i));

      /* Translators: the separator between two sources in a list */
      g_string_append (list, i > 0 ? _("; ") : "");
      g_string_append (list, text);
    }

  /* Translators: the credit line under an exported map; %s is one source
   * or several, separated by semicolons */
  return g_strdup_printf (ngettext ("Source: %s", "Sources: %s", sources->len), list->str);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

static void
layout_page (LcMapRenderer *self,
             cairo_t       *cr,
             guint32        day,
             double         width,
             Page          *page)
{
  int wrap = (int) MAX (width - 2 * PAGE_PADDING, 1) * PANGO_SCALE;
  g_autofree char *date = dup_date_line (self->story, day);
  g_autofree char *credit = dup_credit (self, day);

  page->title = lc_map_create_layout (cr, lc_story_get_title (self->story), TITLE_SIZE,
                                      PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  page->date = lc_map_create_layout (cr, date, DATE_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  pango_layout_set_width (page->title, wrap);
  pango_layout_set_wrap (page->title, PANGO_WRAP_WORD);
  pango_layout_set_width (page->date, wrap);
  pango_layout_set_wrap (page->date, PANGO_WRAP_WORD);
  page->header = ceil (PAGE_PADDING + layout_height (page->title) + 4 + layout_height (page->date) +
                 PAGE_PADDING * 0.75);

  page->footer = 0;
  if (credit == NULL)
    return;
  page->credit = lc_map_create_layout (cr, credit, CREDIT_SIZE, PANGO_WEIGHT_NORMAL,
                                       PANGO_STYLE_NORMAL);
  pango_layout_set_width (page->credit, wrap);
  pango_layout_set_wrap (page->credit, PANGO_WRAP_WORD);
  page->footer = ceil (PAGE_PADDING * 0.6 + layout_height (page->credit) + PAGE_PADDING * 0.6);
}

/**
 * lc_map_renderer_get_page_margins:
 * @width: the page's width, pixels
 * @top: (out): the header's height
 * @bottom: (out): the footer's height
 *
 * The room lc_map_renderer_draw_page() takes above and below the map of
 * @day on a page @width wide.
 */
void
lc_map_renderer_get_page_margins (LcMapRenderer *self,
                                  guint32        day,
                                  double         width,
                                  double        *top,
                                  double        *bottom)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_auto(Page) page = { NULL };

  g_return_if_fail (LC_IS_MAP_RENDERER (self));

  layout_page (self, cr, day, width, &page);
  /* Whole pixels, so that a page is as tall as asked. */
  *top = page.header;
  *bottom = page.footer;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/**
 * lc_map_renderer_draw_page:
 * @cr: where to draw, with the page's top-left corner at the origin
 * @viewport: the map to draw: its size is the map's, the page is taller
 *   by lc_map_renderer_get_page_margins()
 *
 * Draws a map that stands alone: the story's title and the day above
 * it, the sources of the day's events and statements below it.
 */
void
lc_map_renderer_draw_page (LcMapRenderer *self,
                           cairo_t       *cr,
                           LcViewport    *viewport)
{
  const LcMapPalette *palette = lc_map_palette_get (self->dark, self->high_contrast);
  double width = lc_viewport_get_width (viewport), height = lc_viewport_get_height (viewport);
  g_auto(Page) page = { NULL };
  double y;

  g_return_if_fail (LC_IS_MAP_RENDERER (self));
  g_return_if_fail (LC_IS_VIEWPORT (viewport));

  layout_page (self, cr, lc_map_renderer_get_day (self, viewport), width, &page);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, page.header + height + page.footer);
  lc_map_set_color (cr, &palette->land_context);
  cairo_fill (cr);

  y = PAGE_PADDING;
  lc_map_show_layout (cr, page.title, PAGE_PADDING, y, &palette->text, NULL);
  y += layout_height (page.title) + 4;
  lc_map_show_layout (cr, page.date, PAGE_PADDING, y, &palette->text_secondary, NULL);

  cairo_translate (cr, 0, page.header);
  lc_map_renderer_draw (self, cr, viewport);
  cairo_new_path (cr);
  cairo_move_to (cr, 0, 0.5);
  cairo_rel_line_to (cr, width, 0);
  cairo_move_to (cr, 0, height - 0.5);
  cairo_rel_line_to (cr, width, 0);
  lc_map_set_color (cr, &palette->border);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  if (page.credit != NULL)
    lc_map_show_layout (cr, page.credit, PAGE_PADDING, height + PAGE_PADDING * 0.6,
                        &palette->text_secondary, NULL);
  cairo_restore (cr);
}
