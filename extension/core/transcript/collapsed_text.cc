#include "core/transcript/collapsed_text.h"

#include <algorithm>

#include "core/transcript/page_metadata.h"
#include "core/transcript/scan.h"
#include "core/transcript/speaker_label.h"
#include "core/transcript/transcript_end.h"

namespace transcript {
namespace {

// The character before byte `at` (skipping white space) ends a sentence or a bracket.
bool after_sentence_end(std::string_view line, std::size_t at) {
  std::size_t i = at;
  while (i > 0) {
    std::size_t b = i - 1;
    while (b > 0 && (static_cast<unsigned char>(line[b]) & 0xC0) == 0x80) --b;
    if (scan::space_at(line, b) == 0) {
      const std::string_view c = line.substr(b, i - b);
      return c == "." || c == "!" || c == "?" || c == ")" || c == "]" || c == ">" || c == "\"" ||
             c == "\u2026" || c == "\u00BB" || c == "\u201D" || c == ";";
    }
    i = b;
  }
  return false;
}

bool upper_at(std::string_view line, std::size_t at) {
  if (at >= line.size()) return false;
  std::size_t len;
  return scan::is_upper(scan::peek(line, at, len));
}

// "В.Путин", "С.В.Лавров": a capital, a period and a capital.
bool initials_at(std::string_view line, std::size_t at) {
  std::size_t len1, len2;
  if (!upper_at(line, at)) return false;
  scan::peek(line, at, len1);
  if (at + len1 + 1 >= line.size() || line[at + len1] != '.') return false;
  scan::peek(line, at + len1 + 1, len2);
  return upper_at(line, at + len1 + 1);
}

// End of the word starting at `at`.
std::size_t word_end(std::string_view line, std::size_t at) {
  while (at < line.size() && scan::space_at(line, at) == 0) ++at;
  return at;
}

bool strong_label(const std::optional<SpeakerLabel>& l) { return l && !l->weak && !l->bare_q_a; }

}  // namespace

std::vector<std::size_t> collapsed_cuts(std::string_view line, bool whole_page) {
  std::vector<std::size_t> cuts;
  if (line.size() < kCollapsedLineBytes) return cuts;
  int labels = 0;
  bool header = true;  // before the first label
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t space = scan::space_at(line, i);
    if (space == 0) {
      ++i;
      continue;
    }
    const std::size_t j = scan::skip_spaces(line, i);
    i = j;
    if (j >= line.size()) break;
    const bool sentence = after_sentence_end(line, j);
    // A separator ("* * *", "***") stands on a line of its own.
    if (line[j] == '*') {
      std::size_t e = j;
      while (e < line.size() && (line[e] == '*' || line[e] == ' ')) ++e;
      if (e - j >= 3) {
        cuts.push_back(j);
        if (e < line.size()) cuts.push_back(e);
        i = e;
        continue;
      }
    }
    // A speaker label.
    if ((sentence && upper_at(line, j)) || initials_at(line, j)) {
      const std::string_view rest = line.substr(j, initials_at(line, j) ? 600 : kMaxLabelBytes + 8);
      if (rest.find(':') != std::string_view::npos) {
        const auto label = match_speaker_label(line.substr(j, std::min<std::size_t>(line.size() - j, 4096)));
        if (strong_label(label)) {
          cuts.push_back(j);
          ++labels;
          header = false;
          i = j + label->text_begin;
          continue;
        }
      }
    }
    // A footer heading of one to three words, followed by a capitalised word.
    if (sentence && upper_at(line, j)) {
      std::size_t e = j;
      for (int words = 1; words <= 3; ++words) {
        e = word_end(line, e);
        const std::size_t next = scan::skip_spaces(line, e);
        const std::string_view phrase = line.substr(j, e - j);
        if ((is_end_marker(phrase) || is_aside_heading(phrase)) && (next >= line.size() || upper_at(line, next))) {
          cuts.push_back(j);
          if (next < line.size()) cuts.push_back(next);
          i = next;
          break;
        }
        e = next;
        if (e >= line.size()) break;
      }
      if (!cuts.empty() && cuts.back() > j) continue;
    }
    // The header's date and time: "… Руденей. 4 февраля 2025 года 13:30 Москва, Кремль".
    if (header && (sentence || cuts.empty())) {
      const auto d = find_date(line.substr(j, 60));
      if (d && d->begin == 0) {
        cuts.push_back(j);
        std::size_t after = j + d->end;
        const std::size_t t = scan::skip_spaces(line, after);
        if (const auto tm = find_time(line.substr(t, 12)); tm && tm->begin == 0) after = t + tm->end;
        after = scan::skip_spaces(line, after);
        if (after < line.size()) cuts.push_back(after);
        header = false;
        i = after;
        continue;
      }
    }
  }
  if (labels < 2 && !whole_page) return {};
  cuts.erase(std::remove(cuts.begin(), cuts.end(), std::size_t{0}), cuts.end());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

}  // namespace transcript
