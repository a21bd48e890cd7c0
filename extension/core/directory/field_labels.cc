// The directory vocabulary (see field_labels.h). To support a new language, add its
// labels, kind phrases and city prepositions here and a test in field_labels_test.cc.
#include "core/directory/field_labels.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

#include "core/text/utf8.h"

namespace transcript {
namespace {

using F = DirectoryField;

// Case folding of text made only of ASCII and U+0400..U+045F (the Russian alphabet and
// Ё, Ђ …), byte by byte; false for any other text, which goes through ICU. In these
// ranges full case folding is a plain shift: A–Z to a–z, U+0410..U+042F by 0x20,
// U+0400..U+040F by 0x50, everything else unchanged (checked against ICU for every code
// point of the ranges). Directory labels and names are almost always of this kind, and
// this avoids two UTF-16 conversions per line.
bool fold_simple(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      continue;
    }
    if (i + 1 >= n || (c != 0xD0 && c != 0xD1)) return false;
    const unsigned char b = s[i + 1];
    if (b < 0x80 || b > 0xBF || (c == 0xD1 && b > 0x9F)) return false;  // beyond U+045F
    ++i;
    if (c == 0xD0 && b <= 0x8F) {         // U+0400..U+040F -> U+0450..U+045F
      out.push_back(static_cast<char>(0xD1));
      out.push_back(static_cast<char>(b + 0x10));
    } else if (c == 0xD0 && b <= 0x9F) {  // U+0410..U+041F -> U+0430..U+043F
      out.push_back(static_cast<char>(0xD0));
      out.push_back(static_cast<char>(b + 0x20));
    } else if (c == 0xD0 && b <= 0xAF) {  // U+0420..U+042F -> U+0440..U+044F
      out.push_back(static_cast<char>(0xD1));
      out.push_back(static_cast<char>(b - 0x20));
    } else {                              // lower case already
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(b));
    }
  }
  return true;
}

std::string fold_case(std::string_view text) {
  std::string folded;
  if (fold_simple(text, folded)) return folded;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.foldCase();
  folded.clear();
  s.toUTF8String(folded);
  return folded;
}

