// ConnectionContext: the per-connection state of the matching functions — the
// MatchContext (Snowball stemmers, word-key caches, scan buffers: not thread-safe, so one
// per connection), the stemmers of transcript_stem, the user gazetteers of
// transcript_mentions compiled once and rebuilt when the database changes, and the ICU
// break iterators of the snippet functions.
//
// SQLite runs one statement step of a connection at a time, so a connection's context is
// never used by two threads at once. It is created when the extension is loaded into the
// connection, shared by every function and module registered there (each holds a
// shared_ptr through its user-data pointer) and freed with the last of them, when the
// connection closes (3.40 has no sqlite3_set_clientdata).
#pragma once

#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/gazetteer.h"
#include "core/entities/match_context.h"
#include "core/search/text_boundaries.h"
#include "core/text/stemmer.h"
#include "sqlite/sqlite_api.h"

namespace transcript::sql {

class ConnectionContext {
 public:
  MatchContext& match() { return match_; }

  // The Snowball stemmer for a language ("en", "english", "ru" …); InputError when
  // libstemmer has none.
  Stemmer& stemmer(std::string_view language);

  // The gazetteer compiled from a user table or view with columns entity, alias and
  // optionally kind. Rebuilt when any connection has changed the database since it was
  // built (sqlite3_total_changes64 of this connection and PRAGMA data_version for the
  // others), so changes are picked up by the next statement. Throws SqlError naming fn
  // when the table cannot be read.
  const Gazetteer& user_gazetteer(sqlite3* db, const char* fn, std::string_view table);

  // The word and sentence break iterators of the snippet functions (snippet_functions.cc),
  // created on first use (creating ICU iterators is costly) and reused for every row.
  TextBoundaries& boundaries() {
    if (!boundaries_) boundaries_ = std::make_unique<TextBoundaries>();
    return *boundaries_;
  }

 private:
  struct CachedGazetteer {
    sqlite3_int64 total_changes = -1;
    sqlite3_int64 data_version = -1;
    std::unique_ptr<Gazetteer> gazetteer;
  };
  MatchContext match_;
  std::map<std::string, Stemmer, std::less<>> stemmers_;
  std::map<std::string, CachedGazetteer, std::less<>> gazetteers_;
  std::unique_ptr<TextBoundaries> boundaries_;
};

// User data for sqlite3_create_function_v2 / sqlite3_create_module_v2: a heap-allocated
// shared_ptr and its destructor.
void* share_context(const std::shared_ptr<ConnectionContext>& context);
void release_context(void* shared);
inline ConnectionContext& context_of(void* shared) {
  return **static_cast<std::shared_ptr<ConnectionContext>*>(shared);
}

// Registers scalar functions that use the connection's context (each holds a share of it),
// all SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS.
struct ContextFunction {
  const char* name;
  int narg;
  void (*fn)(sqlite3_context*, int, sqlite3_value**);
};
int register_context_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context,
                               std::initializer_list<ContextFunction> functions);

}  // namespace transcript::sql
