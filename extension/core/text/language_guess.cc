#include "core/text/language_guess.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "core/text/utf8.h"

namespace transcript {
namespace {

// kMsId counts the words Malay and Indonesian share (no language of its own: see
// latin_winner()); kId and kMs the words only one of the two writes.
enum Latin : std::uint8_t { kEn, kFr, kEs, kDe, kPt, kIt, kNl, kPl, kTr, kRo, kId, kMs, kMsId, kCs, kSk };
constexpr const char* kLatinCodes[] = {"en", "fr", "es", "de", "pt", "it", "nl", "pl", "tr",
                                       "ro", "id", "ms", "id", "cs", "sk"};
static_assert(std::size(kLatinCodes) == LanguageEvidence::kLatinLanguages);
constexpr const char* kOtherCodes[] = {"ar", "zh", "ja", "ko", "el", "he", "ka", "hy"};

// Function words, lower case. Each is frequent in its language and rare in the others
// ("de", "la", "que", "a", "en", "se", "no", "da", "il" are shared and left out).
constexpr std::pair<Latin, std::string_view> kFunctionWords[] = {
    {kEn, "the"}, {kEn, "and"}, {kEn, "of"}, {kEn, "is"}, {kEn, "that"}, {kEn, "with"},
    {kEn, "we"}, {kEn, "this"}, {kEn, "are"}, {kEn, "have"}, {kEn, "not"}, {kEn, "it"},
    {kEn, "to"}, {kEn, "for"}, {kEn, "be"}, {kEn, "on"}, {kEn, "our"}, {kEn, "was"},
    {kEn, "will"}, {kEn, "which"},
    {kFr, "le"}, {kFr, "les"}, {kFr, "des"}, {kFr, "est"}, {kFr, "et"}, {kFr, "une"},
    {kFr, "qui"}, {kFr, "dans"}, {kFr, "pour"}, {kFr, "pas"}, {kFr, "nous"}, {kFr, "avec"},
    {kFr, "sur"}, {kFr, "du"}, {kFr, "au"}, {kFr, "aux"}, {kFr, "ce"}, {kFr, "cette"},
    {kFr, "sont"}, {kFr, "mais"},
    {kEs, "el"}, {kEs, "los"}, {kEs, "las"}, {kEs, "del"}, {kEs, "y"}, {kEs, "es"},
    {kEs, "por"}, {kEs, "para"}, {kEs, "lo"}, {kEs, "como"}, {kEs, "pero"}, {kEs, "más"},
    {kEs, "está"}, {kEs, "están"}, {kEs, "también"}, {kEs, "muy"}, {kEs, "esta"}, {kEs, "este"},
    {kDe, "der"}, {kDe, "die"}, {kDe, "und"}, {kDe, "das"}, {kDe, "ist"}, {kDe, "nicht"},
    {kDe, "mit"}, {kDe, "ein"}, {kDe, "eine"}, {kDe, "wir"}, {kDe, "den"}, {kDe, "dem"},
    {kDe, "zu"}, {kDe, "auf"}, {kDe, "für"}, {kDe, "sich"}, {kDe, "auch"}, {kDe, "von"},
    {kDe, "wird"},
    {kPt, "os"}, {kPt, "não"}, {kPt, "com"}, {kPt, "é"}, {kPt, "em"}, {kPt, "na"},
    {kPt, "um"}, {kPt, "são"}, {kPt, "também"}, {kPt, "pelo"}, {kPt, "pela"}, {kPt, "nos"},
    {kPt, "às"}, {kPt, "ao"}, {kPt, "uma"}, {kPt, "mas"},
    {kIt, "il"}, {kIt, "gli"}, {kIt, "della"}, {kIt, "che"}, {kIt, "è"}, {kIt, "non"},
    {kIt, "sono"}, {kIt, "nel"}, {kIt, "anche"}, {kIt, "degli"}, {kIt, "delle"}, {kIt, "alla"},
    {kIt, "questo"}, {kIt, "questa"}, {kIt, "per"},
    {kNl, "het"}, {kNl, "een"}, {kNl, "niet"}, {kNl, "zijn"}, {kNl, "wordt"}, {kNl, "ook"},
    {kNl, "maar"}, {kNl, "voor"}, {kNl, "deze"}, {kNl, "wij"}, {kNl, "hebben"}, {kNl, "naar"},
    {kNl, "bij"}, {kNl, "heeft"}, {kNl, "worden"}, {kNl, "werd"}, {kNl, "dat"}, {kNl, "aan"},
    {kPl, "się"}, {kPl, "jest"}, {kPl, "że"}, {kPl, "oraz"}, {kPl, "przez"}, {kPl, "dla"},
    {kPl, "są"}, {kPl, "który"}, {kPl, "która"}, {kPl, "które"}, {kPl, "także"}, {kPl, "jego"},
    {kPl, "został"}, {kPl, "jednak"}, {kPl, "w"}, {kPl, "z"},
    {kTr, "ve"}, {kTr, "bir"}, {kTr, "bu"}, {kTr, "için"}, {kTr, "ile"}, {kTr, "olarak"},
    {kTr, "çok"}, {kTr, "daha"}, {kTr, "ama"}, {kTr, "gibi"}, {kTr, "olan"}, {kTr, "kadar"},
    {kTr, "değil"}, {kTr, "biz"}, {kTr, "var"}, {kTr, "sonra"},
    {kRo, "și"}, {kRo, "în"}, {kRo, "care"}, {kRo, "este"}, {kRo, "pentru"}, {kRo, "cu"},
    {kRo, "mai"}, {kRo, "din"}, {kRo, "sunt"}, {kRo, "acest"}, {kRo, "această"},
    {kMsId, "yang"}, {kMsId, "dan"}, {kMsId, "dengan"}, {kMsId, "untuk"}, {kMsId, "ini"},
    {kMsId, "itu"}, {kMsId, "tidak"}, {kMsId, "akan"}, {kMsId, "dari"}, {kMsId, "pada"},
    {kMsId, "kami"}, {kMsId, "kita"}, {kMsId, "dalam"}, {kMsId, "juga"}, {kMsId, "telah"},
    {kMsId, "oleh"}, {kMsId, "atau"}, {kMsId, "mereka"}, {kMsId, "sudah"}, {kMsId, "kepada"},
    {kMsId, "tersebut"}, {kMsId, "sebagai"},
    {kId, "bahwa"}, {kId, "karena"}, {kId, "bisa"}, {kId, "saja"}, {kId, "yaitu"},
    {kMs, "bahawa"}, {kMs, "kerana"}, {kMs, "boleh"}, {kMs, "sahaja"}, {kMs, "iaitu"},
    {kMs, "ialah"}, {kMs, "kerajaan"},
    {kCs, "jsou"}, {kCs, "také"}, {kCs, "který"}, {kCs, "která"}, {kCs, "které"}, {kCs, "jsme"},
    {kCs, "není"}, {kCs, "bylo"}, {kCs, "jako"}, {kCs, "byl"}, {kCs, "jsem"}, {kCs, "což"},
    {kCs, "podle"}, {kCs, "tak"}, {kCs, "pro"},
    {kSk, "sú"}, {kSk, "aj"}, {kSk, "ktorý"}, {kSk, "ktorá"}, {kSk, "ktoré"}, {kSk, "ako"},
    {kSk, "alebo"}, {kSk, "bolo"}, {kSk, "tiež"}, {kSk, "sme"}, {kSk, "som"}, {kSk, "podľa"}};

// Letters only one of these languages writes (Turkish dotless ı, ğ, ş; Polish ł, ą, ę, ś,
// ź, ż, ń; Romanian ă, ș, ț; Czech ě, ř, ů; Slovak ľ, ĺ, ŕ, ô), counted once for each word
// that holds one and does not start with a capital: running text, not a name (Çavuşoğlu,
// Wałęsa) in another language's text.
int language_of_letter(char32_t cp) {
  switch (cp) {
    case U'ı': case U'ğ': case U'ş':
      return kTr;
    case U'ł': case U'ą': case U'ę': case U'ś': case U'ź': case U'ż': case U'ń':
      return kPl;
    case U'ă': case U'ș': case U'ț': case U'ţ':
      return kRo;
    case U'ě': case U'ř': case U'ů':
      return kCs;
    case U'ľ': case U'ĺ': case U'ŕ': case U'ô':
      return kSk;
    default:
      return -1;
  }
}

// The words packed into 64-bit keys (their UTF-8 bytes, at most eight) in an open-addressing
// table: one multiply and, nearly always, one compare per word of text.
class FunctionWordTable {
 public:
  FunctionWordTable() {
    for (const auto& [lang, word] : kFunctionWords) {
      const std::uint64_t key = pack(word);
      std::size_t slot = hash(key);
      while (slots_[slot].key != 0 && slots_[slot].key != key) slot = (slot + 1) & (kSlots - 1);
      slots_[slot] = {key, static_cast<std::int8_t>(lang)};
    }
  }
  static std::uint64_t pack(std::string_view w) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < w.size() && i < 8; ++i) key |= std::uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
    return key;
  }
  // The language of the packed word, or -1.
  int find(std::uint64_t key) const {
    for (std::size_t slot = hash(key);; slot = (slot + 1) & (kSlots - 1)) {
      if (slots_[slot].key == key) return slots_[slot].lang;
      if (slots_[slot].key == 0) return -1;
    }
  }

