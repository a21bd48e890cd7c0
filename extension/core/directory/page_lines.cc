// The directory parser's view of a page (see page_lines.h).
#include "core/directory/page_lines.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// True when the text holds anything strip_markup() would change: most lines of most pages
// do not, and keep their view into the page.
bool has_markup(std::string_view t) {
  if (t.empty()) return false;
  const char f = t.front();
  if (f == '#' || f == '*') return true;
  if ((f == '-' || f == '+') && t.size() > 1 && (t[1] == ' ' || t[1] == '\t')) return true;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '*') return true;
    if (c == '\\' && i + 1 < t.size() && is_ascii_punct(t[i + 1])) return true;
    if (c == '[' && t.find("](", i) != std::string_view::npos) return true;
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return true;
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
      const auto b = static_cast<unsigned char>(t[i + 2]);
      if (b == 0xA2 || b == 0xAF || b == 0x87) return true;  // • U+2022, U+202F, U+2007
    }
    if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBC &&
        static_cast<unsigned char>(t[i + 2]) == 0x9A)
      return true;  // U+FF1A FULLWIDTH COLON
  }
  // Bullets other than U+2022: "·" (C2 B7), "▪" (E2 96 AA), "●" (E2 97 8F), "◦" (E2 97 A6).
  return t.starts_with("·") || t.starts_with("▪") || t.starts_with("●") || t.starts_with("◦");
}

std::string_view strip_list_marker(std::string_view t) {
  for (std::string_view bullet : {"•", "·", "▪", "●", "◦"}) {
    if (t.starts_with(bullet)) return trim(t.substr(bullet.size()));
  }
  if (t.size() >= 2 && (t[0] == '*' || t[0] == '-' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t'))
    return trim(t.substr(2));
  return t;
}

// "[text](target)" starting at open (t[open] == '['): the end of the link and its parts.
struct Link {
  std::size_t end;
  std::string_view text, target;
};
std::optional<Link> link_at(std::string_view t, std::size_t open) {
  // The "]" that closes this "[" (an image may nest inside: "[![logo](x.png)](/)"), then "(".
  std::size_t depth = 0, close = open;
  for (; close < t.size(); ++close) {
    if (t[close] == '[') ++depth;
    else if (t[close] == ']' && --depth == 0) break;
  }
  if (close + 1 >= t.size() || t[close + 1] != '(') return std::nullopt;
  const std::string_view text = t.substr(open + 1, close - open - 1);
  std::size_t parens = 0, k = close + 2;
  for (; k < t.size(); ++k) {
    if (t[k] == '(') ++parens;
    else if (t[k] == ')' && parens-- == 0) break;
  }
  if (k >= t.size()) return std::nullopt;
  return Link{k + 1, text, t.substr(close + 2, k - close - 2)};
}

std::string strip_links(std::string_view t, std::vector<std::string>* links) {
  std::string out;
  out.reserve(t.size());
  for (std::size_t i = 0; i < t.size();) {
    const bool image = t[i] == '!' && i + 1 < t.size() && t[i + 1] == '[';
    if ((t[i] == '[' || image) && (i == 0 || t[i - 1] != '\\')) {
      if (auto link = link_at(t, image ? i + 1 : i)) {
        if (!image) {
          out += strip_links(link->text, nullptr);  // drops an image inside the text
          if (links) links->emplace_back(trim(link->target));
        }
        i = link->end;
        continue;
      }
    }
    out += t[i++];
  }
  return out;
}

}  // namespace

std::string strip_markup(std::string_view line, int* heading, std::vector<std::string>* links) {
  std::string_view t = trim(line);
  int level = 0;
  if (!t.empty() && t.front() == '#') {
    std::size_t n = 0;
    while (n < t.size() && t[n] == '#') ++n;
    if (n <= 6 && n < t.size() && (t[n] == ' ' || t[n] == '\t')) {
      level = static_cast<int>(n);
      t = trim(t.substr(n));
    }
  }
  t = strip_list_marker(t);
  std::string text = t.find("](") != std::string_view::npos ? strip_links(t, links) : std::string(t);
  // Emphasis: "**bold**" always; single asterisks only when they pair up ("*italic*").
  const bool bold_line = text.size() > 4 && text.starts_with("**") && text.ends_with("**") &&
                         text.find("**", 2) == text.size() - 2;
  std::string plain;
  plain.reserve(text.size());
  const auto singles = std::count(text.begin(), text.end(), '*');
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '*' && i + 1 < text.size() && text[i + 1] == '*') {
      ++i;
      continue;
    }
    if (c == '*' && singles % 2 == 0) continue;
    if (c == '\\' && i + 1 < text.size() && is_ascii_punct(text[i + 1])) continue;
    const auto b = static_cast<unsigned char>(c);
    if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      plain += ' ';
      ++i;
      continue;
    }
    if (b == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xAF || static_cast<unsigned char>(text[i + 2]) == 0x87)) {
      plain += ' ';
      i += 2;
      continue;
    }
    if (b == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
        static_cast<unsigned char>(text[i + 2]) == 0x9A) {
      plain += ':';
      i += 2;
      continue;
    }
    plain += c;
  }
  if (bold_line && level == 0) level = 7;
  if (heading) *heading = level;
  return std::string(trim(plain));
}

