/* lc-story.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-initials.h"
#include "lc-story-private.h"

/**
 * LcStory:
 *
 * A story loaded from a story file: its sources, actors, map features,
 * events and statements, and the queries the views need at a date.
 *
 * Events and statements are kept sorted by date (file order among equal
 * dates), so "how many by this day" is a binary search. Feature visibility
 * and states change only on a few days; those days cut the timeline into
 * epochs, and the visible set of each epoch is computed when the story is
 * sealed. A sealed story never changes, so it may be read from several
 * threads at once: the map's export draws on a worker thread.
 */
struct _LcStory
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *summary;
  char       *language;
  guint32     start;
  guint32     end;
  guint32     initial;
  LcEvent    *count_from;
  double      view[4];
  double      context[4];
  char       *count_label;
  gboolean    has_context;

  GListStore *sources;
  GListStore *actors;
  GListStore *features;
  GListStore *events;
  GListStore *statements;
  GHashTable *by_id[LC_STORY_N_COLLECTIONS];
  GPtrArray  *added[LC_STORY_N_COLLECTIONS]; /* until sealed, in file order */

  GArray     *epoch_starts; /* guint32, sorted: days on which anything changes */
  GPtrArray  *epoch_cache;  /* GPtrArray of LcFeature per epoch */
};

