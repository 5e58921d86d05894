/* lc-map-view-markers.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The features on screen as markers, which keyboard and screen reader
 * users move between, and the tooltips.
 *
 * The map is one Tab stop, as a composite widget is in WAI-ARIA and the
 * HIG: of its markers only one, the cursor's, is focusable at a time. The
 * arrow keys move the focus to the next place in that direction (Left and
 * Right in west-to-east order, Up and Down in north-to-south order, as the
 * places are on screen), Home and End to the westernmost and easternmost,
 * and a typed letter to the next place whose name starts with it. */

#include "config.h"

#include "lc-map-marker.h"
#include "lc-map-view-private.h"

#define MARKERS_DELAY_MS 150

static void
on_marker_activate_cb (LcMapView   *self,
                       LcMapMarker *marker)
{
  lc_map_view_activate_feature (self, lc_map_marker_get_feature (marker));
}

void
lc_map_view_clear_markers (LcMapView *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->markers, i));
  g_ptr_array_set_size (self->markers, 0);
  g_array_set_size (self->marker_places, 0);
}

static GtkWidget *
find_marker (LcMapView *self,
             LcFeature *feature)
{
  for (guint i = 0; feature != NULL && i < self->markers->len; i++)
    if (lc_map_marker_get_feature (g_ptr_array_index (self->markers, i)) == feature)
      return g_ptr_array_index (self->markers, i);

  return NULL;
}

/* Where a marker is on screen now. */
static void
marker_position (LcMapView *self,
                 guint      index,
                 double    *x,
                 double    *y)
{
  lc_viewport_project (self->viewport, g_array_index (self->marker_places, double, 2 * index),
                       g_array_index (self->marker_places, double, 2 * index + 1), x, y);
}

typedef struct
{
  guint  index;
  double primary;
  double secondary;
} MarkerKey;

static int
compare_marker_keys (gconstpointer a,
                     gconstpointer b)
{
  const MarkerKey *ka = a, *kb = b;

  if (ka->primary != kb->primary)
    return ka->primary < kb->primary ? -1 : 1;
  if (ka->secondary != kb->secondary)
    return ka->secondary < kb->secondary ? -1 : 1;

  return (int) ka->index - (int) kb->index;
}

/* The markers' indices west to east (or north to south when @vertical),
 * as they are on screen; ties are broken by the other axis, then rank. */
static GArray *
dup_marker_order (LcMapView *self,
                  gboolean   vertical)
{
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (MarkerKey), self->markers->len);

  for (guint i = 0; i < self->markers->len; i++)
    {
      double x, y;

      marker_position (self, i, &x, &y);
      g_array_append_val (keys, ((MarkerKey) { i, vertical ? y : x, vertical ? x : y }));
    }
  g_array_sort (keys, compare_marker_keys);

  return keys;
}

static guint
order_position (GArray *order,
                guint   index)
{
  for (guint i = 0; i < order->len; i++)
    if (g_array_index (order, MarkerKey, i).index == index)
      return i;

  g_assert_not_reached ();
}

/* Makes @marker the map's one Tab stop. */
static void
set_tab_stop (LcMapView *self,
              GtkWidget *marker)
{
  LcFeature *feature;

  for (guint i = 0; i < self->markers->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->markers, i);

      gtk_widget_set_focusable (child, child == marker);
    }
  feature = marker != NULL ? lc_map_marker_get_feature (LC_MAP_MARKER (marker)) : NULL;
  g_set_object (&self->cursor, feature);
}

static GtkWidget *
get_tab_stop (LcMapView *self)
{
  return find_marker (self, self->cursor);
}

/* Moves the focus to @marker, which becomes the Tab stop. */
static void
focus_marker (LcMapView *self,
              GtkWidget *marker)
{
  set_tab_stop (self, marker);
  gtk_widget_grab_focus (marker);
}

/* Focuses @feature's marker, which becomes the Tab stop, or with no
 * @feature or none on screen, the Tab stop. */
