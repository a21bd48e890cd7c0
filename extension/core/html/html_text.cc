#include "core/html/html_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <optional>
#include <climits>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>

#include "core/text/input_error.h"
#include "core/text/utf8.h"
#include "core/transcript/scan.h"

namespace transcript {

namespace {

// How an element breaks the text around it.
enum BreakKind { kInline = 0, kLine = 1, kParagraph = 2 };

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

int break_kind(std::string_view name) {
  if (one_of(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
                    "figure", "center"})) {
    return kParagraph;
  }
  if (one_of(name, {"div", "li", "dt", "dd", "tr", "ul", "ol", "dl", "menu", "dir", "table",
                    "thead", "tbody", "tfoot", "caption", "section", "article", "header",
                    "footer", "nav", "main", "aside", "address", "form", "fieldset", "legend",
                    "details", "summary", "dialog", "hgroup", "figcaption", "body", "html",
                    "frameset", "frame", "option", "optgroup"})) {
    return kLine;
  }
  return kInline;
}

bool is_cell(std::string_view name) { return name == "td" || name == "th"; }



bool is_hidden_element(std::string_view name) {
  return one_of(name, {"script", "style", "noscript", "template", "head", "title", "meta",
                       "link", "base", "iframe", "object", "embed", "applet", "svg", "math",
                       "canvas", "audio", "video", "select", "datalist", "noembed",
                       "noframes", "xml"});
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII letters in lower case, soft hyphens dropped (a heading hyphenated for display:
// "Re­de"), for comparing a heading with the document's title.
std::string fold_for_compare(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\u00AD") == 0) {
      ++i;
      continue;
    }
    out.push_back(lower(s[i]));
  }
  return out;
}

// The parts of a document's <title> between the separators sites put between a page's
// title and their own name ("Page - Section - Site", "Page | Site", "Page « Site").
std::vector<std::string_view> title_parts(std::string_view title) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < title.size(); ++i) {
    if (title[i] != ' ') continue;
    for (std::string_view sep : {" - ", " | ", " \u00AB ", " \u00BB ", " \u2013 ", " \u2014 ", " :: "}) {
      if (title.compare(i, sep.size(), sep) == 0) {
        if (i > start) parts.push_back(title.substr(start, i - start));
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  if (start < title.size()) parts.push_back(title.substr(start));
  return parts;
}

// Words of a title part: runs between spaces.
std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    n += c != ' ' && !in_word;
    in_word = c != ' ';
  }
  return n;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// True when an attribute's name is `lower_name` (lower-case ASCII), in any case.
bool name_is(const xmlChar* name, std::string_view lower_name) {
  std::size_t k = 0;
  for (const xmlChar* p = name; *p; ++p, ++k) {
    if (k == lower_name.size() || lower(static_cast<char>(*p)) != lower_name[k]) return false;
  }
  return k == lower_name.size();
}

// An attribute's value in lower case without ASCII white space ("Display: None" ->
// "display:none").
std::string squeezed_lower(const char* raw) {
  std::string value;
  for (const char* p = raw; *p; ++p) {
    if (!is_ascii_space(*p)) value.push_back(lower(*p));
  }
  return value;
}

// True for the attributes that keep an element from being shown. Only the attributes
// that can hide anything are read (a page's many href and src values are not copied).
bool hidden_by_attributes(const xmlChar** atts) {
  if (!atts) return false;
  for (int i = 0; atts[i]; i += 2) {
    const char* raw = atts[i + 1] ? reinterpret_cast<const char*>(atts[i + 1]) : "";
    if (name_is(atts[i], "hidden")) return true;
    if (name_is(atts[i], "aria-hidden") && squeezed_lower(raw) == "true") return true;
    if (name_is(atts[i], "style")) {
      const std::string value = squeezed_lower(raw);
      if (value.find("display:none") != std::string::npos ||
          value.find("visibility:hidden") != std::string::npos) {
        return true;
      }
    }
    if (name_is(atts[i], "class")) {
      std::string_view classes(raw);
      std::size_t i0 = 0;
      while (i0 < classes.size()) {
        while (i0 < classes.size() && is_ascii_space(classes[i0])) ++i0;
        std::size_t e = i0;
        while (e < classes.size() && !is_ascii_space(classes[e])) ++e;
        std::string token;
        for (char c : classes.substr(i0, e - i0)) token.push_back(lower(c));
        if (token == "hidden" || token == "hide" || token == "d-none" || token == "invisible") {
          return true;
        }
        i0 = e;
      }
    }
  }
  return false;
}

// True when the element's role attribute is `role` (ASCII case aside).
bool has_role(const xmlChar** atts, std::string_view role) {
  if (!atts) return false;
  for (int i = 0; atts[i]; i += 2) {
    if (!name_is(atts[i], "role") || !atts[i + 1]) continue;
    std::string value;
    for (const char* p = reinterpret_cast<const char*>(atts[i + 1]); *p; ++p) value.push_back(lower(*p));
    if (value == role) return true;
  }
  return false;
}

// True for a class attribute or role that sets an element aside from the article's flow
// (html_text.h lists them).
bool aside_by_attributes(const xmlChar** atts) {
  if (!atts) return false;
  for (int i = 0; atts[i]; i += 2) {
    const char* raw = atts[i + 1] ? reinterpret_cast<const char*>(atts[i + 1]) : "";
    if (name_is(atts[i], "role")) {
      std::string value;
      for (const char* p = raw; *p; ++p) value.push_back(lower(*p));
      if (value == "complementary" || value == "note") return true;
      continue;
    }
    if (!name_is(atts[i], "class")) continue;
    // Parts of every class token, split on '-' and '_': "read__cut" -> read, cut.
    std::vector<std::string> parts;
    std::string part;
    auto end_part = [&] {
      if (!part.empty()) parts.push_back(std::move(part));
      part.clear();
    };
    for (const char* p = raw;; ++p) {
      const char c = *p;
      if (c == 0 || is_ascii_space(c) || c == '-' || c == '_') {
        end_part();
        if (c == 0) break;
        if (is_ascii_space(c)) parts.emplace_back();  // token boundary
        continue;
      }
      part.push_back(lower(c));
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const std::string& w = parts[k];
      const std::string next = k + 1 < parts.size() ? parts[k + 1] : std::string();
      if (one_of(w, {"cut", "incut", "aside", "related", "seealso", "readalso", "caption",
                     "figcaption", "gallery", "slider", "carousel", "pullquote", "media", "player",
                     "photo", "video", "image", "picture", "figure"})) {
        return true;
      }
      if ((w == "see" || w == "read") && next == "also") return true;
      if (w == "pull" && next == "quote") return true;
    }
  }
  return false;
}

// White space other than ASCII that the page parsers trim (no-break spaces and the like).
bool is_unicode_space(char32_t c) {
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

// The last occurrence of `needle` (lower-case ASCII) in source[begin, end), compared
// case-insensitively and followed by a character that cannot continue a tag name; npos
// when none.
std::size_t find_tag_backwards(std::string_view source, std::size_t begin, std::size_t end,
                               std::string_view needle) {
  if (end > source.size()) end = source.size();
  if (end < begin + needle.size()) return std::string_view::npos;
  for (std::size_t at = end - needle.size() + 1; at-- > begin;) {
    // Every needle starts with '<': the candidates are the '<' bytes, found by memrchr.
    if (!needle.empty() && needle[0] == '<') {
      const void* lt = memrchr(source.data() + begin, '<', at + 1 - begin);
      if (!lt) return std::string_view::npos;
      at = static_cast<std::size_t>(static_cast<const char*>(lt) - source.data());
    }
    bool match = true;
    for (std::size_t k = 0; k < needle.size(); ++k) {
      if (lower(source[at + k]) != needle[k]) {
        match = false;
        break;
      }
    }
    if (!match) continue;
    const std::size_t after = at + needle.size();
    if (after >= source.size()) return at;
    const char c = source[after];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '-' || c == '_' || c == ':')) {
      return at;
    }
  }
  return std::string_view::npos;
}