G_DEFINE_FINAL_TYPE (LcStory, lc_story, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_LANGUAGE,
  PROP_SOURCES,
  PROP_ACTORS,
  PROP_FEATURES,
  PROP_EVENTS,
  PROP_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_story_dispose (GObject *object)
{
  LcStory *self = (LcStory *)object;

  g_clear_object (&self->count_from);
  g_clear_object (&self->sources);
  g_clear_object (&self->actors);
  g_clear_object (&self->features);
  g_clear_object (&self->events);
  g_clear_object (&self->statements);
  for (guint i = 0; i < LC_STORY_N_COLLECTIONS; i++)
    {
      g_clear_pointer (&self->by_id[i], g_hash_table_unref);
      g_clear_pointer (&self->added[i], g_ptr_array_unref);
    }
  g_clear_pointer (&self->epoch_cache, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_story_parent_class)->dispose (object);
}

static void
lc_story_finalize (GObject *object)
{
  LcStory *self = (LcStory *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->language);
  g_free (self->count_label);
  g_clear_pointer (&self->epoch_starts, g_array_unref);

  G_OBJECT_CLASS (lc_story_parent_class)->finalize (object);
}

static void
lc_story_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LcStory *self = LC_STORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    case PROP_ACTORS:
      g_value_set_object (value, self->actors);
      break;

    case PROP_FEATURES:
      g_value_set_object (value, self->features);
      break;

    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;

    case PROP_STATEMENTS:
      g_value_set_object (value, self->statements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_story_class_init (LcStoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_story_dispose;
  object_class->finalize = lc_story_finalize;
  object_class->get_property = lc_story_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTORS] =
    g_param_spec_object ("actors", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FEATURES] =
    g_param_spec_object ("features", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENTS] =
    g_param_spec_object ("statements", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
free_epoch (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

static void
lc_story_init (LcStory *self)
{
  self->sources = g_list_store_new (LC_TYPE_SOURCE);
  self->actors = g_list_store_new (LC_TYPE_ACTOR);
  self->features = g_list_store_new (LC_TYPE_FEATURE);
  self->events = g_list_store_new (LC_TYPE_EVENT);
  self->statements = g_list_store_new (LC_TYPE_STATEMENT);
  for (guint i = 0; i < LC_STORY_N_COLLECTIONS; i++)
    {
      self->by_id[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      self->added[i] = g_ptr_array_new_with_free_func (g_object_unref);
    }
  self->epoch_starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->epoch_cache = g_ptr_array_new_with_free_func (free_epoch);
}

LcStory *
_lc_story_new (const char *id,
               const char *title,
               const char *summary,
               const char *language)
{
  LcStory *self = g_object_new (LC_TYPE_STORY, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->language = g_strdup (language);

  return self;
}

static GListStore *
collection_store (LcStory           *self,
                  LcStoryCollection  collection)
{
  switch (collection)
    {
    case LC_STORY_SOURCES: return self->sources;
    case LC_STORY_ACTORS: return self->actors;
    case LC_STORY_FEATURES: return self->features;
    case LC_STORY_EVENTS: return self->events;
    case LC_STORY_STATEMENTS: return self->statements;
    case LC_STORY_N_COLLECTIONS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * _lc_story_add:
 *
 * Adds @object under @id; the loader has checked that @id is new. The
 * lists get their items when _lc_story_seal() has sorted them, all at
 * once; until then _lc_story_get_added() has them.
 */
void
_lc_story_add (LcStory           *self,
               LcStoryCollection  collection,
               const char        *id,
               gpointer           object)
{
  g_assert (!g_hash_table_contains (self->by_id[collection], id));
  g_assert (self->added[collection] != NULL);

  g_hash_table_insert (self->by_id[collection], g_strdup (id), g_object_ref (object));
  g_ptr_array_add (self->added[collection], g_object_ref (object));
}

/**
 * _lc_story_get_added:
 *
 * Returns: (transfer none) (element-type GObject): the items of
 *   @collection added so far, in file order, for the loader until it
 *   seals the story
 */
GPtrArray *
_lc_story_get_added (LcStory           *self,
                     LcStoryCollection  collection)
{
  g_assert (self->added[collection] != NULL);

  return self->added[collection];
}

/**
 * _lc_story_lookup:
 *
 * Returns: (transfer none) (nullable): the object with @id in @collection
 */
gpointer
_lc_story_lookup (LcStory           *self,
                  LcStoryCollection  collection,
                  const char        *id)
{
  return id != NULL ? g_hash_table_lookup (self->by_id[collection], id) : NULL;
}

void
_lc_story_set_timeline (LcStory *self,
                        guint32  start,
                        guint32  end,
                        guint32  initial,
                        LcEvent *count_from)
{
  self->start = start;
  self->end = end;
  self->initial = initial;
  g_set_object (&self->count_from, count_from);
}

void
_lc_story_set_view (LcStory      *self,
                    const double  bbox[4])
{
  memcpy (self->view, bbox, sizeof self->view);
}

void
_lc_story_set_count_label (LcStory    *self,
                           const char *label)
{
  g_free (self->count_label);
  self->count_label = g_strdup (label);
}

void
_lc_story_set_context (LcStory      *self,
                       const double  bbox[4])
{
  memcpy (self->context, bbox, sizeof self->context);
  self->has_context = TRUE;
}

static guint32
item_day (gpointer item)
{
  if (LC_IS_EVENT (item))
    return lc_event_get_date (item)->day;
  return lc_statement_get_date (item)->day;
}

/* An item with its day, looked up once rather than at each comparison. */
typedef struct
{
  guint32  day;
  gpointer item;
} DatedItem;

static int
compare_by_day (gconstpointer a,
                gconstpointer b)
{
  guint32 da = ((const DatedItem *) a)->day, db = ((const DatedItem *) b)->day;

  return (da > db) - (da < db);
}

/* Sorts @items by day, stably: g_array_sort() is a merge sort in GLib. */
static void
sort_by_day (GPtrArray *items)
{
  g_autoptr(GArray) dated = g_array_sized_new (FALSE, FALSE, sizeof (DatedItem), items->len);

  for (guint i = 0; i < items->len; i++)
    {
      DatedItem entry = { item_day (g_ptr_array_index (items, i)), g_ptr_array_index (items, i) };

      g_array_append_val (dated, entry);
    }
  g_array_sort (dated, compare_by_day);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_index (items, i) = g_array_index (dated, DatedItem, i).item;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 da = *(const guint32 *) a, db = *(const guint32 *) b;

  return (da > db) - (da < db);
}

static void
add_epoch_start (GArray  *days,
                 guint32  day)
{
  if (day != 0)
    g_array_append_val (days, day);
}

static void
collect_epoch_starts (LcStory *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->features));
  guint out = 0;

  g_array_set_size (self->epoch_starts, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcFeature) feature = g_list_model_get_item (G_LIST_MODEL (self->features), i);
      const LcStateChange *states;
      guint n_states;

      add_epoch_start (self->epoch_starts, lc_feature_get_from (feature));
      add_epoch_start (self->epoch_starts, lc_feature_get_until (feature));
      states = lc_feature_get_states (feature, &n_states);
      for (guint j = 0; j < n_states; j++)
        add_epoch_start (self->epoch_starts, states[j].day);
    }

  g_array_sort (self->epoch_starts, compare_days);
  for (guint i = 0; i < self->epoch_starts->len; i++)
    {
      guint32 day = g_array_index (self->epoch_starts, guint32, i);

      if (out == 0 || g_array_index (self->epoch_starts, guint32, out - 1) != day)
        g_array_index (self->epoch_starts, guint32, out++) = day;
    }
  g_array_set_size (self->epoch_starts, out);

  /* Epoch 0 is before the first change; one more after each change. */
  g_ptr_array_set_size (self->epoch_cache, out + 1);
}

/* The features that exist on @day, in drawing order. */
static GPtrArray *
visible_on (LcStory *self,
            guint32  day)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->features));
  GPtrArray *visible = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      LcFeature *feature = g_list_model_get_item (G_LIST_MODEL (self->features), i);

      if (lc_feature_is_visible_at (feature, day))
        g_ptr_array_add (visible, feature);
      else
        g_object_unref (feature);
    }

  return visible;
}

/* Each epoch's visible features, from a day within it: the first day of
 * each epoch after a change, and the day before the first change. */
static void
collect_epochs (LcStory *self)
{
  const guint32 *starts = (const guint32 *) (gpointer) self->epoch_starts->data;

  for (guint epoch = 0; epoch <= self->epoch_starts->len; epoch++)
    {
      guint32 day = epoch > 0 ? starts[epoch - 1] : self->epoch_starts->len > 0 ? starts[0] - 1 : 0;

      g_ptr_array_index (self->epoch_cache, epoch) = visible_on (self, day);
    }
}

/* Avatars tell the actors apart: initials distinct within the story. */
static void
assign_initials (LcStory *self)
{
  GListModel *actors = G_LIST_MODEL (self->actors);
  guint n = g_list_model_get_n_items (actors);
  g_autofree const char **names = g_new0 (const char *, n + 1);
  g_auto(GStrv) initials = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcActor) actor = g_list_model_get_item (actors, i);

      names[i] = lc_actor_get_name (actor);
    }

  initials = lc_initials_assign (names, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcActor) actor = g_list_model_get_item (actors, i);

      _lc_actor_set_initials (actor, initials[i]);
    }
}

