// From an alias to the word patterns an EntityMatcher compiles.
//
//  - A person ("Sergey Lavrov", "Сергей Викторович Лавров", "С.В.Лавров") gives the forms in
//    which pages mention a person: the surname alone; given name and surname in either
//    order, with or without a patronymic; initials and surname in either order
//    ("С.В.Лавров", "S. Lavrov", "Лавров С.В."). Never the given name alone. Any inflection
//    and script, through the name keys; an unknown patronymic is any patronymic-shaped word.
//    A surname that is also a common word (entities/common_words.h: Price, Bush, Brown,
//    Белый, Мороз) matches only capitalised and not at a sentence start (CaseRule::kProper),
//    in every form, unless the text prints the full name too (EntityMatcher::scan, kTextNamed);
//    a surname that is a month or weekday name (May) has no form without a given name or an
//    initial.
//  - Anything else (countries, organisations, literal phrases) is its words in order, each
//    matching by name key or by stem key. A word in capitals (US, OSCE, НАТО, G20, or every
//    letter of "U.S.") is an acronym: it matches only a word in capitals with the same
//    letters, never by stem.
//  - With case rules on (gazetteers), a capitalised alias word matches only a capitalised
//    word, so that "Того" (Togo) is not the pronoun "того" and "Turkey" is not a bird; one
//    with a capital after a lower-case letter (BiH, БиГ) only a word written so or in
//    capitals, so that «БиГ» (Bosnia and Herzegovina) is not "Big".
//    Queries typed by users use no case rules except for acronyms (a word in capitals is
//    matched in capitals, in a query as in an alias) and the surname rule above.
//
// Thread-safety: functions; the TokenKeyer passed in is used for stems (per connection).
#pragma once

#include <string_view>
#include <vector>

#include "core/entities/analyzed_text.h"
#include "core/entities/entity_matcher.h"
#include "core/entities/person_name.h"
#include "core/entities/token_keys.h"

namespace transcript {

using Pattern = std::vector<PatternWord>;

std::vector<Pattern> person_patterns(const PersonName& name, bool case_rules);

Pattern phrase_pattern(std::string_view phrase, TokenKeyer& keyer, bool case_rules);

// Whether word i of a phrase is an acronym: in capitals with two letters or more (US, OSCE,
// НАТО), or in capitals in a phrase all in capitals (G20, and each letter of "U.S.").
bool is_acronym(const AnalyzedText& phrase, std::size_t i, bool all_caps_phrase);

// Patterns for one alias of an entity of `kind` ("person" gives person patterns).
std::vector<Pattern> alias_patterns(std::string_view alias, std::string_view kind,
                                    TokenKeyer& keyer, bool case_rules);

}  // namespace transcript
