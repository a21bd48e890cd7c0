// Pages kept inside a quoted literal: archives made with Python's str() of the downloaded
// bytes hold a page as its bytes literal — `b'<div class="field-items">\n<p>\n\tTHE
// PRESIDENT: \xc2\xa0Good afternoon …'` — one line of escapes where the page had lines,
// no-break spaces and quotation marks. unwrap_page() finds such a literal and decodes it,
// so that the page is read as it was served.
//
// A literal is a line of at least 64 bytes that opens with b' or b" (after white space) and
// ends with the same quote, and holds the escape \n, \t, \r or \x; lines around it (a title
// line the archiver wrote first) are kept as they are. Escapes decode as in Python bytes
// literals: \\ \' \" \n \r \t \a \b \f \v, \xHH, octal \ooo, a backslash before a line end;
// any other backslash stays. The decoded page must be valid UTF-8, else the page is not
// unwrapped (it is read as it is).
//
// Offsets: every byte of the unwrapped page maps back to the page as given
// (UnwrappedPage::source, unwrapped_page.h), so turns and contacts can point into the file as
// stored: a decoded byte maps to the start of the escape it came from.
#pragma once

#include <optional>
#include <string_view>

#include "core/html/unwrapped_page.h"

namespace transcript {

// The unwrapped page, or nullopt when the page holds no bytes literal (see above).
std::optional<UnwrappedPage> unwrap_page(std::string_view page);

}  // namespace transcript