// True when source[begin, end) is a character reference: &name; &#123; &#x1F; (the
// semicolon may be missing, as libxml2 accepts).
bool is_reference(std::string_view source, std::size_t begin, std::size_t end) {
  if (end <= begin + 1 || source[begin] != '&') return false;
  std::size_t i = begin + 1;
  if (i < end && source[i] == '#') ++i;
  const std::size_t name_begin = i;
  while (i < end && ((source[i] >= 'a' && source[i] <= 'z') ||
                     (source[i] >= 'A' && source[i] <= 'Z') ||
                     (source[i] >= '0' && source[i] <= '9'))) {
    ++i;
  }
  if (i == name_begin) return false;
  if (i < end && source[i] == ';') ++i;
  return i == end;
}

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  return 4;
}

}  // namespace

// Builds an HtmlText from the SAX events of one parse (see html_text.h for the rules).
class HtmlTextBuilder {
 public:
  HtmlTextBuilder(std::string_view source, htmlParserCtxtPtr ctxt)
      : source_(source), ctxt_(ctxt) {}

  void start_element(const xmlChar* name_ptr, const xmlChar** atts);
  void end_element(const xmlChar* name_ptr);
  void characters(const xmlChar* ch, int len);
  // Comments, processing instructions, the doctype, script and style bodies: source
  // consumed, nothing shown.
  void skip() { prev_end_ = std::max(prev_end_, position()); }

