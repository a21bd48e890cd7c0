// The document model of one transcript page and the parser that builds it.
//
// parse_transcript() turns the text of one page (UTF-8, as saved from a browser) into its
// metadata and its ordered speaker turns. It is SQLite-free: plain values in, plain values
// out. The rules it follows are documented in turn_parser.cc's header comment.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace transcript {

enum class TurnKind { remarks, question, answer, statement };

// "remarks", "question", "answer", "statement".
const char* turn_kind_name(TurnKind kind);

struct Turn {
  int seq = 0;                         // 1-based
  TurnKind kind = TurnKind::statement;
  std::optional<std::string> speaker;  // person speaking, without annotations; NULL for "Question"
  std::optional<std::string> speaker_title;  // the office or title the label gives; NULL if none
  std::optional<std::string> speaker_key;    // person_name_key(speaker): one key per person
  std::optional<std::string> label;    // label as printed, without the colon; NULL if unlabelled
  std::string text;                    // without the label; paragraphs joined by "\n\n"
  std::optional<int> reply_to;         // for answers: seq of the question answered
  int paragraphs = 0;
  int words = 0;
  std::int64_t start_char = 0;         // code points into the page, 0-based
  std::int64_t end_char = 0;           // exclusive; the span covers label and text
  std::int64_t line = 0;               // 1-based line where the turn starts
  std::string lang;                    // "en", "ru", … ("und" when unknown)
};

struct DocumentInfo {
  std::optional<std::string> title;
  std::optional<std::string> date;     // ISO 8601 YYYY-MM-DD
  std::optional<std::string> place;
  std::optional<std::string> time;     // as printed, e.g. "13:42"
  std::optional<std::string> speaker;  // principal speaker named in the title
  std::string lang;                    // "en", "ru", … ("und" when unknown)
  std::int64_t chars = 0;              // code points in the page
  std::int64_t replaced = 0;           // byte sequences the page's decoding read as U+FFFD
  std::string charset = "UTF-8";       // how its bytes were read (core/html/charset.h)
};

struct Transcript {
  DocumentInfo info;
  std::vector<Turn> turns;
  // Byte offset in the page where the transcript ends and other material (additional
  // materials, photo albums, a missions directory, footers) begins; page.size() if none.
  std::size_t end_byte = 0;
};

// What the page's markup says about its text (HTML pages; page_input.h): byte spans of
// the text given to parse_transcript().
struct PageHints {
  std::string title;  // the page's title as marked up (an HTML page's first <h1>)
  // Text set aside from the article: "See also" boxes, captions, galleries. Lines inside
  // are never speech, never a title and never end the transcript.
  std::vector<std::pair<std::size_t, std::size_t>> asides;
  // Block quotes: a pull quote (one that repeats words said elsewhere on the page) is
  // skipped like an aside.
  std::vector<std::pair<std::size_t, std::size_t>> quotes;
  // Lists of links (menus, site maps, pagination, share buttons): never speech, never a
  // title, never the end, like asides; but a menu that names an office's holder ("Vice
  // President Mike Pence") still ties a label that gives the office alone to that person.
  std::vector<std::pair<std::size_t, std::size_t>> link_lists;
  // Footers (<footer>, role="contentinfo"): the transcript ends where the first one after
  // some speech begins.
  std::vector<std::pair<std::size_t, std::size_t>> footers;
  // Bold or italic text that opens a line (<b>, <strong>, <i>, <em>): paragraphs wholly so
  // set that end with a question are an interview's questions where the page prints no
  // labels.
  std::vector<std::pair<std::size_t, std::size_t>> emphasis;
  // What a wrapper around the page says about it (a JSON content item's fields:
  // core/html/content_item.h), for what the page's own lines do not say:
  //  - given_title is the title: a line equal to it before the first label is that title
  //    (and no speech); no other line is taken for one;
  //  - given_date (YYYY-MM-DD) and given_place are the date and place when the header gives
  //    none;
  //  - given_speaker (as the wrapper writes it: "The Rt Hon David Cameron MP") is the
  //    principal speaker when the title names none and it reads as a person's name.
  std::optional<std::string> given_title;
  std::optional<std::string> given_date;
  std::optional<std::string> given_place;
  std::optional<std::string> given_speaker;
  // false when the wrapper says the page holds no speech (a content item without a body: a
  // contact, an office, an index): no turns; the header still gives title, date and place.
  bool speech = true;
};

// Parses one page. Throws InputError for invalid UTF-8 (naming the byte offset). NUL bytes
// are treated as white space. Empty or blank text gives no turns.
Transcript parse_transcript(std::string_view page);
// The same, with what the page's markup says: a header line equal to hints.title (white
// space collapsed) is the title; asides and pull quotes are skipped.
Transcript parse_transcript(std::string_view page, const PageHints& hints);

}  // namespace transcript
