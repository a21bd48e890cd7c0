#include "sqlite/page_files.h"

#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "sqlite/sqlite_api.h"

namespace transcript::sql {

namespace {

// strerror() may share one buffer between threads; read_page_file runs on the parsing
// threads of threads='N'. (GNU strerror_r returns the message, in buf or a static string.)
std::string error_text(int err) {
  char buf[256];
  return strerror_r(err, buf, sizeof buf);
}

}  // namespace

std::vector<std::string> expand_glob(const char* module, const std::string& pattern) {
  // A plain path (no wildcard) names one file: report why it cannot be read rather than
  // "no file matches".
  if (pattern.find_first_of("*?[") == std::string::npos) {
    struct stat st {};
    if (stat(pattern.c_str(), &st) != 0) {
      const std::string why = error_text(errno);  // before anything else can set errno
      throw SqlError(SQLITE_ERROR, std::string(module) + ": cannot open '" + pattern + "': " + why);
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
  // O_NONBLOCK: opening a named pipe must not wait for a writer. Only regular files are
  // read: a pipe, a socket or a device such as /dev/zero would block or never end.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const std::string why = error_text(errno);  // before anything else can set errno
    throw SqlError(SQLITE_ERROR, std::string(module) + ": cannot open '" + path + "': " + why);
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    throw SqlError(SQLITE_ERROR, std::string(module) + ": '" + path + "' is not a regular file");
  }
  std::string content;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      content.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      const std::string why = error_text(errno);  // before anything else can set errno
      throw SqlError(SQLITE_ERROR, std::string(module) + ": cannot read '" + path + "': " + why);
    }
  }
  return content;
}

}  // namespace transcript::sql
