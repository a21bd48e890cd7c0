// Fuzz target: HTML pages (core/html) on arbitrary bytes — charset prescan and conversion,
// libxml2 text extraction with its offset map, and the turns and directory parsers on the
// extracted text with every position mapped back to the source.
// Findings: crashes, sanitizer reports, and broken promises of html_text.h and
// page_input.h — every mapped source offset inside the (decoded) page, spans inside the
// page and in order, lines 1-based.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/html/charset.h"
#include "core/html/html_text.h"
#include "core/html/page_input.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  (void)transcript::detect_page_format(page);
  try {
    const transcript::DecodedPage decoded = transcript::decode_html_page(page);
    const std::string_view source = decoded.converted ? std::string_view(decoded.utf8) : page;
    FUZZ_CHECK(!transcript::find_invalid_utf8(source));
    const transcript::HtmlText h = transcript::extract_html_text(source);
    const std::string& text = h.text();
    FUZZ_CHECK(!transcript::find_invalid_utf8(text));
    for (std::size_t i = 0; i < text.size(); ++i) {
      FUZZ_CHECK(h.source_of(i) <= source.size());
      FUZZ_CHECK(h.source_end_of(i + 1) <= source.size());
      FUZZ_CHECK(h.span_begin(i) <= source.size());
      FUZZ_CHECK(h.span_end(i + 1) <= source.size());
    }

    const transcript::PageInput input(page, transcript::PageFormat::html);
    const std::int64_t chars = static_cast<std::int64_t>(transcript::count_chars(source));
    const transcript::Transcript t = input.parse_transcript();
    FUZZ_CHECK(t.info.chars == chars);
    FUZZ_CHECK(t.end_byte <= source.size());
    std::int64_t previous_start = 0;
    for (std::size_t i = 0; i < t.turns.size(); ++i) {
      const transcript::Turn& turn = t.turns[i];
      FUZZ_CHECK(turn.seq == static_cast<int>(i) + 1);
      FUZZ_CHECK(0 <= turn.start_char && turn.start_char <= turn.end_char);
      FUZZ_CHECK(turn.end_char <= chars);
      FUZZ_CHECK(turn.start_char >= previous_start);
      FUZZ_CHECK(turn.line >= 1);
      previous_start = turn.start_char;
    }
    for (const transcript::Contact& c : input.parse_directory()) FUZZ_CHECK(c.line >= 1);
  } catch (const transcript::InputError&) {
    // invalid UTF-8 without a declaration, an unknown charset: documented errors
  }
  return 0;
}
