// One multi-pattern matcher for a whole gazetteer (or one query): compiled once, then
// scans a folded text once and reports every mention, longest first.
//
// What it offers: patterns are sequences of words; a pattern word is a set of alternative
// keys (entities/token_keys.h) and a case rule (any case, capitalised, all capitals). A
// pattern reports a target (entity, kind, code). scan() walks the words of an AnalyzedText
// left to right and, at each word, follows the longest pattern that starts there; matches
// never overlap and the longest wins ("UN Security Council", not "UN"; "Sergey Lavrov", not
// "Lavrov" inside it); at equal length, the match that needed fewer stem keys ("Нигерия" is
// Nigeria by name, not Niger by their common stem), then the target added first.
//
// How it works: the patterns form a trie over keys (a DAG where alternative keys of one word
// lead to the same node). Each key is interned to an integer once at build time; at scan
// time a text word's candidate keys (cached per connection by TokenKeyer) are looked up in
// that vocabulary, and the trie edges are a hash from (node, key) to children. A prefilter
// on the first letter of every key at the root skips most words of a text for small
// matchers (one query) without computing their keys. Aho-Corasick failure links are not
// needed: patterns are a few words long and every start is tried, which keeps alternative
// keys per word simple.
//
// Thread-safety: build with add_target()/add_pattern(), then treat as immutable: scan() is
// const and may run on many threads at once, each with its own TokenKeyer (and
// AnalyzedText). Cache a built matcher per connection (a user gazetteer), per statement (a
// query), or globally (the built-in gazetteer).
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/entities/analyzed_text.h"
#include "core/entities/russian_noun_forms.h"
#include "core/entities/skeleton_filter.h"
#include "core/entities/token_keys.h"

namespace transcript {

// How a text word must be written to match a pattern word. kProper is for surnames that are
// also common words (Price, Мороз: entities/common_words.h): capitalised, and not at a
// sentence start, where the capital says nothing (AnalyzedText::starts_sentence).
// kMixedCase is for an alias word with a capital after a lower-case letter (BiH, БиГ,
// McDonald): the text word has one too, or is in capitals, so that «БиГ» is not "Big".
enum class CaseRule : std::uint8_t { kAny, kCapitalised, kAllCaps, kProper, kMixedCase };

// Whose words scan() reads:
//  - kText: running text; every case rule applies;
//  - kQuery: what a user typed, to name an entity (Gazetteer::resolve): a word satisfies a
//    rule as text would, leaving out sentence starts, or by not being a common word, so
//    "osce", "нато" and "россия" name their entities while "us" and "turkey" stay words.
//  - kTextNamed: running text in which the person's full name is printed: a kProper word
//    may also start a sentence ("Ned Price took questions. Price said …"). scan() applies it
//    itself to the people whose full name (two words or more) it found in kText.
enum class ScanMode : std::uint8_t { kText, kQuery, kTextNamed };

struct PatternWord {
  std::vector<std::string> keys;  // any one of them
  CaseRule rule = CaseRule::kAny;
};

struct MatchTarget {
  std::string entity;
  std::string kind;
  std::string code;  // may be empty
};

struct MatchSpan {
  std::size_t first_word = 0;  // index into AnalyzedText::words()
  std::size_t end_word = 0;    // one past the last word
  std::uint32_t target = 0;
};

class EntityMatcher {
 public:
  EntityMatcher();

  std::uint32_t add_target(MatchTarget target);

  // Names do not run over a sentence's punctuation (AnalyzedText::joined); a query's phrase
  // of plain words does, as an FTS5 phrase does. Default: names.
  void set_crosses_punctuation(bool crosses) { crosses_punctuation_ = crosses; }
  void add_pattern(const std::vector<PatternWord>& words, std::uint32_t target);

  const MatchTarget& target(std::uint32_t id) const { return targets_[id]; }
  std::size_t target_count() const { return targets_.size(); }
  std::size_t pattern_count() const { return patterns_; }

  // Appends the mentions in `text`, in text order, not overlapping.
  void scan(const AnalyzedText& text, TokenKeyer& keyer, std::vector<MatchSpan>& out,
            ScanMode mode = ScanMode::kText) const;
  // The same for the mentions that start at words [from, to) (they may end after `to`): a
  // scan of part of a text. It gives what scan() gives there whenever no mention of the
  // whole scan starts before `from` and ends after it.
  void scan_range(const AnalyzedText& text, TokenKeyer& keyer, std::vector<MatchSpan>& out,
                  std::size_t from, std::size_t to, ScanMode mode = ScanMode::kText) const;
  // The most words any pattern has.
  std::size_t max_pattern_words() const { return max_words_; }

