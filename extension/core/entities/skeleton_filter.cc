#include "core/entities/skeleton_filter.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/entities/entity_matcher.h"
#include "core/entities/skeleton.h"
#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"
#include "core/text/word_tokens.h"

namespace transcript {
namespace {

constexpr char kVowel = kSkeletonVowel;

// What one code point of simple text is, once folded.
enum class Kind : std::uint8_t { kComplex, kSeparator, kLetter, kDigit, kApostrophe };

struct Piece {
  Kind kind = Kind::kComplex;
  std::uint8_t len = 0;
  char symbols[6] = {};
};

// The character classes of U+0000..U+04FF (ASCII, Latin-1, Latin Extended, Cyrillic) and
// U+2000..U+206F (general punctuation): the pieces are computed with fold_text() and
// tokenize() so that they agree with the matcher by construction, and the code points whose
// pieces are the same (kind and symbols) are one class.
class CharClasses {
 public:
  static constexpr char32_t kLowEnd = 0x0500, kPunctFirst = 0x2000, kPunctEnd = 0x2070;
  // Classes 0..2; the letters and digits follow, one class per distinct piece.
  static constexpr std::uint8_t kComplex = 0, kSeparator = 1, kApostrophe = 2, kFirstSymbols = 3;

  CharClasses() {
    classes_.push_back(Piece{});  // kComplex
    Piece separator;
    separator.kind = Kind::kSeparator;
    classes_.push_back(separator);
    Piece apostrophe;
    apostrophe.kind = Kind::kApostrophe;
    classes_.push_back(apostrophe);
    for (char32_t cp = 0; cp < kLowEnd; ++cp) low_[cp] = class_of(compute(cp));
    for (char32_t cp = kPunctFirst; cp < kPunctEnd; ++cp) {
      punct_[cp - kPunctFirst] = class_of(compute(cp));
    }
  }

  std::size_t size() const { return classes_.size(); }
  std::size_t symbol_classes() const { return classes_.size() - kFirstSymbols; }
  // The symbols of a letter or digit class, and whether it is a letter.
  std::string_view symbols(std::uint8_t c) const {
    return std::string_view(classes_[c].symbols, classes_[c].len);
  }
  bool letter(std::uint8_t c) const { return classes_[c].kind == Kind::kLetter; }

  std::uint8_t ascii(unsigned char c) const { return low_[c]; }
  // The class of a code point (what at() gives for its bytes).
  std::uint8_t of(char32_t cp) const {
    if (cp < kLowEnd) return low_[cp];
    return cp >= kPunctFirst && cp < kPunctEnd ? punct_[cp - kPunctFirst] : kComplex;
  }