  HtmlText take() {
    // The heading: the first <h1> whose text the document's <title> holds (a skip-link
    // heading such as "Navigation und Service" opens many pages before the article's own),
    // else the first <h1>. An <h1> that is the site's name, as the <title> prints it after
    // the page's own part ("Speeches « Government of Timor-Leste" over the logo's
    // <h1>Government of Timor-Leste</h1>), is no heading. With no <h1> left, the <title>'s
    // first part is the heading when it is a headline of four words or more and the site's
    // name follows it ("UNITED ARAB EMIRATES CONTRIBUTES … - Press Releases - Portal"; the
    // parser takes it for the title where a line prints it); a shorter one names a section
    // ("Speeches | Prime Minister's Office" over a speech's page), and a <title> of one part
    // may be the site's name alone.
    const std::string title = collapse_spaces(title_);
    const std::vector<std::string_view> parts = title_parts(title);
    const std::string site = parts.size() >= 2 ? fold_for_compare(parts.back()) : std::string();
    std::vector<std::string> headings;
    for (const std::string& h : h1s_) {
      if (site.empty() || fold_for_compare(h) != site) headings.push_back(h);
    }
    if (!headings.empty()) {
      out_.heading_ = headings.front();
      const std::string folded_title = fold_for_compare(title);
      for (const std::string& h : headings) {
        const std::string f = fold_for_compare(h);
        if (f.size() >= 8 && folded_title.find(f) != std::string::npos) {
          out_.heading_ = h;
          break;
        }
      }
    } else if (parts.size() >= 2 && count_words(parts.front()) >= 4) {
      out_.heading_ = std::string(parts.front());
    }
    // Spans are recorded as their elements close (inner ones first): put them in text order.
    auto by_begin = [](const MarkupSpan& a, const MarkupSpan& b) { return a.begin < b.begin; };
    std::stable_sort(out_.asides_.begin(), out_.asides_.end(), by_begin);
    std::stable_sort(out_.quotes_.begin(), out_.quotes_.end(), by_begin);
    std::stable_sort(out_.link_lists_.begin(), out_.link_lists_.end(), by_begin);
    std::stable_sort(out_.emphasis_.begin(), out_.emphasis_.end(), by_begin);
    return std::move(out_);
  }

 private:
  struct Open {
    std::string name;
    std::size_t source = 0;           // the opening tag ('<'), or where it was implied
    std::size_t visible_at_open = 0;  // visible_ when it opened
    int breaks = kInline;
    bool block = false;               // breaks lines, or a table cell
    bool shown = false;               // neither hidden nor inside a hidden element
    bool bold_label = false;          // <b>/<strong> that opened a line
    bool emphasis_line = false;       // <b>/<strong>/<i>/<em> that opened a line
    bool aside = false;               // set aside from the article (html_text.h)
    bool footer = false;              // the page's or an article's footer (html_text.h)
    bool quote = false;               // <blockquote>
    std::size_t text_at_open = 0;     // text size when it opened
    int article_marks_at_open = 0;    // article_marks_ when it opened
    std::size_t linked_at_open = 0;   // linked_visible_ when it opened
    int items = 0;                    // a list's <li> elements
  };
  enum class LabelState { none, after_label, after_colon_label };

  std::size_t position() const {
    const xmlParserInputPtr in = ctxt_->input;
    if (!in || !in->cur || !in->base) return prev_end_;
    const std::size_t p = static_cast<std::size_t>(in->consumed) +
                          static_cast<std::size_t>(in->cur - in->base);
    return std::min(p, source_.size());
  }
  bool at_line_start() const { return out_.text_.empty() || out_.text_.back() == '\n'; }

  void append(std::string_view bytes, std::size_t source, std::size_t source_len,
              bool identity_known = false);
  void emit_identity(std::string_view text, std::size_t source);
  void flush_pending();
  void request_break(int kind, std::size_t source);
  void request_space(char c, std::size_t source);
  void force_newline(std::size_t source);
  // Writes visible characters (a run without ASCII white space); cp is the first one.
  void emit_visible(std::string_view bytes, char32_t cp, std::size_t source,
                    std::size_t source_len, bool identity_known = false);
  std::size_t line_anchor(std::size_t source) const;
  static bool is_list(std::string_view name) { return name == "ul" || name == "ol" || name == "menu"; }
  void close_list(const Open& list);

