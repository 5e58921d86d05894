/* lc-place-card.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/**
 * LcPlaceCard:
 *
 * The place selected on the map, above the statements: its names, what
 * it is on the day shown, the story's note on it and the publications
 * both rest on. Everything from the story is shown as text, never as
 * markup; the sources are links.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-map-renderer.h"
#include "lc-place-card.h"
#include "lc-source-label.h"
#include "lc-widget-private.h"

struct _LcPlaceCard
{
  GtkWidget  parent_instance;

  LcFeature *feature;

  GtkLabel  *name_label;
  GtkLabel  *names_label;
  GtkLabel  *facts_label;
  GtkLabel  *note_label;
  GtkLabel  *source_label;
  GtkLabel  *note_source_label;
};

G_DEFINE_FINAL_TYPE (LcPlaceCard, lc_place_card, GTK_TYPE_WIDGET)

enum {
  DISMISSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[DISMISSED], 0);
}

static void
lc_place_card_dispose (GObject *object)
{
  LcPlaceCard *self = (LcPlaceCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_PLACE_CARD);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->feature);

  G_OBJECT_CLASS (lc_place_card_parent_class)->dispose (object);
}

static void
lc_place_card_class_init (LcPlaceCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_place_card_dispose;

  /**
   * LcPlaceCard::dismissed:
   *
   * Emitted when the reader closes the card: the place is no longer
   * selected.
   */
  signals[DISMISSED] = g_signal_new ("dismissed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "place.dismiss", NULL, dismiss_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lachinmap/LachinCorridor/lc-place-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPlaceCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, LcPlaceCard, names_label);
  gtk_widget_class_bind_template_child (widget_class, LcPlaceCard, facts_label);
  gtk_widget_class_bind_template_child (widget_class, LcPlaceCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, LcPlaceCard, source_label);
  gtk_widget_class_bind_template_child (widget_class, LcPlaceCard, note_source_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "placecard");
}

static void
lc_place_card_init (LcPlaceCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lc_place_card_new (void)
{
  return g_object_new (LC_TYPE_PLACE_CARD, NULL);
}

/**
 * lc_place_card_get_feature:
 *
 * Returns: (transfer none) (nullable): the place shown
 */
LcFeature *
lc_place_card_get_feature (LcPlaceCard *self)
{
  g_return_val_if_fail (LC_IS_PLACE_CARD (self), NULL);

  return self->feature;
}

/* "Corridor road, blocked": the facts line starts with a capital, as a
 * line of its own does. */
static char *
dup_facts (LcFeature *feature,
           guint32    day)
{
  g_autofree char *facts = lc_map_dup_feature_facts (feature, day);
  const char *rest;
  gunichar first;
  char title[6];

  if (facts[0] == '\0')
    return g_steal_pointer (&facts);

  first = g_utf8_get_char (facts);
  rest = g_utf8_next_char (facts);
  title[g_unichar_to_utf8 (g_unichar_totitle (first), title)] = '\0';

  return g_strconcat (title, rest, NULL);
}

/**
 * lc_place_card_set_feature:
 * @feature: (nullable): the place, or %NULL to show none
 * @day: the day whose state to tell
 * @names: which side's names come first
 *
 * Shows @feature as it is on @day.
 */
void
lc_place_card_set_feature (LcPlaceCard  *self,
                           LcFeature    *feature,
                           guint32       day,
                           LcPlaceNames  names)
{
  g_autofree char *name = NULL;
  g_autofree char *both = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (LC_IS_PLACE_CARD (self));
  g_return_if_fail (!feature || LC_IS_FEATURE (feature));

  g_set_object (&self->feature, feature);
  if (feature == NULL)
    return;

  name = lc_feature_dup_display_name (feature, names);
  both = lc_feature_dup_display_name (feature, LC_PLACE_NAMES_BOTH);
  facts = dup_facts (feature, day);

  gtk_label_set_text (self->name_label, name);
  /* With one side's names first, the other side's stay in view. */
  lc_label_set_optional_text (self->names_label, g_strcmp0 (name, both) != 0 ? both : NULL);
  lc_label_set_optional_text (self->facts_label, facts);
  lc_label_set_optional_text (self->note_label, lc_feature_get_note (feature));

  lc_label_set_sources (self->source_label, lc_feature_get_sources (feature), FALSE);
  lc_label_set_sources (self->note_source_label, lc_feature_get_note_sources (feature), TRUE);

  /* Translators: the accessible name of the card about the place selected
   * on the map; %s is its name */
  description = g_strdup_printf (_("Selected place: %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, facts,
                                  -1);
}
