// Phone numbers to E.164 with libphonenumber.
//
// The number is parsed with PhoneNumberUtil::Parse, which already skips the punctuation
// directories print ("+1-212-348-0750", "+7 495 728-50-00", "(495) 728-50-00"), reads a
// leading "+" as the country prefix, strips the region's national prefix ("8 (495) …" in
// RU, "01 …" in IE) and its international prefix ("0044 …" in GB), and drops an extension
// ("(доб. 212)", "ext. 5"). Without a region a number must carry the "+" ("ZZ",
// libphonenumber's unknown region).
// Directories print numbers as their readers dial them, which is not always from the
// office's country: the State Department prints "011-55-61-3312-7000" (the US
// international prefix), mid.ru "(8-10-612) 6295-9033" (the Russian one). So when a number
// without "+" is not valid in the region given, it is read in a region whose international
// prefix its digits start with. The prefixes come from libphonenumber: each region's is
// what FormatOutOfCountryCallingNumber puts before a foreign number ("011", "8~10",
// "0011", "00" …), collected once.
// A valid reading (a range the metadata knows) wins over a merely possible one (the right
// length); a possible one is still accepted, because directories list new ranges before
// the metadata knows them and a missing E.164 form helps nobody.
#include "core/directory/phone_numbers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cctype>
#include <map>
#include <vector>
#include <set>
#include <unordered_map>

namespace transcript {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// International prefix digits -> a region that dials out with them ("011" -> the first of
// the NANP regions, "810" -> a region of the former Soviet plan …).
const std::map<std::string, std::string>& international_prefixes() {
  static const std::map<std::string, std::string> prefixes = [] {
    std::map<std::string, std::string> out;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util.GetSupportedRegions(&regions);
    PhoneNumber foreign, for_gb;
    util.GetExampleNumber("GB", &foreign);
    util.GetExampleNumber("US", &for_gb);
    for (const std::string& r : regions) {
      const PhoneNumber& n = r == "GB" ? for_gb : foreign;
      std::string formatted;
      util.FormatOutOfCountryCallingNumber(n, r, &formatted);
      const std::string code = " " + std::to_string(n.country_code()) + " ";
      const std::size_t at = formatted.find(code);
      if (at == std::string::npos || formatted.front() == '+') continue;  // no single prefix
      std::string digits;
      for (std::size_t k = 0; k < at; ++k)
        if (std::isdigit(static_cast<unsigned char>(formatted[k]))) digits += formatted[k];
      if (!digits.empty()) out.emplace(digits, r);
    }
    return out;
  }();
  return prefixes;
}

enum class Reading { kNone, kPossible, kValid };

Reading read_number(const std::string& text, const std::string& region, std::string* e164) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) return Reading::kNone;
  if (!util.IsPossibleNumber(number)) return Reading::kNone;
  util.Format(number, PhoneNumberUtil::E164, e164);
  return util.IsValidNumber(number) ? Reading::kValid : Reading::kPossible;
}

// The digits a number starts with, and whether a "+" comes before them; at_group_end[k]
// tells whether the k-th digit ends a printed group ("8-10-612": after the 8 and the 10).
struct Lead {
  std::string digits;
  std::vector<bool> at_group_end;
  bool plus = false;
};
Lead lead_of(const std::string& text) {
  Lead lead;
  for (std::size_t k = 0; k < text.size() && lead.digits.size() < 6; ++k) {
    const char c = text[k];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      lead.digits += c;
      lead.at_group_end.push_back(k + 1 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[k + 1])));
    } else if (lead.digits.empty() && (c == '+' || text.compare(k, 3, "\xEF\xBC\x8B") == 0)) {
      lead.plus = true;
    }
  }
  return lead;
}

std::optional<std::string> convert(const std::string& text, const std::string& region_code) {
  std::string first, other;
  const Lead lead = lead_of(text);
  // Printed as dialled from elsewhere: an international prefix, then the number (never
  // when a "+" comes first). A prefix printed as a group of its own ("8-10-431 …",
  // "011-55-…") is read first: the digits after it can also make a valid national number
  // (+43 810 … in Austria), which is not what the page printed.
  std::optional<std::string> abroad;
  bool abroad_grouped = false;
  if (!lead.plus) {
    for (const auto& [prefix, region] : international_prefixes()) {
      if (region == region_code || !lead.digits.starts_with(prefix) || lead.digits.size() <= prefix.size()) continue;
      if (read_number(text, region, &other) != Reading::kValid) continue;
      abroad = other;
      abroad_grouped = lead.at_group_end[prefix.size() - 1];
      break;
    }
  }
  if (abroad && abroad_grouped) return abroad;
  const Reading reading = read_number(text, region_code, &first);
  if (reading == Reading::kValid) return first;
  if (abroad) return abroad;
  if (reading == Reading::kPossible) return first;
  return std::nullopt;
}

}  // namespace

