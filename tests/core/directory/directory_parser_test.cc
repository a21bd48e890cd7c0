// The missions directory parser on the example mid.ru page, on fixtures of other layouts
// and languages, and on bad input.
#include "core/directory/directory_parser.h"
#include "core/directory/phone_numbers.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/text/input_error.h"

namespace transcript {
namespace {

using Strings = std::vector<std::string>;
using OptStrings = std::vector<std::optional<std::string>>;

std::string read(const std::string& name) {
  std::ifstream in(std::string(TRANSCRIPT_TEST_DATA) + "/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class MidRuPage : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { entries_ = new std::vector<Contact>(parse_directory(read("mid_ru_lavrov_mgimo_2020.txt"))); }
  static void TearDownTestSuite() { delete entries_; }
  static const std::vector<Contact>& entries() { return *entries_; }
  static std::vector<Contact>* entries_;
};
std::vector<Contact>* MidRuPage::entries_ = nullptr;

TEST_F(MidRuPage, SevenEntriesInPageOrder) {
  ASSERT_EQ(entries().size(), 7u);
  const char* kinds[] = {"embassy", "consular_section", "consulate_general", "consulate_general",
                         "permanent_mission", "hotline", "embassy"};
  const char* cities[] = {"Вашингтон", "Вашингтон", "Нью-Йорк", "Хьюстон", "Нью-Йорк", nullptr, "Москва"};
  const std::int64_t lines[] = {209, 263, 304, 344, 379, 411, 423};
  for (std::size_t i = 0; i < 7; ++i) {
    const Contact& c = entries()[i];
    EXPECT_EQ(c.seq, static_cast<int>(i) + 1);
    EXPECT_EQ(c.kind, kinds[i]) << i;
    EXPECT_EQ(c.section, i < 6 ? "Загранучреждения МИД РФ" : "Представительства в РФ") << i;
    EXPECT_EQ(c.line, lines[i]) << i;
    if (cities[i]) EXPECT_EQ(c.city, cities[i]) << i; else EXPECT_EQ(c.city, std::nullopt);
    if (i != 5) {
      EXPECT_EQ(c.country, "США") << i;
      EXPECT_EQ(c.country_code, "US") << i;
    }
  }
}

TEST_F(MidRuPage, EmbassyInWashington) {
  const Contact& c = entries()[0];
  EXPECT_EQ(c.name, "Посольство России в США (Вашингтон)");
  EXPECT_EQ(c.address, "2650 Wisconsin Ave., NW., Washington D.C., 20007, USA");
  EXPECT_EQ(c.head_title, "Посол");
  EXPECT_EQ(c.head_name, "ДАРЧИЕВ Александр Никитич");
  ASSERT_EQ(c.people.size(), 1u);
  EXPECT_EQ(c.phones, (Strings{"+1 202 298-57-00"}));
  EXPECT_EQ(c.phones_e164, (OptStrings{"+12022985700"}));
  EXPECT_EQ(c.hotlines, (Strings{"+1 202 298-57-00", "+1 202 298-57-01", "+1 202 298-57-04"}));
  EXPECT_EQ(c.faxes, (Strings{"+1 202 298-57-35"}));
  EXPECT_EQ(c.emails, (Strings{"rusembusa@mid.ru", "ruspressusa@mid.ru"}));
  EXPECT_EQ(c.websites, (Strings{"https://washington.mid.ru/"}));
  EXPECT_EQ(c.social, (Strings{"Twitter Rus.", "Twitter Eng.", "Facebook", "Youtube", "Instagram",
                               "Вконтакте", "Periscop", "soundcloud", "iTunes", "Telegram"}));
  EXPECT_TRUE(c.telex.empty());
  EXPECT_EQ(c.note, std::nullopt);
}

TEST_F(MidRuPage, ConsularSectionIsNotTheEmbassy) {
  const Contact& c = entries()[1];
  EXPECT_EQ(c.name, "Консульский отдел Посольства России в Вашингтоне");
  EXPECT_EQ(c.head_title, "Заведующая консульским отделом");
  EXPECT_EQ(c.head_name, "ШУМОВА Надежда Юрьевна");
  EXPECT_EQ(c.phones, (Strings{"+1 202 939-89-13", "+1 202 939-89-14"}));
  EXPECT_EQ(c.emails, (Strings{"waconsru@prodigy.net", "rusconswdc@gmail.com"}));
  EXPECT_EQ(c.social, (Strings{"Twitter", "Facebook"}));
}

TEST_F(MidRuPage, ConsulateGeneralInNewYork) {
  const Contact& c = entries()[2];
  EXPECT_EQ(c.telex, (Strings{"2326734839"}));
  EXPECT_EQ(c.phones, (Strings{"+1-212-348-0750", "+1-646-784-4580"}));
  EXPECT_EQ(c.phones_e164, (OptStrings{"+12123480750", "+16467844580"}));
  EXPECT_EQ(c.hotlines, (Strings{"+1-347-899-5884"}));
  EXPECT_EQ(c.head_name, "ЗАХАРОВ Александр Константинович");
}

TEST_F(MidRuPage, PermanentMissionListsTwoPeople) {
  const Contact& c = entries()[4];
  ASSERT_EQ(c.people.size(), 2u);
  EXPECT_EQ(c.people[0].title, "Постоянный представитель");
  EXPECT_EQ(c.people[0].name, "НЕБЕНЗЯ Василий Алексеевич");
  EXPECT_EQ(c.people[1].title, "Первый заместитель Постоянного представителя");
  EXPECT_EQ(c.people[1].name, "ПОЛЯНСКИЙ Дмитрий Алексеевич");
  EXPECT_EQ(c.head_title, "Постоянный представитель");
  EXPECT_EQ(c.phones.size(), 3u);
}

TEST_F(MidRuPage, HotlineBlock) {
  const Contact& c = entries()[5];
  EXPECT_EQ(c.name, "Горячая линия");
  EXPECT_EQ(c.country, std::nullopt);
  EXPECT_EQ(c.phones, (Strings{"+1 202 332-07-37", "+1 202 365-21-24", "+1 202 298-57-00",
                               "+1 202 298-57-01", "+1 202 298-57-04"}));
  EXPECT_EQ(c.phones_e164, (OptStrings{"+12023320737", "+12023652124", "+12022985700",
                                       "+12022985701", "+12022985704"}));
  EXPECT_TRUE(c.hotlines.empty());
  EXPECT_EQ(c.note, "Телефон горячей линии для граждан за рубежом, попавших в экстренную ситуацию.");
}

TEST_F(MidRuPage, UsEmbassyInMoscow) {
  const Contact& c = entries()[6];
  EXPECT_EQ(c.name, "Посольство Соединенных Штатов Америки в России (Москва)");
  EXPECT_EQ(c.city, "Москва");
  EXPECT_EQ(c.address, "121099, Москва, Большой Девятинский пер., д.8");
  EXPECT_EQ(c.phones_e164, (OptStrings{"+74957285000"}));
  EXPECT_EQ(c.faxes, (Strings{"+7 495 728-50-90"}));
  EXPECT_EQ(c.emails, (Strings{"support-russia@ustraveldocs.com"}));
  EXPECT_EQ(c.websites, (Strings{"https://russian.moscow.usembassy.gov/"}));
  EXPECT_EQ(c.head_name, std::nullopt);
}

TEST(DirectoryParser, SectionHeadingNamesTheHostCountryForNationalNumbers) {
  // "Представительства в РФ": a national number is read as Russian, though the mission
  // is American.
  auto e = parse_directory(
      "Представительства в РФ\n\nСША\n\nПосольство США в России (Москва)\n\nТелефон:\n\n(495) 728-50-00\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].country_code, "US");
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+74957285000"}));
}

TEST(DirectoryParser, TranscriptPartOfTheExamplePageHasNoEntries) {
  std::string page = read("mid_ru_lavrov_mgimo_2020.txt");
  std::size_t cut = page.find("Дополнительные материалы");
  ASSERT_NE(cut, std::string::npos);
  EXPECT_TRUE(parse_directory(page.substr(0, cut)).empty());
}

TEST(DirectoryParser, UkStyleEnglishList) {
  auto e = parse_directory(read("directory/uk_embassies_en.txt"));
  ASSERT_EQ(e.size(), 3u);  // the transcript's "Address: I want to thank…" is not an entry
  EXPECT_EQ(e[0].section, "Embassies");
  EXPECT_EQ(e[0].kind, "embassy");
  EXPECT_EQ(e[0].name, "British Embassy Paris");
  EXPECT_EQ(e[0].line, 13);
  EXPECT_EQ(e[0].address, "35 rue du Faubourg St Honoré, 75008 Paris, France");
  EXPECT_EQ(e[0].city, "Paris");
  EXPECT_EQ(e[0].country, "France");
  EXPECT_EQ(e[0].country_code, "FR");
  EXPECT_EQ(e[0].phones, (Strings{"+33 1 44 51 31 00"}));
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+33144513100"}));
  EXPECT_EQ(e[0].faxes, (Strings{"+33 1 44 51 32 34"}));
  EXPECT_EQ(e[0].emails, (Strings{"press.paris@fco.gov.uk"}));
  EXPECT_EQ(e[0].websites, (Strings{"https://www.gov.uk/world/organisations/british-embassy-paris"}));
  EXPECT_EQ(e[0].note, "Office hours: Monday to Friday, 9:30 to 13:00");

  EXPECT_EQ(e[1].name, "British Embassy Lisbon");
  EXPECT_EQ(e[1].address, "Rua de São Bernardo 33, 1249-082 Lisboa, Portugal");
  EXPECT_EQ(e[1].city, "Lisboa");
  EXPECT_EQ(e[1].country_code, "PT");
  EXPECT_EQ(e[1].phones_e164, (OptStrings{"+351213924000"}));
  EXPECT_EQ(e[1].hotlines, (Strings{"+351 21 392 4000"}));
  EXPECT_EQ(e[1].head_title, "Ambassador");
  EXPECT_EQ(e[1].head_name, "Lisa Bandari");

  EXPECT_EQ(e[2].section, "Consulates");
  EXPECT_EQ(e[2].kind, "consulate_general");
  EXPECT_EQ(e[2].city, "New York");
  EXPECT_EQ(e[2].country_code, "US");
  EXPECT_EQ(e[2].phones, (Strings{"+1 212 745 0200"}));  // "Phone" without a colon
  EXPECT_EQ(e[2].phones_e164, (OptStrings{"+12127450200"}));
  EXPECT_TRUE(e[2].faxes.empty());  // "Fax:" without a value
  EXPECT_EQ(e[2].emails, (Strings{"info.newyork@fco.gov.uk"}));
}

TEST(DirectoryParser, CapitalsCountryLinesEnglish) {
  auto e = parse_directory(read("directory/ireland_missions_capitals_en.txt"));
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].section, "MISSIONS ABROAD");
  EXPECT_EQ(e[0].country, "AUSTRIA");
  EXPECT_EQ(e[0].country_code, "AT");
  EXPECT_EQ(e[0].line, 3);
  EXPECT_EQ(e[0].city, "Vienna");
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+4317154246"}));
  EXPECT_EQ(e[0].websites, (Strings{"www.embassyofireland.at"}));
  EXPECT_EQ(e[0].head_title, "Head of Mission");
  EXPECT_EQ(e[0].head_name, "Ambassador Therese Healy");

  EXPECT_EQ(e[1].country, "CANADA");
  EXPECT_EQ(e[1].phones, (Strings{"(613) 233-6281"}));
  EXPECT_EQ(e[1].phones_e164, (OptStrings{"+16132336281"}));  // region from the country line
  EXPECT_EQ(e[1].hotlines, (Strings{"+1 613 233 6281"}));

  // The country carries over to an entry headed by its name alone.
  EXPECT_EQ(e[2].kind, "consulate_general");
  EXPECT_EQ(e[2].country, "CANADA");
  EXPECT_EQ(e[2].line, 21);
  EXPECT_EQ(e[2].city, "Toronto");
  EXPECT_EQ(e[2].phones, (Strings{"(416) 366-9300", "+999 1234 5678"}));
  EXPECT_EQ(e[2].phones_e164, (OptStrings{"+14163669300", std::nullopt}));
  EXPECT_EQ(e[2].note, "Tel: 12\nParking: Bloor Street garage");
  EXPECT_TRUE(e[2].faxes.empty());
  EXPECT_TRUE(e[2].emails.empty());

  // A country line followed by fields: no name, kind other, city from the address.
  EXPECT_EQ(e[3].kind, "other");
  EXPECT_EQ(e[3].name, std::nullopt);
  EXPECT_EQ(e[3].country_code, "DE");
  EXPECT_EQ(e[3].city, "Berlin");
  EXPECT_EQ(e[3].phones_e164, (OptStrings{"+4930220720"}));
}

TEST(DirectoryParser, Portuguese) {
  auto e = parse_directory(read("directory/brasil_embaixadas_pt.txt"));
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].section, "Embaixadas e Consulados do Brasil");
  EXPECT_EQ(e[0].kind, "embassy");
  EXPECT_EQ(e[0].country, "ARGENTINA");
  EXPECT_EQ(e[0].country_code, "AR");
  EXPECT_EQ(e[0].city, "Buenos Aires");
  EXPECT_EQ(e[0].address, "Cerrito 1350, C1010ABB Buenos Aires, Argentina");
  EXPECT_EQ(e[0].phones, (Strings{"(54 11) 4515-2400"}));
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+541145152400"}));
  EXPECT_EQ(e[0].faxes, (Strings{"(54 11) 4515-2401"}));
  EXPECT_EQ(e[0].emails, (Strings{"brasemb.buenosaires@itamaraty.gov.br"}));
  EXPECT_EQ(e[0].websites, (Strings{"http://buenosaires.itamaraty.gov.br"}));
  EXPECT_EQ(e[0].head_title, "Embaixador");
  EXPECT_EQ(e[0].head_name, "Reinaldo José de Almeida Salgado");
  EXPECT_EQ(e[1].kind, "consulate_general");
  EXPECT_EQ(e[1].city, "Córdoba");
  EXPECT_EQ(e[1].country, "ARGENTINA");
  EXPECT_EQ(e[1].phones_e164, (OptStrings{"+543514685919"}));
  EXPECT_EQ(e[1].hotlines, (Strings{"+54 9 351 633-4014"}));
}

