/* lc-map-renderer-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "lc-map-renderer.h"
#include "lc-map-style.h"

/*
 * Between the files of LcMapRenderer, one a concern:
 *
 *   lc-map-renderer.c  the object, and the order of a frame's layers
 *   lc-map-paths.c     geometry in metres and in pixels (the caches)
 *   lc-map-simplify.c  level of detail: what a scale can show of a line
 *   lc-map-layers.c    countries, areas, routes, highlights
 *   lc-map-base.c      the base layers drawn once per view, moved while panning
 *   lc-map-motion.c    a moving view: the map but its panels kept in one image
 *   lc-map-symbols.c   the places' symbols
 *   lc-map-focus.c     what the day's story names; what is drawn faded
 *   lc-map-labels.c    what labels say and their order; descriptions
 *   lc-map-label-cache.c labels shaped once, and drawn once into images
 *   lc-map-placement.c where labels go: a pure function of obstacles
 *   lc-map-legend.c    legend, scale bar and attribution, locator inset
 *   lc-map-panels.c    where the panels go: clear of widgets and of the story
 *   lc-map-panel-image.c the legend and the inset's map kept drawn in images
 *   lc-map-framing.c   the story's own view, in the part the panels leave free
 *   lc-map-page.c      a map that stands alone: title, day, map, sources
 *   lc-map-hit.c       what is where: hit testing, anchors, on screen
 *   lc-map-style.c     the palettes and the ways of painting with them
 *   lc-map-text.c      text kept as text in SVG
 */

G_BEGIN_DECLS

typedef struct _LcMapTextSink LcMapTextSink;

#define LC_MAP_MARGIN            12.0 /* pixels between the panels and the edge */
#define LC_MAP_MAIN_COUNTRY_RANK 2    /* countries ranked this high are the story's own */
#define LC_MAP_KEY_AREA_RANK     3    /* areas ranked this high have key labels */
#define LC_MAP_KEY_PLACE_RANK    2    /* and places ranked this high */

#define LC_MAP_HATCH_SIZE 8 /* pixels: the hatching's tile */

#define LC_MAP_MAX_DENSITY 32.0 /* an outline longer than this many times its box's perimeter */
#define LC_MAP_MAX_STEP    32.0 /* is thinned with longer steps, up to this many pixels */

/* A feature's geometry at a level of detail (lc-map-paths.c): its parts
 * are the geometry's, each with only the points the level can show; a
 * ring too small to show has none. */
typedef struct
{
  double   *metres;      /* x, y of every point kept */
  guint    *part_sizes;  /* how many points of each part are kept */
  guint     n_parts;
  guint     n_points;
  gboolean  owned;       /* the arrays are this level's, not the whole geometry's */
} LcMapShape;

/* What a cairo context has set that a panel's drawing may take. */
typedef struct
{
  cairo_line_join_t  join;
  cairo_line_cap_t   cap;
  cairo_fill_rule_t  fill_rule;
  cairo_antialias_t  antialias;
  double             miter_limit;
  double             tolerance;
} LcMapPanelImageState;

/* A panel kept drawn in an image (lc-map-panel-image.c). */
typedef struct
{
  cairo_surface_t    *surface;
  GBytes             *key;       /* what it shows */
  const LcMapPalette *palette;
  LcMapPanelImageState state;    /* of the frame's context it was drawn for */
  int                 scale;     /* device pixels a pixel */
  double              width, height;
  double              fx, fy;    /* the part of a device pixel it was drawn at */
  gboolean            clipped;   /* by the screen: then kept only where it was */
  double              x, y;      /* where it was */
  LcMapRect           screen;
  guint               n_renders; /* images drawn so far, for tests */
} LcMapPanelImage;

/* A feature's points projected to metres, simplified for each zoom level,
 * and its path in pixels. */
