// A page as the directory parser reads it: its non-blank lines, with the markup that
// pages carry around contact fields taken off and the page's own structure kept as
// evidence.
//
// Each line is trimmed, and then:
//   - Markdown: a heading's "#"s are removed and give its level; a list marker ("* ",
//     "- ", "+ ", "•" …) is removed; an image ("![alt](src)") is dropped; a link
//     ("[text](url)") becomes its text and its target is kept in links; emphasis ("**",
//     "*" around words) is removed, and a line that was bold as a whole is a heading of
//     level 7; a backslash before ASCII punctuation ("f\_nato@…", "1\.") is dropped.
//   - Characters: NO-BREAK SPACE and the narrow and figure spaces become spaces, and the
//     full-width colon ("电话：") a colon. Nothing else changes, so values keep their form
//     as printed.
//   - Text extracted from a two-column PDF ("pdftotext -layout"): when at least three lines
//     break into two parts at the same column after a run of three or more spaces, and
//     other lines start at that column, the page has two columns. Each group of rows
//     (between blank lines and centred headings) is then read as its left column, then its
//     right one; a line of a column that ends with a joining word ("and", "of", "in", "и"
//     …) or is followed by one that starts in lower case is joined with the next one
//     ("Ambassador Extraordinary and" / "Plenipotentiary"). A short line indented well
//     past the left margin but not at the column is a centred heading (level 8); a line
//     that is only a page number ("Page 3") is dropped.
// A line keeps the number of the page line it starts on.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

struct PageLine {
  std::string_view text;                // trimmed, markup removed; never empty
  std::size_t number = 0;               // 1-based line of the page
  int heading = 0;                      // 1–6 Markdown level, 7 bold line, 8 centred, 0 none
  bool blank_before = false;            // a blank line (or the page's start) precedes it
  std::vector<std::string_view> links;  // link targets on the line, in order
};

class PageLines {
 public:
  explicit PageLines(std::string_view page);
  const std::vector<PageLine>& lines() const { return lines_; }

 private:
  std::vector<PageLine> lines_;
  std::deque<std::string> arena_;  // texts that markup removal changed (stable addresses)
};

// The line's text with the markup rules above applied (heading level, links and the
// bold-line flag written to the out-parameters). Exposed for tests.
std::string strip_markup(std::string_view line, int* heading, std::vector<std::string>* links);

}  // namespace transcript
