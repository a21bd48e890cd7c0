// Fuzz target: HTML pages (core/html) on arbitrary bytes — charset prescan and conversion,
// libxml2 text extraction with its offset map, and the turns and directory parsers on the
// extracted text with every position mapped back to the source; JSON content items
// (content_item.h) and the strict JSON reader under them (core/text/json_reader.h).
// Findings: crashes, sanitizer reports, and broken promises of html_text.h,
// page_input.h, content_item.h and json_reader.h — every mapped source offset inside the
// (decoded) page, spans inside the page and in order, lines 1-based; a JSON value's span
// inside its parent's, decoded strings valid UTF-8; a content item's page valid UTF-8 with
// every byte mapped into the file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/html/charset.h"
#include "core/html/content_item.h"
#include "core/html/html_text.h"
#include "core/html/page_input.h"
#include "core/text/input_error.h"
#include "core/text/json_reader.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

namespace {

// Walks a JSON value (arrays, and the members a content item is read through), checking spans
// and strings.
void walk_json(const transcript::JsonDocument& doc, const transcript::JsonValue& v, int depth) {
  FUZZ_CHECK(v.begin < v.end && v.end <= doc.json().size());
  if (v.type == transcript::JsonType::string) {
    std::string text;
    std::vector<std::uint32_t> source;
    doc.append_string(v, &text, &source);
    FUZZ_CHECK(!transcript::find_invalid_utf8(text));
    FUZZ_CHECK(source.size() == text.size());
    for (std::uint32_t s : source) FUZZ_CHECK(v.begin < s && s < v.end);
    return;
  }
  if (depth >= 6) return;
  std::vector<transcript::JsonValue> children = doc.elements(v, 64);
  for (const char* key : {"title", "details", "body", "parts", "content", "content_type", "links", "speaker"}) {
    if (auto m = doc.member(v, key)) children.push_back(*m);
  }
  for (const transcript::JsonValue& c : children) {
    FUZZ_CHECK(v.begin < c.begin && c.end < v.end);
    walk_json(doc, c, depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  if (const auto json = transcript::JsonDocument::read(page)) walk_json(*json, json->root(), 0);
  if (const auto item = transcript::content_item_page(page)) {
    FUZZ_CHECK(item->source.size() == item->text.size() + 1);
    for (std::uint32_t s : item->source) FUZZ_CHECK(s <= page.size());
    FUZZ_CHECK(!transcript::find_invalid_utf8(item->text));
    FUZZ_CHECK(item->facts.title.has_value());
  }
  (void)transcript::detect_page_format(page);
  {
    // The same bytes as a text page: no byte is an error (a page that declares nothing has
    // no unknown charset); the parsers get valid UTF-8, and every span lies in the page.
    const transcript::DecodedPage undeclared = transcript::decode_undeclared_page(page);
    FUZZ_CHECK(!transcript::find_invalid_utf8(undeclared.converted ? std::string_view(undeclared.utf8) : page));
    FUZZ_CHECK(undeclared.converted || undeclared.replaced == 0);
    const transcript::Transcript t = transcript::PageInput(page, transcript::PageFormat::text).parse_transcript();
    for (const transcript::Turn& turn : t.turns) {
      FUZZ_CHECK(0 <= turn.start_char && turn.start_char <= turn.end_char && turn.end_char <= t.info.chars);
    }
  }
  try {
    // A page with a UTF-16 byte order mark is read as its UTF-8 conversion (PageInput).
    std::string utf16;
    std::string_view raw = page;
    if (auto converted = transcript::decode_utf16_page(page)) {
      utf16 = std::move(*converted);
      raw = utf16;
    }
    const transcript::DecodedPage decoded = transcript::decode_html_page(raw);
    const std::string_view source = decoded.converted ? std::string_view(decoded.utf8) : raw;
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
    // an unknown declared charset: a documented error
  }
  return 0;
}
