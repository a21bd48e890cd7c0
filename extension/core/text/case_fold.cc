#include "core/text/case_fold.h"

#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/bytestream.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "core/text/utf8.h"

namespace transcript {

// ---------------------------------------------------------------------------------------
// FoldMap

void FoldMap::add(std::size_t original_len, std::size_t folded_len, bool changed) {
  if (original_len == 0 && folded_len == 0) return;
  // A change keeps its ends only, even at equal lengths: "⑴" -> "(1)" is 3 bytes either
  // way, but an offset after "(" would fall inside "⑴".
  const bool linear = !changed && original_len == folded_len;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    // Merge byte-for-byte runs so that plain text keeps a single piece.
    if (linear && last.linear) {
      last.folded_len += folded_len;
      last.original_len += original_len;
      return;
    }
    pieces_.push_back({last.folded + last.folded_len, last.original + last.original_len,
                       folded_len, original_len, linear});
    return;
  }
  pieces_.push_back({0, 0, folded_len, original_len, linear});
}

std::vector<FoldMap::Run> FoldMap::runs() const {
  std::vector<Run> out;
  for (const Piece& p : pieces_) out.push_back({p.original_len, p.folded_len, !p.linear});
  return out;
}

const FoldMap::Piece* FoldMap::find(std::size_t folded) const {
  // The last piece that starts at or before `folded`: the hint's piece or the next one when
  // it is that, else a binary search.
  const std::size_t n = pieces_.size();
  auto last_at_or_before = [&](std::size_t i) {
    return pieces_[i].folded <= folded && (i + 1 == n || folded < pieces_[i + 1].folded);
  };
  if (hint_ < n && last_at_or_before(hint_)) return &pieces_[hint_];
  if (hint_ + 1 < n && last_at_or_before(hint_ + 1)) return &pieces_[++hint_];
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), folded,
                             [](std::size_t f, const Piece& p) { return f < p.folded; });
  if (it == pieces_.begin()) return nullptr;
  hint_ = static_cast<std::size_t>(it - pieces_.begin()) - 1;
  return &pieces_[hint_];
}

std::size_t FoldMap::to_original_start(std::size_t folded) const {
  // The start of the text is the start of the text, even when what comes first folds to
  // nothing ("\u2066a": a span from folded 0 keeps the ignorable in front).
  if (folded == 0) return 0;
  const Piece* p = find(folded);
  if (!p) return 0;
  const std::size_t into = folded - p->folded;
  // A trailing deletion (an ignorable such as U+2066, or a removed mark) starts where it
  // stands: the text "\u2066" folds to "", and offset 0 maps to 0.
  if (p->folded_len == 0) return p->original;
  if (into >= p->folded_len) return p->original + p->original_len;
  if (p->linear) return p->original + into;
  return p->original;
}

std::size_t FoldMap::to_original_end(std::size_t folded) const {
  const Piece* p = find(folded);
  if (!p) return 0;
  const std::size_t into = folded - p->folded;
  // A deletion (a combining mark removed) at the very end belongs to the letter before it:
  // a span that ends there ends after the mark. (Elsewhere find() returns the piece that
  // follows the deletion, whose start is past it already.)
  if (into == 0 && p->folded_len > 0) return p->original;
  if (into >= p->folded_len) return p->original + p->original_len;
  if (p->linear) return p->original + into;
  return p->original + p->original_len;
}

// ---------------------------------------------------------------------------------------
// Tables

namespace {

constexpr std::uint32_t kFast = 0x80000000u;

const icu::Normalizer2& nfkc_cf() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold unavailable");
    return n;
  }();
  return *instance;
}

bool is_latin_letter(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(cp) && uscript_getScript(cp, &status) == USCRIPT_LATIN;
}

bool is_cyrillic_letter(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(cp) && uscript_getScript(cp, &status) == USCRIPT_CYRILLIC;
}

