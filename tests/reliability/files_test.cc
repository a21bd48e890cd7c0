// The files= form over hostile folders (issue 8), cases that need a private folder made
// at run time (ThreadedFolder at the end: the threads='N' parameter, issue 18): a file
// that cannot be read even by root (a link to /proc/self/mem, whose first page is
// unmapped: read() fails with EIO), a named pipe and a character device
// (which would block or never end: refused as not regular files), a file without read
// permission (only when not running as root: root reads it anyway), and files deleted or
// replaced by a folder while a scan is under way. The cases a repository can hold
// (subfolders, symbolic-link loops, dangling links) are in tests/sql/hostile_glob.sql.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "loaded_db.h"

namespace {

namespace fs = std::filesystem;
using transcript_test::LoadedDb;
using transcript_test::StepResult;

class HostileFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("transcript_files_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const char* name : {"a", "c", "e"}) write(name);
    ASSERT_EQ(db_.load_rc(), SQLITE_OK) << db_.load_error();
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_ / "b.txt", fs::perms::owner_all, ignored);
    fs::remove_all(dir_, ignored);
  }
  void write(const std::string& name) {
    std::ofstream(dir_ / (name + ".txt")) << "Title\n\nQuestion: " << name << "?\n\nSergey Lavrov: "
                                          << name << ".\n";
  }
  // Every row ("3:<file letter>|1:<seq>", see LoadedDb::run) until the end or an error, then
  // the error. threads=0: the parameter is not given (the default, the number of cores).
  std::string scan(const std::string& glob = "*.txt", int threads = 0) {
    db_.run("DROP TABLE IF EXISTS temp.t");
    const StepResult created = db_.run("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" +
                                       (dir_ / glob).string() + "'" +
                                       (threads ? ", threads=" + std::to_string(threads) : "") + ")");
    if (created.rc != SQLITE_OK) return "create: " + created.error;
    const StepResult r = db_.run("SELECT substr(doc, length(doc) - 4, 1), seq FROM t");
    return r.rows + (r.rc == SQLITE_OK ? "" : "error: " + r.error);
  }
  std::string path(const std::string& name) { return (dir_ / name).string(); }
  fs::path dir_;
  LoadedDb db_;
};

TEST_F(HostileFolder, PlainFolderReadsEveryFile) {
  for (int threads : {0, 1, 4}) {
    EXPECT_EQ(scan("*.txt", threads), "3:a|1:1\n3:a|1:2\n3:c|1:1\n3:c|1:2\n3:e|1:1\n3:e|1:2\n")
        << threads;
  }
}

TEST_F(HostileFolder, FileThatCannotBeReadEvenByRoot) {
  fs::create_symlink("/proc/self/mem", dir_ / "b.txt");
  for (int threads : {1, 4}) {  // with 4, the worker that reads b.txt is not the caller
    EXPECT_EQ(scan("*.txt", threads), "3:a|1:1\n3:a|1:2\nerror: transcript_turns: cannot read '" +
                                          path("b.txt") + "': Input/output error")
        << threads;
  }
}

TEST_F(HostileFolder, NamedPipeIsRefusedNotWaitedFor) {
  ASSERT_EQ(mkfifo(path("b.txt").c_str(), 0644), 0);
  for (int threads : {1, 4}) {
    EXPECT_EQ(scan("*.txt", threads), "3:a|1:1\n3:a|1:2\nerror: transcript_turns: '" +
                                          path("b.txt") + "' is not a regular file")
        << threads;
  }
}

TEST_F(HostileFolder, EndlessDeviceIsRefusedNotRead) {
  fs::create_symlink("/dev/zero", dir_ / "b.txt");
  EXPECT_EQ(scan(), "3:a|1:1\n3:a|1:2\nerror: transcript_turns: '" + path("b.txt") +
                        "' is not a regular file");
  // Named directly, too.
  EXPECT_EQ(scan("b.txt"), "error: transcript_turns: '" + path("b.txt") + "' is not a regular file");
}

TEST_F(HostileFolder, FileWithoutReadPermission) {
  write("b");
  fs::permissions(dir_ / "b.txt", fs::perms::none);
  if (geteuid() == 0) {
    // Root reads it anyway (CAP_DAC_OVERRIDE): nothing to refuse. The case that root
    // cannot read is FileThatCannotBeReadEvenByRoot.
    EXPECT_EQ(scan(), "3:a|1:1\n3:a|1:2\n3:b|1:1\n3:b|1:2\n3:c|1:1\n3:c|1:2\n3:e|1:1\n3:e|1:2\n");
    GTEST_SKIP() << "running as root: permission bits do not stop reading";
  }
  EXPECT_EQ(scan(), "3:a|1:1\n3:a|1:2\nerror: transcript_turns: cannot open '" + path("b.txt") +
                        "': Permission denied");
}

