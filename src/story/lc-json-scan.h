/* lc-json-scan.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What the value of a "coordinates" member is made of, packed instead of
 * being built as nodes: a token a value, in document order, an array's
 * token followed by its elements'. */
typedef enum
{
  LC_JSON_COORD_ARRAY,    /* the token's count is its number of elements */
  LC_JSON_COORD_INTEGER,  /* the next of @numbers */
  LC_JSON_COORD_DOUBLE,   /* the next of @numbers */
  LC_JSON_COORD_STRING,
  LC_JSON_COORD_BOOLEAN,
  LC_JSON_COORD_NULL,
  LC_JSON_COORD_OBJECT,
} LcJsonCoordKind;

#define LC_JSON_COORD_KIND(token)  ((LcJsonCoordKind) ((token) >> 28))
#define LC_JSON_COORD_COUNT(token) ((token) & 0x0fffffffu)

typedef struct
{
  GArray *tokens;   /* guint32: the kind in the top four bits, an array's length below */
  GArray *numbers;  /* double: every number, integer or not, in order */
} LcJsonCoords;

/* What a document may hold; each is checked while it is read, before the
 * memory is spent. */
typedef struct
{
  guint max_depth;      /* arrays and objects nested */
  guint max_text;       /* characters in one string */
  guint max_positions;  /* arrays of numbers in all "coordinates" together */
  gsize max_memory;     /* bytes the nodes and packed values of one item, or
                         * of the rest of the document, take, estimated */
} LcJsonLimits;

/* A document being read: the text, the tree, and what is read later. */
typedef struct
{
  const char         *data;
  gsize               length;
  const LcJsonLimits *limits;
  JsonNode           *root;
  GHashTable         *items;        /* JsonNode (null in the tree) → its index in @item_ranges */
  GArray             *item_ranges;  /* where each item is in the text */
  GHashTable         *coords;       /* JsonNode (an empty array in the tree) → LcJsonCoords */
  guint               n_positions;
  gpointer            scratch;      /* private: buffers the items' readings share */
} LcJsonDocument;

/* Which kind of problem stopped the reading, and where. */
typedef enum
{
  LC_JSON_SCAN_SYNTAX,  /* the text is not JSON, or not JSON json-glib reads the same */
  LC_JSON_SCAN_LIMIT,   /* it is, but it holds more than the limits allow */
} LcJsonScanProblem;

typedef struct
{
  LcJsonScanProblem  problem;
  guint              line;     /* from 1 */
  guint              column;   /* from 1, in characters */
  char              *message;
} LcJsonScanError;

gboolean      _lc_json_parse                 (LcJsonDocument      *document,
                                              const char          *data,
                                              gsize                length,
                                              const LcJsonLimits  *limits,
                                              LcJsonScanError     *error);
JsonNode     *_lc_json_parse_item            (LcJsonDocument      *document,
                                              JsonNode            *placeholder,
                                              LcJsonScanError     *error);
gboolean      _lc_json_document_check_before (LcJsonDocument      *document,
                                              JsonNode            *placeholder,
                                              LcJsonScanError     *error);
gboolean      _lc_json_check                 (const char          *data,
                                              gsize                length,
                                              const LcJsonLimits  *limits,
                                              LcJsonScanError     *error);
void          _lc_json_document_clear        (LcJsonDocument      *document);
LcJsonCoords *_lc_json_document_steal_coords (LcJsonDocument      *document,
                                              JsonNode            *node);
void          _lc_json_scan_error_clear      (LcJsonScanError     *error);
void          _lc_json_coords_free           (LcJsonCoords        *coords);
char         *_lc_json_shorten               (const char          *text);
gboolean      _lc_json_scan                  (const char          *data,
                                              gsize                length,
                                              guint                max_depth,
                                              guint               *line,
                                              guint               *column,
                                              char               **message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcJsonCoords, _lc_json_coords_free)

G_END_DECLS
