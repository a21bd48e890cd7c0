// A sound prefilter on raw bytes for a small matcher (one query): "can this text match at
// all?", answered without folding, splitting into words or computing keys.
//
// The idea: the consonant skeleton. Map every letter of a word to Latin as the keys do
// (token_keys.h: Cyrillic through the BGN letter table, x -> ks, apostrophes vanish), keep
// consonants and digits, and write each run of vowels (a e i o u y) as one symbol V. The
// skeleton is blind to exactly what the keys' canonical spelling changes (y/i, ie/e, ii/i),
// so a word and its name key have the same skeleton, except that the key may lose a final
// feminine -a. The other keys of a word come from a prefix of it:
//  - Russian inflection candidates are the word minus a case ending (at most 3 letters,
//    starting with a vowel or ь) plus a nominative ending (a vowel or й): the key's
//    skeleton is a prefix of the word's;
//  - Snowball stems (Russian only strips suffixes; Porter2 English strips or shortens them)
//    are prefixes of the word's skeleton, with one exception handled here: English
//    "-biliti" becomes "-ble" (possibility -> possibl), so an English stem's final "bl"
//    only promises its "b".
// So a text word can give key k only when skeleton(k) is a prefix of the word's skeleton,
// and what follows is a tail the kind of key allows (skeleton.h: a case ending for a name
// key, what Snowball removes for a Russian stem, so that "обсудили" does not meet the stem
// "обс" of ОБСЕ; anything for an English stem, and for a Russian one of more than four
// symbols, which begins few other words). Every word of a pattern must meet a text
// word, so a text in which some word of every pattern finds no such text word cannot
// match. The filter checks the three most selective words of each pattern (longest
// needles): that rules out nearly every text, and a short needle ("in", "for") would meet
// most text words.
//
// How: the needles (the skeletons of the words' keys) form a trie, and the filter compiles
// it, on the first text it reads, into a deterministic automaton over character classes
// (the code points that give the same symbols are one class: a, e, о, ю give V; k, к give
// k; ч gives ch). A state is where the word read so far stands in the trie, the first
// symbols it has read past its deepest node (as many as the tails still possible are
// compared on: three at most) and whether its last symbol was a vowel; a state from which
// no needle can be met any more is one dead state. So reading a text is a class look-up
// and a table step per code point, and at each word's end a check whether its state meets
// a needle.
//
// When it applies: only to "simple" text, where folding is a code point at a time and word
// boundaries are visible in the raw bytes: ASCII, Cyrillic, Latin-1 and general
// punctuation whose folded form the table below has checked (built from fold() and
// tokenize() themselves, not typed by hand). Any other code point (combining marks,
// ß, ignorables that folding removes, other scripts) answers "maybe" at once, and the text
// gets the full matcher. Initials, "any initial" and patronymic keys are not filtered: a
// pattern word with such a key is skipped, and a pattern without a filterable word turns
// the filter off; so do more than 256 needles or an automaton of more than 4,096 states
// (a gazetteer, not a query).
//
// Reading a text a code point at a time costs a table step that waits for the one before
// and a branch at every word's end that the processor mostly mispredicts. So the automaton is
// also compiled to one over bytes (ByteWalk in skeleton_filter.cc): the same states, with a
// code point's first bytes, a pending apostrophe and "a word that meets needles just ended"
// as parts of the state, so a byte is one table step without a branch, and up to four parts
// of a text (split after a space, where the walk is between words) are walked at once. It
// covers ASCII, Latin-1, Cyrillic (U+0400..U+047F) and general punctuation; any other byte
// sends the text to the walk by code points, so the answers are the same (checked in
// skeleton_filter_test.cc on random texts and test pages, and by fuzz_filter).
//
// Thread-safety: built by add_pattern, then immutable but for the automaton, which the first
// may_match() compiles once (std::call_once), and the walk over bytes, which the first walk
// past compile_bytes_after() compiles once (a byte count in an atomic, std::call_once, the
// result published through an atomic pointer); may_match() and candidates() are const and
// may run on many threads.
#pragma once

#include <atomic>
#include <bitset>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/skeleton.h"

namespace transcript {

struct PatternWord;

class SkeletonFilter {
 public:
  // Records the words of one pattern (the same words EntityMatcher::add_pattern compiles).
  void add_pattern(const std::vector<PatternWord>& words);

  // False when the filter cannot say anything (no patterns, a pattern without a filterable
  // word, too many needles for a cheap check).
  bool enabled() const { return enabled_ && !patterns_.empty(); }

  // False only when no pattern can match `original`; true when one may, or when the text
  // is not simple enough to tell. Any bytes may come: a text that is not valid UTF-8 is
  // never ruled out, so a false also says that `original` is valid UTF-8.
  bool may_match(std::string_view original) const { return may_match(original, Walk::kAuto); }

  // How a text is read. kAuto: not at all until the filter has read kCheckAfter bytes (the
  // answer is true, or kUnknown: compiling the automaton, 0.1 to 1.5 ms, costs more than the
  // matcher spends on a row or two, and a query that differs from row to row is compiled
  // for each), then by code points until it has read compile_bytes_after() bytes, then over
  // bytes (compiled then, so that a query over a few rows does not pay for it); kBytes:
  // over bytes at once; kCharacters: always by code points. The walk over bytes hands a
  // text with a byte it does not read to the one by code points, so the answers are the
  // same whatever the walk; tests compare them. A text of kCheckAfter bytes or more is
  // always checked.
  enum class Walk : std::uint8_t { kAuto, kBytes, kCharacters };
  static constexpr std::size_t kCheckAfter = std::size_t{64} << 10;
  // The walk over bytes costs about 4 us per state of its own to compile (a table row of
  // 512 bytes each) and saves about 1 ns a byte read: it is compiled once a filter has read
  // 1 MB and 16 KB for each state of its automaton by code points (each gives about ten over
  // bytes). OSCE's filter: 275 states (3,004 over bytes), compiled after 5.4 MB; Lavrov's 67
  // (653), after 2.1 MB.
  static constexpr std::size_t kCompileBytesAfter = std::size_t{1} << 20;
  static constexpr std::size_t kCompileBytesPerState = std::size_t{16} << 10;
  std::size_t compile_bytes_after() const;  // 0 when the filter is off
  bool may_match(std::string_view original, Walk walk) const;

