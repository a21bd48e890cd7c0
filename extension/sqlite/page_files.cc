#include "sqlite/page_files.h"

#include <glob.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "sqlite/sqlite_api.h"

namespace transcript::sql {

std::vector<std::string> expand_glob(const char* module, const std::string& pattern) {
  // A plain path (no wildcard) names one file: report why it cannot be read rather than
  // "no file matches".
  if (pattern.find_first_of("*?[") == std::string::npos) {
    struct stat st {};
    if (stat(pattern.c_str(), &st) != 0) {
      throw SqlError(SQLITE_ERROR, std::string(module) + ": cannot open '" + pattern +
                                       "': " + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
      throw SqlError(SQLITE_ERROR,
                     std::string(module) + ": '" + pattern + "' is a directory, not a file");
    }
    return {pattern};
  }
  glob_t matches{};
  // GLOB_ERR is not set: an unreadable subfolder must not hide the files that can be read.
  const int rc = glob(pattern.c_str(), 0, nullptr, &matches);
  std::unique_ptr<glob_t, void (*)(glob_t*)> guard(&matches, globfree);
  if (rc == GLOB_NOSPACE) throw std::bad_alloc();
  std::vector<std::string> files;
  if (rc == 0) {
    for (std::size_t i = 0; i < matches.gl_pathc; ++i) {
      struct stat st {};
      // stat() follows links; a dangling link or a link loop is kept so that reading it
      // reports the real error rather than silently skipping the file.
      if (stat(matches.gl_pathv[i], &st) == 0 && S_ISDIR(st.st_mode)) continue;
      files.emplace_back(matches.gl_pathv[i]);
    }
  }
  if (files.empty()) {
    throw SqlError(SQLITE_ERROR, std::string(module) + ": no file matches '" + pattern + "'");
  }
  return files;  // glob() sorts its matches
}

std::string read_page_file(const char* module, const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) {
    throw SqlError(SQLITE_ERROR, std::string(module) + ": cannot open '" + path +
                                     "': " + std::strerror(errno));
  }
  std::string content;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) content.append(buffer, n);
  if (std::ferror(file.get())) {
    throw SqlError(SQLITE_ERROR, std::string(module) + ": cannot read '" + path +
                                     "': " + std::strerror(errno));
  }
  return content;
}

}  // namespace transcript::sql
