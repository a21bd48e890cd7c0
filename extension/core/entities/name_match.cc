#include "core/entities/name_match.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/entities/person_name.h"

namespace transcript {

double edit_similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return 1.0 - static_cast<double>(row[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

namespace {

// 1 when the two words may be forms of one name; otherwise their best similarity.
double word_similarity(const NameWord& a, const NameWord& b, TokenKeyer& keyer) {
  const std::vector<std::string> ka = keyer.text_keys(a.folded, a.script).names;
  const std::vector<std::string>& kb = keyer.text_keys(b.folded, b.script).names;
  double best = 0.0;
  for (const std::string& x : ka) {
    for (const std::string& y : kb) {
      if (x == y) return 1.0;
      best = std::max(best, edit_similarity(x, y));
    }
  }
  return best;
}

bool initial_agrees(const NameWord& initial, const NameWord& other) {
  const std::vector<std::string> a = initial_keys_of(initial);
  const std::vector<std::string> b = initial_keys_of(other);
  return std::any_of(a.begin(), a.end(), [&](const std::string& k) {
    return std::find(b.begin(), b.end(), k) != b.end();
  });
}

double part_similarity(const NameWord& a, const NameWord& b, TokenKeyer& keyer) {
  if (a.initial || b.initial) return initial_agrees(a, b) ? 1.0 : 0.0;
  return word_similarity(a, b, keyer);
}

double score(const PersonName& a, const PersonName& b, TokenKeyer& keyer) {
  if (a.surname < 0 || b.surname < 0) return 0.0;
  double s = part_similarity(a.words[a.surname], b.words[b.surname], keyer);
  if (s < 0.85) s *= 0.5;
  const NameWord* ga = a.first_given();
  const NameWord* gb = b.first_given();
  if (ga && gb) s *= 0.25 + 0.75 * part_similarity(*ga, *gb, keyer);
  if (a.patronymic >= 0 && b.patronymic >= 0) {
    s *= 0.5 + 0.5 * part_similarity(a.words[a.patronymic], b.words[b.patronymic], keyer);
  }
  return s;
}

}  // namespace

double name_match(std::string_view a, std::string_view b, MatchContext& context,
                  const Gazetteer* gazetteer) {
  if (gazetteer) {
    const auto ta = gazetteer->resolve(a, context.keyer);
    const auto tb = gazetteer->resolve(b, context.keyer);
    for (std::uint32_t t : ta) {
      if (std::find(tb.begin(), tb.end(), t) != tb.end()) return 1.0;
    }
  }
  const PersonName pa = parse_person_name(a);
  const PersonName pb = parse_person_name(b);
  double best = score(pa, pb, context.keyer);
  if (auto other = with_first_word_as_surname(pa)) best = std::max(best, score(*other, pb, context.keyer));
  if (auto other = with_first_word_as_surname(pb)) best = std::max(best, score(pa, *other, context.keyer));
  return std::clamp(best, 0.0, 1.0);
}

}  // namespace transcript
