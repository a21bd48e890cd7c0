#include "core/text/word_tokens.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/text/utf8.h"

namespace transcript {
namespace {

enum Class : std::uint8_t { kSeparator, kLatinLetter, kCyrillicLetter, kOtherLetter, kDigit, kMark, kApostrophe };

constexpr Class classify(char32_t cp) {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return kLatinLetter;
    if (cp >= '0' && cp <= '9') return kDigit;
    if (cp == '\'') return kApostrophe;
    return kSeparator;
  }
  if (cp >= 0x0400 && cp <= 0x04FF) {
    return u_isalpha(static_cast<UChar32>(cp)) ? kCyrillicLetter : kMark;
  }
  if (cp == 0x2019 || cp == 0x02BC) return kApostrophe;
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  if (mask & U_GC_L_MASK) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    return script == USCRIPT_LATIN ? kLatinLetter
           : script == USCRIPT_CYRILLIC ? kCyrillicLetter
                                        : kOtherLetter;
  }
  if (mask & U_GC_M_MASK) return kMark;
  if (mask & U_GC_ND_MASK) return kDigit;
  return kSeparator;
}

inline bool is_wordish(Class c) { return c != kSeparator && c != kApostrophe; }
inline bool is_letter(Class c) { return c == kLatinLetter || c == kCyrillicLetter || c == kOtherLetter; }

}  // namespace

namespace {

// Classes of ASCII bytes, looked up instead of computed.
constexpr auto kAsciiClass = [] {
  std::array<Class, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = classify(static_cast<char32_t>(c));
  return t;
}();

// Decodes the code point at pos (valid UTF-8) and its class; advances pos.
inline Class next_class(std::string_view s, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return kAsciiClass[c];
  }
  if ((c == 0xD0 || c == 0xD1) && pos + 1 < s.size()) {
    // Cyrillic U+0400..U+047F: letters, except nothing in this range is not a letter.
    pos += 2;
    return kCyrillicLetter;
  }
  return classify(decode_utf8(s, pos));
}

}  // namespace

namespace {

// Byte kinds for the word walk: what an ASCII byte is, and which lead bytes start a
// two-byte Cyrillic letter (D0, D1: U+0400..U+047F).
enum ByteKind : std::uint8_t {
  kByteSeparator = 0,
  kByteLetter = 1,
  kByteDigit = 2,
  kByteCyrillicLead = 4,
  kByteOther = 8,  // an apostrophe, or any other byte of a multi-byte character
};

constexpr auto kByteKind = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) {
      t[c] = (c == 0xD0 || c == 0xD1) ? kByteCyrillicLead : kByteOther;
    } else {
      const Class k = kAsciiClass[c];
      t[c] = k == kLatinLetter ? kByteLetter : k == kDigit ? kByteDigit
             : k == kSeparator ? kByteSeparator : kByteOther;
    }
  }
  return t;
}();

}  // namespace

