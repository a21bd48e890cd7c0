// Fuzz target: the turns parser (parse_transcript) on arbitrary bytes.
// Findings: crashes, sanitizer reports, and broken promises of transcript.h — every span
// inside the page, seq 1-based and consecutive, reply_to naming an earlier question.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/text/input_error.h"
#include "core/transcript/transcript.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  try {
    const transcript::Transcript t = transcript::parse_transcript(page);
    FUZZ_CHECK(t.end_byte <= page.size());
    FUZZ_CHECK(t.info.chars >= 0);
    std::int64_t previous_start = 0;
    for (std::size_t i = 0; i < t.turns.size(); ++i) {
      const transcript::Turn& turn = t.turns[i];
      FUZZ_CHECK(turn.seq == static_cast<int>(i) + 1);
      FUZZ_CHECK(0 <= turn.start_char && turn.start_char <= turn.end_char);
      FUZZ_CHECK(turn.end_char <= t.info.chars);
      FUZZ_CHECK(turn.start_char >= previous_start);
      FUZZ_CHECK(turn.line >= 1);
      FUZZ_CHECK(turn.paragraphs >= 0 && turn.words >= 0);
      if (turn.reply_to) {
        FUZZ_CHECK(turn.kind == transcript::TurnKind::answer);
        FUZZ_CHECK(*turn.reply_to >= 1 && *turn.reply_to < turn.seq);
        FUZZ_CHECK(t.turns[*turn.reply_to - 1].kind == transcript::TurnKind::question);
      }
      previous_start = turn.start_char;
    }
  } catch (const transcript::InputError&) {
    // invalid UTF-8: a documented error, not a finding
  }
  return 0;
}
