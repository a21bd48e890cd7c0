#include "core/search/query.h"

#include <algorithm>
#include <optional>

#include "core/entities/analyzed_text.h"
#include "core/entities/entity_patterns.h"
#include "core/entities/foreign_readings.h"
#include "core/entities/palladius.h"
#include "core/entities/person_name.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

// A phrase's match: words [first, end) of the AnalyzedText.
struct Instance {
  std::uint32_t first = 0, end = 0;
};

// TokenKeyer's prefix of English stem keys, which the tokenizer writes without it.
constexpr std::string_view kEnglishStem = "~e";

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Whether a run of non-space bytes holds a letter or a digit that the tokenizer reads as a
// word of its own class: ASCII letters and digits, two-byte Cyrillic (lead byte D0, D1).
bool word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == 0xD0 || c == 0xD1;
}

// Counting words in raw bytes, from below: a run between ASCII spaces that holds a word byte
// holds at least one word of the tokenizer (it may hold more, or words of other letters that
// are not counted), so the offsets these give lie at least `k` words away. Both stop next to
// an ASCII space (or at the text's edge), where the tokenizer's words begin and end.
//
// The start of the k-th such run before the run that holds `pos` (0 when there are fewer).
std::size_t runs_before(std::string_view t, std::size_t pos, std::size_t k) {
  std::size_t p = std::min(pos, t.size());
  while (p > 0 && !ascii_space(t[p - 1])) --p;
  for (std::size_t counted = 0; p > 0 && counted < k;) {
    std::size_t b = p;
    while (b > 0 && ascii_space(t[b - 1])) --b;
    bool word = false;
    while (b > 0 && !ascii_space(t[b - 1])) word |= word_byte(static_cast<unsigned char>(t[--b]));
    p = b;
    counted += word;
  }
  return p;
}

// The end of the k-th such run after the run that holds byte `pos - 1` (the text's size
// when there are fewer).
std::size_t runs_after(std::string_view t, std::size_t pos, std::size_t k) {
  const std::size_t n = t.size();
  std::size_t p = std::min(pos, n);
  while (p < n && !ascii_space(t[p])) ++p;
  for (std::size_t counted = 0; p < n && counted < k;) {
    while (p < n && ascii_space(t[p])) ++p;
    bool word = false;
    while (p < n && !ascii_space(t[p])) word |= word_byte(static_cast<unsigned char>(t[p++]));
    counted += word;
  }
  return p;
}

}  // namespace

struct Query::Impl {
  struct Phrase {
    std::string text;
    TermKind kind = TermKind::kWords;
    bool initial = false;
    bool prefix = false;
    std::vector<std::uint32_t> targets;  // kEntity
    // kPerson and kWords: the patterns; kEntity: the entity's patterns, for may_match only.
    EntityMatcher matcher;
    // A prefix phrase: its words before the prefix, then the prefix's spelling.
    std::vector<PatternWord> fixed;
    std::string prefix_spelling;
    // How many tokens FTS5 sees in the phrase: one key for an entity or a person.
    std::uint32_t tokens = 1;
  };
  struct Node {
    QueryNode::Kind kind = QueryNode::Kind::kPhrase;
    std::vector<Node> children;
    std::uint32_t phrase = 0;
    int distance = 10;
  };
  // One text's instances, per phrase, and the hits collected.
  struct Row {
    std::vector<std::vector<Instance>> instances;
    std::vector<std::pair<std::uint32_t, Instance>> hits;  // (phrase, instance)
    std::size_t base = 0;  // where the analysed part of the text begins (see focus())
  };

  const Gazetteer* gazetteer = nullptr;
  std::vector<Phrase> phrases;
  std::optional<Node> root;  // none: every phrase was empty, nothing matches
  bool has_entities = false;

  std::optional<Node> build(const QueryNode& q, TokenKeyer& keyer);
  void add_phrase_patterns(Phrase& p, TokenKeyer& keyer);

