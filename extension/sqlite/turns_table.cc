// transcript_turns: one row per speaker turn of a page, in order.
//
//   SELECT seq, kind, speaker, substr(text, 1, 60) FROM transcript_turns(readfile('p.txt'));
//   CREATE VIRTUAL TABLE turns USING transcript_turns(files='pages/*.txt');
//
// Columns are SURFACE.md's, then speaker_title (the office or title the label gives) and
// speaker_key (transcript_name_key of speaker: one key per person across pages and
// scripts); rowid = seq. The page parser is core/transcript/; pages in
// HTML go through core/html/page_input.h first (offsets then point into the HTML).
#include "core/html/page_input.h"
#include "core/transcript/transcript.h"
#include "sqlite/page_table.h"
#include "sqlite/tables.h"

namespace transcript::sql {

namespace {

enum TurnColumn {
  kDoc, kSeq, kKind, kSpeaker, kLabel, kText, kReplyTo, kParagraphs, kWords,
  kStartChar, kEndChar, kLine, kLang, kSpeakerTitle, kSpeakerKey, kTurnColumnCount
};

class TurnRows : public PageRows {
 public:
  TurnRows(Transcript transcript, const std::string* doc)
      : turns_(std::move(transcript.turns)) {
    if (doc) doc_ = *doc;
  }
  std::size_t size() const override { return turns_.size(); }
  sqlite3_int64 rowid(std::size_t row) const override { return turns_[row].seq; }
  void column(sqlite3_context* ctx, std::size_t row, int column) const override {
    const Turn& t = turns_[row];
    switch (column) {
      case kDoc: result_doc(ctx, doc_); break;
      case kSeq: sqlite3_result_int(ctx, t.seq); break;
      case kKind: sqlite3_result_text(ctx, turn_kind_name(t.kind), -1, SQLITE_STATIC); break;
      case kSpeaker: result_optional_text(ctx, t.speaker); break;
      case kLabel: result_optional_text(ctx, t.label); break;
      case kText: result_text(ctx, std::string_view(t.text)); break;
      case kReplyTo:
        if (t.reply_to) {
          sqlite3_result_int(ctx, *t.reply_to);
        } else {
          sqlite3_result_null(ctx);
        }
        break;
      case kParagraphs: sqlite3_result_int(ctx, t.paragraphs); break;
      case kWords: sqlite3_result_int(ctx, t.words); break;
      case kStartChar: sqlite3_result_int64(ctx, t.start_char); break;
      case kEndChar: sqlite3_result_int64(ctx, t.end_char); break;
      case kLine: sqlite3_result_int64(ctx, t.line); break;
      case kLang: result_text(ctx, std::string_view(t.lang)); break;
      case kSpeakerTitle: result_optional_text(ctx, t.speaker_title); break;
      case kSpeakerKey: result_optional_text(ctx, t.speaker_key); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  std::vector<Turn> turns_;
  std::optional<std::string> doc_;
};

std::unique_ptr<PageRows> parse_turns(std::string_view page, const std::string* doc,
                                      PageFormat format) {
  return std::make_unique<TurnRows>(parse_transcript_page(page, format), doc);
}

const PageTableSpec kTurnsSpec = {
    "transcript_turns",
    "doc TEXT, seq INTEGER, kind TEXT, speaker TEXT, label TEXT, text TEXT, "
    "reply_to INTEGER, paragraphs INTEGER, words INTEGER, start_char INTEGER, "
    "end_char INTEGER, line INTEGER, lang TEXT, speaker_title TEXT, speaker_key TEXT",
    kTurnColumnCount,
    parse_turns,
    nullptr,  // a bad file gives no rows (on_error='skip')
    nullptr,  // nothing is computed lazily
    -1,
    false,  // rowid = seq
};

}  // namespace

int register_turns_table(sqlite3* db, bool allow_files) {
  return register_page_table(db, kTurnsSpec, allow_files);
}

}  // namespace transcript::sql