namespace {
std::size_t count_digits(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += c >= '0' && c <= '9';
  return n;
}
}  // namespace

bool is_valid_e164(std::string_view e164) {
  if (e164.empty() || e164.front() != '+' || e164.size() > 20) return false;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  return util.Parse(std::string(e164), "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(number);
}

std::optional<std::string> phone_to_e164(std::string_view text, std::string_view region) {
  // libphonenumber reads at most 250 characters; anything longer is not one number.
  if (text.empty() || text.size() > 250) return std::nullopt;
  std::string region_code = "ZZ";
  if (region.size() == 2 && std::isalpha(static_cast<unsigned char>(region[0])) &&
      std::isalpha(static_cast<unsigned char>(region[1]))) {
    region_code = {static_cast<char>(std::toupper(static_cast<unsigned char>(region[0]))),
                   static_cast<char>(std::toupper(static_cast<unsigned char>(region[1])))};
  }
  // Parsing costs some 30 µs (libphonenumber runs ICU regular expressions), and
  // directories repeat: mid.ru prints the same missions list on every page. The answer
  // depends only on the text and the region, so remember recent answers, per thread (no
  // lock) and bounded (cleared when full).
  thread_local std::unordered_map<std::string, std::optional<std::string>> cache;
  std::string key = region_code;
  key.append(text);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();
  std::optional<std::string> result = convert(std::string(text), region_code);
  cache.emplace(std::move(key), result);
  return result;
}

std::optional<std::string> phone_region(std::string_view text) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  std::string_view t = text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '(')) t.remove_prefix(1);
  if (text.size() > 250) return std::nullopt;
  // "0049-30-27588-0": 00, the international prefix of most of the world (ITU-T E.164
  // recommends it), before a country code.
  std::string international;
  if (t.size() > 3 && t[0] == '0' && t[1] == '0' && t[2] >= '1' && t[2] <= '9') {
    international = "+" + std::string(t.substr(2));
    t = international;
  }
  if (t.empty() || t.front() != '+') return std::nullopt;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(t), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  if (region.empty() || region == "ZZ" || region == "001") return std::nullopt;
  return region;
}

// "6295-9474" after "(8-10-612) 6295-9033": the earlier number as printed up to where it
// has as many digits left as the later one, then the later one ("(8-10-612) 6295-9474"),
// so that its groups still show how it is dialled.
std::optional<std::string> phone_with_shared_prefix(std::string_view previous, std::string_view number) {
  const std::size_t want = count_digits(number), have = count_digits(previous);
  if (want == 0 || have <= want) return std::nullopt;
  // A prefix in brackets is the shared part, whatever the local numbers' lengths
  // ("(8-10-4930) 229-11-10, 226-511-83").
  const std::size_t close = previous.rfind(')');
  if (close != std::string_view::npos && count_digits(previous.substr(0, close)) > 0 &&
      count_digits(previous.substr(close)) > 0)
    return std::string(previous.substr(0, close + 1)) + " " + std::string(number);
  std::size_t digits = 0, cut = 0;
  for (; cut < previous.size() && digits < have - want; ++cut)
    if (previous[cut] >= '0' && previous[cut] <= '9') ++digits;
  while (cut < previous.size() && !(previous[cut] >= '0' && previous[cut] <= '9')) ++cut;
  return std::string(previous.substr(0, cut)) + std::string(number);
}

std::string phonenumber_version() {
  // libphonenumber has no runtime version call and its headers define no version macro;
  // the build passes the version it found, when it can.
#ifdef TRANSCRIPT_PHONENUMBER_VERSION
  return TRANSCRIPT_PHONENUMBER_VERSION;
#else
  return "unknown";
#endif
}

}  // namespace transcript