 private:
  static constexpr std::size_t kSlots = 512;
  static std::size_t hash(std::uint64_t key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 55); }
  struct Slot {
    std::uint64_t key = 0;
    std::int8_t lang = -1;
  };
  std::array<Slot, kSlots> slots_{};
};

const FunctionWordTable& function_words() {
  static const FunctionWordTable table;
  return table;
}

int other_script_index(char32_t cp) {
  if (cp >= 0x600 && cp <= 0x6FF) return 0;                                 // Arabic
  if (cp >= 0x750 && cp <= 0x77F) return 0;
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) return 1;  // Han
  if (cp >= 0x3040 && cp <= 0x30FF) return 2;                               // kana
  if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)) return 3;  // Hangul
  if (cp >= 0x370 && cp <= 0x3FF) return 4;                                 // Greek
  if (cp >= 0x590 && cp <= 0x5FF) return 5;                                 // Hebrew
  if (cp >= 0x10A0 && cp <= 0x10FF) return 6;                               // Georgian
  if (cp >= 0x530 && cp <= 0x58F) return 7;                                 // Armenian
  return -1;
}

void count_cyrillic(char32_t cp, LanguageEvidence& e) {
  switch (cp) {
    case U'і': case U'І': case U'ї': case U'Ї': case U'є': case U'Є': case U'ґ': case U'Ґ':
      ++e.ukrainian_letters;
      break;
    case U'ў': case U'Ў':
      ++e.belarusian_letters;
      break;
    case U'ы': case U'Ы': case U'э': case U'Э': case U'ъ': case U'Ъ': case U'ё': case U'Ё':
      ++e.russian_letters;
      break;
    default:
      break;
  }
}

}  // namespace

