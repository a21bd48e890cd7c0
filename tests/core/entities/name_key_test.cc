#include "core/entities/name_key.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

#include "core/entities/person_name.h"

namespace transcript {
namespace {

// The words of a reading, with the surname marked [S], the patronymic [P] and particles [p].
std::string reading(std::string_view name) {
  const PersonName p = read_person_name(name);
  std::string out;
  for (int k = 0; k < static_cast<int>(p.words.size()); ++k) {
    if (!out.empty()) out.push_back(' ');
    out += p.words[k].folded;
    if (k == p.surname) out += "[S]";
    if (k == p.patronymic) out += "[P]";
    if (p.words[k].particle) out += "[p]";
  }
  return out;
}

TEST(ReadPersonName, TitlesOfficesAndPlacesGo) {
  EXPECT_EQ(reading("Mr Lavrov"), "lavrov[S]");
  EXPECT_EQ(reading("H.E. Mr. Sergey Lavrov"), "sergey lavrov[S]");
  EXPECT_EQ(reading("Sberbank CEO German Gref"), "german gref[S]");
  EXPECT_EQ(reading("President of the Russian Federation Vladimir Putin"), "vladimir putin[S]");
  EXPECT_EQ(reading("Minister of Foreign Affairs of the Russian Federation Sergey Lavrov"),
            "sergey lavrov[S]");
  EXPECT_EQ(reading("Министр иностранных дел России С.В.Лавров"), "с в лавров[S]");
  EXPECT_EQ(reading("Посол России в США А.И.Антонов"), "а и антонов[S]");
  EXPECT_EQ(reading("Официальный представитель МИД России М.В.Захарова"), "м в захарова[S]");
  EXPECT_EQ(reading("Пресс-секретарь Президента Дмитрий Песков"), "дмитрий песков[S]");
  EXPECT_EQ(reading("Г-н Лавров"), "лавров[S]");
  EXPECT_EQ(reading("Permanent Representative of Russia to the UN Vassily Nebenzia"),
            "vassily nebenzia[S]");
  EXPECT_EQ(reading("Special Representative of the President for the Middle East and Africa Mikhail Bogdanov"),
            "mikhail bogdanov[S]");
  EXPECT_EQ(reading("National Security Council Coordinator for Strategic Communications John Kirby"),
            "john kirby[S]");
  EXPECT_EQ(reading("White House Press Secretary Karine Jean-Pierre"), "karine jeanpierre[S]");
  EXPECT_EQ(reading("Crown Prince of Abu Dhabi Mohammed bin Zayed Al Nahyan"),
            "mohammed bin[p] zayed al[p] nahyan[S]");
  EXPECT_EQ(reading("Emir of Qatar Sheikh Tamim bin Hamad Al Thani"), "tamim bin[p] hamad al[p] thani[S]");
  EXPECT_EQ(reading("Foreign Minister of Iran Mohammad Javad Zarif"), "mohammad javad zarif[S]");
  EXPECT_EQ(reading("Dr. Tedros Adhanom Ghebreyesus"), "tedros adhanom ghebreyesus[S]");
  EXPECT_EQ(reading("Ministre des Affaires étrangères Catherine Colonna"), "catherine colonna[S]");
  EXPECT_EQ(reading("Germany Angela Merkel"), "angela merkel[S]");
  EXPECT_EQ(reading("Jordan Peterson"), "jordan peterson[S]");
  // French and Spanish honorifics (M. after S.E. is Monsieur, D. after Sr. is Don); German
  // offices compounded with their place or body.
  EXPECT_EQ(reading("S.E. M. Jean-Yves Le Drian"), reading("Jean-Yves Le Drian"));
  EXPECT_EQ(reading("Excmo. Sr. D. José Manuel Albares"), reading("José Manuel Albares"));
  EXPECT_EQ(reading("Bundesaußenministerin Annalena Baerbock"), reading("Annalena Baerbock"));
  EXPECT_EQ(reading("Regierungssprecher Steffen Hebestreit"), reading("Steffen Hebestreit"));
  // An initial after an English honorific stays an initial.
  EXPECT_EQ(reading("Mr. D. Smith"), "d smith[S]");
}

TEST(ReadPersonName, WhatFollowsTheName) {
  EXPECT_EQ(reading("Sergey Lavrov, Foreign Minister"), "sergey lavrov[S]");
  EXPECT_EQ(reading("Hassan Rouhani, President of Iran"), "hassan rouhani[S]");
  EXPECT_EQ(reading("Vladimir Putin President of Russia"), "vladimir putin[S]");
  EXPECT_EQ(reading("Sergey Lavrov Foreign Minister"), "sergey lavrov[S]");
  EXPECT_EQ(reading("Joseph R. Biden Jr."), "joseph r biden[S]");
  EXPECT_EQ(reading("Joseph R. Biden, Jr."), "joseph r biden[S]");
  EXPECT_EQ(reading("Boris Johnson MP"), "boris johnson[S]");
  EXPECT_EQ(reading("Primakov-mladshiy"), "primakov[S]");
  EXPECT_EQ(reading("Sergey Lavrov, Russia"), "sergey lavrov[S]");
  EXPECT_EQ(reading("Sergey Lavrov (retranslated from Russian)"), "sergey lavrov[S]");
  // Ranks that are surnames stay.
  EXPECT_EQ(reading("John Major"), "john major[S]");
  EXPECT_EQ(reading("Martin Luther King III"), "martin luther king[S]");
  EXPECT_EQ(reading("Mr King"), "king[S]");
  EXPECT_EQ(reading("King Abdullah II"), "abdullah[S]");
  // Nothing but titles or suffixes names no one.
  EXPECT_EQ(reading("Prime Minister"), "");
  EXPECT_EQ(reading("Mr. President"), "");
  EXPECT_EQ(reading("Jr."), "");
}

TEST(ReadPersonName, TheSurname) {
  EXPECT_EQ(reading("ДАРЧИЕВ Александр Никитич"), "дарчиев[S] александр никитич[P]");
  EXPECT_EQ(reading("Yuriy Arkadevich STANKEVICH"), "yuriy arkadevich[P] stankevich[S]");
  EXPECT_EQ(reading("Лавров Сергей Викторович"), "лавров[S] сергей викторович[P]");
  EXPECT_EQ(reading("Roman Arkadyevich Abramovich"), "roman arkadyevich[P] abramovich[S]");
  EXPECT_EQ(reading("Alexander Lukashevich"), "alexander lukashevich[S]");
  EXPECT_EQ(reading("Lavrov S.V."), "lavrov[S] s v");
  EXPECT_EQ(reading("Lavrov Sergey"), "lavrov[S] sergey");
  EXPECT_EQ(reading("Lavrov, Sergey Viktorovich"), "lavrov[S] sergey viktorovich[P]");
  EXPECT_EQ(reading("Ortega y Gasset"), "ortega y[p] gasset[S]");
  EXPECT_EQ(reading("Bashar al-Assad"), "bashar assad[S]");
  EXPECT_EQ(reading("Aleksandar Vučić"), "aleksandar vuchich[S]");
  EXPECT_EQ(reading("Wang Yi"), "wang yi[S]");  // no cue: the last word
  EXPECT_FALSE(read_person_name("Wang Yi").order_known);
  EXPECT_TRUE(read_person_name("Sergey Lavrov").order_known);
}

TEST(NameKey, OneKeyForEveryWayOfWritingOneName) {
  for (const char* name : {"Sergey Lavrov", "Sergei Lavrov", "С.В.Лавров", "Лавров Сергей Викторович",
                           "LAVROV Sergey", "Lavrov S.", "Lavrov, Sergey", "Foreign Minister Sergey Lavrov",
                           "Sergey Lavrov, Foreign Minister", "Министр иностранных дел России С.В.Лавров",
                           "Sergej Lawrow", "Sergueï Lavrov", "SERGEY LAVROV", "Siarhei Lavrou"}) {
    EXPECT_EQ(person_name_key(name), "lavrav s") << name;
  }
  for (const char* name : {"Lavrov", "Mr Lavrov", "Лавров", "Г-н Лавров", "LAVROV"}) {
    EXPECT_EQ(person_name_key(name), "lavrav") << name;
  }
  EXPECT_EQ(person_name_key("Svetlana Lavrova"), "lavrava s");
  EXPECT_EQ(person_name_key("С.Лаврова"), "lavrava s");
  EXPECT_EQ(person_name_key("Hassan Rouhani"), "rahani h");
  EXPECT_EQ(person_name_key("Хасан Рухани"), "rahani h");
  EXPECT_EQ(person_name_key("Sviatlana Tsikhanouskaya"), "tahanavska s");
  EXPECT_EQ(person_name_key("Светлана Тихановская"), "tahanavska s");
  EXPECT_EQ(person_name_key("Vladimir Putin"), "patan v");
  EXPECT_EQ(person_name_key("Джавад Зариф"), person_name_key("Javad Zarif"));
  EXPECT_EQ(person_name_key("Зеленский"), person_name_key("Zelenskyy"));
  EXPECT_EQ(person_name_key("Volodymyr Zelenskyy"), person_name_key("Владимир Зеленский"));
  EXPECT_EQ(person_name_key("Uladzimir Makei"), person_name_key("Владимир Макей"));
  EXPECT_EQ(person_name_key("Aliaksandr Lukashenka"), person_name_key("Александр Лукашенко"));
  EXPECT_EQ(person_name_key("Olha Stefanishyna"), person_name_key("Ольга Стефанишина"));
  EXPECT_EQ(person_name_key("Wang Wenbin"), person_name_key("Ван Вэньбинь"));
  EXPECT_EQ(person_name_key("Li Qiang"), person_name_key("Ли Цян"));  // Pinyin q = ц
  EXPECT_EQ(person_name_key("Qin Gang"), person_name_key("Цинь Ган"));
  EXPECT_EQ(person_name_key("Muammar Qaddafi"), person_name_key("Муаммар Каддафи"));  // q = к
  EXPECT_EQ(person_name_key("Joe Biden"), person_name_key("Джо Байден"));
  EXPECT_EQ(person_name_key("Yury Ushakov"), person_name_key("Ю.В.Ушаков"));
  EXPECT_EQ(person_name_key("Yevgeny Primakov"), person_name_key("Е.Примаков"));
  // Malaysia's styles are no given names: "Tan Sri" is one, "Tan" alone a surname.
  EXPECT_EQ(person_name_key("YB Dato' Sri Saifuddin Abdullah"), person_name_key("Saifuddin Abdullah"));
  EXPECT_EQ(person_name_key("Tan Sri Muhyiddin Yassin"), person_name_key("Muhyiddin Yassin"));
  EXPECT_EQ(person_name_key("Tun Dr. Mahathir Mohamad"), person_name_key("Mahathir Mohamad"));
  EXPECT_EQ(person_name_key("Datuk Seri Anwar Ibrahim"), person_name_key("Anwar Ibrahim"));
  EXPECT_EQ(person_name_key("Tan Kah Kee"), "ki t");
}

TEST(NameKey, DifferentPeopleDifferAsFarAsTheNameAllows) {
  EXPECT_NE(person_name_key("Sergey Lavrov"), person_name_key("Svetlana Lavrova"));
  EXPECT_NE(person_name_key("Dmitry Peskov"), person_name_key("Dmitry Polyanskiy"));
  EXPECT_NE(person_name_key("Maria Zakharova"), person_name_key("Maria Kravtsova"));
  EXPECT_NE(person_name_key("Igor Ivanov"), person_name_key("Sergei Ivanov"));
  EXPECT_NE(person_name_key("Oleg Belousov"), person_name_key("Andrei Belousov"));
  EXPECT_NE(person_name_key("Yevgeny Ivanov"), person_name_key("Igor Ivanov"));
  EXPECT_NE(person_name_key("Alexander Beglov"), person_name_key("Alexander Belyaev"));
  // Russian цы is not Belarusian ці (rule 3).
  EXPECT_NE(name_skeleton("цыганова"), name_skeleton("тихонова"));
  EXPECT_EQ(name_skeleton("цыганова"), name_skeleton("tsyganova"));
  EXPECT_EQ(person_name_key("А.Цыбульский"), person_name_key("Alexander Tsybulsky"));
  EXPECT_NE(person_name_key("Siarhei Tsikhanouski"), person_name_key("Sviatlana Tsikhanouskaya"));
  EXPECT_NE(person_name_key("Volodymyr Zelenskyy"), person_name_key("Olena Zelenska"));
  EXPECT_NE(person_name_key("Kim Jong Un"), person_name_key("Kim Yo Jong"));
  EXPECT_NE(person_name_key("Wang Yi"), person_name_key("Wang Wenbin"));
  EXPECT_NE(person_name_key("Lavrov"), person_name_key("Lavrovsky"));
}

// What the key cannot tell apart or join (name_key.h): checked so that a change that
// alters it also changes the documentation.
TEST(NameKey, DocumentedLimits) {
  EXPECT_EQ(person_name_key("Sergei Ivanov"), person_name_key("Stanislav Ivanov"));
  EXPECT_EQ(person_name_key("Ivan Ivanov"), person_name_key("Igor Ivanov"));
  EXPECT_NE(person_name_key("Olena Zelenska"), person_name_key("Елена Зеленская"));
  EXPECT_EQ(person_name_key("Alexander Lukashenko"), person_name_key("Alexandra Lukashenko"));
  EXPECT_EQ(person_name_key("Donald Trump"), person_name_key("Donald Trump Jr."));
  EXPECT_EQ(person_name_key("George W. Bush"), person_name_key("George H. W. Bush"));
  EXPECT_NE(person_name_key("Lavrov"), person_name_key("Sergey Lavrov"));
  EXPECT_NE(person_name_key("Antony Blinken"), person_name_key("Энтони Блинкен"));
  EXPECT_NE(person_name_key("Mohammad Javad Zarif"), person_name_key("Javad Zarif"));
  EXPECT_NE(person_name_key("Wang Yi"), person_name_key("Yi Wang"));
  EXPECT_NE(person_name_key("Muammar Gaddafi"), person_name_key("Muammar Qaddafi"));
}

TEST(NameKey, NoKeyWithoutAName) {
  EXPECT_EQ(person_name_key(""), "");
  EXPECT_EQ(person_name_key("Prime Minister"), "");
  EXPECT_EQ(person_name_key("С.В."), "");
  EXPECT_EQ(person_name_key("2020"), "");
  EXPECT_EQ(person_name_key(", ; -"), "");
}

TEST(NameKey, Skeletons) {
  EXPECT_EQ(skeleton_text(name_skeleton("лавров")), "lavrav");
  EXPECT_EQ(skeleton_text(name_skeleton("volkau")), "valkav");
  EXPECT_EQ(skeleton_text(name_skeleton("волков")), "valkav");
  EXPECT_EQ(skeleton_text(name_skeleton("zelenska")), "zalanska");
  EXPECT_EQ(skeleton_text(name_skeleton("зеленская")), "zalanska");
  EXPECT_EQ(skeleton_text(name_skeleton("zelenskiy")), "zalanski");
  EXPECT_EQ(skeleton_text(name_skeleton("scholz")), "shalts");
  EXPECT_EQ(skeleton_text(name_skeleton("шольц")), "shalts");
  EXPECT_EQ(skeleton_text(name_skeleton("lijian")), "lan");
  EXPECT_EQ(skeleton_text(name_skeleton("лицзянь")), "lan");
  EXPECT_EQ(initial_class("юрий"), "iu");
  EXPECT_EQ(initial_class("yury"), "iu");
  EXPECT_EQ(initial_class("евгений"), "e");
  EXPECT_EQ(initial_class("yevgeny"), "e");
  EXPECT_EQ(initial_class("игорь"), "i");
  EXPECT_EQ(initial_class("oleg"), "o");
  EXPECT_EQ(initial_class("oleksandr"), "a");
  EXPECT_EQ(initial_class("john"), "j");
  EXPECT_EQ(initial_class("джон"), "j");
  EXPECT_EQ(initial_class("georgy"), "h");
  EXPECT_EQ(initial_class("uladzimir"), "v");
  EXPECT_EQ(initial_class("жанна"), "Z");
}

// The turns parser calls the key once per turn, from any thread.
TEST(NameKey, ThreadSafeAndCheap) {
  const std::vector<std::string> names = {
      "Sergey Lavrov", "С.В.Лавров", "Министр иностранных дел России С.В.Лавров", "Question",
      "Foreign Minister Sergey Lavrov", "Maria Zakharova", "MR. KIRBY", "Светлана Тихановская"};
  std::vector<std::string> expected;
  for (const std::string& n : names) expected.push_back(person_name_key(n));
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::size_t k = (i + t) % names.size();
        wrong[t] += person_name_key(names[k]) != expected[k];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(wrong[t], 0);

  constexpr int kCalls = 20000;
  const auto start = std::chrono::steady_clock::now();
  std::size_t total = 0;
  for (int i = 0; i < kCalls; ++i) total += person_name_key(names[i % names.size()]).size();
  const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  std::cout << "transcript_name_key: " << us / kCalls << " us per name (" << total << " bytes of keys)\n";
}

}  // namespace
}  // namespace transcript
