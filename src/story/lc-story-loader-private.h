/* lc-story-loader-private.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lc-json-scan.h"
#include "lc-story-loader.h"
#include "lc-story-private.h"

/*
 * Between the files of LcStoryLoader, one a layer of the format:
 *
 *   lc-story-loader.c   the object: reads the file, parses the JSON
 *                       (lc-json-scan.c), keeps the diagnostics, returns
 *                       the story or the errors
 *   lc-json-reader.c    typed reads of JSON members that report what is
 *                       wrong with its JSON path; knows nothing of stories
 *                       beyond the format's limits and ids
 *   lc-geojson-reader.c a GeoJSON (RFC 7946) geometry into an LcGeometry
 *   lc-story-schema.c   the story format: which members each object has,
 *                       how they refer to each other, what they build
 *   lc-story-schema-features.c
 *                       the same for the map features
 *
 * To add a field to the format, read it in lc-story-schema*.c with the
 * lc_json_read_*() function for its type and list it in that object's
 * "known" members.
 */

G_BEGIN_DECLS

typedef enum
{
  LC_JSON_OPTIONAL = 0,
  LC_JSON_REQUIRED = 1 << 0,
} LcJsonFlags;

/* Where a reading is, and what it found wrong. */
typedef struct
{
  GListStore     *diagnostics;   /* LcDiagnostic, borrowed */
  const char     *file;          /* as the user should see it */
  LcJsonDocument *document;      /* the tree read, and its packed coordinates */
  GArray         *path;          /* the JSON path read now, a segment a step; written
                                  * out only for a message, as statements[3].date */
  GPtrArray      *texts;         /* texts the reader changed, for as long as it lasts */
  JsonNode       *item;          /* the collection item read now (_lc_json_parse_item()) */
  JsonNode       *failed_item;   /* the item that is not JSON, if one is */
  LcJsonScanError item_error;    /* and what is wrong with it */
  guint       n_errors;
  guint       n_warnings;
  guint       n_hidden_errors;   /* past LC_STORY_MAX_ERRORS */
  guint       n_hidden_warnings;
} LcJsonReader;

/* Reports a problem at the current JSON path; FALSE, for `return`. */
#define lc_json_error(json, ...)   lc_json_report ((json), LC_DIAGNOSTIC_ERROR, __VA_ARGS__)
#define lc_json_warning(json, ...) lc_json_report ((json), LC_DIAGNOSTIC_WARNING, __VA_ARGS__)

/* lc-json-reader.c */
void         lc_json_reader_init      (LcJsonReader       *json,
                                       GListStore         *diagnostics,
                                       const char         *file,
                                       LcJsonDocument     *document);
void         lc_json_reader_finish    (LcJsonReader       *json);
G_GNUC_PRINTF (3, 4)
gboolean     lc_json_report           (LcJsonReader         *json,
                                       LcDiagnosticSeverity  severity,
                                       const char           *format,
                                       ...);
gsize        lc_json_enter            (LcJsonReader       *json,
                                       const char         *member);
gsize        lc_json_enter_index      (LcJsonReader       *json,
                                       guint               index);
void         lc_json_leave            (LcJsonReader       *json,
                                       gsize               mark);
const char  *lc_json_describe         (JsonNode           *node);
gboolean     lc_json_node_is_string   (JsonNode           *node);
gboolean     lc_json_node_is_number   (JsonNode           *node);
void         lc_json_check_members    (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char * const *known);
JsonNode    *lc_json_get_member       (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags);
gboolean     lc_json_text_is_blank    (const char         *text);
gboolean     lc_json_check_id         (LcJsonReader       *json,
                                       const char         *id);
gboolean     lc_json_read_string      (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags,
                                       const char        **out);
gboolean     lc_json_read_raw_string  (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags,
                                       const char        **out);
gboolean     lc_json_read_id          (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags,
                                       const char        **out);
gboolean     lc_json_read_date        (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags,
                                       guint32            *day);
gboolean     lc_json_read_enum        (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags,
                                       GType               enum_type,
                                       int                *value);