  std::string_view source_;
  htmlParserCtxtPtr ctxt_;
  HtmlText out_;
  std::size_t prev_end_ = 0;  // end of the last event that consumed source
  std::vector<Open> stack_;
  std::optional<std::size_t> h1_open_;  // stack index of the <h1> being read
  // Shown <h1> and <article> elements opened so far: an element that holds one holds the
  // article itself and is no aside (kremlin.ru wraps a whole news item in
  // role="complementary").
  int article_marks_ = 0;
  std::size_t h1_text_ = 0;              // text size when it opened
  std::vector<std::string> h1s_;         // the first <h1>s' texts, white space collapsed
  std::string title_;                    // the text of the document's <title>
  bool in_title_ = false;
  std::vector<std::size_t> blocks_;  // indices into stack_ of the shown block elements
  int hidden_ = 0;  // open elements that are not shown (hidden, or inside a hidden one)
  int pre_ = 0;     // open <pre> elements
  bool pending_space_ = false;
  char pending_space_char_ = ' ';
  std::size_t pending_space_source_ = 0;
  int pending_break_ = 0;
  std::size_t pending_break_source_ = 0;
  std::size_t visible_ = 0;           // visible characters written so far
  std::size_t linked_visible_ = 0;    // those written inside an <a>
  int links_ = 0;                     // open shown <a> elements
  // The last heading (<h2>..<h6>) that closed: where its text starts and visible_ then.
  std::size_t heading_begin_ = 0;
  std::size_t heading_visible_ = static_cast<std::size_t>(-1);
  std::size_t last_visible_end_ = 0;  // text offset after the last visible character
  LabelState label_ = LabelState::none;
  // The <select> being read (options_ of the outermost one) and its <option>.
  int select_depth_ = 0;
  std::vector<HtmlOption> options_;
  std::optional<HtmlOption> option_;
  std::string group_;  // the open <optgroup>'s label
};

void HtmlTextBuilder::append(std::string_view bytes, std::size_t source,
                             std::size_t source_len, bool identity_known) {
  std::string& text = out_.text_;
  const std::size_t t0 = text.size();
  text.append(bytes);
  // Every mapped range stays inside the source (a space or break synthesised at the very
  // end of the page has nothing after it to cover).
  source = std::min(source, source_.size());
  source_len = std::min(source_len, source_.size() - source);
  const bool identity = identity_known || (source_len == bytes.size() &&
                                           source_.substr(source, source_len) == bytes);
  auto& segments = out_.segments_;
  if (identity && !segments.empty()) {
    HtmlText::Segment& last = segments.back();
    if (last.identity && last.text + last.text_len == t0 &&
        last.source + last.source_len == source) {
      last.text_len += static_cast<std::uint32_t>(bytes.size());
      last.source_len += static_cast<std::uint32_t>(bytes.size());
      return;
    }
  }
  segments.push_back({t0, source, static_cast<std::uint32_t>(bytes.size()),
                      static_cast<std::uint32_t>(source_len), identity});
}

void HtmlTextBuilder::flush_pending() {
  std::string& text = out_.text_;
  if (pending_break_ > 0 && !text.empty()) {
    int trailing = 0;
    for (std::size_t i = text.size(); i-- > 0 && text[i] == '\n' && trailing < 2;) ++trailing;
    for (; trailing < pending_break_; ++trailing) append("\n", pending_break_source_, 0);
  } else if (pending_space_ && !at_line_start()) {
    append(std::string_view(&pending_space_char_, 1), pending_space_source_, 1);
  }
  pending_break_ = 0;
  pending_space_ = false;
}

void HtmlTextBuilder::request_break(int kind, std::size_t source) {
  label_ = LabelState::none;
  pending_space_ = false;
  if (out_.text_.empty()) return;
  if (pending_break_ == 0) pending_break_source_ = source;
  pending_break_ = std::max(pending_break_, kind);
}

void HtmlTextBuilder::request_space(char c, std::size_t source) {
  if (pending_break_ > 0 || at_line_start()) return;
  if (!pending_space_) {
    pending_space_ = true;
    pending_space_char_ = c;
    pending_space_source_ = source;
  } else if (c == '\t') {
    pending_space_char_ = c;
  }
}

void HtmlTextBuilder::force_newline(std::size_t source) {
  label_ = LabelState::none;
  pending_space_ = false;
  if (out_.text_.empty() && pending_break_ == 0) return;
  flush_pending();
  append("\n", source, 0);
}

// The source position a line starting here should be traced back to: the outermost element
// opened since the last visible character, at or inside the innermost block element.
// Elements are opened in order, so those opened since the last visible character are at
// the top of the stack: the walk down stops at the first older one (no quadratic cost for
// deep nesting).
std::size_t HtmlTextBuilder::line_anchor(std::size_t source) const {
  const std::size_t from = blocks_.empty() ? 0 : blocks_.back();
  std::size_t i = stack_.size();
  while (i > from && stack_[i - 1].visible_at_open == visible_) --i;
  if (i < stack_.size() && stack_[i].visible_at_open == visible_) {
    return std::min(stack_[i].source, source);
  }
  return source;
}

