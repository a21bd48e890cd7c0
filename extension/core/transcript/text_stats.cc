#include "core/transcript/text_stats.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/transcript/scan.h"

namespace transcript {

std::string TextStats::lang() const { return guess_language(latin, cyrillic, other, evidence); }

bool TextStats::lang_confident() const { return confident(latin, cyrillic, other, evidence); }

namespace {

enum : unsigned char { kOther = 0, kLetter = 1, kDigit = 2, kJoiner = 3 };

constexpr std::array<unsigned char, 128> make_ascii_classes() {
  std::array<unsigned char, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['\''] = kJoiner;
  t['-'] = kJoiner;
  return t;
}
constexpr auto kAscii = make_ascii_classes();

// Class of the character at text[i] and its length; counts its script into s when s is
// given. ASCII and two-byte Cyrillic (most of every page) never reach ICU.
inline unsigned char classify(std::string_view text, std::size_t i, std::size_t& len, TextStats* s) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    len = 1;
    const unsigned char k = kAscii[c];
    if (k == kLetter && s) ++s->latin;
    return k;
  }
  if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size()) {
    // U+0400..U+047F: U+0400..U+045F are all letters.
    len = 2;
    const auto b = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xD0 || b <= 0x9F) {
      if (s) ++s->cyrillic;
      return kLetter;
    }
  }
  const char32_t cp = scan::peek(text, i, len);
  if (cp == U'\u2019') return kJoiner;
  if (scan::is_letter(cp)) {
    if (s) {
      switch (scan::script_of(cp)) {
        case scan::Script::latin: ++s->latin; break;
        case scan::Script::cyrillic: ++s->cyrillic; break;
        default: ++s->other; break;
      }
    }
    return kLetter;
  }
  return scan::is_digit(cp) ? kDigit : kOther;
}

}  // namespace

// Words are counted at their first character. Unrolling the rule of text_stats.h: a word
// character starts a word unless the character before it is a word character, or is a
// joiner that itself follows a word character (then the joiner joined the two). Looking
// only backwards lets the sixteen-byte blocks below be handled without lookahead.
namespace {

// The classes of the last two code points seen, carried between the paths below.
struct Carry {
  bool prev_word = false;      // the previous code point is a letter or digit
  bool prev_joiner = false;    // the previous code point is a joiner
  bool prevprev_word = false;  // the one before it is a letter or digit
};

inline void step_code_point(unsigned k, Carry& c, std::size_t& words) {
  const bool word = k == kLetter || k == kDigit;
  words += word && !c.prev_word && !(c.prev_joiner && c.prevprev_word);
  c.prevprev_word = c.prev_word;
  c.prev_word = word;
  c.prev_joiner = k == kJoiner;
}

#if defined(__SSE2__)
// Handles the longest prefix of the 16 bytes at p made of ASCII and of the letters
// U+0400..U+045F (lead D0, or D1 then 80..9F: all letters, as classify() says) without a
// sequence cut at the end; returns its length (0 when the first character is anything
// else). The other characters (’, «, —, accented letters …) go through classify().
inline std::size_t block16(const unsigned char* p, Carry& c, std::size_t& words, std::size_t& latin,
                           std::size_t& cyrillic) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  unsigned cyr_lead = 0, cyr_cont = 0, m = 0xFFFFu;
  if (high) {
    const unsigned cont = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0)))));
    const unsigned cont9f = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xA0)))));
    const unsigned d0 = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD0)))));
    const unsigned d1 = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xD1)))));
    cyr_lead = (d0 & (cont >> 1)) | (d1 & (cont9f >> 1));  // byte 15 never qualifies
    cyr_cont = cyr_lead << 1;
    const unsigned bad = high & ~(cyr_lead | cyr_cont) & 0xFFFFu;
    if (bad) {
      const unsigned n = static_cast<unsigned>(__builtin_ctz(bad));
      if (n == 0) return 0;
      m = (1u << n) - 1;
    }
  }
  // ASCII classes; signed compares are safe as bytes >= 0x80 are negative and match none.
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                      _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i joiner = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
  const unsigned a = static_cast<unsigned>(_mm_movemask_epi8(alpha)) & m;
  const unsigned d = static_cast<unsigned>(_mm_movemask_epi8(digit)) & m;
  const unsigned j = static_cast<unsigned>(_mm_movemask_epi8(joiner)) & m;
  cyr_lead &= m;
  cyr_cont &= m;
  // Word bytes: every byte of a word character, so that no start is seen inside one.
  const unsigned w = a | d | cyr_lead | cyr_cont;
  const unsigned starts_at = a | d | cyr_lead;
  const unsigned w1 = (w << 1) | c.prev_word;                       // byte before is a word byte
  const unsigned j1 = (j << 1) | c.prev_joiner;                     // byte before is a joiner
  const unsigned w2 = (w << 2) | (unsigned(c.prev_word) << 1) | c.prevprev_word;
  const unsigned starts = starts_at & ~w1 & ~(j1 & w2) & m;
  words += static_cast<std::size_t>(__builtin_popcount(starts));
  latin += static_cast<std::size_t>(__builtin_popcount(a));
  cyrillic += static_cast<std::size_t>(__builtin_popcount(cyr_lead));
  const unsigned len = m == 0xFFFFu ? 16u : static_cast<unsigned>(__builtin_ctz(~m));
  // The last code point is one byte (ASCII) or two (a letter, a word character either way).
  const unsigned last = 1u << (len - 1);
  if (cyr_cont & last) {
    c.prevprev_word = len >= 3 ? (w & (last >> 2)) != 0 : c.prev_word;
    c.prev_word = true;
    c.prev_joiner = false;
  } else {
    c.prevprev_word = len >= 2 ? (w & (last >> 1)) != 0 : c.prev_word;
    c.prev_word = (w & last) != 0;
    c.prev_joiner = (j & last) != 0;
  }
  return len;
}
#endif

}  // namespace

// The build targets plain x86-64, where __builtin_popcount is a library call; a second
// copy compiled for processors with POPCNT (all but the oldest) is picked at load time.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
TextStats text_stats(std::string_view text) {
  TextStats s;
  std::size_t words = 0, latin = 0, cyrillic = 0;
  Carry carry;
  std::size_t i = 0, len = 0;
  const std::size_t n = text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (i < n) {
#if defined(__SSE2__)
    while (i + 16 <= n) {
      const std::size_t done = block16(p + i, carry, words, latin, cyrillic);
      i += done;
      if (done < 16) break;
    }
    if (i >= n) break;
#endif
    unsigned k;
    if (p[i] < 0x80) {
      k = kAscii[p[i]];
      latin += k == kLetter;
      len = 1;
    } else {
      k = classify(text, i, len, &s);
    }
    step_code_point(k, carry, words);
    i += len;
  }
  s.words = words;
  s.latin += latin;
  s.cyrillic += cyrillic;
  s.evidence = language_evidence(text);
  return s;
}

}  // namespace transcript