gboolean
lc_map_view_focus_feature (LcMapView *self,
                           LcFeature *feature)
{
  GtkWidget *marker = find_marker (self, feature);

  if (marker != NULL)
    {
      focus_marker (self, marker);
      return TRUE;
    }
  marker = get_tab_stop (self);

  return marker != NULL && gtk_widget_grab_focus (marker);
}

static gboolean
has_focused_marker (LcMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focused = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focused != NULL && LC_IS_MAP_MARKER (focused) &&
         gtk_widget_get_parent (focused) == GTK_WIDGET (self);
}

/* The selected marker says so, with the note of what selecting it showed.
 * Unless the reader is moving between the places, the selected place
 * becomes the Tab stop: Tab into the map lands on it. */
static void
update_selected_states (LcMapView *self)
{
  GtkWidget *selected = find_marker (self, self->selected);

  for (guint i = 0; i < self->markers->len; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, i);

      lc_map_marker_set_selected (LC_MAP_MARKER (marker), marker == selected,
                                  marker == selected ? self->selection_note : NULL);
    }
}

void
lc_map_view_update_marker_selection (LcMapView *self)
{
  GtkWidget *selected = find_marker (self, self->selected);

  update_selected_states (self);
  if (selected != NULL && !has_focused_marker (self))
    set_tab_stop (self, selected);
}

/* The same places on screen (a day's step, mostly): their markers say
 * what each is that day, and move only if an anchor did, so the map is
 * not drawn again for them. %FALSE if they are other places. */
static gboolean
refresh_markers (LcMapView *self,
                 GPtrArray *features,
                 gboolean  *moved)
{
  *moved = FALSE;
  if (features->len != self->markers->len)
    return FALSE;
  for (guint i = 0; i < features->len; i++)
    if (lc_map_marker_get_feature (g_ptr_array_index (self->markers, i)) != g_ptr_array_index (features, i))
      return FALSE;

  for (guint i = 0; i < features->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (features, i);
      g_autofree char *description =
        lc_map_renderer_describe_feature (self->renderer, feature, lc_viewport_get_day (self->viewport));
      double *place = &g_array_index (self->marker_places, double, 2 * i);
      double x, y, lon, lat;

      lc_map_renderer_get_anchor (self->renderer, self->viewport, feature, &x, &y);
      lc_viewport_unproject (self->viewport, x, y, &lon, &lat);
      if (lon != place[0] || lat != place[1])
        {
          place[0] = lon;
          place[1] = lat;
          *moved = TRUE;
        }
      lc_map_marker_set_description (LC_MAP_MARKER (g_ptr_array_index (self->markers, i)), description);
    }

  return TRUE;
}

/* One marker per feature on screen, rebuilt when the view or the date
 * changes. The Tab stop stays on the same place while it is on screen;
 * else it is the selected place, else the westernmost.
 *
 * Returns: whether markers came, went or moved */
gboolean
lc_map_view_update_markers (LcMapView *self)
{
  g_autoptr(GPtrArray) features = NULL;
  gboolean had_focus = has_focused_marker (self);
  gboolean moved;
  GtkWidget *stop;

  if (self->story == NULL || lc_viewport_get_width (self->viewport) == 0)
    return FALSE;

  features = lc_map_renderer_dup_features_on_screen (self->renderer, self->viewport);
  if (refresh_markers (self, features, &moved))
    return moved;

  lc_map_view_clear_markers (self);
  for (guint i = 0; i < features->len; i++)
    {
      LcFeature *feature = g_ptr_array_index (features, i);
      GtkWidget *marker = lc_map_marker_new (feature);
      g_autofree char *description =
        lc_map_renderer_describe_feature (self->renderer, feature, lc_viewport_get_day (self->viewport));
      double x, y, place[2];

      /* The anchor is found once, here, and kept as a place on the Earth,
       * so that allocating the markers while the map moves is cheap. */
      lc_map_renderer_get_anchor (self->renderer, self->viewport, feature, &x, &y);
      lc_viewport_unproject (self->viewport, x, y, &place[0], &place[1]);
      g_array_append_vals (self->marker_places, place, 2);

      lc_map_marker_set_description (LC_MAP_MARKER (marker), description);
      g_signal_connect_object (marker, "activate", G_CALLBACK (on_marker_activate_cb), self,
                               G_CONNECT_SWAPPED);
      /* After the controls, most important first: the order screen
       * readers list them in. */
      gtk_widget_insert_before (marker, GTK_WIDGET (self), NULL);
      g_ptr_array_add (self->markers, marker);
    }

  stop = find_marker (self, self->cursor) ?: find_marker (self, self->selected);
  if (stop == NULL && self->markers->len > 0)
    {
      g_autoptr(GArray) order = dup_marker_order (self, FALSE);

      stop = g_ptr_array_index (self->markers, g_array_index (order, MarkerKey, 0).index);
    }
  set_tab_stop (self, stop);
  update_selected_states (self);
  /* With no place on screen the map itself takes the focus, for its keys. */
  gtk_widget_set_focusable (GTK_WIDGET (self), stop == NULL);
  if (had_focus)
    gtk_widget_grab_focus (stop != NULL ? stop : GTK_WIDGET (self));

  return TRUE;
}

