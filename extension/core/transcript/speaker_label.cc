#include "core/transcript/speaker_label.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/transcript/office_phrase.h"
#include "core/transcript/page_chrome.h"
#include "core/entities/common_words.h"
#include "core/entities/country_names.h"
#include "core/entities/organisations.h"
#include "core/text/char_refs.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"
#include "core/transcript/scan.h"

namespace transcript {
namespace {

using scan::fold_word;
using scan::in_list;
using scan::peek;
using scan::skip_spaces;
using scan::space_at;

// Word lists (folded). They are small and only consulted for label-sized strings.
// The words for a question (kQuestionWords) and for the journalist who asks (kAskerWords), in
// the languages of Europe and of the former Soviet Union that foreign ministries publish
// transcripts in, and Indonesian, Malay, Vietnamese, Arabic and Persian (a lexicon of the
// languages, not of any page: "Domanda" / "Risposta", "Pytanie" / "Odpowiedź", "Питање" /
// "Одговор", "Soru" / "Cevap"). Either makes a question's label.
constexpr std::string_view kQuestionWords[] = {
    "question", "questions", "q", "вопрос", "вопросы", "pregunta", "pergunta", "frage",
    "питання", "zusatzfrage", "nachfrage", "follow-up", "followup", "repregunta", "domanda",
    "pytanie", "otázka", "pitanje", "питање", "въпрос", "прашање", "vprašanje", "întrebare",
    "intrebare", "kérdés", "vraag", "fråga", "spørgsmål", "spørsmål", "kysymys", "küsimus",
    "jautājums", "klausimas", "ερώτηση", "soru", "sual", "сұрақ", "savol", "tanya",
    "pertanyaan", "soalan", "hỏi", "سؤال", "السؤال", "پرسش", "سوال", "пытанне"};
constexpr std::string_view kAskerWords[] = {
    "journalist", "журналист", "reporter", "correspondent", "корреспондент", "journaliste",
    "periodista", "jornalista", "interviewer", "интервьюер", "giornalista", "dziennikarz",
    "dziennikarka", "novinář", "novinár", "novinar", "новинар", "jurnalist", "újságíró",
    "toimittaja", "ajakirjanik", "žurnālists", "žurnalistas", "δημοσιογράφος", "gazeteci",
    "тілші", "wartawan", "pemberita", "phóng viên", "صحفي", "الصحفي", "خبرنگار", "журналіст"};
bool is_question_role(std::string_view folded) {
  return in_list<kQuestionWords>(folded) || in_list<kAskerWords>(folded);
}
// The words for an answer, in the same languages.
constexpr std::string_view kAnswerRoles[] = {
    "answer", "a", "ответ", "r", "réponse", "reponse", "respuesta", "resposta", "antwort", "відповідь",
    "risposta", "odpowiedź", "odpověď", "odpoveď", "odgovor", "одговор", "отговор", "răspuns",
    "raspuns", "válasz", "antwoord", "svar", "vastaus", "vastus", "atbilde", "atsakymas", "απάντηση",
    "cevap", "cavab", "жауап", "javob", "адказ",
    // Indonesian, Malay, Vietnamese
    "jawab", "jawaban", "jawapan", "trả lời",
    // Arabic, Persian
    "جواب", "الجواب", "پاسخ"};
constexpr std::string_view kOtherRoles[] = {
    "moderator", "модератор", "ведущий", "ведущая", "remark", "remarks", "реплика",
    "response", "responses", "reply", "replies",
    "comment", "комментарий", "interpreter", "переводчик", "host", "presenter", "anchor",
    "announcer", "participant", "участник", "voice", "голос", "operator", "оператор",
    "audience", "vors", "vorsitzender", "vorsitzende", "moderateur", "modérateur",
    "moderador", "moderadora", "moderatore", "moderátor", "moderaattori", "moderaator", "ведучий",
    "ведуча", "водещ", "unidentified", "unknown",
    // collectives (kCollectives)
    "volunteer", "volunteers", "participants", "участники", "ветераны", "students", "студенты",
    "children", "дети", "школьники", "pupils", "members", "journalists", "журналисты",
    "representatives", "crowd", "all", "все", "together", "хором"};

// Many people speak, nobody in particular: "Volunteers", «Ветераны СВО» name no person.
constexpr std::string_view kCollectives[] = {
    "volunteers", "participants", "участники", "ветераны", "students", "студенты", "children",
    "дети", "школьники", "pupils", "members", "journalists", "журналисты", "representatives",
    "crowd", "all", "все", "together", "хором", "audience"};

// Offices written as capitals, which a label in capitals keeps so ("PM MODI" -> PM).
constexpr std::string_view kTitleAcronyms[] = {"pm", "dpm", "fm", "eam", "sg", "dsg", "vp", "mp", "mps", "mep",
                                               "ceo", "cfo", "coo", "cto"};

// Someone a role word leaves unnamed: "Audience member", "Unidentified speaker", "Unknown
// voice" ("Unidentified reporter" and "Audience question" ask: is_question_role()).
constexpr std::string_view kUnnamed[] = {"member", "speaker", "voice", "participant", "man", "woman",
                                         "male", "female", "person", "official"};

// Words that end the name of a document, not of a speaker: "PRESS RELEASE:", "Readout:".
constexpr std::string_view kDocumentKinds[] = {
    "release", "releases", "advisory", "notice", "readout", "communique", "communiqué",
    "transcript", "summary", "agenda", "annex", "appendix", "footnote", "footnotes", "note",
    "notes", "disclaimer", "сообщение", "релиз", "справка", "примечание", "сноска"};

// The word that starts the heading of a document's text, not a speaker's name: "Текст
// Указа:", "Text of the Decree:", "Full text:", "Полный текст:".
constexpr std::string_view kDocumentText[] = {"text", "текст"};

constexpr std::string_view kConnectors[] = {
    "of", "the", "for", "and", "de", "da", "del", "della", "di", "du", "des", "la", "le",
    "los", "las", "les", "et", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "on",
    "at", "to", "in", "y", "и", "по", "при", "в",
    // "and" in a Russian or Polish name written in Latin letters ("Argumenty i Fakty")
    "i"};
constexpr std::size_t kMaxLabelWords = 40;

// The connectors of an office's words ("Ambassador to the UN", "King of Jordan"), which a
// label in capitals prints in capitals too; never part of a name (unlike "de", "van", "bin").
bool office_connector(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"of", "the", "and", "for", "to", "at", "in", "on"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

// Words of a salutation, which is no label: "Ladies and Gentlemen, Dear Friends:", "My Lords
// and Members of the House of Commons:" (plural "lords" only addresses; a peer is "Lord …").
constexpr std::string_view kSalutations[] = {
    "ladies", "gentlemen", "dear", "colleagues", "friends", "excellencies", "everyone", "lords",
    "дамы", "господа", "коллеги", "друзья", "уважаемые", "дорогие", "mesdames", "messieurs",
    "señoras", "señores", "damen", "herren"};

constexpr std::string_view kRolePrepositions[] = {
    "from", "of", "by", "to", "at", "in", "for", "из", "от", "с", "со", "в", "на", "по"};

constexpr std::string_view kOutlets[] = {
    "reuters", "afp", "ap", "tass", "тасс", "itar-tass", "итар-тасс", "interfax",
    "интерфакс", "bloomberg", "cnn", "bbc", "sputnik", "спутник", "xinhua", "синьхуа",
    "kyodo", "nhk", "ria", "риа", "novosti", "новости", "rt", "euronews", "associated",
    "news", "tv", "television", "телевидение", "телеканал", "channel", "radio", "радио",
    "agency", "агентство", "gazette", "газета", "times", "journal", "herald", "tribune",
    "kommersant", "коммерсант", "коммерсантъ", "izvestia", "известия", "vedomosti",
    "ведомости", "rbc", "рбк", "ntv", "нтв", "jazeera", "anadolu", "yonhap", "cctv", "cgtn",
    "рейтер", "рейтерс", "блумберг", "ассошиэйтед", "франс", "пресс", "presse", "киодо",
    "франс-пресс", "dpa", "efe", "ansa", "kyodo", "nikkei", "белта", "belta", "sputnik",
    "pti", "ani", "uni", "ians", "wion", "ndtv", "paper", "daily", "weekly", "post",
    "globe", "observer", "pap", "ctk", "mti", "kuna", "wam", "spa", "irna", "mena", "apa",
    "jiji", "cns", "cnr", "cri", "phoenix", "dw", "rfi", "france24", "aljazeera", "abc",
    "nbc", "cbs", "fox", "npr", "pbs", "msnbc", "abs-cbn", "tvc", "cnbc", "ap", "upi"};

// Page furniture words are shared with page_chrome (is_furniture_word).

// A folded word that names an outlet or its kind: one of kOutlets; a hyphenated name whose
// first part is one ("interfax-ukraine", "ria-novosti"); an agency named for "inform", as
// several of the former Soviet Union are ("укринформ", "укрінформ", "kazinform"); a word
// for a newspaper in a language whose papers carry it in their names ("asahi shimbun",
// "chosun ilbo", "süddeutsche zeitung", "gazeta wyborcza", "el diario").
bool outlet_word(std::string_view f) {
  if (in_list<kOutlets>(f)) return true;
  if (const std::size_t hyphen = f.find('-'); hyphen != std::string_view::npos && hyphen > 0) {
    if (in_list<kOutlets>(f.substr(0, hyphen)) && !is_common_word(f.substr(0, hyphen))) return true;
  }
  for (std::string_view agency : {"информ", "інформ", "inform"}) {
    if (f.size() >= agency.size() + 3 && f.ends_with(agency)) return true;
  }
  static constexpr std::string_view kPaperWords[] = {"shimbun", "ilbo", "nippo", "zeitung", "gazeta", "gazete",
                                                     "diario", "jornal", "giornale", "noticias", "dnevnik"};
  return in_list<kPaperWords>(f);
}

// Pronouns, auxiliaries and reporting verbs: a label never holds one ("He said:", "The
// Minister noted:", "We have:").
constexpr std::string_view kSentenceWords[] = {
    "i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "them", "my", "our",
    "your", "his", "their", "its", "said", "says", "say", "asked", "asks", "told", "tells",
    "added", "adds", "noted", "notes", "stressed", "replied", "answered", "explained",
    "continued", "wrote", "writes", "declared", "stated", "announced", "responded",
    "recalled", "emphasised", "emphasized", "pointed", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "can", "could", "should", "must", "shall", "did", "does",
    "do", "not", "this", "that", "these", "those", "which", "who", "whom", "whose", "what",
    "when", "where", "why", "how", "here", "there", "then", "as", "if", "because", "but",
    "so", "also", "very", "like", "following", "below", "above",
    "я", "мы", "вы", "он", "она", "они", "это", "как", "что", "так", "если", "когда", "где",
    "который", "которая", "которые", "следующее", "следующие", "ниже"};

// First words that open sentences, not labels: pronouns, discourse words, imperatives.
constexpr std::string_view kStopWords[] = {
    "look", "listen", "note", "see", "remember", "imagine", "example", "first", "second",
    "third", "fourth", "last", "next", "final", "another", "one", "finally", "firstly", "secondly",
    "thirdly", "lastly", "also", "now",
    "so", "well", "here", "therefore", "thus", "however", "moreover", "result", "conclusion",
    "summary", "update", "attention", "warning", "important", "why", "what", "how", "today",
    "my", "our", "your", "their", "this", "that", "these", "those", "it", "we", "i", "you",
    "he", "she", "they", "there", "for", "to", "and", "but", "or", "if", "when", "as", "in", "on",
    "at", "with", "about", "after", "before", "during", "from",
    "смотрите", "послушайте", "итак", "например", "во-первых", "во-вторых", "внимание",
    "примечание", "почему", "зачем", "мой", "моя", "мои", "наш", "наша", "наше", "наши", "ваш",
    "ваша", "ваше", "ваши", "твой", "это", "вот", "первый", "второй", "третий", "последний",
    "следующий", "ещё", "еще", "один", "другой"};

// Russian lower-case words that look like verbs ("сказал", "считает"): a title followed by a
// verb is a sentence ("Президент сказал:"), not a label.
bool looks_like_russian_verb(std::string_view w) {
  static constexpr std::string_view kEndings[] = {
      "ала", "ила", "ела", "али", "или", "ели", "ал", "ил", "ет", "ёт", "ит", "ют", "ят",
      "ать", "ить", "ять", "ся", "сь"};
  for (auto e : kEndings) {
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
  }
  return false;
}

std::string_view strip_period(std::string_view w) {
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

std::string fold_key(std::string_view w) { return fold_word(strip_period(w)); }

// The speaker's office or title: the label's name part without the person's name,
// courtesy titles ("Mr.", "Ms.") and a leading "The"; nullopt when nothing is left.
std::optional<std::string> label_title(std::string_view name_part, const std::optional<std::string>& speaker) {
  std::string all = collapse_spaces(name_part);
  if (speaker && !speaker->empty()) {
    const std::size_t at = all.rfind(*speaker);
    if (at == std::string::npos) return std::nullopt;
    all.erase(at, speaker->size());
  }
  const std::vector<std::string_view> words = split_words(all);
  const auto article = [](std::string_view f) { return f == "the" || f == "le" || f == "la" || f == "el" || f == "les"; };
  // Without courtesy titles and, when an office remains, academic ones: "EAM Dr. S.
  // Jaishankar" is the EAM, "Staatssekretär Dr. Andreas Michaelis" a Staatssekretär; "Dr.
  // Smith" keeps "Dr.".
  std::vector<std::string_view> kept;
  for (const bool academic_too : {true, false}) {
    kept.clear();
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string_view w = words[i];
      if (w == ",") {
        if (!kept.empty() && !kept.back().ends_with(",")) kept.push_back(w);
        continue;
      }
      const std::string f = fold_key(w);
      // (A leading article: "The President", "Le Président", "El Presidente"; Malaysia's
      // "Tan Sri".)
      if (is_courtesy_title(f) || (academic_too && is_academic_title(f)) || (kept.empty() && article(f)) ||
          (f == "tan" && i + 1 < words.size() && fold_key(words[i + 1]) == "sri")) {
        continue;
      }
      kept.push_back(w);
    }
    // (An article before the courtesy titles left out: "Senator the Hon Penny Wong".)
    while (!kept.empty() && (article(fold_key(kept.back())) || kept.back() == ",")) kept.pop_back();
    if (!kept.empty()) break;
  }
  std::string out;
  for (std::string_view w : kept) {
    if (w == ",") {
      out.push_back(',');
      continue;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  while (!out.empty() && (out.front() == ',' || out.front() == ' ')) out.erase(0, 1);
  if (out.empty()) return std::nullopt;
  return out;
}

// "KIRBY" -> "Kirby", "JEAN-YVES LE DRIAN" -> "Jean-Yves Le Drian": a text without lower-case
// letters in name case (the first letter of every word and of every part after a hyphen or
// an apostrophe upper case, the rest lower case). With keep_short, words of two or three
// letters other than connectors and common words stay in capitals ("CEO", "US", but "Air
// Force"). Text with a lower-case
// letter is returned unchanged.
std::string name_case(std::string_view text, bool keep_short) {
  std::size_t i = 0, len = 0, letters = 0;
  while (i < text.size()) {
    const char32_t cp = peek(text, i, len);
    if (scan::is_lower(cp)) return std::string(text);
    letters += scan::is_letter(cp);
    i += len;
  }
  if (letters < 2) return std::string(text);
  std::string out;
  std::string prev;  // the word before, folded
  for (std::string_view w : split_words(text)) {
    if (!out.empty()) out.push_back(' ');
    const std::string f = fold_word(w);
    std::size_t n_letters = 0;
    for (std::size_t j = 0; j < w.size(); j += len) n_letters += scan::is_letter(peek(w, j, len));
    // A short word of the language ("AIR FORCE", "ДОМ") is no acronym, unless it names a
    // country ("US").
    const bool acronym = n_letters <= 3 && !in_list<kConnectors>(f) &&
                         (!is_common_word(f) || country_code(w) || in_list<kTitleAcronyms>(f));
    // A regnal number after a name stays in capitals ("ABDULLAH II"); "XI" first is a name.
    const bool regnal = !out.empty() && n_letters <= 4 && f.find_first_not_of("ivx") == std::string::npos;
    // Initials joined to a surname in capitals: "С.ЛАВРОВ" -> "С.Лавров".
    if (const std::size_t dot = w.rfind('.'); dot != std::string_view::npos && dot + 1 < w.size() &&
                                              !(keep_short && acronym) && !regnal) {
      std::size_t tail_letters = 0;
      for (std::size_t j = dot + 1; j < w.size(); j += len) tail_letters += scan::is_letter(peek(w, j, len));
      if (tail_letters >= 2) {
        out.append(w.substr(0, dot + 1));
        out.append(name_case(w.substr(dot + 1), false));
        continue;
      }
    }
    // A title's abbreviation in capitals: "GEN." -> "Gen.", "LT." -> "Lt.".
    if (w.size() >= 3 && w.back() == '.' && w.find('.') + 1 == w.size() &&
        (is_title_word(fold_key(w)) || is_courtesy_title(fold_key(w)))) {
      std::size_t first = 0;
      peek(f, 0, first);
      out.append(name_case(w.substr(0, first), false));
      out.append(f.substr(first));
      prev = f;
      continue;
    }
    // An organisation's abbreviation keeps its capitals whatever its length ("NATO", "OSCE").
    if ((keep_short && acronym) || regnal || w.find('.') != std::string_view::npos ||
        is_organisation_abbreviation(w)) {
      out.append(w);
      continue;
    }
    // Connectors inside a title stay in lower case ("Ambassador to the UN", "King of Jordan"),
    // and so do Romance ones ("Président de la République", "Presidente del Gobierno",
    // "María de los Ángeles"), an article only after "de" ("Le Drian" keeps its capital).
    static constexpr std::string_view kRomance[] = {"de", "del", "des", "du", "della", "di", "da", "do", "dos",
                                                    "das", "y", "et", "e"};
    static constexpr std::string_view kArticles[] = {"la", "le", "les", "los", "las", "el", "l'"};
    const bool after_de = prev == "de" || prev == "di" || prev == "da";
    if (!out.empty() && (office_connector(f) || in_list<kRomance>(f) || (after_de && in_list<kArticles>(f)))) {
      out.append(f);
      prev = f;
      continue;
    }
    prev = f;
    // An elided article after "de" stays in lower case, its noun capitalised: "Ministre de
    // l'Europe".
    bool start = !(after_de && (f.starts_with("l'") || f.starts_with("l\u2019")));
    for (std::size_t j = 0; j < f.size(); j += len) {
      const char32_t cp = peek(f, j, len);
      append_utf8(out, start ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp))) : cp);
      start = cp == '-' || cp == '\'' || cp == U'\u2019';
      // Scots and Irish names: MCCONNELL -> McConnell.
      if (j == 1 && f.starts_with("mc") && f.size() > 3) start = true;
    }
  }
  return out;
}

// Fills the label's title and puts capitals in name case.
SpeakerLabel finish_label(SpeakerLabel r, std::string_view name_part) {
  if (r.role == LabelRole::person || r.role == LabelRole::office || (r.role == LabelRole::other && r.speaker)) {
    r.title = label_title(name_part, r.speaker);
    if (r.role == LabelRole::other && r.title) {
      // "Moderator Ivan Petrov": the role word is the title.
    }
  }
  if (r.speaker) r.speaker = name_case(*r.speaker, false);
  // A surname in capitals beside a given name in name case, as French and East Asian
  // protocol prints it ("Olaf SCHOLZ", "KAMIKAWA Yoko"): the surname in name case too.
  if (r.speaker && split_words(*r.speaker).size() >= 2) {
    std::string cased;
    bool changed = false;
    for (std::string_view w : split_words(*r.speaker)) {
      // (Not initials, nor a regnal number: "Abdullah II".)
      const bool regnal = !cased.empty() && w.size() <= 4 && w.find_first_not_of("IVX") == std::string_view::npos;
      if (!cased.empty()) cased.push_back(' ');
      const std::string c = w.find('.') == std::string_view::npos && !regnal ? name_case(w, false) : std::string(w);
      changed |= c != w;
      cased.append(c);
    }
    if (changed) r.speaker = std::move(cased);
  }
  // A title only when the whole label is in capitals ("SECRETARY BLINKEN"): "Sidhant Sibal,
  // WION" keeps its outlet's capitals.
  if (r.title && name_case(name_part, false) != name_part) r.title = name_case(*r.title, true);
  return r;
}

struct WordShape {
  bool ok = false;
  bool capitalised = false;  // first letter upper case
  bool lower = false;        // first letter lower case
  bool digits = false;       // digits only
  bool initials = false;     // has an initials period ("С.В.Лавров", "M.")
  bool cyrillic = false;
};

// Checks one word of a label: letters, hyphens, apostrophes, initials' periods, or digits.
// "Lenta.ru", "RT.com", "Gazeta.ru": an outlet's web address used as its name.
bool web_name(std::string_view w) {
  const std::size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || w.size() - dot - 1 < 2 || w.size() - dot - 1 > 4) return false;
  // (The domain in lower case, or capitalised as a brand writes it: "Lenta.Ru".)
  for (std::size_t i = dot + 1; i < w.size(); ++i) {
    const char c = w[i];
    if ((c < 'a' || c > 'z') && !(i == dot + 1 && c >= 'A' && c <= 'Z')) return false;
  }
  for (char c : w.substr(0, dot)) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return w[0] >= 'A' && w[0] <= 'Z';
}

// Capitalised ASCII letters, then digits: "News18", "France24", "Channel4".
bool outlet_with_number(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && ((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z'))) ++i;
  const std::size_t letters = i;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') ++i;
  return letters >= 2 && i > letters && i == w.size() && w[0] >= 'A' && w[0] <= 'Z';
}

WordShape shape_of(std::string_view w) {
  WordShape s;
  if (web_name(w)) {
    s.ok = true;
    s.capitalised = true;
    return s;
  }
  std::size_t i = 0, len = 0;
  std::size_t segment = 0;  // letters since the last period
  bool any_letter = false, any_digit = false, first = true, slash = false;
  while (i < w.size()) {
    const char32_t cp = peek(w, i, len);
    i += len;
    if (scan::is_letter(cp)) {
      if (first) {
        s.capitalised = scan::is_upper(cp);
        s.lower = scan::is_lower(cp);
        s.cyrillic = scan::script_of(cp) == scan::Script::cyrillic;
      }
      any_letter = true;
      ++segment;
    } else if (scan::is_digit(cp)) {
      any_digit = true;
    } else if (cp == '.') {
      // A period ends a sentence, not an initial; but a courtesy title's abbreviation may be
      // longer ("Excmo.", "Excma.").
      if (segment == 0 || (segment > 4 && !(i == w.size() && is_courtesy_title(fold_key(w.substr(0, i - 1)))))) {
        return s;
      }
      s.initials = true;
      segment = 0;
    } else if ((cp == '-' || cp == '\'' || cp == U'\u2019') && !first) {
      // inside a word: Jean-Yves, O'Brien
    } else if (cp == '&' && !first) {
    } else if (cp == '/' && !first && i < w.size()) {
      slash = true;  // two offices in one word: HR/VP, Representative/Vice-President (below)
    } else {
      return s;
    }
    first = false;
  }
  if (any_letter && any_digit) return s;
  if (slash && !is_title_word(fold_key(w))) return s;
  s.digits = any_digit && !any_letter;
  s.ok = true;
  return s;
}

// An en or em dash with a space on each side.
bool is_dash_between_words(std::string_view line, std::size_t j) {
  if (j == 0 || j + 3 >= line.size() || space_at(line, j + 3) == 0) return false;
  // (The space before may be a no-break one: kremlin.ru's "Officer\u00a0– Chairman".)
  const bool space_before = line[j - 1] == ' ' || (j >= 2 && line.substr(j - 2, 2) == "\u00A0");
  return space_before && (line.substr(j, 3) == "\u2013" || line.substr(j, 3) == "\u2014");
}

bool is_sentence_punctuation(std::string_view line, std::size_t j) {
  const auto c = static_cast<unsigned char>(line[j]);
  if (c == ',' || c == ';' || c == '!' || c == '?' || c == '"') return true;
  if (c == 0xC2 && j + 1 < line.size()) {
    const auto b = static_cast<unsigned char>(line[j + 1]);
    return b == 0xAB || b == 0xBB;  // « »
  }
  if (c == 0xE2 && j + 2 < line.size() && static_cast<unsigned char>(line[j + 1]) == 0x80) {
    const auto b = static_cast<unsigned char>(line[j + 2]);
    return b == 0x9C || b == 0x9D || b == 0x9E || b == 0x93 || b == 0x94;  // “ ” „ – —
  }
  return false;
}

}  // namespace

bool names_outlet(std::string_view word) {
  const std::string f = fold_key(word);
  return outlet_word(f) && !is_common_word(f);
}

std::string_view first_words(std::string_view text, std::size_t n) {
  const std::vector<std::string_view> words = split_words(text);
  if (words.size() <= n) return text;
  const std::string_view last = words[n - 1];
  return text.substr(0, static_cast<std::size_t>(last.data() + last.size() - text.data()));
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  words.reserve(std::min<std::size_t>(text.size() / 2 + 1, 16));  // one allocation for most lines
  std::size_t i = skip_spaces(text, 0);
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && space_at(text, j) == 0) ++j;
    words.push_back(text.substr(i, j - i));
    i = skip_spaces(text, j);
  }
  return words;
}

