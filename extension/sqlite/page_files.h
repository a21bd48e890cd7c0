// The files behind the files='glob' form of every table: expanding the glob and reading
// one file (a whole folder is never held in memory at once; with threads='N' the scan has
// at most 2 × N files in flight, page_prefetcher.h). read_page_file runs on the parsing
// threads too: it touches nothing but its arguments.
#pragma once

#include <string>
#include <vector>

namespace transcript::sql {

// The regular files (symbolic links to regular files included) matching a glob pattern,
// relative to the working directory, in path order. Directories are skipped. Throws
// SqlError "<module>: no file matches 'pattern'" when nothing matches.
std::vector<std::string> expand_glob(const char* module, const std::string& pattern);

// The whole content of one file. Throws SqlError
// "<module>: cannot open 'path': <strerror>" (or "cannot read"), or
// "<module>: 'path' is not a regular file" (a pipe, a device: they would block or never end).
std::string read_page_file(const char* module, const std::string& path);

}  // namespace transcript::sql