/**
 * _lc_story_seal:
 *
 * Called by the loader once everything is added: gives the actors their
 * initials, sorts events and statements by date and prepares the epoch
 * table.
 */
void
_lc_story_seal (LcStory *self)
{
  sort_by_day (self->added[LC_STORY_EVENTS]);
  sort_by_day (self->added[LC_STORY_STATEMENTS]);
  for (guint i = 0; i < LC_STORY_N_COLLECTIONS; i++)
    {
      GPtrArray *added = g_steal_pointer (&self->added[i]);

      g_list_store_splice (collection_store (self, i), 0, 0, added->pdata, added->len);
      g_ptr_array_unref (added);
    }
  assign_initials (self);
  collect_epoch_starts (self);
  collect_epochs (self);
}

const char *
lc_story_get_id (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return self->id;
}

const char *
lc_story_get_title (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return self->title;
}

/**
 * lc_story_get_summary:
 *
 * Returns: (nullable): a paragraph on what the story shows
 */
const char *
lc_story_get_summary (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return self->summary;
}

/**
 * lc_story_get_language:
 *
 * Returns: the BCP 47 tag of the language the story is written in
 */
const char *
lc_story_get_language (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return self->language;
}

/**
 * lc_story_get_start:
 *
 * Returns: the first day of the timeline
 */
guint32
lc_story_get_start (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), 0);

  return self->start;
}

/**
 * lc_story_get_end:
 *
 * Returns: the last day of the timeline
 */
