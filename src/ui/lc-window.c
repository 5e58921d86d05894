/* lc-window.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lc-window.h"

/**
 * LcWindow:
 *
 * A window on one story. It shows the story, or the loader's errors when
 * the file could not be opened.
 */
struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  LcStory              *story;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkMenuButton        *menu_button;
  GtkStack             *stack;
  GtkLabel             *story_title;
  GtkLabel             *story_summary;
  GtkListBox           *facts_list;
  AdwActionRow         *timeline_row;
  AdwActionRow         *counts_row;
  AdwActionRow         *source_row;
  AdwStatusPage        *error_page;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A day number in the user's locale, such as "30 December 2022". */
static char *
format_day (guint32 day)
{
  LcDate date = { day, LC_DATE_PRECISION_DAY };
  g_autoptr(GDateTime) datetime = NULL;
  guint year, month, mday;

  lc_date_get_ymd (&date, &year, &month, &mday);
  datetime = g_date_time_new_utc (year, month, mday, 0, 0, 0);

  /* Translators: a full date, see the strftime manual page */
  return g_date_time_format (datetime, _("%-d %B %Y"));
}

static char *
describe_counts (LcStory *story)
{
  guint n_features = g_list_model_get_n_items (lc_story_get_features (story));
  guint n_events = g_list_model_get_n_items (lc_story_get_events (story));
  guint n_statements = g_list_model_get_n_items (lc_story_get_statements (story));
  g_autofree char *features = g_strdup_printf (ngettext ("%u place or area", "%u places and areas",
                                                         n_features), n_features);
  g_autofree char *events = g_strdup_printf (ngettext ("%u event", "%u events", n_events),
                                             n_events);
  g_autofree char *statements = g_strdup_printf (ngettext ("%u statement", "%u statements",
                                                           n_statements), n_statements);

  /* Translators: the three counts of a story, joined */
  return g_strdup_printf (_("%s · %s · %s"), features, events, statements);
}

static char *
describe_source (LcSource *source)
{
  const LcDate *date = lc_source_get_date (source);
  g_autofree char *day = date != NULL ? format_day (date->day) : NULL;

  if (day != NULL)
    /* Translators: publisher, title and date of a source */
    return g_strdup_printf (_("%s: %s, %s"), lc_source_get_publisher (source),
                            lc_source_get_title (source), day);

  /* Translators: publisher and title of a source */
  return g_strdup_printf (_("%s: %s"), lc_source_get_publisher (source),
                          lc_source_get_title (source));
}

static void
show_story (LcWindow *self)
{
  g_autofree char *start = format_day (lc_story_get_start (self->story));
  g_autofree char *end = format_day (lc_story_get_end (self->story));
  g_autofree char *range = NULL;
  g_autofree char *counts = describe_counts (self->story);
  g_autoptr(LcSource) source = g_list_model_get_item (lc_story_get_sources (self->story), 0);
  g_autofree char *source_text = describe_source (source);
  const char *summary = lc_story_get_summary (self->story);

  /* Translators: a span of dates, from – to */
  range = g_strdup_printf (_("%s – %s"), start, end);

  gtk_label_set_text (self->title_label, lc_story_get_title (self->story));
  gtk_label_set_text (self->subtitle_label, lc_source_get_publisher (source));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
  gtk_window_set_title (GTK_WINDOW (self), lc_story_get_title (self->story));

  gtk_label_set_text (self->story_title, lc_story_get_title (self->story));
  gtk_label_set_text (self->story_summary, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->story_summary), summary != NULL);
  adw_action_row_set_subtitle (self->timeline_row, range);
  adw_action_row_set_subtitle (self->counts_row, counts);
  adw_action_row_set_subtitle (self->source_row, source_text);

  gtk_stack_set_visible_child_name (self->stack, "story");
}

static void
show_errors (LcWindow      *self,
             GFile         *file,
             LcStoryLoader *loader)
{
  GListModel *diagnostics = lc_story_loader_get_diagnostics (loader);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *description = NULL;
  guint n_errors = lc_story_loader_get_n_errors (loader);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(LcDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = lc_diagnostic_to_string (diagnostic);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  description = g_strdup_printf (ngettext ("“%s” has %u problem to fix:",
                                           "“%s” has %u problems to fix:", n_errors),
                                 name, n_errors);
  /* The status page's description is markup, so escape the file name. */
  {
    g_autofree char *escaped = g_markup_escape_text (description, -1);

    adw_status_page_set_description (self->error_page, escaped);
  }
  gtk_label_set_text (self->error_label, text->str);
  gtk_label_set_text (self->title_label, name);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
  gtk_window_set_title (GTK_WINDOW (self), name);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * lc_window_open_file:
 * @file: a story file
 *
 * Loads @file and shows it; when it cannot be loaded, shows why.
 *
 * Returns: %TRUE if the story was loaded
 */
gboolean
lc_window_open_file (LcWindow *self,
                     GFile    *file)
{
  g_autoptr(LcStoryLoader) loader = lc_story_loader_new ();
  g_autoptr(LcStory) story = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_has_uri_scheme (file, "resource") ? g_file_get_basename (file) : NULL;
  story = lc_story_loader_load_file (loader, file, name, NULL, NULL);
  if (story == NULL)
    {
      show_errors (self, file, loader);
      return FALSE;
    }

  lc_window_set_story (self, story);
  return TRUE;
}

/**
 * lc_window_get_story:
 *
 * Returns: (transfer none) (nullable): the story shown
 */
LcStory *
lc_window_get_story (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->story;
}

/**
 * lc_window_set_story:
 *
 * Shows @story in the window.
 */
void
lc_window_set_story (LcWindow *self,
                     LcStory  *story)
{
  g_return_if_fail (LC_IS_WINDOW (self));
  g_return_if_fail (!story || LC_IS_STORY (story));

  if (!g_set_object (&self->story, story))
    return;

  if (story != NULL)
    show_story (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = (LcWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);
  g_clear_object (&self->story);

  G_OBJECT_CLASS (lc_window_parent_class)->dispose (object);
}

static void
lc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcWindow *self = LC_WINDOW (object);

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
lc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORY:
      lc_window_set_story (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_window_class_init (LcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_window_dispose;
  object_class->get_property = lc_window_get_property;
  object_class->set_property = lc_window_set_property;

  properties[PROP_STORY] =
    g_param_spec_object ("story", NULL, NULL, LC_TYPE_STORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, story_title);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, story_summary);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, facts_list);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, timeline_row);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, counts_row);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, source_row);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_label);
}

static void
lc_window_init (LcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