  // The class of the code point at s[pos] and its length in bytes. Any bytes may come: what
  // is not valid UTF-8 (a stray continuation byte, an overlong lead, a missing continuation)
  // is kComplex, so that a text the filter rules out is always valid UTF-8.
  std::uint8_t at(const unsigned char* s, std::size_t pos, std::size_t n, std::size_t& len) const {
    const unsigned char c = s[pos];
    if (c < 0x80) {
      len = 1;
      return low_[c];
    }
    auto trail = [&](std::size_t k) { return pos + k < n && (s[pos + k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c < 0xE0 && trail(1)) {
      len = 2;
      const char32_t cp = (static_cast<char32_t>(c & 0x1F) << 6) | (s[pos + 1] & 0x3F);
      return of(cp);
    }
    if (c >= 0xE0 && c < 0xF0 && trail(1) && trail(2)) {
      len = 3;
      const char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) |
                          (static_cast<char32_t>(s[pos + 1] & 0x3F) << 6) | (s[pos + 2] & 0x3F);
      // (Below U+2000: overlong forms, and code points the table does not hold. U+2000..U+206F
      // is E2 80..81 xx: never overlong, never a surrogate.)
      return cp >= kPunctFirst ? of(cp) : kComplex;
    }
    len = 1;
    return kComplex;  // four bytes, or not UTF-8: never simple
  }

 private:
  std::uint8_t class_of(const Piece& p) {
    if (p.kind == Kind::kComplex) return kComplex;
    if (p.kind == Kind::kSeparator) return kSeparator;
    if (p.kind == Kind::kApostrophe) return kApostrophe;
    for (std::size_t c = kFirstSymbols; c < classes_.size(); ++c) {
      if (classes_[c].kind == p.kind && symbols(static_cast<std::uint8_t>(c)) ==
                                            std::string_view(p.symbols, p.len)) {
        return static_cast<std::uint8_t>(c);
      }
    }
    classes_.push_back(p);
    return static_cast<std::uint8_t>(classes_.size() - 1);
  }

  static Piece compute(char32_t cp) {
    Piece p;
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return p;
    std::string raw;
    append_utf8(raw, cp);
    const std::string folded = fold(raw);
    if (folded.empty()) return p;  // removed by folding (ignorables): not simple
    std::vector<char32_t> cps;
    for (std::size_t pos = 0; pos < folded.size();) cps.push_back(decode_utf8(folded, pos));
    std::vector<WordToken> tokens;
    tokenize(folded, tokens);
    if (cps.size() == 1 && (cps[0] == '\'' || cps[0] == 0x2019 || cps[0] == 0x02BC)) {
      p.kind = Kind::kApostrophe;
      return p;
    }
    if (cps.size() == 1 && tokens.size() == 1 && tokens[0].begin == 0 &&
        tokens[0].end == folded.size()) {
      std::string symbols;
      if (!append_skeleton(latin_spelling(folded), symbols) || symbols.size() > sizeof p.symbols) {
        return p;
      }
      p.kind = tokens[0].script == WordScript::kDigits ? Kind::kDigit : Kind::kLetter;
      p.len = static_cast<std::uint8_t>(symbols.size());
      std::copy(symbols.begin(), symbols.end(), p.symbols);
      return p;
    }
    if (!tokens.empty()) return p;
    // No word: a separator, unless something in it could join or sit on a word.
    for (char32_t c : cps) {
      const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
      if ((mask & (U_GC_M_MASK | U_GC_L_MASK | U_GC_N_MASK | U_GC_CF_MASK)) || c == '\'' ||
          c == 0x2019 || c == 0x02BC) {
        return p;
      }
    }
    p.kind = Kind::kSeparator;
    return p;
  }

  std::vector<Piece> classes_;
  std::array<std::uint8_t, kLowEnd> low_{};
  std::array<std::uint8_t, kPunctEnd - kPunctFirst> punct_{};
};

const CharClasses& char_classes() {
  static const CharClasses table;
  return table;
}

constexpr std::size_t kMaxStates = 4096;
constexpr std::size_t kFilteredWords = 3;  // per pattern
constexpr std::size_t kShortStem = 4;      // symbols: a Russian stem whose tails are compared

}  // namespace

// The automaton. A state is named by its row's offset in `next` (state number * columns), so
// that a step is one look-up; the states whose words meet a needle are numbered last, so
// that a word's end asks one comparison. State 0 is "between words" and also "a word
// without symbols yet" (such a word meets no needle, so the two need not differ).
struct SkeletonFilter::Automaton {
  std::size_t columns = 0;             // character classes
  // next[state + class]: the state after a letter or digit; next[state] (the column of a
  // class that never steps, kComplex) of a state that meets needles: its index in `met`.
  std::vector<std::uint32_t> next;
  std::uint32_t meeting_from = 0;      // the first state that meets needles
  std::vector<Hits> met;               // per such state, in order: the needles it meets
  std::vector<std::vector<Hits>> patterns;  // per pattern, per filtered word: its needles
  std::vector<std::size_t> lengths;         // per pattern: its words
};

// The automaton over bytes (see the header). A state is named by its row's offset in `next`,
// so that next[state + column[byte]] is the state after a byte, one addition and one look-up.
// Rows are kColumns wide; the plain states' rows begin at a multiple of kColumns, the special
// ones' one cell later (an odd offset), so that one test of the lowest bit of several states
// ORed tells whether any is special. The special states are the events, states entered by
// the byte that ended a word meeting needles, each with its own copy of the row of the state
// it stands for, and last the absorbing state `unread`.
struct SkeletonFilter::ByteWalk {
  static constexpr std::size_t kColumns = 128;
  std::array<std::uint8_t, 256> column{};
  std::vector<std::uint32_t> next;
  std::uint32_t unread = 0;
  std::vector<std::int32_t> met;      // per state (offset / kColumns): the event's index in
                                      // Automaton::met, or -1
  std::vector<std::int32_t> at_end;   // per state: the text ending here ends a word meeting
                                      // needles (its index in Automaton::met), -1 nothing,
                                      // kEndUnread a code point cut short
  static constexpr std::int32_t kEndUnread = -2;
  static bool special(std::uint32_t state) { return state & 1; }
};

namespace {

// More byte states than this (a row of 128 cells of 4 bytes each: 4 MB of table at most;
// OSCE's filter has 3,004, NATO's 2,318): the walk by code points serves.
constexpr std::size_t kMaxByteStates = 8192;

// Compiles the walk over bytes from the automaton over code points; null when it would have
// more than kMaxByteStates states.
std::unique_ptr<const SkeletonFilter::ByteWalk> compile_bytes(
    const CharClasses& classes, const std::vector<std::uint32_t>& next, std::size_t columns,
    std::uint32_t meeting_from) {
  // A state: the state by code points (its number), whether the last code point was a letter
  // (an apostrophe joins only a letter to a letter), an apostrophe after a letter waiting for
  // what follows, the first bytes of a code point read so far, and the met needles of the
  // word the last byte ended (-1: none).
  //
  // Fewer states than every combination: only the first bytes of U+2019 (E2 80) can end in an
  // apostrophe, so the others forget whether the last code point was a letter; the first
  // bytes of Latin-1 punctuation (C2), of U+2040..U+206F (E2 81) and of any punctuation after
  // a code point that is no letter (E2, E2 80) keep only what ending the word gives
  // (`collapsed`: the word's state is 0, `ended` its met needles), and a letter or digit they
  // turn out to be (ª, µ, ²) is left to the walk by code points, as is any character of
  // several bytes after an apostrophe.
  enum Partial : std::uint8_t { kWhole, kC2, kC3, kD0, kD1, kE2, kE280, kE281 };
  struct Key {
    std::uint32_t state = 0;
    bool letter = false, apostrophe = false, collapsed = false;
    Partial partial = kWhole;
    std::int32_t met = -1, ended = -1;
    std::uint64_t packed() const {
      auto field = [](std::int32_t v) { return static_cast<std::uint64_t>(v + 1) & 0xFFFF; };
      return (static_cast<std::uint64_t>(state & 0xFFFF) << 48) | (field(met) << 32) |
             (field(ended) << 16) | (static_cast<std::uint64_t>(partial) << 3) |
             (collapsed ? 4u : 0u) | (letter ? 2u : 0u) | (apostrophe ? 1u : 0u);
    }
  };
  // The met needles of a word ending in `state`: their index in Automaton::met, or -1.
  auto meets = [&](std::uint32_t state) -> std::int32_t {
    const std::size_t offset = state * columns;
    return state != 0 && offset >= meeting_from ? static_cast<std::int32_t>(next[offset]) : -1;
  };
  auto to = [&](std::uint32_t state, std::uint8_t c) {
    return next[state * columns + c] / static_cast<std::uint32_t>(columns);
  };
  // A whole code point of class c, as walk_words() reads it; nullopt: not read (complex).
  auto code_point = [&](Key k, std::uint8_t c) -> std::optional<Key> {
    if (c == CharClasses::kComplex) return std::nullopt;
    std::int32_t met = -1;
    if (k.apostrophe) {
      if (c >= CharClasses::kFirstSymbols && classes.letter(c)) {
        return Key{to(k.state, c), true, false, false, kWhole, -1, -1};
      }
      met = meets(k.state);  // the word ended before the apostrophe
      k = Key{};
    }
    if (c >= CharClasses::kFirstSymbols) {
      return Key{to(k.state, c), classes.letter(c), false, false, kWhole, met, -1};
    }
    if (c == CharClasses::kApostrophe && k.letter) {
      return Key{k.state, false, true, false, kWhole, -1, -1};
    }
    // A separator, or an apostrophe that joins nothing: the word ends.
    if (met < 0) met = meets(k.state);
    return Key{0, false, false, false, kWhole, met, -1};
  };
  auto collapse = [&](const Key& k, Partial partial) {
    return Key{0, false, false, true, partial, -1, meets(k.state)};
  };
  // The last byte of a code point: `cp` is the code point its bytes make.
  auto last_byte = [&](Key k, char32_t cp) -> std::optional<Key> {
    const std::uint8_t c = classes.of(cp);
    if (!k.collapsed) {
      k.partial = kWhole;
      return code_point(k, c);
    }
    if (c == CharClasses::kComplex || c >= CharClasses::kFirstSymbols) return std::nullopt;
    return Key{0, false, false, false, kWhole, k.ended, -1};  // (an apostrophe: after no letter)
  };
  // Only U+2019 among the code points of two or three bytes the walk reads is an apostrophe
  // (checked, else there is no walk over bytes).
  for (const auto& [from, end] : {std::pair<char32_t, char32_t>{0x80, 0x100}, {0x400, 0x480},
                                   {CharClasses::kPunctFirst, CharClasses::kPunctEnd}}) {
    for (char32_t cp = from; cp < end; ++cp) {
      if (cp != 0x2019 && classes.of(cp) == CharClasses::kApostrophe) return nullptr;
    }
  }
  auto byte = [&](Key k, unsigned char b) -> std::optional<Key> {
    k.met = -1;
    if (k.partial == kWhole) {
      if (b < 0x80) return code_point(k, classes.ascii(b));
      if (k.apostrophe) return std::nullopt;
      switch (b) {
        case 0xC2: return collapse(k, kC2);
        case 0xC3: k.partial = kC3; k.letter = false; return k;
        case 0xD0: k.partial = kD0; k.letter = false; return k;
        case 0xD1: k.partial = kD1; k.letter = false; return k;
        case 0xE2:
          if (!k.letter) return collapse(k, kE2);
          k.partial = kE2;
          return k;
        default: return std::nullopt;
      }
    }
    if ((b & 0xC0) != 0x80) return std::nullopt;  // not UTF-8
    const char32_t low = b & 0x3F;
    switch (k.partial) {
      case kC2: return last_byte(k, 0x80 | low);
      case kC3: return last_byte(k, 0xC0 | low);
      case kD0: return last_byte(k, 0x400 | low);
      case kD1: return last_byte(k, 0x440 | low);
      case kE2:
        if (b == 0x80) {
          k.partial = kE280;
          return k;
        }
        if (b != 0x81) return std::nullopt;
        if (k.collapsed) {
          k.partial = kE281;
          return k;
        }
        return collapse(k, kE281);
      case kE280: return last_byte(k, 0x2000 | low);
      case kE281: return last_byte(k, 0x2040 | low);
      default: return std::nullopt;
    }
  };
  // The bytes that the steps above cannot tell apart are one column: an ASCII byte by its
  // class, a continuation byte by the code points it ends after each first byte, each first
  // byte read on its own, and every other byte (not read) one.
  using Walk = SkeletonFilter::ByteWalk;
  auto w = std::make_unique<Walk>();
  std::vector<unsigned char> column_byte;  // per column: a byte of it
  {
    std::map<std::vector<std::uint32_t>, std::uint8_t> columns_by;
    for (unsigned b = 0; b < 256; ++b) {
      std::vector<std::uint32_t> signature;
      if (b < 0x80) {
        signature = {0, classes.ascii(static_cast<unsigned char>(b))};
      } else if (b < 0xC0) {
        const char32_t low = b & 0x3F;
        signature = {1, b == 0x80, b == 0x81};
        for (char32_t high : {0x80u, 0xC0u, 0x400u, 0x440u, 0x2000u, 0x2040u}) {
          signature.push_back(classes.of(high | low));
        }
      } else if (b == 0xC2 || b == 0xC3 || b == 0xD0 || b == 0xD1 || b == 0xE2) {
        signature = {2, b};
      } else {
        signature = {3};
      }
      const auto [it, added] =
          columns_by.emplace(signature, static_cast<std::uint8_t>(column_byte.size()));
      if (added) {
        if (column_byte.size() == Walk::kColumns) return nullptr;
        column_byte.push_back(static_cast<unsigned char>(b));
      }
      w->column[b] = it->second;
    }
  }
  // Every state reachable from the start, breadth first; `steps` holds each one's next
  // states by column (kUnreadNumber: not read).
  constexpr std::uint32_t kUnreadNumber = 0xFFFFFFFF;
  std::vector<Key> keys{Key{}};
  std::unordered_map<std::uint64_t, std::uint32_t> numbers{{Key{}.packed(), 0}};
  std::vector<std::uint32_t> steps;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys.size() > kMaxByteStates) return nullptr;
    for (unsigned char b : column_byte) {
      const std::optional<Key> to = byte(keys[i], b);
      if (!to) {
        steps.push_back(kUnreadNumber);
        continue;
      }
      const auto [it, added] =
          numbers.emplace(to->packed(), static_cast<std::uint32_t>(keys.size()));
      if (added) keys.push_back(*to);
      steps.push_back(it->second);
    }
  }
  // Numbered anew: the plain states from 0 (the start stays 0), then the events, then
  // `unread`.
  std::vector<std::uint32_t> number(keys.size());
  std::uint32_t plain = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].met < 0) number[i] = plain++;
  }
  const std::uint32_t first_special = plain;
  std::uint32_t special = first_special;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].met >= 0) number[i] = special++;
  }
  const std::uint32_t unread = special;
  const std::size_t width = column_byte.size();
  auto offset = [&](std::uint32_t n) {
    return n * static_cast<std::uint32_t>(Walk::kColumns) + (n >= first_special ? 1 : 0);
  };
  w->next.assign(static_cast<std::size_t>(unread + 1) * Walk::kColumns + 1, offset(unread));
  w->met.assign(unread + 1, -1);
  w->at_end.assign(unread + 1, -1);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint32_t row = offset(number[i]);
    for (std::size_t c = 0; c < width; ++c) {
      const std::uint32_t to = steps[i * width + c];
      w->next[row + c] = offset(to == kUnreadNumber ? unread : number[to]);
    }
    const Key& k = keys[i];
    w->met[number[i]] = k.met;
    w->at_end[number[i]] = k.partial != kWhole ? Walk::kEndUnread : meets(k.state);
  }
  w->unread = offset(unread);
  return w;
}

}  // namespace

