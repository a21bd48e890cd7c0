#include "core/html/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "core/text/input_error.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

constexpr std::size_t kPrescanBytes = 4096;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool starts_with_ci(std::string_view s, std::size_t at, std::string_view prefix) {
  if (s.size() - std::min(at, s.size()) < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[at + i]) != prefix[i]) return false;
  }
  return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Attribute {
  std::string name;   // lower-case
  std::string value;  // as written, quotes removed
};

// Reads the attributes of a tag whose name ends at `i`, up to its '>' (or `end`).
// Leaves `i` after the '>'.
std::vector<Attribute> read_attributes(std::string_view s, std::size_t& i, std::size_t end) {
  std::vector<Attribute> attributes;
  while (i < end) {
    while (i < end && (is_space(s[i]) || s[i] == '/')) ++i;
    if (i >= end) break;
    if (s[i] == '>' || (s[i] == '?' && i + 1 < end && s[i + 1] == '>')) {
      i += s[i] == '>' ? 1 : 2;
      break;
    }
    Attribute a;
    while (i < end && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') {
      a.name.push_back(lower(s[i++]));
    }
    while (i < end && is_space(s[i])) ++i;
    if (i < end && s[i] == '=') {
      ++i;
      while (i < end && is_space(s[i])) ++i;
      if (i < end && (s[i] == '"' || s[i] == '\'')) {
        const char quote = s[i++];
        while (i < end && s[i] != quote) a.value.push_back(s[i++]);
        if (i < end) ++i;
      } else {
        while (i < end && !is_space(s[i]) && s[i] != '>') a.value.push_back(s[i++]);
      }
    }
    if (a.name.empty()) {
      ++i;  // a stray character such as a lone quote: skip it
      continue;
    }
    attributes.push_back(std::move(a));
  }
  return attributes;
}

// The charset named in a Content-Type value: "text/html; charset=windows-1251".
std::optional<std::string> charset_of_content_type(std::string_view content) {
  const std::string c = lowered(content);
  std::size_t at = 0;
  while ((at = c.find("charset", at)) != std::string::npos) {
    std::size_t i = at + 7;
    while (i < c.size() && is_space(c[i])) ++i;
    if (i < c.size() && c[i] == '=') {
      ++i;
      while (i < c.size() && is_space(c[i])) ++i;
      if (i < c.size() && (c[i] == '"' || c[i] == '\'')) ++i;
      std::size_t e = i;
      while (e < c.size() && !is_space(c[e]) && c[e] != ';' && c[e] != '"' && c[e] != '\'') ++e;
      if (e > i) return c.substr(i, e - i);
      return std::nullopt;
    }
    at = i;
  }
  return std::nullopt;
}

bool has_utf8_bom(std::string_view page) { return page.substr(0, 3) == "\xEF\xBB\xBF"; }

// WHATWG-style label normalisation for the labels that matter here; anything else is
// passed to ICU as written.
std::string canonical_charset(const std::string& label) {
  std::string l;
  for (char c : label) {
    if (!is_space(c)) l.push_back(lower(c));
  }
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l.starts_with("utf-16") ||
      l == "unicode" || l == "ucs-2") {
    return "UTF-8";
  }
  if (l == "windows-1251" || l == "cp1251" || l == "x-cp1251" || l == "win-1251" ||
      l == "win1251") {
    return "windows-1251";
  }
  if (l == "koi8-r" || l == "koi8r" || l == "koi8" || l == "cskoi8r" || l == "koi") return "KOI8-R";
  if (l == "koi8-u" || l == "koi8-ru") return "KOI8-U";
  if (l == "us-ascii" || l == "ascii" || l == "iso-8859-1" || l == "iso8859-1" ||
      l == "latin1" || l == "l1" || l == "windows-1252" || l == "cp1252") {
    return "windows-1252";
  }
  return label;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

std::string convert_to_utf8(std::string_view page, const std::string& charset,
                            const std::string& label) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || !converter) {
    throw InputError("unsupported charset '" + label + "'");
  }
  // Unmapped bytes become U+FFFD rather than stopping the conversion.
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr,
                      nullptr, &status);
  std::string out;
  // Single-byte charsets: at most 3 UTF-8 bytes per byte; others: grow on overflow.
  std::size_t capacity = page.size() * 3 + 16;
  for (int attempt = 0; attempt < 4; ++attempt) {
    out.resize(capacity);
    status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter.get());
    const int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, converter.get(), out.data(),
                                         static_cast<int32_t>(out.size()), page.data(),
                                         static_cast<int32_t>(page.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      capacity = static_cast<std::size_t>(n) + 16;
      continue;
    }
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
      throw InputError("cannot convert the page from " + charset + ": " + u_errorName(status));
    }
    out.resize(static_cast<std::size_t>(n));
    return out;
  }
  throw InputError("cannot convert the page from " + charset);
}

