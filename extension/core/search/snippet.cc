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
  std::size_t first = 0, last = 0;  // words of the chooser's table, last exclusive
  std::size_t begin = 0, end = 0;   // first word's begin, last word's end
  std::int64_t score = -1;
  bool cut_before = false, cut_after = false;  // words lie beyond the edge
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
//
// The words around the hits are read once into a table, cluster by cluster (max_tokens + 1
// words on each side of each hit, neighbours merged), with a sentence-start flag per word
// from one forward walk of the sentence iterator over the cluster; every candidate window is
// then index arithmetic on that table. ICU iterators are fastest walking forward, so a
// cluster's opening is found by jumping back a few hundred bytes and walking forward.
class WindowChooser {
 public:
  WindowChooser(std::string_view text, const std::vector<QueryHit>& hits, TextBoundaries& b,
                int max_tokens)
      : text_(text), hits_(hits), b_(b), n_(std::max(1, max_tokens)) {
    std::uint32_t terms = 0;
    for (const QueryHit& h : hits) terms = std::max(terms, h.term + 1);
    covered_.assign(terms, false);
    seen_.assign(terms, false);
    build();
  }

  // The best window whose words lie in [lo, hi), among the hits starting there.
  std::optional<Window> best(std::size_t lo, std::size_t hi) {
    std::optional<Window> best;
    std::size_t last_word = kNone;
    const HitRange range = starting_in(lo, hi);
    for (auto it = range.first; it != range.last; ++it) {
      const std::size_t k = hit_word_[static_cast<std::size_t>(it - hits_.begin())];
      if (k == kNone || k == last_word || words_[k].begin < lo || words_[k].end > hi) continue;
      last_word = k;
      const Limits l = limits(k, lo, hi);
      for (const std::optional<Window>& w : {centred(k, l), sentence_window(k, l)}) {
        if (w && w->score > 0 && (!best || w->score > best->score)) best = w;
      }
    }
    return best;
  }

  // The window snapped to sentences (see snippet.h), with its final score.
  Window snap(Window w, std::size_t lo, std::size_t hi) {
    const Limits l = limits(w.first, lo, hi);
    const std::size_t quarter = static_cast<std::size_t>(std::max(1, n_ / 4));
    std::size_t first = w.first, last = w.last;
    const HitRange in = starting_in(words_[first].begin, words_[last - 1].end);
    if (in.first != in.last && !words_[first].sentence) {
      const std::size_t hit_word = word_index(in.first->start_byte);
      const std::size_t top = std::min({first + quarter, last - 1, hit_word});
      for (std::size_t i = top; i > first; --i) {
        if (words_[i].sentence) {
          first = i;
          last = std::min(first + static_cast<std::size_t>(n_), l.hi);
          break;
        }
      }
    }
    std::size_t hit_end = 0;
    for (const QueryHit& h : starting_in(words_[first].begin, words_[last - 1].end)) {
      hit_end = std::max(hit_end, h.end_byte);
    }
    if (last < clusters_[l.cluster].last || !clusters_[l.cluster].ends_text) {
      const std::size_t bottom = last > first + quarter ? last - quarter : first + 1;
      for (std::size_t i = last - 1; i >= bottom && i > first; --i) {
        if (words_[i].begin < hit_end) break;
        if (words_[i].sentence) {
          last = i;
          break;
        }
      }
    }
    return window(first, last, l);
  }

  // The first max_tokens words of the text.
  std::optional<Window> opening() {
    const std::optional<TextSpan> first = b_.next_word(0);
    if (!first) return std::nullopt;
    Window w;
    w.begin = first->begin;
    w.end = first->end;
    for (int k = 1; k < n_; ++k) {
      const std::optional<TextSpan> next = b_.next_word(w.end);
      if (!next) break;
      w.end = next->end;
    }
    w.score = 0;
    w.cut_after = b_.next_word(w.end).has_value();
    return w;
  }