const SkeletonFilter::Automaton* SkeletonFilter::automaton() const {
  Compiled& compiled = *compiled_;
  std::call_once(compiled.once, [&] {
    // The needles' trie over symbols.
    struct Node {
      std::vector<std::pair<char, std::uint32_t>> children;
      std::vector<std::uint16_t> needles;  // the needles ending here
      std::string path;                    // the symbols from the root
      std::vector<std::uint16_t> on_path;  // the needles here and above
    };
    std::vector<Node> trie(1);
    for (std::size_t i = 0; i < needles_.size(); ++i) {
      std::uint32_t node = 0;
      for (char sym : needles_[i].symbols) {
        auto& children = trie[node].children;
        auto it = std::find_if(children.begin(), children.end(),
                               [&](const auto& c) { return c.first == sym; });
        if (it == children.end()) {
          Node child;
          child.path = trie[node].path + sym;
          trie.push_back(std::move(child));
          trie[node].children.push_back({sym, static_cast<std::uint32_t>(trie.size() - 1)});
          node = static_cast<std::uint32_t>(trie.size() - 1);
        } else {
          node = it->second;
        }
      }
      trie[node].needles.push_back(static_cast<std::uint16_t>(i));
    }
    for (Node& node : trie) {  // (parents come first)
      node.on_path.insert(node.on_path.end(), node.needles.begin(), node.needles.end());
      for (const auto& [c, child] : node.children) trie[child].on_path = node.on_path;
    }
    // Per needle, the tails it allows (null: any).
    std::vector<const TailSet*> tails(needles_.size());
    for (std::size_t i = 0; i < needles_.size(); ++i) {
      const Needle& n = needles_[i];
      tails[i] = key_tails(n.tail, n.symbols.back() == kVowel);
    }
    // A state: the deepest trie node the word reached, the first symbols it read past it
    // (as many as the tails of the needles that may still be met are compared on, and
    // whether there were more) and whether the last symbol was a vowel; `off` when no needle
    // that restricts its tails can be met any more (the symbols past are then forgotten);
    // node kDeadNode when no needle at all can be.
    struct Key {
      std::uint32_t node = 0;
      bool vowel = false, off = false, longer = false;
      std::string past;
      std::uint64_t packed() const {
        return (static_cast<std::uint64_t>(node) << 32) | (vowel << 20) | (off << 21) |
               (longer << 22) | TailSet::number(past);  // (a number below 2^16)
      }
    };
    static_assert(TailSet::kHeads <= (1u << 20));
    constexpr std::uint32_t kDeadNode = 0xFFFFFFFF;
    // Calls f(id, tails, head, longer, between) for each needle on the path of a word ending
    // in state k (not dead): a needle that restricts its tails only while k is not off, with
    // the first symbols of what the word has past it (head), whether it has more, and how
    // many of them lie between the needle's node and k's.
    auto each_needle = [&](const Key& k, auto&& f) {
      const std::string& path = trie[k.node].path;
      for (std::uint16_t id : trie[k.node].on_path) {
        const std::size_t depth = needles_[id].symbols.size();  // its node's
        const std::size_t between = path.size() - depth;
        if (!tails[id]) {
          f(id, tails[id], std::string_view(), false, between);
        } else if (!k.off) {
          // The first symbols past the needle: those of the path below it, then k's.
          char head[TailSet::kDepth];
          std::size_t size = 0;
          for (std::size_t i = depth; i < path.size() && size < TailSet::kDepth; ++i) {
            head[size++] = path[i];
          }
          for (std::size_t i = 0; i < k.past.size() && size < TailSet::kDepth; ++i) {
            head[size++] = k.past[i];
          }
          const bool longer = k.longer || between + k.past.size() > TailSet::kDepth;
          f(id, tails[id], std::string_view(head, size), longer, between);
        }
      }
    };
    // The needles a word ending in state k meets.
    auto met = [&](const Key& k) {
      std::vector<std::uint16_t> ids;
      if (k.node == kDeadNode) return ids;
      each_needle(k, [&](std::uint16_t id, const TailSet* t, std::string_view head, bool longer,
                         std::size_t) {
        if (!t || t->allows(head, longer)) ids.push_back(id);
      });
      std::sort(ids.begin(), ids.end());
      return ids;
    };
    auto feed = [&](Key k, char sym) {
      if (k.node == kDeadNode) return k;
      if (sym == kVowel && k.vowel) return k;
      k.vowel = sym == kVowel;
      if (k.past.empty() && !k.off && !k.longer) {
        for (const auto& [c, child] : trie[k.node].children) {
          if (c == sym) {
            k.node = child;
            return k;
          }
        }
      }
      // Off the trie: the needles on the path stay, and those that restrict their tails
      // drop out as the word's tail leaves theirs. Of the symbols past the node, only those
      // that the tails still possible compare are kept, so that states differing in the
      // others are one.
      if (!k.off) {
        k.past.push_back(sym);
        bool may = false;
        std::size_t keep = 0;
        each_needle(k, [&](std::uint16_t, const TailSet* t, std::string_view head, bool longer,
                           std::size_t between) {
          if (t && t->may_continue(head, longer)) {
            may = true;
            keep = std::max(keep, TailSet::kDepth - std::min(between, TailSet::kDepth));
          }
        });
        if (!may) {
          k.off = true;
          k.longer = false;
          k.past.clear();
        } else if (k.past.size() > keep) {
          k.past.resize(keep);
          k.longer = true;
        }
      }
      const std::vector<std::uint16_t>& on_path = trie[k.node].on_path;
      if (k.off && std::none_of(on_path.begin(), on_path.end(),
                                [&](std::uint16_t id) { return tails[id] == nullptr; })) {
        Key dead;
        dead.node = kDeadNode;
        return dead;
      }
      return k;
    };
    const CharClasses& classes = char_classes();
    const std::size_t symbol_classes = classes.symbol_classes();
    std::vector<Key> states{Key{}};
    std::vector<std::uint32_t> step;  // step[state * symbol_classes + class]: state numbers
    std::unordered_map<std::uint64_t, std::uint32_t> numbers{{Key{}.packed(), 0}};
    for (std::size_t s = 0; s < states.size(); ++s) {
      if (states.size() > kMaxStates) return;  // too big: the filter stays off
      for (std::size_t c = 0; c < symbol_classes; ++c) {
        Key k = states[s];
        for (char sym : classes.symbols(static_cast<std::uint8_t>(c + CharClasses::kFirstSymbols))) {
          k = feed(k, sym);
        }
        const auto [it, added] =
            numbers.emplace(k.packed(), static_cast<std::uint32_t>(states.size()));
        if (added) states.push_back(k);
        step.push_back(it->second);
      }
    }
    // Renumber: the states that meet no needle first (state 0, a word with no symbols yet,
    // is one of them: no needle is empty), then the others.
    std::vector<std::vector<std::uint16_t>> meets(states.size());
    std::vector<std::uint32_t> order;
    for (std::uint32_t s = 0; s < states.size(); ++s) {
      meets[s] = met(states[s]);
      if (meets[s].empty()) order.push_back(s);
    }
    const std::size_t quiet = order.size();
    for (std::uint32_t s = 0; s < states.size(); ++s) {
      if (!meets[s].empty()) order.push_back(s);
    }
    std::vector<std::uint32_t> number(states.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) number[order[i]] = i;
    auto a = std::make_unique<Automaton>();
    a->columns = classes.size();
    a->next.assign(states.size() * a->columns, 0);
    for (std::uint32_t s = 0; s < states.size(); ++s) {
      for (std::size_t c = 0; c < symbol_classes; ++c) {
        a->next[number[s] * a->columns + CharClasses::kFirstSymbols + c] =
            static_cast<std::uint32_t>(number[step[s * symbol_classes + c]] * a->columns);
      }
    }
    a->meeting_from = static_cast<std::uint32_t>(quiet * a->columns);

    for (std::size_t i = quiet; i < order.size(); ++i) {
      a->next[i * a->columns] = static_cast<std::uint32_t>(a->met.size());
      Hits h;
      for (std::uint16_t id : meets[order[i]]) h.set(id);
      a->met.push_back(h);
    }
    for (const PatternNeedles& p : patterns_) {
      std::vector<Hits> words;
      for (const std::vector<std::uint16_t>& ids : p.words) {
        Hits h;
        for (std::uint16_t id : ids) h.set(id);
        words.push_back(h);
      }
      a->patterns.push_back(std::move(words));
      a->lengths.push_back(p.length);
    }
    compiled.automaton = std::move(a);
  });
  return compiled.automaton.get();
}

