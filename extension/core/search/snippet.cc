#include "core/search/snippet.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "core/text/utf8.h"

namespace transcript {
namespace {

constexpr std::int64_t kDistinctTerm = 1000;  // FTS5: per distinct phrase in the window
constexpr std::int64_t kRepeat = 1;           // FTS5: per further hit
constexpr std::int64_t kSentenceStart = 100;  // FTS5: the window starts a sentence
constexpr std::int64_t kTextStart = 120;      // FTS5: the window starts the text

struct Window {
  std::size_t begin = 0, end = 0;  // first word's begin, last word's end
  std::int64_t score = -1;
};

struct ByteSpan {
  std::size_t begin, end;
};

// A code point that must stay with the character before it: combining marks, ZWJ.
bool continues_grapheme(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0 || c == 0x200D;
}

bool is_horizontal_space(char32_t c) {
  return c == ' ' || c == '\t' || (c > 0x7F && u_isUWhiteSpace(static_cast<UChar32>(c)) &&
                                   c != 0x85 && c != 0x2028 && c != 0x2029);
}

bool only_horizontal_space(std::string_view gap) {
  std::size_t pos = 0;
  while (pos < gap.size()) {
    if (!is_horizontal_space(decode_utf8(gap, pos))) return false;
  }
  return true;
}

// The marked runs of the hits that meet [begin, end), clipped to it and merged.
std::vector<ByteSpan> marked_runs(std::string_view text, const std::vector<QueryHit>& hits,
                                  std::size_t begin, std::size_t end) {
  std::vector<ByteSpan> runs;
  for (const QueryHit& h : hits) {
    if (h.start_byte >= end || h.end_byte <= begin || h.end_byte <= h.start_byte) continue;
    ByteSpan run{std::max(h.start_byte, begin), std::min(h.end_byte, end)};
    while (run.end < end) {  // never leave a combining mark outside the marker
      std::size_t next = run.end;
      if (!continues_grapheme(decode_utf8(text, next))) break;
      run.end = next;
    }
    if (!runs.empty() &&
        (run.begin <= runs.back().end ||
         only_horizontal_space(text.substr(runs.back().end, run.begin - runs.back().end)))) {
      runs.back().end = std::max(runs.back().end, run.end);
    } else {
      runs.push_back(run);
    }
  }
  return runs;
}

void append_marked(std::string& out, std::string_view text, const std::vector<QueryHit>& hits,
                   std::size_t begin, std::size_t end, std::string_view open,
                   std::string_view close) {
  std::size_t pos = begin;
  for (const ByteSpan& run : marked_runs(text, hits, begin, end)) {
    out.append(text.substr(pos, run.begin - pos));
    out.append(open);
    out.append(text.substr(run.begin, run.end - run.begin));
    out.append(close);
    pos = run.end;
  }
  out.append(text.substr(pos, end - pos));
}

// Chooses windows among the hits (sorted by start) of one text.
class WindowChooser {
 public:
  WindowChooser(std::string_view text, const std::vector<QueryHit>& hits, TextBoundaries& b,
                int max_tokens)
      : text_(text), hits_(hits), b_(b), n_(std::max(1, max_tokens)) {
    std::uint32_t terms = 0;
    for (const QueryHit& h : hits) terms = std::max(terms, h.term + 1);
    covered_.assign(terms, false);
    seen_.assign(terms, false);
  }

  // The best window whose hits and words lie in [lo, hi), among the hits starting there.
  std::optional<Window> best(std::size_t lo, std::size_t hi) {
    std::optional<Window> best;
    std::size_t last_word = static_cast<std::size_t>(-1);
    for (const QueryHit& h : starting_in(lo, hi)) {
      const std::optional<TextSpan> word = b_.word_at_or_after(h.start_byte);
      if (!word || word->begin < lo || word->end > hi || word->begin == last_word) continue;
      last_word = word->begin;
      for (const std::optional<Window>& w : {centred(word->begin, lo, hi),
                                             sentence_window(word->begin, lo, hi)}) {
        if (w && w->score > 0 && (!best || w->score > best->score)) best = w;
      }
    }
    return best;
  }

  // The window snapped to sentences (see snippet.h), with its final score.
  Window snap(Window w, std::size_t lo, std::size_t hi) {
    const int quarter = std::max(1, n_ / 4);
    std::vector<TextSpan> words;
    w.end = walk_forward(w.begin, n_, hi, &words);
    const std::optional<ByteSpan> marked = hit_extent(w);
    if (marked && !starts_sentence(w.begin)) {
      const std::optional<TextSpan> first = b_.word_at_or_after(marked->begin);
      if (first) {
        const std::optional<std::size_t> s = b_.sentence_start(first->begin, w.begin);
        for (int i = 1; s && i <= quarter && i < static_cast<int>(words.size()); ++i) {
          if (words[i].begin == *s) {
            w.begin = *s;
            w.end = walk_forward(w.begin, n_, hi, &words);
            break;
          }
        }
      }
    }
    const std::optional<ByteSpan> last = hit_extent(w);
    if (b_.next_word(w.end) && words.size() > 1) {
      const int count = static_cast<int>(words.size());
      for (int i = count - 1; i >= std::max(1, count - quarter); --i) {
        if (last && words[i].begin < last->end) break;
        if (b_.starts_sentence(words[i].begin)) {
          w.end = words[i - 1].end;
          break;
        }
      }
    }
    w.score = score(w);
    return w;
  }

