// Dates, times, places and principal speakers (page_metadata.h).
#include "core/transcript/page_metadata.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

std::optional<std::string> date_of(std::string_view line) {
  auto d = find_date(line);
  return d ? std::optional<std::string>(d->iso) : std::nullopt;
}

TEST(PageMetadata, Dates) {
  EXPECT_EQ(date_of("Moscow, September 1, 2020"), "2020-09-01");
  EXPECT_EQ(date_of("Sept. 1 2020"), "2020-09-01");
  EXPECT_EQ(date_of("1 September 2020"), "2020-09-01");
  EXPECT_EQ(date_of("March 3rd, 2021"), "2021-03-03");
  EXPECT_EQ(date_of("Москва, 1 сентября 2020 года"), "2020-09-01");
  EXPECT_EQ(date_of("12 МАЯ 2021 г."), "2021-05-12");
  EXPECT_EQ(date_of("01.09.2020 13:42"), "2020-09-01");
  EXPECT_EQ(date_of("2020-09-01"), "2020-09-01");
  // A range of days gives its first, whatever its dash.
  EXPECT_EQ(date_of("Анонс на 7 \u2212 10 мая 2025 года"), "2025-05-07");
  EXPECT_EQ(date_of("7\u201310 мая 2025 года"), "2025-05-07");
  EXPECT_EQ(date_of("Announcement, April 3 \u2212 4, 2018"), "2018-04-03");
  EXPECT_EQ(date_of("on July 18-30, 2017."), "2017-07-18");
  EXPECT_EQ(date_of("pages 7 - 10 May 2025"), "2025-05-07");
  EXPECT_EQ(date_of("on September 1 we meet"), std::nullopt);
  EXPECT_EQ(date_of("32.01.2020"), std::nullopt);
  EXPECT_EQ(date_of("in May 2020"), std::nullopt);
  // Month names of other languages (CLDR through ICU), their ordinals and connectors.
  EXPECT_EQ(date_of("Point de presse du porte-parole (14 mars 2023)"), "2023-03-14");
  EXPECT_EQ(date_of("Moscou, 1er septembre 2020"), "2020-09-01");
  EXPECT_EQ(date_of("Moscú, 1 de septiembre de 2020"), "2020-09-01");
  EXPECT_EQ(date_of("Moscou, 1º de setembro de 2020"), "2020-09-01");
  EXPECT_EQ(date_of("Moskau, 1. September 2020"), "2020-09-01");
  EXPECT_EQ(date_of("Berlin, 3. März 2021"), "2021-03-03");
  EXPECT_EQ(date_of("Roma, 12 maggio 2021"), "2021-05-12");
  EXPECT_EQ(date_of("Київ, 24 серпня 2021 року"), "2021-08-24");
  EXPECT_EQ(date_of("1st of September 2020"), "2020-09-01");
  EXPECT_EQ(date_of("15 сент. 2020"), "2020-09-15");
  EXPECT_EQ(date_of("de 2020"), std::nullopt);
  // More languages of the ministries' pages: Polish, Romanian, Bulgarian, Turkish, Kazakh,
  // Arabic.
  EXPECT_EQ(date_of("Warszawa, 14 marca 2023"), "2023-03-14");
  EXPECT_EQ(date_of("București, 14 martie 2023"), "2023-03-14");
  EXPECT_EQ(date_of("София, 14 март 2023 г."), "2023-03-14");
  EXPECT_EQ(date_of("Ankara, 14 Mart 2023"), "2023-03-14");
  EXPECT_EQ(date_of("Астана, 14 наурыз 2023"), "2023-03-14");
  EXPECT_EQ(date_of("الرياض، 14 مارس 2023"), "2023-03-14");
  // Dutch, Czech, Slovak, Slovenian, Croatian, Serbian, Greek, Swedish, Danish, Finnish,
  // Estonian, Belarusian, Azerbaijani; and the year first in Hungarian, Lithuanian, Latvian.
  EXPECT_EQ(date_of("Den Haag, 5 maart 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Praha, 5. března 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Bratislava, 5. marca 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Ljubljana, 5. marec 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Zagreb, 5. ožujka 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Београд, 5. март 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Αθήνα, 5 Μαρτίου 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Stockholm, 5 mars 2021"), "2021-03-05");
  EXPECT_EQ(date_of("København, 5. marts 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Helsinki, 5. maaliskuuta 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Tallinn, 5. märts 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Мінск, 5 сакавіка 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Bakı, 5 mart 2021"), "2021-03-05");
  EXPECT_EQ(date_of("Budapest, 2021. március 5."), "2021-03-05");
  EXPECT_EQ(date_of("Vilnius, 2021 m. kovo 5 d."), "2021-03-05");
  EXPECT_EQ(date_of("Rīga, 2021. gada 5. marts"), "2021-03-05");
  // The word for "year" after the year: Polish "r." and "roku", Croatian, Serbian and
  // Bosnian "godine" (the year's own full stop before it), Serbian Cyrillic "године"; the
  // Serbian and Bosnian genitive of a month in Latin letters, which CLDR does not list.
  EXPECT_EQ(date_of("Warszawa, 12 lutego 2024 r."), "2024-02-12");
  EXPECT_EQ(date_of("Warszawa, 12 lutego 2024 roku"), "2024-02-12");
  EXPECT_EQ(date_of("Zagreb, 5. ožujka 2024. godine"), "2024-03-05");
  EXPECT_EQ(date_of("Beograd, 5. marta 2024. godine"), "2024-03-05");
  EXPECT_EQ(date_of("Београд, 5. марта 2024. године"), "2024-03-05");
  EXPECT_EQ(date_of("Sarajevo, 12. septembra 2023."), "2023-09-12");
  EXPECT_EQ(date_of("Beograd, 1. januara 2024"), "2024-01-01");
  EXPECT_EQ(date_of("Beograd, 20. oktobar 2024."), "2024-10-20");
  EXPECT_EQ(date_of("2021 m. kovo"), std::nullopt);
  const auto d = find_date("…, Moscow, 1 сентября 2020 года, 13:42");
  ASSERT_TRUE(d);
  EXPECT_EQ(std::string_view("…, Moscow, 1 сентября 2020 года, 13:42").substr(d->begin, d->end - d->begin),
            "1 сентября 2020 года");
}

