#include "core/entities/skeleton_filter.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/entities/entity_matcher.h"
#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"
#include "core/text/word_tokens.h"

namespace transcript {
namespace {

constexpr char kVowel = 'V';
// Name keys: the word may be longer by a case ending minus a nominative one, and a key may
// have lost a feminine -a (see the header): 4 symbols at most.
constexpr std::uint8_t kNameTail = 4;
constexpr std::uint8_t kAnyTail = 255;

// Appends the skeleton symbols of canonical Latin letters; false for a character that no
// simple text can give (a key with letters of another script).
bool append_symbols(std::string_view latin, std::string& out) {
  for (char c : latin) {
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        if (out.empty() || out.back() != kVowel) out.push_back(kVowel);
        break;
      case 'x':
        out += "ks";
        break;
      case '\'':
        break;
      default:
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          out.push_back(c);
        } else {
          return false;
        }
    }
  }
  return true;
}

// What one code point of simple text is, once folded.
enum class Kind : std::uint8_t { kComplex, kSeparator, kLetter, kDigit, kApostrophe };

struct Piece {
  Kind kind = Kind::kComplex;
  std::uint8_t len = 0;
  char symbols[6] = {};
};

// Pieces of U+0000..U+04FF (ASCII, Latin-1, Latin Extended, Cyrillic) and U+2000..U+206F
// (general punctuation), computed with fold_text() and tokenize() so that they agree with
// the matcher by construction.
class PieceTable {
 public:
  static constexpr char32_t kLowEnd = 0x0500, kPunctFirst = 0x2000, kPunctEnd = 0x2070;

  PieceTable() {
    for (char32_t cp = 0; cp < kLowEnd; ++cp) low_[cp] = compute(cp);
    for (char32_t cp = kPunctFirst; cp < kPunctEnd; ++cp) punct_[cp - kPunctFirst] = compute(cp);
    for (char32_t cp = 0; cp < 0x80; ++cp) word_ascii_[cp] = word_kind(low_[cp]);
    for (char32_t cp = 0x400; cp < 0x480; ++cp) word_cyrillic_[cp - 0x400] = word_kind(low_[cp]);
  }
  // For walking over the rest of a word quickly: 1 for a letter, 2 for a digit, 0 for
  // anything else, by ASCII byte and by the low 7 bits of U+0400..U+047F (D0 xx, D1 xx).
  std::uint8_t word_ascii(unsigned char c) const { return word_ascii_[c]; }
  std::uint8_t word_cyrillic(unsigned char lead, unsigned char trail) const {
    return word_cyrillic_[((lead & 1) << 6) | (trail & 0x3F)];
  }
  const Piece& operator[](char32_t cp) const {
    if (cp < kLowEnd) return low_[cp];
    if (cp >= kPunctFirst && cp < kPunctEnd) return punct_[cp - kPunctFirst];
    return complex_;
  }

 private:
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
      if (!append_symbols(latin_spelling(folded), symbols) || symbols.size() > sizeof p.symbols) {
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

  static std::uint8_t word_kind(const Piece& p) {
    return p.kind == Kind::kLetter ? 1 : p.kind == Kind::kDigit ? 2 : 0;
  }

  std::array<Piece, kLowEnd> low_{};
  std::array<std::uint8_t, 0x80> word_ascii_{};
  std::array<std::uint8_t, 0x80> word_cyrillic_{};
  std::array<Piece, kPunctEnd - kPunctFirst> punct_{};
  Piece complex_{};
};

const PieceTable& pieces() {
  static const PieceTable table;
  return table;
}

// The piece of the code point at s[pos] and its length in bytes (valid UTF-8).
inline const Piece& piece_at(const PieceTable& t, std::string_view s, std::size_t pos,
                             std::size_t& len) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    len = 1;
    return t[c];
  }
  std::size_t p = pos;
  const char32_t cp = decode_utf8(s, p);
  len = p - pos;
  return t[cp];
}

}  // namespace