  void cover(const Window& w) {
    for (const QueryHit& h : starting_in(w.begin, w.end)) covered_[h.term] = true;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  struct Word {
    std::size_t begin, end;
    bool sentence = false;  // starts a sentence (abbreviations guarded)
  };
  struct Cluster {
    std::size_t first = 0, last = 0;  // words_[first, last)
    bool starts_text = false;         // words_[first] is the text's first word
    bool ends_text = false;           // words_[last - 1] is the text's last word
  };
  // The words a window around word k may use: [lo, hi) of words_, within k's cluster and
  // the byte region.
  struct Limits {
    std::size_t lo, hi, cluster;
  };
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

  // The index of the word holding byte pos, or of the next word (pos inside the table).
  std::size_t word_index(std::size_t pos) const {
    auto it = std::upper_bound(words_.begin(), words_.end(), pos,
                               [](std::size_t p, const Word& w) { return p < w.end; });
    return static_cast<std::size_t>(it - words_.begin());
  }

  void extend(Cluster& c, std::size_t until) {
    while (c.last < until && !c.ends_text) {
      const std::optional<TextSpan> w = b_.next_word(words_.back().end);
      if (!w) {
        c.ends_text = true;
        break;
      }
      words_.push_back({w->begin, w->end});
      ++c.last;
    }
  }

  void build() {
    const std::size_t n = static_cast<std::size_t>(n_);
    hit_word_.assign(hits_.size(), kNone);
    for (std::size_t j = 0; j < hits_.size(); ++j) {
      const QueryHit& h = hits_[j];
      if (!clusters_.empty() && h.start_byte < words_.back().end) {
        const std::size_t k = word_index(h.start_byte);
        if (k < words_.size() && k >= clusters_.back().first) {
          hit_word_[j] = k;
          extend(clusters_.back(), k + n + 1);
        }
        continue;
      }
      const std::optional<TextSpan> anchor = b_.word_at_or_after(h.start_byte);
      if (!anchor) continue;
      const std::size_t floor = clusters_.empty() ? 0 : words_.back().end;
      // A new cluster: the n words before the anchor, found by jumping back and walking
      // forward, then the anchor and n + 1 words after it.
      std::vector<TextSpan> before;
      std::size_t jump = n * 12;  // bytes: enough for n words of English, often of Russian
      std::size_t from = 0;
      for (;;) {
        from = anchor->begin > floor + jump ? b_.word_boundary_at_or_before(anchor->begin - jump)
                                            : floor;
        from = std::max(from, floor);
        before.clear();
        for (std::size_t pos = from;;) {
          const std::optional<TextSpan> w = b_.next_word(pos);
          if (!w || w->begin >= anchor->begin) break;
          before.push_back(*w);
          pos = w->end;
        }
        if (before.size() >= n || from == floor) break;
        jump *= 4;
      }
      if (!clusters_.empty() && from == floor) {
        // Fewer than n words since the last cluster: it grows up to the anchor.
        Cluster& c = clusters_.back();
        for (const TextSpan& w : before) words_.push_back({w.begin, w.end});
        words_.push_back({anchor->begin, anchor->end});
        c.last = words_.size();
        hit_word_[j] = c.last - 1;
        extend(c, c.last + n + 1);
        continue;
      }
      Cluster c;
      c.first = words_.size();
      const std::size_t keep = std::min(before.size(), n);
      c.starts_text = from == 0 && before.size() <= n;
      for (std::size_t i = before.size() - keep; i < before.size(); ++i) {
        words_.push_back({before[i].begin, before[i].end});
      }
      words_.push_back({anchor->begin, anchor->end});
      c.last = words_.size();
      hit_word_[j] = c.last - 1;
      clusters_.push_back(c);
      extend(clusters_.back(), c.last + n + 1);
    }
    for (const Cluster& c : clusters_) mark_sentences(c);
  }

  // Sets the sentence flags of a cluster's words in one forward walk of sentence boundaries.
  void mark_sentences(const Cluster& c) {
    const std::size_t begin = words_[c.first].begin, end = words_[c.last - 1].end;
    std::size_t s = b_.sentence_boundary_at_or_before(begin);
    if (c.starts_text) {
      words_[c.first].sentence = true;
    } else if (const std::optional<TextSpan> prev = b_.previous_word(begin)) {
      words_[c.first].sentence = prev->end <= s && !b_.abbreviation_before(s, *prev);
    } else {
      words_[c.first].sentence = true;
    }
    std::size_t i = c.first;
    for (;;) {
      s = b_.sentence_boundary_after(s);
      if (s >= end) break;
      while (i < c.last && words_[i].begin < s) ++i;
      if (i == c.last) break;
      if (i > c.first) {
        const TextSpan prev{words_[i - 1].begin, words_[i - 1].end};
        words_[i].sentence = !b_.abbreviation_before(s, prev);
      }
    }
  }

  Limits limits(std::size_t k, std::size_t lo, std::size_t hi) const {
    const std::size_t c = static_cast<std::size_t>(
        std::upper_bound(clusters_.begin(), clusters_.end(), k,
                         [](std::size_t i, const Cluster& x) { return i < x.last; }) -
        clusters_.begin());
    Limits l{k, k + 1, c};
    while (l.lo > clusters_[c].first && words_[l.lo - 1].begin >= lo) --l.lo;
    while (l.hi < clusters_[c].last && words_[l.hi].end <= hi) ++l.hi;
    return l;
  }

  Window window(std::size_t first, std::size_t last, const Limits& l) {
    Window w;
    w.first = first;
    w.last = last;
    w.begin = words_[first].begin;
    w.end = words_[last - 1].end;
    const Cluster& c = clusters_[l.cluster];
    w.cut_before = first > c.first || !c.starts_text;
    w.cut_after = last < c.last || !c.ends_text;
    w.score = score(w, first == c.first && c.starts_text);
    return w;
  }

  // (a) max_tokens words centred on the hits from word k.
  std::optional<Window> centred(std::size_t k, const Limits& l) {
    const std::size_t n = static_cast<std::size_t>(n_);
    const std::size_t end = std::min(k + n, l.hi);
    std::size_t last_end = words_[k].begin;
    for (const QueryHit& h : starting_in(words_[k].begin, words_[end - 1].end)) {
      last_end = std::max(last_end, h.end_byte);
    }
    std::size_t span = 0;
    while (k + span < end && words_[k + span].begin < last_end) ++span;
    const std::size_t back = std::min(span < n ? (n - span) / 2 : 0, k - l.lo);
    std::size_t first = k - back;
    const std::size_t last = std::min(first + n, l.hi);
    if (last - first < n) first = last > l.lo + n ? last - n : l.lo;  // slide back
    return window(first, last, l);
  }

  // (b) max_tokens words from the start of the sentence holding word k.
  std::optional<Window> sentence_window(std::size_t k, const Limits& l) {
    const std::size_t n = static_cast<std::size_t>(n_);
    const std::size_t floor = k >= l.lo + n - 1 ? k - (n - 1) : l.lo;
    for (std::size_t i = k + 1; i-- > floor;) {
      if (words_[i].sentence) return window(i, std::min(i + n, l.hi), l);
    }
    return std::nullopt;
  }

  std::int64_t score(const Window& w, bool starts_text) {
    std::int64_t score = 0;
    std::fill(seen_.begin(), seen_.end(), false);
    for (const QueryHit& h : starting_in(w.begin, w.end)) {
      score += (covered_[h.term] || seen_[h.term]) ? kRepeat : kDistinctTerm;
      seen_[h.term] = true;
    }
    if (score > 0 && words_[w.first].sentence) score += starts_text ? kTextStart : kSentenceStart;
    return score;
  }

  std::string_view text_;
  const std::vector<QueryHit>& hits_;
  TextBoundaries& b_;
  int n_;
  std::vector<bool> covered_, seen_;
  std::vector<Word> words_;
  std::vector<Cluster> clusters_;
  std::vector<std::size_t> hit_word_;  // per hit, its word in words_ (kNone: none)
};

SnippetFragment render(std::string_view text, const std::vector<QueryHit>& hits,
                       TextBoundaries& b, const SnippetOptions& o, const Window& w,
                       std::size_t lo, std::size_t hi) {
  SnippetFragment f;
  f.start_byte = b.widen_begin(w.begin, lo);
  f.end_byte = b.widen_end(w.end, hi);
  f.score = w.score;
  if (w.cut_before) f.text.append(o.ellipsis);
  append_marked(f.text, text, hits, f.start_byte, f.end_byte, o.open, o.close);
  if (w.cut_after) f.text.append(o.ellipsis);
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
    if (const std::optional<Window> w = chooser.opening()) {
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
