#include "core/entities/entity_matcher.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>

#include "core/entities/common_words.h"
#include "core/entities/country_names.h"
#include "core/entities/title_words.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"

namespace transcript {

namespace {
std::uint64_t next_serial() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}
}  // namespace

EntityMatcher::EntityMatcher() : serial_(next_serial()) { nodes_.emplace_back(); }

std::uint32_t EntityMatcher::add_target(MatchTarget target) {
  targets_.push_back(std::move(target));
  return static_cast<std::uint32_t>(targets_.size() - 1);
}

EntityMatcher::OneWordRule& EntityMatcher::one_word_rule(std::uint32_t target) {
  if (one_word_.size() <= target) one_word_.resize(target + 1);
  return one_word_[target];
}

void EntityMatcher::add_cyrillic_name(std::uint32_t target, std::string_view name) {
  one_word_rule(target).cyrillic_names.push_back(russian_noun_forms(name));
}

void EntityMatcher::add_latin_name(std::uint32_t target, std::string_view folded_name) {
  OneWordRule& rule = one_word_rule(target);
  std::string spelling = latin_spelling(folded_name);
  if (std::find(rule.latin_names.begin(), rule.latin_names.end(), spelling) == rule.latin_names.end()) {
    rule.latin_names.push_back(std::move(spelling));
  }
  // (The name as folded answers most words at once: "russia" is Russia's.)
  if (std::find(rule.latin_folded.begin(), rule.latin_folded.end(), folded_name) == rule.latin_folded.end()) {
    rule.latin_folded.emplace_back(folded_name);
  }
}

void EntityMatcher::add_surname_spelling(std::uint32_t target, std::string_view folded_surname) {
  std::vector<std::string>& spellings = one_word_rule(target).spellings;
  if (std::find(spellings.begin(), spellings.end(), folded_surname) == spellings.end()) {
    spellings.emplace_back(folded_surname);
  }
}

void EntityMatcher::set_feminine_surname(std::uint32_t target) { one_word_rule(target).feminine = true; }

void EntityMatcher::set_offices(std::uint32_t target, std::string_view offices) {
  OneWordRule& rule = one_word_rule(target);
  std::size_t i = 0;
  while (i < offices.size()) {
    std::size_t j = offices.find(' ', i);
    if (j == std::string_view::npos) j = offices.size();
    if (j > i) rule.offices.emplace_back(offices.substr(i, j - i));
    i = j + 1;
  }
}

namespace {
std::uint8_t script_bit(WordScript script) {
  return script == WordScript::kLatin ? 1 : script == WordScript::kCyrillic ? 2 : 4;
}
}  // namespace

void EntityMatcher::add_acronym(std::uint32_t target, std::string_view folded_acronym, WordScript script) {
  OneWordRule& rule = one_word_rule(target);
  rule.acronym_scripts |= script_bit(script);
  rule.acronyms.emplace_back(folded_acronym);
}

void EntityMatcher::set_adjective_surname(std::uint32_t target) { one_word_rule(target).adjective = true; }

void EntityMatcher::set_person(std::uint32_t target, std::string_view folded_given_name, WordScript script) {
  OneWordRule& rule = one_word_rule(target);
  rule.person = true;
  if (!folded_given_name.empty() &&
      std::find(rule.given.begin(), rule.given.end(), folded_given_name) == rule.given.end()) {
    rule.given.emplace_back(folded_given_name);
    // (A Russian given name declines as a noun: Николай, Николаем; Мария, Марии.)
    if (script == WordScript::kCyrillic) rule.cyrillic_given.push_back(russian_noun_forms(folded_given_name));
  }
}