LanguageEvidence& LanguageEvidence::operator+=(const LanguageEvidence& o) {
  for (std::size_t i = 0; i < kLatinLanguages; ++i) function_words[i] += o.function_words[i];
  for (std::size_t i = 0; i < kOtherScripts; ++i) other_scripts[i] += o.other_scripts[i];
  ukrainian_letters += o.ukrainian_letters;
  belarusian_letters += o.belarusian_letters;
  russian_letters += o.russian_letters;
  return *this;
}

LanguageEvidence language_evidence(std::string_view text) {
  LanguageEvidence e;
  std::size_t limit = std::min(text.size(), kEvidenceBytes);
  while (limit < text.size() && is_continuation_byte(static_cast<unsigned char>(text[limit]))) ++limit;
  const std::string_view s = text.substr(0, limit);
  const FunctionWordTable& words = function_words();
  // The current word of Latin letters, lower-cased and packed; longer than eight bytes, it
  // is no function word.
  std::uint64_t key = 0;
  std::size_t len = 0;
  bool capitalised = false;  // the word starts with a capital
  int letter_lang = -1;      // language_of_letter() of a letter in the word
  auto add_byte = [&](unsigned char c) {
    if (len < 8) key |= std::uint64_t{c} << (8 * len);
    ++len;
  };
  auto end_word = [&] {
    if (len && len <= 8) {
      if (const int lang = words.find(key); lang >= 0) ++e.function_words[static_cast<std::size_t>(lang)];
    }
    if (len && letter_lang >= 0 && !capitalised) ++e.function_words[static_cast<std::size_t>(letter_lang)];
    key = 0;
    len = 0;
    capitalised = false;
    letter_lang = -1;
  };
  std::size_t pos = 0;
  while (pos < s.size()) {
    const auto b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      ++pos;
      if (b >= 'a' && b <= 'z') {
        add_byte(b);
      } else if (b >= 'A' && b <= 'Z') {
        if (len == 0) capitalised = true;
        add_byte(static_cast<unsigned char>(b + 32));
      } else {
        end_word();
      }
      continue;
    }
    if ((b == 0xD0 || b == 0xD1) && pos + 1 < s.size()) {  // Cyrillic U+0400..U+047F, inline
      const char32_t cp = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[pos + 1]) & 0x3F);
      pos += 2;
      count_cyrillic(cp, e);
      end_word();
      continue;
    }
    const char32_t cp = decode_utf8(s, pos);
    if (cp >= 0x400 && cp <= 0x52F) {
      count_cyrillic(cp, e);
      end_word();
      continue;
    }
    if (const int k = other_script_index(cp); k >= 0) {
      ++e.other_scripts[static_cast<std::size_t>(k)];
      end_word();
      continue;
    }
    if (cp >= 0xC0 && cp <= 0x24F && u_isalpha(static_cast<UChar32>(cp))) {  // accented Latin
      const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
      if (len == 0 && lower != cp) capitalised = true;
      if (const int lang = language_of_letter(lower); lang >= 0) letter_lang = lang;
      std::string bytes;
      append_utf8(bytes, lower);
      for (char c : bytes) add_byte(static_cast<unsigned char>(c));
      continue;
    }
    end_word();
  }
  end_word();
  return e;
}