// Folded, spaces collapsed, without a trailing colon or full stop: the matching key.
std::string label_key(std::string_view text) {
  const std::string folded = fold_case(text);
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
      {"X", "", F::kSocial},
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
      {"Консул", "ru", F::kPerson},
      {"Почетный консул", "ru", F::kPerson},
      {"Почётный консул", "ru", F::kPerson},
      {"Торговый представитель", "ru", F::kPerson},
      {"Торгпред", "ru", F::kPerson},
      {"Временный поверенный в делах", "ru", F::kPerson},
      {"Советник", "ru", F::kPerson},
      {"Первый секретарь", "ru", F::kPerson},
      {"Атташе", "ru", F::kPerson},
      {"Мобильный", "ru", F::kPhone},
      {"Мобильный телефон", "ru", F::kPhone},
      {"Моб", "ru", F::kPhone},
      // English.
      {"Address", "en", F::kAddress},
      {"Postal address", "en", F::kAddress},
      {"Tel", "en", F::kPhone},
      {"Telephone", "en", F::kPhone},
      {"Phone", "en", F::kPhone},
      {"Phone number", "en", F::kPhone},
      {"Mobile", "en", F::kPhone},
      {"Mob", "en", F::kPhone},
      {"Cell", "en", F::kPhone},
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
      {"Consul", "en", F::kPerson},
      {"Honorary Consul", "en", F::kPerson},
      {"Head of Mission", "en", F::kPerson},
      {"Permanent Representative", "en", F::kPerson},
      {"Trade Representative", "en", F::kPerson},
      {"Chargé d'Affaires", "en", F::kPerson},
      {"Chargé d'Affaires a.i.", "en", F::kPerson},
      {"Chargé d'Affaires ad interim", "en", F::kPerson},
      {"Honorary Consul General", "en", F::kPerson},
      {"Deputy Head of Mission", "en", F::kPerson},
      {"Minister Counsellor", "en", F::kPerson},
      {"Minister-Counsellor", "en", F::kPerson},
      {"Counsellor", "en", F::kPerson},
      {"First Secretary", "en", F::kPerson},
      {"Second Secretary", "en", F::kPerson},
      {"Third Secretary", "en", F::kPerson},
      {"Attaché", "en", F::kPerson},
      {"Defence Attaché", "en", F::kPerson},
      {"Defense Attaché", "en", F::kPerson},
      {"Vice-Consul", "en", F::kPerson},
      {"Vice Consul", "en", F::kPerson},
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
      {"Site", "pt", F::kWeb},
      {"Embaixador", "pt", F::kPerson},
      {"Embaixadora", "pt", F::kPerson},
      {"Cônsul-Geral", "pt", F::kPerson},
      {"Cônsul honorário", "pt", F::kPerson},
      {"Cônsul", "pt", F::kPerson},
      {"Encarregado de Negócios", "pt", F::kPerson},
      {"Celular", "pt", F::kPhone},
      // Spanish.
      {"Dirección", "es", F::kAddress},
      {"Domicilio", "es", F::kAddress},
      {"Teléfono", "es", F::kPhone},
      {"Teléfonos", "es", F::kPhone},
      {"Correo electrónico", "es", F::kEmail},
      {"Correo", "es", F::kEmail},
      {"Sitio web", "es", F::kWeb},
      {"Página web", "es", F::kWeb},
      {"Sitio", "es", F::kWeb},
      {"Emergencias", "es", F::kHotline},
      {"Embajador", "es", F::kPerson},
      {"Embajadora", "es", F::kPerson},
      {"Cónsul General", "es", F::kPerson},
      {"Cónsul", "es", F::kPerson},
      {"Cónsul honorario", "es", F::kPerson},
      {"Encargado de Negocios", "es", F::kPerson},
      {"Móvil", "es", F::kPhone},
      // French.
      {"Adresse", "fr", F::kAddress},
      {"Téléphone", "fr", F::kPhone},
      {"Tél", "fr", F::kPhone},
      {"Télécopie", "fr", F::kFax},
      {"Courriel", "fr", F::kEmail},
      {"Site internet", "fr", F::kWeb},
      {"Site web", "fr", F::kWeb},
      {"Urgences", "fr", F::kHotline},
      {"Ambassadeur", "fr", F::kPerson},
      {"Ambassadrice", "fr", F::kPerson},
      {"Consul général", "fr", F::kPerson},
      {"Consul honoraire", "fr", F::kPerson},
      {"Portable", "fr", F::kPhone},
      // German.
      {"Anschrift", "de", F::kAddress},
      {"Telefon", "de", F::kPhone},
      {"Telefax", "de", F::kFax},
      {"E-Mail", "de", F::kEmail},
      {"Internet", "de", F::kWeb},
      {"Webseite", "de", F::kWeb},
      {"Notfall", "de", F::kHotline},
      {"Notfallnummer", "de", F::kHotline},
      {"Botschafter", "de", F::kPerson},
      {"Botschafterin", "de", F::kPerson},
      {"Generalkonsul", "de", F::kPerson},
      {"Generalkonsulin", "de", F::kPerson},
      {"Honorarkonsul", "de", F::kPerson},
      {"Mobil", "de", F::kPhone},
      {"Handy", "de", F::kPhone},
      // Italian.
      {"Indirizzo", "it", F::kAddress},
      {"Telefono", "it", F::kPhone},
      {"Telefoni", "it", F::kPhone},
      {"Cellulare", "it", F::kPhone},
      {"Posta elettronica", "it", F::kEmail},
      {"Sito web", "it", F::kWeb},
      {"Sito internet", "it", F::kWeb},
      {"Emergenze", "it", F::kHotline},
      {"Numero di emergenza", "it", F::kHotline},
      {"Ambasciatore", "it", F::kPerson},
      {"Ambasciatrice", "it", F::kPerson},
      {"Console Generale", "it", F::kPerson},
      {"Console onorario", "it", F::kPerson},
      // Turkish.
      {"Adres", "tr", F::kAddress},
      {"Telefon", "tr", F::kPhone},
      {"Faks", "tr", F::kFax},
      {"E-posta", "tr", F::kEmail},
      {"Web sitesi", "tr", F::kWeb},
      {"İnternet sitesi", "tr", F::kWeb},
      {"Acil durum telefonu", "tr", F::kHotline},
      {"Büyükelçi", "tr", F::kPerson},
      {"Başkonsolos", "tr", F::kPerson},
      {"Konsolos", "tr", F::kPerson},
      {"Fahri Konsolos", "tr", F::kPerson},
      {"Maslahatgüzar", "tr", F::kPerson},
      // Polish.
      {"Adres", "pl", F::kAddress},
      {"Telefon", "pl", F::kPhone},
      {"Faks", "pl", F::kFax},
      {"Poczta elektroniczna", "pl", F::kEmail},
      {"Strona internetowa", "pl", F::kWeb},
      {"Strona www", "pl", F::kWeb},
      {"Telefon dyżurny", "pl", F::kHotline},
      {"Ambasador", "pl", F::kPerson},
      {"Konsul Generalny", "pl", F::kPerson},
      {"Konsul", "pl", F::kPerson},
      {"Konsul honorowy", "pl", F::kPerson},
      {"Chargé d'affaires", "pl", F::kPerson},
      // Arabic (the article al- written on: العنوان is "the address").
      {"العنوان", "ar", F::kAddress},
      {"عنوان", "ar", F::kAddress},
      {"الهاتف", "ar", F::kPhone},
      {"هاتف", "ar", F::kPhone},
      {"رقم الهاتف", "ar", F::kPhone},
      {"تلفون", "ar", F::kPhone},
      {"الفاكس", "ar", F::kFax},
      {"فاكس", "ar", F::kFax},
      {"البريد الإلكتروني", "ar", F::kEmail},
      {"البريد الالكتروني", "ar", F::kEmail},
      {"الموقع الإلكتروني", "ar", F::kWeb},
      {"الموقع الالكتروني", "ar", F::kWeb},
      {"السفير", "ar", F::kPerson},
      {"القنصل العام", "ar", F::kPerson},
      {"القنصل", "ar", F::kPerson},
      // Japanese and Korean.
      {"住所", "ja", F::kAddress},
      {"所在地", "ja", F::kAddress},
      {"電話番号", "ja", F::kPhone},
      {"ファックス", "ja", F::kFax},
      {"メール", "ja", F::kEmail},
      {"ホームページ", "ja", F::kWeb},
      {"주소", "ko", F::kAddress},
      {"전화", "ko", F::kPhone},
      {"전화번호", "ko", F::kPhone},
      {"팩스", "ko", F::kFax},
      {"이메일", "ko", F::kEmail},
      {"홈페이지", "ko", F::kWeb},
      {"긴급연락처", "ko", F::kHotline},
      // Chinese (the parser reads the full-width colon as a colon).
      {"地址", "zh", F::kAddress},
      {"电话", "zh", F::kPhone},
      {"電話", "zh", F::kPhone},
      {"手机", "zh", F::kPhone},
      {"传真", "zh", F::kFax},
      {"傳真", "zh", F::kFax},
      {"电子邮件", "zh", F::kEmail},
      {"电子邮箱", "zh", F::kEmail},
      {"电邮", "zh", F::kEmail},
      {"邮箱", "zh", F::kEmail},
      {"网址", "zh", F::kWeb},
      {"网站", "zh", F::kWeb},
      {"紧急电话", "zh", F::kHotline},
      {"领事保护电话", "zh", F::kHotline},
      {"大使", "zh", F::kPerson},
      {"总领事", "zh", F::kPerson},
      {"领事", "zh", F::kPerson},
      {"名誉领事", "zh", F::kPerson},
      {"常驻代表", "zh", F::kPerson},
      {"临时代办", "zh", F::kPerson},
  };
  return labels;
}