namespace {

// Whether a folded word is a country's name of one word in any language of the country
// table ("belarus", "россия"): a word before a surname that names no other person
// ("President of Belarus Lukashenko").
bool names_a_country(std::string_view folded_word) {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const CountryForm& f : country_forms()) {
      if (f.name.find(' ') == std::string::npos) out.push_back(fold(f.name));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return std::binary_search(names.begin(), names.end(), folded_word);
}

// What stands between word k - 1 and word k in the original text ("" when they touch).
std::string_view gap_before(const AnalyzedText& text, std::size_t k) {
  const std::size_t gap_begin = text.original_full_end(k - 1), gap_end = text.original_begin(k);
  return gap_begin < gap_end ? text.original().substr(gap_begin, gap_end - gap_begin) : std::string_view();
}

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\u00A0"; }

// Whether a folded Cyrillic word ends as a Russian verb in the past tense or the third
// person does (писал, писала, писались, пишет, говорит, пишут): the word after a surname
// that is also an adjective ("Белый писал"), where a noun would make the two a name's
// phrase ("Белый дом").
bool ends_like_a_russian_verb(std::string_view folded) {
  for (std::string_view ending : {"л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ёт", "ит", "ут", "ют",
                                  "ат", "ят", "ется", "ится", "ются", "ятся"}) {
    if (folded.size() > ending.size() + 2 && folded.ends_with(ending)) return true;
  }
  return false;
}

// Whether word j stands inside a quotation that opened in its sentence: more opening
// quotes (“ « „) than closing ones (” ») or an odd number of typewriter quotes between the
// sentence's start (at most 40 words back) and the word. A quoted phrase or a slogan
// capitalises its words ("“Grandfather Putin”", "“Never Trump”").
bool inside_quotation(const AnalyzedText& text, std::size_t j) {
  std::size_t k = j;
  while (k > 0 && j - k < 40 && !text.starts_sentence(k)) --k;
  const std::size_t end = text.original_begin(j);
  const std::size_t begin = std::min(end, text.original_begin(k) - std::min<std::size_t>(text.original_begin(k), 4));
  const std::string_view span = text.original().substr(begin, end - begin);
  int open = 0;
  bool typewriter = false;
  for (std::size_t i = 0; i < span.size(); ++i) {
    const std::string_view rest = span.substr(i);
    if (rest.starts_with("\u201C") || rest.starts_with("\u00AB") || rest.starts_with("\u201E")) {
      ++open;
    } else if (rest.starts_with("\u201D") || rest.starts_with("\u00BB")) {
      open = std::max(0, open - 1);
    } else if (span[i] == '"') {
      typewriter = !typewriter;
    }
  }
  return open > 0 || typewriter;
}

// Whether word j follows "New" (or its Spanish, French, Portuguese or Russian form,
// «Нью-» joined by a hyphen), with a space, a no-break space or a hyphen between: a place
// named after another (New Jersey, New Mexico, Nueva Guinea, Нью-Джерси, Новая Гвинея).
bool after_new(const AnalyzedText& text, std::size_t j) {
  constexpr std::string_view kNew[] = {"new", "nueva", "nuevo", "nouvelle", "nouveau", "nova", "novo", "нью",
                                       "новая", "новой", "новую", "новою", "новое", "нового", "новом", "новому",
                                       "новым"};
  const std::string_view before = text.word(j - 1);
  if (std::find(std::begin(kNew), std::end(kNew), before) == std::end(kNew)) return false;
  const std::string_view gap = gap_before(text, j);
  return is_space_gap(gap) || gap == "-";
}

// Whether word j is the name in an English name of a sea, a river or another feature of
// the map, which is no mention of the country or body it was named after: a capitalised
// feature noun after it ("South China Sea", "Jordan River", "Panama Canal") or before it
// with "of" ("Gulf of Mexico", "Sea of Japan", "Gulf of Guinea").
bool names_a_feature(const AnalyzedText& text, std::size_t j) {
  constexpr std::string_view kFeatures[] = {"sea", "seas", "river", "ocean", "gulf", "strait", "straits", "bay",
                                            "lake", "peninsula", "canal", "basin", "desert", "mountains", "highlands",
                                            "plateau", "valley", "delta", "island", "islands", "archipelago"};
  auto feature = [&](std::size_t k) {
    return text.shape(k).capitalised && !text.shape(k).all_caps &&
           std::find(std::begin(kFeatures), std::end(kFeatures), text.word(k)) != std::end(kFeatures);
  };
  if (j + 1 < text.size() && is_space_gap(gap_before(text, j + 1)) && feature(j + 1)) return true;
  return j >= 2 && text.word(j - 1) == "of" && text.joined(j) && text.joined(j - 1) && feature(j - 2);
}

}  // namespace

