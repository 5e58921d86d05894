/* lc-feed-row.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-widget-private.h"
#include "lc-feed-heading.h"
#include "lc-feed-row.h"
#include "lc-source-label.h"

/**
 * LcFeedRow:
 *
 * A card in the statements panel: a statement with its speaker, date,
 * kind, words, source and the places and events it names; or an event.
 * Everything from the story is shown as text, never as markup.
 *
 * Laying out cards was most of the first frame and of a day's step, so:
 * its parts are stacked as a vertical box would, but it asks only for the
 * width of its first line (the avatar, the speaker, the badge), and wraps
 * its text to whatever width the panel gives it, rather than measure
 * every label's text whole and at its narrowest. And its wrapped labels
 * have a width in characters (the .ui): GTK 4.8 measures a wrapped label's
 * height for a width by first laying it out at its narrowest, which for a
 * label that may break words is a character a line, some 1,700 runs of
 * the shaper for a paragraph; at 20 characters it is some 40.
 */
struct _LcFeedRow
{
  GtkWidget     parent_instance;

  GObject          *item;
  LcPlaceNames      names;
  GtkLayoutManager *stack;  /* lays the parts out, not the card's own */

  GtkBox           *header_box;

  AdwAvatar    *avatar;
  GtkImage     *event_icon;
  GtkLabel     *heading_label;
  GtkLabel     *role_label;
  GtkLabel     *date_label;
  GtkLabel     *kind_label;
  GtkLabel     *text_label;
  GtkLabel     *voice_label;
  GtkBox       *translation_box;
  GtkLabel     *translation_label;
  GtkToggleButton *original_button;
  GtkLabel     *note_label;
  GtkLabel     *source_label;
  GtkLabel     *note_source_label;
  GtkFlowBox   *chips_box;
};

G_DEFINE_FINAL_TYPE (LcFeedRow, lc_feed_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLACE_NAMES,
  N_PROPS
};

enum {
  FEATURE_ACTIVATED,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_single_source (GtkLabel *label,
                   LcSource *source)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  if (source != NULL)
    g_ptr_array_add (sources, source);
  lc_label_set_sources (label, sources, FALSE);
}

static void
on_chip_clicked_cb (LcFeedRow *self,
                    GtkButton *button)
{
  GObject *target = g_object_get_data (G_OBJECT (button), "lc-target");

  if (LC_IS_FEATURE (target))
    g_signal_emit (self, signals[FEATURE_ACTIVATED], 0, target);
  else
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, target);
}

static void
add_chip (LcFeedRow  *self,
          GObject    *target,
          const char *icon_name,
          const char *text,
          const char *accessible)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);

  /* The icon says what the button's name says: not read on its own. */
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", icon_name,
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "chip");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "small");
  lc_widget_set_tooltip (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "lc-target", g_object_ref (target), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_chip_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_flow_box_append (self->chips_box, button);
  /* The button is the focus stop, not the box's cell around it, which a
   * screen reader reads by what the chip says, not as "GtkFlowBoxChild". */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (button)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
add_feature_chips (LcFeedRow *self,
                   GPtrArray *features)
{
  for (guint i = 0; i < features->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (features, i);
      g_autofree char *name = lc_feature_dup_display_name (feature, self->names);
      /* Translators: a button that shows a place on the map */
      g_autofree char *accessible = g_strdup_printf (_("Show %s on the map"), name);

      add_chip (self, G_OBJECT (feature), "mark-location-symbolic", name, accessible);
    }
}

static void
add_event_chips (LcFeedRow *self,
                 GPtrArray *events)
{
  for (guint i = 0; i < events->len; i++)
    {
      LcEvent *event = g_ptr_array_index (events, i);
      g_autofree char *date = lc_date_format (lc_event_get_date (event));
      /* Translators: a button that moves the timeline to an event */
      g_autofree char *accessible = g_strdup_printf (_("Go to %s: %s"), date, lc_event_get_title (event));

      add_chip (self, G_OBJECT (event), "x-office-calendar-symbolic", lc_event_get_title (event),
                accessible);
    }
}

static void
clear_chips (LcFeedRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_flow_box_remove (self->chips_box, child);
}

/* The speaker's own words apart from the source's: heavier type, on top
 * of the quotation marks the text already has. */
static PangoAttrList *
create_voice_attributes (const char       *text,
                         const LcTextSpan *spans,
                         guint             n_spans)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  glong length = g_utf8_strlen (text, -1);

  for (guint i = 0; i < n_spans; i++)
    {
      PangoAttribute *attr;

      if (spans[i].end > (guint) length || spans[i].start >= spans[i].end)
        continue;
      attr = pango_attr_weight_new (PANGO_WEIGHT_SEMIBOLD);
      attr->start_index = g_utf8_offset_to_pointer (text, spans[i].start) - text;
      attr->end_index = g_utf8_offset_to_pointer (text, spans[i].end) - text;
      pango_attr_list_insert (attrs, attr);
    }

  return attrs;
}

