#include "core/html/page_input.h"

#include <algorithm>
#include <optional>

#include "core/directory/directory_parser.h"
#include "core/directory/mission_list.h"
#include "core/html/charset.h"
#include "core/html/content_item.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view prefix) {
  if (at > s.size() || s.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[at + i]) != prefix[i]) return false;
  }
  return true;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\0';
}

// Code point offset -> byte offset in valid UTF-8 text; cheap for increasing queries.
class CharToByte {
 public:
  explicit CharToByte(std::string_view text) : text_(text) {}
  std::size_t operator()(std::int64_t chars) {
    if (chars < chars_) {
      byte_ = 0;
      chars_ = 0;
    }
    while (chars_ < chars && byte_ < text_.size()) {
      ++byte_;
      while (byte_ < text_.size() && is_continuation_byte(static_cast<unsigned char>(text_[byte_]))) {
        ++byte_;
      }
      ++chars_;
    }
    return byte_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::int64_t chars_ = 0;
};

// The start of the UTF-8 character that holds byte `at`.
std::size_t char_boundary(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  while (at > 0 && at < text.size() && is_continuation_byte(static_cast<unsigned char>(text[at]))) {
    --at;
  }
  return at;
}

}  // namespace

std::optional<PageFormat> page_format_from_name(std::string_view name) {
  std::string n;
  for (char c : name) n.push_back(lower(c));
  if (n == "auto") return PageFormat::automatic;
  if (n == "text") return PageFormat::text;
  if (n == "html") return PageFormat::html;
  return std::nullopt;
}

PageFormat detect_page_format(std::string_view page) {
  std::size_t i = page.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < page.size()) {
    while (i < page.size() && is_space(page[i])) ++i;
    if (page.substr(i, 4) == "<!--") {
      const std::size_t close = page.find("-->", i + 4);
      if (close == std::string_view::npos) return PageFormat::text;
      i = close + 3;
      continue;
    }
    if (starts_with_ci(page, i, "<?xml")) {
      const std::size_t close = page.find("?>", i);
      if (close == std::string_view::npos) return PageFormat::text;
      i = close + 2;
      continue;
    }
    if (starts_with_ci(page, i, "<!doctype")) return PageFormat::html;
    for (std::string_view tag : {"<html", "<head", "<body", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<div",
                                 "<p", "<article", "<section", "<main", "<table"}) {
      if (starts_with_ci(page, i, tag)) {
        const std::size_t after = i + tag.size();
        if (after == page.size() || is_space(page[after]) || page[after] == '>' ||
            page[after] == '/') {
          return PageFormat::html;
        }
      }
    }
    return PageFormat::text;
  }
  return PageFormat::text;
}

PageInput::PageInput(std::string_view page, PageFormat format) : reference_(page) {
  if (auto utf16 = decode_utf16_page(page)) {
    utf16_ = std::move(*utf16);
    reference_ = utf16_;
  }
  base_ = reference_;
  // A JSON content item (unless the page is to be read as text), else a bytes literal.
  if (format != PageFormat::text) unwrapped_ = content_item_page(base_);
  if (!unwrapped_) unwrapped_ = unwrap_page(base_);
  if (unwrapped_) base_ = unwrapped_->text;
  page_ = base_;
  charset_ = "UTF-8";
  format_ = format == PageFormat::automatic ? detect_page_format(base_) : format;
  DecodedPage decoded = format_ == PageFormat::html ? decode_html_page(base_) : decode_undeclared_page(base_);
  charset_ = decoded.charset;
  replaced_ = decoded.replaced;
  if (decoded.converted) {
    converted_ = std::move(decoded.utf8);
    page_ = converted_;
  }
  if (format_ == PageFormat::html) html_.emplace(extract_html_text(page_));
  if (html_ || unwrapped_) {
    // Lines of what source_line() is given: the page as given for an unwrapped page
    // (public_line() maps back first), else the HTML source as the parsers saw it.
    const std::string_view lines = unwrapped_ ? reference_ : page_;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i] == '\n' || (lines[i] == '\r' && (i + 1 == lines.size() || lines[i + 1] != '\n'))) {
        line_starts_.push_back(i + 1);
      }
    }
  }
}

std::string_view PageInput::text() const {
  return html_ ? std::string_view(html_->text()) : page_;
}

std::int64_t PageInput::source_line(std::size_t source_byte) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), source_byte);
  return static_cast<std::int64_t>(it - line_starts_.begin());
}