std::size_t count_words(std::string_view text, std::size_t limit) {
  std::size_t count = 0;
  bool in_word = false;
  std::size_t i = 0;
  const std::size_t n = text.size();
  // One character at a time from i up to stop (a multi-byte space may carry i past it), or
  // to the word past the limit.
  const auto by_characters = [&](std::size_t stop) {
    while (i < stop) {
      if (const std::size_t space = space_at(text, i)) {
        in_word = false;
        i += space;
        continue;
      }
      if (!in_word && ++count > limit) return;
      in_word = true;
      ++i;
    }
  };
#if defined(__SSE2__)
  // Sixteen bytes at a time: a word starts at a byte that is no space after one that is.
  // A block that holds the lead byte of a multi-byte space (C2, E2, E3, EF: kSpaceLead)
  // goes the character way.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (i + 16 <= n && count <= limit) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const auto eq = [&v](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const __m128i multi = _mm_or_si128(_mm_or_si128(eq('\xC2'), eq('\xE2')), _mm_or_si128(eq('\xE3'), eq('\xEF')));
    if (_mm_movemask_epi8(multi) != 0) {
      by_characters(i + 16);
      continue;
    }
    const __m128i space = _mm_or_si128(_mm_or_si128(_mm_or_si128(eq(' '), eq('\t')), _mm_or_si128(eq('\v'), eq('\f'))),
                                       eq('\0'));
    const unsigned word = ~static_cast<unsigned>(_mm_movemask_epi8(space)) & 0xFFFFu;
    const unsigned starts = word & ~((word << 1) | static_cast<unsigned>(in_word));
    count += static_cast<std::size_t>(__builtin_popcount(starts));
    in_word = (word >> 15) != 0;
    i += 16;
  }