static gboolean
markers_timeout_cb (gpointer user_data)
{
  LcMapView *self = user_data;

  self->markers_timeout_id = 0;
  if (lc_map_view_update_markers (self))
    gtk_widget_queue_allocate (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Which features are on screen changes while the view moves; the set of
 * markers is rebuilt once it settles, not on every frame. */
void
lc_map_view_queue_markers (LcMapView *self)
{
  g_clear_handle_id (&self->markers_timeout_id, g_source_remove);
  self->markers_timeout_id = g_timeout_add (MARKERS_DELAY_MS, markers_timeout_cb, self);
}

/* Each marker over its feature's anchor, wherever the view has moved. */
void
lc_map_view_allocate_markers (LcMapView *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      LcMapMarker *marker = g_ptr_array_index (self->markers, i);
      GtkRequisition size;
      double x, y;

      gtk_widget_get_preferred_size (GTK_WIDGET (marker), NULL, &size);
      lc_viewport_project (self->viewport, g_array_index (self->marker_places, double, 2 * i),
                           g_array_index (self->marker_places, double, 2 * i + 1), &x, &y);
      gtk_widget_size_allocate (GTK_WIDGET (marker),
                                &(GtkAllocation) { x - size.width / 2, y - size.height / 2,
                                                   size.width, size.height }, -1);
    }
}

/* The feature's names, with the other side's, then its kind and state at
 * the date shown: plain text, never markup. */
static char *
tooltip_text (LcMapView *self,
              LcFeature *feature)
{
  guint32 day = lc_viewport_get_day (self->viewport);
  g_autofree char *names = lc_feature_dup_display_name (feature, LC_PLACE_NAMES_BOTH);
  g_autofree char *description = lc_map_renderer_describe_feature (self->renderer, feature, day);

  /* The description starts with the name in the chosen side's form. */
  if (lc_map_renderer_get_place_names (self->renderer) == LC_PLACE_NAMES_BOTH)
    return g_steal_pointer (&description);

  return g_strdup_printf ("%s\n%s", description, names);
}

gboolean
lc_map_view_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  LcMapView *self = LC_MAP_VIEW (widget);
  LcFeature *feature;
  g_autofree char *text = NULL;

  if (self->story == NULL || keyboard)
    return FALSE;

  feature = lc_map_renderer_hit_test (self->renderer, self->viewport, x, y);
  if (feature == NULL)
    return FALSE;

  text = tooltip_text (self, feature);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* The next marker from the focused one in @direction's order, or the
 * first or last with @to_end; NULL past the ends. */
static GtkWidget *
step_marker (LcMapView        *self,
             GtkWidget        *from,
             GtkDirectionType  direction,
             gboolean          to_end)
{
  gboolean vertical = direction == GTK_DIR_UP || direction == GTK_DIR_DOWN;
  int step = direction == GTK_DIR_RIGHT || direction == GTK_DIR_DOWN ? 1 : -1;
  g_autoptr(GArray) order = dup_marker_order (self, vertical);
  guint index, position;

  if (to_end)
    position = step > 0 ? order->len - 1 : 0;
  else if (!g_ptr_array_find (self->markers, from, &index))
    return NULL;
  else if ((position = order_position (order, index)) + step >= order->len)
    return NULL; /* unsigned: past either end */
  else
    position += step;

  return g_ptr_array_index (self->markers, g_array_index (order, MarkerKey, position).index);
}

static gboolean
name_starts_with (const char *name,
                  gunichar    letter)
{
  return name != NULL && g_unichar_tolower (g_utf8_get_char (name)) == letter;
}

/* Whether the name the reader hears, or either side's, starts with @letter. */
static gboolean
feature_starts_with (LcMapView *self,
                     LcFeature *feature,
                     gunichar   letter)
{
  static const LcPlaceNames forms[] = { LC_PLACE_NAMES_ARMENIAN, LC_PLACE_NAMES_AZERBAIJANI };
  g_autofree char *shown = lc_feature_dup_display_name (feature, self->names);

  if (name_starts_with (shown, letter))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *name = lc_feature_dup_display_name (feature, forms[i]);

      if (name_starts_with (name, letter))
        return TRUE;
    }

  return FALSE;
}

