#include "core/text/char_refs.h"

#include <libxml/HTMLparser.h>

#include "core/text/utf8.h"

namespace transcript {

std::size_t char_ref_at(std::string_view text, std::size_t i, char32_t* cp) {
  if (i >= text.size() || text[i] != '&') return 0;
  std::size_t j = i + 1;
  if (j < text.size() && text[j] == '#') {
    ++j;
    const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
    if (hex) ++j;
    std::uint32_t value = 0;
    const std::size_t digits_begin = j;
    while (j < text.size() && j - digits_begin < 8) {
      const char c = text[j];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      ++j;
    }
    if (j == digits_begin || j >= text.size() || text[j] != ';') return 0;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    *cp = value;
    return j + 1 - i;
  }
  const std::size_t name_begin = j;
  while (j < text.size() && j - name_begin < 10 &&
         ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z') || (text[j] >= '0' && text[j] <= '9'))) {
    ++j;
  }
  if (j == name_begin || j >= text.size() || text[j] != ';') return 0;
  const std::string name(text.substr(name_begin, j - name_begin));
  const htmlEntityDesc* e = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (!e) return 0;
  *cp = e->value;
  return j + 1 - i;
}

std::string decode_char_refs(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(i, amp - i));
    char32_t cp = 0;
    if (const std::size_t n = char_ref_at(text, amp, &cp)) {
      append_utf8(out, cp);
      i = amp + n;
    } else {
      out.push_back('&');
      i = amp + 1;
    }
  }
  out.append(text.substr(i));
  return out;
}

}  // namespace transcript