#endif
  if (count <= limit) by_characters(n);
  return std::min(count, limit + 1);
}

std::string strip_titles(const std::vector<std::string_view>& words, bool* titled) {
  const OfficeSplit split = split_office(words);
  if (titled) *titled = split.titled;
  std::string out;
  for (std::size_t k = split.name_begin; k < words.size(); ++k) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[k]);
  }
  return out;
}

std::string surname_key(std::string_view speaker) {
  const auto words = split_words(speaker);
  if (words.empty()) return {};
  std::string_view last = words.back();
  // A regnal number is no surname: "Abdullah II" is Abdullah.
  if (words.size() > 1 && last.size() <= 4 && last.find_first_not_of("IVX") == std::string_view::npos) {
    last = words[words.size() - 2];
  }
  const std::size_t dot = last.rfind('.');
  if (dot != std::string_view::npos && dot + 1 < last.size()) last = last.substr(dot + 1);
  return fold_word(last);
}

namespace {

// A role label that names no one: line[begin, label_end) as printed, the text from
// text_begin. bare_q_a for the letters Q, A, R, P standing for a role.
SpeakerLabel role_label(std::string_view line, std::size_t begin, std::size_t label_end,
                        std::size_t text_begin, LabelRole role, bool bare_q_a) {
  SpeakerLabel r;
  r.label_begin = begin;
  r.label_end = label_end;
  r.text_begin = text_begin;
  r.label = std::string(line.substr(begin, label_end - begin));
  r.role = role;
  r.bare_q_a = bare_q_a;
  return r;
}

// "Q - text", "R – text", "Вопрос — текст", "P.- text" (exteriores.gob.es): a question or
// answer role word, a dash and the text on the same line (diplomatie.gouv.fr prints its
// exchanges so). The dash has spaces around it, or follows the word's abbreviation period.
// A single letter (Q, A, R, P for pregunta) is bare_q_a: the page must have question labels
// for an answer letter to count. The label is the word as printed, with its period.
std::optional<SpeakerLabel> match_dash_role_label(std::string_view line, std::size_t begin) {
  // Cheap first test (this runs on every line): a dash ('-', or the lead byte of an en or em
  // dash) within the first 30 bytes.
  const std::string_view head = line.substr(begin, 30);
  if (head.find('-') == std::string_view::npos && head.find('\xE2') == std::string_view::npos) return std::nullopt;
  std::size_t j = begin, len = 0;
  while (j < line.size() && j - begin <= 24 && scan::is_letter(peek(line, j, len))) j += len;
  if (j == begin || j >= line.size() || j - begin > 24) return std::nullopt;
  const std::size_t word_end = j;
  const bool period = line[j] == '.';
  if (period) ++j;
  const std::size_t k = skip_spaces(line, j);
  if (k >= line.size() || (k == j && !period)) return std::nullopt;
  std::size_t dash = 0;
  for (std::string_view d : {"-", "\u2013", "\u2014"}) {
    if (line.substr(k, d.size()) == d) dash = d.size();
  }
  if (!dash) return std::nullopt;
  const std::size_t text = skip_spaces(line, k + dash);
  if (text >= line.size() || (text == k + dash && !period)) return std::nullopt;
  const std::string_view word = line.substr(begin, word_end - begin);
  if (!shape_of(word).capitalised) return std::nullopt;
  const std::string f = fold_word(word);
  const bool question = is_question_role(f) || f == "p";
  if (!question && !in_list<kAnswerRoles>(f)) return std::nullopt;
  return role_label(line, begin, j, text, question ? LabelRole::question : LabelRole::answer,
                    count_chars(word) == 1);
}

// "Name, Affiliation:", "Title, Name:" and "Outlet, Name:" (mea.gov.in: "Official
// Spokesperson, Shri Arindam Bagchi:", "Sidhant Sibal, WION:"; mofa.go.jp: "NHK, Tanaka:"). The words passed the label checks; the first k are the
// part before the comma. The person is the part that is not all titles, and must look like
// a name (two words or initials); a salutation ("Ladies and Gentlemen, Dear Friends") is not
// a label. The text must follow on the same line.
std::optional<SpeakerLabel> comma_label(SpeakerLabel r, std::string_view line,
                                        const std::vector<std::string_view>& words, std::size_t k,
                                        bool first_is_role) {
  if (r.text_begin >= line.size() || first_is_role) return std::nullopt;
  const std::vector<std::string_view> a(words.begin(), words.begin() + static_cast<long>(k));
  const std::vector<std::string_view> b(words.begin() + static_cast<long>(k), words.end());
  if (a.size() > 6 || b.size() > 6) return std::nullopt;
  // An office whose name holds a comma (Spain's "Ministro de Asuntos Exteriores, Unión
  // Europea y Cooperación"): a title word opens the first part, which names nobody, and the
  // second goes on with capitalised words, no title word among them, whose last is joined
  // by a conjunction ("Minister of Construction, Housing and Utilities Mikhail Men" names
  // its minister after the conjunction's word).
  {
    bool titled = false;
    const bool office_a = strip_titles(a, &titled).empty() && titled;
    auto conjunction = [](const std::string& f) {
      return f == "y" || f == "e" || f == "and" || f == "et" || f == "und" || f == "и";
    };
    const bool joined = b.size() >= 2 && conjunction(fold_key(b[b.size() - 2]));
    bool more_of_it = !b.empty();
    for (std::string_view w : b) {
      const std::string f = fold_key(w);
      std::size_t len = 0;
      more_of_it &= !is_title_word(f) && (in_list<kConnectors>(f) || f == "e" || f == "und" ||
                                          scan::is_upper(peek(w, 0, len)));
    }
    if (office_a && joined && more_of_it) {
      r.role = LabelRole::office;
      return r;
    }
  }
  for (auto w : words) {
    if (in_list<kConnectors>(fold_key(w))) return std::nullopt;
  }
  auto name_like = [](const std::string& p) {
    return split_words(p).size() >= 2 || p.find('.') != std::string::npos;
  };
  bool titled_a = false, titled_b = false;
  const std::string pa = strip_titles(a, &titled_a), pb = strip_titles(b, &titled_b);
  r.role = LabelRole::person;
  if (pa.empty() && name_like(pb)) {
    r.speaker = collapse_spaces(pb);
    r.titled = true;
    return r;
  }
  // A reporter's surname alone before the outlet: "Tanaka, NHK", "Иванов, ТАСС".
  const bool outlet_b = std::any_of(b.begin(), b.end(), [](std::string_view w) { return outlet_word(fold_key(w)); });
  const bool surname_a = a.size() == 1 && pa.size() >= 2 && !titled_a && !is_common_word(fold_key(pa)) &&
                         !country_code(pa);
  if (name_like(pa) || (surname_a && outlet_b)) {
    r.speaker = collapse_spaces(pa);
    r.titled = titled_a || pb.empty();
    // "Sidhant Sibal, WION", "Tanaka, Kyodo News": what follows the name is no title, but
    // where they work.
    r.affiliated = (!pb.empty() && !titled_b) || outlet_b;
    return r;
  }
  // The outlet first, then the reporter's surname (mofa.go.jp: "Kyodo News, Nakamura",
  // "NHK, Tanaka").
  const bool outlet_a = std::any_of(a.begin(), a.end(), [](std::string_view w) { return outlet_word(fold_key(w)); });
  const bool surname_b = b.size() == 1 && pb.size() >= 2 && !titled_b && !is_common_word(fold_key(pb)) &&
                         !country_code(pb);
  if (outlet_a && (surname_b || name_like(pb))) {
    r.speaker = collapse_spaces(pb);
    r.titled = titled_b;
    r.affiliated = true;
    return r;
  }
  return std::nullopt;
}

// Chinese labels (fmprc.gov.cn's regular press conferences: "毛宁：…", "法新社记者：…",
// "问：…" / "答：…"): up to twelve Han characters (a middle dot inside, as transliterated
// foreign names write it) and a colon, full-width or not. 问 and 答 are a question and an
// answer; a label that ends in 记者 (reporter) names the outlet a journalist asks for; 主持人
// (host) chairs; up to four characters are a person's name (one, a surname alone, is a
// weak label: it counts where it comes back); page furniture (来源, 日期, 时间 …) is no label,
// nor is anything longer. Japanese labels may stand in lenticular brackets without a colon
// (【記者】), and give a name before its office (上川外務大臣: 上川, 外務大臣).
std::optional<SpeakerLabel> match_cjk_label(std::string_view line, std::size_t begin) {
  // Japanese pages (mofa.go.jp) put the label in lenticular brackets, without a colon:
  // "【記者】　NHKの田中です。", "【上川外務大臣】　本日、…".
  const bool bracketed = line.substr(begin, 3) == "\u3010";
  if (bracketed) begin += 3;
  std::size_t j = begin, len = 0, chars = 0;
  while (j < line.size() && chars <= 12) {
    const char32_t cp = peek(line, j, len);
    if (!scan::is_cjk(cp) && !(cp == U'\u00B7' && chars > 0)) break;
    j += len;
    ++chars;
  }
  if (chars == 0 || chars > 12 || j >= line.size()) return std::nullopt;
  std::size_t after = 0;
  if (bracketed) {
    if (line.substr(j, 3) != "\u3011") return std::nullopt;
    after = j + 3;
  } else if (line.substr(j, 3) == "\uFF1A") {
    after = j + 3;
  } else if (line[j] == ':') {
    after = j + 1;
  } else {
    return std::nullopt;
  }
  const std::string_view label = line.substr(begin, j - begin);
  if (is_furniture_word(label)) return std::nullopt;
  const std::size_t text = skip_spaces(line, after);
  // Question and answer: Chinese (both scripts), Japanese, Korean.
  for (std::string_view q : {"\u95EE", "\u554F", "\u63D0\u95EE", "\u8CEA\u554F", "\uC9C8\uBB38"}) {  // 问 問 提问 質問 질문
    if (label == q) return role_label(line, begin, j, text, LabelRole::question, true);
  }
  for (std::string_view a : {"\u7B54", "\uB2F5\uBCC0"}) {  // 答 답변
    if (label == a) return role_label(line, begin, j, text, LabelRole::answer, true);
  }
  SpeakerLabel r = role_label(line, begin, j, text, LabelRole::other, false);
  // A journalist (记者, 記者, 기자), after the outlet's name or alone.
  if (label.ends_with("\u8BB0\u8005") || label.ends_with("\u8A18\u8005") || label.ends_with("\uAE30\uC790")) {
    r.role = LabelRole::question;
    r.outlet = true;
    return r;
  }
  for (std::string_view host : {"\u4E3B\u6301\u4EBA", "\u53F8\u4F1A", "\uC0AC\uD68C\uC790"}) {  // 主持人 司会 사회자
    if (label == host) return r;
  }
  // A sentence that reports speech is no label: "王毅说：", "毛宁表示：", "他指出：".
  for (std::string_view verb : {"\u8BF4", "\u8868\u793A", "\u6307\u51FA", "\u5F3A\u8C03", "\u79F0",
                                "\u4ECB\u7ECD", "\u56DE\u7B54", "\u9053", "\u8BA4\u4E3A"}) {
    if (label.ends_with(verb)) return std::nullopt;  // 说 表示 指出 强调 称 介绍 回答 道 认为
  }
  // A name before its office, as Japanese writes it ("上川外務大臣", "林大臣", "小野日子外務報道官").
  for (std::string_view office : {"\u5916\u52D9\u5927\u81E3", "\u5916\u52D9\u526F\u5927\u81E3",
                                  "\u5916\u52D9\u5831\u9053\u5B98", "\u5831\u9053\u5B98",
                                  "\u5B98\u623F\u9577\u5B98", "\u7DCF\u7406\u5927\u81E3", "\u7DCF\u7406",
                                  "\u526F\u5927\u81E3", "\u5927\u81E3"}) {
    // 外務大臣 外務副大臣 外務報道官 報道官 官房長官 総理大臣 総理 副大臣 大臣
    if (!label.ends_with(office)) continue;
    const std::string_view name = label.substr(0, label.size() - office.size());
    const std::size_t name_chars = count_chars(name);
    if (name_chars == 0) {
      r.title = std::string(office);  // the office alone: a statement under its title
      return r;
    }
    if (name_chars > 4) break;
    r.role = LabelRole::person;
    r.speaker = std::string(name);
    r.title = std::string(office);
    r.titled = true;
    return r;
  }
  // Chinese: an office, then the name ("俄罗斯外长拉夫罗夫", "外交部发言人毛宁", "国务委员兼外长王毅").
  for (std::string_view office : {"\u5916\u4EA4\u90E8\u53D1\u8A00\u4EBA", "\u53D1\u8A00\u4EBA",
                                  "\u5916\u4EA4\u90E8\u957F", "\u5916\u957F", "\u90E8\u957F",
                                  "\u56FD\u52A1\u59D4\u5458", "\u4E3B\u5E2D", "\u603B\u7EDF", "\u603B\u7406",
                                  "\u5927\u4F7F", "\u79D8\u4E66\u957F", "\u7279\u4F7F"}) {
    // 外交部发言人 发言人 外交部长 外长 部长 国务委员 主席 总统 总理 大使 秘书长 特使
    const std::size_t at = label.rfind(office);
    if (at == std::string_view::npos) continue;
    const std::string_view name = label.substr(at + office.size());
    const std::size_t name_chars = count_chars(name);
    if (name_chars > 8) break;
    if (name_chars == 0) {
      r.title = std::string(label);  // the office alone ("总统："): a statement under its title
      return r;
    }
    r.role = LabelRole::person;
    r.speaker = std::string(name);
    r.title = std::string(label.substr(0, at + office.size()));
    r.titled = true;
    return r;
  }
  if (chars > 4) return std::nullopt;
  r.role = LabelRole::person;
  r.speaker = std::string(label);
  // A surname alone ("蔡：" answering "记者：" in an interview) counts where it comes back.
  r.weak = chars == 1;
  return r;
}

// The label of a card that ends in an office before " :" (the colon after a space): the
// person and the office, when the office opens with a capital, holds no sentence's end and
// has at most `max_words` words.
std::optional<SpeakerLabel> card_with_office(std::string_view line, std::size_t begin, std::size_t colon,
                                             std::string_view office, std::string person, std::size_t max_words) {
  for (char c : office) {
    if (c == '.' || c == '!' || c == '?' || c == ':') return std::nullopt;
  }
  if (office.empty() || !at_most_words(office, max_words) || !shape_of(split_words(office).front()).capitalised) {
    return std::nullopt;
  }
  SpeakerLabel r;
  r.label_begin = begin;
  r.label_end = colon;
  r.text_begin = skip_spaces(line, colon + 2);
  r.label = collapse_spaces(line.substr(begin, colon - begin));
  r.role = LabelRole::person;
  r.speaker = std::move(person);
  r.title = collapse_spaces(office);
  r.titled = true;
  return r;
}

// A card whose label prints the full name as the page writes it, then the same words with
// the surname first, then the office (a foreign guest's: "Тамим Бен Хамад Аль Тани Аль Тани
// Тамим Бен Хамад Эмир Государства Катар (как переведено) : …" -> Тамим Бен Хамад Аль Тани,
// Эмир Государства Катар): two to five capitalised words, their rotation, and a colon after
// a space within 400 bytes.
std::optional<SpeakerLabel> rotated_card_label(std::string_view line, std::size_t begin) {
  // (Cheap tests first: the colon within 400 bytes, and the first word again before it.)
  const std::string_view window = line.substr(begin, 400);
  const std::size_t colon_at = window.find(" :");
  if (colon_at == std::string_view::npos) return std::nullopt;
  const std::size_t colon = begin + colon_at;
  const std::size_t first_end = window.find(' ');
  if (first_end == std::string_view::npos || first_end >= colon_at ||
      window.substr(first_end, colon_at - first_end).find(window.substr(0, first_end)) == std::string_view::npos) {
    return std::nullopt;
  }
  const std::vector<std::string_view> words = split_words(line.substr(begin, colon - begin));
  for (std::size_t n = 2; n <= 5 && 2 * n < words.size(); ++n) {
    bool names = true;
    for (std::size_t k = 0; k < n && names; ++k) {
      const WordShape shape = shape_of(words[k]);
      // (Names, no rank: "Патриарх Кирилл Кирилл Патриарх …" is the rank's form below.)
      names = shape.ok && shape.capitalised && !shape.initials && !shape.digits &&
              scan::bare_word(words[k]) == words[k] && !is_title_word(fold_key(words[k]));
    }
    if (!names) break;
    bool rotation = false;
    for (std::size_t r = 1; r < n && !rotation; ++r) {
      rotation = true;
      for (std::size_t k = 0; k < n && rotation; ++k) rotation = words[n + k] == words[(k + r) % n];
    }
    if (!rotation) continue;
    // The office: capitalised first, no sentence inside; an annotation in brackets ends it.
    std::string office;
    for (std::size_t k = 2 * n; k < words.size() && words[k].front() != '('; ++k) {
      if (!office.empty()) office.push_back(' ');
      office.append(words[k]);
    }
    std::string name;
    for (std::size_t k = 0; k < n; ++k) {
      if (!name.empty()) name.push_back(' ');
      name.append(words[k]);
    }
    return card_with_office(line, begin, colon, office, std::move(name), 14);
  }
  return std::nullopt;
}

// A person's card printed inside the label after initials and surname (kremlin.ru's
// tooltip, which scrapers keep): "И.Руденя Руденя Игорь Михайлович губернатор Тверской
// области : …" -> Игорь Руденя, губернатор Тверской области. The card repeats the surname,
// then gives the first name and a patronymic and the office, which may hold quotation
// marks and dashes («Росатом», "… – первый заместитель …"); the colon may follow a space.
std::optional<SpeakerLabel> card_label(std::string_view line, std::size_t begin) {
  // Both forms end with a colon within 600 bytes of the start: a line without one is spared
  // the word shapes below (most lines of a page).
  if (line.substr(begin, 600).find(':') == std::string_view::npos) return std::nullopt;
  const auto word_end = [&](std::size_t b) {
    std::size_t e = b;
    while (e < line.size() && space_at(line, e) == 0 && line[e] != ':') ++e;
    return e;
  };
  const std::size_t w0_end = word_end(begin);
  const std::string_view w0 = line.substr(begin, w0_end - begin);
  if (w0_end >= line.size() || line[w0_end] == ':') return std::nullopt;
  const WordShape s0 = shape_of(w0);
  if (!s0.ok || !s0.capitalised) return std::nullopt;
  const std::size_t dot = w0.rfind('.');
  if (!s0.initials || dot == std::string_view::npos || dot + 2 >= w0.size()) {
    if (auto rotated = rotated_card_label(line, begin)) return rotated;
    // One name and a rank, whose card repeats the name: "Патриарх Кирилл Кирилл Патриарх
    // Московский и всея Руси : …" -> Патриарх Кирилл, Патриарх Московский и всея Руси.
    const std::size_t n0 = skip_spaces(line, w0_end), n1 = word_end(n0);
    const std::string_view name = line.substr(n0, n1 - n0);
    const WordShape sn = shape_of(name);
    const std::size_t r0 = skip_spaces(line, n1), r1 = word_end(r0);
    if (!sn.ok || !sn.capitalised || sn.initials || name.size() < 4 || line.substr(r0, r1 - r0) != name ||
        r1 >= line.size() || line[r1] == ':') {
      return std::nullopt;
    }
    const std::size_t colon = line.find(" :", r1);
    if (colon == std::string_view::npos || colon - begin > 300) return std::nullopt;
    return card_with_office(line, begin, colon, trim(line.substr(r1, colon - r1)),
                            std::string(w0) + " " + std::string(name), 12);
  }
  const std::string_view surname = w0.substr(dot + 1);
  const std::size_t w1 = skip_spaces(line, w0_end);
  if (line.substr(w1, surname.size()) != surname || w1 + surname.size() >= line.size() ||
      space_at(line, w1 + surname.size()) == 0) {
    return std::nullopt;
  }
  // The colon that ends the card: within 600 bytes, outside brackets.
  std::size_t colon = std::string_view::npos;
  int depth = 0;
  for (std::size_t j = w1; j < line.size() && j - begin < 600; ++j) {
    const char c = line[j];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == ':' && depth == 0) {
      colon = j;
      break;
    }
    if ((c == '.' || c == '!' || c == '?') && j + 1 < line.size() && line[j + 1] == ' ') return std::nullopt;
  }
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view body = trim(line.substr(begin, colon - begin));
  const std::vector<std::string_view> words = split_words(body);
  if (words.size() < 3) return std::nullopt;
  SpeakerLabel r;
  r.label_begin = begin;
  r.label_end = begin + body.size();
  r.text_begin = skip_spaces(line, colon + 1);
  r.label = collapse_spaces(body);
  r.role = LabelRole::person;
  if (!shape_of(words[2]).capitalised) return std::nullopt;
  r.speaker = std::string(words[2]) + " " + std::string(words[1]);
  std::size_t rest = 3;
  if (rest < words.size()) {
    const std::string p = fold_key(words[rest]);
    for (std::string_view e : {"ович", "евич", "овна", "евна", "ична", "ьич", "оглы", "кызы"}) {
      if (p.size() > e.size() && p.ends_with(e)) {
        ++rest;
        break;
      }
    }
  }
  std::string title;
  for (std::size_t w = rest; w < words.size(); ++w) {
    if (!title.empty()) title.push_back(' ');
    title.append(words[w]);
  }
  if (!title.empty()) {
    r.title = std::move(title);
    r.titled = true;
  }
  return r;
}

