/* lc-feed-heading.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A card's heading lines (who or what, their role, the date), one above
 * the other, as a vertical GtkBox lays them out. Only its width is asked
 * for differently: it is its widest line's, each line asked for its width
 * alone. GTK 4.8's vertical box asks each line how wide it must be at its
 * height, and a wrapped GtkLabel answers that by a binary search, laying
 * its text out some ten times; every card's heading did it twice as a
 * window started, half the times a text was laid out before the first
 * frame (docs/performance.md). */

#include "config.h"

#include "lc-feed-heading.h"
#include "lc-widget-private.h"

struct _LcFeedHeading
{
  GtkWidget         parent_instance;

  /* Not the widget's layout manager, which GTK would ask in its place. */
  GtkLayoutManager *box;
};

G_DEFINE_FINAL_TYPE (LcFeedHeading, lc_feed_heading, GTK_TYPE_WIDGET)

static void
lc_feed_heading_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_layout_manager_measure (LC_FEED_HEADING (widget)->box, widget, orientation, for_size,
                                  minimum, natural, minimum_baseline, natural_baseline);
      return;
    }

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

static void
lc_feed_heading_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  gtk_layout_manager_allocate (LC_FEED_HEADING (widget)->box, widget, width, height, baseline);
}

static GtkSizeRequestMode
lc_feed_heading_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lc_feed_heading_dispose (GObject *object)
{
  lc_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&LC_FEED_HEADING (object)->box);

  G_OBJECT_CLASS (lc_feed_heading_parent_class)->dispose (object);
}

static void
lc_feed_heading_class_init (LcFeedHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_feed_heading_dispose;

  widget_class->measure = lc_feed_heading_measure;
  widget_class->size_allocate = lc_feed_heading_size_allocate;
  widget_class->get_request_mode = lc_feed_heading_get_request_mode;

  /* As the box it stands for, to styles and to a screen reader. */
  gtk_widget_class_set_css_name (widget_class, "box");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lc_feed_heading_init (LcFeedHeading *self)
{
  self->box = gtk_box_layout_new (GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
lc_feed_heading_new (void)
{
  return g_object_new (LC_TYPE_FEED_HEADING, NULL);
}
