// Limits of the SQL surface, through the real libsqlite3 with build/transcript.so loaded by
// sqlite3_load_extension (as a host loads it):
//  - a result longer than SQLITE_LIMIT_LENGTH is SQLITE_TOOBIG;
//  - out of memory is SQLITE_NOMEM, never a crash, another error or a leak (leaks are
//    caught when this runs in the ASan build or under valgrind). Two allocators fail:
//      * C++ operator new, replaced in this binary (exported with -rdynamic, so the
//        extension's and libstdc++'s calls, and libphonenumber's, land here): the failing
//        allocation throws std::bad_alloc wherever it happens in the core;
//      * SQLite's allocator, through sqlite3_config(SQLITE_CONFIG_MALLOC) wrappers installed
//        before sqlite3_initialize: sqlite3_value_text, result copies, error messages,
//        declare_vtab, create_module… return NULL or NOMEM.
//    Not covered: ICU's and libstemmer's own malloc() calls (uprv_malloc, sb_stemmer_new),
//    which neither hook sees;
//  - sqlite3_interrupt() stops a scan over a files= table, from the same thread between
//    rows and from a second thread.
// Each OOM case first counts the allocations its statement makes, then fails the 1st, 2nd …
// (all of them up to kMaxRuns, else a spread of kMaxRuns), once ("transient") and from
// there on ("persistent").
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <new>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "loaded_db.h"

namespace {

// One failure point shared by both allocators' hooks.
struct FailPoint {
  std::atomic<long> countdown{-1};  // allocations to let through before failing; -1: off
  std::atomic<bool> persistent{false};
  std::atomic<long> seen{0};        // allocations seen (counted always)
  std::atomic<long> failures{0};    // allocations failed

  bool fail_now() {
    if (transcript_test::harness_depth > 0) return false;
    seen.fetch_add(1, std::memory_order_relaxed);
    long c = countdown.load(std::memory_order_relaxed);
    if (c < 0) return false;
    if (c == 0) {
      failures.fetch_add(1, std::memory_order_relaxed);
      if (!persistent.load(std::memory_order_relaxed)) countdown.store(-1);
      return true;
    }
    countdown.store(c - 1, std::memory_order_relaxed);
    return false;
  }
  void arm(long n, bool keep_failing) {
    failures = 0;
    persistent = keep_failing;
    countdown = n;
  }
  void disarm() { countdown = -1; }
};

FailPoint new_fail;     // operator new
FailPoint sqlite_fail;  // sqlite3 malloc/realloc
sqlite3_mem_methods default_methods;

void* failing_malloc(int n) { return sqlite_fail.fail_now() ? nullptr : default_methods.xMalloc(n); }
void* failing_realloc(void* p, int n) {
  return sqlite_fail.fail_now() ? nullptr : default_methods.xRealloc(p, n);
}

}  // namespace

// The replaced global allocation functions (nothrow and array forms of libstdc++ call these).
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"  // they pair malloc with free
void* operator new(std::size_t n) {
  if (new_fail.fail_now()) throw std::bad_alloc();
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return ::operator new(n); }
// The nothrow forms too: under ASan they would otherwise be ASan's, paired with our delete.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return ::operator new(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t& tag) noexcept {
  return ::operator new(n, tag);
}
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

using transcript_test::LoadedDb;
using transcript_test::read_file;
using transcript_test::StepResult;

const std::string kData = TRANSCRIPT_TEST_DATA;
constexpr long kMaxRuns = 300;

struct OomCase {
  std::string name;
  std::vector<std::string> setup;  // run before arming
  std::string sql;
  std::vector<std::string> params;
};

