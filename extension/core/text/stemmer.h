// Snowball stemming (libstemmer) for transcript_stem and for the stem keys of common words.
//
// A Stemmer owns one sb_stemmer; libstemmer keeps its working buffers inside that object,
// so a Stemmer is not thread-safe: keep one per connection (or per thread). Creating one is
// cheap. Input must already be folded (lower case): Snowball does not fold case itself.
//
// Snowball is good at common words and wrong for names and acronyms (NOTES: Лавров -> лавр
// but Лаврова -> лавров; НАТО -> нат); name keys therefore never go through it
// (entities/token_keys.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace transcript {

class Stemmer {
 public:
  // `language` is a Snowball algorithm name or ISO 639 code ("english", "en", "russian",
  // "ru", …). Throws InputError("unknown language 'xx'") when libstemmer has no such
  // algorithm.
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  Stemmer(Stemmer&& other) noexcept;
  Stemmer& operator=(Stemmer&& other) noexcept;

  // The stem of one folded word. The view stays valid until the next call.
  std::string_view stem(std::string_view folded_word);

  // The languages libstemmer offers (canonical names).
  static std::vector<std::string> languages();

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace transcript