TEST(DirectoryParser, PagesWithoutADirectory) {
  EXPECT_TRUE(parse_directory("").empty());
  EXPECT_TRUE(parse_directory("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(parse_directory("Address: the minister gave an address to the nation.\n"
                              "Tel: he said nothing about phones.\n").empty());
  // A mission's name alone is a heading, not a directory.
  EXPECT_TRUE(parse_directory("Embassy of France\n\nThe ambassador spoke at length.\n").empty());
}

TEST(DirectoryParser, BadInputNeverThrows) {
  // A label without a value, an unknown bare label with its value on the next line, a
  // stray line, and an entry whose labels have no values.
  std::string page =
      "Embassy of Chile in Rome\r\nAddress:\r\nFax:\r\nTel: +39 06 844 091\r\nVisa desk:\r\n"
      "Mondays only\r\nBring your passport.\r\n\r\nConsulate of Chile in Milan\r\nFax:\r\nE-mail:\r\n";
  auto e = parse_directory(page);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].city, "Rome");
  EXPECT_EQ(e[0].address, std::nullopt);
  EXPECT_TRUE(e[0].faxes.empty());
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+3906844091"}));
  EXPECT_EQ(e[0].note, "Visa desk: Mondays only\nBring your passport.");
  // No field has a value, but the name gives a kind inside a real directory: kept.
  EXPECT_EQ(e[1].kind, "consulate");
  EXPECT_EQ(e[1].city, "Milan");
  EXPECT_EQ(e[1].line, 9);
  EXPECT_TRUE(e[1].faxes.empty() && e[1].emails.empty() && e[1].phones.empty());
  // Alone on a page, the same field-less entry is not taken for a directory.
  EXPECT_TRUE(parse_directory("Consulate of Chile in Milan\nFax:\nE-mail:\n").empty());
}

