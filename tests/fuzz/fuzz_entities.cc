// Fuzz target: the matcher — transcript_mentions over the built-in gazetteer
// (find_mentions) on the whole input, and transcript_match (name_match) on its first two
// lines — on valid UTF-8 (the SQL layer checks UTF-8 first).
// Findings: crashes, sanitizer reports, and broken promises — mentions in text order,
// not overlapping, inside the text, with the surface being the span; a score in [0, 1].
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/entities/mentions.h"
#include "core/entities/name_match.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (transcript::find_invalid_utf8(text)) return 0;
  static transcript::MatchContext context;  // one per connection, reused
  const transcript::Gazetteer& gazetteer = transcript::builtin_gazetteer();

  static std::vector<transcript::Mention> mentions;
  transcript::find_mentions(text, gazetteer, context, mentions);
  const std::int64_t chars = static_cast<std::int64_t>(transcript::count_chars(text));
  std::int64_t previous_end = 0;
  for (const auto& m : mentions) {
    FUZZ_CHECK(previous_end <= m.start_char && m.start_char < m.end_char);
    FUZZ_CHECK(m.end_char <= chars);
    FUZZ_CHECK(m.surface.data() >= text.data() &&
               m.surface.data() + m.surface.size() <= text.data() + text.size());
    FUZZ_CHECK(static_cast<std::int64_t>(transcript::count_chars(m.surface)) ==
               m.end_char - m.start_char);
    FUZZ_CHECK(static_cast<std::int64_t>(transcript::count_chars(
                   text.substr(0, static_cast<std::size_t>(m.surface.data() - text.data())))) ==
               m.start_char);
    FUZZ_CHECK(!m.entity.empty());
    previous_end = m.end_char;
  }

  const std::size_t first = text.find('\n');
  const std::string_view a = text.substr(0, first);
  const std::string_view rest = first == std::string_view::npos ? std::string_view() : text.substr(first + 1);
  const std::string_view b = rest.substr(0, rest.find('\n'));
  for (const transcript::Gazetteer* g : {static_cast<const transcript::Gazetteer*>(nullptr), &gazetteer}) {
    const double score = transcript::name_match(a, b, context, g);
    FUZZ_CHECK(!std::isnan(score) && score >= 0.0 && score <= 1.0);
  }
  return 0;
}