  // The first max_tokens words of [lo, hi).
  std::optional<Window> opening(std::size_t lo, std::size_t hi) {
    const std::optional<TextSpan> first = b_.next_word(lo);
    if (!first || first->end > hi) return std::nullopt;
    Window w{first->begin, walk_forward(first->begin, n_, hi), 0};
    return w;
  }

  void cover(const Window& w) {
    for (const QueryHit& h : starting_in(w.begin, w.end)) covered_[h.term] = true;
  }

 private:
  struct HitRange {
    std::vector<QueryHit>::const_iterator first, last;
    std::vector<QueryHit>::const_iterator begin() const { return first; }
    std::vector<QueryHit>::const_iterator end() const { return last; }
  };
  // The hits that start in [begin, end) (hits_ is sorted by start).
  HitRange starting_in(std::size_t begin, std::size_t end) const {
    auto by_start = [](const QueryHit& h, std::size_t pos) { return h.start_byte < pos; };
    const auto first = std::lower_bound(hits_.begin(), hits_.end(), begin, by_start);
    return {first, std::lower_bound(first, hits_.end(), std::max(begin, end), by_start)};
  }

  // The end of the last of up to n words from `begin` (a word's begin) that end by hi.
  std::size_t walk_forward(std::size_t begin, int n, std::size_t hi,
                           std::vector<TextSpan>* words = nullptr, int* count = nullptr) {
    if (words) words->clear();
    std::size_t pos = begin, end = begin;
    int k = 0;
    while (k < n) {
      const std::optional<TextSpan> w = b_.next_word(pos);
      if (!w || w->end > hi) break;
      if (words) words->push_back(*w);
      end = pos = w->end;
      ++k;
    }
    if (count) *count = k;
    return end;
  }

  // The begin of the word up to n words before `begin`, not before lo.
  std::size_t walk_back(std::size_t begin, int n, std::size_t lo, int* count) {
    std::size_t pos = begin;
    int k = 0;
    while (k < n) {
      const std::optional<TextSpan> w = b_.previous_word(pos);
      if (!w || w->begin < lo) break;
      pos = w->begin;
      ++k;
    }
    *count = k;
    return pos;
  }

  // (a) max_tokens words centred on the hits from the word at `start`.
  std::optional<Window> centred(std::size_t start, std::size_t lo, std::size_t hi) {
    std::vector<TextSpan> words;
    const std::size_t end = walk_forward(start, n_, hi, &words);
    std::size_t last_end = start;
    for (const QueryHit& h : starting_in(start, end)) last_end = std::max(last_end, h.end_byte);
    int span = 0;
    while (span < static_cast<int>(words.size()) && words[span].begin < last_end) ++span;
    int back = 0, ahead = 0;
    std::size_t begin = walk_back(start, std::max(0, (n_ - span) / 2), lo, &back);
    Window w{begin, walk_forward(begin, n_, hi, nullptr, &ahead), 0};
    if (ahead < n_) {  // the text (or the gap) ends first: slide back
      int more = 0;
      w.begin = walk_back(w.begin, n_ - ahead, lo, &more);
    }
    w.score = score(w);
    return w;
  }

  // (b) max_tokens words from the start of the sentence holding the word at `start`.
  std::optional<Window> sentence_window(std::size_t start, std::size_t lo, std::size_t hi) {
    int back = 0;
    const std::size_t floor = walk_back(start, n_ - 1, lo, &back);
    const std::optional<std::size_t> s = b_.sentence_start(start, floor);
    if (!s) return std::nullopt;
    Window w{*s, walk_forward(*s, n_, hi), 0};
    w.score = score(w);
    return w;
  }

  bool starts_sentence(std::size_t begin) { return b_.starts_sentence(begin); }

  std::int64_t score(const Window& w) {
    std::int64_t score = 0;
    std::fill(seen_.begin(), seen_.end(), false);
    for (const QueryHit& h : starting_in(w.begin, w.end)) {
      score += (covered_[h.term] || seen_[h.term]) ? kRepeat : kDistinctTerm;
      seen_[h.term] = true;
    }
    if (score > 0 && starts_sentence(w.begin)) {
      score += b_.previous_word(w.begin) ? kSentenceStart : kTextStart;
    }
    return score;
  }