// Pages written for layouts the parser had not seen (tests/data/directory/).

TEST(DirectoryParser, MidRuSidebarCountryFromTheName) {
  auto e = parse_directory(read("directory/mid_ru_sidebar_germany.txt"));
  ASSERT_EQ(e.size(), 6u);  // the footer's "Справочная служба: +7 …" after "©" is not an entry
  EXPECT_EQ(e[0].section, "Загранучреждения МИД России");
  EXPECT_EQ(e[0].kind, "embassy");
  EXPECT_EQ(e[0].name, "Посольство России в Германии");
  EXPECT_EQ(e[0].country, "Германия");  // "в Германии": a country, not a city; its dictionary form
  EXPECT_EQ(e[0].country_code, "DE");
  EXPECT_EQ(e[0].city, "Berlin");
  EXPECT_EQ(e[0].address, "Unter den Linden 63-65, 10117 Berlin");
  EXPECT_EQ(e[0].phones, (Strings{"+49 30 229-11-10", "+49 30 226-511-83"}));
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+49302291110", "+493022651183"}));
  EXPECT_EQ(e[0].head_title, "Посол");
  EXPECT_EQ(e[0].head_name, "Нечаев Сергей Юрьевич");
  // "в Бонне" is a city: no printed country, the code of the embassy before it.
  EXPECT_EQ(e[1].kind, "consulate_general");
  EXPECT_EQ(e[1].country, std::nullopt);
  EXPECT_EQ(e[1].country_code, "DE");
  EXPECT_EQ(e[1].city, "Бонн");
  EXPECT_EQ(e[1].head_title, "Генеральный консул");
  EXPECT_EQ(e[2].country_code, "DE");
  EXPECT_EQ(e[2].phones, (Strings{"+49 40 229-52-01", "+49 40 229-53-01"}));
  EXPECT_EQ(e[3].kind, "consular_section");
  EXPECT_EQ(e[3].country, "Германия");
  EXPECT_EQ(e[3].city, "Berlin");
  EXPECT_EQ(e[3].phones, (Strings{"+49 30 229-12-07"}));
  EXPECT_EQ(e[3].hotlines, (Strings{"+49 171 770-37-04"}));  // "Телефон дежурного дипломата:"
  EXPECT_EQ(e[3].note, "Часы приема: пн–пт 9:00–12:00");
  // "Представительства Германии в России": the section names the host country.
  EXPECT_EQ(e[4].section, "Представительства Германии в России");
  EXPECT_EQ(e[4].name, "Посольство Германии в Москве");
  EXPECT_EQ(e[4].country, "Россия");
  EXPECT_EQ(e[4].country_code, "RU");
  EXPECT_EQ(e[4].city, "Москва");
  EXPECT_EQ(e[5].country, "Россия");
  EXPECT_EQ(e[5].city, "Санкт-Петербург");
  EXPECT_EQ(e[5].phones_e164, (OptStrings{"+78123202400"}));
  EXPECT_EQ(e[5].note, "Все загранучреждения");
}

