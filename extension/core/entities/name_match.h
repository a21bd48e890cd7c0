// transcript_match(a, b): how likely two names denote the same entity, in [0, 1].
//
// How it scores:
//  - When a gazetteer is given and both names resolve to the same entity in it ("USA" and
//    "США", "Лаврова" and "Sergey Lavrov"), the score is 1.
//  - Otherwise both are read as person names (entities/person_name.h) and compared part by
//    part, across scripts, case and inflection through the name keys:
//      surname: 1 when a key of one is among the inflection candidates of the other
//        (Лаврова ~ Lavrov), else the edit similarity of the Latin keys (1 - Levenshtein
//        distance / longer length), halved below 0.85 so that different surnames score low.
//        Edit distance rather than Jaro-Winkler, whose bonus for a shared prefix would let
//        Belarus meet Belarusian and Lavrov meet Lavrovsky;
//      given name (when both have one): the same, and an initial agrees with a name that
//        starts with it (С. ~ Sergey); weight 0.75 of the score;
//      patronymic (when both have one): the same; weight 0.5.
//    Word order: a name without cues ("Lavrov Sergey") is also read with its first word as
//    the surname, and the best reading wins.
//  Spelling variants are absorbed by the canonical keys (Sergey/Sergei, Shoygu/Shoigu) and
//  by the edit similarity for the rest (Alexander/Aleksandr).
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

}  // namespace transcript