std::vector<OomCase> oom_cases() {
  const std::string turns_page = read_file(kData + "/turns/press_conference_en.txt");
  const std::string ru_page = read_file(kData + "/turns/mid_ru_press_conference.txt");
  const std::string directory_page = read_file(kData + "/directory/uk_embassies_en.txt");
  std::vector<OomCase> cases = {
      {"turns", {}, "SELECT * FROM transcript_turns(?1)", {turns_page}},
      {"turns_ru", {}, "SELECT * FROM transcript_turns(?1)", {ru_page}},
      {"documents", {}, "SELECT * FROM transcript_documents(?1)", {ru_page}},
      {"contacts", {}, "SELECT * FROM transcript_contacts(?1)", {directory_page}},
      {"scalars", {},
       "SELECT transcript_country(?1), transcript_phone(?2, 'RU'), transcript_phone(?2), "
       "transcript_version(), transcript_debug()",
       {"Соединенных Штатов Америки", "8 (495) 244-16-06"}},
      {"files_form",
       {"CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" + kData + "/turns/*.txt')"},
       "SELECT * FROM t",
       {}},
      {"create_files_table", {},
       "CREATE VIRTUAL TABLE temp.c USING transcript_contacts(files='" + kData +
           "/directory/*.txt')",
       {}},
      {"invalid_utf8", {}, "SELECT * FROM transcript_turns(CAST(x'41ff42' AS TEXT))", {}},
  };
  // Every other function the extension registers (entity matching, search … as they
  // arrive), called with a text and a name for each of its arities.
  LoadedDb probe;
  const StepResult functions = probe.run(
      "SELECT name, narg FROM pragma_function_list WHERE name LIKE 'transcript\\_%' ESCAPE '\\' "
      "AND name NOT IN ('transcript_country', 'transcript_phone', 'transcript_version', "
      "'transcript_debug') ORDER BY name, narg");
  std::size_t pos = 0;
  while (pos < functions.rows.size()) {
    const std::size_t end = functions.rows.find('\n', pos);
    const std::string row = functions.rows.substr(pos, end - pos);
    pos = end + 1;
    const std::size_t bar = row.find('|');
    const std::string name = row.substr(2, bar - 2);
    int narg = std::stoi(row.substr(bar + 3));
    if (narg < 0) narg = 2;
    std::string sql = "SELECT " + name + "(";
    for (int i = 1; i <= narg; ++i) sql += (i > 1 ? ", ?" : "?") + std::to_string(std::min(i, 2));
    sql += ")";
    cases.push_back({name + "/" + std::to_string(narg), {}, sql,
                     {"Sergey Lavrov met Alexander Lukashenko in Minsk. Лавров и Лукашенко.",
                      "Lavrov"}});
  }
  return cases;
}

std::string describe(const StepResult& r) {
  return "error " + std::to_string(r.rc) + " (" + sqlite3_errstr(r.rc) + "): " + r.error;
}

// Returns the number of allocations the statement makes (0: nothing to fail).
long run_oom(const OomCase& c, FailPoint& fail, const char* allocator) {
  SCOPED_TRACE(c.name + " with failing " + allocator);
  long total = 0;
  std::string expected_rows;
  {
    LoadedDb warm;  // builds what is built once per process
    for (const auto& s : c.setup) warm.run(s);
    warm.run(c.sql, c.params);
  }
  {
    LoadedDb db;
    EXPECT_EQ(db.load_rc(), SQLITE_OK) << db.load_error();
    for (const auto& s : c.setup) EXPECT_EQ(db.run(s).rc, SQLITE_OK) << s;
    const long before = fail.seen;
    const StepResult r = db.run(c.sql, c.params);
    total = fail.seen - before;
    expected_rows = r.rc == SQLITE_OK ? r.rows : describe(r);
  }
  const long step = std::max(1L, total / kMaxRuns);
  const bool fail_is_sqlite = &fail == &sqlite_fail;
  long nomem = 0;
  for (bool persistent : {false, true}) {
    for (long n = 0; n < total; n += step) {
      LoadedDb db;
      EXPECT_EQ(db.load_rc(), SQLITE_OK) << db.load_error();
      for (const auto& s : c.setup) EXPECT_EQ(db.run(s).rc, SQLITE_OK) << s;
      fail.arm(n, persistent);
      const StepResult r = db.run(c.sql, c.params);
      fail.disarm();
      const std::string got = r.rc == SQLITE_OK ? r.rows : describe(r);
      if (fail.failures == 0) {
        EXPECT_EQ(got, expected_rows) << "allocation " << n << " was not reached";
      } else if (r.rc == SQLITE_NOMEM) {
        ++nomem;
      } else if (fail_is_sqlite && r.rc == SQLITE_ERROR && r.error == "SQL logic error" &&
                 expected_rows.rfind("error ", 0) == 0) {
        // SQLite could not copy the error message of a statement that fails anyway
        // (sqlite3_result_error copies it with SQLite's allocator and cannot report that it
        // failed): SQLite's own behaviour, the same for its built-in functions.
      } else if (got != expected_rows) {
        // Either the failure was absorbed (a cache that could not grow) and the result is
        // still right, or it must be SQLITE_NOMEM.
        ADD_FAILURE() << "allocation " << n << (persistent ? " and after" : "")
                      << " failed: expected SQLITE_NOMEM or the right result, got " << got;
      }
      // The connection must still work afterwards.
      const StepResult after = db.run("SELECT transcript_version()");
      EXPECT_EQ(after.rc, SQLITE_OK) << "after allocation " << n << ": " << describe(after);
    }
  }
  if (total > 0) {
    EXPECT_GT(nomem, 0) << "no failing allocation ever gave SQLITE_NOMEM (" << total
                        << " allocations)";
  }
  std::printf("oom: %-28s %-15s %6ld allocations, %4ld runs gave SQLITE_NOMEM\n", c.name.c_str(),
              allocator, total, nomem);
  return total;
}