// A person's name as a label's first annotation: "(Rishi Sunak)" — two to four
// capitalised words of letters (initials allowed), no title, role or connector word ("(Lab)",
// "(Holborn and St Pancras)", "(retranslated)" are no names).
// The text inside the first bracket of `text` that opens with one of `opens` ("(", "(["),
// trimmed; nullopt without one, or when it is not closed.
std::optional<std::string_view> first_bracket(std::string_view text, std::string_view opens) {
  const std::size_t open = text.find_first_of(opens);
  if (open == std::string_view::npos) return std::nullopt;
  const std::size_t close = text.find(text[open] == '(' ? ')' : ']', open);
  if (close == std::string_view::npos) return std::nullopt;
  return trim(text.substr(open + 1, close - open - 1));
}

std::optional<std::string> annotated_name(std::string_view annotations) {
  const auto bracket = first_bracket(annotations, "(");
  if (!bracket) return std::nullopt;
  const std::string_view inner = *bracket;
  const std::vector<std::string_view> words = split_words(inner);
  if (words.size() < 2 || words.size() > 4) return std::nullopt;
  for (std::string_view w : words) {
    const WordShape shape = shape_of(w);
    const std::string f = fold_key(w);
    if (!shape.ok || !shape.capitalised || shape.digits || is_title_word(f) || in_list<kConnectors>(f) ||
        in_list<kOtherRoles>(f) || is_question_role(f)) {
      return std::nullopt;
    }
  }
  if (country_code(std::string(inner))) return std::nullopt;
  return collapse_spaces(inner);
}

