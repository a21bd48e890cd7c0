#include "sqlite/connection_context.h"

#include <new>

#include "core/text/utf8.h"

namespace transcript::sql {

namespace {

std::string quote_identifier(std::string_view name);

// A gazetteer name as SQL would read it unquoted: "people", or "ref.people" for a table of
// an attached database (schema, then table).
struct TableName {
  std::string schema;  // empty: SQLite's search order (temp, main, attached)
  std::string table;
  std::string sql() const {
    return schema.empty() ? quote_identifier(table)
                          : quote_identifier(schema) + "." + quote_identifier(table);
  }
};

TableName table_name(std::string_view name) {
  const std::size_t dot = name.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == name.size()) {
    return {"", std::string(name)};
  }
  return {std::string(name.substr(0, dot)), std::string(name.substr(dot + 1))};
}

// PRAGMA data_version of the schema the gazetteer lives in: each attached database has
// its own counter.
sqlite3_int64 data_version(sqlite3* db, const TableName& name) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_int64 version = -1;
  const std::string sql =
      name.schema.empty() ? "PRAGMA data_version"
                          : "PRAGMA " + quote_identifier(name.schema) + ".data_version";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    version = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  return version;
}

std::string quote_identifier(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    out.push_back(c);
    if (c == '"') out.push_back('"');
  }
  out.push_back('"');
  return out;
}

std::string column_text(sqlite3_stmt* stmt, int i) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
  return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i))) : "";
}

// Reads (entity, alias, kind) rows; kind is optional in the table.
std::vector<EntityRow> read_gazetteer(sqlite3* db, const char* fn, std::string_view table) {
  const std::string quoted = table_name(table).sql();
  sqlite3_stmt* stmt = nullptr;
  std::string sql = "SELECT entity, alias, kind FROM " + quoted;
  bool has_kind = true;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt);
    stmt = nullptr;
    has_kind = false;
    sql = "SELECT entity, alias FROM " + quoted;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      std::string message = std::string(fn) + ": cannot read gazetteer '" + std::string(table) +
                            "': " + sqlite3_errmsg(db);
      sqlite3_finalize(stmt);
      throw SqlError(SQLITE_ERROR, message);
    }
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(stmt, sqlite3_finalize);
  std::vector<EntityRow> rows;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    if (sqlite3_column_type(stmt, 0) == SQLITE_NULL || sqlite3_column_type(stmt, 1) == SQLITE_NULL) {
      continue;  // a row without entity or alias names nothing
    }
    EntityRow row;
    row.entity = column_text(stmt, 0);
    row.alias = column_text(stmt, 1);
    if (has_kind) row.kind = column_text(stmt, 2);
    for (const std::string* value : {&row.entity, &row.alias, &row.kind}) {
      if (auto bad = find_invalid_utf8(*value)) {
        throw SqlError(SQLITE_ERROR, std::string(fn) + ": gazetteer '" + std::string(table) +
                                         "': invalid UTF-8 at byte " + std::to_string(*bad) +
                                         " of '" + row.entity + "'");
      }
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) {
    throw SqlError(rc, std::string(fn) + ": cannot read gazetteer '" + std::string(table) +
                           "': " + sqlite3_errmsg(db));
  }
  return rows;
}

}  // namespace

Stemmer& ConnectionContext::stemmer(std::string_view language) {
  auto it = stemmers_.find(language);
  if (it == stemmers_.end()) {
    it = stemmers_.emplace(std::string(language), Stemmer(language)).first;
  }
  return it->second;
}

const Gazetteer& ConnectionContext::user_gazetteer(sqlite3* db, const char* fn,
                                                   std::string_view table) {
  const sqlite3_int64 changes = sqlite3_total_changes64(db);
  const sqlite3_int64 version = data_version(db, table_name(table));
  auto it = gazetteers_.find(table);
  if (it != gazetteers_.end() && it->second.gazetteer && it->second.total_changes == changes &&
      it->second.data_version == version) {
    return *it->second.gazetteer;
  }
  CachedGazetteer fresh;
  const std::vector<EntityRow> rows = read_gazetteer(db, fn, table);
  fresh.gazetteer = std::make_unique<Gazetteer>(rows, match_.keyer);
  fresh.total_changes = changes;
  fresh.data_version = version;
  auto& slot = gazetteers_[std::string(table)];
  slot = std::move(fresh);
  return *slot.gazetteer;
}

void* share_context(const std::shared_ptr<ConnectionContext>& context) {
  return new (std::nothrow) std::shared_ptr<ConnectionContext>(context);
}

void release_context(void* shared) {
  delete static_cast<std::shared_ptr<ConnectionContext>*>(shared);
}

int register_context_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context,
                               std::initializer_list<ContextFunction> functions) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  for (const ContextFunction& f : functions) {
    void* data = share_context(context);
    if (!data) return SQLITE_NOMEM;
    // On failure SQLite calls release_context itself.
    int rc = sqlite3_create_function_v2(db, f.name, f.narg, flags, data, f.fn, nullptr, nullptr,
                                        release_context);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

}  // namespace transcript::sql
