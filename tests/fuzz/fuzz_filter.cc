// Fuzz target: the skeleton filter's two walks (entities/skeleton_filter.h). Input: any
// bytes, the text. The filters are built once from queries' words of every shape the walk
// over bytes has to get right: names in Latin and Cyrillic with case endings, a name with an
// apostrophe, several words of which each must be met, a stem, digits.
// Findings: crashes, sanitizer reports, and the walk over bytes answering otherwise than the
// walk by code points — may_match() and candidates() (answer, and the span when it is kWithin).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/entities/entity_matcher.h"
#include "core/entities/skeleton_filter.h"
#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"
#include "fuzz_util.h"

namespace {

using transcript::SkeletonFilter;

transcript::PatternWord word(transcript::TokenKeyer& keyer, std::string_view text, bool cyrillic) {
  const transcript::WordKeys& keys = keyer.text_keys(
      transcript::fold(text),
      cyrillic ? transcript::WordScript::kCyrillic : transcript::WordScript::kLatin);
  transcript::PatternWord w{keys.names, transcript::CaseRule::kAny};
  w.keys.push_back(keys.stem);
  return w;
}

const std::vector<SkeletonFilter>& filters() {
  static const std::vector<SkeletonFilter> all = [] {
    transcript::TokenKeyer keyer;
    std::vector<std::vector<std::vector<std::pair<std::string_view, bool>>>> queries = {
        {{{"Lavrov", false}}, {{"Лавров", true}}},
        {{{"Sergey", false}, {"Lavrov", false}}},
        {{{"O'Brien", false}}},
        {{{"Maria", false}, {"Zakharova", false}}, {{"Мария", true}, {"Захарова", true}}},
        {{{"security", false}, {"cooperation", false}, {"Europe", false}}},
        {{{"G20", false}}, {{"OSCE", false}}, {{"ОБСЕ", true}}},
    };
    std::vector<SkeletonFilter> out;
    for (const auto& query : queries) {
      SkeletonFilter f;
      for (const auto& pattern : query) {
        std::vector<transcript::PatternWord> words;
        for (const auto& [text, cyrillic] : pattern) words.push_back(word(keyer, text, cyrillic));
        f.add_pattern(words);
      }
      out.push_back(std::move(f));
    }
    return out;
  }();
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const SkeletonFilter& f : filters()) {
    FUZZ_CHECK(f.may_match(text, SkeletonFilter::Walk::kBytes) ==
               f.may_match(text, SkeletonFilter::Walk::kCharacters));
    const SkeletonFilter::Candidates bytes = f.candidates(text, SkeletonFilter::Walk::kBytes);
    const SkeletonFilter::Candidates chars = f.candidates(text, SkeletonFilter::Walk::kCharacters);
    FUZZ_CHECK(bytes.answer == chars.answer);
    FUZZ_CHECK(bytes.answer != SkeletonFilter::Candidates::kWithin ||
               (bytes.begin == chars.begin && bytes.end == chars.end));
  }
  return 0;
}
