/* test-icon-theme.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The app icons load the way a desktop loads them. GdkPixbuf, GTK's icon
 * theme, appstream-compose and `flatpak build-export` pick the loader by the
 * file's first bytes, not by its name: an SVG whose <svg> element starts too
 * late is "an unrecognized image format" to all of them, even though a
 * renderer that is told the format (rsvg-convert) draws it. Run with
 * G_DEBUG=fatal-warnings, so GTK's "Failed to load icon" fails the test. */

#include "config.h"

#include <gtk/gtk.h>

typedef struct
{
  const char *name;
  const char *folder;
  int         size;
} Icon;

static const Icon icons[] = {
  { APPLICATION_ID, "scalable", 128 },
  { APPLICATION_ID "-symbolic", "symbolic", 16 },
};

/* data/icons is laid out like share/icons; meson installs its files as
 * they are (tests/desktop/test-install.py checks that). */
static char *
icons_dir (void)
{
  return g_canonicalize_filename ("../data/icons", g_test_get_dir (G_TEST_DIST));
}

static char *
icon_path (const Icon *icon)
{
  g_autofree char *dir = icons_dir ();
  g_autofree char *file = g_strconcat (icon->name, ".svg", NULL);

  return g_build_filename (dir, "hicolor", icon->folder, "apps", file, NULL);
}

/* The share of pixels that are more than half opaque. */
static double
coverage (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  guint opaque = 0;

  /* Downloaded as cairo's ARGB32 in native byte order: alpha is the high byte. */
  gdk_texture_download (texture, pixels, stride);
  for (int i = 0; i < width * height; i++)
    opaque += (((guint32 *) pixels)[i] >> 24) > 128;

  return (double) opaque / (width * height);
}

static void
test_pixbuf_sniffs (gconstpointer data)
{
  const Icon *icon = data;
  g_autofree char *path = icon_path (icon);
  g_autofree char *contents = NULL;
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) mime_types = NULL;
  GdkPixbufFormat *format;
  GdkPixbuf *pixbuf;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* No type and no file name: the loader guesses from the bytes alone. */
  gdk_pixbuf_loader_write (loader, (const guchar *) contents, length, &error);
  g_assert_no_error (error);
  gdk_pixbuf_loader_close (loader, &error);
  g_assert_no_error (error);

  format = gdk_pixbuf_loader_get_format (loader);
  g_assert_nonnull (format);
  mime_types = gdk_pixbuf_format_get_mime_types (format);
  g_assert_true (g_strv_contains ((const char * const *) mime_types, "image/svg+xml"));
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, icon->size);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, icon->size);
}

static void
test_content_type (gconstpointer data)
{
  const Icon *icon = data;
  g_autofree char *path = icon_path (icon);
  g_autofree char *contents = NULL;
  g_autofree char *type = NULL;
  gboolean uncertain;
  gsize length;

  /* What GIO says of the first bytes alone, as shared-mime-info's magic
   * reads them: "<svg" within the first 256 bytes. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  type = g_content_type_guess (NULL, (const guchar *) contents, MIN (length, 4096), &uncertain);
  g_assert_cmpstr (type, ==, "image/svg+xml");
}

static void
test_icon_theme (gconstpointer data)
{
  const Icon *icon = data;
  g_autofree char *dir = icons_dir ();
  g_autofree char *path = icon_path (icon);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) paintable = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int size = icon->size * 4;

  /* The display's theme, as the app's windows use it, looking only where
   * the app's icons are (not at an installed copy). */
  gtk_icon_theme_set_search_path (theme, (const char * const []) { dir, NULL });
  paintable = gtk_icon_theme_lookup_icon (theme, icon->name, NULL, size, 1,
                                          GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (paintable);
  g_assert_nonnull (file);
  found = g_file_get_path (file);
  g_assert_cmpstr (found, ==, path);

  /* Drawing loads the file; a file GTK cannot load becomes GTK's
   * "image missing" picture, with a warning. */
  gdk_paintable_snapshot (GDK_PAINTABLE (paintable), GDK_SNAPSHOT (snapshot), size, size);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, size, size));
  gsk_renderer_unrealize (renderer);
  g_assert_cmpfloat (coverage (texture), >, 0.15);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      g_autofree char *sniffs = g_strdup_printf ("/icons/%s/pixbuf-sniffs", icons[i].folder);
      g_autofree char *type = g_strdup_printf ("/icons/%s/content-type", icons[i].folder);
      g_autofree char *theme = g_strdup_printf ("/icons/%s/icon-theme", icons[i].folder);

      g_test_add_data_func (sniffs, &icons[i], test_pixbuf_sniffs);
      g_test_add_data_func (type, &icons[i], test_content_type);
      g_test_add_data_func (theme, &icons[i], test_icon_theme);
    }

  return g_test_run ();
}