std::optional<DirectoryField> find_field_label(std::string_view label) {
  struct Index {
    std::unordered_map<std::string, DirectoryField> keys;
    std::size_t longest = 0;  // code points of the longest key
  };
  static const Index index = [] {
    Index ix;
    for (const FieldLabel& l : directory_field_labels()) {
      std::string key = label_key(l.text);
      const auto points = static_cast<std::size_t>(
          std::count_if(key.begin(), key.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
      ix.longest = std::max(ix.longest, points);
      ix.keys.emplace(std::move(key), l.field);
    }
    return ix;
  }();
  // The parser asks about every line of every page, mostly prose: reject long text before
  // folding it. Exact: case folding turns every code point into at least one code point
  // and never produces a space, tab, colon or full stop from another character, so every
  // code point other than those four leaves at least one code point in the key, which
  // label_key() only trims of spaces, colons and full stops.
  std::size_t kept = 0;
  for (const char ch : label) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) == 0x80 || c == ' ' || c == '\t' || c == ':' || c == '.') continue;
    if (++kept > index.longest) return std::nullopt;
  }
  std::string key = label_key(label);
  if (key.empty()) return std::nullopt;
  if (auto it = index.keys.find(key); it != index.keys.end()) return it->second;
  return std::nullopt;
}

const std::vector<std::string_view>& directory_emergency_words() {
  static const std::vector<std::string_view> words{
      "дежурн*",   "экстренн*", "круглосуточн*", "emergency", "after-hours", "urgent*",
      "emergencia*", "urgenc*", "notfall*",      "notruf*",   "plantão", "紧急*",
      "acil",        "dyżur*",  "طوارئ",         "الطوارئ",   "긴급*",
  };
  return words;
}

namespace {
std::vector<std::string> kind_words(std::string_view text);
bool word_matches(const std::string& pattern, const std::string& word);
}  // namespace

