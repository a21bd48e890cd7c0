// The value type of one entry of a missions directory (an embassy, a consulate, a
// hotline …), as the transcript_contacts table shows it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace transcript {

struct ContactPerson {
  std::string title;  // as printed: "Посол", "Ambassador"
  std::string name;   // as printed: "ДАРЧИЕВ Александр Никитич"
};

struct Contact {
  int seq = 0;                               // 1-based, page order
  std::string section;                       // heading as printed; "" when none
  std::string kind;                          // embassy, consulate_general, consulate,
                                             // honorary_consulate, consular_agency,
                                             // consular_section, permanent_mission,
                                             // trade_mission, hotline, other
  std::optional<std::string> country;        // as printed
  std::optional<std::string> country_code;   // ISO 3166-1 alpha-2
  std::optional<std::string> represents_code;  // the state the mission represents
  std::optional<std::string> name;
  std::optional<std::string> city;
  std::optional<std::string> address;
  std::optional<std::string> head_title;
  std::optional<std::string> head_name;
  std::vector<ContactPerson> people;
  std::vector<std::string> phones;
  std::vector<std::optional<std::string>> phones_e164;  // same order as phones
  std::vector<std::string> hotlines;
  std::vector<std::string> faxes;
  std::vector<std::string> emails;
  std::vector<std::string> websites;
  std::vector<std::string> telex;
  std::vector<std::string> social;
  std::optional<std::string> note;
  std::int64_t line = 0;                     // 1-based line where the entry starts
  // The region (ISO alpha-2) its numbers were read in: phones_e164[i] is
  // phone_to_e164(phones[i], dial_region). Not a column; "" when none was known.
  std::string dial_region;
};

}  // namespace transcript
