#include "core/transcript/turn_kinds.h"

#include <algorithm>
#include <map>

#include "core/text/utf8.h"
#include "core/transcript/office_phrase.h"
#include "core/transcript/scan.h"

namespace transcript {
namespace {

enum class Role { asks, answers, chairs, other };

// The text folded for phrase look-ups, with no-break spaces as spaces: kremlin.ru's English
// pages tie short words to the next one with them ("give the\u00A0floor", "I\u00A0have
// a\u00A0question"), which a phrase's plain space would not meet.
std::string fold_phrases(std::string_view text) {
  std::string f = scan::fold_word(text);
  if (f.find('\xC2') == std::string::npos && f.find('\xE2') == std::string::npos) return f;
  // In place: U+00A0 (C2 A0) and U+202F (E2 80 AF) become one space each.
  std::size_t out = 0;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '\xC2' && i + 1 < f.size() && f[i + 1] == '\xA0') {
      f[out++] = ' ';
      i += 1;
    } else if (f[i] == '\xE2' && i + 2 < f.size() && f[i + 1] == '\x80' && f[i + 2] == '\xAF') {
      f[out++] = ' ';
      i += 2;
    } else {
      f[out++] = f[i];
    }
  }
  f.resize(out);
  return f;
}

// Whether a folded text holds one of the phrases.
bool holds_any(std::string_view folded, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::string_view p) { return folded.find(p) != std::string_view::npos; });
}

bool has_question_mark(std::string_view text) {
  return text.find('?') != std::string_view::npos || text.find("\u00BF") != std::string_view::npos ||
         text.find("\uFF1F") != std::string_view::npos;
}

// A turn that opens the floor to questions or moves it to another part of the room ("So now
// we'll endeavor to take questions from the press file. … Somebody speak up.", "Okay. As we
// bring this home, let's go to the filing center. Yes, sir."), at most fifty words and no
// question mark: said by another official after one answered, it answers nothing.
bool opens_the_floor(std::string_view text) {
  if (has_question_mark(text)) return false;
  // (Or its last paragraph does, after a few words of the official's own: "Before we get
  // started, just a quick note … ¶ With that, I will open it up to your questions.")
  if (!at_most_words(text, 50)) {
    const std::size_t last = text.rfind("\n\n");
    if (last == std::string_view::npos) return false;
    text = text.substr(last + 2);
    if (!at_most_words(text, 20)) return false;
  }
  if (text.size() > 500) return false;
  const std::string f = fold_phrases(text);
  return holds_any(f, {"take questions", "take a few questions", "take some questions", "take a couple of questions",
                       "take a couple more", "take a few more", "take one more", "take your questions",
                       "open it up to", "open it up for", "open the floor", "let's go to the",
                       "let us go to the", "перейдём к вопросам", "перейдем к вопросам", "ответить на вопросы"});
}

// The page's last words thank the room and ask nothing ("Okay, thank you all very much. Hope
// this worked for you. It was excellent for us. Thanks.", «Спасибо всем.»): said by another
// official than the one who answered last, they end the event and answer no question.
bool thanks_the_room(std::string_view text) {
  if (text.size() > 300 || has_question_mark(text) || !at_most_words(text, 30)) return false;
  const std::string f = fold_phrases(text);
  return holds_any(f, {"thank you all", "thanks, everybody", "thanks everybody", "thank you, everybody",
                       "thank you everybody", "thank you, everyone", "thank you everyone", "thanks, everyone",
                       "thanks everyone", "thanks, guys", "thank you, guys", "спасибо всем", "всем спасибо",
                       "благодарю всех"});
}

// A few words that ask for the floor, not about anything («Владимир Владимирович, можно
// сказать слово?», «Одну минуту выступить можно?», "May I add something?"): a word of
// permission and a word of speaking, at most fifteen words. What the speaker then says is
// their turn; the chair's "Please." grants, and answers nothing.
bool asks_for_the_floor(std::string_view text) {
  if (text.size() > 200 || !has_question_mark(text) || !at_most_words(text, 15)) return false;
  const std::string f = fold_phrases(text);
  return holds_any(f, {"можно", "разрешите", "позвольте", "may i", "can i", "could i", "might i"}) &&
         holds_any(f, {"слово", "сказать", "выступ", "добав", "дополн", "реплик", "say ", "add ", "speak", "comment",
                       "a word"});
}

// Whether a turn puts a question: a question mark in a turn of at most 200 words, or in the
// last paragraph of a longer one (its last 600 bytes when the page kept no paragraphs, as
// pages kept on one line do). A speech of many paragraphs with a rhetorical question
// halfway ("Why is this so? Because …") puts none; nor does a request for the floor.
bool puts_question(std::string_view text);

bool puts_question(std::string_view text) {
  if (!has_question_mark(text)) return false;
  if (asks_for_the_floor(text)) return false;
  // (The last paragraph first: most questions end there, and counting words costs more.)
  const std::size_t last = text.rfind("\n\n");
  if (last != std::string_view::npos && has_question_mark(text.substr(last))) return true;
  if (at_most_words(text, 200)) return true;
  if (last != std::string_view::npos) return false;
  constexpr std::size_t kLastParagraph = 600;
  std::size_t from = text.size() > kLastParagraph ? text.size() - kLastParagraph : 0;
  while (from > 0 && is_continuation_byte(static_cast<unsigned char>(text[from]))) --from;
  return has_question_mark(text.substr(from));
}