// A person's office in brackets after the name: "JENS STOLTENBERG (NATO Secretary General)",
// "Sergey Lavrov (Foreign Minister)" -> the title; nullopt unless the first bracket holds
// one to six words, capitalised but for connectors, one of them a title word ("Ayman Safadi
// (retranslated from Arabic)" and "Tanaka (NHK)" give none).
std::optional<std::string> annotated_title(std::string_view label) {
  const auto bracket = first_bracket(label, "([");
  if (!bracket) return std::nullopt;
  const std::string_view inner = *bracket;
  const std::vector<std::string_view> words = split_words(inner);
  if (words.empty() || words.size() > 6) return std::nullopt;
  bool titled = false;
  // A Russian office is written in lower case: "(пресс-секретарь Президента)".
  const bool russian_office = is_title_word(fold_key(words[0])) && shape_of(words[0]).cyrillic;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const WordShape shape = shape_of(words[k]);
    const std::string f = fold_key(words[k]);
    if (!shape.ok || shape.digits || in_list<kOtherRoles>(f) || is_question_role(f)) return std::nullopt;
    if (!shape.capitalised && !(russian_office && shape.cyrillic) && (k == 0 || !in_list<kConnectors>(f))) {
      return std::nullopt;
    }
    titled |= is_title_word(f) && !is_courtesy_title(f);
  }
  if (!titled) return std::nullopt;
  const std::string title = collapse_spaces(inner);
  return name_case(title, false) != title ? name_case(title, true) : title;
}

}  // namespace

std::optional<SpeakerLabel> match_label_line(std::string_view line);

namespace {

// Letters after a British name for a seat, an office or an honour, as printed (capitals).
bool is_post_nominal(std::string_view w) {
  static constexpr std::string_view kPostNominals[] = {
      "MP", "MEP", "MSP", "MLA", "MS", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE",
      "CMG", "KCMG", "GCMG", "CB", "KCB", "GCB", "CVO", "KCVO", "GCVO", "LVO", "MVO", "PC", "FRS",
      "PhD", "Esq", "Esq."};
  return std::find(std::begin(kPostNominals), std::end(kPostNominals), w) != std::end(kPostNominals);
}

// A word that ends in two capitals or more: an acronym ("РИА", "CNN", "БелТА"), not a
// name ("McDonald" ends in lower case).
bool acronym_like(std::string_view w) {
  std::size_t capitals = 0, len = 0;
  bool last_upper = false;
  for (std::size_t i = 0; i < w.size(); i += len) {
    const char32_t cp = peek(w, i, len);
    if (!scan::is_letter(cp)) continue;
    last_upper = scan::is_upper(cp);
    capitals += last_upper;
  }
  return capitals >= 2 && last_upper;
}

// True when `s` from `from` holds nothing but annotations in brackets, each closed: "
// (retranslated from Spanish)", " (перевод с французского) [inaudible]", or nothing.
bool only_annotations(std::string_view s, std::size_t from) {
  for (std::size_t p = skip_spaces(s, from); p < s.size(); p = skip_spaces(s, p)) {
    if (s[p] != '(' && s[p] != '[') return false;
    const std::size_t q = s.find(s[p] == '(' ? ')' : ']', p);
    if (q == std::string_view::npos) return false;
    p = q + 1;
  }
  return true;
}

// "Вопрос «Казинформ»", "Вопрос агентства «Казинформ»", "Вопрос телеканала «Хабар 24»",
// "Question from “The Paper”": a question role word, words in lower case (the kind of outlet,
// a preposition), then the outlet's name in quotation marks, and nothing after it but
// annotations in brackets. The outlet asks; the label names no person.
//
// quoted_outlet_end(): where such a quotation that opens at `j` ends (past its closing
// mark), when the label from `begin` to `j` is a question role and lower-case words; else 0.
std::size_t quoted_outlet_end(std::string_view line, std::size_t begin, std::size_t j) {
  const auto c = static_cast<unsigned char>(line[j]);
  if (c != '"' && c != 0xC2 && c != 0xE2) return 0;
  std::size_t len = 0;
  const char32_t opener = peek(line, j, len);
  char32_t closer, other_closer;
  switch (opener) {
    case U'"': closer = other_closer = U'"'; break;
    case U'\u00AB': closer = other_closer = U'\u00BB'; break;
    case U'\u201C': closer = other_closer = U'\u201D'; break;
    case U'\u201E': closer = U'\u201C'; other_closer = U'\u201D'; break;
    default: return 0;
  }
  const std::vector<std::string_view> before = split_words(line.substr(begin, j - begin));
  if (before.empty() || before.size() > 4 || !is_question_role(fold_key(before[0]))) return 0;
  for (std::size_t w = 1; w < before.size(); ++w) {
    if (!shape_of(before[w]).lower) return 0;
  }
  // The name: a capital or a digit first, up to 60 bytes, no colon, no sentence inside.
  std::size_t l = 0;
  if (j + len >= line.size()) return 0;
  const char32_t first = peek(line, j + len, l);
  if (!scan::is_upper(first) && !scan::is_digit(first)) return 0;
  for (std::size_t k = j + len; k < line.size() && k - j <= 60; k += l) {
    const char32_t cp = peek(line, k, l);
    if (cp == ':' || cp == '?' || cp == '!') return 0;
    if (cp == closer || cp == other_closer) return k - j - len >= 2 ? k + l : 0;
  }
  return 0;
}

bool quoted_outlet_question(std::string_view body) {
  const std::size_t open = body.find_first_of("\"\xC2\xE2");
  if (open == std::string_view::npos || open == 0) return false;
  const std::size_t close = quoted_outlet_end(body, 0, open);
  if (close == 0) return false;
  // Annotations only after it: "Вопрос агентства «Франс Пресс» (перевод с французского)".
  return only_annotations(body, close);
}

}  // namespace

std::string in_name_case(std::string_view name) { return name_case(name, false); }

std::optional<SpeakerLabel> match_speaker_label(std::string_view line) {
  std::optional<SpeakerLabel> l = match_label_line(line);
  if (l && l->role == LabelRole::person && l->speaker && !l->title) l->title = annotated_title(l->label);
  return l;
}

namespace {

// Where the label starts after a recording's time code at `i`: "[00:00:05] Interviewer:",
// "(00:12) Sergey Lavrov:", "00:01:45 Question:" (bare, hours, minutes and seconds); `i`
// when there is none. A capital must follow.
std::size_t after_time_code(std::string_view line, std::size_t i) {
  const std::size_t n = line.size();
  std::size_t k = i;
  const bool bracketed = k < n && (line[k] == '[' || line[k] == '(');
  if (bracketed) ++k;
  const std::size_t start = k;
  int colons = 0;
  while (k < n && k - start < 12 && ((line[k] >= '0' && line[k] <= '9') || line[k] == ':' || line[k] == '.')) {
    colons += line[k] == ':';
    ++k;
  }
  if (k == start || colons == 0 || !(line[start] >= '0' && line[start] <= '9') || line[k - 1] == ':') return i;
  if (bracketed) {
    if (k >= n || line[k] != (line[i] == '[' ? ']' : ')')) return i;
    ++k;
  } else if (colons < 2) {
    return i;
  }
  const std::size_t next = skip_spaces(line, k);
  std::size_t len;
  if (next == k || next >= n || !scan::is_upper(peek(line, next, len))) return i;
  return next;
}

}  // namespace