TEST(OutOfMemory, OperatorNewFailureIsNomem) {
  long turns = 0;
  for (const auto& c : oom_cases()) {
    const long total = run_oom(c, new_fail, "operator new");
    if (c.name == "turns") turns = total;
  }
  EXPECT_GT(turns, 0) << "the replaced operator new saw no allocation of the extension";
}

TEST(OutOfMemory, SqliteMallocFailureIsNomem) {
  long turns = 0;
  for (const auto& c : oom_cases()) {
    const long total = run_oom(c, sqlite_fail, "sqlite3_malloc");
    if (c.name == "turns") turns = total;
  }
  EXPECT_GT(turns, 0);
}

TEST(OutOfMemory, LoadingTheExtension) {
  // sqlite3_load_extension itself with each allocation of registration failing.
  for (FailPoint* fail : {&new_fail, &sqlite_fail}) {
    for (long n = 0; n < 200; ++n) {
      sqlite3* db = nullptr;
      ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
      sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
      char* error = nullptr;
      fail->arm(n, false);
      const int rc = sqlite3_load_extension(db, TRANSCRIPT_EXTENSION, nullptr, &error);
      fail->disarm();
      if (fail->failures == 0) {
        EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
      } else {
        EXPECT_TRUE(rc == SQLITE_OK || rc == SQLITE_NOMEM || rc == SQLITE_ERROR)
            << n << ": " << rc << " " << (error ? error : "");
      }
      sqlite3_free(error);
      sqlite3_close_v2(db);
    }
  }
}

// --- SQLITE_LIMIT_LENGTH ----------------------------------------------------------------

class TooBig : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("transcript_limits_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "long.txt") << "Title\n\nQuestion: " << std::string(5000, 'a')
                                     << "?\n\nSergey Lavrov: Yes.\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(TooBig, FilesFormColumnLongerThanTheLimit) {
  LoadedDb db;
  ASSERT_EQ(db.load_rc(), SQLITE_OK);
  ASSERT_EQ(db.run("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" +
                   (dir_ / "*.txt").string() + "')").rc, SQLITE_OK);
  EXPECT_EQ(db.run("SELECT length(text) FROM t").rows, "1:5001\n1:4\n");
  sqlite3_limit(db.db(), SQLITE_LIMIT_LENGTH, 1000);
  const StepResult r = db.run("SELECT length(text) FROM t");
  EXPECT_EQ(r.rc, SQLITE_TOOBIG) << describe(r);
  EXPECT_EQ(r.error, "string or blob too big");
  // Short columns of the same row are fine.
  const StepResult ok = db.run("SELECT kind, label FROM t");
  EXPECT_EQ(ok.rc, SQLITE_OK) << describe(ok);
  EXPECT_EQ(ok.rows, "3:question|3:Question\n3:answer|3:Sergey Lavrov\n");
}

TEST_F(TooBig, PageFormColumnLongerThanTheLimit) {
  // The page is bound while the limit is high; the limit is lowered before the step.
  LoadedDb db;
  ASSERT_EQ(db.load_rc(), SQLITE_OK);
  const std::string page = read_file((dir_ / "long.txt").string());
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db.db(), "SELECT text FROM transcript_turns(?1)", -1, &stmt, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_bind_text(stmt, 1, page.data(), static_cast<int>(page.size()), SQLITE_STATIC),
            SQLITE_OK);
  sqlite3_limit(db.db(), SQLITE_LIMIT_LENGTH, 1000);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_TOOBIG);
  EXPECT_STREQ(sqlite3_errmsg(db.db()), "string or blob too big");
  sqlite3_finalize(stmt);
  // The hidden page column is a result too.
  ASSERT_EQ(sqlite3_prepare_v2(db.db(), "SELECT page FROM transcript_documents(?1)", -1, &stmt,
                               nullptr), SQLITE_OK);
  sqlite3_limit(db.db(), SQLITE_LIMIT_LENGTH, 1000000);
  ASSERT_EQ(sqlite3_bind_text(stmt, 1, page.data(), static_cast<int>(page.size()), SQLITE_STATIC),
            SQLITE_OK);
  sqlite3_limit(db.db(), SQLITE_LIMIT_LENGTH, 1000);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_TOOBIG);
  sqlite3_finalize(stmt);
}

