// The files form with threads > 1: worker threads read and parse the next files of a scan
// while SQLite consumes the rows of the current one; results come back in path order.
//
//   PagePrefetcher ahead(files, load, 4);   // 3 workers start at once
//   while (!ahead.done()) rows = ahead.next();   // in order; rethrows the file's exception
//
// `threads` counts the threads that parse, the caller's included: threads - 1 workers are
// started, and next() parses a file itself instead of waiting idle when its file is not
// ready yet and a later one is still unclaimed. A worker that cannot be started (no memory,
// a thread limit) is simply absent: the others (at worst the caller alone) parse every file.
//
// Memory: at most `window` = 2 × threads files are claimed (being parsed, or parsed and not
// yet taken) beyond the last one next() returned; a worker waits while the window is full.
// So a scan holds at most window + 1 parsed pages, never the folder.
//
// Errors: `load` runs on any of the threads; whatever it throws (a bad file, out of memory)
// is kept with the file's slot and rethrown by next() when that file's turn comes, so errors
// arrive for the file they belong to, in path order. Files after it may already have been
// read: the files form reads up to `window` files ahead of the row SQLite is reading.
//
// Stopping: the destructor (cursor closed or re-filtered, a LIMIT reached, an interrupt,
// an error) tells the workers to stop, waits for each to finish the page it is parsing (a
// parse is not interrupted midway) and joins them; no worker outlives the object. `load`
// must therefore not reference anything that dies before the PagePrefetcher.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "sqlite/table_rows.h"

namespace transcript::sql {

class PagePrefetcher {
 public:
  // Reads and parses one file; may throw. Called concurrently from several threads.
  using Load = std::function<std::unique_ptr<TableRows>(const std::string& path)>;

  // threads >= 2 (with 1 there is nothing to do ahead: the caller reads files itself).
  // Throws std::bad_alloc when the slots cannot be allocated; starting workers never throws.
  PagePrefetcher(std::vector<std::string> files, Load load, int threads);
  ~PagePrefetcher();
  PagePrefetcher(const PagePrefetcher&) = delete;
  PagePrefetcher& operator=(const PagePrefetcher&) = delete;

  // True when every file has been returned by next().
  bool done() const { return next_take_ == files_.size(); }
  // How many files next() has returned: the 1-based position of the last one.
  std::size_t taken() const { return next_take_; }
  // The path of the file next() returns next (valid while !done()).
  const std::string& next_path() const { return files_[next_take_]; }
  // The rows of the next file in path order (nullptr when load gave none), or rethrows
  // what loading it threw. Precondition: !done().
  std::unique_ptr<TableRows> next();

  // Worker threads actually running (for tests).
  std::size_t workers() const { return workers_.size(); }

 private:
  struct Slot {
    bool ready = false;
    std::unique_ptr<TableRows> rows;
    std::exception_ptr error;
  };
  // Claims the lowest unclaimed file if the window allows (caller holds the lock).
  bool can_claim() const;
  // Parses file `index` into its slot: unlocks `lock` for the parse, relocks to store.
  void parse_claimed(std::size_t index, std::unique_lock<std::mutex>& lock);
  void work();

  const std::vector<std::string> files_;
  const Load load_;
  const std::size_t window_;
  std::vector<Slot> slots_;  // file i lives in slots_[i % window_]
  std::mutex mutex_;
  std::condition_variable claimable_;  // workers: the window moved, or stop
  std::condition_variable ready_;      // next(): a slot became ready
  std::size_t next_claim_ = 0;  // lowest file no thread has claimed
  std::size_t next_take_ = 0;   // the file next() returns next (written by the caller only)
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace transcript::sql
