// Excerpts and highlights for a query (issue 5), in FTS5's argument order and defaults:
//
//   transcript_snippet(text, query [, open [, close [, ellipsis [, max_tokens]]]])
//       TEXT: the best window of at most max_tokens words (default '[', ']', '…', 16)
//   transcript_highlight(text, query [, open [, close]])
//       TEXT: the whole text, every hit marked (default '[', ']')
//   transcript_snippets(text, query [, max_tokens [, max_fragments]])
//       table: fragment (1-based, text order), snippet, start_char, end_char, score; up to
//       max_fragments (default 3) non-overlapping windows, each covering terms not yet shown
//
//   SELECT seq, transcript_snippet(text, 'ОБСЕ') FROM transcript_turns(:page)
//   WHERE transcript_find(text, 'ОБСЕ') > 0;
//   SELECT t.seq, s.* FROM transcript_turns(:page) t, transcript_snippets(t.text, 'OSCE Belarus') s;
//
// The query has transcript_find's syntax and matching (core/search/query.h); how windows
// are chosen and marked is in core/search/snippet.h. The scalar functions compile the query
// once per statement while it is a constant (sqlite3_set_auxdata) and rebuild it whenever
// SQLite drops it; the table compiles it once per xFilter. The ICU break iterators live in
// the connection's context.
//
// NULL in any argument gives NULL (no rows for the table). Errors: invalid UTF-8, a malformed
// query, markers that are not text, max_tokens outside 1..64, max_fragments outside 1..100.
#include <cmath>
#include <memory>
#include <string>

#include "core/entities/gazetteer.h"
#include "core/search/query.h"
#include "core/search/snippet.h"
#include "sqlite/entity_registration.h"
#include "sqlite/function_table.h"

