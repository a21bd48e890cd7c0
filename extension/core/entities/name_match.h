// transcript_match(a, b): how likely two names denote the same entity, in [0, 1].
//
// How it scores:
//  - When a gazetteer is given and both texts resolve to the same entity that is not a
//    person ("USA" and "США", "ОБСЕ" and "Organization for Security and Co-operation in
//    Europe"), the score is 1. Persons are scored from their names, below, because a
//    gazetteer's surname alias would make "Lavrova" (a woman) the same as Sergey Lavrov.
//  - Otherwise both are read as people write names (entities/person_name.h,
//    read_person_name(): titles, offices, honorifics, suffixes, annotations and particles
//    are not name parts) and compared part by part:
//      surname S: 1 when the spelling skeletons agree (entities/name_key.h: scripts,
//        transliterations, Belarusian and Ukrainian forms, doubled letters, case), or when
//        a Cyrillic word may be an inflected form of the other (Лаврова ~ Lavrov,
//        token_keys.h); 0.85 for one edit or transposition in surnames of five letters
//        or more (Merkle ~ Merkel, Lavorv ~ Lavrov; a vowel misprint such as Markel does
//        not even change the skeleton), 0.75 for two in
//        surnames of nine letters or more (counted on the letters in one script, on the
//        skeletons across scripts); otherwise half the edit similarity, so
//        different surnames stay at or below 0.5. When both surnames show their gender
//        (Latin Lavrov, Lavrova; Cyrillic -ов, -ский, -ская; Cyrillic -ова only beside a
//        full given name, since Лаврова is also the genitive of Лавров) and the genders
//        differ, S is at most 0.45: husband and wife, father and daughter are different
//        people;
//      A Latin surname or given name against a Cyrillic one is also read by the letter
//        rules of the languages names come from (entities/foreign_readings.h: Barrot =
//        Барро, Jean = Жан, Giorgia = Джорджа), any reading that meets counting as the
//        word;
//      given names, when both have one: G is 1 when they begin with the same sound class
//        and their skeletons or their consonants agree (Siarhei ~ Sergei, Aliaksandr ~
//        Alexander, Volodymyr ~ Vladimir), or when one is an initial of the same class
//        (С. ~ Sergey, Yu. ~ Юрий); 0.9 for vowel-initial names with the same consonants
//        (Antony ~ Энтони, Olena ~ Елена), for one part of a hyphenated name
//        (Kassym-Jomart ~ Касым-Жомарт), and when a given name of one side is a later given
//        name of the other (Javad Zarif ~ Mohammad Javad Zarif); 0.85 for a short form,
//        two letters shorter or more (Alex ~ Alexander, Joe ~ Joseph); 0 for names of two
//        genders (Alexander, Alexandra) and anything else (Maria, Marina). The score is
//        S x (0.25 + 0.75 G);
//      a surname alone against a full name (Lavrov ~ Sergey Lavrov, Biden ~ Joseph R.
//        Biden Jr.): S x 0.9;
//      a second given name, initial or patronymic, when both have one: x (0.5 + 0.5 M)
//        (George W. Bush is not George H. W. Bush); when only one side has it, it is
//        ignored.
//    Word order: a name of plain words that no cue orders ("Wang Yi") is also read with
//    its first word as the surname, at 0.95 of the score; against a single word that
//    reading scores at most 0.5, so that a first name alone never matches a full name
//    (Alexander ~ Alexander Grushko: 0.5), while a surname alone does.
//
// Thread-safety: uses the context's TokenKeyer (per connection).
#pragma once

#include <string_view>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"

namespace transcript {

double name_match(std::string_view a, std::string_view b, MatchContext& context,
                  const Gazetteer* gazetteer = nullptr);

// 1 - Levenshtein distance / length of the longer string, over bytes, in [0, 1].
double edit_similarity(std::string_view a, std::string_view b);

// The optimal string alignment distance (edits and transpositions of neighbours), over
// bytes.
std::size_t transposition_distance(std::string_view a, std::string_view b);

}  // namespace transcript
