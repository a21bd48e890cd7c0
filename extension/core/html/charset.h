// The character set of a page, and its conversion to UTF-8.
//
// Old Russian pages are often windows-1251 or KOI8-R and, in HTML, say so in a <meta>
// element; everything else this project reads is UTF-8. decode_html_page() finds the
// declaration the way browsers do (a prescan of the page's start, before any parser runs)
// and converts with ICU (ucnv) when the page declares anything but UTF-8.
// A page that declares nothing (every text page, an HTML page without a declaration) and
// is not valid UTF-8 is decoded by decode_undeclared_page(): damaged UTF-8 with each
// ill-formed part replaced by U+FFFD, or, when it is not UTF-8 at all, the legacy charset
// ICU's detector (ucsdet) reads in it. No page's bytes are an error.
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
// Declared UTF-8 is decoded with replacement: every ill-formed part (utf8_step()) becomes
// one U+FFFD and is counted in `replaced`, so one mistyped byte does not lose the page;
// an undeclared page goes to decode_undeclared_page(). One deviation: a page that declares a single-byte charset but is
// valid UTF-8 with multi-byte sequences is read as UTF-8 (a page saved as UTF-8 under an
// old declaration; real windows-1251 text is almost never valid UTF-8). Throws InputError
// "unsupported charset 'x'" for a declaration ICU does not know. Bytes the declared charset
// does not map become U+FFFD (one character each, counted in `replaced`).
DecodedPage decode_html_page(std::string_view page);

// A page that declares no charset: valid UTF-8 as it is (converted false). A page that
// starts with a UTF-8 byte-order mark, or UTF-8 with damaged bytes (fewer than 8
// ill-formed parts, or no more of them than well-formed multi-byte characters), has every
// ill-formed part replaced by U+FFFD and counted. Anything else is a page in a legacy
// charset, converted from guessed_charset() (windows-1252 when the detector names none,
// as browsers default to it), where bytes the charset does not map are counted.
DecodedPage decode_undeclared_page(std::string_view page);

// The legacy charset ICU's detector reads in a page that is not UTF-8: it is given the
// words written mostly in bytes above ASCII (so the English around a Russian passage, or
// curly quotes common to windows-1251 and windows-1252, do not outvote the Russian), and
// its best single-byte answer is taken ("windows-1251", "KOI8-R", "ISO-8859-5",
// "windows-1252" for ISO-8859-1 …), or a multi-byte one (GB18030, Shift_JIS …) it is
// sure of; never UTF-16/32 nor EBCDIC (a page with ASCII in it is in neither). nullopt when the page has no byte above ASCII or the detector names nothing.
std::optional<std::string> guessed_charset(std::string_view page);

// A page that starts with a UTF-16 byte-order mark (FF FE or FE FF), text or HTML,
// converted to UTF-8 with ICU (without the mark; an unpaired surrogate becomes U+FFFD);
// nullopt for any other page.
std::optional<std::string> decode_utf16_page(std::string_view page);

}  // namespace transcript
