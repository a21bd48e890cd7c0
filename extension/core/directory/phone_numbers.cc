// Phone numbers to E.164 with libphonenumber.
//
// The number is parsed with PhoneNumberUtil::Parse, which already skips the punctuation
// directories print ("+1-212-348-0750", "+7 495 728-50-00", "(495) 728-50-00") and reads
// a leading "+" as the country prefix. Without a region a number must carry that prefix
// ("ZZ", libphonenumber's unknown region). A parsed number is accepted when it is
// possible (right length for its country), not only when it is valid for a known range:
// directories list new ranges before the metadata knows them, and a wrong E.164 form is
// less likely than a missing one.
#include "core/directory/phone_numbers.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cctype>
#include <unordered_map>

namespace transcript {

std::optional<std::string> phone_to_e164(std::string_view text, std::string_view region) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
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
  std::optional<std::string> result;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(text), region_code, &number) == PhoneNumberUtil::NO_PARSING_ERROR &&
      util.IsPossibleNumber(number)) {
    std::string out;
    util.Format(number, PhoneNumberUtil::E164, &out);
    result = std::move(out);
  }
  cache.emplace(std::move(key), result);
  return result;
}

std::optional<std::string> phone_region(std::string_view text) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  std::string_view t = text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '(')) t.remove_prefix(1);
  if (t.empty() || t.front() != '+' || text.size() > 250) return std::nullopt;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(text), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  if (region.empty() || region == "ZZ" || region == "001") return std::nullopt;
  return region;
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
