/* lc-story-overview.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-story-enums.h"
#include "lc-widget-private.h"
#include "lc-story-overview.h"

/**
 * LcStoryOverview:
 *
 * A way into a story for a newcomer, like the overview slide of
 * StoryMapJS: its title, its summary, the report it follows and what the
 * colours of the cards and the timeline mean. Closing it (its button, the
 * Start button or Escape) activates `overview.close`, which the window
 * handles: it hides the overview and remembers that it was read.
 * Everything from the story is text, never markup, but for the source's
 * link.
 */
struct _LcStoryOverview
{
  GtkWidget       parent_instance;

  LcStory        *story;
  LcSource       *main_source;
  guint           n_kind_rows;

  GtkLabel       *title_label;
  GtkLabel       *summary_label;
  GtkLabel       *source_label;
  GtkGrid        *colours_grid;
  GtkDrawingArea *past_sample;
  GtkDrawingArea *future_sample;
  GtkButton      *start_button;
};

G_DEFINE_FINAL_TYPE (LcStoryOverview, lc_story_overview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The grid's rows before the statements' kinds: events, the timeline. */
#define FIRST_KIND_ROW 2
#define SAMPLE_ALPHA   0.55

/* The report the story follows: the source most of its statements cite,
 * the first listed when none do. */
static LcSource *
find_main_source (LcStory *story)
{
  GListModel *statements = lc_story_get_statements (story);
  GListModel *sources = lc_story_get_sources (story);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  LcSource *best = NULL;
  guint best_count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
      LcSource *source = lc_statement_get_source (statement);
      guint count;

      if (source == NULL)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, source)) + 1;
      g_hash_table_insert (counts, source, GUINT_TO_POINTER (count));
    }

  /* In the order the story lists them, so a tie goes to the first. */
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(LcSource) source = g_list_model_get_item (sources, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, source));

      if (best == NULL || count > best_count)
        {
          best = source;
          best_count = count;
        }
    }

  return best;
}

static void
show_source (LcStoryOverview *self)
{
  const LcDate *date;
  g_autofree char *date_text = NULL;
  g_autofree char *citation = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->source_label), self->main_source != NULL);
  if (self->main_source == NULL)
    return;

  date = lc_source_get_date (self->main_source);
  date_text = date != NULL ? lc_date_format (date) : NULL;
  if (lc_source_get_title (self->main_source) != NULL && date_text != NULL)
    citation = g_strdup_printf (_("%s, “%s”, %s"), lc_source_get_publisher (self->main_source),
                                lc_source_get_title (self->main_source), date_text);
  else if (lc_source_get_title (self->main_source) != NULL)
    citation = g_strdup_printf (_("%s, “%s”"), lc_source_get_publisher (self->main_source),
                                lc_source_get_title (self->main_source));
  else
    citation = g_strdup (lc_source_get_publisher (self->main_source));

  /* Translators: the report a story follows, "From: Asbarez, “Title”, 30 December 2022" */
  text = g_strdup_printf (_("From: %s"), citation);
  if (lc_source_get_url (self->main_source) != NULL)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>",
                                                         lc_source_get_url (self->main_source), text);

      gtk_label_set_markup (self->source_label, markup);
    }
  else
    gtk_label_set_text (self->source_label, text);
}

static void
clear_kind_rows (LcStoryOverview *self)
{
  for (guint i = 0; i < self->n_kind_rows; i++)
    gtk_grid_remove_row (self->colours_grid, FIRST_KIND_ROW);
  self->n_kind_rows = 0;
}

/* A badge and its meaning for each kind of statement the story has, as
 * the cards show them. */
static void
add_kind_rows (LcStoryOverview *self)
{
  GListModel *statements = lc_story_get_statements (self->story);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (LC_TYPE_STATEMENT_KIND);
  gboolean used[32] = { FALSE };

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);
      guint kind = lc_statement_get_kind (statement);

      if (kind < G_N_ELEMENTS (used))
        used[kind] = TRUE;
    }

  for (guint i = 0; i < kinds->n_values; i++)
    {
      LcStatementKind kind = kinds->values[i].value;
      g_autofree char *kind_css = NULL;
      GtkWidget *badge, *meaning;

      if ((guint) kind >= G_N_ELEMENTS (used) || !used[kind])
        continue;

      kind_css = g_strdup_printf ("kind-%s", lc_statement_kind_to_string (kind));
      badge = gtk_label_new (lc_statement_kind_get_label (kind));
      gtk_widget_set_css_classes (badge, (const char *[]) { "kind-badge", "caption-heading", kind_css, NULL });
      gtk_widget_set_halign (badge, GTK_ALIGN_START);
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      meaning = gtk_label_new (lc_statement_kind_get_description (kind));
      gtk_label_set_xalign (GTK_LABEL (meaning), 0);
      gtk_label_set_wrap (GTK_LABEL (meaning), TRUE);
      gtk_grid_attach (self->colours_grid, badge, 0, FIRST_KIND_ROW + self->n_kind_rows, 1, 1);
      gtk_grid_attach (self->colours_grid, meaning, 1, FIRST_KIND_ROW + self->n_kind_rows, 1, 1);
      self->n_kind_rows++;
    }
}