void HtmlTextBuilder::emit_visible(std::string_view bytes, char32_t cp, std::size_t source,
                                   std::size_t source_len, bool identity_known) {
  if (label_ != LabelState::none) {
    if (label_ == LabelState::after_label && cp == U':') {
      pending_space_ = false;  // "<b>Question </b>:" reads "Question:"
    } else if (label_ == LabelState::after_colon_label && !pending_space_ &&
               !is_unicode_space(cp)) {
      request_space(' ', source);  // "<b>Question:</b>Why" reads "Question: Why"
    }
    label_ = LabelState::none;
  }
  flush_pending();
  if (at_line_start()) {
    // Only an element's tag anchors a line: a line that opens with text (no-break spaces
    // after a <br>) starts where its first visible character is.
    const std::size_t anchor = line_anchor(source);
    if (anchor != source) out_.begin_anchors_.push_back({out_.text_.size(), anchor});
  }
  append(bytes, source, source_len, identity_known);
  ++visible_;
  if (links_ > 0) ++linked_visible_;
  last_visible_end_ = out_.text_.size();
}

// Characters that are exactly source[source, source + text.size()): runs between white
// space are written whole.
void HtmlTextBuilder::emit_identity(std::string_view text, std::size_t source) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (is_ascii_space(c)) {
      if (pre_ > 0) {
        if (c == '\n' || c == '\r') {
          force_newline(source + i);
        } else {
          flush_pending();
          append(text.substr(i, 1), source + i, 1, true);
        }
      } else {
        request_space(' ', source + i);
      }
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < text.size() && !is_ascii_space(text[j])) ++j;
    std::size_t at = i;
    const char32_t cp = decode_utf8(text, at);
    emit_visible(text.substr(i, j - i), cp, source + i, j - i, true);
    i = j;
  }
}

void HtmlTextBuilder::start_element(const xmlChar* name_ptr, const xmlChar** atts) {
  const std::size_t cur = position();
  const std::string name(reinterpret_cast<const char*>(name_ptr));
  const std::size_t tag = find_tag_backwards(source_, prev_end_, cur, "<" + name);
  const bool explicit_tag = tag != std::string_view::npos;
  Open open;
  open.name = name;
  open.source = explicit_tag ? tag : prev_end_;
  if (explicit_tag) prev_end_ = std::max(prev_end_, cur);
  open.visible_at_open = visible_;
  open.breaks = break_kind(name);
  open.block = open.breaks != kInline || is_cell(name);
  const bool hidden = is_hidden_element(name) || hidden_by_attributes(atts);
  open.shown = hidden_ == 0 && !hidden;
  if (!open.shown) ++hidden_;
  if (open.shown) {
    open.aside = one_of(name, {"aside", "figure", "figcaption"}) || aside_by_attributes(atts);
    open.footer = name == "footer" || has_role(atts, "contentinfo");
    open.quote = name == "blockquote";
    open.text_at_open = out_.text_.size();
    open.article_marks_at_open = article_marks_;
    open.linked_at_open = linked_visible_;
    if (name == "h1" || name == "article") ++article_marks_;
    if (name == "a") ++links_;
    if (name == "li") {
      for (std::size_t k = stack_.size(); k-- > 0;) {
        if (is_list(stack_[k].name)) {
          ++stack_[k].items;
          break;
        }
      }
    }
  }
  if (open.shown) {
    if (open.breaks != kInline) request_break(open.breaks, open.source);
    if (is_cell(name)) request_space('\t', open.source);
    if (name == "br") force_newline(open.source);
    if (name == "pre") ++pre_;
    if ((name == "b" || name == "strong" || name == "i" || name == "em") &&
        (pending_break_ > 0 || at_line_start())) {
      open.emphasis_line = true;
      open.bold_label = name == "b" || name == "strong";
    }
  }
  if (name == "select" && select_depth_++ == 0) options_.clear();
  if (name == "optgroup" && select_depth_ > 0) {
    group_.clear();
    for (int i = 0; atts && atts[i]; i += 2) {
      if (name_is(atts[i], "label") && atts[i + 1]) group_ = collapse_spaces(reinterpret_cast<const char*>(atts[i + 1]));
    }
  }
  if (name == "option" && select_depth_ > 0) {
    option_.emplace();
    option_->source = open.source;
    option_->group = group_;
    for (int i = 0; atts && atts[i]; i += 2) {
      if (name_is(atts[i], "value") && atts[i + 1]) option_->value = reinterpret_cast<const char*>(atts[i + 1]);
    }
  }
  if (open.shown && open.block) blocks_.push_back(stack_.size());
  if (name == "title" && title_.empty()) in_title_ = true;
  if (open.shown && name == "h1" && h1s_.size() < 8 && !h1_open_) {
    h1_open_ = stack_.size();
    h1_text_ = out_.text_.size();
  }
  stack_.push_back(std::move(open));
}

