// parse_transcript(): one page of text -> metadata and ordered speaker turns.
//
// The page is read once into lines (split_lines: LF, CRLF or CR, a BOM skipped); every later
// step walks that vector. Rules, in the order they are applied:
//
// Input
//   - The page must be valid UTF-8 (require_utf8 throws "invalid UTF-8 at byte N"). NUL
//     bytes are white space: they trim like spaces and become spaces in turn text. Blank
//     text gives no turns.
//   - Offsets (start_char, end_char) are code points into the page exactly as given, BOM
//     and CRs included; line numbers are 1-based and count LF, CRLF and CR alike.
//
// Structure
//   - A page whose line breaks were lost (one long line holding the labels) is cut into the
//     lines it would have had first (collapsed_text.h).
//   - PageHints from the markup (page_input.h): the spans of HTML asides (see-also boxes,
//     captions, galleries) are chrome, and <blockquote> spans are candidates for pull
//     quotes: a quote-shaped paragraph whose words occur elsewhere on the page is chrome.
//   - A paragraph is a block of non-blank lines. A line inside a block that opens with a
//     speaker label (other than a weak one, see below) also starts a new paragraph, for
//     pages that put turns on consecutive lines.
//   - Front matter (a first line `---` up to the next `---`) is chrome; its `title:` and
//     `date:` feed the metadata. A title hint from the markup (an HTML page's first <h1>)
//     picks the header line equal to it as the title. A title the page's wrapper gives
//     (PageHints::given_title: a JSON content item's "title") is the title: only a line
//     equal to it before the first label is the title line, no other line is taken for one.
//   - The title is the first line before any label (a weak label is not a title either)
//     that holds a date and at least five words (`…, Moscow, September 1, 2020`) and is no
//     lead's sentence (twelve words or more ending with `.`, `!` or `?`). Failing
//     that, among the lines of at least three words that do not end like a sentence or
//     salutation (`.`, `,`, `:`, `;`, `!`) and are not navigation (skip links, cookie
//     banners: page_chrome.h), the one a date line follows within six lines scores 2, one
//     that ends a breadcrumb above it or that the page repeats scores 1 (and one right under
//     a dated field, `Signed on : 25/11/2020`, scores 2 as well); the best wins, the
//     longest among equals, the first when none scores. Lone time and date lines and
//     furniture are never titles. Everything above the title (menus, language links,
//     breadcrumbs), also inside the title's block, is chrome, and so is the title itself
//     (Markdown `#` marks are not part of it).
//   - The header runs on to the last lone date or time line (`12 мая 2021 года`, `13:00`,
//     `2:19 p.m. EDT`) before the first label: a lead paragraph above it is not speech.
//   - Chrome lines (page_chrome.h) are never text: separators, `<…>`, lone times and dates,
//     furniture (`Publication date: …`). Between the title and the first turn, navigation
//     (bullets, breadcrumbs, language names, short unpunctuated lines) is chrome too.
//   - The transcript ends at the first end marker (transcript_end.h) after some speech (a
//     labelled line, or a line that is not header chrome: menu items, document numbers and
//     share buttons between the title and the text are not speech) that no speech follows:
//     a "See also" heading with a link and a date between two turns is an aside, skipped;
//     closing lines (`END 5:45 P.M. EDT`, `(The briefing was concluded at 3:12 p.m.)`) end
//     it, and so does the markup's footer (PageHints::footers: <footer>, role=contentinfo).
//     Transcript::end_byte is the offset of that line. An end marker before any speech is
//     chrome.
//
// Labels (speaker_label.h decides by shape; here the page decides)
//   - A line that prints a field opens no turn, though it has a label's shape (a person or
//     office label, not a role): a label whose value is only a date (`Signed on :
//     25/11/2020`, `Deadline: December 1, 2018`), and three or more lines in a row, each a
//     different label with a value of at most eight words that ends no sentence (a fact box:
//     `Capital City : Yaounde` / `Area : 475 442 km2` / `Currency : Franc CFA BEAC (XAF)`),
//     or an office each with its holder's name (a lineup, blank lines between allowed:
//     `Minister of Defence: Sergei Shoigu.`). The lines stay text.
//   - A short line wholly in bold or italics without a colon that would be a label with one
//     (`<p><strong>Sergey Lavrov</strong></p>`, `**Question**`), with longer text on the
//     next line, is a label whose speech starts there; so is the first cell of a table row
//     before the speech in the next cell; on a page with no label of its own and when one
//     such label comes back.
//   - A paragraph that is only the heading of a part of the event (`Questions and
//     Answers`, `Opening Remarks`: page_chrome.h) belongs to no turn.
//   - A weak label (one unknown capitalised word: `Lavrov:`) counts when the same label
//     opens at least two paragraphs, or when the page has at least two other labels; never
//     when its text opens with a quotation mark (`Germany: “…”` cites a source).
//   - A bare `A` (no colon) counts only when the page also has question labels.
//   - A question label (`Question:`, `Вопрос:`, `Q`) counts only when some other label
//     follows it before the next question label or the end, i.e. someone answers: a
//     rhetorical `Вопрос: …?` inside a monologue is speech. Exception: a page whose only
//     labels are two or more question labels (an interview with unlabelled answers); the
//     page's last label, when the label before it is not a question and its text opens
//     with no lower-case letter (a closing `QUESTION: Thank you.` after an exchange; not
//     an address's `Question: at what expense? …`); and a question under a letter right before
//     another one, where the page answers that label at least twice (`Q …?` / `Q I can ask
//     you one --`).
//   - An answer label (`A:`, `Answer:`, `Ответ:`) counts only after a counted question.
//   - In such an interview with unlabelled answers, the paragraphs of a question up to the
//     first one that ends with `?` are the question; the paragraphs after it, up to the
//     next question, are an `answer` with no label, spoken by the principal speaker. A
//     question that never ends with `?` keeps its paragraphs.
//   - A page without labels of its own that sets two or more questions wholly in bold or
//     italics (HTML <b>/<strong>/<i>/<em>, Markdown `**…**`/`*…*`), each a run of such
//     paragraphs whose last ends with `?`, is such an interview: each run's first paragraph
//     opens a question, labelled nowhere (the turn's label is NULL).
//   - A page without labels of its own whose paragraphs open with dashes (`— …?` / `— …`),
//     two questions or more, at least 60% of the asking ones ending with `?` and at most a
//     third of the answering ones, is a dialogue: the dashed paragraphs take turns, the
//     first asking, with no label; a paragraph without a dash continues the turn before.
//   - A paragraph whose label does not count continues the current turn.
//
// Turns
//   - A paragraph with a label starts a turn; others continue the current one. Speech before
//     the first label (after the title and header chrome) is one `remarks` turn whose
//     speaker is the principal speaker (NULL when the title names none).
//   - label: as printed, without the colon, markup (`**`, `> `) and surrounding spaces; runs
//     of white space (no-break spaces included) become one space.
//   - speaker: the person named by the label, without annotations and leading titles (see
//     speaker_label.h); NULL for roles (`Question`, `Q`, `A`, `Moderator`, `Remark`), outlets
//     (`Reuters`, `RIA Novosti`) and offices (`The Prime Minister`) — a label that names no
//     person is not guessed into one.
//   - text: the turn without its label; paragraphs joined by "\n\n"; the lines of one
//     paragraph are trimmed and joined by "\n" after sentence-ending punctuation (a list or
//     paragraph break) and by a space otherwise (a wrapped line); `> ` quote marks at line
//     starts are dropped.
//   - paragraphs: paragraphs with text; words and lang: text_stats.h.
//   - start_char: the label's first character (the text's for remarks); end_char: after the
//     turn's last non-blank character; line: the line of start_char.
//
// Kinds (after all turns are known): turn_kinds.h. Each speaker's role on the page (asks,
// answers, chairs) is decided from the whole page, then every turn is typed by its
// speaker's role; the title's principal, its guests (after "with") and its hosts (after
// "by", not in an interview) never ask. A news lead in place of opening remarks, or a
// news item without speech (speech_evidence.h: no first- or second-person word, no
// salutation), and an editor's note ("The following is a near-verbatim transcript …") are
// no turns.
//
// Speakers (after all turns are known): speaker_names.h gives one spelling per person
// (labels, the title's principal and hosts, names next to a title in the header); an office
// label of the principal's office (`THE PRESIDENT` under "Remarks by President Trump")
// gives the principal; an office label no other label names gives the one person the page
// prints beside the office (`Stéphane Dujarric, Spokesman for …`, `Vice President Mike
// Pence`: person_beside_office()); speaker_title is the office or title the label gives,
// speaker_key person_name_key() of the speaker.
//
// Metadata
//   - title as above (or front matter), a date or place after " | " cut off, no-break
//     spaces printed as spaces; date: the first date in the title, then in the other header
//     lines (those before the first turn, and the twelve above the title however far down
//     it stands; a "Delivered on:" date first, a lead's sentence last; a range of days
//     gives its first), then in front matter, then the wrapper's
//     (PageHints::given_date); a slash date that
//     reads both ways is month first when the header writes a US time zone or the same
//     date with a month name (page_metadata.h); place: a venue block under the title (venue
//     lines ended by a time line or the first turn: "Élysée Palace" / "Paris, France"),
//     else the words after the last comma before that date (`…, Moscow, September 1,
//     2020`) or after it on a date line, else a place line right before or after that line
//     or a lone date line in the header (`Москва, Кремль`, `Washington, DC`), or a lone
//     name right under it (and a time line: `Сочи`), or a labelled header line
//     (`Location: London`, `Место проведения: Москва`), else the wrapper's
//     (PageHints::given_place); time: a lone time line in the header, else a time on the
//     date's line; speaker: principal_speaker() of the title, else the person the wrapper
//     names (byline_person() of PageHints::given_speaker: "The Rt Hon David Cameron MP"),
//     else the host (the person with the most labelled turns, at least two, no tie, never a
//     guest the title names or a journalist) when the title names nobody who speaks; lang:
//     text_stats.h's guess over all the turns' text (the title's when no turns), and a turn
//     whose own text is too short to tell takes the page's language when both are in the
//     same script; chars: code points in the whole page.
#include <algorithm>
#include <bitset>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/entities/common_words.h"
#include "core/entities/country_names.h"
#include "core/entities/name_key.h"
#include "core/entities/token_keys.h"
#include "core/text/char_refs.h"
#include "core/text/input_error.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"
#include "core/transcript/collapsed_text.h"
#include "core/transcript/office_phrase.h"
#include "core/transcript/page_chrome.h"
#include "core/transcript/page_metadata.h"
#include "core/transcript/russian_name_cases.h"
#include "core/transcript/scan.h"
#include "core/transcript/speaker_label.h"
#include "core/transcript/speaker_names.h"
#include "core/transcript/speech_evidence.h"
#include "core/transcript/turn_kinds.h"
#include "core/transcript/text_stats.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_end.h"
#include "core/transcript/word_forms.h"

namespace transcript {

const char* turn_kind_name(TurnKind kind) {
  switch (kind) {
    case TurnKind::remarks: return "remarks";
    case TurnKind::question: return "question";
    case TurnKind::answer: return "answer";
    case TurnKind::statement: return "statement";
  }
  return "statement";
}

namespace {

struct PageLine {
  std::string_view text;  // trimmed
  std::size_t begin = 0;  // page offset of text
  std::int64_t number = 0;
  bool chrome = false;
  bool field = false;  // prints a field in a label's shape: its label opens no turn
  bool footer = false;  // inside a footer of the markup (PageHints::footers)
  bool menu = false;    // inside a list of links of the markup (PageHints::link_lists); chrome too
};

struct Paragraph {
  std::size_t first = 0;  // line indices, inclusive
  std::size_t last = 0;
  std::optional<SpeakerLabel> label;
  bool counted = false;   // the label starts a turn
  bool quote = false;     // a pull quote (dropped)
};

struct Draft {
  std::optional<SpeakerLabel> label;  // nullopt for remarks and unlabelled answers
  bool unlabelled_answer = false;     // an interview's answer printed without a label
  std::string text;
  int paragraphs = 0;
  std::size_t start_byte = 0;
  std::size_t end_byte = 0;
  std::int64_t line = 0;
};

// A word in name case: a capital first and a lower-case letter after it ("Pence",
// "Stéphane"; not "PENCE", not "pence").
bool name_cased(std::string_view w) {
  std::size_t len = 0;
  if (w.empty() || !scan::is_upper(scan::peek(w, 0, len))) return false;
  for (std::size_t j = len; j < w.size(); j += len) {
    if (scan::is_lower(scan::peek(w, j, len))) return true;
  }
  return false;
}

// A word of a person's name printed beside an office: in name case, neither a title nor a
// courtesy title ("Mike" in "Vice President Mike Pence"; not "Secretary", not "Mr").
bool personal_name_word(std::string_view w) {
  if (!name_cased(w)) return false;
  const std::string folded = scan::fold_word(w);
  return !is_title_word(folded) && !is_courtesy_title(folded);
}

bool ends_sentence(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')') return true;
  return s.ends_with("\u2026") || s.ends_with("\u00BB") || s.ends_with("\u201D");
}

// Appends a line of speech, NUL bytes as spaces, character references (text pages saved
// from Markdown: "&ocirc;", "&#8217;") as their characters.
void append_text(std::string& out, std::string_view s) {
  const std::size_t from = out.size();
  if (may_hold_char_ref(s)) {
    out.append(decode_char_refs(s));
  } else {
    out.append(s);
  }
  if (s.find('\0') != std::string_view::npos) {
    std::replace(out.begin() + static_cast<long>(from), out.end(), '\0', ' ');
  }
}

// Removes Markdown quote marks at the start of a trimmed line.
std::string_view unquote(std::string_view t) {
  while (!t.empty() && t.front() == '>') t = trim(t.substr(1));
  return t;
}

// A title line without Markdown heading marks ("# Title").
std::string_view title_text(std::string_view t) {
  while (!t.empty() && t.front() == '#') t = trim(t.substr(1));
  return t;
}

// A Markdown line without the emphasis around it: "**Delivered on: 11 May 2023**".
std::string_view without_emphasis(std::string_view t) {
  for (std::string_view mark : {"**", "__", "*", "_"}) {
    if (t.size() > 2 * mark.size() && t.starts_with(mark) && t.ends_with(mark)) {
      return trim(t.substr(mark.size(), t.size() - 2 * mark.size()));
    }
  }
  return t;
}

// A short header line that opens with a time: "2:19 p.m. EDT", "13:00 MSK", and a zone of
// a few words in capitals or "local" ("6:26 P.M. Local ET", "10:05 a.m. local time").
bool starts_with_time(std::string_view t) {
  const auto tm = find_time(t);
  if (!tm || tm->begin != 0) return false;
  if (at_most_words(t, 3)) return true;
  const std::vector<std::string_view> zone = split_words(t.substr(tm->end));
  return zone.size() <= 3 && std::all_of(zone.begin(), zone.end(), [](std::string_view w) {
           const std::string f = scan::fold_word(w);
           return f == "local" || f == "time" || (w.size() <= 5 && scan::capital_letters(w) == w.size());
         });
}

bool is_question_role(const SpeakerLabel& l) { return l.role == LabelRole::question; }

// A label printed in capitals ("TRUMP", "PRESIDENT XI"): three letters or more, none lower
// case. A page that prints its labels so also prints a lone surname so.
bool all_caps(std::string_view label) { return scan::capital_letters(label) >= 3; }

class PageParser {
 public:
  PageParser(std::string_view page, const PageHints& hints)
      : page_(page), title_hint_(collapse_spaces(hints.title)), hints_(hints) {
    if (hints.given_title) {
      given_title_ = collapse_spaces(*hints.given_title);
      if (given_title_->empty()) given_title_.reset();
    }
  }

  Transcript run() {
    out_.end_byte = page_.size();
    out_.info.chars = static_cast<std::int64_t>(count_chars(page_));
    out_.info.lang = "und";
    read_lines();
    read_front_matter();
    mark_contents_list();
    build_paragraphs();
    find_title();
    find_end();
    mark_signed_place();
    mark_emphasised_questions();
    mark_dash_dialogue();
    count_labels();
    assemble();
    drop_lead();
    classify();
    fill_metadata();
    return std::move(out_);
  }

 private:
  void read_lines() {
    const std::vector<Line> lines = split_lines(page_);
    lines_.reserve(lines.size());
    for (const Line& l : lines) {
      const std::string_view t = trim(l.text);
      const std::size_t offset = t.empty() ? l.begin : l.begin + static_cast<std::size_t>(t.data() - l.text.data());
      const auto number = static_cast<std::int64_t>(l.number);
      // A page whose line breaks were lost (collapsed_text.h): its long line is cut into
      // the lines it would have had, with blank lines between them.
      const bool whole_page = t.size() * 5 >= page_.size() * 4;
      const std::vector<std::size_t> cuts =
          t.size() >= kCollapsedLineBytes || (whole_page && t.size() >= kShortCollapsedPageBytes)
              ? collapsed_cuts(t, whole_page)
              : std::vector<std::size_t>{};
      std::size_t from = 0;
      for (std::size_t c = 0; c <= cuts.size(); ++c) {
        const std::size_t to = c < cuts.size() ? cuts[c] : t.size();
        const std::string_view piece = trim(t.substr(from, to - from));
        if (!piece.empty()) {
          if (from > 0) lines_.push_back({std::string_view(), offset + from, number, false});
          lines_.push_back({piece, offset + static_cast<std::size_t>(piece.data() - t.data()), number,
                            piece.find('\t') != std::string_view::npos && is_index_row(piece)});
        }
        from = to;
      }
      if (t.empty()) lines_.push_back({t, offset, number, false});
    }
    // Lines of the markup's footers; lines the markup sets aside ("See also" boxes,
    // captions) are chrome: speech goes on after them.
    flag_lines_within(hints_.footers, &PageLine::footer);
    flag_lines_within(hints_.asides, &PageLine::chrome);
    flag_lines_within(hints_.link_lists, &PageLine::menu);
    for (PageLine& l : lines_) l.chrome |= l.menu;
  }

  // Sets `flag` on every line with text that lies wholly inside one of `spans` (sorted by
  // their start; they may nest).
  void flag_lines_within(const std::vector<std::pair<std::size_t, std::size_t>>& spans, bool PageLine::*flag) {
    std::size_t s = 0;
    for (PageLine& l : lines_) {
      if (l.text.empty()) continue;
      while (s < spans.size() && spans[s].second <= l.begin) ++s;
      for (std::size_t k = s; k < spans.size() && spans[k].first <= l.begin; ++k) {
        if (l.begin + l.text.size() <= spans[k].second) {
          l.*flag = true;
          break;
        }
      }
    }
  }

  void read_front_matter() {
    std::size_t i = 0;
    while (i < lines_.size() && lines_[i].text.empty()) ++i;
    if (i >= lines_.size() || lines_[i].text != "---") return;
    std::size_t close = i + 1;
    while (close < lines_.size() && close < i + 60 && lines_[close].text != "---") ++close;
    if (close >= lines_.size() || lines_[close].text != "---") return;
    for (std::size_t k = i; k <= close; ++k) {
      lines_[k].chrome = true;
      const std::string_view t = lines_[k].text;
      auto value = [&](std::string_view key) -> std::optional<std::string> {
        if (!t.starts_with(key)) return std::nullopt;
        std::string_view v = trim(t.substr(key.size()));
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
          v = v.substr(1, v.size() - 2);
        }
        if (v.empty()) return std::nullopt;
        return std::string(v);
      };
      if (auto v = value("title:")) front_title_ = v;
      if (auto v = value("date:")) front_date_ = v;
    }
    body_start_ = close + 1;
  }