std::size_t SkeletonFilter::compile_bytes_after(const Automaton& a) {
  return kCompileBytesAfter + kCompileBytesPerState * (a.next.size() / a.columns);
}

std::size_t SkeletonFilter::compile_bytes_after() const {
  const Automaton* a = enabled() ? automaton() : nullptr;
  return a ? compile_bytes_after(*a) : 0;
}

const SkeletonFilter::Automaton* SkeletonFilter::checking(std::size_t bytes, Walk walk,
                                                         std::size_t& read) const {
  if (!enabled()) return nullptr;
  read = walk == Walk::kAuto ? compiled_->walked.fetch_add(bytes, std::memory_order_relaxed) + bytes
                             : static_cast<std::size_t>(-1);
  return read < kCheckAfter ? nullptr : automaton();
}

const SkeletonFilter::ByteWalk* SkeletonFilter::byte_walk(const Automaton& a, std::size_t read,
                                                         Walk walk) const {
  if (walk == Walk::kCharacters) return nullptr;
  Compiled& compiled = *compiled_;
  if (const ByteWalk* w = compiled.byte_walk.load(std::memory_order_acquire)) return w;
  if (read < compile_bytes_after(a)) return nullptr;
  std::call_once(compiled.bytes_once, [&] {
    compiled.byte_walk_owner = compile_bytes(char_classes(), a.next, a.columns, a.meeting_from);
    compiled.byte_walk.store(compiled.byte_walk_owner.get(), std::memory_order_release);
  });
  return compiled.byte_walk.load(std::memory_order_acquire);
}

