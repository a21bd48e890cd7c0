#include "sqlite/function_table.h"

#include <cstring>
#include <new>
#include <string>

namespace transcript::sql {

namespace {

// idxNum of the plan for a missing required argument k: -1 - k.
constexpr int kPlanMissingArgument = -1;

struct ModuleAux {
  const FunctionTableSpec* spec;
  std::shared_ptr<ConnectionContext> context;
};

struct FunctionTable : sqlite3_vtab {
  ModuleAux* aux = nullptr;
  sqlite3* db = nullptr;
};

struct FunctionCursor : sqlite3_vtab_cursor {
  std::vector<sqlite3_value*> args;  // duplicates, owned
  std::unique_ptr<TableRows> rows;
  std::size_t row = 0;
  void clear() {
    rows.reset();  // rows may point into args
    for (sqlite3_value* v : args) sqlite3_value_free(v);
    args.clear();
    row = 0;
  }
  ~FunctionCursor() { clear(); }
};

const FunctionTableSpec& spec_of(sqlite3_vtab* vtab) {
  return *static_cast<FunctionTable*>(vtab)->aux->spec;
}

int x_connect(sqlite3* db, void* aux_ptr, int, const char* const*, sqlite3_vtab** out,
              char** errmsg) noexcept {
  auto* aux = static_cast<ModuleAux*>(aux_ptr);
  try {
    std::string schema = std::string("CREATE TABLE x(") + aux->spec->columns;
    for (const char* arg : aux->spec->arguments) schema += std::string(", ") + arg + " HIDDEN";
    schema += ")";
    int rc = sqlite3_declare_vtab(db, schema.c_str());
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab_config(db, aux->spec->reads_files ? SQLITE_VTAB_DIRECTONLY : SQLITE_VTAB_INNOCUOUS);
    auto table = std::make_unique<FunctionTable>();
    std::memset(static_cast<sqlite3_vtab*>(table.get()), 0, sizeof(sqlite3_vtab));
    table->aux = aux;
    table->db = db;
    *out = table.release();
    return SQLITE_OK;
  } catch (...) {
    return code_for_current_exception(aux->spec->name, errmsg);
  }
}

int x_disconnect(sqlite3_vtab* vtab) noexcept {
  delete static_cast<FunctionTable*>(vtab);
  return SQLITE_OK;
}

int x_best_index(sqlite3_vtab* vtab, sqlite3_index_info* info) noexcept {
  const FunctionTableSpec& spec = spec_of(vtab);
  const int nargs = static_cast<int>(spec.arguments.size());
  std::vector<int> usable(nargs, -1);
  std::vector<bool> unusable(nargs, false);
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    const int arg = c.iColumn - spec.column_count;
    if (arg < 0 || arg >= nargs || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (c.usable) {
      usable[arg] = i;
    } else {
      unusable[arg] = true;
    }
  }
  int mask = 0;
  int argv_index = 0;
  for (int arg = 0; arg < nargs; ++arg) {
    if (usable[arg] >= 0) {
      mask |= 1 << arg;
      info->aConstraintUsage[usable[arg]].argvIndex = ++argv_index;
      info->aConstraintUsage[usable[arg]].omit = 1;
    } else if (unusable[arg]) {
      return SQLITE_CONSTRAINT;
    }
  }
  for (int arg = 0; arg < spec.required; ++arg) {
    if (!(mask & (1 << arg))) {
      info->idxNum = kPlanMissingArgument - arg;
      info->estimatedCost = 1e300;
      info->estimatedRows = 1;
      return SQLITE_OK;
    }
  }
  info->idxNum = mask;
  info->estimatedCost = 10.0 + 100.0 / (1 + argv_index);
  info->estimatedRows = 100;
  return SQLITE_OK;
}

int x_open(sqlite3_vtab*, sqlite3_vtab_cursor** out) noexcept {
  auto* cursor = new (std::nothrow) FunctionCursor();
  if (!cursor) return SQLITE_NOMEM;
  *out = cursor;
  return SQLITE_OK;
}

int x_close(sqlite3_vtab_cursor* cursor) noexcept {
  delete static_cast<FunctionCursor*>(cursor);
  return SQLITE_OK;
}

int x_filter(sqlite3_vtab_cursor* base, int idx_num, const char*, int argc,
             sqlite3_value** argv) noexcept {
  auto* cursor = static_cast<FunctionCursor*>(base);
  auto* table = static_cast<FunctionTable*>(base->pVtab);
  const FunctionTableSpec& spec = *table->aux->spec;
  try {
    cursor->clear();
    if (idx_num <= kPlanMissingArgument) {
      throw SqlError(SQLITE_ERROR, std::string(spec.name) + ": missing required argument '" +
                                       spec.arguments[kPlanMissingArgument - idx_num] + "'");
    }
    const int nargs = static_cast<int>(spec.arguments.size());
    cursor->args.assign(nargs, nullptr);
    int next = 0;
    for (int arg = 0; arg < nargs; ++arg) {
      if (!(idx_num & (1 << arg)) || next >= argc) continue;
      sqlite3_value* copy = sqlite3_value_dup(argv[next++]);
      if (!copy) throw std::bad_alloc();
      cursor->args[arg] = copy;
    }
    FunctionCall call{table->db, *table->aux->context, spec.name, cursor->args};
    cursor->rows = spec.produce(call);
    return SQLITE_OK;
  } catch (...) {
    cursor->rows.reset();
    return code_for_current_exception(spec.name, &table->zErrMsg);
  }
}

int x_next(sqlite3_vtab_cursor* base) noexcept {
  ++static_cast<FunctionCursor*>(base)->row;
  return SQLITE_OK;
}

int x_eof(sqlite3_vtab_cursor* base) noexcept {
  auto* cursor = static_cast<FunctionCursor*>(base);
  return !cursor->rows || cursor->row >= cursor->rows->size();
}

int x_column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int column) noexcept {
  auto* cursor = static_cast<FunctionCursor*>(base);
  const FunctionTableSpec& spec = spec_of(base->pVtab);
  try {
    if (column >= spec.column_count) {
      sqlite3_value* arg = cursor->args[column - spec.column_count];
      if (arg) {
        sqlite3_result_value(ctx, arg);
      } else {
        sqlite3_result_null(ctx);
      }
    } else {
      cursor->rows->column(ctx, cursor->row, column);
    }
    return SQLITE_OK;
  } catch (...) {
    result_current_exception(ctx, spec.name);
    return SQLITE_ERROR;
  }
}

int x_rowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid) noexcept {
  auto* cursor = static_cast<FunctionCursor*>(base);
  *rowid = cursor->rows ? cursor->rows->rowid(cursor->row) : 0;
  return SQLITE_OK;
}

sqlite3_module make_module() {
  sqlite3_module m{};
  m.xCreate = nullptr;  // eponymous only
  m.xConnect = x_connect;
  m.xBestIndex = x_best_index;
  m.xDisconnect = x_disconnect;
  m.xDestroy = x_disconnect;
  m.xOpen = x_open;
  m.xClose = x_close;
  m.xFilter = x_filter;
  m.xNext = x_next;
  m.xEof = x_eof;
  m.xColumn = x_column;
  m.xRowid = x_rowid;
  return m;
}

const sqlite3_module function_module = make_module();

}  // namespace

int register_function_table(sqlite3* db, const FunctionTableSpec& spec,
                            const std::shared_ptr<ConnectionContext>& context) {
  auto* aux = new (std::nothrow) ModuleAux{&spec, context};
  if (!aux) return SQLITE_NOMEM;
  return sqlite3_create_module_v2(db, spec.name, &function_module, aux,
                                  [](void* p) { delete static_cast<ModuleAux*>(p); });
}

}  // namespace transcript::sql