  bool may_match(const Node& n, std::string_view text) const;
  Query::Focus focus(std::string_view text) const;
  void find_instances(MatchContext& context, Row& row) const;
  bool eval(const Node& n, Row& row, bool collect) const;
  bool near_match(const Node& n, Row& row, bool collect) const;
  void run(std::string_view text, MatchContext& context, Row& row, const Query::Focus& focus) const;
};

namespace {

bool contains(const std::vector<std::string>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The pattern word a query word gives, as the tokenizer's query side keys it (name keys and
// stem, or the Latin spelling of an acronym).
PatternWord query_word(const AnalyzedText& t, std::size_t i, bool all_caps_phrase,
                       TokenKeyer& keyer) {
  const std::string_view word = t.word(i);
  const WordToken& token = t.words()[i];
  if (token.script == WordScript::kDigits) return {{latin_spelling(word)}, CaseRule::kAny};
  if (is_acronym(t, i, all_caps_phrase)) return {{latin_spelling(word)}, CaseRule::kAllCaps};
  const WordKeys& keys = keyer.text_keys(word, token.script);
  PatternWord w{keys.names, CaseRule::kAny};
  w.keys.push_back(keys.stem);
  // (a Chinese name's syllables in the other system: entities/palladius.h)
  if (std::string key = palladius_key(word); !key.empty() && !contains(w.keys, key)) w.keys.push_back(std::move(key));
  // (a capitalised word that is no common word, as the language of a name reads it:
  // Barrot finds Барро; entities/foreign_readings.h)
  if (may_be_foreign_name(t, i)) {
    for (std::string& key : foreign_reading_keys(word)) {
      if (!contains(w.keys, key)) w.keys.push_back(std::move(key));
    }
  }
  return w;
}

// A folded word and, when it is hyphenated, each of its parts.
std::vector<std::string_view> hyphen_parts(std::string_view folded) {
  std::vector<std::string_view> parts{folded};
  if (folded.find('-') == std::string_view::npos) return parts;
  for (std::size_t begin = 0; begin <= folded.size();) {
    const std::size_t end = std::min(folded.find('-', begin), folded.size());
    if (end > begin) parts.push_back(folded.substr(begin, end - begin));
    begin = end + 1;
  }
  return parts;
}

bool phrase_all_caps(const AnalyzedText& t) {
  bool all_caps = t.size() > 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.words()[i].script != WordScript::kDigits && !t.shape(i).all_caps) all_caps = false;
  }
  return all_caps;
}


}  // namespace