std::optional<DirectoryField> find_qualified_label(std::string_view label) {
  // Single-word phone labels, folded: телефон, tel, phone, teléfono, téléphone …
  static const std::vector<std::string> phone_words = [] {
    std::vector<std::string> out;
    for (const FieldLabel& l : directory_field_labels()) {
      if (l.field != F::kPhone) continue;
      std::vector<std::string> w = kind_words(l.text);
      if (w.size() == 1) out.push_back(w.front());
    }
    return out;
  }();
  static const std::vector<std::string> emergency = [] {
    std::vector<std::string> out;
    for (std::string_view w : directory_emergency_words()) out.push_back(kind_words(w).front());
    return out;
  }();
  if (label.size() > 240) return std::nullopt;
  std::vector<std::string> words = kind_words(label);
  if (words.size() < 2 || words.size() > 12) return std::nullopt;
  bool phone = false, urgent = false;
  for (const std::string& w : words) {
    phone = phone || std::find(phone_words.begin(), phone_words.end(), w) != phone_words.end();
    urgent = urgent || std::any_of(emergency.begin(), emergency.end(),
                                   [&](const std::string& p) { return word_matches(p, w); });
  }
  if (phone && urgent) return F::kHotline;
  return std::nullopt;
}

const std::vector<std::string_view>& directory_head_words() {
  static const std::vector<std::string_view> words{
      "head",      "chief",     "director", "руководител*", "глава",   "начальни*", "заведующ*",
      "директор*", "jefe",      "jefa",     "director*",    "chef",    "cheffe",    "directeur",
      "directrice", "leiter",   "leiterin", "chefe",
  };
  return words;
}

bool is_deputy_title(std::string_view title) {
  // Word starts, folded: "Deputy Head", "First Deputy …", "Vice-Consul", "Заместитель
  // Посла", "Зам. Посла", "Consul adjoint", "Stellvertretender Botschafter". Substrings of
  // the folded title at a word start, not words (the parser asks for every person listed).
  static const std::vector<std::string> starts = [] {
    std::vector<std::string> out;
    for (const char* w : {"deputy", "vice", "заместител", "зам.", "adjoint", "stellvertret", "adjunt", "subdirector",
                          "вице"})
      out.push_back(fold_case(w));
    return out;
  }();
  if (title.size() > 200) return false;
  const std::string folded = fold_case(title);
  for (const std::string& s : starts) {
    for (std::size_t at = folded.find(s); at != std::string::npos; at = folded.find(s, at + 1)) {
      const char before = at == 0 ? ' ' : folded[at - 1];
      if (before == ' ' || before == '-' || before == '(' || before == '.') return true;
    }
  }
  return false;
}

std::optional<DirectoryField> find_title_label(std::string_view label) {
  static const std::vector<std::string> head = [] {
    std::vector<std::string> out;
    for (std::string_view w : directory_head_words()) out.push_back(kind_words(w).front());
    return out;
  }();
  if (label.size() > 120) return std::nullopt;
  for (char c : label)
    if (c >= '0' && c <= '9') return std::nullopt;
  std::vector<std::string> words = kind_words(label);
  if (words.size() < 2 || words.size() > 8) return std::nullopt;
  // "Head of …": a head word, then a preposition or a noun in the genitive.
  if (std::any_of(head.begin(), head.end(), [&](const std::string& p) { return word_matches(p, words[0]); }))
    return F::kPerson;
  // "First Deputy Permanent Representative": a known title at the end.
  const std::vector<std::string_view> spans = kind_word_spans(label);
  if (spans.size() != words.size()) return std::nullopt;
  for (std::size_t k = 1; k <= 3 && k < spans.size(); ++k) {
    std::string_view tail(spans[k].data(), label.data() + label.size() - spans[k].data());
    if (find_field_label(tail) == F::kPerson) return F::kPerson;
  }
  return std::nullopt;
}

bool is_hours_label(std::string_view label) {
  static const std::unordered_map<std::string, bool> keys = [] {
    std::unordered_map<std::string, bool> out;
    for (const char* l : {"Office hours", "Opening hours", "Working hours", "Business hours", "Consular hours",
                          "Reception hours", "Hours", "Часы работы", "Режим работы", "Часы приема",
                          "Часы приёма", "Время работы", "Время приема", "Время приёма", "Horario",
                          "Horario de atención", "Horario de atención al público", "Heures d'ouverture",
                          "Horaires", "Horaires d'ouverture", "Öffnungszeiten", "Sprechzeiten",
                          "Horário de atendimento", "Horário de funcionamento"})
      out.emplace(label_key(l), true);
    return out;
  }();
  if (label.size() > 80) return false;
  return keys.count(label_key(label)) > 0;
}