TEST(PageMetadata, TimesAndDateLines) {
  EXPECT_TRUE(is_time_line("13:42"));
  EXPECT_TRUE(is_time_line("9:05"));
  EXPECT_FALSE(is_time_line("25:00"));
  EXPECT_FALSE(is_time_line("13:42:10"));
  EXPECT_TRUE(is_date_line("1 сентября 2020 года, 13:42"));
  EXPECT_TRUE(is_date_line("September 1, 2020"));
  EXPECT_FALSE(is_date_line("On September 1, 2020 we met."));
  EXPECT_TRUE(is_date_line("11 May 2023 (Transcript of the speech, exactly as it was delivered)"));
  EXPECT_FALSE(is_date_line("11 May 2023 was a good day (for us)"));
  // Ukrainian writes "року" (or "р.") after the year, and "о" before the time.
  EXPECT_TRUE(is_date_line("15 березня 2023 року, Київ"));
  EXPECT_TRUE(is_date_line("15 березня 2023 р. о 10:00"));
  EXPECT_FALSE(is_date_line("15 березня 2023 року міністр зустрівся з журналістами."));
  // The weekday before it, and the venue after the date and time (Japan's MOFA).
  EXPECT_TRUE(is_date_line("Tuesday, April 2, 2024, 3:25 p.m."));
  EXPECT_TRUE(is_date_line("Tuesday, April 2, 2024, 3:25 p.m. Ministry of Foreign Affairs"));
  EXPECT_TRUE(is_date_line("April 2, 2024, Ministry of Foreign Affairs, Tokyo"));
  EXPECT_FALSE(is_date_line("Tuesday, April 2, 2024, the Minister met the press."));
  EXPECT_FALSE(is_date_line("In Tokyo, April 2, 2024, Ministry of Foreign Affairs"));
  // The half of the day is part of the time as printed.
  const std::string pm = "2:05 p.m. EDT";
  const auto t2 = find_time(pm);
  ASSERT_TRUE(t2);
  EXPECT_EQ(pm.substr(t2->begin, t2->end - t2->begin), "2:05 p.m.");
  const std::string am = "Updated 11:30 AM";
  const auto t3 = find_time(am);
  ASSERT_TRUE(t3);
  EXPECT_EQ(am.substr(t3->begin, t3->end - t3->begin), "11:30 AM");
  const std::string amid = "At 9:15 amid protests";
  const auto t4 = find_time(amid);
  ASSERT_TRUE(t4);
  EXPECT_EQ(amid.substr(t4->begin, t4->end - t4->begin), "9:15");
  EXPECT_TRUE(is_time_line("2:05 p.m."));
  const auto t = find_time("Published 01.09.2020 at 15:10");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->begin, 24u);
  // A full stop between hours and minutes (British and UN style), and the hour alone, only
  // with the half of the day: "3.25" and "10 am" alone are no times.
  const std::string uk = "The meeting rose at 12.10 p.m.";
  const auto t5 = find_time(uk);
  ASSERT_TRUE(t5);
  EXPECT_EQ(uk.substr(t5->begin, t5->end - t5->begin), "12.10 p.m.");
  const std::string hour = "Tuesday, 14 March 2023, 10 a.m.";
  const auto t6 = find_time(hour);
  ASSERT_TRUE(t6);
  EXPECT_EQ(hour.substr(t6->begin, t6->end - t6->begin), "10 a.m.");
  EXPECT_TRUE(is_date_line(hour));
  EXPECT_FALSE(find_time("Growth was 3.25 per cent."));
  EXPECT_FALSE(find_time("Room 10 am"));
  EXPECT_FALSE(find_time("It cost 12.10 pounds."));
}