namespace {

// One step of the walk a character at a time: the separators from `pos`, then the word
// after them, if any (appended to `out`), or the one character that begins no word.
// Returns where the walk goes on.
inline std::size_t scalar_step(std::string_view folded, std::size_t pos, std::vector<WordToken>& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(folded.data());
  const std::size_t n = folded.size();
  // Separators between words, mostly ASCII spaces and punctuation.
  while (pos < n && kByteKind[s[pos]] == kByteSeparator) ++pos;
  if (pos >= n) return pos;
  const std::size_t start = pos;
  // (A copy, so that `pos` itself never has its address taken and stays in a register
  // through the loops below.)
  std::size_t after_first = pos;
  const Class cls = next_class(folded, after_first);
  pos = after_first;
  if (!is_wordish(cls) || cls == kMark) return pos;  // a mark with nothing to sit on
  WordToken token;
  token.begin = static_cast<std::uint32_t>(start);
  // Which kinds of character the word holds: bits of ByteKind for the fast paths, and
  // the flags for the rest.
  unsigned kinds = 0;
  bool latin = cls == kLatinLetter, cyrillic = cls == kCyrillicLetter,
       other = cls == kOtherLetter;
  Class last = cls;
  std::size_t end = pos;
  std::size_t apostrophe_at = std::string_view::npos;  // the last joining apostrophe
  while (pos < n) {
    // The common cases in tight loops: ASCII letters and digits, two-byte Cyrillic
    // letters.
    unsigned k = kByteKind[s[pos]];
    if (k & (kByteLetter | kByteDigit)) {
      do {
        kinds |= k;
        ++pos;
      } while (pos < n && ((k = kByteKind[s[pos]]) & (kByteLetter | kByteDigit)));
      last = (kByteKind[s[pos - 1]] & kByteLetter) ? kLatinLetter : kDigit;
      end = pos;
      continue;
    }
    if (k == kByteCyrillicLead && pos + 1 < n) {
      do {
        pos += 2;
      } while (pos + 1 < n && kByteKind[s[pos]] == kByteCyrillicLead);
      cyrillic = true;
      last = kCyrillicLetter;
      end = pos;
      continue;
    }
    if (k == kByteSeparator) break;
    std::size_t p = pos;
    const Class c = next_class(folded, p);
    if (c == kApostrophe) {
      // Joins only letter to letter.
      if (!is_letter(last) || p >= n) break;
      std::size_t q = p;
      const Class after = next_class(folded, q);
      if (!is_letter(after)) break;
      apostrophe_at = pos;
      pos = p;
      last = c;
      continue;
    }
    if (!is_wordish(c)) break;
    latin |= c == kLatinLetter;
    cyrillic |= c == kCyrillicLetter;
    other |= c == kOtherLetter;
    last = c;
    pos = p;
    end = p;
  }
  latin |= (kinds & kByteLetter) != 0;
  token.end = static_cast<std::uint32_t>(end);
  token.stem_end = token.end;
  if (apostrophe_at != std::string_view::npos) {
    // A possessive: the apostrophe followed by a lone s.
    std::size_t q = apostrophe_at;
    next_class(folded, q);
    if (q + 1 == end && folded[q] == 's') token.stem_end = static_cast<std::uint32_t>(apostrophe_at);
  }
  token.script = (latin + cyrillic + other) > 1 ? WordScript::kMixed
                 : latin                        ? WordScript::kLatin
                 : cyrillic                     ? WordScript::kCyrillic
                 : other                        ? WordScript::kOther
                                                : WordScript::kDigits;
  token.dot_after = end < n && folded[end] == '.';
  out.push_back(token);
  return pos;
}

#if defined(__SSE2__)

// The walk 64 bytes at a time. The walk a character at a time costs a branch at every word's
// end that the processor mostly mispredicts (about one word in six bytes); here the bytes of
// a block are classified at once into bit masks (SSE2 compares), and the words that lie
// wholly in the block are read off the masks, one predictable loop turn per word. Only the
// simple words are read so: ASCII letters and digits and two-byte Cyrillic letters
// (U+0400..U+047F, all letters), ended by an ASCII byte that is no letter, digit or
// apostrophe. Any other byte (an apostrophe, which may join letters; any other non-ASCII
// character: letters of other scripts, marks, quotation marks) ends the part of the block
// read from masks, and the walk a character at a time takes the word there, so the words are
// the same as its own (tests compare them: tokenize_by_characters).
struct BlockMasks {
  std::uint64_t latin = 0;     // ASCII letters
  std::uint64_t word = 0;      // ASCII letters and digits, the bytes of a Cyrillic letter
  std::uint64_t cyrillic = 0;  // the bytes of a Cyrillic letter (a lead byte at the block's
                               // end too: its word is then not ended in the block)
  std::uint64_t other = 0;     // the bytes read a character at a time
};

inline BlockMasks block_masks(const unsigned char* p) {
  std::uint64_t latin = 0, digit = 0, lead = 0, continuation = 0, high = 0, apostrophe = 0;
  const __m128i lower = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), zero = _mm_set1_epi8('0');
  const __m128i letters = _mm_set1_epi8(25), digits = _mm_set1_epi8(9);
  const __m128i lead_mask = _mm_set1_epi8(static_cast<char>(0xFE)), lead_bits = _mm_set1_epi8(static_cast<char>(0xD0));
  const __m128i top = _mm_set1_epi8(static_cast<char>(0xC0)), continuation_bits = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i quote = _mm_set1_epi8('\'');
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // x - 'a' <= 25 as unsigned bytes: min(x, 25) == x.
    const __m128i l = _mm_sub_epi8(_mm_or_si128(v, lower), a);
    const __m128i d = _mm_sub_epi8(v, zero);
    const auto bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))); };
    const int shift = 16 * k;
    latin |= bits(_mm_cmpeq_epi8(_mm_min_epu8(l, letters), l)) << shift;
    digit |= bits(_mm_cmpeq_epi8(_mm_min_epu8(d, digits), d)) << shift;
    lead |= bits(_mm_cmpeq_epi8(_mm_and_si128(v, lead_mask), lead_bits)) << shift;
    continuation |= bits(_mm_cmpeq_epi8(_mm_and_si128(v, top), continuation_bits)) << shift;
    high |= bits(v) << shift;
    apostrophe |= bits(_mm_cmpeq_epi8(v, quote)) << shift;
  }
  BlockMasks m;
  m.latin = latin;
  m.cyrillic = lead | (continuation & (lead << 1));
  m.word = latin | digit | m.cyrillic;
  m.other = (high & ~m.cyrillic) | apostrophe;
  return m;
}

