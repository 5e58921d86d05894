/* lc-story-types.h
 *
 * Copyright 2026 The Lachin Corridor developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * LcDatePrecision:
 * @LC_DATE_PRECISION_DAY: the source gives the day
 * @LC_DATE_PRECISION_WEEK: the source says "this week": the date lies in that week
 * @LC_DATE_PRECISION_MONTH: the source gives only the month
 * @LC_DATE_PRECISION_YEAR: the source gives only the year
 *
 * How exactly a source dates something.
 */
typedef enum
{
  LC_DATE_PRECISION_DAY,
  LC_DATE_PRECISION_WEEK,
  LC_DATE_PRECISION_MONTH,
  LC_DATE_PRECISION_YEAR,
} LcDatePrecision;

/**
 * LcFeatureKind:
 *
 * @LC_FEATURE_KIND_REGION: a named region, drawn as its name only
 *   (format version 2)
 *
 * What a map feature is. Areas first, then lines, then points.
 */
typedef enum
{
  LC_FEATURE_KIND_COUNTRY,
  LC_FEATURE_KIND_TERRITORY,
  LC_FEATURE_KIND_ZONE,
  LC_FEATURE_KIND_CORRIDOR,
  LC_FEATURE_KIND_ROAD,
  LC_FEATURE_KIND_CAPITAL,
  LC_FEATURE_KIND_CITY,
  LC_FEATURE_KIND_VILLAGE,
  LC_FEATURE_KIND_SITE,
  LC_FEATURE_KIND_MINE,
  LC_FEATURE_KIND_CHECKPOINT,
  LC_FEATURE_KIND_BLOCKADE,
  LC_FEATURE_KIND_REGION,
} LcFeatureKind;

/**
 * LcFeatureState:
 * @LC_FEATURE_STATE_NORMAL: nothing special: the feature has no state
 *
 * The state of a feature at a date, from its `state` and `states` fields.
 */
typedef enum
{
  LC_FEATURE_STATE_NORMAL,
  LC_FEATURE_STATE_OPEN,
  LC_FEATURE_STATE_BLOCKED,
  LC_FEATURE_STATE_CLOSED,
  LC_FEATURE_STATE_OPERATING,
  LC_FEATURE_STATE_SUSPENDED,
} LcFeatureState;

/**
 * LcStatementKind:
 * @LC_STATEMENT_KIND_QUOTE: the speaker's own words, quoted
 * @LC_STATEMENT_KIND_PARAPHRASE: the reporter's summary of what the speaker said
 * @LC_STATEMENT_KIND_CLAIM: an assertion the source does not confirm
 * @LC_STATEMENT_KIND_ANNOUNCEMENT: an official announcement of a decision
 * @LC_STATEMENT_KIND_REPORT: the source's own account, in its own words
 *   (format version 2)
 */
typedef enum
{
  LC_STATEMENT_KIND_QUOTE,
  LC_STATEMENT_KIND_PARAPHRASE,
  LC_STATEMENT_KIND_CLAIM,
  LC_STATEMENT_KIND_ANNOUNCEMENT,
  LC_STATEMENT_KIND_REPORT,
} LcStatementKind;

/**
 * LcGeometryType:
 *
 * The GeoJSON (RFC 7946) geometry types a story may use.
 */
typedef enum
{
  LC_GEOMETRY_TYPE_POINT,
  LC_GEOMETRY_TYPE_MULTI_POINT,
  LC_GEOMETRY_TYPE_LINE_STRING,
  LC_GEOMETRY_TYPE_MULTI_LINE_STRING,
  LC_GEOMETRY_TYPE_POLYGON,
  LC_GEOMETRY_TYPE_MULTI_POLYGON,
} LcGeometryType;

/**
 * LcPlaceNames:
 * @LC_PLACE_NAMES_BOTH: both sides' names, as "Stepanakert (Khankendi)"
 * @LC_PLACE_NAMES_ARMENIAN: the Armenian side's names
 * @LC_PLACE_NAMES_AZERBAIJANI: the Azerbaijani side's names
 *
 * Which names to show for places whose names differ by side. One
 * preference, registered as %LC_TYPE_PLACE_NAMES: the settings key, the
 * `--names` option, the window's menu and the renderer all use its nicks.
 */
typedef enum
{
  LC_PLACE_NAMES_BOTH,
  LC_PLACE_NAMES_ARMENIAN,
  LC_PLACE_NAMES_AZERBAIJANI,
} LcPlaceNames;

/**
 * LcDiagnosticSeverity:
 * @LC_DIAGNOSTIC_ERROR: the story cannot be opened until this is fixed
 * @LC_DIAGNOSTIC_WARNING: the story opens, but this is probably a mistake
 */
typedef enum
{
  LC_DIAGNOSTIC_ERROR,
  LC_DIAGNOSTIC_WARNING,
} LcDiagnosticSeverity;

const char *lc_enum_to_nick                (GType            enum_type,
                                            int              value);
gboolean    lc_enum_from_nick              (GType            enum_type,
                                            const char      *nick,
                                            int             *value);
char       *lc_enum_dup_nicks              (GType            enum_type);

const char *lc_feature_kind_to_string      (LcFeatureKind    kind);
gboolean    lc_feature_kind_from_string    (const char      *text,
                                            LcFeatureKind   *kind);
const char *lc_feature_state_to_string     (LcFeatureState   state);
gboolean    lc_feature_state_from_string   (const char      *text,
                                            LcFeatureState  *state);
const char *lc_statement_kind_to_string    (LcStatementKind  kind);
gboolean    lc_statement_kind_from_string  (const char      *text,
                                            LcStatementKind *kind);
const char *lc_geometry_type_to_string     (LcGeometryType   type);
gboolean    lc_geometry_type_from_string   (const char      *text,
                                            LcGeometryType  *type);
const char *lc_date_precision_to_string    (LcDatePrecision  precision);
gboolean    lc_date_precision_from_string  (const char      *text,
                                            LcDatePrecision *precision);

G_END_DECLS

/* The GEnum types of the enums above, made by glib-mkenums. */
#include "lc-story-enums.h"