typedef struct
{
  double       *metres;    /* x, y of every point */
  guint         n_points;
  double        bounds[4]; /* min x, min y, max x, max y of the points, in metres */
  LcMapShape    full;      /* every point */
  GHashTable   *levels;    /* zoom level → LcMapShape */
  LcMapShape   *shape;     /* for the current transform's level */
  cairo_path_t *path;      /* in pixels, for the current transform */
  LcMapPanelImage *symbols; /* a place's symbol at each point, with cache-scale */
} LcMapFeatureCache;

/* An image of the map drawn for one view, LC_MAP_IMAGE_MARGIN pixels past
 * each edge, which later views show moved and scaled (lc-map-base.c). */
typedef struct
{
  cairo_surface_t *image;
  double           transform[3]; /* the view it was drawn for */
  double           width, height;
  int              scale;        /* device pixels a pixel */
} LcMapViewImage;

/* The base of a widget's frames, drawn once per view (lc-map-base.c). */
typedef struct
{
  LcMapViewImage      view;        /* water, countries, areas */
  GPtrArray          *features;    /* LcFeature: those drawn in it */
  const LcMapPalette *palette;
  guint               n_renders;   /* images drawn so far, for tests */
  /* The last base drawn straight into a frame (its first), which the
   * next frame showing it draws into an image. */
  GPtrArray          *direct_features;
  const LcMapPalette *direct_palette;
  int                 direct_scale;
  double              direct_width, direct_height;
  guint               n_direct;    /* bases drawn so, for tests */
} LcMapBase;

/* What a moving view shows under its panels (lc-map-motion.c). */
typedef struct
{
  LcMapViewImage view;        /* base, layers and labels */
  GBytes        *key;         /* what it shows but the view */
  guint          n_renders;   /* images drawn so far, for tests */
} LcMapMotion;

/* The panels' layout, made before the labels so they keep out of it. */
typedef struct
{
  GArray      *entries;
  PangoLayout *title;
  PangoLayout *note;
  GPtrArray   *texts;
  guint        columns;
  double       column_width;
  LcMapRect    rect;
  GBytes      *key;        /* what its entries are laid out from: equal keys, equal layouts */
  GBytes      *image_key;  /* what it shows but the title: equal keys, equal images */
  double       note_width; /* what its note wraps at */
  gboolean     tight;      /* smaller text, rows and padding, for the least room */
} LcMapLegend;

/* Where a legend goes, each laid out in its own way: in a corner, beside
 * the map's buttons, or there, tight. */
typedef enum
{
  LC_MAP_LEGEND_CORNER,
  LC_MAP_LEGEND_BESIDE,
  LC_MAP_LEGEND_TIGHT,
  LC_MAP_LEGEND_N_FITS
} LcMapLegendFit;

struct _LcMapRenderer
{
  GObject        parent_instance;

  LcStory       *story;
  gboolean       dark;
  gboolean       high_contrast;
  LcPlaceNames   names;
  LcFeature     *selected;
  LcFeature     *hovered;
  GPtrArray     *highlighted;

  LcProjection   projection;
  GHashTable    *cache;       /* LcFeature → LcMapFeatureCache */
  double         transform[3]; /* scale, offset x, offset y the paths are for */
  int            level;       /* the zoom level of detail the paths are for */
  guint          n_path_points; /* points put in paths so far, for tests */
  GArray        *labels;      /* LcMapLabel */
  gboolean       legend_expanded;
  GArray        *covered;     /* LcMapRect: what widgets over the map cover */
  GArray        *panel_rects; /* LcMapRect: the last frame's panels */
  PangoLayout   *title;       /* the last frame's legend's title, or NULL */
  LcMapRect      title_box;   /* the legend it is drawn in */
  const LcMapPalette *title_palette;
  guint          n_bodies;    /* frames' bodies drawn, for tests */

  PangoContext  *pango;       /* the frames' layouts share it */
  GHashTable    *label_cache; /* LcMapLabelLayouts, by feature and how it is labelled */
  LcPlaceNames   label_names; /* what they are for */
  guint          label_serial; /* the PangoContext's */
  guint          n_label_layouts; /* labels' layouts made so far, for tests */
  guint          n_text_images;   /* and text images drawn */

