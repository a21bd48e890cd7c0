// Phone numbers to E.164 with libphonenumber.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The E.164 form ("+74957285000") of a phone number as printed, or nullopt when
// libphonenumber cannot parse it as a possible number. region is an ISO 3166-1 alpha-2
// code used for numbers without a leading +; empty means the number must carry its own
// country prefix. A number that starts with another region's international prefix
// ("011-55-61-3312-7000", "(8-10-612) 6295-9033") is read as dialled from there: first when
// the prefix is printed as a group of its own, else when the number is not valid in region.
std::optional<std::string> phone_to_e164(std::string_view text, std::string_view region = {});

// True when an E.164 number is in a range libphonenumber's metadata knows (not only of a
// possible length).
bool is_valid_e164(std::string_view e164);

// The region (ISO 3166-1 alpha-2) of a number printed with its country prefix ("+49 228 …"
// or "0049 228 …" -> "DE"; a shared prefix is resolved by the number: "+1 613 …" -> "CA");
// nullopt for a national number or one libphonenumber cannot place.
std::optional<std::string> phone_region(std::string_view text);

// A number printed without the prefix of the number before it in the same field
// ("(8-10-612) 6295-9033, 6295-9474"): the earlier number's bracketed prefix, else the
// earlier number as printed up to where it has as many digits left as this one, then this
// one ("(8-10-612) 6295-9474"). nullopt when this one is not shorter.
std::optional<std::string> phone_with_shared_prefix(std::string_view previous, std::string_view number);

// libphonenumber's version, for transcript_debug().
std::string phonenumber_version();

}  // namespace transcript
