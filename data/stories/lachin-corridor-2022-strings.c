/* lachin-corridor-2022-strings.c: the translatable texts of data/stories/lachin-corridor-2022.lcstory
 *
 * GENERATED FILE, DO NOT EDIT. Regenerate it after changing the story with
 *   build-aux/story-strings.py data/stories/lachin-corridor-2022.lcstory data/stories/lachin-corridor-2022-strings.c
 *
 * This file is never compiled: only xgettext reads it (it is listed in
 * po/POTFILES.in). The app looks each text up at run time with
 * g_dpgettext2 (GETTEXT_PACKAGE, context, english_text).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n.h>

void lc_story_strings_lachin_corridor_2022 (void);

void
lc_story_strings_lachin_corridor_2022 (void)
{
  /* Translators: the title of the story: a short headline. */
  NC_("story:lachin-corridor-2022:title", "The Lachin Corridor blockade, December 2022");

  /* Translators: the summary of the story “The Lachin Corridor blockade, December 2022”, a short introduction shown with the story. */
  NC_("story:lachin-corridor-2022:summary", "On 12 December 2022 a group of Azerbaijanis who call themselves environmental activists blocked the Lachin Corridor, the road that links Nagorno-Karabakh with Armenia. On the 19th day, Russia's foreign ministry expressed concern about the lack of progress. This story follows the Asbarez report of that day: where the places are, what happened when, and what each side said.");

  /* Translators: the label of the day count on the timeline. “{day}” stands for the number of the day (1, 2, 3 …): keep it exactly as it is, and word the label so that it suits every number. */
  NC_("story:lachin-corridor-2022:timeline/count_label", "Day {day} of the blockade");

  /* Translators: a note about a source of the story (Asbarez: “Moscow Reports No Progress on End to Artsakh Blockade”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/asbarez/note", "The page shows no date. 30 December 2022 follows from “its 19th day on Friday” with 12 December as day 1, and agrees with other reports (“17-day-long” on Wednesday 28 December); it is an estimate.");

  /* Translators: a note about a source of the story (Leaders of Armenia, Azerbaijan and Russia: “Statement by the Prime Minister of the Republic of Armenia,…”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/trilateral-statement/note", "Titles differ by side: Azerbaijan names its own president first and dates the statement 10 November 2020.");

  /* Translators: a note about a source of the story (Lachin Corridor project: “Checked facts for the bundled story”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/fact-sheet/note", "Kept with the app's source code (docs/facts.md): each date, place and coordinate was checked against two or more published sources or a primary source; estimates are marked approximate.");

  /* Translators: a note about a source of the story (Natural Earth: “Admin 0 – Countries, 1:10m, version 4.1.0 (public domain)”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/natural-earth/note", "Converted and simplified by build-aux/natural-earth-countries.py from the world-atlas 2.0.2 package.");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/zakharova/name", "Maria Zakharova");

  /* Translators: the role or description of “Maria Zakharova”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/zakharova/role", "Spokesperson, Ministry of Foreign Affairs of Russia");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/russia-mfa/name", "Ministry of Foreign Affairs of Russia");

  /* Translators: the role or description of “Ministry of Foreign Affairs of Russia”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/russia-mfa/role", "Speaking through its spokesperson, Maria Zakharova");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/protesters/name", "Azerbaijani protesters");

  /* Translators: the role or description of “Azerbaijani protesters”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/protesters/role", "The group blocking the road, who call themselves environmental activists");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/azerbaijan-government/name", "Government of Azerbaijan");

  /* Translators: the role or description of “Government of Azerbaijan”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/azerbaijan-government/role", "Ministry of Foreign Affairs (minister Jeyhun Bayramov)");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/artsakh-government/name", "Government of the Republic of Artsakh");

  /* Translators: the role or description of “Government of the Republic of Artsakh”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/artsakh-government/role", "Authorities of Nagorno-Karabakh, acting jointly with the mine's operator, Base Metals");

  /* Translators: the name the map shows for a country (map feature “armenia”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/armenia/name", "Armenia");

  /* Translators: the name the map shows for a country (map feature “azerbaijan”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/azerbaijan/name", "Azerbaijan");

  /* Translators: the name the map shows for a country (map feature “georgia”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/georgia/name", "Georgia");

  /* Translators: the name the map shows for a country (map feature “iran”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/iran/name", "Iran");

  /* Translators: the name the map shows for a country (map feature “turkey”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/turkey/name", "Turkey");

  /* Translators: the name the map shows for a country (map feature “russia”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/russia/name", "Russia");

  /* Translators: the name the map shows for an area under someone's control (map feature “artsakh-area”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/artsakh-area/name", "Area under Armenian control and Russian peacekeeping");

  /* Translators: a note about “Area under Armenian control and Russian peacekeeping” (an area under someone's control) on the map. */
  /* xgettext:no-c-format */
  NC_("story:lachin-corridor-2022:features/artsakh-area/note", "No published outline exists. Drawn from what is known: Stepanakert, Askeran, Martakert and Martuni stayed inside; Shusha and Hadrut province were outside; Kalbajar, Aghdam and Lachin districts were handed over, Lachin except the 5 km corridor. About 27.7% of the territory held before 27 September 2020 remained (an analyst's estimate).");

  /* Translators: the name the map shows for a route whose passage the story is about (map feature “lachin-corridor-2020”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor-2020/name", "Lachin Corridor (route through Berdzor / Lachin)");

  /* Translators: a note about “Lachin Corridor (route through Berdzor / Lachin)” (a route whose passage the story is about) on the map. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor-2020/note", "The road under the peacekeepers' control from November 2020: Goris, Tegh, the border, Aghavno (Zabukh), Berdzor (Lachin), Sus, the Shusha turn-off at Karin Tak (Dashalty), Stepanakert (Khankendi). The line joins checked waypoints; its course between them is approximate.");

  /* Translators: the name the map shows for a route whose passage the story is about (map feature “lachin-corridor”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor/name", "Lachin Corridor");

  /* Translators: a note about “Lachin Corridor” (a route whose passage the story is about) on the map. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor/note", "From 30 August 2022 traffic took a new road that leaves the old highway near km 36 and runs 21 km via Mets Shen and Hin Shen, over a bridge on the Hakari (Aghavno) river, and joins the old highway about 3 km from Aghavno. The line joins checked waypoints; its course between them is approximate.");

  /* Translators: the name the map shows for a capital city (map feature “yerevan”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/yerevan/name", "Yerevan");

  /* Translators: a note about “Yerevan” (a capital city) on the map. */
  NC_("story:lachin-corridor-2022:features/yerevan/note", "Capital of Armenia.");

  /* Translators: the name the map shows for a capital city (map feature “baku”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/baku/name", "Baku");

  /* Translators: a note about “Baku” (a capital city) on the map. */
  NC_("story:lachin-corridor-2022:features/baku/note", "Capital of Azerbaijan.");

  /* Translators: the name the map shows for a town or city (map feature “stepanakert”). The Armenian side calls it “Stepanakert”; the Azerbaijani side calls it “Khankendi”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/stepanakert/name", "Stepanakert");

  /* Translators: the Armenian side's name for “Stepanakert” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Khankendi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/stepanakert/alt_names/armenian", "Stepanakert");

  /* Translators: the Azerbaijani side's name for “Stepanakert” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Xankəndi”. Keep it distinct from the Armenian side's name “Stepanakert”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/stepanakert/alt_names/azerbaijani", "Khankendi");

  /* Translators: the name the map shows for a town or city (map feature “shushi”). The Armenian side calls it “Shushi”; the Azerbaijani side calls it “Shusha”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/shushi/name", "Shushi");

  /* Translators: the Armenian side's name for “Shushi” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Shusha”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/shushi/alt_names/armenian", "Shushi");

  /* Translators: the Azerbaijani side's name for “Shushi” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Şuşa”. Keep it distinct from the Armenian side's name “Shushi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/shushi/alt_names/azerbaijani", "Shusha");

  /* Translators: a note about “Shushi” (a town or city) on the map. */
  NC_("story:lachin-corridor-2022:features/shushi/note", "Under Azerbaijani control since November 2020; the corridor road bypasses it.");

  /* Translators: the name the map shows for a town or city (map feature “goris”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/goris/name", "Goris");

  /* Translators: a note about “Goris” (a town or city) on the map. */
  NC_("story:lachin-corridor-2022:features/goris/note", "The corridor's end in Armenia.");

  /* Translators: the name the map shows for a town or city (map feature “berdzor”). The Armenian side calls it “Berdzor”; the Azerbaijani side calls it “Lachin”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/berdzor/name", "Berdzor");

  /* Translators: the Armenian side's name for “Berdzor” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Lachin”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/berdzor/alt_names/armenian", "Berdzor");

  /* Translators: the Azerbaijani side's name for “Berdzor” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Laçın”. Keep it distinct from the Armenian side's name “Berdzor”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/berdzor/alt_names/azerbaijani", "Lachin");

  /* Translators: a note about “Berdzor” (a town or city) on the map. */
  NC_("story:lachin-corridor-2022:features/berdzor/note", "Taken over by Azerbaijan on 26 August 2022, with Aghavno (Zabukh) and Sus.");

  /* Translators: the name the map shows for a town or city (map feature “martakert”). The Armenian side calls it “Martakert”; the Azerbaijani side calls it “Aghdara”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/martakert/name", "Martakert");

  /* Translators: the Armenian side's name for “Martakert” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Aghdara”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/martakert/alt_names/armenian", "Martakert");

  /* Translators: the Azerbaijani side's name for “Martakert” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Ağdərə”. Keep it distinct from the Armenian side's name “Martakert”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/martakert/alt_names/azerbaijani", "Aghdara");

  /* Translators: the name the map shows for a town or city (map feature “askeran”). The Armenian side calls it “Askeran”; the Azerbaijani side calls it “Asgaran”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/askeran/name", "Askeran");

  /* Translators: the Armenian side's name for “Askeran” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Asgaran”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/askeran/alt_names/armenian", "Askeran");

  /* Translators: the Azerbaijani side's name for “Askeran” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Əsgəran”. Keep it distinct from the Armenian side's name “Askeran”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/askeran/alt_names/azerbaijani", "Asgaran");

  /* Translators: the name the map shows for a town or city (map feature “martuni”). The Armenian side calls it “Martuni”; the Azerbaijani side calls it “Khojavend”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/martuni/name", "Martuni");

  /* Translators: the Armenian side's name for “Martuni” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Khojavend”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/martuni/alt_names/armenian", "Martuni");

  /* Translators: the Azerbaijani side's name for “Martuni” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Xocavənd”. Keep it distinct from the Armenian side's name “Martuni”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/martuni/alt_names/azerbaijani", "Khojavend");

  /* Translators: the name the map shows for a town or city (map feature “nakhchivan”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/nakhchivan/name", "Nakhchivan");

  /* Translators: the name the map shows for a village (map feature “kornidzor”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/kornidzor/name", "Kornidzor");

  /* Translators: the name the map shows for a village (map feature “tegh”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/tegh/name", "Tegh");

  /* Translators: the name the map shows for a village (map feature “aghavno”). The Armenian side calls it “Aghavno”; the Azerbaijani side calls it “Zabukh”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/aghavno/name", "Aghavno");

  /* Translators: the Armenian side's name for “Aghavno” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Zabukh”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/aghavno/alt_names/armenian", "Aghavno");

  /* Translators: the Azerbaijani side's name for “Aghavno” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Zabux”. Keep it distinct from the Armenian side's name “Aghavno”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/aghavno/alt_names/azerbaijani", "Zabukh");

  /* Translators: the name the map shows for a village (map feature “mets-shen”). The Armenian side calls it “Mets Shen”; the Azerbaijani side calls it “Boyuk Galadarasi”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/mets-shen/name", "Mets Shen");

  /* Translators: the Armenian side's name for “Mets Shen” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Boyuk Galadarasi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/mets-shen/alt_names/armenian", "Mets Shen");

  /* Translators: the Azerbaijani side's name for “Mets Shen” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Böyük Qaladərəsi”. Keep it distinct from the Armenian side's name “Mets Shen”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/mets-shen/alt_names/azerbaijani", "Boyuk Galadarasi");

  /* Translators: the name the map shows for a village (map feature “hin-shen”). The Armenian side calls it “Hin Shen”; the Azerbaijani side calls it “Kichik Galadarasi”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/hin-shen/name", "Hin Shen");

  /* Translators: the Armenian side's name for “Hin Shen” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Kichik Galadarasi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/hin-shen/alt_names/armenian", "Hin Shen");

  /* Translators: the Azerbaijani side's name for “Hin Shen” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Kiçik Qaladərəsi”. Keep it distinct from the Armenian side's name “Hin Shen”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/hin-shen/alt_names/azerbaijani", "Kichik Galadarasi");

  /* Translators: the name the map shows for a village (map feature “karin-tak”). The Armenian side calls it “Karin Tak”; the Azerbaijani side calls it “Dashalty”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/karin-tak/name", "Karin Tak");

  /* Translators: the Armenian side's name for “Karin Tak” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Dashalty”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/karin-tak/alt_names/armenian", "Karin Tak");

  /* Translators: the Azerbaijani side's name for “Karin Tak” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Daşaltı”. Keep it distinct from the Armenian side's name “Karin Tak”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/karin-tak/alt_names/azerbaijani", "Dashalty");

  /* Translators: the name the map shows for the place where a road is blocked (map feature “blockade-site”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/blockade-site/name", "Blockade site");

  /* Translators: a note about “Blockade site” (the place where a road is blocked) on the map. */
  NC_("story:lachin-corridor-2022:features/blockade-site/note", "Where the protesters blocked the road: the Shusha–Dashalty junction by Karin Tak. The point is approximate.");

  /* Translators: the name the map shows for a mine or deposit (map feature “kashen-mine”). The Armenian side calls it “Kashen”; the Azerbaijani side calls it “Damirli”. Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/name", "Kashen mine");

  /* Translators: the Armenian side's name for “Kashen mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Damirli”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/alt_names/armenian", "Kashen");

  /* Translators: the Azerbaijani side's name for “Kashen mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Dəmirli”. Keep it distinct from the Armenian side's name “Kashen”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/alt_names/azerbaijani", "Damirli");

  /* Translators: a note about “Kashen mine” (a mine or deposit) on the map. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/note", "Copper–molybdenum open-pit mine by Tsaghkashen (Dəmirli) village, Martakert district, run by Base Metals. The article's “nearby copper mine”; it lies about 48 km north of the blockade site. The pit's position is approximate.");

  /* Translators: the name the map shows for a mine or deposit (map feature “drmbon-mine”). The Armenian side calls it “Drmbon”; the Azerbaijani side calls it “Gyzylbulag”. Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/name", "Drmbon gold mine");

  /* Translators: the Armenian side's name for “Drmbon gold mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Gyzylbulag”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/alt_names/armenian", "Drmbon");

  /* Translators: the Azerbaijani side's name for “Drmbon gold mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Armenian side's name “Drmbon”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/alt_names/azerbaijani", "Gyzylbulag");

  /* Translators: a note about “Drmbon gold mine” (a mine or deposit) on the map. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/note", "The gold deposit Azerbaijan named with Kashen in its demands. Shown at Drmbon (Heyvalı) village; the deposit's position is approximate.");

  /* Translators: the headline of an event of the timeline, dated 2020-11-09. */
  NC_("story:lachin-corridor-2022:events/trilateral-statement/title", "Trilateral statement ends the war");

  /* Translators: what happened in the event “Trilateral statement ends the war”, dated 2020-11-09. */
  NC_("story:lachin-corridor-2022:events/trilateral-statement/text", "The leaders of Armenia, Azerbaijan and Russia sign a statement with a full ceasefire from 00:00 Moscow time on 10 November 2020. A Russian peacekeeping contingent of 1,960 troops deploys along the line of contact and along the Lachin corridor, a 5 km wide strip under its control that links Nagorno-Karabakh with Armenia and bypasses Shusha. Azerbaijan guarantees safe movement of citizens, vehicles and cargo in both directions.");

  /* Translators: the headline of an event of the timeline, dated 2022-08-30. */
  NC_("story:lachin-corridor-2022:events/new-route/title", "Traffic moves to a new route");

  /* Translators: what happened in the event “Traffic moves to a new route”, dated 2022-08-30. */
  NC_("story:lachin-corridor-2022:events/new-route/text", "From 20:00, traffic on the corridor takes a new temporary road via Mets Shen and Hin Shen, bypassing Berdzor (Lachin), which Azerbaijan took over on 26 August with Aghavno (Zabukh) and Sus.");

  /* Translators: the headline of an event of the timeline, dated 2022-10-31. */
  NC_("story:lachin-corridor-2022:events/sochi-meeting/title", "Leaders meet in Sochi");

  /* Translators: what happened in the event “Leaders meet in Sochi”, dated 2022-10-31. */
  NC_("story:lachin-corridor-2022:events/sochi-meeting/text", "The leaders of Russia, Azerbaijan and Armenia hold a trilateral meeting in Sochi.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-12. */
  NC_("story:lachin-corridor-2022:events/blockade-begins/title", "The blockade begins");

  /* Translators: what happened in the event “The blockade begins”, dated 2022-12-12. */
  NC_("story:lachin-corridor-2022:events/blockade-begins/text", "A group of Azerbaijanis who call themselves environmental activists block the corridor road at the Shusha–Dashalty junction by Karin Tak. Day 1 of the blockade.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-27. */
  NC_("story:lachin-corridor-2022:events/azerbaijan-call/title", "Azerbaijan ties the protest to the mines");

  /* Translators: what happened in the event “Azerbaijan ties the protest to the mines”, dated 2022-12-27. */
  NC_("story:lachin-corridor-2022:events/azerbaijan-call/text", "Azerbaijan's foreign minister, Jeyhun Bayramov, says the protest could end if monitors get access to the mines.");

  /* Translators: a note about the event “Azerbaijan ties the protest to the mines” or its source. */
  NC_("story:lachin-corridor-2022:events/azerbaijan-call/note", "The article speaks of “international monitors”; Reuters quoted the minister asking access for Azerbaijan's own state bodies: the Ministry of Ecology and Natural Resources, the Ministry of Economy and its State Property Service, and AzerGold.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-28. */
  NC_("story:lachin-corridor-2022:events/mine-halted/title", "The Kashen mine is halted");

  /* Translators: what happened in the event “The Kashen mine is halted”, dated 2022-12-28. */
  NC_("story:lachin-corridor-2022:events/mine-halted/text", "The Artsakh government, with the mine's operator Base Metals, suspends the Kashen mine and asks United Nations bodies for an international inspection.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:events/zakharova-statement/title", "Russia reports no progress");

  /* Translators: what happened in the event “Russia reports no progress”, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:events/zakharova-statement/text", "Russia's foreign ministry spokesperson, Maria Zakharova, comments on the blockade in writing on the ministry's website. Day 19 of the blockade.");

  /* Translators: the English news report's own summary of what was said (Asbarez, 2022-12-30): what Ministry of Foreign Affairs of Russia (Speaking through its spokesperson, Maria Zakharova) said, dated 2022-12-30. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/russia-concern/text", "Russia expressed concern about the lack of progress on ending the Azerbaijani blockade of the Lachin Corridor, which entered its 19th day on Friday.");

  /* Translators: a note about a statement by Ministry of Foreign Affairs of Russia, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/russia-concern/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. Words in quotation marks are the speaker's words as the English report gives them. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-movement/text", "In a statement, Russian foreign ministry spokesperson Maria Zakharova said that the November 9, 2020 agreement calls for “the movement of citizens, vehicles and cargo in both directions.”");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-movement/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. Words in quotation marks are the speaker's words as the English report gives them. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-peacekeepers/text", "“The Russian side, in particular, the leadership of the Russian peacekeeping force, continues to take consistent steps towards the solution of this situation,” Zakharova said. “We emphasize that it is the Russian peacekeepers who make the key contribution to ensuring security in their deployment zone, which was recorded by the leaders of Russia, Azerbaijan and Armenia at the summit held in Sochi on October 31, 2022.”");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-peacekeepers/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. Words in quotation marks are the speaker's words as the English report gives them. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-attacks/text", "“We consider any public attack and provocation against our peacekeepers as unacceptable and deliberate actions that cause significant damage to the Armenian-Azerbaijani settlement process,” Zakharova added.");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-attacks/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Ministry of Foreign Affairs of Russia (Speaking through its spokesperson, Maria Zakharova) said, dated 2022-12-30. Words in quotation marks are the speaker's words as the English report gives them. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/russia-call/text", "Russia called on Baku and Yerevan to “strictly observe all provisions of the declaration of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020.”");

  /* Translators: a note about a statement by Ministry of Foreign Affairs of Russia, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/russia-call/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. Words in quotation marks are the speaker's words as the English report gives them. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-purposes/text", "“We note that the Lachin Corridor should be used only for the purposes specified in this document. We hope that the parties will come to an agreement on the exploitation of mines in the region,” added Zakharova.");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-purposes/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");

  /* Translators: an assertion reported by an English news report, which the report does not confirm (Asbarez, 2022-12-30): what Azerbaijani protesters (The group blocking the road, who call themselves environmental activists) said, dated 2022-12-12. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/protesters-claim/text", "The group of Azerbaijanis that have been blocking the Lachin Corridor since December 12 are claiming to be environmental activist concerned with what they call illegal operations at a nearby copper mine.");

  /* Translators: a note about a statement by Azerbaijani protesters, dated 2022-12-12. */
  NC_("story:lachin-corridor-2022:statements/protesters-claim/note", "Reported by Asbarez on 30 December 2022; the group has made this claim since it began the blockade on 12 December. The article calls the mine “nearby”; Kashen is about 48 km north of the blockade site.");

  /* Translators: the English news report's own summary of what was said (Asbarez, 2022-12-30): what Government of Azerbaijan (Ministry of Foreign Affairs (minister Jeyhun Bayramov)) said, dated 2022-12-27. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/azerbaijan-call/text", "Their actions are fully supported by the Azerbaijani government, which this week called for a halt in the mine’s operations pending an inspection by international monitors.");

  /* Translators: a note about a statement by Government of Azerbaijan, dated 2022-12-27. */
  NC_("story:lachin-corridor-2022:statements/azerbaijan-call/note", "The article dates the call “this week”; the foreign minister spoke on 27 December. It speaks of “international monitors”, while Reuters quoted the minister asking access for Azerbaijan's own state bodies. That the government fully supports the protesters is the article's own description.");

  /* Translators: an official announcement as an English news report gives it (Asbarez, 2022-12-30): what Government of the Republic of Artsakh (Authorities of Nagorno-Karabakh, acting jointly with the mine's operator, Base Metals) said, dated 2022-12-28. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/artsakh-announcement/text", "The Artsakh authorities announced that the mine temporarily would stop operating and has appealed to United Nations bodies to carry out a full inspection.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. Words in quotation marks are the speaker's words as the English report gives them. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-agreements/text", "Zakharova said that Russia wants all agreements signed by the leaders of Armenia and Azerbaijan to be implemented. These agreements, she said, are “aimed at unblocking transport and economic ties in the region, the delimitation of the Armenian-Azerbaijani border, the preparation of a peace treaty between Baku and Yerevan.”");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-agreements/note", "Published as a written comment on the Russian foreign ministry's website on Friday 30 December 2022.");
}