std::size_t count_replacements(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t at = utf8.find("\xEF\xBF\xBD"); at != std::string_view::npos;
       at = utf8.find("\xEF\xBF\xBD", at + 3)) {
    ++n;
  }
  return n;
}

// Ill-formed parts of UTF-8 a page needs before it is read as a legacy charset.
constexpr std::size_t kLegacyEvidence = 8;

// Below this confidence (0-100) a multi-byte charset the detector names is not believed.
constexpr int32_t kMultiByteConfidence = 50;

bool has_multibyte(std::string_view page) {
  return std::any_of(page.begin(), page.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xC2; });
}

// Charsets where one byte is one character (the ones old pages declare).
bool single_byte_charset(const std::string& charset) {
  std::string c;
  for (char ch : charset) c.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
  return c.starts_with("windows-125") || c.starts_with("iso-8859") || c == "koi8-r" || c == "koi8-u" ||
         c.starts_with("ibm") || c.starts_with("cp") || c == "macintosh" || c == "x-mac-cyrillic";
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// What ICU's detector reads: the words written mostly in bytes above ASCII (a Russian word
// in windows-1251, "déjà" in windows-1252), at most kSampleBytes of them. The detector
// scores n-grams of the whole text it is given, so an English page with a Russian
// directory (or with curly quotes, the same bytes in windows-1251 and windows-1252) reads
// as English in windows-1252 when given whole; given only these words it reads the
// Russian. Empty when the page has no such word.
constexpr std::size_t kSampleBytes = 64 * 1024;

std::string detector_sample(std::string_view page) {
  std::string sample;
  std::size_t i = 0;
  while (i < page.size() && sample.size() < kSampleBytes) {
    while (i < page.size() && (is_space(page[i]) || page[i] == '<' || page[i] == '>')) ++i;
    const std::size_t begin = i;
    std::size_t high = 0;
    while (i < page.size() && !is_space(page[i]) && page[i] != '<' && page[i] != '>') {
      if (static_cast<unsigned char>(page[i]) >= 0x80) ++high;
      ++i;
    }
    if (high > 0 && 2 * high >= i - begin) {
      if (!sample.empty()) sample.push_back(' ');
      sample.append(page.substr(begin, i - begin));
    }
  }
  return sample;
}

}  // namespace

std::optional<std::string> guessed_charset(std::string_view page) {
  const std::string sample = detector_sample(page);
  if (sample.empty()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status) || !detector) return std::nullopt;
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status) || !matches) return std::nullopt;
  for (int32_t k = 0; k < found; ++k) {
    const char* name = ucsdet_getName(matches[k], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[k], &status);
    if (U_FAILURE(status) || !name) return std::nullopt;
    const std::string charset = canonical_charset(name);
    // Not UTF-8 (the page is not), nor UTF-16/32 (a page in them has its byte-order mark,
    // decode_utf16_page()); a multi-byte charset (GB18030, Shift_JIS, EUC-KR …) only when
    // the detector is sure of it: with few words to read it names one for Latin text.
    if (charset == "UTF-8" || std::string_view(name).starts_with("UTF")) continue;
    // EBCDIC (IBM420, IBM424): a page with ASCII in it is not in them.
    if (std::string_view(name).starts_with("IBM")) continue;
    if (!single_byte_charset(charset) && confidence < kMultiByteConfidence) continue;
    UErrorCode open_status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.c_str(), &open_status));
    if (U_FAILURE(open_status) || !converter) continue;  // a name ICU's converters do not take
    return charset;
  }
  return std::nullopt;
}

