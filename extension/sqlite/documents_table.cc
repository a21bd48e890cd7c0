// transcript_documents: one row per page, with the metadata found around its title and
// the number of turns and directory entries.
//
//   SELECT date, place, speaker, turns FROM transcript_documents(readfile('p.txt'));
//   CREATE VIRTUAL TABLE docs USING transcript_documents(files='pages/*.txt');
//
// A non-NULL page always gives exactly one row (an empty page gives chars 0, turns 0).
// rowid is 1 in the eponymous form and the file's 1-based position in the files form.
// For an HTML page, chars counts the characters of the HTML source (core/html/page_input.h).
// The contacts column runs the directory parser only when a query reads it (in the files
// form with threads > 1, on the parsing threads: page_table.h).
// replaced counts the byte sequences the page's decoding replaced by U+FFFD (0 for clean
// pages); charset says how its bytes were read ("UTF-8", a declared charset, or the
// legacy charset guessed for a page that is not UTF-8: core/html/charset.h). error is NULL, except in the files form with
// on_error='skip', where a file that could not be read or decoded gives a row with only
// doc and error (the message, e.g. "invalid UTF-8 at byte 41549").
#include "core/directory/directory_parser.h"
#include "core/html/page_input.h"
#include "core/transcript/transcript.h"
#include "sqlite/page_table.h"
#include "sqlite/tables.h"

namespace transcript::sql {

namespace {

enum DocumentColumn {
  kDoc, kTitle, kDate, kPlace, kTime, kSpeaker, kLang, kChars, kTurns, kContacts, kReplaced,
  kCharset, kError, kDocumentColumnCount
};

class DocumentRow : public PageRows {
 public:
  DocumentRow(DocumentInfo info, std::size_t turns, std::string_view page, PageFormat format,
              const std::string* doc)
      : info_(std::move(info)), turns_(turns), page_(page), format_(format) {
    if (doc) doc_ = *doc;
  }
  std::size_t size() const override { return 1; }
  sqlite3_int64 rowid(std::size_t) const override { return 1; }  // files form: page_table.cc
  // Parses the directory now (a parsing thread of the files form, when the query reads the
  // contacts column) rather than when the column is read.
  void prepare() const { contacts(); }
  void column(sqlite3_context* ctx, std::size_t, int column) const override {
    switch (column) {
      case kDoc: result_doc(ctx, doc_); break;
      case kTitle: result_optional_text(ctx, info_.title); break;
      case kDate: result_optional_text(ctx, info_.date); break;
      case kPlace: result_optional_text(ctx, info_.place); break;
      case kTime: result_optional_text(ctx, info_.time); break;
      case kSpeaker: result_optional_text(ctx, info_.speaker); break;
      case kLang: result_text(ctx, std::string_view(info_.lang)); break;
      case kChars: sqlite3_result_int64(ctx, info_.chars); break;
      case kTurns: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(turns_)); break;
      case kContacts: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(contacts())); break;
      case kReplaced: sqlite3_result_int64(ctx, info_.replaced); break;
      case kCharset: result_text(ctx, std::string_view(info_.charset)); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  // The directory is parsed only when a query asks for the contacts column: most queries
  // over documents read the metadata, and the directory parser costs as much as the rest.
  std::size_t contacts() const {
    if (!contacts_) contacts_ = parse_directory_page(page_, format_).size();
    return *contacts_;
  }

  DocumentInfo info_;
  std::size_t turns_;
  std::string page_;  // kept for the contacts column
  PageFormat format_;
  mutable std::optional<std::size_t> contacts_;
  std::optional<std::string> doc_;
};

// A file that could not be read or decoded (on_error='skip').
class DocumentErrorRow : public PageRows {
 public:
  DocumentErrorRow(std::string doc, std::string message) : doc_(std::move(doc)), message_(std::move(message)) {}
  std::size_t size() const override { return 1; }
  sqlite3_int64 rowid(std::size_t) const override { return 1; }
  void column(sqlite3_context* ctx, std::size_t, int column) const override {
    switch (column) {
      case kDoc: doc_.empty() ? sqlite3_result_null(ctx) : result_text(ctx, std::string_view(doc_)); break;
      case kError: result_text(ctx, std::string_view(message_)); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  std::string doc_, message_;
};

std::unique_ptr<PageRows> document_error(const std::string& path, const std::string& message) {
  return std::make_unique<DocumentErrorRow>(path, message);
}

void prepare_document(PageRows& rows) {
  if (const auto* row = dynamic_cast<const DocumentRow*>(&rows)) row->prepare();
}

std::unique_ptr<PageRows> parse_document(std::string_view page, const std::string* doc,
                                         PageFormat format) {
  Transcript transcript = parse_transcript_page(page, format);
  return std::make_unique<DocumentRow>(std::move(transcript.info), transcript.turns.size(), page,
                                       format, doc);
}

const PageTableSpec kDocumentsSpec = {
    "transcript_documents",
    "doc TEXT, title TEXT, date TEXT, place TEXT, time TEXT, speaker TEXT, lang TEXT, "
    "chars INTEGER, turns INTEGER, contacts INTEGER, replaced INTEGER, charset TEXT, error TEXT",
    kDocumentColumnCount,
    parse_document,
    document_error,
    prepare_document,
    kContacts,
    true,  // one row per file: rowid = the file's position
};

}  // namespace

int register_documents_table(sqlite3* db, bool allow_files) {
  return register_page_table(db, kDocumentsSpec, allow_files);
}

}  // namespace transcript::sql
