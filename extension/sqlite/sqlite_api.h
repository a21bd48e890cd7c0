// The one include for the SQLite layer: the loadable-extension API (every sqlite3_*
// call goes through the routine table that sqlite3_transcript_init receives) plus the
// small helpers every function and table shares: argument reading, result writing and
// the translation of C++ exceptions into SQLite errors.
#pragma once

#include <sqlite3ext.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

SQLITE_EXTENSION_INIT3

namespace transcript::sql {

// An error raised while handling a call; its message is complete (already names the SQL
// function or table) and its code is an SQLite result code.
class SqlError : public std::exception {
 public:
  SqlError(int code, std::string message) : code_(code), message_(std::move(message)) {}
  int code() const { return code_; }
  const char* what() const noexcept override { return message_.c_str(); }

 private:
  int code_;
  std::string message_;
};

// "integer '42'", "real '1.5'", "blob", "null", "text": names a value in error messages.
std::string describe_value(sqlite3_value* value);

// The bytes of a TEXT or BLOB argument (pages read with readfile() are blobs), or nullopt
// for NULL. Integers and reals are an error: "<fn>: <what> must be text, got integer '42'".
std::optional<std::string_view> page_argument(sqlite3_value* value, const char* fn,
                                              const char* what);

// Same for arguments that must be TEXT (or NULL); blobs are accepted as UTF-8 bytes.
inline std::optional<std::string_view> text_argument(sqlite3_value* value, const char* fn,
                                                     const char* what) {
  return page_argument(value, fn, what);
}

// A TEXT (or BLOB) argument that must be valid UTF-8: InputError "invalid UTF-8 at byte N"
// otherwise (reported as "<fn>: invalid UTF-8 at byte N").
std::optional<std::string_view> utf8_text_argument(sqlite3_value* value, const char* fn,
                                                   const char* what);

// A text to search, mark or cut (a page's or a turn's text): its bytes are never an error.
// Valid UTF-8 is returned as it is; otherwise `storage` receives the text with each
// ill-formed part replaced by U+FFFD (as browsers, Python's decode('utf-8', 'replace') and
// the tables read a page) and the result points into it.
std::optional<std::string_view> lenient_text_argument(sqlite3_value* value, const char* fn, const char* what,
                                                      std::string& storage);

// Sets a TEXT result, raising SQLITE_TOOBIG past the connection's SQLITE_LIMIT_LENGTH.
void result_text(sqlite3_context* ctx, std::string_view text);

// Sets a TEXT result or NULL.
void result_text(sqlite3_context* ctx, const std::optional<std::string>& text);

// Reports the exception currently being handled as the function's error:
// bad_alloc -> SQLITE_NOMEM, SqlError -> its code and message, InputError and anything
// else -> SQLITE_ERROR prefixed with the function's name.
void result_current_exception(sqlite3_context* ctx, const char* fn);

// Runs body, translating any exception into an SQLite error on ctx. No exception ever
// leaves a callback that SQLite calls.
template <class Body>
void guarded(sqlite3_context* ctx, const char* fn, Body&& body) noexcept {
  try {
    body();
  } catch (...) {
    result_current_exception(ctx, fn);
  }
}

// Translates the exception being handled into an SQLite code, storing a message for a
// virtual table (in *errmsg, allocated with sqlite3_mprintf).
int code_for_current_exception(const char* name, char** errmsg) noexcept;

}  // namespace transcript::sql