  // How a text word that is a whole mention of a target by itself must be written, where
  // lossy name keys would let other words meet it (a target with none of these keeps no
  // such check):
  //  - add_cyrillic_name(): a one-word name in Cyrillic of a target that is no person (a
  //    country's «Дания»): a word in Cyrillic, not in capitals, must be one of the case
  //    forms of such a name (entities/russian_noun_forms.h), so that "Данное" is no Denmark
  //    and «Самое» no Samoa;
  //  - add_latin_name(): a one-word name in Latin letters of a target that is no person:
  //    a word in Latin letters, not in capitals, must be spelled as such a name, case and
  //    accents aside, and in a word of seven letters or more with the same canonical
  //    spelling (latin_spelling(): y/i aside), so that the TV channel "Rossiya" is no Russia,
  //    "Sky Italia" no Italy and "Maly" no Mali;
  //  - add_surname_spelling(): a surname printed first (Xi, Си, Wang, Ван): the word, folded,
  //    is one of these spellings, so that "Van" of Van der Bellen is no Wang Yi and "XII" no
  //    Xi Jinping;
  //  - set_feminine_surname(): a woman's surname in -ova, -eva, -ina (Zakharova, Захарова)
  //    keeps a feminine ending (-a; Cyrillic а, ой, у, ою), so that "Mark Zakharov" is no
  //    Maria Zakharova;
  //  - set_person(): a person's surname alone in Latin letters is not someone else's: the
  //    word before it, with only a space between, is no capitalised word that is neither an
  //    office, an honorific or a rank (title_words.h), a country's name, a month or a
  //    weekday, nor a common word at a sentence's start or inside quotation marks, so that
  //    "Michael Brown", "Susan Rice" and "Tom Price" are no Gordon Brown, Condoleezza Rice
  //    and Ned Price ("Prime Minister Brown", "Mr Brown", "Then Brown", "“Grandfather
  //    Putin”" are, and so is one of the person's own given names, "Tayyip Erdogan", or the
  //    surname again; "Tony Blinken", a nickname, is not). In
  //    Cyrillic, where offices before a name are inflected, a given name is known by the
  //    patronymic after it: a surname after a given name and a patronymic is the person's
  //    only when that given name is a case form of one of the person's Cyrillic given names
  //    («Николаем Платоновичем Патрушевым»; «Дмитрием Николаевичем Патрушевым» is not).
  void add_cyrillic_name(std::uint32_t target, std::string_view name);
  void add_latin_name(std::uint32_t target, std::string_view folded_name);
  void add_surname_spelling(std::uint32_t target, std::string_view folded_surname);
  void set_feminine_surname(std::uint32_t target);
  //  - add_acronym(): an organisation's one-word alias in capitals: a word in capitals of
  //    a script in which the organisation has acronyms is one of them, though another's
  //    transliteration meets its keys ("OAG", an airline data company, is no «ОАГ», the
  //    Organization of American States, which is OAS in Latin letters; "MOT" is no «МОТ»,
  //    the ILO). In a script without one, the transliteration counts. Countries are left
  //    out: "RF" is «РФ».
  void add_acronym(std::uint32_t target, std::string_view folded_acronym, WordScript script);
  //  - set_adjective_surname(): a Cyrillic surname that is also an adjective of the language
  //    (Белый): alone, it is no mention when a lower-case Cyrillic word follows a space
  //    apart that does not end as a verb does (-л, -ла, -ет, -ит, -ут …), the noun of a
  //    name it qualifies («в Белом доме», «Белого моря», «Белые ночи»; "Белый писал" is the
  //    poet).
  void set_adjective_surname(std::uint32_t target);
  void set_person(std::uint32_t target, std::string_view folded_given_name = {},
                  WordScript script = WordScript::kOther);
  //  - set_offices(): the offices a person of the gazetteer is named by (known_persons.h),
  //    space-separated folded words: in Latin letters, the surname alone after an office or
  //    a rank (title_words.h; past an honorific: "First Lady Kim") is the person's only when
  //    that word is one of them ("Secretary Rice"; "Ambassador Rice", "Secretary Gates",
  //    "Governor Brown" are someone else). No words: any office.
  void set_offices(std::uint32_t target, std::string_view offices);

  // Whether a target has a pattern word of rule kProper (a surname that is a word).
  bool has_proper_rule(std::uint32_t target) const {
    return target < proper_targets_.size() && proper_targets_[target];
  }
  // The second pass of scan() over spans found in kText: adds the mentions that kTextNamed
  // finds in [from, to) for the targets whose full name `out` holds from index `first`
  // (kept in text order, never overlapping). Public for scans in windows (search/query.cc).
  void add_named_mentions(const AnalyzedText& text, TokenKeyer& keyer,
                          std::vector<MatchSpan>& out, std::size_t first, std::size_t from,
                          std::size_t to) const;

