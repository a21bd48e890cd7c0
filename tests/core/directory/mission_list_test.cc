// Missions listed by name alone (mission_list.h): a ministry's menu of its missions abroad,
// an index of them by country; and a page that keeps such menus in <select>s (PageInput).
#include "core/directory/mission_list.h"

#include <gtest/gtest.h>

#include <map>
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
  ASSERT_EQ(got.size(), 5u);
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
  // A branch of the embassy in Moscow, in its siblings' shape: a row of kind other.
  EXPECT_EQ(got[3].kind, "other");
  EXPECT_EQ(got[3].name, "Russia - Kazan (Division)");
  EXPECT_EQ(got[3].country_code, "RU");
  EXPECT_EQ(got[3].city, "Kazan");
  EXPECT_EQ(got[3].represents_code, "BY");
  EXPECT_EQ(got[4].country_code, "AE");
  EXPECT_EQ(got[4].city, "Abu Dhabi");
  EXPECT_EQ(got[4].line, 14);
}

// The shape alone makes no list: a bracket without a kind counts only beside missions
// that have one, and the list still needs three of those, and most of its items.
TEST(MissionList, ShapeWithoutKindNeedsNamedSiblings) {
  EXPECT_TRUE(parse_mission_list(items({"Russia - Kazan (Division)", "Russia - Ufa (Division)",
                                        "Russia - Omsk (Division)", "Poland - Warsaw (Embassy)"}),
                                 std::nullopt).empty());
  EXPECT_TRUE(parse_mission_list(items({"Poland - Warsaw (Embassy)", "Latvia - Riga (Embassy)",
                                        "Russia - Moscow (Embassy)", "Russia - Kazan (Division)",
                                        "Russia - Ufa (Division)", "Russia - Omsk (Division)",
                                        "Russia - Tomsk (Division)"}),
                                 std::nullopt).empty());
  // No country before the dash, or no bracket: no row.
  const std::vector<Contact> got =
      parse_mission_list(items({"Poland - Warsaw (Embassy)", "Latvia - Riga (Embassy)", "Russia - Moscow (Embassy)",
                                "Nowhere - Kazan (Division)", "Russia - Kazan Division", "Russia - Ufa (Division)"}),
                         std::nullopt);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[3].name, "Russia - Ufa (Division)");
  EXPECT_EQ(got[3].seq, 4);
}

// mfa.gov.by's menu "Representations in international organizations", beside its menus of
// missions by country.
TEST(MissionList, MissionsToOrganisations) {
  std::vector<MissionListItem> list = items({"ЕвроСоюз, НАТО (Брюссель)", "ОБСЕ, Международные организации (Вена)",
                                             "ООН (Нью-Йорк)", "Совет Европы (Страсбург)", "ЮНЕСКО (Париж)"});
  list[2].link = "http://un.mfa.gov.by/en/";
  const std::vector<Contact> got = parse_organisation_missions(list, std::string("BY"));
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].seq, 1);
  EXPECT_EQ(got[0].kind, "permanent_mission");
  EXPECT_EQ(got[0].name, "ЕвроСоюз, НАТО (Брюссель)");
  EXPECT_EQ(got[0].city, "Брюссель");
  EXPECT_EQ(got[0].country, std::nullopt);  // none printed
  EXPECT_EQ(got[0].represents_code, "BY");
  EXPECT_EQ(got[1].city, "Вена");  // the first of the names is one
  EXPECT_EQ(got[2].websites, std::vector<std::string>{"http://un.mfa.gov.by/en/"});
  EXPECT_EQ(got[4].line, 14);
  // English names, any case.
  EXPECT_EQ(parse_organisation_missions(items({"OSCE (Vienna)", "united nations (New York)"}), std::nullopt).size(),
            2u);
  // Organisations without a seat, a seat that is a country, and menus of other things.
  EXPECT_TRUE(parse_organisation_missions(items({"ООН", "ЮНЕСКО", "НАТО"}), std::nullopt).empty());
  EXPECT_TRUE(parse_organisation_missions(items({"ООН (США)", "ЮНЕСКО (Франция)"}), std::nullopt).empty());
  EXPECT_TRUE(parse_organisation_missions(items({"Asia", "Africa", "Europe (Brussels)", "ООН (Нью-Йорк)"}), std::nullopt)
                  .empty());
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
// directory in its text; its sidebar menus list the missions: Asia 25, Europe 39 (of them 11
// divisions of the embassy in Russia and the consulate in Biala Podlaska, "(Консульство)"),
// America 5, Africa 4, and 6 representations to organisations (in Russian): 79 options,
// each a link to the mission's site.
TEST(MissionList, MenusOfARealPage) {
  const std::string page = testing::read_data("corpus_sample/mfa-gov-by-en/cf70e7349e4f19db.html");
  ASSERT_FALSE(page.empty());
  const std::vector<Contact> got = parse_directory_page(page);
  ASSERT_EQ(got.size(), 79u);
  EXPECT_EQ(got.front().name, "Azerbaijan - Baku (Embassy)");
  EXPECT_EQ(got.front().line, 779);
  std::map<std::string, int> kinds;
  for (std::size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(got[k].seq, static_cast<int>(k) + 1);
    EXPECT_EQ(got[k].represents_code, "BY") << got[k].name.value_or("");
    EXPECT_TRUE(got[k].city) << got[k].name.value_or("");
    EXPECT_EQ(got[k].country_code.has_value(), got[k].kind != "permanent_mission") << got[k].name.value_or("");
    ++kinds[got[k].kind];
  }
  EXPECT_EQ(kinds, (std::map<std::string, int>{
                       {"embassy", 55}, {"consulate_general", 6}, {"consulate", 1}, {"other", 11}, {"permanent_mission", 6}}));
  EXPECT_EQ(got[72].name, "South Africa - Pretoria (Embassy)");
  EXPECT_EQ(got[73].name, "ЕвроСоюз, НАТО (Брюссель)");
  EXPECT_EQ(got[78].name, "ЮНЕСКО (Париж)");
  EXPECT_EQ(got[78].city, "Париж");
}

}  // namespace
}  // namespace transcript
