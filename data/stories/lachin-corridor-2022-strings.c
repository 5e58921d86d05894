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
  NC_("story:lachin-corridor-2022:summary", "On 12 December 2022 a group of Azerbaijanis who call themselves environmental activists stopped traffic on the Lachin Corridor, the road that links Nagorno-Karabakh with Armenia. On the 19th day, Russia’s foreign ministry expressed concern about the lack of progress. This story follows the Asbarez report of that day: where the places are, what happened when, who said what, and where each side’s account differs.");

  /* Translators: the label of the day count on the timeline. “{day}” stands for the number of the day (1, 2, 3 …): keep it exactly as it is, and word the label so that it suits every number. */
  NC_("story:lachin-corridor-2022:timeline/count_label", "Day {day} of the blockade");

  /* Translators: a note about a source of the story (Asbarez: “Moscow Reports No Progress on End to Artsakh Blockade”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/asbarez/note", "The page shows no date. 30 December 2022 follows from “its 19th day on Friday” with 12 December as day 1, and agrees with Asbarez’s counts on other days (“17-day-long” on Wednesday 28 December, “24-day” on 4 January); it is an estimate.");

  /* Translators: a note about a source of the story (Office of the Prime Minister of Armenia: “Statement by the Prime Minister of the Republic of Armenia,…”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/statement-am/note", "The Armenian edition of the statement signed on 9 November 2020.");

  /* Translators: a note about a source of the story (NEWS.ru: “Full text of statement between Azerbaijan and Armenia revea…”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/newsru-statement/note", "A text circulated on Telegram channels, with the Azerbaijani president named first; not an official edition.");

  /* Translators: a note about a source of the story (Reuters (National Post copy): “Russian army says it starts sending peace keepers to Nagorn…”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/reuters-2020-11-10/note", "The copy is dated 9 November; the report says the deployment began on Tuesday, 10 November.");

  /* Translators: a note about a source of the story (Turan (azerbaijannewsgazette.com copy): “Baku clarifieв what is happening on the Shusha-Khankandi ro…”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/turan-2022-12-03/note", "The typing error in the headline is the site’s.");

  /* Translators: a note about a source of the story (Reuters (SaltWire copy)). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/reuters-2022-12-27/note", "The copy shows no date; the report says the minister spoke “on Tuesday”, 27 December.");

  /* Translators: a note about a source of the story (TRT World: “Azerbaijan demands Karabakh mine access amid environmental…”). The source's title and publisher are not translated: they are the title of a publication and stay as published. */
  NC_("story:lachin-corridor-2022:sources/trtworld-12779407/note", "The Reuters report, without its credit line.");

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
  NC_("story:lachin-corridor-2022:actors/protesters/role", "The group on the road, who call themselves environmental activists");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/artsakh-government/name", "De facto authorities of Nagorno-Karabakh");

  /* Translators: the role or description of “De facto authorities of Nagorno-Karabakh”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/artsakh-government/role", "The government of the self-declared Republic of Artsakh, here with the mine’s operator, Base Metals");

  /* Translators: the name of a person or body whose statements the story quotes. A person's name: use the usual spelling in your language; a body's name: use its usual name in your language. */
  NC_("story:lachin-corridor-2022:actors/asbarez/name", "Asbarez");

  /* Translators: the role or description of “Asbarez”, shown under the name. */
  NC_("story:lachin-corridor-2022:actors/asbarez/role", "The newspaper whose report the story follows");

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

  /* Translators: the name the map shows for an area under someone's control (map feature “artsakh-area-2020”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/artsakh-area-2020/name", "Area under Armenian control and Russian peacekeeping");

  /* Translators: a note about “Area under Armenian control and Russian peacekeeping” (an area under someone's control) on the map. */
  NC_("story:lachin-corridor-2022:features/artsakh-area-2020/note", "No published outline exists; the shape is drawn from what is known. Stepanakert (Khankendi), Askeran (Asgaran), Martakert (Aghdara) and Martuni (Khojavend) stayed inside; Shusha (Shushi), with Dashalty (Karin Tak) below it, and the land south of them were outside. The Aghdam, Kalbajar and Lachin districts were handed over to Azerbaijan between 20 November and 1 December 2020 (the map shows the area as it was from 1 December), the Lachin district except the corridor, a strip about 5 km wide along the road through Lachin (Berdzor) and Zabukh (Aghavno) under the Russian peacekeepers’ control. The Armenian-held villages of Mets Shen and Hin Shen, south of the road, lay in the peacekeepers’ zone.");

  /* Translators: the name the map shows for an area under someone's control (map feature “artsakh-area-2022-08”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/artsakh-area-2022-08/name", "Area under Armenian control and Russian peacekeeping");

  /* Translators: a note about “Area under Armenian control and Russian peacekeeping” (an area under someone's control) on the map. */
  NC_("story:lachin-corridor-2022:features/artsakh-area-2022-08/note", "From 26 August 2022 Lachin (Berdzor), Zabukh (Aghavno) and Sus were under Azerbaijani control, but traffic used the old road through them until 20:00 on 30 August. The sources do not say where the peacekeepers’ zone ran in those four days, so the map shows only the part of the corridor that the old and the new road share, with Mets Shen and Hin Shen. The rest of the outline is an estimate, as before.");

  /* Translators: the name the map shows for an area under someone's control (map feature “artsakh-area”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/artsakh-area/name", "Area under Armenian control and Russian peacekeeping");

  /* Translators: a note about “Area under Armenian control and Russian peacekeeping” (an area under someone's control) on the map. */
  NC_("story:lachin-corridor-2022:features/artsakh-area/note", "No published outline exists; the shape is drawn from what is known. From 30 August 2022 the corridor followed the new road via Mets Shen and Hin Shen, bypassing Lachin (Berdzor), Zabukh (Aghavno) and Sus; Russian commanders said it kept the old corridor’s status, with its 5 km wide security zone. The strip is drawn about 5 km wide, narrower where the road passes Shusha (Shushi) and Zabukh (Aghavno). Stepanakert (Khankendi), Askeran (Asgaran), Martakert (Aghdara) and Martuni (Khojavend) were inside; Shusha (Shushi), with Dashalty (Karin Tak) below it, and the land south of them were outside.");

  /* Translators: the name the map shows for a region (its name only, with no outline) (map feature “nagorno-karabakh”). The Armenian side calls it “Artsakh”; the Azerbaijani side calls it “Karabakh”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/nagorno-karabakh/name", "Nagorno-Karabakh");

  /* Translators: the Armenian side's name for “Nagorno-Karabakh” (a region (its name only, with no outline)), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Karabakh”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/nagorno-karabakh/alt_names/armenian", "Artsakh");

  /* Translators: the Azerbaijani side's name for “Nagorno-Karabakh” (a region (its name only, with no outline)), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Qarabağ”. Keep it distinct from the Armenian side's name “Artsakh”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/nagorno-karabakh/alt_names/azerbaijani", "Karabakh");

  /* Translators: a note about “Nagorno-Karabakh” (a region (its name only, with no outline)) on the map. */
  NC_("story:lachin-corridor-2022:features/nagorno-karabakh/note", "The region’s name in international reports; Armenians call it Artsakh, Azerbaijan calls it Karabakh. The label shows roughly where it is, not a border.");

  /* Translators: the name the map shows for a route whose passage the story is about (map feature “lachin-corridor-2020”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor-2020/name", "Lachin Corridor (route through Lachin / Berdzor)");

  /* Translators: a note about “Lachin Corridor (route through Lachin / Berdzor)” (a route whose passage the story is about) on the map. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor-2020/note", "The road under the peacekeepers’ control from November 2020: Goris, Tegh, the border, Zabukh (Aghavno), Lachin (Berdzor), Sus, the turn-off to Shusha (Shushi) and Dashalty (Karin Tak), Stepanakert (Khankendi). Traffic used it until 20:00 on 30 August 2022. The line joins these places; its course between them is approximate.");

  /* Translators: the name the map shows for a route whose passage the story is about (map feature “lachin-corridor”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor/name", "Lachin Corridor");

  /* Translators: a note about “Lachin Corridor” (a route whose passage the story is about) on the map. */
  NC_("story:lachin-corridor-2022:features/lachin-corridor/note", "From 30 August 2022 traffic took a new road. It leaves the old road at km 36 from Stepanakert (Khankendi), runs more than 21 km via Mets Shen and Hin Shen to a bridge over the Hakari river, and joins the road from Zabukh (Aghavno) to Tegh about 3 km from Zabukh by a 4.7 km link. The line joins these places; its course between them, the turn-off and the bridge are approximate.");

  /* Translators: the name the map shows for a capital city (map feature “yerevan”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/yerevan/name", "Yerevan");

  /* Translators: the name the map shows for a capital city (map feature “baku”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/baku/name", "Baku");

  /* Translators: the name the map shows for a town or city (map feature “stepanakert”). The Armenian side calls it “Stepanakert”; the Azerbaijani side calls it “Khankendi”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/stepanakert/name", "Stepanakert");

  /* Translators: the Armenian side's name for “Stepanakert” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Khankendi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/stepanakert/alt_names/armenian", "Stepanakert");

  /* Translators: the Azerbaijani side's name for “Stepanakert” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Xankəndi”. Keep it distinct from the Armenian side's name “Stepanakert”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/stepanakert/alt_names/azerbaijani", "Khankendi");

  /* Translators: the name the map shows for a town or city (map feature “shushi”). The Armenian side calls it “Shushi”; the Azerbaijani side calls it “Shusha”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/shushi/name", "Shusha");

  /* Translators: the Armenian side's name for “Shusha” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Shusha”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/shushi/alt_names/armenian", "Shushi");

  /* Translators: the Azerbaijani side's name for “Shusha” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Şuşa”. Keep it distinct from the Armenian side's name “Shushi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/shushi/alt_names/azerbaijani", "Shusha");

  /* Translators: a note about “Shusha” (a town or city) on the map. */
  NC_("story:lachin-corridor-2022:features/shushi/note", "Under Azerbaijani control since November 2020, with Dashalty (Karin Tak) below it. The corridor road passes below the town, which the 2020 statement says the corridor bypasses.");

  /* Translators: the name the map shows for a town or city (map feature “goris”). A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/goris/name", "Goris");

  /* Translators: a note about “Goris” (a town or city) on the map. */
  NC_("story:lachin-corridor-2022:features/goris/note", "The corridor’s end in Armenia.");

  /* Translators: the name the map shows for a town or city (map feature “berdzor”). The Armenian side calls it “Berdzor”; the Azerbaijani side calls it “Lachin”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/berdzor/name", "Lachin");

  /* Translators: the Armenian side's name for “Lachin” (a town or city), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Lachin”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/berdzor/alt_names/armenian", "Berdzor");

  /* Translators: the Azerbaijani side's name for “Lachin” (a town or city), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Laçın”. Keep it distinct from the Armenian side's name “Berdzor”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/berdzor/alt_names/azerbaijani", "Lachin");

  /* Translators: a note about “Lachin” (a town or city) on the map. */
  NC_("story:lachin-corridor-2022:features/berdzor/note", "Taken over by Azerbaijan on 26 August 2022, with Zabukh (Aghavno) and Sus.");

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
  NC_("story:lachin-corridor-2022:features/aghavno/name", "Zabukh");

  /* Translators: the Armenian side's name for “Zabukh” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Zabukh”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/aghavno/alt_names/armenian", "Aghavno");

  /* Translators: the Azerbaijani side's name for “Zabukh” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Zabux”. Keep it distinct from the Armenian side's name “Aghavno”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/aghavno/alt_names/azerbaijani", "Zabukh");

  /* Translators: a note about “Zabukh” (a village) on the map. */
  NC_("story:lachin-corridor-2022:features/aghavno/note", "Taken over by Azerbaijan on 26 August 2022; the new road of 30 August bypasses it.");

  /* Translators: the name the map shows for a village (map feature “mets-shen”). The Armenian side calls it “Mets Shen”; the Azerbaijani side calls it “Boyuk Galadarasi”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/mets-shen/name", "Mets Shen");

  /* Translators: the Armenian side's name for “Mets Shen” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Boyuk Galadarasi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/mets-shen/alt_names/armenian", "Mets Shen");

  /* Translators: the Azerbaijani side's name for “Mets Shen” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Böyük Qaladərəsi”. Keep it distinct from the Armenian side's name “Mets Shen”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/mets-shen/alt_names/azerbaijani", "Boyuk Galadarasi");

  /* Translators: a note about “Mets Shen” (a village) on the map. */
  NC_("story:lachin-corridor-2022:features/mets-shen/note", "An Armenian-held village in the peacekeepers’ zone from 2020; the corridor’s new road ran through it from 30 August 2022.");

  /* Translators: the name the map shows for a village (map feature “hin-shen”). The Armenian side calls it “Hin Shen”; the Azerbaijani side calls it “Kichik Galadarasi”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/hin-shen/name", "Hin Shen");

  /* Translators: the Armenian side's name for “Hin Shen” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Kichik Galadarasi”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/hin-shen/alt_names/armenian", "Hin Shen");

  /* Translators: the Azerbaijani side's name for “Hin Shen” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Kiçik Qaladərəsi”. Keep it distinct from the Armenian side's name “Hin Shen”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/hin-shen/alt_names/azerbaijani", "Kichik Galadarasi");

  /* Translators: a note about “Hin Shen” (a village) on the map. */
  NC_("story:lachin-corridor-2022:features/hin-shen/note", "An Armenian-held village in the peacekeepers’ zone from 2020; the corridor’s new road ran through it from 30 August 2022.");

  /* Translators: the name the map shows for a village (map feature “karin-tak”). The Armenian side calls it “Karin Tak”; the Azerbaijani side calls it “Dashalty”. A place name: use your language's usual form of it (transliterate it if your language has none). */
  NC_("story:lachin-corridor-2022:features/karin-tak/name", "Dashalty");

  /* Translators: the Armenian side's name for “Dashalty” (a village), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Dashalty”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/karin-tak/alt_names/armenian", "Karin Tak");

  /* Translators: the Azerbaijani side's name for “Dashalty” (a village), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Daşaltı”. Keep it distinct from the Armenian side's name “Karin Tak”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/karin-tak/alt_names/azerbaijani", "Dashalty");

  /* Translators: a note about “Dashalty” (a village) on the map. */
  NC_("story:lachin-corridor-2022:features/karin-tak/note", "Under Azerbaijani control since the end of the 2020 war: since 9 November 2020 by Azerbaijan’s account, since late October or early November in Armenian accounts. Only the junction of its road with the corridor road lay in the corridor.");

  /* Translators: the name the map shows for a place (map feature “hakari-bridge”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/hakari-bridge/name", "Hakari bridge");

  /* Translators: a note about “Hakari bridge” (a place) on the map. */
  NC_("story:lachin-corridor-2022:features/hakari-bridge/note", "Where the road of 30 August 2022 crosses the Hakari river, which Armenian reports of August 2022 call the Aghavno river. The position is approximate.");

  /* Translators: the name the map shows for the place where a road is blocked (map feature “blockade-site”). Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/blockade-site/name", "Blockade site");

  /* Translators: a note about “Blockade site” (the place where a road is blocked) on the map. */
  NC_("story:lachin-corridor-2022:features/blockade-site/note", "Where the protesters stopped traffic from 12 December 2022: the junction of the roads to Shusha (Shushi) and Dashalty (Karin Tak), by the peacekeepers’ post No. 7. The point is approximate.");

  /* Translators: the name the map shows for a mine or deposit (map feature “kashen-mine”). The Armenian side calls it “Kashen”; the Azerbaijani side calls it “Damirli”. Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/name", "Kashen mine");

  /* Translators: the Armenian side's name for “Kashen mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Damirli”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/alt_names/armenian", "Kashen");

  /* Translators: the Azerbaijani side's name for “Kashen mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Dəmirli”. Keep it distinct from the Armenian side's name “Kashen”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/alt_names/azerbaijani", "Damirli");

  /* Translators: a note about “Kashen mine” (a mine or deposit) on the map. */
  NC_("story:lachin-corridor-2022:features/kashen-mine/note", "Copper–molybdenum open-pit mine by Tsaghkashen (Damirli) village, Martakert (Aghdara) district, run by Base Metals: the article’s “nearby copper mine”, about 48 km north of the blockade site. The pit’s position is approximate.");

  /* Translators: the name the map shows for a mine or deposit (map feature “drmbon-mine”). The Armenian side calls it “Drmbon”; the Azerbaijani side calls it “Gyzylbulag”. Where it contains a place name, use your language's usual form of that name. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/name", "Drmbon gold mine");

  /* Translators: the Armenian side's name for “Drmbon gold mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. Keep it distinct from the Azerbaijani side's name “Gyzylbulag”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/alt_names/armenian", "Drmbon");

  /* Translators: the Azerbaijani side's name for “Drmbon gold mine” (a mine or deposit), written in your language's script, in the form usual in your language for that side's name. In that side's own language it is “Qızılbulaq”. Keep it distinct from the Armenian side's name “Drmbon”, so that “Armenian name (Azerbaijani name)” still shows both. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/alt_names/azerbaijani", "Gyzylbulag");

  /* Translators: a note about “Drmbon gold mine” (a mine or deposit) on the map. */
  NC_("story:lachin-corridor-2022:features/drmbon-mine/note", "The gold deposit Azerbaijan named with Kashen in its demands, about 14 km from it. Shown at Drmbon village; the deposit’s position is approximate.");

  /* Translators: the headline of an event of the timeline, dated 2020-11-09. */
  NC_("story:lachin-corridor-2022:events/trilateral-statement/title", "Trilateral statement ends the war");

  /* Translators: what happened in the event “Trilateral statement ends the war”, dated 2020-11-09. */
  NC_("story:lachin-corridor-2022:events/trilateral-statement/text", "The leaders of Armenia, Azerbaijan and Russia sign a statement with a full ceasefire from 00:00 Moscow time on 10 November 2020. A Russian peacekeeping contingent of 1,960 troops deploys from 10 November along the line of contact and along the Lachin corridor, a 5 km wide strip under its control that links Nagorno-Karabakh with Armenia and bypasses Shusha (Shushi). Azerbaijan guarantees safe movement of citizens, vehicles and cargo in both directions.");

  /* Translators: a note about the event “Trilateral statement ends the war” or its source. */
  NC_("story:lachin-corridor-2022:events/trilateral-statement/note", "The Armenian and Russian editions date the statement 9 November; the Azerbaijani edition dates it 10 November and names Azerbaijan’s president first.");

  /* Translators: the headline of an event of the timeline, dated 2020-12-01. */
  NC_("story:lachin-corridor-2022:events/lachin-district/title", "Azerbaijan takes over the Lachin district");

  /* Translators: what happened in the event “Azerbaijan takes over the Lachin district”, dated 2020-12-01. */
  NC_("story:lachin-corridor-2022:events/lachin-district/text", "Azerbaijani army units enter the Lachin district, the last of the three districts handed over under the statement. The corridor through it stays under the Russian peacekeepers.");

  /* Translators: a note about the event “Azerbaijan takes over the Lachin district” or its source. */
  NC_("story:lachin-corridor-2022:events/lachin-district/note", "Reports differ on Lachin (Berdzor) town: RFE/RL says Azerbaijan regained control of it that day, while Armenian residents lived there until August 2022, when it was handed over.");

  /* Translators: the headline of an event of the timeline, dated 2022-08-26. */
  NC_("story:lachin-corridor-2022:events/lachin-handover/title", "Azerbaijan takes over Lachin, Zabukh and Sus");

  /* Translators: what happened in the event “Azerbaijan takes over Lachin, Zabukh and Sus”, dated 2022-08-26. */
  NC_("story:lachin-corridor-2022:events/lachin-handover/text", "Azerbaijan’s army takes control of Lachin (Berdzor) town and the villages of Zabukh (Aghavno) and Sus, which the new road to Armenia bypasses.");

  /* Translators: a note about the event “Azerbaijan takes over Lachin, Zabukh and Sus” or its source. */
  NC_("story:lachin-corridor-2022:events/lachin-handover/note", "Armenian reports give 25 August as the day the places were to be handed over and their residents to leave, and call the village Nerkin Sus; Azerbaijan’s defence ministry and president say the army entered on 26 August.");

  /* Translators: the headline of an event of the timeline, dated 2022-08-30. */
  NC_("story:lachin-corridor-2022:events/new-route/title", "Traffic moves to a new route");

  /* Translators: what happened in the event “Traffic moves to a new route”, dated 2022-08-30. */
  NC_("story:lachin-corridor-2022:events/new-route/text", "From 20:00, traffic on the corridor takes a new road via Mets Shen and Hin Shen and a bridge over the Hakari river, bypassing Lachin (Berdzor), Zabukh (Aghavno) and Sus. It joins the road to Tegh in Armenia about 3 km from Zabukh (Aghavno).");

  /* Translators: a note about the event “Traffic moves to a new route” or its source. */
  NC_("story:lachin-corridor-2022:events/new-route/note", "Reports differ on the link to the old road: 4.5 km long according to Nagorno-Karabakh’s infrastructure minister on 25 August, 4.7 km according to later reports. Armenian reports of August 2022 call the river the Aghavno.");

  /* Translators: the headline of an event of the timeline, dated 2022-10-31. */
  NC_("story:lachin-corridor-2022:events/sochi-meeting/title", "Leaders meet in Sochi");

  /* Translators: what happened in the event “Leaders meet in Sochi”, dated 2022-10-31. */
  NC_("story:lachin-corridor-2022:events/sochi-meeting/text", "The leaders of Russia, Azerbaijan and Armenia meet in Sochi and adopt a joint statement on carrying out their earlier trilateral statements.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-03. */
  NC_("story:lachin-corridor-2022:events/first-blocking/title", "Traffic stopped for about three hours");

  /* Translators: what happened in the event “Traffic stopped for about three hours”, dated 2022-12-03. */
  NC_("story:lachin-corridor-2022:events/first-blocking/text", "Around midday, a group of Azerbaijanis stops traffic on the corridor road at the junction of the roads to Shusha (Shushi) and Dashalty (Karin Tak), at a post of the Russian peacekeepers. The road reopens after about three hours of talks led by the peacekeepers.");

  /* Translators: a note about the event “Traffic stopped for about three hours” or its source. */
  NC_("story:lachin-corridor-2022:events/first-blocking/note", "Accounts differ. Azerbaijan’s ecology ministry says its officials, with staff of the State Service for Real Estate and the AzerGold company, came to the peacekeepers’ post at about 11:00 to discuss monitoring the mines; Armenian reports speak of Azerbaijanis in civilian clothes blocking the road around noon.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-12. */
  NC_("story:lachin-corridor-2022:events/blockade-begins/title", "The blockade begins");

  /* Translators: what happened in the event “The blockade begins”, dated 2022-12-12. */
  NC_("story:lachin-corridor-2022:events/blockade-begins/text", "From about 10:30, a group of Azerbaijanis who call themselves environmental activists stops traffic on the corridor road at the junction of the roads to Shusha (Shushi) and Dashalty (Karin Tak), by the Russian peacekeepers’ post No. 7. Day 1 of the blockade.");

  /* Translators: a note about the event “The blockade begins” or its source. */
  NC_("story:lachin-corridor-2022:events/blockade-begins/note", "Azerbaijan rejects the word “blockade”: its officials say the protest does not block the road, which they say is open to humanitarian traffic such as the Red Cross, ambulances and the peacekeepers’ supplies. Armenia’s prime minister calls that statement empty. Reuters reported that Armenia accuses Azerbaijan of blocking the road, which Baku denies.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-27. */
  NC_("story:lachin-corridor-2022:events/azerbaijan-call/title", "Azerbaijan links the protest to the mines");

  /* Translators: what happened in the event “Azerbaijan links the protest to the mines”, dated 2022-12-27. */
  NC_("story:lachin-corridor-2022:events/azerbaijan-call/text", "At a press conference, Azerbaijan’s foreign minister, Jeyhun Bayramov, says the protest would be suspended if monitors were given access to the mines, and that “the state organs of Azerbaijan” must be able to visit and monitor the mining sites.");

  /* Translators: a note about the event “Azerbaijan links the protest to the mines” or its source. */
  NC_("story:lachin-corridor-2022:events/azerbaijan-call/note", "The article says the government asked for “an inspection by international monitors”; in Reuters’ report the minister asks access for “the state organs of Azerbaijan”. Trend reported the protesters’ demand that Azerbaijani representatives do the monitoring.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-28. */
  NC_("story:lachin-corridor-2022:events/mine-halted/title", "The Kashen mine is halted");

  /* Translators: what happened in the event “The Kashen mine is halted”, dated 2022-12-28. */
  NC_("story:lachin-corridor-2022:events/mine-halted/text", "Nagorno-Karabakh’s de facto authorities, with the mine’s operator Base Metals, halt the Kashen mine for the time being and ask United Nations bodies and other international organisations for an expert examination.");

  /* Translators: a note about the event “The Kashen mine is halted” or its source. */
  NC_("story:lachin-corridor-2022:events/mine-halted/note", "The government’s formal decision of 29 December speaks of its “readiness to temporarily halt” the mine. Azerbaijan’s Trend reported the announcement that the mining had been suspended.");

  /* Translators: the headline of an event of the timeline, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:events/zakharova-statement/title", "Russia says no progress on reopening the corridor");

  /* Translators: what happened in the event “Russia says no progress on reopening the corridor”, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:events/zakharova-statement/text", "In a written comment on its website, Russia’s foreign ministry, through its spokesperson Maria Zakharova, expresses concern about the lack of progress in restoring the corridor’s full operation.");

  /* Translators: a note about the event “Russia says no progress on reopening the corridor” or its source. */
  NC_("story:lachin-corridor-2022:events/zakharova-statement/note", "The English renderings of the comment differ in wording: “settlement process” or “normalization process”, “exploitation of mines” or “development of ore deposits”, “peacekeeping force” or “peacekeeping contingent”.");

  /* Translators: the English news report's own summary of what was said (Asbarez, 2022-12-30): what Ministry of Foreign Affairs of Russia (Speaking through its spokesperson, Maria Zakharova) said, dated 2022-12-30. None of it is in quotation marks: it is all the report's words. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/russia-concern/text", "Russia expressed concern about the lack of progress on ending the Azerbaijani blockade of the Lachin Corridor, which entered its 19th day on Friday.");

  /* Translators: a note about a statement by Ministry of Foreign Affairs of Russia, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/russia-concern/note", "Asbarez’s summary. The ministry’s comment, as other outlets render it, expresses concern “about the lack of progress in restoring the full operation of the Lachin Corridor”; “ending the Azerbaijani blockade” is Asbarez’s wording, as is the day count.");

  /* Translators: the English news report's own summary of what was said (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. It has one passage in quotation marks: the speaker's own words as the English report gives them. Keep each of them inside your language's quotation marks, and use no other quotation marks: the app marks the quoted words as the speaker's. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-movement/text", "In a statement, Russian foreign ministry spokesperson Maria Zakharova said that the November 9, 2020 agreement calls for “the movement of citizens, vehicles and cargo in both directions.”");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-movement/note", "The quoted words are from the comment’s first sentence, on restoring the corridor for this movement. “Calls for” is Asbarez’s framing: in point 6 of the 2020 statement, Azerbaijan guarantees the safety of that movement.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. It has 2 passages in quotation marks: the speaker's own words as the English report gives them. Keep each of them inside your language's quotation marks, and use no other quotation marks: the app marks the quoted words as the speaker's. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-peacekeepers/text", "“The Russian side, in particular, the leadership of the Russian peacekeeping force, continues to take consistent steps towards the solution of this situation,” Zakharova said. “We emphasize that it is the Russian peacekeepers who make the key contribution to ensuring security in their deployment zone, which was recorded by the leaders of Russia, Azerbaijan and Armenia at the summit held in Sochi on October 31, 2022.”");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-peacekeepers/note", "From the ministry’s written comment. “The leadership of the Russian peacekeeping force” renders the Russian «руководство Российского миротворческого контингента»; News.am has “leadership of the Russian peacekeeping contingent”.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. It has one passage in quotation marks: the speaker's own words as the English report gives them. Keep each of them inside your language's quotation marks, and use no other quotation marks: the app marks the quoted words as the speaker's. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-attacks/text", "“We consider any public attack and provocation against our peacekeepers as unacceptable and deliberate actions that cause significant damage to the Armenian-Azerbaijani settlement process,” Zakharova added.");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-attacks/note", "From the ministry’s written comment. Other English renderings speak of “tangible harm” to the “normalization process”.");

  /* Translators: the English news report's own summary of what was said (Asbarez, 2022-12-30): what Ministry of Foreign Affairs of Russia (Speaking through its spokesperson, Maria Zakharova) said, dated 2022-12-30. It has one passage in quotation marks: the speaker's own words as the English report gives them. Keep each of them inside your language's quotation marks, and use no other quotation marks: the app marks the quoted words as the speaker's. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/russia-call/text", "Russia called on Baku and Yerevan to “strictly observe all provisions of the declaration of the leaders of Russia, Azerbaijan and Armenia of November 9, 2020.”");

  /* Translators: a note about a statement by Ministry of Foreign Affairs of Russia, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/russia-call/note", "Armenpress’s English rendering gives this sentence without quotation marks; A News gives it in the first person (“We call on Baku and Yerevan…”). The quoted English is a translator’s.");

  /* Translators: a statement quoted word for word from an English news report (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. It has one passage in quotation marks: the speaker's own words as the English report gives them. Keep each of them inside your language's quotation marks, and use no other quotation marks: the app marks the quoted words as the speaker's. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-purposes/text", "“We note that the Lachin Corridor should be used only for the purposes specified in this document. We hope that the parties will come to an agreement on the exploitation of mines in the region,” added Zakharova.");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-purposes/note", "From the ministry’s written comment. Other English renderings have “the development of ore deposits” for “the exploitation of mines”.");

  /* Translators: an assertion reported by an English news report, which the report does not confirm (Asbarez, 2022-12-30): what Azerbaijani protesters (The group on the road, who call themselves environmental activists) said, dated 2022-12-12. None of it is in quotation marks: it is all the report's words. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/protesters-claim/text", "The group of Azerbaijanis that have been blocking the Lachin Corridor since December 12 are claiming to be environmental activist concerned with what they call illegal operations at a nearby copper mine.");

  /* Translators: a note about a statement by Azerbaijani protesters, dated 2022-12-12. */
  NC_("story:lachin-corridor-2022:statements/protesters-claim/note", "Asbarez’s summary of the group’s claim, made since its protest began on 12 December. The article calls the mine “nearby”: Kashen is about 48 km north of the blockade site. Azerbaijani officials named two deposits: the Gyzylbulag gold deposit and the Damirli copper–molybdenum deposit.");

  /* Translators: an English news report's own account, in its own words (Asbarez, 2022-12-30): what Asbarez (The newspaper whose report the story follows) said, dated 2022-12-30. None of it is in quotation marks: it is all the report's words. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/azerbaijan-call/text", "Their actions are fully supported by the Azerbaijani government, which this week called for a halt in the mine’s operations pending an inspection by international monitors.");

  /* Translators: a note about a statement by Asbarez, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/azerbaijan-call/note", "Asbarez’s own words. That the government fully supports the protest is Asbarez’s assertion: Azerbaijani officials call it an action of civil society, which Armenia’s foreign ministry calls implausible. The call it describes was made by the foreign minister on Tuesday 27 December; Reuters quoted him asking access for “the state organs of Azerbaijan”, not international monitors, after which the protest would be suspended. A halt to the mining had been demanded on 13 December by Hikmet Hajiyev, the president’s foreign policy aide.");

  /* Translators: an official announcement as an English news report gives it (Asbarez, 2022-12-30): what De facto authorities of Nagorno-Karabakh (The government of the self-declared Republic of Artsakh, here with the mine’s operator, Base Metals) said, dated 2022-12-28. None of it is in quotation marks: it is all the report's words. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/artsakh-announcement/text", "The Artsakh authorities announced that the mine temporarily would stop operating and has appealed to United Nations bodies to carry out a full inspection.");

  /* Translators: a note about a statement by De facto authorities of Nagorno-Karabakh, dated 2022-12-28. */
  NC_("story:lachin-corridor-2022:statements/artsakh-announcement/note", "Asbarez’s summary. The announcement speaks of a decision, taken with the company, to halt the mine temporarily, and of an appeal to “the UN respective structures and other specialized international organizations” for an expert examination.");

  /* Translators: the English news report's own summary of what was said (Asbarez, 2022-12-30): what Maria Zakharova (Spokesperson, Ministry of Foreign Affairs of Russia) said, dated 2022-12-30. It has one passage in quotation marks: the speaker's own words as the English report gives them. Keep each of them inside your language's quotation marks, and use no other quotation marks: the app marks the quoted words as the speaker's. Translate it fully and faithfully from the English, in a neutral register, and use your language's quotation marks; the app labels it as translated from English. */
  NC_("story:lachin-corridor-2022:statements/zakharova-agreements/text", "Zakharova said that Russia wants all agreements signed by the leaders of Armenia and Azerbaijan to be implemented. These agreements, she said, are “aimed at unblocking transport and economic ties in the region, the delimitation of the Armenian-Azerbaijani border, the preparation of a peace treaty between Baku and Yerevan.”");

  /* Translators: a note about a statement by Maria Zakharova, dated 2022-12-30. */
  NC_("story:lachin-corridor-2022:statements/zakharova-agreements/note", "In the ministry’s comment the agreements are the trilateral ones of the leaders of Russia, Azerbaijan and Armenia; Asbarez leaves Russia out. News.am’s rendering continues the list with contacts between public figures, experts and parliamentarians.");
}