/* One line saying whose words are whose, when the story says. */
static char *
dup_voice_explanation (LcStatement *statement)
{
  const char *speaker = lc_actor_get_name (lc_statement_get_actor (statement));
  const char *publisher = lc_source_get_publisher (lc_statement_get_source (statement));
  guint n_spans;

  if (!lc_statement_has_voices (statement))
    return NULL;

  lc_statement_get_speaker_words (statement, FALSE, &n_spans);
  if (n_spans > 0)
    /* Translators: %1$s is who is quoted, %2$s the publication that reports it */
    return g_strdup_printf (_("Words in quotation marks are %1$s’s; the rest is %2$s’s "
                              "summary."), speaker, publisher);
  if (lc_statement_get_kind (statement) == LC_STATEMENT_KIND_REPORT)
    /* Translators: %s is a publication */
    return g_strdup_printf (_("All of it is %s’s own account; nobody is quoted."), publisher);

  /* Translators: %1$s is who is reported, %2$s the publication that reports it */
  return g_strdup_printf (_("All of it is %2$s’s summary of what %1$s said; none of it is "
                            "quoted."), speaker, publisher);
}

/* Where the words shown come from: the report's language, and the
 * speaker's when it was another. */
static char *
dup_language_note (LcStatement *statement,
                   gboolean     translated)
{
  const char *publisher = lc_source_get_publisher (lc_statement_get_source (statement));
  const char *reported = lc_statement_get_language (statement);
  const char *original = lc_statement_get_original_language (statement);
  g_autofree char *reported_name = lc_language_dup_name (reported != NULL ? reported : "en");
  g_autofree char *original_name = original != NULL ? lc_language_dup_name (original) : NULL;
  gboolean other_original = original != NULL && !lc_language_matches (reported, original) &&
                            !lc_language_matches (original, reported != NULL ? reported : "en");

  if (translated && other_original)
    /* Translators: %1$s is a publication, %2$s and %3$s are language names, such as
     * “Translated from Asbarez’s report in English; the original was in Russian” */
    return g_strdup_printf (_("Translated from %1$s’s report in %2$s; the original was in %3$s"),
                            publisher, reported_name, original_name);
  if (translated)
    /* Translators: %1$s is a publication, %2$s a language name */
    return g_strdup_printf (_("Translated from %1$s’s report in %2$s"), publisher, reported_name);
  if (other_original)
    /* Translators: %1$s is a publication, %2$s and %3$s are language names, such as
     * “As Asbarez reported it, in English; the original was in Russian” */
    return g_strdup_printf (_("As %1$s reported it, in %2$s; the original was in %3$s"),
                            publisher, reported_name, original_name);

  /* Translators: %1$s is a publication, %2$s a language name */
  return g_strdup_printf (_("As %1$s reported it, in %2$s"), publisher, reported_name);
}

static void
show_statement_text (LcFeedRow   *self,
                     LcStatement *statement)
{
  const char *original = lc_statement_get_original_text (statement);
  gboolean show_original = original != NULL && gtk_toggle_button_get_active (self->original_button);
  const char *text = show_original ? original : lc_statement_get_text (statement);
  const char *original_language = lc_statement_get_original_language (statement);
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autofree char *language_note = NULL;
  const LcTextSpan *spans;
  guint n_spans;

  spans = lc_statement_get_speaker_words (statement, show_original, &n_spans);
  attrs = create_voice_attributes (text, spans, n_spans);
  gtk_label_set_text (self->text_label, text);
  gtk_label_set_attributes (self->text_label, attrs);

  /* The language line shows for a translation, and for words first said
   * in another language than the report's. */
  if (original == NULL &&
      (original_language == NULL ||
       lc_language_matches (lc_statement_get_language (statement), original_language)))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->translation_box), FALSE);
      return;
    }

  language_note = dup_language_note (statement, original != NULL && !show_original);
  gtk_label_set_text (self->translation_label, language_note);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_box), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->original_button), original != NULL);
  gtk_button_set_label (GTK_BUTTON (self->original_button),
                        show_original ? _("Show Translation") : _("Show Original"));
}

static void
on_original_toggled_cb (LcFeedRow       *self,
                        GtkToggleButton *button)
{
  if (LC_IS_STATEMENT (self->item))
    show_statement_text (self, LC_STATEMENT (self->item));
}

/* AdwAvatar takes the first letters of the first and last words of its
 * text: the actor's initials, a letter a word. */
static void
set_avatar_initials (LcFeedRow *self,
                     LcActor   *actor)
{
  const char *initials = lc_actor_get_initials (actor);
  GString *text = g_string_new (NULL);

  for (const char *p = initials; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_unichar (text, g_utf8_get_char (p));
    }
  adw_avatar_set_text (self->avatar, text->str);
  g_string_free (text, TRUE);
}