bool EntityMatcher::takes_one_word(std::uint32_t target, const AnalyzedText& text, std::size_t j) const {
  if (target >= one_word_.size()) return true;
  const OneWordRule& rule = one_word_[target];
  const std::string_view word = text.word(j);
  const WordScript script = text.words()[j].script;
  if (!rule.spellings.empty() && std::find(rule.spellings.begin(), rule.spellings.end(), word) == rule.spellings.end()) {
    return false;
  }
  // Word k and the word before it are a space apart (or a no-break space), in one script.
  auto spaced = [&](std::size_t k) {
    return is_space_gap(gap_before(text, k)) && text.words()[k - 1].script == text.words()[k].script &&
           !text.words()[k - 1].dot_after;
  };
  if (rule.person && j > 0 && script == WordScript::kLatin) {
    // Another person's given name before the surname, a space apart: "Michael Brown", "Tom
    // Price", "Marina Kim", "Ivanka Trump". A capitalised common word counts as a name only
    // inside a sentence and outside quotation marks ("Yesterday Putin said" opens one, “Never
    // Trump” is a slogan; "Tom" and "Marina" are words too); a month or a weekday never
    // does. (Latin letters only: Russian inflects the offices before a name, «с Президентом
    // Трампом», and the word lists hold the nominatives; a Russian given name is known by
    // the patronymic after it, below.)
    if (spaced(j)) {
      const std::string_view before = text.word(j - 1);
      const WordShape shape = text.shape(j - 1);
      if (shape.capitalised && !shape.all_caps && title_roles(before) == 0 &&
          std::find(rule.given.begin(), rule.given.end(), before) == rule.given.end() && before != word &&
          !names_a_country(before) && !is_calendar_word(before) &&
          !(is_common_word(before) && (text.starts_sentence(j - 1) || inside_quotation(text, j - 1)))) {
        return false;
      }
    }
  }
  if (rule.person && !rule.offices.empty() && j > 0 && script == WordScript::kLatin && spaced(j)) {
    // An office before the surname that the person never held: "Ambassador Rice",
    // "Secretary Gates", "First Lady Kim" (set_offices()).
    // (A word that qualifies an office is none alone: "the first Bush administration". A
    // plural names the office: "presidents Bush, Obama".)
    constexpr std::string_view kQualifiers[] = {"first", "acting", "interim", "senior", "former", "permanent"};
    std::size_t k = j - 1;
    std::uint8_t roles = title_roles(text.word(k));
    if ((roles & kHonorific) && !(roles & (kOffice | kRank)) && k > 0 && spaced(k)) {
      roles = title_roles(text.word(--k));
    } else if (std::find(std::begin(kQualifiers), std::end(kQualifiers), text.word(k)) != std::end(kQualifiers)) {
      roles = 0;
    }
    const std::string_view office = text.word(k);
    const std::string_view singular = office.size() > 3 && office.ends_with('s') ? office.substr(0, office.size() - 1) : office;
    auto held = [&](std::string_view w) { return std::find(rule.offices.begin(), rule.offices.end(), w) != rule.offices.end(); };
    if ((roles & (kOffice | kRank)) && !held(office) && !held(singular)) return false;
  }
  if (rule.person && script == WordScript::kCyrillic && !rule.cyrillic_given.empty()) {
    // Another person's given name and a patronymic before the surname, or after it (the
    // official order), in any case: «Дмитрием Николаевичем Патрушевым» and «с Патрушевым
    // Дмитрием Николаевичем» are not Nikolai Patrushev, «Светлане Юрьевне Захаровой» not
    // Maria Zakharova.
    auto given_of_another = [&](std::size_t g, std::size_t p) {
      if (!text.shape(g).capitalised || text.shape(g).all_caps || !text.shape(p).capitalised ||
          !read_russian_patronymic(text.word(p))) {
        return false;
      }
      const std::string_view given = text.word(g);
      return std::none_of(rule.cyrillic_given.begin(), rule.cyrillic_given.end(),
                          [&](const RussianNounForms& forms) { return is_folded_russian_noun_form(forms, given); });
    };
    if (j > 1 && spaced(j) && spaced(j - 1) && given_of_another(j - 2, j - 1)) return false;
    if (j + 2 < text.size() && spaced(j + 1) && spaced(j + 2) && given_of_another(j + 1, j + 2)) return false;
  }
  if (!rule.person && j > 0 && text.shape(j - 1).capitalised && after_new(text, j)) {
    return false;  // "New Jersey", "New Mexico", «Нью-Джерси», «Новой Гвинеи»: another place
  }
  if (!rule.person && j > 0 && gap_before(text, j) == "." && text.word(j - 1).size() >= 2) {
    return false;  // a brand or a domain's end: «ВЭБ.РФ», «ДОМ.РФ», "GOV.UK", "Arkhitektory.RF"
  }
  if (!rule.person && names_a_feature(text, j)) {
    return false;  // "the South China Sea", "the Jordan River", "the Gulf of Mexico"
  }
  if ((rule.acronym_scripts & script_bit(script)) && text.shape(j).all_caps &&
      std::find(rule.acronyms.begin(), rule.acronyms.end(), word) == rule.acronyms.end()) {
    return false;  // "OAG" is no «ОАГ»: the OAS is OAS in Latin letters
  }
  if (rule.adjective && script == WordScript::kCyrillic && j + 1 < text.size() && spaced(j + 1) &&
      !text.shape(j + 1).capitalised && !ends_like_a_russian_verb(text.word(j + 1))) {
    return false;  // «в Белом доме»: a name's adjective before its noun
  }
  if (rule.feminine) {
    if (script == WordScript::kLatin && !word.ends_with('a')) return false;
    if (script == WordScript::kCyrillic && !word.ends_with("а") && !word.ends_with("ой") &&
        !word.ends_with("у") && !word.ends_with("ою")) {
      return false;
    }
  }
  // (A word in capitals is an acronym, whose check is its case rule: "RF" is «РФ».) A
  // spelling other than the name's (y for i, ks for x) counts in a word of seven letters or
  // more only: a short word so near a name is another word ("Maly" is no Mali, "Guiana" no
  // Guyana).
  if (script == WordScript::kLatin && !rule.latin_names.empty() &&
      std::find(rule.latin_folded.begin(), rule.latin_folded.end(), word) == rule.latin_folded.end() &&
      !text.shape(j).all_caps &&
      (word.size() < 7 ||
       std::find(rule.latin_names.begin(), rule.latin_names.end(), latin_spelling(word)) == rule.latin_names.end())) {
    return false;
  }
  if (script == WordScript::kCyrillic && !rule.cyrillic_names.empty() && !text.shape(j).all_caps) {
    return std::any_of(rule.cyrillic_names.begin(), rule.cyrillic_names.end(),
                       [&](const RussianNounForms& forms) { return is_folded_russian_noun_form(forms, word); });
  }
  return true;
}

