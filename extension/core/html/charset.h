// The character set of an HTML page, and its conversion to UTF-8.
//
// Old Russian pages are often windows-1251 or KOI8-R and say so in a <meta> element;
// everything else this project reads is UTF-8. decode_html_page() finds the declaration
// the way browsers do (a prescan of the page's start, before any parser runs), converts
// with ICU (ucnv) when the page declares anything but UTF-8, and otherwise requires valid
// UTF-8: an undeclared non-UTF-8 page is an error naming the byte offset, exactly as for
// text pages ("invalid UTF-8 at byte N").
//
// Offsets: after conversion the parsers see a UTF-8 copy of the page, and every public
// offset counts characters (code points) of that decoded page. For the single-byte
// charsets (windows-1251, KOI8-R, ISO-8859-5, windows-1252 …) one byte is one
// character, so a character offset is also the byte offset into the file as given:
// substr(readfile('page.html'), start_char + 1, end_char - start_char) is the span's bytes.
// In a UTF-8 page with ill-formed bytes, each replaced part counts as one character.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The charset the page declares, lower-case as written ("windows-1251", "koi8-r",
// "utf-8"), or nullopt. Looks at the first 4096 bytes, before <body>: <meta charset=…>,
// <meta http-equiv="Content-Type" content="…; charset=…"> and an XML declaration's
// encoding="…"; comments are skipped. Works on raw bytes (any ASCII-compatible charset).
std::optional<std::string> declared_charset(std::string_view page);

struct DecodedPage {
  std::string charset;     // canonical name used: "UTF-8", "windows-1251", "KOI8-R", …
  bool converted = false;  // true when utf8 is a converted copy of the page
  std::string utf8;        // the page as UTF-8 (empty when !converted: use the page itself)
  std::size_t replaced = 0;  // byte sequences decoded as U+FFFD
};

// Decides the page's charset and converts it, as browsers do (the WHATWG Encoding
// standard). A UTF-8 byte-order mark wins over any declaration; utf-16 declarations in a
// byte-oriented page mean UTF-8, and us-ascii / iso-8859-1 / latin1 mean windows-1252.
// UTF-8 (undeclared or declared) is decoded with replacement: every ill-formed part
// (utf8_step()) becomes one U+FFFD and is counted in `replaced`, so one mistyped byte does
// not lose the page. One deviation: a page that declares a single-byte charset but is
// valid UTF-8 with multi-byte sequences is read as UTF-8 (a page saved as UTF-8 under an
// old declaration; real windows-1251 text is almost never valid UTF-8). Throws InputError
// "unsupported charset 'x'" for a declaration ICU does not know. Bytes the declared charset
// does not map become U+FFFD (one character each, counted in `replaced`).
DecodedPage decode_html_page(std::string_view page);

// A page that starts with a UTF-16 byte-order mark (FF FE or FE FF), text or HTML,
// converted to UTF-8 with ICU (without the mark; an unpaired surrogate becomes U+FFFD);
// nullopt for any other page.
std::optional<std::string> decode_utf16_page(std::string_view page);

}  // namespace transcript
