#include "core/text/word_tokens.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

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

void tokenize(std::string_view folded, std::vector<WordToken>& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(folded.data());
  const std::size_t n = folded.size();
  std::size_t pos = 0;
  while (pos < n) {
    // Separators between words, mostly ASCII spaces and punctuation.
    while (pos < n && kByteKind[s[pos]] == kByteSeparator) ++pos;
    if (pos >= n) break;
    const std::size_t start = pos;
    // (A copy, so that `pos` itself never has its address taken and stays in a register
    // through the loops below.)
    std::size_t after_first = pos;
    const Class cls = next_class(folded, after_first);
    pos = after_first;
    if (!is_wordish(cls) || cls == kMark) continue;  // a mark with nothing to sit on
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
  }
}

}  // namespace transcript
