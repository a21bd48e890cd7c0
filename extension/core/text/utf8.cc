#include "core/text/utf8.h"

#include "core/text/input_error.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace transcript {

namespace {

#if defined(__SSE2__)
// How many of the 16 bytes at s (all readable) are ASCII or complete two-byte sequences
// (lead C2..DF, then a continuation byte), counted from the start and never ending inside
// a sequence. Pages are ASCII and two-byte Cyrillic almost throughout, so this checks most
// of a page sixteen bytes at a time; the byte-wise loop only sees what is left.
inline std::size_t simple_prefix16(const unsigned char* s) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  if (high == 0) return 16;
  // As signed bytes: continuation 80..BF is below -64; leads C2..DF are -62..-33.
  const unsigned cont = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0)))));
  const unsigned lead2 = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC1))),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xE0))))));
  // A lead is good when the next byte continues it; byte 15's next byte is not loaded.
  const unsigned good_lead = lead2 & (cont >> 1);
  const unsigned good = good_lead | (good_lead << 1);
  unsigned bad = (high & ~good) & 0xFFFFu;
  if (bad == 0) return 16;
  return static_cast<std::size_t>(__builtin_ctz(bad));
}
#endif

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Fast path over ASCII and two-byte sequences, sixteen bytes at a time.
    while (i + 16 <= n) {
      const std::size_t ok = simple_prefix16(s + i);
      i += ok;
      if (ok < 16) break;
    }
#else
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      __builtin_memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
#endif
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;        // no overlong forms
      if (c == 0xED) hi = 0x9F;        // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;        // no overlong forms
      if (c == 0xF4) hi = 0x8F;        // nothing above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (!is_continuation_byte(s[i + k])) return i;
    }
    i += len;
  }
  return std::nullopt;
}

std::size_t utf8_step(std::string_view text, std::size_t i, bool* valid) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char c = s[i];
  *valid = true;
  if (c < 0x80) return 1;
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *valid = false;
    return 1;
  }
  std::size_t k = 1;
  for (; k < len && i + k < n; ++k) {
    const unsigned char b = s[i + k];
    const bool ok = k == 1 ? (b >= lo && b <= hi) : is_continuation_byte(b);
    if (!ok) break;
  }
  if (k < len) *valid = false;
  return k;
}

std::string decode_utf8_lossy(std::string_view text, std::size_t* replaced) {
  std::size_t count = 0;
  auto bad = find_invalid_utf8(text);
  if (!bad) {
    if (replaced) *replaced = 0;
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text.substr(0, *bad));
  std::size_t i = *bad;
  while (i < text.size()) {
    bool valid;
    const std::size_t len = utf8_step(text, i, &valid);
    if (valid) {
      out.append(text.substr(i, len));
    } else {
      out.append("\xEF\xBF\xBD");
      ++count;
    }
    i += len;
  }
  if (replaced) *replaced = count;
  return out;
}

void require_utf8(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) {
    throw InputError("invalid UTF-8 at byte " + std::to_string(*bad));
  }
}

// The build targets plain x86-64, where __builtin_popcount is a library call; a second
// copy compiled for processors with POPCNT (all but the oldest) is picked at load time.
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
std::size_t count_chars(std::string_view text) {
  std::size_t n = 0, i = 0;
#if defined(__SSE2__)
  // Every byte that is not a continuation byte starts a code point: count those sixteen
  // at a time (this runs over every page and every turn offset).
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const __m128i limit = _mm_set1_epi8(static_cast<char>(0xC0));
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const unsigned cont = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, limit)));
    n += 16 - static_cast<std::size_t>(__builtin_popcount(cont));
  }
#endif
  for (; i < text.size(); ++i) n += !is_continuation_byte(static_cast<unsigned char>(text[i]));
  return n;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (0x3F >> (len - 1));
  for (int k = 1; k < len && pos + k < text.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  }
  pos += len;
  return cp;
}

std::string to_utf8(std::u32string_view cps) {
  std::string out;
  for (char32_t c : cps) append_utf8(out, c);
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::int64_t ByteToChar::operator()(std::size_t byte_offset) {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  if (byte_offset < byte_) {  // going back: restart (rare)
    byte_ = 0;
    chars_ = 0;
  }
  chars_ += static_cast<std::int64_t>(count_chars(text_.substr(byte_, byte_offset - byte_)));
  byte_ = byte_offset;
  return chars_;
}

}  // namespace transcript