void Query::Impl::add_phrase_patterns(Phrase& p, TokenKeyer& keyer) {
  AnalyzedText t;
  t.analyze(p.text);
  const bool caps = phrase_all_caps(t);
  if (p.prefix) {
    for (std::size_t i = 0; i + 1 < t.size(); ++i) p.fixed.push_back(query_word(t, i, caps, keyer));
    p.prefix_spelling = latin_spelling(t.word(t.size() - 1));
    p.tokens = static_cast<std::uint32_t>(t.size());
    return;
  }
  switch (p.kind) {
    case TermKind::kEntity: {
      const std::uint32_t id = p.matcher.add_target({p.text, "entity", ""});
      for (std::uint32_t target : p.targets) {
        for (const Pattern& pattern : gazetteer->patterns_of(target)) p.matcher.add_pattern(pattern, id);
      }
      break;
    }
    case TermKind::kPerson: {
      const std::uint32_t id = p.matcher.add_target({p.text, "person", ""});
      const PersonName name = parse_person_name(p.text);
      for (Pattern pattern : person_patterns(name, /*case_rules=*/false)) {
        // A Chinese name asked for in Pinyin is also found in Palladius, and the other way
        // round (entities/palladius.h): each name word's key gets its reading's.
        for (PatternWord& w : pattern) {
          if (w.keys.size() != 1) continue;
          const std::string key = w.keys.front();
          // (a surname stands alone in a pattern: not as a common word)
          const bool surname = name.surname >= 0 && key == name.words[name.surname].key;
          for (const NameWord& word : name.words) {
            // The word the pattern word keys, or the part of a hyphenated given name
            // (Frank-Walter: Франк-Вальтер).
            std::optional<std::string_view> part;
            for (std::string_view p : hyphen_parts(word.folded)) {
              if (name_key(p) == key) {
                part = p;
                break;
              }
            }
            if (!part) continue;
            if (*part == word.folded) {
              if (std::string reading = palladius_key(word.folded); !reading.empty()) w.keys.push_back(std::move(reading));
            }
            // A name read as its language reads it (José Albares finds Хосе Альбарес).
            if (word.script == WordScript::kLatin) {
              for (std::string& reading : foreign_reading_keys(*part, /*common_words=*/!surname)) {
                if (!contains(w.keys, reading)) w.keys.push_back(std::move(reading));
              }
            }
            break;
          }
        }
        p.matcher.add_pattern(pattern, id);
      }
      break;
    }
    case TermKind::kWords:
    case TermKind::kEmpty: {
      Pattern pattern;
      for (std::size_t i = 0; i < t.size(); ++i) pattern.push_back(query_word(t, i, caps, keyer));
      p.matcher.set_crosses_punctuation(true);  // as an FTS5 phrase
      p.matcher.add_pattern(pattern, p.matcher.add_target({p.text, "words", ""}));
      p.tokens = static_cast<std::uint32_t>(t.size());
      break;
    }
  }
}

std::optional<Query::Impl::Node> Query::Impl::build(const QueryNode& q, TokenKeyer& keyer) {
  using Kind = QueryNode::Kind;
  switch (q.kind) {
    case Kind::kPhrase: {
      // A phrase repeated in the query is found once ("a OR a OR …" costs one scan).
      for (std::size_t k = 0; k < phrases.size(); ++k) {
        if (phrases[k].text == q.text && phrases[k].prefix == q.prefix &&
            phrases[k].initial == q.initial) {
          Node n;
          n.phrase = static_cast<std::uint32_t>(k);
          return n;
        }
      }
      const TermReading reading = read_term(q.text, q.prefix, *gazetteer, keyer);
      if (reading.kind == TermKind::kEmpty) return std::nullopt;  // as FTS5: left out
      Phrase p;
      p.text = q.text;
      p.kind = reading.kind;
      p.prefix = q.prefix;
      p.initial = q.initial;
      p.targets = reading.targets;
      has_entities |= p.kind == TermKind::kEntity;
      add_phrase_patterns(p, keyer);
      phrases.push_back(std::move(p));
      Node n;
      n.phrase = static_cast<std::uint32_t>(phrases.size() - 1);
      return n;
    }
    case Kind::kNot: {
      std::optional<Node> left = build(q.children[0], keyer);
      std::optional<Node> right = build(q.children[1], keyer);
      if (!left || !right) return left;
      Node n;
      n.kind = Kind::kNot;
      n.children.push_back(std::move(*left));
      n.children.push_back(std::move(*right));
      return n;
    }
    case Kind::kAnd:
    case Kind::kOr:
    case Kind::kNear: {
      Node n;
      n.kind = q.kind;
      n.distance = q.distance;
      for (const QueryNode& c : q.children) {
        if (std::optional<Node> child = build(c, keyer)) n.children.push_back(std::move(*child));
      }
      if (n.children.empty()) return std::nullopt;
      if (n.children.size() == 1 && q.kind != Kind::kNear) return std::move(n.children[0]);
      return n;
    }
  }
  return std::nullopt;
}

