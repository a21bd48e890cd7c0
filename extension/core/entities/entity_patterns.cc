#include "core/entities/entity_patterns.h"

#include "core/entities/analyzed_text.h"
#include "core/entities/common_words.h"
#include "core/text/utf8.h"

namespace transcript {

std::vector<Pattern> person_patterns(const PersonName& name, bool case_rules) {
  std::vector<Pattern> out;
  if (name.surname < 0) return out;
  const CaseRule rule = case_rules ? CaseRule::kCapitalised : CaseRule::kAny;
  const NameWord& s = name.words[name.surname];
  // A surname that is also a word (Price, Brown, Мороз) is the person only where its capital
  // means something; a month or weekday name (May) always has one, so only the full name
  // counts. Every form below holds the surname, so the rule is the same in all of them: the
  // FTS5 tokenizer, which looks up the surname alone, then finds the same rows.
  const bool calendar = is_calendar_word(s.folded);
  const bool common = calendar || is_common_word(s.folded);
  const PatternWord surname{{s.key}, common ? CaseRule::kProper : rule};
  if (!calendar) out.push_back({surname});

  const NameWord* given_word = name.first_given();
  if (!given_word) return out;
  const NameWord* patronymic_word = name.patronymic >= 0 ? &name.words[name.patronymic] : nullptr;
  // A second initial stands for the patronymic ("С.В.").
  const NameWord* second_initial = nullptr;
  if (!patronymic_word && name.given.size() > 1 && name.words[name.given[1]].initial) {
    second_initial = &name.words[name.given[1]];
  }

  const PatternWord initial{initial_keys_of(*given_word), CaseRule::kAny};
  PatternWord patronymic_initial{{std::string(kAnyInitialKey)}, CaseRule::kAny};
  if (patronymic_word) patronymic_initial.keys = initial_keys_of(*patronymic_word);
  if (second_initial) patronymic_initial.keys = initial_keys_of(*second_initial);

  if (!given_word->initial) {
    const PatternWord given{{given_word->key}, rule};
    PatternWord patronymic{{std::string(kPatronymicKey)}, CaseRule::kAny};
    if (patronymic_word) patronymic = {{patronymic_word->key}, rule};
    out.push_back({given, surname});
    out.push_back({given, patronymic, surname});
    out.push_back({surname, given});
    out.push_back({surname, given, patronymic});
    // Names of several given words (Recep Tayyip, Jong Un) in full, either order.
    Pattern all_given;
    for (int k : name.given) {
      if (name.words[k].initial) break;
      all_given.push_back({{name.words[k].key}, rule});
    }
    if (all_given.size() > 1) {
      Pattern forward = all_given, backward{surname};
      forward.push_back(surname);
      backward.insert(backward.end(), all_given.begin(), all_given.end());
      out.push_back(std::move(forward));
      out.push_back(std::move(backward));
    }
  }
  out.push_back({initial, surname});
  out.push_back({initial, patronymic_initial, surname});
  out.push_back({surname, initial});
  out.push_back({surname, initial, patronymic_initial});
  return out;
}

bool is_acronym(const AnalyzedText& phrase, std::size_t i, bool all_caps_phrase) {
  if (phrase.words()[i].script == WordScript::kDigits || !phrase.shape(i).all_caps) return false;
  const std::string_view word = phrase.word(i);
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const char32_t cp = decode_utf8(word, pos);
    letters += !(cp >= '0' && cp <= '9');
  }
  return letters >= 2 || all_caps_phrase;
}

Pattern phrase_pattern(std::string_view phrase, TokenKeyer& keyer, bool case_rules) {
  AnalyzedText text;
  text.analyze(phrase);
  bool all_caps = text.size() > 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.words()[i].script != WordScript::kDigits && !text.shape(i).all_caps) all_caps = false;
  }
  Pattern pattern;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view word = text.word(i);
    const WordToken& token = text.words()[i];
    const WordShape shape = text.shape(i);
    if (token.script == WordScript::kDigits) {
      pattern.push_back({{latin_spelling(word)}, CaseRule::kAny});
    } else if (is_acronym(text, i, all_caps)) {
      pattern.push_back({{latin_spelling(word)}, CaseRule::kAllCaps});
    } else {
      PatternWord w{{name_key(word), keyer.stem_key(word, token.script)}, CaseRule::kAny};
      if (case_rules && shape.capitalised) w.rule = text.mixed_case(i) ? CaseRule::kMixedCase : CaseRule::kCapitalised;
      pattern.push_back(std::move(w));
    }
  }
  return pattern;
}

std::vector<Pattern> alias_patterns(std::string_view alias, std::string_view kind,
                                    TokenKeyer& keyer, bool case_rules) {
  if (kind == "person") return person_patterns(parse_person_name(alias), case_rules);
  Pattern p = phrase_pattern(alias, keyer, case_rules);
  if (p.empty()) return {};
  return {std::move(p)};
}

}  // namespace transcript