namespace {

// Index of the Latin language with the most function words, and whether it has two or more
// and more than any other. Malay and Indonesian compete as one with every word either writes;
// when they win, the one with more words of its own is taken (Indonesian on a tie: the words
// they share say nothing between them).
std::pair<std::size_t, bool> latin_winner(const LanguageEvidence& e) {
  auto score = e.function_words;
  score[kId] += score[kMs] + score[kMsId];
  score[kMs] = score[kMsId] = 0;
  std::size_t best = 0;
  for (std::size_t i = 1; i < LanguageEvidence::kLatinLanguages; ++i) {
    if (score[i] > score[best]) best = i;
  }
  const std::uint32_t top = score[best];
  bool unique = true;
  for (std::size_t i = 0; i < LanguageEvidence::kLatinLanguages; ++i) {
    if (i != best && score[i] == top) unique = false;
  }
  if (best == kId && e.function_words[kMs] > e.function_words[kId]) best = kMs;
  return {best, top >= 2 && unique};
}

}  // namespace

std::string guess_language(std::size_t latin, std::size_t cyrillic, std::size_t other,
                           const LanguageEvidence& e) {
  if (latin > cyrillic && latin > other) {
    const auto [best, sure] = latin_winner(e);
    return sure ? kLatinCodes[best] : "en";
  }
  if (cyrillic > 0 && cyrillic >= latin && cyrillic > other) {
    if (e.belarusian_letters > 0 && e.ukrainian_letters > 0) return "be";
    if (e.ukrainian_letters > e.russian_letters) return "uk";
    return "ru";
  }
  if (other > 0 && other >= latin && other >= cyrillic) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < LanguageEvidence::kOtherScripts; ++i) {
      if (e.other_scripts[i] > e.other_scripts[best]) best = i;
    }
    if (e.other_scripts[best] == 0) return "und";
    if (best == 1 && e.other_scripts[2] > 0) return "ja";  // Han with kana is Japanese
    return kOtherCodes[best];
  }
  return "und";
}

namespace {

// 'L' Latin, 'C' Cyrillic, 'O' another script, 0 for "und".
char script_of_code(std::string_view code) {
  for (const char* c : kLatinCodes) {
    if (code == c) return 'L';
  }
  if (code == "ru" || code == "uk" || code == "be") return 'C';
  return code == "und" || code.empty() ? 0 : 'O';
}

}  // namespace

bool same_script(std::string_view a, std::string_view b) {
  const char sa = script_of_code(a);
  if (sa == 0 || sa != script_of_code(b)) return false;
  return sa != 'O' || a == b;  // each other script is its own
}

bool confident(std::size_t latin, std::size_t cyrillic, std::size_t other, const LanguageEvidence& e) {
  if (latin > cyrillic && latin > other) return latin_winner(e).second;
  if (cyrillic > 0 && cyrillic >= latin && cyrillic > other) {
    return e.ukrainian_letters + e.belarusian_letters + e.russian_letters > 0;
  }
  return true;
}

}  // namespace transcript
