// transcript_files(glob): the files a glob matches, with what an archive needs to key and
// refresh them, from any host (the sqlite3 shell's fsdir(), readfile() and sha3() exist in
// the shell only).
//
//   SELECT path, realpath, size, mtime, hex(sha3) FROM transcript_files('pages/*.html');
//   SELECT d.* FROM transcript_files('pages/*.txt') AS f, transcript_documents(f.data) AS d;
//
// Columns: path (as the glob matched it), realpath (absolute, links and '..' resolved; the
// same file reached by another glob or from another working directory has the same
// realpath), size (bytes), mtime (seconds since 1970, as fsdir() gives it), sha3 (the
// SHA3-256 of the bytes as a 32-byte BLOB, equal to the shell's sha3(data, 256); libnettle),
// data (the bytes, BLOB), error (NULL, or why the file could not be read: then realpath,
// size, mtime, sha3 and data are NULL). Hidden argument: glob (required).
//
// The glob follows the files= form of the tables (page_files.h): glob(3), path order,
// folders skipped, a glob matching nothing is an error. A file is read only when its sha3
// or data is asked for, once per row, and kept only while its row is current, so listing
// a large folder reads nothing and a scan holds one file at a time. The table reads files:
// it is SQLITE_VTAB_DIRECTONLY (not usable from views or triggers of a schema you did not
// write) and absent from the noread entry point.
#include <nettle/sha3.h>
#include <sys/stat.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sqlite/function_table.h"
#include "sqlite/page_files.h"
#include "sqlite/tables.h"

namespace transcript::sql {
namespace {

enum FileColumn { kPath, kRealpath, kSize, kMtime, kSha3, kData, kError, kFileColumnCount };

struct FileEntry {
  std::string path;
  std::optional<std::string> realpath;
  std::optional<sqlite3_int64> size, mtime;
  std::optional<std::string> error;
};

class FileRows : public TableRows {
 public:
  explicit FileRows(std::vector<FileEntry> files) : files_(std::move(files)) {}
  std::size_t size() const override { return files_.size(); }

  void column(sqlite3_context* ctx, std::size_t row, int column) const override {
    const FileEntry& f = files_[row];
    switch (column) {
      case kPath: result_text(ctx, std::string_view(f.path)); return;
      case kRealpath: result_text(ctx, f.realpath); return;
      case kSize: f.size ? sqlite3_result_int64(ctx, *f.size) : sqlite3_result_null(ctx); return;
      case kMtime: f.mtime ? sqlite3_result_int64(ctx, *f.mtime) : sqlite3_result_null(ctx); return;
      default: break;
    }
    load(row);
    if (column == kError) {
      result_text(ctx, error_);
    } else if (!content_) {
      sqlite3_result_null(ctx);
    } else if (column == kSha3) {
      sqlite3_result_blob(ctx, digest_, SHA3_256_DIGEST_SIZE, SQLITE_TRANSIENT);
    } else if (column == kData) {
      if (content_->size() > static_cast<std::size_t>(INT_MAX)) throw SqlError(SQLITE_TOOBIG, "transcript_files: file too large");
      sqlite3_result_blob(ctx, content_->data(), static_cast<int>(content_->size()), SQLITE_TRANSIENT);
    }
  }

 private:
  // Reads row's file once (the columns of one row are asked for one after another).
  void load(std::size_t row) const {
    if (loaded_ == row) return;
    loaded_ = row;
    content_.reset();
    error_ = files_[row].error;
    if (error_) return;
    try {
      content_ = read_page_file("transcript_files", files_[row].path);
    } catch (const SqlError& e) {
      std::string message = e.what();
      const std::string prefix = "transcript_files: ";
      if (message.starts_with(prefix)) message.erase(0, prefix.size());
      error_ = std::move(message);
      return;
    }
    sha3_256_ctx hash;
    sha3_256_init(&hash);
    sha3_256_update(&hash, content_->size(), reinterpret_cast<const uint8_t*>(content_->data()));
    sha3_256_digest(&hash, SHA3_256_DIGEST_SIZE, digest_);
  }

  std::vector<FileEntry> files_;
  mutable std::optional<std::size_t> loaded_;
  mutable std::optional<std::string> content_;
  mutable std::optional<std::string> error_;
  mutable uint8_t digest_[SHA3_256_DIGEST_SIZE] = {};
};

std::unique_ptr<TableRows> list_files(FunctionCall& call) {
  sqlite3_value* glob = call.args[0];
  if (!glob || sqlite3_value_type(glob) == SQLITE_NULL) return nullptr;
  if (sqlite3_value_type(glob) != SQLITE_TEXT) {
    throw SqlError(SQLITE_ERROR, "transcript_files: glob must be text, got " + describe_value(glob));
  }
  const std::string pattern(reinterpret_cast<const char*>(sqlite3_value_text(glob)),
                            static_cast<std::size_t>(sqlite3_value_bytes(glob)));
  if (pattern.empty()) throw SqlError(SQLITE_ERROR, "transcript_files: glob '' is empty");
  std::vector<FileEntry> files;
  for (std::string& path : expand_glob("transcript_files", pattern)) {
    FileEntry f;
    struct stat st {};
    if (stat(path.c_str(), &st) == 0) {
      f.size = static_cast<sqlite3_int64>(st.st_size);
      f.mtime = static_cast<sqlite3_int64>(st.st_mtime);
      if (char* real = ::realpath(path.c_str(), nullptr)) {
        f.realpath = real;
        std::free(real);
      }
    } else {
      f.error = "cannot open '" + path + "': " + std::strerror(errno);
    }
    f.path = std::move(path);
    files.push_back(std::move(f));
  }
  return std::make_unique<FileRows>(std::move(files));
}

const FunctionTableSpec kFilesSpec = {
    "transcript_files",
    "path TEXT, realpath TEXT, size INTEGER, mtime INTEGER, sha3 BLOB, data BLOB, error TEXT",
    kFileColumnCount,
    {"glob"},
    1,
    list_files,
    true,  // reads files: DIRECTONLY
};

}  // namespace

int register_files_table(sqlite3* db, const std::shared_ptr<ConnectionContext>& context) {
  return register_function_table(db, kFilesSpec, context);
}

}  // namespace transcript::sql