std::uint32_t EntityMatcher::intern(const std::string& key) {
  auto [it, inserted] = vocabulary_.emplace(key, static_cast<std::uint32_t>(vocabulary_.size()));
  if (inserted) stem_keys_.push_back(!key.empty() && key[0] == kStemPrefix);
  if (key.size() > 1 && key[0] == kInitialPrefix) has_initials_ = true;
  if (key == kPatronymicKey) has_patronymics_ = true;
  return it->second;
}

std::vector<EntityMatcher::Edge>& EntityMatcher::EdgeTable::operator[](std::uint64_t key) {
  // Kept at most half full: grown to twice the size, every list moved to its new slot.
  if ((lists_.size() + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
    for (const Slot& slot : old) {
      if (slot.list == 0) continue;
      std::size_t i = home(slot.key);
      while (slots_[i].list != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot;
    }
  }
  for (std::size_t i = home(key);; i = (i + 1) & (slots_.size() - 1)) {
    Slot& slot = slots_[i];
    if (slot.list != 0 && slot.key == key) return lists_[slot.list - 1];
    if (slot.list == 0) {
      lists_.emplace_back();
      slot = Slot{key, static_cast<std::uint32_t>(lists_.size())};
      return lists_.back();
    }
  }
}

int EntityMatcher::find_key(std::string_view key) const {
  auto it = vocabulary_.find(key);
  return it == vocabulary_.end() ? -1 : static_cast<int>(it->second);
}

void EntityMatcher::add_pattern(const std::vector<PatternWord>& words, std::uint32_t target) {
  if (words.empty()) return;
  serial_ = next_serial();
  std::uint32_t node = 0;
  for (const PatternWord& word : words) {
    if (word.keys.empty()) return;
    std::vector<std::uint32_t> ids;
    for (const std::string& k : word.keys) ids.push_back(intern(k));
    // Reuse the child that one of the alternatives already leads to, so that every
    // alternative of this word reaches the same node.
    std::uint32_t child = 0;
    for (std::uint32_t id : ids) {
      const std::vector<Edge>* list = edges_.find(edge_key(node, id));
      if (!list) continue;
      for (const Edge& e : *list) {
        if (e.rule == word.rule) child = e.child;
      }
      if (child) break;
    }
    if (!child) {
      nodes_.emplace_back();
      child = static_cast<std::uint32_t>(nodes_.size() - 1);
    }
    for (std::size_t k = 0; k < ids.size(); ++k) {
      std::vector<Edge>& list = edges_[edge_key(node, ids[k])];
      const bool present = std::any_of(list.begin(), list.end(), [&](const Edge& e) {
        return e.rule == word.rule && e.child == child;
      });
      if (!present) list.push_back({child, word.rule});
      if (node == 0) {
        const std::string& key = word.keys[k];
        // The first letter after a kind prefix: "~e" + stem, "." + initial.
        const std::size_t skip = key[0] == kStemPrefix ? 2 : key[0] == kInitialPrefix ? 1 : 0;
        if (key == kAnyInitialKey || key == kPatronymicKey) {
          root_takes_initials_ = true;
        } else if (skip && key.size() > skip) {
          first_bytes_.set(static_cast<unsigned char>(key[skip]));
        } else {
          first_bytes_.set(static_cast<unsigned char>(key[0]));
        }
        few_first_bytes_ = first_bytes_.count() <= kFewFirstBytes;
        if (few_first_bytes_) update_start_bytes();
        if (key[0] == kInitialPrefix) root_takes_initials_ = true;
      }
    }
    node = child;
  }
  if (std::any_of(words.begin(), words.end(),
                  [](const PatternWord& w) { return w.rule == CaseRule::kProper; })) {
    if (proper_targets_.size() <= target) proper_targets_.resize(target + 1, false);
    proper_targets_[target] = true;
  }
  std::vector<std::uint32_t>& ends = nodes_[node].targets;
  if (std::find(ends.begin(), ends.end(), target) == ends.end()) ends.push_back(target);
  prefilter_.add_pattern(words);
  ++patterns_;
  max_words_ = std::max(max_words_, words.size());
}

bool EntityMatcher::admits_first(unsigned char first) const {
  // (ь and ъ have no letter of their own: 0. y/ye at a word's start may become e, Yevgeny =
  // Evgeny, so a key in e admits an i.)
  return first == 0 || first_bytes_[first] || (first == 'i' && first_bytes_['e']);
}

void EntityMatcher::update_start_bytes() {
  for (unsigned b = 0; b < 256; ++b) {
    if (b >= 0x80) {
      start_bytes_[b] = kStartAsk;
      continue;
    }
    const char byte = static_cast<char>(b);
    start_bytes_[b] = admits_first(key_first_byte(std::string_view(&byte, 1))) ? kStartYes : kStartNo;
  }
}

void EntityMatcher::scan(const AnalyzedText& text, TokenKeyer& keyer,
                         std::vector<MatchSpan>& out, ScanMode mode) const {
  const std::size_t first = out.size();
  scan_range(text, keyer, out, 0, text.size(), mode);
  if (mode == ScanMode::kText) add_named_mentions(text, keyer, out, first, 0, text.size());
}

void EntityMatcher::add_named_mentions(const AnalyzedText& text, TokenKeyer& keyer,
                                       std::vector<MatchSpan>& out, std::size_t first,
                                       std::size_t from, std::size_t to) const {
  // "Unless the full name is there": a surname that is a word counts at a sentence start
  // too in a text that prints the person's full name.
  std::vector<std::uint32_t> named;
  for (std::size_t k = first; k < out.size(); ++k) {
    if (out[k].end_word - out[k].first_word >= 2 && has_proper_rule(out[k].target)) {
      named.push_back(out[k].target);
    }
  }
  if (named.empty()) return;
  std::vector<MatchSpan> more;
  scan_range(text, keyer, more, from, to, ScanMode::kTextNamed);
  const std::size_t end = out.size();
  for (const MatchSpan& m : more) {
    if (std::find(named.begin(), named.end(), m.target) == named.end()) continue;
    const bool overlaps = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first),
                                      out.begin() + static_cast<std::ptrdiff_t>(end),
                                      [&](const MatchSpan& s) {
                                        return s.first_word < m.end_word && m.first_word < s.end_word;
                                      });
    if (!overlaps) out.push_back(m);
  }
  if (out.size() > end) {
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
              [](const MatchSpan& a, const MatchSpan& b) { return a.first_word < b.first_word; });
  }
}

