#include "core/transcript/speech_evidence.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/text/lines.h"
#include "core/text/utf8.h"
#include "core/transcript/scan.h"
#include "core/transcript/word_forms.h"
#include "core/transcript/speaker_label.h"

namespace transcript {
namespace {

constexpr std::string_view kPersonWords[] = {
    // English
    "i", "i'm", "i've", "i'd", "i'll", "i’m", "i’ve", "i’d", "i’ll", "we", "we're", "we've",
    "we'll", "we’re", "we’ve", "we’ll", "me", "my", "mine", "us", "our", "ours", "you", "your",
    "yours", "you're", "you’re",
    // Russian, Ukrainian, Belarusian
    "я", "мы", "меня", "мне", "мной", "нас", "нам", "нами", "мой", "моя", "моё", "мое", "мои",
    "моего", "моей", "наш", "наша", "наше", "наши", "нашей", "нашего", "наших", "вы", "вас",
    "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашей", "ты", "тебя", "тебе", "ми", "ви",
    "наші", "ваші",
    // French, Spanish, Portuguese, Italian, German
    "je", "j'", "nous", "moi", "mon", "ma", "mes", "notre", "nos", "vous", "votre", "vos",
    "yo", "nosotros", "nosotras", "mi", "mis", "nuestro", "nuestra", "nuestros", "usted",
    "ustedes", "eu", "nós", "nosso", "nossa", "você", "io", "noi", "nostro", "nostra", "voi",
    "ich", "wir", "mein", "meine", "unser", "unsere", "uns", "mich", "mir", "ihr", "euch",
    // Arabic: the pronouns written as words (a first person is often a verb's prefix or a
    // noun's suffix, which a word list does not see)
    "أنا", "نحن", "إننا", "إنني", "أنني", "أننا", "لي", "لنا", "لدي", "لدينا", "أنتم", "لكم"};

constexpr std::string_view kSalutations[] = {
    "good morning", "good afternoon", "good evening", "dear ", "ladies and gentlemen",
    "colleagues", "friends,", "thank you", "добрый день", "доброе утро", "добрый вечер",
    "уважаемые", "уважаемый", "дорогие", "коллеги", "здравствуйте", "спасибо", "mesdames",
    "chers", "chères", "señoras y señores", "queridos", "sehr geehrte", "liebe "};

// Chinese, Japanese, Korean salutations, which count only where a line begins with them
// (a news item quotes them mid-sentence): 尊敬的 (respected …), 女士们，先生们 (ladies and
// gentlemen), 朋友们 (friends), 皆様 / 皆さん, 여러분.
constexpr std::string_view kLineSalutations[] = {"尊敬的", "女士们", "先生们", "朋友们", "皆様", "皆さん", "여러분"};

// Possessives of "we" among kPersonWords: evidence of a speaker's voice only with the title's
// word for it.
constexpr std::string_view kOurWords[] = {
    "our", "ours", "наш", "наша", "наше", "наши", "нашей", "нашего", "наших", "наші", "notre", "nos",
    "nuestro", "nuestra", "nuestros", "nosso", "nossa", "nostro", "nostra", "unser", "unsere"};

// Words of titles that name a speech or a statement (folded, matched as word beginnings).
constexpr std::string_view kSpeechTitleWords[] = {
    "statement", "remarks", "speech", "address", "message", "interview", "article", "op-ed",
    "letter", "lecture", "testimony", "toast", "greeting", "congratulat", "declaration",
    "briefing", "заявлени", "обращени", "выступлени", "речь", "послани", "приветстви",
    "поздравлени", "стать", "интервью", "брифинг", "déclaration", "discours", "allocution",
    "communiqué", "entretien", "declaración", "discurso", "mensaje", "comunicado", "ansprache",
    "erklärung", "grußwort"};

// Title words that name a speech only whole (German "Rede", not "Redeployment").
constexpr std::string_view kSpeechTitleWholeWords[] = {"rede", "reden"};

// A word without the quotation marks and brackets around it and the punctuation after it
// (`trailing`: the marks to take off its end).
std::string_view without_marks(std::string_view w, std::string_view trailing) {
  w = scan::without_trailing_marks(w, trailing);
  for (std::string_view open : {"\"", "«", "“", "("}) {
    while (w.starts_with(open)) w.remove_prefix(open.size());
  }
  return w;
}

}  // namespace

bool title_names_speech(std::string_view title) {
  // A headline that reports sending one ("Владимир Путин направил поздравления …", "Vladimir
  // Putin sent a message …") names the act, and the page reports it: a speech word after a
  // verb in the past tense does not count.
  for (std::string_view w : split_words(title)) {
    const std::string f = scan::fold_word(without_marks(w, ",.;:!?\"»”)'’"));
    if (is_past_tense_verb(f, false) || f == "sent" || f == "conveyed" || f == "expressed") return false;
    for (std::string_view s : kSpeechTitleWords) {
      if (f.starts_with(s)) return true;
    }
    for (std::string_view s : kSpeechTitleWholeWords) {
      if (f == s) return true;
    }
  }
  return false;
}

bool announces_quoted_message(std::string_view text) {
  const std::string f = scan::fold_word(collapse_spaces(utf8_prefix(text, 600)));  // (no-break spaces too)
  static constexpr std::string_view kVerbs[] = {" reads:", " reads, in part:", " reads in part:", " says, in part:",
                                                " говорится:"};
  static constexpr std::string_view kMessages[] = {"message", "greeting", "telegram", "letter", "condolence",
                                                   "address", "послани", "телеграмм", "приветстви", "обращени",
                                                   "письм", "соболезновани"};
  for (std::string_view verb : kVerbs) {
    const std::size_t at = f.find(verb);
    if (at == std::string::npos) continue;
    // The message named in the same sentence, before the verb.
    const std::size_t stop = f.find_last_of(".!?", at);
    const std::size_t from = stop == std::string::npos ? 0 : stop + 1;
    const std::string_view before = std::string_view(f).substr(from, at - from);
    for (std::string_view m : kMessages) {
      if (before.find(m) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool reports_quoted_speech(std::string_view text) {
  const std::string_view head = utf8_prefix(text, 2000);
  static constexpr std::string_view kOpen[] = {"\"", "\u201C", "\u201E", "\u00AB"};
  static constexpr std::string_view kClose[] = {"\"", "\u201D", "\u201C", "\u00BB"};
  static constexpr std::string_view kReporting[] = {
      "said", "says", "added", "noted", "stressed", "explained", "emphasised", "emphasized", "told", "according",
      "sagte", "betonte", "erklärte", "so", "hielt", "meinte", "unterstrich", "fügte", "ergänzte", "заявил",
      "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "добавил", "добавила",
      "a", "déclaré", "dit", "souligné", "dijo", "afirmó", "declaró", "señaló", "ha", "detto", "disse", "afirmou",
      "wrote", "writes", "написал", "написала", "пишет", "schrieb"};
  std::string outside;  // the text with its quotations left out
  int attributed = 0;
  std::size_t from = 0;
  while (from < head.size()) {
    std::size_t open = std::string_view::npos, open_len = 0;
    for (std::string_view q : kOpen) {
      const std::size_t at = head.find(q, from);
      if (at < open) {
        open = at;
        open_len = q.size();
      }
    }
    if (open == std::string_view::npos) break;
    std::size_t close = std::string_view::npos, close_len = 0;
    for (std::string_view q : kClose) {
      const std::size_t at = head.find(q, open + open_len);
      if (at < close) {
        close = at;
        close_len = q.size();
      }
    }
    if (close == std::string_view::npos) {  // a quotation that goes on past the part read
      outside.append(head.substr(from, open - from));
      from = head.size();
      break;
    }
    outside.append(head.substr(from, open - from)).push_back(' ');
    from = close + close_len;
    // Attributed: a reporting word among the first five after the quotation ("…,” the
    // Russian President wrote in his message").
    const std::vector<std::string_view> after = split_words(head.substr(from, 80));
    for (std::size_t k = 0; k < after.size() && k < 5; ++k) {
      std::string f = scan::fold_word(scan::bare_word(after[k]));
      if (std::find(std::begin(kReporting), std::end(kReporting), f) != std::end(kReporting)) {
        ++attributed;
        break;
      }
    }
  }
  if (from < head.size()) outside.append(head.substr(from));
  // Two attributed quotations, or one that is the whole text but its attribution.
  if (attributed < 2 && !(attributed == 1 && at_most_words(outside, 15))) return false;
  // A first person outside the quotations (words that are nobody else's: German "ihr" and
  // "Sie" are also "her" and "they", which a report writes, and "je" is German "ever").
  static constexpr std::string_view kFirstPerson[] = {
      "i", "we", "me", "us", "my", "our", "я", "мы", "меня", "нас", "мне", "нам", "мой", "наш", "ich", "wir",
      "mich", "mir", "uns", "mein", "unser", "nous", "moi", "yo", "nosotros", "noi", "nós"};
  for (std::string_view word : split_words(outside)) {
    const std::string_view w = without_marks(word, ",.;:!?\"»”)");
    if (w.empty() || w.size() > 12 || scan::capital_letters(w) >= 2) continue;
    const std::string f = scan::fold_word(w);
    if (f.starts_with("j'") || f.starts_with("j\u2019")) return false;
    if (std::find(std::begin(kFirstPerson), std::end(kFirstPerson), f) != std::end(kFirstPerson)) return false;
  }
  return true;
}

bool reads_as_roster(std::string_view text) {
  // Each spaced dash, with two to four capitalised words before it, each a bare word (no
  // comma, no stop): read backwards from the dash, without splitting the whole text. (The
  // dashes are found by memchr() on their first byte, '-' or the lead byte 0xE2 of U+2013
  // and U+2014: a search for " – " would stop at every space.)
  std::size_t entries = 0;
  const auto entry_before = [&](std::size_t space) {  // the space before a dash
    std::size_t end = space, name = 0;
    while (name < 4) {
      while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
      std::size_t begin = end;
      while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
      if (begin == end) break;
      const std::string_view w = text.substr(begin, end - begin);
      std::size_t len;
      if (scan::bare_word(w) != w || !scan::is_upper(scan::peek(w, 0, len))) break;
      ++name;
      end = begin;
    }
    if (name >= 2) ++entries;
  };
  for (const char lead : {'-', '\xE2'}) {
    const char* const data = text.data();
    for (const char* p = static_cast<const char*>(std::memchr(data, lead, text.size())); p != nullptr;
         p = static_cast<const char*>(std::memchr(p + 1, lead, text.size() - static_cast<std::size_t>(p + 1 - data)))) {
      const std::size_t i = static_cast<std::size_t>(p - data);
      std::size_t after = i + 1;
      if (lead == '\xE2') {
        if (i + 2 >= text.size() || text[i + 1] != '\x80' || (text[i + 2] != '\x93' && text[i + 2] != '\x94')) continue;
        after = i + 3;
      }
      if (i == 0 || text[i - 1] != ' ' || after >= text.size() || text[after] != ' ') continue;
      entry_before(i - 1);
    }
  }
  // (At least one entry for every forty words.)
  return entries >= 3 && count_words(text, entries * 40) <= entries * 40;
}

SpeechEvidence speech_evidence(std::string_view text) {
  // The opening words are where a speech greets its listeners: the first 160 characters
  // (not bytes: a Chinese heading block of a subtitle, the date, the office and the name
  // comes before 尊敬的 …).
  std::size_t end = 0;
  for (int chars = 0; end < text.size() && chars < 160; ++chars) {
    std::size_t len = 1;
    scan::peek(text, end, len);
    end += len ? len : 1;
  }
  const std::string opening = scan::fold_word(text.substr(0, end));
  // A salutation starts a word ("chers" is no greeting inside "Mauerkircherstraße").
  const auto letter_before = [&](std::size_t at) {
    if (at == 0) return false;
    std::size_t b = at - 1;
    while (b > 0 && (static_cast<unsigned char>(opening[b]) & 0xC0) == 0x80) --b;
    std::size_t len = 0;
    return scan::is_letter(scan::peek(opening, b, len));
  };
  for (std::string_view s : kSalutations) {
    for (std::size_t at = opening.find(s); at != std::string::npos; at = opening.find(s, at + 1)) {
      if (!letter_before(at)) return SpeechEvidence::kDirect;
    }
  }
  for (std::string_view s : kLineSalutations) {
    for (std::size_t at = opening.find(s); at != std::string::npos; at = opening.find(s, at + 1)) {
      std::size_t b = at;
      while (b >= 3 && opening.compare(b - 3, 3, "\u3000") == 0) b -= 3;  // ideographic indent
      while (b > 0 && (opening[b - 1] == ' ' || opening[b - 1] == '\t')) --b;
      if (b == 0 || opening[b - 1] == '\n') return SpeechEvidence::kDirect;
    }
  }
  // Word by word, line by line: a turn's paragraphs are parted by line breaks, which
  // split_words() does not split at ("goods.\n\nWe will …"). Only lines that are
  // sentences count, five words or more or ending like one: a menu's "Find Us", "About
  // us" and "Our team" speak for nobody.
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    const std::vector<std::string_view> line = split_words(text.substr(at, eol - at));
    at = eol + 1;
    if (line.empty()) continue;
    const std::string_view last = line.back();
    const bool sentence = line.size() >= 5 || last.ends_with(".") || last.ends_with("!") || last.ends_with("?") ||
                          last.ends_with("\u2026") || last.ends_with("\u3002");
    if (sentence) words.insert(words.end(), line.begin(), line.end());
  }
  // Three such words settle it; fewer must not be lost in a long text: a report of a
  // thousand words whose only "I" and "My" are in the titles of plays ("I, Don Quixote", "My
  // Jerusalem") speaks for nobody. (One in every 600 words or more; fewer weigh as "our".)
  SpeechEvidence found = SpeechEvidence::kNone;
  std::size_t direct = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = words[k];
    const std::string_view w = without_marks(word, ",.;:!?\"»”)");
    if (w.empty() || w.size() > 12) continue;
    const std::string f = scan::fold_word(w);
    // A word in capitals is an acronym: "EU" is no Portuguese "eu", "US" no "us".
    if (scan::capital_letters(w) >= 2) continue;
    // A regnal number after a name inside a sentence is no "I": "conveyed to Bartholomew I
    // best wishes", "Elizabeth I" (a sentence's first word before it may be "Yesterday I").
    std::size_t len;
    if (word == "I" && k >= 2 && scan::is_upper(scan::peek(words[k - 1], 0, len)) &&
        words[k - 1] == scan::bare_word(words[k - 1]) && !words[k - 2].ends_with(".") &&
        !words[k - 2].ends_with("!") && !words[k - 2].ends_with("?")) {
      continue;
    }
    const bool first = f.starts_with("j'") || f.starts_with("j’");
    if (!first && std::find(std::begin(kPersonWords), std::end(kPersonWords), f) == std::end(kPersonWords)) continue;
    if (first || std::find(std::begin(kOurWords), std::end(kOurWords), f) == std::end(kOurWords)) {
      if (++direct >= 3) return SpeechEvidence::kDirect;
      continue;
    }
    found = SpeechEvidence::kPossessive;
  }
  if (direct > 0 && direct * 600 >= words.size()) return SpeechEvidence::kDirect;
  return direct > 0 ? SpeechEvidence::kPossessive : found;  // as weak as "our" alone
}

}  // namespace transcript
