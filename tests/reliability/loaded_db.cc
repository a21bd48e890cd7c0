#include "loaded_db.h"

#include <fstream>
#include <optional>
#include <iterator>

namespace transcript_test {

thread_local int harness_depth = 0;

LoadedDb::LoadedDb(const char* entry_point) {
  if (sqlite3_open_v2(":memory:", &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    load_rc_ = sqlite3_errcode(db_);
    load_error_ = db_ ? sqlite3_errmsg(db_) : "out of memory";
    return;
  }
  sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
  char* error = nullptr;
  load_rc_ = sqlite3_load_extension(db_, TRANSCRIPT_EXTENSION, entry_point, &error);
  if (error) {
    load_error_ = error;
    sqlite3_free(error);
  }
}

LoadedDb::~LoadedDb() { sqlite3_close_v2(db_); }

StepResult LoadedDb::run(const std::string& sql, const std::vector<std::string>& text_params) {
  std::optional<HarnessScope> harness(std::in_place);
  StepResult result;
  result.rows.reserve(1 << 16);
  result.error.reserve(256);
  harness.reset();
  sqlite3_stmt* stmt = nullptr;
  result.rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr);
  if (result.rc != SQLITE_OK) {
    HarnessScope scope;
    result.error = sqlite3_errmsg(db_);
    sqlite3_finalize(stmt);
    return result;
  }
  for (std::size_t i = 0; i < text_params.size(); ++i) {
    result.rc = sqlite3_bind_text(stmt, static_cast<int>(i + 1), text_params[i].data(),
                                  static_cast<int>(text_params[i].size()), SQLITE_TRANSIENT);
    if (result.rc != SQLITE_OK) {
      HarnessScope scope;
      result.error = sqlite3_errmsg(db_);
      sqlite3_finalize(stmt);
      return result;
    }
  }
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    ++result.row_count;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const int type = sqlite3_column_type(stmt, c);
      const char* text = nullptr;
      std::size_t bytes = 0;
      if (type != SQLITE_NULL) {
        text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        bytes = static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
      }
      HarnessScope scope;
      if (c) result.rows += '|';
      result.rows += std::to_string(type) + ':';
      if (text) result.rows.append(text, bytes);
    }
    HarnessScope scope;
    result.rows += '\n';
  }
  result.rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
  if (result.rc != SQLITE_OK) {
    HarnessScope scope;
    result.error = sqlite3_errmsg(db_);
  }
  // The statement's own code (sqlite3_step may report the generic one on legacy paths).
  const int final_rc = sqlite3_finalize(stmt);
  if (result.rc != SQLITE_OK && final_rc != SQLITE_OK) result.rc = final_rc;
  return result;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace transcript_test