void HtmlTextBuilder::end_element(const xmlChar* name_ptr) {
  const std::size_t cur = position();
  const std::string_view name(reinterpret_cast<const char*>(name_ptr));
  std::size_t index = stack_.size();
  while (index-- > 0 && stack_[index].name != name) {}
  if (index == static_cast<std::size_t>(-1)) return;  // not open: nothing to close
  const bool explicit_end =
      find_tag_backwards(source_, prev_end_, cur, "</" + std::string(name)) !=
      std::string_view::npos;
  const std::size_t end_source = explicit_end ? cur : prev_end_;
  if (explicit_end) prev_end_ = std::max(prev_end_, cur);
  // libxml2 closes elements in order; anything left above `index` closes with it.
  while (stack_.size() > index) {
    Open open = std::move(stack_.back());
    stack_.pop_back();
    if (!blocks_.empty() && blocks_.back() == stack_.size()) blocks_.pop_back();
    if (open.name == "option" && option_) {
      option_->text = collapse_spaces(option_->text);
      if (!option_->text.empty()) options_.push_back(std::move(*option_));
      option_.reset();
    }
    if (open.name == "optgroup") group_.clear();
    if (open.name == "title") in_title_ = false;
    if (open.name == "select" && select_depth_ > 0 && --select_depth_ == 0) {
      if (!options_.empty()) out_.option_lists_.push_back(std::move(options_));
      options_.clear();
    }
    if (!open.shown) {
      --hidden_;
      continue;
    }
    const bool own_end = stack_.size() == index && explicit_end;
    if (open.block && own_end && visible_ > open.visible_at_open &&
        (out_.end_anchors_.empty() || out_.end_anchors_.back().text != last_visible_end_)) {
      out_.end_anchors_.push_back({last_visible_end_, cur});
    }
    if (h1_open_ && *h1_open_ == stack_.size()) {  // an <h1> closes: keep its text
      h1_open_.reset();
      // Its lines (a <br> inside, the break before it) joined, white space collapsed.
      std::string heading = out_.text_.substr(std::min(h1_text_, out_.text_.size()));
      std::replace(heading.begin(), heading.end(), '\n', ' ');
      heading = collapse_spaces(heading);
      if (!heading.empty()) h1s_.push_back(std::move(heading));
    }
    if (open.name == "a") --links_;
    if (is_list(open.name)) close_list(open);
    if (open.name.size() == 2 && open.name[0] == 'h' && open.name[1] >= '2' && open.name[1] <= '6' &&
        visible_ > open.visible_at_open) {
      heading_begin_ = open.text_at_open;
      heading_visible_ = visible_;
    }
    if ((open.aside || open.footer || open.quote || open.emphasis_line) && last_visible_end_ > open.text_at_open) {
      // The element's visible text: from its first visible character (after the break
      // that opened it) to its last.
      std::size_t begin = open.text_at_open;
      while (begin < last_visible_end_ && (out_.text_[begin] == '\n' || out_.text_[begin] == ' ')) ++begin;
      if (begin < last_visible_end_) {
        const MarkupSpan span{begin, last_visible_end_};
        if (open.quote) out_.quotes_.push_back(span);
        if (open.aside && span.end - span.begin <= kMaxAsideBytes && article_marks_ == open.article_marks_at_open) {
          out_.asides_.push_back(span);
        }
        if (open.footer && article_marks_ == open.article_marks_at_open) out_.footers_.push_back(span);
        if (open.emphasis_line) out_.emphasis_.push_back(span);
      }
    }
    if (open.breaks != kInline) request_break(open.breaks, end_source);
    if (open.name == "pre") --pre_;
    if (open.bold_label && visible_ > open.visible_at_open && pending_break_ == 0) {
      const bool colon = last_visible_end_ > 0 && out_.text_[last_visible_end_ - 1] == ':';
      label_ = colon ? LabelState::after_colon_label : LabelState::after_label;
    }
  }
}

// A list of links (html_text.h: link_lists()): two items or more, every visible word inside
// an <a>, with the heading right above it when nothing stands between them.
void HtmlTextBuilder::close_list(const Open& list) {
  const std::size_t shown = visible_ - list.visible_at_open;
  if (list.items < 2 || shown == 0 || linked_visible_ - list.linked_at_open != shown ||
      article_marks_ != list.article_marks_at_open) {
    return;
  }
  std::size_t begin = list.text_at_open;
  if (heading_visible_ == list.visible_at_open) begin = heading_begin_;
  while (begin < last_visible_end_ && (out_.text_[begin] == '\n' || out_.text_[begin] == ' ')) ++begin;
  if (begin < last_visible_end_) out_.link_lists_.push_back({begin, last_visible_end_});
}