const std::vector<std::string_view>& directory_service_words() {
  static const std::vector<std::string_view> words{
      "служб*", "центр*", "лини*",  "отдел*",  "справочн*", "service*", "centre", "center", "line",   "hotline",
      "helpline", "desk", "office", "servicio*", "centro", "línea", "linea", "serviço*", "central", "plantão",
      "dienst*", "zentrale", "hotline", "热线", "中心"};
  return words;
}

bool names_a_service(std::string_view name) {
  static const std::vector<std::string> service = [] {
    std::vector<std::string> out;
    for (std::string_view w : directory_service_words()) out.push_back(kind_words(w).front());
    return out;
  }();
  if (name.size() > 300) return false;
  if (find_kind_match(name)) return true;
  for (const std::string& w : kind_words(name))
    if (std::any_of(service.begin(), service.end(), [&](const std::string& p) { return word_matches(p, w); }))
      return true;
  return false;
}

const std::vector<std::string_view>& directory_ministry_words() {
  static const std::vector<std::string_view> words{
      "ministry", "министерство", "ministerio", "ministère", "ministério", "ministerium", "bundesministerium",
  };
  return words;
}

bool is_ministry_name(std::string_view line) {
  // Only the first word matters: fold it alone, and only when it starts with M, m, М or м
  // (the parser asks about every line inside an entry).
  if (line.empty()) return false;
  const auto b0 = static_cast<unsigned char>(line[0]);
  const bool m = b0 == 'M' || b0 == 'm' || b0 == 'B' || b0 == 'b' ||
                 (line.size() > 1 && ((b0 == 0xD0 && static_cast<unsigned char>(line[1]) == 0x9C) ||
                                      (b0 == 0xD0 && static_cast<unsigned char>(line[1]) == 0xBC)));
  if (!m) return false;
  std::size_t end = 0;
  while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
  if (end == 0 || end > 40) return false;
  std::vector<std::string> first = kind_words(line.substr(0, end));
  if (first.size() != 1) return false;
  static const std::vector<std::string> ministry = [] {
    std::vector<std::string> out;
    for (std::string_view w : directory_ministry_words()) out.push_back(kind_words(w).front());
    return out;
  }();
  if (std::find(ministry.begin(), ministry.end(), first.front()) == ministry.end()) return false;
  return kind_words(line).size() <= 12;
}

bool is_share_line(std::string_view line) {
  // Share buttons, and the site's own accounts ("Follow us", "Redes sociais").
  static const std::unordered_map<std::string, bool> keys = [] {
    std::unordered_map<std::string, bool> out;
    for (const char* l : {"Share", "Share this", "Share this page", "Share on", "Поделиться", "Partager",
                          "Partager cette page", "Teilen", "Seite teilen", "Compartir", "Compartilhar",
                          "Compartilhe", "Follow us", "Follow us on", "Connect with us", "Social media",
                          "Мы в социальных сетях", "Мы в соцсетях", "Социальные сети", "Redes sociais",
                          "Siga-nos", "Redes sociales", "Síguenos", "Suivez-nous", "Réseaux sociaux",
                          "Folgen Sie uns", "Soziale Medien", "关注我们", "分享"})
      out.emplace(label_key(l), true);
    return out;
  }();
  if (line.size() < 5 || line.size() > 40) return false;
  // Only lines starting with one of the keys' first letters fold (every line inside an
  // entry is asked).
  static const std::string firsts = [] {
    std::string out;
    for (const auto& [key, unused] : keys)
      if (static_cast<unsigned char>(key[0]) < 0x80) out += key[0];
    return out;
  }();
  const auto b0 = static_cast<unsigned char>(line[0]);
  const char lower0 = static_cast<char>(b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0);
  if (b0 < 0x80 && firsts.find(lower0) == std::string::npos) return false;
  return keys.count(label_key(line)) > 0;
}

