#include "core/search/simple_breaks.h"

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <cstring>

namespace transcript {
namespace {

// Word_Break classes the rules tell apart (MidNumLetQ: MidNumLet or Single_Quote).
enum Word : std::uint8_t {
  kWOther, kWLetter, kWNumeric, kWMidLetter, kWMidNum, kWMidNumLetQ, kWSpace, kWCR, kWLF,
  kWNewline, kWExtendNumLet
};
// Sentence_Break classes.
enum Sentence : std::uint8_t {
  kSOther, kSCR, kSLF, kSSep, kSSp, kSLower, kSUpper, kSOLetter, kSNumeric, kSATerm, kSSTerm,
  kSClose, kSContinue
};

constexpr std::uint8_t kUncovered = 0xFF;
constexpr char32_t kHighFirst = 0x2000, kHighLast = 0x21FF;
constexpr std::size_t kLowSize = 0x800;

// One byte per covered code point: the word class in the low nibble, the sentence class in
// the high one; kUncovered for the rest.
using ClassTable = std::array<std::uint8_t, kLowSize + (kHighLast - kHighFirst + 1)>;

std::uint8_t classify(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) return kUncovered;
  if (u_charType(c) == U_CONTROL_CHAR && !(cp >= 0x09 && cp <= 0x0D) && cp != 0x85) return kUncovered;
  std::uint8_t w;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    // ICU's root word rules count '@' as a letter (e-mail addresses are one word).
    case U_WB_OTHER: case U_WB_DOUBLE_QUOTE: w = cp == U'@' ? kWLetter : kWOther; break;
    case U_WB_ALETTER: w = kWLetter; break;
    case U_WB_NUMERIC: w = kWNumeric; break;
    // ICU's root word rules take the colon (and its compatibility forms) out of MidLetter.
    case U_WB_MIDLETTER: w = cp == U':' ? kWOther : kWMidLetter; break;
    case U_WB_MIDNUM: w = kWMidNum; break;
    case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: w = kWMidNumLetQ; break;
    case U_WB_WSEGSPACE: w = kWSpace; break;
    case U_WB_CR: w = kWCR; break;
    case U_WB_LF: w = kWLF; break;
    case U_WB_NEWLINE: w = kWNewline; break;
    case U_WB_EXTENDNUMLET: w = kWExtendNumLet; break;
    default: return kUncovered;
  }
  std::uint8_t s;
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER: s = kSOther; break;
    case U_SB_CR: s = kSCR; break;
    case U_SB_LF: s = kSLF; break;
    case U_SB_SEP: s = kSSep; break;
    case U_SB_SP: s = kSSp; break;
    case U_SB_LOWER: s = kSLower; break;
    case U_SB_UPPER: s = kSUpper; break;
    case U_SB_OLETTER: s = kSOLetter; break;
    case U_SB_NUMERIC: s = kSNumeric; break;
    case U_SB_ATERM: s = kSATerm; break;
    case U_SB_STERM: s = kSSTerm; break;
    case U_SB_CLOSE: s = kSClose; break;
    case U_SB_SCONTINUE: s = kSContinue; break;
    default: return kUncovered;
  }
  return static_cast<std::uint8_t>(w | (s << 4));
}

const ClassTable& classes() {
  static const ClassTable table = [] {
    ClassTable t{};
    for (char32_t cp = 0; cp < kLowSize; ++cp) t[cp] = classify(cp);
    for (char32_t cp = kHighFirst; cp <= kHighLast; ++cp) t[kLowSize + cp - kHighFirst] = classify(cp);
    return t;
  }();
  return table;
}

const std::uint8_t* class_table() { return classes().data(); }

// The table slot of the character at p, one to three bytes long: U+0000..U+07FF, or
// U+2000..U+21FF (the caller knows the character is in one of the two ranges).
inline std::size_t slot_of(const unsigned char* p) {
  const unsigned c = p[0];
  if (c < 0x80) return c;
  const unsigned c1 = p[1] & 0x3Fu;
  if (c < 0xE0) return ((c & 0x1Fu) << 6) | c1;
  return kLowSize + ((((c & 0x0Fu) << 12) | (c1 << 6) | (p[2] & 0x3Fu)) - kHighFirst);
}

// Reads the classes of a covered text: every character is one to three bytes long.
class Reader {
 public:
  Reader(std::string_view text, const std::uint8_t* table) : text_(text), table_(table) {}