  // A page's list of its own sections above them ("Table of contents" / "Sergey Lavrov's
  // schedule" / "The Kiev regime's crimes" / "Answers to media questions:", each a heading
  // further down): short lines in a row (blank lines between them or not), none ending a
  // sentence, all different, each printed again as a line of its own below the last of them;
  // three or more, or two under a contents heading. The list and its heading are chrome (the headings
  // below stay where they are): a list above the first paragraph was taken for the start of
  // the speech.
  void mark_contents_list() {
    // (Bytes: a heading of 150 Cyrillic characters is 300.)
    constexpr std::size_t kMaxItemBytes = 400;
    const auto item = [this](std::size_t i) {
      const std::string_view t = lines_[i].text;
      if (t.empty() || t.size() > kMaxItemBytes || lines_[i].chrome) return false;
      const char c = t.back();
      return c != '.' && c != '!' && c != '?' && c != ',' && c != ';' && !t.ends_with("\u2026") &&
             !t.ends_with("\u3002");
    };
    // A list stands near the top: its items among the first 200 lines, found again anywhere
    // below (only lines as long as one of them are looked up).
    constexpr std::size_t kTopLines = 200;
    std::unordered_map<std::string_view, std::size_t> last;  // an item's last line
    std::bitset<kMaxItemBytes + 1> lengths;
    const std::size_t top = std::min(lines_.size(), body_start_ + kTopLines);
    for (std::size_t i = body_start_; i < top; ++i) {
      if (!item(i)) continue;
      last[lines_[i].text] = i;
      lengths.set(lines_[i].text.size());
    }
    if (last.size() < 2) return;
    for (std::size_t i = top; i < lines_.size(); ++i) {
      const std::string_view t = lines_[i].text;
      if (t.size() > kMaxItemBytes || !lengths.test(t.size()) || !item(i)) continue;
      if (const auto it = last.find(t); it != last.end()) it->second = i;
    }
    // Each top line's last copy (0: no item); most pages repeat none and stop here.
    std::vector<std::size_t> last_copy(top - body_start_, 0);
    bool repeated = false;
    for (std::size_t i = body_start_; i < top; ++i) {
      if (!item(i)) continue;
      last_copy[i - body_start_] = last.find(lines_[i].text)->second;
      repeated |= last_copy[i - body_start_] > i;
    }
    if (!repeated) return;
    const auto copy_of = [&](std::size_t i) { return last_copy[i - body_start_]; };
    std::vector<std::size_t> run;
    for (std::size_t i = body_start_; i < top;) {
      run.clear();
      std::size_t j = i;
      for (; j < top; ++j) {
        if (lines_[j].text.empty()) continue;
        if (copy_of(j) <= j) break;  // (no item, or no copy below)
        run.push_back(j);
      }
      const bool below = std::all_of(run.begin(), run.end(), [&](std::size_t k) { return copy_of(k) > run.back(); });
      // (Each a different section: a line printed again and again is no list of them.)
      std::set<std::string_view> distinct;
      for (std::size_t k : run) distinct.insert(lines_[k].text);
      std::optional<std::size_t> heading;
      if (!run.empty()) {
        std::size_t h = run.front();
        while (h > body_start_ && lines_[h - 1].text.empty()) --h;
        if (h > body_start_ && is_contents_heading(lines_[h - 1].text)) heading = h - 1;
      }
      if (below && distinct.size() == run.size() && run.size() >= (heading ? 2u : 3u)) {
        for (std::size_t k : run) {
          lines_[k].chrome = true;
          contents_items_.insert(lines_[k].text);
        }
        if (heading) lines_[*heading].chrome = true;
      }
      i = std::max(j, i + 1);
    }
  }

  // Whether line t prints the markup's headline (an HTML page's <h1>, title_hint_): the whole
  // of it, or its words after a kicker the <h1> sets above them ("<h1><time>1. Februar
  // 2022</time> Bundesministerin Raab: Mit Ländern …</h1>", whose headline a breadcrumb
  // prints alone): four words or more that end the <h1>'s text.
  bool prints_markup_headline(std::string_view t) const {
    if (title_hint_.empty()) return false;
    const std::string line = collapse_spaces(title_text(t));
    if (line == title_hint_) return true;
    const std::size_t n = line.size();
    return n < title_hint_.size() && title_hint_.ends_with(line) &&
           title_hint_[title_hint_.size() - n - 1] == ' ' && !at_most_words(line, 3);
  }

  // A headline with a colon over the page's date ("Youth 2030: The Image of the Future panel
  // session" / "October 21, 2017, Sochi"; "Lavrov: We will respond" / "12 May 2023"): line
  // i opens with a label's shape, but what follows the colon is a phrase of at most 14 words
  // that ends no sentence, and the next line is a date or a time. A title, no label.
  bool headline_over_date(std::size_t i) const {
    const std::string_view t = lines_[i].text;
    const std::optional<SpeakerLabel> label = match_speaker_label(t);
    if (!label) return false;
    const std::string_view value = trim(t.substr(std::min(label->text_begin, t.size())));
    if (value.empty() || !at_most_words(value, 14) || scan::ends_with_punctuation(value)) return false;
    std::size_t j = i + 1;
    while (j < lines_.size() && lines_[j].text.empty()) ++j;
    if (j >= lines_.size()) return false;
    const std::string_view next = trim(lines_[j].text);
    return is_date_line(next) || is_time_line(next);
  }

  // A value that is a person's name alone, as a list of appointments prints it after the
  // office ("Minister of Defence: Sergei Shoigu."): two to four words in name case, an
  // optional full stop, the last not a common word ("Thank You.", "Спасибо Вам."; a given
  // name may be one: Veronika, вероника).
  static bool names_holder(std::string_view value) {
    if (value.ends_with('.')) value.remove_suffix(1);
    const std::vector<std::string_view> words = split_words(value);
    if (words.size() < 2 || words.size() > 4) return false;
    for (std::string_view w : words) {
      if (w != scan::bare_word(w) || !name_cased(w)) return false;
    }
    return !is_common_word(scan::fold_word(words.back()));
  }

  // The label `name` would be with a colon after it, when that names a person and the
  // person is the whole of `name` ("Mike Pence: …" does, "For The: …" not).
  static std::optional<SpeakerLabel> label_naming(std::string_view name) {
    std::optional<SpeakerLabel> label = match_speaker_label(std::string(name) + ": Yes.");
    if (!label || label->role != LabelRole::person || !label->speaker || *label->speaker != name) return std::nullopt;
    return label;
  }

  // The value is a person's name and nothing more, as a label would read it ("Andréi V.
  // Sokolov", "Reinaldo José de Almeida Salgado"), or a full name after an office's title.
  static bool names_a_person(std::string_view value) {
    if (value.size() >= 3 && value.back() == '.' && value[value.size() - 3] != ' ') {
      value.remove_suffix(1);  // a full stop after the name, not an initial's ("… Smith V.")
    }
    // (What label_naming() reads, and the titled form besides, from one reading.)
    const std::optional<SpeakerLabel> label = match_speaker_label(std::string(value) + ": Yes.");
    if (!label || label->role != LabelRole::person || !label->speaker || label->outlet) return false;
    if (*label->speaker == value) return !label->title;  // the name alone
    // An office's title before a full name ("Head of Mission: Ambassador Therese Healy").
    return label->title && !at_most_words(*label->speaker, 1) && value.ends_with(*label->speaker);
  }

  // The nearest line with text before (step -1) or after (step 1) line i, past other offices
  // with their holders ("First Deputy Permanent Representative: Sergei V. Lapshin"), is page
  // furniture with a colon ("Teléfono: +34 …", "Address: …"): a contact field.
  bool beside_contact_field(std::size_t i, int step) const {
    for (std::size_t j = i; step < 0 ? j > body_start_ : j + 1 < lines_.size();) {
      j = step < 0 ? j - 1 : j + 1;
      const std::string_view t = lines_[j].text;
      if (t.empty()) continue;
      if (t.find(':') == std::string_view::npos) return false;
      if (is_chrome_line(t)) return !is_date_line(t);
      const std::optional<SpeakerLabel> label = match_speaker_label(t);
      if (!label || !(label->role == LabelRole::office || label->title) ||
          !names_a_person(trim(t.substr(std::min(label->text_begin, t.size()))))) {
        return false;
      }
    }
    return false;
  }

  // Lines that print a field, not a turn, though they open with a label's shape: a label
  // whose value is only a date ("Signed on : 25/11/2020", "Updated: 3 May 2021"), and a
  // fact list, three or more lines in a row each a different label with a short value that
  // ends no sentence ("Capital City : Yaounde" / "Area : 475 442 km2" / "Population: 23 739
  // 218 hab. (2015)" / "Currency : Franc CFA BEAC (XAF)"), or an office each with the name
  // of its holder (a government's lineup: "Minister of Defence: Sergei Shoigu."). Their
  // labels open no turn: the lines are text. Roles, outlets and bare Q/A are never fields.
  void mark_field_lines() {
    struct Field {
      std::size_t line;
      std::string label;
      bool fragment;
      bool holder;  // an office and its holder's name
    };
    std::vector<Field> run;
    bool spaced = false;  // the run has blank lines between its lines
    bool gap = false;     // a blank line since the run's last line
    auto close_run = [&] {
      std::set<std::string> distinct;
      bool fragments = true, holders = true;
      for (const Field& f : run) {
        distinct.insert(f.label);
        fragments &= f.fragment || f.holder;
        holders &= f.holder;
      }
      // (Paragraphs of their own only for a lineup: "Vladimir Putin: Good afternoon" and
      // "Emmanuel Macron: Hello" a blank line apart are speech.)
      if (run.size() >= 3 && fragments && (!spaced || holders) && distinct.size() == run.size()) {
        for (const Field& f : run) lines_[f.line].field = true;
      }
      run.clear();
      spaced = gap = false;
    };
    auto add = [&](Field f) {
      spaced |= gap && !run.empty();
      gap = false;
      run.push_back(std::move(f));
    };
    line_labels_.assign(lines_.size(), std::nullopt);
    bool first_line = true;
    for (std::size_t i = body_start_; i < lines_.size(); ++i) {
      const std::string_view t = lines_[i].text;
      if (t.empty() && !lines_[i].chrome) {
        gap = true;
        continue;
      }
      if (lines_[i].chrome) {
        close_run();
        continue;
      }
      if (std::exchange(first_line, false) && headline_over_date(i)) continue;
      // The markup's headline is no label, whatever its colon ("Youth 2030: The Image of the
      // Future panel session").
      if (t.size() < 500 && t.find(':') != std::string_view::npos && prints_markup_headline(t)) {
        close_run();
        continue;
      }
      const std::optional<SpeakerLabel>& label = line_labels_[i] = match_speaker_label(t);
      if (!label) {
        // An office too long for a label ("Minister of Construction, Housing and Utilities:
        // Vladimir Yakushev.") still belongs to the lineup around it.
        const std::size_t colon = t.find(": ");
        if (colon != std::string_view::npos && colon > 0 && at_most_words(t.substr(0, colon), 12) &&
            names_holder(trim(t.substr(colon + 2))) && !run.empty() && run.back().holder) {
          add({i, scan::fold_word(t.substr(0, colon)), false, true});
          continue;
        }
      }
      if (!label || label->bare_q_a || label->outlet ||
          (label->role != LabelRole::person && label->role != LabelRole::office)) {
        close_run();
        continue;
      }
      const std::string_view value = trim(t.substr(std::min(label->text_begin, t.size())));
      if (!value.empty() && is_date_line(value)) {
        lines_[i].field = true;
        close_run();
        continue;
      }
      // An office and its holder's name among a directory's contact fields ("Dirección: …" /
      // "Embajador: Andréi V. Sokolov" / "Consejero: …"): a field too.
      if ((label->role == LabelRole::office || label->title) && !value.empty() && value.size() <= 80 &&
          (beside_contact_field(i, -1) || beside_contact_field(i, 1)) && names_a_person(value)) {
        lines_[i].field = true;
        close_run();
        continue;
      }
      const bool fragment = !value.empty() && at_most_words(value, 8) && !value.ends_with('.') &&
                            !value.ends_with('!') && !value.ends_with('?') && !value.ends_with("\u2026");
      const bool holder = (label->role == LabelRole::office || label->title) && names_holder(value);
      if (!fragment && !holder) {
        close_run();  // speech: the run, if any, ended before it
        continue;
      }
      add({i, scan::fold_word(label->label), fragment, holder});
    }
    close_run();
    mark_bold_label_lines();
    mark_full_stop_labels();
    mark_colonless_labels();
  }

  // A person's label that lost its colon at the start of a paragraph ("Megyn Kelly With
  // this?", "Yekaterina Rogova Yes. Even if …"), on a page that prints the same label with
  // its colon: the label exactly as printed there (a name of two words or more, or initials
  // and a surname), a space, then speech that opens with a capital and holds a sentence's
  // end. A name that opens a sentence goes on in lower case ("Megyn Kelly asked …"), and a
  // headline in title case ends no sentence.
  void mark_colonless_labels() {
    std::vector<const SpeakerLabel*> known;
    for (std::size_t i = body_start_; i < lines_.size(); ++i) {
      const std::optional<SpeakerLabel>& label = line_labels_[i];
      if (!label || label->weak || label->outlet || lines_[i].field || label->unprinted ||
          label->role != LabelRole::person || !label->speaker || label->label.size() < 4 ||
          (count_words(label->label, 2) < 2 && label->label.find('.') == std::string::npos)) {
        continue;
      }
      if (std::none_of(known.begin(), known.end(), [&](const SpeakerLabel* k) { return k->label == label->label; })) {
        known.push_back(&*label);
      }
    }
    if (known.empty()) return;
    std::vector<std::pair<std::size_t, SpeakerLabel>> found;
    for (std::size_t i = body_start_; i < lines_.size(); ++i) {
      const PageLine& l = lines_[i];
      if (l.text.empty() || l.chrome || l.field || line_labels_[i]) continue;
      if ((title_line_ && i == *title_line_) || (i > 0 && !lines_[i - 1].text.empty())) continue;
      for (const SpeakerLabel* k : known) {
        if (!l.text.starts_with(k->label)) continue;
        const std::size_t gap = scan::space_at(l.text, k->label.size());
        if (gap == 0) continue;
        const std::size_t speech = scan::skip_spaces(l.text, k->label.size());
        std::size_t len = 0;
        if (speech >= l.text.size() || !scan::is_upper(scan::peek(l.text, speech, len))) continue;
        const std::string_view rest = l.text.substr(speech);
        if (rest.find_first_of(".?!") == std::string_view::npos && rest.find("\u2026") == std::string_view::npos) continue;
        SpeakerLabel label = *k;
        label.label_begin = 0;
        label.label_end = k->label.size();
        label.text_begin = speech;
        found.emplace_back(i, std::move(label));
        break;
      }
    }
    for (auto& [i, label] : found) line_labels_[i] = std::move(label);
  }

  // A name label in bold whose colon was typed as a full stop ("<p><b>Vladimir Putin.</b>
  // Yes. Is there …", "<b>Kseniya Slutskaya. </b>Good afternoon, …"), on a page that sets
  // its labels in bold with their colons (two or more): the bold run opens a paragraph,
  // speech follows it on the line, and what it holds before the full stop is a person's
  // name as a label gives one (two words or more, no office). A bold lead-in that is no
  // name ("<b>Note.</b>", "<b>Moscow.</b>") stays text, and so does any such run on a page
  // whose labels are not in bold.
  void mark_full_stop_labels() {
    auto emphasised_from = [&](std::size_t at) {
      return std::find_if(hints_.emphasis.begin(), hints_.emphasis.end(),
                          [&](const auto& e) { return e.first <= at && at < e.second; });
    };
    std::size_t bold_labels = 0;
    for (std::size_t i = body_start_; i < lines_.size() && bold_labels < 2; ++i) {
      const std::optional<SpeakerLabel>& label = line_labels_[i];
      if (label && !label->weak && !lines_[i].field && !label->unprinted &&
          emphasised_from(lines_[i].begin + label->label_begin) != hints_.emphasis.end()) {
        ++bold_labels;
      }
    }
    if (bold_labels < 2) return;
    for (std::size_t i = body_start_; i < lines_.size(); ++i) {
      const PageLine& l = lines_[i];
      if (l.text.empty() || l.chrome || l.field || line_labels_[i]) continue;
      if ((title_line_ && i == *title_line_) || (i > 0 && !lines_[i - 1].text.empty())) continue;
      const auto e = emphasised_from(l.begin);
      if (e == hints_.emphasis.end() || e->first != l.begin || e->second >= l.begin + l.text.size()) continue;
      const std::string_view run = trim(l.text.substr(0, e->second - l.begin));
      if (!run.ends_with('.') || run.size() > 80) continue;
      const std::string_view name = trim(run.substr(0, run.size() - 1));
      if (count_words(name, 5) < 2 || count_words(name, 5) > 4 || scan::ends_with_punctuation(name)) continue;
      std::optional<SpeakerLabel> label = match_speaker_label(std::string(name) + ": .");
      if (!label || label->weak || label->outlet || label->title || label->role != LabelRole::person ||
          label->label_begin != 0 || label->label_end != name.size()) {
        continue;
      }
      const std::size_t speech = l.text.find_first_not_of(' ', e->second - l.begin);
      if (speech == std::string_view::npos) continue;
      label->text_begin = speech;
      line_labels_[i] = std::move(label);
    }
  }

