// Phone numbers to E.164 with libphonenumber.
#include "core/directory/phone_numbers.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

TEST(PhoneToE164, NumbersWithTheirOwnPrefix) {
  EXPECT_EQ(phone_to_e164("+7 495 728-50-00"), "+74957285000");
  EXPECT_EQ(phone_to_e164("+1-212-348-0750"), "+12123480750");
  EXPECT_EQ(phone_to_e164("+1 202 298-57-00"), "+12022985700");
  EXPECT_EQ(phone_to_e164("+44 20 7008 1500"), "+442070081500");
  // The region does not override a printed prefix.
  EXPECT_EQ(phone_to_e164("+7 495 728-50-00", "US"), "+74957285000");
}

TEST(PhoneToE164, NationalNumbersNeedARegion) {
  EXPECT_EQ(phone_to_e164("(495) 728-50-00", "RU"), "+74957285000");
  EXPECT_EQ(phone_to_e164("(495) 728-50-00", "ru"), "+74957285000");
  EXPECT_EQ(phone_to_e164("(61) 3223-3094", "BR"), "+556132233094");
  EXPECT_EQ(phone_to_e164("(495) 728-50-00"), std::nullopt);
  EXPECT_EQ(phone_to_e164("(495) 728-50-00", "nonsense"), std::nullopt);
}

TEST(PhoneToE164, RejectsWhatIsNotANumber) {
  EXPECT_EQ(phone_to_e164(""), std::nullopt);
  EXPECT_EQ(phone_to_e164("call us"), std::nullopt);
  EXPECT_EQ(phone_to_e164("+1 2"), std::nullopt);
  EXPECT_EQ(phone_to_e164(std::string(300, '1')), std::nullopt);
  EXPECT_EQ(phone_to_e164("+999 123 456 789"), std::nullopt);  // no such country code
}

TEST(PhonenumberVersion, IsNotEmpty) { EXPECT_FALSE(phonenumber_version().empty()); }

}  // namespace
}  // namespace transcript