// The text without its stage notes: short parenthesised or bracketed asides such as
// "(As interpreted.)", "(In English.)", "(Laughter.)", "[inaudible]", which the page prints
// inside a turn but nobody says.
std::string without_stage_notes(std::string_view text) {
  constexpr std::size_t kLongestNote = 80;  // bytes, brackets included
  std::string out;
  out.reserve(text.size());
  std::size_t from = 0;  // the text from here on is not yet in out
  // (A byte loop: find_first_of() with a set asks memchr() at every byte.)
  const auto next_open = [&](std::size_t from) {
    for (std::size_t j = from; j < text.size(); ++j) {
      if (text[j] == '(' || text[j] == '[') return j;
    }
    return std::string_view::npos;
  };
  for (std::size_t i = next_open(0); i != std::string_view::npos; i = next_open(i + 1)) {
    const std::size_t close = text.find(text[i] == '(' ? ')' : ']', i + 1);
    if (close != std::string_view::npos && close - i + 1 <= kLongestNote) {
      out.append(text.substr(from, i - from)).push_back(' ');
      from = close + 1;
      i = close;
    }
  }
  out.append(text.substr(from));
  return out;
}

// A turn that only names who speaks next, perhaps after a yes ("Bill.", "Norah, then
// Jon-Christopher.", "Yes, and then Roger."): a few capitalised words and connectors, no
// question mark.
bool names_the_next(std::string_view text) {
  const std::string said = without_stage_notes(text);
  if (said.size() > 80 || has_question_mark(said) || !at_most_words(said, 6)) return false;
  bool name = false;
  for (std::string_view w : split_words(said)) {
    const std::string_view bare = scan::bare_word(w);
    const std::string f = scan::fold_word(bare);
    if (f == "then" || f == "and" || f == "yes" || f == "sir" || f == "ma'am" || f == "ma’am" || f == "okay" ||
        f == "ok" || f == "please" || f == "да" || f == "пожалуйста") {
      continue;
    }
    std::size_t len;
    if (bare.empty() || !scan::is_upper(scan::peek(bare, 0, len)) || is_title_word(f) || is_courtesy_title(f)) {
      return false;
    }
    name = true;
  }
  return name;
}

// "Thank you.", "Спасибо, на этом всё.", "Thanks, Josh.", "All right, guys, thank you.":
// eight words or fewer, thanks or leave-taking among them, and otherwise only words of
// courtesy, names and titles ("Thank you, Mr. President"); a wish of a happy occasion too
// ("Happy Super Bowl.", "Merry Christmas, everybody.").
// Stage notes aside: "(As interpreted.) Thank you very much."
bool closing_courtesy(std::string_view text) {
  if (text.size() > 400) return false;
  const std::string said = without_stage_notes(text);
  if (!at_most_words(said, 8)) return false;
  const auto words = split_words(said);
  if (words.empty()) return false;
  static constexpr std::string_view kThanks[] = {"thank", "thanks", "спасибо", "благодарю", "merci", "gracias",
                                                 "danke", "goodbye", "bye", "свидания", "obrigado", "obrigada",
                                                 "welcome", "happy", "merry"};
  static constexpr std::string_view kWords[] = {
      "you", "very", "much", "all", "everyone", "everybody", "guys", "folks", "right", "alright", "good", "luck",
      "that's", "that", "is", "it", "for", "today", "i", "see", "ok", "okay", "great", "got", "so", "and",
      "again", "sir", "madam", "ma'am", "большое", "на", "этом", "всё", "все", "всем", "до", "вам", "beaucoup",
      "muchas", "vielen", "dank", "a", "the", "time", "much", "welcome", "honor", "honour", "god", "bless",
      "pleasure", "appreciate", "your", "question", "questions", "patience", "to", "see", "nice", "да",
      "you're", "always"};
  bool thanks = false, after_comma = false, occasion = false;
  for (std::string_view w : words) {
    std::string f = scan::fold_word(w);
    for (std::size_t q = f.find("\u2019"); q != std::string::npos; q = f.find("\u2019")) f.replace(q, 3, "'");
    const bool comma = f.ends_with(",");
    const bool ends = f.ends_with(".") || f.ends_with("!");
    while (!f.empty() && (f.back() == '.' || f.back() == ',' || f.back() == '!')) f.pop_back();
    const bool addressed = after_comma;
    after_comma = comma;
    if (f.empty()) continue;
    if (std::find(std::begin(kThanks), std::end(kThanks), f) != std::end(kThanks)) {
      thanks = true;
      // A wish names its occasion in capitals: "Happy Super Bowl.", "Merry Christmas".
      occasion = (f == "happy" || f == "merry") && !ends;
      continue;
    }
    std::size_t len0;
    if (occasion && scan::is_upper(scan::peek(w, 0, len0))) {
      occasion = !ends;
      continue;
    }
    occasion = false;
    if (std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords)) continue;
    // Whom the thanks address: a name after a comma ("Thanks, Josh."), a title ("Mr.
    // President") — not a new sentence ("Спасибо. Продолжайте.").
    if (is_courtesy_title(f) || is_title_word(f)) continue;
    std::size_t len;
    if (addressed && scan::is_upper(scan::peek(w, 0, len))) {
      after_comma = comma;
      continue;
    }
    return false;
  }
  return thanks;
}

}  // namespace