guint32
lc_story_get_end (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), 0);

  return self->end;
}

/**
 * lc_story_get_initial:
 *
 * Returns: the day the story opens at
 */
guint32
lc_story_get_initial (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), 0);

  return self->initial;
}

/**
 * lc_story_get_count_from:
 *
 * Returns: (transfer none) (nullable): the event whose day is day 1 of the
 *   count shown beside the date ("Day 19 of the blockade")
 */
LcEvent *
lc_story_get_count_from (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return self->count_from;
}

/**
 * lc_story_get_view:
 *
 * The longitude/latitude box, in degrees, the map opens on.
 */
void
lc_story_get_view (LcStory *self,
                   double  *west,
                   double  *south,
                   double  *east,
                   double  *north)
{
  g_return_if_fail (LC_IS_STORY (self));

  *west = self->view[0];
  *south = self->view[1];
  *east = self->view[2];
  *north = self->view[3];
}

/**
 * lc_story_get_context:
 *
 * The longitude/latitude box, in degrees, of the whole region the story
 * is set in, for a locator map beside a closer view.
 *
 * Returns: %TRUE if the story gives one
 */
gboolean
lc_story_get_context (LcStory *self,
                      double  *west,
                      double  *south,
                      double  *east,
                      double  *north)
{
  g_return_val_if_fail (LC_IS_STORY (self), FALSE);

  *west = self->context[0];
  *south = self->context[1];
  *east = self->context[2];
  *north = self->context[3];

  return self->has_context;
}

/**
 * lc_story_get_sources:
 *
 * Returns: (transfer none): a #GListModel of #LcSource, in file order
 */
GListModel *
lc_story_get_sources (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * lc_story_get_actors:
 *
 * Returns: (transfer none): a #GListModel of #LcActor, in file order
 */
GListModel *
lc_story_get_actors (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return G_LIST_MODEL (self->actors);
}

/**
 * lc_story_get_features:
 *
 * Returns: (transfer none): a #GListModel of #LcFeature, in file order,
 *   which is drawing order
 */
GListModel *
lc_story_get_features (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return G_LIST_MODEL (self->features);
}

/**
 * lc_story_get_events:
 *
 * Returns: (transfer none): a #GListModel of #LcEvent sorted by date
 */
GListModel *
lc_story_get_events (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * lc_story_get_statements:
 *
 * Returns: (transfer none): a #GListModel of #LcStatement sorted by date
 */
GListModel *
lc_story_get_statements (LcStory *self)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return G_LIST_MODEL (self->statements);
}

/**
 * lc_story_lookup_source:
 *
 * Returns: (transfer none) (nullable): the source with @id
 */
LcSource *
lc_story_lookup_source (LcStory    *self,
                        const char *id)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return _lc_story_lookup (self, LC_STORY_SOURCES, id);
}

/**
 * lc_story_lookup_actor:
 *
 * Returns: (transfer none) (nullable): the actor with @id
 */
LcActor *
lc_story_lookup_actor (LcStory    *self,
                       const char *id)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return _lc_story_lookup (self, LC_STORY_ACTORS, id);
}

/**
 * lc_story_lookup_feature:
 *
 * Returns: (transfer none) (nullable): the feature with @id
 */
LcFeature *
lc_story_lookup_feature (LcStory    *self,
                         const char *id)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return _lc_story_lookup (self, LC_STORY_FEATURES, id);
}

/**
 * lc_story_lookup_event:
 *
 * Returns: (transfer none) (nullable): the event with @id
 */
LcEvent *
lc_story_lookup_event (LcStory    *self,
                       const char *id)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return _lc_story_lookup (self, LC_STORY_EVENTS, id);
}

/**
 * lc_story_lookup_statement:
 *
 * Returns: (transfer none) (nullable): the statement with @id
 */
LcStatement *
lc_story_lookup_statement (LcStory    *self,
                           const char *id)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return _lc_story_lookup (self, LC_STORY_STATEMENTS, id);
}

