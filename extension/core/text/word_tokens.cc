#include "core/text/word_tokens.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "core/text/utf8.h"

namespace transcript {
namespace {

enum Class : std::uint8_t { kSeparator, kLatinLetter, kCyrillicLetter, kOtherLetter, kDigit, kMark, kApostrophe };

Class classify(char32_t cp) {
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

void tokenize(std::string_view folded, std::vector<WordToken>& out) {
  const std::size_t n = folded.size();
  std::size_t pos = 0;
  while (pos < n) {
    // Skip separators quickly over ASCII.
    std::size_t start = pos;
    char32_t cp;
    Class cls;
    {
      const auto c = static_cast<unsigned char>(folded[pos]);
      if (c < 0x80) {
        cls = classify(c);
        ++pos;
        if (!is_wordish(cls)) continue;
      } else {
        cp = decode_utf8(folded, pos);
        cls = classify(cp);
        if (!is_wordish(cls)) continue;
        if (cls == kMark) continue;  // a mark with nothing to sit on
      }
    }
    WordToken token;
    token.begin = static_cast<std::uint32_t>(start);
    bool latin = cls == kLatinLetter, cyrillic = cls == kCyrillicLetter,
         other = cls == kOtherLetter;
    Class last = cls;
    std::size_t end = pos;
    std::size_t apostrophe_at = std::string_view::npos;  // the last joining apostrophe
    while (pos < n) {
      std::size_t p = pos;
      const char32_t c = decode_utf8(folded, p);
      const Class k = classify(c);
      if (k == kApostrophe) {
        // Joins only letter to letter.
        if (!is_letter(last) || p >= n) break;
        std::size_t q = p;
        const Class after = classify(decode_utf8(folded, q));
        if (!is_letter(after)) break;
        apostrophe_at = pos;
        pos = p;
        last = k;
        continue;
      }
      if (!is_wordish(k)) break;
      latin |= k == kLatinLetter;
      cyrillic |= k == kCyrillicLetter;
      other |= k == kOtherLetter;
      last = k;
      pos = p;
      end = p;
    }
    token.end = static_cast<std::uint32_t>(end);
    token.stem_end = token.end;
    if (apostrophe_at != std::string_view::npos) {
      // A possessive: the apostrophe followed by a lone s.
      std::size_t q = apostrophe_at;
      decode_utf8(folded, q);
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
