/* Unit tests of hours.c: the opening section's wordings (appointment rules,
 * weekly ranges, closures, notes), every sample of the corpus included. */
#include "harness.h"

#include <stdio.h>

#include <utf8proc.h>

#include "extract/hours.h"
#include "extract/hours_int.h"
#include "model/entry.h"
#include "read/section.h"

#define T(h, m) ((h)*60 + (m))
#define WEEK (DAY_MO | DAY_TU | DAY_WE | DAY_TH | DAY_FR)

struct exp_range {
    unsigned days;
    int start, end;
    bool appt;
};

struct hours_case {
    const char *lines[3]; /* a leading '+' continues the previous line's paragraph */
    bool appointment_only;
    struct exp_range ranges[6];
    size_t n_ranges;
    const char *closures[2];
    size_t n_notes;
};

static const struct hours_case cases[] = {
    /* corpus samples (expected.json) */
    {{"Ouvert du lundi au vendredi, 9h-12h et 13h30-17h."},
     false,
     {{WEEK, T(9, 0), T(12, 0), false}, {WEEK, T(13, 30), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Réception du public exclusivement sur rendez-vous."}, true, {{0}}, 0, {0}, 0},
    {{"Lundi et jeudi : 8h30-19h", "Mercredi : 13h-17h"},
     false,
     {{DAY_MO | DAY_TH, T(8, 30), T(19, 0), false}, {DAY_WE, T(13, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Lundi et jeudi : 8h30-19h", "+Mercredi : 13h-17h"},
     false,
     {{DAY_MO | DAY_TH, T(8, 30), T(19, 0), false}, {DAY_WE, T(13, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Accueil uniquement sur rendez-vous préalable."}, true, {{0}}, 0, {0}, 0},
    /* corpus set6: a table's row, its afternoon cell "fermé": no closure */
    {{"Mercredi, 9h00 - 12h00, fermé"},
     false,
     {{DAY_WE, T(9, 0), T(12, 0), false}},
     1,
     {0},
     0},
    /* corpus set6: what is by appointment is named, beside hours: a note */
    {{"Lundi, 13h30 - 18h", "Consultations médicales sur rendez-vous."},
     false,
     {{DAY_MO, T(13, 30), T(18, 0), false}},
     1,
     {0},
     1},
    /* ... and alone it still makes the reception by appointment */
    {{"Consultations médicales sur rendez-vous."}, true, {{0}}, 0, {0}, 1},
    {{"Du lundi au vendredi de 9h00 à 18h00, le samedi de 9h00 à 12h00.",
      "+Fermeture annuelle la première quinzaine d'août."},
     false,
     {{WEEK, T(9, 0), T(18, 0), false}, {DAY_SA, T(9, 0), T(12, 0), false}},
     2,
     {"Fermeture annuelle la première quinzaine d'août"},
     0},
    {{"Le vendredi de 15h à 19h, sans rendez-vous."},
     false,
     {{DAY_FR, T(15, 0), T(19, 0), false}},
     1,
     {0},
     0},
    {{"Sur place : mardi et jeudi de 14h à 17h30."},
     false,
     {{DAY_TU | DAY_TH, T(14, 0), T(17, 30), false}},
     1,
     {0},
     0},
    {{"Du mercredi au vendredi de 12h à 18h."},
     false,
     {{DAY_WE | DAY_TH | DAY_FR, T(12, 0), T(18, 0), false}},
     1,
     {0},
     0},
    {{"Le mercredi de 10h à 12h et de 14h à 18h."},
     false,
     {{DAY_WE, T(10, 0), T(12, 0), false}, {DAY_WE, T(14, 0), T(18, 0), false}},
     2,
     {0},
     0},
    {{"Accueil du public uniquement sur rendez-vous."}, true, {{0}}, 0, {0}, 0},

    /* appointment wordings */
    {{"Sur rendez-vous uniquement"}, true, {{0}}, 0, {0}, 0},
    {{"Sur RDV"}, true, {{0}}, 0, {0}, 0},
    {{"Uniquement sur RDV"}, true, {{0}}, 0, {0}, 0},
    {{"Accueil sur rendez-vous"}, true, {{0}}, 0, {0}, 0},
    {{"Accueil du public sur rendez-vous"}, true, {{0}}, 0, {0}, 0},
    {{"Rendez-vous obligatoire"}, true, {{0}}, 0, {0}, 0},
    {{"sur rendez-vous"}, true, {{0}}, 0, {0}, 0},
    {{"Sur rendez-vous uniquement, du lundi au vendredi."}, true, {{0}}, 0, {0}, 0},
    {{"Reçoit uniquement sur rendez-vous (téléphoner au préalable)."},
     true,
     {{0}},
     0,
     {0},
     0},
    {{"Accueil du public uniquement sur rendez-vous.",
      "Du lundi au vendredi de 9h à 17h."},
     true,
     {{0}},
     0,
     {0},
     0},
    {{"Accueil sans rendez-vous."}, false, {{0}}, 0, {0}, 0},
    {{"Du lundi au vendredi de 9h à 17h, le samedi de 9h à 12h sur rendez-vous."},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}, {DAY_SA, T(9, 0), T(12, 0), true}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi de 9h à 17h, sur rendez-vous le samedi de 9h à 12h."},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}, {DAY_SA, T(9, 0), T(12, 0), true}},
     2,
     {0},
     0},
    {{"Mardi et jeudi 9h-12h (sur rendez-vous)"},
     false,
     {{DAY_TU | DAY_TH, T(9, 0), T(12, 0), true}},
     1,
     {0},
     0},
    /* "matin" without times: a note, never invented times */
    {{"Du lundi au vendredi de 9h à 17h, sur rendez-vous le samedi matin."},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}},
     1,
     {0},
     1},
    {{"Du lundi au vendredi de 9h à 17h.", "Sur rendez-vous le samedi matin."},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}},
     1,
     {0},
     1},
    {{"Lundi-vendredi 9h-17h.", "Sur rendez-vous."},
     false,
     {{WEEK, T(9, 0), T(17, 0), true}},
     1,
     {0},
     0},

    /* days and times */
    {{"lundis et mercredis 9h-12h"},
     false,
     {{DAY_MO | DAY_WE, T(9, 0), T(12, 0), false}},
     1,
     {0},
     0},
    {{"lun. – ven. : 9h-17h"}, false, {{WEEK, T(9, 0), T(17, 0), false}}, 1, {0}, 0},
    {{"sam. et dim. : 10h-12h"},
     false,
     {{DAY_SA | DAY_SU, T(10, 0), T(12, 0), false}},
     1,
     {0},
     0},
    {{"Lundi, mardi et jeudi 9 h 30 – 12 h"},
     false,
     {{DAY_MO | DAY_TU | DAY_TH, T(9, 30), T(12, 0), false}},
     1,
     {0},
     0},
    {{"lundi-vendredi 09:00-17:30"},
     false,
     {{WEEK, T(9, 0), T(17, 30), false}},
     1,
     {0},
     0},
    {{"lundi au vendredi 9H-12H / 14H-17H"},
     false,
     {{WEEK, T(9, 0), T(12, 0), false}, {WEEK, T(14, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi 9h/12h"},
     false,
     {{WEEK, T(9, 0), T(12, 0), false}},
     1,
     {0},
     0},
    {{"Lundi 9h à 12h"}, false, {{DAY_MO, T(9, 0), T(12, 0), false}}, 1, {0}, 0},
    {{"MARDI DE 9H À 12H"}, false, {{DAY_TU, T(9, 0), T(12, 0), false}}, 1, {0}, 0},
    {{"Mercredi 9h00 - 12h00"}, false, {{DAY_WE, T(9, 0), T(12, 0), false}}, 1, {0}, 0},
    {{"En semaine de 9h à midi"}, false, {{WEEK, T(9, 0), T(12, 0), false}}, 1, {0}, 0},
    {{"Tous les jours 10h/18h"},
     false,
     {{DAY_ALL, T(10, 0), T(18, 0), false}},
     1,
     {0},
     0},
    {{"7j/7 de 8h à 20h"}, false, {{DAY_ALL, T(8, 0), T(20, 0), false}}, 1, {0}, 0},
    {{"24h/24 7j/7"}, false, {{DAY_ALL, 0, 1440, false}}, 1, {0}, 0},
    {{"24h/24"}, false, {{DAY_ALL, 0, 1440, false}}, 1, {0}, 0},
    {{"Du lundi au vendredi 24h/24"}, false, {{WEEK, 0, 1440, false}}, 1, {0}, 0},
    {{"Lundi, mardi, jeudi : 9h-12h30 ; vendredi : 14h-17h"},
     false,
     {{DAY_MO | DAY_TU | DAY_TH, T(9, 0), T(12, 30), false},
      {DAY_FR, T(14, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au jeudi de 9h à 17h ; le vendredi de 9h à 12h."},
     false,
     {{DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(9, 0), T(17, 0), false},
      {DAY_FR, T(9, 0), T(12, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi de 10h à 12h et de 14h à 18h"},
     false,
     {{WEEK, T(10, 0), T(12, 0), false}, {WEEK, T(14, 0), T(18, 0), false}},
     2,
     {0},
     0},
    {{"Lundi : 9h-12h ; 14h-17h"},
     false,
     {{DAY_MO, T(9, 0), T(12, 0), false}, {DAY_MO, T(14, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi", "+de 9h à 12h et de 14h à 17h"},
     false,
     {{WEEK, T(9, 0), T(12, 0), false}, {WEEK, T(14, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"De 9h à 17h du lundi au vendredi"},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}},
     1,
     {0},
     0},
    {{"Entre 9h et 12h le lundi"},
     false,
     {{DAY_MO, T(9, 0), T(12, 0), false}},
     1,
     {0},
     0},
    {{"Tous les jours sauf le lundi de 10h à 18h"},
     false,
     {{DAY_ALL & ~DAY_MO, T(10, 0), T(18, 0), false}},
     1,
     {0},
     0},
    {{"Lundi 9h-12h, mardi 14h-17h"},
     false,
     {{DAY_MO, T(9, 0), T(12, 0), false}, {DAY_TU, T(14, 0), T(17, 0), false}},
     2,
     {0},
     0},
    {{"Du samedi au lundi 10h-12h"},
     false,
     {{DAY_SA | DAY_SU | DAY_MO, T(10, 0), T(12, 0), false}},
     1,
     {0},
     0},
    {{"Vendredi de 20h à minuit"}, false, {{DAY_FR, T(20, 0), 1440, false}}, 1, {0}, 0},
    {{"- Lundi : 9h-12h", "- Mardi : 14h-17h"},
     false,
     {{DAY_MO, T(9, 0), T(12, 0), false}, {DAY_TU, T(14, 0), T(17, 0), false}},
     2,
     {0},
     0},

    /* closures */
    {{"Fermé en août"}, false, {{0}}, 0, {"Fermé en août"}, 0},
    {{"Fermé les jours fériés."}, false, {{0}}, 0, {"Fermé les jours fériés"}, 0},
    {{"fermeture pendant les vacances scolaires"},
     false,
     {{0}},
     0,
     {"fermeture pendant les vacances scolaires"},
     0},
    {{"Du mardi au samedi de 10h à 12h et de 14h à 18h, fermé en août."},
     false,
     {{DAY_TU | DAY_WE | DAY_TH | DAY_FR | DAY_SA, T(10, 0), T(12, 0), false},
      {DAY_TU | DAY_WE | DAY_TH | DAY_FR | DAY_SA, T(14, 0), T(18, 0), false}},
     2,
     {"fermé en août"},
     0},
    {{"Du lundi au vendredi de 9h à 17h (fermé le mercredi après-midi)"},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}},
     1,
     {"fermé le mercredi après-midi"},
     0},
    {{"Du lundi au vendredi de 9h à 17h sauf jours fériés."},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}},
     1,
     {"sauf jours fériés"},
     0},
    {{"Lundi : 9h-12h. Mardi : fermé."},
     false,
     {{DAY_MO, T(9, 0), T(12, 0), false}},
     1,
     {"Mardi : fermé"},
     0},

    /* not understood: kept as notes, no hours invented */
    {{"Accueil téléphonique : du lundi au vendredi de 9h à 12h."},
     false,
     {{0}},
     0,
     {0},
     1},
    {{"Du lundi au jeudi de 9h à 17h ; le vendredi de 9h à 12h.",
      "+Accueil téléphonique : du lundi au vendredi de 9h à 12h."},
     false,
     {{DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(9, 0), T(17, 0), false},
      {DAY_FR, T(9, 0), T(12, 0), false}},
     2,
     {0},
     1},
    {{"Le samedi matin"}, false, {{0}}, 0, {0}, 1},
    {{"9h-12h et 14h-17h"}, false, {{0}}, 0, {0}, 1},
    {{"Ouvert du lundi au vendredi"}, false, {{0}}, 0, {0}, 1},
    {{"Du lundi au vendredi de 9h à 18h, jusqu'à 19h le jeudi."},
     false,
     {{0}},
     0,
     {0},
     1},
    {{"Horaires d'été : du lundi au vendredi 9h-13h"}, false, {{0}}, 0, {0}, 1},
    {{"Pour prendre rendez-vous, appeler le 01 23 45 67 89."}, false, {{0}}, 0, {0}, 1},
    {{"Lundi de 14h à 9h"}, false, {{0}}, 0, {0}, 1},
    {{"Lundi de 25h à 26h"}, false, {{0}}, 0, {0}, 1},
    /* tests/corpus/set2 and after: a closure in parentheses ends there; "les autres
     * jours sur rendez-vous" next to hours names days, so it is a note */
    {{"Du lundi au vendredi de 8h45 à 12h15 (sauf jours fériés)"},
     false,
     {{WEEK, T(8, 45), T(12, 15), false}},
     1,
     {"sauf jours fériés"},
     0},
    /* a weekly exception in the sentence of the hours takes the day out of
     * them; it is no closure (tests/corpus/set3) */
    {{"Du lundi au vendredi de 9h à 17h (fermé le mercredi)."},
     false,
     {{WEEK & ~DAY_WE, T(9, 0), T(17, 0), false}},
     1,
     {0},
     0},
    {{"Permanence sans rendez-vous le mercredi de 14h à 17h ; les autres jours sur "
      "rendez-vous."},
     false,
     {{DAY_WE, T(14, 0), T(17, 0), false}},
     1,
     {0},
     1},
    {{"Les autres jours de 9h à 12h."}, false, {{0}}, 0, {0}, 1},
    {{"Du lundi au vendredi de 10h à 18h, le samedi matin sur rendez-vous de 9h à 12h."},
     false,
     {{WEEK, T(10, 0), T(18, 0), false}, {DAY_SA, T(9, 0), T(12, 0), true}},
     2,
     {0},
     0},
    {{"Lundi, mardi et jeudi de 9 h 30 à 12 h et de 13 h 30 à 17 h 30."},
     false,
     {{DAY_MO | DAY_TU | DAY_TH, T(9, 30), T(12, 0), false},
      {DAY_MO | DAY_TU | DAY_TH, T(13, 30), T(17, 30), false}},
     2,
     {0},
     0},
    {{"Accueil 24h/24, 7j/7."}, false, {{DAY_ALL, 0, 1440, false}}, 1, {0}, 0},
    {{"Fermeture annuelle du 1er au 15 août."},
     false,
     {{0}},
     0,
     {"Fermeture annuelle du 1er au 15 août"},
     0},

    /* tests/corpus/set3: weekly exceptions with a period, end-time overrides in
     * parentheses, labels before the days, words after the hours */
    {{"Du lundi au vendredi de 9h à 12h et de 14h à 17h, fermé le mardi matin.",
      "+Permanence juridique le samedi matin de 9h à 12h sur rendez-vous."},
     false,
     {{WEEK & ~DAY_TU, T(9, 0), T(12, 0), false},
      {WEEK, T(14, 0), T(17, 0), false},
      {DAY_SA, T(9, 0), T(12, 0), true}},
     3,
     {0},
     0},
    {{"LUNDI AU VENDREDI : 8H30-12H / 13H30-17H (SAUF JEUDI MATIN)"},
     false,
     {{WEEK & ~DAY_TH, T(8, 30), T(12, 0), false}, {WEEK, T(13, 30), T(17, 0), false}},
     2,
     {0},
     0},
    /* tests/corpus/set5: "..., le vendredi jusqu'à 16h" repeats the ranges before
     * for the new days, the last one ending at that time */
    {{"Du lundi au jeudi de 9h à 17h, le vendredi jusqu'à 16h."},
     false,
     {{DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(9, 0), T(17, 0), false},
      {DAY_FR, T(9, 0), T(16, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au jeudi de 8h30 à 12h et de 13h30 à 17h30, le vendredi jusqu'à 16h30."},
     false,
     {{DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(8, 30), T(12, 0), false},
      {DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(13, 30), T(17, 30), false},
      {DAY_FR, T(8, 30), T(12, 0), false},
      {DAY_FR, T(13, 30), T(16, 30), false}},
     4,
     {0},
     0},
    /* an end before the last start is not understood */
    {{"Du lundi au jeudi de 9h à 17h, le vendredi jusqu'à 8h."}, false, {{0}}, 0, {0}, 1},
    {{"Du lundi au vendredi 9h-12h30, 13h30-17h (vendredi 16h)"},
     false,
     {{WEEK, T(9, 0), T(12, 30), false},
      {WEEK & ~DAY_FR, T(13, 30), T(17, 0), false},
      {DAY_FR, T(13, 30), T(16, 0), false}},
     3,
     {0},
     0},
    {{"Lundi au vendredi : 8:30 - 17:30 (16h30 le vendredi)"},
     false,
     {{WEEK & ~DAY_FR, T(8, 30), T(17, 30), false}, {DAY_FR, T(8, 30), T(16, 30), false}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi de 9h à 12h et de 14h à 17h (jusqu'à 16h le lundi et le "
      "vendredi)"},
     false,
     {{WEEK, T(9, 0), T(12, 0), false},
      {DAY_TU | DAY_WE | DAY_TH, T(14, 0), T(17, 0), false},
      {DAY_MO | DAY_FR, T(14, 0), T(16, 0), false}},
     3,
     {0},
     0},
    {{"Consultations du lundi au vendredi de 8h45 à 16h45, sur rendez-vous."},
     false,
     {{WEEK, T(8, 45), T(16, 45), true}},
     1,
     {0},
     0},
    {{"Accueil 24h/24 7j/7 par les hôtes de la maison."},
     false,
     {{DAY_ALL, 0, 1440, false}},
     1,
     {0},
     1},
    {{"Du lundi au vendredi : de 8h30 à 12h sans rendez-vous, de 14h à 17h sur "
      "rendez-vous uniquement."},
     false,
     {{WEEK, T(8, 30), T(12, 0), false}, {WEEK, T(14, 0), T(17, 0), true}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi, sauf le mercredi, de 8h30 à 16h30."},
     false,
     {{WEEK & ~DAY_WE, T(8, 30), T(16, 30), false}},
     1,
     {0},
     0},
    {{"Lun-Ven 9h-17h"}, false, {{WEEK, T(9, 0), T(17, 0), false}}, 1, {0}, 0},
    {{"Le lundi de 14h à 18h ; du mardi au vendredi de 9h à midi et de 14h à 18h."},
     false,
     {{DAY_MO, T(14, 0), T(18, 0), false},
      {WEEK & ~DAY_MO, T(9, 0), T(12, 0), false},
      {WEEK & ~DAY_MO, T(14, 0), T(18, 0), false}},
     3,
     {0},
     0},
    /* no range of the period to take the exception from: not understood */
    {{"Du lundi au vendredi de 9h à 17h, sauf le mercredi matin"},
     false,
     {{0}},
     0,
     {0},
     1},
    /* a phone line's hours are not the opening hours; a word in the middle of
     * the hours is not understood */
    {{"Ligne d'écoute : 24h/24"}, false, {{0}}, 0, {0}, 1},
    {{"Du lundi au vendredi de 9h à 12h hors vacances et de 14h à 17h"},
     false,
     {{0}},
     0,
     {0},
     1}, /* a range next to the closing word is a break cut out of the hours */
    {{"Lundi au vendredi 8h30-18h (12h-14h fermé)"},
     false,
     {{WEEK, T(8, 30), T(12, 0), false}, {WEEK, T(14, 0), T(18, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi de 9h à 18h, fermé de 12h à 14h."},
     false,
     {{WEEK, T(9, 0), T(12, 0), false}, {WEEK, T(14, 0), T(18, 0), false}},
     2,
     {0},
     0},
    {{"Du lundi au vendredi de 9h à 18h.", "Fermeture 12h30-13h30."},
     false,
     {{WEEK, T(9, 0), T(12, 30), false}, {WEEK, T(13, 30), T(18, 0), false}},
     2,
     {0},
     0},
    /* a break no range holds: a note */
    {{"Fermé de 12h à 14h."}, false, {{0}}, 0, {0}, 1},
    /* days chained by dashes: a list; two days: a span */
    {{"Lundi - Mardi - Jeudi - Vendredi : 8h-12h / 13h-16h30"},
     false,
     {{WEEK & ~DAY_WE, T(8, 0), T(12, 0), false},
      {WEEK & ~DAY_WE, T(13, 0), T(16, 30), false}},
     2,
     {0},
     0},
    {{"Lundi - Vendredi : 9h-17h"}, false, {{WEEK, T(9, 0), T(17, 0), false}}, 1, {0}, 0},
    /* a later start on one day */
    {{"Lundi au vendredi : 8h30-12h / 13h30-17h", "Le jeudi : ouverture à 10h."},
     false,
     {{WEEK & ~DAY_TH, T(8, 30), T(12, 0), false},
      {WEEK, T(13, 30), T(17, 0), false},
      {DAY_TH, T(10, 0), T(12, 0), false}},
     3,
     {0},
     0},
    {{"Du mardi au samedi de 9h à 18h ; le mardi, ouverture à partir de 14h."},
     false,
     {{(WEEK | DAY_SA) & ~(DAY_MO | DAY_TU), T(9, 0), T(18, 0), false},
      {DAY_TU, T(14, 0), T(18, 0), false}},
     2,
     {0},
     0},
    /* no range to move: a note */
    {{"Le jeudi : ouverture à 10h."}, false, {{0}}, 0, {0}, 1},
    /* "les autres jours" beside a monthly note: not appointment-only */
    {{"Permanences : le 1er et le 3e mercredi du mois, de 14h à 17h.",
      "Sur rendez-vous les autres jours."},
     false,
     {{0}},
     0,
     {0},
     2},
    /* corpus set8: a "jusqu'à" for a day inside the range's days takes it out of
     * the common range it ends */
    {{"Du lundi au vendredi, de 09:00 à 12:00 et de 14:00 à 18:00. Nocturne le jeudi "
      "jusqu'à 19:30."},
     false,
     {{WEEK, T(9, 0), T(12, 0), false},
      {WEEK & ~DAY_TH, T(14, 0), T(18, 0), false},
      {DAY_TH, T(14, 0), T(19, 30), false}},
     3,
     {0},
     0},
    /* two-letter day names in a list of days; "je", "sa" elsewhere are words */
    {{"Lu, ma, je, ve : 8h-19h ; me : 8h-13h ; sa : 9h-12h"},
     false,
     {{DAY_MO | DAY_TU | DAY_TH | DAY_FR, T(8, 0), T(19, 0), false},
      {DAY_WE, T(8, 0), T(13, 0), false},
      {DAY_SA, T(9, 0), T(12, 0), false}},
     3,
     {0},
     0},
    {{"Le centre et sa permanence : de 9h à 12h."}, false, {{0}}, 0, {0}, 1},
    /* "jours ouvrables": Monday to Saturday; "jours ouvrés": to Friday */
    {{"Accueil du public tous les jours ouvrables, de 9h à 18h."},
     false,
     {{WEEK | DAY_SA, T(9, 0), T(18, 0), false}},
     1,
     {0},
     0},
    {{"Les jours ouvrés de 9h à 17h."},
     false,
     {{WEEK, T(9, 0), T(17, 0), false}},
     1,
     {0},
     0},
    /* days and a period without times: the last group's range of that period */
    {{"Ouvert du lundi au jeudi de 8 h 30 à 11 h 30 et de 13 h 30 à 16 h 30 ; le "
      "vendredi matin seulement."},
     false,
     {{DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(8, 30), T(11, 30), false},
      {DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(13, 30), T(16, 30), false},
      {DAY_FR, T(8, 30), T(11, 30), false}},
     3,
     {0},
     0},
    /* a "sur RDV" cell under a period header: no range, the other cell stays */
    {{"Matin, Après-midi", "Mardi, 8h30 – 12h, sur RDV",
      "Jeudi, 8h30 – 12h, 13h30 – 17h"},
     false,
     {{DAY_TU, T(8, 30), T(12, 0), false},
      {DAY_TH, T(8, 30), T(12, 0), false},
      {DAY_TH, T(13, 30), T(17, 0), false}},
     3,
     {0},
     2},
    /* corpus set7: times first, then the afternoon by appointment for the same days */
    {{"Le matin de 9h à 12h du lundi au vendredi, l'après-midi sur rendez-vous de 14h "
      "à 17h."},
     false,
     {{WEEK, T(9, 0), T(12, 0), false}, {WEEK, T(14, 0), T(17, 0), true}},
     2,
     {0},
     0},
    /* corpus set9: dotted times; "(hors vacances scolaires)" after a range is a
     * closure clause and keeps the range (as "(sauf jours fériés)") */
    {{"Lundi, mardi et jeudi : 9.00 - 12.30",
      "Samedi : 9.30 - 12.00 (hors vacances scolaires)"},
     false,
     {{DAY_MO | DAY_TU | DAY_TH, T(9, 0), T(12, 30), false},
      {DAY_SA, T(9, 30), T(12, 0), false}},
     2,
     {"hors vacances scolaires"},
     0},
    /* a dotted phone number is no time */
    {{"Tél. : 03.53.01.62.30"}, false, {{0}}, 0, {0}, 1},
    /* corpus set9: an arrow between days, a bar between ranges */
    {{"Lundi → jeudi : 8h45-12h15 | 13h30-17h15"},
     false,
     {{DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(8, 45), T(12, 15), false},
      {DAY_MO | DAY_TU | DAY_WE | DAY_TH, T(13, 30), T(17, 15), false}},
     2,
     {0},
     0},
    /* corpus set9: "tous les soirs" is every day */
    {{"tous les soirs de 18h30 à 22h"},
     false,
     {{DAY_ALL, T(18, 30), T(22, 0), false}},
     1,
     {0},
     0},
    /* corpus set9: days then "fermé" after the hours cut those days' ranges of
     * the period; no closure */
    {{"Lundi à vendredi de 8h00 à 11h30 et de 13h30 à 17h00, mercredi après-midi "
      "fermé."},
     false,
     {{WEEK, T(8, 0), T(11, 30), false}, {WEEK & ~DAY_WE, T(13, 30), T(17, 0), false}},
     2,
     {0},
     0},
    /* corpus set9: "fermeture à 16 h" for some days is their end time; the
     * afternoon "sur rendez-vous" marks the afternoon ranges */
    {{"Ouvert du lundi au vendredi de 8 h 30 à 12 h 00 et de 13 h 30 à 17 h 00 (le "
      "vendredi fermeture à 16 h 00).",
      "Accueil sans rendez-vous le matin, sur rendez-vous l'après-midi."},
     false,
     {{WEEK, T(8, 30), T(12, 0), false},
      {WEEK & ~DAY_FR, T(13, 30), T(17, 0), true},
      {DAY_FR, T(13, 30), T(16, 0), true}},
     3,
     {0},
     0},
    /* corpus set9: a day of the group keeps its morning only */
    {{"Du lundi au vendredi de 7h30 à 12h et de 13h à 16h, le mercredi matin "
      "uniquement."},
     false,
     {{WEEK, T(7, 30), T(12, 0), false}, {WEEK & ~DAY_WE, T(13, 0), T(16, 0), false}},
     2,
     {0},
     0},
    /* corpus set9: a transposed table, one column per day; a "fermé" cell gives
     * nothing, same ranges on different days stay apart */
    {{"Lundi, Mardi, Mercredi, Jeudi, Vendredi",
      "9h-12h, fermé, 9h-12h / 14h-18h, 14h-18h, 9h-12h"},
     false,
     {{DAY_MO, T(9, 0), T(12, 0), false},
      {DAY_WE, T(9, 0), T(12, 0), false},
      {DAY_WE, T(14, 0), T(18, 0), false},
      {DAY_TH, T(14, 0), T(18, 0), false},
      {DAY_FR, T(9, 0), T(12, 0), false}},
     5,
     {0},
     0},
    /* corpus set9: what is by appointment, named, beside hours: a note even with
     * "uniquement"; alone, the reception is by appointment */
    {{"Du lundi au vendredi : 8h30 - 17h00 (fermé entre 12h30 et 13h30).",
      "Consultations uniquement sur rendez-vous."},
     false,
     {{WEEK, T(8, 30), T(12, 30), false}, {WEEK, T(13, 30), T(17, 0), false}},
     2,
     {0},
     1},
    {{"Consultations uniquement sur rendez-vous."}, true, {{0}}, 0, {0}, 0},
};

static void run_case(const struct hours_case *c)
{
    struct text_line tl[3];
    size_t n = 0;
    for (; n < 3 && c->lines[n]; n++) {
        const char *s = c->lines[n];
        bool cont = s[0] == '+';
        memset(&tl[n], 0, sizeof tl[n]);
        tl[n].text = (char *)(cont ? s + 1 : s);
        tl[n].line = 10 + (int)n;
        tl[n].para_start = !cont;
    }
    struct entry *e = entry_new("t.md", 1, 0);
    hours_extract(tl, n, e);

    if (e->appointment_only != c->appointment_only)
        fail_msg("\"%s\": appointment_only %d", c->lines[0], e->appointment_only);
    if (e->hours.n != c->n_ranges)
        fail_msg("\"%s\": %zu ranges, expected %zu", c->lines[0], e->hours.n,
                 c->n_ranges);
    for (size_t i = 0; i < c->n_ranges; i++) {
        const struct hours_range *r = &e->hours.v[i];
        const struct exp_range *x = &c->ranges[i];
        if (r->days != x->days || r->start != x->start || r->end != x->end ||
            r->appointment != x->appt)
            fail_msg("\"%s\" range %zu: days %#x %d-%d appt %d", c->lines[0], i, r->days,
                     r->start, r->end, r->appointment);
        assert_true(r->line >= 10);
    }
    size_t n_closures = 0;
    while (n_closures < 2 && c->closures[n_closures])
        n_closures++;
    if (e->closures.n != n_closures)
        fail_msg("\"%s\": %zu closures", c->lines[0], e->closures.n);
    for (size_t i = 0; i < n_closures; i++)
        assert_string_equal(e->closures.v[i], c->closures[i]);
    if (e->hours_notes.n != c->n_notes)
        fail_msg("\"%s\": %zu notes", c->lines[0], e->hours_notes.n);
    /* one warning per note, with the line */
    assert_int_equal(e->diags.n, c->n_notes);
    for (size_t i = 0; i < e->diags.n; i++) {
        assert_true(e->diags.v[i].line >= 10);
        assert_non_null(strstr(e->diags.v[i].message, "opening hours not understood: "));
    }
    /* hours_text: the section as written */
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += strlen(tl[i].text) + 1;
    char *want = calloc(1, len + 1);
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(want, "\n");
        strcat(want, tl[i].text);
    }
    assert_non_null(e->hours_text);
    assert_string_equal(e->hours_text, want);
    free(want);
    entry_free(e);
}

static void test_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < ARRAY_LEN(cases); i++)
        run_case(&cases[i]);
}

static void test_note_text_and_line(void **state)
{
    (void)state;
    struct text_line tl[2] = {{0}, {0}};
    tl[0].text = "Du lundi au vendredi de 9h à 17h.";
    tl[0].line = 20;
    tl[0].para_start = true;
    tl[1].text = "Accueil téléphonique : du lundi au vendredi de 9h à 12h.";
    tl[1].line = 21;
    tl[1].para_start = true;
    struct entry *e = entry_new("t.md", 1, 0);
    hours_extract(tl, 2, e);
    assert_int_equal(e->hours.n, 1);
    assert_int_equal(e->hours_notes.n, 1);
    assert_string_equal(e->hours_notes.v[0], tl[1].text);
    assert_int_equal(e->diags.n, 1);
    assert_int_equal(e->diags.v[0].line, 21);
    assert_int_equal(e->diags.v[0].severity, DIAG_WARNING);
    entry_free(e);

    /* Only the part without times becomes the note. */
    tl[0].text = "Du lundi au vendredi de 9h à 17h, sur rendez-vous le samedi matin.";
    e = entry_new("t.md", 1, 0);
    hours_extract(tl, 1, e);
    assert_int_equal(e->hours.n, 1);
    assert_false(e->appointment_only);
    assert_int_equal(e->hours_notes.n, 1);
    assert_string_equal(e->hours_notes.v[0], "sur rendez-vous le samedi matin.");
    assert_int_equal(e->diags.v[0].line, 20);
    entry_free(e);
}

/* hours-link-targets: a link's target is kept after its text in the section
 * as written and in the notes, never in the closures; dead links ("#") and
 * targets written in the line are not repeated. */
static void test_link_targets(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        struct link link;
        const char *hours_text;
        const char *note; /* the one note, or NULL for none */
    } rows[] = {
        {"Sur rendez-vous : prendre RDV",
         {"prendre RDV", "https://rdv.example/foo", 29},
         "Sur rendez-vous : prendre RDV <https://rdv.example/foo>",
         NULL},
        {"Lundi : 9h-12h ; voir le calendrier.",
         {"le calendrier", "https://cal.example", 35},
         "Lundi : 9h-12h ; voir le calendrier <https://cal.example>.",
         "voir le calendrier <https://cal.example>."},
        {"Lundi : 9h-12h ; voir le calendrier.",
         {"le calendrier", "#cal", 35},
         "Lundi : 9h-12h ; voir le calendrier.",
         "voir le calendrier."},
        {"Le mardi, voir https://x.example",
         {"https://x.example", "https://x.example", 32},
         "Le mardi, voir https://x.example",
         "Le mardi, voir https://x.example"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        struct link l = rows[i].link;
        struct text_line tl = {(char *)rows[i].text, 7, false, 0, true, &l, 1};
        struct entry *e = entry_new("t.md", 1, 0);
        hours_extract(&tl, 1, e);
        assert_string_equal(e->hours_text, rows[i].hours_text);
        assert_int_equal(e->hours_notes.n, rows[i].note ? 1 : 0);
        if (rows[i].note)
            assert_string_equal(e->hours_notes.v[0], rows[i].note);
        entry_free(e);
    }

    /* Two lines read as one sentence: the second line's link keeps its place. */
    struct link l2 = {"le site", "https://resa.example", 0};
    struct text_line tl[2] = {{0}, {0}};
    tl[0].text = "Du lundi au vendredi";
    tl[0].line = 4;
    tl[0].para_start = true;
    tl[1].text = "de 9h à 12h, voir le site";
    tl[1].line = 5;
    tl[1].links = &l2;
    tl[1].n_links = 1;
    l2.end = strlen(tl[1].text);
    struct entry *e = entry_new("t.md", 1, 0);
    hours_extract(tl, 2, e);
    assert_int_equal(e->hours.n, 1);
    assert_string_equal(e->hours_text, "Du lundi au vendredi\nde 9h à 12h, voir le site "
                                       "<https://resa.example>");
    assert_int_equal(e->hours_notes.n, 1);
    assert_string_equal(e->hours_notes.v[0], "voir le site <https://resa.example>");
    entry_free(e);

    /* A closure keeps its words only; the target is in the section text. */
    struct link l3 = {"août", "https://conges.example", sizeof "Fermé en août" - 1};
    struct text_line tc = {(char *)"Fermé en août.", 9, false, 0, true, &l3, 1};
    e = entry_new("t.md", 1, 0);
    hours_extract(&tc, 1, e);
    assert_int_equal(e->closures.n, 1);
    assert_string_equal(e->closures.v[0], "Fermé en août");
    assert_string_equal(e->hours_text, "Fermé en août <https://conges.example>.");
    entry_free(e);
}

static void test_nfd_and_empty(void **state)
{
    (void)state;
    /* "Réception" and "à" decomposed (NFD): accents are ignored in matching. */
    struct text_line tl[1] = {{0}};
    tl[0].text = "Re\xcc\x81"
                 "ception uniquement sur rendez-vous";
    tl[0].line = 3;
    struct entry *e = entry_new("t.md", 1, 0);
    hours_extract(tl, 1, e);
    assert_true(e->appointment_only);
    assert_int_equal(e->hours.n, 0);
    entry_free(e);

    e = entry_new("t.md", 1, 0);
    hours_extract(NULL, 0, e);
    assert_false(e->appointment_only);
    assert_int_equal(e->hours.n, 0);
    assert_non_null(e->hours_text);
    assert_string_equal(e->hours_text, "");
    entry_free(e);
}

static void test_format(void **state)
{
    (void)state;
    static const struct {
        int minutes;
        const char *text;
    } rows[] = {
        {0, "00:00"}, {540, "09:00"}, {810, "13:30"}, {1439, "23:59"}, {1440, "24:00"}};
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char buf[6];
        hours_format(rows[i].minutes, buf, sizeof buf);
        assert_string_equal(buf, rows[i].text);
    }
}

static void test_lex_tables(void **state)
{
    (void)state;
    assert_true(hours_lex_tables_ok());
}

/* Tokens of folded text s, kinds as letters: D day, S day set, T time, H
 * 24h/24, > to, & and, , comma, . end, R rdv, N number, W word (with its enum
 * wk value), from a zeroed list and from a borrowed 2-token one, which agree.
 * The expected rows are what the lexer gave before its tables were indexed. */
static void lex_kinds(const char *s, char *out, size_t size)
{
    struct toks t = {0};
    hours_lex(s, &t);
    size_t o = 0;
    for (size_t i = 0; i < t.n && o + 4 < size; i++) {
        static const char kinds[] = "DSTH>&,.RNW";
        out[o++] = kinds[t.v[i].kind];
        if (t.v[i].kind == TK_WORD)
            o += (size_t)snprintf(out + o, size - o, "%d", t.v[i].val);
    }
    out[o] = '\0';
    free(t.v);
}

static void test_lex_words_and_phrases(void **state)
{
    (void)state;
    static const struct {
        const char *s, *kinds;
    } rows[] = {
        {"du lundi au vendredi de 8h a 13h", "W2D>DW3T>T"},
        {"sur rendez-vous", "W6R"},
        {"sur r.d.v. le matin", "W6RW4W14"},
        {"l'apres-midi jusqu'a 18h", "W4W14>T"},
        {"apres 18h, rendez vous", "W8T,R"},
        {"tous les jours ouvrables, toute la semaine", "S,S"},
        {"tous les jours, en semaine, le week-end", "S,S,W4S"},
        {"autres jours : 24h/24 7j/7", "S,HS"},
        {"9 heures 30 - 12 h", "T>T"},
        {"lu, ma : 9h", "D,D,T"},
        {"lu hier rendezvous jusqu toute r", "W0W0W0W0W0W0"},
        {"accueillons fermetures scolaires", "W11W13W17"},
        {"mardis, merc. et ven. ; dim", "D,D&D.D"},
        {"zut wagon ynes", "W0W0W0"},
    };
    for (size_t i = 0; i < ARRAY_LEN(rows); i++) {
        char got[128];
        lex_kinds(rows[i].s, got, sizeof got);
        if (strcmp(got, rows[i].kinds) != 0)
            fail_msg("\"%s\": %s, expected %s", rows[i].s, got, rows[i].kinds);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_note_text_and_line),
        cmocka_unit_test(test_link_targets),
        cmocka_unit_test(test_nfd_and_empty),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_lex_tables),
        cmocka_unit_test(test_lex_words_and_phrases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
