// Fuzz target: the FTS5 tokenizer `transcript` (search/token_stream.h) on arbitrary bytes
// (invalid UTF-8 included: FTS5 hands it whatever a row holds), in every mode, with the
// options taken from the first byte.
// Findings: crashes, sanitizer reports, and broken promises — every token a non-empty span
// inside the text, its text valid UTF-8 and at most kMaxTokenBytes long; a synonym never
// first; spans in text order.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/search/token_stream.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

namespace {
struct Seen {
  std::string_view text;
  std::size_t count = 0;
  std::size_t previous_start = 0;
};

int check(void* context, const transcript::Token& token) {
  auto* seen = static_cast<Seen*>(context);
  FUZZ_CHECK(token.start < token.end && token.end <= seen->text.size());
  FUZZ_CHECK(!token.text.empty() && token.text.size() <= transcript::kMaxTokenBytes);
  FUZZ_CHECK(!transcript::find_invalid_utf8(token.text));
  FUZZ_CHECK(seen->count > 0 || !token.colocated);
  FUZZ_CHECK(token.colocated || token.start >= seen->previous_start);
  if (!token.colocated) seen->previous_start = token.start;
  ++seen->count;
  return 0;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  transcript::TokenizerOptions options;
  options.translit = data[0] & 1;
  options.stem = data[0] & 2;
  options.entities = data[0] & 4;
  static transcript::TokenStream* streams[8] = {};
  auto*& stream = streams[data[0] & 7];
  if (!stream) stream = new transcript::TokenStream(options);  // one per connection, reused
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (auto mode : {transcript::TokenMode::kDocument, transcript::TokenMode::kQuery,
                    transcript::TokenMode::kPrefix, transcript::TokenMode::kAux}) {
    Seen seen{text};
    FUZZ_CHECK(stream->tokenize(text, mode, &seen, check) == 0);
  }
  return 0;
}