bool Query::Impl::may_match(const Node& n, std::string_view text) const {
  using Kind = QueryNode::Kind;
  switch (n.kind) {
    case Kind::kPhrase: {
      const Phrase& p = phrases[n.phrase];
      return p.prefix || p.matcher.may_match(text);
    }
    case Kind::kNot:
      return may_match(n.children[0], text);
    case Kind::kOr:
      return std::any_of(n.children.begin(), n.children.end(),
                         [&](const Node& c) { return may_match(c, text); });
    case Kind::kAnd:
    case Kind::kNear:
      return std::all_of(n.children.begin(), n.children.end(),
                         [&](const Node& c) { return may_match(c, text); });
  }
  return true;
}

// Long texts with a few hits: the phrase's check on the raw bytes (may_match()'s, with where
// its words met a needle) bounds where any hit can lie, and the text is analysed from a few
// words before the first such word to a few after the last, enough for every scan below to
// see what it sees in the whole text: the phrase's match (at most its longest pattern's
// words on either side of a word that met a needle), the gazetteer's windows around it
// (reaching back a gazetteer pattern's length) and its longest mention from there, and the
// word before each (sentence starts, joins). The whole text when the phrase cannot tell (a
// prefix, an initial anchor, a check that is off or meets a character it does not read).
Query::Focus Query::Impl::focus(std::string_view text) const {
  constexpr std::size_t kContextWords = 3;
  Focus f{false, 0, text.size()};
  // Several phrases: each would walk the whole text, where may_match() stops at the first
  // phrase that may match, and the spans of two phrases rarely leave much out (measured:
  // "OSCE OR Lukashenko" over whole pages, 20% more instructions). The check alone.
  if (phrases.size() > 1) {
    f.none = !may_match(*root, text);
    return f;
  }
  // One phrase: the query can match where it can (AND, OR, NEAR or NOT over one phrase).
  const Phrase& p = phrases.front();
  if (p.prefix) return f;
  const SkeletonFilter::Candidates c = p.matcher.candidates(text);
  f.valid_utf8 = c.answer != SkeletonFilter::Candidates::kUnknown;
  if (c.answer == SkeletonFilter::Candidates::kNone) {
    f.none = true;
    return f;
  }
  if (c.answer == SkeletonFilter::Candidates::kUnknown || p.initial) return f;
  std::size_t reach = p.matcher.max_pattern_words();
  if (has_entities) reach += gazetteer->matcher().max_pattern_words();
  f.begin = runs_before(text, c.begin, reach + kContextWords);
  f.end = runs_after(text, c.end, reach + kContextWords);
  return f;
}