TEST(DirectoryParser, EnglishFormalCountryNames) {
  auto e = parse_directory(read("directory/en_embassies_latin_america.txt"));
  ASSERT_EQ(e.size(), 4u);
  const char* countries[] = {"Argentine Republic", "Argentine Republic", "Federative Republic of Brazil",
                             "United Mexican States"};
  const char* codes[] = {"AR", "AR", "BR", "MX"};
  const char* cities[] = {"Buenos Aires", "Buenos Aires", "Brasília", "Ciudad de México"};
  const char* kinds[] = {"embassy", "consular_section", "embassy", "embassy"};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(e[i].section, "Latin America and the Caribbean") << i;
    EXPECT_EQ(e[i].country, countries[i]) << i;
    EXPECT_EQ(e[i].country_code, codes[i]) << i;
    EXPECT_EQ(e[i].city, cities[i]) << i;  // never "the Argentine Republic"
    EXPECT_EQ(e[i].kind, kinds[i]) << i;
  }
  EXPECT_EQ(e[0].name, "Embassy of the Russian Federation in the Argentine Republic");
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+541148131552", "+541148121794"}));
  EXPECT_EQ(e[0].head_name, "Mikhail A. Orlov");
  EXPECT_EQ(e[2].address, "SES Av. das Nações, Quadra 801, Lote A, 70476-900 Brasília – DF");
  EXPECT_EQ(e[3].faxes, (Strings{"+52 55 5273-1545"}));
}

TEST(DirectoryParser, NameThenUnlabelledAddress) {
  auto e = parse_directory(read("directory/us_embassy_moscow_contact.txt"));
  ASSERT_EQ(e.size(), 3u);
  const char* names[] = {"U.S. Embassy Moscow", "U.S. Consulate General Yekaterinburg",
                         "U.S. Consulate General Vladivostok"};
  const char* cities[] = {"Moscow", "Yekaterinburg", "Vladivostok"};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(e[i].section, "U.S. Embassy and Consulates in Russia") << i;
    EXPECT_EQ(e[i].name, names[i]) << i;
    EXPECT_EQ(e[i].kind, i == 0 ? "embassy" : "consulate_general") << i;
    EXPECT_EQ(e[i].city, cities[i]) << i;
    EXPECT_EQ(e[i].country, "Russian Federation") << i;
    EXPECT_EQ(e[i].country_code, "RU") << i;
    EXPECT_EQ(e[i].hotlines, (Strings{"+7 (495) 728-5000"})) << i;  // "Emergency After-Hours Telephone"
  }
  EXPECT_EQ(e[0].address, "Bolshoy Deviatinskiy Pereulok No. 8, Moscow 121099, Russian Federation");
  EXPECT_EQ(e[0].phones, (Strings{"+7 (495) 728-5000"}));
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+74957285000"}));
  EXPECT_EQ(e[0].faxes, (Strings{"+7 (495) 728-5090"}));
  EXPECT_EQ(e[0].emails, (Strings{"MoscowACS@state.gov"}));
  EXPECT_EQ(e[1].address, "Ulitsa Gogolya 15, Yekaterinburg 620151, Russian Federation");
  // The page's footer (social links, "Privacy Policy", "FOIA" …) is not the last entry's.
  EXPECT_TRUE(e[2].social.empty());
  EXPECT_EQ(e[2].note, std::nullopt);
  EXPECT_EQ(e[2].emails, (Strings{"VladivostokACS@state.gov"}));
}

TEST(DirectoryParser, TabSeparatedTable) {
  auto e = parse_directory(read("directory/tsv_russian_missions_china.txt"));
  ASSERT_EQ(e.size(), 5u);  // the footer's address line is not an entry
  const char* cities[] = {"Beijing", "Shanghai", "Guangzhou", "Shenyang", "Hong Kong"};
  const std::int64_t lines[] = {12, 13, 14, 15, 16};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(e[i].section, "Russian diplomatic missions in the People's Republic of China") << i;
    EXPECT_EQ(e[i].kind, i == 0 ? "embassy" : "consulate_general") << i;
    EXPECT_EQ(e[i].city, cities[i]) << i;
    EXPECT_EQ(e[i].line, lines[i]) << i;
    if (i < 4) {
      EXPECT_EQ(e[i].country, "People's Republic of China") << i;
      EXPECT_EQ(e[i].country_code, "CN") << i;
    }
  }
  EXPECT_EQ(e[0].name, "Embassy of the Russian Federation in the People's Republic of China");
  EXPECT_EQ(e[0].address, "4 Dongzhimen Beizhongjie, Dongcheng District, Beijing 100600");
  EXPECT_EQ(e[0].phones, (Strings{"+86 10 6532-1381", "+86 10 6532-2051"}));
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+861065321381", "+861065322051"}));
  EXPECT_EQ(e[0].emails, (Strings{"embassy@russia.org.cn"}));
  EXPECT_EQ(e[1].name, "Consulate General of the Russian Federation in Shanghai");
  EXPECT_EQ(e[1].address, "20 Huangpu Road, Hongkou District, Shanghai 200080");
  // "in Hong Kong": Hong Kong has its own ISO code, which the name gives.
  EXPECT_EQ(e[4].country, "Hong Kong");
  EXPECT_EQ(e[4].country_code, "HK");
  EXPECT_EQ(e[4].phones_e164, (OptStrings{"+85228777188"}));
}

