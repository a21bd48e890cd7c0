#include "core/transcript/speech_evidence.h"

#include <algorithm>
#include <string>

#include "core/transcript/scan.h"
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
    "ich", "wir", "mein", "meine", "unser", "unsere", "uns", "mich", "mir", "ihr", "euch"};

constexpr std::string_view kSalutations[] = {
    "good morning", "good afternoon", "good evening", "dear ", "ladies and gentlemen",
    "colleagues", "friends,", "thank you", "добрый день", "доброе утро", "добрый вечер",
    "уважаемые", "уважаемый", "дорогие", "коллеги", "здравствуйте", "спасибо", "mesdames",
    "chers", "chères", "señoras y señores", "queridos", "sehr geehrte", "liebe "};

// Chinese, Japanese, Korean salutations, which count only where a line begins with them
// (a news item quotes them mid-sentence): 尊敬的 (respected …), 女士们，先生们 (ladies and
// gentlemen), 朋友们 (friends), 皆様 / 皆さん, 여러분.
constexpr std::string_view kLineSalutations[] = {"尊敬的", "女士们", "先生们", "朋友们", "皆様", "皆さん", "여러분"};

}  // namespace

bool reads_as_speech(std::string_view text) {
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
  for (std::string_view s : kSalutations) {
    if (opening.find(s) != std::string::npos) return true;
  }
  for (std::string_view s : kLineSalutations) {
    for (std::size_t at = opening.find(s); at != std::string::npos; at = opening.find(s, at + 1)) {
      std::size_t b = at;
      while (b >= 3 && opening.compare(b - 3, 3, "\u3000") == 0) b -= 3;  // ideographic indent
      while (b > 0 && (opening[b - 1] == ' ' || opening[b - 1] == '\t')) --b;
      if (b == 0 || opening[b - 1] == '\n') return true;
    }
  }
  for (std::string_view w : split_words(text)) {
    while (!w.empty() && std::string_view(",.;:!?\"»”)").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
    while (!w.empty() && std::string_view("\"«“(").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
    if (w.empty() || w.size() > 12) continue;
    const std::string f = scan::fold_word(w);
    if (std::find(std::begin(kPersonWords), std::end(kPersonWords), f) != std::end(kPersonWords)) return true;
    if (f.starts_with("j'") || f.starts_with("j’")) return true;
  }
  return false;
}

}  // namespace transcript
