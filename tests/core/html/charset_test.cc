// declared_charset() and decode_html_page(): UTF-8, declared windows-1251 / KOI8-R, errors.
#include <gtest/gtest.h>

#include "core/html/charset.h"
#include "core/text/input_error.h"
#include "html_test_util.h"

namespace transcript {
namespace {

using testing::read_data;

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
  // Undeclared windows-1251 text is read the same way: every Cyrillic byte is replaced.
  const DecodedPage cp = decode_html_page("<html><p>\xCF\xF0\xE8</p>");
  EXPECT_EQ(cp.replaced, 3u);
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

}  // namespace
}  // namespace transcript
