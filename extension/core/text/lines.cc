#include "core/text/lines.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace transcript {

namespace {

// Offset of the first CR or LF at or after pos, or the page's size. Lines average some
// 100 bytes, so this looks at sixteen bytes at a time (find_first_of() would call memchr
// on the two-byte set once per byte).
inline std::size_t find_line_end(std::string_view page, std::size_t pos) {
  const std::size_t n = page.size();
#if defined(__SSE2__)
  const auto* s = page.data();
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  for (; pos + 16 <= n; pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + pos));
    const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    if (hits) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(hits)));
  }
#endif
  while (pos < n && page[pos] != '\n' && page[pos] != '\r') ++pos;
  return pos;
}

}  // namespace

std::vector<Line> split_lines(std::string_view page) {
  std::vector<Line> lines;
  // One allocation for a typical page (prose lines run to hundreds of bytes, menus to a
  // few); capped so that a huge page with few lines does not reserve megabytes.
  lines.reserve(std::min<std::size_t>(page.size() / 64 + 16, 8192));
  std::size_t pos = 0;
  if (page.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  std::size_t number = 1;
  while (pos < page.size()) {
    const std::size_t end = find_line_end(page, pos);
    lines.push_back({page.substr(pos, end - pos), pos, number++});
    if (end < page.size() && page[end] == '\r' && end + 1 < page.size() && page[end + 1] == '\n') {
      pos = end + 2;
    } else {
      pos = end + 1;
    }
  }
  return lines;
}

namespace {

// Length of the white space character that ends at s[end-1], or 0.
std::size_t space_before(std::string_view s, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && end - start < 4) --start;
  const std::size_t len = space_length_at(s, start);
  return len == end - start ? len : 0;
}

}  // namespace

std::size_t space_length_at_multibyte(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF)) return 3;  // U+2000..U+200B, U+202F
    if (b1 == 0x81 && b2 == 0x9F) return 3;                   // U+205F
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) return 3;  // U+3000
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF) return 3;  // U+FEFF
  return 0;
}

std::string_view trim(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e) {
    const std::size_t len = space_length_at(text, b);
    if (len == 0) break;
    b += len;
  }
  while (e > b) {
    const std::size_t len = space_before(text, e);
    if (len == 0) break;
    e -= len;
  }
  return text.substr(b, e - b);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t len = s[i] == '\n' || s[i] == '\r' ? 1 : space_length_at(s, i)) {
      pending = true;
      i += len;
      continue;
    }
    if (pending && !out.empty()) out.push_back(' ');
    pending = false;
    out.push_back(s[i++]);
  }
  return out;
}

}  // namespace transcript
