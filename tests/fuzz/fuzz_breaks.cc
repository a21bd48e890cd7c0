// Fuzz target: SimpleBreaks (search/simple_breaks.h) against ICU's break iterators, which it
// stands in for on covered texts. Input: any bytes. A valid UTF-8 input that covers() accepts
// is compared as it is; every input is also mapped byte by byte onto characters of the
// covered classes (letters of three scripts, digits, every kind of punctuation the rules tell
// apart, spaces, newlines) and compared.
// Findings: crashes, sanitizer reports, and any boundary, rule status or walk (next or
// previous boundary from any character) that differs from ICU's.
#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/simple_breaks.h"
#include "core/text/utf8.h"
#include "fuzz_util.h"

namespace {

// Boundaries of ICU's iterator over text, and per segment whether it is a word.
void icu_boundaries(icu::BreakIterator& it, std::string_view text, std::vector<std::size_t>& out,
                    std::vector<bool>* words) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  it.setText(&ut, status);
  FUZZ_CHECK(U_SUCCESS(status));
  out.clear();
  if (words) words->clear();
  for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) {
    if (words && !out.empty()) words->push_back(it.getRuleStatus() >= UBRK_WORD_NONE_LIMIT);
    out.push_back(static_cast<std::size_t>(b));
  }
  utext_close(&ut);
}

void compare(std::string_view text) {
  static std::unique_ptr<icu::BreakIterator> word_it, sentence_it;
  if (!word_it) {
    UErrorCode status = U_ZERO_ERROR;
    word_it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    sentence_it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    FUZZ_CHECK(U_SUCCESS(status));
  }
  std::vector<std::size_t> words, sentences;
  std::vector<bool> is_word;
  icu_boundaries(*word_it, text, words, &is_word);
  icu_boundaries(*sentence_it, text, sentences, nullptr);
  const transcript::SimpleBreaks s(text);
  for (std::size_t pos = 0; pos <= text.size(); ++pos) {
    if (pos < text.size() && transcript::is_continuation_byte(static_cast<unsigned char>(text[pos]))) {
      continue;
    }
    for (const auto* list : {&words, &sentences}) {
      const bool w = list == &words;
      const auto next = std::upper_bound(list->begin(), list->end(), pos);
      const std::size_t expected_next = next == list->end() ? text.size() : *next;
      const std::size_t expected_previous =
          pos == 0 ? 0 : *(std::lower_bound(list->begin(), list->end(), pos) - 1);
      const bool expected_boundary = std::binary_search(list->begin(), list->end(), pos);
      FUZZ_CHECK((w ? s.is_word_boundary(pos) : s.is_sentence_boundary(pos)) == expected_boundary);
      FUZZ_CHECK((w ? s.next_word_boundary(pos) : s.next_sentence_boundary(pos)) == expected_next);
      FUZZ_CHECK((w ? s.previous_word_boundary(pos) : s.previous_sentence_boundary(pos)) ==
                 expected_previous);
    }
  }
  for (std::size_t k = 1; k < words.size(); ++k) {
    FUZZ_CHECK(s.word_ends_at(words[k]) == is_word[k - 1]);
    bool word = false;
    FUZZ_CHECK(s.next_word_boundary(words[k - 1], &word) == words[k] && word == is_word[k - 1]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;  // the checks below are quadratic in the worst case
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!transcript::find_invalid_utf8(input) && transcript::SimpleBreaks::covers(input)) {
    compare(input);
  }
  static const char* const kAlphabet[] = {
      "a", "B", "z", "Я", "д", "Ё", "é", "Ω", "ب", "@", "0", "7", ".", ",", ";", ":", "'", "\u2019",
      "\u2018", "\"", "!", "?", "\u203C", "(", ")", "[", "]", "«", "»", "\u201C", "\u201D", "\u201E",
      "-", "\u2013", "\u2014", "\u2026", "_", "\u203F", " ", "\u2003", "\u00A0", "\t", "\n", "\r",
      "\f", "\u0085", "\u2028", "\u2029", "/", "%", "№", "€", "&", "#", "*", "+", "\u2024", "\u00B7",
      "\u037E", "\u0589", "\u060C", "\u3002"};
  constexpr std::size_t kLetters = sizeof(kAlphabet) / sizeof(kAlphabet[0]);
  std::string mapped;
  for (std::size_t i = 0; i < size; ++i) mapped += kAlphabet[data[i] % kLetters];
  if (transcript::SimpleBreaks::covers(mapped)) compare(mapped);
  return 0;
}