/* How many items of a date-sorted model fall on or before @day. */
static guint
count_until (GListModel *model,
             guint32     day)
{
  guint lo = 0, hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(GObject) item = g_list_model_get_item (model, mid);

      if (item_day (item) <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/**
 * lc_story_count_events_until:
 * @day: a day number
 *
 * Returns: how many events happened on or before @day; they are the first
 *   ones of lc_story_get_events(). O(log n).
 */
guint
lc_story_count_events_until (LcStory *self,
                             guint32  day)
{
  g_return_val_if_fail (LC_IS_STORY (self), 0);

  return count_until (G_LIST_MODEL (self->events), day);
}

/**
 * lc_story_count_statements_until:
 * @day: a day number
 *
 * Returns: how many statements were made on or before @day; they are the
 *   first ones of lc_story_get_statements(). O(log n).
 */
guint
lc_story_count_statements_until (LcStory *self,
                                 guint32  day)
{
  g_return_val_if_fail (LC_IS_STORY (self), 0);

  return count_until (G_LIST_MODEL (self->statements), day);
}

/**
 * lc_story_get_day_count:
 * @day: a day number
 *
 * Counts days the way reports do: the `count_from` event's day is day 1.
 *
 * Returns: the day's number in the count, or 0 when @day is before it or
 *   the story has no `count_from`
 */
int
lc_story_get_day_count (LcStory *self,
                        guint32  day)
{
  guint32 first;

  g_return_val_if_fail (LC_IS_STORY (self), 0);

  if (self->count_from == NULL)
    return 0;

  first = lc_event_get_date (self->count_from)->day;
  return day >= first ? (int) (day - first) + 1 : 0;
}

/**
 * lc_story_dup_day_label:
 * @day: a day number
 *
 * The story's words for the day count, such as "Day 19 of the blockade",
 * from `timeline.count_label` with its `{day}` replaced.
 *
 * Returns: (transfer full) (nullable): the label, or %NULL before the
 *   count starts or when the story has none
 */
char *
lc_story_dup_day_label (LcStory *self,
                        guint32  day)
{
  g_autoptr(GString) label = NULL;
  g_autofree char *number = NULL;
  int count;

  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  count = lc_story_get_day_count (self, day);
  if (count == 0 || self->count_label == NULL)
    return NULL;

  /* A plain replacement: story text is never a format string. */
  number = g_strdup_printf ("%d", count);
  label = g_string_new (self->count_label);
  g_string_replace (label, "{day}", number, 0);

  return g_string_free (g_steal_pointer (&label), FALSE);
}

/**
 * lc_story_dup_day_line:
 * @day: a day number
 *
 * The line that says which day is shown: the date, and the day count
 * when the story has one, "30 December 2022 · Day 19 of the blockade",
 * each part an isolate (see lc_day_format_line()).
 *
 * Returns: (transfer full): the translated line
 */
char *
lc_story_dup_day_line (LcStory *self,
                       guint32  day)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  label = lc_story_dup_day_label (self, day);
  return lc_day_format_line (day, label);
}

/**
 * lc_story_get_epoch:
 * @day: a day number
 *
 * Two days share an epoch when every feature has the same visibility and
 * state on both, so a view need not redraw when the epoch stays the same.
 * O(log n) in the number of change days.
 *
 * Returns: the epoch @day falls in
 */
guint
lc_story_get_epoch (LcStory *self,
                    guint32  day)
{
  const guint32 *starts;
  guint lo = 0, hi;

  g_return_val_if_fail (LC_IS_STORY (self), 0);

  starts = (const guint32 *) (gpointer) self->epoch_starts->data;
  hi = self->epoch_starts->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (starts[mid] <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/**
 * lc_story_get_visible_features:
 * @day: a day number
 *
 * The features that exist on @day, in drawing order; ask each for its
 * state with lc_feature_get_state_at(). The sets are made when the story
 * is sealed, one per epoch; finding the day's is O(log n).
 *
 * Returns: (transfer none) (element-type LcFeature): the visible features
 */
GPtrArray *
lc_story_get_visible_features (LcStory *self,
                               guint32  day)
{
  g_return_val_if_fail (LC_IS_STORY (self), NULL);

  return g_ptr_array_index (self->epoch_cache, lc_story_get_epoch (self, day));
}
