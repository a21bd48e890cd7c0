#include "core/transcript/transcript_end.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/text/utf8.h"
#include "core/transcript/page_metadata.h"
#include "core/transcript/scan.h"
#include "core/transcript/speaker_label.h"

namespace transcript {

namespace {

// A widget's button, folded: "share", "print", "tags", «поделиться» …
bool is_widget_word(std::string_view folded) {
  static constexpr std::string_view kWidgets[] = {
      "share", "поделиться", "partager", "compartir", "teilen", "print", "imprimer", "imprimir", "drucken",
      "print version", "версия для печати", "tags", "теги", "back to top", "наверх", "top of page"};
  return std::find(std::begin(kWidgets), std::end(kWidgets), folded) != std::end(kWidgets);
}

}  // namespace

bool is_end_marker(std::string_view trimmed) {
  // Section headings that follow the transcript on ministry and presidential sites. They
  // stand alone on their line; a sentence that merely mentions them is speech.
  static constexpr std::string_view kHeadings[] = {
      "additional materials", "additional material", "дополнительные материалы",
      "photo album", "photo albums", "photo gallery", "photos", "фотоальбом", "фотоальбомы",
      "фотогалерея", "related news", "related materials", "related content", "related",
      "related articles", "related stories", "related links", "related posts", "related pages",
      "related topics", "related documents", "related reading", "related coverage", "further reading",
      "you may also like", "more on this", "more stories", "recommended", "lire aussi", "voir aussi",
      "связанные материалы", "похожие материалы", "другие материалы", "дополнительно", "see also",
      "см. также", "смотрите также", "читайте также", "read also", "more on this topic", "все новости",
      "all news", "загранучреждения мид рф", "загранучреждения мид россии",
      "загранучреждения", "представительства в россии", "russian missions abroad",
      "foreign missions in russia", "общие сведения", "contact us", "контакты", "footer", "video", "видео", "photo",
      "фото",
      // (and the buttons of a page's widgets: is_widget_word())
      // The taxonomy block under an article: "Geography" / "Krasnodar Territory", "Topics",
      // "Persons", "Publication status" (kremlin.ru), «География», «Темы», «Лица».
      "geography", "topics", "persons", "people", "publication status", "география", "темы",
      "лица", "статус материала", "keywords", "ключевые слова", "categories", "рубрики",
      // Documents attached after the text: "Appendix:" (fmprc.gov.cn), «Приложение».
      "appendix", "appendices", "annex", "annexes", "attachment", "attachments", "приложение",
      "приложения", "附件",
      // Chinese sites' related news and sharing under an article (fmprc.gov.cn).
      "相关新闻", "相关链接", "相关报道", "相关文章", "推荐给朋友", "分享到",
      // Pagination and the site's own sections after an article.
      "previous", "next", "contacts", "предыдущая", "следующая", "назад", "далее",
      // A ministry's list of its missions after the article ("Belarusian Diplomatic
      // Missions abroad", «Загранучреждения»): the directory, not speech.
      "embassies", "consulates", "diplomatic missions", "missions abroad", "our missions",
      "посольства", "консульства"};
  // Lines that open the page's footer whatever follows them: kremlin.ru's section list,
  // and links to the neighbouring posts ("« Previous: …", "Next: … »").
  // Cheap first test: those lines start with p/P, n/N, «, ‹ or Cyrillic о/О, п/П, с/С.
  const auto c0 = static_cast<unsigned char>(trimmed.empty() ? 0 : trimmed[0]);
  const auto c1 = static_cast<unsigned char>(trimmed.size() > 1 ? trimmed[1] : 0);
  const bool footer_start = (c0 | 0x20) == 'p' || (c0 | 0x20) == 'n' || (c0 == 0xC2 && c1 == 0xAB) ||
                            (c0 == 0xE2 && c1 == 0x80) ||
                            (c0 == 0xD0 && (c1 == 0x9E || c1 == 0xBE || c1 == 0x9F || c1 == 0xBF || c1 == 0xA1)) ||
                            (c0 == 0xD1 && c1 == 0x81);
  if (footer_start && trimmed.size() <= 300) {
    static constexpr std::string_view kFooterStarts[] = {
        "опубликован в разделах", "опубликовано в разделах", "published in sections",
        "« previous", "‹ previous", "previous:", "previous post", "next:", "next post",
        "« предыдущ", "предыдущая новость", "следующая новость", "предыдущий материал",
        "следующий материал"};
    const std::string f = scan::fold_word(utf8_prefix(trimmed, 60));
    for (auto start : kFooterStarts) {
      if (f.starts_with(start)) return true;
    }
  }
  // A document attached after the text, under its own title: "Appendix: Foreign Ministry
  // Spokesperson's Remarks on …", "Annex 2: …", «Приложение 1: …».
  if ((c0 | 0x20) == 'a' || c0 == 0xD0 || c0 == 0xE9) {
    const std::string f = scan::fold_word(utf8_prefix(trimmed, 40));
    for (std::string_view head : {"appendix", "annex", "attachment", "приложение", "附件"}) {
      if (!f.starts_with(head)) continue;
      std::size_t i = head.size();
      while (i < f.size() && (f[i] == ' ' || (f[i] >= '0' && f[i] <= '9') || f[i] == '.')) ++i;
      if (f.substr(i).starts_with(":") || f.substr(i).starts_with("\uFF1A")) return true;
    }
  }
  if (trimmed.size() > 60) return false;
  // Share buttons with their own words: "Share this page", "Share on Facebook",
  // "Поделиться в соцсетях".
  {
    const char last = trimmed.back();
    std::size_t words = 1;
    for (char c : trimmed) words += c == ' ';
    if (words <= 5 && last != '.' && last != '?' && last != '!' &&
        ((c0 | 0x20) == 's' || (c0 | 0x20) == 'p' || (c0 | 0x20) == 'c' || (c0 | 0x20) == 't' || c0 == 0xD0)) {
      const std::string f = scan::fold_word(trimmed);
      for (std::string_view start : {"share ", "поделиться ", "partager ", "compartir ", "teilen "}) {
        if (f.starts_with(start)) return true;
      }
    }
  }
  // A row of share links: "Twitter Instagram Facebook", "VK Telegram".
  if (trimmed.size() <= 120) {
    static constexpr std::string_view kNetworks[] = {
        "twitter", "facebook", "instagram", "youtube", "vk", "vkontakte", "вконтакте", "telegram",
        "linkedin", "whatsapp", "viber", "ok", "одноклассники", "livejournal", "flickr", "x", "weibo",
        "wechat", "rss", "email", "e-mail", "print", "tiktok", "pinterest", "reddit", "threads"};
    // Names that are nothing else: one of them alone on its line is a share link too.
    static constexpr std::string_view kOwnNames[] = {"twitter", "facebook", "instagram", "youtube", "vkontakte",
                                                     "вконтакте", "telegram", "linkedin", "whatsapp", "одноклассники",
                                                     "livejournal", "weibo", "wechat", "tiktok", "pinterest"};
    std::size_t words = 0, networks = 0, own = 0, i = 0;
    while (i < trimmed.size()) {
      i = scan::skip_spaces(trimmed, i);
      std::size_t j = i;
      while (j < trimmed.size() && scan::space_at(trimmed, j) == 0) ++j;
      if (j == i) break;
      ++words;
      const std::string w = scan::fold_word(trimmed.substr(i, j - i));
      for (auto n : kNetworks) networks += w == n;
      for (auto n : kOwnNames) own += w == n;
      i = j;
    }
    if ((words >= 2 && networks == words) || (words == 1 && own == 1)) return true;
  }
  std::string_view t = trimmed;
  // A bullet in front ("• Фото") or a colon after ("Related News:") does not change it.
  for (std::string_view b : {"\u2022", "\u00B7", "*", "-"}) {
    if (t.starts_with(b)) t = t.substr(scan::skip_spaces(t, b.size()));
  }
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  if (t.starts_with("\u00A9")) return true;  // © footer
  const std::string f = scan::fold_word(t);
  if (f.starts_with("copyright") || f.starts_with("all rights reserved") ||
      f.starts_with("все права защищены") || f.starts_with("contact us")) {
    return true;
  }
  // A Chinese site's footer names its owner first: "中华人民共和国外交部　版权所有".
  if (t.size() <= 300 && t.find("\u7248\u6743\u6240\u6709") != std::string_view::npos) return true;  // 版权所有
  for (auto h : kHeadings) {
    if (f == h) return true;
  }
  if (is_widget_word(f)) return true;
  // "Belarusian Diplomatic Missions abroad", "Russian Missions Abroad": a short heading
  // about missions abroad opens a directory.
  if (f.size() <= 60 && (f.ends_with("missions abroad") || f.ends_with("diplomatic missions") ||
                         f.ends_with("загранучреждения"))) {
    return true;
  }
  return false;
}

}  // namespace transcript

