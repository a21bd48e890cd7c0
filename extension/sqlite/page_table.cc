#include "sqlite/page_table.h"

#include <sched.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <new>
#include <optional>
#include <thread>
#include <vector>

#include "core/text/input_error.h"
#include "sqlite/page_files.h"
#include "sqlite/page_prefetcher.h"
#include "sqlite/table_parameters.h"

namespace transcript::sql {

namespace {

// idxNum values (see page_table.h).
constexpr int kPlanFiles = 0;
constexpr int kPlanPage = 1;
constexpr int kPlanMissingPage = 2;
constexpr int kPlanFilesPrepared = 3;  // files form, the query reads spec.prepared_column

// threads='…' of the files form: 1 to kMaxThreads; the default is the number of cores
// this process may run on (its CPU affinity: taskset, a container's cpuset), else
// std::thread::hardware_concurrency(), at least 1 and at most kMaxThreads.
constexpr int kMaxThreads = 64;

int default_threads() {
  long cores = 0;
#ifdef __linux__
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) cores = CPU_COUNT(&set);
#endif
  if (cores <= 0) cores = static_cast<long>(std::thread::hardware_concurrency());  // 0: unknown
  return static_cast<int>(std::clamp<long>(cores, 1, kMaxThreads));
}

// The threads parameter's value, or throws SqlError naming the module and what is wrong:
// digits only (no sign, fraction, spaces or expression) and from 1 to kMaxThreads.
int threads_from_text(const char* module, const std::string& value) {
  const std::string expected = "expected an integer from 1 to " + std::to_string(kMaxThreads);
  const bool negative = !value.empty() && value[0] == '-';
  const std::size_t digits_from = negative ? 1 : 0;
  bool digits = value.size() > digits_from;
  long n = 0;
  for (std::size_t i = digits_from; i < value.size() && digits; ++i) {
    const char c = value[i];
    if (c < '0' || c > '9') digits = false;
    else if (n <= kMaxThreads) n = n * 10 + (c - '0');  // saturates past the limit
  }
  if (!digits) {
    throw SqlError(SQLITE_ERROR, std::string(module) + ": threads '" + value +
                                     "' is not an integer, " + expected);
  }
  if (negative || n < 1 || n > kMaxThreads) {
    throw SqlError(SQLITE_ERROR, std::string(module) + ": threads '" + value +
                                     "' is out of range, " + expected);
  }
  return static_cast<int>(n);
}

struct ModuleAux {
  const PageTableSpec* spec;
  bool allow_files;
};

struct PageTable : sqlite3_vtab {
  const PageTableSpec* spec = nullptr;
  bool files_form = false;
  std::string pattern;  // files form: the glob
  PageFormat format = PageFormat::automatic;  // files form: format='…'
  bool skip_errors = false;  // files form: on_error='skip'
  int threads = 1;           // files form: threads='…' (parsing threads, the caller's included)
};

struct PageCursor : sqlite3_vtab_cursor {
  std::unique_ptr<PageRows> rows;
  std::size_t row = 0;
  std::optional<std::string> page;  // eponymous form: the page argument (for `text`)
  std::vector<std::string> files;   // files form, threads=1
  std::size_t next_file = 0;
  std::unique_ptr<PagePrefetcher> ahead;  // files form, threads > 1 (owns the file list)
  bool eof = true;
};

PageTable* table_of(sqlite3_vtab_cursor* cursor) { return static_cast<PageTable*>(cursor->pVtab); }

int x_connect(sqlite3* db, void* aux_ptr, int argc, const char* const* argv,
              sqlite3_vtab** out, char** errmsg) noexcept {
  const auto* aux = static_cast<const ModuleAux*>(aux_ptr);
  const PageTableSpec& spec = *aux->spec;
  *out = nullptr;
  try {
    // The noread entry point knows the file parameters too, so that files= is answered
    // with what is wrong (this entry point reads no files), not as an unknown word.
    auto parameters = parse_table_parameters(spec.name, argc, argv, {"files", "format", "on_error", "threads"});
    const bool eponymous = argc <= 3 && std::strcmp(argv[2], spec.name) == 0;
    if (!aux->allow_files && !eponymous) {
      throw SqlError(SQLITE_ERROR, std::string(spec.name) +
                                       ": the noread entry point reads no files; use " +
                                       spec.name + "(page)");
    }
    auto files = parameters.find("files");
    if (!eponymous && files == parameters.end()) {
      throw SqlError(SQLITE_ERROR, std::string(spec.name) + ": missing parameter files='glob'");
    }
    if (files != parameters.end() && files->second.empty()) {
      throw SqlError(SQLITE_ERROR, std::string(spec.name) + ": files='' is empty");
    }
    PageFormat format = PageFormat::automatic;
    if (auto f = parameters.find("format"); f != parameters.end()) {
      auto named = page_format_from_name(f->second);
      if (!named) {
        throw SqlError(SQLITE_ERROR, std::string(spec.name) + ": unknown format '" + f->second +
                                         "', expected 'auto', 'text' or 'html'");
      }
      format = *named;
    }
    bool skip_errors = false;
    if (auto e = parameters.find("on_error"); e != parameters.end()) {
      std::string v;
      for (char c : e->second) v.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      if (v != "fail" && v != "skip") {
        throw SqlError(SQLITE_ERROR, std::string(spec.name) + ": unknown on_error '" + e->second +
                                         "', expected 'fail' or 'skip'");
      }
      skip_errors = v == "skip";
    }
    int threads = default_threads();
    if (auto t = parameters.find("threads"); t != parameters.end()) {
      threads = threads_from_text(spec.name, t->second);
    }
    const std::string schema =
        std::string("CREATE TABLE x(") + spec.columns + ", page HIDDEN, on_error HIDDEN)";
    int rc = sqlite3_declare_vtab(db, schema.c_str());
    if (rc != SQLITE_OK) return rc;
    auto table = std::make_unique<PageTable>();
    std::memset(static_cast<sqlite3_vtab*>(table.get()), 0, sizeof(sqlite3_vtab));
    table->spec = &spec;
    table->format = format;
    table->skip_errors = skip_errors;
    table->threads = threads;
    if (files != parameters.end()) {
      table->files_form = true;
      table->pattern = files->second;
      sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    } else {
      sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    }
    *out = table.release();
    return SQLITE_OK;
  } catch (...) {
    return code_for_current_exception(spec.name, errmsg);
  }
}

int x_disconnect(sqlite3_vtab* vtab) noexcept {
  delete static_cast<PageTable*>(vtab);
  return SQLITE_OK;
}

int x_best_index(sqlite3_vtab* vtab, sqlite3_index_info* info) noexcept {
  auto* table = static_cast<PageTable*>(vtab);
  const int text_column = table->spec->column_count;
  int usable = -1, usable_on_error = -1;
  bool unusable = false;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (c.iColumn == text_column + 1) {
      if (c.usable) usable_on_error = i;
      else unusable = true;
      continue;
    }
    if (c.iColumn != text_column) continue;
    if (c.usable) {
      usable = i;
    } else {
      unusable = true;
    }
  }
  if (table->files_form) {
    // The hidden column is NULL in this form: constraints on it are left to SQLite.
    const int prepared = table->spec->prepared_column;
    const bool reads_prepared = table->spec->prepare && prepared >= 0 &&
                                (info->colUsed & (sqlite3_uint64{1} << std::min(prepared, 63))) != 0;
    info->idxNum = reads_prepared ? kPlanFilesPrepared : kPlanFiles;
    info->estimatedCost = 1e6;
    info->estimatedRows = 100000;
    return SQLITE_OK;
  }
  if (usable >= 0 && (usable_on_error >= 0 || !unusable)) {
    info->aConstraintUsage[usable].argvIndex = 1;
    info->aConstraintUsage[usable].omit = 1;
    if (usable_on_error >= 0) {
      info->aConstraintUsage[usable_on_error].argvIndex = 2;
      info->aConstraintUsage[usable_on_error].omit = 1;
    }
    info->idxNum = kPlanPage;
    info->estimatedCost = 100;
    info->estimatedRows = 30;
    return SQLITE_OK;
  }
  if (unusable) return SQLITE_CONSTRAINT;
  // No constraint on `page` at all. Refusing here would also kill queries whose OR terms
  // make SQLite plan each disjunct on its own (without the argument); a plan this costly
  // is only chosen when there is no other, and xFilter then reports the missing argument.
  info->idxNum = kPlanMissingPage;
  info->estimatedCost = 1e300;
  info->estimatedRows = 1;
  return SQLITE_OK;
}

