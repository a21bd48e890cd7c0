// Guessing the language of a turn or a page, for the `lang` columns.
//
// The script decides first: Cyrillic, Latin, or another script (Arabic "ar", Han "zh",
// kana "ja", Hangul "ko", Greek "el", Hebrew "he", Georgian "ka", Armenian "hy").
//   - Latin text: function words of English, French, Spanish, German, Portuguese, Italian,
//     Dutch, Polish, Turkish, Romanian, Czech and Slovak are counted ("the", "les", "los",
//     "und", "não", "della", "het", "się", "için", "și", "jsou", "sú", …: words frequent in one of these languages and
//     rare or absent in the others), and so are the words that hold a letter only one of
//     them writes (Turkish ı ğ ş, Polish ł ą ę ś ź ż ń, Romanian ă ș ț, Czech ě ř ů, Slovak
//     ľ ĺ ŕ ô) unless they start
//     with a capital (a name such as Çavuşoğlu in an English text is no evidence). The
//     language with the most hits wins when it has at least two; otherwise the text is
//     English, as before (a short reply such as "Thank you." carries too little evidence
//     either way).
//   - Cyrillic text: Ukrainian letters (і ї є ґ) against Russian ones (ы э ъ ё); ў marks
//     Belarusian. Russian unless the other letters outnumber the Russian ones.
// Only the first kEvidenceBytes of a text are read for the evidence: a turn's language
// shows in its first paragraphs, and the guess stays cheap on long monologues.
// Evidence adds up, so a page's language is guessed from the sum over its turns, and a turn
// with too little evidence of its own takes the page's language (see confident()).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace transcript {

struct LanguageEvidence {
  // en fr es de pt it nl pl tr ro id ms, the words Malay and Indonesian share, cs sk
  static constexpr std::size_t kLatinLanguages = 15;
  static constexpr std::size_t kOtherScripts = 8;    // ar zh ja ko el he ka hy
  std::array<std::uint32_t, kLatinLanguages> function_words{};
  std::uint32_t ukrainian_letters = 0;   // і ї є ґ
  std::uint32_t belarusian_letters = 0;  // ў
  std::uint32_t russian_letters = 0;     // ы э ъ ё
  std::array<std::uint32_t, kOtherScripts> other_scripts{};

  LanguageEvidence& operator+=(const LanguageEvidence& o);
};

constexpr std::size_t kEvidenceBytes = 320;

// Evidence from the first kEvidenceBytes of the (valid UTF-8) text.
LanguageEvidence language_evidence(std::string_view text);

// The language code for text whose letters are counted by script (latin, cyrillic, other).
// "und" when there are no letters.
std::string guess_language(std::size_t latin, std::size_t cyrillic, std::size_t other,
                           const LanguageEvidence& evidence);

// True when two codes guess_language() gives are written in the same script (Latin:
// en fr es de pt it nl pl tr ro id ms cs sk; Cyrillic: ru uk be; each other script its own); false for "und".
bool same_script(std::string_view a, std::string_view b);

// True when the evidence alone settles the language within its script (two or more
// function words of the winning Latin language; any distinguishing Cyrillic letter).
bool confident(std::size_t latin, std::size_t cyrillic, std::size_t other, const LanguageEvidence& evidence);

}  // namespace transcript
