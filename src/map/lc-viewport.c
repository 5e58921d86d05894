/* lc-viewport.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lc-viewport.h"

/**
 * LcViewport:
 *
 * What part of the map is shown, how large, and at which date: the state
 * the map widget and an export share. It holds no widget; the widget
 * gives it a size in pixels.
 *
 * Pixels are measured from the top-left corner; the centre of the view is
 * at (width / 2, height / 2).
 */
struct _LcViewport
{
  GObject       parent_instance;
  LcProjection  projection;
  double        longitude;
  double        latitude;
  double        zoom;
  int           width;
  int           height;
  guint32       day;
};

G_DEFINE_FINAL_TYPE (LcViewport, lc_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LONGITUDE,
  PROP_LATITUDE,
  PROP_ZOOM,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_viewport_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcViewport *self = LC_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_int (value, self->height);
      break;

    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_viewport_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcViewport *self = LC_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_LONGITUDE:
      lc_viewport_set_center (self, g_value_get_double (value), self->latitude);
      break;

    case PROP_LATITUDE:
      lc_viewport_set_center (self, self->longitude, g_value_get_double (value));
      break;

    case PROP_ZOOM:
      lc_viewport_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_WIDTH:
      lc_viewport_set_size (self, g_value_get_int (value), self->height);
      break;

    case PROP_HEIGHT:
      lc_viewport_set_size (self, self->width, g_value_get_int (value));
      break;

    case PROP_DAY:
      lc_viewport_set_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_viewport_class_init (LcViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = lc_viewport_get_property;
  object_class->set_property = lc_viewport_set_property;

  properties[PROP_LONGITUDE] = g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, flags);
  properties[PROP_LATITUDE] = g_param_spec_double ("latitude", NULL, NULL, -85, 85, 0, flags);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, LC_VIEWPORT_MIN_ZOOM,
                                               LC_VIEWPORT_MAX_ZOOM, 0, flags);
  properties[PROP_WIDTH] = g_param_spec_int ("width", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_HEIGHT] = g_param_spec_int ("height", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DAY] = g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_viewport_init (LcViewport *self)
{
  lc_projection_init_conic (&self->projection, 38.5, 41.5, 40.0, 46.5);
  self->longitude = 46.5;
  self->latitude = 40.0;
}

LcViewport *
lc_viewport_new (void)
{
  return g_object_new (LC_TYPE_VIEWPORT, NULL);
}

/**
 * lc_viewport_copy:
 *
 * Returns: (transfer full): a viewport in the same state: projection,
 *   centre, zoom, size and day
 */
LcViewport *
lc_viewport_copy (LcViewport *self)
{
  LcViewport *copy;

  g_return_val_if_fail (LC_IS_VIEWPORT (self), NULL);

  copy = lc_viewport_new ();
  copy->projection = self->projection;
  copy->longitude = self->longitude;
  copy->latitude = self->latitude;
  copy->zoom = self->zoom;
  copy->width = self->width;
  copy->height = self->height;
  copy->day = self->day;

  return copy;
}

/**
 * lc_viewport_get_projection:
 *
 * Returns: (transfer none): the projection from longitude and latitude to
 *   metres that the view uses
 */
const LcProjection *
lc_viewport_get_projection (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), NULL);

  return &self->projection;
}

/**
 * lc_viewport_set_projection:
 *
 * Changes the projection, keeping the centre and zoom.
 */
