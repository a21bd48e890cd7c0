// The directory vocabulary (see field_labels.h). To support a new language, add its
// labels, kind phrases and city prepositions here and a test in field_labels_test.cc.
#include "core/directory/field_labels.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <unordered_map>

namespace transcript {
namespace {

using F = DirectoryField;

// Folded, spaces collapsed, without a trailing colon or full stop: the matching key.
std::string label_key(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  std::string folded;
  s.toUTF8String(folded);
  std::string out;
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  while (!out.empty() && (out.back() == ':' || out.back() == '.' || out.back() == ' '))
    out.pop_back();
  return out;
}

}  // namespace

const std::vector<FieldLabel>& directory_field_labels() {
  static const std::vector<FieldLabel> labels{
      // Names shared by every language.
      {"E-mail", "", F::kEmail},
      {"Email", "", F::kEmail},
      {"Web", "", F::kWeb},
      {"Fax", "", F::kFax},
      {"Telex", "", F::kTelex},
      {"Twitter", "", F::kSocial},
      {"Facebook", "", F::kSocial},
      {"Youtube", "", F::kSocial},
      {"Instagram", "", F::kSocial},
      {"Periscop", "", F::kSocial},
      {"Periscope", "", F::kSocial},
      {"SoundCloud", "", F::kSocial},
      {"iTunes", "", F::kSocial},
      {"Telegram", "", F::kSocial},
      {"LinkedIn", "", F::kSocial},
      {"Flickr", "", F::kSocial},
      {"VK", "", F::kSocial},
      // Russian (mid.ru and others).
      {"Адрес", "ru", F::kAddress},
      {"Почтовый адрес", "ru", F::kAddress},
      {"Телефон", "ru", F::kPhone},
      {"Телефоны", "ru", F::kPhone},
      {"Тел", "ru", F::kPhone},
      {"Горячая линия", "ru", F::kHotline},
      {"Дежурный телефон", "ru", F::kHotline},
      {"Факс", "ru", F::kFax},
      {"Эл. почта", "ru", F::kEmail},
      {"Электронная почта", "ru", F::kEmail},
      {"Сайт", "ru", F::kWeb},
      {"Веб-сайт", "ru", F::kWeb},
      {"Телекс", "ru", F::kTelex},
      {"Вконтакте", "ru", F::kSocial},
      {"Одноклассники", "ru", F::kSocial},
      {"Посол", "ru", F::kPerson},
      {"Генеральный консул", "ru", F::kPerson},
      // English.
      {"Address", "en", F::kAddress},
      {"Postal address", "en", F::kAddress},
      {"Tel", "en", F::kPhone},
      {"Telephone", "en", F::kPhone},
      {"Phone", "en", F::kPhone},
      {"Phone number", "en", F::kPhone},
      {"Emergency", "en", F::kHotline},
      {"Emergency phone", "en", F::kHotline},
      {"Hotline", "en", F::kHotline},
      {"Facsimile", "en", F::kFax},
      {"E-mail address", "en", F::kEmail},
      {"Website", "en", F::kWeb},
      {"Web site", "en", F::kWeb},
      {"Web page", "en", F::kWeb},
      {"Homepage", "en", F::kWeb},
      {"Ambassador", "en", F::kPerson},
      {"High Commissioner", "en", F::kPerson},
      {"Consul General", "en", F::kPerson},
      {"Head of Mission", "en", F::kPerson},
      {"Permanent Representative", "en", F::kPerson},
      // Portuguese.
      {"Endereço", "pt", F::kAddress},
      {"Morada", "pt", F::kAddress},
      {"Telefone", "pt", F::kPhone},
      {"Telefones", "pt", F::kPhone},
      {"Plantão", "pt", F::kHotline},
      {"Plantão consular", "pt", F::kHotline},
      {"Correio eletrônico", "pt", F::kEmail},
      {"Home Page", "pt", F::kWeb},
      {"Página", "pt", F::kWeb},
      {"Sítio", "pt", F::kWeb},
      {"Embaixador", "pt", F::kPerson},
      {"Embaixadora", "pt", F::kPerson},
      {"Cônsul-Geral", "pt", F::kPerson},
  };
  return labels;
}

std::optional<DirectoryField> find_field_label(std::string_view label) {
  static const std::unordered_map<std::string, DirectoryField> index = [] {
    std::unordered_map<std::string, DirectoryField> m;
    for (const FieldLabel& l : directory_field_labels()) m.emplace(label_key(l.text), l.field);
    return m;
  }();
  std::string key = label_key(label);
  if (key.empty()) return std::nullopt;
  if (auto it = index.find(key); it != index.end()) return it->second;
  return std::nullopt;
}

const std::vector<KindPhrase>& directory_kind_phrases() {
  static const std::vector<KindPhrase> phrases{
      {"посольств*", "ru", "embassy"},
      {"генеральн* консульств*", "ru", "consulate_general"},
      {"консульств*", "ru", "consulate"},
      {"консульск* отдел*", "ru", "consular_section"},
      {"постоянн* представительств*", "ru", "permanent_mission"},
      {"торгов* представительств*", "ru", "trade_mission"},
      {"торгпредств*", "ru", "trade_mission"},
      {"горяч* лини*", "ru", "hotline"},
      {"embassy", "en", "embassy"},
      {"high commission", "en", "embassy"},
      {"consulate general", "en", "consulate_general"},
      {"consulate-general", "en", "consulate_general"},
      {"consulate", "en", "consulate"},
      {"consular section", "en", "consular_section"},
      {"consular department", "en", "consular_section"},
      {"permanent mission", "en", "permanent_mission"},
      {"trade mission", "en", "trade_mission"},
      {"trade representation", "en", "trade_mission"},
      {"hotline", "en", "hotline"},
      {"embaixada", "pt", "embassy"},
      {"consulado-geral", "pt", "consulate_general"},
      {"consulado geral", "pt", "consulate_general"},
      {"consulado", "pt", "consulate"},
      {"vice-consulado", "pt", "consulate"},
      {"setor consular", "pt", "consular_section"},
      {"seção consular", "pt", "consular_section"},
      {"missão permanente", "pt", "permanent_mission"},
  };
  return phrases;
}

namespace {

// Splits folded text into words at spaces and at punctuation other than '-' and '*'.
std::vector<std::string> kind_words(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  std::vector<std::string> words;
  icu::UnicodeString current;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c) || c == '-' || c == '*' || u_charType(c) == U_NON_SPACING_MARK) {
      current.append(c);
    } else if (!current.isEmpty()) {
      words.emplace_back();
      current.toUTF8String(words.back());
      current.remove();
    }
  }
  if (!current.isEmpty()) {
    words.emplace_back();
    current.toUTF8String(words.back());
  }
  return words;
}

