#include "core/entities/palladius.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/entities/token_keys.h"

namespace transcript {
namespace {

// The syllables of Mandarin in Pinyin (without tones, ü written u after j, q, x and left
// out after n and l, where it needs a letter English texts do not write), by initial.
constexpr std::string_view kSyllables =
    "a o e ai ei ao ou an en ang eng er "
    "yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun "
    "wu wa wo wai wei wan wen wang weng "
    "ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu "
    "pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu "
    "ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu "
    "fa fo fei fou fan fen fang feng fu "
    "da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun "
    "ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun "
    "na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo "
    "nuan "
    "la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo "
    "luan lun "
    "ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang "
    "ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang "
    "ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang "
    "ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun "
    "qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun "
    "xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun "
    "zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui "
    "zhuan zhun zhuang "
    "cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan "
    "chun chuang "
    "sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan "
    "shun shuang "
    "re ri rao rou ran ren rang reng rong ru ruo rui ruan run "
    "za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun "
    "ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun "
    "sa se si sai sao sou san sen sang seng song su suo sui suan sun";

// Palladius, by the standard's rules: the initial's letters, then the final's.
constexpr std::array<std::pair<std::string_view, std::string_view>, 21> kInitials = {{
    {"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"},
    {"d", "д"}, {"t", "т"}, {"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"},
    {"j", "цз"}, {"q", "ц"}, {"x", "с"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"},
}};

// Finals after an initial.
constexpr std::array<std::pair<std::string_view, std::string_view>, 35> kFinals = {{
    {"a", "а"}, {"o", "о"}, {"e", "э"}, {"ai", "ай"}, {"ei", "эй"}, {"ao", "ао"},
    {"ou", "оу"}, {"an", "ань"}, {"en", "энь"}, {"ang", "ан"}, {"eng", "эн"}, {"ong", "ун"},
    {"er", "эр"}, {"i", "и"}, {"ia", "я"}, {"ie", "е"}, {"iao", "яо"}, {"iu", "ю"},
    {"ian", "янь"}, {"in", "инь"}, {"iang", "ян"}, {"ing", "ин"}, {"iong", "юн"}, {"u", "у"},
    {"ua", "уа"}, {"uo", "о"}, {"uai", "уай"}, {"ui", "уй"}, {"uan", "уань"}, {"un", "унь"},
    {"uang", "уан"}, {"ue", "юэ"},
    // (after j, q, x, where u is ü)
    {"u:", "юй"}, {"uan:", "юань"}, {"un:", "юнь"},
}};

// Syllables without an initial (y and w are spelling, not sounds).
constexpr std::array<std::pair<std::string_view, std::string_view>, 36> kBare = {{
    {"a", "а"}, {"o", "о"}, {"e", "э"}, {"ai", "ай"}, {"ei", "эй"}, {"ao", "ао"},
    {"ou", "оу"}, {"an", "ань"}, {"en", "энь"}, {"ang", "ан"}, {"eng", "эн"}, {"er", "эр"},
    {"yi", "и"}, {"ya", "я"}, {"yo", "йо"}, {"ye", "е"}, {"yao", "яо"}, {"you", "ю"},
    {"yan", "янь"}, {"yin", "инь"}, {"yang", "ян"}, {"ying", "ин"}, {"yong", "юн"},
    {"yu", "юй"}, {"yue", "юэ"}, {"yuan", "юань"}, {"yun", "юнь"}, {"wu", "у"}, {"wa", "ва"},
    {"wo", "во"}, {"wai", "вай"}, {"wei", "вэй"}, {"wan", "вань"}, {"wen", "вэнь"},
    {"wang", "ван"}, {"weng", "вэн"},
}};

std::string_view lookup(std::string_view key, auto const& table) {
  for (const auto& [from, to] : table) {
    if (from == key) return to;
  }
  return {};
}

std::string palladius_of(std::string_view pinyin) {
  if (std::string_view bare = lookup(pinyin, kBare); !bare.empty()) return std::string(bare);
  for (const auto& [initial, letters] : kInitials) {
    if (!pinyin.starts_with(initial)) continue;
    const std::string_view final_part = pinyin.substr(initial.size());
    const bool palatal = initial == "j" || initial == "q" || initial == "x";
    std::string out(letters);
    if (pinyin == "hui") return "хуэй";
    if (final_part == "i" && (initial == "z" || initial == "c" || initial == "s")) return out + "ы";
    if (palatal && (final_part == "u" || final_part == "uan" || final_part == "un")) {
      return out + std::string(lookup(std::string(final_part) + ":", kFinals));
    }
    return out + std::string(lookup(final_part, kFinals));
  }
  return {};
}

struct Table {
  // Both directions, each syllable to the other system's spelling.
  std::unordered_map<std::string, std::string> to_cyrillic, to_latin;
  std::size_t longest_latin = 0, longest_cyrillic = 0;
};

const Table& table() {
  static const Table t = [] {
    Table out;
    std::size_t pos = 0;
    while (pos < kSyllables.size()) {
      std::size_t end = kSyllables.find(' ', pos);
      if (end == std::string_view::npos) end = kSyllables.size();
      const std::string latin(kSyllables.substr(pos, end - pos));
      pos = end + 1;
      if (latin.empty()) continue;
      const std::string cyrillic = palladius_of(latin);
      out.to_cyrillic.emplace(latin, cyrillic);
      out.to_latin.emplace(cyrillic, latin);
      out.longest_latin = std::max(out.longest_latin, latin.size());
      out.longest_cyrillic = std::max(out.longest_cyrillic, cyrillic.size());
    }
    return out;
  }();
  return t;
}

bool begins_with_vowel(std::string_view syllable) {
  return syllable.starts_with("a") || syllable.starts_with("o") || syllable.starts_with("e") ||
         syllable.starts_with("а") || syllable.starts_with("о") || syllable.starts_with("э");
}

// The reading of `word` through one direction of the table: the split into syllables with
// the fewest that begin with a vowel after the first, then the fewest syllables.
std::string read(std::string_view word, const std::unordered_map<std::string, std::string>& syllables,
                 std::size_t longest) {
  struct Best {
    int vowels = -1;  // -1: no split reaches here
    int count = 0;
    std::size_t from = 0;
    std::string_view spelling;
  };
  std::vector<Best> best(word.size() + 1);
  best[0].vowels = 0;
  std::string key;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (best[i].vowels < 0) continue;
    for (std::size_t len = 1; len <= longest && i + len <= word.size(); ++len) {
      key.assign(word.substr(i, len));
      const auto it = syllables.find(key);
      if (it == syllables.end()) continue;
      const int vowels = best[i].vowels + (i > 0 && begins_with_vowel(key) ? 1 : 0);
      const int count = best[i].count + 1;
      Best& next = best[i + len];
      if (next.vowels < 0 || vowels < next.vowels || (vowels == next.vowels && count < next.count)) {
        next = {vowels, count, i, it->second};
      }
    }
  }
  if (best[word.size()].vowels < 0) return {};
  std::vector<std::string_view> parts;
  for (std::size_t at = word.size(); at > 0; at = best[at].from) parts.push_back(best[at].spelling);
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out.append(*it);
  return out;
}

}  // namespace

std::string palladius_reading(std::string_view word) {
  if (word.empty()) return {};
  const Table& t = table();
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    if (word.size() < 2) return {};
    return read(word, t.to_cyrillic, t.longest_latin);
  }
  // Lower-case Cyrillic letters only (two bytes each: а..я in D0 B0..D1 8F, ё folded to е).
  // One letter may be a syllable: И (Wang Yi = Ван И), У (Wu).
  if (word.size() % 2 != 0) return {};
  for (std::size_t i = 0; i < word.size(); i += 2) {
    const auto lead = static_cast<unsigned char>(word[i]), next = static_cast<unsigned char>(word[i + 1]);
    const bool lower = (lead == 0xD0 && next >= 0xB0 && next <= 0xBF) || (lead == 0xD1 && next >= 0x80 && next <= 0x8F);
    if (!lower) return {};
  }
  return read(word, t.to_latin, t.longest_cyrillic);
}

std::string palladius_key(std::string_view word) {
  const std::string reading = palladius_reading(word);
  if (reading.empty()) return {};
  std::string key = name_key(reading);
  if (key.empty() || key == name_key(word)) return {};
  return key;
}

}  // namespace transcript
