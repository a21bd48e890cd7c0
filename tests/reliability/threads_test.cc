// Two threads, each with its own connection, run every function and table of the extension
// concurrently for a while (TRANSCRIPT_THREADS_SECONDS, default 3) and must get exactly the
// results a single connection got before. Built and run in every configuration by ctest;
// tests/reliability/tsan.sh runs it under ThreadSanitizer.
//
// The statements: the three tables in both forms (page and files=, the latter with one
// parsing thread and with four, whose rows must be the same), every scalar function
// the extension registers (found through pragma_function_list, called with a text and a
// name for each arity, so functions added later are covered too) and every other
// eponymous table in pragma_module_list (called with a page). Errors are results too: a
// statement that fails must fail the same way on every thread.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "loaded_db.h"

namespace {

using transcript_test::LoadedDb;
using transcript_test::read_file;
using transcript_test::StepResult;

const std::string kData = TRANSCRIPT_TEST_DATA;

struct Statement {
  std::string sql;
  std::vector<std::string> params;
};

std::vector<std::string> lines_of(const std::string& rows) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < rows.size()) {
    const std::size_t end = rows.find('\n', pos);
    out.push_back(rows.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

// Each files table with one thread and with four (worker threads parsing for the
// connection's thread: issue 18), so that two connections run up to ten parsing threads.
// docs reads every text page of the tests, data/bad_files among them (on_error='skip':
// error rows); bad stops at the first bad file (on_error='fail': the same error).
const char* kSetup[] = {
    "CREATE VIRTUAL TABLE temp.turns USING transcript_turns(files='data/turns/*.txt', threads=1)",
    "CREATE VIRTUAL TABLE temp.docs USING transcript_documents(files='data/*/*.txt', on_error='skip', threads=1)",
    "CREATE VIRTUAL TABLE temp.contacts USING transcript_contacts(files='data/directory/*.txt', threads=1)",
    "CREATE VIRTUAL TABLE temp.sample USING transcript_turns(files='data/corpus_sample/*/*', threads=1)",
    "CREATE VIRTUAL TABLE temp.bad USING transcript_turns(files='data/bad_files/*', threads=1)",
    "CREATE VIRTUAL TABLE temp.turns4 USING transcript_turns(files='data/turns/*.txt', threads=4)",
    "CREATE VIRTUAL TABLE temp.docs4 USING transcript_documents(files='data/*/*.txt', on_error='skip', threads=4)",
    "CREATE VIRTUAL TABLE temp.contacts4 USING transcript_contacts(files='data/directory/*.txt', threads=4)",
    "CREATE VIRTUAL TABLE temp.sample4 USING transcript_turns(files='data/corpus_sample/*/*', threads=4)",
    "CREATE VIRTUAL TABLE temp.bad4 USING transcript_turns(files='data/bad_files/*', threads=4)",
};
// Statements whose result must equal that of the statement before them (threads=4 against
// 1), and whether that result is an error.
const std::map<std::string, bool> kSameAsPrevious = {
    {"SELECT * FROM turns4", false},
    {"SELECT * FROM docs4", false},
    {"SELECT doc, contacts, error FROM docs4", false},
    {"SELECT * FROM contacts4", false},
    {"SELECT * FROM sample4", false},
    {"SELECT doc, seq, text FROM sample4 LIMIT 40", false},
    {"SELECT doc, seq FROM bad4", true},
};

std::vector<Statement> statements(LoadedDb& db) {
  const std::string page = read_file(kData + "/mid_ru_lavrov_mgimo_2020.txt");
  const std::string text =
      "Sergey Lavrov met Alexander Lukashenko in Minsk; the OSCE and ОБСЕ. Лавров и Лукашенко.";
  std::vector<Statement> out = {
      {"SELECT * FROM transcript_turns(?1)", {page}},
      {"SELECT * FROM transcript_documents(?1)", {page}},
      {"SELECT * FROM transcript_contacts(?1)", {page}},
      {"SELECT * FROM turns", {}},
      {"SELECT * FROM turns4", {}},
      {"SELECT * FROM docs", {}},
      {"SELECT * FROM docs4", {}},
      {"SELECT doc, contacts, error FROM docs", {}},  // the directories parsed lazily
      {"SELECT doc, contacts, error FROM docs4", {}},  // … and on the parsing threads
      {"SELECT * FROM contacts", {}},
      {"SELECT * FROM contacts4", {}},
      {"SELECT * FROM sample", {}},
      {"SELECT * FROM sample4", {}},
      {"SELECT doc, seq, text FROM sample LIMIT 40", {}},  // stops while workers run ahead
      {"SELECT doc, seq, text FROM sample4 LIMIT 40", {}},
      {"SELECT doc, seq FROM bad", {}},  // fails at the second file, workers ahead of it
      {"SELECT doc, seq FROM bad4", {}},
  };
  std::set<std::string> tables = {"transcript_turns", "transcript_documents",
                                  "transcript_contacts"};
  for (const auto& row : lines_of(db.run("SELECT name, narg FROM pragma_function_list "
                                         "WHERE name LIKE 'transcript\\_%' ESCAPE '\\' "
                                         "ORDER BY name, narg").rows)) {
    const std::size_t bar = row.find('|');
    const std::string name = row.substr(2, bar - 2);
    int narg = std::stoi(row.substr(bar + 3));
    for (int n : narg < 0 ? std::vector<int>{1, 2} : std::vector<int>{narg}) {
      std::string sql = "SELECT " + name + "(";
      for (int i = 1; i <= n; ++i) sql += (i > 1 ? ", ?" : "?") + std::to_string(std::min(i, 2));
      out.push_back({sql + ")", {text, "Lavrov"}});
      if (n >= 1) out.push_back({sql + ")", {page, "Lukashenko"}});
    }
  }
  for (const auto& row : lines_of(db.run("SELECT name FROM pragma_module_list "
                                         "WHERE name LIKE 'transcript\\_%' ESCAPE '\\' "
                                         "ORDER BY name").rows)) {
    const std::string name = row.substr(2);
    if (tables.count(name)) continue;
    out.push_back({"SELECT * FROM " + name + "(?1)", {text}});
    out.push_back({"SELECT * FROM " + name + "(?1)", {page}});
    out.push_back({"SELECT * FROM " + name, {}});
  }
  return out;
}

std::string result_of(LoadedDb& db, const Statement& s) {
  const StepResult r = db.run(s.sql, s.params);
  return r.rc == SQLITE_OK ? r.rows : "error " + std::to_string(r.rc) + ": " + r.error;
}

TEST(Threads, TwoConnectionsRunEverythingConcurrently) {
  const char* env = std::getenv("TRANSCRIPT_THREADS_SECONDS");
  const double seconds = env ? std::atof(env) : 3.0;
  LoadedDb reference;
  ASSERT_EQ(reference.load_rc(), SQLITE_OK) << reference.load_error();
  for (const char* s : kSetup) ASSERT_EQ(reference.run(s).rc, SQLITE_OK) << s;
  const std::vector<Statement> list = statements(reference);
  std::vector<std::string> expected;
  for (const auto& s : list) expected.push_back(result_of(reference, s));
  ASSERT_GT(list.size(), 10u);
  for (std::size_t i = 1; i < list.size(); ++i) {
    const auto same = kSameAsPrevious.find(list[i].sql);
    if (same == kSameAsPrevious.end()) continue;
    EXPECT_EQ(expected[i], expected[i - 1]) << list[i].sql << " against " << list[i - 1].sql;
    EXPECT_EQ(expected[i].rfind("error ", 0) == 0, same->second)
        << list[i].sql << ": " << expected[i];
  }

  std::atomic<long> runs{0};
  std::atomic<int> mismatches{0};
  std::vector<std::string> reports(2);
  auto worker = [&](int id) {
    LoadedDb db;  // its own connection
    if (db.load_rc() != SQLITE_OK) {
      reports[id] = "load failed: " + db.load_error();
      ++mismatches;
      return;
    }
    for (const char* s : kSetup) db.run(s);
    const auto end = std::chrono::steady_clock::now() +
                     std::chrono::duration<double>(seconds);
    // The threads start at different statements so that different code runs at once.
    std::size_t i = id * list.size() / 2;
    std::size_t done = 0;  // every statement runs at least once, however loaded the machine
    do {
      const std::string got = result_of(db, list[i]);
      if (got != expected[i] && mismatches.fetch_add(1) < 5) {
        reports[id] += list[i].sql + ": got " + got.substr(0, 200) + ", expected " +
                       expected[i].substr(0, 200) + "\n";
      }
      ++runs;
      ++done;
      i = (i + 1) % list.size();
    } while (std::chrono::steady_clock::now() < end || done < list.size());
  };
  std::thread a(worker, 0), b(worker, 1);
  a.join();
  b.join();
  EXPECT_EQ(mismatches, 0) << reports[0] << reports[1];
  EXPECT_GE(runs, 2 * static_cast<long>(list.size())) << "each thread passes the list at least once";
  std::printf("threads: %zu statements, %ld runs in %.1f s\n", list.size(), runs.load(), seconds);
}

}  // namespace