  // From the first hit's start to the last hit's end, among the hits starting in w.
  std::optional<ByteSpan> hit_extent(const Window& w) const {
    std::optional<ByteSpan> out;
    for (const QueryHit& h : starting_in(w.begin, w.end)) {
      if (!out) out = ByteSpan{h.start_byte, h.end_byte};
      out->end = std::max(out->end, std::min(h.end_byte, w.end));
    }
    return out;
  }

  std::string_view text_;
  const std::vector<QueryHit>& hits_;
  TextBoundaries& b_;
  int n_;
  std::vector<bool> covered_, seen_;
};

SnippetFragment render(std::string_view text, const std::vector<QueryHit>& hits,
                       TextBoundaries& b, const SnippetOptions& o, const Window& w,
                       std::size_t lo, std::size_t hi) {
  SnippetFragment f;
  f.start_byte = b.widen_begin(w.begin, lo);
  f.end_byte = b.widen_end(w.end, hi);
  f.score = w.score;
  if (b.previous_word(f.start_byte)) f.text.append(o.ellipsis);
  append_marked(f.text, text, hits, f.start_byte, f.end_byte, o.open, o.close);
  if (b.next_word(f.end_byte)) f.text.append(o.ellipsis);
  return f;
}

std::vector<QueryHit> sorted(const std::vector<QueryHit>& hits) {
  std::vector<QueryHit> out = hits;
  std::sort(out.begin(), out.end(), [](const QueryHit& a, const QueryHit& b) {
    return a.start_byte != b.start_byte ? a.start_byte < b.start_byte : a.end_byte < b.end_byte;
  });
  return out;
}

void set_chars(std::string_view text, std::vector<SnippetFragment>& fragments) {
  ByteToChar to_char(text);
  for (SnippetFragment& f : fragments) {
    f.start_char = to_char(f.start_byte);
    f.end_char = to_char(f.end_byte);
  }
}

}  // namespace

std::vector<SnippetFragment> snippet_fragments(std::string_view text,
                                               const std::vector<QueryHit>& hits,
                                               TextBoundaries& boundaries,
                                               const SnippetOptions& options, int max_fragments) {
  boundaries.set_text(text);
  const std::vector<QueryHit> ordered = sorted(hits);
  WindowChooser chooser(text, ordered, boundaries, options.max_tokens);
  std::vector<SnippetFragment> out;
  std::vector<ByteSpan> taken;  // fragments chosen so far, sorted
  for (int k = 0; k < std::max(1, max_fragments); ++k) {
    // The best window in each gap between the fragments taken.
    std::optional<Window> best;
    std::size_t best_lo = 0, best_hi = text.size();
    for (std::size_t gap = 0; gap <= taken.size(); ++gap) {
      const std::size_t lo = gap == 0 ? 0 : taken[gap - 1].end;
      const std::size_t hi = gap == taken.size() ? text.size() : taken[gap].begin;
      if (lo >= hi) continue;
      const std::optional<Window> w = chooser.best(lo, hi);
      if (w && (!best || w->score > best->score)) {
        best = w;
        best_lo = lo;
        best_hi = hi;
      }
    }
    if (!best) break;
    const Window w = chooser.snap(*best, best_lo, best_hi);
    chooser.cover(w);
    out.push_back(render(text, ordered, boundaries, options, w, best_lo, best_hi));
    const ByteSpan span{out.back().start_byte, out.back().end_byte};
    taken.insert(std::upper_bound(taken.begin(), taken.end(), span,
                                  [](const ByteSpan& a, const ByteSpan& b) {
                                    return a.begin < b.begin;
                                  }),
                 span);
  }
  if (out.empty()) {
    if (const std::optional<Window> w = chooser.opening(0, text.size())) {
      out.push_back(render(text, ordered, boundaries, options, *w, 0, text.size()));
    }
  }
  std::sort(out.begin(), out.end(), [](const SnippetFragment& a, const SnippetFragment& b) {
    return a.start_byte < b.start_byte;
  });
  set_chars(text, out);
  return out;
}

SnippetFragment best_snippet(std::string_view text, const std::vector<QueryHit>& hits,
                             TextBoundaries& boundaries, const SnippetOptions& options) {
  std::vector<SnippetFragment> one = snippet_fragments(text, hits, boundaries, options, 1);
  if (one.empty()) return {};
  return std::move(one.front());
}

std::string highlight(std::string_view text, const std::vector<QueryHit>& hits,
                      std::string_view open, std::string_view close) {
  std::string out;
  out.reserve(text.size() + hits.size() * (open.size() + close.size()));
  append_marked(out, text, sorted(hits), 0, text.size(), open, close);
  return out;
}

}  // namespace transcript