static void
show_statement (LcFeedRow   *self,
                LcStatement *statement)
{
  LcActor *actor = lc_statement_get_actor (statement);
  LcStatementKind kind = lc_statement_get_kind (statement);
  g_autofree char *date = lc_date_format (lc_statement_get_date (statement));
  g_autofree char *kind_css = g_strdup_printf ("kind-%s", lc_statement_kind_to_string (kind));
  g_autofree char *voices = dup_voice_explanation (statement);
  g_autofree char *description = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->avatar), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->event_icon), FALSE);
  set_avatar_initials (self, actor);
  gtk_label_set_text (self->heading_label, lc_actor_get_name (actor));
  lc_label_set_optional_text (self->role_label, lc_actor_get_role (actor));
  gtk_label_set_text (self->date_label, date);

  gtk_label_set_text (self->kind_label, lc_statement_kind_get_label (kind));
  lc_widget_set_tooltip (GTK_WIDGET (self->kind_label), lc_statement_kind_get_description (kind));
  gtk_widget_set_css_classes (GTK_WIDGET (self->kind_label),
                              (const char *[]) { "kind-badge", "caption-heading", kind_css, NULL });
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), TRUE);

  gtk_toggle_button_set_active (self->original_button, FALSE);
  show_statement_text (self, statement);
  if (kind == LC_STATEMENT_KIND_CLAIM)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "claim");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "claim");
  /* Read out with the words: what kind of statement, and whose words. */
  description = voices != NULL ? g_strdup_printf ("%s. %s", lc_statement_kind_get_description (kind), voices)
                               : g_strdup (lc_statement_kind_get_description (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  lc_label_set_optional_text (self->voice_label, voices);
  lc_label_set_optional_text (self->note_label, lc_statement_get_note (statement));
  set_single_source (self->source_label, lc_statement_get_source (statement));
  lc_label_set_sources (self->note_source_label, lc_statement_get_note_sources (statement), TRUE);

  add_feature_chips (self, lc_statement_get_mentions (statement));
  add_event_chips (self, lc_statement_get_refers_to (statement));
}

static void
show_event (LcFeedRow *self,
            LcEvent   *event)
{
  g_autofree char *date = lc_date_format (lc_event_get_date (event));

  gtk_widget_set_visible (GTK_WIDGET (self->avatar), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->event_icon), TRUE);
  gtk_label_set_text (self->heading_label, lc_event_get_title (event));
  lc_label_set_optional_text (self->role_label, NULL);
  gtk_label_set_text (self->date_label, date);
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_box), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "claim");
  gtk_label_set_attributes (self->text_label, NULL);
  lc_label_set_optional_text (self->text_label, lc_event_get_text (event));
  lc_label_set_optional_text (self->voice_label, NULL);
  lc_label_set_optional_text (self->note_label, lc_event_get_note (event));
  lc_label_set_sources (self->source_label, lc_event_get_sources (event), FALSE);
  lc_label_set_sources (self->note_source_label, lc_event_get_note_sources (event), TRUE);

  add_feature_chips (self, lc_event_get_features (event));
}

static void
update (LcFeedRow *self)
{
  clear_chips (self);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "event");
  if (LC_IS_STATEMENT (self->item))
    show_statement (self, LC_STATEMENT (self->item));
  else if (LC_IS_EVENT (self->item))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "event");
      show_event (self, LC_EVENT (self->item));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->chips_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->chips_box)) != NULL);
}