gboolean     lc_json_read_boolean     (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       gboolean           *out);
gboolean     lc_json_read_uint        (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       guint               min,
                                       guint               max,
                                       guint              *out);
gboolean     lc_json_read_array       (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags,
                                       guint               max_length,
                                       JsonArray         **out);
JsonObject  *lc_json_read_object      (LcJsonReader       *json,
                                       JsonObject         *object,
                                       const char         *name,
                                       LcJsonFlags         flags);
JsonObject  *lc_json_item_object      (LcJsonReader       *json,
                                       JsonNode           *node);
void         lc_json_release_item     (LcJsonReader       *json);
LcJsonCoords *lc_json_steal_coords    (LcJsonReader       *json,
                                       JsonNode           *node);

/* lc-geojson-reader.c */
LcGeometry  *lc_geojson_read_geometry (LcJsonReader       *json,
                                       JsonObject         *feature);

/* The story being read, for lc-story-schema*.c */
typedef struct
{
  LcJsonReader *json;
  const char   *domain;   /* of the story's translations, or NULL */
  const char   *story_id;
  LcStory      *story;
  guint         version;  /* of the format, once checked */
} LcSchemaReader;

typedef void (*LcSchemaAddFunc) (gpointer owner,
                                 gpointer object);

typedef gboolean (*LcSchemaItemFunc) (LcSchemaReader *ctx,
                                      JsonObject     *object);

/* lc-story-schema.c */
LcStory     *lc_story_schema_read      (LcJsonReader       *json,
                                        JsonObject         *root,
                                        const char         *translation_domain,
                                        GError            **error);
G_GNUC_PRINTF (3, 4)
const char  *lc_schema_tr              (LcSchemaReader     *ctx,
                                        const char         *text,
                                        const char         *place_format,
                                        ...);
const char  *lc_schema_tr_field        (LcSchemaReader     *ctx,
                                        const char         *text,
                                        const char         *items,
                                        const char         *id,
                                        const char         *field);
gboolean     lc_schema_read_item       (LcSchemaReader     *ctx,
                                        JsonObject         *object,
                                        const char * const *known,
                                        LcStoryCollection   collection,
                                        const char        **id);
gboolean     lc_schema_read_ref        (LcSchemaReader     *ctx,
                                        JsonObject         *object,
                                        const char         *name,
                                        LcStoryCollection   collection,
                                        LcJsonFlags         flags,
                                        gpointer           *out);
void         lc_schema_read_collection (LcSchemaReader     *ctx,
                                        JsonObject         *root,
                                        const char         *name,
                                        LcJsonFlags         flags,
                                        LcSchemaItemFunc    read_item);
gboolean     lc_schema_since_version   (LcSchemaReader     *ctx,
                                        JsonObject         *object,
                                        const char         *name,
                                        guint               version);
gboolean     lc_schema_kind_since_version (LcSchemaReader  *ctx,
                                           const char      *kind,
                                           guint            version);
gboolean     lc_schema_read_ref_list   (LcSchemaReader     *ctx,
                                        JsonObject         *object,
                                        const char         *name,
                                        LcStoryCollection   collection,
                                        gpointer            owner,
                                        LcSchemaAddFunc     add);
gboolean     lc_schema_read_sources    (LcSchemaReader     *ctx,
                                        JsonObject         *object,
                                        LcJsonFlags         flags,
                                        gpointer            owner,
                                        LcSchemaAddFunc     add);
gboolean     lc_schema_read_note_sources (LcSchemaReader   *ctx,
                                          JsonObject       *object,
                                          gboolean          has_note,
                                          gpointer          owner,
                                          LcSchemaAddFunc   add);

/* lc-story-schema-voices.c */
GArray      *lc_schema_read_speaker_words (LcSchemaReader  *ctx,
                                           JsonObject      *object,
                                           const char      *text,
                                           gboolean        *ok);

/* lc-story-schema-features.c */
void         lc_schema_read_features   (LcSchemaReader     *ctx,
                                        JsonObject         *root);

G_END_DECLS