  std::size_t size() const { return text_.size(); }
  std::uint8_t entry(std::size_t pos) const {
    return table_[slot_of(reinterpret_cast<const unsigned char*>(text_.data()) + pos)];
  }
  Word word(std::size_t pos) const { return static_cast<Word>(entry(pos) & 0x0F); }
  Sentence sentence(std::size_t pos) const { return static_cast<Sentence>(entry(pos) >> 4); }
  std::size_t next(std::size_t pos) const {
    const auto c = static_cast<unsigned char>(text_[pos]);
    return pos + (c < 0x80 ? 1 : c < 0xE0 ? 2 : 3);
  }
  std::size_t previous(std::size_t pos) const {
    do {
      --pos;
    } while (pos > 0 && (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80);
    return pos;
  }

 private:
  std::string_view text_;
  const std::uint8_t* table_;
};

bool is_newline(Word w) { return w == kWCR || w == kWLF || w == kWNewline; }
bool is_letter_or_digit(Word w) { return w == kWLetter || w == kWNumeric; }
bool joins_connector(Word w) { return is_letter_or_digit(w) || w == kWExtendNumLet; }
bool is_paragraph_separator(Sentence s) { return s == kSCR || s == kSLF || s == kSSep; }
bool is_terminator(Sentence s) { return s == kSATerm || s == kSSTerm; }

// The word rules for the boundary between the characters at `before` and `at`, whose
// classes are a and b.
inline bool word_break(const Reader& r, std::size_t before, Word a, std::size_t at, Word b) {
  // Inside a run of letters and digits, the common case, first (no rule before WB5 applies).
  if (is_letter_or_digit(a) && is_letter_or_digit(b)) return false;  // WB5, WB8-WB10
  if (a == kWCR && b == kWLF) return false;                // WB3
  if (is_newline(a) || is_newline(b)) return true;         // WB3a, WB3b
  if (a == kWSpace && b == kWSpace) return false;          // WB3d
  if (b == kWExtendNumLet && joins_connector(a)) return false;       // WB13a
  if (a == kWExtendNumLet && is_letter_or_digit(b)) return false;     // WB13b
  if (a == kWLetter && (b == kWMidLetter || b == kWMidNumLetQ)) {  // WB6
    const std::size_t after = r.next(at);
    return !(after < r.size() && r.word(after) == kWLetter);
  }
  if (b == kWLetter && (a == kWMidLetter || a == kWMidNumLetQ)) {  // WB7
    return !(before > 0 && r.word(r.previous(before)) == kWLetter);
  }
  if (a == kWNumeric && (b == kWMidNum || b == kWMidNumLetQ)) {  // WB12
    const std::size_t after = r.next(at);
    return !(after < r.size() && r.word(after) == kWNumeric);
  }
  if (b == kWNumeric && (a == kWMidNum || a == kWMidNumLetQ)) {  // WB11
    return !(before > 0 && r.word(r.previous(before)) == kWNumeric);
  }
  return true;  // WB999
}

bool word_break(const Reader& r, std::size_t before, std::size_t at) {
  return word_break(r, before, r.word(before), at, r.word(at));
}

// The start of the closing marks and spaces that end at pos (Close* Sp* before pos), and
// whether there were spaces and closing marks: a terminator before it makes SATerm Close*
// Sp*.
struct Tail {
  std::size_t start;
  bool spaces = false, closes = false;
};
Tail tail_before(const Reader& r, std::size_t pos) {
  Tail t{pos};
  while (t.start > 0 && r.sentence(r.previous(t.start)) == kSSp) {
    t.start = r.previous(t.start);
    t.spaces = true;
  }
  while (t.start > 0 && r.sentence(r.previous(t.start)) == kSClose) {
    t.start = r.previous(t.start);
    t.closes = true;
  }
  return t;
}

bool sentence_break(const Reader& r, std::size_t pos) {
  const std::size_t n = r.size();
  const std::size_t before = r.previous(pos);
  const Sentence a = r.sentence(before), b = r.sentence(pos);
  if (a == kSCR && b == kSLF) return false;  // SB3
  if (is_paragraph_separator(a)) return true;  // SB4
  // The terminator, closing marks and spaces before pos (SATerm Close* Sp*).
  const Tail tail = tail_before(r, pos);
  const bool spaces = tail.spaces, closes = tail.closes;
  if (tail.start == 0) return false;
  const std::size_t term = r.previous(tail.start);
  const Sentence t = r.sentence(term);
  if (!is_terminator(t)) return false;  // SB998
  if (b == kSSp || is_paragraph_separator(b)) return false;  // SB9, SB10
  if (b == kSClose && !spaces) return false;                 // SB9
  if (t == kSATerm) {
    if (!spaces && !closes) {
      if (b == kSNumeric) return false;  // SB6
      if (b == kSUpper && term > 0) {    // SB7
        const Sentence p = r.sentence(r.previous(term));
        if (p == kSUpper || p == kSLower) return false;
      }
    }
    // SB8: no break when a lower-case letter follows before any other letter, paragraph
    // separator or terminator.
    for (std::size_t i = pos; i < n; i = r.next(i)) {
      const Sentence c = r.sentence(i);
      if (c == kSLower) return false;
      if (c == kSOLetter || c == kSUpper || is_paragraph_separator(c) || is_terminator(c)) break;
    }
  }
  return !(b == kSContinue || is_terminator(b));  // SB8a, SB11
}

}  // namespace