TEST(DirectoryParser, OneLineHotlinesThenEntries) {
  auto e = parse_directory(read("directory/ru_hotlines_thailand.txt"));
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].section, "Телефоны для экстренной связи");  // heading, introduction, entries
  EXPECT_EQ(e[0].kind, "hotline");
  EXPECT_EQ(e[0].name, "Горячая линия Департамента консульской службы МИД России");
  EXPECT_EQ(e[0].phones, (Strings{"+7 (499) 244-19-88", "+7 (499) 244-47-72"}));
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+74992441988", "+74992444772"}));
  EXPECT_EQ(e[0].country_code, std::nullopt);
  EXPECT_EQ(e[0].line, 11);
  EXPECT_EQ(e[1].kind, "hotline");
  EXPECT_EQ(e[1].name, "Ситуационно-кризисный центр МИД России");
  EXPECT_EQ(e[1].phones, (Strings{"+7 (495) 244-28-09"}));
  EXPECT_EQ(e[2].kind, "other");
  EXPECT_EQ(e[2].name, "Справочная служба МИД России");
  EXPECT_EQ(e[2].note, std::nullopt);
  EXPECT_EQ(e[3].section, "Контакты загранучреждения в стране пребывания");
  EXPECT_EQ(e[3].kind, "embassy");
  EXPECT_EQ(e[3].country, "Таиланд");
  EXPECT_EQ(e[3].country_code, "TH");
  EXPECT_EQ(e[3].city, "Bangkok");
  EXPECT_EQ(e[3].phones, (Strings{"+66 2 234-98-24", "+66 2 268-11-69"}));
  EXPECT_EQ(e[3].hotlines, (Strings{"+66 81 837-53-60", "+66 89 207-06-27"}));
  EXPECT_EQ(e[4].kind, "honorary_consulate");  // was "consulate" before the kind existed
  EXPECT_EQ(e[4].name, "Почетное консульство России на Пхукете");
  EXPECT_EQ(e[4].country, std::nullopt);
  EXPECT_EQ(e[4].country_code, "TH");
  EXPECT_EQ(e[4].city, "Пхукет");
  EXPECT_EQ(e[4].head_title, "Почетный консул");
  EXPECT_EQ(e[4].head_name, "Сомчай Вонгсават");
  EXPECT_EQ(e[4].phones_e164, (OptStrings{"+6676612060"}));
}

TEST(DirectoryParser, Spanish) {
  auto e = parse_directory(read("directory/es_embajada_espana.txt"));
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].section, "Direcciones y teléfonos");
  EXPECT_EQ(e[0].kind, "embassy");
  EXPECT_EQ(e[0].name, "Embajada de la Federación de Rusia en el Reino de España");
  EXPECT_EQ(e[0].country, "Reino de España");
  EXPECT_EQ(e[0].country_code, "ES");
  EXPECT_EQ(e[0].city, "Madrid");
  EXPECT_EQ(e[0].address, "Calle Velázquez, 155, 28002 Madrid");
  EXPECT_EQ(e[0].phones, (Strings{"+34 915 622 264", "+34 914 110 807"}));
  EXPECT_EQ(e[0].faxes, (Strings{"+34 915 629 712"}));
  EXPECT_EQ(e[0].emails, (Strings{"embrues@mid.ru"}));
  EXPECT_EQ(e[0].websites, (Strings{"https://spain.mid.ru"}));
  EXPECT_EQ(e[0].head_title, "Embajador");
  EXPECT_EQ(e[0].head_name, "Andréi V. Sokolov");
  EXPECT_EQ(e[1].kind, "consular_section");
  EXPECT_EQ(e[1].country_code, "ES");
  EXPECT_EQ(e[1].city, "Madrid");
  EXPECT_EQ(e[1].hotlines, (Strings{"+34 609 090 780"}));  // "Teléfono de emergencia (…)"
  EXPECT_EQ(e[2].kind, "consulate_general");
  EXPECT_EQ(e[2].city, "Barcelona");
  EXPECT_EQ(e[2].head_title, "Cónsul General");
  EXPECT_EQ(e[2].phones_e164, (OptStrings{"+34932800220", "+34932800221"}));
}

// Missions named in Italian, French and German: Italian kinds and fields ("Ambasciata",
// "Consolato Generale", "Indirizzo", "Posta elettronica", "Ambasciatore"), an elided
// genitive ("d'Italia"), CLDR's French name of the host ("en Russie", no city), a German
// adjective of nationality ("Deutsche Botschaft").
TEST(DirectoryParser, ItalianFrenchAndGermanNames) {
  auto e = parse_directory(read("directory/it_fr_de_missions_in_russia.txt"));
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].kind, "embassy");
  EXPECT_EQ(e[0].represents_code, "IT");
  EXPECT_EQ(e[0].country_code, "RU");
  EXPECT_EQ(e[0].city, "Mosca");
  EXPECT_EQ(e[0].emails, (Strings{"ambasciata.mosca@esteri.it"}));
  EXPECT_EQ(e[0].head_title, "Ambasciatore");
  EXPECT_EQ(e[0].head_name, "Cecilia Piccioni");
  EXPECT_EQ(e[1].kind, "consulate_general");
  EXPECT_EQ(e[1].represents_code, "IT");
  EXPECT_EQ(e[1].city, "San Pietroburgo");
  EXPECT_EQ(e[2].represents_code, "FR");
  EXPECT_EQ(e[2].country, "Russie");
  EXPECT_EQ(e[2].country_code, "RU");
  EXPECT_EQ(e[2].city, "Moscou");
  EXPECT_EQ(e[2].faxes, (Strings{"+7 495 937 14 46"}));
  EXPECT_EQ(e[3].represents_code, "DE");
  EXPECT_EQ(e[3].city, "Moskau");
}

// Turkish, Polish and Arabic directories: their field labels ("Adres", "Faks", "E-posta",
// "العنوان", "الهاتف"), their kinds (Turkish "Büyükelçiliği" and "Başkonsolosluğu" after
// the city, Polish "Ambasada" and "Konsulat Generalny", Arabic "سفارة" and "القنصلية
// العامة"), the city after Arabic "في" (a script without capitals), and a Turkish
// ambassador's field.
TEST(DirectoryParser, TurkishPolishAndArabicDirectories) {
  auto e = parse_directory(read("directory/tr_pl_ar_missions_in_russia.txt"));
  ASSERT_EQ(e.size(), 8u);
  const char* kinds[] = {"embassy", "consulate_general", "consulate_general", "embassy",
                         "consulate_general", "consulate_general", "embassy", "consulate_general"};
  const char* cities[] = {"Moskova", "Kazan", "Novorossiysk", "Moskwa", "Kaliningrad", "Irkuck",
                          "\u0645\u0648\u0633\u0643\u0648", "\u0633\u0627\u0646\u062a \u0628\u0637\u0631\u0633\u0628\u0631\u063a"};
  for (std::size_t k = 0; k < e.size(); ++k) {
    SCOPED_TRACE(k);
    EXPECT_EQ(e[k].kind, kinds[k]);
    EXPECT_EQ(e[k].city, cities[k]);
    EXPECT_EQ(e[k].country_code, "RU");
  }
  EXPECT_EQ(e[0].section, "Türkiye'nin Rusya Federasyonu'ndaki Temsilcilikleri");
  EXPECT_EQ(e[0].address, "7 Rostovsky Pereulok, 119121 Moskova");
  EXPECT_EQ(e[0].faxes, (Strings{"+7 495 956 55 97"}));
  EXPECT_EQ(e[0].emails, (Strings{"embassy.moscow@mfa.gov.tr"}));
  EXPECT_EQ(e[0].head_title, "Büyükelçi");
  EXPECT_EQ(e[0].head_name, "Tanju Bilgiç");
  EXPECT_EQ(e[3].name, "Ambasada RP w Moskwie");
  EXPECT_EQ(e[3].emails, (Strings{"moskwa.amb.sekretariat@msz.gov.pl"}));
  EXPECT_EQ(e[6].phones_e164, (std::vector<std::optional<std::string>>{"+74952463080"}));
  EXPECT_EQ(e[6].emails, (Strings{"egypt.emb_moscow@mfa.gov.eg"}));
}