  cairo_pattern_t *hatch;    /* the areas' hatching, in hatch_color */
  LcColor        hatch_color;

  int            cache_scale; /* device pixels a pixel of the base's image; 0: none */
  gboolean       moving;      /* the view is being moved: the base may be an earlier view's */
  LcMapBase      base;
  LcMapMotion    motion;      /* while moving */
  LcMapLegend    legends[LC_MAP_LEGEND_N_FITS]; /* the last legend laid out each way,
                                                 * kept while its key holds */
  LcMapPanelImage legend_image; /* and drawn, with cache-scale */
  LcMapPanelImage inset_image;  /* the locator inset's map, with cache-scale */
  PangoLayout   *scale_label;  /* the scale bar's last, kept while it says the same */
  PangoLayout   *scale_attribution;

  /* lc-map-focus.c: kept until the day or the highlighted features change */
  guint32        focus_day;
  GPtrArray     *focus;       /* LcFeature: named by the day's events and statements */
  GPtrArray     *faded;       /* LcFeature: closed routes, features not there yet */
};

static inline gboolean
lc_map_rects_overlap (const LcMapRect *a,
                      const LcMapRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static inline gboolean
lc_map_is_main_country (LcFeature *feature)
{
  return lc_feature_get_rank (feature) <= LC_MAP_MAIN_COUNTRY_RANK;
}

static inline void
lc_map_renderer_to_pixels (LcMapRenderer *self,
                           const double  *metres,
                           double        *x,
                           double        *y)
{
  *x = self->transform[1] + metres[0] * self->transform[0];
  *y = self->transform[2] - metres[1] * self->transform[0];
}

/* The panels over the map, laid out before the labels, which keep out of them. */
typedef struct
{
  LcMapLegend legend;
  gboolean    has_legend;
  gboolean    fixed;         /* the legend stays in the bottom-left corner, and no inset */
  LcMapRect   scale;
  double      scale_bottom;
  gboolean    no_scale;      /* left out for a legend beside the buttons */
  gboolean    inset;
  LcMapRect   inset_rect;
  double      inset_metres[4];
} LcMapPanels;

/* What a frame is drawn with; each layer reads it. */
typedef struct
{
  cairo_t            *cr;
  LcViewport         *viewport;
  GPtrArray          *visible;  /* LcFeature: those that exist on @day */
  GPtrArray          *faded;    /* LcFeature: closed routes, named features not there yet */
  GPtrArray          *focus;    /* LcFeature: what the day's events and statements name */
  guint32             day;
  LcMapRect           screen;
  const LcMapPalette *palette;
  guint               n_main;   /* main countries drawn, for their alternating tints */
} LcMapFrame;

/* A layer: which features it draws, and how it draws one. */
typedef gboolean (*LcMapWantFunc) (LcMapRenderer *self,
                                   LcFeature     *feature);
typedef void     (*LcMapDrawFunc) (LcMapRenderer *self,
                                   LcMapFrame    *frame,
                                   LcFeature     *feature);

/* The kinds by shape: areas other than countries, lines, points. */
static inline gboolean
lc_map_is_area_kind (LcFeatureKind kind)
{
  return kind == LC_FEATURE_KIND_TERRITORY || kind == LC_FEATURE_KIND_ZONE;
}

static inline gboolean
lc_map_is_line_kind (LcFeatureKind kind)
{
  return kind == LC_FEATURE_KIND_CORRIDOR || kind == LC_FEATURE_KIND_ROAD;
}

/* A region is drawn as its name only, at one of its points. */
static inline gboolean
lc_map_is_region_kind (LcFeatureKind kind)
{
  return kind == LC_FEATURE_KIND_REGION;
}

static inline gboolean
lc_map_is_point_kind (LcFeatureKind kind)
{
  return kind >= LC_FEATURE_KIND_CAPITAL && !lc_map_is_region_kind (kind);
}

/* Label placement (lc-map-placement.c): obstacles in pixels. */
typedef struct
{
  LcMapRect  screen;
  GArray    *rects;     /* LcMapRect */
  GArray    *segments;  /* x0, y0, x1, y1: lines, which labels never cross */
  GArray    *outlines;  /* x0, y0, x1, y1: areas' outlines, crossed only for want of room */
  GArray    *places;    /* x, y, radius of each place's symbol */
  guint      n_panels;  /* the first rects: the panels, which no label covers */
  guint      n_static;  /* the rects before the labels: panels, then symbols */
} LcMapObstacles;

typedef enum
{
  LC_MAP_ANCHOR_POINT,   /* round a symbol */
  LC_MAP_ANCHOR_LINE,    /* beside a line */
  LC_MAP_ANCHOR_CENTRE,  /* centred: an area's name */
  LC_MAP_ANCHOR_REGION,  /* centred or a little off: a region's name, at one of its points */
} LcMapAnchorType;

typedef enum
{
  LC_MAP_LABEL_ALIGN_START,
  LC_MAP_LABEL_ALIGN_END,
  LC_MAP_LABEL_ALIGN_CENTRE,
} LcMapLabelAlign;

typedef struct
{
  double width, height;
  double first_line;  /* the first line's height: a place's name is centred on it */
} LcMapLabelSize;

/* A label to place: its anchors best first, and its sizes preferred first. */
typedef struct
{
  LcMapAnchorType       type;
  const double         *anchors;   /* x, y of each */
  guint                 n_anchors;
  double                radius;    /* a place's symbol */
  const LcMapLabelSize *sizes;
  guint                 n_sizes;
  gboolean              over_symbols;  /* where nothing is free, over symbols and lines */
  gboolean              beside;    /* an area's label may go beside @box */
  LcMapRect             box;
  gboolean              leader;    /* a place's label may go further out, with a leader */
} LcMapLabelRequest;

typedef struct
{
  guint           variant;  /* which of the sizes */
  LcMapRect       rect;
  LcMapLabelAlign align;
  gboolean        leader;   /* a line from @leader_from to @leader_to */
  double          leader_from[2];  /* beyond the symbols drawn on the place */
  double          leader_to[2];
  guint           rect_index;    /* where the obstacles keep it */
  guint           segment_index;
} LcMapPlacement;

/* Text kept drawn, with its halo, in an image (lc-map-label-cache.c). */
typedef struct
{
  cairo_surface_t *surface;
  double           x, y;     /* the image's corner from the layout's origin */
  PangoAlignment   align;
  LcColor          color;
  LcColor          halo;
  gboolean         has_halo;
  int              scale;
  double           fx, fy;   /* where in a device pixel the layout's origin is */
} LcMapTextImage;

#define LC_MAP_LABEL_VARIANTS 5 /* the ways a label may be drawn (lc-map-labels.c) */

/* A label's layouts, one for each way it may be drawn, kept from frame to
 * frame. */
typedef struct
{
  guint           n_variants;
  PangoLayout    *layouts[LC_MAP_LABEL_VARIANTS];
  LcMapLabelSize  sizes[LC_MAP_LABEL_VARIANTS];
  LcMapTextImage  images[LC_MAP_LABEL_VARIANTS];
} LcMapLabelLayouts;

typedef void (*LcMapSegmentFunc) (double   x0,
                                  double   y0,
                                  double   x1,
                                  double   y1,
                                  gpointer data);

/* lc-map-renderer.c */
guint32            lc_map_renderer_get_day         (LcMapRenderer      *self,
                                                    LcViewport         *viewport);
void               lc_map_renderer_begin_frame     (LcMapRenderer      *self,
                                                    cairo_t            *cr,
                                                    LcViewport         *viewport,
                                                    LcMapFrame         *frame);

void               lc_map_renderer_draw_base       (LcMapRenderer      *self,
                                                    LcMapFrame         *frame);
void               lc_map_renderer_draw_layers     (LcMapRenderer      *self,
                                                    LcMapFrame         *frame);
GBytes            *lc_map_renderer_content_key     (LcMapRenderer      *self,
                                                    LcMapFrame         *frame);

/* lc-map-motion.c */
void               lc_map_motion_clear             (LcMapMotion        *motion);
void               lc_map_renderer_paint_motion    (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    GArray             *occupied);

/* lc-map-base.c */
#define LC_MAP_IMAGE_MARGIN 96.0 /* pixels past each edge of the view, of a view's image */
cairo_t           *lc_map_view_image_begin         (LcMapViewImage     *image,
                                                    LcMapRenderer      *self,
                                                    const LcMapFrame   *frame,
                                                    LcMapFrame         *image_frame);
void               lc_map_view_image_clear         (LcMapViewImage     *image);
gboolean           lc_map_view_image_shows         (const LcMapViewImage *image,
                                                    LcMapRenderer      *self,
                                                    const LcMapFrame   *frame,
                                                    double             *scaling,
                                                    double             *dx,
                                                    double             *dy);
void               lc_map_view_image_paint         (const LcMapViewImage *image,
                                                    cairo_t            *cr,
                                                    double              scaling,
                                                    double              dx,
                                                    double              dy);
void               lc_map_base_clear               (LcMapBase          *base);
void               lc_map_base_reset               (LcMapBase          *base);
void               lc_map_renderer_paint_base      (LcMapRenderer      *self,
                                                    LcMapFrame         *frame);
gboolean           lc_map_renderer_paint_base_image (LcMapRenderer     *self,
                                                    LcMapFrame         *frame);

/* lc-map-simplify.c */
guint              lc_map_simplify                 (const double       *points,
                                                    guint               n,
                                                    double              tolerance,
                                                    guint8             *keep);
double             lc_map_thin                     (const double       *points,
                                                    guint               n,
                                                    double              step,
                                                    double              max_step,
                                                    GArray             *out);

/* lc-map-paths.c */
void               lc_map_feature_cache_free       (gpointer            data);
LcMapFeatureCache *lc_map_renderer_get_cache       (LcMapRenderer      *self,
                                                    LcFeature          *feature);
LcMapShape        *lc_map_renderer_get_shape       (LcMapRenderer      *self,
                                                    LcFeature          *feature);
LcMapShape        *lc_map_renderer_get_shape_at    (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    double              scale);
gboolean           lc_map_renderer_near_screen     (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    const LcMapRect    *screen,
                                                    double              margin);
void               lc_map_renderer_sync_viewport   (LcMapRenderer      *self,
                                                    LcViewport         *viewport);
void               lc_map_renderer_append_path     (LcMapRenderer      *self,
                                                    cairo_t            *cr,
                                                    LcFeature          *feature);
void               lc_map_renderer_point_pixels    (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    guint               index,
                                                    double             *x,
                                                    double             *y);

/* lc-map-layers.c */
void               lc_map_renderer_draw_layer      (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    GPtrArray          *features,
                                                    LcMapWantFunc       wanted,
                                                    LcMapDrawFunc       draw);
gboolean           lc_map_wants_country            (LcMapRenderer      *self,
                                                    LcFeature          *feature);
void               lc_map_renderer_draw_country    (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcFeature          *feature);
gboolean           lc_map_wants_area               (LcMapRenderer      *self,
                                                    LcFeature          *feature);
void               lc_map_renderer_draw_area       (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcFeature          *feature);
cairo_pattern_t   *lc_map_renderer_get_hatch       (LcMapRenderer      *self,
                                                    const LcColor      *color);
gboolean           lc_map_wants_faded              (LcMapRenderer      *self,
                                                    LcFeature          *feature);
void               lc_map_renderer_draw_faded      (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcFeature          *feature);
gboolean           lc_map_wants_highlight          (LcMapRenderer      *self,
                                                    LcFeature          *feature);
void               lc_map_renderer_draw_highlight  (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcFeature          *feature);
gboolean           lc_map_wants_line               (LcMapRenderer      *self,
                                                    LcFeature          *feature);
void               lc_map_renderer_draw_line       (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcFeature          *feature);

/* lc-map-symbols.c */
double             lc_map_symbol_radius            (LcFeatureKind       kind);
gboolean           lc_map_is_stopped               (LcFeatureState      state);
void               lc_map_draw_symbol              (cairo_t            *cr,
                                                    LcFeatureKind       kind,
                                                    LcFeatureState      state,
                                                    double              x,
                                                    double              y,
                                                    const LcMapPalette *palette);
gboolean           lc_map_wants_point              (LcMapRenderer      *self,
                                                    LcFeature          *feature);
void               lc_map_renderer_draw_point      (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcFeature          *feature);

/* lc-map-focus.c */
void               lc_map_renderer_update_focus    (LcMapRenderer      *self,
                                                    guint32             day);
void               lc_map_renderer_clear_focus     (LcMapRenderer      *self);
GPtrArray         *lc_map_renderer_dup_day_sources (LcMapRenderer      *self,
                                                    guint32             day);

/* lc-map-labels.c */
GArray            *lc_map_labels_new               (void);
void               lc_map_renderer_draw_labels     (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    GArray             *occupied);

/* lc-map-label-cache.c */
void               lc_map_label_cache_clear        (LcMapRenderer      *self);
void               lc_map_label_cache_begin        (LcMapRenderer      *self);
LcMapLabelLayouts *lc_map_label_cache_lookup       (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    gboolean            faded,
                                                    gboolean            key,
                                                    int                 width,
                                                    gboolean           *created);
void               lc_map_show_text_image          (LcMapRenderer      *self,
                                                    cairo_t            *cr,
                                                    LcMapTextImage     *image,
                                                    PangoLayout        *layout,
                                                    int                 scale,
                                                    gboolean            approximate,
                                                    double              x,
                                                    double              y,
                                                    const LcColor      *color,
                                                    const LcColor      *halo);

/* lc-map-placement.c */
gboolean           lc_map_segment_hits_rect        (const double         *segment,
                                                    const LcMapRect      *rect);
void               lc_map_obstacles_init           (LcMapObstacles       *obstacles,
                                                    const LcMapRect      *screen);
void               lc_map_obstacles_clear          (LcMapObstacles       *obstacles);
void               lc_map_obstacles_add_rect       (LcMapObstacles       *obstacles,
                                                    const LcMapRect      *rect);
void               lc_map_obstacles_add_place      (LcMapObstacles       *obstacles,
                                                    double                x,
                                                    double                y,
                                                    double                radius);
void               lc_map_obstacles_add_segment    (LcMapObstacles       *obstacles,
                                                    gboolean              outline,
                                                    double                x0,
                                                    double                y0,
                                                    double                x1,
                                                    double                y1);
gboolean           lc_map_obstacles_rect_is_free   (const LcMapObstacles *obstacles,
                                                    const LcMapRect      *rect,
                                                    gboolean              outlines);
gboolean           lc_map_place_label              (LcMapObstacles          *obstacles,
                                                    const LcMapLabelRequest *request,
                                                    LcMapPlacement          *placement);
void               lc_map_obstacles_keep           (LcMapObstacles          *obstacles,
                                                    const LcMapLabelRequest *request,
                                                    LcMapPlacement          *placement);
void               lc_map_obstacles_forget         (LcMapObstacles          *obstacles,
                                                    const LcMapPlacement    *placement);

/* lc-map-legend.c */
void               lc_map_legend_clear             (LcMapLegend        *legend);
void               lc_map_renderer_layout_legend   (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    double              max_width,
                                                    LcMapLegendFit      fit,
                                                    LcMapLegend        *legend);
void               lc_map_draw_legend              (const LcMapFrame   *frame,
                                                    LcMapLegend        *legend);
void               lc_map_draw_legend_body         (const LcMapFrame   *frame,
                                                    LcMapLegend        *legend);
void               lc_map_draw_legend_title        (const LcMapFrame   *frame,
                                                    LcMapLegend        *legend);
LcMapRect          lc_map_renderer_draw_scale      (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    double              bottom,
                                                    gboolean            draw);
gboolean           lc_map_renderer_layout_inset    (LcMapRenderer      *self,
                                                    const LcMapFrame   *frame,
                                                    double              metres[4],
                                                    LcMapRect          *rect);
void               lc_map_renderer_draw_inset      (LcMapRenderer      *self,
                                                    const LcMapFrame   *frame,
                                                    const double        metres[4],
                                                    const LcMapRect    *rect);

/* lc-map-panel-image.c */
typedef void (*LcMapPanelImageDrawFunc) (const LcMapFrame *frame,
                                         gpointer          data);

void               lc_map_panel_image_clear        (LcMapPanelImage    *image);
void               lc_map_panel_image_paint        (LcMapPanelImage    *image,
                                                    const LcMapFrame   *frame,
                                                    const LcMapRect    *rect,
                                                    int                 scale,
                                                    GBytes             *key,
                                                    gboolean            approximate,
                                                    LcMapPanelImageDrawFunc draw,
                                                    gpointer            data);

/* lc-map-panels.c */
void               lc_map_panels_clear             (LcMapPanels        *panels);
void               lc_map_renderer_layout_panels   (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcMapPanels        *panels,
                                                    GArray             *occupied);
void               lc_map_renderer_draw_panels     (LcMapRenderer      *self,
                                                    LcMapFrame         *frame,
                                                    LcMapPanels        *panels,
                                                    gboolean            title);

/* lc-map-hit.c */
void               lc_map_renderer_each_segment    (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    gboolean            closed,
                                                    LcMapSegmentFunc    func,
                                                    gpointer            data);
gboolean           lc_map_renderer_point_in        (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    double              x,
                                                    double              y);
GArray            *lc_map_renderer_area_anchors    (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    const LcMapRect    *clip);
gboolean           lc_map_renderer_visible_box     (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    const LcMapRect    *screen,
                                                    LcMapRect          *box);
GArray            *lc_map_renderer_line_anchors    (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    const LcMapRect    *clip);
gboolean           lc_map_renderer_on_screen       (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    const LcMapRect    *screen);
gboolean           lc_map_renderer_anchor_in       (LcMapRenderer      *self,
                                                    LcFeature          *feature,
                                                    const LcMapRect    *clip,
                                                    double             *x,
                                                    double             *y);

/* lc-map-style.c */
void               lc_map_set_color                 (cairo_t            *cr,
                                                     const LcColor      *color);
void               lc_map_set_color_alpha           (cairo_t            *cr,
                                                     const LcColor      *color,
                                                     double              alpha);
void               lc_map_share_context             (cairo_t            *cr,
                                                     PangoContext       *context);
PangoContext      *lc_map_get_shared_context        (cairo_t            *cr);
PangoLayout       *lc_map_create_layout             (cairo_t            *cr,
                                                     const char         *text,
                                                     double              size,
                                                     PangoWeight         weight,
                                                     PangoStyle          style);
void               lc_map_show_layout               (cairo_t            *cr,
                                                     PangoLayout        *layout,
                                                     double              x,
                                                     double              y,
                                                     const LcColor      *color,
                                                     const LcColor      *halo);
cairo_pattern_t   *lc_map_create_hatch              (const LcColor      *color);
void               lc_map_draw_panel                (cairo_t            *cr,
                                                     const LcMapRect    *rect,
                                                     const LcMapPalette *palette);

/* lc-map-text.c */
LcMapTextSink     *lc_map_text_sink_new             (void);
void               lc_map_text_sink_free            (LcMapTextSink      *sink);
void               lc_map_text_sink_attach          (LcMapTextSink      *sink,
                                                     cairo_t            *cr);
gboolean           lc_map_text_sink_record          (cairo_t            *cr,
                                                     PangoLayout        *layout,
                                                     double              x,
                                                     double              y,
                                                     const LcColor      *color,
                                                     const LcColor      *halo);
char              *lc_map_text_sink_to_svg          (LcMapTextSink      *sink);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcMapLegend, lc_map_legend_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcMapObstacles, lc_map_obstacles_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcMapPanels, lc_map_panels_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcMapTextSink, lc_map_text_sink_free)

G_END_DECLS
