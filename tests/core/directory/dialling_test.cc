// Dialling forms directories print, read into E.164 (phone_numbers.h), and the splitting of
// a field's value into numbers (line_shapes.h).
#include <gtest/gtest.h>

#include "core/directory/line_shapes.h"
#include "core/directory/phone_numbers.h"

namespace transcript {
namespace {

using Views = std::vector<std::string_view>;

TEST(Dialling, InternationalPrefixOfAnotherRegion) {
  // The State Department prints numbers as dialled from the US, mid.ru as from Russia.
  EXPECT_EQ(phone_to_e164("011-55-61-3312-7000", "BR"), "+556133127000");
  EXPECT_EQ(phone_to_e164("(8-10-612) 6295-9033", "AU"), "+61262959033");
  EXPECT_EQ(phone_to_e164("(8-10-9821) 6670-1161", "IR"), "+982166701161");
  // Printed as a group of its own, the prefix wins over a valid national reading (+43 810 …).
  EXPECT_EQ(phone_to_e164("(8-10-431) 712-12-29", "AT"), "+4317121229");
  // The region's own prefix is libphonenumber's business.
  EXPECT_EQ(phone_to_e164("0044 20 8874 4806", "GB"), "+442088744806");
  // A national number that starts like a prefix stays national: Leeds is 0113.
  EXPECT_EQ(phone_to_e164("0113 496 0000", "GB"), "+441134960000");
}

TEST(Dialling, TrunkPrefixesBracketsAndExtensions) {
  EXPECT_EQ(phone_to_e164("8 (495) 624-12-69", "RU"), "+74956241269");
  EXPECT_EQ(phone_to_e164("8 (840) 226-39-83", "RU"), "+78402263983");  // Abkhazia, in the Russian plan
  EXPECT_EQ(phone_to_e164("8 (499) 230-00-76 (доб. 105)", "RU"), "+74992300076");
  EXPECT_EQ(phone_to_e164("01 451 5200", "IE"), "+35314515200");
  EXPECT_EQ(phone_to_e164("(995 32) 2 95 17 23", "GE"), "+995322951723");
  EXPECT_EQ(phone_to_e164("+(7) (495) 728-5000", "US"), "+74957285000");
  EXPECT_EQ(phone_to_e164("+63 (02) 8 858 2200"), "+63288582200");
  EXPECT_EQ(phone_to_e164("\xEF\xBC\x88+86 21\xEF\xBC\x89" "6209 6898", "CN"), "+862162096898");  // （+86 21）
  // An old Tbilisi number, one digit short: it cannot be dialled.
  EXPECT_EQ(phone_to_e164("(995 32)25 00 98", "GE"), std::nullopt);
}

TEST(Dialling, ValidityIsTold) {
  EXPECT_TRUE(is_valid_e164("+61262959033"));
  EXPECT_FALSE(is_valid_e164("+6162959474"));  // the right length, no range
  EXPECT_FALSE(is_valid_e164("61262959033"));
}

TEST(Dialling, SharedPrefix) {
  EXPECT_EQ(phone_with_shared_prefix("(8-10-612) 6295-9033", "6295-9474"), "(8-10-612) 6295-9474");
  EXPECT_EQ(phone_with_shared_prefix("8 (499) 690-41-86", "690-38-46"), "8 (499) 690-38-46");
  EXPECT_EQ(phone_with_shared_prefix("(995 32) 2 95 17 23", "2 95 94 43"), "(995 32) 2 95 94 43");
  EXPECT_EQ(phone_with_shared_prefix("+7 495 123-45-67", "+7 495 765-43-21"), std::nullopt);
  EXPECT_EQ(phone_with_shared_prefix("(8-10-4930) 229-11-10", "226-511-83"), "(8-10-4930) 226-511-83");
  EXPECT_EQ(phone_with_shared_prefix("+1 202 298-57-00", "298-57-01"), "+1 202 298-57-01");
}

TEST(Dialling, ListsOfNumbers) {
  using directory::split_phone_list;
  EXPECT_EQ(split_phone_list("011-55-81-3416-3060 or 011-55-81-99916-9470"),
            (Views{"011-55-81-3416-3060", "011-55-81-99916-9470"}));
  EXPECT_EQ(split_phone_list("8 (495) 629-43-32 или 8 (495) 629-16-49"), (Views{"8 (495) 629-43-32", "8 (495) 629-16-49"}));
  EXPECT_EQ(split_phone_list("(+1 305) 285-6200 / (+1 305) 285-6230"), (Views{"(+1 305) 285-6200", "(+1 305) 285-6230"}));
  EXPECT_EQ(split_phone_list("+1 202 298-57-00; +1 202 298-57-01, +1 202 298-57-04"),
            (Views{"+1 202 298-57-00", "+1 202 298-57-01", "+1 202 298-57-04"}));
}

TEST(Dialling, RemarksAfterANumber) {
  using directory::number_before_remark;
  EXPECT_EQ(number_before_remark("+44 20 7136 6857 (line open 24/7)"), "+44 20 7136 6857");
  EXPECT_EQ(number_before_remark("8 (495) 624-12-69 (доб. 212)"), std::nullopt);  // an extension
  EXPECT_EQ(number_before_remark("+7 (495) 728-50-00"), std::nullopt);
}

}  // namespace
}  // namespace transcript