void SkeletonFilter::add_pattern(const std::vector<PatternWord>& words) {
  if (!enabled_) return;
  compiled_ = std::make_shared<Compiled>();  // the automaton is compiled anew
  // The needles of each filterable word, with how selective the word is: its shortest
  // needle, a name key (whose word may not be much longer) counting more than a stem. A word
  // without needles can never be met in simple text: the pattern then never passes.
  struct Candidate {
    std::vector<Needle> needles;
    std::size_t score = static_cast<std::size_t>(-1);
  };
  std::vector<Candidate> candidates;
  for (const PatternWord& word : words) {
    Candidate candidate;
    bool filterable = true;
    for (const std::string& key : word.keys) {
      Needle needle;
      std::string_view letters = key;
      bool english_stem = false;
      if (!key.empty() && key[0] == kStemPrefix) {
        if (key.size() < 2) {
          filterable = false;
          break;
        }
        english_stem = key[1] == 'e';
        needle.tail = key[1] == 'r' ? KeyTail::kRussianStem : KeyTail::kAny;
        letters.remove_prefix(2);
      } else if (!key.empty() && (key[0] == kInitialPrefix || key[0] == '!')) {
        filterable = false;  // initials and patronymic shapes: not filtered
        break;
      } else {
        needle.tail = KeyTail::kName;
      }
      if (!append_skeleton(letters, needle.symbols)) continue;  // never in simple text
      if (english_stem && !needle.symbols.empty()) {
        // Porter2 turns -biliti into -ble: the word has "bVl" where the stem has "bl".
        const std::size_t bl = needle.symbols.rfind("bl");
        if (bl != std::string::npos &&
            bl + 2 >= needle.symbols.size() - (needle.symbols.back() == kVowel ? 1 : 0)) {
          needle.symbols.resize(bl + 1);
        }
      }
      if (needle.symbols.empty()) {
        filterable = false;
        break;
      }
      // A Russian stem's tails are compared only when it is short: a short one begins many
      // other words (ОБСЕ's "Vbs": обсудили, обстановка), a long one hardly any, and each
      // stem compared adds states to the automaton (OSCE's filter: 3,004 byte states so,
      // 7,595 with every stem's tails compared, the same rows passed).
      if (needle.tail == KeyTail::kRussianStem && needle.symbols.size() > kShortStem) {
        needle.tail = KeyTail::kAny;
      }
      if (needle.symbols.size() > kHead) {  // words are compared on their first symbols
        needle.symbols.resize(kHead);
        needle.tail = KeyTail::kAny;
      }
      candidate.score = std::min(candidate.score,
                                 needle.symbols.size() + (needle.tail == KeyTail::kAny ? 0 : 2));
      candidate.needles.push_back(std::move(needle));
    }
    if (!filterable) continue;
    candidates.push_back(std::move(candidate));
  }
  if (candidates.empty()) {
    enabled_ = false;
    needles_.clear();
    patterns_.clear();
    return;
  }
  // The most selective words: more rule out a few more texts, but a word with a short
  // needle ("in", "for") meets most text words, and each meeting costs a check.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  if (candidates.size() > kFilteredWords) candidates.resize(kFilteredWords);
  PatternNeedles pattern;
  pattern.length = words.size();
  for (Candidate& candidate : candidates) {
    std::vector<std::uint16_t> ids;
    for (Needle& needle : candidate.needles) {
      auto same = std::find_if(needles_.begin(), needles_.end(), [&](const Needle& n) {
        return n.symbols == needle.symbols && n.tail == needle.tail;
      });
      if (same == needles_.end()) {
        needles_.push_back(std::move(needle));
        same = needles_.end() - 1;
      }
      ids.push_back(static_cast<std::uint16_t>(same - needles_.begin()));
    }
    pattern.words.push_back(std::move(ids));
  }
  if (needles_.size() > kMaxNeedles) {
    enabled_ = false;
    needles_.clear();
    patterns_.clear();
    return;
  }
  patterns_.push_back(std::move(pattern));
}

