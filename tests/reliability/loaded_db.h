// Test helper: a connection to an in-memory database with build/transcript.so loaded
// through sqlite3_load_extension, as a host application loads it, and a way to run one
// statement and get its rows (or its error) as text.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

namespace transcript_test {

// Nonzero while the test harness itself (not SQLite, not the extension) allocates: a
// failing allocator (limits_test.cc) lets these allocations through and does not count them.
extern thread_local int harness_depth;
struct HarnessScope {
  HarnessScope() { ++harness_depth; }
  ~HarnessScope() { --harness_depth; }
  HarnessScope(const HarnessScope&) = delete;
  HarnessScope& operator=(const HarnessScope&) = delete;
};

struct StepResult {
  int rc = SQLITE_OK;       // SQLITE_OK when every step succeeded (DONE is folded into OK)
  std::string error;        // sqlite3_errmsg when rc != OK
  std::string rows;         // every row, one line each: type:value|type:value
  long row_count = 0;
};

class LoadedDb {
 public:
  // Opens :memory: and loads the extension; rc() and error() say how loading went.
  explicit LoadedDb(const char* entry_point = nullptr);
  ~LoadedDb();
  LoadedDb(const LoadedDb&) = delete;
  LoadedDb& operator=(const LoadedDb&) = delete;

  sqlite3* db() const { return db_; }
  int load_rc() const { return load_rc_; }
  const std::string& load_error() const { return load_error_; }

  // Prepares, binds text parameters ?1, ?2 … (as TEXT), steps to the end.
  StepResult run(const std::string& sql, const std::vector<std::string>& text_params = {});

 private:
  sqlite3* db_ = nullptr;
  int load_rc_ = SQLITE_OK;
  std::string load_error_;
};

std::string read_file(const std::string& path);

}  // namespace transcript_test