int x_open(sqlite3_vtab* vtab, sqlite3_vtab_cursor** out) noexcept {
  auto* cursor = new (std::nothrow) PageCursor();
  if (!cursor) return SQLITE_NOMEM;
  *out = cursor;
  return SQLITE_OK;
}

int x_close(sqlite3_vtab_cursor* cursor) noexcept {
  delete static_cast<PageCursor*>(cursor);
  return SQLITE_OK;
}

// Files form: reads and parses one file. A file that cannot be read or decoded throws
// SqlError naming it, or with on_error='skip' gives spec.error_rows(); out of memory (and
// any other error) always throws. Runs on worker threads too (threads > 1): it touches
// nothing but its arguments and the immutable spec.
std::unique_ptr<PageRows> load_file(const PageTableSpec& spec, PageFormat format, bool skip,
                                    bool prepare, const std::string& path) {
  // The message of a file that cannot be read or decoded, without the table's name.
  std::optional<std::string> failure;
  try {
    std::string content = read_page_file(spec.name, path);
    try {
      std::unique_ptr<PageRows> rows = spec.parse(content, &path, format);
      if (prepare && rows) spec.prepare(*rows);
      return rows;
    } catch (const InputError& e) {
      throw SqlError(SQLITE_ERROR, std::string(spec.name) + ": '" + path + "': " + e.what());
    }
  } catch (const SqlError& e) {
    if (!skip || e.code() != SQLITE_ERROR) throw;
    std::string message = e.what();
    const std::string prefix = std::string(spec.name) + ": ";
    if (message.starts_with(prefix)) message.erase(0, prefix.size());
    const std::string quoted = "'" + path + "': ";
    if (message.starts_with(quoted)) message.erase(0, quoted.size());
    failure = std::move(message);
  }
  return spec.error_rows ? spec.error_rows(path, *failure) : nullptr;
}