void
lc_viewport_set_projection (LcViewport         *self,
                            const LcProjection *projection)
{
  g_return_if_fail (LC_IS_VIEWPORT (self));
  g_return_if_fail (projection != NULL);

  self->projection = *projection;
  /* Everything in pixels moves. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
lc_viewport_get_longitude (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return self->longitude;
}

double
lc_viewport_get_latitude (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return self->latitude;
}

/**
 * lc_viewport_set_center:
 *
 * Centres the view on a point, in degrees.
 */
void
lc_viewport_set_center (LcViewport *self,
                        double      longitude,
                        double      latitude)
{
  g_return_if_fail (LC_IS_VIEWPORT (self));

  longitude = CLAMP (longitude, -180.0, 180.0);
  latitude = CLAMP (latitude, -85.0, 85.0);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->longitude != longitude)
    {
      self->longitude = longitude;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
    }
  if (self->latitude != latitude)
    {
      self->latitude = latitude;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * lc_viewport_get_zoom:
 *
 * Returns: the zoom level: at 0 a pixel is 1 km, and each step doubles
 *   the size of everything
 */
double
lc_viewport_get_zoom (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return self->zoom;
}

void
lc_viewport_set_zoom (LcViewport *self,
                      double      zoom)
{
  g_return_if_fail (LC_IS_VIEWPORT (self));

  zoom = CLAMP (zoom, LC_VIEWPORT_MIN_ZOOM, LC_VIEWPORT_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

int
lc_viewport_get_width (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return self->width;
}

int
lc_viewport_get_height (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return self->height;
}

/**
 * lc_viewport_set_size:
 *
 * Sets the size of the view, in pixels.
 */
void
lc_viewport_set_size (LcViewport *self,
                      int         width,
                      int         height)
{
  g_return_if_fail (LC_IS_VIEWPORT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->width != width)
    {
      self->width = MAX (width, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
    }
  if (self->height != height)
    {
      self->height = MAX (height, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * lc_viewport_get_day:
 *
 * Returns: the day shown, as an #LcDate day number
 */
guint32
lc_viewport_get_day (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return self->day;
}

void
lc_viewport_set_day (LcViewport *self,
                     guint32     day)
{
  g_return_if_fail (LC_IS_VIEWPORT (self));

  if (self->day == day)
    return;

  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * lc_viewport_get_scale:
 *
 * Returns: pixels per projected metre
 */
double
lc_viewport_get_scale (LcViewport *self)
{
  g_return_val_if_fail (LC_IS_VIEWPORT (self), 0);

  return exp2 (self->zoom) / LC_VIEWPORT_BASE_METRES_PER_PIXEL;
}

/**
 * lc_viewport_get_transform:
 * @scale: (out): pixels per metre
 * @offset_x: (out): the pixel x of the projection's origin
 * @offset_y: (out): the pixel y of the projection's origin
 *
 * The affine map from projected metres (x, y) to pixels:
 * (@offset_x + x × @scale, @offset_y − y × @scale).
 */
void
lc_viewport_get_transform (LcViewport *self,
                           double     *scale,
                           double     *offset_x,
                           double     *offset_y)
{
  double cx, cy, s;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_projection_forward (&self->projection, self->longitude, self->latitude, &cx, &cy);
  s = lc_viewport_get_scale (self);
  *scale = s;
  *offset_x = self->width / 2.0 - cx * s;
  *offset_y = self->height / 2.0 + cy * s;
}

/**
 * lc_viewport_project:
 * @x: (out): pixels from the left
 * @y: (out): pixels from the top
 */
void
lc_viewport_project (LcViewport *self,
                     double      longitude,
                     double      latitude,
                     double     *x,
                     double     *y)
{
  double s, ox, oy, mx, my;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_viewport_get_transform (self, &s, &ox, &oy);
  lc_projection_forward (&self->projection, longitude, latitude, &mx, &my);
  *x = ox + mx * s;
  *y = oy - my * s;
}

/**
 * lc_viewport_unproject:
 * @longitude: (out): degrees
 * @latitude: (out): degrees
 */
void
lc_viewport_unproject (LcViewport *self,
                       double      x,
                       double      y,
                       double     *longitude,
                       double     *latitude)
{
  double s, ox, oy;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_viewport_get_transform (self, &s, &ox, &oy);
  lc_projection_inverse (&self->projection, (x - ox) / s, (oy - y) / s, longitude, latitude);
}

/**
 * lc_viewport_get_box_metres:
 * @metres: (out): the box's extent in the projection's metres: min x,
 *   min y, max x, max y
 *
 * The projected extent of a longitude/latitude box, whose edges are
 * curves on a conic map.
 */
void
lc_viewport_get_box_metres (LcViewport *self,
                            double      west,
                            double      south,
                            double      east,
                            double      north,
                            double      metres[4])
{
  const guint steps = 8;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  metres[0] = metres[1] = G_MAXDOUBLE;
  metres[2] = metres[3] = -G_MAXDOUBLE;
  for (guint i = 0; i <= steps; i++)
    for (guint j = 0; j <= steps; j++)
      {
        double x, y;

        if (i != 0 && i != steps && j != 0 && j != steps)
          continue;
        lc_projection_forward (&self->projection, west + (east - west) * i / steps,
                               south + (north - south) * j / steps, &x, &y);
        metres[0] = MIN (metres[0], x);
        metres[1] = MIN (metres[1], y);
        metres[2] = MAX (metres[2], x);
        metres[3] = MAX (metres[3], y);
      }
}

/**
 * lc_viewport_fit_bounds_in:
 * @x: the left of the part of the view to fit the box in, pixels
 * @y: its top
 * @width: its width
 * @height: its height
 *
 * Zooms and centres the view so that the longitude/latitude box fills the
 * given part of it, centred there: for a view partly covered by panels.
 */
void
lc_viewport_fit_bounds_in (LcViewport *self,
                           double      west,
                           double      south,
                           double      east,
                           double      north,
                           double      x,
                           double      y,
                           double      width,
                           double      height)
{
  double metres[4], metres_per_pixel, cx, cy, lon, lat;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_viewport_get_box_metres (self, west, south, east, north, metres);
  metres_per_pixel = MAX ((metres[2] - metres[0]) / MAX (width, 1),
                          (metres[3] - metres[1]) / MAX (height, 1));
  metres_per_pixel = MAX (metres_per_pixel, 1e-9);
  /* The box's middle goes to the part's middle, not the view's. */
  cx = (metres[0] + metres[2]) / 2 - (x + width / 2 - self->width / 2.0) * metres_per_pixel;
  cy = (metres[1] + metres[3]) / 2 + (y + height / 2 - self->height / 2.0) * metres_per_pixel;
  lc_projection_inverse (&self->projection, cx, cy, &lon, &lat);

  g_object_freeze_notify (G_OBJECT (self));
  lc_viewport_set_zoom (self, log2 (LC_VIEWPORT_BASE_METRES_PER_PIXEL / metres_per_pixel));
  lc_viewport_set_center (self, lon, lat);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * lc_viewport_fit_bounds:
 * @padding: pixels to keep free on each side
 *
 * Centres and zooms the view so that the longitude/latitude box fills it.
 */
void
lc_viewport_fit_bounds (LcViewport *self,
                        double      west,
                        double      south,
                        double      east,
                        double      north,
                        double      padding)
{
  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_viewport_fit_bounds_in (self, west, south, east, north, padding, padding,
                             MAX (self->width - 2 * padding, 1), MAX (self->height - 2 * padding, 1));
}

/**
 * lc_viewport_pan_by:
 *
 * Moves the map by a number of pixels: a drag of (@dx, @dy).
 */
void
lc_viewport_pan_by (LcViewport *self,
                    double      dx,
                    double      dy)
{
  double lon, lat;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_viewport_unproject (self, self->width / 2.0 - dx, self->height / 2.0 - dy, &lon, &lat);
  lc_viewport_set_center (self, lon, lat);
}

/**
 * lc_viewport_zoom_at:
 * @delta: zoom steps to add; negative zooms out
 *
 * Zooms around the pixel (@x, @y), which stays over the same place.
 */
void
lc_viewport_zoom_at (LcViewport *self,
                     double      delta,
                     double      x,
                     double      y)
{
  double lon, lat, new_x, new_y;

  g_return_if_fail (LC_IS_VIEWPORT (self));

  lc_viewport_unproject (self, x, y, &lon, &lat);
  g_object_freeze_notify (G_OBJECT (self));
  lc_viewport_set_zoom (self, self->zoom + delta);
  lc_viewport_project (self, lon, lat, &new_x, &new_y);
  lc_viewport_pan_by (self, x - new_x, y - new_y);
  g_object_thaw_notify (G_OBJECT (self));
}