namespace {

// One page line as the column reader sees it: where its text starts, and where a second
// column starts after a run of three or more spaces (code point columns).
struct RawLine {
  std::string_view text;  // untrimmed
  std::size_t number = 0;
  std::size_t indent = 0;                       // code points of leading spaces
  std::optional<std::size_t> split;             // column of the second part
  std::size_t split_byte = 0, left_end = 0;     // byte offsets of the split
  std::size_t length = 0;                       // code points
};

RawLine measure(const Line& line) {
  RawLine r;
  r.text = line.text;
  r.number = line.number;
  std::size_t col = 0, run = 0, run_start_byte = 0;
  bool seen_text = false;
  for (std::size_t pos = 0; pos < line.text.size();) {
    const std::size_t at = pos;
    const char32_t c = decode_utf8(line.text, pos);
    if (c == ' ') {
      if (run == 0) run_start_byte = at;
      ++run;
    } else {
      if (!seen_text) {
        r.indent = col;
      } else if (run >= 3 && !r.split) {
        r.split = col;
        r.split_byte = at;
        r.left_end = run_start_byte;
      }
      seen_text = true;
      run = 0;
    }
    ++col;
  }
  r.length = col;
  return r;
}

bool is_page_number(std::string_view t) {
  if (t.starts_with("Page ") || t.starts_with("page ") || t.starts_with("Стр. ")) t = trim(t.substr(t.find(' ') + 1));
  if (t.empty() || t.size() > 12) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == ' ' || c == '/'; }) ||
         (t.find(" of ") != std::string_view::npos && t.size() <= 12 && t.front() >= '0' && t.front() <= '9');
}

// The column where the second column of a two-column page starts, if the page has one.
std::optional<std::size_t> find_gutter(const std::vector<RawLine>& raw) {
  std::map<std::size_t, int> splits, indents;
  for (const RawLine& r : raw) {
    if (r.split) ++splits[*r.split];
    if (r.indent >= 12) ++indents[r.indent];
  }
  std::optional<std::size_t> best;
  int best_count = 0;
  for (const auto& [col, n] : splits) {
    int near = 0, starts = 0;
    for (std::size_t c = col >= 2 ? col - 2 : 0; c <= col + 2; ++c) {
      if (auto it = splits.find(c); it != splits.end()) near += it->second;
      if (auto it = indents.find(c); it != indents.end()) starts += it->second;
    }
    if (near >= 3 && starts >= 2 && near + starts > best_count) {
      best = col;
      best_count = near + starts;
    }
  }
  return best;
}

bool ends_with_joining_word(std::string_view t) {
  static constexpr std::string_view kWords[] = {"and", "of", "the", "for", "to", "in", "at", "de", "do", "da",
                                                "del", "la", "и", "в", "на", "по", "du", "des", "et", "und", "y", "e"};
  const std::size_t space = t.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? t : t.substr(space + 1);
  return std::find(std::begin(kWords), std::end(kWords), last) != std::end(kWords);
}

bool starts_lower(std::string_view t) {
  if (t.empty()) return false;
  std::size_t pos = 0;
  const char32_t c = decode_utf8(t, pos);
  return (c >= 'a' && c <= 'z') || (c >= 0x430 && c <= 0x44F);
}

