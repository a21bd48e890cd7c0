// Case folding for matching, with a map from folded offsets back to the original text.
//
// fold_text() applies ICU's NFKC_Casefold (compatibility forms, case, ß -> ss, ﬁ -> fi),
// then two rules of our own: ё -> е (Russian writes ё optionally, so it must not separate
// words), and diacritics are removed from Latin letters only (é -> e, ł -> l), never from
// Cyrillic ones: й stays й, because й -> и turns Сергей into another word. Stress marks
// (U+0300, U+0301) left on Cyrillic letters after composition are removed too, since
// dictionaries and teaching texts write Ла́вров.
//
// How it is fast: the folding of every BMP code point is computed once through ICU and kept
// in a table. A code point whose folded form has the same UTF-8 length is copied through the
// table (offsets unchanged), as long as the next code point cannot combine with it. Anything
// else — a combining sequence, a change of length (ß, U+00A0, é), a code point outside the
// BMP — goes to ICU's normalizeUTF8 with Edits in one segment, so offsets move exactly as ICU
// says. English and Russian text takes the table path almost everywhere.
//
// Thread-safety: free functions over immutable tables built on first use; safe from any
// thread. FoldedText is a value owned by the caller (reuse one per connection to keep its
// buffers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

// Where the bytes of a folded text came from. Built by fold_text(); maps folded byte
// offsets back to original byte offsets. Inside a change that altered the length
// (ß -> ss), an offset maps to the start of the change for span starts and to its end for
// span ends, so a span never cuts an original character in half.
class FoldMap {
 public:
  std::size_t to_original_start(std::size_t folded) const;
  std::size_t to_original_end(std::size_t folded) const;

  // Used while folding: a run of `folded_len` folded bytes that came from `original_len`
  // original bytes. Unchanged runs (copied, or folded character for character at equal
  // lengths) map byte for byte; a change maps only its two ends.
  void clear() {
    pieces_.clear();
    hint_ = 0;
  }
  void add(std::size_t original_len, std::size_t folded_len, bool changed = false);

  // The runs recorded so far, in order: what add() kept (byte-for-byte runs merged). Adding
  // them again to another map repeats this map's effect there (case_fold.cc keeps the
  // folding of single code points this way).
  struct Run {
    std::size_t original_len, folded_len;
    bool changed;
  };
  std::vector<Run> runs() const;

 private:
  struct Piece {
    std::size_t folded;        // first folded byte of the piece
    std::size_t original;      // first original byte of the piece
    std::size_t folded_len;
    std::size_t original_len;
    bool linear;               // maps byte for byte
  };
  const Piece* find(std::size_t folded) const;
  std::vector<Piece> pieces_;
  // The piece the last find() returned: callers ask in text order (word by word), so the
  // answer is mostly that piece or the next. A cache only; a FoldMap is read by one thread
  // at a time (it belongs to a FoldedText, which its owner reuses).
  mutable std::size_t hint_ = 0;
};

struct FoldedText {
  std::string text;  // the folded UTF-8
  FoldMap map;       // folded byte offset -> original byte offset
};

// Folds valid UTF-8 `original` into `out` (reusing its buffers).
void fold_text(std::string_view original, FoldedText& out);

// The folded text alone (transcript_fold).
std::string fold(std::string_view original);

}  // namespace transcript