TEST_F(HostileFolder, FileDeletedDuringTheScan) {
  // The glob is expanded when the scan starts; a file deleted before its turn is an error
  // naming it (the scan does not silently skip data it promised). With threads=1 a file's
  // turn is when SQLite reaches it (ThreadedFolder.FileDeletedBeyondTheReadAhead: more).
  db_.run("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" + path("*.txt") +
          "', threads=1)");
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc, seq FROM t", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))), path("a.txt"));
  fs::remove(dir_ / "c.txt");
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);  // a.txt's second turn was read with the file
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_ERROR);
  EXPECT_EQ(std::string(sqlite3_errmsg(db_.db())),
            "transcript_turns: cannot open '" + path("c.txt") + "': No such file or directory");
  sqlite3_finalize(stmt);
  // The next scan sees the folder as it is now.
  EXPECT_EQ(scan(), "3:a|1:1\n3:a|1:2\n3:e|1:1\n3:e|1:2\n");
}

TEST_F(HostileFolder, FileReplacedByAFolderDuringTheScan) {
  db_.run("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" + path("*.txt") +
          "', threads=1)");
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc, seq FROM t", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  fs::remove(dir_ / "c.txt");
  fs::create_directory(dir_ / "c.txt");
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_ERROR);
  EXPECT_EQ(std::string(sqlite3_errmsg(db_.db())),
            "transcript_turns: '" + path("c.txt") + "' is not a regular file");
  sqlite3_finalize(stmt);
}

TEST_F(HostileFolder, FileTruncatedDuringTheScan) {
  db_.run("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='" + path("*.txt") +
          "', threads=1)");
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc, seq FROM t", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  std::ofstream(dir_ / "c.txt", std::ios::trunc).flush();  // now empty: no turns
  int rows = 1, rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) ++rows;
  EXPECT_EQ(rc, SQLITE_DONE);
  EXPECT_EQ(rows, 4);  // a: 2, c: none, e: 2
  sqlite3_finalize(stmt);
}