// Korean names of missions: words before the kind phrase in a script without capitals.
TEST(DirectoryParser, KoreanMissionNames) {
  auto e = parse_directory(
      "\uc7ac\uc678\uacf5\uad00\n\n"                                       // 재외공관
      "\uc8fc\ub7ec\uc2dc\uc544 \ub300\ud55c\ubbfc\uad6d \ub300\uc0ac\uad00\n"    // 주러시아 대한민국 대사관
      "\uc8fc\uc18c: Plyushchikha 56, Moscow\n\uc804\ud654: +7 495 783 27 27\n"      // 주소: … 전화: …
      "\uc774\uba54\uc77c: embru@mofa.go.kr\n\n"                                   // 이메일: …
      "\uc8fc\ube14\ub77c\ub514\ubcf4\uc2a4\ud1a0\ud06c \ub300\ud55c\ubbfc\uad6d \ucd1d\uc601\uc0ac\uad00\n"  // …총영사관
      "\uc804\ud654: +7 423 240 22 22\n");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].kind, "embassy");
  EXPECT_EQ(e[0].address, "Plyushchikha 56, Moscow");
  EXPECT_EQ(e[0].emails, (Strings{"embru@mofa.go.kr"}));
  EXPECT_EQ(e[1].kind, "consulate_general");
  EXPECT_EQ(e[1].phones_e164, (std::vector<std::optional<std::string>>{"+74232402222"}));
}

// A person field whose value gives the person's own title after the name, after a comma or
// in brackets (a generic "Head of Mission:", an acting head under "Ambassador:"); a German
// list whose names put the city right after the state ("Botschaft der Bundesrepublik
// Deutschland Moskau").
TEST(DirectoryParser, TheTitleAPersonsValueGivesAndGermanNames) {
  auto e = parse_directory(
      "Embassies and Consulates of Ukraine\n\n"
      "Embassy of Ukraine in the Republic of Poland\n"
      "Head of Mission: Vasyl Zvarych, Ambassador Extraordinary and Plenipotentiary\n"
      "Address: al. J. Ch. Szucha 7, 00-580 Warszawa\nPhone: +48 22 622 47 97\nEmail: emb_pl@mfa.gov.ua\n\n"
      "Embassy of Ukraine in the United States of America\n"
      "Ambassador: Mr. Pavel Sydorenko (Charg\u00e9 d'affaires a.i.)\n"
      "Address: 3350 M Street NW, Washington, DC 20007\nPhone: +1 202 349 2920\n\n"
      "Consulate General of Ukraine in Krakow\nConsul General: Vyacheslav Vojnarovsky\n"
      "Address: ul. Beliny-Pra\u017cmowskiego 4, 31-514 Krak\u00f3w\nPhone: +48 12 429 60 66\n");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].head_title, "Ambassador Extraordinary and Plenipotentiary");
  EXPECT_EQ(e[0].head_name, "Vasyl Zvarych");
  EXPECT_EQ(e[1].head_title, "Charg\u00e9 d'affaires a.i.");
  EXPECT_EQ(e[1].head_name, "Mr. Pavel Sydorenko");
  EXPECT_EQ(e[2].head_title, "Consul General");
  EXPECT_EQ(e[2].head_name, "Vyacheslav Vojnarovsky");

  auto de = parse_directory(
      "Deutsche Auslandsvertretungen in Russland\n\n"
      "Botschaft der Bundesrepublik Deutschland Moskau\nAnschrift: Mosfilmowskaja ul. 56, 119285 Moskau\n"
      "Telefon: +7 495 937 95 00\nE-Mail: info@moskau.diplo.de\n\n"
      "Generalkonsulat der Bundesrepublik Deutschland Sankt Petersburg\n"
      "Anschrift: Furschtatskaja ul. 39, 191123 Sankt Petersburg\nTelefon: +7 812 320 24 00\n");
  ASSERT_EQ(de.size(), 2u);
  EXPECT_EQ(de[0].kind, "embassy");
  EXPECT_EQ(de[0].represents_code, "DE");
  EXPECT_EQ(de[1].kind, "consulate_general");
  EXPECT_EQ(de[1].represents_code, "DE");
}

TEST(DirectoryParser, OneLineEntriesNeedADirectoryOrARun) {
  // Alone on a page, "Name: number" may be a sentence's fragment.
  EXPECT_TRUE(parse_directory("Lorem ipsum dolor sit amet.\nСправочная служба: +7 (499) 244-16-06\n"
                              "The minister spoke.\n").empty());
  // Two in a row are a list.
  auto e = parse_directory("Горячая линия МИД: +7 (499) 244-19-88\nСправочная служба: +7 (499) 244-16-06\n");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].kind, "hotline");
  EXPECT_EQ(e[1].kind, "other");
  // Figures are not phone numbers.
  EXPECT_TRUE(parse_directory("Москва: 12 655 050\nСанкт-Петербург: 5 600 044\n").empty());
  // Inside an entry the same line is an unknown label, kept in note.
  e = parse_directory("Embassy of Chile in Rome\nTel: +39 06 844 091\nVisa office: +39 06 844 092\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].phones, (Strings{"+39 06 844 091"}));
  EXPECT_EQ(e[0].note, "Visa office: +39 06 844 092");
}

