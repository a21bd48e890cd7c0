#include "core/transcript/page_chrome.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/text/utf8.h"
#include "core/transcript/page_metadata.h"
#include "core/transcript/scan.h"
#include "core/directory/field_labels.h"
#include "core/transcript/speaker_label.h"
#include "core/transcript/speech_evidence.h"

namespace transcript {
namespace {

constexpr std::string_view kFurniture[] = {
    "publication", "published", "date", "direct", "link", "related", "contact", "contacts",
    "source", "photo", "photos", "video", "tags", "tag", "share", "print", "address", "tel",
    "telephone", "phone", "fax", "e-mail", "email", "web", "website", "url", "title",
    "author", "updated", "posted", "modified", "issued", "copyright", "telex", "keywords", "delivered", "last", "location",
    "venue", "дата", "прямая", "ссылка",
    "источник", "фото", "видео", "теги", "адрес", "телефон", "факс", "поделиться",
    "опубликовано", "телекс", "сайт", "время", "место", "themen", "topics", "sprecher",
    "speakers", "participants", "teilnehmer", "темы", "участники", "fecha", "publicado",
    "subjects", "subject", "topic", "тема",
    "publié", "veröffentlicht", "datum", "appendix", "annex", "attachment", "attachments",
    "приложение", "приложения", "附件", "anlage", "annexe", "anexo",
    "来源", "日期", "发布时间", "发布日期", "作者", "责任编辑", "编辑", "责编", "时间", "地点",
    "摄影", "图片", "电话", "传真", "地址", "网址", "邮箱",
    // (a directory's contact fields in every language it knows: is_contact_field())
    // A site's navigation: "Search" under a masthead's date is no place.
    "search", "menu", "home", "login", "sitemap", "navigation", "поиск", "меню", "главная"};

constexpr std::string_view kLanguageLinks[] = {
    "english", "русский", "español", "espanol", "français", "francais", "deutsch",
    "português", "italiano", "中文", "العربية", "日本語", "en", "ru", "es", "fr"};

bool has_letter_or_digit(std::string_view s) {
  std::size_t i = 0, len = 0;
  while (i < s.size()) {
    const char32_t cp = scan::peek(s, i, len);
    if (scan::is_letter(cp) || scan::is_digit(cp)) return true;
    i += len;
  }
  return false;
}

// A printed page's number left in the text of a PDF: "- 2 -", "– 12 –", "Page 3", "Page 3 of
// 14", "Стр. 3", "Страница 3 из 14".
bool page_number_line(std::string_view t) {
  const std::vector<std::string_view> words = split_words(t);
  auto number = [](std::string_view w) {
    return !w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto dash = [](std::string_view w) { return w == "-" || w == "\u2013" || w == "\u2014"; };
  if (words.size() == 3 && dash(words[0]) && number(words[1]) && dash(words[2])) return true;
  if (words.size() != 2 && words.size() != 4) return false;
  std::string first = scan::fold_word(words[0]);
  while (!first.empty() && first.back() == '.') first.pop_back();
  if (first != "page" && first != "стр" && first != "страница" && first != "seite" && first != "página") return false;
  if (!number(words[1])) return false;
  if (words.size() == 2) return true;
  const std::string of = scan::fold_word(words[2]);
  return (of == "of" || of == "из" || of == "von" || of == "de") && number(words[3]);
}

}  // namespace

bool is_contact_field(std::string_view label) {
  const std::optional<DirectoryField> field = find_field_label(label);
  return field && *field != DirectoryField::kPerson;
}

bool is_furniture_word(std::string_view folded) {
  return std::find(std::begin(kFurniture), std::end(kFurniture), folded) != std::end(kFurniture) ||
         is_contact_field(folded);
}

bool is_index_row(std::string_view t) {
  if (t.size() > 600 || t.find('\t') == std::string_view::npos) return false;  // (find: memchr)
  const std::size_t tab = t.rfind('\t');
  const std::string_view cell = trim(t.substr(tab + 1));
  return !cell.empty() && cell.size() <= 40 && is_date_line(cell);
}

bool is_photo_caption(std::string_view t) {
  // Only lines that end in a closing bracket or parenthesis are read.
  if (t.size() < 12 || t.size() > 600 || (t.back() != ']' && t.back() != ')')) return false;
  const std::size_t open = t.find_last_of(t.back() == ']' ? '[' : '(');
  if (open == std::string_view::npos || t.size() - open > 160 || open == 0) return false;
  const std::string credit = scan::fold_word(t.substr(open + 1, t.size() - open - 2));
  for (std::string_view w : {"photo", "фото", "foto", "\u00a9", "image courtesy", "pool photo"}) {
    if (credit.find(w) != std::string::npos) return true;
  }
  return false;
}

bool is_chrome_line(std::string_view t) {
  if (t.empty()) return true;
  if (!has_letter_or_digit(t)) return true;                   // * * *, ***, ———
  if (t.front() == '<' && t.back() == '>') return true;       // <…>, <...>, stray markup
  if (t.size() <= 40 && page_number_line(t)) return true;      // "- 2 -", "Page 3 of 4"
  // (120: a date, a time and a venue of up to 60 bytes, which is_date_line() bounds.)
  if (t.size() <= 120 && (is_time_line(t) || is_date_line(t))) return true;
  if (is_index_row(t)) return true;
  if (is_photo_caption(t)) return true;
  // A time zone left on its own line under a time ("12:05 P.M." / "EDT").
  if (t.size() <= 5) {
    static constexpr std::string_view kZones[] = {"EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST",
                                                  "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST",
                                                  "MSK", "IST", "JST", "KST", "SGT", "AEST", "AEDT"};
    if (std::find(std::begin(kZones), std::end(kZones), t) != std::end(kZones)) return true;
  }
  // The caveat on a speech's text: "Check against delivery!", "(Es gilt das gesprochene
  // Wort)", "Seul le prononcé fait foi".
  if (t.size() <= 60) {
    std::string f = scan::fold_word(t);
    auto mark = [](char c) { return c == ' ' || c == '!' || c == '.' || c == '*' || c == '(' || c == ')' ||
                                    c == '[' || c == ']' || c == '-' || c == '_'; };
    while (!f.empty() && mark(f.back())) f.pop_back();
    std::size_t from = 0;
    while (from < f.size() && mark(f[from])) ++from;
    const std::string_view core = std::string_view(f).substr(from);
    for (std::string_view caveat : {"check against delivery", "please check against delivery",
                                    "embargoed until delivery", "check against delivery - embargoed until delivery",
                                    "es gilt das gesprochene wort", "seul le prononcé fait foi",
                                    "seul le texte prononcé fait foi", "sólo es válido el texto pronunciado"}) {
      if (core == caveat) return true;
    }
  }
  // Furniture: "Publication date: 01.09.2020", "Direct link: https://…", "Photo: TASS",
  // "来源：（驻英国使馆供稿）" (a full-width colon).
  const std::size_t colon = std::min(t.find(':'), t.find("\uFF1A"));
  if (colon != std::string_view::npos && colon <= 40) {
    const auto words = split_words(t.substr(0, colon));
    if (!words.empty() && words.size() <= 4) {
      std::string first = scan::fold_word(words[0]);
      while (!first.empty() && first.back() == '.') first.pop_back();
      if (is_furniture_word(first)) return true;
    }
    // A directory's field of several words: "Correo electrónico:", "البريد الإلكتروني:".
    if (words.size() > 1 && words.size() <= 4 && is_contact_field(t.substr(0, colon))) return true;
  }
  return false;
}

namespace {

// The line, folded and without a colon or spaces after it, is one of `headings`.
template <std::size_t N>
bool heading_in(std::string_view t, std::size_t max_bytes, const std::string_view (&headings)[N]) {
  if (t.size() > max_bytes) return false;
  std::string f = scan::fold_word(t);
  while (!f.empty() && (f.back() == ':' || f.back() == ' ')) f.pop_back();
  return std::find(std::begin(headings), std::end(headings), f) != std::end(headings);
}

}  // namespace

bool is_section_heading(std::string_view t) {
  static constexpr std::string_view kHeadings[] = {
      "questions and answers", "question and answer", "question and answer session", "q&a", "q & a",
      "q&a session", "opening remarks", "opening statement", "introductory remarks",
      "вопросы и ответы", "ответы на вопросы", "вступительное слово", "fragen und antworten",
      "questions-réponses", "questions et réponses", "preguntas y respuestas", "answers to media questions",
      "answers to questions", "answers to questions from the media", "ответы на вопросы сми",
      "ответы на вопросы журналистов"};
  return heading_in(t, 60, kHeadings);
}

bool is_contents_heading(std::string_view t) {
  static constexpr std::string_view kHeadings[] = {
      "table of contents", "contents", "content", "on this page", "содержание", "оглавление", "зміст",
      "sommaire", "table des matières", "índice", "contenido", "inhalt", "inhaltsverzeichnis", "目录", "目錄"};
  return heading_in(t, 40, kHeadings);
}

bool is_transcript_heading(std::string_view t) {
  if (t.size() > 300 || t.empty() || t.back() == '.' || t.back() == '!' || t.back() == '?') return false;
  if (!at_most_words(t, 20)) return false;
  const std::string f = scan::fold_word(utf8_prefix(t, 40));
  for (std::string_view opening : {"transcript of", "excerpts from transcript", "excerpts from the transcript",
                                   "excerpt from transcript", "excerpt from the transcript", "full transcript",
                                   "стенограмма", "из стенограммы", "фрагмент стенограммы",
                                   "фрагменты стенограммы", "conversation with", "beginning of",
                                   "начало "}) {
    if (f.starts_with(opening)) return true;
  }
  // "Speech at …", "Opening remarks at …", "Выступление на …": a speech named first.
  return title_names_speech(first_words(t, 2));
}

bool is_header_chrome(std::string_view t) {
  if (is_chrome_line(t)) return true;
  // Bullets and menu separators.
  for (std::string_view b : {"\u2022", "\u00B7", "\u25AA", "\u25BA", "|", "*", "-", "\u2014"}) {
    if (t.starts_with(b)) return true;
  }
  for (std::string_view sep : {" > ", " / ", " \u00BB ", " \u203A ", " | "}) {
    if (t.find(sep) != std::string_view::npos && t.size() < 200 && t.back() != '.') return true;
  }
  const auto words = split_words(t);
  if (words.size() == 1) {
    const std::string f = scan::fold_word(words[0]);
    if (std::find(std::begin(kLanguageLinks), std::end(kLanguageLinks), f) != std::end(kLanguageLinks)) {
      return true;
    }
  }
  // Short lines without any punctuation at the end: menu items, captions, places. A
  // salutation ("Mr Torkunov,", "Дорогие друзья!", "女士们，先生们！") ends with punctuation
  // and is speech; a paragraph of Chinese is one "word" between spaces, many by its shape.
  if (words.size() <= 6 && scan::shape_words(t) <= 6 && !scan::ends_with_punctuation(t)) return true;
  return false;
}

bool is_navigation_line(std::string_view t) {
  if (t.size() > 200) return false;
  const auto words = split_words(t);
  if (words.empty()) return false;
  auto folded = [&](std::size_t i) { return i < words.size() ? scan::fold_word(words[i]) : std::string(); };
  const std::string w0 = folded(0), w1 = folded(1);
  // Skip links: a verb of motion and a preposition, or "to content" words.
  static constexpr std::string_view kMoves[] = {"skip", "jump", "go", "перейти", "aller", "ir",
                                                "saltar", "springen", "zum", "passer"};
  static constexpr std::string_view kTo[] = {"to", "к", "au", "à", "a", "al", "zum", "zur", "directement"};
  if (std::find(std::begin(kMoves), std::end(kMoves), w0) != std::end(kMoves) &&
      std::find(std::begin(kTo), std::end(kTo), w1) != std::end(kTo) && words.size() <= 6) {
    return true;
  }
  // Breadcrumbs: two to six short parts joined by " > ", " » " or " › " ("首页 > 重要新闻",
  // "Home » News » Speeches"). A title may hold " / " or " | ", never these arrows.
  const std::string spaced = collapse_spaces(t);  // "首页&nbsp;&gt;&nbsp;…": no-break spaces
  const std::string_view c = spaced;
  for (std::string_view sep : {" > ", " \u00BB ", " \u203A "}) {
    std::size_t parts = 1, at = 0, longest = 0, start = 0;
    while ((at = c.find(sep, start)) != std::string_view::npos) {
      longest = std::max(longest, split_words(c.substr(start, at - start)).size());
      ++parts;
      start = at + sep.size();
    }
    longest = std::max(longest, split_words(c.substr(start)).size());
    if (parts >= 2 && parts <= 6 && longest <= 5) return true;
  }
  // Font-size and print widgets ("[字体：大 中 小] 打印本页").
  if (t.find("\u5B57\u4F53") != std::string_view::npos || t.find("\u6253\u5370") != std::string_view::npos) {
    return words.size() <= 8;
  }
  // Banners and switches.
  const std::string f = scan::fold_word(t);
  for (std::string_view phrase : {"cookie", "версия для слабовидящих", "screen reader", "an official website of",
                                  "официальный сайт", "accessibility", "high contrast"}) {
    if (f.find(phrase) != std::string::npos && words.size() <= 20) return true;
  }
  return false;
}

}  // namespace transcript