/* The timeline's colours, as its track draws them: the past's and the future's. */
static void
draw_sample (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  gboolean past = GPOINTER_TO_INT (user_data);
  GdkRGBA color;

  gtk_style_context_get_color (context, &color);
  if (past)
    gtk_style_context_lookup_color (context, "accent_bg_color", &color);
  else
    color.alpha *= SAMPLE_ALPHA;

  gdk_cairo_set_source_rgba (cr, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  /* The window's: it hides the overview and remembers. */
  gtk_widget_activate_action (widget, "win.close-overview", NULL);
}

static void
lc_story_overview_dispose (GObject *object)
{
  LcStoryOverview *self = (LcStoryOverview *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_STORY_OVERVIEW);
  lc_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->story);
  self->main_source = NULL;

  G_OBJECT_CLASS (lc_story_overview_parent_class)->dispose (object);
}

static void
lc_story_overview_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LcStoryOverview *self = LC_STORY_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      g_value_set_object (value, self->story);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_story_overview_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LcStoryOverview *self = LC_STORY_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_story_overview_set_story (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_story_overview_class_init (LcStoryOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_story_overview_dispose;
  object_class->get_property = lc_story_overview_get_property;
  object_class->set_property = lc_story_overview_set_property;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "overview.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "overview.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-story-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, source_label);
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, colours_grid);
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, past_sample);
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, future_sample);
  gtk_widget_class_bind_template_child (widget_class, LcStoryOverview, start_button);
  gtk_widget_class_set_css_name (widget_class, "storyoverview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lc_story_overview_init (LcStoryOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8 names a button with a mnemonic by its label and the label's
   * text, "_Start Reading Start Reading": the template's name alone. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->start_button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  gtk_drawing_area_set_draw_func (self->past_sample, draw_sample, GINT_TO_POINTER (TRUE), NULL);
  gtk_drawing_area_set_draw_func (self->future_sample, draw_sample, GINT_TO_POINTER (FALSE), NULL);
}

/**
 * lc_story_overview_get_story:
 *
 * Returns: (transfer none) (nullable): the story
 */
LcStory *
lc_story_overview_get_story (LcStoryOverview *self)
{
  g_return_val_if_fail (LC_IS_STORY_OVERVIEW (self), NULL);

  return self->story;
}

/**
 * lc_story_overview_set_story:
 *
 * Shows @story's title, summary, report and colours.
 */
void
lc_story_overview_set_story (LcStoryOverview *self,
                             LcStory         *story)
{
  const char *summary;

  g_return_if_fail (LC_IS_STORY_OVERVIEW (self));

  if (!g_set_object (&self->story, story))
    return;

  clear_kind_rows (self);
  self->main_source = story != NULL ? find_main_source (story) : NULL;
  if (story != NULL)
    {
      summary = lc_story_get_summary (story);
      gtk_label_set_text (self->title_label, lc_story_get_title (story));
      gtk_label_set_text (self->summary_label, summary != NULL ? summary : "");
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);
      add_kind_rows (self);
    }
  show_source (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

/**
 * lc_story_overview_get_main_source:
 *
 * Returns: (transfer none) (nullable): the report the story follows
 */
LcSource *
lc_story_overview_get_main_source (LcStoryOverview *self)
{
  g_return_val_if_fail (LC_IS_STORY_OVERVIEW (self), NULL);

  return self->main_source;
}

/**
 * lc_story_overview_focus:
 *
 * Puts the keyboard focus on the Start button, so Enter closes the
 * overview and a screen reader reads it first.
 */
void
lc_story_overview_focus (LcStoryOverview *self)
{
  g_return_if_fail (LC_IS_STORY_OVERVIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}