bool SkeletonFilter::word_hits(const Automaton& a, std::uint32_t met_index, Hits& hit) const {
  const Hits& met = a.met[met_index];
  if ((hit | met) == hit) return false;  // nothing new
  hit |= met;
  return std::any_of(a.patterns.begin(), a.patterns.end(), [&](const std::vector<Hits>& words) {
    return std::all_of(words.begin(), words.end(), [&](const Hits& w) { return (hit & w).any(); });
  });
}

namespace {

enum class WalkEnd { kDone, kStopped, kComplex };

// Walks `text` word by word as the tokenizer splits it: one class look-up and one table step
// per code point. Calls met(word, begin, end, state) for every word whose final state meets
// a needle (`word` counts the words from 0); a false from it stops the walk. `words` gets the
// number of words walked. With `limit`, the walk also stops (kStopped) once it has walked
// more than *limit words (met() may move *limit on), with `stopped` just past the separator
// that ended the last of them: the next word begins there. (Tried and slower: walking two
// halves of the text at once, as independent chains of table steps, 40%; skipping the rest
// of a word once no needle can be met, 7%.)
template <class Met>
WalkEnd walk_words(const CharClasses& classes, const std::uint32_t* next, std::uint32_t meeting,
                   std::string_view text, std::size_t& words, Met&& met,
                   const std::size_t* limit = nullptr, std::size_t* stopped = nullptr) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::uint32_t state = 0;     // no symbol leads back to 0: other than 0, a word is being read
  std::size_t word_begin = 0;  // where that word began: after the last separator
  words = 0;
  for (std::size_t pos = 0; pos < n;) {
    const std::size_t at = pos;
    // ASCII inline (most bytes; through at() the check costs a tenth more).
    std::uint8_t c;
    if (s[pos] < 0x80) {
      c = classes.ascii(s[pos]);
      ++pos;
    } else {
      std::size_t len;
      c = classes.at(s, pos, n, len);
      pos += len;
    }
    if (c >= CharClasses::kFirstSymbols) {
      state = next[state + c];
      continue;
    }
    if (c == CharClasses::kComplex) return WalkEnd::kComplex;
    if (c == CharClasses::kApostrophe && at > 0 && pos < n) {
      // As the tokenizer: an apostrophe joins a letter to a letter, else it separates.
      std::size_t before = at - 1, skip;
      while (before > 0 && is_continuation_byte(s[before])) --before;
      const std::uint8_t previous = classes.at(s, before, n, skip);
      if (previous >= CharClasses::kFirstSymbols && classes.letter(previous)) {
        const std::uint8_t after = classes.at(s, pos, n, skip);
        if (after == CharClasses::kComplex) return WalkEnd::kComplex;
        if (after >= CharClasses::kFirstSymbols && classes.letter(after)) continue;
      }
    }
    // A separator: the word ends.
    if (state != 0) {
      if (state >= meeting && !met(words, word_begin, at, state)) return WalkEnd::kStopped;
      ++words;
      if (limit && words > *limit) {
        *stopped = pos;
        return WalkEnd::kStopped;
      }
    }
    state = 0;
    word_begin = pos;
  }
  if (state != 0) {
    if (state >= meeting && !met(words, word_begin, n, state)) return WalkEnd::kStopped;
    ++words;
  }
  return WalkEnd::kDone;
}

}  // namespace