static GtkSizeRequestMode
lc_feed_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lc_feed_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  LcFeedRow *self = LC_FEED_ROW (widget);

  /* Its height without a width, as GTK 4.8's list view asks when the
   * window is measured before it has a size: its first line's. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL || for_size < 0)
    gtk_widget_measure (GTK_WIDGET (self->header_box), orientation, -1,
                        minimum, natural, minimum_baseline, natural_baseline);
  else
    gtk_layout_manager_measure (self->stack, widget, orientation, for_size,
                                minimum, natural, minimum_baseline, natural_baseline);
}

static void
lc_feed_row_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  gtk_layout_manager_allocate (LC_FEED_ROW (widget)->stack, widget, width, height, baseline);
}

static void
lc_feed_row_dispose (GObject *object)
{
  LcFeedRow *self = (LcFeedRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_FEED_ROW);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->item);
  g_clear_object (&self->stack);

  G_OBJECT_CLASS (lc_feed_row_parent_class)->dispose (object);
}

static void
lc_feed_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcFeedRow *self = LC_FEED_ROW (object);

  switch (prop_id)
    {
    case PROP_PLACE_NAMES:
      g_value_set_enum (value, self->names);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_feed_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcFeedRow *self = LC_FEED_ROW (object);

  switch (prop_id)
    {
    case PROP_PLACE_NAMES:
      lc_feed_row_set_place_names (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_feed_row_class_init (LcFeedRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_feed_row_dispose;
  object_class->get_property = lc_feed_row_get_property;
  object_class->set_property = lc_feed_row_set_property;
  widget_class->get_request_mode = lc_feed_row_get_request_mode;
  widget_class->measure = lc_feed_row_measure;
  widget_class->size_allocate = lc_feed_row_size_allocate;

  properties[PROP_PLACE_NAMES] =
    g_param_spec_enum ("place-names", NULL, NULL, LC_TYPE_PLACE_NAMES, LC_PLACE_NAMES_BOTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcFeedRow::feature-activated:
   *
   * A place's button was clicked.
   */
  signals[FEATURE_ACTIVATED] = g_signal_new ("feature-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, LC_TYPE_FEATURE);
  /**
   * LcFeedRow::event-activated:
   *
   * An event's button was clicked.
   */
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, LC_TYPE_EVENT);

  g_type_ensure (LC_TYPE_FEED_HEADING);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-feed-row.ui");
  /* A box the list item round it names, as other boxes: not "LcFeedRow". */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, header_box);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, event_icon);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, role_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, voice_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, translation_box);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, translation_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, original_button);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, note_source_label);
  gtk_widget_class_bind_template_child (widget_class, LcFeedRow, chips_box);
  gtk_widget_class_set_css_name (widget_class, "feedrow");
}

static void
lc_feed_row_init (LcFeedRow *self)
{
  self->stack = gtk_box_layout_new (GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (self->stack), 8);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The text can be selected with the pointer, to copy a quotation, but is
   * no focus stop: the card is, and says the text (its description). */
  gtk_widget_set_focusable (GTK_WIDGET (self->text_label), FALSE);
  /* The avatar's initials repeat the speaker's name, which the card says:
   * screen readers skip it, and its label with the initials. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->avatar)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  g_signal_connect_object (self->original_button, "toggled", G_CALLBACK (on_original_toggled_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
lc_feed_row_new (void)
{
  return g_object_new (LC_TYPE_FEED_ROW, NULL);
}

/**
 * lc_feed_row_get_item:
 *
 * Returns: (transfer none) (nullable): the #LcStatement or #LcEvent shown
 */
GObject *
lc_feed_row_get_item (LcFeedRow *self)
{
  g_return_val_if_fail (LC_IS_FEED_ROW (self), NULL);

  return self->item;
}

/**
 * lc_feed_row_set_item:
 * @item: (nullable): an #LcStatement or #LcEvent
 */
void
lc_feed_row_set_item (LcFeedRow *self,
                      GObject   *item)
{
  g_return_if_fail (LC_IS_FEED_ROW (self));

  if (g_set_object (&self->item, item) && item != NULL)
    update (self);
}

/**
 * lc_feed_row_set_place_names:
 *
 * Chooses whose names the place buttons show.
 */
void
lc_feed_row_set_place_names (LcFeedRow    *self,
                             LcPlaceNames  names)
{
  g_return_if_fail (LC_IS_FEED_ROW (self));

  if (self->names == names)
    return;

  self->names = names;
  if (self->item != NULL)
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAMES]);
}

/**
 * lc_feed_row_set_highlighted:
 *
 * Marks the card, for a statement about the place selected on the map.
 */
void
lc_feed_row_set_highlighted (LcFeedRow *self,
                             gboolean   highlighted)
{
  g_return_if_fail (LC_IS_FEED_ROW (self));

  if (highlighted)
    gtk_widget_add_css_class (GTK_WIDGET (self), "highlighted");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "highlighted");
}

/**
 * lc_feed_row_dup_accessible_label:
 *
 * Returns: (transfer full): what a screen reader says of the card: who
 *   (or the event's title), when, and which kind of statement
 */
char *
lc_feed_row_dup_accessible_label (LcFeedRow *self)
{
  const char *kind;

  g_return_val_if_fail (LC_IS_FEED_ROW (self), NULL);

  kind = gtk_widget_get_visible (GTK_WIDGET (self->kind_label))
         ? gtk_label_get_text (self->kind_label) : _("Event");
  /* "Nikol Pashinyan, 28 December 2022, Quote": a comma between them
   * reads as a pause in each of the app's languages. */
  return g_strjoin (", ", gtk_label_get_text (self->heading_label),
                    gtk_label_get_text (self->date_label), kind, NULL);
}

/**
 * lc_feed_row_get_text:
 *
 * Returns: (transfer none): the statement's or event's text as shown
 */
const char *
lc_feed_row_get_text (LcFeedRow *self)
{
  g_return_val_if_fail (LC_IS_FEED_ROW (self), NULL);

  return gtk_label_get_text (self->text_label);
}
