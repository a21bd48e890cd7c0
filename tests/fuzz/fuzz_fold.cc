// Fuzz target: the normaliser — case folding with its offset map (case_fold.h), word
// tokens, script codes and transliteration — on valid UTF-8 (the SQL layer checks UTF-8
// before any of these run, so invalid input is skipped).
// Findings: crashes, sanitizer reports, and broken promises — folded text valid UTF-8,
// the fold map sending every folded offset into the original, never backwards, and never
// inside an original character; tokens inside the folded text, and the same as those of the
// walk a character at a time (tokenize_by_characters).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/text/case_fold.h"
#include "core/text/script.h"
#include "core/text/transliteration.h"
#include "core/text/utf8.h"
#include "core/text/word_tokens.h"
#include "fuzz_util.h"

namespace {
bool at_char_boundary(std::string_view text, std::size_t offset) {
  return offset == text.size() ||
         (offset < text.size() &&
          !transcript::is_continuation_byte(static_cast<unsigned char>(text[offset])));
}
}  // namespace

// Known finding (tests/fuzz/regressions/fold/): equal-length changes such as U+2474 "⑴" ->
// "(1)" map byte for byte, so folded offsets land inside an original character. Set
// FUZZ_FOLD_SKIP_BOUNDARY_CHECK=1 to keep fuzzing for other findings until it is fixed.
static const bool check_boundaries = std::getenv("FUZZ_FOLD_SKIP_BOUNDARY_CHECK") == nullptr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (transcript::find_invalid_utf8(text)) return 0;
  static transcript::FoldedText folded;  // reused, as a connection reuses it
  transcript::fold_text(text, folded);
  FUZZ_CHECK(!transcript::find_invalid_utf8(folded.text));
  std::size_t previous_start = 0, previous_end = 0;
  for (std::size_t f = 0; f <= folded.text.size(); ++f) {
    const std::size_t start = folded.map.to_original_start(f);
    const std::size_t end = folded.map.to_original_end(f);
    FUZZ_CHECK(start <= text.size() && end <= text.size());
    // Not checked: start <= end at one offset. Where folding deleted something (a combining
    // mark on a Latin letter), a span starting there starts after the deletion and a span
    // ending there ends before it, so start > end only for an empty span.
    FUZZ_CHECK(start >= previous_start && end >= previous_end);
    if (check_boundaries && at_char_boundary(folded.text, f)) {
      FUZZ_CHECK(at_char_boundary(text, start));
      FUZZ_CHECK(at_char_boundary(text, end));
    }
    previous_start = start;
    previous_end = end;
  }
  FUZZ_CHECK(folded.map.to_original_start(0) == 0);
  FUZZ_CHECK(folded.map.to_original_end(folded.text.size()) == text.size());
  static std::vector<transcript::WordToken> tokens;
  tokens.clear();  // tokenize() appends
  transcript::tokenize(folded.text, tokens);
  for (const auto& token : tokens) {
    FUZZ_CHECK(token.begin <= token.stem_end && token.stem_end <= token.end);
    FUZZ_CHECK(token.end <= folded.text.size());
  }
  // The walk over blocks of bytes finds the words the walk a character at a time finds.
  static std::vector<transcript::WordToken> reference;
  reference.clear();
  transcript::tokenize_by_characters(folded.text, reference);
  FUZZ_CHECK(reference.size() == tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const transcript::WordToken &a = tokens[i], &b = reference[i];
    FUZZ_CHECK(a.begin == b.begin && a.end == b.end && a.stem_end == b.stem_end &&
               a.script == b.script && a.dot_after == b.dot_after);
  }
  FUZZ_CHECK(transcript::fold(text) == folded.text);
  const std::string_view script = transcript::script_code(text);
  FUZZ_CHECK(script == "Latn" || script == "Cyrl" || script == "Zmix" || script == "Zyyy" ||
             script.size() == 4);
  FUZZ_CHECK(!transcript::find_invalid_utf8(transcript::transliterate(text)));
  return 0;
}
