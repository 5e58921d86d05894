/* bench-frames.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times a GTK program by its frame clock, for tests/bench.py: loaded with
 * LD_PRELOAD into the app, or into the bare window the benchmark compares
 * it with (bench-window.c). It uses only what both have: GTK, the frame
 * clock's signals, widgets found by their type names, their properties,
 * actions and gestures, so the same shim measures any version of the app.
 *
 * LC_BENCH_MODE says what to do; each result is a line on standard output:
 *
 *   start  waits for the first frame painted with the story on screen
 *          (a window holding an LcMapView that has a story; for the bare
 *          window, its first frame), prints
 *            ready MICROSECONDS PSS_KB
 *          (CLOCK_MONOTONIC at the end of that frame; the proportional
 *          set size then, from /proc/self/smaps_rollup), and exits.
 *   step   then steps the timeline a day at a time, as its buttons do
 *          (timeline.step), LC_BENCH_COUNT times, and for each prints
 *            action FRAME_MS SETTLED_MS CPU_MS TICKING
 *          the time from the step to the end of the next painted frame,
 *          and to when the main loop has nothing left to do; the main
 *          thread's CPU time over the latter; and 1 if the frame clock
 *          was still ticking when the step came, 0 if it was idle.
 *          Each step waits for the frame clock to be idle (no frame for
 *          QUIET_MS; at most QUIET_MAX_MS): while an animation keeps it
 *          ticking (a scrollbar fading out, for a second after each
 *          scroll), a frame waits for the clock's next tick, so the time
 *          to it says more about the tick than about the step. With
 *          LC_BENCH_PACED=1 steps come GAP_MS apart, ticking or not.
 *   pan    the same for the map dragged: its drag gesture told of a
 *          drag (the signals a pointer's drag emits) of small moves one
 *          way and back, then its end; with no drag gesture, the map
 *          moved by its keys' action (map.pan).
 *   zoom   the same for the map zoomed in and out (map.zoom-in, -out).
 *   repaint  the same for the bare window's drawing area drawn again
 *          (bench-window WIDTH HEIGHT repaint): the whole window painted.
 *
 * With LC_BENCH_SMAPS=FILE it also copies /proc/self/smaps to FILE at
 * the ready frame, to see what the memory is.
 *
 * After the actions it prints every frame it saw, "frame START_US MS",
 * for the frame the map redraws when it settles, then "done", and exits.
 */

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define GAP_MS      60   /* between actions: the frame clock is idle again */
#define SETTLE_MS   600  /* after the last action, for the frames it causes */
#define QUIET_MS    50   /* no frame for this long: the frame clock is idle */
#define QUIET_MAX_MS 4000 /* waited for at most */

typedef enum { MODE_START, MODE_STEP, MODE_PAN, MODE_ZOOM, MODE_REPAINT } Mode;

static Mode      mode;
static gboolean  ready;
static guint     n_actions, done_actions;
static gint64    action_time, action_cpu, frame_start;
static double    action_frame_ms;
static gboolean  waiting_frame;
static gboolean  paced, ticking;
static double    drag_x, drag_y;
static gint64    last_frame, quiet_since;
static int       direction = -1;
static GString  *frames;

static gint64
cpu_time_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static long
pss_kb (void)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/smaps_rollup", &text, NULL, NULL) ||
      (line = strstr (text, "\nPss:")) == NULL)
    return -1;

  return strtol (line + strlen ("\nPss:"), NULL, 10);
}

static GtkWidget *
find_widget (GtkWidget  *widget,
             const char *type_name)
{
  GType type = g_type_from_name (type_name);

  if (type == 0)
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
main_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_mapped (l->data) && gtk_widget_get_width (l->data) > 0)
      return l->data;

  return NULL;
}

/* The app's window shows a story: its map view has one and is drawn. A
 * window without a map view (the bare window) is ready when shown. */