// --- threads='N' (issue 18) --------------------------------------------------------------
//
// A folder of 48 text pages p000.txt … p047.txt with 0 to 6 question-answer pairs each (a
// page without pairs gives no turns), p023.txt an HTML page in a charset no one knows (a
// page's bytes are never an error, but a charset ICU cannot convert is). Whatever the
// number of threads, a scan gives the rows of threads=1 in the same order, the error of
// p023 in its place, reads at most 2 × threads files ahead, and leaves no thread behind
// when it ends, stops early, is reset, fails or is interrupted.
class ThreadedFolder : public ::testing::Test {
 protected:
  static constexpr int kFiles = 48;
  static constexpr int kBad = 23;
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("transcript_threads_" + std::to_string(getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (int i = 0; i < kFiles; ++i) {
      std::string page = "Press conference " + std::to_string(i) + "\n\n";
      for (int k = 0; k < i % 7; ++k) {
        page += "Question: Page " + std::to_string(i) + ", question " + std::to_string(k) +
                "?\n\nSergey Lavrov: Answer " + std::to_string(k) + ".\n\n";
      }
      if (i == kBad) page = "<html><meta charset=\"x-unknown\"><pre>" + page + "</pre></html>";
      std::ofstream(path(i), std::ios::binary) << page;
    }
    ASSERT_EQ(db_.load_rc(), SQLITE_OK) << db_.load_error();
    baseline_ = threads_now();
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  std::string path(int i) {
    char name[32];
    std::snprintf(name, sizeof name, "p%03d.txt", i);
    return (dir_ / name).string();
  }
  // Creates temp.<name> over the folder.
  void create(const std::string& name, const std::string& module, int threads,
              const std::string& more = "") {
    db_.run("DROP TABLE IF EXISTS temp." + name);
    const StepResult r = db_.run("CREATE VIRTUAL TABLE temp." + name + " USING " + module +
                                 "(files='" + (dir_ / "*.txt").string() + "', threads=" +
                                 std::to_string(threads) + more + ")");
    ASSERT_EQ(r.rc, SQLITE_OK) << r.error;
  }
  // Rows then the error, as text.
  std::string all(const std::string& sql) {
    const StepResult r = db_.run(sql);
    return r.rows + (r.rc == SQLITE_OK ? "" : "error " + std::to_string(r.rc) + ": " + r.error);
  }
  // Threads of this process (the test starts none of its own).
  static long threads_now() {
    long n = 0;
    for (auto it = fs::directory_iterator("/proc/self/task"); it != fs::directory_iterator(); ++it) ++n;
    return n;
  }
  // threads_now(), given up to ten seconds to reach `expected` (a busy sanitizer host is slow;
  // the wait ends as soon as it is reached): a joined thread can still be
  // listed in /proc/self/task for a moment after join() returns (the kernel wakes the joiner
  // before it has released the task).
  static long threads_settling_at(long expected) {
    long n = threads_now();
    for (int i = 0; i < 10000 && n != expected; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      n = threads_now();
    }
    return n;
  }
  fs::path dir_;
  LoadedDb db_;
  long baseline_ = 0;
  static constexpr const char* kBadMessage = "unsupported charset 'x-unknown'";  // p023's
};

TEST_F(ThreadedFolder, RowsAndErrorsInPathOrderWhateverTheThreads) {
  const std::string turns_sql = "SELECT substr(doc, -8), seq, kind, text FROM t";
  const std::string docs_sql = "SELECT substr(doc, -8), title, turns, error FROM d";
  create("t", "transcript_turns", 1);
  const std::string fail_1 = all(turns_sql);
  create("t", "transcript_turns", 1, ", on_error='skip'");
  const std::string skip_1 = all(turns_sql);
  create("d", "transcript_documents", 1, ", on_error='skip'");
  const std::string docs_1 = all(docs_sql);
  // What one thread gives, as today: the turns of p000 … p022 (3 pairs on average: the
  // count below), then p023's error.
  long expected_turns = 0;
  for (int i = 0; i < kBad; ++i) expected_turns += 2 * (i % 7);
  EXPECT_EQ(static_cast<long>(std::count(fail_1.begin(), fail_1.end(), '\n')), expected_turns);
  EXPECT_NE(fail_1.find("3:p022.txt|1:2|3:answer|3:Answer 0.\n"), std::string::npos);
  EXPECT_EQ(fail_1.substr(fail_1.rfind('\n') + 1),
            "error 1: transcript_turns: '" + path(kBad) + "': " + kBadMessage);
  // on_error='skip': every other page's turns, and one documents row with the error.
  long all_turns = 0;
  for (int i = 0; i < kFiles; ++i) all_turns += i == kBad ? 0 : 2 * (i % 7);
  EXPECT_EQ(static_cast<long>(std::count(skip_1.begin(), skip_1.end(), '\n')), all_turns);
  EXPECT_NE(docs_1.find("3:p022.txt|3:Press conference 22|1:2|5:\n3:p023.txt|5:|5:|3:" +
                        std::string(kBadMessage) + "\n3:p024.txt|"),
            std::string::npos) << docs_1;
  EXPECT_EQ(static_cast<long>(std::count(docs_1.begin(), docs_1.end(), '\n')), kFiles);

  for (int threads : {2, 3, 4, 8, 64}) {
    SCOPED_TRACE("threads=" + std::to_string(threads));
    create("t", "transcript_turns", threads);
    EXPECT_EQ(all(turns_sql), fail_1);
    create("t", "transcript_turns", threads, ", on_error='skip'");
    EXPECT_EQ(all(turns_sql), skip_1);
    create("d", "transcript_documents", threads, ", on_error='skip'");
    EXPECT_EQ(all(docs_sql), docs_1);
    EXPECT_EQ(threads_settling_at(baseline_), baseline_);
  }
}

TEST_F(ThreadedFolder, FileDeletedBeyondTheReadAhead) {
  // After the first row (of p001: p000 has no turns) the cursor has taken two files, so
  // with threads=N no file after p001 + 2 × N has been read yet: one deleted now is an
  // error naming it when its turn comes, as with one thread.
  for (int threads : {2, 8}) {
    SCOPED_TRACE("threads=" + std::to_string(threads));
    fs::remove_all(dir_);
    SetUp();
    create("t", "transcript_turns", threads);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT substr(doc, -8) FROM t", -1, &stmt, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "p001.txt");
    EXPECT_EQ(threads_settling_at(baseline_ + threads - 1), baseline_ + threads - 1) << "the workers run";
    const int gone = 1 + 2 * threads + 1;  // p006, p018: before p023
    fs::remove(path(gone));
    int rc;
    std::string last;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      last = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    EXPECT_EQ(rc, SQLITE_ERROR);
    EXPECT_EQ(std::string(sqlite3_errmsg(db_.db())),
              "transcript_turns: cannot open '" + path(gone) + "': No such file or directory");
    char previous[32];
    std::snprintf(previous, sizeof previous, "p%03d.txt", gone - 1);  // it has turns
    EXPECT_EQ(last, previous);
    sqlite3_finalize(stmt);
    // With on_error='skip' each file deleted beyond the read-ahead has its documents row
    // with the error, in path order. After the first row (p000's: documents gives a row for
    // every file) the cursor has taken one file: none from p001 + 2 × N on has been read.
    fs::remove_all(dir_);
    SetUp();
    create("d", "transcript_documents", threads, ", on_error='skip'");
    ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT substr(doc, -8), error FROM d", -1, &stmt, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "p000.txt");
    const int gone_1 = 1 + 2 * threads, gone_2 = gone_1 + 1;  // p005 p006, p017 p018
    fs::remove(path(gone_1));
    fs::remove(path(gone_2));
    std::string errors;
    long rows = 1;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      ++rows;
      if (sqlite3_column_type(stmt, 1) == SQLITE_NULL) continue;
      errors += std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) + "|" +
                reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)) + "\n";
    }
    EXPECT_EQ(rc, SQLITE_DONE);
    sqlite3_finalize(stmt);
    EXPECT_EQ(rows, kFiles);
    EXPECT_EQ(errors, path(gone_1).substr(path(gone_1).size() - 8) + "|cannot open '" + path(gone_1) +
                          "': No such file or directory\n" +
                          path(gone_2).substr(path(gone_2).size() - 8) + "|cannot open '" +
                          path(gone_2) + "': No such file or directory\np023.txt|" + kBadMessage + "\n");
  }
}

