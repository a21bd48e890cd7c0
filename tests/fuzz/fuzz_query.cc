// Fuzz target: the query syntax of transcript_find / snippets / highlights (search/query.h).
// Input: the first line is the query (valid UTF-8 only: the SQL layer checks a query first),
// the rest the text searched, any bytes: transcript_find asks the query's byte check
// (Query::may_match) before it validates a row.
// Findings: crashes, sanitizer reports, any exception other than InputError from compile(),
// and broken promises — hits in text order, inside the text, their byte and code point
// offsets agreeing, term ids below term_count(); the byte check never ruling out a text that
// is not UTF-8 or one with hits (count(), which asks it, equals the hits, which do not); the
// hits of the part focus() gives equal those of the whole text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/entities/skeleton_filter.h"
#include "core/search/query.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto [query_text, text] = split_query_input(input);
  if (transcript::find_invalid_utf8(query_text)) return 0;
  static transcript::MatchContext context;
  try {
    const transcript::Query query =
        transcript::Query::compile(query_text, transcript::builtin_gazetteer(), context);
    // A query checks nothing before it has read SkeletonFilter::kCheckAfter bytes: it reads
    // that many first, so that the check below is the real one.
    static const std::string warm(transcript::SkeletonFilter::kCheckAfter, ' ');
    (void)query.may_match(warm);
    const bool may_match = query.may_match(text);
    if (transcript::find_invalid_utf8(text)) {
      FUZZ_CHECK(may_match);
      return 0;
    }
    static std::vector<transcript::QueryHit> hits;
    query.hits(text, context, hits);
    std::size_t previous_start = 0;
    for (const auto& hit : hits) {
      FUZZ_CHECK(hit.term < query.term_count());
      FUZZ_CHECK(previous_start <= hit.start_byte && hit.start_byte <= hit.end_byte);
      FUZZ_CHECK(hit.end_byte <= text.size());
      FUZZ_CHECK(static_cast<std::int64_t>(transcript::count_chars(text.substr(0, hit.start_byte))) ==
                 hit.start_char);
      FUZZ_CHECK(static_cast<std::int64_t>(transcript::count_chars(text.substr(0, hit.end_byte))) ==
                 hit.end_char);
      previous_start = hit.start_byte;
    }
    FUZZ_CHECK(query.count(text, context) == static_cast<std::int64_t>(hits.size()));
    FUZZ_CHECK(may_match || hits.empty());
    // The part focus() analyses gives the hits of the whole text.
    const transcript::Query::Focus focus = query.focus(text);
    FUZZ_CHECK(!focus.none || hits.empty());
    FUZZ_CHECK(focus.none || (focus.begin <= focus.end && focus.end <= text.size()));
    static std::vector<transcript::QueryHit> whole;
    query.hits(text, context, whole, transcript::Query::Focus{false, 0, text.size()});
    FUZZ_CHECK(whole.size() == hits.size());
    for (std::size_t i = 0; i < whole.size() && i < hits.size(); ++i) {
      FUZZ_CHECK(whole[i].start_byte == hits[i].start_byte && whole[i].end_byte == hits[i].end_byte &&
                 whole[i].term == hits[i].term);
    }
  } catch (const transcript::InputError&) {
    // a malformed query: a documented error, not a finding
  }
  return 0;
}