static gboolean
window_ready (GtkWidget *window)
{
  GtkWidget *map;
  g_autoptr(GObject) story = NULL;

  if (g_type_from_name ("LcMapView") == 0)
    return TRUE;
  map = find_widget (window, "LcMapView");
  if (map == NULL || !gtk_widget_get_mapped (map) || gtk_widget_get_width (map) <= 0)
    return FALSE;
  g_object_get (map, "story", &story, NULL);

  return story != NULL;
}

static G_GNUC_NORETURN void
finish (void)
{
  fputs (frames->str, stdout);
  fputs ("done\n", stdout);
  fflush (stdout);
  _exit (0);
}

static guint32
window_day (GtkWidget *window)
{
  guint day = 0;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (window), "day") != NULL)
    g_object_get (window, "day", &day, NULL);
  return day;
}

/* The first drag gesture on @widget, or NULL. */
static GtkGesture *
find_drag (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        return GTK_GESTURE (controller);
    }

  return NULL;
}

/* A drag's end, after its last action: the view stops. */
static void
end_drag (void)
{
  GtkWidget *window = main_window ();
  GtkWidget *target = window != NULL ? find_widget (window, "LcMapView") : NULL;
  GtkGesture *drag = target != NULL ? find_drag (target) : NULL;

  if (drag != NULL)
    g_signal_emit_by_name (drag, "drag-end", drag_x, drag_y);
}

/* One action; %FALSE when the app has no way to do it. */
static gboolean
act (guint i)
{
  GtkWidget *window = main_window ();
  GtkWidget *target;

  if (window == NULL)
    return FALSE;

  switch (mode)
    {
    case MODE_STEP:
      {
        guint32 before = window_day (window);

        target = find_widget (window, "LcTimeline");
        if (target == NULL ||
            !gtk_widget_activate_action (target, "timeline.step", "i", direction))
          return FALSE;
        /* At an end of the timeline, the other way. */
        if (window_day (window) == before)
          {
            direction = -direction;
            gtk_widget_activate_action (target, "timeline.step", "i", direction);
          }
        return TRUE;
      }

    case MODE_PAN:
      {
        GtkGesture *drag;
        double dx = i < n_actions / 2 ? -12.0 : 12.0, dy = i < n_actions / 2 ? -4.0 : 4.0;

        target = find_widget (window, "LcMapView");
        if (target == NULL)
          return FALSE;
        /* The map's drag gesture, told of a drag as a pointer would. */
        drag = find_drag (target);
        if (drag == NULL)
          return gtk_widget_activate_action (target, "map.pan", "(dd)", dx, dy);
        if (i == 0)
          {
            drag_x = drag_y = 0;
            g_signal_emit_by_name (drag, "drag-begin", gtk_widget_get_width (target) / 2.0,
                                   gtk_widget_get_height (target) / 2.0);
          }
        drag_x += dx;
        drag_y += dy;
        g_signal_emit_by_name (drag, "drag-update", drag_x, drag_y);
        return TRUE;
      }

    case MODE_ZOOM:
      target = find_widget (window, "LcMapView");
      return target != NULL &&
             gtk_widget_activate_action (target, i % 2 ? "map.zoom-out" : "map.zoom-in", NULL);

    case MODE_REPAINT:
      target = find_widget (window, "GtkDrawingArea");
      if (target == NULL)
        return FALSE;
      gtk_widget_queue_draw (target);
      return TRUE;

    case MODE_START:
    default:
      return FALSE;
    }
}

/* Whether the frame clock painted a frame in the last QUIET_MS. */
static gboolean
clock_ticking (gint64 now)
{
  return now - last_frame < QUIET_MS * 1000;
}