bool is_mark(char32_t cp) {
  const auto mask = U_GET_GC_MASK(cp);
  return (mask & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0;
}

// Latin letters with diacritics and their plain forms (é -> e, ł -> l, æ -> ae). ICU says
// what the plain form is: the canonical decomposition without its marks, or, for letters
// that do not decompose (ł, ø, đ), the Latin-ASCII transliteration.
class LatinPlainForms {
 public:
  LatinPlainForms() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    std::unique_ptr<icu::Transliterator> ascii(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU Latin-ASCII unavailable");
    auto scan = [&](char32_t first, char32_t last) {
      for (char32_t cp = first; cp <= last; ++cp) {
        if (!is_latin_letter(cp)) continue;
        std::u32string plain;
        icu::UnicodeString decomposition;
        if (nfd->getDecomposition(cp, decomposition)) {
          for (int32_t k = 0; k < decomposition.length();) {
            const UChar32 c = decomposition.char32At(k);
            if (!is_mark(c)) plain.push_back(static_cast<char32_t>(c));
            k += U16_LENGTH(c);
          }
        } else {
          icu::UnicodeString s(static_cast<UChar32>(cp));
          ascii->transliterate(s);
          for (int32_t k = 0; k < s.length();) {
            const UChar32 c = s.char32At(k);
            if (c >= 0x80 || !u_isalpha(c)) {
              plain.clear();
              break;
            }
            plain.push_back(static_cast<char32_t>(c));
            k += U16_LENGTH(c);
          }
        }
        if (!plain.empty() && plain != std::u32string(1, cp)) map_[cp] = plain;
      }
    };
    scan(0x00C0, 0x024F);
    scan(0x1E00, 0x1EFF);
    scan(0x2C60, 0x2C7F);
    scan(0xA720, 0xA7FF);
  }
  const std::u32string* find(char32_t cp) const {
    auto it = map_.find(cp);
    return it == map_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<char32_t, std::u32string> map_;
};

const LatinPlainForms& latin_plain_forms() {
  static const LatinPlainForms forms;
  return forms;
}

// Our rules after NFKC_Casefold, over a folded UTF-8 string. Appends to `out` and records
// the edits so that they can be merged with ICU's.
void apply_own_rules(std::string_view in, std::string& out, icu::Edits& edits) {
  const LatinPlainForms& plain = latin_plain_forms();
  enum { kOther, kLatin, kCyrillic } previous = kOther;
  std::size_t pos = 0;
  while (pos < in.size()) {
    const std::size_t start = pos;
    const char32_t cp = decode_utf8(in, pos);
    const auto len = static_cast<int32_t>(pos - start);
    if (cp == 0x0451) {  // ё
      append_utf8(out, 0x0435);
      edits.addReplace(len, 2);
      previous = kCyrillic;
    } else if (const std::u32string* p = plain.find(cp)) {
      const std::size_t before = out.size();
      for (char32_t c : *p) append_utf8(out, c);
      edits.addReplace(len, static_cast<int32_t>(out.size() - before));
      previous = kLatin;
    } else if (is_mark(cp) &&
               (previous == kLatin ||
                (previous == kCyrillic && (cp == 0x0300 || cp == 0x0301)))) {
      edits.addReplace(len, 0);
    } else {
      out.append(in.substr(start, len));
      edits.addUnchanged(len);
      if (is_mark(cp)) continue;  // a kept mark does not change what it sits on
      previous = is_latin_letter(cp) ? kLatin : is_cyrillic_letter(cp) ? kCyrillic : kOther;
    }
  }
}

// How one segment of text that the table cannot copy is folded: ICU's NFKC_Casefold with
// its edits, then our rules, the two sets of edits merged. Appends the folded bytes to
// `out` and the fine edits, (original length, folded length, changed), to `edits`.
struct SegmentEdit {
  std::uint8_t original_len;
  std::uint8_t folded_len;
  bool changed;
};

void fold_segment(std::string_view segment, std::string& out, std::string& icu_out,
                  std::string& own_out, FoldMap& map) {
  icu_out.clear();
  own_out.clear();
  icu::StringByteSink<std::string> sink(&icu_out);
  icu::Edits icu_edits, own_edits, merged;
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf().normalizeUTF8(0, icu::StringPiece(segment.data(), static_cast<int32_t>(segment.size())),
                          sink, &icu_edits, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalisation failed");
  apply_own_rules(icu_out, own_out, own_edits);
  merged.mergeAndAppend(icu_edits, own_edits, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU edit merge failed");
  for (icu::Edits::Iterator it = merged.getFineIterator(); it.next(status);) {
    map.add(static_cast<std::size_t>(it.oldLength()), static_cast<std::size_t>(it.newLength()),
            it.hasChange());
  }
  out += own_out;
}

// Per BMP code point: the folded code point with kFast set when it may be copied through
// the table, and whether the code point starts a normalisation segment. For the code points
// of the two-byte range (U+0080..U+07FF) the folded form is also kept as its two UTF-8
// bytes, and for the code points that the table cannot copy but that often stand alone
// between copyable ones (U+00A0, é, №, …) what folding that one code point as a segment
// gives, so that it is replayed without calling ICU: the result is the same by
// construction (it is computed by fold_segment itself).
struct FastTable {
  std::array<std::uint32_t, 0x10000> folded{};
  std::bitset<0x10000> boundary_before;
  // U+0080..U+07FF: the folded two bytes, in memory order, when kFast; else 0.
  std::array<std::uint16_t, 0x800> two_byte{};
  struct Replay {
    std::string folded;
    std::vector<SegmentEdit> edits;
  };
  std::vector<Replay> replays;
  std::array<std::int16_t, 0x10000> replay_index;  // into replays, -1 for none

  FastTable() {
    replay_index.fill(-1);
    const icu::Normalizer2& n = nfkc_cf();
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      boundary_before[cp] = n.hasBoundaryBefore(static_cast<UChar32>(cp));
      if (!boundary_before[cp]) continue;
      std::string utf8;
      append_utf8(utf8, cp);
      std::string cf;
      icu::StringByteSink<std::string> sink(&cf);
      UErrorCode status = U_ZERO_ERROR;
      n.normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
                      nullptr, status);
      if (U_FAILURE(status)) continue;
      std::string result;
      icu::Edits ignored;
      apply_own_rules(cf, result, ignored);
      if (result.size() != utf8.size()) continue;
      std::size_t p = 0;
      const char32_t out = decode_utf8(result, p);
      if (p != result.size()) continue;  // more than one code point
      folded[cp] = kFast | static_cast<std::uint32_t>(out);
      if (cp >= 0x80 && cp < 0x800) {
        std::memcpy(&two_byte[cp], result.data(), 2);  // the two bytes as they are written
      }
    }
    // Replays: the code points of the ranges that pages use (Latin-1 and Latin Extended,
    // Cyrillic, general punctuation, letterlike symbols, ligatures, full-width forms) that
    // the table cannot copy.
    auto add_replays = [&](char32_t first, char32_t last) {
      std::string out, icu_out, own_out;
      for (char32_t cp = first; cp <= last; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        if (folded[cp] & kFast) continue;
        std::string utf8;
        append_utf8(utf8, cp);
        out.clear();
        FoldMap map;
        Replay r;
        try {
          fold_segment(utf8, out, icu_out, own_out, map);
        } catch (const std::runtime_error&) {
          continue;
        }
        r.folded = out;
        bool fits = true;
        for (const FoldMap::Run& piece : map.runs()) {
          if (piece.original_len > 255 || piece.folded_len > 255) fits = false;
          r.edits.push_back({static_cast<std::uint8_t>(piece.original_len),
                             static_cast<std::uint8_t>(piece.folded_len), piece.changed});
        }
        if (!fits || replays.size() >= 0x7FFF) continue;
        replay_index[cp] = static_cast<std::int16_t>(replays.size());
        replays.push_back(std::move(r));
      }
    };
    add_replays(0x0080, 0x07FF);
    add_replays(0x2000, 0x21FF);
    add_replays(0x2460, 0x24FF);
    add_replays(0x3000, 0x303F);
    add_replays(0xFB00, 0xFB4F);
    add_replays(0xFF00, 0xFFEF);
  }
};

const FastTable& fast_table() {
  static const FastTable table;
  return table;
}

// Decodes without validation: the input was validated by the caller.
inline char32_t peek(const unsigned char* s, std::size_t n, std::size_t i, std::size_t& len) {
  const unsigned char c = s[i];
  if (c < 0x80) {
    len = 1;
    return c;
  }
  if (c < 0xE0) {
    len = 2;
    return (i + 1 < n) ? ((c & 0x1F) << 6) | (s[i + 1] & 0x3F) : 0xFFFD;
  }
  if (c < 0xF0) {
    len = 3;
    return (i + 2 < n) ? ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F)
                       : 0xFFFD;
  }
  len = 4;
  return (i + 3 < n) ? ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) |
                           ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F)
                     : 0xFFFD;
}