const std::vector<ColumnLabel>& directory_column_labels() {
  static const std::vector<ColumnLabel> labels{
      {"Mission", "en", DirectoryColumn::kName},      {"Name", "en", DirectoryColumn::kName},
      {"Office", "en", DirectoryColumn::kName},       {"City", "en", DirectoryColumn::kCity},
      {"Country", "en", DirectoryColumn::kCountry},   {"Загранучреждение", "ru", DirectoryColumn::kName},
      {"Учреждение", "ru", DirectoryColumn::kName},   {"Наименование", "ru", DirectoryColumn::kName},
      {"Название", "ru", DirectoryColumn::kName},     {"Город", "ru", DirectoryColumn::kCity},
      {"Страна", "ru", DirectoryColumn::kCountry},    {"Misión", "es", DirectoryColumn::kName},
      {"Representación", "es", DirectoryColumn::kName}, {"Nombre", "es", DirectoryColumn::kName},
      {"Ciudad", "es", DirectoryColumn::kCity},       {"País", "es", DirectoryColumn::kCountry},
      {"Poste", "fr", DirectoryColumn::kName},        {"Nom", "fr", DirectoryColumn::kName},
      {"Ville", "fr", DirectoryColumn::kCity},        {"Pays", "fr", DirectoryColumn::kCountry},
      {"Vertretung", "de", DirectoryColumn::kName},   {"Stadt", "de", DirectoryColumn::kCity},
      {"Ort", "de", DirectoryColumn::kCity},          {"Land", "de", DirectoryColumn::kCountry},
      {"Missão", "pt", DirectoryColumn::kName},       {"Posto", "pt", DirectoryColumn::kName},
      {"Cidade", "pt", DirectoryColumn::kCity},
  };
  return labels;
}

std::optional<DirectoryColumn> find_column_label(std::string_view label) {
  static const std::unordered_map<std::string, DirectoryColumn> index = [] {
    std::unordered_map<std::string, DirectoryColumn> ix;
    for (const ColumnLabel& l : directory_column_labels()) ix.emplace(label_key(l.text), l.column);
    return ix;
  }();
  if (label.size() > 60) return std::nullopt;
  auto it = index.find(label_key(label));
  if (it == index.end()) return std::nullopt;
  return it->second;
}