  // Labels set alone on their line in bold or italics, without a colon, the speech in the
  // paragraphs below ("<p><strong>Sergey Lavrov</strong></p><p>It was useful …</p>"): a
  // short emphasised line that would be a label with a colon after it (a person, an office,
  // a question or an answer), not the title, without digits, with a line of text after it;
  // and the first cell of a table row before the speech in the next cell.
  // Only on a page with no label of its own, and only when one of them comes back (the
  // same speaker or role twice): a bold heading or a bold list of places and dates is no
  // dialogue.
  void mark_bold_label_lines() {
    for (std::size_t i = body_start_; i < lines_.size(); ++i) {
      if (line_labels_[i] && !line_labels_[i]->weak && !lines_[i].field) return;
    }
    std::vector<std::pair<std::size_t, SpeakerLabel>> found;
    // The label that `words` (a part of line l) would be with a colon after it, its offsets
    // into l; digits, sentence punctuation or more than eight words make none.
    auto label_of = [](const PageLine& l, std::string_view words) -> std::optional<SpeakerLabel> {
      if (words.empty() || scan::ends_with_punctuation(words) || !at_most_words(words, 8) ||
          std::any_of(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
      }
      std::optional<SpeakerLabel> label = match_speaker_label(std::string(words) + ": .");
      if (!label || label->weak || label->outlet || label->label_begin != 0 || label->label_end != words.size() ||
          (label->role != LabelRole::person && label->role != LabelRole::office &&
           label->role != LabelRole::question && label->role != LabelRole::answer)) {
        return std::nullopt;
      }
      const std::size_t offset = static_cast<std::size_t>(words.data() - l.text.data());
      label->label_begin += offset;
      label->label_end += offset;
      return label;
    };
    for (std::size_t i = body_start_; i < lines_.size(); ++i) {
      const PageLine& l = lines_[i];
      if (l.text.empty() || l.chrome || l.field || line_labels_[i]) continue;
      if (title_line_ && i == *title_line_) continue;
      // A table of turns: the label in the first cell, the speech in the next
      // ("<tr><td><b>Sergey Lavrov</b></td><td>Good afternoon …</td></tr>").
      if (const std::size_t tab = l.text.find('\t'); tab != std::string_view::npos && tab <= 80) {
        const std::size_t text = l.text.find_first_not_of(" \t", tab);
        if (text == std::string_view::npos) continue;
        if (std::optional<SpeakerLabel> label = label_of(l, trim(without_emphasis(trim(l.text.substr(0, tab)))))) {
          label->text_begin = text;
          found.emplace_back(i, std::move(*label));
        }
        continue;
      }
      // A short line in bold or italics (the markup's, or Markdown's marks).
      if (l.text.size() > 80 || !line_emphasised(l)) continue;
      // Speech below: the next line with text is no such line itself.
      std::size_t j = i + 1;
      while (j < lines_.size() && lines_[j].text.empty()) ++j;
      if (j >= lines_.size() || lines_[j].text.size() <= l.text.size()) continue;
      std::optional<SpeakerLabel> label = label_of(l, without_emphasis(l.text));
      if (!label) continue;
      label->text_begin = l.text.size();  // the speech starts on the next line
      found.emplace_back(i, std::move(*label));
    }
    std::set<std::string> seen;
    bool repeated = false;
    for (const auto& [i, label] : found) repeated |= !seen.insert(scan::fold_word(label.label)).second;
    if (!repeated) return;
    for (auto& [i, label] : found) line_labels_[i] = std::move(label);
  }

  // The line ends a sentence, or breaks off ("… a brief conversation --"): its last
  // character, before closing quotes and brackets, is . ? ! … or a dash.
  static bool ends_finished(std::string_view line) {
    line = trim(line);
    while (!line.empty()) {
      std::size_t back = line.size() - 1;
      while (back > 0 && (static_cast<unsigned char>(line[back]) & 0xC0) == 0x80) --back;
      std::size_t len = 0;
      const char32_t cp = scan::peek(line, back, len);
      if (cp == '.' || cp == '?' || cp == '!' || cp == U'\u2026' || cp == '-' || cp == U'\u2013' ||
          cp == U'\u2014') {
        return true;
      }
      const bool closing = cp == ')' || cp == '"' || cp == '\'' || cp == U'\u201D' || cp == U'\u2019' ||
                           cp == U'\u00BB';
      if (!closing) return false;
      line = line.substr(0, back);
    }
    return false;
  }

  void build_paragraphs() {
    mark_field_lines();
    std::size_t i = body_start_;
    while (i < lines_.size()) {
      if (lines_[i].text.empty() || lines_[i].chrome) {
        ++i;
        continue;
      }
      Paragraph p;
      p.first = i;
      if (!lines_[i].field) p.label = std::move(line_labels_[i]);
      std::size_t j = i + 1;
      while (j < lines_.size() && !lines_[j].text.empty() && !lines_[j].chrome) {
        const std::optional<SpeakerLabel>& label = line_labels_[j];
        if (label && !label->weak && !lines_[j].field) break;  // a turn on the next line
        // A weak bare "Q Who? …" after a line that ends a sentence or breaks off: pages that
        // print each paragraph on its own line (<div>s) put questions there too. (A "Q" that
        // a hard-wrapped sentence carries over, "… on\nQ Street", follows no such line.)
        if (label && label->weak && label->bare_q_a && ends_finished(lines_[j - 1].text)) break;
        ++j;
      }
      p.last = j - 1;
      paragraphs_.push_back(std::move(p));
      i = j;
    }
    line_labels_ = {};
    drop_pull_quotes();
  }

  // A pull quote repeats, in large type between paragraphs, words said elsewhere on the page
  // (kremlin.ru: "<blockquote>We can say that this is a historic event …</blockquote>",
  // "”Currently, Daghestan faces some major challenges …“"). A quote-shaped paragraph — a
  // <blockquote> of the markup, or one set in quotation marks — whose letters and digits
  // (case and punctuation ignored, a trailing ellipsis cut) occur elsewhere on the page is
  // no speech: its lines become chrome.
  void drop_pull_quotes() {
    std::string folded_page;  // built on first need
    for (Paragraph& p : paragraphs_) {
      if (p.label && !p.label->weak) continue;
      const std::size_t begin = lines_[p.first].begin;
      const std::size_t end = lines_[p.last].begin + lines_[p.last].text.size();
      if (end - begin > 1500) continue;
      const bool marked = std::any_of(hints_.quotes.begin(), hints_.quotes.end(), [&](const auto& q) {
        return q.first <= begin && end <= q.second;
      });
      if (!marked && !quoted(page_.substr(begin, end - begin))) continue;
      std::string own = letters_and_digits(page_.substr(begin, end - begin), true);
      if (own.size() < 40) continue;
      if (folded_page.empty()) folded_page = letters_and_digits(page_, false);
      const std::size_t first = folded_page.find(own);
      if (first == std::string::npos || folded_page.find(own, first + 1) == std::string::npos) continue;
      for (std::size_t li = p.first; li <= p.last; ++li) lines_[li].chrome = true;
      p.label.reset();
      p.quote = true;
    }
    paragraphs_.erase(std::remove_if(paragraphs_.begin(), paragraphs_.end(), [](const Paragraph& p) { return p.quote; }),
                      paragraphs_.end());
  }

  // Opens and closes with a quotation mark (an ellipsis may stand before the closing one).
  static bool quoted(std::string_view t) {
    static constexpr std::string_view kMarks[] = {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u201E"};
    bool opens = false, closes = false;
    for (std::string_view m : kMarks) {
      opens |= t.starts_with(m);
      closes |= t.ends_with(m);
    }
    return opens && closes;
  }

  // The letters and digits of a text, Latin and Cyrillic lower-cased, everything else
  // dropped; with cut_ellipsis, the text stops at its first ellipsis ("…" or "...").
  static std::string letters_and_digits(std::string_view t, bool cut_ellipsis) {
    if (cut_ellipsis) {
      const std::size_t e = std::min(t.find("\u2026"), t.find("..."));
      if (e != std::string_view::npos) t = t.substr(0, e);
    }
    std::string out;
    out.reserve(t.size());
    std::size_t i = 0, len = 0;
    while (i < t.size()) {
      const unsigned char c = static_cast<unsigned char>(t[i]);
      if (c < 0x80) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(static_cast<char>(c));
        else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
        ++i;
        continue;
      }
      char32_t cp = scan::peek(t, i, len);
      if (scan::is_letter(cp) || scan::is_digit(cp)) {
        if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;  // А–Я
        else if (cp == 0x401) cp = 0x451;             // Ё
        append_utf8(out, cp);
      }
      i += len;
    }
    return out;
  }

  void find_title() {
    choose_title();
    // Everything above the title is chrome, also inside the title's paragraph (pages saved
    // without blank lines: the menu, the breadcrumb and the title are one block).
    if (title_line_ && title_para_) {
      for (std::size_t li = paragraphs_[*title_para_].first; li < *title_line_; ++li) lines_[li].chrome = true;
    }
  }

  void choose_title() {
    // Candidates: lines before the first paragraph with a (non-weak) label.
    std::size_t limit = paragraphs_.size();
    for (std::size_t k = 0; k < paragraphs_.size(); ++k) {
      if (paragraphs_[k].label && !paragraphs_[k].label->weak) {
        limit = k;
        break;
      }
    }
    // The markup's headline (an HTML page's <h1>) is the title wherever it stands before
    // the first label: a site's menus can fill more than the 60 paragraphs the text's own
    // rules look at; and a headline with a colon is no label ("Greetings on opening of
    // conference Russian Healthcare: Problems and Solutions").
    if (!title_hint_.empty()) {
      for (std::size_t k = 0; k < limit; ++k) {
        for (std::size_t li = paragraphs_[k].first; li <= paragraphs_[k].last; ++li) {
          const std::string_view t = lines_[li].text;
          if (t.size() < 500 && collapse_spaces(title_text(t)) == title_hint_) {
            title_line_ = li;
            title_para_ = k;
            return;
          }
        }
      }
    }
    limit = std::min<std::size_t>(limit, 60);
    if (given_title_) {
      // The wrapper names the title: only a line that prints it is the title line.
      for (std::size_t k = 0; k < limit; ++k) {
        for (std::size_t li = paragraphs_[k].first; li <= paragraphs_[k].last; ++li) {
          const std::string_view t = lines_[li].text;
          if (t.size() < 2000 && collapse_spaces(title_text(t)) == *given_title_) {
            title_line_ = li;
            title_para_ = k;
            return;
          }
        }
      }
      return;
    }
    // A heading that repeats the last part of the breadcrumb just above it ("Homepage ›
    // Primeiro Ministro › Speeches" / "Speeches"): the page's own heading, whatever dated
    // headlines of other pages stand above it.
    for (std::size_t k = 0; k < limit; ++k) {
      for (std::size_t li = paragraphs_[k].first; li <= paragraphs_[k].last; ++li) {
        const std::string_view crumb = breadcrumb_end(lines_[li].text);
        if (crumb.empty()) continue;
        std::size_t next = li + 1;
        for (int seen = 0; next < lines_.size() && seen < 3; ++next) {
          const std::string_view t = trim(lines_[next].text);
          if (t.empty()) continue;
          ++seen;
          if (t.size() == crumb.size() && scan::fold_word(t) == scan::fold_word(crumb)) {
            title_line_ = next;
            for (std::size_t p = k; p < paragraphs_.size(); ++p) {
              if (paragraphs_[p].first <= next && next <= paragraphs_[p].last) title_para_ = p;
            }
            return;
          }
        }
      }
    }
    std::optional<std::size_t> with_date;
    std::vector<std::pair<std::size_t, std::size_t>> plains;  // (line, paragraph)
    // After a footer's heading ("Смотрите также", "See also", "Related news"), a dated line
    // links another page ("Смотрите также Совещание с членами Правительства 18 февраля
    // 2025 года" under a list of participants): no dated title.
    bool after_footer = false;
    for (std::size_t k = 0; k < limit; ++k) {
      for (std::size_t li = paragraphs_[k].first; li <= paragraphs_[k].last; ++li) {
        const std::string_view t = lines_[li].text;
        if (li == paragraphs_[k].first && paragraphs_[k].label) continue;  // "Lavrov: Yes?"
        if (t.size() > 500) {
          // A long paragraph of prose: speech or the article has begun, no title below.
          if (!with_date && (t.back() == '.' || t.back() == '!' || t.back() == '?')) {
            k = limit;
            break;
          }
          continue;
        }
        if (t.size() <= 60 && is_footer_heading(trim(t))) after_footer = true;
        if (is_chrome_line(t) || is_navigation_line(t) || is_chrome_line(without_emphasis(t))) continue;
        if (session_counter(t)) continue;
        if (front_title_ && t == *front_title_) {
          title_line_ = li;
          title_para_ = k;
          return;
        }
        const std::size_t nwords = scan::shape_words(t);
        // (A lead's sentence that names the event's dates is no dated title.)
        if (!with_date && !after_footer && nwords >= 5 && !lead_sentence(t, nwords) && find_date(t)) {
          with_date = li;
          title_para_ = k;
        }
        const char last = t.back();
        const bool prose = last == '.' || last == ',' || last == ':' || last == ';' || last == '!' ||
                           t.ends_with("\u3002") || t.ends_with("\uFF0C") || t.ends_with("\uFF1A") ||
                           t.ends_with("\uFF1B") || t.ends_with("\uFF01");  // 。，：；！
        // "——驻印度使馆妇女小组…" under a short headline: a subtitle, not the title.
        const bool subtitle = t.starts_with("\u2014") || t.starts_with("\u2013");
        // (Two words of letters will do when a date follows closely: "Российско-бисайские
        // переговоры".)
        if (!with_date && (nwords >= 3 || (nwords == 2 && only_words(t) && dated_soon_after(li))) && !prose &&
            !subtitle) {
          plains.emplace_back(li, k);
        }
        if (prose && nwords >= 8 && !with_date) {
          k = limit;  // speech has begun: no title further down
          break;
        }
      }
    }
    if (with_date) {
      title_line_ = with_date;
      return;
    }
    // Without a date in the title: the candidate a date line follows closely (kremlin.ru:
    // title / "10 апреля 2023 года, 16:20"; gov.uk: title / summary / "Published" / date),
    // and the one a breadcrumb ends with ("Home » News » <title>") or that the page repeats;
    // among equals the longest; with no such sign, the first.
    int best_score = -1;
    std::size_t best_words = 0;
    for (const auto& candidate : plains) {
      const std::size_t li = candidate.first, k = candidate.second;
      if (byline_line(lines_[li].text)) continue;
      const bool repeated = std::any_of(plains.begin(), plains.end(), [&](const auto& other) {
        return other.first != li && lines_[other.first].text == lines_[li].text;
      });
      const int score =
          (dated_soon_after(li) || dated_just_before(li) ? 2 : 0) + (ends_breadcrumb(li) || repeated ? 1 : 0);
      // Among lines a date follows equally, the longest: a menu item or a byline a few
      // lines above the date is shorter than the title.
      const std::size_t words = scan::shape_words(lines_[li].text);
      if (score > best_score || (score > 0 && score == best_score && words > best_words)) {
        best_score = score;
        best_words = words;
        title_line_ = li;
        title_para_ = k;
      }
    }
  }

  // A record's count of its body's years, sessions and meetings (the UN's verbatim records:
  // "Seventy-eighth year", "9290th meeting", "78th session"): never the title.
  static bool session_counter(std::string_view t) {
    const std::vector<std::string_view> words = split_words(t);
    if (words.size() < 2 || words.size() > 3) return false;
    const std::string last = scan::fold_word(words.back());
    if (last != "year" && last != "session" && last != "meeting" && last != "sitting" && last != "plenary") return false;
    const std::string first = scan::fold_word(words.front());
    return first.ends_with("th") || first.ends_with("st") || first.ends_with("nd") || first.ends_with("rd");
  }

  // A header's byline, never the title: a person ("Senator the Hon Penny Wong", "The Rt Hon
  // James Cleverly MP"), a name and its office ("Antony J. Blinken, Secretary of State"), or
  // an office alone ("Minister for Foreign Affairs": a title word first, office words,
  // connectors and places, no name).
  static bool byline_line(std::string_view t) {
    const std::vector<std::string_view> words = split_words(t);
    if (words.empty() || words.size() > 8) return false;
    for (std::string_view w : words) {
      const std::string f = scan::fold_word(w);
      std::size_t len;
      if (!scan::is_upper(scan::peek(w, 0, len)) && !is_place_connector(f) && f != "the" && f != "and") return false;
    }
    if (byline_person(t)) return true;
    // A name and its office after a comma: "Antony J. Blinken, Secretary of State", "Ned
    // Price, Department Spokesperson".
    if (const std::size_t comma = t.find(", "); comma != std::string_view::npos && t.find(',', comma + 1) == std::string_view::npos) {
      const std::vector<std::string_view> office = split_words(t.substr(comma + 2));
      if (!office.empty() && byline_person(t.substr(0, comma)) &&
          std::any_of(office.begin(), office.end(), [](std::string_view w) { return is_title_word(scan::fold_word(w)); })) {
        return true;
      }
    }
    // An office alone: office words, connectors and places only ("Minister for Foreign
    // Affairs of Australia"; not the headline "Secretary Blinken Remarks to the Press").
    const bool office_words = std::all_of(words.begin(), words.end(), [](std::string_view w) {
      const std::string f = scan::fold_word(scan::bare_word(w));
      return is_title_word(f) || is_organisation_word(f) || is_place_connector(f) || f == "the" || f == "and" ||
             country_code(scan::bare_word(w)).has_value();
    });
    return office_words && is_title_word(scan::fold_word(words[0])) && split_office(words).name_begin == words.size();
  }

  // A line of a press release's masthead: a rule of underscores or other chrome, "For
  // Immediate Release …", or a short "Office of the …" line naming who issues it.
  static bool masthead_line(std::string_view t) {
    if (is_chrome_line(t)) return true;
    if (std::none_of(t.begin(), t.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }) &&
        t.find_first_of("_-=*") != std::string_view::npos) {
      return true;  // a rule: "______", "-----"
    }
    const std::string f = scan::fold_word(utf8_prefix(t, 40));
    return f.starts_with("for immediate release") || (f.starts_with("office of the ") && at_most_words(t, 8));
  }

  // A sentence of a page's lead (`words` its shape_words()): twelve words or more ending
  // with '.', '!' or '?' ("… will be held in Samsun, Turkey, on July 18–30, 2017."). A
  // date in it is the event's: no dated title, and the page's date only after the other
  // dated header lines.
  static bool lead_sentence(std::string_view t, std::size_t words) {
    // (Chinese and Japanese end theirs with 。！？: "2020年2月27日，驻阿联酋大使夫人…出席…。")
    return words >= 12 && (t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("\u3002") ||
                           t.ends_with("\uFF01") || t.ends_with("\uFF1F"));
  }

  // Letters, spaces and hyphens only, starting with a capital.
  static bool only_words(std::string_view t) {
    std::size_t len = 0;
    if (t.empty() || !scan::is_upper(scan::peek(t, 0, len))) return false;
    for (std::size_t i = 0; i < t.size(); i += len ? len : 1) {
      const char32_t c = scan::peek(t, i, len);
      if (!scan::is_letter(c) && c != ' ' && c != '-') return false;
    }
    return true;
  }

  // A line with a date (a lone date line, or furniture such as "Posted: 28 December 2022")
  // among the next six non-blank lines before any label.
  bool dated_soon_after(std::size_t li) const {
    int seen = 0;
    for (std::size_t j = li + 1; j < lines_.size() && seen < 6; ++j) {
      const std::string_view t = lines_[j].text;
      if (t.empty()) continue;
      ++seen;
      if (auto l = match_speaker_label(t); l && !l->weak && !lines_[j].field) return false;
      // (Not a date under a footer's heading: "Смотрите также" / a link to another page.)
      if (t.size() <= 60 && is_footer_heading(trim(t))) return false;
      if (t.size() <= 120 && find_date(t) && (is_chrome_line(t) || at_most_words(t, 8))) return true;
    }
    return false;
  }

  // The non-blank line just above is a date field ("Signed on : 25/11/2020" over the
  // headline, as CMS lists of documents print it).
  bool dated_just_before(std::size_t li) const {
    for (std::size_t j = li; j-- > 0;) {
      if (lines_[j].text.empty()) continue;
      return lines_[j].field && find_date(lines_[j].text);
    }
    return false;
  }

  // The line repeats the last part of a breadcrumb above it ("Home » News » <title>").
  bool ends_breadcrumb(std::size_t li) const {
    const std::string_view t = lines_[li].text;
    for (std::size_t j = li; j-- > 0 && li - j <= 8;) {
      const std::string_view b = lines_[j].text;
      for (std::string_view sep : {" > ", " / ", " \u00BB ", " \u203A ", " | "}) {
        const std::size_t at = b.rfind(sep);
        if (at != std::string_view::npos && b.substr(at + sep.size()) == t) return true;
      }
    }
    return false;
  }

  // The transcript ends at line li of paragraph k: what follows is dropped, the paragraph
  // cut at that line.
  void end_at(std::size_t k, std::size_t li) {
    end_line_ = li;
    out_.end_byte = lines_[li].begin;
    Paragraph& p = paragraphs_[k];
    if (li == p.first) {
      paragraphs_.resize(k);
    } else {
      p.last = li - 1;
      paragraphs_.resize(k + 1);
    }
  }

  void find_end() {
    bool seen_speech = false;
    const std::size_t start = title_para_ ? *title_para_ : 0;
    std::size_t skip_to = 0;  // lines of an aside already passed over
    std::size_t after_last = 0;  // the line after the last paragraph's
    for (std::size_t k = 0; k < paragraphs_.size(); ++k) {
      Paragraph& p = paragraphs_[k];
      // A list of links after speech (a share box, a site map, pagination): the end unless
      // speech follows it (a "Related" list between two parts of an article).
      if (seen_speech && k >= start) {
        for (std::size_t m = after_last; m < p.first; ++m) {
          if (!lines_[m].menu) continue;
          if (speech_follows(m)) break;
          end_line_ = m;
          out_.end_byte = lines_[m].begin;
          paragraphs_.resize(k);
          return;
        }
      }
      after_last = p.last + 1;
      for (std::size_t li = p.first; li <= p.last; ++li) {
        if (title_line_ && li <= *title_line_) continue;
        if (li < skip_to) continue;
        const std::string_view t = lines_[li].text;
        if (is_closing_line(t)) {
          // "END 9:46 A.M. EDT", "(The briefing was concluded at 3:12 p.m.)": never text; the
          // end when no speech follows (a recess note mid-way is not).
          lines_[li].chrome = true;
          if (seen_speech && k >= start && !speech_follows(li + 1)) return end_at(k, li);
          continue;
        }
        if (lines_[li].footer) {
          // The markup's footer: the end after speech, page furniture before it.
          if (seen_speech && k >= start) return end_at(k, li);
          continue;
        }
        if (is_end_marker(t)) {
          if (seen_speech && k >= start) {
            // "See also" between two paragraphs of speech: an aside, not the end.
            if (const auto last = aside_block(li)) {
              for (std::size_t a = li; a <= *last; ++a) lines_[a].chrome = true;
              skip_to = *last + 1;
              continue;
            }
            // A button left alone between two parts of speech ("Share", "Print", "Tags" of a
            // widget saved with the text): not the end either.
            if (is_widget_line(t) && speech_follows(li + 1)) {
              lines_[li].chrome = true;
              continue;
            }
            return end_at(k, li);
          }
          lines_[li].chrome = true;
          continue;
        }
        // An aside's heading that ends nothing ("Read more", "Lire aussi") with its links,
        // between two parts of speech: no text of the turn before it.
        if (seen_speech && k >= start && li == p.first && is_aside_heading(t)) {
          if (const auto last = aside_block(li)) {
            for (std::size_t a = li; a <= *last; ++a) lines_[a].chrome = true;
            skip_to = *last + 1;
            continue;
          }
        }
        // Speech, not a menu item, a document number or a share button between the title
        // and the text ("487-15-03-2023", "Поделиться" before the briefing begins).
        if (!seen_speech && k >= start && ((li == p.first && p.label && !p.label->weak) || !is_header_chrome(t))) {
          seen_speech = true;
        }
      }
    }
  }

  // The place a statement is signed at, on its line above the closing date ("WISMA PUTRA,
  // PUTRAJAYA" / "8 August 2019" under a speech): no speech. The date line is chrome already.
  std::optional<std::size_t> signed_place_line() const {
    std::size_t li = end_line_ ? *end_line_ : lines_.size();
    const auto previous = [&](std::size_t& k) {
      while (k > body_start_ && lines_[k - 1].text.empty()) --k;
      if (k == body_start_) return false;
      --k;
      return true;
    };
    if (!previous(li)) return std::nullopt;
    const std::string_view date = lines_[li].text;
    if (date.size() > 80 || !is_date_line(date) || !find_date(date)) return std::nullopt;
    if (!previous(li)) return std::nullopt;
    const std::string_view t = lines_[li].text;
    // Two parts ("Wisma Putra, Putrajaya", "Minsk, Belarus"), or one in capitals ("PUTRAJAYA").
    if (t.size() > 60 || !(place_line(t) || (scan::capital_letters(t) >= 3 && place_line(t, true)))) {
      return std::nullopt;
    }
    return li;
  }

  void mark_signed_place() {
    signed_place_ = signed_place_line();
    if (signed_place_) lines_[*signed_place_].chrome = true;
  }

