// The entry points of transcript.so.
//
//   sqlite3_transcript_init         everything (SQLite derives this name from the file name)
//   sqlite3_transcript_noread_init  everything except what reads files: the files= form of
//                                   the tables does not exist (for hosts that load untrusted
//                                   schemas, such as a public Datasette)
//
// Loading into an SQLite older than kMinimumVersion fails with a message naming both
// versions: the extension relies on SQLITE_INNOCUOUS / SQLITE_DIRECTONLY (3.31) and on
// sqlite3_vtab_config's SQLITE_VTAB_INNOCUOUS / DIRECTONLY (3.31).
#include <sqlite3ext.h>

SQLITE_EXTENSION_INIT1

#include <mutex>
#include <string>

#include "sqlite/entity_registration.h"
#include "sqlite/sqlite_api.h"
#include "sqlite/tables.h"

namespace transcript::sql {
namespace {

constexpr int kMinimumVersion = 3031000;
constexpr const char* kMinimumVersionText = "3.31.0";

int register_all(sqlite3* db, char** errmsg, bool allow_files) noexcept {
  try {
    if (sqlite3_libversion_number() < kMinimumVersion) {
      *errmsg = sqlite3_mprintf("transcript: needs SQLite %s or later, this is SQLite %s",
                                kMinimumVersionText, sqlite3_libversion());
      return SQLITE_ERROR;
    }
    int (*const steps[])(sqlite3*, bool) = {
        register_turns_table,
        register_documents_table,
        register_contacts_table,
    };
    for (auto step : steps) {
      if (int rc = step(db, allow_files); rc != SQLITE_OK) return rc;
    }
    int (*const functions[])(sqlite3*) = {
        register_meta_functions,
        register_directory_functions,
        register_fts5_tokenizer,  // skipped (not an error) when the host has no FTS5
    };
    for (auto step : functions) {
      if (int rc = step(db); rc != SQLITE_OK) return rc;
    }
    // The matching functions and tables share one context per connection.
    auto context = std::make_shared<ConnectionContext>();
    int (*const matching[])(sqlite3*, const std::shared_ptr<ConnectionContext>&) = {
        register_text_functions,
        register_entity_functions,
        register_entity_tables,
        register_snippet_functions,
    };
    for (auto step : matching) {
      if (int rc = step(db, context); rc != SQLITE_OK) return rc;
    }
    if (allow_files) {
      if (int rc = register_files_table(db, context); rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
  } catch (...) {
    return code_for_current_exception("transcript", errmsg);
  }
}

}  // namespace
}  // namespace transcript::sql

namespace {
// Every load passes the same routine table (one SQLite per process). SQLITE_EXTENSION_INIT2
// assigns the global sqlite3_api; doing it on every load rewrote it while other connections'
// threads were calling through it: a data race (ThreadSanitizer, tests/reliability/tsan.sh).
// It is stored once, and every later load synchronises with that store.
std::once_flag api_stored;
}  // namespace

extern "C" {

__attribute__((visibility("default"))) int sqlite3_transcript_init(
    sqlite3* db, char** errmsg, const sqlite3_api_routines* api) {
  std::call_once(api_stored, [api] { SQLITE_EXTENSION_INIT2(api); });
  return transcript::sql::register_all(db, errmsg, true);
}

__attribute__((visibility("default"))) int sqlite3_transcript_noread_init(
    sqlite3* db, char** errmsg, const sqlite3_api_routines* api) {
  std::call_once(api_stored, [api] { SQLITE_EXTENSION_INIT2(api); });
  return transcript::sql::register_all(db, errmsg, false);
}

}  // extern "C"