namespace transcript::sql {

namespace {

constexpr const char* kSnippet = "transcript_snippet";
constexpr const char* kHighlight = "transcript_highlight";
constexpr const char* kSnippets = "transcript_snippets";
constexpr int kMaxTokens = 64;
constexpr int kMaxFragments = 100;
constexpr int kDefaultFragments = 3;

// Names a non-integer option value, quoting text.
std::string describe_option(sqlite3_value* value) {
  if (sqlite3_value_type(value) == SQLITE_TEXT) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return std::string("text '") + (text ? text : "") + "'";
  }
  return describe_value(value);
}

// An INTEGER option in [lo, hi], or nullopt for NULL.
std::optional<int> integer_option(sqlite3_value* value, const char* fn, const char* what, int lo,
                                  int hi) {
  const int type = sqlite3_value_type(value);
  if (type == SQLITE_NULL) return std::nullopt;
  sqlite3_int64 n = 0;
  if (type == SQLITE_INTEGER) {
    n = sqlite3_value_int64(value);
  } else if (type == SQLITE_FLOAT && std::trunc(sqlite3_value_double(value)) ==
                                         sqlite3_value_double(value) &&
             std::fabs(sqlite3_value_double(value)) < 1e15) {
    // Hosts such as better-sqlite3 bind every JavaScript number as REAL: 3.0 is 3, as in
    // SQLite's own substr(); 3.5 stays an error.
    n = static_cast<sqlite3_int64>(sqlite3_value_double(value));
  } else {
    throw SqlError(SQLITE_ERROR, std::string(fn) + ": " + what + " must be an integer, got " +
                                     describe_option(value));
  }
  if (n < lo || n > hi) {
    throw SqlError(SQLITE_ERROR, std::string(fn) + ": " + what + " must be between " +
                                     std::to_string(lo) + " and " + std::to_string(hi) +
                                     ", got " + std::to_string(n));
  }
  return static_cast<int>(n);
}

// Runs use(query) with the statement's compiled query for argument `arg`: the cached one,
// or one compiled now and handed to SQLite for the next rows (never used after that, since
// SQLite may free it at once).
template <class Use>
void with_query(sqlite3_context* ctx, int arg, std::string_view query_text,
                ConnectionContext& context, Use&& use) {
  if (auto* query = static_cast<const Query*>(sqlite3_get_auxdata(ctx, arg))) {
    use(*query);
    return;
  }
  auto compiled =
      std::make_unique<Query>(Query::compile(query_text, builtin_gazetteer(), context.match()));
  use(*compiled);
  sqlite3_set_auxdata(ctx, arg, compiled.release(), [](void* p) { delete static_cast<Query*>(p); });
}

void snippet_function(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  guarded(ctx, kSnippet, [&] {
    std::string decoded;
    auto text = lenient_text_argument(argv[0], kSnippet, "text", decoded);
    auto query_text = text_argument(argv[1], kSnippet, "query");
    SnippetOptions options;
    bool null_option = false;
    const char* const marker_names[] = {"open", "close", "ellipsis"};
    std::string_view* const markers[] = {&options.open, &options.close, &options.ellipsis};
    for (int i = 2; i < argc && i < 5; ++i) {
      auto marker = utf8_text_argument(argv[i], kSnippet, marker_names[i - 2]);
      if (marker) {
        *markers[i - 2] = *marker;
      } else {
        null_option = true;
      }
    }
    if (argc > 5) {
      auto n = integer_option(argv[5], kSnippet, "max_tokens", 1, kMaxTokens);
      if (n) {
        options.max_tokens = *n;
      } else {
        null_option = true;
      }
    }
    if (!text || !query_text || null_option) return sqlite3_result_null(ctx);
    ConnectionContext& context = context_of(sqlite3_user_data(ctx));
    with_query(ctx, 1, *query_text, context, [&](const Query& query) {
      std::vector<QueryHit> hits;
      query.hits(*text, context.match(), hits);
      const SnippetFragment f = best_snippet(*text, hits, context.boundaries(), options);
      result_text(ctx, std::string_view(f.text));
    });
  });
}

void highlight_function(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  guarded(ctx, kHighlight, [&] {
    std::string decoded;
    auto text = lenient_text_argument(argv[0], kHighlight, "text", decoded);
    auto query_text = text_argument(argv[1], kHighlight, "query");
    std::optional<std::string_view> open = "[", close = "]";
    if (argc > 2) open = utf8_text_argument(argv[2], kHighlight, "open");
    if (argc > 3) close = utf8_text_argument(argv[3], kHighlight, "close");
    if (!text || !query_text || !open || !close) return sqlite3_result_null(ctx);
    ConnectionContext& context = context_of(sqlite3_user_data(ctx));
    with_query(ctx, 1, *query_text, context, [&](const Query& query) {
      std::vector<QueryHit> hits;
      query.hits(*text, context.match(), hits);
      result_text(ctx, std::string_view(highlight(*text, hits, *open, *close)));
    });
  });
}

class FragmentRows : public TableRows {
 public:
  explicit FragmentRows(std::vector<SnippetFragment> fragments)
      : fragments_(std::move(fragments)) {}
  std::size_t size() const override { return fragments_.size(); }
  void column(sqlite3_context* ctx, std::size_t row, int column) const override {
    const SnippetFragment& f = fragments_[row];
    switch (column) {
      case 0: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(row) + 1); break;
      case 1: result_text(ctx, std::string_view(f.text)); break;
      case 2: sqlite3_result_int64(ctx, f.start_char); break;
      case 3: sqlite3_result_int64(ctx, f.end_char); break;
      case 4: sqlite3_result_int64(ctx, f.score); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  std::vector<SnippetFragment> fragments_;
};

std::unique_ptr<TableRows> produce_snippets(FunctionCall& call) {
  auto argument = [&](std::size_t i) { return i < call.args.size() ? call.args[i] : nullptr; };
  std::string decoded;
  auto text = lenient_text_argument(argument(0), call.name, "text", decoded);
  auto query_text = text_argument(argument(1), call.name, "query");
  SnippetOptions options;
  int fragments = kDefaultFragments;
  bool null_option = false;
  if (sqlite3_value* v = argument(2)) {
    auto n = integer_option(v, call.name, "max_tokens", 1, kMaxTokens);
    null_option |= !n;
    if (n) options.max_tokens = *n;
  }
  if (sqlite3_value* v = argument(3)) {
    auto n = integer_option(v, call.name, "max_fragments", 1, kMaxFragments);
    null_option |= !n;
    if (n) fragments = *n;
  }
  std::vector<SnippetFragment> rows;
  if (text && query_text && !null_option) {
    const Query query = Query::compile(*query_text, builtin_gazetteer(), call.context.match());
    std::vector<QueryHit> hits;
    query.hits(*text, call.context.match(), hits);
    rows = snippet_fragments(*text, hits, call.context.boundaries(), options, fragments);
  }
  return std::make_unique<FragmentRows>(std::move(rows));
}

const FunctionTableSpec kSnippetsSpec = {
    kSnippets,
    "fragment INTEGER, snippet TEXT, start_char INTEGER, end_char INTEGER, score INTEGER",
    5,
    {"text", "query", "max_tokens", "max_fragments"},
    2,
    produce_snippets,
};

}  // namespace

int register_snippet_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  struct Entry {
    const char* name;
    int min_args, max_args;
    void (*fn)(sqlite3_context*, int, sqlite3_value**);
  };
  const Entry entries[] = {
      {kSnippet, 2, 6, snippet_function},
      {kHighlight, 2, 4, highlight_function},
  };
  for (const Entry& e : entries) {
    for (int narg = e.min_args; narg <= e.max_args; ++narg) {
      void* data = share_context(context);
      if (!data) return SQLITE_NOMEM;
      const int rc = sqlite3_create_function_v2(db, e.name, narg, flags, data, e.fn, nullptr,
                                                nullptr, release_context);
      if (rc != SQLITE_OK) return rc;
    }
  }
  return register_function_table(db, kSnippetsSpec, context);
}

}  // namespace transcript::sql
