#include "core/search/query_terms.h"

#include <algorithm>

#include "core/entities/analyzed_text.h"
#include "core/text/case_fold.h"

namespace transcript {

std::string entity_key(std::string_view entity) { return "=" + fold(entity); }

TermReading read_term(std::string_view text, bool prefix, const Gazetteer& gazetteer,
                      TokenKeyer& keyer, bool entities) {
  TermReading r;
  AnalyzedText t;
  t.analyze(text);
  if (t.size() == 0) return r;
  if (prefix) {
    r.kind = TermKind::kWords;
    return r;
  }
  if (entities) {
    r.targets = gazetteer.resolve(text, keyer);
    if (!r.targets.empty()) {
      r.kind = TermKind::kEntity;
      return r;
    }
  }
  bool person = t.size() >= 2 && t.size() <= 4;
  for (std::size_t i = 0; i < t.size() && person; ++i) {
    const WordShape shape = t.shape(i);
    const std::string_view word = t.word(i);
    std::size_t letters = 0;
    for (unsigned char c : word) letters += (c & 0xC0) != 0x80;
    if (t.words()[i].script == WordScript::kDigits || !shape.capitalised ||
        (shape.all_caps && letters >= 2)) {
      person = false;
      break;
    }
    // A word that names a country or an organisation by itself makes a list, not a name
    // ("Russia Ukraine"); one that names a person is part of a name ("George W. Bush").
    const std::string_view original =
        t.original().substr(t.original_begin(i), t.original_end(i) - t.original_begin(i));
    for (std::uint32_t target : gazetteer.resolve(original, keyer)) {
      if (gazetteer.matcher().target(target).kind != "person") person = false;
    }
  }
  if (person) {
    r.kind = TermKind::kPerson;
    r.person = parse_person_name(text);
    if (r.person.surname < 0) r.kind = TermKind::kWords;
    return r;
  }
  r.kind = TermKind::kWords;
  return r;
}

}  // namespace transcript
