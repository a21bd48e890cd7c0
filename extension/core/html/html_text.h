// The text a browser shows for an HTML page, with a map from every text byte back to the
// HTML source.
//
// extract_html_text() runs libxml2's HTML parser (recovering from any markup error) with
// SAX callbacks, no DOM, and writes the visible text the way the page parsers expect it:
//   - block elements end lines: p, h1–h6, blockquote, pre, hr and figure (and <br><br>)
//     end paragraphs (a blank line); div, li, dt, dd, tr, ul, ol, dl, table, section,
//     article, header, footer, nav, main, aside, address, form, fieldset, details,
//     summary, caption, body and the like end lines; <br> is a line break of its own;
//     table cells are separated by a tab;
//   - entities are decoded (&nbsp; stays U+00A0, which the parsers treat as a space);
//     runs of ASCII white space collapse to one space, none at a line's start or end;
//     <pre> keeps its spaces and line ends;
//   - never shown: script, style, noscript, template, head (and title, meta …), iframe,
//     object, embed, svg, math, canvas, audio, video, select, datalist; and any element
//     with the `hidden` attribute, aria-hidden="true", an inline style with
//     display:none or visibility:hidden, or a class `hidden`, `hide`, `d-none` or
//     `invisible` (sites put tooltips inside speaker labels that way); comments,
//     processing instructions and the doctype;
//   - a bold label (<b>, <strong>) that opens a line: a space before a colon that follows
//     it is dropped ("<b>Question </b>: …" → "Question: …") and a space is added after a
//     label that ends with a colon when the text runs on without one
//     ("<b>Question:</b>Why…" → "Question: Why…"), so the paragraph starts with the label
//     as the text parsers know it.
//
// Offset map. libxml2 reports line numbers but no reliable byte offsets for nodes, so the
// extractor reads the parser's input position (consumed + cur - base, what
// xmlByteConsumed() computes for UTF-8 input) at every SAX callback and keeps the end of
// the last event that consumed source. Then:
//   - a run of characters came from the source between that previous end and the current
//     position; it is matched there from its end backwards (libxml2 drops CRs and invalid
//     characters, so the text is a subsequence of the source, which may also hold skipped
//     markup such as a stray </div>). An entity (&nbsp;, &#8217; …) arrives as a callback
//     of its own and maps to the whole reference;
//   - an element's opening tag is the last "<name" in the source between the previous end
//     and the current position; an element libxml2 implied (a <p> around bare text, a
//     <body>, a close forced by another tag) has no tag of its own and is placed at the
//     previous end; a closing tag is explicit when "</name" is in that range;
//   - synthesised characters (line breaks, a collapsed space, a tab between cells) map to
//     the source position of the markup or white space that caused them.
// Spans: span_begin() moves a text position that opens a line back to the opening tag of
// the innermost block element around it when the text is that element's first visible
// text (else to the first inline element opened since the last visible text, e.g. the
// <strong> of a label after a <br>); span_end() moves the end of a block's last visible
// text forward over its explicit closing tag. Limits: positions inside elements libxml2
// implied or moved are approximate (they point at the nearest source that exists); a
// "<name" inside an attribute value of the same tag could be taken for the tag's start.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

// A span of HtmlText::text(), in bytes: [begin, end).
struct MarkupSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One <option> of a <select>: its text (white space collapsed), its "value" attribute, its
// <optgroup>'s label and where its tag starts in the source.
struct HtmlOption {
  std::string text;
  std::string value;
  std::string group;  // the "label" of the <optgroup> it stands in, "" when none
  std::size_t source = 0;
};

// Elements with more visible text than this are never asides (see above).
constexpr std::size_t kMaxAsideBytes = 1200;

class HtmlText {
 public:
  // The visible text, UTF-8, lines separated by "\n", paragraphs by a blank line.
  const std::string& text() const { return text_; }
  // The visible text of the page's headline <h1>, white space collapsed ("" when none): the
  // title as the page marks it up. Of the first eight shown <h1>s, the first whose text the
  // document's <title> holds (ASCII case and soft hyphens aside, eight bytes or more: a
  // skip-link heading such as "Navigation und Service" may come before the article's), else
  // the first.
  const std::string& heading() const { return heading_; }
  // Text set aside from the article (see above), in text order; spans may nest.
  const std::vector<MarkupSpan>& asides() const { return asides_; }
  // The text of <blockquote> elements, in text order.
  const std::vector<MarkupSpan>& quotes() const { return quotes_; }
  // Lists of links (<ul>, <ol>, <menu>): two items or more, every visible word inside an
  // <a> (menus, site maps, pagination, share buttons, a page's contents), each with the
  // heading (<h2>..<h6>) right above it when nothing stands between them ("Diese Seite" /
  // "Per E-Mail weiterempfehlen", "Als Lesezeichen speichern"), but those that hold the
  // page's <h1> or an <article>; in text order.
  const std::vector<MarkupSpan>& link_lists() const { return link_lists_; }
  // The text of <footer> elements (and role="contentinfo"), in text order, but those that
  // hold the page's <h1> or an <article>: the page's or an article's footer.
  const std::vector<MarkupSpan>& footers() const { return footers_; }
  // The text of <b>, <strong>, <i> and <em> elements that open a line, in text order (a
  // label in bold, or a whole line in bold or italics: an interview's question).
  const std::vector<MarkupSpan>& emphasis() const { return emphasis_; }
  // The options of every <select> that has any, in source order: menus a page keeps
  // out of its visible text (a ministry's list of its missions abroad), which only the
  // directory reads (core/directory/mission_list.h). Hidden selects count too.
  const std::vector<std::vector<HtmlOption>>& option_lists() const { return option_lists_; }

  // The first source byte of what produced text byte `text_byte` (< text().size()).
  std::size_t source_of(std::size_t text_byte) const;
  // The source byte just after what produced the text bytes before `text_end` (> 0).
  std::size_t source_end_of(std::size_t text_end) const;
  // Where a span of the text starting at `text_byte` starts in the source (see above).
  std::size_t span_begin(std::size_t text_byte) const;
  // Where a span of the text ending at `text_end` (exclusive) ends in the source.
  std::size_t span_end(std::size_t text_end) const;

 private:
  friend class HtmlTextBuilder;
  struct Segment {
    std::size_t text = 0;    // first text byte
    std::size_t source = 0;  // first source byte
    std::uint32_t text_len = 0;
    std::uint32_t source_len = 0;
    bool identity = false;   // text bytes equal the source bytes one by one
  };
  struct Anchor {
    std::size_t text = 0;
    std::size_t source = 0;
  };
  const Segment& segment_at(std::size_t text_byte) const;

  std::string text_;
  std::string heading_;
  std::vector<MarkupSpan> asides_;
  std::vector<MarkupSpan> quotes_;
  std::vector<MarkupSpan> link_lists_;
  std::vector<MarkupSpan> footers_;
  std::vector<MarkupSpan> emphasis_;
  std::vector<std::vector<HtmlOption>> option_lists_;
  std::vector<Segment> segments_;       // by text offset, covering all of text_
  std::vector<Anchor> begin_anchors_;   // one per line start, by text offset
  std::vector<Anchor> end_anchors_;     // block ends: last visible text end -> after </tag>
};

// Extracts the visible text of an HTML page given as valid UTF-8 (decode_html_page()
// first). Never fails on markup: any byte sequence gives some text (maybe empty).
HtmlText extract_html_text(std::string_view html);

}  // namespace transcript
