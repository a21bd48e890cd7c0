// Fuzz target: the missions-directory parser (parse_directory) on arbitrary bytes.
// Findings: crashes, sanitizer reports, and broken promises of directory_parser.h — seq
// 1-based and consecutive, one phones_e164 entry per phone, lines 1-based and in order,
// a kind from the documented list.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/directory/directory_parser.h"
#include "core/text/input_error.h"
#include "fuzz_util.h"

namespace {
bool known_kind(std::string_view kind) {
  for (std::string_view k : {"embassy", "consulate_general", "consulate", "honorary_consulate",
                             "consular_agency", "consular_section", "permanent_mission", "trade_mission",
                             "hotline", "other"}) {
    if (kind == k) return true;
  }
  return false;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  try {
    const auto contacts = transcript::parse_directory(page);
    std::int64_t previous_line = 0;
    for (std::size_t i = 0; i < contacts.size(); ++i) {
      const transcript::Contact& c = contacts[i];
      FUZZ_CHECK(c.seq == static_cast<int>(i) + 1);
      FUZZ_CHECK(known_kind(c.kind));
      FUZZ_CHECK(c.phones_e164.size() == c.phones.size());
      FUZZ_CHECK(!c.represents_code || c.represents_code->size() == 2);
      FUZZ_CHECK(c.dial_region.empty() || c.dial_region.size() == 2);
      FUZZ_CHECK(c.line >= 1 && c.line >= previous_line);
      previous_line = c.line;
    }
  } catch (const transcript::InputError&) {
    // invalid UTF-8: a documented error, not a finding
  }
  return 0;
}