static gboolean
act_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (done_actions == n_actions)
    {
      if (mode == MODE_PAN)
        end_drag ();
      g_timeout_add (SETTLE_MS, (GSourceFunc) finish, NULL);
      return G_SOURCE_REMOVE;
    }

  if (!paced)
    {
      if (quiet_since == 0)
        quiet_since = now;
      if (clock_ticking (now) && now - quiet_since < QUIET_MAX_MS * 1000)
        {
          g_timeout_add (5, act_cb, NULL);
          return G_SOURCE_REMOVE;
        }
      quiet_since = 0;
    }

  ticking = clock_ticking (now);
  action_time = g_get_monotonic_time ();
  action_cpu = cpu_time_us ();
  waiting_frame = TRUE;
  if (!act (done_actions))
    {
      fputs ("unsupported\n", stdout);
      finish ();
    }

  return G_SOURCE_REMOVE;
}

/* Nothing is left to do at any priority above this idle's. */
static gboolean
settled_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  printf ("action %.3f %.3f %.3f %d\n", action_frame_ms, (now - action_time) / 1000.0,
          (cpu_time_us () - action_cpu) / 1000.0, ticking);
  done_actions++;
  g_timeout_add (GAP_MS, act_cb, NULL);

  return G_SOURCE_REMOVE;
}

static gboolean
before_paint_hook (GSignalInvocationHint *hint,
                   guint                  n_values,
                   const GValue          *values,
                   gpointer               data)
{
  frame_start = g_get_monotonic_time ();
  return TRUE;
}

static gboolean
after_paint_hook (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               data)
{
  gint64 now = g_get_monotonic_time ();
  GtkWidget *window;

  last_frame = now;
  if (ready)
    g_string_append_printf (frames, "frame %" G_GINT64_FORMAT " %.3f\n", frame_start,
                            (now - frame_start) / 1000.0);
  if (ready && waiting_frame)
    {
      waiting_frame = FALSE;
      action_frame_ms = (now - action_time) / 1000.0;
      g_idle_add_full (G_PRIORITY_LOW, settled_cb, NULL, NULL);
    }
  if (ready)
    return TRUE;

  window = main_window ();
  if (window == NULL || !window_ready (window))
    return TRUE;

  ready = TRUE;
  if (g_getenv ("LC_BENCH_SMAPS") != NULL)
    {
      g_autofree char *smaps = NULL;
      gsize length;

      if (g_file_get_contents ("/proc/self/smaps", &smaps, &length, NULL))
        g_file_set_contents (g_getenv ("LC_BENCH_SMAPS"), smaps, length, NULL);
    }
  printf ("ready %" G_GINT64_FORMAT " %ld\n", now, pss_kb ());
  fflush (stdout);
  if (mode == MODE_START)
    _exit (0);

  g_timeout_add (GAP_MS * 4, act_cb, NULL);
  return TRUE;
}

__attribute__ ((constructor)) static void
bench_frames_init (void)
{
  const char *name = g_getenv ("LC_BENCH_MODE");
  GType clock_type;

  if (name == NULL)
    return;

  mode = g_str_equal (name, "step") ? MODE_STEP :
         g_str_equal (name, "pan") ? MODE_PAN :
         g_str_equal (name, "zoom") ? MODE_ZOOM :
         g_str_equal (name, "repaint") ? MODE_REPAINT : MODE_START;
  paced = g_strcmp0 (g_getenv ("LC_BENCH_PACED"), "1") == 0;
  n_actions = g_getenv ("LC_BENCH_COUNT") ? atoi (g_getenv ("LC_BENCH_COUNT")) : 20;
  frames = g_string_new (NULL);

  clock_type = gdk_frame_clock_get_type ();
  /* Kept: the signals are looked up on the class. */
  g_type_class_ref (clock_type);
  g_signal_add_emission_hook (g_signal_lookup ("before-paint", clock_type), 0,
                              before_paint_hook, NULL, NULL);
  g_signal_add_emission_hook (g_signal_lookup ("after-paint", clock_type), 0,
                              after_paint_hook, NULL, NULL);
}