TEST_F(ThreadedFolder, WorkersStopWhenTheScanStops) {
  create("t", "transcript_turns", 8, ", on_error='skip'");
  create("t1", "transcript_turns", 1, ", on_error='skip'");
  // Reset in the middle.
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc, seq FROM t", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(threads_settling_at(baseline_ + 7), baseline_ + 7);
  sqlite3_reset(stmt);
  EXPECT_EQ(threads_settling_at(baseline_), baseline_) << "reset joins the workers";
  // Run again on the same statement to the end: the same rows as one thread.
  std::string rows;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    rows += std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))) + "|" +
            reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)) + "\n";
  }
  EXPECT_EQ(threads_settling_at(baseline_), baseline_) << "the end of the scan joins the workers";
  sqlite3_finalize(stmt);
  EXPECT_EQ(static_cast<long>(std::count(rows.begin(), rows.end(), '\n')),
            db_.run("SELECT doc, seq FROM t1").row_count);
  // A LIMIT stops the scan early; a join rescans the table (xFilter again on the same cursor,
  // workers of the previous scan still running); EXISTS stops each rescan at its first row.
  for (const char* sql : {
           "SELECT substr(doc, -8), seq FROM %s LIMIT 5",
           "SELECT v.n, count(t.seq) FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) AS v "
           "CROSS JOIN %s AS t ON t.seq = v.n GROUP BY v.n",
           "SELECT v.n FROM (SELECT 1 AS n UNION ALL SELECT 9 UNION ALL SELECT 12) AS v "
           "WHERE EXISTS (SELECT 1 FROM %s AS t WHERE t.seq = v.n)",
           "SELECT count(*) FROM (SELECT * FROM %s LIMIT 1) CROSS JOIN (SELECT * FROM %s LIMIT 100)",
       }) {
    auto with = [&](const char* table) {
      std::string q = sql;
      for (std::size_t at; (at = q.find("%s")) != std::string::npos;) q.replace(at, 2, table);
      return all(q);
    };
    const std::string one = with("t1");
    EXPECT_FALSE(one.empty()) << sql;
    EXPECT_EQ(with("t"), one) << sql;
    EXPECT_EQ(threads_settling_at(baseline_), baseline_) << sql;
  }
  // A failing scan (on_error='fail') stops its workers when the error is returned.
  create("f", "transcript_turns", 8);
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc FROM f", -1, &stmt, nullptr), SQLITE_OK);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
  }
  EXPECT_EQ(rc, SQLITE_ERROR);
  EXPECT_EQ(threads_settling_at(baseline_), baseline_);
  sqlite3_finalize(stmt);
}

TEST_F(ThreadedFolder, InterruptStopsTheWorkers) {
  create("t", "transcript_turns", 4, ", on_error='skip'");
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db_.db(), "SELECT doc, seq FROM t", -1, &stmt, nullptr), SQLITE_OK);
  for (int i = 0; i < 10; ++i) ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(threads_settling_at(baseline_ + 3), baseline_ + 3);
  sqlite3_interrupt(db_.db());
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_INTERRUPT);
  // The halted statement closed the cursor: no worker is left, before any finalize.
  EXPECT_EQ(threads_settling_at(baseline_), baseline_);
  sqlite3_finalize(stmt);
  // The connection works again afterwards.
  EXPECT_EQ(db_.run("SELECT count(*) FROM t WHERE doc LIKE '%p006.txt'").rows, "1:12\n");
}

}  // namespace