void HtmlTextBuilder::characters(const xmlChar* ch, int len) {
  const std::size_t cur = position();
  const std::string_view text(reinterpret_cast<const char*>(ch),
                              static_cast<std::size_t>(std::max(len, 0)));
  if (text.empty()) return;
  const std::size_t a = std::min(prev_end_, cur);
  // Where the characters end in the source. A reference (&nbsp;) ends at the position;
  // plain text ends there too unless libxml2 flushed a long run mid-way, in which case
  // the position is still on the run's last character.
  std::size_t b = cur;
  bool reference = false;
  std::size_t amp = std::string_view::npos;
  if (cur > a) {
    const std::size_t found = source_.substr(a, cur - a).rfind('&');
    if (found != std::string_view::npos) amp = a + found;
  }
  if (amp != std::string_view::npos && is_reference(source_, amp, cur) &&
      source_.substr(amp, cur - amp) != text) {
    reference = true;
  } else if (cur < source_.size() && source_[cur] != '<' && source_[cur] != '&' &&
             source_[cur] != '\0') {
    b = std::min(source_.size(),
                 cur + utf8_length(static_cast<unsigned char>(source_[cur])));
  }
  prev_end_ = std::max(prev_end_, b);
  if (option_) option_->text.append(text);
  if (in_title_ && title_.size() < 4096) title_.append(text);
  if (hidden_ > 0) return;
  // The usual case: the characters are the source just before b, byte for byte.
  if (!reference && b >= a + text.size() &&
      source_.compare(b - text.size(), text.size(), text) == 0) {
    emit_identity(text, b - text.size());
    return;
  }

  // Source position and length of every character of `text`.
  struct Mapped {
    std::size_t source;
    std::size_t length;
  };
  std::vector<Mapped> mapped;
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); i += utf8_length(static_cast<unsigned char>(text[i]))) {
    starts.push_back(i);
  }
  mapped.resize(starts.size(), Mapped{a, 0});
  if (reference) {
    for (auto& m : mapped) m = {amp, cur - amp};
  } else {
    // Match from the end backwards: the text is a subsequence of source[a, b).
    std::size_t j = b;
    for (std::size_t k = starts.size(); k-- > 0;) {
      const std::size_t len = (k + 1 < starts.size() ? starts[k + 1] : text.size()) - starts[k];
      const std::string_view c = text.substr(starts[k], len);
      bool found = false;
      while (j > a) {
        if (j >= a + len && source_.substr(j - len, len) == c) {
          j -= len;
          found = true;
          break;
        }
        if (c == "\n" && source_[j - 1] == '\r') {  // libxml2 reads CR and CRLF as LF
          j -= 1;
          found = true;
          break;
        }
        --j;
      }
      if (!found) break;  // the rest maps to the range's start
      mapped[k] = {j, c == "\n" && source_[j] == '\r' ? std::size_t{1} : len};
    }
  }

  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t len = (k + 1 < starts.size() ? starts[k + 1] : text.size()) - starts[k];
    const std::string_view c = text.substr(starts[k], len);
    const Mapped m = mapped[k];
    if (len == 1 && is_ascii_space(c[0])) {
      if (pre_ > 0) {
        if (c[0] == '\n' || c[0] == '\r') {
          force_newline(m.source);
        } else {
          flush_pending();
          append(c, m.source, m.length);
        }
      } else {
        request_space(' ', m.source);
      }
      continue;
    }
    std::size_t pos = 0;
    const char32_t cp = decode_utf8(c, pos);
    emit_visible(c, cp, m.source, m.length);
  }
}

namespace {

HtmlTextBuilder* builder_of(void* ctx) {
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  return static_cast<HtmlTextBuilder*>(ctxt->_private);
}

// Exceptions must not cross libxml2's C frames: the first one is kept here, the parser
// stopped, and the exception rethrown after the parse.
std::exception_ptr& pending_exception(void* ctx) {
  thread_local std::exception_ptr dummy;
  (void)ctx;
  return dummy;
}

template <typename F>
void guarded(void* ctx, F&& f) {
  try {
    f();
  } catch (...) {
    if (!pending_exception(ctx)) pending_exception(ctx) = std::current_exception();
    xmlStopParser(static_cast<htmlParserCtxtPtr>(ctx));
  }
}

void on_start(void* ctx, const xmlChar* name, const xmlChar** atts) {
  guarded(ctx, [&] { builder_of(ctx)->start_element(name, atts); });
}
void on_end(void* ctx, const xmlChar* name) {
  guarded(ctx, [&] { builder_of(ctx)->end_element(name); });
}
void on_characters(void* ctx, const xmlChar* ch, int len) {
  guarded(ctx, [&] { builder_of(ctx)->characters(ch, len); });
}
void on_skip_text(void* ctx, const xmlChar*, int) {
  guarded(ctx, [&] { builder_of(ctx)->skip(); });
}
void on_comment(void* ctx, const xmlChar*) {
  guarded(ctx, [&] { builder_of(ctx)->skip(); });
}
void on_pi(void* ctx, const xmlChar*, const xmlChar*) {
  guarded(ctx, [&] { builder_of(ctx)->skip(); });
}
void on_doctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  guarded(ctx, [&] { builder_of(ctx)->skip(); });
}
void on_message(void*, const char*, ...) {}  // markup errors are recovered from silently

