// transcript_version() and transcript_debug(): what a bug report starts from.
//
//   SELECT transcript_version();  -- '0.1.0'
//   SELECT transcript_debug();    -- one line per component and its version (SQLite
//                                 -- compiled and runtime, ICU, libstemmer, libphonenumber,
//                                 -- libxml2)
#include <libxml/xmlversion.h>
#include <unicode/uversion.h>

#include <string>

#include "core/directory/phone_numbers.h"
#include "sqlite/tables.h"

#ifndef TRANSCRIPT_STEMMER_VERSION
#define TRANSCRIPT_STEMMER_VERSION "unknown"
#endif

namespace transcript::sql {

namespace {

std::string compiler() {
#if defined(__clang__)
  return "clang " __clang_version__;
#elif defined(__GNUC__)
  return "gcc " __VERSION__;
#else
  return "unknown";
#endif
}

void version_function(sqlite3_context* ctx, int, sqlite3_value**) {
  sqlite3_result_text(ctx, TRANSCRIPT_VERSION, -1, SQLITE_STATIC);
}

void debug_function(sqlite3_context* ctx, int, sqlite3_value**) {
  guarded(ctx, "transcript_debug", [&] {
    std::string out;
    out += "Version: " TRANSCRIPT_VERSION "\n";
    out += "Commit: " TRANSCRIPT_COMMIT "\n";
    out += "Compiler: " + compiler() + "\n";
    out += "SQLite compiled: " SQLITE_VERSION "\n";
    out += std::string("SQLite runtime: ") + sqlite3_libversion() + "\n";
    out += "ICU: " U_ICU_VERSION "\n";
    out += "libstemmer: " TRANSCRIPT_STEMMER_VERSION "\n";
    out += "libphonenumber: " + phonenumber_version() + "\n";
    out += std::string("libxml2: ") + LIBXML_DOTTED_VERSION;
    result_text(ctx, std::string_view(out));
  });
}

}  // namespace

int register_meta_functions(sqlite3* db) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function_v2(db, "transcript_version", 0, flags, nullptr,
                                      version_function, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "transcript_debug", 0, flags, nullptr, debug_function,
                                    nullptr, nullptr, nullptr);
  }
  return rc;
}

}  // namespace transcript::sql
