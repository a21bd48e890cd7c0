// Missions listed by name alone (mission_list.h): a ministry's menu of its missions abroad,
// an index of them by country; and a page that keeps such menus in <select>s (PageInput).
#include "core/directory/mission_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/html/page_input.h"
#include "../html/html_test_util.h"

namespace transcript {
namespace {

std::vector<MissionListItem> items(std::initializer_list<const char*> texts) {
  std::vector<MissionListItem> out;
  std::int64_t line = 10;
  for (const char* t : texts) out.push_back({t, "", line++, std::nullopt});
  return out;
}

// Items as mfa.gov.by's "Belarusian Diplomatic Missions abroad" menu prints them.
TEST(MissionList, CountryDashCityKind) {
  std::vector<MissionListItem> list = items({"Azerbaijan - Baku (Embassy)", "China - Guangzhou (Consulate General)",
                                             "Pakistan - Islamabad\t(Embassy)", "Russia - Kazan (Division)",
                                             "United Arab Emirates - Abu Dhabi (Embassy)"});
  list[0].link = "http://azerbaijan.mfa.gov.by/en/";
  const std::vector<Contact> got = parse_mission_list(list, std::string("BY"));
  ASSERT_EQ(got.size(), 4u);  // "Division" names no kind of mission
  EXPECT_EQ(got[0].seq, 1);
  EXPECT_EQ(got[0].kind, "embassy");
  EXPECT_EQ(got[0].name, "Azerbaijan - Baku (Embassy)");
  EXPECT_EQ(got[0].country, "Azerbaijan");
  EXPECT_EQ(got[0].country_code, "AZ");
  EXPECT_EQ(got[0].city, "Baku");
  EXPECT_EQ(got[0].represents_code, "BY");
  EXPECT_EQ(got[0].websites, std::vector<std::string>{"http://azerbaijan.mfa.gov.by/en/"});
  EXPECT_EQ(got[0].line, 10);
  EXPECT_EQ(got[1].kind, "consulate_general");
  EXPECT_EQ(got[1].city, "Guangzhou");
  EXPECT_EQ(got[2].name, "Pakistan - Islamabad (Embassy)");
  EXPECT_EQ(got[2].city, "Islamabad");
  EXPECT_EQ(got[3].country_code, "AE");
  EXPECT_EQ(got[3].city, "Abu Dhabi");
  EXPECT_EQ(got[3].line, 14);
}

TEST(MissionList, MenusThatAreNoDirectory) {
  // Languages, regions, organisations: no kind of mission.
  EXPECT_TRUE(parse_mission_list(items({"Рус", "Бел", "En"}), std::nullopt).empty());
  EXPECT_TRUE(parse_mission_list(items({"Asia", "Africa", "America", "Europe"}), std::nullopt).empty());
  EXPECT_TRUE(parse_mission_list(items({"ООН (Нью-Йорк)", "ЮНЕСКО (Париж)", "Совет Европы (Страсбург)"}),
                                 std::nullopt).empty());
  // Fewer than three missions in a page's menu, or fewer than half of its items.
  EXPECT_TRUE(parse_mission_list(items({"Azerbaijan - Baku (Embassy)", "Armenia - Yerevan (Embassy)"}),
                                 std::nullopt).empty());
  EXPECT_TRUE(parse_mission_list(items({"Azerbaijan - Baku (Embassy)", "Armenia - Yerevan (Embassy)",
                                        "Georgia - Tbilisi (Embassy)", "Home", "News", "Photo", "Video",
                                        "Contacts"}),
                                 std::nullopt).empty());
  // A mission without a country it can be placed in.
  EXPECT_TRUE(parse_mission_list(items({"Embassy", "Consulate General", "Embassy"}), std::nullopt).empty());
}

// An index filed by country (GOV.UK's embassies index): the name's state and place.
TEST(MissionList, NamesUnderTheirCountry) {
  std::vector<MissionListItem> list = items({"British Embassy Buenos Aires", "UK Science & Innovation Network in Argentina"});
  for (MissionListItem& i : list) i.country = "Argentina";
  EXPECT_TRUE(parse_mission_list(list, std::nullopt).empty());  // a page's menu needs three
  const std::vector<Contact> got = parse_mission_list(list, std::nullopt, 1);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].kind, "embassy");
  EXPECT_EQ(got[0].country_code, "AR");
  EXPECT_EQ(got[0].represents_code, "GB");  // "British"
  EXPECT_EQ(got[0].city, "Buenos Aires");
}

TEST(MissionList, WhomAPagesListsRepresent) {
  EXPECT_EQ(list_represents("Statements\nBelarusian Diplomatic Missions abroad\nAll Missions\n"), "BY");
  EXPECT_EQ(list_represents("Russian embassies\nRussian Embassies and Consulates"), "RU");
  EXPECT_EQ(list_represents("Belarusian Diplomatic Missions abroad\nRussian embassies"), std::nullopt);
  EXPECT_EQ(list_represents("Foreign Diplomatic Missions in Belarus"), std::nullopt);  // no adjective
  EXPECT_EQ(list_represents("A long sentence about Belarusian diplomatic missions abroad that goes on and on and on."),
            std::nullopt);
}

// A real page of mfa.gov.by (tests/data/corpus_sample, windows-1251): the statement has no
// directory in its text; its sidebar menus list the missions: Asia 25, Europe 39, America
// 5, Africa 4; 11 divisions of the embassy in Russia and 6 representations to
// organisations (in Russian, no kind) are no entries.
TEST(MissionList, MenusOfARealPage) {
  const std::string page = testing::read_data("corpus_sample/mfa-gov-by-en/cf70e7349e4f19db.html");
  ASSERT_FALSE(page.empty());
  const std::vector<Contact> got = parse_directory_page(page);
  ASSERT_EQ(got.size(), 62u);
  EXPECT_EQ(got.front().name, "Azerbaijan - Baku (Embassy)");
  EXPECT_EQ(got.front().line, 779);
  EXPECT_EQ(got.back().name, "South Africa - Pretoria (Embassy)");
  for (std::size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].seq, static_cast<int>(k) + 1);
    EXPECT_EQ(got[k].represents_code, "BY") << got[k].name.value_or("");
    EXPECT_TRUE(got[k].country_code) << got[k].name.value_or("");
    EXPECT_TRUE(got[k].city) << got[k].name.value_or("");
  }
}

}  // namespace
}  // namespace transcript