bool ends_sentence(std::string_view t) {
  return !t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == ';' || t.back() == '!' || t.back() == '?');
}

// Column pieces with their line numbers, wrapped lines joined.
void add_piece(std::vector<std::pair<std::string, std::size_t>>& column, std::string_view text, std::size_t number) {
  text = trim(text);
  if (text.empty()) return;
  if (!column.empty()) {
    std::string& last = column.back().first;
    if (ends_with_joining_word(last) || (!ends_sentence(last) && starts_lower(text) && last.find(':') == std::string::npos)) {
      last += ' ';
      last += text;
      return;
    }
  }
  column.emplace_back(std::string(text), number);
}

}  // namespace

PageLines::PageLines(std::string_view page) {
  const std::vector<Line> raw_lines = split_lines(page);
  // Column layout: only pages whose text has runs of spaces inside lines can have one.
  std::vector<RawLine> raw;
  std::optional<std::size_t> gutter;
  if (page.find("   ") != std::string_view::npos) {
    raw.reserve(raw_lines.size());
    for (const Line& l : raw_lines) raw.push_back(measure(l));
    gutter = find_gutter(raw);
  }

  bool blank = true;
  // owned: the source is a temporary (a column's joined lines), not the page.
  auto emit = [&](std::string_view source, std::size_t number, int forced_heading, bool owned) {
    std::string_view t = trim(source);
    if (t.empty()) {
      blank = true;
      return;
    }
    PageLine out;
    out.number = number;
    out.blank_before = blank;
    blank = false;
    if (has_markup(t)) {
      std::vector<std::string> links;
      std::string s = strip_markup(t, &out.heading, &links);
      if (s.empty()) {
        blank = out.blank_before;
        return;
      }
      arena_.push_back(std::move(s));
      out.text = arena_.back();
      for (std::string& l : links) {
        arena_.push_back(std::move(l));
        out.links.push_back(arena_.back());
      }
    } else if (owned) {
      arena_.emplace_back(t);
      out.text = arena_.back();
    } else {
      out.text = t;
    }
    if (forced_heading) out.heading = forced_heading;
    lines_.push_back(std::move(out));
  };

  if (!gutter) {
    lines_.reserve(raw_lines.size());
    for (const Line& l : raw_lines) emit(l.text, l.number, 0, false);
    return;
  }

  // Two columns: read each group of rows as its left column, then its right one.
  const std::size_t g = *gutter;
  std::vector<std::pair<std::string, std::size_t>> left, right;
  auto flush = [&] {
    for (auto& [text, number] : left) emit(text, number, 0, true);
    for (auto& [text, number] : right) emit(text, number, 0, true);
    left.clear();
    right.clear();
  };
  for (std::size_t k = 0; k < raw.size(); ++k) {
    const RawLine& r = raw[k];
    const std::string_view t = trim(r.text);
    if (t.empty()) {
      flush();
      blank = true;
      continue;
    }
    if (is_page_number(t)) continue;
    // pdftotext shifts a column by a few characters from page to page.
    const bool at_gutter = r.indent + 4 >= g && r.indent <= g + 4;
    // A short line alone between blank lines, indented past the margin, is a centred
    // heading even near the column ("CUBA").
    const bool alone = (k == 0 || is_blank(raw[k - 1].text)) && (k + 1 == raw.size() || is_blank(raw[k + 1].text));
    if (alone && r.indent >= 8 && !r.split && t.size() <= 60) {
      flush();
      emit(t, r.number, 8, false);
    } else if (r.split && *r.split + 4 >= g && *r.split <= g + 4 && r.indent < g) {
      add_piece(left, r.text.substr(0, r.left_end), r.number);
      add_piece(right, r.text.substr(r.split_byte), r.number);
    } else if (at_gutter) {
      add_piece(right, t, r.number);
    } else if (r.indent >= 8 && !r.split && r.length <= g + 60) {
      flush();  // a centred heading ends the rows above it
      emit(t, r.number, 8, false);
    } else {
      add_piece(left, t, r.number);
    }
  }
  flush();
}

}  // namespace transcript