void SkeletonFilter::add_pattern(const std::vector<PatternWord>& words) {
  if (!enabled_) return;
  // The needles of each filterable word, with how selective the word is: its shortest
  // needle, a name key (whose word may not be much longer) counting more than a stem.
  struct Candidate {
    std::vector<Needle> needles;
    std::size_t score = 0;
  };
  std::vector<Candidate> candidates;
  for (const PatternWord& word : words) {
    Candidate candidate;
    candidate.score = static_cast<std::size_t>(-1);
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
        letters.remove_prefix(2);
        needle.max_tail = kAnyTail;
      } else if (!key.empty() && (key[0] == kInitialPrefix || key[0] == '!')) {
        filterable = false;  // initials and patronymic shapes: not filtered
        break;
      } else {
        needle.max_tail = kNameTail;
      }
      if (!append_symbols(letters, needle.symbols)) continue;  // never in simple text
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
      if (needle.symbols.size() > kHead) {  // words are compared on their first symbols
        needle.symbols.resize(kHead);
        needle.max_tail = kAnyTail;
      }
      candidate.score = std::min(candidate.score,
                                 needle.symbols.size() + (needle.max_tail == kAnyTail ? 0 : 2));
      candidate.needles.push_back(std::move(needle));
    }
    if (!filterable) continue;
    if (candidate.needles.empty()) candidate.score = static_cast<std::size_t>(-1);  // never matches
    candidates.push_back(std::move(candidate));
  }
  if (candidates.empty()) {
    enabled_ = false;
    needles_.clear();
    patterns_.clear();
    return;
  }
  // Two words are enough to rule out nearly every text; more would only cost checks.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  if (candidates.size() > 2) candidates.resize(2);
  PatternNeedles pattern;
  for (Candidate& candidate : candidates) {
    std::vector<std::uint16_t> ids;
    for (Needle& needle : candidate.needles) {
      auto same = std::find_if(needles_.begin(), needles_.end(), [&](const Needle& n) {
        return n.symbols == needle.symbols && n.max_tail == needle.max_tail;
      });
      if (same == needles_.end()) {
        const auto first = static_cast<unsigned char>(needle.symbols[0]) & 0x7F;
        if (needle.symbols.size() == 1) {
          any_second_[first] = true;
        } else {
          prefix_.set(first * 128 + (static_cast<unsigned char>(needle.symbols[1]) & 0x7F));
        }
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

// Marks the needles that a word meets (the first symbols of its skeleton, and how many
// symbols it has in all); true when that completes a pattern.
bool SkeletonFilter::word_hits(std::string_view head, std::size_t size, Hits& hit) const {
  bool changed = false;
  for (std::size_t i = 0; i < needles_.size(); ++i) {
    const Needle& n = needles_[i];
    if (hit[i] || size < n.symbols.size() || size - n.symbols.size() > n.max_tail ||
        head.size() < n.symbols.size() || head.compare(0, n.symbols.size(), n.symbols) != 0) {
      continue;
    }
    hit[i] = true;
    changed = true;
  }
  if (!changed) return false;
  return std::any_of(patterns_.begin(), patterns_.end(), [&](const PatternNeedles& p) {
    return std::all_of(p.words.begin(), p.words.end(), [&](const std::vector<std::uint16_t>& ids) {
      return std::any_of(ids.begin(), ids.end(), [&](std::uint16_t id) { return hit[id]; });
    });
  });
}

bool SkeletonFilter::may_match(std::string_view s) const {
  if (!enabled()) return true;
  const PieceTable& table = pieces();
  Hits hit{};
  // The word being read: its first kHead symbols (needles are compared on those; a longer
  // needle was cut to them) and its length in symbols. A word whose first two symbols start
  // no needle is dead: the rest of it is only walked over.
  char head[kHead];
  std::size_t size = 0;
  char last = 0;
  bool dead = false;
  bool after_letter = false;
  auto end_word = [&] {
    const bool done = size && !dead &&
                      (size > 1 || any_second_[static_cast<unsigned char>(head[0]) & 0x7F]) &&
                      word_hits(std::string_view(head, std::min(size, kHead)), size, hit);
    size = 0;
    last = 0;
    dead = false;
    return done;
  };
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t pos = 0; pos < n;) {
    if (dead) {
      // The rest of a dead word, a byte or a Cyrillic letter at a time.
      for (;;) {
        if (b[pos] < 0x80) {
          const std::uint8_t k = table.word_ascii(b[pos]);
          if (!k) break;
          after_letter = k == 1;
          ++pos;
        } else if ((b[pos] == 0xD0 || b[pos] == 0xD1) && pos + 1 < n) {
          const std::uint8_t k = table.word_cyrillic(b[pos], b[pos + 1]);
          if (!k) break;
          after_letter = k == 1;
          pos += 2;
        } else {
          break;
        }
        if (pos >= n) return end_word();
      }
    }
    // The code point at pos, decoded inline for ASCII and two-byte sequences (Cyrillic).
    const Piece* piece;
    const unsigned char c = b[pos];
    if (c < 0x80) {
      piece = &table[c];
      pos += 1;
    } else if (c < 0xE0 && pos + 1 < n) {
      piece = &table[(static_cast<char32_t>(c & 0x1F) << 6) | (b[pos + 1] & 0x3F)];
      pos += 2;
    } else {
      std::size_t len;
      piece = &piece_at(table, s, pos, len);
      pos += len;
    }
    switch (piece->kind) {
      case Kind::kComplex:
        return true;
      case Kind::kLetter:
      case Kind::kDigit:
        after_letter = piece->kind == Kind::kLetter;
        if (dead) continue;
        for (std::uint8_t k = 0; k < piece->len; ++k) {
          const char sym = piece->symbols[k];
          if (sym == kVowel && last == kVowel) continue;
          if (size < kHead) head[size] = sym;
          ++size;
          last = sym;
          if (size == 2) {
            const auto first = static_cast<unsigned char>(head[0]) & 0x7F;
            dead = !any_second_[first] &&
                   !prefix_[first * 128 + (static_cast<unsigned char>(head[1]) & 0x7F)];
            if (dead) break;
          }
        }
        continue;
      case Kind::kApostrophe:
        // As the tokenizer: an apostrophe joins a letter to a letter, else it separates.
        if (after_letter && pos < n) {
          std::size_t next_len;
          const Piece& next = piece_at(table, s, pos, next_len);
          if (next.kind == Kind::kComplex) return true;
          if (next.kind == Kind::kLetter) {
            after_letter = false;
            continue;
          }
        }
        break;
      case Kind::kSeparator:
        break;
    }
    after_letter = false;
    if (size && end_word()) return true;
  }
  return end_word();
}

}  // namespace transcript