// --- sqlite3_interrupt -------------------------------------------------------------------

class Interrupt : public ::testing::Test {
 protected:
  // kFiles links to the example page (58 KB, 29 turns): a scan long enough to interrupt.
  static constexpr int kFiles = 400;
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("transcript_interrupt_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    for (int i = 0; i < kFiles; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "page%04d.txt", i);
      std::filesystem::create_symlink(kData + "/mid_ru_lavrov_mgimo_2020.txt", dir_ / name);
    }
    ASSERT_EQ(db_.load_rc(), SQLITE_OK);
    ASSERT_EQ(db_.run("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" +
                      (dir_ / "*.txt").string() + "')").rc, SQLITE_OK);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
  LoadedDb db_;
};

TEST_F(Interrupt, BetweenRowsFromTheSameThread) {
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc, seq FROM t", -1, &stmt, nullptr), SQLITE_OK);
  for (int i = 0; i < 40; ++i) ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  sqlite3_interrupt(db_.db());
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_INTERRUPT);
  sqlite3_finalize(stmt);
  // The connection works again afterwards.
  EXPECT_EQ(db_.run("SELECT count(*) FROM t WHERE doc LIKE '%page0000.txt'").rows, "1:29\n");
}

TEST_F(Interrupt, ProgressHandlerStopsTheScan) {
  int calls = 0;
  sqlite3_progress_handler(db_.db(), 100,
                           [](void* p) { return ++*static_cast<int*>(p) > 10 ? 1 : 0; }, &calls);
  const StepResult r = db_.run("SELECT count(*) FROM t");
  sqlite3_progress_handler(db_.db(), 0, nullptr, nullptr);
  EXPECT_EQ(r.rc, SQLITE_INTERRUPT) << describe(r);
  EXPECT_EQ(r.error, "interrupted");
}

TEST_F(Interrupt, FromASecondThread) {
  // Counted in rows, not in time (a sanitizer build on a busy host is slow): a function in
  // the query counts the rows the scan hands out; at row kAt it wakes a second thread, which
  // calls sqlite3_interrupt() while the scan waits; the scan must then stop within one
  // file's rows (29), far from the 400 files of a full scan.
  struct Rendezvous {
    std::mutex m;
    std::condition_variable cv;
    bool reached = false;
    bool interrupted = false;
    long rows = 0;
    long rows_at_interrupt = -1;
  } rv;
  constexpr long kAt = 20 * 29;  // 20 of the 400 files
  ASSERT_EQ(sqlite3_create_function(
                db_.db(), "seen_row", 1, SQLITE_UTF8, &rv,
                [](sqlite3_context* ctx, int, sqlite3_value**) {
                  auto* r = static_cast<Rendezvous*>(sqlite3_user_data(ctx));
                  std::unique_lock<std::mutex> lock(r->m);
                  if (++r->rows == kAt) {
                    r->reached = true;
                    r->cv.notify_all();
                    r->cv.wait(lock, [r] { return r->interrupted; });
                    r->rows_at_interrupt = r->rows;
                  }
                  sqlite3_result_int(ctx, 1);
                },
                nullptr, nullptr),
            SQLITE_OK);
  std::thread interrupter([&] {
    std::unique_lock<std::mutex> lock(rv.m);
    rv.cv.wait(lock, [&] { return rv.reached; });
    sqlite3_interrupt(db_.db());
    rv.interrupted = true;
    rv.cv.notify_all();
  });
  const StepResult r = db_.run("SELECT count(seen_row(seq)) FROM t");
  interrupter.join();
  EXPECT_EQ(r.rc, SQLITE_INTERRUPT) << describe(r) << " " << r.rows;
  EXPECT_EQ(rv.rows_at_interrupt, kAt);
  EXPECT_LE(rv.rows - kAt, 29) << rv.rows << " rows seen in all";
}

}  // namespace

int main(int argc, char** argv) {
  // Before anything initialises SQLite: wrap its default allocator.
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &default_methods);
  sqlite3_mem_methods methods = default_methods;
  methods.xMalloc = failing_malloc;
  methods.xRealloc = failing_realloc;
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite3_config(SQLITE_CONFIG_MALLOC) failed\n");
    return 1;
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
