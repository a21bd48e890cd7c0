// The module shape shared by transcript_turns, transcript_documents and
// transcript_contacts: tables whose rows come from parsing pages.
//
// Each such table exists in two forms from one module (xCreate == xConnect, so the module
// is also eponymous):
//
//   SELECT * FROM transcript_turns(:text);        -- one page given as TEXT or BLOB
//   CREATE VIRTUAL TABLE t USING transcript_turns(files='corpus/*.txt');
//   SELECT * FROM t;                              -- every file of the glob, path order
//   CREATE VIRTUAL TABLE h USING transcript_turns(files='saved/*.html', format='html');
//
// Page format: a page is plain text or HTML (core/html/page_input.h). The eponymous form
// always detects it from the page's start (a doctype or an <html>/<head>/<body> tag means
// HTML). The files form takes format='auto' (the default, detected per file), 'text' or
// 'html' (any case); any other value is an error when the table is created:
// "transcript_turns: unknown format 'xml', expected 'auto', 'text' or 'html'". For HTML,
// start_char/end_char/line point into the HTML source (see page_input.h).
//
// Schema: the spec's output columns, then one HIDDEN column `page` (the page argument;
// not `text`, which transcript_turns has as an output column).
//
// Query plans (idxNum): 1 = the page is given by an equality constraint on `page`
// (argvIndex 1, omitted from re-checking); 0 = files form, every file is read (3: the same,
// and the query reads PageTableSpec::prepared_column, see prepare below); 2 = the
// eponymous form without any constraint on `page`, costed at 1e300 so that SQLite picks
// it only when no other plan exists, and then xFilter fails with
// "<name>: missing required argument 'page'" (never "no query solution"). A constraint
// on `page` that exists but is unusable makes xBestIndex return SQLITE_CONSTRAINT, so the
// planner tries another order. Other constraints are left to SQLite.
//
// Bad files: with on_error='fail' (the default) a file that cannot be read or decoded stops
// the scan with an error naming it ("transcript_turns: 'p/x.txt': invalid UTF-8 at byte
// 9"); with on_error='skip' it gives spec.error_rows() (transcript_documents: one row whose
// `error` column holds the message) and the scan goes on. Out of memory and interrupts
// always stop the scan. Any other value is an error when the table is created.
//
// Files form: the glob is expanded each time the table is read (new files are picked up; a
// glob that matches nothing is an error then), and the files' rows come one file at a
// time, in path order. The table is SQLITE_VTAB_DIRECTONLY: a schema supplied by someone
// else (a view or a trigger) cannot make it read files. The eponymous form is
// SQLITE_VTAB_INNOCUOUS.
//
// Threads: threads='N' (1 to 64; default the number of cores this process may run on, its
// CPU affinity, else std::thread::hardware_concurrency) is how many threads parse: with
// N > 1 the cursor starts N - 1 workers in xFilter (page_prefetcher.h) that read and parse
// the next files while SQLite consumes the current one, and the cursor's own thread parses
// too instead of waiting. Rows still come in path order, a file's error when its turn
// comes (so on_error behaves as with one thread); at most 2 × N files are read ahead of
// the current one (memory: a few pages, never the folder). threads=1 starts no thread and
// reads each file when its turn comes. xClose, a new xFilter and the end or failure of the
// scan stop and join the workers (each finishes the page it is parsing). An interrupt is
// seen by SQLite between rows, as with one thread; the halted statement closes the cursor,
// which joins the workers. Anything other than an integer from 1 to 64 is an error when
// the table is created:
// "transcript_turns: threads '0' is out of range, expected an integer from 1 to 64",
// "transcript_turns: threads 'x' is not an integer, expected an integer from 1 to 64".
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/html/page_input.h"
#include "sqlite/sqlite_api.h"
#include "sqlite/table_rows.h"

namespace transcript::sql {

// The rows parsed from one page.
using PageRows = TableRows;

struct PageTableSpec {
  const char* name;     // SQL name, e.g. "transcript_turns"
  const char* columns;  // output columns for CREATE TABLE, without the hidden `page`
  int column_count;     // number of output columns
  // Parses one page in the given format (text, html or automatic: detect); doc is the
  // file's path in the files form, nullptr otherwise. Throws InputError for bad input (the
  // caller adds the table name and the path).
  std::unique_ptr<PageRows> (*parse)(std::string_view page, const std::string* doc,
                                     PageFormat format);
  // Files form with on_error='skip': the rows for a file that could not be read or decoded
  // (path, and the message without the table's name), or nullptr for none.
  std::unique_ptr<PageRows> (*error_rows)(const std::string& path, const std::string& message);
  // Files form with threads > 1: work that a row would otherwise do lazily, on SQLite's
  // thread, when column `prepared_column` is read (transcript_documents' contacts runs the
  // directory parser). When the query reads that column, prepare() runs on the parsing
  // thread right after parse(). nullptr (and -1) for none.
  void (*prepare)(PageRows& rows);
  int prepared_column;
  // Files form: the rowid is the file's 1-based position in the sorted file list (a table
  // with one row per file: transcript_documents); else PageRows::rowid().
  bool rowid_is_file_position;
};

// Registers the module. With allow_files false (the noread entry point) the files=
// parameter does not exist.
int register_page_table(sqlite3* db, const PageTableSpec& spec, bool allow_files);

// Helpers for PageRows::column implementations.
void result_optional_text(sqlite3_context* ctx, const std::optional<std::string>& value);
void result_doc(sqlite3_context* ctx, const std::optional<std::string>& doc);

}  // namespace transcript::sql
