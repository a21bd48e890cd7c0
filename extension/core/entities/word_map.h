// A hash map from words to values, for the per-connection caches that every word of every
// row goes through (TokenKeyer's keys of a word, a matcher's key ids of a word).
//
// Why not std::unordered_map<std::string, V>: a look-up there hashes with the library's
// general-purpose hash and follows a node pointer per probe, about a hundred instructions
// for a short word, and each entry is a separate allocation. Here the words are kept in one
// buffer, the table is open addressing over 32-bit indices with the hash stored beside each
// word, and the hash reads eight bytes at a time: a look-up of a word seen before costs a
// few dozen instructions. Entries are never removed one by one; clear() drops them all (the
// caches bound their size that way).
//
// Thread-safety: none; a map belongs to one connection (or one tokenizer).
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

template <class V, class Values = std::vector<V>>
class WordMap {
 public:
  static std::uint64_t hash(std::string_view word) {
    const auto* p = reinterpret_cast<const unsigned char*>(word.data());
    std::size_t n = word.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    while (n >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
      h ^= h >> 32;
      p += 8;
      n -= 8;
    }
    if (n) {
      // The last 1..7 bytes without a byte loop: two four-byte loads that overlap when
      // fewer than eight remain, or the first, middle and last of up to three (the length
      // is in the seed, so the overlaps cost no distinctions).
      std::uint64_t w;
      if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        w = (static_cast<std::uint64_t>(a) << 32) | b;
      } else {
        w = p[0] | (static_cast<std::uint64_t>(p[n / 2]) << 8) |
            (static_cast<std::uint64_t>(p[n - 1]) << 16);
      }
      h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    }
    return h ^ (h >> 29);
  }

  // The value of `word`, or nullptr. With a std::deque for Values, values never move and
  // references stay valid until clear(); with a vector, until the next insert().
  V* find(std::string_view word, std::uint64_t h) {
    if (table_.empty()) return nullptr;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const std::uint32_t e = table_[i];
      if (e == 0) return nullptr;
      const Slot& s = slots_[e - 1];
      if (s.hash == h && s.size == word.size() && same(arena_.data() + s.offset, word)) {
        return &values_[e - 1];
      }
    }
  }
  V* find(std::string_view word) { return find(word, hash(word)); }

  // Adds `word`, which must not be present; returns its value.
  // Strong guarantee: when an allocation fails (out of memory), the map is as it was, so a
  // cache kept across statements never holds a slot without its value.
  V& insert(std::string_view word, std::uint64_t h, V value) {
    if ((slots_.size() + 1) * 2 > table_.size()) grow();
    const std::size_t arena_size = arena_.size();
    values_.push_back(std::move(value));
    try {
      slots_.push_back({h, static_cast<std::uint32_t>(arena_size), static_cast<std::uint32_t>(word.size())});
      arena_.append(word);
    } catch (...) {
      if (slots_.size() > values_.size() - 1) slots_.pop_back();
      arena_.resize(arena_size);
      values_.pop_back();
      throw;
    }
    place(static_cast<std::uint32_t>(slots_.size()));
    return values_.back();
  }

  std::size_t size() const { return values_.size(); }
  // The bytes the words take (a cache bounds its memory with it).
  std::size_t word_bytes() const { return arena_.size(); }

  void clear() {
    arena_.clear();
    slots_.clear();
    values_.clear();
    table_.clear();
    mask_ = 0;
  }

 private:
  struct Slot {
    std::uint64_t hash;
    std::uint32_t offset, size;
  };

  // Words are short: compared eight bytes at a time rather than through memcmp.
  static bool same(const char* a, std::string_view b) {
    std::size_t n = b.size(), k = 0;
    for (; k + 8 <= n; k += 8) {
      std::uint64_t x, y;
      std::memcpy(&x, a + k, 8);
      std::memcpy(&y, b.data() + k, 8);
      if (x != y) return false;
    }
    // The last 1..7 bytes as in hash(): two overlapping four-byte loads, or up to three bytes.
    const std::size_t rest = n - k;
    if (rest >= 4) {
      std::uint32_t x1, y1, x2, y2;
      std::memcpy(&x1, a + k, 4);
      std::memcpy(&y1, b.data() + k, 4);
      std::memcpy(&x2, a + n - 4, 4);
      std::memcpy(&y2, b.data() + n - 4, 4);
      return x1 == y1 && x2 == y2;
    }
    for (; k < n; ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }

  void place(std::uint32_t entry) {
    for (std::size_t i = slots_[entry - 1].hash & mask_;; i = (i + 1) & mask_) {
      if (table_[i] == 0) {
        table_[i] = entry;
        return;
      }
    }
  }

  void grow() {
    const std::size_t size = table_.empty() ? 256 : table_.size() * 2;
    table_.assign(size, 0);
    mask_ = size - 1;
    for (std::uint32_t e = 1; e <= slots_.size(); ++e) place(e);
  }

  std::string arena_;
  std::vector<Slot> slots_;  // parallel to values_
  Values values_;
  std::vector<std::uint32_t> table_;  // 0: empty, else an index into slots_ + 1
  std::size_t mask_ = 0;
};

}  // namespace transcript
