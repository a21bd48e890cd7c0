// The writing system of a piece of text, as an ISO 15924 code (transcript_script).
//
// Every code point's script comes from ICU (uscript_getScript). Code points of the Common
// and Inherited scripts (digits, punctuation, spaces, combining marks) do not count. The
// result is the one script that remains ("Latn", "Cyrl", "Grek", …), "Zmix" when letters
// of more than one script occur, and "Zyyy" when none remain (empty text, digits,
// punctuation). Thread-safe; no state.
#pragma once

#include <string_view>

namespace transcript {

// Valid UTF-8 in, a four-letter code out (a static string).
std::string_view script_code(std::string_view text);

}  // namespace transcript
