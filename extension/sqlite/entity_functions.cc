// Matching names and counting mentions:
//
//   transcript_match(a, b)        REAL in [0, 1]: how likely two names denote the same
//                                 entity, across script, case, word order, initials,
//                                 patronymics and inflection
//   transcript_find(text, query)  INTEGER: the hits of the query in text, 0 when it does not
//                                 match; the query is FTS5's (core/search/query.h), so
//                                 transcript_find(text, q) > 0 keeps the rows MATCH q keeps
//   transcript_name_key(name)     TEXT: one key for every way of writing one person's name
//                                 (entities/name_key.h), NULL when the text names no one
//
// The query of transcript_find is compiled once per statement while it is a constant of
// the statement (sqlite3_set_auxdata), and rebuilt whenever SQLite drops it. NULL in, NULL
// out; invalid UTF-8 and a malformed query are errors.
#include "core/entities/gazetteer.h"
#include "core/entities/name_key.h"
#include "core/entities/name_match.h"
#include "core/search/query.h"
#include "core/text/utf8.h"
#include "sqlite/entity_registration.h"

namespace transcript::sql {

namespace {

void match_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_match", [&] {
    auto a = utf8_text_argument(argv[0], "transcript_match", "a");
    auto b = utf8_text_argument(argv[1], "transcript_match", "b");
    if (!a || !b) return sqlite3_result_null(ctx);
    ConnectionContext& context = context_of(sqlite3_user_data(ctx));
    sqlite3_result_double(ctx, name_match(*a, *b, context.match(), &builtin_gazetteer()));
  });
}

void name_key_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_name_key", [&] {
    auto name = utf8_text_argument(argv[0], "transcript_name_key", "name");
    if (!name) return sqlite3_result_null(ctx);
    const std::string key = person_name_key(*name);
    if (key.empty()) return sqlite3_result_null(ctx);
    result_text(ctx, std::string_view(key));
  });
}

void find_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_find", [&] {
    auto text = page_argument(argv[0], "transcript_find", "text");
    ConnectionContext& context = context_of(sqlite3_user_data(ctx));
    // Every row after the first, the query compiled: the text is validated only when the
    // query's check on its raw bytes lets it through without having read every byte. A row
    // that check rules out or reads to its end is valid UTF-8 (Query::focus), and most rows
    // are such; the answer is the same, 0.
    // A text with ill-formed UTF-8 is searched as decoded (each ill-formed part U+FFFD), as
    // the tables read pages: its bytes are never an error.
    std::string decoded;
    const auto* query = static_cast<const Query*>(sqlite3_get_auxdata(ctx, 1));
    if (query && text) {
      const Query::Focus focus = query->focus(*text);
      if (focus.none) return sqlite3_result_int64(ctx, 0);
      if (!focus.valid_utf8 && find_invalid_utf8(*text)) {
        decoded = decode_utf8_lossy(*text, nullptr);
        return sqlite3_result_int64(ctx, query->count(decoded, context.match()));
      }
      return sqlite3_result_int64(ctx, query->count(*text, context.match(), focus));
    }
    if (text && find_invalid_utf8(*text)) {
      decoded = decode_utf8_lossy(*text, nullptr);
      text = decoded;
    }
    auto query_text = text_argument(argv[1], "transcript_find", "query");
    if (!text || !query_text) return sqlite3_result_null(ctx);
    auto compiled = std::make_unique<Query>(
        Query::compile(*query_text, builtin_gazetteer(), context.match()));
    sqlite3_result_int64(ctx, compiled->count(*text, context.match()));
    // Kept for the next row while the query is a constant of the statement; SQLite may
    // free it at any time, even at once, so it is not used after this call.
    sqlite3_set_auxdata(ctx, 1, compiled.release(), [](void* p) { delete static_cast<Query*>(p); });
  });
}

}  // namespace

int register_entity_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context) {
  return register_context_functions(db, context, {
      {"transcript_match", 2, match_function},
      {"transcript_find", 2, find_function},
      {"transcript_name_key", 1, name_key_function},
  });
}

}  // namespace transcript::sql
