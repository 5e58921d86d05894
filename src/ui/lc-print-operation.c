/* lc-print-operation.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-print-operation.h"

/**
 * LcPrintOperation:
 *
 * Prints an #LcBriefing: the day shown, on as many pages as its statements
 * need. GTK chooses the way: its own print dialog, or the print portal in
 * a sandbox. The briefing draws itself (src/map/lc-briefing.c); this only
 * gives it the print context's pages.
 */
struct _LcPrintOperation
{
  GtkPrintOperation  parent_instance;

  LcBriefing        *briefing;
};

G_DEFINE_FINAL_TYPE (LcPrintOperation, lc_print_operation, GTK_TYPE_PRINT_OPERATION)

#define PAGE_MARGIN_MM 15.0

/* The printer, paper and margins chosen last, for the next print while the
 * app runs, as in GNOME Text Editor. */
static GtkPrintSettings *last_settings;
static GtkPageSetup *last_page_setup;

static void
lc_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  LcPrintOperation *self = LC_PRINT_OPERATION (operation);
  guint n_pages;

  n_pages = lc_briefing_paginate (self->briefing, gtk_print_context_get_cairo_context (context),
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
lc_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  LcPrintOperation *self = LC_PRINT_OPERATION (operation);

  lc_briefing_draw_page (self->briefing, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
lc_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (operation));
    }

  if (GTK_PRINT_OPERATION_CLASS (lc_print_operation_parent_class)->done != NULL)
    GTK_PRINT_OPERATION_CLASS (lc_print_operation_parent_class)->done (operation, result);
}

static void
lc_print_operation_dispose (GObject *object)
{
  LcPrintOperation *self = (LcPrintOperation *)object;

  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (lc_print_operation_parent_class)->dispose (object);
}

static void
lc_print_operation_class_init (LcPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = lc_print_operation_dispose;

  operation_class->begin_print = lc_print_operation_begin_print;
  operation_class->draw_page = lc_print_operation_draw_page;
  operation_class->done = lc_print_operation_done;
}

/* The locale's paper, with margins a reader can hold the page by. */
static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();

  gtk_page_setup_set_top_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);

  return setup;
}

static void
lc_print_operation_init (LcPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = last_page_setup == NULL ? default_page_setup () : NULL;

  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self),
                                              setup != NULL ? setup : last_page_setup);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), last_settings);
}

/* A print queue and the file a job prints to take the name as plain text:
 * the day line's bidirectional isolates would be invisible characters
 * there, so they go. */
static char *
strip_isolates (const char *text)
{
  GString *plain = g_string_new (text);

  g_string_replace (plain, LC_FSI, "", 0);
  g_string_replace (plain, LC_PDI, "", 0);

  return g_string_free (plain, FALSE);
}

/**
 * lc_print_operation_new:
 * @briefing: what to print
 *
 * Returns: (transfer full): an operation that prints @briefing, named
 *   after its story and day in the print queue
 */
LcPrintOperation *
lc_print_operation_new (LcBriefing *briefing)
{
  LcPrintOperation *self;
  g_autofree char *day_line = NULL;
  g_autofree char *job_name = NULL;
  g_autofree char *plain_name = NULL;

  g_return_val_if_fail (LC_IS_BRIEFING (briefing), NULL);

  self = g_object_new (LC_TYPE_PRINT_OPERATION, NULL);
  self->briefing = g_object_ref (briefing);
  day_line = lc_story_dup_day_line (lc_briefing_get_story (briefing), lc_briefing_get_day (briefing));
  /* Translators: a print job's name: a story's title and the day printed */
  job_name = g_strdup_printf (_("%s — %s"), lc_story_get_title (lc_briefing_get_story (briefing)), day_line);
  plain_name = strip_isolates (job_name);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), plain_name);

  return self;
}

/**
 * lc_print_operation_get_briefing:
 *
 * Returns: (transfer none): the briefing printed
 */
LcBriefing *
lc_print_operation_get_briefing (LcPrintOperation *self)
{
  g_return_val_if_fail (LC_IS_PRINT_OPERATION (self), NULL);

  return self->briefing;
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Briefing Could Not Be Printed"), NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_done_cb (LcPrintOperation        *self,
            GtkPrintOperationResult  result,
            gpointer                 user_data)
{
  g_autoptr(GtkWindow) parent = g_weak_ref_get (user_data);
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (GTK_PRINT_OPERATION (self), &error);
      show_error (parent, error);
    }

  g_weak_ref_clear (user_data);
  g_free (user_data);
  g_object_unref (self);
}

/**
 * lc_print_operation_run_dialog:
 * @parent: (nullable): the window printing
 *
 * Asks where and how to print, then prints; a failure is shown in a
 * dialog over @parent. The operation keeps itself alive until it is done.
 */
void
lc_print_operation_run_dialog (LcPrintOperation *self,
                               GtkWindow        *parent)
{
  g_autoptr(GError) error = NULL;
  GWeakRef *parent_ref = g_new0 (GWeakRef, 1);
  GtkPrintOperationResult result;

  g_return_if_fail (LC_IS_PRINT_OPERATION (self));

  /* The window stays usable while the dialog is open and pages print. */
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (self), TRUE);
  g_weak_ref_init (parent_ref, parent);
  g_signal_connect (g_object_ref (self), "done", G_CALLBACK (on_done_cb), parent_ref);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  /* Without an asynchronous dialog, "done" came already, or never will. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL && !gtk_print_operation_is_finished (GTK_PRINT_OPERATION (self)))
    show_error (parent, error);
}
