#include "core/text/transliteration.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "core/text/utf8.h"

namespace transcript {
namespace {

struct LetterForms {
  bool known = false;
  std::string initial;      // at the start of a word
  std::string medial;       // after a consonant
  std::string after_vowel;  // after a vowel, ь or ъ
};

// Cyrillic block U+0400..U+04FF, lower-case letters only.
constexpr char32_t kFirst = 0x0400, kLast = 0x04FF;

bool is_russian_vowel(char32_t lower) {
  switch (lower) {
    case U'а': case U'е': case U'ё': case U'и': case U'о': case U'у': case U'ы':
    case U'э': case U'ю': case U'я': case U'і': case U'ї': case U'є':
      return true;
    default:
      return false;
  }
}

std::string clean(const icu::UnicodeString& latin) {
  // BGN writes ь/ъ as modifier primes and separates some pairs with a middle dot; the press
  // writes neither, nor the diaeresis of ë.
  std::string out;
  for (int32_t k = 0; k < latin.length();) {
    const UChar32 c = latin.char32At(k);
    k += U16_LENGTH(c);
    if (c == 0x02B9 || c == 0x02BA || c == 0x00B7 || c == 0x02BB || c == 0x02BC) continue;
    if (c == 0x00EB) {
      out.push_back('e');
      continue;
    }
    if (c == 0x00CB) {
      out.push_back('E');
      continue;
    }
    append_utf8(out, static_cast<char32_t>(c));
  }
  return out;
}

class Table {
 public:
  Table() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> russian(
        icu::Transliterator::createInstance("Russian-Latin/BGN", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU Russian-Latin/BGN unavailable");
    std::vector<std::unique_ptr<icu::Transliterator>> others;
    for (const char* id : {"Ukrainian-Latin/BGN", "Belarusian-Latin/BGN", "Cyrillic-Latin"}) {
      UErrorCode s = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(
          icu::Transliterator::createInstance(id, UTRANS_FORWARD, s));
      if (U_SUCCESS(s) && t) others.push_back(std::move(t));
    }
    auto run = [](icu::Transliterator& t, const icu::UnicodeString& prefix, char32_t cp,
                  const char* strip) -> std::optional<std::string> {
      icu::UnicodeString s = prefix;
      s.append(static_cast<UChar32>(cp));
      t.transliterate(s);
      std::string out = clean(s);
      const std::string p(strip);
      if (out.compare(0, p.size(), p) != 0) return std::nullopt;
      out.erase(0, p.size());
      for (unsigned char c : out) {
        if (c >= 0x80) return std::nullopt;  // still not Latin ASCII: not this language's letter
      }
      return out;
    };
    for (char32_t cp = kFirst; cp <= kLast; ++cp) {
      if (!u_islower(static_cast<UChar32>(cp))) continue;
      LetterForms& f = forms_[cp - kFirst];
      for (std::size_t t = 0; t <= others.size() && !f.known; ++t) {
        icu::Transliterator& tr = t == 0 ? *russian : *others[t - 1];
        auto initial = run(tr, icu::UnicodeString(), cp, "");
        auto medial = run(tr, icu::UnicodeString(u"б"), cp, "b");
        auto after_vowel = run(tr, icu::UnicodeString(u"а"), cp, "a");
        // Russian-Latin leaves other languages' letters alone; then try the next one.
        if (!initial || !medial || !after_vowel) continue;
        if (initial->empty() && cp != U'ь' && cp != U'ъ') continue;
        f = {true, *initial, *medial, *after_vowel};
      }
    }
  }
  const LetterForms* find(char32_t lower) const {
    if (lower < kFirst || lower > kLast) return nullptr;
    const LetterForms& f = forms_[lower - kFirst];
    return f.known ? &f : nullptr;
  }

 private:
  std::array<LetterForms, kLast - kFirst + 1> forms_;
};

const Table& table() {
  static const Table t;
  return t;
}

bool is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }

}  // namespace

const std::string* cyrillic_to_latin(char32_t lower_cp) {
  const LetterForms* f = table().find(lower_cp);
  return f ? &f->medial : nullptr;
}

std::string transliterate(std::string_view text) {
  const Table& t = table();
  std::vector<char32_t> cps;
  cps.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) cps.push_back(decode_utf8(text, pos));

  auto lower = [](char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); };
  auto upper = [](char32_t c) { return u_isupper(static_cast<UChar32>(c)) != 0; };
  auto at = [&](std::size_t k) -> char32_t { return k < cps.size() ? cps[k] : 0; };

  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < cps.size(); ++k) {
    const char32_t cp = cps[k];
    const char32_t lo = lower(cp);
    const LetterForms* f = t.find(lo);
    if (!f) {
      append_utf8(out, cp);
      continue;
    }
    const char32_t prev = k > 0 ? lower(cps[k - 1]) : 0;
    const char32_t next = lower(at(k + 1));
    const bool word_start = k == 0 || !is_letter(cps[k - 1]);
    const bool word_end = !is_letter(at(k + 1));
    std::string latin;
    // The press spellings first, then BGN by context.
    if ((lo == U'и' || lo == U'ы') && next == U'й' && !is_letter(at(k + 2))) {
      latin = "y";
      ++k;  // -ий / -ый written as one y
    } else if (lo == U'я' && prev == U'и' && word_end) {
      latin = "a";  // -ия -> ia
    } else if (lo == U'е' && prev == U'и') {
      latin = "e";
    } else if (lo == U'й' && is_russian_vowel(prev) && next != 0 && is_letter(at(k + 1)) &&
               !is_russian_vowel(next)) {
      latin = "i";
    } else if (word_start) {
      latin = f->initial;
    } else if (is_russian_vowel(prev) || prev == U'ь' || prev == U'ъ') {
      latin = f->after_vowel;
    } else {
      latin = f->medial;
    }
    if (upper(cp) && !latin.empty()) {
      // A capital in a word of capitals stays all capitals (ДАРЧИЕВ -> DARCHIEV); a capital
      // at the start of a word gives one capital (Шойгу -> Shoigu, Щ -> Shch).
      const char32_t neighbour = is_letter(at(k + 1)) ? at(k + 1) : (k > 0 ? cps[k - 1] : 0);
      const bool all_caps = neighbour != 0 && is_letter(neighbour) && upper(neighbour);
      for (std::size_t c = 0; c < latin.size(); ++c) {
        if (all_caps || c == 0) latin[c] = static_cast<char>(std::toupper(static_cast<unsigned char>(latin[c])));
      }
    }
    out += latin;
  }
  return out;
}

}  // namespace transcript
