// Fuzz target: transcript_snippet / transcript_snippets / transcript_highlight
// (search/snippet.h) on the hits of a query. Input: the first line is the query, the rest the
// text (valid UTF-8 only: the SQL layer checks UTF-8 first).
// Findings: crashes, sanitizer reports, and broken promises — fragments inside the text, in
// text order, not overlapping, their code point offsets agreeing with their bytes; every
// output valid UTF-8 (markers never cut a character); a highlight that is the text once the
// markers are taken out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/search/query.h"
#include "core/search/snippet.h"
#include "core/search/text_boundaries.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (transcript::find_invalid_utf8(input)) return 0;
  const auto [query_text, text] = split_query_input(input);
  static transcript::MatchContext context;
  static transcript::TextBoundaries boundaries;
  try {
    const transcript::Query query =
        transcript::Query::compile(query_text, transcript::builtin_gazetteer(), context);
    std::vector<transcript::QueryHit> hits;
    query.hits(text, context, hits);
    transcript::SnippetOptions options;
    options.open = "\x01";
    options.close = "\x02";
    options.max_tokens = 1 + static_cast<int>(size % 20);
    const transcript::SnippetFragment best =
        transcript::best_snippet(text, hits, boundaries, options);
    FUZZ_CHECK(best.start_byte <= best.end_byte && best.end_byte <= text.size());
    FUZZ_CHECK(!transcript::find_invalid_utf8(best.text));
    const auto fragments = transcript::snippet_fragments(text, hits, boundaries, options, 3);
    std::size_t previous_end = 0;
    for (const auto& f : fragments) {
      FUZZ_CHECK(previous_end <= f.start_byte && f.start_byte <= f.end_byte);
      FUZZ_CHECK(f.end_byte <= text.size());
      FUZZ_CHECK(static_cast<std::int64_t>(transcript::count_chars(text.substr(0, f.start_byte))) ==
                 f.start_char);
      FUZZ_CHECK(static_cast<std::int64_t>(transcript::count_chars(text.substr(0, f.end_byte))) ==
                 f.end_char);
      FUZZ_CHECK(!transcript::find_invalid_utf8(f.text));
      previous_end = f.end_byte;
    }
    const std::string marked = transcript::highlight(text, hits, "\x01", "\x02");
    FUZZ_CHECK(!transcript::find_invalid_utf8(marked));
    if (text.find_first_of("\x01\x02") == std::string_view::npos) {
      std::string unmarked;
      for (char c : marked) {
        if (c != '\x01' && c != '\x02') unmarked += c;
      }
      FUZZ_CHECK(unmarked == text);
    }
  } catch (const transcript::InputError&) {
    // a malformed query: a documented error, not a finding
  }
  return 0;
}