// Eight ASCII bytes in lower case ('A'..'Z' + 0x20), all at once.
inline std::uint64_t lower_ascii8(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  const std::uint64_t ge_a = w + kOnes * (0x80 - 'A');  // high bit: byte >= 'A'
  const std::uint64_t gt_z = w + kOnes * (0x7F - 'Z');  // high bit: byte > 'Z'
  const std::uint64_t upper = ge_a & ~gt_z & (kOnes * 0x80);
  return w | (upper >> 2);
}

// The index of the first byte (in memory order) whose high bit is set in `high` (not 0).
inline std::size_t first_marked_byte(std::uint64_t high) {
  if constexpr (std::endian::native == std::endian::little) {
    return static_cast<std::size_t>(std::countr_zero(high)) / 8;
  } else {
    return static_cast<std::size_t>(std::countl_zero(high)) / 8;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Folding

void fold_text(std::string_view original, FoldedText& out) {
  const FastTable& table = fast_table();
  const icu::Normalizer2& normalizer = nfkc_cf();
  out.map.clear();

  const auto* s = reinterpret_cast<const unsigned char*>(original.data());
  const std::size_t n = original.size();
  std::size_t run = 0;  // bytes copied through the table since the last ICU segment

  // The fast paths write at most as many bytes as they read: the buffer is sized once and
  // written through a pointer; segments and replays, which may grow, make room first.
  std::string& text = out.text;
  text.resize(n + 8);
  char* w = text.data();
  std::size_t o = 0;
  // Room for `more` bytes now and for the rest of the input after them (fast paths write
  // no more than they read), plus the eight bytes a word store may write past the end.
  auto reserve = [&](std::size_t more, std::size_t rest) {
    if (o + more + rest + 8 > text.size()) {
      text.resize(std::max(text.size() * 2, o + more + rest + 8));
      w = text.data();
    }
  };

  // Whether the code point at `i` may be copied through the table (the end counts too).
  auto fast_at = [&](std::size_t i) {
    if (i >= n || s[i] < 0x80) return true;
    std::size_t len;
    const char32_t cp = peek(s, n, i, len);
    return cp < 0x10000 && (table.folded[cp] & kFast);
  };

  static constexpr auto kLower = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
  }();

  // A code point copied through the table may combine with what follows it (a letter and a
  // combining mark): then it belongs to the ICU segment of what follows. Rather than look
  // ahead at every character, the copy is taken back when such a code point comes (one
  // without a normalisation boundary before it, which the table never copies).
  std::size_t last_copied = 0;  // length of the code point just copied, 0 when none
  std::size_t i = 0;
  std::string icu_out, own_out, segment_out;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      // A run of ASCII, folded to lower case eight bytes at a time.
      // All eight bytes are written; only the ASCII ones count (the buffer has room).
      const std::size_t start = i;
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, s + i, 8);
        const std::uint64_t high = word & 0x8080808080808080ULL;
        word = lower_ascii8(word & 0x7F7F7F7F7F7F7F7FULL);
        std::memcpy(w + o, &word, 8);
        if (high) {
          const std::size_t k = first_marked_byte(high);
          i += k;
          o += k;
          break;
        }
        i += 8;
        o += 8;
      }
      while (i < n && s[i] < 0x80) w[o++] = kLower[s[i++]];
      run += i - start;
      last_copied = 1;
      continue;
    }
    if (c < 0xE0 && i + 1 < n) {
      // Two-byte characters (Cyrillic, Latin-1) through the table.
      const std::size_t start = i;
      const unsigned char* p = s + i;
      const unsigned char* const last = s + n - 1;
      char* q = w + o;
      const std::uint16_t* const two_byte = table.two_byte.data();
      while (p < last && (*p & 0xE0) == 0xC0) {
        const std::uint16_t f = two_byte[((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu)];
        if (!f) break;
        std::memcpy(q, &f, 2);
        p += 2;
        q += 2;
      }
      i = static_cast<std::size_t>(p - s);
      o = static_cast<std::size_t>(q - w);
      if (i > start) {
        run += i - start;
        last_copied = 2;
        continue;
      }
    }
    std::size_t len;
    const char32_t cp = peek(s, n, i, len);
    const bool boundary = cp < 0x10000 ? static_cast<bool>(table.boundary_before[cp])
                                       : static_cast<bool>(normalizer.hasBoundaryBefore(static_cast<UChar32>(cp)));
    if (!boundary && last_copied) {
      // Take back the code point before: it goes to ICU with this one.
      i -= last_copied;
      o -= last_copied;
      run -= last_copied;
      len = last_copied;
    } else if (cp < 0x10000) {
      const std::uint32_t f = table.folded[cp];
      if (f & kFast) {
        // Same UTF-8 length as the original, by construction of the table.
        const auto fc = static_cast<char32_t>(f & ~kFast);
        if (len == 1) {
          w[o] = static_cast<char>(fc);
        } else if (len == 2) {
          w[o] = static_cast<char>(0xC0 | (fc >> 6));
          w[o + 1] = static_cast<char>(0x80 | (fc & 0x3F));
        } else {
          w[o] = static_cast<char>(0xE0 | (fc >> 12));
          w[o + 1] = static_cast<char>(0x80 | ((fc >> 6) & 0x3F));
          w[o + 2] = static_cast<char>(0x80 | (fc & 0x3F));
        }
        o += len;
        run += len;
        i += len;
        last_copied = len;
        continue;
      }
      // A code point the table cannot copy, standing alone before one it can: the segment
      // would be this code point only, and its folding is known.
      if (table.replay_index[cp] >= 0 && fast_at(i + len)) {
        const FastTable::Replay& r = table.replays[static_cast<std::size_t>(table.replay_index[cp])];
        out.map.add(run, run);
        run = 0;
        for (const SegmentEdit& e : r.edits) out.map.add(e.original_len, e.folded_len, e.changed);
        reserve(r.folded.size(), n - i - len);
        std::memcpy(w + o, r.folded.data(), r.folded.size());
        o += r.folded.size();
        i += len;
        last_copied = 0;
        continue;
      }
    }
    // A segment for ICU: up to the next code point that the table may copy.
    std::size_t j = i + len;
    while (j < n) {
      std::size_t l2;
      const char32_t c2 = peek(s, n, j, l2);
      if (c2 < 0x10000 && (table.folded[c2] & kFast)) break;  // implies a boundary before
      j += l2;
    }
    out.map.add(run, run);
    run = 0;
    segment_out.clear();
    fold_segment(original.substr(i, j - i), segment_out, icu_out, own_out, out.map);
    reserve(segment_out.size(), n - j);
    std::memcpy(w + o, segment_out.data(), segment_out.size());
    o += segment_out.size();
    i = j;
    last_copied = 0;
  }
  out.map.add(run, run);
  text.resize(o);
}

std::string fold(std::string_view original) {
  FoldedText folded;
  fold_text(original, folded);
  return std::move(folded.text);
}

}  // namespace transcript