std::optional<SpeakerLabel> match_label_line(std::string_view line) {
  const std::size_t n = line.size();
  std::size_t i = skip_spaces(line, 0);
  while (i < n && line[i] == '>') i = skip_spaces(line, i + 1);  // Markdown quote marks
  i = after_time_code(line, i);
  bool bold = false;
  if (i + 1 < n && (line.substr(i, 2) == "**" || line.substr(i, 2) == "__")) {
    bold = true;
    i += 2;
  }
  const std::size_t begin = i;
  if (begin >= n) return std::nullopt;
  if (auto dashed = match_dash_role_label(line, begin)) return dashed;
  // "Q. What …" / "A. We …": the letter, a period, a space and a capital. Bare, like "Q  ".
  // (Not an initial before a surname and its colon: "A. DENDIAS:", "A. Kasoulides:"; "A.
  // Yes: …" is an answer.)
  if ((line[begin] == 'Q' || line[begin] == 'A') && begin + 3 < n && line[begin + 1] == '.' &&
      line[begin + 2] == ' ') {
    const std::size_t k = skip_spaces(line, begin + 2);
    std::size_t len;
    std::size_t word_end = k;
    while (word_end < n && (scan::is_letter(peek(line, word_end, len)) || line[word_end] == '-')) {
      word_end += scan::is_letter(peek(line, word_end, len)) ? len : 1;
    }
    const bool surname_label = word_end > k + 1 && word_end < n && line[word_end] == ':' &&
                               !is_common_word(fold_key(line.substr(k, word_end - k)));
    if (k < n && !surname_label && (scan::is_upper(peek(line, k, len)) || line[k] == '"' || line[k] == '(')) {
      return role_label(line, begin, begin + 2, k, line[begin] == 'Q' ? LabelRole::question : LabelRole::answer,
                        true);
    }
  }
  if (auto card = card_label(line, begin)) return card;
  if (static_cast<unsigned char>(line[begin]) >= 0xE3) {
    std::size_t len;
    const char32_t cp = peek(line, begin, len);
    if (scan::is_cjk(cp) || cp == U'\u3010') return match_cjk_label(line, begin);  // (【: Japanese labels)
  }
  // Fast rejection for most lines of speech: no colon near the start and no bare Q/A (the
  // letter and white space: "And", "As" and "A Russian …" open sentences).
  // (Spanish transcripts end a label with ".-": "Presidente del Gobierno.- Buenas tardes".)
  const std::string_view start = line.substr(begin, kMaxLabelBytes);
  const bool bare_q_a = (line[begin] == 'Q' || line[begin] == 'A') && begin + 1 < n && space_at(line, begin + 1);
  if (!bare_q_a && start.find(':') == std::string_view::npos && start.find(".- ") == std::string_view::npos) {
    return std::nullopt;
  }

  SpeakerLabel result;
  // The bare "Q" / "A" some transcripts print instead of "Q:", followed by a tab or at
  // least two spaces and then the text.
  if ((line[begin] == 'Q' || line[begin] == 'A') && begin + 1 < n) {
    std::size_t k = begin + 1, spaces = 0;
    bool tab = false;
    while (k < n) {
      const std::size_t len = space_at(line, k);
      if (!len) break;
      tab |= line[k] == '\t';
      ++spaces;
      k += len;
    }
    if ((tab || spaces >= 2) && k < n) {
      return role_label(line, begin, begin + 1, k, line[begin] == 'Q' ? LabelRole::question : LabelRole::answer,
                        true);
    }
    // "Q Mr. Vice President, …" (whitehouse.gov): Q, one space and a capital, an opening
    // bracket or a quotation mark, or the dash or dots of a question taken up in the
    // middle ("Q -- the President very briefly …"). Weak: it counts when the page repeats
    // it. Not for A, which opens sentences ("A Russian delegation …").
    if (line[begin] == 'Q' && spaces == 1 && k < n) {
      std::size_t len;
      const char32_t cp = peek(line, k, len);
      const bool resumed = line.substr(k, 3) == "-- " || line.substr(k, 3) == "..." || cp == U'\u2014' ||
                           cp == U'\u2013' || cp == U'\u2026';
      if (scan::is_upper(cp) || cp == '(' || cp == '"' || cp == U'\u201C' || resumed) {
        SpeakerLabel q = role_label(line, begin, begin + 1, k, LabelRole::question, true);
        q.weak = true;
        return q;
      }
    }
  }

  std::size_t end = std::string_view::npos;   // end of the label
  std::size_t after = std::string_view::npos; // first byte after the colon (and bold close)
  std::size_t comma = std::string_view::npos; // the first comma outside brackets
  int commas = 0;
  bool dashes = false;
  int depth = 0;
  for (std::size_t j = begin; j < n && j - begin < kMaxLabelBytes; ++j) {
    const char c = line[j];
    if (c == ',' && depth == 0) {
      if (comma == std::string_view::npos) comma = j;
      ++commas;
      continue;
    }
    if (c == '&') {  // a character reference's ';' ends no sentence: "Si&ocirc;n"
      char32_t cp;
      if (const std::size_t len = char_ref_at(line, j, &cp)) {
        j += len - 1;
        continue;
      }
    }
    if (c == '(' || c == '[') {
      ++depth;
    } else if (c == ')' || c == ']') {
      if (--depth < 0) return std::nullopt;
    } else if (depth > 0) {
      continue;
    } else if (c == ':') {
      end = j;
      after = j + 1;
      break;
    } else if (c == '.' && j + 2 < n && line[j + 1] == '-' && space_at(line, j + 2) && j > begin) {
      end = j;  // "P.- ¿Y …?", "Presidente del Gobierno.- Buenas tardes" (not "U.S.-China")
      after = j + 2;
      break;
    } else if (bold && (line.substr(j, 3) == "**:" || line.substr(j, 3) == "__:")) {
      end = j;
      after = j + 3;
      break;
    } else if (is_dash_between_words(line, j)) {
      // "Chief Executive Officer – Chairman of the Executive Board …": a spaced dash between
      // two offices, read like a comma (only a long office label may hold one).
      ++commas;
      if (comma == std::string_view::npos) comma = j;
      dashes = true;
    } else if (const std::size_t past = quoted_outlet_end(line, begin, j)) {
      j = past - 1;  // "Вопрос агентства «Казинформ»": the outlet's name, quoted
    } else if (is_sentence_punctuation(line, j)) {
      return std::nullopt;
    }
  }

  if (end == std::string_view::npos) return std::nullopt;

  // What follows the colon: the text, possibly without a space ("A:The"), but not the rest
  // of a time or an address ("13:42", "https://").
  std::size_t k = after;
  if (bold && k + 1 < n && (line.substr(k, 2) == "**" || line.substr(k, 2) == "__")) k += 2;
  if (k < n && space_at(line, k) == 0) {
    std::size_t len;
    const char32_t cp = peek(line, k, len);
    if (scan::is_digit(cp) || cp == '/' || cp == ':' || cp == '=' || cp == '\\') {
      return std::nullopt;
    }
  }
  result.text_begin = skip_spaces(line, k);

  // The label itself: trim spaces before the colon ("Адрес :").
  std::string_view body = line.substr(begin, end - begin);
  while (!body.empty()) {
    std::size_t back = body.size() - 1;
    while (back > 0 && (static_cast<unsigned char>(body[back]) & 0xC0) == 0x80) --back;
    if (space_at(body, back) == 0) break;
    body = body.substr(0, back);
  }
  if (body.empty()) return std::nullopt;
  result.label_begin = begin;
  result.label_end = begin + body.size();
  if (quoted_outlet_question(body)) {
    result.label = collapse_spaces(body);
    result.role = LabelRole::question;
    result.outlet = true;
    return result;
  }

  // Name words before the annotations; character references read as their characters.
  std::string decoded_body;
  if (may_hold_char_ref(body)) {
    decoded_body = decode_char_refs(body);
    body = decoded_body;
  }
  // An organisation's acronym in brackets with more of the label after it ("Director-General
  // of the International Renewable Energy Agency (IRENA) Adnan Z. Amin", "Austrian
  // Broadcasting Corporation (ORF) news presenter Armin Wolf") belongs to the office, not to
  // the annotations: the words are read without it (labels without commas); so do a
  // description in lower case and the organisation's country.
  std::string without_acronyms;
  std::string_view words_body = body;
  std::vector<std::size_t> acronym_at;  // where each left-out acronym stood in words_body
  if (comma == std::string_view::npos) {
    std::size_t from = 0;
    for (std::size_t open = body.find('('); open != std::string_view::npos;) {
      const std::size_t close = body.find(')', open);
      if (close == std::string_view::npos) break;
      const std::string_view inner = body.substr(open + 1, close - open - 1);
      const std::size_t after = skip_spaces(body, close + 1);
      const bool acronym = inner.size() >= 2 && inner.size() <= 24 && inner.find(' ') == std::string_view::npos &&
                           scan::capital_letters(inner) >= 2;
      // Or a description of the organisation in lower case ("Deputy Director General … at
      // Stroygazmontazh (contractor in the Crimean Bridge construction project) Leonid
      // Ryzhenkin").
      std::size_t len;
      const bool description = !acronym && inner.size() <= 160 && inner.find(' ') != std::string_view::npos &&
                               scan::is_lower(scan::peek(inner, 0, len));
      // Or the organisation's country ("Professor … at the University of Granada (Spain)
      // Rafael Guzman Tirado", "CEO of CIFAL (France) Gilles Remy").
      const bool country = !acronym && !description && inner.size() <= 40 && country_code(inner).has_value();
      if ((acronym || description || country) && after < body.size() && body[after] != '(' && body[after] != '[') {
        without_acronyms.append(body.substr(from, open - from));
        acronym_at.push_back(without_acronyms.size());
        from = after;
      }
      open = body.find('(', close + 1);
    }
    if (from > 0) {
      without_acronyms.append(body.substr(from));
      words_body = without_acronyms;
    }
  }
  std::string_view name = words_body;
  const std::size_t paren = words_body.find_first_of("([");
  if (comma != std::string_view::npos && (paren != std::string_view::npos && comma - begin >= paren)) {
    comma = std::string_view::npos;  // commas inside the annotations only
    commas = 0;
  }
  if (comma != std::string_view::npos && comma - begin >= body.size()) return std::nullopt;
  if (paren != std::string_view::npos) {
    name = words_body.substr(0, paren);
    // Only annotations may follow the first one: "Question (retranslated from Spanish)".
    if (!only_annotations(words_body, paren)) return std::nullopt;
  }
  // Words without their commas; ends_part marks the last word before a comma or a spaced
  // dash (the parts of "Title, Name" or of a long office).
  std::vector<std::string_view> words;
  std::vector<bool> ends_part;
  for (std::string_view w : split_words(name)) {
    const bool separator = w == "," || w == "\u2013" || w == "\u2014";
    if (separator) {
      if (words.empty()) return std::nullopt;
      ends_part.back() = true;
      continue;
    }
    bool comma_after = false;
    while (w.ends_with(",")) {
      w.remove_suffix(1);
      comma_after = true;
    }
    if (w.empty()) continue;
    words.push_back(w);
    // The acronym ends the organisation's name, as a comma would end a part: the person
    // is the run after it ("… Forum (GECF) Seyed Mohammed Hossein Adeli").
    const auto end = static_cast<std::size_t>(w.data() + w.size() - words_body.data());
    for (std::size_t at : acronym_at) comma_after |= at >= end && at - end <= 1;
    ends_part.push_back(comma_after);
  }
  if (words.empty() || words.size() > kMaxLabelWords) return std::nullopt;
  // A sentence's end inside is no label's: "… Благодарю Вас. А.Бочаров:" on a page kept on
  // one line (the label is "А.Бочаров"): a Cyrillic word of three letters or more, one
  // capital, before its full stop and a capital after it, unless it is an abbreviated title.
  // (Latin labels abbreviate their titles so: "Sen. John Smith", "Vors. Wolf".)
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    if (!words[w].ends_with(".")) continue;
    std::string_view bare = words[w];
    bare.remove_suffix(1);
    std::size_t len;
    if (count_chars(bare) < 3 || bare.find('.') != std::string_view::npos || scan::capital_letters(bare) > 1 ||
        scan::script_of(scan::peek(bare, 0, len)) != scan::Script::cyrillic) {
      continue;
    }
    const std::string f = fold_key(bare);
    if (!is_title_word(f) && !is_courtesy_title(f) && scan::is_upper(scan::peek(words[w + 1], 0, len))) {
      return std::nullopt;
    }
  }
  // British post-nominal letters after a name ("Rt Hon Liz Truss MP", "John Smith QC", "Sir
  // Alan Duncan KCMG MP") are no part of it, nor an office: the label is read without them.
  while (words.size() >= 3 && is_post_nominal(words.back()) && !ends_part[words.size() - 2]) {
    words.pop_back();
    ends_part.pop_back();
  }
  // … and before the comma that parts the name from the office ("James Cleverly MP,
  // Foreign Secretary").
  for (std::size_t w = 2; w + 1 < words.size(); ++w) {
    if (!ends_part[w] || ends_part[w - 1] || !is_post_nominal(words[w])) continue;
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(w));
    ends_part.erase(ends_part.begin() + static_cast<std::ptrdiff_t>(w));
    ends_part[w - 1] = true;
    --w;
  }
  ends_part.back() = false;
  // A label in capitals prints its connectors in capitals too ("US AMBASSADOR TO THE UN
  // SMITH", "KING ABDULLAH II OF JORDAN"): read them in lower case, as the office and name
  // rules expect, so that they part the office from the name.
  std::vector<std::string> lowered;
  if (name_case(name, false) != name) {
    lowered.reserve(words.size());
    for (std::size_t w = 1; w < words.size(); ++w) {
      const std::string f = fold_key(words[w]);
      if (office_connector(f)) {
        lowered.push_back(f);
        words[w] = lowered.back();
      }
    }
  }
  std::size_t first_part_words = 0;  // words before the first comma
  if (commas > 0) {
    while (first_part_words < words.size() && !ends_part[first_part_words]) ++first_part_words;
    ++first_part_words;
    if (first_part_words >= words.size()) return std::nullopt;
  }

  // "Q1:", "A12:": the role letter of a page that numbers its questions (the label keeps
  // its number).
  if (words.size() == 1 && words[0].size() >= 2 && words[0].size() <= 3 && (words[0][0] == 'Q' || words[0][0] == 'A') &&
      std::all_of(words[0].begin() + 1, words[0].end(), [](char c) { return c >= '0' && c <= '9'; })) {
    words[0] = words[0].substr(0, 1);
  }
  std::vector<WordShape> shapes;
  shapes.reserve(words.size());
  for (std::size_t k = 0; k < words.size(); ++k) {
    shapes.push_back(shape_of(words[k]));
    // After the comma, where the one who speaks works: an outlet's name may end in digits
    // ("Maha Siddiqui, CNN News18", "…, France24").
    if (!shapes.back().ok && commas > 0 && k >= first_part_words && outlet_with_number(words[k])) {
      shapes.back().ok = true;
      shapes.back().capitalised = true;
    }
    if (!shapes.back().ok) return std::nullopt;
  }
  if (!shapes[0].capitalised) {
    // Scripts without capitals (Arabic, Persian): a role word alone makes a label ("سؤال:",
    // "جواب:"); other words before a colon open sentences as often as labels, so a name
    // of two to four such words ("سيرغي لافروف:") is only a candidate, which counts where
    // the page repeats it (`caseless`).
    const std::string role = fold_key(words[0]);
    if (shapes[0].lower) return std::nullopt;
    if (words.size() != 1 ||
        !(is_question_role(role) || in_list<kAnswerRoles>(role) || in_list<kOtherRoles>(role))) {
      const bool name = commas == 0 && paren == std::string_view::npos && words.size() >= 2 && words.size() <= 4 &&
                        std::all_of(shapes.begin(), shapes.end(), [](const WordShape& s) {
                          return !s.capitalised && !s.lower && !s.digits && !s.initials;
                        });
      if (!name) return std::nullopt;
      result.label = collapse_spaces(body);
      result.role = LabelRole::person;
      result.speaker = result.label;
      result.weak = true;
      result.caseless = true;
      return result;
    }
    shapes[0].capitalised = true;
  }

  // A document's heading ("PRESS RELEASE:") and a sentence's end inside ("Meeting of the
  // Valdai Club. Photo:") make no label; an abbreviation's period is fine ("Adm. Allen").
  if (in_list<kDocumentKinds>(fold_key(words.back()))) return std::nullopt;
  const std::size_t head = words.size() > 1 && (fold_key(words[0]) == "full" || fold_key(words[0]) == "полный") ? 1 : 0;
  if (in_list<kDocumentText>(fold_key(words[head]))) return std::nullopt;
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    if (!words[w].ends_with(".")) continue;
    const std::string f = fold_key(words[w]);
    std::size_t letters = 0, len = 0;
    for (std::size_t i = 0; i < f.size(); i += len) letters += scan::is_letter(peek(f, i, len));
    if (letters >= 4 && !is_title_word(f) && !is_courtesy_title(f) && !in_list<kOtherRoles>(f) &&
        !is_question_role(f) && f.find('.') == std::string::npos) {
      return std::nullopt;
    }
  }
  // A role word last ("Санкт-Петербург Вопрос", "Follow-up Question", "Audience
  // question"): the role, when the words before it are capitalised, as a place or a
  // qualifier is, hold no comma and open no sentence. Else the line is a sentence that
  // introduces a question the speaker reads out or puts: "And another question:", "Here is
  // one of the questions:", "Ольга Борисовна, вопрос:", "Trust me, …, I asked them this
  // question:".
  if (words.size() >= 2 && !shapes.back().initials) {
    const std::string last = fold_key(words.back());
    if (is_question_role(last) && last.size() > 1) {
      // (An ordinal or a verb makes it a sentence: "Second question:", «Последний вопрос:»,
      // «Встаёт вопрос:».)
      const bool qualified =
          commas == 0 && !in_list<kStopWords>(fold_key(words[0])) &&
          std::all_of(shapes.begin(), shapes.end() - 1, [](const WordShape& s) { return s.capitalised; }) &&
          std::none_of(words.begin(), words.end() - 1, [&](std::string_view w) {
            const std::string f = fold_key(w);
            return looks_like_russian_verb(f) && !is_title_word(f);
          });
      if (!qualified) return std::nullopt;
      result.label = collapse_spaces(body);
      result.role = LabelRole::question;
      return result;
    }
  }

  const std::string first = fold_key(words[0]);
  // An initial and a surname ("I. KASOULIDES", "I. Kasoulides"): the letter I with its full
  // stop is no pronoun.
  // (A word of the language after the letter is a numbered heading: "I. Introduction:".)
  const bool initial_and_surname = words.size() == 2 && words[0].size() == 2 && words[0][1] == '.' &&
                                   shapes[1].capitalised && !shapes[1].digits &&
                                   !is_common_word(fold_key(words[1]));
  // "Follow up:" is "Follow-up:" (a reporter's next question) written as two words, and so
  // are some languages' role words ("Phóng viên:", "Trả lời:" in Vietnamese).
  const bool follow_up = words.size() == 2 && first == "follow" && fold_key(words[1]) == "up";
  const std::string first_two = words.size() == 2 ? first + " " + fold_key(words[1]) : std::string();
  const bool two_word_question = !first_two.empty() && is_question_role(first_two);
  const bool two_word_answer = !first_two.empty() && in_list<kAnswerRoles>(first_two);
  const bool first_is_question = (is_question_role(first) && !initial_and_surname) || follow_up || two_word_question;
  const bool first_is_answer = (in_list<kAnswerRoles>(first) && !initial_and_surname) || two_word_answer;
  const bool first_is_role = first_is_question || first_is_answer || in_list<kOtherRoles>(first);
  if (!first_is_role) {
    // A word for a question inside the words introduces one in a speech: «Первый вопрос
    // Владимиру Владимировичу:», "Second question to the President:".
    for (std::size_t w = 1; w + 1 < words.size(); ++w) {
      if (in_list<kQuestionWords>(fold_key(words[w]))) return std::nullopt;
    }
    // (An office before a name is no field: "Sprecher Seibert", where "Sprecher:" alone is.)
    if (is_furniture_word(first) && !(words.size() > 1 && is_title_word(first))) return std::nullopt;
    // A contact field of a directory ends in its kind: "Emergency After-Hours Telephone:",
    // "Consular Section Fax:", "Горячая линия, телефон:" (no speaker's label does).
    const std::string last = fold_key(words.back());
    for (std::string_view field : {"telephone", "phone", "tel", "fax", "email", "e-mail", "телефон", "тел", "факс"}) {
      if (last == field) return std::nullopt;
    }
    // "First Deputy Foreign Minister …" is a title; "First:" and "Look:" are not labels.
    if (in_list<kStopWords>(first) && (words.size() == 1 || !is_title_word(first)) && !initial_and_surname) {
      return std::nullopt;
    }
  }
  const bool any_outlet = std::any_of(words.begin(), words.end(), [](std::string_view w) {
    return outlet_word(fold_key(w));
  });
  // "The" opens an office, a title or an outlet ("The Prime Minister", "The Paper"), or a
  // long office before a name ("The athlete's father and coach Abdulmanap Nurmagomedov");
  // one or two capitalised words may give the office's place or body first ("The UN
  // Envoy", "The EU High Representative", "The French Foreign Minister").
  const bool the_office = first != "the" || any_outlet || [&] {
    for (std::size_t k = 1; k < words.size() && k <= 3; ++k) {
      if (is_title_word(fold_key(words[k]))) return true;
      if (shapes[k].lower) return false;
    }
    return false;
  }();
  for (auto w : words) {
    if (in_list<kSalutations>(fold_key(w))) return std::nullopt;
  }
  // "Members of the House of Commons:", "Members of the Council:": an address to a body in
  // the middle of a speech ("Hon. Members:", an interjection of the house, stays a label).
  if (words.size() >= 3 && fold_key(words[0]) == "members" && fold_key(words[1]) == "of") return std::nullopt;
  // Pronouns and reporting verbs make a sentence, whatever its shape ("He said:", "The
  // Minister noted:").
  for (std::size_t w = 0; w < words.size(); ++w) {
    // "US AMBASSADOR …": a first word in capitals that names a country is no pronoun.
    if (w == 0 && words.size() > 1 && name_case(words[0], false) != words[0] && country_code(words[0])) continue;
    // "His Excellency …", "Her Majesty …", "His Royal Highness …": a style, no pronoun.
    if (w == 0 && words.size() > 2) {
      const std::string f0 = fold_key(words[0]), f1 = fold_key(words[1]);
      if ((f0 == "his" || f0 == "her") && (f1 == "excellency" || f1 == "majesty" || f1 == "highness" ||
                                           f1 == "royal" || f1 == "holiness" || f1 == "eminence")) {
        continue;
      }
    }
    if (shapes[w].lower || w == 0) {
      const std::string f = fold_key(words[w]);
      // (A lower-case "i" is no English "I": "Argumenty i Fakty"; nor is an initial.)
      if (words[w] == "i" || (w == 0 && initial_and_surname)) continue;
      if (in_list<kSentenceWords>(f) || (shapes[w].cyrillic && shapes[w].lower && looks_like_russian_verb(f) &&
                                         !is_title_word(f))) {
        if (!(first_is_role && w > 0)) return std::nullopt;
      }
    }
  }

  // Lower-case words after the first: a plain label allows connectors and Russian words
  // after a title; anything else needs an office phrase before a name (below).
  // (A role that a preposition describes may take more words: "Host of the Volunteer of
  // Russia 2018 award ceremony Dmitry Guberniyev".)
  const bool described_role = first_is_role && words.size() > 2 && in_list<kRolePrepositions>(fold_key(words[1]));
  bool plain = words.size() <= (described_role ? 14u : 10u) && commas <= 1 && !dashes && the_office;
  bool after_title = is_title_word(first);
  for (std::size_t w = 1; w < words.size() && plain; ++w) {
    const std::string f = fold_key(words[w]);
    if (is_title_word(f)) after_title = true;
    if (!shapes[w].lower) continue;
    if (first_is_role && w == 1 && in_list<kRolePrepositions>(f)) {
      // "Вопрос из зала", "Question from the audience", "Response from the hall", "Moderator
      // of the plenary session Sergei Brilyov": the rest describes the speaker.
      for (std::size_t r = 2; r < words.size(); ++r) shapes[r].lower = false;
      continue;
    }
    if (in_list<kConnectors>(f) || particle_joined(words[w])) continue;
    if (first_is_role && w == 1 && words.size() == 2 &&
        (in_list<kUnnamed>(f) || is_question_role(f) || follow_up || two_word_question || two_word_answer)) {
      continue;
    }
    if (after_title && shapes[w].cyrillic && !looks_like_russian_verb(f)) continue;
    // A Romance office's adjective after its noun: "Ministre de l'Europe et des Affaires
    // étrangères", "Ministre délégué".
    if (after_title && !shapes[w].cyrillic) {
      const std::string before = fold_key(words[w - 1]);
      if (is_title_word(before) || is_organisation_word(before)) continue;
    }
    plain = false;
  }

  result.label = collapse_spaces(body);
  if (first_is_role && plain) {
    const bool unnamed = words.size() == 2 && in_list<kUnnamed>(fold_key(words[1]));
    const bool asks = first_is_question || (words.size() == 2 && is_question_role(fold_key(words[1])));
    if (words.size() > 1 && !asks && !unnamed && !two_word_answer && !in_list<kCollectives>(first)) {
      // "Moderator Ivan Petrov": a role followed by the person's name.
      std::vector<std::string_view> rest(words.begin() + 1, words.end());
      std::string person = strip_titles(rest);
      if (!person.empty()) {
        result.speaker = collapse_spaces(person);
        result.titled = true;
      }
    }
    // "Frage Jung", "Zusatzfrage Jung", "Journalist Ivan Petrov": the one who asks, named
    // after the role (one to three name words, none a title, an organisation's word or a
    // country, the last no common word: "Question Two", "Question Time" name nobody).
    if (first_is_question && !two_word_question && words.size() >= 2 && words.size() <= 4 && !any_outlet) {
      bool named = true;
      for (std::size_t w = 1; w < words.size() && named; ++w) {
        const std::string f = fold_key(words[w]);
        std::size_t len = 0;
        // (An outlet's acronym is no name: "Вопрос РИА Новости", "Вопрос БелТА".)
        named = !acronym_like(words[w]) && scan::is_upper(peek(words[w], 0, len)) &&
                words[w].find_first_of("0123456789") == std::string_view::npos &&
                (w + 1 < words.size() || !is_common_word(f)) && !is_title_word(f) && !is_courtesy_title(f) &&
                !is_organisation_word(f) && !is_question_role(f) && !country_code(words[w]);
      }
      if (named) {
        std::string person;
        for (std::size_t w = 1; w < words.size(); ++w) person.append(w > 1 ? " " : "").append(words[w]);
        result.speaker = std::move(person);
      }
    }
    // "Ведущий (Д. Киселёв)", "Moderator (John Smith)": the person in brackets.
    if (!result.speaker && !asks && words.size() == 1 && in_list<kOtherRoles>(first) &&
        !in_list<kCollectives>(first)) {
      if (auto holder = annotated_name(words_body.substr(name.size()))) {
        result.speaker = std::move(holder);
        result.titled = true;
        result.role = LabelRole::other;
        SpeakerLabel r = finish_label(std::move(result), name);
        if (!r.title) r.title = name_case(collapse_spaces(name), true);
        return r;
      }
    }
    result.role = asks              ? LabelRole::question
                  : first_is_answer ? LabelRole::answer
                                    : LabelRole::other;
    return finish_label(std::move(result), name);
  }
  if (plain && words.size() == 1 && strip_period(words[0]).size() < 2) return std::nullopt;

  // "Speaker 1", "Participant 2": a recording's numbered, unnamed speakers (no outlet).
  if (plain && words.size() == 2 && shapes[1].digits && in_list<kUnnamed>(first)) {
    result.role = LabelRole::other;
    return finish_label(std::move(result), name);
  }
  // An office at an outlet or an agency before the holder's name ("TASS Director General
  // Sergei Mikhailov", "Head of the Federal Agency for Tourism Oleg Safonov"): a person
  // speaks, whom the office rules below name.
  const bool office_then_name = [&] {
    const std::size_t n = words.size();
    if (n < 4) return false;
    for (std::size_t w = n - 2; w < n; ++w) {
      const std::string f = fold_key(words[w]);
      if (!shapes[w].capitalised || shapes[w].digits || outlet_word(f) || is_title_word(f) ||
          is_organisation_word(f) || country_code(words[w])) {
        return false;
      }
    }
    return std::any_of(words.begin(), words.end() - 2, [](std::string_view w) { return is_title_word(fold_key(w)); });
  }();
  if (plain && commas == 0 && !office_then_name) {
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (shapes[w].digits || outlet_word(fold_key(words[w]))) {
        result.outlet = true;
        result.role = LabelRole::question;
        return finish_label(std::move(result), name);
      }
    }
  }
  if (plain && commas == 1) {
    if (auto r = comma_label(result, line, words, first_part_words, first_is_role)) {
      return finish_label(std::move(*r), name);
    }
  }
  if (plain && commas == 0) {
    // Courtesy titles before a collective ("Hon. Members", "Honourable Members"): many
    // people, no person, a statement.
    std::size_t c = 0;
    while (c + 1 < words.size() && (is_courtesy_title(fold_key(words[c])) || fold_key(words[c]) == "honourable" ||
                                    fold_key(words[c]) == "honorable")) {
      ++c;
    }
    if (c > 0 && c + 1 == words.size() && in_list<kCollectives>(fold_key(words[c]))) {
      result.role = LabelRole::other;
      return finish_label(std::move(result), name);
    }
    bool titled = false;
    std::string person = strip_titles(words, &titled);
    // A style of address names the person before the see: "Patriarch Kirill of Moscow and
    // All Russia", "King Abdullah II of Jordan" (the run that ends the label is a place).
    if (split_words(person).size() <= 1 || country_code(person)) {
      if (const auto [first, second] = styled_name(words); second > first) {
        person.clear();
        for (std::size_t k = first; k < second; ++k) person.append(k > first ? " " : "").append(words[k]);
        titled = true;
      }
    }
    result.titled = titled;
    if (person.empty()) {
      result.role = LabelRole::office;
      // The office holder's name in the annotation: "The Prime Minister (Rishi Sunak)".
      if (auto holder = annotated_name(words_body.substr(name.size()))) {
        result.role = LabelRole::person;
        result.speaker = std::move(holder);
        result.titled = true;
        SpeakerLabel r = finish_label(std::move(result), name);
        r.title = label_title(name, std::nullopt);
        if (r.title && name_case(name, false) != name) r.title = name_case(*r.title, true);
        return r;
      }
    } else if (country_code(person)) {
      // "France:", "Germany:" — a country's delegation speaks, no person.
      result.role = LabelRole::office;
      result.weak = words.size() == 1;
    } else {
      result.role = LabelRole::person;
      result.weak = words.size() == 1 && !shapes[0].initials;
      result.speaker = collapse_spaces(person);
    }
    return finish_label(std::move(result), name);
  }
  // An office phrase of any shape before a name: "Olympic ice hockey champion Pavel Datsuk",
  // "Editor-in-chief of the Kommersant newspaper Sergei Yakovlev", "Head of the Federal
  // Service for Supervision of Communications, Information Technology and Mass Media
  // Alexander Zharov", "Sports commentator Dmitry Guberniyev, ceremony moderator". The
  // person is the name run that ends the last comma-separated part that has one (two words
  // or more, or initials and a surname); such a label is weak: it counts only on a page with
  // other labels.
  if (first_is_role || result.text_begin >= n) return std::nullopt;
  // The label whose person is words [begin, end): weak, as such labels count only on a page
  // with other labels.
  auto long_office_person = [&](std::size_t begin, std::size_t end) {
    std::string person;
    for (std::size_t w = begin; w < end; ++w) {
      if (!person.empty()) person.push_back(' ');
      person.append(words[w]);
    }
    result.role = LabelRole::person;
    result.speaker = collapse_spaces(person);
    result.titled = true;
    result.weak = true;
    result.long_office = true;
    return std::optional<SpeakerLabel>(finish_label(std::move(result), name));
  };
  // A plain name before the first comma and a description after it, which opens with a
  // lower-case word or an office: "Alexander Duimamet, welding engineer at a branch of JSC
  // AEM-technology ATOMMASH", "Vladimir Fortov, Secretary of the Department of Energy, …".
  // The person is the name, not a capitalised run that ends the description.
  if (commas > 0 && first_part_words >= 2 && first_part_words <= 4) {
    bool plain_name = true;
    for (std::size_t w = 0; w < first_part_words && plain_name; ++w) {
      const std::string f = fold_key(words[w]);
      plain_name = shapes[w].capitalised && !shapes[w].digits && !is_title_word(f) && !is_courtesy_title(f) &&
                   !in_list<kConnectors>(f);
    }
    const std::string next = fold_key(words[first_part_words]);
    if (plain_name && (shapes[first_part_words].lower || is_title_word(next))) {
      return long_office_person(0, first_part_words);
    }
  }
  std::size_t part_end = words.size();
  while (part_end > 0) {
    std::size_t part_begin = part_end - 1;
    while (part_begin > 0 && !ends_part[part_begin - 1]) --part_begin;
    std::vector<std::string_view> part(words.begin() + static_cast<long>(part_begin),
                                       words.begin() + static_cast<long>(part_end));
    const OfficeSplit split = split_office(part);
    const std::size_t run = part.size() - split.name_begin;
    const bool named = run >= 2 || (run == 1 && shapes[part_end - 1].initials);
    if (named && (split.name_begin > 0 || part_begin > 0 || part_end < words.size())) {
      for (std::size_t w = part_begin + split.name_begin; w < part_end; ++w) {
        if (!shapes[w].capitalised && !is_name_particle(fold_key(words[w]))) return std::nullopt;
      }
      return long_office_person(part_begin + split.name_begin, part_end);
    }
    part_end = part_begin;
  }
  return std::nullopt;
}

}  // namespace transcript
