#include "core/text/script.h"

#include <unicode/uscript.h>

#include "core/text/utf8.h"

namespace transcript {

std::string_view script_code(std::string_view text) {
  UScriptCode found = USCRIPT_COMMON;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    UScriptCode script;
    if (c < 0x80) {
      ++pos;
      const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      script = letter ? USCRIPT_LATIN : USCRIPT_COMMON;
    } else {
      const char32_t cp = decode_utf8(text, pos);
      UErrorCode status = U_ZERO_ERROR;
      script = uscript_getScript(static_cast<UChar32>(cp), &status);
      if (U_FAILURE(status)) continue;
    }
    if (script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN) {
      continue;
    }
    if (found == USCRIPT_COMMON) {
      found = script;
    } else if (found != script) {
      return "Zmix";
    }
  }
  if (found == USCRIPT_COMMON) return "Zyyy";
  // uscript_getShortName returns a static string: ISO 15924 four letters.
  return uscript_getShortName(found);
}

}  // namespace transcript