DecodedPage decode_undeclared_page(std::string_view page) {
  DecodedPage result;
  result.charset = "UTF-8";
  if (!find_invalid_utf8(page)) return result;
  if (has_utf8_bom(page)) {  // says UTF-8, whatever its bytes
    result.utf8 = decode_utf8_lossy(page, &result.replaced);
    result.converted = true;
    return result;
  }
  // UTF-8 with a few damaged bytes has more well-formed multi-byte characters than
  // ill-formed parts, or only a few such parts (kremlin.ru's "de\xe3lared" in an English
  // page: one mistyped byte, which a charset would turn into a letter); a page in a legacy
  // charset has (almost) no well-formed multi-byte character and many ill-formed parts
  // (each byte of a Russian word in windows-1251 is one).
  std::size_t ill_formed = 0, multi_byte = 0;
  for (std::size_t i = 0; i < page.size();) {
    bool valid;
    const std::size_t len = utf8_step(page, i, &valid);
    if (!valid) ++ill_formed;
    else if (len > 1) ++multi_byte;
    i += len;
  }
  if (ill_formed >= kLegacyEvidence && ill_formed > multi_byte) {
    result.charset = guessed_charset(page).value_or("windows-1252");
    result.utf8 = convert_to_utf8(page, result.charset, result.charset);
    result.converted = true;
    result.replaced = count_replacements(result.utf8);
    return result;
  }
  result.utf8 = decode_utf8_lossy(page, &result.replaced);
  result.converted = true;
  return result;
}

std::optional<std::string> declared_charset(std::string_view page) {
  const std::size_t end = std::min(page.size(), kPrescanBytes);
  std::size_t i = 0;
  while (i < end) {
    const std::size_t lt = page.find('<', i);
    if (lt == std::string_view::npos || lt >= end) break;
    i = lt;
    if (page.substr(i, 4) == "<!--") {
      const std::size_t close = page.find("-->", i + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    if (starts_with_ci(page, i, "<?xml")) {
      i += 5;
      for (const Attribute& a : read_attributes(page, i, end)) {
        if (a.name == "encoding" && !a.value.empty()) return lowered(a.value);
      }
      continue;
    }
    if (starts_with_ci(page, i, "<body") || starts_with_ci(page, i, "</head")) break;
    if (starts_with_ci(page, i, "<meta") && i + 5 < end &&
        (is_space(page[i + 5]) || page[i + 5] == '/')) {
      i += 5;
      std::optional<std::string> charset, content;
      bool content_type = false;
      for (const Attribute& a : read_attributes(page, i, end)) {
        if (a.name == "charset" && !charset) charset = lowered(a.value);
        if (a.name == "http-equiv" && lowered(a.value) == "content-type") content_type = true;
        if (a.name == "content" && !content) content = a.value;
      }
      if (charset && !charset->empty()) return charset;
      if (content_type && content) {
        if (auto c = charset_of_content_type(*content)) return c;
      }
      continue;
    }
    // Any other tag or markup: skip its name and attributes (quotes respected).
    ++i;
    while (i < end && !is_space(page[i]) && page[i] != '>') ++i;
    read_attributes(page, i, end);
  }
  return std::nullopt;
}

DecodedPage decode_html_page(std::string_view page) {
  DecodedPage result;
  result.charset = "UTF-8";
  std::optional<std::string> declared;
  if (!has_utf8_bom(page)) declared = declared_charset(page);
  if (declared) result.charset = canonical_charset(*declared);
  if (result.charset != "UTF-8" && !find_invalid_utf8(page) && has_multibyte(page) &&
      single_byte_charset(result.charset)) {
    result.charset = "UTF-8";  // saved as UTF-8 under an old declaration
  }
  if (result.charset == "UTF-8") {
    if (!declared && !has_utf8_bom(page)) return decode_undeclared_page(page);
    if (find_invalid_utf8(page)) {
      result.utf8 = decode_utf8_lossy(page, &result.replaced);
      result.converted = true;
    }
    return result;
  }
  result.utf8 = convert_to_utf8(page, result.charset, *declared);
  result.converted = true;
  result.replaced = count_replacements(result.utf8);
  return result;
}

}  // namespace transcript

namespace transcript {

std::optional<std::string> decode_utf16_page(std::string_view page) {
  if (page.size() < 2) return std::nullopt;
  const auto b0 = static_cast<unsigned char>(page[0]), b1 = static_cast<unsigned char>(page[1]);
  const char* charset = nullptr;
  if (b0 == 0xFF && b1 == 0xFE) charset = "UTF-16LE";
  if (b0 == 0xFE && b1 == 0xFF) charset = "UTF-16BE";
  if (!charset) return std::nullopt;
  return convert_to_utf8(page.substr(2), charset, charset);
}

}  // namespace transcript