void Query::Impl::find_instances(MatchContext& context, Row& row) const {
  const AnalyzedText& text = context.text;
  row.instances.assign(phrases.size(), {});
  std::vector<MatchSpan> spans;
  // The gazetteer's mentions, needed only around the places an entity phrase's own patterns
  // match (a mention of the entity is such a match; the whole gazetteer decides whether a
  // longer mention of another entity takes it): windows reaching back a pattern's length,
  // merged, scanned with the gazetteer. Long texts with few hits cost little more than
  // the phrases' own scans.
  std::vector<MatchSpan> mentions;
  if (has_entities) {
    std::vector<std::pair<std::size_t, std::size_t>> windows;
    const std::size_t reach = gazetteer->matcher().max_pattern_words();
    for (const Phrase& p : phrases) {
      if (p.prefix || p.kind != TermKind::kEntity) continue;
      spans.clear();
      p.matcher.scan(text, context.keyer, spans);
      for (const MatchSpan& s : spans) {
        windows.push_back({s.first_word > reach ? s.first_word - reach : 0, s.end_word});
      }
    }
    std::sort(windows.begin(), windows.end());
    std::size_t scanned = 0;
    for (std::size_t w = 0; w < windows.size();) {
      std::size_t from = std::max(windows[w].first, scanned), to = windows[w].second;
      for (++w; w < windows.size() && windows[w].first <= to; ++w) to = std::max(to, windows[w].second);
      // Start where an earlier mention ended, so that spans never overlap.
      if (!mentions.empty()) from = std::max(from, mentions.back().end_word);
      gazetteer->matcher().scan_range(text, context.keyer, mentions, from, to);
      scanned = mentions.empty() ? to : std::max(to, mentions.back().end_word);
    }
    // A surname that is a word at a sentence start, where the person's full name is printed
    // too: the windows hold every place either can be (both match the entity's patterns).
    if (!mentions.empty()) {
      std::vector<std::pair<std::size_t, std::size_t>> merged;
      for (const auto& w : windows) {
        if (!merged.empty() && w.first <= merged.back().second) {
          merged.back().second = std::max(merged.back().second, w.second);
        } else {
          merged.push_back(w);
        }
      }
      for (const auto& [from, to] : merged) {
        gazetteer->matcher().add_named_mentions(text, context.keyer, mentions, 0, from, to);
      }
    }
  }
  for (std::size_t k = 0; k < phrases.size(); ++k) {
    const Phrase& p = phrases[k];
    std::vector<Instance>& out = row.instances[k];
    if (p.prefix) {
      const std::size_t n = p.fixed.size();
      for (std::size_t i = 0; i + n < text.size(); ++i) {
        bool ok = true;
        for (std::size_t j = 0; j < n && ok; ++j) {
          const WordKeys& keys = context.keyer.text_keys(text.word(i + j), text.words()[i + j].script);
          ok = std::any_of(keys.names.begin(), keys.names.end(),
                           [&](const std::string& k2) { return contains(p.fixed[j].keys, k2); }) ||
               contains(p.fixed[j].keys, keys.stem);
          if (ok && p.fixed[j].rule == CaseRule::kAllCaps) ok = text.shape(i + j).all_caps;
        }
        if (!ok) continue;
        const std::size_t last = i + n;
        const WordToken& token = text.words()[last];
        const std::string_view word = text.word(last);
        const WordKeys& keys = context.keyer.text_keys(word, token.script);
        auto starts = [&](std::string_view key) { return key.starts_with(p.prefix_spelling); };
        std::string_view stem = keys.stem;
        const bool english = token.script == WordScript::kLatin && stem.starts_with(kEnglishStem);
        if (english) stem.remove_prefix(kEnglishStem.size());
        if (std::any_of(keys.names.begin(), keys.names.end(), starts) ||
            starts(latin_spelling(word)) || (english && starts(stem))) {
          out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(last + 1)});
        }
      }
    } else if (p.kind == TermKind::kEntity) {
      for (const MatchSpan& s : mentions) {
        if (std::find(p.targets.begin(), p.targets.end(), s.target) != p.targets.end()) {
          out.push_back({static_cast<std::uint32_t>(s.first_word), static_cast<std::uint32_t>(s.end_word)});
        }
      }
    } else {
      spans.clear();
      p.matcher.scan(text, context.keyer, spans);
      for (const MatchSpan& s : spans) {
        out.push_back({static_cast<std::uint32_t>(s.first_word), static_cast<std::uint32_t>(s.end_word)});
      }
    }
    if (p.initial) {
      std::erase_if(out, [](const Instance& in) { return in.first != 0; });
    }
  }
}

