/* lc-briefing.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "lc-briefing.h"
#include "lc-map-renderer-private.h"

/**
 * LcBriefing:
 *
 * A story on paper, for one day: the title and the day line, the map of
 * the view with its legend, then every statement made up to that day with
 * its speaker, note and source. The map and the head of the list share
 * the first page; the statements flow on to more pages as needed.
 *
 * It draws into any cairo_t whose unit is the point, such as a print
 * context's or a PDF surface's, and knows nothing of GTK.
 */

/* All sizes in points. */
#define TITLE_SIZE        17.0
#define DAY_LINE_SIZE     11.0
#define HEADING_SIZE      12.5
#define SPEAKER_SIZE      10.5
#define TEXT_SIZE         10.0
#define SMALL_SIZE        8.5
#define FOOTER_SIZE       8.0
#define FOOTER_HEIGHT     22.0
#define MAP_ASPECT        0.68   /* map height : width, at most */
#define MAP_SHARE         0.55   /* of the page's height, at most */
#define MAP_PIXELS_PER_PT 1.5    /* map labels of 12 px come out at 8 pt */
#define STATEMENT_GAP     12.0
#define INDENT            10.0
#define SECONDARY_GREY    0.3

typedef struct
{
  PangoLayout *layout;
  double       x;
  gboolean     secondary;   /* dates, notes and sources, in grey */
} Block;

/* The lines of one block that land on one page. */
typedef struct
{
  guint  block;
  int    first_line;
  int    n_lines;
  guint  page;
  double y;
} Piece;

struct _LcBriefing
{
  GObject       parent_instance;

  LcStory      *story;
  guint32       day;
  LcPlaceNames  names;
  gboolean      has_view;
  double        view[4];     /* west, south, east, north */

  /* The last pagination. */
  double        width;
  double        body_height;
  GArray       *blocks;
  GArray       *pieces;
  double        map_y;
  double        map_height;
  guint         n_pages;
  double        cursor;      /* while paginating: y on the last page */
};

G_DEFINE_FINAL_TYPE (LcBriefing, lc_briefing, G_TYPE_OBJECT)

static void
clear_block (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
}

static void
lc_briefing_dispose (GObject *object)
{
  LcBriefing *self = (LcBriefing *)object;

  g_clear_object (&self->story);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);

  G_OBJECT_CLASS (lc_briefing_parent_class)->dispose (object);
}

static void
lc_briefing_class_init (LcBriefingClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lc_briefing_dispose;
}

static void
lc_briefing_init (LcBriefing *self)
{
  self->names = LC_PLACE_NAMES_BOTH;
}

/**
 * lc_briefing_new:
 * @story: the story to print
 * @day: the day shown
 *
 * Returns: (transfer full): a briefing of @story on @day, showing the
 *   story's own view until lc_briefing_set_view() says otherwise
 */
LcBriefing *
lc_briefing_new (LcStory *story,
                 guint32  day)
{
  LcBriefing *self;

  g_return_val_if_fail (LC_IS_STORY (story), NULL);

  self = g_object_new (LC_TYPE_BRIEFING, NULL);
  self->story = g_object_ref (story);
  self->day = day;

  return self;
}

/**
 * lc_briefing_get_story:
 *
 * Returns: (transfer none): the story
 */
LcStory *
lc_briefing_get_story (LcBriefing *self)
{
  g_return_val_if_fail (LC_IS_BRIEFING (self), NULL);

  return self->story;
}

/**
 * lc_briefing_get_day:
 *
 * Returns: the day the briefing is for
 */
guint32
lc_briefing_get_day (LcBriefing *self)
{
  g_return_val_if_fail (LC_IS_BRIEFING (self), 0);

  return self->day;
}

/**
 * lc_briefing_get_place_names:
 *
 * Returns: whose names the map gives disputed places
 */
LcPlaceNames
lc_briefing_get_place_names (LcBriefing *self)
{
  g_return_val_if_fail (LC_IS_BRIEFING (self), LC_PLACE_NAMES_BOTH);

  return self->names;
}

/**
 * lc_briefing_set_place_names:
 *
 * Chooses whose names the map gives places that the sides name differently.
 */
void
lc_briefing_set_place_names (LcBriefing   *self,
                             LcPlaceNames  names)
{
  g_return_if_fail (LC_IS_BRIEFING (self));

  self->names = names;
}

/**
 * lc_briefing_set_view:
 * @view: the view on screen
 *
 * Prints the part of the map that @view shows, whole, in the shape of the
 * page's map box.
 */