  // Speech after line `from`: within the next three paragraphs (past blank and chrome
  // lines), one that opens with a strong label, with only prose or short headings before
  // it; or two paragraphs of prose (twelve words or more ending a sentence).
  bool speech_follows(std::size_t from) const {
    std::size_t j = from;
    int prose = 0;
    for (int paragraphs = 0; j < lines_.size() && paragraphs < 3; ++paragraphs) {
      while (j < lines_.size() && (lines_[j].text.empty() || lines_[j].chrome || is_chrome_line(lines_[j].text))) ++j;
      if (j >= lines_.size()) break;
      const std::string_view t = lines_[j].text;
      // (Another aside's heading is passed over: two "See also" boxes with speech between.)
      if (is_aside_heading(t)) {
        ++j;
        --paragraphs;
        continue;
      }
      if (is_end_marker(t) || is_closing_line(t)) break;
      if (const auto label = match_speaker_label(t); label && !label->weak) return true;
      const std::size_t words = count_words(t, 60);  // (61: more than 60)
      if (words >= 12 && ends_sentence(t)) {
        // (One paragraph of sixty words or more is speech enough: a page kept on one line
        // holds the rest of a turn in one.)
        if (++prose >= 2 || words > 60) return true;
      } else if (words > 60) {
        break;
      }
      while (j < lines_.size() && !lines_[j].text.empty()) ++j;  // the rest of the paragraph
    }
    return false;
  }

  // The line ends with a date (and a time): a link's title with its date ("Объявлены
  // лауреаты премий Президента … 2024 года 24 марта 2025 года").
  static bool ends_with_date(std::string_view t) {
    const std::vector<std::string_view> words = split_words(t);
    for (std::size_t k = words.size() > 6 ? words.size() - 6 : 0; k < words.size(); ++k) {
      const std::string_view rest = t.substr(static_cast<std::size_t>(words[k].data() - t.data()));
      const auto d = find_date(rest);
      if (!d || d->begin != 0) continue;
      std::string_view after = trim(rest.substr(d->end));
      if (const auto tm = find_time(after); tm && tm->begin == 0) after = trim(after.substr(tm->end));
      if (after.empty()) return true;
    }
    return false;
  }

  // When the line is an aside heading ("See also") whose block — up to eight short lines
  // under it: link titles, dates, times — is followed by speech, the block's last line;
  // nullopt when the heading ends the transcript. Speech is a paragraph that opens with a
  // strong label, or prose (twelve words or more ending a sentence) followed by more prose
  // or a label: the footer of a page holds neither.
  std::optional<std::size_t> aside_block(std::size_t li) const {
    if (!is_aside_heading(lines_[li].text)) return std::nullopt;
    std::size_t last = li, shown = 0;
    std::size_t j = li + 1;
    for (; j < lines_.size(); ++j) {
      const std::string_view t = lines_[j].text;
      if (t.empty() || lines_[j].chrome) continue;
      if (shown == 8 || is_end_marker(t)) return std::nullopt;
      const std::size_t words = count_words(t, 40);  // (41: more than 40)
      const bool link = (words <= 20 || (words <= 40 && ends_with_date(t))) && !ends_sentence(t);
      if (!link && !is_chrome_line(t)) break;
      if (const auto label = match_speaker_label(t); label && !label->weak) break;
      last = j;
      ++shown;
    }
    if (speech_follows(j)) return last;
    return std::nullopt;
  }

  // The speech after paragraph p's label opens with a quotation mark.
  bool opens_quotation(const Paragraph& p) const {
    const std::string_view t = lines_[p.first].text;
    const std::size_t at = p.label->text_begin;
    if (at >= t.size()) return false;
    std::size_t len = 0;
    return scan::is_opening_quote(scan::peek(t, at, len));
  }

