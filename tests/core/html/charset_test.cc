// declared_charset() and decode_html_page(): UTF-8, declared windows-1251 / KOI8-R, errors.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include "core/html/charset.h"
#include "core/text/input_error.h"
#include "html_test_util.h"

namespace transcript {
namespace {

using testing::read_data;

// UTF-8 text in another charset (ICU), to write test pages in it.
std::string from_utf8(const std::string& text, const char* charset) {
  std::string out(text.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                                 static_cast<int32_t>(text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

TEST(Charset, FindsTheDeclaration) {
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(declared_charset("<META CHARSET=KOI8-R>"), "koi8-r");
  EXPECT_EQ(declared_charset("<meta http-equiv=\"Content-Type\" "
                             "content=\"text/html; charset=Windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(declared_charset("<meta content='text/html;charset=koi8-r' http-equiv='content-type'>"),
            "koi8-r");
  EXPECT_EQ(declared_charset("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>"),
            "windows-1251");
  // Comments, other meta elements and attribute values are not declarations.
  EXPECT_EQ(declared_charset("<!-- <meta charset=koi8-r> --><meta name=x content=\"charset=koi8-r\">"),
            std::nullopt);
  EXPECT_EQ(declared_charset("<title a='<meta charset=koi8-r>'>"), std::nullopt);
  EXPECT_EQ(declared_charset("<html><body><meta charset=koi8-r>"), std::nullopt);
  EXPECT_EQ(declared_charset("plain text"), std::nullopt);
  EXPECT_EQ(declared_charset("<meta charset="), std::nullopt);
}

TEST(Charset, Utf8PagesAreUsedAsGiven) {
  const DecodedPage d = decode_html_page("<meta charset=utf-8><p>Привет</p>");
  EXPECT_FALSE(d.converted);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_FALSE(decode_html_page("<p>Привет</p>").converted);
}

TEST(Charset, DeclaredWindows1251AndKoi8RAreConverted) {
  // "Привет" in windows-1251 and in KOI8-R.
  const DecodedPage w = decode_html_page("<meta charset=\"windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>");
  EXPECT_TRUE(w.converted);
  EXPECT_EQ(w.charset, "windows-1251");
  EXPECT_EQ(w.utf8, "<meta charset=\"windows-1251\"><p>Привет</p>");
  const DecodedPage k = decode_html_page("<meta charset=koi8-r><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>");
  EXPECT_EQ(k.charset, "KOI8-R");
  EXPECT_EQ(k.utf8, "<meta charset=koi8-r><p>Привет</p>");
  EXPECT_EQ(decode_html_page("<meta charset=cp1251>\xC0").utf8, "<meta charset=cp1251>А");
}

TEST(Charset, IllFormedUtf8BecomesReplacementCharacters) {
  // As browsers decode: each ill-formed part is one U+FFFD, counted.
  const DecodedPage one = decode_html_page("<html><p>de\xe3lared</p>");
  EXPECT_TRUE(one.converted);
  EXPECT_EQ(one.charset, "UTF-8");
  EXPECT_EQ(one.replaced, 1u);
  EXPECT_EQ(one.utf8, "<html><p>de\uFFFDlared</p>");
  // A truncated sequence (lead and one continuation byte) is one part; two stray bytes are two.
  const DecodedPage parts = decode_html_page("<p>a\xE2\x80" "b\xFF\xFE" "c</p>");
  EXPECT_EQ(parts.replaced, 3u);
  EXPECT_EQ(parts.utf8, "<p>a\uFFFDb\uFFFD\uFFFDc</p>");
  // Three stray bytes are too few to call the page another charset: replaced too.
  const DecodedPage cp = decode_html_page("<html><p>\xCF\xF0\xE8</p>");
  EXPECT_EQ(cp.charset, "UTF-8");
  EXPECT_EQ(cp.replaced, 3u);
  // Damaged UTF-8: more well-formed multi-byte characters than ill-formed parts.
  const DecodedPage damaged =
      decode_undeclared_page("Сергей Лавров: \xCF\xF0\xE8\xE2\xE5\xF2\xF1\xF2\xE2\xF3\xFE вас.");
  EXPECT_EQ(damaged.charset, "UTF-8");
  EXPECT_EQ(damaged.replaced, 11u);
  // Valid pages are used as given.
  const DecodedPage clean = decode_html_page("<html><p>Привет</p>");
  EXPECT_FALSE(clean.converted);
  EXPECT_EQ(clean.replaced, 0u);
}

TEST(Charset, Utf8UnderASingleByteDeclarationIsUtf8) {
  // A page saved as UTF-8 that still declares windows-1251 (mfa.gov.by's saved pages).
  const DecodedPage d = decode_html_page("<meta charset=\"windows-1251\"><p>Привет</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_FALSE(d.converted);
  // Pure ASCII keeps the declaration (nothing tells them apart).
  EXPECT_EQ(decode_html_page("<meta charset=\"windows-1251\"><p>Hello</p>").charset, "windows-1251");
}

TEST(Charset, Utf16ByteOrderMarks) {
  EXPECT_EQ(decode_utf16_page(std::string("\xFF\xFEH\0i\0", 6)), "Hi");
  EXPECT_EQ(decode_utf16_page(std::string("\xFE\xFF\x04\x1F", 4)), "П");
  EXPECT_FALSE(decode_utf16_page("plain").has_value());
  // An unpaired surrogate becomes U+FFFD.
  EXPECT_EQ(decode_utf16_page(std::string("\xFF\xFE\x00\xD8", 4)), "\uFFFD");
}

TEST(Charset, ByteOrderMarkWinsAndUnknownCharsetsAreErrors) {
  EXPECT_FALSE(decode_html_page("\xEF\xBB\xBF<meta charset=koi8-r><p>Привет").converted);
  try {
    decode_html_page("<meta charset=x-no-such-charset><p>\xFF");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "unsupported charset 'x-no-such-charset'");
  }
  // WHATWG: latin1 means windows-1252; utf-16 in a byte page means UTF-8.
  EXPECT_EQ(decode_html_page("<meta charset=iso-8859-1>\x93q\x94").utf8, "<meta charset=iso-8859-1>\u201cq\u201d");
  EXPECT_FALSE(decode_html_page("<meta charset=utf-16><p>x").converted);
}

TEST(Charset, UndeclaredLegacyPageIsReadInTheCharsetItIsIn) {
  // Text pages and undeclared HTML pages that are not UTF-8 at all: ICU's detector reads
  // the charset from the words written in bytes above ASCII.
  const std::string russian = "Сергей Лавров: Мы не согласны с этим подходом. Спасибо за вопрос.";
  const std::string english_around = "Question: Mr Lavrov, what about it?\nSergey Lavrov: ";
  struct Case {
    const char* charset;
    const char* icu_name;
  };
  for (const Case c : {Case{"windows-1251", "windows-1251"}, Case{"KOI8-R", "KOI8-R"},
                       Case{"ISO-8859-5", "ISO-8859-5"}}) {
    SCOPED_TRACE(c.charset);
    const std::string page = from_utf8(english_around + russian, c.icu_name);
    const DecodedPage d = decode_undeclared_page(page);
    EXPECT_EQ(d.charset, c.charset);
    EXPECT_TRUE(d.converted);
    EXPECT_EQ(d.replaced, 0u);
    EXPECT_EQ(d.utf8, english_around + russian);
  }
  // English and French in windows-1252 (curly quotes, accents; ISO-8859-1 reads as it).
  const std::string french = "Le ministre a déclaré : « Nous ne sommes pas d’accord », a-t-il dit. "
                             "C’était déjà prévu, et l’été dernier aussi – “très bien”.";
  const DecodedPage w = decode_undeclared_page(from_utf8(french, "windows-1252"));
  EXPECT_EQ(w.charset, "windows-1252");
  EXPECT_EQ(w.utf8, french);
  // An English page with a Russian directory under it: the English does not outvote the
  // Russian (given whole, ICU reads this page as English in windows-1252).
  const std::string mixed = std::string(2000, 'a') + " The Minister’s remarks. “Quote.” \n" +
                            "Посольство России в США. Адрес: Вашингтон, Висконсин-авеню, 2650. Телефон.";
  const DecodedPage m = decode_undeclared_page(from_utf8(mixed, "windows-1251"));
  EXPECT_EQ(m.charset, "windows-1251");
  EXPECT_EQ(m.utf8, mixed);
  // HTML without a declaration goes the same way; a declaration or a UTF-8 BOM wins.
  EXPECT_EQ(decode_html_page("<html><p>" + from_utf8(russian, "KOI8-R") + "</p>").charset, "KOI8-R");
  EXPECT_EQ(decode_html_page("\xEF\xBB\xBF<html><p>" + from_utf8(russian, "KOI8-R") + "</p>").charset, "UTF-8");
  // Bytes above ASCII in no word the detector can read: windows-1252, as browsers default.
  EXPECT_EQ(guessed_charset("plain ASCII only"), std::nullopt);
  const DecodedPage stray = decode_undeclared_page("a\x81 b\x81 c\x81 d\x81 e\x81 f\x81 g\x81 h\x81 i\x81");
  EXPECT_TRUE(stray.converted);
  EXPECT_NE(stray.charset, "UTF-8");
}

}  // namespace
}  // namespace transcript