bool press_title(const std::string& title) {
  const std::string f = fold_phrases(title);
  // An office of the state that oversees the press is no press: "Minister of Communications
  // and Mass Media", «руководитель Федерального агентства по делам молодёжи».
  if (holds_any(f, {"minister", "министр", "federal service", "federal agency", "федеральн", "governor",
                    "губернатор"})) {
    return false;
  }
  if (holds_any(f, {"editor", "correspondent", "journalist", "reporter", "columnist", "commentator", "blogger",
                    "newspaper", "magazine", "media", "news agency", "television", "tv ", "radio", "broadcast",
                    "редактор", "корреспондент", "журналист", "обозреватель", "газет", "журнал", "телеканал",
                    "информационного агентства", "информационное агентство", "радио"})) {
    return true;
  }
  // An outlet's own name: "TASS Director General", "Reuters bureau chief".
  for (std::string_view w : split_words(title)) {
    if (names_outlet(w)) return true;
  }
  return f.ends_with(" tv");
}

namespace {

// A short turn that gives the floor or moves the event on: "Let us go on. Please.",
// «Пожалуйста, ТАСС.», «Коллеги, переходим к следующему блоку».
bool gives_floor(std::string_view text) {
  if (!at_most_words(text, 40)) return false;
  const std::string f = fold_phrases(text);
  return holds_any(f, {"please", "go ahead", "the floor", "next question", "let us go on", "let's go on",
                       "let us move on", "let's move on", "anybody else", "anyone else", "any other question",
                       "one more", "wrap it up", "last question", "few more questions", "another question",
                       "another person", "other people a chance", "question from", "questions from",
                       "start with", "first question", "have a question?", "where are you?",
                       "where you are?", "вопрос от", "пожалуйста", "прошу", "слово", "переходим",
                       "следующ", "давайте", "s'il vous plaît", "por favor", "bitte"});
}

// A turn that names who asks next ("Thank you. The United States' second and final question
// will go to Ali Vitali from NBC.", «Следующий вопрос — от ТАСС.»): it gives the floor, at
// up to thirty words, where gives_floor()'s looser words ("please") need fifteen or fewer.
bool names_next_asker(std::string_view text) {
  if (text.size() > 400 || has_question_mark(text) || !at_most_words(text, 30)) return false;
  const std::string f = fold_phrases(text);
  return holds_any(f, {"question will go to", "questions will go to", "question goes to", "question will be from",
                       "next question", "final question", "last question", "question from", "the floor to",
                       "следующий вопрос", "последний вопрос", "вопрос от", "слово предоставляется"});
}

// A few words under a question's label that take note of an answer and ask nothing
// ("Okay.", "Wow.", "I do, sir.", «Понятно.»): the answer goes on after them.
bool acknowledgement(std::string_view text) {
  if (text.size() > 100 || has_question_mark(text)) return false;
  const std::string said = without_stage_notes(text);
  if (!at_most_words(said, 4)) return false;
  const auto words = split_words(said);
  if (words.empty()) return false;
  static constexpr std::string_view kWords[] = {
      "wow", "okay", "ok", "yes", "yeah", "yep", "sure", "right", "all", "alright", "i", "do", "sir", "ma'am",
      "mm-hmm", "uh-huh", "got", "it", "understood", "good", "great", "oh", "exactly", "indeed", "absolutely",
      "of", "course", "true", "да", "хорошо", "понятно", "ясно", "ага", "конечно"};
  for (std::string_view w : words) {
    std::string f = scan::fold_word(w);
    while (!f.empty() && (f.back() == '.' || f.back() == ',' || f.back() == '!')) f.pop_back();
    if (!f.empty() && std::find(std::begin(kWords), std::end(kWords), f) == std::end(kWords)) return false;
  }
  return true;
}

// Whether a turn ends by asking something: its last words, stage notes aside, end with "?".
bool ends_asking(std::string_view text) {
  return without_stage_notes(text.substr(text.size() - std::min<std::size_t>(text.size(), 200))).ends_with("?");
}

// A short turn whose only questions ask how someone is ("Jay, how are you today?", "I'm
// good. How are you?", "Mr. Vice President, Mike Porcaro. How are you, sir?", «Как дела?»):
// a greeting, no question. After the greeting's words, a question may only have words of
// courtesy or a name after a comma ("How are you interpreting those moves?" asks).
bool greets_only(std::string_view text) {
  // (Its questions end in "?": the clauses below are read up to those; a full-width "？"
  // or a "¿" asks in other languages.)
  if (text.size() > 200 || text.find('?') == std::string_view::npos ||
      text.find("\uFF1F") != std::string_view::npos || text.find("\u00BF") != std::string_view::npos) {
    return false;
  }
  // (Every greeting holds "ow" or "ак" in lower case: most questions are ruled out at once.)
  if (text.find("ow") == std::string_view::npos && text.find("ак") == std::string_view::npos) return false;
  const std::string said = without_stage_notes(text);
  if (!at_most_words(said, 15)) return false;
  const std::string f = fold_phrases(said);
  static constexpr std::string_view kGreetings[] = {"how are you", "how're you", "how is it going", "how's it going",
                                                    "how have you been", "how are things", "как дела",
                                                    "как поживаете", "как ваши дела"};
  static constexpr std::string_view kAfter[] = {"doing", "today", "this", "morning", "afternoon", "evening", "all",
                                                "guys", "everybody", "everyone", "folks", "sir", "ma'am", "у",
                                                "вас", "тебя", "сегодня"};
  std::size_t from = 0;  // the clause before the next "?" starts here
  for (std::size_t q = f.find('?'); q != std::string::npos; from = q + 1, q = f.find('?', from)) {
    std::string_view clause = std::string_view(f).substr(from, q - from);
    if (const std::size_t end = clause.find_last_of(".!"); end != std::string_view::npos) clause.remove_prefix(end + 1);
    std::size_t at = std::string_view::npos, length = 0;
    for (std::string_view g : kGreetings) {
      if (const std::size_t i = clause.rfind(g); i != std::string_view::npos) {
        at = i;
        length = g.size();
        break;
      }
    }
    if (at == std::string_view::npos) return false;
    // The words after it: courtesy, or a name after a comma.
    const std::string_view rest = trim(clause.substr(at + length));
    if (rest.starts_with(',') && at_most_words(rest, 3)) continue;
    for (std::string_view w : split_words(rest)) {
      std::string word(scan::bare_word(w));
      if (std::find(std::begin(kAfter), std::end(kAfter), word) == std::end(kAfter)) return false;
    }
  }
  return true;
}

// The room's laughter or applause noted in the text: "(Laughter.)", «(Смех.)».
bool draws_laughter(std::string_view text) {
  const std::string f = fold_phrases(text);
  for (std::string_view note : {"(laughter", "(applause", "(смех", "(аплодисменты", "(оживление"}) {
    if (f.find(note) != std::string::npos) return true;
  }
  return false;
}

// A turn that says, in its first sentences, that its speaker has a question ("I have a
// question.", "My question is about …", «У меня вопрос.»), put or not.
bool announces_question(std::string_view text) {
  const std::string_view prefix = utf8_prefix(text, 400);
  // (Every phrase holds the word in lower case: most turns are ruled out without folding.)
  if (prefix.find("question") == std::string_view::npos && prefix.find("вопрос") == std::string_view::npos) {
    return false;
  }
  const std::string f = fold_phrases(prefix);
  return holds_any(f, {"i have a question", "i have one question", "i have a short question", "my question is",
                       "my question concerns", "у меня вопрос", "у меня есть вопрос", "у меня такой вопрос",
                       "у меня один вопрос", "мой вопрос"});
}

// A turn that hands the floor to a named speaker ("I give the floor to …", "Передаю слово …").
bool hands_on_the_floor(std::string_view text) {
  const std::string f = fold_phrases(utf8_prefix(text, 400));
  return holds_any(f, {"give the floor", "floor to", "floor goes to", "передаю слово", "предоставляю слово",
                       "слово предоставляется", "la parole à", "das wort"});
}

// A turn that says it puts a question of its own and holds one ("I would like to ask you my
// question: …?", «Позвольте задать вопрос: …?»): a chair's words that ask, not give the floor.
bool puts_own_question(std::string_view text) {
  if (!puts_question(text)) return false;
  const std::string f = fold_phrases(utf8_prefix(text, 600));
  return holds_any(f, {"ask you", "my question", "question to you", "a question for you", "following question",
                       "задать вопрос", "спросить", "вопрос к вам", "мой вопрос", "следующий вопрос вам"});
}

// A short turn that asks nothing and says the event ends ("Thank you very much. This
// concludes the press conference.", «На этом пресс-конференция завершена.»): it answers no
// question, even one still open.
bool closes_the_event(std::string_view text) {
  if (text.size() > 300 || has_question_mark(text) || !at_most_words(text, 25)) return false;
  const std::string f = fold_phrases(text);
  return holds_any(f, {"this concludes", "that concludes", "concludes our", "concludes the", "concludes today",
                       "this ends our", "that ends our", "all the time we have", "на этом заверш",
                       "на этом закончим", "на этом заканчива", "конференция завершена", "брифинг завершен"});
}

// "Remark", «Реплика», "Voice", "Comment", "Audience member": someone in the audience.
bool audience_label(const SpeakerLabel& l) {
  const std::string f = scan::fold_word(l.label);
  for (std::string_view w : {"remark", "реплика", "voice", "голос", "comment", "комментарий", "response", "audience"}) {
    if (f.starts_with(w)) return true;
  }
  return false;
}

// "Participant", «Участник», "Unidentified speaker": someone taking part, who may ask.
bool participant_label(const SpeakerLabel& l) {
  const std::string f = scan::fold_word(l.label);
  return f.starts_with("participant") || f.starts_with("участни") || f.starts_with("unidentified") ||
         f.starts_with("unknown");
}

}  // namespace