bool word_matches(const std::string& pattern, const std::string& word) {
  if (!pattern.empty() && pattern.back() == '*')
    return word.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return word == pattern;
}

}  // namespace

std::optional<std::string> find_kind(std::string_view name) {
  static const std::vector<std::pair<std::vector<std::string>, std::string>> patterns = [] {
    std::vector<std::pair<std::vector<std::string>, std::string>> p;
    for (const KindPhrase& k : directory_kind_phrases()) p.emplace_back(kind_words(k.phrase), k.kind);
    return p;
  }();
  std::vector<std::string> words = kind_words(name);
  std::optional<std::string> best;
  std::size_t best_start = words.size(), best_length = 0;
  for (const auto& [pattern, kind] : patterns) {
    for (std::size_t start = 0; start + pattern.size() <= words.size(); ++start) {
      bool all = true;
      for (std::size_t i = 0; i < pattern.size() && all; ++i)
        all = word_matches(pattern[i], words[start + i]);
      if (!all) continue;
      if (start < best_start || (start == best_start && pattern.size() > best_length)) {
        best = kind;
        best_start = start;
        best_length = pattern.size();
      }
      break;
    }
  }
  return best;
}

const std::vector<CityPreposition>& directory_city_prepositions() {
  static const std::vector<CityPreposition> words{
      {"в", "ru"}, {"во", "ru"}, {"in", "en"}, {"em", "pt"}, {"no", "pt"}, {"na", "pt"},
  };
  return words;
}

}  // namespace transcript