void EntityMatcher::scan_range(const AnalyzedText& text, TokenKeyer& keyer,
                               std::vector<MatchSpan>& out, std::size_t from, std::size_t to,
                               ScanMode mode) const {
  const bool query = mode == ScanMode::kQuery;
  const std::size_t n = text.size();
  if (n == 0 || patterns_ == 0 || from >= std::min(to, n)) return;
  // Per-word memo of the candidate key ids and the shape, in buffers kept by the keyer.
  TokenKeyer::ScanScratch& shared = keyer.scan_scratch();
  TokenKeyer::ScanScratch own;
  TokenKeyer::ScanScratch& scratch = shared.busy ? own : shared;
  scratch.busy = true;
  struct Release {
    TokenKeyer::ScanScratch& s;
    ~Release() { s.busy = false; }
  } release{scratch};
  std::vector<TokenKeyer::ScanWordState>& state = scratch.state;
  std::vector<std::uint32_t>& pool = scratch.pool;
  // (Initials enter a word's ids by its capital in text, always in a query: the mode is
  // part of what the ids describe.)
  const bool new_text = scratch.text_id != text.id() || scratch.query != query;
  if (new_text || scratch.matcher != serial_) {
    if (state.size() < n) state.resize(n);
    if (scratch.matcher_gen == UINT32_MAX || scratch.text_gen == UINT32_MAX) {
      // The stamps would wrap round: start them again.
      for (TokenKeyer::ScanWordState& st : state) st.text_stamp = st.matcher_stamp = 0;
      scratch.text_gen = scratch.matcher_gen = 0;
    }
    if (new_text) ++scratch.text_gen;
    ++scratch.matcher_gen;
    pool.clear();
    scratch.text_id = text.id();
    scratch.matcher = serial_;
    scratch.query = query;
  }
  const std::uint32_t text_gen = scratch.text_gen, matcher_gen = scratch.matcher_gen;
  // Word j's state for this text (shape, join), and for this matcher too (its key ids).
  auto text_state = [&](std::size_t j) -> TokenKeyer::ScanWordState& {
    TokenKeyer::ScanWordState& st = state[j];
    if (st.text_stamp != text_gen) {
      st.text_stamp = text_gen;
      st.matcher_stamp = 0;
      st.shape = -1;
      st.join = -1;
    }
    return st;
  };
  auto matcher_state = [&](std::size_t j) -> TokenKeyer::ScanWordState& {
    TokenKeyer::ScanWordState& st = text_state(j);
    if (st.matcher_stamp != matcher_gen) {
      st.matcher_stamp = matcher_gen;
      st.first = -1;
      st.count = 0;
      st.root = false;
    }
    return st;
  };
  TokenKeyer::WordIdCache& ids = keyer.id_cache(serial_);

  auto shape_of = [&](std::size_t j) {
    TokenKeyer::ScanWordState& st = text_state(j);
    if (st.shape < 0) {
      const WordShape s = text.shape(j);
      st.shape = static_cast<std::int8_t>((s.capitalised ? 1 : 0) | (s.all_caps ? 2 : 0));
    }
    return st.shape;
  };
  // Whether word j may continue a match (AnalyzedText::joined), computed once per word.
  auto joined = [&](std::size_t j) {
    TokenKeyer::ScanWordState& st = text_state(j);
    if (st.join < 0) st.join = text.joined(j) ? 1 : 0;
    return st.join == 1;
  };
  // Whether word j may take an edge of `rule` (see CaseRule and ScanMode).
  auto allowed = [&](std::size_t j, CaseRule rule) {
    if (rule == CaseRule::kAny) return true;
    const std::int8_t shape = shape_of(j);
    bool ok = false;
    switch (rule) {
      case CaseRule::kAny: ok = true; break;
      case CaseRule::kCapitalised: ok = shape & 1; break;
      case CaseRule::kAllCaps: ok = shape & 2; break;
      case CaseRule::kMixedCase: ok = (shape & 2) || text.mixed_case(j); break;
      case CaseRule::kProper:
        if (!(shape & 1)) break;
        if (query || mode == ScanMode::kTextNamed) {
          ok = true;
          break;
        }
        if (!(state[j].shape & 8)) {
          state[j].shape = static_cast<std::int8_t>(state[j].shape | 8 |
                                                    (text.starts_sentence(j) ? 0 : 4));
        }
        ok = state[j].shape & 4;
        break;
    }
    return ok || (query && !is_common_word(text.word(j)));
  };

  // The key ids of word j in this matcher (cached per connection), with kRootFlag when one
  // of them leads anywhere from the root.
  constexpr std::uint16_t kRootFlag = 1;
  auto word_ids = [&](std::size_t j) -> const TokenKeyer::WordIds& {
    const std::string_view word = text.word(j);
    const std::uint64_t hash = WordMap<TokenKeyer::WordIds>::hash(word);
    if (const TokenKeyer::WordIds* cached = ids.words.find(word, hash)) return *cached;
    TokenKeyer::WordIds found;
    found.first = static_cast<std::uint32_t>(ids.ids.size());
    const WordKeys& keys = keyer.text_keys(word, text.words()[j].script);
    auto add = [&](int id) {
      if (id < 0) return;
      ids.ids.push_back(static_cast<std::uint32_t>(id));
      if (edges_.find(edge_key(0, static_cast<std::uint32_t>(id)))) found.flags |= kRootFlag;
    };
    for (const std::string& k : keys.names) add(find_key(k));
    add(find_key(keys.stem));
    if (has_patronymics_ && keys.patronymic) add(find_key(kPatronymicKey));
    found.count = static_cast<std::uint16_t>(ids.ids.size() - found.first);
    return ids.words.insert(word, hash, found);
  };

  auto candidates = [&](std::size_t j) {
    TokenKeyer::ScanWordState& st = matcher_state(j);
    if (st.first >= 0) return;
    st.first = static_cast<std::int32_t>(pool.size());
    const TokenKeyer::WordIds& found = word_ids(j);
    pool.insert(pool.end(), ids.ids.begin() + found.first, ids.ids.begin() + found.first + found.count);
    st.root = found.flags & kRootFlag;
    // An initial: one or two letters followed by a full stop, a capital in the original.
    const WordToken& token = text.words()[j];
    if (has_initials_ && token.dot_after && token.stem_end - token.begin <= 4 &&
        token.script != WordScript::kDigits) {
      const std::string_view word = text.word(j);
      std::size_t letters = 0;
      for (unsigned char c : word) letters += !is_continuation_byte(c);
      if (letters <= 2 && (query || (shape_of(j) & 1))) {
        if (int id = find_key(initial_key(word)); id >= 0) pool.push_back(static_cast<std::uint32_t>(id));
        if (int id = find_key(kAnyInitialKey); id >= 0) pool.push_back(static_cast<std::uint32_t>(id));
      }
    }
    st.count = static_cast<std::uint16_t>(pool.size() - static_cast<std::size_t>(st.first));
  };

  // Longest pattern from word `start`: depth-first over the trie. Between two of the same
  // length, the one that needed fewer stem keys wins: "Нигерия" is Nigeria by its name, not
  // Niger by the Snowball stem the two share.
  std::size_t best_end = 0;
  std::uint32_t best_target = 0;
  std::size_t best_stems = 0;
  // A surname that is a word at a sentence's start ("Xi Jinping said."): its capital means
  // nothing alone, but a whole name of two words or more that starts with it is the
  // person's (surname-first names open their sentences so); `needs_more` marks such a
  // walk, which may only end two words on or later.
  auto walk = [&](auto&& self, std::uint32_t node, std::size_t j, std::size_t start,
                  std::size_t stems, bool needs_more) -> void {
    if (j > start && !nodes_[node].targets.empty() && !(needs_more && j - start < 2)) {
      std::uint32_t t = nodes_[node].targets.front();
      // A word that is a whole mention: the first target whose one-word rule takes it
      // (add_cyrillic_name()).
      bool taken = true;
      if (j == start + 1 && !one_word_.empty()) {
        const std::vector<std::uint32_t>& targets = nodes_[node].targets;
        const auto it = std::find_if(targets.begin(), targets.end(),
                                     [&](std::uint32_t c) { return takes_one_word(c, text, start); });
        taken = it != targets.end();
        if (taken) t = *it;
      }
      if (taken && (j > best_end || (j == best_end && (stems < best_stems ||
                                                       (stems == best_stems && t < best_target))))) {
        best_end = j;
        best_target = t;
        best_stems = stems;
      }
    }
    if (j >= n) return;
    if (j > start && !crosses_punctuation_ && !joined(j)) return;
    candidates(j);
    const TokenKeyer::ScanWordState st = state[j];
    // Each child once: a word's keys (its name key and its stem) and an edge's case rules
    // often lead to the same child, and walking it once per way made a long name cost
    // 2^words ("Organization for Security and Co-operation in Europe": 256 walks of its
    // last word). Of two ways into one child, the one with fewer stem keys and no deferral
    // reaches every end the other does, no worse; both are kept only when neither is.
    struct Next {
      std::uint32_t child;
      std::size_t stems;
      bool needs_more;
    };
    constexpr std::size_t kMaxNext = 16;
    std::array<Next, kMaxNext> next;
    std::size_t count = 0;
    for (std::uint16_t c = 0; c < st.count; ++c) {
      const std::uint32_t key = pool[static_cast<std::size_t>(st.first) + c];
      const std::vector<Edge>* edges = edges_.find(edge_key(node, key));
      if (!edges) continue;
      const std::size_t more = stem_keys_.size() > key && stem_keys_[key] ? 1 : 0;
      for (const Edge& e : *edges) {
        bool deferred = false;
        if (!allowed(j, e.rule)) {
          deferred = j == start && e.rule == CaseRule::kProper && mode == ScanMode::kText && (shape_of(j) & 1);
          if (!deferred) continue;
        }
        const Next way{e.child, stems + more, needs_more || deferred};
        bool keep = true;
        for (std::size_t k = 0; k < count && keep; ++k) {
          Next& other = next[k];
          if (other.child != way.child) continue;
          if (other.stems <= way.stems && other.needs_more <= way.needs_more) {
            keep = false;  // `other` reaches every end `way` does, no worse
          } else if (way.stems <= other.stems && way.needs_more <= other.needs_more) {
            other = way;
            keep = false;
          }
        }
        if (!keep) continue;
        if (count < kMaxNext) {
          next[count++] = way;
        } else {
          self(self, way.child, j + 1, start, way.stems, way.needs_more);
        }
      }
    }
    for (std::size_t k = 0; k < count; ++k) self(self, next[k].child, j + 1, start, next[k].stems, next[k].needs_more);
  };

  const std::string& folded = text.folded();
  for (std::size_t i = from; i < std::min(to, n); ++i) {
    const WordToken& token = text.words()[i];
    // Whether a pattern may start here: a small matcher (a query) first compares the first
    // letter of the word's keys with those of its patterns, which spares most words the
    // look-up of their keys; a big one (a gazetteer) has nearly every letter, so it looks
    // the word up and asks whether any of its keys leads from the root.
    bool may_start = root_takes_initials_ && token.dot_after;
    if (!may_start) {
      if (few_first_bytes_) {
        // An ASCII first byte is answered by start_bytes_; a letter of several bytes is
        // read by key_first_byte() (a Cyrillic letter by its Latin spelling).
        const std::uint8_t verdict =
            token.stem_end > token.begin ? start_bytes_[static_cast<unsigned char>(folded[token.begin])]
                                         : static_cast<std::uint8_t>(kStartAsk);
        if (verdict != kStartAsk) {
          may_start = verdict == kStartYes;
        } else {
          may_start = admits_first(
              key_first_byte(std::string_view(folded).substr(token.begin, token.stem_end - token.begin)));
        }
      } else {
        // (The word's ids alone: its scan state and a copy of its ids are made only when a
        // walk starts or passes here.)
        may_start = word_ids(i).flags & kRootFlag;
      }
    }
    if (!may_start) continue;
    best_end = 0;
    best_stems = 0;
    walk(walk, 0, i, i, 0, false);
    if (best_end > i) {
      out.push_back({i, best_end, best_target});
      i = best_end - 1;
    }
  }
}

}  // namespace transcript