namespace {

// Where a missions directory printed right after the last turn, without a heading the
// turn parser knows ("Посольство России в …" / "Адрес: …" under the last answer), begins
// in text: the line of its first entry, or of that entry's section heading just above it.
// Only the last turn's span is read, so this costs little. nullopt when the last turn holds
// no directory, or when the directory would be the whole turn.
std::optional<std::size_t> directory_in_last_turn(std::string_view text, const Transcript& doc) {
  if (doc.turns.empty()) return std::nullopt;
  CharToByte byte_of(text);
  const std::size_t begin = byte_of(doc.turns.back().start_char);
  const std::size_t end = std::min(byte_of(doc.turns.back().end_char), text.size());
  if (end <= begin) return std::nullopt;
  const std::string_view span = text.substr(begin, end - begin);
  const std::vector<Contact> contacts = transcript::parse_directory(span);
  if (contacts.empty()) return std::nullopt;
  const std::vector<Line> lines = split_lines(span);
  std::size_t first = static_cast<std::size_t>(contacts.front().line);
  if (first < 1 || first > lines.size()) return std::nullopt;
  // Its section heading, when printed within the three lines above it.
  const std::string& section = contacts.front().section;
  for (std::size_t k = first - 1, seen = 0; !section.empty() && k-- > 0 && seen < 3;) {
    const std::string_view t = trim(lines[k].text);
    if (t.empty()) continue;
    ++seen;
    if (t == section) {
      first = k + 1;
      break;
    }
  }
  if (first <= 1) return std::nullopt;
  return begin + lines[first - 1].begin;
}

}  // namespace

std::size_t PageInput::base_byte(std::size_t page_byte) const {
  if (converted_.empty() || page_.data() != converted_.data()) return page_byte;
  // page_ is a conversion of base_: count its characters, then walk base_ as the
  // conversion did (one U+FFFD per ill-formed part of UTF-8; one byte per character of a
  // single-byte charset).
  const std::size_t chars = count_chars(page_.substr(0, std::min(page_byte, page_.size())));
  if (charset_ != "UTF-8") return std::min(chars, base_.size());
  std::size_t b = 0;
  for (std::size_t k = 0; k < chars && b < base_.size(); ++k) {
    bool valid;
    b += utf8_step(base_, b, &valid);
  }
  return b;
}

std::size_t PageInput::reference_byte(std::size_t page_byte) const {
  if (!unwrapped_) return page_byte;
  if (page_byte >= page_.size()) return reference_.size();
  const std::size_t b = std::min(base_byte(page_byte), unwrapped_->source.size() - 1);
  return std::min<std::size_t>(unwrapped_->source[b], reference_.size());
}

std::int64_t PageInput::public_char(std::size_t page_byte) const {
  if (!unwrapped_) return static_cast<std::int64_t>(count_chars(page_.substr(0, std::min(page_byte, page_.size()))));
  const std::size_t b = std::min(base_byte(page_byte), unwrapped_->source.size() - 1);
  const std::size_t r = std::min<std::size_t>(unwrapped_->source[b], reference_.size());
  return static_cast<std::int64_t>(count_chars(reference_.substr(0, r)));
}

std::int64_t PageInput::public_line(std::size_t page_byte) const {
  if (!unwrapped_) return source_line(page_byte);
  const std::size_t b = std::min(base_byte(page_byte), unwrapped_->source.size() - 1);
  return source_line(unwrapped_->source[b]);
}

Transcript PageInput::parse_transcript() const {
  if (!html_) {
    Transcript doc = transcript::parse_transcript(page_);
    doc.info.replaced = static_cast<std::int64_t>(replaced_);
    doc.info.charset = charset_;
    if (auto cut = directory_in_last_turn(page_, doc)) {
      Transcript before = transcript::parse_transcript(page_.substr(0, *cut));
      doc.turns = std::move(before.turns);
      doc.end_byte = std::min(doc.end_byte, *cut);
    }
    if (unwrapped_) {
      CharToByte page_byte(page_);
      for (Turn& turn : doc.turns) {
        const std::size_t begin = page_byte(turn.start_char), end = page_byte(turn.end_char);
        turn.start_char = public_char(begin);
        turn.end_char = std::max(turn.start_char, public_char(end));
        turn.line = public_line(begin);
      }
      doc.info.chars = static_cast<std::int64_t>(count_chars(reference_));
      doc.end_byte = reference_byte(doc.end_byte);
    }
    return doc;
  }
  const std::string_view text = html_->text();
  PageHints hints;
  hints.title = html_->heading();
  for (const MarkupSpan& a : html_->asides()) hints.asides.emplace_back(a.begin, a.end);
  for (const MarkupSpan& q : html_->quotes()) hints.quotes.emplace_back(q.begin, q.end);
  for (const MarkupSpan& l : html_->link_lists()) hints.link_lists.emplace_back(l.begin, l.end);
  for (const MarkupSpan& f : html_->footers()) hints.footers.emplace_back(f.begin, f.end);
  for (const MarkupSpan& e : html_->emphasis()) hints.emphasis.emplace_back(e.begin, e.end);
  if (unwrapped_) {
    const WrapperFacts& facts = unwrapped_->facts;
    hints.given_title = facts.title;
    hints.given_date = facts.date;
    hints.given_place = facts.place;
    hints.given_speaker = facts.speaker;
    hints.speech = facts.speech;
  }
  Transcript doc = transcript::parse_transcript(text, hints);
  if (auto cut = directory_in_last_turn(text, doc)) {
    PageHints before_hints;
    before_hints.title = hints.title;
    before_hints.given_title = hints.given_title;
    before_hints.given_date = hints.given_date;
    before_hints.given_place = hints.given_place;
    before_hints.given_speaker = hints.given_speaker;
    before_hints.speech = hints.speech;
    for (const auto& a : hints.asides)
      if (a.second <= *cut) before_hints.asides.push_back(a);
    for (const auto& q : hints.quotes)
      if (q.second <= *cut) before_hints.quotes.push_back(q);
    for (const auto& l : hints.link_lists)
      if (l.second <= *cut) before_hints.link_lists.push_back(l);
    for (const auto& e : hints.emphasis)
      if (e.second <= *cut) before_hints.emphasis.push_back(e);
    Transcript before = transcript::parse_transcript(text.substr(0, *cut), before_hints);
    doc.turns = std::move(before.turns);
    doc.end_byte = std::min(doc.end_byte, *cut);
  }
  CharToByte text_byte(text);
  ByteToChar source_char(page_);
  for (Turn& turn : doc.turns) {
    const std::size_t begin = char_boundary(page_, html_->span_begin(text_byte(turn.start_char)));
    const std::size_t end = char_boundary(page_, html_->span_end(text_byte(turn.end_char)));
    if (unwrapped_) {
      turn.start_char = public_char(begin);
      turn.end_char = std::max(turn.start_char, public_char(std::max(begin, end)));
      turn.line = public_line(begin);
    } else {
      turn.start_char = source_char(begin);
      turn.end_char = std::max(turn.start_char, source_char(std::max(begin, end)));
      turn.line = source_line(begin);
    }
  }
  doc.info.chars = static_cast<std::int64_t>(count_chars(unwrapped_ ? reference_ : page_));
  doc.info.replaced = static_cast<std::int64_t>(replaced_);
  doc.info.charset = charset_;
  doc.end_byte = doc.end_byte < text.size() ? char_boundary(page_, html_->source_of(doc.end_byte))
                                            : page_.size();
  if (unwrapped_) doc.end_byte = reference_byte(doc.end_byte);
  return doc;
}