namespace transcript {

bool is_aside_heading(std::string_view trimmed) {
  if (trimmed.size() > 40) return false;
  std::string_view t = trimmed;
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  static constexpr std::string_view kAsides[] = {
      "see also", "см. также", "смотрите также", "читайте также", "read also", "read more",
      "related", "related news", "related materials", "related content", "related articles",
      "related stories", "related links", "related posts", "related pages", "related topics",
      "related documents", "related reading", "related coverage", "further reading",
      "you may also like", "more on this", "more stories", "recommended", "связанные материалы",
      "похожие материалы", "другие материалы", "photo", "photos", "фото", "video", "видео",
      "photo gallery", "фотогалерея", "дополнительно", "voir aussi", "lire aussi", "véase también",
      "ver también", "lea también", "siehe auch", "lesen sie auch", "veja também"};
  const std::string f = scan::fold_word(t);
  for (auto a : kAsides) {
    if (f == a) return true;
  }
  return false;
}

}  // namespace transcript

namespace transcript {

bool is_widget_line(std::string_view trimmed) {
  if (trimmed.size() > 40) return false;
  std::string_view t = trimmed;
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.remove_suffix(1);
  return is_widget_word(scan::fold_word(t));
}

bool is_footer_heading(std::string_view trimmed) { return is_end_marker(trimmed) || is_aside_heading(trimmed); }

bool is_closing_line(std::string_view t) {
  if (t.size() > 200 || t.empty()) return false;
  if (t == "END" || t == "END." || t == "ENDS" || t == "ENDS.") return true;  // ENDS: Australia's DFAT
  if (t.starts_with("END") && scan::space_at(t, 3) > 0 && find_time(t.substr(3))) return true;
  // A record's note of the sitting's times, unbracketed (the UN's verbatim records): "The
  // meeting was called to order at 10.05 a.m.", "The meeting rose at 12.10 p.m.", "The
  // meeting was suspended at 11.30 a.m. and resumed at 11.45 a.m.": the meeting (or session,
  // sitting, briefing) as the subject, a time, fifteen words at most.
  if (t.front() != '(' && t.front() != '[') {
    if (t.size() > 120 || !at_most_words(t, 15) || !find_time(t)) return false;
    const std::string f = scan::fold_word(utf8_prefix(t, 30));
    for (std::string_view subject : {"the meeting ", "the session ", "the sitting ", "the briefing ",
                                     "the press conference ", "заседание ", "la séance ", "la sesión "}) {
      if (f.starts_with(subject)) return true;
    }
    return false;
  }
  std::string_view inner = t.substr(1);
  while (!inner.empty() && (inner.back() == '.' || inner.back() == ' ')) inner.remove_suffix(1);
  if (inner.empty() || (inner.back() != ')' && inner.back() != ']')) return false;
  inner.remove_suffix(1);
  if (inner.find_first_of("()[]") != std::string_view::npos) return false;
  if (find_time(inner)) return true;
  const std::string f = scan::fold_word(inner);
  for (std::string_view w : {"concluded", "concludes", "adjourned", "ended", "end of", "ends", "завершил", "закончил",
                             "окончен", "конец", "окончание", "fin de", "terminé", "termina", "ende"}) {
    if (f.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace transcript