bool Query::Impl::near_match(const Node& n, Row& row, bool collect) const {
  // Positions as FTS5 indexes them: an entity or a person is one key at each of its words;
  // words are one key each, and a phrase of them starts at its first. A phrase named twice
  // in one group is one (FTS5 lets both stand on the same position).
  struct Position {
    std::uint32_t pos;
    std::uint32_t instance;
    bool operator<(const Position& o) const { return pos < o.pos; }
  };
  std::vector<std::uint32_t> phrase_ids;
  for (const Node& c : n.children) {
    if (std::find(phrase_ids.begin(), phrase_ids.end(), c.phrase) == phrase_ids.end()) {
      phrase_ids.push_back(c.phrase);
    }
  }
  const std::size_t count = phrase_ids.size();
  std::vector<std::vector<Position>> positions(count);
  std::vector<std::int64_t> reach(count);  // how far before the last start a start may lie
  std::vector<std::uint32_t> all;          // every start, the candidates for the last one
  for (std::size_t c = 0; c < count; ++c) {
    const Phrase& p = phrases[phrase_ids[c]];
    const bool one_key = !p.prefix && (p.kind == TermKind::kEntity || p.kind == TermKind::kPerson);
    reach[c] = static_cast<std::int64_t>(one_key ? 1 : p.tokens) + n.distance;
    const std::vector<Instance>& inst = row.instances[phrase_ids[c]];
    for (std::uint32_t i = 0; i < inst.size(); ++i) {
      if (one_key) {
        for (std::uint32_t w = inst[i].first; w < inst[i].end; ++w) positions[c].push_back({w, i});
      } else {
        positions[c].push_back({inst[i].first, i});
      }
    }
    if (positions[c].empty()) return false;
    std::sort(positions[c].begin(), positions[c].end());
    for (const Position& x : positions[c]) all.push_back(x.pos);
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::vector<std::vector<bool>> used(count);
  std::vector<std::size_t> marked(count, 0);  // positions[c][0, marked) are done
  for (std::size_t c = 0; c < count; ++c) used[c].assign(row.instances[phrase_ids[c]].size(), false);
  bool matched = false;
  for (const std::uint32_t top : all) {
    // For each phrase, its starts in [top - reach, top].
    bool all_near = true;
    for (std::size_t c = 0; c < count && all_near; ++c) {
      const std::int64_t low = static_cast<std::int64_t>(top) - reach[c];
      auto it = std::upper_bound(positions[c].begin(), positions[c].end(), Position{top, 0});
      all_near = it != positions[c].begin() && static_cast<std::int64_t>(std::prev(it)->pos) >= low;
    }
    if (!all_near) continue;
    matched = true;
    if (!collect) return true;
    for (std::size_t c = 0; c < count; ++c) {
      const std::int64_t low = static_cast<std::int64_t>(top) - reach[c];
      std::size_t k = marked[c];
      while (k < positions[c].size() && static_cast<std::int64_t>(positions[c][k].pos) < low) ++k;
      for (; k < positions[c].size() && positions[c][k].pos <= top; ++k) {
        used[c][positions[c][k].instance] = true;
      }
      marked[c] = std::max(marked[c], k);
    }
  }
  if (matched && collect) {
    for (std::size_t c = 0; c < count; ++c) {
      const std::uint32_t k = phrase_ids[c];
      for (std::size_t i = 0; i < used[c].size(); ++i) {
        if (used[c][i]) row.hits.push_back({k, row.instances[k][i]});
      }
    }
  }
  return matched;
}

bool Query::Impl::eval(const Node& n, Row& row, bool collect) const {
  using Kind = QueryNode::Kind;
  switch (n.kind) {
    case Kind::kPhrase: {
      const std::vector<Instance>& inst = row.instances[n.phrase];
      if (collect) {
        for (const Instance& i : inst) row.hits.push_back({n.phrase, i});
      }
      return !inst.empty();
    }
    case Kind::kNear:
      return near_match(n, row, collect);
    case Kind::kAnd: {
      for (const Node& c : n.children) {
        if (!eval(c, row, false)) return false;
      }
      if (collect) {
        for (const Node& c : n.children) eval(c, row, true);
      }
      return true;
    }
    case Kind::kOr: {
      bool any = false;
      for (const Node& c : n.children) any |= eval(c, row, collect);
      return any;
    }
    case Kind::kNot: {
      if (!eval(n.children[0], row, false) || eval(n.children[1], row, false)) return false;
      if (collect) eval(n.children[0], row, true);
      return true;
    }
  }
  return false;
}

void Query::Impl::run(std::string_view text, MatchContext& context, Row& row, const Query::Focus& focus) const {
  row.hits.clear();
  row.base = focus.begin;
  if (focus.none) return;
  context.text.analyze_row(text.substr(focus.begin, focus.end - focus.begin));
  find_instances(context, row);
  if (!eval(*root, row, true)) {
    row.hits.clear();
    return;
  }
  std::sort(row.hits.begin(), row.hits.end(), [](const auto& a, const auto& b) {
    if (a.second.first != b.second.first) return a.second.first < b.second.first;
    if (a.second.end != b.second.end) return a.second.end < b.second.end;
    return a.first < b.first;
  });
  // A span that two phrases found is one mention ("Lavrov OR \"Sergey Lavrov\"").
  row.hits.erase(std::unique(row.hits.begin(), row.hits.end(),
                             [](const auto& a, const auto& b) {
                               return a.second.first == b.second.first &&
                                      a.second.end == b.second.end;
                             }),
                 row.hits.end());
}

Query::Query() : impl_(std::make_unique<Impl>()) {}
Query::Query(Query&&) noexcept = default;
Query& Query::operator=(Query&&) noexcept = default;
Query::~Query() = default;

Query Query::compile(std::string_view query, const Gazetteer& gazetteer, MatchContext& context) {
  require_utf8(query);
  const QueryNode tree = parse_query(query);
  Query q;
  q.impl_->gazetteer = &gazetteer;
  q.impl_->root = q.impl_->build(tree, context.keyer);
  return q;
}

std::size_t Query::term_count() const { return impl_->phrases.size(); }
const std::string& Query::term_text(std::size_t i) const { return impl_->phrases[i].text; }
std::string_view Query::term_kind(std::size_t i) const {
  const Impl::Phrase& p = impl_->phrases[i];
  if (p.prefix) return "prefix";
  switch (p.kind) {
    case TermKind::kEntity: return "entity";
    case TermKind::kPerson: return "person";
    case TermKind::kWords: return "words";
    case TermKind::kEmpty: return "empty";
  }
  return "words";
}

void Query::hits(std::string_view text, MatchContext& context, std::vector<QueryHit>& out) const {
  // The whole text: a row asked for its hits (a highlight, a snippet) almost always holds
  // some, so the check that could narrow the analysis is one more pass over it, and on long
  // texts with hits spread across them it costs more than it spares (bench/README.md).
  hits(text, context, out, Focus{false, 0, text.size()});
}

void Query::hits(std::string_view text, MatchContext& context, std::vector<QueryHit>& out,
                 const Focus& focus) const {
  out.clear();
  if (!impl_->root) return;
  Impl::Row row;
  impl_->run(text, context, row, focus);
  ByteToChar to_char(text);
  for (const auto& [phrase, instance] : row.hits) {
    QueryHit hit;
    hit.term = phrase;
    hit.start_byte = row.base + context.text.original_begin(instance.first);
    hit.end_byte = row.base + context.text.match_end(instance.end - 1);
    hit.start_char = to_char(hit.start_byte);
    hit.end_char = to_char(hit.end_byte);
    out.push_back(hit);
  }
}

bool Query::may_match(std::string_view bytes) const {
  // No query (nothing but stop words): nothing to rule out by; count() answers 0.
  return !impl_->root || impl_->may_match(*impl_->root, bytes);
}

Query::Focus Query::focus(std::string_view bytes) const {
  if (!impl_->root) return Focus{true, 0, 0};
  return impl_->focus(bytes);
}

std::int64_t Query::count(std::string_view text, MatchContext& context) const {
  return count(text, context, focus(text));
}

std::int64_t Query::count(std::string_view text, MatchContext& context, const Focus& focus) const {
  // Most rows a search looks at hold no hit: the check on the raw bytes (focus()) spares
  // them the folding, the words and the keys; the rest are analysed where hits can lie.
  if (!impl_->root || focus.none) return 0;
  Impl::Row row;
  impl_->run(text, context, row, focus);
  return static_cast<std::int64_t>(row.hits.size());
}

}  // namespace transcript
