// The FTS5 tokenizer `transcript`: full-text search that ignores case and script and
// accepts inflections.
//
//   CREATE VIRTUAL TABLE f USING fts5(text, tokenize='transcript');
//   CREATE VIRTUAL TABLE f USING fts5(text, tokenize="transcript translit 0 stem 1 entities 1");
//   SELECT highlight(f, 0, '[', ']') FROM f WHERE f MATCH 'лукашенко';   -- finds Lukashenko
//
// Options, in FTS5's style (each an option name, case ignored, then 0 or 1; all default 1):
//   translit   Cyrillic words also meet their Latin transliteration (Лавров ~ Lavrov)
//   stem       inflected forms and Snowball stems as synonyms (Лаврову ~ Лавров,
//              sanctions ~ sanction)
//   entities   the mentions of the built-in countries, organisations and people meet
//              in every name, script and form (OSCE ~ ОБСЕ, US ~ USA ~ Соединенных Штатов)
// Unknown options, missing or bad values and repeated options are errors. FTS5 (3.40 and
// later alike) reports every failure of a tokenizer's constructor as "error in tokenizer
// constructor", dropping the tokenizer's message; ours goes to SQLite's error log
// (sqlite3_log, SQLITE_ERROR): "transcript tokenizer: unknown option 'colour'" (in the shell,
// `.log stderr` shows it).
//
// How it works: the tokens come from core/search/token_stream.h (which documents the keys,
// the modes and the limits); this file maps FTS5's flags to its modes and passes each token
// to FTS5's callback. FTS5_TOKENIZE_DOCUMENT and FTS5_TOKENIZE_QUERY give a token and its
// colocated synonyms (FTS5_TOKEN_COLOCATED) per word; FTS5_TOKENIZE_QUERY|FTS5_TOKENIZE_PREFIX
// gives the plain spelling of the prefix; FTS5_TOKENIZE_AUX (highlight(), snippet()) gives
// the tokens alone. A query phrase (FTS5 hands over one bareword or quoted string at a
// time) is read as transcript_find reads it (core/search/query_terms.h). Offsets are bytes of
// the original text, so highlight() marks the words as written, with transcript_highlight's
// rule (a possessive outside). Tokens are cut to 32768 bytes (FTS5_MAX_TOKEN_SIZE) at a
// character boundary.
//
// Each FTS5 table (per connection) creates its own tokenizer instance, which owns a
// TokenStream (Snowball stemmers and a word cache): FTS5 calls an instance from its
// connection only, so nothing is shared. A call made while the instance is already
// tokenizing (FTS5 does not do this today) gets a fresh stream rather than corrupting the
// first. No exception leaves a callback: out-of-memory is SQLITE_NOMEM, anything else
// SQLITE_ERROR.
//
// Registration needs FTS5 in the host SQLite: the fts5_api comes from `SELECT fts5(?1)`
// with a bound pointer (the documented way). A host built without FTS5 has no function
// fts5(); the extension then loads without the tokenizer.
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/token_stream.h"
#include "core/text/input_error.h"
#include "sqlite/sqlite_api.h"
#include "sqlite/tables.h"

// fts5_api and fts5_tokenizer (API version 2, tokenizer version 1) come with sqlite3.h,
// which includes fts5.h.

namespace transcript::sql {
namespace {

constexpr const char* kName = "transcript tokenizer";

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

struct Instance {
  explicit Instance(TokenizerOptions options) : stream(options) {}
  TokenStream stream;
  bool busy = false;
};

struct CallbackContext {
  void* fts5_context;
  TokenCallback callback;
};

int emit(void* context, const Token& token) {
  auto* c = static_cast<CallbackContext*>(context);
  return c->callback(c->fts5_context, token.colocated ? FTS5_TOKEN_COLOCATED : 0,
                     token.text.data(), static_cast<int>(token.text.size()),
                     static_cast<int>(token.start), static_cast<int>(token.end));
}

int x_create(void*, const char** argv, int argc, Fts5Tokenizer** out) noexcept {
  *out = nullptr;
  try {
    std::vector<std::string_view> args;
    for (int i = 0; i < argc; ++i) args.emplace_back(argv[i] ? argv[i] : "");
    auto* instance = new Instance(parse_tokenizer_options(args));
    *out = reinterpret_cast<Fts5Tokenizer*>(instance);
    return SQLITE_OK;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (const std::exception& e) {
    sqlite3_log(SQLITE_ERROR, "%s: %s", kName, e.what());
    return SQLITE_ERROR;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

void x_delete(Fts5Tokenizer* tokenizer) noexcept {
  delete reinterpret_cast<Instance*>(tokenizer);
}

int x_tokenize(Fts5Tokenizer* tokenizer, void* fts5_context, int flags, const char* text,
               int size, TokenCallback callback) noexcept {
  if (!tokenizer || !text || size <= 0) return SQLITE_OK;
  auto* instance = reinterpret_cast<Instance*>(tokenizer);
  try {
    TokenMode mode = TokenMode::kDocument;
    if (flags & FTS5_TOKENIZE_AUX) {
      mode = TokenMode::kAux;
    } else if (flags & FTS5_TOKENIZE_QUERY) {
      mode = (flags & FTS5_TOKENIZE_PREFIX) ? TokenMode::kPrefix : TokenMode::kQuery;
    }
    CallbackContext context{fts5_context, callback};
    const std::string_view input(text, static_cast<std::size_t>(size));
    if (instance->busy) {
      TokenStream fresh(instance->stream.options());
      return fresh.tokenize(input, mode, &context, emit);
    }
    instance->busy = true;
    struct Release {
      bool& busy;
      ~Release() { busy = false; }
    } release{instance->busy};
    return instance->stream.tokenize(input, mode, &context, emit);
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (const std::exception& e) {
    sqlite3_log(SQLITE_ERROR, "%s: %s", kName, e.what());
    return SQLITE_ERROR;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

fts5_tokenizer kTokenizer{x_create, x_delete, x_tokenize};

}  // namespace

int register_fts5_tokenizer(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    // No FTS5 in this SQLite: load without the tokenizer.
    sqlite3_finalize(stmt);
    return SQLITE_OK;
  }
  fts5_api* api = nullptr;
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  const int rc = sqlite3_finalize(stmt);
  if (rc != SQLITE_OK || !api) return SQLITE_OK;
  if (api->iVersion < 2) return SQLITE_OK;
  return api->xCreateTokenizer(api, "transcript", nullptr, &kTokenizer, nullptr);
}

}  // namespace transcript::sql