void init_libxml2_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

const HtmlText::Segment& HtmlText::segment_at(std::size_t text_byte) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), text_byte,
                             [](std::size_t t, const Segment& s) { return t < s.text; });
  if (it != segments_.begin()) --it;
  return *it;
}

std::size_t HtmlText::source_of(std::size_t text_byte) const {
  if (segments_.empty()) return 0;
  const Segment& s = segment_at(text_byte);
  if (s.identity && text_byte >= s.text) return s.source + std::min<std::size_t>(text_byte - s.text, s.source_len);
  return s.source;
}

std::size_t HtmlText::source_end_of(std::size_t text_end) const {
  if (segments_.empty()) return 0;
  if (text_end == 0) return source_of(0);
  const Segment& s = segment_at(text_end - 1);
  if (s.identity && text_end >= s.text) return s.source + std::min<std::size_t>(text_end - s.text, s.source_len);
  return s.source + s.source_len;
}

namespace {

// True when text[begin, end) holds only white space the page parsers trim.
bool blank_between(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end && i < text.size()) {
    const char32_t c = decode_utf8(text, i);
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 || is_unicode_space(c))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::size_t HtmlText::span_begin(std::size_t text_byte) const {
  const std::size_t own = source_of(std::min(text_byte, text_.empty() ? 0 : text_.size() - 1));
  auto it = std::upper_bound(begin_anchors_.begin(), begin_anchors_.end(), text_byte,
                             [](std::size_t t, const Anchor& a) { return t < a.text; });
  if (it == begin_anchors_.begin()) return own;
  --it;
  if (!blank_between(text_, it->text, text_byte)) return own;
  return std::min(it->source, own);
}

std::size_t HtmlText::span_end(std::size_t text_end) const {
  const std::size_t own = source_end_of(text_end);
  auto it = std::lower_bound(end_anchors_.begin(), end_anchors_.end(), text_end,
                             [](const Anchor& a, std::size_t t) { return a.text < t; });
  if (it == end_anchors_.end() || !blank_between(text_, text_end, it->text)) return own;
  return std::max(it->source, own);
}

HtmlText extract_html_text(std::string_view html) {
  if (html.size() > static_cast<std::size_t>(INT_MAX)) throw InputError("page too large for the HTML parser");
  if (html.empty()) return HtmlText();
  init_libxml2_once();
  // libxml2 stops at NUL bytes and would see a BOM as text: both become spaces (same
  // length, so offsets are unchanged).
  std::string buffer(html);
  std::replace(buffer.begin(), buffer.end(), '\0', ' ');
  if (buffer.starts_with("\xEF\xBB\xBF")) buffer.replace(0, 3, "   ");

  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer.data(), static_cast<int>(buffer.size()));
  if (!ctxt) throw std::bad_alloc();
  struct Free {
    htmlParserCtxtPtr c;
    ~Free() {
      if (c->myDoc) xmlFreeDoc(c->myDoc);
      c->myDoc = nullptr;
      htmlFreeParserCtxt(c);
    }
  } free_ctxt{ctxt};

  HtmlTextBuilder builder(buffer, ctxt);
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
  // The page is UTF-8 already (decode_html_page): without this, libxml2 guesses an
  // encoding at the first non-ASCII byte and falls back to ISO-8859-1.
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = on_start;
  sax.endElement = on_end;
  sax.characters = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.cdataBlock = on_skip_text;
  sax.comment = on_comment;
  sax.processingInstruction = on_pi;
  sax.internalSubset = on_doctype;
  sax.warning = on_message;
  sax.error = on_message;
  sax.fatalError = on_message;
  sax.initialized = 1;  // SAX1-style element callbacks, as the HTML parser uses
  std::memcpy(ctxt->sax, &sax, sizeof sax);
  ctxt->userData = ctxt;
  ctxt->_private = &builder;

  pending_exception(ctxt) = nullptr;
  htmlParseDocument(ctxt);
  if (std::exception_ptr e = pending_exception(ctxt)) {
    pending_exception(ctxt) = nullptr;
    std::rethrow_exception(e);
  }
  return builder.take();
}

}  // namespace transcript