std::vector<Contact> PageInput::parse_directory() const {
  if (!html_) {
    std::vector<Contact> contacts = transcript::parse_directory(page_);
    if (unwrapped_ && !contacts.empty()) {
      const std::vector<Line> lines = split_lines(page_);
      for (Contact& c : contacts) {
        if (c.line < 1 || static_cast<std::size_t>(c.line) > lines.size()) continue;
        c.line = public_line(lines[static_cast<std::size_t>(c.line - 1)].begin);
      }
    }
    return contacts;
  }
  const std::string_view text = html_->text();
  std::vector<Contact> contacts = transcript::parse_directory(text);
  const std::vector<Line> lines = split_lines(text);
  for (Contact& c : contacts) {
    if (c.line < 1 || static_cast<std::size_t>(c.line) > lines.size()) continue;
    const Line& line = lines[static_cast<std::size_t>(c.line - 1)];
    const std::string_view trimmed = trim(line.text);
    const std::size_t at = line.begin + static_cast<std::size_t>(trimmed.data() - line.text.data());
    c.line = unwrapped_ ? public_line(html_->span_begin(at)) : source_line(html_->span_begin(at));
  }
  // Missions listed by name in the page's menus (<select>), which the text leaves out.
  if (!html_->option_lists().empty()) {
    const std::optional<std::string> represents = list_represents(text);
    std::vector<std::vector<MissionListItem>> unread;  // menus that list no missions by country
    for (const std::vector<HtmlOption>& list : html_->option_lists()) {
      std::vector<MissionListItem> items;
      for (const HtmlOption& o : list) {
        std::optional<std::string> group;
        if (!o.group.empty()) group = o.group;
        items.push_back({o.text, o.value, unwrapped_ ? public_line(o.source) : source_line(o.source), group});
      }
      // (An index a content item files as missions: its lists need no length.)
      const std::size_t min_entries = unwrapped_ && !unwrapped_->facts.speech ? 1 : 3;
      std::vector<Contact> listed = parse_mission_list(items, represents, min_entries);
      if (listed.empty()) unread.push_back(std::move(items));
      for (Contact& c : listed) contacts.push_back(std::move(c));
    }
    // Beside missions listed by country, the missions to organisations.
    if (unread.size() < html_->option_lists().size()) {
      for (const std::vector<MissionListItem>& items : unread) {
        for (Contact& c : parse_organisation_missions(items, represents)) contacts.push_back(std::move(c));
      }
    }
    // Page order, numbered again.
    std::stable_sort(contacts.begin(), contacts.end(), [](const Contact& a, const Contact& b) { return a.line < b.line; });
    for (std::size_t k = 0; k < contacts.size(); ++k) contacts[k].seq = static_cast<int>(k) + 1;
  }
  return contacts;
}

Transcript parse_transcript_page(std::string_view page, PageFormat format) {
  return PageInput(page, format).parse_transcript();
}

std::vector<Contact> parse_directory_page(std::string_view page, PageFormat format) {
  return PageInput(page, format).parse_directory();
}

}  // namespace transcript
