#include "core/entities/token_keys.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "core/entities/common_words.h"
#include "core/text/transliteration.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Latin letters for a folded word: Cyrillic through the letter table, the rest as it is.
void append_latin(std::string_view folded, std::string& out) {
  std::size_t pos = 0;
  while (pos < folded.size()) {
    const auto c = static_cast<unsigned char>(folded[pos]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = decode_utf8(folded, pos);
    if (const std::string* latin = cyrillic_to_latin(cp)) {
      out += *latin;
    } else if (cp == 0x2019 || cp == 0x02BC) {
      // apostrophes vanish below
    } else {
      out.append(folded.substr(start, pos - start));
    }
  }
}

// The canonical spelling of Latin letters (see the header).
void canonicalise(std::string& s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (char c : s) {
    if (c == '\'') continue;
    if (c == 'x') {
      out += "ks";
      continue;
    }
    if (c == 'y') c = 'i';
    // "ie" at the start or after a vowel is e: drop the i already written.
    if (c == 'e' && !out.empty() && out.back() == 'i' &&
        (out.size() == 1 || is_vowel(out[out.size() - 2]))) {
      out.back() = 'e';
      continue;
    }
    if (c == 'i' && !out.empty() && out.back() == 'i') continue;
    out.push_back(c);
  }
  s.swap(out);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Feminine Russian surnames to the masculine form, on a canonical key.
void masculine_surname(std::string& s) {
  if (s.size() > 6 && ends_with(s, "skaia")) {
    s.replace(s.size() - 5, 5, "ski");
  } else if (s.size() > 6 && ends_with(s, "ckaia")) {
    s.replace(s.size() - 5, 5, "cki");
  } else if (s.size() > 4 &&
             (ends_with(s, "ova") || ends_with(s, "eva") || ends_with(s, "ina"))) {
    s.pop_back();
  }
}

// Case endings of Russian nouns, adjectives and surnames, longest first. Removing one and
// adding a nominative ending gives the candidates of an inflected word.
constexpr std::array<std::u32string_view, 30> kCaseEndings{
    U"ами", U"ями", U"ого", U"его", U"ому", U"ему", U"ыми", U"ими", U"ой", U"ей",
    U"ом",  U"ем",  U"ым",  U"им",  U"ою",  U"ею",  U"ью",  U"ах",  U"ях",  U"ам",
    U"ям",  U"ых",  U"их",  U"а",   U"я",   U"у",   U"ю",   U"ы",   U"и",   U"е"};
constexpr std::array<std::u32string_view, 5> kNominativeEndings{U"", U"а", U"я", U"й", U"ий"};

void add_unique(std::vector<std::string>& keys, std::string key) {
  if (key.empty()) return;
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
}

}  // namespace

std::string latin_spelling(std::string_view folded_word) {
  std::string s;
  append_latin(folded_word, s);
  canonicalise(s);
  return s;
}

std::string name_key(std::string_view folded_word) {
  std::string s = latin_spelling(folded_word);
  masculine_surname(s);
  return s;
}

std::string initial_key(std::string_view folded_letters) {
  return std::string(1, kInitialPrefix) + latin_spelling(folded_letters);
}

std::span<const std::u32string_view> russian_case_endings() { return kCaseEndings; }
std::span<const std::u32string_view> russian_nominative_endings() { return kNominativeEndings; }

bool is_patronymic_key(std::string_view key) {
  if (key.size() < 6) return false;
  for (std::string_view suffix : {"ovich", "evich", "ovna", "evna", "ichna", "ich"}) {
    if (ends_with(key, suffix)) return true;
  }
  return false;
}

unsigned char key_first_byte(std::string_view folded_word) {
  if (folded_word.empty()) return 0;
  auto c = static_cast<unsigned char>(folded_word[0]);
  if (c >= 0x80) {
    std::size_t pos = 0;
    const char32_t cp = decode_utf8(folded_word, pos);
    const std::string* latin = cyrillic_to_latin(cp);
    if (!latin) return c;
    if (latin->empty()) return 0;  // ь, ъ: no letter of their own
    c = static_cast<unsigned char>((*latin)[0]);
  }
  if (c == 'y') return 'i';
  if (c == 'x') return 'k';
  return c;
}

TokenKeyer::TokenKeyer() : english_("english"), russian_("russian") {}

TokenKeyer::WordIdCache& TokenKeyer::id_cache(std::uint64_t matcher_serial) {
  for (auto& [serial, cache] : id_caches_) {
    if (serial == matcher_serial) {
      if (cache->words.size() > 200000) {
        cache->words.clear();
        cache->ids.clear();
      }
      return *cache;
    }
  }
  if (id_caches_.size() >= 16) id_caches_.erase(id_caches_.begin());
  id_caches_.emplace_back(matcher_serial, std::make_unique<WordIdCache>());
  return *id_caches_.back().second;
}

std::string TokenKeyer::stem_key(std::string_view folded_word, WordScript script) {
  // The stem's language is part of the key: English "german" and the Russian stem
  // "герман" (of Германия) must not meet. Scripts meet through name keys only.
  std::string_view stem = folded_word;
  char lang = 'x';
  if (script == WordScript::kLatin) {
    stem = english_.stem(folded_word);
    lang = 'e';
  } else if (script == WordScript::kCyrillic || script == WordScript::kMixed) {
    stem = russian_.stem(folded_word);
    lang = 'r';
  }
  std::string letters;
  append_latin(stem, letters);
  canonicalise(letters);
  std::string key{kStemPrefix, lang};
  return key + letters;
}

const WordKeys& TokenKeyer::text_keys(std::string_view folded_word, WordScript script) {
  const std::uint64_t hash = WordMap<WordKeys>::hash(folded_word);  // any V: same hash
  if (WordKeys* found = cache_.find(folded_word, hash)) return *found;
  // Words are few (a vocabulary), texts are many: the cache stays small in practice; the
  // bound protects against unbounded input.
  if (cache_.size() > 200000) cache_.clear();

  WordKeys keys;
  keys.names.push_back(name_key(folded_word));
  if (script == WordScript::kCyrillic || script == WordScript::kMixed) {
    std::u32string cps;
    for (std::size_t pos = 0; pos < folded_word.size();) cps.push_back(decode_utf8(folded_word, pos));
    for (std::u32string_view ending : kCaseEndings) {
      if (cps.size() < ending.size() + 3) continue;
      if (std::u32string_view(cps).substr(cps.size() - ending.size()) != ending) continue;
      const std::u32string_view stem = std::u32string_view(cps).substr(0, cps.size() - ending.size());
      for (std::u32string_view nominative : kNominativeEndings) {
        if (nominative == U"ий" && !stem.ends_with(U"к")) continue;  // -ский, -цкий
        add_unique(keys.names, name_key(to_utf8(std::u32string(stem) + std::u32string(nominative))));
      }
    }
  }
  keys.stem = stem_key(folded_word, script);
  for (const std::string& k : keys.names) {
    keys.patronymic |= is_patronymic_key(k);
    keys.common |= is_common_name_key(k);
  }
  return cache_.insert(folded_word, hash, std::move(keys));
}

}  // namespace transcript