TEST(DirectoryParser, CarriedCountryCodeYieldsToTheNumbers) {
  // The consulate's number is Swiss: the embassy's country does not carry over to it; the
  // number's own country is its code (no country printed).
  auto e = parse_directory(
      "Embassy of Chile in the Italian Republic\nTel: +39 06 844 091\n"
      "Consulate of Chile in Geneva\nTel: +41 22 919 88 00\n"
      "Consulate of Chile in Milan\nTel: +39 02 669 8 0501\n");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].country, "Italian Republic");
  EXPECT_EQ(e[0].country_code, "IT");
  EXPECT_EQ(e[1].country, std::nullopt);
  EXPECT_EQ(e[1].country_code, "CH");
  EXPECT_EQ(e[2].country_code, "IT");
}

TEST(DirectoryParser, CopyrightLineEndsTheDirectory) {
  auto e = parse_directory(
      "Embassy of Chile in Rome\nTel: +39 06 844 091\n© 2024 Ministry\n"
      "Consulate of Chile in Milan\nTel: +39 02 669 8 0501\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].city, "Rome");
  EXPECT_EQ(e[0].note, std::nullopt);
}

// A second batch of pages written by someone who did not see the parser.

TEST(DirectoryParser, MidRuSidebarTurkeyHostSectionGivesRussia) {
  auto e = parse_directory(read("directory/mid_ru_sidebar_turkey.txt"));
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].name, "Посольство России в Турции (Анкара)");
  EXPECT_EQ(e[0].hotlines, (Strings{"+90 (532) 285-45-31"}));
  EXPECT_EQ(e[2].city, "Анталья");
  // The ministry's own numbers after the last entry are neither its fields nor entries.
  const Contact& c = e[3];
  EXPECT_EQ(c.section, "Представительства Турции в России");
  EXPECT_EQ(c.name, "Посольство Турецкой Республики в Москве");
  EXPECT_EQ(c.country, "Россия");  // "в России", in its dictionary form
  EXPECT_EQ(c.country_code, "RU");
  EXPECT_EQ(c.city, "Москва");
  EXPECT_EQ(c.head_name, "Хакан Озтюрк");
  EXPECT_EQ(c.phones, (Strings{"+7 (495) 994-44-00"}));
  EXPECT_EQ(c.websites, (Strings{"http://moskova.be.mfa.gov.tr"}));
  EXPECT_EQ(c.note, std::nullopt);
}

TEST(DirectoryParser, PermanentMissionsDeputyIsNotTheHead) {
  auto e = parse_directory(read("directory/en_permanent_missions.txt"));
  ASSERT_EQ(e.size(), 3u);
  const Contact& c = e[0];
  EXPECT_EQ(c.kind, "permanent_mission");
  EXPECT_EQ(c.country_code, "US");
  EXPECT_EQ(c.head_title, "Permanent Representative");
  ASSERT_EQ(c.people.size(), 2u);
  EXPECT_EQ(c.people[1].title, "First Deputy Permanent Representative");
  EXPECT_EQ(c.people[1].name, "Sergei V. Lapshin");
  EXPECT_EQ(e[1].address, "15, avenue de la Paix, 1202 Geneva, Switzerland");
  EXPECT_EQ(e[1].city, "Geneva");
  EXPECT_EQ(e[2].country, "Austria");
  EXPECT_EQ(e[2].phones_e164, (OptStrings{"+4312825391", "+4312825392"}));
  // Listed first, a deputy is still not the head.
  auto d = parse_directory("Embassy of Chile in Rome\nDeputy Head of Mission: Ana María Pérez\n"
                           "Ambassador: Jorge Luis Soto\nTel: +39 06 844 091\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].people.size(), 2u);
  EXPECT_EQ(d[0].head_title, "Ambassador");
  EXPECT_EQ(d[0].head_name, "Jorge Luis Soto");
}

TEST(DirectoryParser, TradeRepresentationsInTwoLanguages) {
  auto e = parse_directory(read("directory/trade_representations_en_ru.txt"));
  ASSERT_EQ(e.size(), 3u);
  const std::string section =
      "Trade Representations of the Russian Federation / Торговые представительства Российской Федерации";
  for (const Contact& c : e) {
    EXPECT_EQ(c.section, section);
    EXPECT_EQ(c.kind, "trade_mission");
  }
  EXPECT_EQ(e[0].name, "Trade Representation of the Russian Federation in India");
  EXPECT_EQ(e[0].head_title, "Trade Representative");
  EXPECT_EQ(e[0].head_name, "Alexei V. Morozov");
  EXPECT_EQ(e[0].address, "1/50-G, Shantipath, Chanakyapuri, New Delhi – 110021, India");
  EXPECT_EQ(e[0].city, "New Delhi");
  EXPECT_EQ(e[0].country_code, "IN");
  EXPECT_EQ(e[0].phones_e164, (OptStrings{"+911126873799", "+911126110640"}));
  EXPECT_EQ(e[1].name, "Торговое представительство Российской Федерации в Китае");
  EXPECT_EQ(e[1].head_title, "Торговый представитель");
  EXPECT_EQ(e[1].head_name, "Самойлов Евгений Петрович");
  EXPECT_EQ(e[1].city, "Пекин");  // "Китай, 100600, г. Пекин, …"
  EXPECT_EQ(e[1].country_code, "CN");
  EXPECT_EQ(e[1].emails, (Strings{"china@economy.gov.ru"}));
  EXPECT_EQ(e[2].city, "Hanoi");
  EXPECT_EQ(e[2].country_code, "VN");
  // The ministry's name ends the last entry: its address and number are not read.
  EXPECT_EQ(e[2].phones, (Strings{"+84 24 3833 6991"}));
  EXPECT_EQ(e[2].address, "191 La Thanh Street, Dong Da District, Hanoi, Viet Nam");
  EXPECT_EQ(e[2].note, "Вернуться к списку регионов");
}

TEST(DirectoryParser, SiteMenuIsNotADirectoryAndVisaSectionIsAnEntry) {
  auto e = parse_directory(read("directory/en_paris_consular_and_visa_sections.txt"));
  ASSERT_EQ(e.size(), 2u);  // not "About the Embassy", nor the embassy's footer block
  const Contact& c = e[0];
  EXPECT_EQ(c.section, "Consular Information");
  EXPECT_EQ(c.kind, "consular_section");
  EXPECT_EQ(c.name, "Consular Section");
  EXPECT_EQ(c.city, "Paris");
  EXPECT_EQ(c.country_code, "FR");
  EXPECT_EQ(c.head_title, "Head of the Consular Section");
  EXPECT_EQ(c.head_name, "Igor V. Sokolov");
  EXPECT_EQ(c.phones, (Strings{"+33 (0)1 47 63 27 55", "01 47 63 27 56"}));
  EXPECT_EQ(c.phones_e164, (OptStrings{"+33147632755", "+33147632756"}));
  EXPECT_EQ(c.hotlines, (Strings{"+33 6 07 85 12 43"}));
  EXPECT_EQ(c.note,
            "01 47 63 27 56 (information on passports and certificates)\n"
            "Office hours: Mon–Fri 9:00–13:00 (submission of documents)\n"
            "Mon–Thu 15:00–17:00 (issuance of documents)\n"
            "The Consular Section is closed on Russian and French public holidays.\n"
            "(24 hours, only in emergencies: death, arrest, accident, loss of passport)");
  const Contact& v = e[1];
  EXPECT_EQ(v.name, "Visa Section");
  EXPECT_EQ(v.kind, "consular_section");
  EXPECT_EQ(v.address, "40-50, boulevard Lannes, 75116 Paris, France");
  EXPECT_EQ(v.city, "Paris");
  EXPECT_EQ(v.head_name, std::nullopt);
  EXPECT_EQ(v.emails, (Strings{"visa.paris@mid.ru"}));
  EXPECT_TRUE(v.social.empty());  // "Share" / "Facebook" …: the page's buttons
}

TEST(DirectoryParser, NameShapeBeforeTheKindWord) {
  // A menu: "About the Embassy" / "Ambassador" / "News" is no entry.
  EXPECT_TRUE(parse_directory("Home\nAbout the Embassy\nAmbassador\nNews\nContact the Consulate\nTel: +39 06 844 091\n"
                              "Home > Consular issues > Consular Section\nTel: +39 06 844 092\n").empty());
  auto e = parse_directory("British Embassy Paris\nTel: +33 1 44 51 31 00\nU.S. Embassy Moscow\nTel: +7 495 728-50-00\n");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].name, "British Embassy Paris");
  EXPECT_EQ(e[1].name, "U.S. Embassy Moscow");
}

