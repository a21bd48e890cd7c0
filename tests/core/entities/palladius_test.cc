#include "core/entities/palladius.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"

namespace transcript {
namespace {

// Chinese names as English and Russian texts print them (Russian spellings as Russian media
// and the Russian MFA print them, read there; not produced by this code).
const std::vector<std::pair<std::string, std::string>> kNames = {
    {"Xi Jinping", "Си Цзиньпин"},       {"Li Qiang", "Ли Цян"},
    {"Wang Yi", "Ван И"},                {"Zhao Lijian", "Чжао Лицзянь"},
    {"Hua Chunying", "Хуа Чуньин"},      {"Mao Ning", "Мао Нин"},
    {"Wang Wenbin", "Ван Вэньбинь"},     {"Qin Gang", "Цинь Ган"},
    {"Han Zheng", "Хань Чжэн"},          {"Li Keqiang", "Ли Кэцян"},
    {"Yang Jiechi", "Ян Цзечи"},         {"Zhang Hanhui", "Чжан Ханьхуэй"},
    {"Deng Xiaoping", "Дэн Сяопин"},     {"Mao Zedong", "Мао Цзэдун"},
    {"Zhou Enlai", "Чжоу Эньлай"},       {"Hu Jintao", "Ху Цзиньтао"},
    {"Wen Jiabao", "Вэнь Цзябао"},       {"Geng Shuang", "Гэн Шуан"},
    {"Cui Tiankai", "Цуй Тянькай"},      {"Ma Zhaoxu", "Ма Чжаосюй"},
    {"Liu He", "Лю Хэ"},                 {"Xie Feng", "Се Фэн"},
    {"Zhang Jun", "Чжан Цзюнь"},         {"Dong Jun", "Дун Цзюнь"},
    {"Cai Qi", "Цай Ци"},                {"Wang Huning", "Ван Хунин"},
    {"Zhao Leji", "Чжао Лэцзи"},         {"Ding Xuexiang", "Дин Сюэсян"},
    {"Li Xi", "Ли Си"},                  {"Zhang Youxia", "Чжан Юся"},
    {"Li Zhanshu", "Ли Чжаньшу"},        {"Wang Qishan", "Ван Цишань"},
    {"Yu Zhengsheng", "Юй Чжэншэн"},     {"Liu Yunshan", "Лю Юньшань"},
    {"Sun Chunlan", "Сунь Чуньлань"},    {"Wei Fenghe", "Вэй Фэнхэ"},
    {"Zhang Dejiang", "Чжан Дэцзян"},    {"Zeng Qinghong", "Цзэн Цинхун"},
    {"Jiang Zemin", "Цзян Цзэминь"},     {"Zhu Rongji", "Чжу Жунцзи"},
    {"Qian Qichen", "Цянь Цичэнь"},      {"Tang Jiaxuan", "Тан Цзясюань"},
    {"Li Zhaoxing", "Ли Чжаосин"},       {"Wu Bangguo", "У Банго"},
};

std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> out;
  std::string word;
  for (char c : fold(name) + " ") {
    if (c == ' ') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

TEST(Palladius, ReadsEveryWordOfChineseNamesBothWays) {
  std::size_t words = 0, read = 0;
  for (const auto& [latin, cyrillic] : kNames) {
    const std::vector<std::string> l = words_of(latin), c = words_of(cyrillic);
    ASSERT_EQ(l.size(), c.size()) << latin;
    for (std::size_t i = 0; i < l.size(); ++i) {
      ++words;
      const bool ok = palladius_reading(l[i]) == c[i] && palladius_reading(c[i]) == l[i];
      read += ok;
      EXPECT_EQ(palladius_reading(l[i]), c[i]) << latin;
      EXPECT_EQ(palladius_reading(c[i]), l[i]) << cyrillic;
    }
  }
  std::printf("Palladius readings: %zu of %zu words of %zu names, both ways\n", read, words,
              kNames.size());
}

TEST(Palladius, KeysJoinTheTwoSpellings) {
  // A word's reading keys as the other spelling's own name key, where the two differ.
  EXPECT_EQ(palladius_key("qiang"), name_key("цян"));
  EXPECT_EQ(palladius_key("цзиньпин"), name_key("jinping"));
  EXPECT_EQ(palladius_key("xi"), name_key("си") == name_key("xi") ? "" : name_key("си"));
  // Syllables both systems spell alike add nothing: Li = Ли, Ma = Ма; Ding = Дин does (the
  // keys keep a final g).
  EXPECT_EQ(palladius_key("li"), "");
  EXPECT_EQ(palladius_key("ma"), "");
  EXPECT_EQ(palladius_key("ding"), name_key("дин"));
  EXPECT_NE(name_key("дин"), name_key("ding"));
}

TEST(Palladius, OtherWordsHaveNoReading) {
  // Words that do not split wholly into syllables: names of other languages, Russian words,
  // single letters, capitals (fold() gives lower case), letters of other scripts.
  for (const char* word : {"lavrov", "sergey", "putin", "macron", "lukashenko", "blinken",
                           "лавров", "сергей", "вопрос", "x", "a", "Xi", "qiangx", "ä",
                           "中国", "", "zhangg", "цзиньпинъ", "ё"}) {
    EXPECT_EQ(palladius_reading(word), "") << word;
  }
  // A split with a syllable that begins with a vowel inside the word is the last choice:
  // xiaoping is xiao-ping, not xi-ao-ping; tiankai tian-kai.
  EXPECT_EQ(palladius_reading("xiaoping"), "сяопин");
  EXPECT_EQ(palladius_reading("tiankai"), "тянькай");
}

}  // namespace
}  // namespace transcript