  // Where in `original` a pattern may match, for callers that analyse only that part of a
  // text: kUnknown when the filter cannot tell (as may_match()'s true without a check: off,
  // or a character it does not read); kNone when no pattern can match; kWithin when one
  // may, with the byte span from the first to the last word that can be part of a match.
  // Such a word meets a needle of one of a pattern's filtered words, and the pattern's other
  // filtered words are met within the pattern's length in words of it: a match of n words
  // puts each filtered word on its own text word, at most n - 1 words apart. So every match
  // holds such a word and lies within a pattern's length in words of the span; and a text
  // without one cannot match (kNone is at least as sure as may_match()'s false). kNone and
  // kWithin both say too that `original` is valid UTF-8: every byte of it was read.
  struct Candidates {
    enum Answer : std::uint8_t { kUnknown, kNone, kWithin } answer = kUnknown;
    std::size_t begin = 0, end = 0;  // kWithin: [begin, end) holds every word that meets a needle
  };
  Candidates candidates(std::string_view original) const {
    return candidates(original, Walk::kAuto);
  }
  Candidates candidates(std::string_view original, Walk walk) const;

  // may_match() by the walk over bytes alone: nullopt when it does not read `original` (a
  // byte it leaves to the walk by code points) or the filter has no such walk. For tests.
  std::optional<bool> may_match_over_bytes(std::string_view original) const;

  // The automaton over bytes (skeleton_filter.cc); declared here for the compiler there.
  struct ByteWalk;

 private:
  struct Needle {
    std::string symbols;  // skeleton of the key
    KeyTail tail;         // what a word may have past it (entities/skeleton.h)
  };
  // One pattern: for each of its filtered words, the needles of its alternative keys.
  struct PatternNeedles {
    std::vector<std::vector<std::uint16_t>> words;  // needle ids; a word needs one of them
    std::size_t length = 0;                         // the pattern's words, filtered or not
  };
  // The compiled automaton (skeleton_filter.cc), built by the first may_match().
  struct Automaton;
  struct Compiled {
    std::once_flag once;
    std::shared_ptr<const Automaton> automaton;  // null: too big, the filter is off
    // The walk over bytes, compiled by the first walk after compile_bytes_after() bytes read
    // (null: more states than it allows; the walk by code points serves).
    std::atomic<std::size_t> walked{0};
    std::once_flag bytes_once;
    std::shared_ptr<const ByteWalk> byte_walk_owner;
    std::atomic<const ByteWalk*> byte_walk{nullptr};
  };

  static constexpr std::size_t kHead = 24;        // symbols of a word kept for comparing
  static constexpr std::size_t kMaxNeedles = 256;  // more: the filter turns itself off
  using Hits = std::bitset<kMaxNeedles>;           // per needle: a word met it

  const Automaton* automaton() const;
  static std::size_t compile_bytes_after(const Automaton& a);
  // The automaton to check a text of `bytes` bytes with, or null when the filter does not
  // check it (off, too big, or kAuto before kCheckAfter bytes read); `read`: the bytes the
  // filter has read with this text (kAuto; the other walks: the most a size_t holds, so
  // that they check at once).
  const Automaton* checking(std::size_t bytes, Walk walk, std::size_t& read) const;
  // The walk over bytes once the filter has read `read` bytes, or null (not yet, too big,
  // or kCharacters).
  const ByteWalk* byte_walk(const Automaton& a, std::size_t read, Walk walk) const;
  // Marks the needles of `met` (an index into Automaton::met: those a word meets); true
  // when that completes a pattern.
  bool word_hits(const Automaton& a, std::uint32_t met, Hits& hit) const;
  // The walk over bytes: whether a pattern is complete, or kUnread when the text holds a
  // byte it does not read (the walk by code points then answers).
  // With `where`, the walk goes on to the text's end and sets it, on kMatch, to a span that
  // holds every word meeting a needle and begins after a space or at the text's start.
  enum class ByteAnswer : std::uint8_t { kNoMatch, kMatch, kUnread };
  // With `ends`, the walk also lists there, in no order, a byte of each word that meets a
  // needle: the byte (a separator's, or the text's last) that ended it; the first space
  // before that byte (or the text's start) is before the word. Past kMostEnds it stops
  // listing and sets `ends` to null.
  struct Span {
    std::size_t begin = 0, end = 0;
    std::vector<std::size_t>* ends = nullptr;
    static constexpr std::size_t kMostEnds = std::size_t{1} << 14;
  };
  ByteAnswer walk_bytes(const Automaton& a, const ByteWalk& w, std::string_view text,
                        Span* where = nullptr) const;

  std::vector<Needle> needles_;
  std::vector<PatternNeedles> patterns_;
  std::shared_ptr<Compiled> compiled_ = std::make_shared<Compiled>();
  bool enabled_ = true;
};

}  // namespace transcript