TEST(DirectoryParser, OneLinePerMissionWithDashAndSemicolons) {
  auto e = parse_directory(read("directory/en_index_one_line_per_mission.txt"));
  ASSERT_EQ(e.size(), 5u);
  for (const Contact& c : e) {
    EXPECT_EQ(c.section, "Nordic countries");
    EXPECT_EQ(c.kind, "embassy");
    EXPECT_EQ(c.note, std::nullopt);
  }
  EXPECT_EQ(e[0].name, "Russian Embassy in Denmark");
  EXPECT_EQ(e[0].country, "Denmark");
  EXPECT_EQ(e[0].country_code, "DK");
  EXPECT_EQ(e[0].city, "Copenhagen");
  EXPECT_EQ(e[0].address, "Kristianiagade 5, 2100 København Ø");
  EXPECT_EQ(e[0].phones, (Strings{"+45 35 42 55 85"}));
  EXPECT_EQ(e[0].emails, (Strings{"embassy@rusembassy.dk"}));
  EXPECT_EQ(e[1].phones, (Strings{"+358 9 661 876"}));
  EXPECT_EQ(e[1].faxes, (Strings{"+358 9 661 006"}));
  EXPECT_EQ(e[1].websites, (Strings{"finland.mid.ru"}));
  EXPECT_EQ(e[2].city, "Reykjavík");
  EXPECT_EQ(e[3].line, 14);
  EXPECT_EQ(e[4].phones_e164, (OptStrings{"+468130441", "+468130442"}));
  // Prose with a dash and semicolons is not such an entry.
  EXPECT_TRUE(parse_directory("The Russian Embassy in Norway — as the minister said; it was closed in 1990; "
                              "nobody called +47 22 55 32 78.\n").empty());
}

TEST(DirectoryParser, MinistryFooterEndsTheLastEntry) {
  auto e = parse_directory(read("directory/en_belarus_embassies_ministry_footer.txt"));
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].section, "Embassies of the Republic of Belarus in the EU");
  EXPECT_EQ(e[1].head_title, "Chargé d'Affaires a.i.");
  EXPECT_EQ(e[3].section, "Consulates General");
  EXPECT_EQ(e[3].country, "Poland");  // "… in Białystok (Poland)"
  EXPECT_EQ(e[3].country_code, "PL");
  EXPECT_EQ(e[3].city, "Białystok");
  const Contact& c = e[4];
  EXPECT_EQ(c.name, "Consulate General of the Republic of Belarus in Munich (Germany)");
  EXPECT_EQ(c.country_code, "DE");
  EXPECT_EQ(c.city, "Munich");
  EXPECT_EQ(c.phones, (Strings{"+49 89 21 26 79 30"}));
  EXPECT_TRUE(c.faxes.empty());
  EXPECT_EQ(c.emails, (Strings{"munich@mfa.gov.by"}));
  EXPECT_EQ(c.note, "Print version");
}

TEST(DirectoryParser, InvalidUtf8IsAnInputError) {
  EXPECT_THROW(parse_directory("Embassy\n\xFF\n"), InputError);
}

TEST(DirectoryParser, NumbersGiveTheCodeWhereNoCountryIsPrinted) {
  // India's missions in Germany: the consulate prints no country, its numbers dial Germany,
  // with the + or with 00, the international prefix of most of the world.
  auto e = parse_directory(
      "Consulate General of India, Frankfurt\nAddress: Friedrich-Ebert-Anlage 26, 60325 Frankfurt am Main\n"
      "Phone: +49-69-1530050\nEmail: cg.frankfurt@mea.gov.in\n\n"
      "Consulate General of India, Munich\nAddress: Widenmayerstrasse 15, 80538 Munich\n"
      "Phone: 0049-89-2102390\nFax: 0049-89-21023970\n\n"
      "Consulate General of India, Hamburg\nPhone: +49-40-338036\nFax: +44 20 7836 8484\n");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].country, std::nullopt);
  EXPECT_EQ(e[0].country_code, "DE");
  EXPECT_EQ(e[1].country_code, "DE");
  EXPECT_EQ(e[2].country_code, std::nullopt);  // numbers of two countries: none
  EXPECT_EQ(phone_region("0049-30-27588-0"), "DE");
  EXPECT_EQ(phone_region("0081-3-3403-3388"), "JP");
  EXPECT_EQ(phone_region("030 220720"), std::nullopt);  // a national number
}

}  // namespace
}  // namespace transcript
