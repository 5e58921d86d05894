/* lc-timeline-bar.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-timeline-bar.h"

/**
 * LcTimelineBar:
 *
 * The timeline's bar: the buttons before its label, the label
 * (the date shown), and the controls after it, in one row when the label
 * fits there on one line, and otherwise the label on a line of its own,
 * the whole width, above the others. A window 360 pixels wide then shows
 * the whole date rather than three cut lines of it.
 *
 * Whether it fits is decided for the widest text the label will take
 * (#LcTimelineBar:widest), not for the one it has, and the label
 * keeps the room that text needs: stepping through the days neither
 * moves the bar's rows nor changes its height.
 */
struct _LcTimelineBar
{
  GtkWidget  parent_instance;

  char             *widest;
  gboolean          stacked;
};

G_DEFINE_FINAL_TYPE (LcTimelineBar, lc_timeline_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WIDEST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SPACING 6

/* The bar's children: those before the label, the label, those after. */
typedef struct
{
  GtkWidget *label;
  int        side_min;
  int        side_nat;
  int        side_height;
} Bar;

static void
measure_bar (GtkWidget *widget,
             Bar       *bar)
{
  guint n_sides = 0;

  *bar = (Bar) { NULL };
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat, height;

      if (!gtk_widget_should_layout (child))
        continue;
      if (bar->label == NULL && GTK_IS_LABEL (child))
        {
          bar->label = child;
          continue;
        }
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
      bar->side_min += min;
      bar->side_nat += nat;
      bar->side_height = MAX (bar->side_height, height);
      n_sides++;
    }
  if (n_sides > 1)
    {
      bar->side_min += SPACING * (n_sides - 1);
      bar->side_nat += SPACING * (n_sides - 1);
    }
}

/* The size of the label's widest text, on one line (@width < 0) or
 * wrapped at @width, in the label's font. */
static void
measure_widest (LcTimelineBar *self,
                GtkWidget     *label,
                int            width,
                int           *text_width,
                int           *text_height)
{
  g_autoptr(PangoLayout) layout = NULL;

  layout = gtk_widget_create_pango_layout (label, self->widest != NULL ? self->widest : "");
  if (width >= 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_get_pixel_size (layout, text_width, text_height);
}

/* The label's natural width: its own text or the widest, on one line. */
static int
label_width (LcTimelineBar *self,
             Bar           *bar)
{
  int nat, widest;

  gtk_widget_measure (bar->label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
  measure_widest (self, bar->label, -1, &widest, NULL);

  return MAX (nat, widest);
}

/* The label's height at @width: its own text's, or the widest's. */
static int
label_height (LcTimelineBar *self,
              Bar           *bar,
              int            width)
{
  int min, height;

  gtk_widget_measure (bar->label, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  width = MAX (width, min);
  gtk_widget_measure (bar->label, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  if (self->widest != NULL)
    {
      int widest_height;

      measure_widest (self, bar->label, width, NULL, &widest_height);
      height = MAX (height, widest_height);
    }

  return height;
}

static gboolean
fits_in_a_row (LcTimelineBar *self,
               Bar           *bar,
               int            width)
{
  return bar->label == NULL || width >= bar->side_nat + 2 * SPACING + label_width (self, bar);
}

static void
lc_timeline_bar_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  LcTimelineBar *self = LC_TIMELINE_BAR (widget);
  Bar bar;

  measure_bar (widget, &bar);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int label_min = 0;

      if (bar.label != NULL)
        gtk_widget_measure (bar.label, GTK_ORIENTATION_HORIZONTAL, -1, &label_min, NULL, NULL, NULL);
      /* At the least, the label above the others. */
      *minimum = MAX (bar.side_min, label_min);
      *natural = bar.label != NULL ? bar.side_nat + 2 * SPACING + label_width (self, &bar) : bar.side_nat;
      *natural = MAX (*natural, *minimum);
    }
  else
    {
      int width = for_size;
      int unused;

      if (width < 0)
        lc_timeline_bar_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);
      if (bar.label == NULL)
        *minimum = bar.side_height;
      else if (fits_in_a_row (self, &bar, width))
        *minimum = MAX (bar.side_height, label_height (self, &bar, width - bar.side_nat - 2 * SPACING));
      else
        *minimum = label_height (self, &bar, width) + SPACING + bar.side_height;
      *natural = *minimum;
    }
}

/* Places the children other than the label in a row at @y, those before
 * the label from the start, those after it at the end, and the label
 * between them when @with_label. */
static void
allocate_sides (GtkWidget *widget,
                Bar       *bar,
                int        width,
                int        y,
                int        height,
                gboolean   with_label)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean after = FALSE;
  int start = 0;
  int end = width;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int nat;

      if (!gtk_widget_should_layout (child))
        continue;
      if (child == bar->label)
        {
          after = TRUE;
          continue;
        }
      if (after)
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - start - nat : start, y, nat, height }, -1);
      start += nat + SPACING;
    }

  /* Those after the label, from the end, last first. */
  for (child = gtk_widget_get_last_child (widget); child != NULL && child != bar->label;
       child = gtk_widget_get_prev_sibling (child))
    {
      int nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
      end -= nat;
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - end - nat : end, y, nat, height }, -1);
      end -= SPACING;
    }

  if (bar->label != NULL && with_label)
    {
      int label_width = MAX (0, end - start);

      gtk_widget_size_allocate (bar->label,
                                &(GtkAllocation) { rtl ? width - end : start, y, label_width, height }, -1);
    }
}

