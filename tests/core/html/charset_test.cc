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

TEST(Charset, UndeclaredNonUtf8IsAnErrorWithTheOffset) {
  try {
    decode_html_page("<html><p>\xCF\xF0\xE8</p>");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "invalid UTF-8 at byte 9");
  }
  const std::string page = read_data("html/undeclared_cp1251.html");
  try {
    decode_html_page(page);
    FAIL() << "no error";
  } catch (const InputError& e) {
    const std::size_t first = std::string_view(page).find_first_of(
        std::string_view("\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
                         "\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf"
                         "\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf"
                         "\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"
                         "\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff", 80));
    EXPECT_EQ(std::string(e.what()), "invalid UTF-8 at byte " + std::to_string(first));
  }
  // A UTF-8 declaration does not excuse invalid bytes either.
  EXPECT_THROW(decode_html_page("<meta charset=utf-8>\xFF"), InputError);
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
