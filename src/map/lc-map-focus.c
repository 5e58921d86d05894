/* lc-map-focus.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the story is about on a day: the features its events and
 * statements of that day name, which labels, framing and the legend's
 * place put first; and the features shown faded: routes that have closed,
 * and the features the day or the current card names before they exist. */

#include "config.h"

#include "lc-map-renderer-private.h"

static void
add_unique (GPtrArray *features,
            LcFeature *feature)
{
  if (!g_ptr_array_find (features, feature, NULL))
    g_ptr_array_add (features, feature);
}

static void
add_all (GPtrArray *features,
         GPtrArray *more)
{
  for (guint i = 0; more != NULL && i < more->len; i++)
    add_unique (features, g_ptr_array_index (more, i));
}

static guint32
item_day (GObject *item)
{
  return LC_IS_EVENT (item) ? lc_event_get_date (LC_EVENT (item))->day
                            : lc_statement_get_date (LC_STATEMENT (item))->day;
}

/* Where the items of @day begin and end in @model, sorted by date as the
 * story keeps its events and statements: O(log n). */
static void
day_range (GListModel *model,
           guint       n_until,
           guint32     day,
           guint      *first,
           guint      *end)
{
  guint lo = 0, hi = n_until;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GObject) item = g_list_model_get_item (model, mid);

      if (item_day (item) < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  *first = lo;
  *end = n_until;
}

static void
events_of_day (LcStory *story,
               guint32  day,
               guint   *first,
               guint   *end)
{
  day_range (lc_story_get_events (story), lc_story_count_events_until (story, day), day, first, end);
}

static void
statements_of_day (LcStory *story,
                   guint32  day,
                   guint   *first,
                   guint   *end)
{
  day_range (lc_story_get_statements (story), lc_story_count_statements_until (story, day), day,
             first, end);
}

/* The day of the last item of @model's first @n, or 0. */
static guint32
last_day (GListModel *model,
          guint       n)
{
  g_autoptr(GObject) item = n > 0 ? g_list_model_get_item (model, n - 1) : NULL;

  return item != NULL ? item_day (item) : 0;
}

/* The last day on or before @day that has events or statements, or 0. */
static guint32
story_day (LcStory *story,
           guint32  day)
{
  return MAX (last_day (lc_story_get_events (story), lc_story_count_events_until (story, day)),
              last_day (lc_story_get_statements (story), lc_story_count_statements_until (story, day)));
}

/* The features named by the events and statements of @day, the events'
 * first, each list in its order. */
static GPtrArray *
collect_focus (LcStory *story,
               guint32  day)
{
  GListModel *events = lc_story_get_events (story);
  GListModel *statements = lc_story_get_statements (story);
  GPtrArray *focus = g_ptr_array_new ();
  guint first, end;

  if (day == 0)
    return focus;

  events_of_day (story, day, &first, &end);
  for (guint i = first; i < end; i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);

      add_all (focus, lc_event_get_features (event));
    }
  statements_of_day (story, day, &first, &end);
  for (guint i = first; i < end; i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);

      add_all (focus, lc_statement_get_mentions (statement));
    }

  return focus;
}

/* Closed routes, in the story's drawing order: what changed stays
 * visible after it changed. */
static void
add_past_routes (LcStory   *story,
                 guint32    day,
                 GPtrArray *faded)
{
  GListModel *features = lc_story_get_features (story);

  for (guint i = 0; i < g_list_model_get_n_items (features); i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (features, i);
      guint32 until = lc_feature_get_until (feature);

      if (lc_feature_get_kind (feature) == LC_FEATURE_KIND_CORRIDOR && until != 0 && until <= day)
        add_unique (faded, feature);
    }
}

/* Features of @named that do not exist yet on @day. */
static void
add_future (GPtrArray *named,
            guint32    day,
            GPtrArray *faded)
{
  for (guint i = 0; named != NULL && i < named->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (named, i);

      if (lc_feature_get_from (feature) > day)
        add_unique (faded, feature);
    }
}

/**
 * lc_map_renderer_update_focus:
 *
 * Makes self->focus and self->faded those of @day; they are kept until
 * the day or the highlighted features change.
 */
void
lc_map_renderer_update_focus (LcMapRenderer *self,
                              guint32        day)
{
  if (self->focus != NULL && self->focus_day == day)
    return;

  g_clear_pointer (&self->focus, g_ptr_array_unref);
  g_clear_pointer (&self->faded, g_ptr_array_unref);
  self->focus_day = day;
  self->focus = collect_focus (self->story, story_day (self->story, day));
  self->faded = g_ptr_array_new ();
  add_past_routes (self->story, day, self->faded);
  add_future (self->focus, day, self->faded);
  add_future (self->highlighted, day, self->faded);
}

/* Forgets the focus, for when what it depends on changes. */
void
lc_map_renderer_clear_focus (LcMapRenderer *self)
{
  g_clear_pointer (&self->focus, g_ptr_array_unref);
  g_clear_pointer (&self->faded, g_ptr_array_unref);
}

/**
 * lc_map_renderer_get_focus:
 * @day: a day number
 *
 * The features the story's events and statements of @day name; on a day
 * without any, those of the last day before it that has some. Labels,
 * the view's framing and the legend's place put these first.
 *
 * Returns: (transfer none) (element-type LcFeature): the features
 */
GPtrArray *
lc_map_renderer_get_focus (LcMapRenderer *self,
                           guint32        day)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  lc_map_renderer_update_focus (self, day);

  return self->focus;
}

/**
 * lc_map_renderer_get_faded:
 * @day: a day number
 *
 * The features drawn faded on @day: corridors that have closed, and the
 * features the day's events and statements, or the highlighted ones,
 * name before they exist.
 *
 * Returns: (transfer none) (element-type LcFeature): the features
 */
GPtrArray *
lc_map_renderer_get_faded (LcMapRenderer *self,
                           guint32        day)
{
  g_return_val_if_fail (LC_IS_MAP_RENDERER (self), NULL);

  lc_map_renderer_update_focus (self, day);

  return self->faded;
}

static void
add_source (GPtrArray *sources,
            LcSource  *source)
{
  if (source != NULL && !g_ptr_array_find (sources, source, NULL))
    g_ptr_array_add (sources, source);
}

/**
 * lc_map_renderer_dup_day_sources:
 * @day: a day number
 *
 * The sources of the statements and events of @day (or of the last day
 * before it that has some), each once, the statements' first (the
 * article the story follows): what an exported map credits.
 *
 * Returns: (transfer container) (element-type LcSource): the sources
 */
GPtrArray *
lc_map_renderer_dup_day_sources (LcMapRenderer *self,
                                 guint32        day)
{
  GListModel *events = lc_story_get_events (self->story);
  GListModel *statements = lc_story_get_statements (self->story);
  GPtrArray *sources = g_ptr_array_new ();
  guint32 told = story_day (self->story, day);
  guint first, end;

  if (told == 0)
    return sources;

  statements_of_day (self->story, told, &first, &end);
  for (guint i = first; i < end; i++)
    {
      g_autoptr(LcStatement) statement = g_list_model_get_item (statements, i);

      add_source (sources, lc_statement_get_source (statement));
    }

  events_of_day (self->story, told, &first, &end);
  for (guint i = first; i < end; i++)
    {
      g_autoptr(LcEvent) event = g_list_model_get_item (events, i);
      GPtrArray *event_sources = lc_event_get_sources (event);

      for (guint j = 0; event_sources != NULL && j < event_sources->len; j++)
        add_source (sources, g_ptr_array_index (event_sources, j));
    }
  return sources;
}
