#include "core/transcript/scan.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript::scan {

char32_t peek_multibyte(std::string_view s, std::size_t i, std::size_t& len) {
  std::size_t pos = i;
  const char32_t cp = decode_utf8(s, pos);
  len = pos - i;
  return cp;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp >= 0x410 && cp <= 0x44F) return true;  // the common Cyrillic block, without ICU
  return u_isalpha(static_cast<UChar32>(cp));
}

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp));
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0x410 && cp <= 0x42F) return true;
  if (cp >= 0x430 && cp <= 0x44F) return false;
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

std::size_t capital_letters(std::string_view s) {
  std::size_t letters = 0, len = 0;
  for (std::size_t i = 0; i < s.size(); i += len ? len : 1) {
    const char32_t cp = peek(s, i, len);
    if (!is_letter(cp)) continue;
    // (A letter of a script without case, Arabic or Chinese, is no capital either.)
    if (!is_upper(cp)) return 0;
    ++letters;
  }
  return letters;
}

bool is_opening_quote(char32_t cp) {
  if (cp == '"' || cp == 0x201E || cp == 0x201A) return true;
  return cp >= 0x80 && u_charType(static_cast<UChar32>(cp)) == U_INITIAL_PUNCTUATION;
}

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0x430 && cp <= 0x44F) return true;
  if (cp >= 0x410 && cp <= 0x42F) return false;
  return u_islower(static_cast<UChar32>(cp));
}

Script script_of(char32_t cp) {
  if (cp < 0x80) return is_letter(cp) ? Script::latin : Script::other;
  if (cp >= 0x400 && cp <= 0x52F) return Script::cyrillic;
  if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
    return Script::latin;
  }
  return Script::other;
}

std::string fold_word(std::string_view word) {
  // ASCII and two-byte Cyrillic (most of every page) keep their length when lowered: they
  // are written in place; the first other character hands the rest to ICU's u_tolower().
  std::string out(word.size(), '\0');
  char* o = out.data();
  std::size_t w = 0, i = 0;
  while (i < word.size()) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      o[w++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    // А-Я and Ѐ-Џ have their lower case at a fixed distance, as u_tolower() gives (a unit
    // test compares them all).
    if ((c == 0xD0 || c == 0xD1) && i + 1 < word.size()) {
      const auto c1 = static_cast<unsigned char>(word[i + 1]);
      const char32_t cp = (static_cast<char32_t>(c & 0x1F) << 6) | (c1 & 0x3F);
      if ((c1 & 0xC0) == 0x80 && cp < 0x460) {  // U+0400..U+045F
        const char32_t lower = cp >= 0x410 && cp <= 0x42F ? cp + 0x20 : cp < 0x410 ? cp + 0x50 : cp;
        o[w++] = static_cast<char>(0xC0 | (lower >> 6));
        o[w++] = static_cast<char>(0x80 | (lower & 0x3F));
        i += 2;
        continue;
      }
    }
    break;
  }
  out.resize(w);
  while (i < word.size()) {
    std::size_t len;
    const char32_t cp = peek(word, i, len);
    append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    i += len;
  }
  return out;
}

bool equals_folded(std::string_view a, std::string_view b) {
  return fold_word(a) == fold_word(b);
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

std::size_t shape_words(std::string_view s) {
  std::size_t n = 0;
  std::size_t i = skip_spaces(s, 0);
  while (i < s.size()) {
    std::size_t cjk = 0;
    while (i < s.size() && space_at(s, i) == 0) {
      std::size_t len = 1;
      if (is_cjk(peek(s, i, len))) ++cjk;
      i += len ? len : 1;
    }
    n += std::max<std::size_t>(1, cjk / 2);
    i = skip_spaces(s, i);
  }
  return n;
}

bool ends_with_punctuation(std::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  if (last == '.' || last == ',' || last == '!' || last == '?' || last == ':' || last == ';') return true;
  for (std::string_view p : {"\u2026", "\u3002", "\uFF0C", "\uFF01", "\uFF1F", "\uFF1A", "\uFF1B"}) {
    if (s.ends_with(p)) return true;
  }
  return false;
}

std::string_view without_trailing_marks(std::string_view w, std::string_view marks) {
  for (bool more = true; more && !w.empty();) {
    more = false;
    std::size_t back = w.size() - 1;
    while (back > 0 && (static_cast<unsigned char>(w[back]) & 0xC0) == 0x80) --back;
    const std::string_view last = w.substr(back);
    for (std::size_t i = 0, len = 0; i < marks.size(); i += len) {
      len = 1;
      while (i + len < marks.size() && (static_cast<unsigned char>(marks[i + len]) & 0xC0) == 0x80) ++len;
      if (marks.substr(i, len) == last) {
        w.remove_suffix(last.size());
        more = true;
        break;
      }
    }
  }
  return w;
}

std::string_view bare_word(std::string_view w) {
  constexpr std::string_view kMarks = ",.;:!?()\"'";
  for (;;) {
    if (!w.empty() && kMarks.find(w.back()) != std::string_view::npos) {
      w.remove_suffix(1);
    } else if (w.ends_with("\u00BB") || w.ends_with("\u00AB")) {
      w.remove_suffix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!w.empty() && kMarks.find(w.front()) != std::string_view::npos) {
      w.remove_prefix(1);
    } else if (w.starts_with("\u00AB") || w.starts_with("\u00BB")) {
      w.remove_prefix(2);
    } else {
      break;
    }
  }
  return w;
}

bool one_misprint(std::string_view a, std::string_view b) {
  std::u32string x, y;
  for (std::size_t i = 0, len = 0; i < a.size(); i += len) x.push_back(peek(a, i, len));
  for (std::size_t i = 0, len = 0; i < b.size(); i += len) y.push_back(peek(b, i, len));
  if (x.size() < 5 || y.size() < 5 || x == y) return false;
  if (x.size() > y.size()) std::swap(x, y);
  if (y.size() - x.size() > 1) return false;
  std::size_t i = 0;
  while (i < x.size() && x[i] == y[i]) ++i;
  if (x.size() == y.size()) {
    if (x.substr(i + 1) == y.substr(i + 1)) return true;  // one letter replaced
    return i + 1 < x.size() && x[i] == y[i + 1] && x[i + 1] == y[i] && x.substr(i + 2) == y.substr(i + 2);
  }
  return x.substr(i) == y.substr(i + 1);  // one letter more
}

}  // namespace transcript::scan