const std::vector<KindPhrase>& directory_kind_phrases() {
  static const std::vector<KindPhrase> phrases{
      {"посольств*", "ru", "embassy"},
      {"генеральн* консульств*", "ru", "consulate_general"},
      {"консульств*", "ru", "consulate"},
      {"консульск* отдел*", "ru", "consular_section"},
      {"визов* отдел*", "ru", "consular_section"},
      {"постоянн* представительств*", "ru", "permanent_mission"},
      {"торгов* представительств*", "ru", "trade_mission"},
      {"торгпредств*", "ru", "trade_mission"},
      {"почетн* консульств*", "ru", "honorary_consulate"},
      {"почётн* консульств*", "ru", "honorary_consulate"},
      {"почетн* генеральн* консульств*", "ru", "honorary_consulate"},
      {"почетн* консул*", "ru", "honorary_consulate"},
      {"почётн* консул*", "ru", "honorary_consulate"},
      {"консульск* агентств*", "ru", "consular_agency"},
      {"горяч* лини*", "ru", "hotline"},
      {"кризисн* центр*", "ru", "hotline"},
      {"ситуационно-кризисн* центр*", "ru", "hotline"},
      {"embassy", "en", "embassy"},
      {"high commission", "en", "embassy"},
      {"consulate general", "en", "consulate_general"},
      {"consulate-general", "en", "consulate_general"},
      {"consulate", "en", "consulate"},
      {"honorary consulate", "en", "honorary_consulate"},
      {"honorary consulate general", "en", "honorary_consulate"},
      {"honorary consulate-general", "en", "honorary_consulate"},
      {"honorary consul", "en", "honorary_consulate"},
      {"honorary consul general", "en", "honorary_consulate"},
      {"consular agency", "en", "consular_agency"},
      {"consular agent", "en", "consular_agency"},
      {"consular section", "en", "consular_section"},
      {"consular department", "en", "consular_section"},
      {"visa section", "en", "consular_section"},
      {"visa department", "en", "consular_section"},
      {"permanent mission", "en", "permanent_mission"},
      {"trade mission", "en", "trade_mission"},
      {"trade representation", "en", "trade_mission"},
      {"hotline", "en", "hotline"},
      {"crisis centre", "en", "hotline"},
      {"crisis center", "en", "hotline"},
      {"embaixada", "pt", "embassy"},
      {"consulado-geral", "pt", "consulate_general"},
      {"consulado geral", "pt", "consulate_general"},
      {"consulado", "pt", "consulate"},
      {"vice-consulado", "pt", "consulate"},
      {"consulado honorário", "pt", "honorary_consulate"},
      {"cônsul honorário", "pt", "honorary_consulate"},
      {"agência consular", "pt", "consular_agency"},
      {"setor consular", "pt", "consular_section"},
      {"seção consular", "pt", "consular_section"},
      {"missão permanente", "pt", "permanent_mission"},
      {"embajada", "es", "embassy"},
      {"consulado general", "es", "consulate_general"},
      {"sección consular", "es", "consular_section"},
      {"sección de visados", "es", "consular_section"},
      {"misión permanente", "es", "permanent_mission"},
      {"consulado honorario", "es", "honorary_consulate"},
      {"agencia consular", "es", "consular_agency"},
      {"ambassade", "fr", "embassy"},
      {"consulat général", "fr", "consulate_general"},
      {"consulat-général", "fr", "consulate_general"},
      {"consulat", "fr", "consulate"},
      {"section consulaire", "fr", "consular_section"},
      {"service consulaire", "fr", "consular_section"},
      {"section des visas", "fr", "consular_section"},
      {"service des visas", "fr", "consular_section"},
      {"mission permanente", "fr", "permanent_mission"},
      {"représentation permanente", "fr", "permanent_mission"},
      {"consulat honoraire", "fr", "honorary_consulate"},
      {"agence consulaire", "fr", "consular_agency"},
      {"botschaft", "de", "embassy"},
      {"generalkonsulat", "de", "consulate_general"},
      {"konsulat", "de", "consulate"},
      {"honorarkonsulat", "de", "honorary_consulate"},
      {"honorarkonsul", "de", "honorary_consulate"},
      {"konsularagentur", "de", "consular_agency"},
      {"konsularabteilung", "de", "consular_section"},
      {"visaabteilung", "de", "consular_section"},
      {"ständige vertretung", "de", "permanent_mission"},
      {"ambasciata", "it", "embassy"},
      {"consolato generale", "it", "consulate_general"},
      {"consolato", "it", "consulate"},
      {"consolato onorario", "it", "honorary_consulate"},
      {"vice consolato", "it", "consulate"},
      {"agenzia consolare", "it", "consular_agency"},
      {"sezione consolare", "it", "consular_section"},
      {"ufficio consolare", "it", "consular_section"},
      {"rappresentanza permanente", "it", "permanent_mission"},
      // Turkish: the office in its possessive form after the city ("Moskova
      // Büyükelçiliği", "Kazan Başkonsolosluğu").
      {"büyükelçili*", "tr", "embassy"},
      {"başkonsolosl*", "tr", "consulate_general"},
      {"konsolosl*", "tr", "consulate"},
      {"fahri konsolosl*", "tr", "honorary_consulate"},
      {"daimi temsilcili*", "tr", "permanent_mission"},
      {"ticaret müşavirli*", "tr", "trade_mission"},
      // Polish.
      {"ambasad*", "pl", "embassy"},
      {"konsulat* generaln*", "pl", "consulate_general"},
      {"konsulat* honorow*", "pl", "honorary_consulate"},
      {"konsul* honorow*", "pl", "honorary_consulate"},
      {"wydział* konsularn*", "pl", "consular_section"},
      {"stał* przedstawicielstw*", "pl", "permanent_mission"},
      // Arabic, with and without the article.
      {"سفارة", "ar", "embassy"},
      {"السفارة", "ar", "embassy"},
      {"القنصلية العامة", "ar", "consulate_general"},
      {"قنصلية عامة", "ar", "consulate_general"},
      {"القنصلية", "ar", "consulate"},
      {"قنصلية", "ar", "consulate"},
      {"البعثة الدائمة", "ar", "permanent_mission"},
      {"بعثة دائمة", "ar", "permanent_mission"},
      // Korean.
      {"대사관", "ko", "embassy"},
      {"총영사관", "ko", "consulate_general"},
      {"영사관", "ko", "consulate"},
      // Chinese: no spaces between words, so these match anywhere in the name.
      {"大使馆", "zh", "embassy"},
      {"大使館", "zh", "embassy"},
      {"总领事馆", "zh", "consulate_general"},
      {"總領事館", "zh", "consulate_general"},
      {"领事馆", "zh", "consulate"},
      {"領事館", "zh", "consulate"},
      {"名誉领事馆", "zh", "honorary_consulate"},
      {"领事部", "zh", "consular_section"},
      {"领事处", "zh", "consular_section"},
      {"代表团", "zh", "permanent_mission"},
      {"代表處", "zh", "permanent_mission"},
  };
  return phrases;
}

