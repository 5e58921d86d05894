/* lc-quotation.c
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-quotation.h"

/* Where quoted words end, for a mark that opens them; 0 if @c opens none. */
static gunichar
closing_mark (gunichar c,
              gunichar *alternative)
{
  *alternative = 0;
  switch (c)
    {
    case 0x201C: return 0x201D;          /* “ ” */
    case 0x00AB: return 0x00BB;          /* « » */
    case 0x2039: return 0x203A;          /* ‹ › */
    case '"': return '"';
    case 0x201E:                         /* „ “ and „ ” */
      *alternative = 0x201D;
      return 0x201C;
    default:
      return 0;
    }
}

/**
 * lc_quotation_find:
 * @text: a text
 *
 * Finds the passages of @text in quotation marks: “ ”, « », „ “ (or „ ”),
 * ‹ › and straight double quotes. A passage runs from an opening mark to
 * the first mark that closes it; marks of another kind inside it are part
 * of it, and a passage left open at the end of the text is not counted.
 *
 * Returns: (transfer full) (element-type LcTextSpan): the inside of each
 *   passage, without its marks, in the order of the text
 */
GArray *
lc_quotation_find (const char *text)
{
  GArray *passages = g_array_new (FALSE, FALSE, sizeof (LcTextSpan));
  gunichar close = 0, alternative = 0;
  guint index = 0, start = 0;

  g_return_val_if_fail (text != NULL, passages);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      gunichar c = g_utf8_get_char (p);

      if (close == 0)
        {
          close = closing_mark (c, &alternative);
          start = index + 1;
        }
      else if (c == close || (alternative != 0 && c == alternative))
        {
          LcTextSpan passage = { start, index };

          g_array_append_val (passages, passage);
          close = 0;
        }
    }

  return passages;
}

/**
 * lc_quotation_contains:
 * @quotations: (element-type LcTextSpan): passages from lc_quotation_find()
 * @start: the first character of a span
 * @end: the character after the span
 *
 * Returns: %TRUE if the span lies inside one quoted passage
 */
gboolean
lc_quotation_contains (GArray *quotations,
                       guint   start,
                       guint   end)
{
  g_return_val_if_fail (quotations != NULL, FALSE);

  for (guint i = 0; i < quotations->len; i++)
    {
      const LcTextSpan *passage = &g_array_index (quotations, LcTextSpan, i);

      if (passage->start <= start && end <= passage->end)
        return TRUE;
    }

  return FALSE;
}
