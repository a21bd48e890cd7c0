#include "core/text/stemmer.h"

#include <libstemmer.h>

#include <new>
#include <utility>

#include "core/text/input_error.h"

namespace transcript {

Stemmer::Stemmer(std::string_view language) {
  const std::string name(language);
  stemmer_ = sb_stemmer_new(name.c_str(), "UTF_8");
  if (!stemmer_) {
    // libstemmer also returns NULL when out of memory; tell the two apart by its list.
    for (const char** l = sb_stemmer_list(); *l; ++l) {
      if (name == *l) throw std::bad_alloc();
    }
    throw InputError("unknown language '" + name + "'");
  }
}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

Stemmer::Stemmer(Stemmer&& other) noexcept : stemmer_(std::exchange(other.stemmer_, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  if (this != &other) {
    if (stemmer_) sb_stemmer_delete(stemmer_);
    stemmer_ = std::exchange(other.stemmer_, nullptr);
  }
  return *this;
}

std::string_view Stemmer::stem(std::string_view folded_word) {
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded_word.data()),
      static_cast<int>(folded_word.size()));
  if (!out) throw std::bad_alloc();
  return {reinterpret_cast<const char*>(out),
          static_cast<std::size_t>(sb_stemmer_length(stemmer_))};
}

std::vector<std::string> Stemmer::languages() {
  std::vector<std::string> names;
  for (const char** l = sb_stemmer_list(); *l; ++l) names.emplace_back(*l);
  return names;
}

}  // namespace transcript