namespace {

// Steps P parts of a text at once, `count` bytes of each (part k from at[k] in state[k]),
// with one branch per byte for all of them; calls special(state, byte) on a special state
// (`byte` led to it), whose true stops the walk (then false).
template <std::size_t P, class Special>
bool step_parts(const SkeletonFilter::ByteWalk& w, const unsigned char* const* at,
                std::uint32_t* state, std::size_t count, Special&& special) {
  const std::uint32_t* next = w.next.data();
  const std::uint8_t* column = w.column.data();
  std::uint32_t s[P];
  const unsigned char* bytes[P];  // (copies, so that they stay in registers)
  for (std::size_t k = 0; k < P; ++k) {
    s[k] = state[k];
    bytes[k] = at[k];
  }
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t any = 0;
    for (std::size_t k = 0; k < P; ++k) {
      s[k] = next[s[k] + column[bytes[k][i]]];
      any |= s[k];
    }
    if (SkeletonFilter::ByteWalk::special(any)) [[unlikely]] {
      for (std::size_t k = 0; k < P; ++k) {
        if (SkeletonFilter::ByteWalk::special(s[k]) && special(s[k], bytes[k] + i)) return false;
      }
    }
  }
  for (std::size_t k = 0; k < P; ++k) state[k] = s[k];
  return true;
}

}  // namespace

SkeletonFilter::ByteAnswer SkeletonFilter::walk_bytes(const Automaton& a, const ByteWalk& w,
                                                     std::string_view text, Span* where) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  // Up to four parts of 32 bytes or more, each beginning after a space (between words: the
  // walk's start state) at or after its share of the text; a part without a space in reach
  // joins the one before.
  constexpr std::size_t kParts = 4, kShortest = 32;
  const std::size_t wanted = std::clamp<std::size_t>(n / kShortest, 1, kParts);
  std::array<std::size_t, kParts + 1> bounds{};
  std::size_t parts = 1;
  for (std::size_t k = 1; k < wanted; ++k) {
    std::size_t space = std::max(bounds[parts - 1], n * k / wanted);
    while (space < n && s[space] != ' ') ++space;  // (spaces are near: no call to memchr)
    if (space + 1 >= n) break;
    bounds[parts++] = space + 1;
  }
  bounds[parts] = n;
  std::array<const unsigned char*, kParts> at{};
  std::array<std::uint32_t, kParts> state{};
  std::size_t common = n;
  for (std::size_t k = 0; k < parts; ++k) {
    at[k] = s + bounds[k];
    common = std::min(common, bounds[k + 1] - bounds[k]);
  }
  // A special state: an event (a word met needles) or a byte the walk does not read.
  Hits hit;
  bool complete = false;
  const unsigned char *first = nullptr, *last = nullptr;  // the events' bytes, for `where`
  bool unread = false;
  auto special = [&](std::uint32_t st, const unsigned char* byte) {
    if (st == w.unread) return unread = true;
    const auto met = static_cast<std::uint32_t>(w.met[st / ByteWalk::kColumns]);
    if (word_hits(a, met, hit)) complete = true;
    if (!where) return complete;
    if (where->ends) {
      if (where->ends->size() < Span::kMostEnds) {
        where->ends->push_back(static_cast<std::size_t>(byte - s));
      } else {
        where->ends = nullptr;  // too many to be worth it
      }
    }
    if (!first || byte < first) first = byte;
    if (!last || byte > last) last = byte;
    return false;
  };
  bool go_on = true;
  switch (parts) {
    case 4: go_on = step_parts<4>(w, at.data(), state.data(), common, special); break;
    case 3: go_on = step_parts<3>(w, at.data(), state.data(), common, special); break;
    case 2: go_on = step_parts<2>(w, at.data(), state.data(), common, special); break;
    default: common = 0;
  }
  for (std::size_t k = 0; k < parts && go_on; ++k) {
    const unsigned char* rest = at[k] + common;
    go_on = step_parts<1>(w, &rest, &state[k], bounds[k + 1] - bounds[k] - common, special);
    if (!go_on) break;
    // The word the part ends in.
    const std::int32_t open = w.at_end[state[k] / ByteWalk::kColumns];
    if (open == ByteWalk::kEndUnread) return ByteAnswer::kUnread;
    if (open >= 0) {
      if (word_hits(a, static_cast<std::uint32_t>(open), hit)) complete = true;
      if (!where && complete) return ByteAnswer::kMatch;
      if (where) {
        if (!first) first = s + n;
        last = s + n;  // (the last part: the text's end ends the word)
        if (where->ends) where->ends->push_back(bounds[k + 1] - 1);
      }
    }
  }
  if (unread) return ByteAnswer::kUnread;
  if (!go_on) return ByteAnswer::kMatch;  // (without `where`: at the first complete pattern)
  if (!complete) return ByteAnswer::kNoMatch;
  if (where) {
    // From the space before the first such word (a word holds no space; the byte that ended
    // it is its separator's last) to the byte that ended the last.
    std::size_t from = static_cast<std::size_t>(first - s);
    while (from > 0 && s[from - 1] != ' ') --from;
    where->begin = from;
    where->end = std::min(n, static_cast<std::size_t>(last - s) + 1);
  }
  return ByteAnswer::kMatch;
}

bool SkeletonFilter::may_match(std::string_view text, Walk walk) const {
  std::size_t read;
  const Automaton* automaton = checking(text.size(), walk, read);
  if (!automaton) return true;
  const Automaton& a = *automaton;
  if (const ByteWalk* bytes = byte_walk(a, read, walk)) {
    const ByteAnswer answer = walk_bytes(a, *bytes, text);
    if (answer != ByteAnswer::kUnread) return answer == ByteAnswer::kMatch;
  }
  Hits hit;
  bool complete = false;
  std::size_t words;
  const WalkEnd end = walk_words(char_classes(), a.next.data(), a.meeting_from, text, words,
                                 [&](std::size_t, std::size_t, std::size_t, std::uint32_t state) {
                                   complete = word_hits(a, a.next[state], hit);
                                   return !complete;
                                 });
  // A character the walk does not read: the text may match (or is not UTF-8).
  return end != WalkEnd::kDone || complete;
}