  void count_labels() {
    std::map<std::string, int> repeats;
    int strong = 0, long_offices = 0, caps_labels = 0;
    bool any_question = false;
    for (std::size_t k = first_body_para(); k < paragraphs_.size(); ++k) {
      const auto& l = paragraphs_[k].label;
      if (!l) continue;
      ++repeats[l->label];
      if (!l->weak) ++strong;
      if (l->long_office) ++long_offices;
      if (all_caps(l->label)) ++caps_labels;
      if (is_question_role(*l)) any_question = true;
    }
    std::set<std::string> caseless_names;  // names in a script without capitals, repeated
    for (std::size_t k = first_body_para(); k < paragraphs_.size(); ++k) {
      const auto& l = paragraphs_[k].label;
      if (l && l->caseless && repeats[l->label] >= 2) caseless_names.insert(l->label);
    }
    const std::size_t repeated_caseless = caseless_names.size();
    // Shape and repetition.
    std::vector<std::size_t> candidates;
    for (std::size_t k = first_body_para(); k < paragraphs_.size(); ++k) {
      const auto& l = paragraphs_[k].label;
      if (!l) continue;
      // A long office before a name needs one other label on the page; a single unknown
      // word, two (or itself twice).
      if (l->long_office && strong + long_offices < 2) continue;
      if (l->weak && !l->long_office && repeats[l->label] < 2 && strong < 2 &&
          !(all_caps(l->label) && caps_labels >= 2)) {
        continue;
      }
      // A name in a script without capitals: only where it comes back, on a page with a
      // role label ("سؤال:") or another such name that comes back (a dialogue); "وقال
      // الوزير:" ("and the minister said:") twice in a news item is no dialogue.
      if (l->caseless && (repeats[l->label] < 2 || (strong == 0 && repeated_caseless < 2))) continue;
      // A single unknown word or a country before a quotation is a source cited inside a
      // speech ("Germany: “This is a matter of peoples’ right to self-determination.”"),
      // whatever the page's other labels.
      // (Not the bare "Q" of a page that labels its questions so: 'Q "My Pet Goat"?'.)
      if (l->weak && !l->long_office && !(l->bare_q_a && repeats[l->label] >= 2) && opens_quotation(paragraphs_[k])) {
        continue;
      }
      if (l->bare_q_a && l->role == LabelRole::answer && !any_question) continue;
      candidates.push_back(k);
    }
    // Position: questions need someone to answer them.
    int question_labels = 0, other_labels = 0;
    for (auto k : candidates) {
      (is_question_role(*paragraphs_[k].label) ? question_labels : other_labels)++;
    }
    const bool interview = other_labels == 0 && question_labels >= 2;
    interview_ = interview;
    bool question_counted = false;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      Paragraph& p = paragraphs_[candidates[c]];
      if (is_question_role(*p.label)) {
        bool answered = interview;
        for (std::size_t d = c + 1; d < candidates.size() && !answered; ++d) {
          const auto& next = *paragraphs_[candidates[d]].label;
          if (is_question_role(next)) break;
          answered = true;
        }
        // The last question of an exchange may go unanswered ("QUESTION: Thank you."): it
        // counts when a non-question label stands right before it and none comes after,
        // unless its text goes on in lower case, a sentence of the speech before it
        // ("Question: at what expense? Where do we get these funds? …" in an address).
        if (!answered && c + 1 == candidates.size() && c > 0 &&
            !is_question_role(*paragraphs_[candidates[c - 1]].label)) {
          const std::string_view line = lines_[p.first].text;
          const std::size_t at = scan::skip_spaces(line, std::min(p.label->text_begin, line.size()));
          std::size_t len = 0;
          answered = at >= line.size() || !scan::is_lower(scan::peek(line, at, len));
        }
        p.counted = answered;
        question_counted |= answered;
      } else if (p.label->role == LabelRole::answer) {
        p.counted = question_counted;
      } else {
        p.counted = true;
      }
    }
    // A question under a letter ("Q Was the President in the room?" / "Q I can ask you one
    // --": two reporters, or one going on) right before another one is still a question
    // where the page answers the same label at least twice: nobody says "Q" in a speech.
    // Once is enough when the paragraph itself asks, ending in a question mark (two
    // reporters shouting after a pool spray: "Q Mr. President, what will your message be
    // …?" / "Q Mr. President, are you going to …?" / one answer). (A word can open a
    // rhetorical question: "Вопрос: почему так? Потому что …".)
    std::map<std::string, int> answered_labels;
    for (std::size_t k : candidates) {
      const Paragraph& p = paragraphs_[k];
      if (p.counted && is_question_role(*p.label)) ++answered_labels[p.label->label];
    }
    for (std::size_t k : candidates) {
      Paragraph& p = paragraphs_[k];
      const bool letter = p.label->bare_q_a || p.label->label.size() == 1;
      const int answered = answered_labels[p.label->label];
      if (!p.counted && letter && is_question_role(*p.label) &&
          (answered >= 2 || (answered >= 1 && ends_with_question_mark(lines_[p.last].text)))) {
        p.counted = true;
      }
    }
  }

  // An interview that prints its questions in bold or italics and its answers plain, without
  // labels (<p><strong>Как Вы оцениваете …?</strong></p>, <p><em>Why …?</em></p>, "**How do
  // you see …?**", "*Why …?*"): on a page with no label of its own, two or more questions,
  // each a run of consecutive paragraphs wholly so set whose last ends with a question
  // mark (a question may put its context in a paragraph of its own, or break its lines),
  // are its questions (count_labels() then reads it as an interview whose answers carry no
  // label). The turns have no label; the run's first paragraph opens the question.
  void mark_emphasised_questions() {
    constexpr std::size_t kNoRun = static_cast<std::size_t>(-1);
    std::vector<std::size_t> found;
    std::size_t run = kNoRun;  // the first paragraph of the current run
    for (std::size_t k = first_body_para(); k < paragraphs_.size(); ++k) {
      const Paragraph& p = paragraphs_[k];
      if (p.label && !p.label->weak) return;  // the page labels its turns
      if (p.label || (title_line_ && p.first <= *title_line_ && *title_line_ <= p.last) ||
          !wholly_emphasised(p)) {
        run = kNoRun;
        continue;
      }
      if (run == kNoRun) run = k;
      if (ends_with_question_mark(without_emphasis(lines_[p.last].text))) {
        found.push_back(run);
        run = kNoRun;
      }
    }
    if (found.size() < 2) return;
    for (std::size_t k : found) {
      const std::string_view t = lines_[paragraphs_[k].first].text;
      SpeakerLabel q;
      q.role = LabelRole::question;
      q.unprinted = true;
      // (The turn starts at the question's first letter, after any Markdown marks.)
      q.label_begin = q.label_end = static_cast<std::size_t>(without_emphasis(t).data() - t.data());
      paragraphs_[k].label = std::move(q);
    }
  }

  // An interview printed as a dialogue of dashes, as Russian and other European papers set
  // one ("— Сергей Викторович, как Вы оцениваете …?" / "— Встреча была полезной."): on a
  // page with no label of its own, the paragraphs that open with a dash (— – or -, then a
  // space) take turns, the first asking; a paragraph without a dash continues the turn
  // before it. It is a dialogue when two questions or more take part and the turns keep
  // their parts: at least 60% of the asking turns end with a question mark, at most a
  // third of the answering ones do. The turns carry no label; the text starts after the
  // dash.
  void mark_dash_dialogue() {
    std::vector<std::pair<std::size_t, std::size_t>> dashed;  // (paragraph, bytes of dash and space)
    for (std::size_t k = first_body_para(); k < paragraphs_.size(); ++k) {
      const Paragraph& p = paragraphs_[k];
      if (p.label && (!p.label->weak || p.label->unprinted)) return;  // the page labels its turns
      if (title_line_ && p.first <= *title_line_ && *title_line_ <= p.last) continue;
      const std::string_view t = lines_[p.first].text;
      for (std::string_view dash : {"\u2014 ", "\u2013 ", "- ", "\u2014\u00A0", "\u2013\u00A0"}) {
        if (t.starts_with(dash) && t.size() > dash.size() + 1) {
          dashed.emplace_back(k, dash.size());
          break;
        }
      }
    }
    if (dashed.size() < 4) return;
    auto asks = [&](std::size_t i) {
      // The paragraph's last line (a question may run over several).
      const Paragraph& p = paragraphs_[dashed[i].first];
      return ends_with_question_mark(lines_[p.last].text);
    };
    std::size_t questions = 0, asking = 0, answers = 0, answering = 0;
    for (std::size_t i = 0; i < dashed.size(); ++i) {
      if (i % 2 == 0) {
        ++questions;
        asking += asks(i);
      } else {
        ++answers;
        answering += asks(i);
      }
    }
    if (questions < 2 || asking * 10 < questions * 6 || answering * 3 > answers) return;
    for (std::size_t i = 0; i < dashed.size(); ++i) {
      const auto [k, dash] = dashed[i];
      const std::string_view t = lines_[paragraphs_[k].first].text;
      std::size_t begin = dash;
      while (begin < t.size() && t[begin] == ' ') ++begin;
      SpeakerLabel l;
      l.role = i % 2 == 0 ? LabelRole::question : LabelRole::answer;
      l.unprinted = true;
      l.label_begin = l.label_end = l.text_begin = begin;
      paragraphs_[k].label = std::move(l);
    }
  }

  // Whether every line of paragraph p is set in bold or italics: Markdown's **…**, __…__,
  // *…* or _…_ around it, or the markup's <b>, <strong>, <i> or <em> from its start to its end.
  bool wholly_emphasised(const Paragraph& p) const {
    for (std::size_t li = p.first; li <= p.last; ++li) {
      if (!lines_[li].text.empty() && !line_emphasised(lines_[li])) return false;
    }
    return true;
  }

  // Whether line l is set in bold or italics from its start to its end: Markdown's **…**,
  // __…__, *…* or _…_ around it, or the markup's <b>, <strong>, <i> or <em>.
  bool line_emphasised(const PageLine& l) const {
    const std::string_view inner = without_emphasis(l.text);
    const bool markdown = inner.size() + 2 <= l.text.size() && (l.text.front() == '*' || l.text.front() == '_');
    return markdown || std::any_of(hints_.emphasis.begin(), hints_.emphasis.end(), [&](const auto& e) {
             return e.first <= l.begin && l.begin + l.text.size() <= e.second;
           });
  }

  std::size_t first_body_para() const {
    return title_para_ ? *title_para_ + (title_line_ && paragraphs_[*title_para_].last == *title_line_ ? 1 : 0) : 0;
  }

  // Adds the lines [from, to] of a paragraph to the draft; the first line may start later
  // (after the label).
  void add_paragraph(Draft& d, std::size_t from, std::size_t to, std::size_t first_offset) {
    std::string para;
    std::size_t last_end = 0;
    bool have = false;
    std::string_view prev;
    for (std::size_t li = from; li <= to; ++li) {
      const PageLine& l = lines_[li];
      if (l.chrome || (title_line_ && li == *title_line_)) continue;
      std::string_view t = l.text;
      std::size_t base = l.begin;
      if (li == from && first_offset) {
        t = trim(t.substr(first_offset));
        base = l.begin + static_cast<std::size_t>(t.data() - l.text.data());
        if (t.empty()) continue;
      } else if (li == from && d.label && d.label->unprinted) {
        t = without_emphasis(t);  // a question set in bold: "**How …?**"
        base = l.begin + static_cast<std::size_t>(t.data() - l.text.data());
      } else {
        // (A heading alone between paragraphs: a part of the press event, or one the page's
        // contents list names.)
        if (is_chrome_line(t) || (from == to && (is_section_heading(t) || contents_items_.contains(t)))) continue;
        const std::string_view u = unquote(t);
        base += static_cast<std::size_t>(u.data() - t.data());
        t = u;
        if (t.empty()) continue;
      }
      if (!have && !d.label && d.text.empty()) {
        d.start_byte = base;
        d.line = l.number;
      }
      if (have) para.append(ends_sentence(prev) ? "\n" : " ");
      append_text(para, t);
      prev = t;
      have = true;
      last_end = base + t.size();
    }
    if (!have) return;
    if (!d.text.empty()) d.text.append("\n\n");
    d.text.append(para);
    ++d.paragraphs;
    d.end_byte = last_end;
  }

  // The last lone date or time line after the title and before the first label: header
  // lines such as a lead paragraph above it are not speech (kremlin.ru puts the event's
  // summary between the title and the date). On a page without a label, only a date that
  // speech follows: a date after which no speech comes (a statement signed "December 6,
  // 2021" at its end) closes the text rather than heading it.
  std::optional<std::size_t> header_date_line() const {
    std::optional<std::size_t> found, before_speech;
    for (std::size_t k = first_body_para(); k < paragraphs_.size(); ++k) {
      const Paragraph& p = paragraphs_[k];
      if (p.counted) return found;
      for (std::size_t li = p.first; li <= p.last; ++li) {
        const std::string_view t = lines_[li].text;
        if (t.size() <= 80 && (is_time_line(t) || is_date_line(t) || starts_with_time(t))) {
          found = li;
        } else if (found && before_speech != found && !lines_[li].chrome && !is_header_chrome(t)) {
          before_speech = found;
        }
      }
    }
    return before_speech;
  }

  void assemble() {
    const std::size_t first = first_body_para();
    const std::optional<std::size_t> header_end = header_date_line();
    bool started = false;  // speech has begun (header chrome rules stop)
    for (std::size_t k = first; k < paragraphs_.size(); ++k) {
      const Paragraph& p = paragraphs_[k];
      if (p.counted) {
        Draft d;
        const PageLine& l = lines_[p.first];
        d.label = p.label;
        const std::size_t markup = p.label->label_begin;
        d.start_byte = l.begin + markup;
        d.end_byte = l.begin + p.label->label_end;
        d.line = l.number;
        drafts_.push_back(std::move(d));
        add_paragraph(drafts_.back(), p.first, p.last, p.label->text_begin == l.text.size() ? l.text.size() : p.label->text_begin);
        started = true;
        continue;
      }
      if (!started) {
        // Header zone: drop navigation lines at the top of the paragraph.
        std::size_t from = p.first;
        if (header_end && from <= *header_end) from = *header_end + 1;
        while (from <= p.last && (lines_[from].chrome || is_header_chrome(lines_[from].text) ||
                                  (title_line_ && (from == *title_line_ || repeats_title(lines_[from].text))))) {
          ++from;
        }
        if (from > p.last) continue;
        drafts_.push_back(Draft{});
        add_paragraph(drafts_.back(), from, p.last, 0);
        if (drafts_.back().paragraphs == 0) {
          drafts_.pop_back();
          continue;
        }
        started = true;
        continue;
      }
      // An interview whose answers carry no label: once the question has ended with its
      // question mark, the next paragraph opens the answer.
      if (interview_ && drafts_.back().label && is_question_role(*drafts_.back().label) &&
          ends_with_question_mark(drafts_.back().text)) {
        Draft d;
        d.unlabelled_answer = true;
        drafts_.push_back(std::move(d));
        add_paragraph(drafts_.back(), p.first, p.last, 0);
        if (drafts_.back().paragraphs == 0) drafts_.pop_back();  // only chrome: no answer yet
        continue;
      }
      add_paragraph(drafts_.back(), p.first, p.last, 0);
    }
  }

  // A header line that prints the title again (kremlin.ru repeats the headline over the
  // text), or the markup's headline without the kicker the <h1> sets over it.
  bool repeats_title(std::string_view t) const {
    if (!title_line_) return false;
    if (t.size() == lines_[*title_line_].text.size() && t == lines_[*title_line_].text) return true;
    return t.size() < 500 && prints_markup_headline(t);
  }

  static bool ends_with_question_mark(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == ')')) text.remove_suffix(1);
    for (std::string_view close : {"\u00BB", "\u201D"}) {
      if (text.ends_with(close)) text.remove_suffix(close.size());
    }
    return text.ends_with("?");
  }

  void fill_metadata() {
    DocumentInfo& info = out_.info;
    // (No-break spaces, which kremlin.ru puts after every short word, print as spaces.)
    if (given_title_) info.title = given_title_;
    else if (title_line_) info.title = collapse_spaces(title_without_suffix(title_text(lines_[*title_line_].text)));
    else if (front_title_) info.title = front_title_;

    // Header lines: from the top to the first turn.
    std::size_t header_end = lines_.size();
    if (!drafts_.empty()) {
      // (by offset: the lines of a collapsed page share one line number)
      header_end = 0;
      while (header_end < lines_.size() && lines_[header_end].begin + lines_[header_end].text.size() <= drafts_.front().start_byte) {
        ++header_end;
      }
    } else if (end_line_) {
      header_end = *end_line_;
    }
    std::vector<std::size_t> header;
    if (title_line_) header.push_back(*title_line_);
    // The top of the page, and the lines just above the title however far down it stands
    // (a date over the headline, under a long menu).
    for (std::size_t li = 0; li < header_end; ++li) {
      if (li >= 80 && !(title_line_ && li + 12 >= *title_line_)) continue;
      if (!lines_[li].text.empty() && (!title_line_ || li != *title_line_)) header.push_back(li);
    }
    std::optional<std::size_t> date_line;
    // When the title has no date, the date a speech was delivered on beats the date it was
    // published ("Published 12 May 2023" / "Delivered on: 11 May 2023"): move that line
    // (or the one after a bare "Delivered on:") to the front.
    if (!(title_line_ && find_date(lines_[*title_line_].text))) {
      for (std::size_t h = 0; h < header.size(); ++h) {
        const std::string f = scan::fold_word(utf8_prefix(without_emphasis(lines_[header[h]].text), 24));
        if (!f.starts_with("delivered on") && !f.starts_with("date of delivery")) continue;
        const std::size_t pick = find_date(lines_[header[h]].text) ? h : h + 1;
        if (pick < header.size() && find_date(lines_[header[pick]].text)) {
          const std::size_t li = header[pick];
          header.erase(header.begin() + static_cast<long>(pick));
          header.insert(header.begin(), li);
        }
        break;
      }
    }
    // A slash date that reads both ways is month first when the header writes a US time
    // zone, or writes the same date with a month name in that order.
    const auto month_first_page = [&](const DateMatch& d) {
      for (auto h : header) {
        const std::string_view t = lines_[h].text;
        if (us_time_zone_line(t)) return true;
        if (auto other = find_date(t); other && !other->month_first && other->iso == *d.month_first) return true;
      }
      return false;
    };
    // A date inside a sentence of the lead is the event's: a dated line that is no such
    // sentence goes first.
    std::stable_partition(header.begin(), header.end(), [&](std::size_t li) {
      return !lead_sentence(lines_[li].text, scan::shape_words(lines_[li].text));
    });
    // The date of line t, and its place: written before the date, or after it on a date line.
    const auto take_date = [&](std::string_view t, const DateMatch& d) {
      info.date = d.month_first && month_first_page(d) ? *d.month_first : d.iso;
      info.place = place_before(t, d.begin);
      if (!info.place && (is_date_line(t) || dated_at_the_end(t, d))) info.place = place_after(t, d.end);
    };
    for (auto li : header) {
      if (auto d = find_date(lines_[li].text)) {
        take_date(lines_[li].text, *d);
        date_line = li;
        break;
      }
    }
    // No date in the header: a statement signed with its date (and place) on one of the
    // text's last three lines ("December 6, 2021, Minsk" under a ministry's statement).
    if (!info.date && !drafts_.empty()) {
      std::size_t li = end_line_ ? *end_line_ : lines_.size();
      for (int seen = 0; li > header_end && seen < 3;) {
        --li;
        const std::string_view t = trim(lines_[li].text);
        if (t.empty()) continue;
        ++seen;
        if (t.size() > 80 || !is_date_line(t)) continue;
        if (auto d = find_date(t)) {
          take_date(t, *d);
          if (!info.place) {
            if (signed_place_) info.place = place_line(lines_[*signed_place_].text, true);
          }
          break;
        }
      }
    }
    // A venue block under the title: one or more venue lines ended by a time line or the
    // first turn ("Élysée Palace" / "Paris, France" / "6:44 P.M. CET"; "Aboard Air Force
    // One" / "En Route Hanoi, Vietnam"; "Via Telephone" / "12:22 P.M. EDT"), after a date
    // line or a heading in capitals that repeats the title. Read whole, it beats a place
    // inside the title ("… en route Chicago, Illinois, 3/15/2013").
    if (title_line_) {
      std::vector<std::string_view> venue;
      bool ended = false, timed = false;
      // (A press release's masthead before it is skipped: "THE WHITE HOUSE" / "Office of
      // the Press Secretary" / "____" / "For Immediate Release October 23, 2009".)
      std::size_t reach = 12;
      for (std::size_t j = *title_line_ + 1; j < lines_.size() && j < *title_line_ + reach; ++j) {
        const std::string_view t = lines_[j].text;
        if (t.empty()) continue;
        if (venue.empty() && reach < 20 && masthead_line(t)) {
          ++reach;
          continue;
        }
        if (!drafts_.empty() && lines_[j].begin >= drafts_.front().start_byte) {
          ended = true;
          break;
        }
        if (t.size() <= 80 && (is_time_line(t) || starts_with_time(t))) {
          ended = timed = true;
          break;
        }
        // (A heading's words in capitals: "PRESS GAGGLE" / "BY" / "ROBERT GIBBS".)
        const bool caps_heading = scan::capital_letters(t) >= 2 && at_most_words(t, 12) &&
                                  std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (venue.empty() && (caps_heading || (t.size() <= 80 && is_date_line(t)))) {
          // (A heading block in capitals, "PRESS BRIEFING" / "BY" / "PRESS SECRETARY ROBERT
          // GIBBS", pushes the venue further down.)
          if (caps_heading && reach < 20) ++reach;
          continue;
        }
        // (An editorial note in square brackets above the venue: "[As prepared by White
        // House stenographer in real time]".)
        if (venue.empty() && t.size() <= 120 && t.front() == '[' && t.back() == ']') continue;
        if (!is_venue_line(t) || is_end_marker(t) || is_navigation_line(t) || is_chrome_line(t)) break;
        if (const auto label = match_speaker_label(t); label && !label->weak) break;
        venue.push_back(t);
      }
      if (ended && !venue.empty() && (timed || place_line(venue.back()))) {
        std::string joined;
        for (std::string_view v : venue) {
          if (!joined.empty()) joined.append(", ");
          joined.append(collapse_spaces(v));
        }
        info.place = std::move(joined);
      }
    }
    // No place before the date: a place line next to the date line ("10 апреля 2023 года,
    // 16:20" / "Москва, Кремль"; "Washington, DC" / "February 14, 2023").
    for (auto d : header) {
      if (info.place || !date_line) break;
      if (d != *date_line && !(lines_[d].text.size() <= 80 && is_date_line(lines_[d].text))) continue;
      // Under the date (and a lone time line), even a single name is the place: "14
      // сентября 2020 года" / "16:40" / "Сочи".
      // Further down (past a byline), only a "City, Qualifier" line; and a single name only
      // under a lone date line, not under a title that holds the date ("… – February 14,
      // 2023" / "Hide").
      bool first = d != *date_line || is_date_line(lines_[d].text);
      for (std::size_t j = d + 1, seen = 0; j < lines_.size() && seen < 3 && !info.place; ++j) {
        const std::string_view t = lines_[j].text;
        if (t.empty() || is_time_line(t) || starts_with_time(t)) continue;
        ++seen;
        if (const auto label = match_speaker_label(t); label && !label->weak) break;
        const bool furniture = is_end_marker(t) || is_navigation_line(t) ||
                               is_furniture_word(scan::fold_word(split_words(t).front()));
        if (!furniture) info.place = place_line(t, first);
        first = false;
      }
      for (std::size_t j = d; !info.place && j-- > 0 && d - j <= 3;) {
        if (lines_[j].text.empty()) continue;
        if (!title_line_ || j != *title_line_) info.place = place_line(lines_[j].text);
        break;
      }
    }
    // A labelled place in the header: "Location: London", "Место проведения:" / "Москва".
    for (std::size_t h = 0; h < header.size() && !info.place; ++h) {
      const std::string_view t = lines_[header[h]].text;
      const std::size_t colon = t.find(':');
      if (colon == std::string_view::npos || colon > 24) continue;
      const std::string label = scan::fold_word(trim(t.substr(0, colon)));
      static constexpr std::string_view kPlaceLabels[] = {"location", "place", "venue", "место",
                                                          "место проведения", "lieu", "lugar", "ort"};
      if (std::find(std::begin(kPlaceLabels), std::end(kPlaceLabels), label) == std::end(kPlaceLabels)) continue;
      std::string_view value = trim(t.substr(colon + 1));
      if (value.empty() && h + 1 < header.size()) value = lines_[header[h + 1]].text;
      if (!value.empty() && value.size() <= 60 && at_most_words(value, 5) && !find_date(value)) {
        info.place = collapse_spaces(value);
      }
    }
    if (!info.date && front_date_) {
      if (auto d = find_date(*front_date_)) info.date = d->iso;
    }
    // What the page's wrapper says, when the page says nothing.
    if (!info.date && hints_.given_date) {
      if (auto d = find_date(*hints_.given_date)) info.date = d->iso;
    }
    if (!info.place && hints_.given_place) {
      const std::string place = collapse_spaces(*hints_.given_place);
      if (!place.empty()) info.place = place;
    }
    for (auto li : header) {
      const std::string_view t = lines_[li].text;
      if (t.size() > 80 || !(is_time_line(t) || is_date_line(t) || starts_with_time(t))) continue;
      if (auto tm = find_time(t)) {
        info.time = std::string(t.substr(tm->begin, tm->end - tm->begin));
        break;
      }
    }
    if (!info.time && date_line) {
      const std::string_view t = lines_[*date_line].text;
      const auto d = find_date(t);
      const std::string_view rest = t.substr(d->end);
      if (auto tm = find_time(rest)) info.time = std::string(rest.substr(tm->begin, tm->end - tm->begin));
    }
    info.speaker = principal_;  // classify(): the title's principal, else the host (also on a page without a title)
    // A speech's dateline in brackets under its heading ("（2019年2月16日，慕尼黑）").
    if (!info.place && title_line_) {
      for (std::size_t li = *title_line_ + 1; li < lines_.size() && li <= *title_line_ + 16; ++li) {
        if (!drafts_.empty() && lines_[li].begin >= drafts_.front().start_byte + 400) break;
        if (auto place = bracketed_dateline_place(lines_[li].text)) {
          info.place = std::move(place);
          break;
        }
      }
    }
    // The place signed over the date at the end ("PUTRAJAYA" / "25 JANUARY 2022"), when that
    // date is the page's (a press release without speech reads its date there too).
    if (!info.place && signed_place_ && date_line) {
      std::size_t next = *signed_place_ + 1;
      while (next < lines_.size() && lines_[next].text.empty()) ++next;
      if (next == *date_line) info.place = place_line(lines_[*signed_place_].text, true);
    }
    // A section's index (a list of headlines under the section's name, "Statements &
    // Speeches", "Press Releases"): its title is an entry of the site's menu above it, and
    // nobody speaks. The dates and places on it are its items'; the page itself has none.
    if (out_.turns.empty() && !given_title_ && title_line_ && names_a_menu_entry(*title_line_)) {
      info.date.reset();
      info.place.reset();
      info.time.reset();
    }

    TextStats all = all_turns_;
    if (out_.turns.empty() && info.title) all = text_stats(*info.title);
    info.lang = all.lang();
    // A turn too short to tell its language ("Merci.", "Да.") takes the page's, when both
    // are written in the same script.
    for (std::size_t k = 0; k < out_.turns.size() && k < weak_lang_.size(); ++k) {
      Turn& t = out_.turns[k];
      if (weak_lang_[k] && same_script(t.lang, info.lang)) t.lang = info.lang;
    }
  }

  // The last part of a breadcrumb ("Homepage › Primeiro Ministro › Speeches" -> "Speeches"):
  // a short line of two to eight parts parted by "›", "»" or " > ", each part of at most six
  // words; empty for any other line.
  static std::string_view breadcrumb_end(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.size() > 200 || t.find_first_of("\xE2\xC2>") == std::string_view::npos) return {};
    for (std::string_view sep : {"\u203A", "\u00BB", " > "}) {
      std::size_t parts = 1;
      for (std::size_t at = t.find(sep); at != std::string_view::npos; at = t.find(sep, at + sep.size())) ++parts;
      if (parts < 2 || parts > 8) continue;
      std::string_view rest = t;
      bool short_parts = true;
      std::string_view last;
      while (true) {
        const std::size_t at = rest.find(sep);
        const std::string_view part = trim(rest.substr(0, at));
        if (part.empty() || !at_most_words(part, 6)) short_parts = false;
        if (at == std::string_view::npos) {
          last = part;
          break;
        }
        rest = rest.substr(at + sep.size());
      }
      if (short_parts) return last;
    }
    return {};
  }

  // True when the title line repeats, in its words, a short line above it that is a menu's
  // entry or a breadcrumb's last part ("Press Service /" … "Statements & Speeches"): the
  // page is that section's index.
  bool names_a_menu_entry(std::size_t title_line) const {
    const std::string_view title = undoubled(trim(lines_[title_line].text));
    if (title.empty() || !at_most_words(title, 4)) return false;
    const std::string key = scan::fold_word(title);
    for (std::size_t li = 0; li < title_line; ++li) {
      std::string_view t = trim(lines_[li].text);
      while (!t.empty() && (t.back() == '/' || t.back() == ' ')) t.remove_suffix(1);
      // (The breadcrumb's last part: "Home » Documentation » Speeches".)
      for (std::string_view sep : {"\u203A", "\u00BB", ">", "/"}) {
        const std::size_t at = t.rfind(sep);
        if (at != std::string_view::npos && t.size() > title.size()) t = trim(t.substr(at + sep.size()));
      }
      if (t.size() == title.size() && scan::fold_word(t) == key) return true;
    }
    return false;
  }

  // A news lead standing where opening remarks would, or a news item without any speech
  // ("Владимир Путин провёл рабочую встречу с …", "The President visited the viewing
  // platform …"): unlabelled text that does not read as speech (speech_evidence.h: no
  // first- or second-person word, no salutation) is no turn — on a page without labels
  // always, before labelled turns when it names a labelled speaker or a separator parts
  // them. On a page without labels, a text whose only such word is "our" is a press
  // release unless the title names a statement or a speech, and one without any is speech
  // only when the title names a statement and its author ("Statement by President …
  // Putin"). An editor's note on what follows ("The following is a near-verbatim
  // transcript …") is none either, nor a lead over a heading that announces the transcript
  // ("Transcript of the meeting with …", page_chrome.h).
  void drop_lead() {
    // The wrapper says the page holds no speech (a content item without a body).
    if (!hints_.speech) {
      drafts_.clear();
      return;
    }
    // A roster of people (a participants list: "МИШУСТИН Михаил Владимирович – Председатель
    // Правительства …"), under a group's heading ("Члены Президиума …:") or none: no speech.
    std::erase_if(drafts_, [](const Draft& d) { return !(d.label && d.label->speaker) && reads_as_roster(d.text); });
    if (drafts_.empty() || drafts_[0].label || drafts_[0].unlabelled_answer) return;
    const std::string opening = scan::fold_word(utf8_prefix(drafts_[0].text, 60));
    for (std::string_view note : {"the following is", "below is", "ниже приводится", "ниже публикуется",
                                  "далее приводится"}) {
      if (!opening.starts_with(note) || drafts_.size() < 2) continue;
      if (drafts_[0].paragraphs == 1) {
        drafts_.erase(drafts_.begin());
        return;
      }
      // The note opens the speaker's first words ("The following is a near-verbatim
      // transcript of today's noon briefing …" / "The Secretary-General spoke by phone …"):
      // the turn begins at its second paragraph.
      Draft& d = drafts_[0];
      const std::size_t cut = d.text.find("\n\n");
      if (cut == std::string::npos) return;
      std::size_t li = 0;
      while (li < lines_.size() && lines_[li].begin < d.start_byte) ++li;
      while (li < lines_.size() && lines_[li].text.empty()) ++li;
      while (li < lines_.size() && !lines_[li].text.empty()) ++li;  // the note's lines
      while (li < lines_.size() && lines_[li].text.empty()) ++li;
      if (li >= lines_.size() || lines_[li].begin >= d.end_byte) return;
      d.text.erase(0, cut + 2);
      d.start_byte = lines_[li].begin;
      d.line = lines_[li].number;
      --d.paragraphs;
      return;
    }
    // A news item's lead over a heading that announces the transcript ("… discussed urgent
    // matters concerning law-making." / "Transcript of the meeting with leaders of the
    // Federation Council and the State Duma"), before labelled turns. (Text above the
    // heading that speaks to its listeners is speech, not a lead: it stays.)
    if (drafts_.size() > 1) {
      const std::string_view text = drafts_[0].text;
      const std::size_t last = text.rfind("\n\n");
      const std::string_view above = last == std::string_view::npos ? std::string_view() : text.substr(0, last);
      if (is_transcript_heading(trim(last == std::string_view::npos ? text : text.substr(last + 2))) &&
          speech_evidence(above) != SpeechEvidence::kDirect) {
        drafts_.erase(drafts_.begin());
        return;
      }
    }
    // A message quoted under the words that announce it ("The message reads, in part:
    // “In recent years, the university has proven itself …”"): its sender's words.
    if (drafts_.size() == 1 && announces_quoted_message(drafts_[0].text)) return;
    // A news report of what someone said, its first persons only inside quotations it
    // attributes ("„Für mich als Ministerin …“, betonte Bundesministerin Raab"): no speech.
    if (drafts_.size() == 1 && reports_quoted_speech(drafts_[0].text)) {
      drafts_.clear();
      return;
    }
    const SpeechEvidence evidence = speech_evidence(drafts_[0].text);
    if (evidence == SpeechEvidence::kDirect) return;
    // Only "our" ("our Missions abroad"): speech where the title names a statement or a
    // speech ("Statement by the Foreign Ministry …"), else a ministry's press release. No
    // such word at all: speech where the title names a statement and its author too
    // ("Statement by President of Russia Vladimir Putin", written in the third person).
    if (drafts_.size() == 1) {
      const std::optional<std::string_view> title = title_for_names();
      const bool speech_title = title && title_names_speech(*title);
      if (speech_title && evidence == SpeechEvidence::kPossessive) return;
      // (The statement is what the title is about: its first words, "Statement by …",
      // "Joint statement by …"; not "List of journalists accredited to cover … Address".)
      if (speech_title && title_names_speech(first_words(*title, 2)) && principal_speaker(*title)) return;
    } else if (evidence == SpeechEvidence::kPossessive) {
      return;
    }
    // A page without labels: a news item, no speech.
    if (drafts_.size() == 1) {
      drafts_.clear();
      return;
    }
    // Before labelled turns: a lead when it names one of the labelled speakers (kremlin.ru:
    // "Vladimir Putin met with …"), a separator ("* * *") parts it from them, or the turn
    // after it is a named person's (kremlin.ru: "Vladimir Vasilyev reported to the President
    // …" / "President of Russia Vladimir Putin: …", "… moderator Fyodor Lukyanov: …": whoever
    // speaks there is named by label, and third-person text above is the publisher's); else a
    // spokesperson's announcements in the third person before questions and answers ("1 -
    // Déplacement de Mme …" / "Q - …"), which open the briefing.
    std::vector<std::string> surnames;
    bool names_speaker = false;
    for (const Draft& d : drafts_) {
      if (!d.label || d.label->role != LabelRole::person || !d.label->speaker) continue;
      const std::string& speaker = *d.label->speaker;
      surnames.push_back(surname_key(speaker));
      // Names in scripts written without spaces ("蔡：" under a lead that names 蔡潇丽):
      // the name inside the text.
      std::size_t len = 0;
      if (!speaker.empty() && scan::peek(speaker, 0, len) >= 0x2E80 &&
          drafts_[0].text.find(speaker) != std::string::npos) {
        names_speaker = true;
      }
    }
    for (std::string_view w : split_words(drafts_[0].text)) {
      w = scan::without_trailing_marks(w, ",.;:!?)»”");
      if (w.empty()) continue;
      const std::string key = surname_key(w);
      for (const std::string& sn : surnames) {
        // The surname in any case form: "Putin", "Путина", "Путиным".
        const std::size_t stem = std::min(sn.size(), sn.size() > 5 ? sn.size() - 1 : sn.size());
        if (stem >= 3 && key.size() >= stem && key.compare(0, stem, sn, 0, stem) == 0) names_speaker = true;
      }
      if (names_speaker) break;
    }
    bool separated = false;
    for (const PageLine& l : lines_) {
      if (l.begin < drafts_[0].end_byte) continue;
      if (l.begin >= drafts_[1].start_byte) break;
      if (!l.text.empty() && is_chrome_line(l.text) && l.text.find('*') != std::string_view::npos) separated = true;
    }
    // (An office names whoever speaks too: the UN's "The President (spoke in Spanish):"
    // after "The agenda was adopted.")
    const bool person_follows = drafts_[1].label && (drafts_[1].label->speaker || drafts_[1].label->title ||
                                                     drafts_[1].label->role == LabelRole::office);
    if (names_speaker || separated || person_follows) drafts_.erase(drafts_.begin());
  }

  // The title's text, or front matter's title.
  std::optional<std::string_view> title_for_names() const {
    if (given_title_) return std::string_view(*given_title_);
    if (title_line_) return title_without_suffix(title_text(lines_[*title_line_].text));
    if (front_title_) return std::string_view(*front_title_);
    return std::nullopt;
  }

  // The first line of the first turn (all lines when there is none): the header is above it.
  std::size_t first_turn_line() const {
    if (drafts_.empty()) return lines_.size();
    std::size_t li = 0;
    while (li < lines_.size() && lines_[li].begin < drafts_.front().start_byte) ++li;
    return li;
  }

  // Names the header gives next to a title or office: "Ned Price, Department
  // Spokesperson", "Press Secretary Jen Psaki", "John Kirby – Pentagon Press Secretary".
  // `subjects` gets those that open their line: nothing but capitalised words (a title, an
  // office) before them ("Ambassador Neil Bush welcomes the report …", "Supreme
  // Commander-in-Chief of Russia Vladimir Putin visited …"), not the addressee of "Vladimir
  // Putin sent a message … to President of the United States Donald Trump", and nothing
  // that reads as no person (holds_function_word_or_country).
  void add_header_names(PageNames& names, std::vector<std::string>& subjects) const {
    const std::size_t first_turn = first_turn_line();
    for (std::size_t li = 0; li < first_turn && li < 80; ++li) {
      const std::string_view t = lines_[li].text;
      if (t.empty() || t.size() > 200) continue;
      for (const std::string& name : titled_names_in(t)) {
        names.add(name);
        const std::size_t at = t.find(name);
        if (at == std::string_view::npos || holds_function_word_or_country(name)) continue;
        bool opens = true;
        for (std::string_view w : split_words(t.substr(0, at))) {
          std::size_t len;
          const std::string f = scan::fold_word(w);
          if (!scan::is_upper(scan::peek(w, 0, len)) && f != "of" && f != "the" && f != "for") opens = false;
        }
        if (opens) subjects.push_back(name);
      }
    }
  }

  // The one person the page's text names as `office`, one or two given names and `surname`
  // ("Nashville Mayor Karl Dean" for "Mayor", "Dean"); the surname may be of several words
  // and name particles may stand among the given names ("Emir Tamim bin Hamad Al Thani" for
  // "Emir", "Al Thani"); nullopt when none or several.
  std::optional<std::string> person_after_office(std::string_view office, std::string_view surname) const {
    const std::string office_key = scan::fold_word(office);
    if (!is_title_word(office_key)) return std::nullopt;
    std::vector<std::string> surname_keys;
    for (std::string_view w : split_words(surname)) surname_keys.push_back(scan::fold_word(w));
    if (surname_keys.empty()) return std::nullopt;
    const std::size_t sn = surname_keys.size();
    std::set<std::string> found;
    for (const PageLine& line : lines_) {
      if (line.text.size() < office.size() + surname.size() + 4) continue;
      const std::vector<std::string_view> words = split_words(line.text);
      for (std::size_t i = 0; i + 1 + sn < words.size(); ++i) {
        if (words[i] != scan::bare_word(words[i]) || scan::fold_word(words[i]) != office_key) continue;
        std::size_t names_seen = 0;
        for (std::size_t given = 1; i + given + sn < words.size(); ++given) {
          // Words i+1 .. i+given: given names in name case (a headline in capitals, "PRESIDENT
          // JENS STOLTENBERG", keeps its own spelling out of the page's names), at most two,
          // the first no particle, particles among them.
          const std::string_view g = words[i + given];
          const bool particle = given > 1 && is_name_particle(scan::fold_word(g));
          if (!particle) {
            if (++names_seen > 2 || g != scan::bare_word(g) || !personal_name_word(g)) break;
          }
          bool names = true;
          for (std::size_t k = 0; k < sn && names; ++k) {
            const std::string_view w = words[i + given + 1 + k];
            names = scan::fold_word(k + 1 == sn ? scan::bare_word(w) : w) == surname_keys[k];
          }
          if (!names) continue;
          std::string person;
          for (std::size_t k = i + 1; k <= i + given; ++k) person.append(words[k]).push_back(' ');
          for (std::size_t k = 0; k < sn; ++k) {
            const std::string_view w = words[i + given + 1 + k];
            person.append(k + 1 == sn ? scan::bare_word(w) : w);
            if (k + 1 < sn) person.push_back(' ');
          }
          found.insert(person);
          break;
        }
      }
    }
    if (found.size() != 1) return std::nullopt;
    return *found.begin();
  }

  // The one person the page's text names with a given name in front of `surname` ("Ben
  // Rhodes, Deputy National Security Advisor, is with me" for "MR. RHODES:"): a given name
  // in name case, not a title, and a word the page never prints in lower case ("Never
  // Trump", "Yesterday Carney" are no names), perhaps followed by initials ("Donald J.
  // Trump"); nullopt when none or several ("Donald Trump" and "Melania Trump").
  // Only the page up to the end of the last turn counts (not a list of tags after it:
  // kremlin.ru's "Лица Кирилл Патриарх Московский").
  std::optional<std::string> person_named(std::string_view surname) const {
    const std::size_t end = drafts_.empty() ? page_.size() : drafts_.back().end_byte;
    std::set<std::string> found;
    std::set<std::string> candidates;  // folded given names, checked against lower case below
    // (A searcher that skips: a Cyrillic surname's first byte is every other byte of the
    // text, where find() would compare at each.)
    const std::boyer_moore_horspool_searcher searcher(surname.begin(), surname.end());
    auto initial = [](std::string_view w) {
      std::size_t len = 0;
      return w.size() >= 2 && w.back() == '.' && scan::is_upper(scan::peek(w, 0, len)) && len + 1 == w.size();
    };
    for (const PageLine& line : lines_) {
      if (line.begin >= end) break;
      if (line.text.size() < surname.size() + 3 ||
          std::search(line.text.begin(), line.text.end(), searcher) == line.text.end()) {
        continue;
      }
      const std::vector<std::string_view> words = split_words(line.text);
      for (std::size_t i = 1; i < words.size(); ++i) {
        if (line.begin + static_cast<std::size_t>(words[i].data() - line.text.data()) >= end) break;
        if (scan::bare_word(words[i]) != surname) continue;
        std::size_t g = i;
        while (g > 0 && initial(words[g - 1])) --g;  // "J." in "Donald J. Trump"
        if (g == 0 || words[g - 1] != scan::bare_word(words[g - 1]) || !personal_name_word(words[g - 1])) continue;
        --g;
        std::string person;
        for (std::size_t k = g; k < i; ++k) person.append(words[k]).push_back(' ');
        found.insert(person.append(surname));
        candidates.insert(scan::fold_word(words[g]));
      }
    }
    if (found.size() != 1) return std::nullopt;
    for (const PageLine& line : lines_) {
      for (std::string_view w : split_words(line.text)) {
        w = scan::bare_word(w);
        std::size_t len = 0;
        if (!w.empty() && scan::is_lower(scan::peek(w, 0, len)) && candidates.count(std::string(w))) {
          return std::nullopt;
        }
      }
    }
    return *found.begin();
  }

  // The one person the page's text prints beside an office, as an office label gives it
  // alone ("Spokesman:"): in apposition after the name ("… noon briefing by Stéphane
  // Dujarric, Spokesman for the Secretary-General") or after the office ("Spokesman
  // Stéphane Dujarric said", "Rueda de prensa del presidente del Gobierno, Pedro
  // Sánchez"). A name is two or three words in name case, not titles, that would make a
  // person's label. Nobody when the page ties the office to two people.
  std::optional<std::string> person_beside_office(std::string_view office) const {
    std::vector<std::string> office_words;
    for (std::string_view w : split_words(office)) office_words.push_back(scan::fold_word(scan::bare_word(w)));
    if (!office_words.empty() && office_words.front() == "the") office_words.erase(office_words.begin());
    if (office_words.empty() || office_words.size() > 6) return std::nullopt;
    // (A person's name by the label rules: "Mike Pence: …" names a person, "For The: …" not.)
    auto person_of = [&](const std::vector<std::string_view>& name) -> std::optional<std::string> {
      if (name.size() < 2) return std::nullopt;
      // (A preposition that opens a sentence is no given name: "By Stéphane Dujarric, …".)
      static constexpr std::string_view kOpeners[] = {"by", "from", "with", "to", "for", "and", "the", "of", "at",
                                                      "in", "on", "par", "por", "von", "mit", "avec", "con"};
      const std::string first = scan::fold_word(name.front());
      if (std::find(std::begin(kOpeners), std::end(kOpeners), first) != std::end(kOpeners)) return std::nullopt;
      std::string person;
      for (std::string_view w : name) person.append(w).push_back(' ');
      person.pop_back();
      if (!label_naming(person)) return std::nullopt;
      return person;
    };
    std::set<std::string> found;
    for (const PageLine& line : lines_) {
      // (A menu names the site's offices with their holders: "Vice President Mike Pence".)
      if ((line.chrome && !line.menu) || line.text.size() < office.size() + 6 || line.text.size() > 3000) continue;
      const std::vector<std::string_view> words = split_words(line.text);
      for (std::size_t i = 0; i + office_words.size() <= words.size(); ++i) {
        bool at = true;
        for (std::size_t k = 0; k < office_words.size() && at; ++k) {
          at = scan::fold_word(scan::bare_word(words[i + k])) == office_words[k] &&
               (k + 1 == office_words.size() || words[i + k] == scan::bare_word(words[i + k]));
        }
        if (!at) continue;
        // "Name Surname, Office"
        if (i >= 2 && words[i - 1].ends_with(',')) {
          std::vector<std::string_view> name;
          for (std::size_t j = i; j-- > 0 && name.size() < 4;) {
            std::string_view w = words[j];
            if (j + 1 == i) w.remove_suffix(1);
            if (w != scan::bare_word(w) || !personal_name_word(w)) break;
            name.insert(name.begin(), w);
          }
          // (The longest that makes a name: "By Stéphane Dujarric, …" is Stéphane Dujarric.)
          if (name.size() <= 3) {
            for (std::size_t from = 0; from + 2 <= name.size(); ++from) {
              if (auto person = person_of({name.begin() + static_cast<std::ptrdiff_t>(from), name.end()})) {
                found.insert(*person);
                break;
              }
            }
          }
        }
        // "Office Name Surname", "Office, Name Surname" ("el presidente del Gobierno, Pedro
        // Sánchez, …")
        const std::size_t after = i + office_words.size();
        const std::string_view office_end = words[after - 1];
        if (office_end == scan::bare_word(office_end) ||
            (office_end.ends_with(',') && scan::bare_word(office_end).size() + 1 == office_end.size())) {
          std::vector<std::string_view> name;
          for (std::size_t j = after; j < words.size() && name.size() < 3; ++j) {
            const std::string_view bare = scan::bare_word(words[j]);
            if (!personal_name_word(bare)) break;
            name.push_back(bare);
            if (bare != words[j]) break;  // a comma or a full stop ends the name
          }
          for (std::size_t to = name.size(); to >= 2; --to) {
            if (auto person = person_of({name.begin(), name.begin() + static_cast<std::ptrdiff_t>(to)})) {
              found.insert(*person);
              break;
            }
          }
        }
      }
    }
    if (found.size() != 1) return std::nullopt;
    return *found.begin();
  }

  // A news item or a message (a page without labelled turns): the person its lead opens
  // with, the subject of its first sentence ("Vladimir Putin had a telephone conversation
  // with …", "Владимир Путин встретился с …", "Foreign Minister Sergey Lavrov met …"). The
  // lead is the first line of six words or more after the title (dates and times aside).
  // Not someone the title names in another part: the guest of "Working meeting with …
  // Governor Vladimir Vladimirov", whose lead opens "Vladimir Vladimirov informed the
  // President …".
  std::optional<std::string> lead_subject() const {
    const std::size_t from = title_line_ ? *title_line_ + 1 : 0;
    for (std::size_t li = from; li < lines_.size() && li < from + 12; ++li) {
      std::string_view t = lines_[li].text;
      if (t.empty() || lines_[li].chrome) continue;
      // A lead run together with the body (a page kept on one line): its first sentence, or
      // its first 600 bytes up to a space.
      if (t.size() > 2000) {
        std::size_t stop = first_sentence_end(t, 600);
        if (stop == std::string_view::npos) stop = t.rfind(' ', 600);
        if (stop == std::string_view::npos) continue;
        t = t.substr(0, stop);
      }
      if (is_date_line(t) || is_time_line(t) || starts_with_time(t)) continue;
      if (at_most_words(t, 5)) continue;
      std::optional<std::string> found = subject_of(t);
      if (!found) found = russian_event_holder(t);
      // After a clause that opens the sentence: "During his working visit to Iran, Vladimir
      // Putin met with …", "On November 29, Vladimir Putin will hold talks …".
      // (Not a name in a list: "… congratulated Maxim Stepanov, Vladislav Pryanishnikov and
      // Vladislav Shchepotkin"; the first of two subjects, "Vladimir Putin and Prime Minister
      // Dmitry Medvedev visited …", opens the sentence itself.)
      if (!found) {
        const std::size_t comma = t.find(", ");
        if (comma != std::string_view::npos && at_most_words(t.substr(0, comma), 12)) {
          const std::string_view rest = t.substr(comma + 2);
          found = subject_of(rest);
          if (found) {
            const std::size_t at = rest.find(*found);
            const std::vector<std::string_view> after =
                split_words(at == std::string_view::npos ? std::string_view() : rest.substr(at + found->size()));
            const std::string next = after.empty() ? std::string() : scan::fold_word(after.front());
            if (next == "and" || next == "or" || next == "и" || next == "или") found.reset();
          }
        }
      }
      if (found && title_line_) {
        const std::string_view title = lines_[*title_line_].text;
        const std::vector<std::string_view> parts = split_words(*found);
        // The surname in any case form: its letters but the last two (Путин, Путиным).
        const std::string surname = scan::fold_word(parts.back());
        std::size_t keep = 0;
        for (std::size_t i = 0, n = count_chars(surname); i + 2 < n || (i < n && i < 4); ++i) {
          std::size_t len;
          scan::peek(surname, keep, len);
          keep += len;
        }
        const std::string stem = surname.substr(0, keep);
        const std::vector<std::string_view> title_words = split_words(title);
        for (std::size_t k = parts.size(); k < title_words.size(); ++k) {
          if (scan::fold_word(scan::bare_word(title_words[k])).starts_with(stem)) return std::nullopt;
        }
      }
      return found;
    }
    return std::nullopt;
  }

  // Where the first sentence of t ends (past its full stop, "!" or "?" before a space and a
  // capital), within its first `limit` bytes; npos when none does.
  static std::size_t first_sentence_end(std::string_view t, std::size_t limit) {
    for (std::size_t i = 0; i + 2 < t.size() && i < limit; ++i) {
      if ((t[i] != '.' && t[i] != '!' && t[i] != '?') || t[i + 1] != ' ') continue;
      std::size_t len;
      if (scan::is_upper(scan::peek(t, i + 2, len))) return i + 1;
    }
    return std::string_view::npos;
  }

  // A Russian lead that names its event's holder in the genitive before "с"/"со" (with):
  // "Состоялся телефонный разговор Владимира Путина с Президентом …", "В Кремле состоялась
  // встреча Владимира Путина со …": the holder in the nominative (Владимир Путин), when the
  // given name undone reads as one and the word before it is in lower case (the event).
  static std::optional<std::string> russian_event_holder(std::string_view t) {
    const std::vector<std::string_view> words = split_words(t);
    for (std::size_t k = 1; k + 2 < words.size() && k < 30; ++k) {
      const std::string_view given = words[k], surname = words[k + 1];
      const std::string with = scan::fold_word(words[k + 2]);
      if (with != "с" && with != "со") continue;
      std::size_t len;
      const char32_t g = scan::peek(given, 0, len), f = scan::peek(surname, 0, len), before = scan::peek(words[k - 1], 0, len);
      if (scan::script_of(g) != scan::Script::cyrillic || !scan::is_upper(g) || !scan::is_upper(f) ||
          !scan::is_lower(before) || scan::bare_word(surname) != surname) {
        continue;
      }
      const std::string folded = scan::fold_word(given);
      if (!folded.ends_with("а") && !folded.ends_with("я")) continue;
      const std::string nominative = undo_russian_genitive(given);
      if (nominative == given || !reads_as_nominative_given_name(scan::fold_word(nominative))) continue;
      return nominative + " " + undo_russian_genitive(surname);
    }
    return std::nullopt;
  }

  // The subject a sentence opens with, when it is a person: the words before its first
  // word in lower case (the verb), either a name next to a title or two or three
  // capitalised words, none of them a title or a common word (for Cyrillic a given name in
  // the nominative, a patronymic perhaps, a surname, then a verb in the past tense:
  // "Владимир Путин провёл"; "назначен", a participle, makes no subject); never a
  // possessive ("… Governor Alexander Karlin’s request") or a subject cut by punctuation
  // ("Vladimir Putin, who …"); never what a headline's passive is done to ("Anatoly Antonov
  // appointed Russian Ambassador to the USA", "… granted the title of Hero of Russia": the
  // English verbs of appointments and honours that headlines use without "was"); never
  // words with a function word or a country ("Executive Order On …").
  static std::optional<std::string> subject_of(std::string_view t) {
    const std::vector<std::string_view> words = split_words(t);
    // An announcement opens with the day: "On December 25 Vladimir Putin will meet …",
    // "25 декабря Владимир Путин проведёт …" (a month name and a day, "On" before them).
    {
      std::size_t k = 0;
      if (!words.empty() && (scan::fold_word(words[0]) == "on" || scan::fold_word(words[0]) == "в")) ++k;
      auto day = [](std::string_view w) {
        w = scan::bare_word(w);
        return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      };
      auto month = [](std::string_view w) { return is_calendar_word(scan::fold_word(scan::bare_word(w))); };
      if (k + 2 < words.size() && ((month(words[k]) && day(words[k + 1])) || (day(words[k]) && month(words[k + 1])))) {
        std::string_view rest = t.substr(static_cast<std::size_t>(words[k + 1].data() - t.data()) + words[k + 1].size());
        while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
        if (!rest.empty()) return subject_of(rest);
      }
    }
    // Or with a time of day: "Late last night Vladimir Putin took part …", "Earlier today …",
    // «Вчера вечером Владимир Путин …».
    {
      static constexpr std::string_view kWhen[] = {"late last night", "last night", "earlier today", "late tonight",
                                                   "this morning", "this afternoon", "this evening", "tonight",
                                                   "today", "yesterday", "earlier", "вчера вечером", "сегодня утром",
                                                   "вчера", "сегодня", "накануне"};
      const std::string head = scan::fold_word(utf8_prefix(t, 40));
      for (std::string_view when : kWhen) {
        if (!head.starts_with(when) || head.size() <= when.size() || head[when.size()] != ' ') continue;
        std::string_view rest = t.substr(when.size());
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
        std::size_t len;
        if (!rest.empty() && scan::is_upper(scan::peek(rest, 0, len))) return subject_of(rest);
        break;
      }
    }
    // The verb: the first word in lower case, past the connectors of an office's name
    // ("President of Russia Vladimir Putin and President of China Xi Jinping visited …").
    std::size_t verb = 0;
    while (verb < words.size() && verb <= 8) {
      std::size_t len;
      if (scan::is_lower(scan::peek(words[verb], 0, len))) {
        const std::string f = scan::fold_word(words[verb]);
        const bool connector = f == "of" || f == "the" || f == "for";
        if (!connector || verb == 0 || verb + 1 >= words.size() ||
            words[verb - 1] != scan::bare_word(words[verb - 1]) ||
            !scan::is_upper(scan::peek(words[verb + 1], 0, len)) || !is_title_word(scan::fold_word(words[verb - 1]))) {
          break;
        }
      }
      ++verb;
    }
    if (verb < 2 || verb > 8 || verb >= words.size()) return std::nullopt;
    static constexpr std::string_view kHeadlinePassives[] = {
        "appointed", "reappointed", "named", "elected", "re-elected", "granted", "awarded", "dismissed",
        "relieved", "decorated", "confirmed", "sworn", "released", "nominated"};
    const std::string verb_word = scan::fold_word(scan::bare_word(words[verb]));
    // (Unless a plural object follows: "Vladimir Putin nominated candidates to …", "…
    // awarded prizes": the subject acts.)
    auto plural_object = [&] {
      if (verb + 1 >= words.size()) return false;
      const std::string_view next = scan::bare_word(words[verb + 1]);
      std::size_t len;
      return next.size() >= 5 && next == words[verb + 1] && scan::is_lower(scan::peek(next, 0, len)) &&
             next.ends_with("s") && !next.ends_with("ss") && !next.ends_with("us") && !next.ends_with("is");
    };
    if (std::find(std::begin(kHeadlinePassives), std::end(kHeadlinePassives), verb_word) !=
            std::end(kHeadlinePassives) &&
        !plural_object()) {
      return std::nullopt;
    }
    if (scan::bare_word(words[verb - 1]) != words[verb - 1] || words[verb - 1].ends_with("'s") ||
        words[verb - 1].ends_with("\u2019s")) {
      return std::nullopt;
    }
    const std::string_view subject =
        t.substr(0, static_cast<std::size_t>(words[verb - 1].data() - t.data()) + words[verb - 1].size());
    std::size_t len;
    const bool cyrillic = scan::script_of(scan::peek(words[0], 0, len)) == scan::Script::cyrillic;
    auto russian_name = [&](std::string_view name) {
      const std::vector<std::string_view> parts = split_words(name);
      if (parts.size() < 2 || parts.size() > 3) return false;
      auto patronymic = [](std::string_view w) { return is_patronymic_key(name_key(scan::fold_word(w))); };
      if (parts.size() == 3 && !patronymic(parts[1])) return false;
      if (!reads_as_nominative_given_name(scan::fold_word(parts[0])) || patronymic(parts[0])) return false;
      // The verb next, or after a circumstance that opens with a preposition and holds no
      // comma: "Владимир Путин в связи с завершением операции по освобождению Курской
      // области позвонил командующему …".
      static constexpr std::string_view kPrepositions[] = {"в", "во", "по", "на", "после", "перед", "накануне",
                                                           "от", "из", "с", "со", "за"};
      const std::string first = scan::fold_word(words[verb]);
      if (is_past_tense_verb(first, false) || is_third_person_verb(first)) return true;
      // The first of two subjects: "Владимир Путин и Эмомали Рахмон сделали заявления"
      // (two to four capitalised words, then the verb).
      if (first == "и") {
        std::size_t k = verb + 1, names = 0;
        while (k < words.size() && names < 4 && words[k] == scan::bare_word(words[k]) &&
               scan::is_upper(scan::peek(words[k], 0, len))) {
          ++k;
          ++names;
        }
        if (names < 2 || k >= words.size()) return false;
        const std::string f = scan::fold_word(scan::bare_word(words[k]));
        return is_past_tense_verb(f, false) || is_third_person_verb(f);
      }
      if (std::find(std::begin(kPrepositions), std::end(kPrepositions), first) == std::end(kPrepositions)) return false;
      for (std::size_t k = verb + 1; k < words.size() && k <= verb + 12; ++k) {
        const std::string f = scan::fold_word(scan::bare_word(words[k]));
        if (scan::bare_word(words[k]) != words[k]) return false;  // a comma or a full stop first
        if (scan::is_lower(scan::peek(words[k], 0, len)) && (is_past_tense_verb(f, false) || is_third_person_verb(f))) {
          return true;
        }
      }
      return false;
    };
    const std::vector<std::string> titled = titled_names_in(subject);
    if (titled.size() == 1 && subject.ends_with(titled.front()) && split_words(titled.front()).size() >= 2 &&
        (!cyrillic || russian_name(titled.front())) && !holds_function_word_or_country(titled.front())) {
      return titled.front();
    }
    if (verb > 3 || holds_function_word_or_country(subject)) return std::nullopt;
    for (std::size_t k = 0; k < verb; ++k) {
      const std::string f = scan::fold_word(words[k]);
      if (scan::bare_word(words[k]) != words[k] || words[k].find('.') != std::string_view::npos || is_title_word(f) ||
          is_courtesy_title(f) || (!cyrillic && is_common_word(f)) || (words[k].size() > 1 && all_caps(words[k]))) {
        return std::nullopt;
      }
    }
    if (cyrillic && !russian_name(subject)) return std::nullopt;
    return std::string(subject);
  }

  // The labelled speaker a title names in an inflected form the title rules do not undo
  // (mfa.gov.ua: "Виступ Міністра закордонних справ України Дмитра Кулеби під час …" over
  // the labels "Дмитро Кулеба"; Czech "… ministra Jana Lipavského" over "Jan Lipavský",
  // Polish "Radosława Sikorskiego" over "Radosław Sikorski"): every word of the speaker's
  // name (two or three) begins the title's words in a row by its stem (all but its last two
  // letters, three at least; a word of three or four letters whole) and is as long, two
  // letters shorter or three longer (Polish -ski, -skiego), one word at least in another
  // form than the label's, before any word for "with" (after it the title names a guest).
  // The one the title names first (a joint press conference's host), else nullopt.
  std::optional<std::string> labelled_speaker_in_title(std::string_view title) const {
    std::vector<std::string> title_words;
    for (std::string_view w : split_words(title)) {
      const std::string f = scan::fold_word(scan::bare_word(w));
      if (f == "with" || f == "с" || f == "со" || f == "з" || f == "із" || f == "avec" || f == "con" ||
          f == "mit" || f == "com") {
        break;
      }
      title_words.push_back(f);
    }
    std::optional<std::string> found;
    std::size_t found_at = 0;
    std::set<std::string> seen;
    for (const Draft& d : drafts_) {
      if (!d.label || d.label->role != LabelRole::person || !d.label->speaker) continue;
      const std::string& speaker = *d.label->speaker;
      if (!seen.insert(speaker).second) continue;
      const std::vector<std::string_view> name = split_words(speaker);
      if (name.size() < 2 || name.size() > 3) continue;
      for (std::size_t k = 0; k + name.size() <= title_words.size(); ++k) {
        bool all = true, inflected = false;
        for (std::size_t j = 0; j < name.size() && all; ++j) {
          const std::string n = scan::fold_word(name[j]);
          inflected |= n != title_words[k + j];
          const std::size_t letters = count_chars(n), other = count_chars(title_words[k + j]);
          if (letters < 3 || other + 2 < letters || other > letters + 3) {
            all = false;
            continue;
          }
          std::size_t stem_bytes = 0;  // the first letters - 2 code points (a short word whole)
          for (std::size_t c = 0; c < (letters < 5 ? letters : letters - 2); ++c) {
            ++stem_bytes;
            while (stem_bytes < n.size() && is_continuation_byte(static_cast<unsigned char>(n[stem_bytes]))) ++stem_bytes;
          }
          all = std::string_view(title_words[k + j]).starts_with(std::string_view(n).substr(0, stem_bytes));
        }
        // (The name as printed in the label: the title rules above have read it, and found
        // no principal in it: "Владимир Путин и Эмомали Рахмон сделали заявления".)
        if (!all || !inflected) continue;
        if (!found || k < found_at) {
          found = speaker;
          found_at = k;
        }
        break;
      }
    }
    return found;
  }

  // The person a lone line introducing a quotation names: the speech's first line ends in
  // "said:" (says, сказал, заявил …), no other line of the page does, and the words before
  // give one name next to a title. nullopt otherwise.
  std::optional<std::string> quoted_person() const {
    static constexpr std::string_view kVerbs[] = {"said:", "says:", "added:", "сказал:", "сказала:", "заявил:",
                                                  "заявила:", "отметил:", "отметила:"};
    auto introduces = [&](std::string_view t) {
      if (t.size() >= 200) return false;
      // The line's last 20 bytes or so, from a character's start (the verbs, folded already,
      // are 5 to 9 letters and a colon).
      std::size_t from = t.size() > 20 ? t.size() - 20 : 0;
      while (from < t.size() && is_continuation_byte(static_cast<unsigned char>(t[from]))) ++from;
      const std::string f = scan::fold_word(t.substr(from));
      return std::any_of(std::begin(kVerbs), std::end(kVerbs), [&](std::string_view v) { return f.ends_with(v); });
    };
    std::size_t li = 0;
    while (li < lines_.size() && lines_[li].begin < drafts_.front().start_byte) ++li;
    while (li < lines_.size() && lines_[li].text.empty()) ++li;
    if (li >= lines_.size() || !introduces(lines_[li].text)) return std::nullopt;
    for (std::size_t other = li + 1; other < lines_.size(); ++other) {
      if (!lines_[other].text.empty() && introduces(lines_[other].text)) return std::nullopt;
    }
    std::string_view t = lines_[li].text;
    t = trim(t.substr(0, t.rfind(' ')));  // without the verb
    // Without what may stand between the name and the verb: a comma ("The Foreign Secretary,
    // James Cleverly, said:"), post-nominal letters ("James Cleverly MP said:").
    for (bool more = true; more;) {
      while (t.ends_with(",")) t = trim(t.substr(0, t.size() - 1));
      const std::size_t space = t.rfind(' ');
      more = space != std::string_view::npos && is_post_nominal(t.substr(space + 1));
      if (more) t = trim(t.substr(0, space));
    }
    const std::vector<std::string> names = titled_names_in(t);
    if (names.size() != 1 || !t.ends_with(names.front())) return std::nullopt;
    return names.front();
  }

  // A Russian first name and surname that the header's text before the first turn prints
  // (a news lead: "Владимир Путин провёл …", "… рабочая встреча Владимира Путина с …"), in
  // the nominative or the genitive, when a label of the page gives the same person by
  // initials ("В.Путин:"): the page's fullest form of that person.
  // A turn whose label gives its speaker by initials and surname ("Т.Голикова:", "М.В.Захарова:").
  struct InitialsLabel {
    const Draft* draft;
    NameParts parts;
    char32_t second = 0;  // the second initial ("В" of "М.В."), 0 when none
    const std::string& speaker() const { return *draft->label->speaker; }
  };
  std::vector<InitialsLabel> labels_by_initials() const {
    std::vector<InitialsLabel> out;
    for (const Draft& d : drafts_) {
      if (!d.label || !d.label->speaker || d.label->role == LabelRole::question) continue;
      InitialsLabel l{&d, split_name(*d.label->speaker)};
      if (l.parts.full_first || !l.parts.initial || l.parts.surname.empty()) continue;
      // "М.В.Захарова", "М. В. Захарова": the letter after the first full stop, itself
      // followed by one.
      const std::string_view sp = l.speaker();
      std::size_t at = sp.find('.');
      while (at != std::string_view::npos && at + 1 < sp.size() && sp[at + 1] == ' ') ++at;
      if (at != std::string_view::npos && at + 1 < sp.size()) {
        std::size_t len = 0;
        scan::peek(sp, at + 1, len);
        if (at + 1 + len < sp.size() && sp[at + 1 + len] == '.') l.second = folded_first_letter(sp.substr(at + 1, len));
      }
      out.push_back(std::move(l));
    }
    return out;
  }

  void add_lead_names(PageNames& names) const {
    // Endings of a Russian surname that does not decline: a vowel other than -а/-я (which
    // end a woman's surname or a man's genitive: Потехина, Путина), -ых, -их.
    static constexpr std::string_view kVowelEndings[] = {"е", "ё", "и", "о", "у", "ы", "э", "ю", "ых", "их"};
    const std::vector<InitialsLabel> initials = labels_by_initials();
    if (initials.empty()) return;
    const std::size_t first_turn = first_turn_line();
    auto cyrillic_name_word = [](std::string_view w) {
      std::size_t len;
      const char32_t c = w.empty() ? 0 : scan::peek(w, 0, len);
      return scan::script_of(c) == scan::Script::cyrillic && scan::is_upper(c) &&
             w.find('.') == std::string_view::npos && w.size() >= 6;
    };
    for (std::size_t li = 0; li < first_turn && li < 80; ++li) {
      const std::string_view t = lines_[li].text;
      if (t.empty() || t.size() > 2000) continue;
      const std::vector<std::string_view> words = split_words(t);
      for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        std::string_view a = words[k], b = words[k + 1];
        b = scan::without_trailing_marks(b, ",.;:!?)»”");
        if (!cyrillic_name_word(a) || !cyrillic_name_word(b)) continue;
        // As printed when the given name reads as a nominative (Владимир Путин, Ирина Гехт);
        // else undone (undo_russian_genitive: a genitive, or a woman's instrumental) when
        // the given name has such an ending: Владимира Путина, Ириной Гехт, Александра
        // Лукашенко. A surname that never declines (-енко, -ых, a final vowel) leaves
        // "Александра" a genitive, not a woman's name; a man's surname in a consonant
        // declines, so "Владимира Гехт" would be no man's genitive.
        std::string given = undo_russian_genitive(a);
        const std::string surname = undo_russian_genitive(b);
        const std::string folded_a = scan::fold_word(a), folded_b = scan::fold_word(b);
        // A woman's given name in the instrumental that the genitive rules leave alone:
        // Светланой, Еленой, Татьяной -> -а; Натальей, Марией -> -я (a label's initial and
        // surname must still agree, below).
        if (given == a && a.size() > 8 && (folded_a.ends_with("ой") || folded_a.ends_with("ей"))) {
          given = std::string(a.substr(0, a.size() - 4)) + (folded_a.ends_with("ой") ? "а" : "я");
        }
        const bool indeclinable = std::any_of(std::begin(kVowelEndings), std::end(kVowelEndings),
                                              [&](std::string_view v) { return folded_b.ends_with(v); });
        const bool feminine_shape = folded_a.ends_with("а") || folded_a.ends_with("я");
        std::vector<std::string> forms;
        if (reads_as_nominative_given_name(folded_a) && !(feminine_shape && indeclinable)) {
          forms.push_back(std::string(a) + " " + std::string(b));
        }
        const bool feminine_given = given.ends_with("а") || given.ends_with("я");
        if (given != a && (surname != b || indeclinable || feminine_given)) forms.push_back(given + " " + surname);
        // A man's name in the instrumental ("с … Амираном Муцоевым", "Талгатом Таджуддином",
        // "Сергеем Лавровым", "Игорем Кобзевым", "Сергеем Александровским"): both words back
        // to the nominative (russian_name_cases.h).
        if (a.size() > 6 && b.size() > 6 && (folded_a.ends_with("ом") || folded_a.ends_with("ем"))) {
          if (const std::string surname = undo_russian_instrumental_surname(b); surname != b) {
            forms.push_back(undo_russian_instrumental_given_name(a) + " " + surname);
          }
        }
        for (const std::string& form : forms) {
          const NameParts p = split_name(form);
          const bool labelled = std::any_of(initials.begin(), initials.end(), [&](const InitialsLabel& l) {
            return l.parts.surname == p.surname && l.parts.initial == p.initial;
          });
          if (p.full_first && labelled) {
            names.add(form);
            break;
          }
        }
      }
    }
    add_patronymic_names(names, initials);
    add_self_introductions(names, initials);
  }

  // A speaker labelled by initials who says his name at the start of his turn: "Здравствуйте!
  // Меня зовут Анна Кочерова, я из Белгородской области", "Добрый вечер! Анна Пыж, телеканал
  // ОНТ." under "А.Пыж:", "Я Никита Гоголев, мне 13 лет" (the nominative, the label's
  // surname as printed, a given name with the label's initial).
  // (A speaker says his name in his first turns: two are read, and none of a speaker the
  // page already names in full.)
  void add_self_introductions(PageNames& names, const std::vector<InitialsLabel>& initials) const {
    std::map<std::string_view, int> read;
    for (const InitialsLabel& label : initials) {
      if (++read[label.speaker()] > 2 || names.canonical(label.speaker()) != label.speaker()) continue;
      const NameParts& l = label.parts;
      const std::string_view surname = surname_after_initials(label.speaker());
      if (surname.size() < 2) continue;
      std::string_view head(label.draft->text);
      head = head.substr(0, std::min<std::size_t>(head.size(), 300));
      for (std::size_t at = head.find(surname); at != std::string_view::npos; at = head.find(surname, at + 1)) {
        // The surname as a word of its own, after a space and a given name; after it the text
        // ends, or a space or a mark: ASCII, or one whose UTF-8 opens with C2 (a no-break
        // space, », «) or E2 (”, –, …).
        const std::size_t end = at + surname.size();
        const bool word_ends = end >= head.size() || std::string_view(" ,.;:!?\xC2\xE2").find(head[end]) != std::string_view::npos;
        if (at < 3 || head[at - 1] != ' ' || !word_ends) continue;
        const std::size_t space = head.rfind(' ', at - 2);
        const std::string_view given = head.substr(space == std::string_view::npos ? 0 : space + 1,
                                                   at - 1 - (space == std::string_view::npos ? 0 : space + 1));
        if (!name_cased(given) || given.find('.') != std::string_view::npos) continue;
        const std::string folded = scan::fold_word(given);
        std::size_t len = 0;
        if (scan::peek(folded, 0, len) != l.initial || count_chars(folded) < 2 || is_title_word(folded)) continue;
        if (scan::script_of(scan::peek(folded, 0, len)) == scan::Script::cyrillic &&
            !reads_as_nominative_given_name(folded)) {
          continue;
        }
        names.add(std::string(given) + " " + std::string(surname));
        break;
      }
    }
  }

  // The surname of a label by initials, as printed: "Голикова" of "Т.Голикова", "М. В.
  // Захарова".
  static std::string_view surname_after_initials(std::string_view speaker) {
    std::string_view surname = speaker.substr(speaker.rfind('.') + 1);
    while (!surname.empty() && surname.front() == ' ') surname.remove_prefix(1);
    return surname;
  }

  // The first letter of a word, folded.
  static char32_t folded_first_letter(std::string_view word) {
    const std::string folded = scan::fold_word(word);
    std::size_t len = 0;
    return folded.empty() ? 0 : scan::peek(folded, 0, len);
  }

  // A Russian name with a patronymic anywhere on the page, in any case, when a label gives
  // the same person by initial and surname: "Татьяна Алексеевна Голикова расскажет …",
  // "… с Александром Евсеевичем Хинштейном", "вопрос к Прилепину Евгению Николаевичу",
  // kremlin.ru's list of the persons a page concerns ("Лица Голикова Татьяна Алексеевна
  // Силуанов Антон Германович …"). With a patronymic the words are a whole name; the order
  // is given name first when a capitalised word does not follow (in a list, the next
  // person's surname does), else surname first. A label with two initials ("М.В.Захарова")
  // needs the patronymic's initial too.
  void add_patronymic_names(PageNames& names, const std::vector<InitialsLabel>& initials) const {
    auto labelled = [&](const std::string& form, std::string_view patronymic) {
      const NameParts p = split_name(form);
      const char32_t second = folded_first_letter(patronymic);
      return p.full_first && std::any_of(initials.begin(), initials.end(), [&](const InitialsLabel& l) {
               return l.parts.surname == p.surname && l.parts.initial == p.initial && (!l.second || l.second == second);
             });
    };
    auto capitalised_cyrillic = [](std::string_view w) {
      std::size_t len = 0;
      const char32_t c = w.empty() ? 0 : scan::peek(w, 0, len);
      return scan::script_of(c) == scan::Script::cyrillic && scan::is_upper(c);
    };
    constexpr std::string_view kMarks = ",.;:!?)»”";
    auto bare = [&](std::string_view w) { return scan::without_trailing_marks(w, kMarks); };
    // Where the page prints a labelled surname (its first letters, as the label writes them:
    // "Голико" finds Голикова, Голиковой), the name around it.
    std::set<std::string> stems;
    for (const InitialsLabel& l : initials) {
      const std::string_view surname = surname_after_initials(l.speaker());
      std::size_t letters = 0, len = 0;
      for (std::size_t i = 0; i < surname.size(); i += len, ++letters) scan::peek(surname, i, len);
      if (letters < 3 || !capitalised_cyrillic(surname)) continue;
      std::size_t keep = std::max<std::size_t>(3, letters - 2), bytes = 0;
      for (std::size_t n = 0; n < keep; ++n, bytes += len) scan::peek(surname, bytes, len);
      stems.emplace(surname.substr(0, bytes));
    }
    for (const std::string& stem : stems) {
      const std::boyer_moore_horspool_searcher search(stem.begin(), stem.end());
      for (const PageLine& line : lines_) {
        const std::string_view t = line.text;
        for (auto it = std::search(t.begin(), t.end(), search); it != t.end();
             it = std::search(it + static_cast<std::ptrdiff_t>(stem.size()), t.end(), search)) {
          const std::size_t at = static_cast<std::size_t>(it - t.begin());
          if (at > 0 && t[at - 1] != ' ') continue;
          // Two words before it and three after, read as split_words() reads a line.
          std::size_t from = at, to = at;
          for (int n = 0; n < 2 && from > 0; ++n) {
            const std::size_t space = from >= 2 ? t.rfind(' ', from - 2) : std::string_view::npos;
            from = space == std::string_view::npos ? 0 : space + 1;
          }
          for (int n = 0; n < 3 && to < t.size(); ++n) {
            const std::size_t space = t.find(' ', to + 1);
            to = space == std::string_view::npos ? t.size() : space;
          }
          const std::vector<std::string_view> words = split_words(t.substr(from, to - from));
          std::size_t k = 0;
          while (k < words.size() && words[k].data() != t.data() + at) ++k;
          if (k >= words.size()) continue;
          // Given name, patronymic, surname: "Татьяна Алексеевна Голикова …", unless a
          // capitalised word follows (in a list, the next person's surname does).
          if (k >= 2 && bare(words[k - 2]) == words[k - 2] && bare(words[k - 1]) == words[k - 1]) {
            const std::string_view surname = bare(words[k]);
            const bool name_ends = surname != words[k] || k + 1 >= words.size() || !capitalised_cyrillic(words[k + 1]);
            if (name_ends) {
              if (auto form = russian_name_around_patronymic(words[k - 2], words[k - 1], surname, false);
                  form && labelled(*form, words[k - 1])) {
                names.add(*form);
                continue;
              }
            }
          }
          // Surname, given name, patronymic: "Голикова Татьяна Алексеевна", "Прилепину
          // Евгению Николаевичу".
          if (k + 2 < words.size() && bare(words[k]) == words[k] && bare(words[k + 1]) == words[k + 1]) {
            const std::string_view patronymic = bare(words[k + 2]);
            if (auto form = russian_name_around_patronymic(words[k], words[k + 1], patronymic, true);
                form && labelled(*form, patronymic)) {
              names.add(*form);
            }
          }
        }
      }
    }
  }

  void classify() {
    const std::optional<std::string_view> title = title_for_names();
    principal_ = title ? principal_speaker(*title) : std::nullopt;
    // A title that is a sentence about its subject: "Vladimir Putin visited exhibition …",
    // "Vladimir Putin signed executive orders on …".
    if (!principal_ && title && !at_most_words(*title, 3)) principal_ = subject_of(*title);
    // The speaker the page's wrapper names ("The Rt Hon David Cameron MP"), when the title
    // names none.
    if (!principal_ && hints_.given_speaker) principal_ = byline_person(*hints_.given_speaker);
    if (!principal_ && title) principal_ = labelled_speaker_in_title(*title);
    // One spelling per person: every form the page gives.
    PageNames names;
    if (principal_) names.add(*principal_, title && printed_surname_first(*title, *principal_));
    if (title) {
      for (const std::string& host : host_names(*title)) names.add(host);  // "… and Press Secretary Jay Carney"
    }
    std::vector<std::string> subjects;
    add_header_names(names, subjects);
    // A speech (no labelled turn) whose title names nobody: the one person its header names
    // next to a title ("Ambassador Neil Bush welcomes the report …") gives it.
    // Only a name that opens its line, as the subject does: not the one a news item's lead
    // addresses ("Vladimir Putin sent a message of condolences to President of the United
    // States Donald Trump"), nor the guest a title line names ("Telephone conversation with
    // President of France Emmanuel Macron").
    const bool labelled = std::any_of(drafts_.begin(), drafts_.end(), [](const Draft& d) { return d.label.has_value(); });
    if (!principal_ && !labelled && !drafts_.empty()) {
      std::set<std::string> distinct(subjects.begin(), subjects.end());
      if (distinct.size() == 1) principal_ = *distinct.begin();
    }
    // A statement quoted in a news story: the text opens with the one line that introduces a
    // quotation ("Prime Minister Theresa May said:", "Министр Сергей Лавров заявил:"), which
    // names the person next to a title.
    if (!principal_ && !labelled && !drafts_.empty()) principal_ = quoted_person();
    if (!principal_ && !labelled && hints_.speech) principal_ = lead_subject();
    for (const Draft& d : drafts_) {
      if (d.label && d.label->speaker && d.label->role != LabelRole::question) {
        names.add(*d.label->speaker, printed_surname_first(d.label->label, *d.label->speaker));
      }
    }
    add_lead_names(names);
    // A titled label with a surname alone ("ADMINISTRATOR FUGATE:") and the page's text
    // naming the same office with a given name ("FEMA Administrator Craig Fugate"): the
    // page's fullest form of that person.
    {
      std::set<std::pair<std::string, std::string>> asked;
      for (const Draft& d : drafts_) {
        if (!d.label || !d.label->speaker || !d.label->title || d.label->role == LabelRole::question) continue;
        const std::vector<std::string_view> title = split_words(*d.label->title);
        // (A surname alone may open with particles: "EMIR AL THANI".)
        const std::vector<std::string_view> surname = split_words(*d.label->speaker);
        if (title.empty() || surname.empty() ||
            !std::all_of(surname.begin(), surname.end() - 1,
                         [](std::string_view w) { return is_name_particle(scan::fold_word(w)); })) {
          continue;
        }
        if (!asked.emplace(std::string(title.back()), *d.label->speaker).second) continue;
        if (std::optional<std::string> person = person_after_office(title.back(), *d.label->speaker)) names.add(*person);
      }
      // A surname alone, titled or not ("MR. RHODES:", "RHODES:"), and the one person the
      // page's text names with a given name and that surname: the page's fullest form.
      std::set<std::string> named;
      for (const Draft& d : drafts_) {
        if (!d.label || !d.label->speaker || d.label->role != LabelRole::person) continue;
        const std::string& speaker = *d.label->speaker;
        if (split_words(speaker).size() != 1 || !name_cased(speaker) || speaker.find('.') != std::string::npos ||
            names.canonical(speaker) != speaker ||
            !named.insert(speaker).second) {
          continue;
        }
        if (std::optional<std::string> person = person_named(speaker)) names.add(*person);
      }
    }
    // A title in a language that declines names gives its principal in the genitive, a form
    // no label prints and PageNames does not join ("Tisková konference ministra … Jana
    // Lipavského" over "Ministr Jan Lipavský:", Polish "Radosława Sikorskiego"): the
    // labelled speaker the title names in another form, when the title's own form is no
    // label's.
    if (principal_ && title && names.canonical(*principal_) == *principal_ &&
        std::none_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
          return d.label && d.label->speaker && *d.label->speaker == *principal_;
        })) {
      if (std::optional<std::string> declined = labelled_speaker_in_title(*title)) principal_ = *declined;
    }
    if (principal_) principal_ = names.canonical(*principal_);

    std::vector<std::optional<std::string>> speakers(drafts_.size());
    std::vector<std::optional<std::string>> titles(drafts_.size());
    for (std::size_t k = 0; k < drafts_.size(); ++k) {
      const Draft& d = drafts_[k];
      if (!d.label) {
        speakers[k] = principal_;
        continue;
      }
      const SpeakerLabel& l = *d.label;
      titles[k] = l.title;
      // (A question's label names someone only after its role word: "Frage Jung".)
      if (l.speaker) {
        speakers[k] = names.canonical(*l.speaker);
        // A Chinese surname alone ("蔡：") is the principal whose name opens with it (蔡潇丽).
        if (principal_ && count_chars(*l.speaker) == 1 && principal_->starts_with(*l.speaker) &&
            count_chars(*principal_) <= 4) {
          std::size_t len = 0;
          if (scan::is_cjk(scan::peek(*l.speaker, 0, len))) speakers[k] = principal_;
        }
      } else if (principal_ && l.role == LabelRole::answer) {
        speakers[k] = principal_;  // "A:", "Answer:" on a page whose title names who answers
      } else if (principal_ && title && l.role == LabelRole::office && l.title &&
                 office_of_principal(*title, *principal_, *l.title)) {
        speakers[k] = principal_;  // "THE PRESIDENT:" under "Remarks by President Trump"
      }
    }
    // An office label whose last word the page prints as the surname of a person with the
    // label's office in front: "MAYOR DEAN:" and "Nashville Mayor Karl Dean" in the text
    // give Karl Dean, Mayor ("dean" is an office word too, so the label read as an office).
    {
      std::map<std::string, std::optional<std::string>> holder_of;  // title -> person, once per title
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!drafts_[k].label || speakers[k] || !titles[k] || drafts_[k].label->role != LabelRole::office) continue;
        const std::vector<std::string_view> words = split_words(*titles[k]);
        if (words.size() < 2) continue;
        auto [it, fresh] = holder_of.try_emplace(*titles[k]);
        if (fresh) it->second = person_after_office(words[words.size() - 2], words.back());
        if (!it->second) continue;
        speakers[k] = names.canonical(*it->second);
        titles[k] = std::string(trim(std::string_view(*titles[k]).substr(0, words.back().data() - titles[k]->data())));
      }
    }
    // An office label the page ties to one person elsewhere ("The Prime Minister (Rishi
    // Sunak)", then "The Prime Minister:") names that person.
    {
      std::map<std::string, std::set<std::string>> holders;  // folded title -> persons
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (drafts_[k].label && speakers[k] && titles[k]) holders[scan::fold_word(*titles[k])].insert(*speakers[k]);
      }
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!drafts_[k].label || speakers[k] || !titles[k] || drafts_[k].label->role != LabelRole::office) continue;
        const auto it = holders.find(scan::fold_word(*titles[k]));
        if (it != holders.end() && it->second.size() == 1) speakers[k] = *it->second.begin();
      }
    }
    // An office label no other label names, whose holder the page's text prints beside the
    // office ("Stéphane Dujarric, Spokesman for the Secretary-General" for "Spokesman:").
    {
      std::map<std::string, std::optional<std::string>> holder_of;  // folded title -> person
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!drafts_[k].label || speakers[k] || !titles[k] || drafts_[k].label->role != LabelRole::office) continue;
        auto [it, fresh] = holder_of.try_emplace(scan::fold_word(*titles[k]));
        if (fresh) it->second = person_beside_office(*titles[k]);
        if (it->second) speakers[k] = names.canonical(*it->second);
      }
    }
    // A label whose every turn opens with a date ("Deadline: April 15, 2018.", "Срок: 1
    // июля 2018 года" in a list of instructions) is a field of a list, not a person.
    {
      std::map<std::string, std::pair<int, int>> dated;  // speaker -> (turns, turns opening with a date)
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!drafts_[k].label || !speakers[k] || titles[k]) continue;
        auto& [turns, opening] = dated[*speakers[k]];
        ++turns;
        const std::string_view text = trim(drafts_[k].text);
        const std::string_view first = text.substr(0, std::min<std::size_t>(text.size(), 40));
        const auto date = find_date(first);
        if (date && date->begin == 0) ++opening;
      }
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!drafts_[k].label || !speakers[k] || titles[k]) continue;
        const auto& [turns, opening] = dated[*speakers[k]];
        if (turns >= 2 && opening == turns && (!principal_ || *principal_ != *speakers[k])) speakers[k].reset();
      }
    }
    // "Remarks by the Vice President and …": the person whose label holds that office
    // ("THE VICE PRESIDENT", tied to Mike Pence by the page; "VICE PRESIDENT PENCE") is
    // the principal.
    if (!principal_ && title) {
      if (const auto office = nameless_office(*title)) {
        const std::string wanted = scan::fold_word(*office);
        for (std::size_t k = 0; k < drafts_.size() && !principal_; ++k) {
          if (!drafts_[k].label || !speakers[k] || !titles[k]) continue;
          std::string held = scan::fold_word(*titles[k]);
          if (held.starts_with("the ")) held.erase(0, 4);
          if (held == wanted) principal_ = speakers[k];
        }
      }
    }
    // A title that names an office with "the" and no name after it, anywhere ("Ceremony to
    // present senior officers … to the President"): the one labelled person whose office
    // opens with it ("President of Russia Vladimir Putin:") is the principal.
    if (!principal_ && title) {
      const std::vector<std::string_view> words = split_words(*title);
      for (std::size_t k = 0; k + 1 < words.size() && !principal_; ++k) {
        if (scan::fold_word(words[k]) != "the") continue;
        std::string office;
        std::size_t e = k + 1, len = 0;
        for (; e < words.size() && e < k + 4; ++e) {
          const std::string_view w = scan::bare_word(words[e]);
          if (w.empty() || !scan::is_upper(scan::peek(w, 0, len)) ||
              !is_title_word(scan::fold_word(w)) || is_courtesy_title(scan::fold_word(w))) {
            break;
          }
          if (!office.empty()) office.push_back(' ');
          office += scan::fold_word(w);
          if (w.size() != words[e].size()) {
            ++e;
            break;  // a mark after the word ends the office
          }
        }
        // (A name after the office names someone else's: "to the President Vladimir Putin".)
        if (office.empty() || (e < words.size() && scan::is_upper(scan::peek(words[e], 0, len)))) continue;
        std::optional<std::string> holder;
        bool several = false;
        for (std::size_t d = 0; d < drafts_.size(); ++d) {
          if (!drafts_[d].label || !speakers[d] || !titles[d]) continue;
          std::string held = scan::fold_word(*titles[d]);
          if (held.starts_with("the ")) held.erase(0, 4);
          if (held != office && !held.starts_with(office + " ")) continue;
          several |= holder && *holder != *speakers[d];
          holder = speakers[d];
        }
        if (holder && !several) principal_ = holder;
      }
    }
    const std::vector<std::string> guests = title ? guest_names(*title) : std::vector<std::string>{};
    const std::vector<std::string> hosts = title ? host_names(*title) : std::vector<std::string>{};
    auto named_in = [&](const std::vector<std::string>& names, const std::string& name) {
      const std::string key = surname_key(name);
      for (const std::string& g : names) {
        const std::string gk = surname_key(g);
        const std::size_t stem = std::min<std::size_t>({key.size(), gk.size(), key.size() > 6 ? key.size() - 2 : key.size()});
        if (stem >= 3 && key.compare(0, stem, gk, 0, stem) == 0) return true;
      }
      return false;
    };
    auto is_guest = [&](const std::string& name) { return named_in(guests, name); };
    // The host, for deciding roles: the principal, else the person with the most turns
    // (none on a tie).
    std::optional<std::string> host = principal_;
    if (!host) {
      // A guest the title names ("Meeting with …") is no host.
      // Nor is a journalist (a label title such as "President of China Media Group").
      std::set<std::string> press;
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (speakers[k] && titles[k] && press_title(*titles[k])) press.insert(*speakers[k]);
        // Nor a moderator ("Moderator Ksenia Razuvayeva"): the host is who the event is for.
        if (speakers[k] && drafts_[k].label && chair_title(*drafts_[k].label)) press.insert(*speakers[k]);
      }
      // Nor a journalist who says so in his own words ("My name is John Fraher. I am a senior
      // executive editor at Bloomberg News."; «Меня зовут …, я корреспондент …»).
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!speakers[k] || !drafts_[k].label) continue;
        const std::string_view prefix = utf8_prefix(drafts_[k].text, 600);
        if (prefix.find("name") == std::string_view::npos && prefix.find("зовут") == std::string_view::npos) continue;
        // (Spaces collapsed: kremlin.ru puts no-break spaces after short words.)
        const std::string head = scan::fold_word(collapse_spaces(prefix));
        for (std::string_view intro : {"my name is ", "меня зовут "}) {
          const std::size_t at = head.find(intro);
          if (at != std::string::npos && press_title(head.substr(at, 160))) press.insert(*speakers[k]);
        }
      }
      // Nor whom the title names as asking ("Ответы на вопросы журналиста Павла Зарубина").
      if (title) {
        std::set<std::string> asking;
        for (const std::string& n : interviewer_names(*title)) asking.insert(surname_key(n));
        for (std::size_t k = 0; k < drafts_.size(); ++k) {
          if (speakers[k] && asking.count(surname_key(*speakers[k]))) press.insert(*speakers[k]);
        }
      }
      // Nor, when someone else is labelled too, whoever the page gives through an
      // interpreter ("Prime Minister of India Narendra Modi (retranslated)": the guest speaks
      // another language than the host's page).
      std::set<std::string> interpreted;
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (!drafts_[k].label || !speakers[k]) continue;
        const std::string f = scan::fold_word(drafts_[k].label->label);
        for (std::string_view w : {"retranslated", "interpreted", "interpreter", "interpretation", "in english)",
                                   "перевод"}) {
          if (f.find(w) != std::string::npos) interpreted.insert(*speakers[k]);
        }
      }
      std::map<std::string, int> count;
      for (int pass = 0; pass < 2 && count.empty(); ++pass) {
        for (std::size_t k = 0; k < drafts_.size(); ++k) {
          if (drafts_[k].label && speakers[k] && !is_guest(*speakers[k]) && !press.count(*speakers[k]) &&
              (pass == 1 || !interpreted.count(*speakers[k]))) {
            ++count[*speakers[k]];
          }
        }
      }
      std::string best;
      int best_count = 0, second = 0;
      for (const auto& [name, c] : count) {
        if (c > best_count) {
          second = best_count;
          best_count = c;
          best = name;
        } else if (c > second) {
          second = c;
        }
      }
      // A tie names no host, unless the title names the others as guests.
      // The one person labelled on the page is its host, however few their turns.
      if ((best_count >= 2 || count.size() == 1) && (best_count > second || !guests.empty())) host = best;
      // Opening words printed without a label on a page whose title names nobody are the
      // host's where the host speaks under a role's label, as a briefing's spokesman does
      // ("Question:" / "Spokesman:", the page naming the spokesman): the announcements
      // before the questions. (Where the host's labels print the name, "Vladimir Putin:",
      // unlabelled text above them is a news item's lead.)
      const bool host_by_role = host && std::none_of(drafts_.begin(), drafts_.end(), [&](const Draft& d) {
        return d.label && d.label->role == LabelRole::person;
      });
      if (host_by_role && !drafts_.empty() && !drafts_[0].label && !drafts_[0].unlabelled_answer && !speakers[0]) {
        speakers[0] = host;
      }
    }
    std::vector<KindInput> inputs(drafts_.size());
    for (std::size_t k = 0; k < drafts_.size(); ++k) {
      inputs[k].label = drafts_[k].label ? &*drafts_[k].label : nullptr;
      inputs[k].unlabelled_answer = drafts_[k].unlabelled_answer;
      inputs[k].text = drafts_[k].text;
      inputs[k].speaker = speakers[k];
      // Guests and the hosts the title names after "by" answer; they never ask.
      inputs[k].guest = speakers[k] && (is_guest(*speakers[k]) || named_in(hosts, *speakers[k]));
    }
    const std::vector<KindOutput> kinds = assign_kinds(inputs, host, title && title_announces_questions(*title));
    // The host stands for the page when the title names nobody who speaks: only a guest
    // ("Meeting with …"), an event ("Presentation of state decorations …", "Russian Working
    // Youth Forum"), questions without who answers them ("News conference following the G20
    // Summit"), or when the page has no title (a page kept on one line): the person with
    // the most labelled turns, at least two and no tie (a guest or a journalist never).
    // A host who only chairs (a moderator giving the floor at a plenary session, none of
    // whose turns answers while others' do) is not the page's principal: the person who
    // answers most is.
    if (!principal_ && host) {
      std::map<std::string, int> answers;
      for (std::size_t k = 0; k < drafts_.size(); ++k) {
        if (kinds[k].kind == TurnKind::answer && drafts_[k].label && speakers[k]) ++answers[*speakers[k]];
      }
      principal_ = host;
      if (!answers.empty() && !answers.count(*host)) {
        int best = 0, second = 0;
        const std::string* who = nullptr;
        for (const auto& [name, c] : answers) {
          if (c > best) {
            second = best;
            best = c;
            who = &name;
          } else if (c > second) {
            second = c;
          }
        }
        if (who && best >= 2 && best > second && !is_guest(*who)) principal_ = *who;
      }
    }
    // No host (a tie: "Russian-Turkish talks", each president speaking once): the labelled
    // speaker the lead opens with ("Vladimir Putin held talks with …"), never a guest. (A
    // page without labelled turns asked the lead above.)
    if (!principal_ && !host && labelled) {
      if (const std::optional<std::string> subject = lead_subject()) {
        const std::string key = surname_key(*subject);
        for (std::size_t k = 0; k < drafts_.size() && !principal_; ++k) {
          if (drafts_[k].label && speakers[k] && !is_guest(*speakers[k]) && surname_key(*speakers[k]) == key) {
            principal_ = speakers[k];
          }
        }
      }
    }

    // A page names few people many times: each speaker's key is worked out once.
    std::unordered_map<std::string, std::string> keys;
    for (std::size_t k = 0; k < drafts_.size(); ++k) {
      Draft& d = drafts_[k];
      Turn t;
      t.seq = static_cast<int>(k) + 1;
      t.kind = kinds[k].kind;
      t.reply_to = kinds[k].reply_to;
      t.speaker = speakers[k];
      t.speaker_title = titles[k];
      if (t.speaker) {
        auto [it, fresh] = keys.try_emplace(*t.speaker);
        if (fresh) it->second = person_name_key(*t.speaker);
        if (!it->second.empty()) t.speaker_key = it->second;
      }
      if (d.label && !d.label->unprinted) t.label = d.label->label;
      t.text = std::move(d.text);
      t.paragraphs = d.paragraphs;
      const TextStats stats = text_stats(t.text);
      all_turns_ += stats;
      t.words = static_cast<int>(stats.words);
      t.lang = stats.lang();
      weak_lang_.push_back(!stats.lang_confident());
      t.start_char = to_char_(d.start_byte);
      t.end_char = to_char_(std::max(d.end_byte, d.start_byte));
      t.line = d.line;
      out_.turns.push_back(std::move(t));
    }
  }

  std::string_view page_;
  std::string title_hint_;  // the markup's title (an HTML page's <h1>), spaces collapsed
  const PageHints& hints_;
  ByteToChar to_char_{page_};
  Transcript out_;
  std::vector<PageLine> lines_;
  std::unordered_set<std::string_view> contents_items_;  // the lines of a contents list (mark_contents_list)
  std::optional<std::size_t> signed_place_;  // the line of the place a statement is signed at (mark_signed_place)
  std::vector<Paragraph> paragraphs_;
  std::vector<std::optional<SpeakerLabel>> line_labels_;  // each line's label, while paragraphs are built
  std::vector<Draft> drafts_;
  TextStats all_turns_;
  std::size_t body_start_ = 0;
  std::optional<std::size_t> title_line_, title_para_, end_line_;
  std::optional<std::string> front_title_, front_date_;
  std::optional<std::string> given_title_;  // PageHints::given_title, white space collapsed
  bool interview_ = false;  // the only labels are questions (count_labels)
  std::optional<std::string> principal_;  // principal_speaker() of the title (classify)
  std::vector<bool> weak_lang_;  // per turn: its text alone does not settle its language
};

}  // namespace

Transcript parse_transcript(std::string_view page) { return parse_transcript(page, PageHints{}); }

Transcript parse_transcript(std::string_view page, const PageHints& hints) {
  require_utf8(page);
  return PageParser(page, hints).run();
}

}  // namespace transcript