TEST(PageMetadata, Place) {
  const std::string title = "Remarks at MGIMO, Moscow, September 1, 2020";
  EXPECT_EQ(place_before(title, find_date(title)->begin), "Moscow");
  const std::string ru = "Выступление С.В.Лаврова, Нижний Новгород, 1 сентября 2020 года";
  EXPECT_EQ(place_before(ru, find_date(ru)->begin), "Нижний Новгород");
  const std::string none = "Remarks and answers to questions of the press, 1 September 2020";
  EXPECT_EQ(place_before(none, find_date(none)->begin), std::nullopt);
  // An announcement's rubric before its date is no place (kremlin.ru, 54 corpus pages).
  const std::string rubric = "Announcement, August 23, 2017";
  EXPECT_EQ(place_before(rubric, find_date(rubric)->begin), std::nullopt);
  // A release line or a byline before the date names no place (whitehouse.gov 2009).
  for (const std::string line : {"For Immediate Release May 22, 2009", "By the Press Office, 3 May 2021"}) {
    EXPECT_EQ(place_before(line, find_date(line)->begin), std::nullopt) << line;
  }
  // Place lines next to the date line.
  EXPECT_EQ(place_line("Москва, Кремль"), "Москва, Кремль");
  EXPECT_EQ(place_line("Washington, DC"), "Washington, DC");
  EXPECT_EQ(place_line("Ned Price, Department Spokesperson"), std::nullopt);
  EXPECT_EQ(place_line("Сочи"), std::nullopt);
  EXPECT_EQ(place_line("Сочи", true), "Сочи");
  EXPECT_EQ(place_line("Ново-Огарёво", true), "Ново-Огарёво");
  EXPECT_EQ(place_line("New Delhi", true), "New Delhi");
  EXPECT_EQ(place_line("Moscow, 2020"), std::nullopt);
  EXPECT_EQ(place_line("Thank you, colleagues"), std::nullopt);
  EXPECT_EQ(place_line("Russia, China, India"), std::nullopt);
  // A weekday before a date is no place, in any language CLDR names it in (spm.gov.cm,
  // timor-leste.gov.tl).
  for (const std::string weekday : {"Wednesday, 25. November 2020", "Wed., 25 November 2020",
                                    "Среда, 25 ноября 2020 года", "mercredi, 25 novembre 2020"}) {
    EXPECT_EQ(place_before(weekday, find_date(weekday)->begin), std::nullopt) << weekday;
  }
  // The weekday between the place and the date is skipped (was nullopt: the words after the
  // last comma were the weekday); Spanish prints it without a comma after.
  const std::string dated = "Yaounde, Wednesday, 25 November 2020";
  EXPECT_EQ(place_before(dated, find_date(dated)->begin), "Yaounde");
  const std::string spanish = "Bruselas, viernes 24 de marzo de 2023";
  EXPECT_EQ(place_before(spanish, find_date(spanish)->begin), "Bruselas");
  EXPECT_TRUE(is_date_line(spanish));
  EXPECT_EQ(place_line("Wednesday", true), std::nullopt);
  // A city before its state after "in" or "en route": both.
  const std::string route = "Gaggle aboard Air Force One en route Honolulu, Hawaii, 12/24/09";
  EXPECT_EQ(place_before(route, find_date(route)->begin), "Honolulu, Hawaii");
  const std::string in = "Remarks by the President in Cedar Rapids, Iowa, 3/2/2010";
  EXPECT_EQ(place_before(in, find_date(in)->begin), "Cedar Rapids, Iowa");
  EXPECT_EQ(place_before(title, find_date(title)->begin), "Moscow");  // "at MGIMO" stays out
  const std::string held = "which will be held in Samsun, Turkey, on July 18, 2017";
  EXPECT_EQ(place_before(held, find_date(held)->begin), std::nullopt);  // "on" alone
  EXPECT_EQ(place_line("Monday, Moscow"), std::nullopt);
}

TEST(PageMetadata, ChineseDates) {
  const auto d = find_date("2023年5月5日外交部发言人毛宁主持例行记者会");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "2023-05-05");
  EXPECT_EQ(d->begin, 0u);
  EXPECT_EQ(d->end, std::string_view("2023年5月5日").size());
  EXPECT_FALSE(find_date("2023年13月5日").has_value());
  EXPECT_FALSE(find_date("2023年5月").has_value());
}

TEST(PageMetadata, JapaneseEraDates) {
  // Reiwa began in 2019 (its first year, 令和元年, is written in words: not read), Heisei in 1989.
  const std::string line = "令和6年4月2日（火曜日）15時25分　於：本省会見室";
  const auto d = find_date(line);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "2024-04-02");
  EXPECT_EQ(d->begin, 0u);
  EXPECT_EQ(d->end, std::string_view("令和6年4月2日").size());
  EXPECT_EQ(find_date("平成31年4月30日")->iso, "2019-04-30");
  EXPECT_EQ(find_date("令和5年12月1日")->iso, "2023-12-01");
  EXPECT_TRUE(is_date_line(line));
  EXPECT_TRUE(is_date_line("令和6年4月2日（火曜日）"));
  EXPECT_FALSE(is_date_line("令和6年4月2日 上川外務大臣会見記録"));
  // The time in 時 and 分 (时 in Chinese), the place after 於.
  const auto t = find_time(line);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(line.substr(t->begin, t->end - t->begin), "15時25分");
  EXPECT_EQ(place_after(line, d->end), "本省会見室");
  EXPECT_FALSE(find_time("第25時間").has_value());
  EXPECT_TRUE(find_time("2023年5月5日10时30分").has_value());
}