  // False only when `original` cannot hold a match: a check on raw bytes, before folding
  // and splitting (entities/skeleton_filter.h). Worth calling for small matchers (queries);
  // for a big one (a gazetteer) it turns itself off and says true. Any bytes may come; a
  // false says they are valid UTF-8.
  bool may_match(std::string_view original) const { return prefilter_.may_match(original); }
  // The same check, with where a match may lie (SkeletonFilter::candidates).
  SkeletonFilter::Candidates candidates(std::string_view original) const { return prefilter_.candidates(original); }

 private:
  struct Edge {
    std::uint32_t child;
    CaseRule rule;
  };
  struct Node {
    std::vector<std::uint32_t> targets;  // patterns that end here, first added first
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static std::uint64_t edge_key(std::uint32_t node, std::uint32_t key) {
    return (static_cast<std::uint64_t>(node) << 32) | key;
  }
  // The trie's edges by edge_key(): open addressing over a power-of-two table, so that a
  // look-up (every key of nearly every word, at the root) is a multiplication, a shift and
  // mostly one probe, where std::unordered_map divides and follows a pointer.
  class EdgeTable {
   public:
    const std::vector<Edge>* find(std::uint64_t key) const {
      if (slots_.empty()) return nullptr;
      for (std::size_t i = home(key);; i = (i + 1) & (slots_.size() - 1)) {
        const Slot& slot = slots_[i];
        if (slot.list == 0) return nullptr;
        if (slot.key == key) return &lists_[slot.list - 1];
      }
    }
    // The edges of `key`, an empty list added when it has none.
    std::vector<Edge>& operator[](std::uint64_t key);

   private:
    struct Slot {
      std::uint64_t key = 0;
      std::uint32_t list = 0;  // lists_ index + 1; 0: empty
    };
    std::size_t home(std::uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    }
    std::vector<Slot> slots_;
    std::vector<std::vector<Edge>> lists_;
    unsigned shift_ = 64;
  };
  std::uint32_t intern(const std::string& key);
  int find_key(std::string_view key) const;

  std::vector<MatchTarget> targets_;
  std::vector<Node> nodes_;
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> vocabulary_;
  std::vector<bool> stem_keys_;  // by key id: a stem key
  std::vector<bool> proper_targets_;  // by target: has_proper_rule()
  struct OneWordRule {  // see add_cyrillic_name()
    std::vector<RussianNounForms> cyrillic_names;
    std::vector<std::string> latin_names;   // latin_spelling()
    std::vector<std::string> latin_folded;  // the names folded
    std::vector<std::string> spellings;
    bool feminine = false;
    bool adjective = false;  // set_adjective_surname()
    std::uint8_t acronym_scripts = 0;  // add_acronym(): 1 Latin, 2 Cyrillic, 4 other
    std::vector<std::string> acronyms;  // add_acronym(), folded
    bool person = false;
    std::vector<std::string> given;  // the person's given names, folded (set_person())
    std::vector<std::string> offices;  // set_offices()
    std::vector<RussianNounForms> cyrillic_given;  // those in Cyrillic letters, declined
  };
  std::vector<OneWordRule> one_word_;  // by target
  OneWordRule& one_word_rule(std::uint32_t target);
  // Whether word j of `text` may be a one-word mention of `target`.
  bool takes_one_word(std::uint32_t target, const AnalyzedText& text, std::size_t j) const;
  bool crosses_punctuation_ = false;

  EdgeTable edges_;
  std::bitset<256> first_bytes_;  // first letters of keys at the root
  // Few enough first letters for comparing them to be worth it before looking a word up.
  static constexpr std::size_t kFewFirstBytes = 8;
  bool few_first_bytes_ = true;
  // By a folded word's first byte, whether a word starting with it may start a pattern
  // (key_first_byte()'s answer for ASCII, first_bytes_ asked): kStartNo, kStartYes, or
  // kStartAsk for a lead byte of several, whose letter key_first_byte() must read.
  enum : std::uint8_t { kStartNo = 0, kStartYes = 1, kStartAsk = 2 };
  std::array<std::uint8_t, 256> start_bytes_{};
  void update_start_bytes();
  // Whether a word whose keys start with the letter `first` (key_first_byte()) may start a
  // pattern, by first_bytes_.
  bool admits_first(unsigned char first) const;
  bool root_takes_initials_ = false;
  bool has_initials_ = false;
  bool has_patronymics_ = false;
  std::size_t patterns_ = 0;
  std::size_t max_words_ = 0;
  SkeletonFilter prefilter_;
  // Identifies this matcher's contents for TokenKeyer's per-matcher cache; renewed by
  // every change.
  std::uint64_t serial_;
};

}  // namespace transcript
