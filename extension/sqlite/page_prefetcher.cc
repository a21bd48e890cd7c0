#include "sqlite/page_prefetcher.h"

#include <algorithm>
#include <utility>

namespace transcript::sql {

PagePrefetcher::PagePrefetcher(std::vector<std::string> files, Load load, int threads)
    : files_(std::move(files)),
      load_(std::move(load)),
      window_(2 * static_cast<std::size_t>(std::max(threads, 1))),
      slots_(window_) {
  // No worker for the caller's share, none beyond one per file.
  const std::size_t wanted =
      std::min(static_cast<std::size_t>(std::max(threads - 1, 0)), files_.size());
  workers_.reserve(wanted);  // may throw bad_alloc: no thread runs yet
  for (std::size_t i = 0; i < wanted; ++i) {
    try {
      workers_.emplace_back(&PagePrefetcher::work, this);
    } catch (...) {
      break;  // out of memory or threads: the running ones (or the caller) do the work
    }
  }
}

PagePrefetcher::~PagePrefetcher() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  claimable_.notify_all();
  for (std::thread& t : workers_) t.join();
}

bool PagePrefetcher::can_claim() const {
  return next_claim_ < files_.size() && next_claim_ < next_take_ + window_;
}

void PagePrefetcher::parse_claimed(std::size_t index, std::unique_lock<std::mutex>& lock) {
  lock.unlock();
  std::unique_ptr<TableRows> rows;
  std::exception_ptr error;
  try {
    rows = load_(files_[index]);
  } catch (...) {
    error = std::current_exception();
  }
  lock.lock();
  Slot& slot = slots_[index % window_];
  slot.rows = std::move(rows);
  slot.error = std::move(error);
  slot.ready = true;
  ready_.notify_all();
}

void PagePrefetcher::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    claimable_.wait(lock, [this] {
      return stopping_ || can_claim() || next_claim_ >= files_.size();
    });
    if (stopping_ || next_claim_ >= files_.size()) return;
    parse_claimed(next_claim_++, lock);
  }
}

std::unique_ptr<TableRows> PagePrefetcher::next() {
  const std::size_t index = next_take_;
  // Claims never reach past next_take_ + window_, so this slot can only hold file `index`.
  Slot& slot = slots_[index % window_];
  std::unique_lock<std::mutex> lock(mutex_);
  while (!slot.ready) {
    if (can_claim()) {
      // The caller's own file if no worker took it yet, else a later one: rather parse
      // than wait idle (the caller is one of the `threads`).
      parse_claimed(next_claim_++, lock);
    } else {
      ready_.wait(lock);
    }
  }
  std::unique_ptr<TableRows> rows = std::move(slot.rows);
  std::exception_ptr error = std::move(slot.error);
  slot.rows.reset();
  slot.error = nullptr;
  slot.ready = false;
  ++next_take_;
  lock.unlock();
  claimable_.notify_all();  // the window moved
  if (error) std::rethrow_exception(error);
  return rows;
}

}  // namespace transcript::sql