std::optional<bool> SkeletonFilter::may_match_over_bytes(std::string_view text) const {
  std::size_t read;
  const Automaton* automaton = checking(text.size(), Walk::kBytes, read);
  if (!automaton) return std::nullopt;
  const ByteWalk* bytes = byte_walk(*automaton, read, Walk::kBytes);
  if (!bytes) return std::nullopt;
  const ByteAnswer answer = walk_bytes(*automaton, *bytes, text);
  if (answer == ByteAnswer::kUnread) return std::nullopt;
  return answer == ByteAnswer::kMatch;
}

SkeletonFilter::Candidates SkeletonFilter::candidates(std::string_view text, Walk walk) const {
  Candidates out;
  std::size_t read;
  const Automaton* automaton = checking(text.size(), walk, read);
  if (!automaton) return out;
  const Automaton& a = *automaton;
  // Most texts complete no pattern: then no word can be part of a match (below), and the walk
  // over bytes tells so at its speed. In a text that completes one, the words that meet a
  // needle are walked again by code points for their numbers, from after a space before
  // each (where the walk is between words, so that the words there are the same). Only
  // their differences matter, and only up to the longest pattern's reach: so the walk takes
  // the text in stretches, each from the first such word not yet walked to where more than
  // that reach of words has passed without another, and numbers each stretch's words on from
  // the last's, which keeps them that far apart. (The words that meet a needle are often spread over a long
  // text, and few are near enough to each other: over the turns of the bench, the stretches
  // hold a tenth of the bytes from the first such word to the last.) When the walk over
  // bytes listed too many such words, or did not read the text, the one stretch is from
  // the first to the last, or the whole text.
  struct Met {
    std::size_t word, begin, end;
    const Hits* needles;
  };
  // (Kept from call to call on the thread: most rows that get here meet a few needles, and
  // allocating the lists for each cost more than filling them. A huge text's are not kept.)
  thread_local std::vector<Met> met;
  thread_local std::vector<std::size_t> ends;
  if (met.capacity() > 65536) std::vector<Met>().swap(met);
  if (ends.capacity() > Span::kMostEnds) std::vector<std::size_t>().swap(ends);
  met.clear();
  ends.clear();
  std::size_t reach = 0;  // the longest pattern's, in words
  for (const std::size_t length : a.lengths) reach = std::max(reach, length > 0 ? length - 1 : 0);
  // Walks the stretch of `text` from `from` on, to its end or, with `limit`, to where more
  // than *limit words have passed (then `stopped` is where the next word begins).
  std::size_t numbered = 0;  // the word numbers given so far
  auto walk_stretch = [&](std::size_t from, std::size_t* limit, std::size_t& stopped) {
    const std::size_t first_number = numbered;
    std::size_t words = 0;
    const WalkEnd end = walk_words(
        char_classes(), a.next.data(), a.meeting_from, text.substr(from), words,
        [&](std::size_t word, std::size_t begin, std::size_t word_end, std::uint32_t state) {
          met.push_back({first_number + word, from + begin, from + word_end, &a.met[a.next[state]]});
          if (limit) *limit = word + reach;
          return true;
        },
        limit, &stopped);
    numbered += words;  // (a stretch that stops ends more than the reach past its last such word)
    return end;
  };
  bool walked = false;
  if (const ByteWalk* bytes = byte_walk(a, read, walk)) {
    Span where;
    where.ends = &ends;
    switch (walk_bytes(a, *bytes, text, &where)) {
      case ByteAnswer::kNoMatch:
        out.answer = Candidates::kNone;
        return out;
      case ByteAnswer::kMatch:
        if (where.ends) {
          std::sort(ends.begin(), ends.end());
          const auto* s = text.data();
          std::size_t pos = 0;  // where the next stretch may begin
          for (std::size_t i = 0; i < ends.size();) {
            if (ends[i] < pos) {  // walked
              ++i;
              continue;
            }
            std::size_t from = ends[i];
            while (from > pos && s[from - 1] != ' ') --from;
            // (Should the word be more than the reach past `from`, the stretch stops before
            // it, and the next begins there: each stretch goes past the reach.)
            std::size_t limit = reach, stopped = 0;
            const WalkEnd end = walk_stretch(from, &limit, stopped);
            if (end == WalkEnd::kComplex) return out;  // (not after a kMatch: every byte was read)
            if (end == WalkEnd::kDone) break;
            pos = from + stopped;
          }
        } else {
          std::size_t stopped = 0;
          text = text.substr(0, where.end);
          if (walk_stretch(where.begin, nullptr, stopped) == WalkEnd::kComplex) return out;
        }
        walked = true;
        break;
      case ByteAnswer::kUnread:
        break;
    }
  }
  if (!walked) {
    std::size_t stopped = 0;
    if (walk_stretch(0, nullptr, stopped) == WalkEnd::kComplex) return out;
  }
  // The words that can be part of a match: for some pattern, the word meets one of its
  // filtered words and each of the others is met within the pattern's length.
  std::size_t first = std::string_view::npos, last = 0;
  for (std::size_t i = 0; i < met.size(); ++i) {
    const Met& m = met[i];
    bool part = false;
    for (std::size_t p = 0; p < a.patterns.size() && !part; ++p) {
      const std::vector<Hits>& filtered = a.patterns[p];
      if (std::none_of(filtered.begin(), filtered.end(), [&](const Hits& w) { return (*m.needles & w).any(); })) continue;
      const std::size_t reach = a.lengths[p] > 0 ? a.lengths[p] - 1 : 0;
      part = std::all_of(filtered.begin(), filtered.end(), [&](const Hits& w) {
        for (std::size_t j = i; j < met.size() && met[j].word <= m.word + reach; ++j) {
          if ((*met[j].needles & w).any()) return true;
        }
        for (std::size_t j = i; j-- > 0 && met[j].word + reach >= m.word;) {
          if ((*met[j].needles & w).any()) return true;
        }
        return false;
      });
    }
    if (!part) continue;
    first = std::min(first, m.begin);
    last = m.end;
  }
  if (first == std::string_view::npos) {
    out.answer = Candidates::kNone;
    return out;
  }
  out.answer = Candidates::kWithin;
  out.begin = first;
  out.end = last;
  return out;
}

}  // namespace transcript
