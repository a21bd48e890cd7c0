// Cyrillic -> Latin transliteration (transcript_translit, and the Latin side of name keys).
//
// What it offers:
//  - transliterate(): readable Latin for Cyrillic text, case kept, everything that is not
//    Cyrillic left as it is: "Сергей Лавров" -> "Sergey Lavrov", "ДАРЧИЕВ" -> "DARCHIEV".
//  - cyrillic_to_latin(): the context-free Latin form of one lower-case Cyrillic letter, the
//    building block of matching keys (entities/token_keys.h).
//
// How it works: ICU's Russian-Latin/BGN transliterator (Ukrainian-Latin/BGN and
// Belarusian-Latin/BGN for the letters Russian lacks) is run once per letter, in three
// contexts (word start, after a consonant, after a vowel), when the table is first used;
// rows never meet a Transliterator, which is slow (NOTES: 22 MB/s and worse than linear).
// BGN's modifier letters for ь/ъ and its separator dot are dropped and ë becomes e, as the
// press writes. On top of BGN, transliterate() applies the spellings the press uses:
// word-final -ий/-ый -> y (Dmitry, Zelensky, not Dmitriy, Zelenskiy), -ия -> ia (Maria),
// е after и -> e (Darchiev, not Darchiyev), й between a vowel and a consonant -> i
// (Shoigu, not Shoygu).
//
// Thread-safety: the table is built once on first use (thread-safe static) and immutable.
#pragma once

#include <string>
#include <string_view>

namespace transcript {

// Valid UTF-8 in, UTF-8 out.
std::string transliterate(std::string_view text);

// The Latin letters for a lower-case Cyrillic letter after a consonant ("ж" -> "zh",
// "е" -> "e", "ь" -> ""), or nullptr when `cp` is not a Cyrillic letter the table knows.
const std::string* cyrillic_to_latin(char32_t lower_cp);

}  // namespace transcript
