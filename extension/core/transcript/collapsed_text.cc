#include "core/transcript/collapsed_text.h"

#include <algorithm>

#include "core/directory/place_names.h"
#include "core/entities/common_words.h"
#include "core/text/utf8.h"
#include "core/transcript/page_metadata.h"
#include "core/transcript/scan.h"
#include "core/transcript/speaker_label.h"
#include "core/transcript/transcript_end.h"
#include "core/transcript/word_forms.h"

namespace transcript {
namespace {

// The character before byte `at` (skipping white space) ends a sentence or a bracket.
bool after_sentence_end(std::string_view line, std::size_t at) {
  std::size_t i = at;
  while (i > 0) {
    std::size_t b = i - 1;
    while (b > 0 && (static_cast<unsigned char>(line[b]) & 0xC0) == 0x80) --b;
    if (scan::space_at(line, b) == 0) {
      const std::string_view c = line.substr(b, i - b);
      return c == "." || c == "!" || c == "?" || c == ")" || c == "]" || c == ">" || c == "\"" ||
             c == "\u2026" || c == "\u00BB" || c == "\u201D" || c == ";";
    }
    i = b;
  }
  return false;
}

bool upper_at(std::string_view line, std::size_t at) {
  if (at >= line.size()) return false;
  std::size_t len;
  return scan::is_upper(scan::peek(line, at, len));
}

// "В.Путин", "С.В.Лавров": a capital, a period and a capital.
bool initials_at(std::string_view line, std::size_t at) {
  std::size_t len1, len2;
  if (!upper_at(line, at)) return false;
  scan::peek(line, at, len1);
  if (at + len1 + 1 >= line.size() || line[at + len1] != '.') return false;
  scan::peek(line, at + len1 + 1, len2);
  return upper_at(line, at + len1 + 1);
}

// A word of three letters or more, every one a capital, at `at` ("БЕЛЕЦКИЙ"): a surname as
// a list of participants prints it.
bool capitals_word_at(std::string_view line, std::size_t at) {
  std::size_t letters = 0, len = 0, i = at;
  while (i < line.size()) {
    const char32_t c = scan::peek(line, i, len);
    if (!scan::is_letter(c)) break;
    if (!scan::is_upper(c)) return false;
    ++letters;
    i += len;
  }
  return letters >= 3 && (i >= line.size() || scan::space_at(line, i) > 0);
}

// Whether a date as printed holds a year (four digits in a row).
bool has_year(std::string_view date) {
  int run = 0;
  for (char c : date) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// End of the word starting at `at`.
std::size_t word_end(std::string_view line, std::size_t at) {
  while (at < line.size() && scan::space_at(line, at) == 0) ++at;
  return at;
}

bool strong_label(const std::optional<SpeakerLabel>& l) { return l && !l->weak && !l->bare_q_a; }

struct Word {
  std::size_t begin, end;
  std::string_view text;
};

// The words between two offsets, each without the punctuation after it ("Руденей." ->
// "Руденей"), so that a title and a sentence that ends with its words compare equal.
std::vector<Word> words_in(std::string_view line, std::size_t begin, std::size_t end) {
  std::vector<Word> out;
  for (std::size_t i = scan::skip_spaces(line, begin); i < end; i = scan::skip_spaces(line, i)) {
    const std::size_t e = std::min(word_end(line, i), end);
    std::string_view w = line.substr(i, e - i);
    while (w.size() > 1 && std::string_view(".,;:!?").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
    out.push_back({i, e, w});
    i = e;
  }
  return out;
}

// A site section printed above the headline, which a collapsed page glues to it
// ("События Встреча с …"): the section names news sites use.
bool is_section_word(std::string_view w) {
  const std::string f = scan::fold_word(w);
  for (std::string_view s : {"события", "новости", "выступления", "стенограммы", "events", "news",
                             "speeches", "transcripts"}) {
    if (f == s) return true;
  }
  return false;
}

// The rubric that puts an announcement's date after its title: "Анонс на 26 февраля 2025
// года", "Announcement for February 26, 2025". Its length in bytes (with the space after
// it), 0 when `rest` does not start with one.
std::size_t announcement_rubric(std::string_view rest) {
  for (std::string_view r : {"Анонс на ", "Анонс ", "Announcement for ", "Announcement: "}) {
    if (rest.starts_with(r)) return r.size();
  }
  return 0;
}

// Length of the run of equal words starting at a[i] and b[j].
std::size_t common_run(const std::vector<Word>& a, std::size_t i, const std::vector<Word>& b, std::size_t j,
                       std::size_t limit) {
  std::size_t n = 0;
  while (i + n < a.size() && j + n < b.size() && n < limit && a[i + n].text == b[j + n].text) ++n;
  return n;
}

// The words of a header between its section word and its date, with what the lead rules
// ask of each.
struct HeaderWords {
  std::vector<std::string> folded;
  std::vector<bool> caps;       // starts with a capital
  std::vector<bool> candidate;  // capitalised, outside quotes («Радар ммс»), not an acronym (СМИ)

  HeaderWords(std::string_view line, const std::vector<Word>& top) {
    int depth = 0;
    for (const Word& w : top) {
      folded.push_back(scan::fold_word(w.text));
      const bool quoted = depth > 0 || w.text.starts_with("\u00AB") || w.text.starts_with("\"");
      for (std::size_t i = 0; i < w.text.size(); ++i) {
        if (w.text.substr(i).starts_with("\u00AB")) ++depth;
        if (w.text.substr(i).starts_with("\u00BB") && depth > 0) --depth;
      }
      bool all_upper = true;
      std::size_t letters = 0;
      for (std::size_t i = w.begin; i < w.end;) {
        std::size_t len;
        const char32_t c = scan::peek(line, i, len);
        if (scan::is_letter(c)) {
          ++letters;
          if (!scan::is_upper(c)) all_upper = false;
        }
        i += len ? len : 1;
      }
      caps.push_back(upper_at(line, w.begin));
      candidate.push_back(caps.back() && !quoted && !(letters >= 2 && all_upper));
    }
  }

  // Whether word k can open the lead's sentence: a function word, a reflexive verb, a
  // nominative, or a noun in -а/-я before its genitive ("Глава государства").
  bool opens_sentence(std::size_t k) const {
    if (!candidate[k]) return false;
    const std::string& f = folded[k];
    return is_sentence_opening_function_word(f) || is_past_tense_verb(f, true) || reads_as_nominative(f) ||
           ends_in_a_or_ya(f);
  }
};

// Where the lead starts in a header "<title> <lead>." when nothing repeats: the lead is a
// sentence whose predicate is a past-tense verb, so it starts before that verb, after the
// previous one (or the title's second word), at a capitalised word that can only open a
// sentence, in this order: a preposition (В Кремле, По окончании); a nominative adjective
// before its common noun (Генеральный директор … доложила); the verb itself (Состоялся,
// Обсуждалась); a nominative subject not governed by a preposition, with the capitalised
// words of its name and at most a prepositional phrase before the verb (Владимир Путин
// провёл, Губернатор доложил, Президент в режиме видеоконференции провёл; not "в Мурманск
// началась"); a noun in -а/-я and its genitive (Глава государства подписал). 0 when no
// word qualifies.
std::size_t lead_start(const std::vector<Word>& top, const HeaderWords& h, std::size_t first) {
  std::size_t from = first + 2;
  for (std::size_t v = from; v < top.size(); ++v) {
    if (!is_past_tense_verb(h.folded[v], h.caps[v]) || (h.caps[v] && !h.candidate[v])) continue;
    for (std::size_t k = from; k <= v; ++k) {
      if (h.candidate[k] && is_sentence_opening_function_word(h.folded[k])) return top[k].begin;
    }
    // An adjective in the nominative before a common noun: "Генеральный директор
    // акционерного общества … Вероника Никишина доложила", "Рабочая поездка … началась".
    for (std::size_t k = from; k < v; ++k) {
      if (h.candidate[k] && !h.caps[k + 1] && !is_sentence_opening_function_word(h.folded[k + 1]) &&
          reads_as_nominative_adjective(h.folded[k])) {
        return top[k].begin;
      }
    }
    if (h.candidate[v]) return top[v].begin;  // Состоялся телефонный разговор …
    // A subject: a nominative, with the capitalised words of its name after it and at most
    // a prepositional phrase before the verb ("Президент в режиме видеоконференции провёл",
    // "Владимир Путин провёл"); not governed by a preposition ("в Мурманск началась").
    for (std::size_t k = v > from + 5 ? v - 5 : from; k < v; ++k) {
      if (!h.candidate[k] || !reads_as_nominative(h.folded[k])) continue;
      if (k > 0 && !h.caps[k - 1] && is_sentence_opening_function_word(h.folded[k - 1])) continue;
      std::size_t j = k + 1;
      while (j < v && h.candidate[j]) ++j;
      const bool phrase = j < v && !h.caps[j] && is_sentence_opening_function_word(h.folded[j]) && v - j <= 3;
      if (j == v || phrase) return top[k].begin;
    }
    // A noun in -а/-я and its genitive: "Глава государства подписал".
    if (v >= from + 2 && h.candidate[v - 2] && !h.caps[v - 1] && ends_in_a_or_ya(h.folded[v - 2])) {
      return top[v - 2].begin;
    }
    from = v + 1;
  }
  return 0;
}

// After an aside's heading on a page on one line, its links, each ending with its page's
// date ("Дополнительно Посещение МГТУ имени Баумана 16 апреля 2025 года Лучшие традиции
// …"): a cut after each (up to eight, none with a sentence's end inside but the first), not
// where the speech would then open a line that reads as a label ("… 22 апреля 2025 года
// Ваше Величество, Вы хорошо известны в России: …"). Returns where the speech goes on.
std::size_t cut_aside_links(std::string_view line, std::size_t from, std::vector<std::size_t>& cuts) {
  for (std::size_t links = 0; from < line.size() && links < 8; ++links) {
    const std::string_view link = line.substr(from, 400);
    const auto d = find_date(link);
    if (!d || !has_year(link.substr(d->begin, d->end - d->begin))) break;
    if (links > 0 && link.substr(0, d->begin).find_first_of(".!?") != std::string_view::npos) break;
    std::size_t after = from + d->end;
    const std::size_t t = scan::skip_spaces(line, after);
    if (const auto tm = find_time(line.substr(t, 12)); tm && tm->begin == 0) after = t + tm->end;
    after = scan::skip_spaces(line, after);
    if (after >= line.size()) break;
    // The link ends at its date, also where the speech goes on with what has a label's
    // shape ("… 22 апреля 2025 года Ваше Величество, Вы хорошо известны в России: …"); no
    // further link after a label.
    cuts.push_back(after);
    from = after;
    if (match_speaker_label(line.substr(after, std::min<std::size_t>(line.size() - after, 4096)))) break;
  }
  return from;
}

// The header of a collapsed page reads "<section> <title> <lead>. <date> <time> <place>
// [<title>] …" with nothing to show where the title ends. Cuts around it:
//   - after a section word that opens the page before a capitalised word;
//   - around the title where the header repeats it after the time (kremlin.ru prints the
//     headline again over the text): the repeat is the longest run of three words or more
//     that starts the title; cut after it at the top, and before and after the repeat;
//   - else, where the lead repeats the end of the title ("Встреча с губернатором Тверской
//     области Игорем Руденей В Кремле состоялась рабочая встреча … с губернатором Тверской
//     области Игорем Руденей."): after the first copy of the longest repeated run of three
//     words or more, when it ends with a capitalised word (a name) and a capitalised word
//     follows it, and when what follows can open a sentence (HeaderWords::opens_sentence);
//   - else, when a sentence ends before the date (a header without one is all title),
//     where the lead's sentence starts (lead_start). A title that ends otherwise stays
//     uncut (no title rather than half of one).
void header_cuts(std::string_view line, std::size_t date_at, std::size_t after_time, std::size_t first_label,
                 std::vector<std::size_t>& cuts) {
  const std::vector<Word> top = words_in(line, 0, date_at);
  if (top.size() < 3) return;
  std::size_t k0 = 0;
  // (A headline may open with its date: "События 26 февраля состоятся переговоры …".)
  const char after_section = line[top[1].begin];
  if (is_section_word(top[0].text) &&
      (upper_at(line, top[1].begin) || (after_section >= '0' && after_section <= '9'))) {
    cuts.push_back(top[1].begin);
    k0 = 1;
  }
  const std::vector<Word> below = words_in(line, after_time, first_label);
  std::size_t best = 0, at = 0;
  for (std::size_t j = 0; j < below.size(); ++j) {
    const std::size_t n = common_run(top, k0, below, j, top.size());
    if (n > best) best = n, at = j;
  }
  // The place after the time, when other text follows it: the shortest run of words that
  // reads as "City, Qualifier" ("Москва, Кремль Во встрече также …").
  bool place_cut = false;
  for (std::size_t n = 2; n <= 6 && n < below.size(); ++n) {
    const std::string_view run = line.substr(below[0].begin, below[n - 1].end - below[0].begin);
    if (run.find(',') == std::string_view::npos || run.back() == ',') continue;
    if (place_line(run, true) && upper_at(line, below[n].begin)) {
      cuts.push_back(below[n].begin);
      place_cut = true;
    }
    break;
  }
  // Or a region of two words ("Курская область В.Герасимов …"), before a capital.
  if (!place_cut && below.size() >= 3 && upper_at(line, below[0].begin) && upper_at(line, below[2].begin) &&
      line[below[1].end] == ' ' && below[1].text.size() == below[1].end - below[1].begin &&
      russian_region_word(below[0].text, below[1].text)) {
    cuts.push_back(below[2].begin);
    place_cut = true;
  }
  // Or one word, a city, before the lead: "Мурманск На предприятии «Атомфлот» …" (the
  // lead opens with a capitalised preposition), "Москва Главу государства сопровождали
  // …" (a city CLDR knows), "Санкт-Петербург Президент осмотрел …", "Мурманск Атомный
  // подводный крейсер …" (the lead opens with a word that can open a sentence, and the page
  // names the place again in another form: "в Санкт-Петербурге", "Мурманская область";
  // kremlin.ru writes the parts of a place with commas, "Москва, Кремль"). Not a common
  // word ("Текст указа …"), a word in capitals, or a given name before a surname's shape
  // ("Владимир Путин …", "Никол Пашинян …").
  auto named_again = [&](const Word& w) {
    const std::string f = scan::fold_word(w.text);
    if (count_chars(f) < 6 || is_common_word(f)) return false;
    std::size_t bytes = w.text.size() - 1;  // the word without its last letter
    while (bytes > 0 && is_continuation_byte(static_cast<unsigned char>(w.text[bytes]))) --bytes;
    const std::string_view stem = w.text.substr(0, bytes);
    for (std::size_t at = line.find(stem); at != std::string_view::npos; at = line.find(stem, at + 1)) {
      if (at != w.begin && line.substr(at, w.text.size() + 1) != std::string(w.text) + ' ') return true;
    }
    return false;
  };
  auto surname_shaped = [](std::string_view word) {
    const std::string f = scan::fold_word(word);
    for (std::string_view end : {"ин", "ов", "ев", "ёв", "ян", "ко", "ук", "юк", "ич", "ский", "цкий"}) {
      if (f.ends_with(end)) return true;
    }
    return false;
  };
  if (!place_cut && below.size() >= 3 && upper_at(line, below[0].begin) && upper_at(line, below[1].begin) &&
      line[below[0].end] == ' ' && place_line(below[0].text, true) &&
      !is_sentence_opening_function_word(scan::fold_word(below[0].text))) {
    const HeaderWords words(line, below);
    if (is_sentence_opening_function_word(words.folded[1]) || city_region(below[0].text) ||
        ((words.opens_sentence(1) || reads_as_nominative_adjective(words.folded[1])) && words.candidate[0] &&
         !surname_shaped(below[1].text) && named_again(below[0]))) {
      cuts.push_back(below[1].begin);
    }
  }
  if (best >= 3) {
    if (k0 + best < top.size()) cuts.push_back(top[k0 + best].begin);
    cuts.push_back(below[at].begin);
    if (at + best < below.size()) cuts.push_back(below[at + best].begin);
    return;
  }
  best = 0;
  std::size_t end = 0;
  // How the title's copy ends: with a name, with a closing quote ("… «Великое наследие –
  // общее будущее»"), or with a common word ("… Арктической зоны", four words or more).
  enum class TitleEnd { name, quote, word } title_end = TitleEnd::name;
  for (std::size_t i = k0 + 1; i < top.size(); ++i) {
    for (std::size_t j = i + 3; j < top.size(); ++j) {
      const std::size_t n = common_run(top, i, top, j, j - i);
      if (n < 3 || n <= best) continue;
      // The words after the first copy that the lead also has just after its copy belong
      // to the title: "с Председателем Правительства Михаилом Мишустиным" / "с
      // Председателем Правительства Российской Федерации Михаилом Мишустиным".
      std::size_t e = i + n, from = j + n;
      while (e < j && e < top.size()) {
        std::size_t m = from;
        while (m < top.size() && m < from + 4 && top[m].text != top[e].text) ++m;
        if (m >= top.size() || m >= from + 4) break;
        from = m + 1;
        ++e;
      }
      // The lead starts with a capital; the title ends with a name (a capitalised word), a
      // quoted name or, after a longer copy, a common word.
      if (e >= j || !upper_at(line, top[e].begin)) continue;
      if (upper_at(line, top[e - 1].begin)) {
        best = n, end = e, title_end = TitleEnd::name;
      } else if (top[e - 1].text.ends_with("\u00BB")) {
        best = n, end = e, title_end = TitleEnd::quote;
      } else if (n >= 4) {
        best = n, end = e, title_end = TitleEnd::word;
      }
    }
  }
  // The lead opens with the title's own first words ("4 марта Владимир Путин встретится с
  // … Хлайном | 4 марта Владимир Путин проведёт переговоры …"): cut before the second copy
  // of the longest such run of three words or more, or two when they are the date that
  // opens an announcement's headline ("17 апреля состоятся … Аль Тани | 17 апреля в Москве
  // состоятся …").
  if (best < 3 && k0 + 1 < top.size()) {
    const char first = top[k0].text.front();
    const std::size_t shortest = first >= '0' && first <= '9' ? 2 : 3;
    std::size_t run = 0, second = 0;
    for (std::size_t j = k0 + 3; j < top.size(); ++j) {
      const std::size_t n = common_run(top, k0, top, j, j - k0);
      if (n >= shortest && n > run) run = n, second = j;
    }
    if (run >= shortest) {
      cuts.push_back(top[second].begin);
      return;
    }
  }
  // The cut must leave a lead that opens like a sentence ("… всея Руси | Кириллу с
  // праздником Пасхи Глава государства поздравил …" does not); else the lead's own shape
  // decides. A header whose text before the date ends no sentence has no lead: all title.
  const HeaderWords words(line, top);
  // After a quoted name any capitalised word outside quotes opens the lead ("Президенты
  // России и Белоруссии приняли …"); after a common word, one that could open a sentence,
  // or a capitalised word before a lower-case one that is no function word ("Главе
  // государства представлены …"; not "… зоны Российской Федерации").
  const bool opens = best >= 3 && (words.opens_sentence(end) || (title_end == TitleEnd::quote && words.candidate[end]) ||
                                   (title_end == TitleEnd::word && words.candidate[end] && end + 1 < top.size() &&
                                    !words.caps[end + 1] && !is_sentence_opening_function_word(words.folded[end + 1])));
  if (opens) {
    cuts.push_back(top[end].begin);
    return;
  }
  if (!after_sentence_end(line, date_at)) return;
  if (const std::size_t lead = lead_start(top, words, k0)) cuts.push_back(lead);
}

}  // namespace

std::vector<std::size_t> collapsed_cuts(std::string_view line, bool whole_page) {
  std::vector<std::size_t> cuts;
  const bool short_line = line.size() < kCollapsedLineBytes;
  if (short_line && (!whole_page || line.size() < kShortCollapsedPageBytes)) return cuts;
  bool header_time = false;  // the header's date has a time after it
  bool announcement = false;  // the header's date follows an announcement's rubric
  int labels = 0;
  bool header = true;  // before the first label
  std::size_t date_at = 0, after_time = 0, first_label = 0;
  std::vector<std::string> initials_labels;  // "В.Шапша": labels by initials seen with their colon
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t space = scan::space_at(line, i);
    if (space == 0) {
      ++i;
      continue;
    }
    const std::size_t j = scan::skip_spaces(line, i);
    i = j;
    if (j >= line.size()) break;
    const bool sentence = after_sentence_end(line, j);
    // A separator ("* * *", "***") stands on a line of its own.
    if (line[j] == '*') {
      std::size_t e = j;
      while (e < line.size() && (line[e] == '*' || line[e] == ' ')) ++e;
      if (e - j >= 3) {
        cuts.push_back(j);
        if (e < line.size()) cuts.push_back(e);
        i = e;
        continue;
      }
    }
    // A speaker label.
    // (Right after the header's time and place, a label needs no sentence end before it:
    // "… 17:05 Санкт-Петербург Вопрос: …".)
    // (A one-word label there: "Санкт-Петербург Вопрос:" is no label with its place.)
    const bool after_place = labels == 0 && after_time > 0 && j > after_time && j - after_time < 80;
    if (((sentence || after_place) && upper_at(line, j)) || initials_at(line, j)) {
      const std::string_view rest = line.substr(j, initials_at(line, j) ? 600 : kMaxLabelBytes + 8);
      if (rest.find(':') != std::string_view::npos) {
        const auto label = match_speaker_label(line.substr(j, std::min<std::size_t>(line.size() - j, 4096)));
        const bool one_word = label && label->label.find(' ') == std::string::npos;
        if (strong_label(label) && (sentence || initials_at(line, j) || one_word)) {
          cuts.push_back(j);
          if (labels == 0) first_label = j;
          if (initials_at(line, j) && std::find(initials_labels.begin(), initials_labels.end(), label->label) ==
                                          initials_labels.end()) {
            initials_labels.push_back(label->label);
          }
          ++labels;
          header = false;
          i = j + label->text_begin;
          continue;
        }
      }
    }
    // A footer heading of one to three words, followed by a capitalised word; one of two
    // words or more needs no sentence end before it ("… Российской Федерации Смотрите также
    // Церемония …": a list of participants ends with no full stop).
    if (upper_at(line, j)) {
      std::size_t e = j;
      for (int words = 1; words <= 3; ++words) {
        e = word_end(line, e);
        const std::size_t next = scan::skip_spaces(line, e);
        const std::string_view phrase = line.substr(j, e - j);
        if ((sentence || words >= 2) && is_footer_heading(phrase) && (next >= line.size() || upper_at(line, next))) {
          cuts.push_back(j);
          if (next < line.size()) cuts.push_back(next);
          i = is_aside_heading(phrase) ? cut_aside_links(line, next, cuts) : next;
          break;
        }
        e = next;
        if (e >= line.size()) break;
      }
      if (!cuts.empty() && cuts.back() > j) continue;
    }
    // The header's date and time: "… Руденей. 4 февраля 2025 года 13:30 Москва, Кремль".
    // An announcement's: "… Эмбало Анонс на 26 февраля 2025 года Владимир Путин …".
    if (header && (sentence || cuts.empty())) {
      const std::size_t rubric = announcement_rubric(line.substr(j, 40));
      const auto d = find_date(line.substr(j + rubric, 60));
      // (The header's date has its year: "26 февраля состоятся переговоры …" after the
      // section word is an announcement's title, whose own date follows.)
      if (d && d->begin == 0 && has_year(line.substr(j + rubric, d->end))) {
        cuts.push_back(j);
        if (rubric > 0) cuts.push_back(j + rubric);  // the rubric on a line of its own
        announcement |= rubric > 0;
        std::size_t after = j + rubric + d->end;
        const std::size_t t = scan::skip_spaces(line, after);
        if (const auto tm = find_time(line.substr(t, 12)); tm && tm->begin == 0) {
          after = t + tm->end;
          header_time = true;
        } else if (capitals_word_at(line, t)) {
          header_time = true;  // a list of participants, surnames in capitals ("… 2025 года БЕЛЕЦКИЙ Евгений …")
        }
        after = scan::skip_spaces(line, after);
        if (after < line.size()) cuts.push_back(after);
        date_at = j;
        after_time = after;
        header = false;
        i = after;
        continue;
      }
    }
  }
  if (labels < 2 && !whole_page) return {};
  // A label by initials that lost its colon after a sentence's end, before a capital ("…
  // успехов. В.Шапша Спасибо, …"), where the line prints it with its colon elsewhere: a
  // line of its own, which the turn parser reads as that label (turn_parser.cc).
  for (const std::string& label : initials_labels) {
    for (std::size_t at = line.find(label); at != std::string_view::npos; at = line.find(label, at + 1)) {
      const std::size_t after = at + label.size();
      if (after >= line.size() || scan::space_at(line, after) == 0 || !after_sentence_end(line, at)) continue;
      const std::size_t next = scan::skip_spaces(line, after);
      if (next < line.size() && upper_at(line, next)) cuts.push_back(at);
    }
  }
  // A short page on one line is cut only by the shape of its header: a date and its time,
  // or an announcement's rubric and date.
  if (short_line && !header_time && !announcement) return {};
  // (A news item without labels: its header is followed by text within a few lines.)
  if (date_at > 0 && first_label == 0) first_label = std::min(line.size(), after_time + 1500);
  if (date_at > 0 && first_label > after_time) header_cuts(line, date_at, after_time, first_label, cuts);
  cuts.erase(std::remove(cuts.begin(), cuts.end(), std::size_t{0}), cuts.end());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

}  // namespace transcript