TEST(PageMetadata, PrincipalSpeaker) {
  // "of" in the Romance languages before a title, as English "of": the surname alone will do.
  EXPECT_EQ(principal_speaker("Conferenza stampa congiunta del Ministro Tajani con il Ministro degli Esteri egiziano"),
            "Tajani");
  EXPECT_EQ(principal_speaker("Conférence de presse du Ministre Jean-Noël Barrot"), "Jean-Noël Barrot");
  EXPECT_EQ(principal_speaker("Relazione del Consiglio sulla politica estera"), std::nullopt);
  // A guest after "with" whose name ends in a regnal number is still the guest.
  EXPECT_EQ(principal_speaker("Telephone conversation with Patriarch Bartholomew I of Constantinople"), std::nullopt);
  EXPECT_EQ(principal_speaker("Address by King Charles III"), "Charles III");
  // A kicker before a colon names who speaks: office words and a name, or a full name.
  EXPECT_EQ(principal_speaker("Bundesministerin Raab: Mit Ländern und Unternehmen frauen- und familienfreundliche "
                              "Rahmenbedingungen gestalten"),
            "Raab");
  EXPECT_EQ(principal_speaker("Sergey Lavrov: Russia is ready to talk"), "Sergey Lavrov");
  EXPECT_EQ(principal_speaker("\u0413\u043B\u0430\u0432\u0430 \u041C\u0418\u0414 \u041B\u0430\u0432\u0440\u043E\u0432: "
                              "\u0420\u043E\u0441\u0441\u0438\u044F \u0433\u043E\u0442\u043E\u0432\u0430"),
            "\u041B\u0430\u0432\u0440\u043E\u0432");  // Глава МИД Лавров: Россия готова
  for (const char* title : {"Syria: the talks resume", "Imperial Capitals: St Petersburg \u2013 Vienna",
                            "Joint Statement: Russia and China", "Press Release: Minister Raab visits Vienna",
                            "United Nations: statement"}) {
    EXPECT_EQ(principal_speaker(title), std::nullopt) << title;
  }
  // Turkish: the honorific Sayın and a case ending after an apostrophe.
  EXPECT_EQ(principal_speaker("Dışişleri Bakanı Sayın Mevlüt Çavuşoğlu'nun Rusya Dışişleri Bakanı Sergey Lavrov ile Ortak Basın Toplantısı"),
            "Mevlüt Çavuşoğlu");
  // A message's headline names its addressees and its occasion, not its sender (kremlin.ru).
  EXPECT_EQ(principal_speaker("Greetings to participants of Victory Volunteers national movement year-end forum"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Greetings on the opening of National Convention of Student Construction Brigades"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Condolences on passing of President of Vietnam Tran Dai Quang"), std::nullopt);
  EXPECT_EQ(principal_speaker("Congratulations to current and former staff of the Krasnoye Znamya plant"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Vladimir Putin's greetings to participants of the forum"), "Vladimir Putin");
  // A Chinese news title names who acted before its first verb, after the office
  // (fmprc.gov.cn); a foreign leader's transcription opens with no Chinese surname, and an
  // office without a name names nobody.
  EXPECT_EQ(principal_speaker("\u6768\u6D01\u7BEA\u4F1A\u89C1\u5362\u68EE\u5821\u5916\u4EA4\u5927\u81E3"),
            "\u6768\u6D01\u7BEA");  // 杨洁篪会见卢森堡外交大臣
  EXPECT_EQ(principal_speaker("\u9A7B\u82F1\u56FD\u5927\u4F7F\u592B\u4EBA\u80E1\u5E73\u534E\u51FA\u5E2D"
                              "\u7EBF\u4E0A\u793C\u4EEA\u8BB2\u5EA7"),
            "\u80E1\u5E73\u534E");  // 驻英国大使夫人胡平华出席线上礼仪讲座
  EXPECT_EQ(principal_speaker("\u5FB7\u56FD\u603B\u7406\u9ED8\u514B\u5C14\u4F1A\u89C1\u6768\u6D01\u7BEA"),
            std::nullopt);  // 德国总理默克尔会见杨洁篪
  EXPECT_EQ(principal_speaker("\u9A7B\u9A6C\u6765\u897F\u4E9A\u5927\u4F7F\u592B\u4EBA\u5411\u5F53\u5730"
                              "\u513F\u7AE5\u798F\u5229\u9662\u6350\u8D60\u7269\u8D44"),
            std::nullopt);  // 驻马来西亚大使夫人向当地儿童福利院捐赠物资
  // A headline in title case (state.gov): its capitalised function words are no name.
  EXPECT_EQ(principal_speaker("Secretary Antony J. Blinken At a Press Availability"), "Antony J. Blinken");
  EXPECT_EQ(principal_speaker("Secretary Antony J. Blinken And Japanese Foreign Minister Hayashi Yoshimasa At a "
                              "Joint Press Availability"),
            "Antony J. Blinken");
  // Whom an event honours.
  EXPECT_EQ(principal_speaker("Gala concert in honour of Yury Temirkanov\u2019s 80th birthday"), std::nullopt);
  EXPECT_EQ(principal_speaker("Evening in memory of Academician Yevgeny Primakov"), std::nullopt);
  EXPECT_EQ(principal_speaker("Remarks by President Trump at a tribute to the fallen"), "Trump");
  // What an order is named after, whose resignation is accepted, where an event takes place.
  EXPECT_EQ(principal_speaker("Коллектив НПП «Радар ммс» награждён орденом Александра Невского"), std::nullopt);
  EXPECT_EQ(principal_speaker("Принята отставка Андрея Никитина"), std::nullopt);
  EXPECT_EQ(principal_speaker("Remarks by the Vice President at a Law Enforcement Briefing on the Sutherland Springs "
                              "Shooting"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Пресс-конференция Владимира Путина"), "Владимир Путин");
  // "by the" and an office without a name: the office speaks, not the next name.
  EXPECT_EQ(nameless_office("Remarks by the Vice President and Australian Prime Minister Turnbull at a Press "
                            "Conference"),
            "Vice President");
  EXPECT_EQ(nameless_office("Press Briefing by the Press Secretary joined by Ambassador Rice and Ben Rhodes, 11/12/15"),
            "Press Secretary");
  EXPECT_EQ(nameless_office("Remarks by the President"), "President");
  EXPECT_EQ(nameless_office("Press Briefing by the Press Secretary, Josh Earnest"), std::nullopt);
  EXPECT_EQ(nameless_office("Remarks by President Trump"), std::nullopt);
  EXPECT_EQ(principal_speaker("Remarks by the Vice President and Australian Prime Minister Turnbull at a Press "
                              "Conference"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Press Briefing by the Press Secretary, Josh Earnest"), "Josh Earnest");
  EXPECT_EQ(principal_speaker("Foreign Minister Sergey Lavrov's remarks and answers, Moscow"), "Sergey Lavrov");
  EXPECT_EQ(principal_speaker("Foreign Minister Sergey Lavrov\u2019s interview"), "Sergey Lavrov");
  EXPECT_EQ(principal_speaker("Выступление Министра иностранных дел России С.В.Лаврова на форуме"), "С.В.Лавров");
  EXPECT_EQ(principal_speaker("Брифинг официального представителя МИД России М.В.Захаровой"), "М.В.Захарова");
  EXPECT_EQ(principal_speaker("Remarks by Foreign Minister Sergey Lavrov at the Primakov Readings"), "Sergey Lavrov");
  EXPECT_EQ(principal_speaker("Interview of Foreign Minister Sergei Lavrov with Kommersant"), "Sergei Lavrov");
  EXPECT_EQ(principal_speaker("Интервью Министра иностранных дел Сергея Лаврова газете"), "Сергей Лавров");
  EXPECT_EQ(principal_speaker("Russia's position on the Iranian nuclear programme"), std::nullopt);
  EXPECT_EQ(principal_speaker("Meeting with Government members"), std::nullopt);
  // A possessive on a connector word leaves no name (a fuzzing find: read past the end).
  EXPECT_EQ(principal_speaker("The's remarks, Moscow, September 1, 2020"), std::nullopt);
  // Whom a message goes to is no speaker ("to" and a capital); a "by" after it names one.
  // (kremlin.ru headlines.)
  EXPECT_EQ(principal_speaker("Condolences to US President Donald Trump"), std::nullopt);
  EXPECT_EQ(principal_speaker("Congratulations to Prime Minister of Japan Shinzo Abe"), std::nullopt);
  EXPECT_EQ(principal_speaker("Address to the Nation by President Joe Biden"), "Joe Biden");
  EXPECT_EQ(principal_speaker("List of journalists accredited to attend Vladimir Putin’s press conference released"),
            "Vladimir Putin");
  // An infinitive after a plural "journalists" and a function word name nobody.
  EXPECT_EQ(principal_speaker("Accreditation requests from journalists to cover the annual Presidential Address to "
                              "the Federal Assembly are no longer accepted"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Executive Order On Acting Governor of the Yamalo-Nenets Autonomous Area"), std::nullopt);
  // What a verb in the past tense is done to is no speaker; no person's name holds a
  // country or a function word. (kremlin.ru headlines.)
  EXPECT_EQ(principal_speaker("The President visited the Chelyabinsk Compressor Plant"), std::nullopt);
  EXPECT_EQ(principal_speaker("Meeting on developing Northwest Russia’s transport infrastructure"), std::nullopt);
  EXPECT_EQ(principal_speaker("Greetings to participants and guests of For You, Mother! forum"), std::nullopt);
  EXPECT_EQ(principal_speaker("Greetings to participants and organisers of the annual national project The Best "
                              "of Russia"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("President of Syria Bashar al-Assad made a working visit to Russia"), std::nullopt);
  // A possessive owns what the person said or did; a capitalised word after it must be a
  // word of speech (a title in title case), not a day or a body.
  EXPECT_EQ(principal_speaker("Congratulations on Rescue Worker's Day"), std::nullopt);
  EXPECT_EQ(principal_speaker("Greetings on 75th anniversary of St Petersburg's Komissarzhevskaya Theatre"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Readout of President Donald J. Trump\u2019s Call with Chancellor Angela Merkel of Germany"),
            "Donald J. Trump");
  EXPECT_EQ(principal_speaker("Secretary Antony Blinken's Remarks to the Press"), "Antony Blinken");
  // An English word of prose after the title ends the office: no name past it.
  EXPECT_EQ(principal_speaker("Greetings to participants in international events marking 100th anniversary of "
                              "the 1917 Russian Revolution"),
            std::nullopt);
  EXPECT_EQ(principal_speaker("Allocution du Ministre des Affaires \u00e9trang\u00e8res Sergue\u00ef Lavrov"),
            "Sergue\u00ef Lavrov");
}

TEST(PageMetadata, PrincipalSpeakerInOtherLanguages) {
  EXPECT_EQ(principal_speaker("Allocution du Ministre des Affaires étrangères Sergueï Lavrov, Moscou, 1 septembre 2020"),
            "Sergueï Lavrov");
  EXPECT_EQ(principal_speaker("Intervención del Ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, Moscú"),
            "Serguéi Lavrov");
  EXPECT_EQ(principal_speaker("Rede des Außenministers Sergej Lawrow, Moskau, 1. September 2020"), "Sergej Lawrow");
  EXPECT_EQ(principal_speaker("Déclaration de M. Sergueï Lavrov, ministre des Affaires étrangères de Russie"),
            "Sergueï Lavrov");
  EXPECT_EQ(principal_speaker("Secretary Antony J. Blinken at a Press Availability"), "Antony J. Blinken");
  EXPECT_EQ(principal_speaker("Joint Press Conference of Foreign Ministers Sergey Lavrov and Wang Yi"), "Sergey Lavrov");
  EXPECT_EQ(principal_speaker("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference"), "Wang Wenbin");
  // No name after the title: no speaker.
  EXPECT_EQ(principal_speaker("Point de presse du porte-parole (14 mars 2023)"), std::nullopt);
  EXPECT_EQ(principal_speaker("Statement by the Spokesperson on the situation in Syria"), std::nullopt);
  EXPECT_EQ(principal_speaker("Press Conference by the President of the General Assembly"), std::nullopt);
  // After "by" and a title a surname alone will do; the headline's capitalised preposition
  // ends the name.
  EXPECT_EQ(principal_speaker("Remarks by President Biden Before Air Force One Departure"), "Biden");
}

TEST(PageMetadata, RussianGenitive) {
  EXPECT_EQ(undo_russian_genitive("Лаврова"), "Лавров");
  EXPECT_EQ(undo_russian_genitive("Захаровой"), "Захарова");
  EXPECT_EQ(undo_russian_genitive("Путина"), "Путин");
  EXPECT_EQ(undo_russian_genitive("Зеленского"), "Зеленский");
  EXPECT_EQ(undo_russian_genitive("Сергея"), "Сергей");
  EXPECT_EQ(undo_russian_genitive("Владимира"), "Владимир");
  EXPECT_EQ(undo_russian_genitive("Шойгу"), "Шойгу");
  EXPECT_EQ(undo_russian_genitive("Игоря"), "Игорь");  // a soft stem
  EXPECT_EQ(undo_russian_genitive("Бондаря"), "Бондарь");
  EXPECT_EQ(undo_russian_genitive("Ніколенка"), "Ніколенко");  // Ukrainian declines -енко
  EXPECT_EQ(undo_russian_genitive("Шевченко"), "Шевченко");
}

}  // namespace
}  // namespace transcript

namespace transcript {
namespace {

using Names = std::vector<std::string>;

TEST(PageMetadata, GuestAndHostNames) {
  EXPECT_EQ(guest_names("Meeting with Federal Chancellor of Germany Olaf Scholz"), Names{"Olaf Scholz"});
  // An interview, a direct line, a Q&A "with" someone: who answers, no guest.
  EXPECT_EQ(guest_names("Direct Line with President Vladimir Putin"), Names{});
  EXPECT_EQ(guest_names("Interview with Foreign Minister Sergey Lavrov"), Names{});
  EXPECT_EQ(host_names("Press Briefing by National Security Advisor Tom Donilon, Deputy National Security "
                       "Advisor For Strategic Communications Ben Rhodes and Press Secretary Jay Carney on the "
                       "Situation in Libya"),
            (Names{"Tom Donilon", "Ben Rhodes", "Jay Carney"}));
  EXPECT_EQ(host_names("Press Gaggle by Press Secretary Josh Earnest, January 13"), Names{"Josh Earnest"});
  // An interview's "by" names the interviewer, who asks.
  EXPECT_EQ(host_names("Interview of Vice President Pence by Rush Limbaugh, \"The Rush Limbaugh Show\""), Names{});
  EXPECT_EQ(host_names("Meeting with Federal Chancellor of Germany Olaf Scholz"), Names{});
  // Who asks: after a journalist's word (the genitive undone), or an interview's "by".
  EXPECT_EQ(interviewer_names("Ответы на вопросы журналиста Павла Зарубина"), Names{"Павел Зарубин"});
  EXPECT_EQ(interviewer_names("Interview of Vice President Pence by Rush Limbaugh, \"The Rush Limbaugh Show\""),
            Names{"Rush Limbaugh"});
  EXPECT_EQ(interviewer_names("Press Briefing by Press Secretary Josh Earnest"), Names{});
  EXPECT_EQ(interviewer_names("Ответы на вопросы журналистов"), Names{});
}

TEST(PageMetadata, TitleSuffixesVenuesAndUsDates) {
  EXPECT_EQ(title_without_suffix("Remarks by President Trump and President Macron of France in Joint Press "
                                 "Conference | July 13, 2017"),
            "Remarks by President Trump and President Macron of France in Joint Press Conference");
  EXPECT_EQ(title_without_suffix("Remarks … Before Bilateral Meeting | Manila, Philippines"),
            "Remarks … Before Bilateral Meeting");
  EXPECT_EQ(title_without_suffix("Remarks by President Trump and President Moon of the Republic of Korea in Joint "
                                 "Press Conference | Seoul, Republic of Korea"),
            "Remarks by President Trump and President Moon of the Republic of Korea in Joint Press Conference");
  EXPECT_EQ(title_without_suffix("Speeches | News | Ministry"), "Speeches | News | Ministry");
  EXPECT_EQ(title_without_suffix("Press Releases Press Releases"), "Press Releases");  // printed twice
  EXPECT_EQ(undoubled("Press Releases Press"), "Press Releases Press");
  EXPECT_EQ(bracketed_dateline_place("\uFF082019\u5E742\u670816\u65E5\uFF0C\u6155\u5C3C\u9ED1\uFF09"),
            "\u6155\u5C3C\u9ED1");  // （2019年2月16日，慕尼黑） -> 慕尼黑
  EXPECT_EQ(bracketed_dateline_place("(16 February 2019, Munich)"), "Munich");
  EXPECT_EQ(bracketed_dateline_place("(16 February 2019)"), std::nullopt);
  EXPECT_EQ(bracketed_dateline_place("(see the 16 February 2019 statement, Munich)"), std::nullopt);
  EXPECT_EQ(title_without_suffix("Readout | Briefing room"), "Readout | Briefing room");
  EXPECT_TRUE(is_venue_line("Élysée Palace"));
  EXPECT_TRUE(is_venue_line("Washington, D.C."));  // an abbreviation's full stop
  EXPECT_TRUE(is_venue_line("FEMA Headquarters"));
  EXPECT_TRUE(is_venue_line("Annaville Fire Station 5"));  // a small number after a name
  EXPECT_FALSE(is_venue_line("February 14"));
  EXPECT_FALSE(is_venue_line("Summit 2023"));
  EXPECT_FALSE(is_venue_line("He Left."));  // a sentence's
  EXPECT_TRUE(is_venue_line("Aboard Air Force One"));
  EXPECT_TRUE(is_venue_line("En Route Hanoi, Vietnam"));
  EXPECT_TRUE(is_venue_line("Quinta de Olivos"));
  EXPECT_TRUE(is_venue_line("Via Telephone"));
  EXPECT_FALSE(is_venue_line("PRESS GAGGLE"));
  EXPECT_FALSE(is_venue_line("Ned Price, Department Spokesperson"));
  EXPECT_FALSE(is_venue_line("Thank you all for coming."));
  EXPECT_FALSE(is_venue_line("Room 101"));
  EXPECT_TRUE(us_time_zone_line("1:15 P.M. MDT"));
  EXPECT_FALSE(us_time_zone_line("6:44 P.M. CET"));
  const auto d = find_date("Press Gaggle by Press Secretary Jay Carney, 10/4/2012");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso, "2012-04-10");  // day first unless the page shows US order
  EXPECT_EQ(d->month_first, "2012-10-04");
  EXPECT_EQ(find_date("01/31/2024")->month_first, std::nullopt);  // only one reading
  EXPECT_EQ(find_date("5/5/2020")->month_first, std::nullopt);    // both readings agree
  // Two-digit years, as White House titles print them: 20YY below 70, 19YY from 70.
  EXPECT_EQ(find_date("Press Briefing by Press Secretary Josh Earnest, 1/29/15")->iso, "2015-01-29");
  EXPECT_EQ(find_date("Briefing by White House Press Secretary Robert Gibbs, 4/6/10")->month_first, "2010-04-06");
  EXPECT_EQ(find_date("Gaggle aboard Air Force One, 12/24/09")->iso, "2009-12-24");
  EXPECT_EQ(find_date("Memo of 3/4/98")->month_first, "1998-03-04");
  EXPECT_EQ(find_date("see pages/1/22/33"), std::nullopt);   // a path, not a date
  EXPECT_EQ(find_date("ratio 1/2/34/5"), std::nullopt);
}

// A byline as a site's metadata writes it (a JSON content item's links.speaker).
TEST(PageMetadata, BylinePerson) {
  EXPECT_EQ(byline_person("The Rt Hon David Cameron MP"), "David Cameron");
  EXPECT_EQ(byline_person("The Right Honourable Elizabeth Truss MP"), "Elizabeth Truss");
  EXPECT_EQ(byline_person("Nick Gibb MP"), "Nick Gibb");
  EXPECT_EQ(byline_person("Her Majesty the Queen"), "Her Majesty the Queen");  // a sovereign by style and office
  EXPECT_EQ(byline_person("Her Majesty"), "Her Majesty");
  EXPECT_EQ(byline_person("Sir Alan Duncan KCMG MP"), "Alan Duncan");
  EXPECT_EQ(byline_person("Rt. Hon. Jane Example Q.C."), "Jane Example");
  EXPECT_EQ(byline_person("Robert Goodwill"), "Robert Goodwill");
  // A peer is known by the peerage's title and name (gov.uk's FCDO ministers in the Lords).
  EXPECT_EQ(byline_person("The Rt Hon Lord McNally"), "Lord McNally");
  EXPECT_EQ(byline_person("Lord (Tariq) Ahmad of Wimbledon"), "Lord Ahmad");
  EXPECT_EQ(byline_person("Baroness Anelay of St Johns"), "Baroness Anelay");
  EXPECT_EQ(byline_person("Lord of the Rings"), std::nullopt);
  EXPECT_EQ(byline_person("Foreign, Commonwealth & Development Office"), std::nullopt);
  EXPECT_EQ(byline_person("MP"), std::nullopt);
  EXPECT_EQ(byline_person(""), std::nullopt);
}

// Names next to an office in a header line. A Russian office goes on in lower-case genitive
// words after its title word; a preposition or a verb ends it.
TEST(PageMetadata, TitledNamesIn) {
  using V = std::vector<std::string>;
  EXPECT_EQ(titled_names_in("Press Secretary Jen Psaki"), V{"Jen Psaki"});
  EXPECT_EQ(titled_names_in("Ned Price, Department Spokesperson"), V{"Ned Price"});
  EXPECT_EQ(titled_names_in("Министр иностранных дел Сергей Лавров"), V{"Сергей Лавров"});
  EXPECT_EQ(titled_names_in("Министр иностранных дел Российской Федерации Сергей Лавров"), V{"Сергей Лавров"});
  EXPECT_EQ(titled_names_in("Заместитель министра иностранных дел России Сергей Рябков"), V{"Сергей Рябков"});
  EXPECT_EQ(titled_names_in("Министр по чрезвычайным ситуациям Александр Куренков"), V{"Александр Куренков"});
  // A name in an oblique case is no form to keep; a preposition ends the office.
  EXPECT_EQ(titled_names_in("Встреча с Министром иностранных дел Сергеем Лавровым"), V{});
  EXPECT_EQ(titled_names_in("Президент встретился с Сергей Лавров"), V{});
}

// A briefing given to the press announces questions; a briefing given to the speaker (a
// president briefed on a hurricane, an operational briefing) does not.
TEST(PageMetadata, TitleAnnouncesQuestionsBriefings) {
  EXPECT_TRUE(title_announces_questions("Press Briefing by Press Secretary Josh Earnest, 8/4/2015"));
  EXPECT_TRUE(title_announces_questions("Daily Press Briefing by the Press Secretary, 6/22/2015"));
  EXPECT_TRUE(title_announces_questions("Department Press Briefing – September 8, 2020"));
  EXPECT_TRUE(title_announces_questions("Background Briefing on the President's Trip"));
  EXPECT_TRUE(title_announces_questions("Briefing by Foreign Ministry Spokeswoman Maria Zakharova"));
  EXPECT_TRUE(title_announces_questions("PRESS BRIEFING"));
  EXPECT_TRUE(title_announces_questions("Брифинг официального представителя МИД России М.В.Захаровой"));
  EXPECT_FALSE(title_announces_questions("Remarks by President Trump in Briefing on Hurricane Maria Relief Efforts"));
  EXPECT_FALSE(title_announces_questions("Remarks by President Trump at Briefing With Senior Military Personnel"));
  EXPECT_FALSE(title_announces_questions("Remarks by President Trump Before Operational Briefing at Camp Humphreys"));
  EXPECT_FALSE(title_announces_questions(
      "Remarks by the Vice President at a Law Enforcement Briefing on the Sutherland Springs Shooting"));
  EXPECT_TRUE(title_announces_questions("Remarks by President Trump in Press Gaggle"));
  EXPECT_FALSE(title_announces_questions("Meeting with Government members"));
  // Other languages of ministries' pages.
  for (const char* title : {"Conferenza stampa del Ministro Tajani", "Konferencja prasowa ministra Sikorskiego",
                            "Брифінг речника МЗС України", "Tisková konference ministra zahraničí",
                            "Конференција за новинаре министра спољних послова", "Basın toplantısı"}) {
    EXPECT_TRUE(title_announces_questions(title)) << title;
  }
}

}  // namespace
}  // namespace transcript