bool moderator_title(const SpeakerLabel& l) {
  if (!l.title) return false;
  const std::string f = scan::fold_word(*l.title);
  return holds_any(f, {"moderator", "host", "presenter", "anchor", "ведущ", "модератор"});
}

bool chair_title(const SpeakerLabel& l) {
  if (!l.title) return false;
  const std::string f = scan::fold_word(*l.title);
  return holds_any(f, {"moderator", "host", "chair", "speaker", "presenter", "anchor", "ведущ", "модератор",
                       "председательствующ"});
}

std::vector<KindOutput> assign_kinds(const std::vector<KindInput>& turns, const std::optional<std::string>& principal,
                                     bool questions_announced) {
  const std::size_t n = turns.size();
  // Who speaks each turn: a person's canonical name, an office label's title; "" for role
  // labels and unlabelled turns.
  std::vector<std::string> who(n);
  for (std::size_t k = 0; k < n; ++k) {
    const SpeakerLabel* l = turns[k].label;
    if (!l) continue;
    if (turns[k].speaker && (l->role == LabelRole::person || l->role == LabelRole::office || l->role == LabelRole::answer)) {
      who[k] = "p:" + scan::fold_word(*turns[k].speaker);
    } else if (l->role == LabelRole::office) {
      who[k] = "o:" + scan::fold_word(l->title ? *l->title : l->label);
    }
  }
  const std::string principal_id = principal ? "p:" + scan::fold_word(*principal) : std::string();

  struct Stats {
    int turns = 0, asking = 0, short_turns = 0, hands_to_askers = 0, followed = 0, courtesies = 0;
    int before_principal = 0;  // turns the principal speaks right after
    int floor = 0;             // turns that give the floor
    int after_question = 0;    // turns right after a question label's
    bool chair_label = false;
    bool moderator_label = false;  // a chair's title that is no office's: moderator, host
    std::optional<std::string> title;  // the first title a label gave
    bool affiliated = false;           // "Name, Outlet"
  };
  std::map<std::string, Stats> stats;
  for (std::size_t k = 0; k < n; ++k) {
    if (who[k].empty()) continue;
    Stats& s = stats[who[k]];
    ++s.turns;
    if (closing_courtesy(turns[k].text)) ++s.courtesies;
    if (puts_question(turns[k].text)) ++s.asking;
    if (at_most_words(turns[k].text, 30)) ++s.short_turns;
    if (gives_floor(turns[k].text)) ++s.floor;
    if (turns[k].label && chair_title(*turns[k].label)) s.chair_label = true;
    if (turns[k].label && moderator_title(*turns[k].label)) s.moderator_label = true;
    if (!s.title && turns[k].label && turns[k].label->title) s.title = turns[k].label->title;
    if (turns[k].label && turns[k].label->affiliated) s.affiliated = true;
    if (k + 1 < n && who[k + 1] != who[k]) ++s.followed;
    if (k > 0 && turns[k - 1].label && turns[k - 1].label->role == LabelRole::question) ++s.after_question;
    if (k + 1 < n && !principal_id.empty() && who[k + 1] == principal_id && who[k] != principal_id) ++s.before_principal;
  }
  auto question_label = [&](std::size_t k) {
    return turns[k].label && turns[k].label->role == LabelRole::question;
  };
  // Askers.
  std::map<std::string, Role> role;
  for (std::size_t k = 0; k < n; ++k) {
    if (turns[k].guest && !who[k].empty()) role[who[k]] = Role::answers;
  }
  bool any_question_label = false;
  for (std::size_t k = 0; k < n; ++k) any_question_label |= question_label(k);
  // Where journalists are labelled by their role (Q, Question, outlets), the named speakers
  // are the officials, however many questions they put ("Any other questions?"); else a
  // person asks when most of their turns hold a question mark.
  for (const auto& [id, s] : stats) {
    if (id == principal_id || role.count(id) || any_question_label) continue;
    if (2 * s.asking > s.turns - s.courtesies && s.followed > 0) role[id] = Role::asks;
  }
  // A speaker right before an answer label asks ("…?" / "A: …").
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (!who[k].empty() && who[k] != principal_id && !role.count(who[k]) && turns[k + 1].label &&
        turns[k + 1].label->role == LabelRole::answer) {
      role[who[k]] = Role::asks;
    }
  }
  // Journalists by their titles; not one the label names as the event's moderator too, when
  // most of their turns ask nothing ("Plenary session moderator, TV journalist Sergei
  // Brilyov" introduces panellists: he chairs; a Bloomberg editor moderating a plenary who
  // puts questions to each speaker asks; a "Chairman of the Union of Journalists" may ask).
  for (const auto& [id, s] : stats) {
    if (id != principal_id && !role.count(id) && !(s.moderator_label && 2 * s.asking <= s.turns) &&
        ((s.title && press_title(*s.title)) || s.affiliated)) {
      role[id] = Role::asks;
    }
  }
  bool any_asker = false;
  for (const auto& [id, r] : role) any_asker |= r == Role::asks;
  const bool qa = any_question_label || any_asker || questions_announced;
  const bool people_ask = any_asker;  // named people put the questions, not only role labels
  // At a question-and-answer event, someone without a title whom the principal answers
  // most of the time asks too (a participant, a named journalist).
  if (qa && !principal_id.empty()) {
    // Whether one of the speaker's turns says it puts a question (read only where it decides).
    auto announces = [&](const std::string& id) {
      for (std::size_t k = 0; k < n; ++k) {
        if (who[k] == id && announces_question(turns[k].text)) return true;
      }
      return false;
    };
    for (const auto& [id, s] : stats) {
      // (A title of an office outside the press, "Rossiya Segodnya Director General", still
      // asks when most of its holder's turns put a question: a head of a news agency at a
      // meeting with editors.)
      if (id == principal_id || role.count(id) || s.chair_label || (s.title && 2 * s.asking <= s.turns)) continue;
      // Someone who never asks anything reports (a minister at a meeting that later takes
      // a question), unless the title announced questions; and where the questions come
      // under question labels (Q), a named speaker who only ever puts in a few words and
      // never a question is one of the officials (a press secretary's "It's on the way"
      // and "Let's take one more" in a gaggle).
      // (A participant who says they have a question asks, even where the principal cuts
      // in before it is put: "My name is Alexander Romanchuk. I have a question. Our company
      // offers …" / "How much is it?".)
      if (s.asking == 0 && ((any_question_label && s.short_turns == s.turns) || (!questions_announced && !people_ask)) &&
          !announces(id)) {
        continue;
      }
      if (2 * s.before_principal >= s.turns && s.before_principal > 0) role[id] = Role::asks;
    }
  }

  // Chairs: hand the floor to askers.
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (who[k].empty()) continue;
    const bool next_asks = question_label(k + 1) || (!who[k + 1].empty() && role.count(who[k + 1]) &&
                                                    role[who[k + 1]] == Role::asks);
    if (next_asks) ++stats[who[k]].hands_to_askers;
  }
  for (const auto& [id, s] : stats) {
    if (role.count(id)) continue;
    if (s.chair_label && id != principal_id) {
      role[id] = Role::chairs;
      continue;
    }
    // (Someone who speaks right after most questions answers them, however briefly.)
    if (id != principal_id && s.turns >= 3 && 2 * s.short_turns > s.turns && 2 * s.after_question < s.turns &&
        (2 * s.hands_to_askers > s.turns || 2 * s.floor > s.turns)) {
      role[id] = Role::chairs;
      continue;
    }
    role[id] = Role::answers;
  }

  // A moderator who puts a question of their own makes the event one of questions and answers
  // from there on, even where nobody else asks.
  bool chair_asks = false;
  for (std::size_t k = 0; k < n && !chair_asks; ++k) {
    const auto it = role.find(who[k]);
    chair_asks = it != role.end() && it->second == Role::chairs && puts_own_question(turns[k].text);
  }
  std::vector<KindOutput> out(n);
  std::optional<int> open;
  // An interviewer's sign-off: a few sentences that thank and ask nothing ("Thank you very
  // much, Mr President, for today's interview. We wish you good luck…", «Спасибо огромное.»),
  // one of the page's last two turns or followed only by a few words each ("Q Thank you for
  // coming back." / "I'll see you in Hanoi. Are you all going up?" / "Q Yes, sir." / "Q We
  // are."); it closes the open question.
  auto sign_off = [&](std::size_t k) {
    if (k + 5 < n) return false;  // (position first: the rest reads the turns' words)
    if (k + 2 < n) {
      for (std::size_t j = k + 1; j < n; ++j) {
        if (!at_most_words(turns[j].text, 12)) return false;
      }
    }
    if (has_question_mark(turns[k].text) || !at_most_words(turns[k].text, 70)) return false;
    const std::string f = fold_phrases(turns[k].text);
    // (Thanks in any form: "Sir, we appreciate your leadership and appreciate your time".)
    return holds_any(f, {"thank", "appreciate", "спасибо", "благодар", "merci", "danke", "gracias"});
  };
  // A few words back to someone's thanks ("Thank you very much." - "You are welcome.")
  // answer no question.
  auto reply_to_thanks = [&](std::size_t k) {
    return k > 0 && who[k - 1] != who[k] && out[k - 1].kind == TurnKind::statement &&
           closing_courtesy(turns[k - 1].text) && !has_question_mark(turns[k].text) &&
           at_most_words(turns[k].text, 6);
  };
  // A quip on someone else's answer to the same question: a few words that ask nothing and
  // draw the room's laughter or applause ("What a good answer that was. (Laughter.)"), not
  // an answer of its own. (A few words without it may well answer: "They are very
  // different circumstances.")
  auto aside_on_an_answer = [&](std::size_t k) {
    if (k == 0 || out[k - 1].kind != TurnKind::answer || who[k - 1].empty() || who[k - 1] == who[k]) return false;
    const std::string_view text = turns[k].text;
    if (text.size() > 300 || has_question_mark(text) || !at_most_words(without_stage_notes(text), 8)) return false;
    return draws_laughter(text);
  };
  // Under a question's label after an answer: a few words that only take note of it
  // ("Wow."; the answer goes on after them), or a quip that draws laughter and asks nothing.
  // A quip answered in kind (the reply draws laughter too, or gives the floor: "We're still
  // breaking Jay in. (Laughter.)" / "I'm sorry, go ahead.") is banter, and the question
  // before it is over; one answered by a few words that go on with the answer ("Awesome.
  // (Laughter.)" / "I don't believe we have any guests on this flight.") is an aside; one
  // answered at length is a follow-up, a question ("You just happen to have a list.
  // (Laughter.)" / "I happen to have some statistics. …").
  auto after_an_answer = [&](std::size_t k) { return k > 0 && out[k - 1].kind == TurnKind::answer; };
  enum class Quip { none, banter, aside };
  auto quip_under_question = [&](std::size_t k) {
    const std::string_view text = turns[k].text;
    if (k == 0 || out[k - 1].kind == TurnKind::question || text.size() > 300 || has_question_mark(text) ||
        !at_most_words(without_stage_notes(text), 8) || !draws_laughter(text)) {
      return Quip::none;
    }
    if (k + 1 == n) return Quip::banter;
    const std::string_view reply = turns[k + 1].text;
    if (!at_most_words(without_stage_notes(reply), 25)) return Quip::none;
    if (draws_laughter(reply) || gives_floor(reply) || at_most_words(without_stage_notes(reply), 3)) {
      return Quip::banter;
    }
    return Quip::aside;
  };
  // An interviewer's first words, before any question, that thank the guest for coming or
  // welcome them and ask nothing ("Vice President, thank you so much for taking time to be with us this
  // morning."): no question, so the guest's reply answers none.
  auto opening_thanks = [&](std::size_t k) {
    if (k > 2 || has_question_mark(turns[k].text) || !at_most_words(turns[k].text, 40)) return false;
    for (std::size_t j = 0; j < k; ++j) {
      if (out[j].kind == TurnKind::question || out[j].kind == TurnKind::answer) return false;
    }
    // (Thanks for something: "thank you for joining us"; a bare "Thanks, Josh." opens a
    // reporter's question at a briefing.)
    const std::string f = fold_phrases(turns[k].text);
    bool thanks = holds_any(f, {"welcome", "an honor", "an honour", "a pleasure", "good to have you",
                                "great to have you", "добро пожаловать", "спасибо, что", "спасибо за"});
    for (std::size_t at = f.find("thank"); at != std::string::npos && !thanks; at = f.find("thank", at + 5)) {
      const std::size_t for_at = f.find(" for ", at);
      thanks = for_at != std::string::npos && for_at - at <= 24;
    }
    return thanks && !holds_any(f, {"question", "ask", "wonder", "could you", "can you", "would you", "will you",
                                    "what ", "how ", "why ", "when ", "вопрос", "спрос"});
  };
  // Another briefer taking the floor after someone else answered: a turn that greets the room
  // first ("Hey, guys, I won't take long.", "Thanks, everybody, and thanks for traveling
  // with us.", "Добрый день всем!") opens a statement of its own, not a second answer.
  auto greets_the_room = [&](std::size_t k) {
    // (Someone else answered since the question: this turn is not the first after it.)
    if (k == 0 || !open || static_cast<int>(k) <= *open || who[k - 1].empty() || who[k - 1] == who[k]) return false;
    const std::string opening = without_stage_notes(utf8_prefix(turns[k].text, 200));
    const auto words = split_words(opening);
    if (words.size() < 2) return false;
    static constexpr std::string_view kGreetings[] = {"hey", "hi", "hello", "thanks", "thank", "good", "welcome",
                                                      "добрый", "здравствуйте", "спасибо", "привет"};
    static constexpr std::string_view kRoom[] = {"everybody", "everyone", "guys", "folks", "all", "gentlemen",
                                                 "всем", "коллеги", "друзья"};
    auto ends_sentence = [](std::string_view w) { return w.ends_with(".") || w.ends_with("!") || w.ends_with("?"); };
    const std::string first = scan::fold_word(scan::bare_word(words[0]));
    if (std::find(std::begin(kGreetings), std::end(kGreetings), first) == std::end(kGreetings) ||
        ends_sentence(words[0])) {
      return false;
    }
    // The room addressed in the greeting's own sentence, within its first four words.
    for (std::size_t i = 1; i < words.size() && i < 4; ++i) {
      const std::string w = scan::fold_word(scan::bare_word(words[i]));
      if (std::find(std::begin(kRoom), std::end(kRoom), w) != std::end(kRoom)) return true;
      if (ends_sentence(words[i])) break;
    }
    return false;
  };
  // The page's first turn welcomes the guest and asks nothing ("Vice President Pence is
  // here. And welcome, sir, once again back to the EIB Network."): no question.
  auto welcome = [&](std::size_t k) {
    if (k > 1 || (k == 1 && turns[0].label) || has_question_mark(turns[k].text)) return false;
    const std::string f = fold_phrases(turns[k].text);
    return f.find("welcome") != std::string::npos || f.find("добро пожаловать") != std::string::npos;
  };
  // A question broken off ("The former chairman of the Arab League today --"): the words
  // after it take the floor back rather than answer it.
  auto cut_off = [](std::string_view text) {
    const std::string_view t = trim(text);
    // (A dash typed as two characters of which one is a hyphen: "Now –-".)
    return t.ends_with("--") || t.ends_with("\u2014") || t.ends_with("\u2013") || t.ends_with("\u2026") ||
           t.ends_with("...") || t.ends_with("\u2013-") || t.ends_with("-\u2013") || t.ends_with(" -");
  };
  // A reporter calling for the floor, broken off ("Robert --", "Robert, can I ask a question
  // about --"), and a few words back that give it ("Yes, sir.", "I'm sorry. Michael."): the
  // floor, not an answer.
  // So does a reporter who only says who they are ("Ronica Cleary with Fox 5." / "Yes.").
  auto introduces_themselves = [](std::string_view text) {
    const std::string said = without_stage_notes(text);
    if (text.size() > 120 || has_question_mark(text) || !at_most_words(said, 8)) return false;
    const auto words = split_words(said);
    std::size_t capitalised = 0;
    for (std::string_view w : words) {
      std::size_t len;
      const std::string_view bare = scan::bare_word(w);
      const std::string f = scan::fold_word(bare);
      if (!bare.empty() && scan::is_upper(scan::peek(bare, 0, len))) {
        ++capitalised;
      } else if (const bool number = !bare.empty() && std::all_of(bare.begin(), bare.end(), [](char c) {
                   return c >= '0' && c <= '9';
                 });
                 f != "with" && f != "from" && f != "of" && f != "the" && f != "for" && !number) {
        return false;
      }
    }
    return capitalised >= 3;
  };
  auto gives_floor_to_caller = [&](std::size_t k) {
    if (k == 0 || turns[k].text.size() > 200 || !turns[k - 1].label ||
        turns[k - 1].label->role != LabelRole::question || has_question_mark(turns[k].text) ||
        !at_most_words(without_stage_notes(turns[k].text), 3)) {
      return false;
    }
    if (introduces_themselves(turns[k - 1].text)) return true;
    if (!cut_off(turns[k - 1].text)) return false;
    const std::string_view call = turns[k - 1].text;
    if (call.size() > 200 || !at_most_words(call, 8)) return false;
    const auto words = split_words(call);
    std::size_t len;
    if (words.empty() || !scan::is_upper(scan::peek(words[0], 0, len))) return false;
    if (words[0].ends_with(",")) return true;  // addressed by name
    // Only names and the break: "Robert --", "Mr. President --".
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (!scan::is_upper(scan::peek(words[i], 0, len))) return false;
    }
    return words.size() <= 3;
  };
  // The first words after a whole question answer it, even thanks or a few words giving
  // the floor ("Please do."); but the page's last thanks close it.
  auto first_words_after_question = [&](std::size_t k) {
    return k > 0 && open && *open == static_cast<int>(k) && !cut_off(turns[k - 1].text) &&
           !(k + 1 == n && closing_courtesy(turns[k].text));
  };
  for (std::size_t k = 0; k < n; ++k) {
    KindOutput& o = out[k];
    const int seq = static_cast<int>(k) + 1;
    const SpeakerLabel* l = turns[k].label;
    if (!l) {
      if (turns[k].unlabelled_answer && open) {
        o.kind = TurnKind::answer;
        o.reply_to = open;
      } else {
        o.kind = TurnKind::remarks;
      }
      continue;
    }
    const bool signs_off = sign_off(k);
    if (l->role == LabelRole::question) {
      // "Q: Thank you, Mr. President." closes; it asks nothing.
      if (closing_courtesy(turns[k].text) || signs_off || welcome(k) || opening_thanks(k) ||
          greets_only(turns[k].text)) {
        o.kind = TurnKind::statement;
        // (Thanks after the answer close the question: "Thanks, Bill." / "* * *" / the
        // briefer's addendum answers nothing.)
        if (signs_off || after_an_answer(k)) open.reset();
      } else if (after_an_answer(k) && acknowledgement(turns[k].text) &&
                 !ends_asking(turns[k - 1].text)) {
        // (Unless the answer ended by asking the reporter something: "Yes." then replies,
        // and the key reads a reply to a counter-question as the asker's question.)
        o.kind = TurnKind::statement;
      } else if (const Quip quip = quip_under_question(k); quip != Quip::none) {
        o.kind = TurnKind::statement;
        if (quip == Quip::banter) open.reset();
      } else {
        o.kind = TurnKind::question;
        open = seq;
      }
      continue;
    }
    if (l->role == LabelRole::other && who[k].empty()) {
      // At a question-and-answer event a remark from the audience is put to the speakers.
      // So is a participant's turn that asks something.
      const bool asks = audience_label(*l) || (participant_label(*l) && has_question_mark(turns[k].text));
      if (qa && asks && !closing_courtesy(turns[k].text)) {
        o.kind = TurnKind::question;
        open = seq;
      } else {
        o.kind = TurnKind::statement;
      }
      continue;
    }
    if (l->role == LabelRole::answer && who[k].empty()) {
      o.kind = open ? TurnKind::answer : TurnKind::statement;
      if (open) o.reply_to = open;
      continue;
    }
    if (!qa && !(chair_asks && open)) {
      if (const auto it = role.find(who[k]);
          chair_asks && it != role.end() && it->second == Role::chairs && puts_own_question(turns[k].text)) {
        o.kind = TurnKind::question;
        open = seq;
        continue;
      }
      o.kind = TurnKind::statement;
      continue;
    }
    const Role r = who[k].empty() ? Role::answers : role[who[k]];
    // (A few words back to something the speaker before asked while no question was open
    // reply to it: "Press Day, right?" / "Russian Press Day.")
    const bool replies_before_questions =
        !open && k > 0 && !who[k - 1].empty() && who[k - 1] != who[k] && ends_asking(turns[k - 1].text) &&
        !has_question_mark(turns[k].text) && turns[k].text.size() <= 200 && at_most_words(turns[k].text, 8);
    if (r == Role::asks && !closing_courtesy(turns[k].text) && !signs_off && !welcome(k) &&
        !asks_for_the_floor(turns[k].text) && !replies_before_questions && !greets_only(turns[k].text)) {
      o.kind = TurnKind::question;
      open = seq;
    } else if (r == Role::asks) {
      o.kind = TurnKind::statement;
      // (As under a question's label, the asker's thanks after the answer close the question:
      // "That is great, thank you.")
      if (signs_off || (after_an_answer(k) && (greets_only(turns[k].text) || closing_courtesy(turns[k].text)))) {
        open.reset();
      }
    } else if (r == Role::chairs && puts_own_question(turns[k].text)) {
      // A moderator putting a question of their own ("… we all want to ask you the following
      // question. … Could you please tell us whether …?").
      o.kind = TurnKind::question;
      open = seq;
    } else if (r == Role::chairs || l->role == LabelRole::other) {
      o.kind = TurnKind::statement;
      // A chair handing the floor on after an answer ends the question ("Thank you. I give
      // the floor to Hamid Karzai, …"): the next speaker's words answer nothing.
      if (r == Role::chairs && open && static_cast<int>(k) > *open && hands_on_the_floor(turns[k].text)) open.reset();
    } else if (open && (first_words_after_question(k) ||
                        (!closing_courtesy(turns[k].text) &&
                         !(gives_floor(turns[k].text) && at_most_words(turns[k].text, 15)) &&
                         !names_next_asker(turns[k].text))) &&
               !aside_on_an_answer(k) && !reply_to_thanks(k) && !greets_the_room(k) && !gives_floor_to_caller(k) &&
               !closes_the_event(turns[k].text) && !asks_for_the_floor(turns[k].text) &&
               !(k > 0 && !who[k - 1].empty() && who[k - 1] != who[k] && !first_words_after_question(k) &&
                 (opens_the_floor(turns[k].text) ||
                  (k + 1 < n && question_label(k + 1) && names_the_next(turns[k].text)) ||
                  (k + 1 == n && thanks_the_room(turns[k].text))))) {
      o.kind = TurnKind::answer;
      o.reply_to = open;
    } else {
      o.kind = TurnKind::statement;
    }
  }
  return out;
}

}  // namespace transcript