void
lc_briefing_set_view (LcBriefing *self,
                      LcViewport *view)
{
  int width, height;

  g_return_if_fail (LC_IS_BRIEFING (self));
  g_return_if_fail (LC_IS_VIEWPORT (view));

  width = lc_viewport_get_width (view);
  height = lc_viewport_get_height (view);
  if (width < 1 || height < 1)
    return;

  lc_viewport_unproject (view, 0, height, &self->view[0], &self->view[1]);
  lc_viewport_unproject (view, width, 0, &self->view[2], &self->view[3]);
  self->has_view = TRUE;
}

/* Layout */

/* The map's text helper, wrapped to @width points. */
static PangoLayout *
create_layout (cairo_t     *cr,
               const char  *text,
               double       size,
               PangoWeight  weight,
               PangoStyle   style,
               double       width)
{
  PangoLayout *layout = lc_map_create_layout (cr, text, size, weight, style);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

static void
line_extents (PangoLayout    *layout,
              int             line,
              PangoRectangle *logical,
              int            *baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  for (int i = 0; i < line; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, logical);
  *baseline = pango_layout_iter_get_baseline (iter);
  pango_layout_iter_free (iter);
}

static double
line_height (PangoLayout *layout,
             int          line)
{
  PangoRectangle logical;
  int baseline;

  line_extents (layout, line, &logical, &baseline);
  return logical.height / (double) PANGO_SCALE;
}

static void
new_page (LcBriefing *self)
{
  self->n_pages++;
  self->cursor = 0;
}

/* Places a block's lines from the cursor on, going on to new pages. */
static void
place_block (LcBriefing  *self,
             PangoLayout *layout,
             double       x,
             double       space_after,
             gboolean     secondary)
{
  Block block = { g_object_ref (layout), x, secondary };
  int n_lines = pango_layout_get_line_count (layout);
  Piece piece = { self->blocks->len, 0, 0, self->n_pages - 1, self->cursor };

  g_array_append_val (self->blocks, block);
  for (int i = 0; i < n_lines; i++)
    {
      double height = line_height (layout, i);

      if (self->cursor + height > self->body_height && self->cursor > 0)
        {
          if (piece.n_lines > 0)
            g_array_append_val (self->pieces, piece);
          new_page (self);
          piece = (Piece) { self->blocks->len - 1, i, 0, self->n_pages - 1, 0 };
        }
      piece.n_lines++;
      self->cursor += height;
    }
  if (piece.n_lines > 0)
    g_array_append_val (self->pieces, piece);
  self->cursor += space_after;
}

/* Starts a new page unless @height fits below the cursor. */
static void
keep_together (LcBriefing *self,
               double      height)
{
  if (self->cursor > 0 && self->cursor + height > self->body_height)
    new_page (self);
}

static double
first_lines_height (PangoLayout *layout,
                    int          n_lines)
{
  double height = 0;

  for (int i = 0; i < MIN (n_lines, pango_layout_get_line_count (layout)); i++)
    height += line_height (layout, i);

  return height;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static PangoLayout *
speaker_layout (LcBriefing   *self,
                cairo_t      *cr,
                LcActor      *actor)
{
  const char *name = lc_actor_get_name (actor);
  const char *role = lc_actor_get_role (actor);
  g_autofree char *text = role != NULL && *role != '\0'
                          /* Translators: a speaker and their role, "Maria Zakharova, Spokesperson, …" */
                          ? g_strdup_printf (_("%s, %s"), name, role) : g_strdup (name);
  PangoLayout *layout = create_layout (cr, text, SPEAKER_SIZE, PANGO_WEIGHT_NORMAL,
                                       PANGO_STYLE_NORMAL, self->width);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  /* The name in bold, set by range: names are text, not markup. */
  bold->start_index = 0;
  bold->end_index = strlen (name);
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/* The publications a statement or its note rests on, as the cards list
 * them, each with its address: paper has no links. */
static void
place_sources (LcBriefing   *self,
               cairo_t      *cr,
               GPtrArray    *sources,
               gboolean      for_note)
{
  g_autoptr(GString) list = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *line = NULL;
  const char *format;

  if (sources == NULL || sources->len == 0)
    return;

  for (guint i = 0; i < sources->len; i++)
    {
      LcSource *source = g_ptr_array_index (sources, i);
      g_autofree char *citation = lc_source_dup_citation (source);

      /* Translators: the separator between two sources in a list */
      g_string_append (list, i > 0 ? _("; ") : "");
      g_string_append (list, citation);
      if (lc_source_get_url (source) != NULL)
        g_string_append_printf (list, " <%s>", lc_source_get_url (source));
    }

  if (for_note)
    /* Translators: the publications a card's note rests on; %s is the list */
    format = ngettext ("Note’s source: %s", "Note’s sources: %s", sources->len);
  else
    /* Translators: the publications a card rests on; %s is the list */
    format = ngettext ("Source: %s", "Sources: %s", sources->len);
  line = g_strdup_printf (format, list->str);
  layout = create_layout (cr, line, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                          self->width - INDENT);
  place_block (self, layout, INDENT, 2, TRUE);
}

static void
place_statement (LcBriefing   *self,
                 cairo_t      *cr,
                 LcStatement  *statement)
{
  g_autoptr(PangoLayout) speaker = speaker_layout (self, cr, lc_statement_get_actor (statement));
  g_autofree char *date = lc_date_format (lc_statement_get_date (statement));
  /* Translators: a statement's date and kind, "30 December 2022 · Quote" */
  g_autofree char *meta_text = g_strdup_printf (_("%s · %s"), date,
                                                lc_statement_kind_get_label (lc_statement_get_kind (statement)));
  double text_width = self->width - INDENT;
  g_autoptr(PangoLayout) meta = create_layout (cr, meta_text, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                               PANGO_STYLE_NORMAL, self->width);
  g_autoptr(PangoLayout) text = create_layout (cr, lc_statement_get_text (statement), TEXT_SIZE,
                                               PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, text_width);
  const char *note = lc_statement_get_note (statement);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  /* The speaker is never left alone at the foot of a page. */
  keep_together (self, layout_height (speaker) + layout_height (meta) + 3 + first_lines_height (text, 2));
  place_block (self, speaker, 0, 0, FALSE);
  place_block (self, meta, 0, 3, TRUE);
  place_block (self, text, INDENT, 3, FALSE);

  if (note != NULL && *note != '\0')
    {
      g_autoptr(PangoLayout) layout = create_layout (cr, note, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                                     PANGO_STYLE_ITALIC, text_width);

      place_block (self, layout, INDENT, 2, TRUE);
      place_sources (self, cr, lc_statement_get_note_sources (statement), TRUE);
    }
  if (lc_statement_get_source (statement) != NULL)
    g_ptr_array_add (sources, lc_statement_get_source (statement));
  place_sources (self, cr, sources, FALSE);
  self->cursor += STATEMENT_GAP;
}

static void
place_head (LcBriefing   *self,
            cairo_t      *cr)
{
  g_autofree char *day_line = lc_story_dup_day_line (self->story, self->day);
  g_autoptr(PangoLayout) title = create_layout (cr, lc_story_get_title (self->story), TITLE_SIZE,
                                                PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, self->width);
  g_autoptr(PangoLayout) day = create_layout (cr, day_line, DAY_LINE_SIZE, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, self->width);

  place_block (self, title, 0, 2, FALSE);
  place_block (self, day, 0, 10, FALSE);

  /* The map: as wide as the page, and never more than about half of it. */
  self->map_y = self->cursor;
  self->map_height = floor (MIN (self->width * MAP_ASPECT,
                                 self->body_height * MAP_SHARE - self->cursor));
  self->cursor += self->map_height + 16;
}

static void
place_statements (LcBriefing   *self,
                  cairo_t      *cr)
{
  GListModel *statements = lc_story_get_statements (self->story);
  guint n = lc_story_count_statements_until (self->story, self->day);
  g_autofree char *date = lc_day_format (self->day);
  /* Translators: the heading of a printed briefing's statements; %s is a date */
  g_autofree char *heading_text = g_strdup_printf (_("Statements up to %s"), date);
  g_autoptr(PangoLayout) heading = create_layout (cr, heading_text, HEADING_SIZE, PANGO_WEIGHT_BOLD,
                                                  PANGO_STYLE_NORMAL, self->width);

  keep_together (self, layout_height (heading) * 3);
  place_block (self, heading, 0, 8, FALSE);

  if (n == 0)
    {
      g_autoptr(PangoLayout) none = create_layout (cr, _("Nothing was said up to this date in this story."),
                                                   TEXT_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
                                                   self->width);

      place_block (self, none, 0, 0, FALSE);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);

      place_statement (self, cr, statement);
    }
}

/**
 * lc_briefing_paginate:
 * @cr: a context on the target, for its fonts
 * @width: the printable width, in points
 * @height: the printable height, in points
 *
 * Lays the briefing out on pages of this size.
 *
 * Returns: the number of pages, at least 1
 */
guint
lc_briefing_paginate (LcBriefing *self,
                      cairo_t    *cr,
                      double      width,
                      double      height)
{
  g_return_val_if_fail (LC_IS_BRIEFING (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > FOOTER_HEIGHT, 0);

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (self->blocks, clear_block);
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  self->width = width;
  self->body_height = height - FOOTER_HEIGHT;
  self->n_pages = 0;

  new_page (self);
  place_head (self, cr);
  place_statements (self, cr);

  return self->n_pages;
}

/**
 * lc_briefing_get_n_pages:
 *
 * Returns: the number of pages of the last lc_briefing_paginate(), or 0
 */
guint
lc_briefing_get_n_pages (LcBriefing *self)
{
  g_return_val_if_fail (LC_IS_BRIEFING (self), 0);

  return self->n_pages;
}

/* Drawing */

static void
draw_map (LcBriefing *self,
          cairo_t    *cr)
{
  g_autoptr(LcMapRenderer) renderer = lc_map_renderer_new (self->story);
  g_autoptr(LcViewport) viewport = lc_viewport_new ();
  int width = ceil (self->width * MAP_PIXELS_PER_PT);
  int height = ceil (self->map_height * MAP_PIXELS_PER_PT);

  if (self->map_height <= 0)
    return;

  lc_map_renderer_set_place_names (renderer, self->names);
  lc_viewport_set_size (viewport, width, height);
  lc_viewport_set_day (viewport, self->day);
  lc_map_renderer_reset_view (renderer, viewport);
  if (self->has_view)
    lc_viewport_fit_bounds (viewport, self->view[0], self->view[1], self->view[2], self->view[3], 0);

  cairo_save (cr);
  cairo_translate (cr, 0, self->map_y);
  cairo_rectangle (cr, 0, 0, self->width, self->map_height);
  cairo_clip (cr);
  cairo_scale (cr, 1 / MAP_PIXELS_PER_PT, 1 / MAP_PIXELS_PER_PT);
  lc_map_renderer_draw (renderer, cr, viewport);
  cairo_restore (cr);

  cairo_rectangle (cr, 0.25, self->map_y + 0.25, self->width - 0.5, self->map_height - 0.5);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

static void
draw_piece (cairo_t     *cr,
            const Block *block,
            const Piece *piece)
{
  PangoRectangle first, logical;
  int baseline, first_baseline;

  line_extents (block->layout, piece->first_line, &first, &first_baseline);
  for (int i = piece->first_line; i < piece->first_line + piece->n_lines; i++)
    {
      line_extents (block->layout, i, &logical, &baseline);
      cairo_move_to (cr, block->x + logical.x / (double) PANGO_SCALE,
                     piece->y + (baseline - first.y) / (double) PANGO_SCALE);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layout, i));
    }
}

static void
draw_footer (LcBriefing *self,
             cairo_t    *cr,
             guint       page)
{
  /* Translators: the foot of a printed page, "Page 1 of 2" */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autoptr(PangoLayout) layout = lc_map_create_layout (cr, text, FOOTER_SIZE, PANGO_WEIGHT_NORMAL,
                                                        PANGO_STYLE_NORMAL);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_set_source_rgb (cr, SECONDARY_GREY, SECONDARY_GREY, SECONDARY_GREY);
  cairo_move_to (cr, (self->width - width) / 2, self->body_height + FOOTER_HEIGHT - height);
  pango_cairo_show_layout (cr, layout);
}

/**
 * lc_briefing_draw_page:
 * @cr: a context whose origin is the printable area's top left corner
 * @page: the page, from 0
 *
 * Draws one page of the last lc_briefing_paginate().
 */
void
lc_briefing_draw_page (LcBriefing *self,
                       cairo_t    *cr,
                       guint       page)
{
  g_return_if_fail (LC_IS_BRIEFING (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  if (page == 0)
    draw_map (self, cr);

  for (guint i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);
      const Block *block = &g_array_index (self->blocks, Block, piece->block);

      if (piece->page != page)
        continue;
      if (block->secondary)
        cairo_set_source_rgb (cr, SECONDARY_GREY, SECONDARY_GREY, SECONDARY_GREY);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      draw_piece (cr, block, piece);
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}
