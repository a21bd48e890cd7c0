#include "core/entities/common_words.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <string>
#include <vector>

#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"
#include "core/text/utf8.h"

// The word lists, embedded as they were written at configure time (one word a line).
// .incbin keeps the 2 MB out of the compiler's way; the symbols stay hidden.
asm(".section .rodata\n"
    ".hidden transcript_common_words_begin\n"
    ".hidden transcript_common_words_end\n"
    "transcript_common_words_begin:\n"
    ".incbin \"" TRANSCRIPT_COMMON_WORDS_FILE "\"\n"
    "transcript_common_words_end:\n"
    ".previous\n");
extern "C" const char transcript_common_words_begin[];
extern "C" const char transcript_common_words_end[];
#ifdef TRANSCRIPT_COMMON_WORDS_ZSTD
// The portable transcript.so embeds the lists zstd-compressed (3.6 MB -> 0.5 MB;
// packaging/portable.cmake); they are unpacked here, once, when first read (about 3 ms).
#include <zstd.h>

#include <stdexcept>
#endif

namespace transcript {
namespace {

// Words kept in one buffer and looked up through sorted views: sorting 190,000 small
// strings was most of the cost of loading.
class SortedWords {
 public:
  void add(std::string_view word) {
    spans_.push_back({static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(word.size())});
    arena_.append(word);
  }
  // Sorts the words (byte order, as string_view compares) and drops repeats. Every process
  // does this for some 200,000 words on its first page: the sort compares the first eight
  // bytes as one integer and reads the words only on a tie.
  void finish() {
    struct Item {
      std::uint64_t prefix;  // the first eight bytes, big-endian, zero-padded
      std::string_view word;
    };
    std::vector<Item> items;
    items.reserve(spans_.size());
    for (auto [offset, size] : spans_) {
      const std::string_view word = std::string_view(arena_).substr(offset, size);
      std::uint64_t prefix = 0;
      for (std::size_t i = 0; i < 8; ++i) {
        prefix = (prefix << 8) | (i < word.size() ? static_cast<unsigned char>(word[i]) : 0u);
      }
      items.push_back({prefix, word});
    }
    spans_.clear();
    spans_.shrink_to_fit();
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return a.prefix != b.prefix ? a.prefix < b.prefix : a.word < b.word;
    });
    words_.reserve(items.size());
    for (const Item& item : items) {
      if (words_.empty() || words_.back() != item.word) words_.push_back(item.word);
    }
  }
  bool contains(std::string_view word) const {
    return std::binary_search(words_.begin(), words_.end(), word);
  }

 private:
  std::string arena_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;
  std::vector<std::string_view> words_;
};

struct Lists {
  SortedWords spellings;  // latin_spelling of each word
  SortedWords name_keys;  // name_key of each word
  SortedWords calendar;   // folded month and weekday names
};

void add_symbols(SortedWords& out, const icu::UnicodeString* names, int32_t count) {
  for (int32_t i = 0; i < count; ++i) {
    std::string utf8;
    names[i].toUTF8String(utf8);
    if (!utf8.empty()) out.add(fold(utf8));
  }
}

// Russian possessive adjectives (петров "Peter's", иванов) are lemmas of the list, and the
// very shape of most Russian surnames (-ов, -ев, -ин, -ын); as words they are rare. They
// would make Petrov a word, so the list leaves them out.
bool is_possessive_adjective(std::string_view folded) {
  for (std::string_view end : {"ов", "ев", "ин", "ын"}) {
    if (folded.size() > end.size() + 2 && folded.ends_with(end)) return true;
  }
  return false;
}

#ifdef TRANSCRIPT_COMMON_WORDS_ZSTD
std::string unpack_words() {
  const char* packed = transcript_common_words_begin;
  const auto n = static_cast<std::size_t>(transcript_common_words_end - transcript_common_words_begin);
  const unsigned long long size = ZSTD_getFrameContentSize(packed, n);
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
    throw std::runtime_error("the embedded common words are not a zstd frame");
  std::string text(static_cast<std::size_t>(size), '\0');
  if (ZSTD_isError(ZSTD_decompress(text.data(), text.size(), packed, n)))
    throw std::runtime_error("cannot unpack the embedded common words");
  return text;
}
#endif

Lists load() {
  Lists lists;
#ifdef TRANSCRIPT_COMMON_WORDS_ZSTD
  const std::string unpacked = unpack_words();
  const std::string_view all = unpacked;
#else
  const std::string_view all(transcript_common_words_begin,
                             static_cast<std::size_t>(transcript_common_words_end -
                                                      transcript_common_words_begin));
#endif
  std::string folded;
  std::size_t pos = 0;
  while (pos < all.size()) {
    std::size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || find_invalid_utf8(line)) continue;
    std::size_t first = 0;
    const auto c = static_cast<UChar32>(decode_utf8(line, first));
    if (!u_isalpha(c) || u_isupper(c) || u_istitle(c)) continue;  // proper nouns, numbers
    // The lists are in lower case already: only ё and letters with accents need folding
    // (ICU's fold costs more than everything else here).
    folded.assign(line);
    bool plain = true;
    for (std::size_t i = 0; i < folded.size(); ++i) {
      const auto b = static_cast<unsigned char>(folded[i]);
      if (b < 0x80) continue;
      if (b == 0xD1 && i + 1 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x91) {
        folded[i] = static_cast<char>(0xD0);  // ё -> е
        folded[i + 1] = static_cast<char>(0xB5);
        ++i;
      } else if (b != 0xD0 && b != 0xD1) {
        plain = false;  // not Cyrillic: accents, other letters
      } else {
        ++i;
      }
    }
    if (!plain) folded = fold(line);
    if (is_possessive_adjective(folded)) continue;
    lists.spellings.add(latin_spelling(folded));
    lists.name_keys.add(name_key(folded));
  }
  lists.spellings.finish();
  lists.name_keys.finish();
  for (const char* lang : {"en", "ru"}) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(lang), status);
    if (U_FAILURE(status)) continue;
    int32_t n = 0;
    // Full names only: abbreviations (Sun, Mar, Wed) are surnames and words of their own.
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      const icu::UnicodeString* months =
          symbols.getMonths(n, context, icu::DateFormatSymbols::WIDE);
      add_symbols(lists.calendar, months, n);
      const icu::UnicodeString* days =
          symbols.getWeekdays(n, context, icu::DateFormatSymbols::WIDE);
      add_symbols(lists.calendar, days, n);
    }
  }
  lists.calendar.finish();
  return lists;
}

const Lists& lists() {
  static const Lists l = load();
  return l;
}

}  // namespace

bool is_common_word(std::string_view folded_word) {
  return lists().spellings.contains(latin_spelling(folded_word));
}

bool is_common_name_key(std::string_view key) { return lists().name_keys.contains(key); }

bool is_calendar_word(std::string_view folded_word) {
  return lists().calendar.contains(folded_word);
}

}  // namespace transcript