SimpleBreaks::SimpleBreaks(std::string_view text) : text_(text), table_(class_table()) {}

bool SimpleBreaks::covers(std::string_view text) {
  const ClassTable& table = classes();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighBits = 0x8080808080808080ull;
  while (p < end) {
    if (end - p >= 8) {
      // Eight printable ASCII bytes at once (every one covered): no high bit, none below
      // 0x20, none 0x7F.
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      const std::uint64_t y = x ^ (0x7F * kOnes);
      if ((((x - 0x20 * kOnes) | (y - kOnes) | x) & kHighBits) == 0) {
        p += 8;
        continue;
      }
    }
    // One to three bytes: U+0000..U+07FF, or U+2000..U+21FF (E2 80..87 xx); nothing else.
    const unsigned char c = *p;
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : (c == 0xE2 && p[1] >= 0x80 && p[1] <= 0x87) ? 3 : 0;
    if (length == 0 || table[slot_of(p)] == kUncovered) return false;
    p += length;
  }
  return true;
}

bool SimpleBreaks::is_word_boundary(std::size_t pos) const {
  if (pos == 0 || pos >= text_.size()) return true;
  const Reader r(text_, table_);
  return word_break(r, r.previous(pos), pos);
}

std::size_t SimpleBreaks::next_word_boundary(std::size_t pos, bool* word) const {
  const Reader r(text_, table_);
  const std::size_t n = text_.size();
  if (pos >= n) return n;
  Word a = r.word(pos);
  std::size_t at = r.next(pos);
  for (std::size_t before = pos; at < n; before = at, at = r.next(at)) {
    const Word b = r.word(at);
    if (word_break(r, before, a, at, b)) break;
    a = b;
  }
  if (word) *word = a == kWExtendNumLet ? word_ends_at(at) : is_letter_or_digit(a);
  return at;
}

std::size_t SimpleBreaks::previous_word_boundary(std::size_t pos) const {
  const Reader r(text_, table_);
  if (pos > text_.size()) pos = text_.size();
  if (pos == 0) return 0;
  for (std::size_t at = r.previous(pos); at > 0;) {
    const std::size_t before = r.previous(at);
    if (word_break(r, before, at)) return at;
    at = before;
  }
  return 0;
}

bool SimpleBreaks::word_ends_at(std::size_t end) const {
  if (end == 0 || end > text_.size()) return false;
  const Reader r(text_, table_);
  const Word last = r.word(r.previous(end));
  if (last != kWExtendNumLet) return is_letter_or_digit(last);
  // A connector ends a word when it joined something (a_, a__, __): ICU's rule status of a
  // lone connector is none.
  return previous_word_boundary(end) != r.previous(end);
}

bool SimpleBreaks::is_sentence_boundary(std::size_t pos) const {
  if (pos == 0 || pos >= text_.size()) return true;
  return sentence_break(Reader(text_, table_), pos);
}

std::size_t SimpleBreaks::next_sentence_boundary(std::size_t pos) const {
  const Reader r(text_, table_);
  const std::size_t n = text_.size();
  if (pos >= n) return n;
  // A boundary follows a paragraph separator or a terminator's closing marks and spaces:
  // only those positions are asked, from the terminator whose marks and spaces pos is in.
  std::size_t start = tail_before(r, pos).start;
  if (start > 0 && is_terminator(r.sentence(r.previous(start)))) start = r.previous(start);
  for (std::size_t i = start; i < n;) {
    const Sentence c = r.sentence(i);
    std::size_t at = r.next(i);
    if (is_terminator(c)) {
      while (at < n && r.sentence(at) == kSClose) at = r.next(at);
      while (at < n && r.sentence(at) == kSSp) at = r.next(at);
    } else if (!is_paragraph_separator(c)) {
      i = at;
      continue;
    }
    if (at >= n) return n;
    if (at > pos && sentence_break(r, at)) return at;
    i = at;
  }
  return n;
}

std::size_t SimpleBreaks::previous_sentence_boundary(std::size_t pos) const {
  const Reader r(text_, table_);
  if (pos > text_.size()) pos = text_.size();
  if (pos == 0) return 0;
  // Only a position after a paragraph separator, a terminator, a closing mark or a space can
  // be a boundary: the rules are asked there alone.
  std::size_t at = r.previous(pos);
  while (at > 0) {
    const std::size_t before = r.previous(at);
    const Sentence c = r.sentence(before);
    if ((is_paragraph_separator(c) || is_terminator(c) || c == kSClose || c == kSSp) &&
        sentence_break(r, at)) {
      return at;
    }
    at = before;
  }
  return 0;
}

}  // namespace transcript