// Files form: parses files until one gives rows or none is left.
void load_next_file(PageCursor* cursor) {
  const PageTable& table = *table_of(cursor);
  cursor->rows.reset();
  cursor->row = 0;
  try {
    for (;;) {
      if (cursor->ahead) {
        if (cursor->ahead->done()) break;
        cursor->rows = cursor->ahead->next();
      } else {
        if (cursor->next_file >= cursor->files.size()) break;
        const std::string& path = cursor->files[cursor->next_file++];
        cursor->rows = load_file(*table.spec, table.format, table.skip_errors, false, path);
      }
      if (cursor->rows && cursor->rows->size() > 0) {
        cursor->eof = false;
        return;
      }
    }
  } catch (...) {
    cursor->ahead.reset();  // the scan ends here: stop the workers now
    throw;
  }
  cursor->ahead.reset();
  cursor->rows.reset();
  cursor->eof = true;
}

int x_filter(sqlite3_vtab_cursor* base, int idx_num, const char*, int argc,
             sqlite3_value** argv) noexcept {
  auto* cursor = static_cast<PageCursor*>(base);
  PageTable* table = table_of(base);
  try {
    cursor->ahead.reset();  // a rescan: the previous scan's workers stop first
    cursor->rows.reset();
    cursor->row = 0;
    cursor->page.reset();
    cursor->files.clear();
    cursor->next_file = 0;
    cursor->eof = true;
    if (table->files_form) {
      std::vector<std::string> files = expand_glob(table->spec->name, table->pattern);
      if (table->threads > 1 && files.size() > 1) {
        const PageTableSpec* spec = table->spec;
        const PageFormat format = table->format;
        const bool skip = table->skip_errors;
        // threads=1 keeps the lazy column lazy (a WHERE may spare most rows the work).
        const bool prepare = idx_num == kPlanFilesPrepared && spec->prepare;
        cursor->ahead = std::make_unique<PagePrefetcher>(
            std::move(files),
            [spec, format, skip, prepare](const std::string& path) {
              return std::unique_ptr<TableRows>(load_file(*spec, format, skip, prepare, path));
            },
            table->threads);
      } else {
        cursor->files = std::move(files);
      }
      load_next_file(cursor);
      return SQLITE_OK;
    }
    if (idx_num != kPlanPage || argc < 1) {
      throw SqlError(SQLITE_ERROR,
                     std::string(table->spec->name) + ": missing required argument 'page'");
    }
    auto page = page_argument(argv[0], table->spec->name, "page");
    bool skip = false;
    if (argc >= 2) {
      sqlite3_value* v = argv[1];
      const std::string value = sqlite3_value_type(v) == SQLITE_TEXT
                                    ? std::string(reinterpret_cast<const char*>(sqlite3_value_text(v)))
                                    : std::string();
      std::string lowered;
      for (char c : value) lowered.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      if (sqlite3_value_type(v) == SQLITE_NULL) {
        return SQLITE_OK;  // NULL: no rows, as for a NULL page
      } else if (sqlite3_value_type(v) != SQLITE_TEXT) {
        throw SqlError(SQLITE_ERROR, std::string(table->spec->name) + ": on_error must be text, got " +
                                         describe_value(v));
      } else if (lowered != "fail" && lowered != "skip") {
        throw SqlError(SQLITE_ERROR, std::string(table->spec->name) + ": unknown on_error '" + value +
                                         "', expected 'fail' or 'skip'");
      }
      skip = lowered == "skip";
    }
    if (!page) return SQLITE_OK;  // NULL: no rows
    cursor->page.emplace(*page);  // argv is not ours past xFilter
    try {
      cursor->rows = table->spec->parse(*cursor->page, nullptr, PageFormat::automatic);
    } catch (const InputError& e) {
      if (!skip) throw;
      static const std::string no_doc;
      cursor->rows = table->spec->error_rows ? table->spec->error_rows(no_doc, e.what()) : nullptr;
    }
    cursor->eof = !cursor->rows || cursor->rows->size() == 0;
    return SQLITE_OK;
  } catch (...) {
    cursor->eof = true;
    return code_for_current_exception(table->spec->name, &table->zErrMsg);
  }
}