namespace {

// Splits folded text into words at spaces and at punctuation other than '-' and '*'.
std::vector<std::string> kind_words(std::string_view text) {
  std::string folded;
  if (fold_simple(text, folded)) {
    // ASCII and U+0400..U+045F: the word characters are ASCII letters and digits, '-',
    // '*' and every two-byte character of the range (all letters: u_isalnum holds).
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i < folded.size(); ++i) {
      const auto c = static_cast<unsigned char>(folded[i]);
      if (c >= 0x80) {
        current.append(folded, i, 2);
        ++i;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '*') {
        current.push_back(static_cast<char>(c));
      } else if (!current.empty()) {
        words.push_back(std::move(current));
        current.clear();
      }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
  }
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
  auto m = find_kind_match(name);
  if (!m) return std::nullopt;
  return std::move(m->kind);
}

std::vector<std::string> directory_words(std::string_view text) { return kind_words(text); }

std::vector<std::string_view> kind_word_spans(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0, start = 0;
  bool in_word = false;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const auto b = static_cast<unsigned char>(text[pos]);
    bool word;
    if (b < 0x80) {
      word = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '*';
      ++pos;
    } else {
      const UChar32 c = static_cast<UChar32>(decode_utf8(text, pos));
      word = u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
    }
    if (word && !in_word) start = at;
    if (!word && in_word) words.push_back(text.substr(start, at - start));
    in_word = word;
  }
  if (in_word) words.push_back(text.substr(start));
  return words;
}

namespace {

// Han ideographs (U+3400..U+9FFF: lead bytes E3 90 .. E9 BF) in the text.
bool has_han(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xE4 && c <= 0xE9) return true;
    if (c == 0xE3 && static_cast<unsigned char>(text[i + 1]) >= 0x90) return true;
  }
  return false;
}

// Chinese writes no spaces: its phrases match anywhere; the earliest wins, the longest on
// a tie ("总领事馆" before the "领事馆" inside it).
std::optional<KindMatch> find_han_kind(std::string_view name) {
  std::optional<KindMatch> best;
  std::size_t best_at = std::string_view::npos, best_length = 0;
  for (const KindPhrase& k : directory_kind_phrases()) {
    if (std::string_view(k.lang) != "zh") continue;
    const std::string_view phrase(k.phrase);
    const std::size_t at = name.find(phrase);
    if (at == std::string_view::npos) continue;
    if (at < best_at || (at == best_at && phrase.size() > best_length)) {
      best = KindMatch{k.kind, 0, 1};
      best_at = at;
      best_length = phrase.size();
    }
  }
  return best;
}

}  // namespace

const std::vector<std::string_view>& directory_honorary_words() {
  static const std::vector<std::string_view> words{"honorary", "honorário", "honorária", "honorario", "honoraria",
                                                   "honoraire", "honorar*", "почетн*", "почётн*"};
  return words;
}

std::optional<KindMatch> find_kind_match(std::string_view name) {
  static const std::vector<std::pair<std::vector<std::string>, std::string>> patterns = [] {
    std::vector<std::pair<std::vector<std::string>, std::string>> p;
    for (const KindPhrase& k : directory_kind_phrases())
      if (std::string_view(k.lang) != "zh") p.emplace_back(kind_words(k.phrase), k.kind);
    return p;
  }();
  static const std::vector<std::string> honorary = [] {
    std::vector<std::string> out;
    for (std::string_view w : directory_honorary_words()) out.push_back(kind_words(w).front());
    return out;
  }();
  if (has_han(name)) return find_han_kind(name);
  std::vector<std::string> words = kind_words(name);
  const std::string* best = nullptr;
  std::size_t best_start = words.size(), best_length = 0;
  for (const auto& [pattern, kind] : patterns) {
    const char first = pattern.front().front();
    // A phrase that starts after the best one so far cannot win.
    for (std::size_t start = 0; start + pattern.size() <= words.size() && start <= best_start; ++start) {
      if (words[start].front() != first) continue;  // words are never empty
      bool all = true;
      for (std::size_t i = 0; i < pattern.size() && all; ++i)
        all = word_matches(pattern[i], words[start + i]);
      if (!all) continue;
      if (start < best_start || (start == best_start && pattern.size() > best_length)) {
        best = &kind;
        best_start = start;
        best_length = pattern.size();
      }
      break;
    }
  }
  if (!best) return std::nullopt;
  KindMatch match{*best, best_start, best_length};
  // "Australian Consulate, Rio de Janeiro (Honorary)": a consulate that calls itself
  // honorary anywhere in its name is one.
  if (match.kind == "consulate" || match.kind == "consulate_general") {
    for (const std::string& w : words)
      if (std::any_of(honorary.begin(), honorary.end(), [&](const std::string& p) { return word_matches(p, w); }))
        match.kind = "honorary_consulate";
  }
  return match;
}

const std::vector<CityPreposition>& directory_city_prepositions() {
  static const std::vector<CityPreposition> words{
      {"в", "ru"}, {"во", "ru"}, {"на", "ru"}, {"in", "en"}, {"em", "pt"}, {"no", "pt"},
      {"na", "pt"}, {"nos", "pt"}, {"nas", "pt"}, {"en", "es"}, {"à", "fr"}, {"au", "fr"}, {"aux", "fr"},
      {"في", "ar"},
  };
  return words;
}

}  // namespace transcript
