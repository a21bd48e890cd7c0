// One entry point for pages, text or HTML: every table that reads pages goes through here.
//
//   PageInput input(page, PageFormat::automatic);
//   Transcript doc = input.parse_transcript();         // turns, offsets into `page`
//   std::vector<Contact> entries = input.parse_directory();
//
// Before anything else the page's bytes are decoded:
//   - a UTF-16 byte-order mark (FF FE, FE FF): the page is converted to UTF-8 with ICU, and
//     every offset then counts code points of the converted page (charset.h);
//   - a JSON content item (content_item.h: an object with a "title" and its HTML in
//     details.body or details.parts[*].body) is built into the HTML page of its body, unless
//     the format is forced to `text`; the item's title, date, place and speaker go to the
//     parsers as PageHints' given_* fields (transcript.h);
//   - a page kept as a Python bytes literal (wrapped_page.h) is unwrapped;
//   offsets and lines of both then point into the page as given.
//
// Format: `automatic` looks at the start of the (decoded) page: after a byte-order mark,
// white space, comments and an XML declaration, a doctype, an <html>, <head> or <body>
// tag, or the opening tag of a block element (<h1>…<h6>, <div>, <p>, <article>,
// <section>, <main>, <table>: a fragment of a page) makes it HTML; anything else is text.
// `text` and `html` force a format.
//
// Text pages go to parse_transcript() / parse_directory() as they are when they are valid
// UTF-8; any other text page is decoded first (charset.h: decode_undeclared_page(), UTF-8
// with each ill-formed part replaced by U+FFFD, or the legacy charset ICU's detector reads,
// such as windows-1251), so no byte stops a page. HTML pages are decoded as browsers
// decode them (charset.h: UTF-8 with every ill-formed part replaced by U+FFFD and counted
// in DocumentInfo::replaced, or a declared charset such as windows-1251 or KOI8-R converted
// with ICU), their visible text extracted (html_text.h) with the asides and quotes the
// markup shows (PageHints), and the same parsers run on that text, so a text page and its
// HTML give the same rows. Then every position is mapped back to the HTML source:
//   - Turn::start_char: the opening tag of the innermost block element (<p>, <div>, <li> …)
//     whose first visible text is the turn's label (or, for remarks, its first words);
//     when the turn starts inside a block after other text (after a <br>), the first
//     inline tag opened before the label (its <strong>), else the label's own character.
//   - Turn::end_char: just after the closing tag (</p>) of the block whose last visible
//     text ends the turn, when that tag is written in the source; else just after the
//     source of the turn's last character (an entity counts whole).
//   - Turn::line and Contact::line: the 1-based source line (LF, CRLF or CR) of the span's
//     start, for a contact the start of its first line.
//   - DocumentInfo::chars: characters in the whole source page.
//   - Transcript::end_byte: a byte offset into the UTF-8 source (the converted copy for a
//     converted page; the page as given for an unwrapped page).
// All character offsets count code points of the page as decoded; for UTF-8 pages that is
// the page as given (an ill-formed part counting as one character), for windows-1251 and
// KOI8-R pages it equals the byte offset in the file (one byte per character). A BOM
// counts as one character, as for text pages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/directory/contact.h"
#include "core/html/html_text.h"
#include "core/html/wrapped_page.h"
#include "core/transcript/transcript.h"

namespace transcript {

enum class PageFormat { automatic, text, html };

// "auto", "text" or "html" (any case) -> the format; nullopt for anything else.
std::optional<PageFormat> page_format_from_name(std::string_view name);

// text or html, from the start of the page (see above); never `automatic`.
PageFormat detect_page_format(std::string_view page);

// A page prepared for the parsers. Holds views of `page`, which must outlive it.
class PageInput {
 public:
  // Throws InputError for an unsupported declared charset.
  PageInput(std::string_view page, PageFormat format);
  PageInput(const PageInput&) = delete;
  PageInput& operator=(const PageInput&) = delete;

  // text or html.
  PageFormat format() const { return format_; }
  // What the parsers read: the page itself, or the visible text of the HTML.
  std::string_view text() const;

  Transcript parse_transcript() const;
  std::vector<Contact> parse_directory() const;

 private:
  std::int64_t source_line(std::size_t source_byte) const;
  // A byte offset into page_ as a public character offset and line (see above).
  std::int64_t public_char(std::size_t page_byte) const;
  std::int64_t public_line(std::size_t page_byte) const;
  // The byte of base_ that byte `page_byte` of page_ came from.
  std::size_t base_byte(std::size_t page_byte) const;
  // For an unwrapped page, the byte of the page as given (reference_) that byte `page_byte`
  // of page_ came from (reference_.size() at or after page_'s end); else page_byte.
  std::size_t reference_byte(std::size_t page_byte) const;

  PageFormat format_;
  std::string_view reference_;  // what public offsets count: the page as given, or its UTF-16 conversion
  std::string utf16_;           // the UTF-8 conversion of a UTF-16 page
  std::optional<UnwrappedPage> unwrapped_;
  std::string_view base_;       // the page after those steps (UTF-16, unwrapping)
  std::string_view page_;       // text page, or the HTML source as UTF-8
  std::string converted_;       // the converted source (another charset, or replaced bytes)
  std::string charset_;         // the HTML page's charset ("UTF-8" for text pages)
  std::size_t replaced_ = 0;
  std::optional<HtmlText> html_;
  std::vector<std::size_t> line_starts_;  // byte offset of every line (see the constructor)
};

// Shorthands for one parse of one page.
Transcript parse_transcript_page(std::string_view page, PageFormat format = PageFormat::automatic);
std::vector<Contact> parse_directory_page(std::string_view page,
                                          PageFormat format = PageFormat::automatic);

}  // namespace transcript