int x_next(sqlite3_vtab_cursor* base) noexcept {
  auto* cursor = static_cast<PageCursor*>(base);
  PageTable* table = table_of(base);
  try {
    if (cursor->eof) return SQLITE_OK;
    if (++cursor->row < cursor->rows->size()) return SQLITE_OK;
    if (table->files_form) {
      load_next_file(cursor);
    } else {
      cursor->eof = true;
    }
    return SQLITE_OK;
  } catch (...) {
    cursor->eof = true;
    return code_for_current_exception(table->spec->name, &table->zErrMsg);
  }
}

int x_eof(sqlite3_vtab_cursor* base) noexcept { return static_cast<PageCursor*>(base)->eof; }

int x_column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int column) noexcept {
  auto* cursor = static_cast<PageCursor*>(base);
  PageTable* table = table_of(base);
  try {
    if (column == table->spec->column_count + 1) {
      sqlite3_result_null(ctx);  // on_error: an argument only
    } else if (column == table->spec->column_count) {
      if (cursor->page) {
        result_text(ctx, std::string_view(*cursor->page));
      } else {
        sqlite3_result_null(ctx);
      }
    } else {
      cursor->rows->column(ctx, cursor->row, column);
    }
    return SQLITE_OK;
  } catch (...) {
    result_current_exception(ctx, table->spec->name);
    return SQLITE_ERROR;
  }
}

int x_rowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid) noexcept {
  auto* cursor = static_cast<PageCursor*>(base);
  const PageTable* table = table_of(base);
  if (table->files_form && table->spec->rowid_is_file_position) {
    // The 1-based position of the file whose rows the cursor is on.
    const std::size_t position = cursor->ahead ? cursor->ahead->taken() : cursor->next_file;
    *rowid = static_cast<sqlite3_int64>(position);
  } else {
    *rowid = cursor->rows->rowid(cursor->row);
  }
  return SQLITE_OK;
}

sqlite3_module make_module() {
  sqlite3_module m{};
  m.iVersion = 0;
  m.xCreate = x_connect;  // same function: the module is also eponymous
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

const sqlite3_module page_module = make_module();

}  // namespace

int register_page_table(sqlite3* db, const PageTableSpec& spec, bool allow_files) {
  auto* aux = new (std::nothrow) ModuleAux{&spec, allow_files};
  if (!aux) return SQLITE_NOMEM;
  return sqlite3_create_module_v2(db, spec.name, &page_module, aux,
                                  [](void* p) { delete static_cast<ModuleAux*>(p); });
}

void result_optional_text(sqlite3_context* ctx, const std::optional<std::string>& value) {
  result_text(ctx, value);
}

void result_doc(sqlite3_context* ctx, const std::optional<std::string>& doc) {
  result_text(ctx, doc);
}

}  // namespace transcript::sql