// Reads the words that lie wholly in the 64 bytes at `pos` (from the start of a character
// that is no part of a word before it) into `out`; returns where the walk goes on, `pos`
// itself when the block's first word is not simple (the caller then takes a step a
// character at a time).
inline std::size_t block_step(std::string_view folded, std::size_t pos, std::vector<WordToken>& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(folded.data()) + pos;
  const BlockMasks m = block_masks(s);
  // Bytes before the first other byte are read from the masks.
  const std::uint64_t valid = m.other ? (std::uint64_t{1} << __builtin_ctzll(m.other)) - 1 : ~std::uint64_t{0};
  const std::uint64_t word = m.word & valid;
  std::uint64_t starts = word & ~(word << 1);
  // A word ends where a valid byte that is no word byte follows a word byte.
  std::uint64_t ends = (word << 1) & ~word & valid;
  while (ends) {
    const int b = __builtin_ctzll(starts), e = __builtin_ctzll(ends);
    starts &= starts - 1;
    ends &= ends - 1;
    const std::uint64_t within = ((std::uint64_t{1} << e) - 1) & ~((std::uint64_t{1} << b) - 1);
    const bool latin = (m.latin & within) != 0, cyrillic = (m.cyrillic & within) != 0;
    WordToken token;
    token.begin = static_cast<std::uint32_t>(pos + b);
    token.end = token.stem_end = static_cast<std::uint32_t>(pos + e);
    token.script = latin && cyrillic ? WordScript::kMixed
                   : latin           ? WordScript::kLatin
                   : cyrillic        ? WordScript::kCyrillic
                                     : WordScript::kDigits;
    token.dot_after = s[e] == '.';
    out.push_back(token);
  }
  // On at the word not ended in the block, or else at its first other byte (or past it).
  if (starts) return pos + __builtin_ctzll(starts);
  return m.other ? pos + __builtin_ctzll(m.other) : pos + 64;
}

#endif

}  // namespace

void tokenize_by_characters(std::string_view folded, std::vector<WordToken>& out) {
  for (std::size_t pos = 0; pos < folded.size();) pos = scalar_step(folded, pos, out);
}

void tokenize(std::string_view folded, std::vector<WordToken>& out) {
  const std::size_t n = folded.size();
  std::size_t pos = 0;
#if defined(__SSE2__)
  while (n - pos >= 64) {
    const std::size_t next = block_step(folded, pos, out);
    pos = next != pos ? next : scalar_step(folded, pos, out);
  }
#endif
  while (pos < n) pos = scalar_step(folded, pos, out);
}

}  // namespace transcript