/* The next place west to east after @from, round to the start, whose name
 * starts with @letter. */
static GtkWidget *
find_marker_by_letter (LcMapView *self,
                       GtkWidget *from,
                       gunichar   letter)
{
  g_autoptr(GArray) order = dup_marker_order (self, FALSE);
  guint index, start = 0;

  if (g_ptr_array_find (self->markers, from, &index))
    start = order_position (order, index) + 1;
  for (guint i = 0; i < order->len; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers,
                                             g_array_index (order, MarkerKey, (start + i) % order->len).index);

      if (feature_starts_with (self, lc_map_marker_get_feature (LC_MAP_MARKER (marker)),
                               g_unichar_tolower (letter)))
        return marker;
    }

  return NULL;
}

/* On a marker the arrows, Home and End move between places, and a letter
 * to the next place by name; with Shift the arrows pan, as they do with
 * the map itself focused. */
static gboolean
on_key_pressed_cb (LcMapView             *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *next = NULL;
  gunichar letter = gdk_keyval_to_unicode (keyval);

  if (focus == NULL || !LC_IS_MAP_MARKER (focus) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (state & GDK_SHIFT_MASK)
        return GDK_EVENT_PROPAGATE;
      next = step_marker (self, focus,
                          keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? GTK_DIR_LEFT :
                          keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right ? GTK_DIR_RIGHT :
                          keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? GTK_DIR_UP : GTK_DIR_DOWN,
                          FALSE);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      next = step_marker (self, focus, GTK_DIR_LEFT, TRUE);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      next = step_marker (self, focus, GTK_DIR_RIGHT, TRUE);
      break;
    default:
      if (!g_unichar_isalpha (letter))
        return GDK_EVENT_PROPAGATE;
      next = find_marker_by_letter (self, focus, letter);
      break;
    }

  if (next == NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  else if (next != focus)
    focus_marker (self, next);

  return GDK_EVENT_STOP;
}

/* Focuses the next place in a direction, for the tests and for anyone
 * driving the map by its actions: "(sb)", a direction ("left", "right",
 * "up", "down") and whether to go to the end. */
static void
focus_marker_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  static const char *directions[] = { "up", "down", "left", "right" };
  LcMapView *self = LC_MAP_VIEW (widget);
  GtkWidget *next;
  const char *name;
  gboolean to_end;

  g_variant_get (parameter, "(&sb)", &name, &to_end);
  for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
    if (g_str_equal (name, directions[i]))
      {
        next = step_marker (self, get_tab_stop (self), (GtkDirectionType) (GTK_DIR_UP + i), to_end);
        if (next != NULL)
          focus_marker (self, next);
        return;
      }
}

void
lc_map_view_class_add_markers (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.focus-marker", "(sb)", focus_marker_action);
}

void
lc_map_view_add_marker_controllers (LcMapView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}