static void
lc_timeline_bar_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LcTimelineBar *self = LC_TIMELINE_BAR (widget);
  Bar bar;
  int label_h;

  measure_bar (widget, &bar);
  self->stacked = !fits_in_a_row (self, &bar, width);
  if (!self->stacked)
    {
      allocate_sides (widget, &bar, width, 0, height, TRUE);
      return;
    }

  label_h = label_height (self, &bar, width);
  gtk_widget_size_allocate (bar.label, &(GtkAllocation) { 0, 0, width, label_h }, -1);
  allocate_sides (widget, &bar, width, label_h + SPACING, MAX (0, height - label_h - SPACING), FALSE);
}

static GtkSizeRequestMode
lc_timeline_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lc_timeline_bar_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lc_timeline_bar_parent_class)->dispose (object);
}

static void
lc_timeline_bar_finalize (GObject *object)
{
  LcTimelineBar *self = LC_TIMELINE_BAR (object);

  g_clear_pointer (&self->widest, g_free);

  G_OBJECT_CLASS (lc_timeline_bar_parent_class)->finalize (object);
}

static void
lc_timeline_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LcTimelineBar *self = LC_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_WIDEST:
      g_value_set_string (value, self->widest);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LcTimelineBar *self = LC_TIMELINE_BAR (object);

  switch (prop_id)
    {
    case PROP_WIDEST:
      lc_timeline_bar_set_widest (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_bar_class_init (LcTimelineBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_timeline_bar_dispose;
  object_class->get_property = lc_timeline_bar_get_property;
  object_class->set_property = lc_timeline_bar_set_property;
  object_class->finalize = lc_timeline_bar_finalize;
  widget_class->get_request_mode = lc_timeline_bar_get_request_mode;
  widget_class->measure = lc_timeline_bar_measure;
  widget_class->size_allocate = lc_timeline_bar_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "timelinebar");

  properties[PROP_WIDEST] = g_param_spec_string ("widest", NULL, NULL, NULL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_timeline_bar_init (LcTimelineBar *self)
{
}

/**
 * lc_timeline_bar_get_widest:
 *
 * Returns: (nullable): the widest text the label will take
 */
const char *
lc_timeline_bar_get_widest (LcTimelineBar *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_BAR (self), NULL);

  return self->widest;
}

/**
 * lc_timeline_bar_set_widest:
 * @widest: (nullable): the widest text the label will take
 *
 * Sets the text the bar makes room for, so that its rows stay as they
 * are whichever text the label has.
 */
void
lc_timeline_bar_set_widest (LcTimelineBar *self,
                            const char    *widest)
{
  g_return_if_fail (LC_IS_TIMELINE_BAR (self));

  if (g_strcmp0 (self->widest, widest) == 0)
    return;

  g_free (self->widest);
  self->widest = g_strdup (widest);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDEST]);
}

/**
 * lc_timeline_bar_get_stacked:
 *
 * Returns: whether the label was last placed above the others
 */
gboolean
lc_timeline_bar_get_stacked (LcTimelineBar *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_BAR (self), FALSE);

  return self->stacked;
}
