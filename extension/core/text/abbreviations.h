// Words after which a full stop does not end a sentence: shared by the snippet edges
// (search/text_boundaries.h) and the sentence starts of the matcher (entities/analyzed_text.h),
// so that "Mr. Price" is a name in the middle of a sentence for both.
//
// An abbreviation is:
//  - a word of the list in abbreviations.cc (Mr, Mrs, Dr, Prof, St, vs, г, гг, им, ул, см,
//    проф …), compared in lower case; only abbreviations that rarely close a sentence:
//    "etc.", "т.д." and "и др." usually do;
//  - a word with a full stop inside (U.S, e.g, т.е, и.о, С.В: ICU joins such letters);
//  - a single capital letter (an initial: "S. Lavrov", "В. Путин").
//
// Thread-safety: a pure function.
#pragma once

#include <string_view>

namespace transcript {

// `word` as printed (valid UTF-8), without the full stop that follows it.
bool is_abbreviation(std::string_view word);

}  // namespace transcript
