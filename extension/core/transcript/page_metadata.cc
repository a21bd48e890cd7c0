#include "core/transcript/page_metadata.h"

#include "core/entities/common_words.h"
#include "core/entities/country_names.h"
#include "core/transcript/office_phrase.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text/lines.h"
#include "core/text/utf8.h"
#include "core/transcript/page_chrome.h"
#include "core/transcript/scan.h"
#include "core/transcript/speaker_label.h"
#include "core/transcript/word_forms.h"

namespace transcript {
namespace {

struct Token {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool digits = false;
};

// Runs of letters and runs of digits, with their byte spans; everything else separates.
std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t i = 0, len = 0;
  while (i < line.size()) {
    const char32_t cp = scan::peek(line, i, len);
    const bool letter = scan::is_letter(cp);
    const bool digit = !letter && cp < 0x80 && scan::is_digit(cp);
    if (!letter && !digit) {
      i += len;
      continue;
    }
    const std::size_t b = i;
    i += len;
    while (i < line.size()) {
      const char32_t c = scan::peek(line, i, len);
      if (letter ? !scan::is_letter(c) : !(c < 0x80 && scan::is_digit(c))) break;
      i += len;
    }
    tokens.push_back({line.substr(b, i - b), b, i, digit});
  }
  return tokens;
}

// Every month or weekday name CLDR (through ICU) gives for the languages ministries publish
// in: wide and abbreviated, format (genitive: "сентября") and stand-alone ("сентябрь")
// forms, folded and without a final period ("сент.", "janv."), with its number (months
// 1..12, weekdays 1 = Sunday .. 7).
enum class CalendarField { months, weekdays };
template <typename Fn>
void for_each_calendar_name(CalendarField field, Fn&& fn) {
  for (const char* locale : {"en", "ru", "uk", "fr", "es", "de", "pt", "it", "pl", "ro", "bg", "tr", "kk", "ar", "id", "ms",
                             "nl", "cs", "sk", "sl", "hr", "sr", "hu", "el", "sv", "da", "nb", "fi", "lt", "lv",
                             "et", "be", "az", "uz", "hy", "ka", "sr_Latn", "bs"}) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols{icu::Locale(locale), status};
    if (U_FAILURE(status)) continue;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t count = 0;
        const bool months = field == CalendarField::months;
        const icu::UnicodeString* names =
            months ? symbols.getMonths(count, context, width) : symbols.getWeekdays(count, context, width);
        // Months from [0]; weekdays from [1] ([0] is empty: Sunday is 1).
        for (int32_t i = months ? 0 : 1; i < count && i < (months ? 12 : 8); ++i) {
          std::string utf8;
          names[i].toUTF8String(utf8);
          std::string f = scan::fold_word(utf8);
          while (!f.empty() && f.back() == '.') f.pop_back();
          fn(std::move(f), months ? i + 1 : i);
        }
      }
    }
  }
}

// Month names (see above). A name two languages share means the same month in both; where
// it does not, the first language listed wins.
const std::unordered_map<std::string, int>& month_names() {
  static const std::unordered_map<std::string, int> names = [] {
    std::unordered_map<std::string, int> m;
    for_each_calendar_name(CalendarField::months, [&](std::string f, int month) {
      if (f.size() >= 3) m.emplace(std::move(f), month);
    });
    m.emplace("sept", 9);  // English usage CLDR does not list
    // Serbian and Bosnian in Latin letters write a date's month in the genitive, which CLDR
    // does not list ("5. marta 2024.", "septembra", "januara"): the nominative and -a, the
    // fleeting a of -bar dropped (septembar -> septembra).
    for (const char* locale : {"sr_Latn", "bs"}) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::DateFormatSymbols symbols{icu::Locale(locale), status};
      if (U_FAILURE(status)) continue;
      int32_t count = 0;
      const icu::UnicodeString* names =
          symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string utf8;
        names[i].toUTF8String(utf8);
        std::string f = scan::fold_word(utf8);
        if (f.size() < 3) continue;
        if (f.ends_with("bar")) f.erase(f.size() - 2, 1);  // septembar -> septembr
        m.emplace(f + "a", i + 1);
      }
    }
    return m;
  }();
  return names;
}

// Weekday names of three letters or more (see above): "wednesday", "wed", "среда",
// "mercredi". A weekday before a date is never its place ("Wednesday, 25. November 2020").
bool is_weekday_name(std::string_view word) {
  static const std::unordered_set<std::string> names = [] {
    std::unordered_set<std::string> out;
    for_each_calendar_name(CalendarField::weekdays, [&](std::string f, int) {
      if (count_chars(f) >= 3) out.insert(std::move(f));
    });
    return out;
  }();
  std::string f = scan::fold_word(word);
  while (!f.empty() && (f.back() == '.' || f.back() == ',')) f.pop_back();
  return names.contains(f);
}

// 1..12 for a month name (full, genitive or abbreviated, in any language above), else 0.
int month_number(std::string_view word) {
  if (word.size() < 3 || word.size() > 24) return 0;
  const auto& names = month_names();
  const auto it = names.find(scan::fold_word(word));
  return it == names.end() ? 0 : it->second;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool valid_day(int d) { return d >= 1 && d <= 31; }
bool valid_year(std::string_view y) { return y.size() == 4 && to_int(y) >= 1900 && to_int(y) < 2200; }

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Only spaces, commas and periods (and an ordinal suffix) between two tokens of a date.
bool joined_by(std::string_view line, const Token& a, const Token& b) {
  if (b.begin < a.end) return false;
  const std::string_view gap = line.substr(a.end, b.begin - a.end);
  if (gap.size() > 6) return false;
  for (std::size_t i = 0; i < gap.size();) {
    const std::size_t len = scan::space_at(gap, i);
    if (len) {
      i += len;
    } else if (gap[i] == ',' || gap[i] == '.') {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

bool is_ordinal_suffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th" || w == "er" || w == "\u00BA" || w == "\u00AA";
}

// The word for "year" after a year in Russian and Ukrainian: "2023 года", "2023 г.", "2023
// року", "2023 р."; Polish "2023 r." / "roku", Croatian, Serbian and Bosnian "2023. godine",
// Serbian and Macedonian "2023 године" / "година". (A one-letter abbreviation takes its full
// stop.)
bool is_year_word(std::string_view folded) {
  return folded == "года" || folded == "г" || folded == "року" || folded == "р" || folded == "roku" ||
         folded == "r" || folded == "godine" || folded == "godina" || folded == "године" || folded == "година";
}

// A word between the parts of a date: "1 de septiembre de 2020", "1st of September".
bool is_date_connector(std::string_view w) {
  return w == "de" || w == "del" || w == "of";
}

}  // namespace

// Two tokens joined by the dash of a range of days ("7–10 мая", "7 − 10 мая", "May 7-10"):
// a hyphen, an en or em dash or a minus sign, spaces around it allowed.
bool range_dash(std::string_view line, const Token& a, const Token& b) {
  if (b.begin < a.end || b.begin - a.end > 8) return false;
  std::string_view gap = trim(line.substr(a.end, b.begin - a.end));
  return gap == "-" || gap == "\u2013" || gap == "\u2014" || gap == "\u2212";
}

std::optional<DateMatch> find_date(std::string_view line) {
  // Every date form has a day or a year in digits: most lines have none and end here.
  if (std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  const std::vector<Token> t = tokenize(line);
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k].digits) {
      // 01.09.2020 and 2020-09-01.
      if (k + 2 < t.size() && t[k + 1].digits && t[k + 2].digits) {
        const std::string_view a = t[k].text, b = t[k + 1].text, c = t[k + 2].text;
        const bool dots = t[k + 1].begin == t[k].end + 1 && line[t[k].end] == '.' &&
                          t[k + 2].begin == t[k + 1].end + 1 && line[t[k + 1].end] == '.';
        const bool dashes = t[k + 1].begin == t[k].end + 1 && line[t[k].end] == '-' &&
                            t[k + 2].begin == t[k + 1].end + 1 && line[t[k + 1].end] == '-';
        const bool slashes = t[k + 1].begin == t[k].end + 1 && line[t[k].end] == '/' &&
                             t[k + 2].begin == t[k + 1].end + 1 && line[t[k + 1].end] == '/';
        // 12/01/2024: day first, as most of the world writes it; month first only when the
        // first number cannot be a month (01/31/2024 is US order).
        // A two-digit year ("Press Briefing by Press Secretary Josh Earnest, 1/29/15") is
        // 20YY below 70 and 19YY from 70, as POSIX strptime's %y reads it; only standing
        // alone (after a space, a comma or a bracket; no slash or digit after it): a path or
        // a ratio is no date.
        const std::size_t after = t[k + 2].end, before = t[k].begin;
        const bool short_year = c.size() == 2 &&
                                (after == line.size() || (line[after] != '/' && line[after] != '.' &&
                                                          !(line[after] >= '0' && line[after] <= '9'))) &&
                                (before == 0 || line[before - 1] == ' ' || line[before - 1] == ',' ||
                                 line[before - 1] == '(' || line[before - 1] == '\t');
        if (slashes && a.size() <= 2 && b.size() <= 2 && (valid_year(c) || short_year)) {
          const int year = c.size() == 2 ? (to_int(c) < 70 ? 2000 + to_int(c) : 1900 + to_int(c)) : to_int(c);
          int day = to_int(a), mon = to_int(b);
          if (mon > 12 && day <= 12) std::swap(day, mon);
          if (mon >= 1 && mon <= 12 && valid_day(day)) {
            DateMatch m{iso(year, mon, day), t[k].begin, t[k + 2].end, std::nullopt};
            if (day != mon && day >= 1 && day <= 12) m.month_first = iso(year, day, mon);
            return m;
          }
        }
        if (dots && a.size() <= 2 && b.size() <= 2 && valid_year(c) && valid_day(to_int(a)) &&
            to_int(b) >= 1 && to_int(b) <= 12) {
          return DateMatch{iso(to_int(c), to_int(b), to_int(a)), t[k].begin, t[k + 2].end, std::nullopt};
        }
        if (dashes && valid_year(a) && b.size() == 2 && c.size() == 2 && to_int(b) >= 1 &&
            to_int(b) <= 12 && valid_day(to_int(c))) {
          return DateMatch{iso(to_int(a), to_int(b), to_int(c)), t[k].begin, t[k + 2].end, std::nullopt};
        }
      }
      // "2023年5月5日" (Chinese and Japanese): year 年, month 月, day 日, nothing between.
      // A Japanese era's year counts from the era ("令和6年4月2日": Reiwa began in 2019,
      // Heisei in 1989), which stands right before it.
      int era_base = 0;
      if (k >= 1 && t[k - 1].end == t[k].begin && t[k].text.size() <= 2) {
        if (t[k - 1].text.ends_with("\u4EE4\u548C")) era_base = 2018;  // 令和
        if (t[k - 1].text.ends_with("\u5E73\u6210")) era_base = 1988;  // 平成
      }
      if (k + 5 < t.size() && (valid_year(t[k].text) || era_base) && t[k + 1].text == "\u5E74" && t[k + 2].digits &&
          t[k + 3].text == "\u6708" && t[k + 4].digits && t[k + 5].text.starts_with("\u65E5") &&
          t[k + 1].begin == t[k].end && t[k + 2].begin == t[k + 1].end && t[k + 3].begin == t[k + 2].end &&
          t[k + 4].begin == t[k + 3].end && t[k + 5].begin == t[k + 4].end) {
        const int mon = to_int(t[k + 2].text), day = to_int(t[k + 4].text);
        const int year = era_base ? era_base + to_int(t[k].text) : to_int(t[k].text);
        if (mon >= 1 && mon <= 12 && valid_day(day) && year > era_base) {
          return DateMatch{iso(year, mon, day), era_base ? t[k - 1].end - 6 : t[k].begin, t[k + 5].begin + 3,
                           std::nullopt};
        }
      }
      continue;
    }
    const int month = month_number(t[k].text);
    if (!month) continue;
    // "September 1, 2020" / "September 1st 2020"; a range of days gives its first ("May
    // 7-10, 2025").
    if (k + 2 < t.size() && t[k + 1].digits && t[k + 1].text.size() <= 2 &&
        joined_by(line, t[k], t[k + 1])) {
      std::size_t y = k + 2;
      if (y + 1 < t.size() && t[y].digits && t[y].text.size() <= 2 && range_dash(line, t[k + 1], t[y])) ++y;
      if (y + 1 < t.size() && is_ordinal_suffix(t[y].text)) ++y;
      if (valid_day(to_int(t[k + 1].text)) && t[y].digits && valid_year(t[y].text) &&
          joined_by(line, t[y - 1], t[y])) {
        return DateMatch{iso(to_int(t[y].text), month, to_int(t[k + 1].text)), t[k].begin,
                         t[y].end, std::nullopt};
      }
    }
    // "1 September 2020", "1 сентября 2020 года", "1er septembre 2020", "1. September
    // 2020", "1 de septiembre de 2020", "1º de setembro de 2020", "1st of September 2020".
    if (k >= 1 && k + 1 < t.size() && joined_by(line, t[k], t[k + 1])) {
      std::size_t y = k + 1;
      if (!t[y].digits && is_date_connector(t[y].text) && y + 1 < t.size() && joined_by(line, t[y], t[y + 1])) ++y;
      std::size_t d = k - 1;
      bool linked = joined_by(line, t[d], t[k]);
      if (linked && !t[d].digits && is_date_connector(t[d].text) && d >= 1) {
        --d;
        linked = joined_by(line, t[d], t[d + 1]);
      }
      if (linked && !t[d].digits && is_ordinal_suffix(t[d].text) && d >= 1) {
        --d;
        linked = joined_by(line, t[d], t[d + 1]);
      }
      if (linked && t[y].digits && valid_year(t[y].text) && t[d].digits && t[d].text.size() <= 2 &&
          valid_day(to_int(t[d].text))) {
        std::size_t end = t[y].end;
        if (y + 1 < t.size()) {  // "года" / "г." (Ukrainian "року" / "р.") belongs to the date
          const std::string f = scan::fold_word(t[y + 1].text);
          if (is_year_word(f) && joined_by(line, t[y], t[y + 1])) {
            end = t[y + 1].end;
            if ((f == "г" || f == "р" || f == "r") && end < line.size() && line[end] == '.') ++end;
          }
        }
        // A range of days gives its first: "7–10 мая 2025 года".
        if (d >= 1 && t[d - 1].digits && t[d - 1].text.size() <= 2 && valid_day(to_int(t[d - 1].text)) &&
            range_dash(line, t[d - 1], t[d])) {
          --d;
        }
        return DateMatch{iso(to_int(t[y].text), month, to_int(t[d].text)), t[d].begin, end, std::nullopt};
      }
    }
    // The year first: "2021. március 5." (Hungarian), "2021 m. kovo 5 d." (Lithuanian):
    // the year, its abbreviated word perhaps, the month, the day; "2021. gada 5. marts"
    // (Latvian): the year, "gada", the day, the month.
    if (k >= 1 && k + 1 < t.size() && t[k + 1].digits && t[k + 1].text.size() <= 2 &&
        valid_day(to_int(t[k + 1].text)) && joined_by(line, t[k], t[k + 1])) {
      std::size_t y = k - 1;
      if (y >= 1 && !t[y].digits && scan::fold_word(t[y].text) == "m" && joined_by(line, t[y - 1], t[y])) --y;
      if (t[y].digits && valid_year(t[y].text) && joined_by(line, t[y], t[y + 1])) {
        return DateMatch{iso(to_int(t[y].text), month, to_int(t[k + 1].text)), t[y].begin, t[k + 1].end,
                         std::nullopt};
      }
    }
    if (k >= 3 && t[k - 1].digits && t[k - 1].text.size() <= 2 && valid_day(to_int(t[k - 1].text)) &&
        scan::fold_word(t[k - 2].text) == "gada" && t[k - 3].digits && valid_year(t[k - 3].text) &&
        joined_by(line, t[k - 3], t[k - 2]) && joined_by(line, t[k - 2], t[k - 1]) && joined_by(line, t[k - 1], t[k])) {
      return DateMatch{iso(to_int(t[k - 3].text), month, to_int(t[k - 1].text)), t[k - 3].begin, t[k].end,
                       std::nullopt};
    }
  }
  return std::nullopt;
}

std::optional<TimeMatch> find_time(std::string_view line) {
  for (std::size_t c = line.find(':'); c != std::string_view::npos; c = line.find(':', c + 1)) {
    std::size_t b = c;
    while (b > 0 && c - b < 2 && line[b - 1] >= '0' && line[b - 1] <= '9') --b;
    if (b == c) continue;
    if (b > 0 && ((line[b - 1] >= '0' && line[b - 1] <= '9') || line[b - 1] == ':')) continue;
    if (c + 3 > line.size()) continue;
    const char m1 = line[c + 1], m2 = line[c + 2];
    if (m1 < '0' || m1 > '5' || m2 < '0' || m2 > '9') continue;
    const std::size_t e = c + 3;
    if (e < line.size() && ((line[e] >= '0' && line[e] <= '9') || line[e] == ':')) continue;
    if (to_int(line.substr(b, c - b)) > 23) continue;
    // "2:05 p.m.", "11:30 AM": the half of the day is part of the time as printed.
    std::size_t k = e;
    while (k < line.size() && line[k] == ' ') ++k;
    for (std::string_view half : {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}) {
      if (line.size() - k < half.size()) continue;
      bool same = true;
      for (std::size_t h = 0; h < half.size() && same; ++h) {
        same = (line[k + h] | 0x20) == half[h] || (half[h] == '.' && line[k + h] == '.');
      }
      const std::size_t after = k + half.size();
      if (same && (after == line.size() || !std::isalpha(static_cast<unsigned char>(line[after])))) {
        return TimeMatch{b, after};
      }
    }
    return TimeMatch{b, e};
  }
  // British and UN style, a full stop between hours and minutes, only with the half of the
  // day ("10.05 a.m.", "12.10 p.m."): "3.25" alone is a number.
  for (std::size_t c = line.find('.'); c != std::string_view::npos; c = line.find('.', c + 1)) {
    std::size_t b = c;
    while (b > 0 && c - b < 2 && line[b - 1] >= '0' && line[b - 1] <= '9') --b;
    if (b == c || (b > 0 && ((line[b - 1] >= '0' && line[b - 1] <= '9') || line[b - 1] == '.'))) continue;
    if (c + 3 > line.size() || line[c + 1] < '0' || line[c + 1] > '5' || line[c + 2] < '0' || line[c + 2] > '9') continue;
    const std::size_t e = c + 3;
    if (e < line.size() && line[e] != ' ') continue;
    if (const int hours = to_int(line.substr(b, c - b)); hours < 1 || hours > 12) continue;
    std::size_t k = e;
    while (k < line.size() && line[k] == ' ') ++k;
    for (std::string_view half : {"a.m.", "p.m.", "a.m", "p.m"}) {
      if (line.size() - k < half.size()) continue;
      bool same = true;
      for (std::size_t h = 0; h < half.size() && same; ++h) same = (line[k + h] | 0x20) == half[h];
      const std::size_t after = k + half.size();
      if (same && (after == line.size() || !std::isalpha(static_cast<unsigned char>(line[after])))) {
        return TimeMatch{b, after};
      }
    }
  }
  // The hour alone before the half of the day written with both full stops ("10 a.m.",
  // "3 p.m."; "10 am" may be anything).
  for (std::size_t m = line.find(".m."); m != std::string_view::npos; m = line.find(".m.", m + 1)) {
    if (m < 4 || ((line[m - 1] | 0x20) != 'a' && (line[m - 1] | 0x20) != 'p')) continue;
    if (line[m - 2] != ' ') continue;
    const std::size_t e = m - 2;  // the space after the hour
    std::size_t b = e;
    while (b > 0 && e - b < 2 && line[b - 1] >= '0' && line[b - 1] <= '9') --b;
    if (b == e || (b > 0 && ((line[b - 1] >= '0' && line[b - 1] <= '9') || line[b - 1] == '.' || line[b - 1] == ':'))) {
      continue;
    }
    if (const int hours = to_int(line.substr(b, e - b)); hours < 1 || hours > 12) continue;
    const std::size_t after = m + 3;
    if (after == line.size() || !std::isalpha(static_cast<unsigned char>(line[after]))) return TimeMatch{b, after};
  }
  // Chinese and Japanese: the hour and 時 (时), the minutes and 分 ("15時25分", "10时30分").
  for (std::string_view hour_mark : {std::string_view("\u6642"), std::string_view("\u65F6")}) {
    for (std::size_t h = line.find(hour_mark); h != std::string_view::npos; h = line.find(hour_mark, h + 3)) {
      std::size_t b = h;
      while (b > 0 && h - b < 2 && line[b - 1] >= '0' && line[b - 1] <= '9') --b;
      if (b == h || (b > 0 && line[b - 1] >= '0' && line[b - 1] <= '9')) continue;
      if (to_int(line.substr(b, h - b)) > 23) continue;
      std::size_t m = h + 3, e = m;
      while (e < line.size() && e - m < 2 && line[e] >= '0' && line[e] <= '9') ++e;
      if (e == m || line.substr(e, 3) != "\u5206" || to_int(line.substr(m, e - m)) > 59) continue;  // 分
      return TimeMatch{b, e + 3};
    }
  }
  return std::nullopt;
}

bool is_time_line(std::string_view trimmed) {
  const auto t = find_time(trimmed);
  return t && t->begin == 0 && t->end == trimmed.size();
}

bool is_date_line(std::string_view trimmed) {
  const auto d = find_date(trimmed);
  if (!d) return false;
  // What is left besides the date and a time must be separators or "at" / "в".
  std::string rest(trimmed.substr(0, d->begin));
  rest.push_back(' ');
  rest.append(trimmed.substr(d->end));
  if (const auto t = find_time(rest)) rest.replace(t->begin, t->end - t->begin, " ");
  // A remark in brackets after the date does not make it speech: "11 May 2023 (Transcript
  // of the speech, exactly as it was delivered)".
  if (const std::size_t open = rest.find('('); open != std::string::npos && rest.back() == ')' &&
      rest.size() - open <= 160) {
    rest.erase(open);
  }
  // The day of the week before it: "Tuesday, April 2, 2024, 3:25 p.m.".
  const std::string_view before = trimmed.substr(0, d->begin);
  const std::vector<Token> before_tokens = tokenize(before);
  std::size_t weekday_end = 0;
  for (const Token& tok : before_tokens) {
    if (!is_weekday_name(tok.text)) break;
    weekday_end = tok.end;
  }
  // A weekday right before the date, after its place: "Bruselas, viernes 24 de marzo de 2023".
  if (!before_tokens.empty() && before_tokens.back().begin >= weekday_end &&
      is_weekday_name(before_tokens.back().text)) {
    rest.erase(before_tokens.back().begin, before_tokens.back().end - before_tokens.back().begin);
  }
  if (weekday_end > 0) rest.erase(0, weekday_end);
  // Japanese: the weekday in brackets, the time in 時 and 分, the venue after 於 (at):
  // "令和6年4月2日（火曜日）15時25分　於：本省会見室".
  if (rest.find("\u66DC\u65E5") != std::string::npos || rest.find("\u6642") != std::string::npos ||
      rest.find("\u65BC") != std::string::npos) {
    std::string_view r = rest;
    if (const std::size_t at = r.find("\u65BC"); at != std::string_view::npos) r = r.substr(0, at);  // 於 …: the venue
    // What is left: spaces and commas, a weekday in brackets ("（火曜日）": up to two
    // characters, then 曜日) and a time in digits with 時 and 分 ("15時25分").
    bool empty = true;
    std::size_t depth = 0, inside = 0;
    for (std::size_t i = 0, len = 0; i < r.size(); i += len) {
      const char32_t cp = scan::peek(r, i, len);
      if (cp == U'\uFF08' || cp == '(') {
        ++depth;
        inside = 0;
      } else if (cp == U'\uFF09' || cp == ')') {
        if (depth == 0) empty = false;
        depth = depth ? depth - 1 : 0;
      } else if (depth > 0) {
        if (++inside > 4 || (inside > 2 && cp != U'\u66DC' && cp != U'\u65E5')) empty = false;  // X曜日
      } else if (!(cp == ' ' || cp == U'\u3000' || cp == ',' || cp == U'\u3001' || (cp >= '0' && cp <= '9') ||
                   cp == U'\u6642' || cp == U'\u5206')) {  // 時 分
        empty = false;
      }
    }
    if (empty) return true;
  }
  bool only_date = true;
  for (const Token& tok : tokenize(rest)) {
    const std::string f = scan::fold_word(tok.text);
    if (f != "at" && f != "в" && f != "о" && !is_year_word(f)) only_date = false;
  }
  if (only_date) return true;
  // A place with the date: "Москва, 10 августа 2020 года", "February 15, 2022, The Kremlin,
  // Moscow": the rest is a place line (page furniture such as "Published" is not a place,
  // but such a line is chrome all the same).
  std::string_view r = rest;
  auto separator = [](char c) { return c == ' ' || c == ',' || c == '-' || c == ';'; };
  while (!r.empty() && separator(r.front())) r.remove_prefix(1);
  while (!r.empty() && separator(r.back())) r.remove_suffix(1);
  std::string joined = collapse_spaces(r);
  if (const std::size_t g = joined.find(" года"); g != std::string::npos) joined.erase(g, 5);
  if (joined.empty() || joined.size() > 60) return false;
  // "Published 5 November 2020" is furniture with a date, not a place with one.
  const auto rest_words = split_words(joined);
  std::string first = scan::fold_word(rest_words.front());
  while (!first.empty() && (first.back() == ':' || first.back() == ',')) first.pop_back();
  if (is_furniture_word(first)) return false;
  if (place_line(joined, true)) return true;
  // A line that opens with the date (and the weekday) and goes on with where it took place:
  // "Tuesday, April 2, 2024, 3:25 p.m. Ministry of Foreign Affairs".
  // (A venue says where; "by" says who: "April 2, 2024, Remarks by the Minister".)
  const bool date_first = tokenize(before.substr(weekday_end)).empty();
  const auto venue_words = split_words(joined);
  const bool by = std::any_of(venue_words.begin(), venue_words.end(), [](std::string_view w) { return scan::fold_word(w) == "by"; });
  return date_first && !by && is_venue_line(joined);
}

namespace {

// A word folded for the look-ups below, without trailing '.', ',' and ':' ("Mr." -> "mr").
std::string folded_key(std::string_view w) {
  std::string f = scan::fold_word(w);
  while (!f.empty() && (f.back() == '.' || f.back() == ',' || f.back() == ':')) f.pop_back();
  return f;
}

// Courtesy titles in front of a name (folded keys): "M.", "Mr", "Sr.".
// A courtesy title (office_phrase.h's list: Mr, Mme, Herr, Shri, Sayın …), or French "M.".
bool is_title_courtesy(std::string_view f) { return f == "m" || is_courtesy_title(f); }

// Words of offices and their places that are never part of a name (a folded key).
bool is_office_key(const std::string& f) {
  static constexpr std::string_view kOffice[] = {
      "affairs", "foreign", "ministry", "department", "office", "government", "federation",
      "republic", "affaires", "étrangères", "etrangeres", "ministère", "gouvernement",
      "asuntos", "exteriores", "relaciones", "exterior", "ministerio", "gobierno", "negócios",
      "estrangeiros", "auswärtigen", "auswärtiges", "amt", "bundesregierung", "press",
      "presse", "prensa", "conference", "conférence", "briefing", "interview", "entrevista",
      "entretien", "statement", "déclaration", "declaración", "rede", "speech", "discours",
      "discurso", "remarks", "regular", "joint", "media"};
  if (std::find(std::begin(kOffice), std::end(kOffice), std::string_view(f)) != std::end(kOffice)) return true;
  // A title word, also in the German or Russian genitive ("Außenministers", "Министра").
  if (is_title_word(f)) return true;
  if (f.size() > 3 && (f.ends_with("s") || f.ends_with("a")) && is_title_word(f.substr(0, f.size() - 1))) return true;
  return f.ends_with("minister") || f.ends_with("ministers") || f.ends_with("ministre") ||
         f.ends_with("ministro") || f.ends_with("ministra");
}

bool is_office_word(std::string_view w) { return is_office_key(folded_key(w)); }

bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  std::size_t len;
  return scan::is_upper(scan::peek(w, 0, len));
}

}  // namespace

std::optional<std::string> place_before(std::string_view line, std::size_t date_begin) {
  // Arabic and Persian write their comma as "،" (U+060C): read as a comma.
  std::string commas;
  if (line.substr(0, date_begin).find("\u060C") != std::string_view::npos) {
    commas = std::string(line.substr(0, date_begin));
    for (std::size_t at = commas.find("\u060C"); at != std::string::npos; at = commas.find("\u060C", at)) {
      commas.replace(at, 2, ", ");
    }
    line = commas;
    date_begin = commas.size();
  }
  std::string_view s = line.substr(0, date_begin);
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.remove_suffix(1);
  // The weekday between the place and the date: "Bruselas, viernes 24 de marzo de 2023".
  if (const std::size_t space = s.find_last_of(", "); space != std::string_view::npos &&
                                                     is_weekday_name(s.substr(space + 1))) {
    s = s.substr(0, space);
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.remove_suffix(1);
  }
  if (s.empty()) return std::nullopt;
  // After the last comma, or the last sentence end ("… iberoamericano. Madrid, 12 de enero"),
  // or an opening bracket (a title's "… following their meeting (Athens, 15.03.2023)").
  std::size_t cut = s.rfind(',');
  if (const std::size_t stop = s.rfind(". "); stop != std::string_view::npos && (cut == std::string_view::npos || stop > cut)) {
    cut = stop + 1;
  }
  if (const std::size_t bracket = s.rfind('('); bracket != std::string_view::npos &&
                                                (cut == std::string_view::npos || bracket > cut)) {
    cut = bracket;
  }
  const std::string place = collapse_spaces(cut == std::string_view::npos ? s : s.substr(cut + 1));
  const auto words = split_words(place);
  if (words.empty() || words.size() > 4 || place.size() > 60) return std::nullopt;
  // A city before its state or country, after "in" or "en route" ("… en route Honolulu,
  // Hawaii, 12/24/09", "… in Cedar Rapids, Iowa, 3/2/2010"): the place is both.
  std::string city;
  if (cut != std::string_view::npos && s[cut] == ',') {
    const auto before = split_words(s.substr(0, cut));
    std::size_t k = before.size();
    while (k > 0 && before.size() - k < 3 && capitalised(before[k - 1])) --k;
    if (k > 0 && k < before.size()) {
      const std::string connector = folded_key(before[k - 1]);
      const bool en_route = connector == "route" && k >= 2 && folded_key(before[k - 2]) == "en";
      if (connector == "in" || en_route) {
        for (std::size_t i = k; i < before.size(); ++i) city.append(city.empty() ? "" : " ").append(before[i]);
      }
    }
  }
  // "Published 10 June 2025", "Updated: …": furniture, not a place; nor is an
  // announcement's rubric ("Announcement, August 23, 2017", "Анонс на 26 февраля").
  if (is_furniture_word(folded_key(words.front()))) return std::nullopt;
  if (const std::string f = folded_key(words.front()); f == "announcement" || f == "анонс") return std::nullopt;
  // A release line or a byline opens with a preposition that names no place: "For
  // Immediate Release May 22, 2009", "By the Press Office, 3 May 2021".
  if (const std::string f = folded_key(words.front());
      f == "for" || f == "by" || f == "from" || f == "with" || f == "to" || f == "of") {
    return std::nullopt;
  }
  // A name's first letter: a capital, or a letter of an alphabet without capitals ("موسكو";
  // not Chinese or Japanese, which write no spaces between words).
  const auto name_letter = [](std::string_view w) {
    std::size_t len;
    const char32_t cp = scan::peek(w, 0, len);
    return scan::is_upper(cp) || (scan::is_letter(cp) && !scan::is_lower(cp) && !scan::is_cjk(cp));
  };
  // Connectors alone name no place ("… Turkey, on July 18–30").
  if (std::none_of(words.begin(), words.end(), name_letter)) return std::nullopt;
  for (auto w : words) {
    if (is_weekday_name(w)) return std::nullopt;
    if (!name_letter(w)) {
      const std::string f = scan::fold_word(w);
      if (f != "on" && f != "de" && f != "na" && f != "на" && f != "am" && f != "upon") return std::nullopt;
    }
    for (char c : w) {
      if ((c >= '0' && c <= '9') || c == ':' || c == '(' || c == '"') return std::nullopt;
    }
  }
  return city.empty() ? place : city + ", " + place;
}


bool russian_region_word(std::string_view before, std::string_view word) {
  const std::string f = scan::fold_word(word), b = scan::fold_word(before);
  if (f != "область" && f != "край" && f != "округ") return false;
  for (std::string_view e : {"ая", "ий", "ой", "ый"}) {
    if (b.size() > e.size() + 4 && b.ends_with(e)) return true;
  }
  return false;
}

std::optional<std::string> place_line(std::string_view t, bool single) {
  const std::size_t comma = t.find(',');
  if (t.size() > 80 || (comma == std::string_view::npos && !single) ||
      (comma != std::string_view::npos && t.find(',', comma + 1) != std::string_view::npos)) {
    return std::nullopt;
  }
  std::vector<std::string_view> parts{t};
  if (comma != std::string_view::npos) parts = {t.substr(0, comma), t.substr(comma + 1)};
  for (std::string_view part : parts) {
    const auto words = split_words(part);
    if (words.empty() || words.size() > 3) return std::nullopt;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string_view w = words[k];
      std::size_t len;
      // Lower case only after a capital, in a place of two parts right under a date:
      // "Московская область, Ново-Огарёво" ("Visit to Vietnam" is no place).
      if (!scan::is_upper(scan::peek(w, 0, len)) && !(single && k > 0 && comma != std::string_view::npos) &&
          !(single && k > 0 && k + 1 == words.size() && russian_region_word(words[k - 1], w))) {
        return std::nullopt;
      }
      if (is_title_word(folded_key(w))) return std::nullopt;  // "Ned Price, Department Spokesperson"
      if (is_weekday_name(w)) return std::nullopt;            // "Wednesday", "Monday, 5 May"
      if (single && comma == std::string_view::npos && is_office_word(w)) return std::nullopt;  // "Noon Briefing"
      for (std::size_t i = 0; i < w.size(); i += len) {
        const char32_t cp = scan::peek(w, i, len);
        if (!scan::is_letter(cp) && cp != '.' && cp != '-') return std::nullopt;
      }
    }
  }
  return collapse_spaces(t);
}

namespace {

// Text after a date, past the word for "year" that may follow it (" года", " г.", " року",
// " р.", " roku").
std::string_view past_year_word(std::string_view s) {
  for (std::string_view skip : {" года", " г.", " г", " року", " р.", " roku", " r."}) {
    if (s.starts_with(skip)) return s.substr(skip.size());
  }
  return s;
}

}  // namespace

std::optional<std::string> place_after(std::string_view line, std::size_t date_end) {
  std::string_view s = line.substr(std::min(date_end, line.size()));
  // Japanese: where, after 於 (at) and a colon ("… 15時25分　於：本省会見室").
  if (const std::size_t at = s.find("\u65BC"); at != std::string_view::npos) {
    std::string_view where = s.substr(at + 3);
    if (where.starts_with("\uFF1A")) where.remove_prefix(3);
    if (where.starts_with(":")) where.remove_prefix(1);
    where = trim(where);
    while (where.starts_with("\u3000")) where = trim(where.substr(3));
    if (!where.empty() && where.size() <= 60) return std::string(where);
  }
  if (const auto t = find_time(s)) {
    bool only_separators = true;
    for (char c : s.substr(0, t->begin)) only_separators &= c == ' ' || c == ',';
    if (only_separators) s = s.substr(t->end);
  }
  s = past_year_word(s);
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ';')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
  if (s.empty() || s.size() > 60) return std::nullopt;
  const auto words = split_words(s);
  if (words.empty() || is_furniture_word(folded_key(words.front()))) return std::nullopt;
  if (auto place = place_line(s, true)) return place;
  // A venue, as is_date_line() reads one after a date: "Tuesday, March 14, 2023, 10:27 a.m.
  // Front Entrance Hall, Ministry of Foreign Affairs" (not "… , Remarks by the Minister").
  const bool by = std::any_of(words.begin(), words.end(), [](std::string_view w) { return folded_key(w) == "by"; });
  if (!by && is_venue_line(s)) return collapse_spaces(s);
  return std::nullopt;
}

bool dated_at_the_end(std::string_view line, const DateMatch& date) {
  // ", 30 Haziran 2022, Ankara", ", 15 лютого 2023 року, Київ": a comma before the date,
  // and after it (past a year word) a comma and the one part that ends the line.
  std::string_view before = line.substr(0, std::min(date.begin, line.size()));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || before.back() != ',') return false;
  std::string_view after = line.substr(std::min(date.end, line.size()));
  after = past_year_word(after);
  if (!after.starts_with(",")) return false;
  after.remove_prefix(1);
  return after.find(',') == std::string_view::npos && split_words(after).size() <= 3;
}

bool us_time_zone_line(std::string_view t) {
  const auto tm = find_time(t);
  if (!tm || t.size() > 40) return false;
  for (std::string_view w : split_words(t.substr(tm->end))) {
    for (std::string_view zone : {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST"}) {
      if (w == zone) return true;
    }
  }
  return false;
}

bool is_venue_line(std::string_view t) {
  if (t.empty() || t.size() > 80) return false;
  const char last = t.back();
  if (last == '!' || last == '?' || last == ':' || last == ';' || last == ',') return false;
  const auto words = split_words(t);
  if (words.empty() || words.size() > 8) return false;
  // A full stop ends a sentence, not a venue; but an abbreviation of capitals and dots may
  // end one ("Washington, D.C.").
  if (last == '.') {
    const std::string_view w = words.back();
    const bool abbreviation = w.size() >= 4 && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) {
      return c == '.' || (c >= 'A' && c <= 'Z');
    }) && w.find('.') < w.size() - 1;
    if (!abbreviation) return false;
  }
  std::size_t len;
  bool lower_seen = false;
  // Digits only as a number of one to three after two words or more ("Annaville Fire
  // Station 5"; not "Room 101"), and no date ("February 14").
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (w.ends_with(",")) w.remove_suffix(1);
    const bool number = k >= 2 && !w.empty() && w.size() <= 3 &&
                        std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                        !is_calendar_word(folded_key(words[k - 1]));
    if (number) continue;
    for (char c : w) {
      if (c >= '0' && c <= '9') return false;
    }
  }
  if (find_date(t)) return false;
  for (std::size_t i = 0; i < t.size(); i += len) {
    const char32_t cp = scan::peek(t, i, len);
    lower_seen |= scan::is_lower(cp);
  }
  if (!lower_seen) return false;  // "PRESS GAGGLE": a heading, not a venue
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    // A byline: "Ned Price, Department Spokesperson" (a part that ends with a title word).
    const bool part_end = k + 1 == words.size() || w.back() == ',';
    if (part_end && is_title_word(folded_key(w.back() == ',' ? w.substr(0, w.size() - 1) : w))) return false;
    if (scan::is_upper(scan::peek(w, 0, len))) continue;
    // Lower-case connectors inside a name: "Quinta de Olivos", "Palace of the Nations";
    // and "En route Boston, Massachusetts", "Aboard Air Force One En route London, England".
    if (k >= 1 && folded_key(words[k - 1]) == "en" && folded_key(w) == "route") continue;
    if (k == 0 || w.size() > 3) return false;
  }
  return !is_furniture_word(folded_key(words.front()));
}

std::optional<std::string> bracketed_dateline_place(std::string_view line) {
  std::string_view t = trim(line);
  auto strip = [&](std::string_view open, std::string_view close) {
    if (!t.starts_with(open) || !t.ends_with(close) || t.size() <= open.size() + close.size()) return false;
    t = t.substr(open.size(), t.size() - open.size() - close.size());
    return true;
  };
  if (t.size() > 120 || !(strip("\uFF08", "\uFF09") || strip("(", ")"))) return std::nullopt;
  const std::optional<DateMatch> date = find_date(t);
  if (!date || date->begin != 0) return std::nullopt;
  std::string_view rest = t.substr(date->end);
  for (bool more = true; more;) {
    more = false;
    for (std::string_view sep : {" ", ",", "\uFF0C", "\u3001"}) {
      if (rest.starts_with(sep)) {
        rest.remove_prefix(sep.size());
        more = true;
      }
    }
  }
  rest = trim(rest);
  if (rest.empty() || rest.size() > 60) return std::nullopt;
  std::size_t len;
  bool han = true;
  for (std::size_t i = 0; i < rest.size(); i += len) {
    const char32_t cp = scan::peek(rest, i, len);
    if (!scan::is_cjk(cp) || !scan::is_letter(cp)) han = false;
  }
  if (han) return std::string(rest);
  return place_line(rest, true);
}

std::string_view undoubled(std::string_view line) {
  // "Press Releases Press Releases": a heading printed twice in one line (a visible heading
  // and a hidden copy of it run together).
  if (line.size() >= 5 && line.size() % 2 == 1) {
    const std::size_t half = line.size() / 2;
    if (line[half] == ' ' && line.substr(0, half) == line.substr(half + 1)) return line.substr(0, half);
  }
  return line;
}

std::string_view title_without_suffix(std::string_view title) {
  title = undoubled(title);
  // A date set before the headline on the same line, a kicker ("1. Februar 2022
  // Bundesministerin Raab: Mit Ländern …", "12 May 2023 – Minister meets …"): the date is the
  // page's date, the headline its title, when four words or more follow it.
  if (const std::optional<DateMatch> date = find_date(title); date && date->begin == 0) {
    std::string_view rest = title.substr(date->end);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == ':' ||
                             rest.front() == '|' || rest.front() == '-')) {
      rest.remove_prefix(1);
    }
    for (std::string_view dash : {"\u2013", "\u2014"}) {
      if (rest.starts_with(dash)) rest = trim(rest.substr(dash.size()));
    }
    if (scan::shape_words(rest) >= 4) title = rest;
  }
  const std::size_t bar = title.rfind(" | ");
  if (bar == std::string_view::npos || bar == 0) return title;
  const std::string_view suffix = trim(title.substr(bar + 3));
  // (A place of two parts may hold a lower-case word after a capital: "| Seoul, Republic of
  // Korea".)
  if (is_date_line(suffix) || place_line(suffix, suffix.find(',') != std::string_view::npos)) {
    return trim(title.substr(0, bar));
  }
  return title;
}

std::string undo_russian_genitive(std::string_view word) {
  std::string w(word);
  auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.ends_with(e); };
  auto cut = [&](std::size_t bytes, std::string_view add) {
    w.resize(w.size() - bytes);
    w.append(add);
  };
  if (ends("ского") || ends("цкого")) {
    cut(6, "ий");
  } else if (ends("ской") || ends("цкой")) {
    cut(4, "ая");
  } else if (ends("овой") || ends("евой") || ends("ёвой") || ends("иной") || ends("ыной")) {
    cut(4, "а");
  } else if (ends("ова") || ends("ева") || ends("ёва") || ends("ина") || ends("ына")) {
    cut(2, "");
  } else if (ends("вла")) {
    cut(4, "ел");  // a fleeting vowel: Павла -> Павел
  } else if (ends("ея")) {
    cut(2, "й");   // Сергея, Андрея
  } else if (ends("ии")) {
    cut(2, "я");   // Марии
  } else if (ends("ия")) {
    cut(2, "й");   // Дмитрия, Георгия
  } else if (ends("ря")) {
    cut(2, "ь");   // Игоря, Лазаря: a soft stem
  } else if (ends("енка")) {
    cut(2, "о");   // Ukrainian Ніколенка, Шевченка: -енко declines there (Russian keeps it)
  } else if (ends("ги") || ends("ки") || ends("хи")) {
    cut(2, "а");   // Ольги
  } else if (ends("ы")) {
    cut(2, "а");   // Анны
  } else if (ends("а")) {
    // Владимира, Ивана: a consonant before the ending.
    const std::string_view vowels = "аеёиоуыэюя";
    const std::string_view prev = std::string_view(w).substr(w.size() - 4, 2);
    if (vowels.find(prev) == std::string_view::npos) cut(2, "");
  }
  return w;
}

namespace {

bool is_connector(std::string_view w) {
  const std::string f = scan::fold_word(w);
  return f == "of" || f == "the" || f == "for";
}

// Trailing punctuation that ends a run of name words.
std::string_view strip_punct(std::string_view w, bool* ended) {
  *ended = false;
  while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ')' || w.back() == '"')) {
    w.remove_suffix(1);
    *ended = true;
  }
  return w;
}

bool acceptable_speaker(std::string_view name) {
  if (name.empty()) return false;
  const auto words = split_words(name);
  // Two to four capitalised words, name particles between them ("Ludwig van Beethoven",
  // "Mohammed bin Zayed Al Nahyan").
  if (words.size() >= 2 && words.size() <= 6) {
    std::size_t names = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const bool inside = k > 0 && k + 1 < words.size();
      if (inside && is_name_particle(scan::fold_word(words[k]))) continue;
      if (is_connector(words[k]) || !capitalised(words[k])) return false;
      ++names;
    }
    return names >= 2 && names <= 4;
  }
  return words.size() == 1 && words[0].find('.') != std::string_view::npos;
}

// "С.В.Лаврова" -> "С.В.Лавров"; nullopt when the word is not initials + surname.
std::optional<std::string> russian_initials_name(std::string_view w) {
  const std::size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot + 4 > w.size()) return std::nullopt;
  std::size_t len;
  const char32_t first = scan::peek(w, 0, len);
  if (!scan::is_upper(first)) return std::nullopt;
  const bool cyrillic = scan::script_of(first) == scan::Script::cyrillic;
  // Every segment before the surname is one capital letter.
  std::size_t i = 0;
  while (i < dot) {
    const char32_t cp = scan::peek(w, i, len);
    if (!scan::is_upper(cp)) return std::nullopt;
    i += len;
    if (i >= w.size() || w[i] != '.') return std::nullopt;
    ++i;
  }
  const std::string_view surname = w.substr(dot + 1);
  if (!capitalised(surname)) return std::nullopt;
  // "V.Makei" in a Latin title is a name as it stands; a Russian one may be in the genitive.
  return std::string(w.substr(0, dot + 1)) + (cyrillic ? undo_russian_genitive(surname) : std::string(surname));
}

}  // namespace

namespace {

bool titled_word(std::string_view w) {
  const std::string f = folded_key(w);
  if (is_title_courtesy(f)) return false;
  return is_office_key(f) && (is_title_word(f) || f.find("minist") != std::string::npos ||
                              (f.ends_with("s") && is_title_word(f.substr(0, f.size() - 1))));
}

// Two to four capitalised words (initials allowed), none an office word; a leading
// courtesy title (M., Mr, Sr.) is dropped.
std::optional<std::string> name_of_run(std::vector<std::string_view> run) {
  while (!run.empty()) {
    const std::string f = folded_key(run.front());
    if (!is_title_courtesy(f)) break;
    run.erase(run.begin());
  }
  // A country in front of the name is the title's place: "President of Finland Sauli
  // Niinisto".
  if (run.size() >= 3) {
    for (std::size_t k = std::min<std::size_t>(2, run.size() - 2); k >= 1; --k) {
      std::string place;
      for (std::size_t i = 0; i < k; ++i) place += (i ? " " : "") + std::string(run[i]);
      if (country_code(place)) {
        run.erase(run.begin(), run.begin() + static_cast<long>(k));
        break;
      }
    }
  }
  if (run.size() < 2 || run.size() > 4) return std::nullopt;
  std::string name;
  for (auto w : run) {
    if (is_office_word(w) || !capitalised(w) || is_organisation_word(folded_key(w))) return std::nullopt;
    if (!name.empty()) name.push_back(' ');
    name.append(w);
  }
  return name;
}

// An English verb in the past tense, as a headline writes what someone did: a lower-case
// word in -ed ("visited", "launched"), or one of the common irregular ones.
bool english_past_tense(std::string_view folded) {
  if (folded.size() >= 5 && folded.ends_with("ed")) {
    for (char c : folded) {
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }
  for (std::string_view v : {"made", "met", "held", "sent", "took", "gave", "spoke", "paid", "went", "had",
                             "began", "chaired", "led", "saw", "became", "came", "signed", "wrote", "told"}) {
    if (folded == v) return true;
  }
  return false;
}

// A capitalised word with a case ending written after an apostrophe, as Turkish writes
// them on names ("Çavuşoğlu'nun", "Lavrov'un", "Ankara'da"): the word before the ending.
// Not an English possessive ('s: rule 1 of principal_candidates) nor a capital after the
// apostrophe (O'Brien, d'Alema).
std::optional<std::string_view> before_case_suffix(std::string_view w) {
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = w.rfind(apostrophe);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view suffix = w.substr(at + apostrophe.size());
    if (suffix.empty() || suffix == "s" || count_chars(suffix) > 4) return std::nullopt;
    std::size_t len;
    for (std::size_t i = 0; i < suffix.size(); i += len) {
      if (!scan::is_lower(scan::peek(suffix, i, len))) return std::nullopt;
    }
    return w.substr(0, at);
  }
  return std::nullopt;
}

std::optional<std::string> name_after_title(std::string_view title) {
  // Parts between commas (and dashes), as word lists.
  std::vector<std::vector<std::string_view>> parts(1);
  for (std::string_view w : split_words(title)) {
    if (w == "-" || w == "\u2013" || w == "\u2014") {
      parts.emplace_back();
      continue;
    }
    const bool comma = w.ends_with(",");
    if (comma) w.remove_suffix(1);
    if (!w.empty()) parts.back().push_back(w);
    if (comma) parts.emplace_back();
  }
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const auto& words = parts[p];
    std::size_t first_title = words.size();
    for (std::size_t i = 0; i < words.size() && first_title == words.size(); ++i) {
      if (titled_word(words[i])) first_title = i;
    }
    if (first_title < words.size()) {
      // The first run of capitalised words after the title that is a name; a run past a
      // lower-case word ("… Vice President Pence by Rush Limbaugh") belongs to someone else.
      std::vector<std::string_view> run;
      for (std::size_t i = first_title + 1; i <= words.size(); ++i) {
        const bool name_word = i < words.size() && capitalised(words[i]) && !is_office_word(words[i]);
        if (name_word) {
          // A case ending after an apostrophe ends the name: Turkish "Dışişleri Bakanı
          // Sayın Mevlüt Çavuşoğlu'nun Rusya …" ("Çavuşoğlu's").
          if (const auto stem = before_case_suffix(words[i])) {
            run.push_back(*stem);
            if (auto name = name_of_run(run)) return name;
            break;
          }
          run.push_back(words[i]);
          continue;
        }
        if (auto name = name_of_run(run)) return name;
        if (!run.empty()) break;
        if (i < words.size()) {
          const std::string f = folded_key(words[i]);
          if (f == "by" || f == "with" || f == "par" || f == "avec" || f == "por" || f == "con" || f == "mit") break;
          // An infinitive: "… journalists to cover the annual Presidential Address" (not
          // "Ambassador to Russia John Sullivan").
          if (f == "to" && i + 1 < words.size() && !capitalised(words[i + 1])) break;
          // A verb's object: "Президент поздравил Виталия Смирнова с юбилеем", "The
          // President visited the Chelyabinsk Compressor Plant".
          if (is_past_tense_verb(f, false) || english_past_tense(f)) break;
          // An office goes on past lower-case words ("Министра иностранных дел России",
          // "Ministre des Affaires étrangères"), but an English word of prose that is no
          // connector ends it ("Greetings to participants in international events marking
          // 100th anniversary of the 1917 Russian Revolution" names nobody).
          std::size_t len;
          const char32_t c = scan::peek(words[i], 0, len);
          if (scan::script_of(c) == scan::Script::latin && scan::is_lower(c) && f.size() > 3 &&
              is_common_word(scan::fold_word(words[i]))) {
            break;
          }
        }
        run.clear();
      }
      // Apposition after the titled part, past the rest of a long office name: ", Serguéi
      // Lavrov,", "…, Unión Europea y Cooperación, José Manuel Albares, …".
      for (std::size_t q = p + 1; q < parts.size() && q <= p + 2; ++q) {
        if (auto name = name_of_run(parts[q])) return name;
      }
    }
    // Apposition before a part that opens with a title: "M. Sergueï Lavrov, ministre …".
    if (p + 1 < parts.size() && !parts[p + 1].empty() && titled_word(parts[p + 1].front())) {
      std::vector<std::string_view> run;
      for (std::size_t i = words.size(); i-- > 0;) {
        if (!capitalised(words[i]) || is_office_word(words[i])) break;
        run.insert(run.begin(), words[i]);
      }
      if (auto name = name_of_run(run)) return name;
    }
  }
  return std::nullopt;
}

}  // namespace

namespace {

// A headline in title case writes its function words with a capital ("Secretary Antony J.
// Blinken At a Press Availability", "… And Japanese Foreign Minister …"): the name rules
// below read capitals as names, so those words after the first are put in lower case.
std::string lower_function_words(std::string_view title) {
  static constexpr std::string_view kWords[] = {"At", "And", "On", "In", "With", "To", "For", "Of", "The", "By",
                                                "From", "Before", "After", "During", "Via", "Into", "Over",
                                                "About", "Following", "Upon", "An", "Amid", "Ahead"};
  std::string out(title);
  bool first = true;
  for (std::string_view w : split_words(title)) {
    if (!first && std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) {
      const std::size_t at = static_cast<std::size_t>(w.data() - title.data());
      out[at] = static_cast<char>(out[at] - 'A' + 'a');
    }
    first = false;
  }
  return out;
}

}  // namespace

namespace {

// Every name the title offers as its speaker, rule by rule (see principal_speaker()).
std::vector<std::string> principal_candidates(std::string_view title) {
  std::vector<std::string> out;
  const std::vector<std::string_view> words = split_words(title);

  // 1. English possessive.
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    std::size_t cut = 0;
    if (w.ends_with("'s")) cut = 2;
    else if (w.ends_with("\u2019s")) cut = 4;
    if (!cut || w.size() <= cut) continue;
    std::vector<std::string_view> run{w.substr(0, w.size() - cut)};
    for (std::size_t j = k; j-- > 0;) {
      bool ended;
      std::string_view p = strip_punct(words[j], &ended);
      if (ended || !(capitalised(p) || is_connector(p))) break;
      run.insert(run.begin(), p);
    }
    while (!run.empty() && is_connector(run.front())) run.erase(run.begin());
    // "The's remarks": the connector rule may leave nothing.
    if (run.empty() || !capitalised(run.back())) continue;
    bool titled = false;
    const std::string name = strip_titles(run, &titled);
    // What the possessive owns is what the person said or did ("Lavrov's remarks", "Putin's
    // news conference", "Trump's Call with …"), not a day or a body named after someone or
    // something ("Rescue Worker's Day", "St Petersburg's Komissarzhevskaya Theatre"): unless
    // a title stands before the name ("Spokesperson Wang Wenbin's Regular Press
    // Conference"), a capitalised word after it must be a word of speech.
    if (!titled && k + 1 < words.size() && capitalised(words[k + 1])) {
      static constexpr std::string_view kSpeech[] = {
          "remarks", "statement", "speech", "interview", "address", "call", "message", "press", "news",
          "conference", "briefing", "comments", "answers", "article", "op-ed", "letter", "meeting", "visit",
          "talks", "opening", "closing", "keynote", "lecture", "testimony", "readout", "toast"};
      const std::string next = folded_key(words[k + 1]);
      if (std::find(std::begin(kSpeech), std::end(kSpeech), next) == std::end(kSpeech)) continue;
    }
    if (acceptable_speaker(name)) out.push_back(name);
  }

  // 2. Russian initials and surname, in the genitive.
  for (auto w : words) {
    bool ended;
    w = strip_punct(w, &ended);
    if (auto name = russian_initials_name(w)) out.push_back(*name);
  }

  // 3. "by" / "with" / "of" followed by a (titled) name. In an interview "by" names the
  //    interviewer ("Interview of the Vice President by Rush Limbaugh").
  bool interview = false;
  for (std::string_view w : words) {
    const std::string f = scan::fold_word(w);
    if (f.starts_with("interview") || f == "интервью" || f.starts_with("entrevista") || f.starts_with("entretien")) {
      interview = true;
    }
  }
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::string f = scan::fold_word(words[k]);
    // "of" in the Romance languages, before a title ("Intervista del Ministro Tajani",
    // "Conférence de presse du Ministre Barrot", "Entrevista do Ministro Vieira").
    for (std::string_view of : {"del", "della", "dello", "di", "du", "des", "do", "da", "dell'"}) {
      if (f == of && k + 2 < words.size() && is_title_word(folded_key(words[k + 1]))) f = "of";
    }
    if (f != "by" && f != "with" && f != "of") continue;
    if (f == "by" && interview) continue;
    std::vector<std::string_view> run;
    for (std::size_t j = k + 1; j < words.size(); ++j) {
      bool ended;
      std::string_view p = strip_punct(words[j], &ended);
      // A headline in title case capitalises its prepositions: "… Josh Earnest Aboard Air
      // Force One", "… Trump Following Talks".
      static constexpr std::string_view kHeadlinePrepositions[] = {
          "aboard", "at", "in", "on", "en", "to", "after", "before", "following", "during", "from", "via",
          "upon", "about", "regarding", "ahead", "outside", "inside", "near", "over", "into", "onto"};
      if (!run.empty() && std::find(std::begin(kHeadlinePrepositions), std::end(kHeadlinePrepositions),
                                    folded_key(p)) != std::end(kHeadlinePrepositions)) {
        break;
      }
      // A particle inside a name ("Ludwig van Beethoven", "Mohammed bin Zayed Al Nahyan")
      // when a capitalised word follows it.
      const bool particle = !run.empty() && !ended && is_name_particle(scan::fold_word(p)) && j + 1 < words.size() &&
                            capitalised(words[j + 1]);
      if (!(capitalised(p) || particle || (is_connector(p) && !run.empty()) ||
            (run.empty() && scan::fold_word(p) == "the"))) {
        break;
      }
      run.push_back(p);
      if (ended) break;
    }
    while (!run.empty() && is_connector(run.back())) run.pop_back();
    if (run.empty()) continue;
    bool titled = false;
    const std::string name = strip_titles(run, &titled);
    // "Remarks by President Trump", "Interview of Vice President Pence": after "by" or
    // "of" and a title word right before it, a surname alone will do.
    const bool title_before = run.size() >= 2 && is_title_word(folded_key(run[run.size() - 2]));
    if ((f == "by" || titled) && (acceptable_speaker(name) || ((f == "by" || f == "of") && titled && title_before &&
                                                              split_words(name).size() == 1 && capitalised(name)))) {
      out.push_back(name);
    }
  }

  // 4. A Russian title in the genitive, then a full name.
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string f = scan::fold_word(words[k]);
    static constexpr std::string_view kStems[] = {
        "министра", "президента", "председателя", "заместителя", "посла",
        "представителя", "секретаря", "советника", "руководителя", "главы"};
    bool title = false;
    for (auto s : kStems) title |= f == s;
    if (!title) continue;
    std::vector<std::string_view> run;  // the capitalised words that end the chain
    for (std::size_t j = k + 1; j < words.size(); ++j) {
      bool ended;
      std::string_view p = strip_punct(words[j], &ended);
      std::size_t len;
      const char32_t cp = p.empty() ? 0 : scan::peek(p, 0, len);
      if (scan::script_of(cp) != scan::Script::cyrillic) break;
      if (scan::is_upper(cp)) {
        run.push_back(p);
      } else if (!run.empty()) {
        break;
      }
      if (ended) break;
    }
    if (run.size() < 2) continue;
    std::vector<std::string_view> name_words(run.end() - 2, run.end());
    std::string name;
    for (auto w : name_words) {
      if (!name.empty()) name.push_back(' ');
      name += undo_russian_genitive(w);
    }
    out.push_back(name);
  }

  // 5. Other languages: a title word, then the first run of two to four capitalised words
  //    that holds no title or office word ("Allocution du Ministre des Affaires étrangères
  //    Sergueï Lavrov", "Rede des Außenministers Sergej Lawrow", "Secretary Antony J.
  //    Blinken at …"); or a name standing alone between commas next to a titled part
  //    ("… del Ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, …", "Déclaration de
  //    M. Sergueï Lavrov, ministre des Affaires étrangères").
  if (auto name = name_after_title(title)) out.push_back(*name);

  // 6. A Russian first name and surname in the genitive, without a title: "Большая
  //    пресс-конференция Владимира Путина" -> "Владимир Путин". Both words must have
  //    genitive endings of names (Владимира, Сергея, Марии / Путина, Лаврова, Захаровой,
  //    Зеленского, or an indeclinable -енко), so that "Совета Безопасности" is not a name.
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    bool ended;
    const std::string_view a = strip_punct(words[k], &ended);
    if (ended) continue;
    const std::string_view b = strip_punct(words[k + 1], &ended);
    std::size_t len;
    auto cyrillic_capital = [&](std::string_view w) {
      const char32_t cp = w.empty() ? 0 : scan::peek(w, 0, len);
      return scan::script_of(cp) == scan::Script::cyrillic && scan::is_upper(cp);
    };
    if (!cyrillic_capital(a) || !cyrillic_capital(b) || a.find('.') != std::string_view::npos) continue;
    const std::string fa = scan::fold_word(a), fb = scan::fold_word(b);
    auto ends = [](const std::string& w, std::initializer_list<std::string_view> list) {
      for (auto e : list) {
        if (w.size() > e.size() + 2 && w.ends_with(e)) return true;
      }
      return false;
    };
    const bool first_name = ends(fa, {"ра", "ея", "ия", "ии", "на", "ла", "да", "та", "ги", "ны"});
    const bool surname = ends(fb, {"ова", "ева", "ёва", "ина", "ына", "овой", "евой", "иной", "ского",
                                   "цкого", "ской", "енко"});
    // "Ответы на вопросы журналиста Павла Зарубина": the journalist asks; no principal.
    const std::string before = k > 0 ? scan::fold_word(words[k - 1]) : std::string();
    const bool asker = before == "журналиста" || before == "корреспондента" || before == "ведущего" ||
                       before == "интервьюера" || before == "блогера";
    // After a verb the same endings are the accusative of its object: "Президент поздравил
    // Виталия Смирнова с юбилеем" names who was congratulated, not who speaks.
    if (is_past_tense_verb(before, false)) continue;
    if (first_name && surname && !asker) out.push_back(undo_russian_genitive(a) + " " + undo_russian_genitive(b));
  }
  return out;
}

// The word index where the title starts naming a guest: "Meeting with …", "Talks with …",
// "Встреча с …", "Telephone conversation with …", "Entretien avec …"; words.size() when none.
std::size_t guest_from(const std::vector<std::string_view>& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string f = scan::fold_word(words[k]);
    if (f == "with" || f == "с" || f == "со" || f == "avec" || f == "con" || f == "mit" || f == "com") {
      // An interview, a direct line, a Q&A "with" someone: that person answers ("Direct
      // Line with Vladimir Putin", "Interview with Sergey Lavrov").
      const std::string before = k > 0 ? scan::fold_word(words[k - 1]) : std::string();
      if (f == "with" && (before == "interview" || before == "line" || before == "q&a")) continue;
      return k;
    }
    // Whom a message goes to ("Condolences to US President Donald Trump", "Congratulations
    // to Leonid Roshal": "to" and a capital), unless a "by" names the speaker after it
    // ("Address to the Nation by President Biden"); not "accredited to cover Vladimir
    // Putin's news conference".
    if (f == "to" && k + 1 < words.size()) {
      const bool capital = capitalised(words[k + 1]);
      const bool by_after = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, words.end(),
                                        [](std::string_view w) { return scan::fold_word(w) == "by"; });
      if (capital && !by_after) return k;
    }
  }
  return words.size();
}

// Where the name stands in the title: the index of the first word that holds its last word
// (or, for a Russian genitive, its stem); words.size() when not found.
std::size_t position_in(const std::vector<std::string_view>& words, const std::string& name) {
  auto parts = split_words(name);
  // (A regnal number is no surname: "Bartholomew I", "Abdullah II".)
  while (parts.size() > 1 && std::all_of(parts.back().begin(), parts.back().end(), [](char c) {
           return c == 'I' || c == 'V' || c == 'X';
         })) {
    parts.pop_back();
  }
  if (parts.empty()) return words.size();
  std::string last = scan::fold_word(parts.back());
  const std::size_t dot = last.rfind('.');
  if (dot != std::string::npos) last = last.substr(dot + 1);
  const std::string stem = last.size() > 6 ? last.substr(0, last.size() - 2) : last;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string f = scan::fold_word(words[k]);
    if (f.find(stem) != std::string::npos) return k;
  }
  return words.size();
}

// A country or an organisation is no speaker: "Обращение Президента Российской Федерации",
// "… External Action Service on Belarus".
bool names_a_body(const std::string& name) {
  if (country_code(name)) return true;
  const auto words = split_words(name);
  std::size_t lower_letters = 0;
  for (char c : name) lower_letters += c >= 'a' && c <= 'z';
  for (std::string_view w : words) {
    std::string f = folded_key(w);
    if (is_organisation_word(f) || is_office_key(f)) return true;
    // No name holds digits or a colon, nor an acronym in a title written in lower case
    // ("Yamal LNG"), nor a country in a compound ("Russia-Kyrgyzstan Inter-Regional").
    for (char c : w) {
      if ((c >= '0' && c <= '9') || c == ':') return true;
    }
    std::size_t upper = 0, letters = 0, len = 0;
    for (std::size_t i = 0; i < w.size(); i += len) {
      const char32_t cp = scan::peek(w, i, len);
      letters += scan::is_letter(cp);
      upper += scan::is_upper(cp);
    }
    const bool roman = w.find_first_not_of("IVXL") == std::string_view::npos;  // Felipe VI
    if (letters >= 2 && upper == letters && lower_letters > 0 && !roman) return true;
    for (std::size_t i = 0, dash; i < w.size(); i = dash + 1) {
      dash = w.find('-', i);
      if (dash == std::string_view::npos) dash = w.size();
      if (dash - i >= 4 && w.find('-') != std::string_view::npos && country_code(w.substr(i, dash - i))) return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// The names in the clause that starts after words[from] (see guest_names()).
// A Cyrillic word in the instrumental: "Валерием", "Герасимовым", "Ириной" ("Гехт" is not:
// no ending).
bool instrumental_word(std::string_view w) {
  std::size_t len;
  return !w.empty() && scan::script_of(scan::peek(w, 0, len)) == scan::Script::cyrillic &&
         reads_as_instrumental(scan::fold_word(w));
}

std::vector<std::string> names_in_clause(const std::vector<std::string_view>& words, std::size_t from) {
  std::vector<std::string> out;
  // The clause after "with", cut into chunks at "and" and at lower-case words other than
  // connectors; a chunk that ends with a name of two to four words names a guest ("… with
  // Deputy Prime Minister and Minister of Foreign Affairs … of Jordan Ayman Safadi
  // following their talks").
  std::vector<std::string_view> chunk;
  auto flush = [&] {
    // A style of address: the name before the see ("Patriarch John of Antioch", "King
    // Abdullah II of Jordan").
    if (const auto [first, second] = styled_name(chunk); second > first) {
      std::string name;
      for (std::size_t k = first; k < second; ++k) name.append(k > first ? " " : "").append(chunk[k]);
      out.push_back(name);
      chunk.clear();
      return;
    }
    if (chunk.size() >= 2) {
      const OfficeSplit split = split_office(chunk);
      const std::size_t run = chunk.size() - split.name_begin;
      if (run >= 2 && run <= 4) {
        std::string name;
        for (std::size_t k = split.name_begin; k < chunk.size(); ++k) {
          if (!name.empty()) name.push_back(' ');
          name.append(chunk[k]);
        }
        if (!names_a_body(name)) out.push_back(name);
      } else if (run == 1 && split.name_begin > 0) {
        // "с Министром … Сергеем Лавровым" in the instrumental reads as one name word
        // after an office; keep the surname.
        const std::string last(chunk.back());
        if (!names_a_body(last)) out.push_back(last);
      } else if (run > 4) {
        // A body's name in capitals before the person, in Russian: the body in the genitive,
        // the person in the instrumental after "с" ("с начальником Генштаба Вооружённых Сил
        // Валерием Герасимовым"): the last two or three words in the instrumental.
        std::size_t n = 0;
        while (n < 3 && n < chunk.size() && instrumental_word(chunk[chunk.size() - 1 - n])) ++n;
        if (n >= 2 && n < chunk.size()) {
          std::string name;
          for (std::size_t k = chunk.size() - n; k < chunk.size(); ++k) name.append(name.empty() ? "" : " ").append(chunk[k]);
          if (!names_a_body(name)) out.push_back(name);
        }
      }
    }
    chunk.clear();
  };
  for (std::size_t k = from + 1; k < words.size(); ++k) {
    bool ended;
    const std::string_view w = strip_punct(words[k], &ended);
    const std::string f = folded_key(w);
    std::size_t len;
    const bool lower = !w.empty() && scan::is_lower(scan::peek(w, 0, len));
    if (f == "and" || f == "и" || f == "et" || f == "y" || f == "und" ||
        (lower && !is_place_connector(f) && f != "the" && !is_name_particle(f))) {
      flush();
    } else if (!w.empty()) {
      chunk.push_back(w);
    }
    if (ended) break;  // the clause ends at a comma
  }
  flush();
  return out;
}

}  // namespace

std::vector<std::string> guest_names(std::string_view title_as_printed) {
  const std::string title = lower_function_words(title_as_printed);
  const std::vector<std::string_view> words = split_words(title);
  const std::size_t guest = guest_from(words);
  if (guest >= words.size()) return {};
  return names_in_clause(words, guest);
}

std::vector<std::string> interviewer_names(std::string_view title) {
  const std::vector<std::string_view> words = split_words(title);
  bool interview = false;
  for (std::string_view w : words) {
    const std::string f = folded_key(w);
    interview |= f == "interview" || f == "интервью";
  }
  std::vector<std::string> out;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string f = folded_key(words[k]);
    const bool russian = f == "журналиста" || f == "корреспондента" || f == "ведущего" || f == "интервьюера" ||
                         f == "блогера" || f == "журналистки" || f == "корреспондентки" || f == "ведущей";
    const bool english = f == "journalist" || f == "correspondent" || f == "interviewer" || (interview && f == "by");
    if (!russian && !english) continue;
    std::string name;
    for (std::size_t j = k + 1; j < words.size() && j < k + 4; ++j) {
      bool ended;
      const std::string_view w = strip_punct(words[j], &ended);
      if (!capitalised(w)) break;
      if (!name.empty()) name.push_back(' ');
      name += russian ? undo_russian_genitive(w) : std::string(w);
      if (ended) break;
    }
    if (!name.empty()) out.push_back(std::move(name));
  }
  return out;
}

std::vector<std::string> host_names(std::string_view title) {
  const std::vector<std::string_view> words = split_words(title);
  std::vector<std::string> out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string f = folded_key(words[k]);
    if (f == "interview" || f == "interviews" || f == "интервью") return {};
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (folded_key(words[k]) != "by") continue;
    // "by A, B and C": each host between the commas ("National Security Advisor Tom
    // Donilon"), then cut at "and" and at lower-case words like the clause of a guest.
    std::vector<std::string_view> part;
    auto flush = [&] {
      if (!part.empty()) {
        part.insert(part.begin(), "with");
        for (std::string& n : names_in_clause(part, 0)) out.push_back(std::move(n));
      }
      part.clear();
    };
    for (std::size_t j = k + 1; j < words.size(); ++j) {
      // The topic or the occasion ends the hosts: "… Jay Carney on the Situation in Libya",
      // "… Josh Earnest aboard Air Force One".
      const std::string_view w = words[j];
      if (w == "on" || w == "at" || w == "about" || w == "regarding" || w == "following" || w == "after" ||
          w == "before" || w == "aboard" || w == "during" || w == "to" || w == "for") {
        break;
      }
      const bool comma = w.size() > 1 && w.back() == ',';
      part.push_back(comma ? w.substr(0, w.size() - 1) : w);
      if (comma) flush();
    }
    flush();
    break;
  }
  return out;
}

namespace {

// How many characters `s` holds when every one is a CJK character (a Chinese name), else 0.
std::size_t han_characters(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    if (!scan::is_cjk(scan::peek(s, i, len))) return 0;
    ++count;
    i += len ? len : 1;
  }
  return count;
}

// A Chinese speech title, "<name>在<occasion>(上)的(主旨)演讲|讲话|致辞|发言": the two to four
// letters before 在 ("at") name the speaker ("杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）").
// A longer run holds an office as well ("外交部长王毅在…"), which cannot be split without a
// dictionary: nothing then.
std::optional<std::string> chinese_speech_speaker(std::string_view title) {
  const std::size_t at = title.find("\u5728");  // 在
  if (at == std::string_view::npos) return std::nullopt;
  bool speech = false;
  for (std::string_view w : {"\u6F14\u8BB2", "\u8BB2\u8BDD", "\u81F4\u8F9E", "\u53D1\u8A00"}) {  // 演讲 讲话 致辞 发言
    if (title.find(w, at) != std::string_view::npos) speech = true;
  }
  if (!speech) return std::nullopt;
  const std::string_view name = title.substr(0, at);
  const std::size_t letters = han_characters(name);
  if (letters < 2 || letters > 4) return std::nullopt;
  return std::string(name);
}

// A Chinese news title that opens with who acted: "杨洁篪会见卢森堡外交大臣阿瑟伯恩",
// "驻英国大使夫人胡平华出席…" (an office, then the name), "驻保加利亚大使夫人夏芝顺向…": the
// name is the two or three characters before the first verb, after the office that ends
// with a title word, and opens with a Chinese surname (a closed class: the common single-
// character surnames; a foreign leader's transcription, "德国总理默克尔会见…", names a guest of
// the Chinese side and opens with none).
std::optional<std::string> chinese_title_subject(std::string_view title) {
  static constexpr std::string_view kVerbs[] = {
      "会见", "出席", "举办", "参加", "看望", "拜会",
      "展示", "接受", "主办", "参与", "发表", "访问",
      "会谈", "致辞", "举行", "会晤", "召见", "接见",
      "主持", "宴请", "向", "为", "与", "在", "同"};
  // 会见 出席 举办 参加 看望 拜会 展示 接受 主办 参与 发表 访问 会谈 致辞 举行 会晤 召见 接见 主持 宴请 向 为 与 在 同
  static constexpr std::string_view kTitles[] = {
      "夫人", "大使", "总领事", "领事", "特派员", "部长",
      "外长", "主任", "司长", "发言人", "总理", "主席",
      "委员", "馆长", "代表", "参赞", "公使"};
  // 夫人 大使 总领事 领事 特派员 部长 外长 主任 司长 发言人 总理 主席 委员 馆长 代表 参赞 公使
  static const std::u32string kSurnames =
      U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高"
      U"林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
      U"潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
      U"钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
      U"邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
      U"万钱严覃武戴莫孔向汤常温康施文牛樊葛"
      U"邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
      U"欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
      U"梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
      U"路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
      U"艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
      U"娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
      U"全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙"
      U"荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟"
      U"邝封";
  std::size_t verb = std::string_view::npos;
  for (std::string_view v : kVerbs) {
    const std::size_t at = title.find(v);
    if (at != std::string_view::npos && at < verb && at >= 6) verb = at;  // a name of two characters at least
  }
  if (verb == std::string_view::npos) return std::nullopt;
  std::string_view before = title.substr(0, verb);
  std::size_t office_end = 0;
  for (std::string_view t : kTitles) {
    for (std::size_t at = before.find(t); at != std::string_view::npos; at = before.find(t, at + 1)) {
      office_end = std::max(office_end, at + t.size());
    }
  }
  const std::string_view name = before.substr(office_end);
  const std::size_t letters = han_characters(name);
  std::size_t len = 0;
  if (letters < 2 || letters > 3 || kSurnames.find(scan::peek(name, 0, len)) == std::u32string::npos) {
    return std::nullopt;
  }
  return std::string(name);
}

}  // namespace

bool holds_function_word_or_country(std::string_view name) {
  for (std::string_view w : split_words(name)) {
    const std::string f = scan::fold_word(w);
    for (std::string_view fw : {"on", "in", "at", "to", "by", "with", "from", "and", "or", "a", "an", "for",
                                "the", "you", "your", "we", "our", "be", "do", "is", "are", "as", "all"}) {
      if (f == fw) return true;
    }
    if (country_code(std::string(w))) return true;
  }
  return false;
}

// Where a name the title offers starts among its words, in whatever case form the title
// prints it ("Александр Невский" in "орденом Александра Невского"): the first word that
// shares its first four letters with the name's first word, followed by one that shares
// them with its second. words.size() when none.
std::size_t name_start(const std::vector<std::string_view>& words, const std::vector<std::string_view>& parts) {
  auto head = [](std::string_view w) {
    const std::string f = scan::fold_word(w);
    std::size_t i = 0;
    for (int n = 0; i < f.size() && n < 4; ++n) {
      std::size_t len = 0;
      scan::peek(f, i, len);
      i += std::max<std::size_t>(1, len);
    }
    return f.substr(0, std::min(i, f.size()));
  };
  if (parts.empty()) return words.size();
  const std::string first = head(parts[0]);
  const std::string second = parts.size() > 1 ? head(parts[1]) : std::string();
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (head(words[k]) != first) continue;
    if (parts.size() > 1 && (k + 1 >= words.size() || head(words[k + 1]) != second)) continue;
    return k;
  }
  return words.size();
}

// Whom an event honours or is named after is no speaker, nor where it takes place: the name
// starting at words[first] follows "in honour of", "in memory of", "tribute to", "Order
// of" (titles between allowed: "Gala concert in honour of conductor Yury Temirkanov's 80th
// birthday"), a Russian word of an order, a medal, a memorial or a resignation before a
// genitive ("орденом Александра Невского", "имени …", "памяти …", "отставка Андрея
// Никитина"), or "at" ("Remarks by the Vice President at a Law Enforcement Briefing").
bool honoured(const std::vector<std::string_view>& words, std::size_t first) {
  if (first > 0) {
    const std::string before = folded_key(words[first - 1]);
    for (std::string_view stem : {"орден", "медал", "имени", "памят", "отставк"}) {
      if (before.starts_with(stem)) return true;
    }
    const std::size_t at = before == "a" || before == "an" || before == "the" ? first - 1 : first;
    if (at > 0 && folded_key(words[at - 1]) == "at") return true;
  }
  std::size_t k = first;
  for (int titles = 0; k > 0 && titles < 4 && folded_key(words[k - 1]) != "of" && folded_key(words[k - 1]) != "to";
       ++titles) {
    --k;
  }
  if (k < 2) return false;
  const std::string prep = folded_key(words[k - 1]), noun = folded_key(words[k - 2]);
  return (prep == "of" && (noun == "honour" || noun == "honor" || noun == "memory" || noun == "order")) ||
         (prep == "to" && noun == "tribute");
}

std::optional<std::string> nameless_office(std::string_view title) {
  const std::vector<std::string_view> words = split_words(title);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (folded_key(words[k]) != "by") continue;
    // "by the Vice President", or without the article ("Briefing by Foreign Secretary on the
    // visit …"), where only a lower-case word other than an office's connector may follow
    // the office ("by Minister of Foreign Affairs … V.Makei" goes on to a name).
    const bool article = folded_key(words[k + 1]) == "the";
    std::size_t e = k + (article ? 2 : 1);
    std::string office;
    while (e < words.size() && e < k + 6 && capitalised(words[e]) && is_title_word(folded_key(words[e])) &&
           !is_courtesy_title(folded_key(words[e]))) {
      if (!office.empty()) office.push_back(' ');
      std::string_view w = words[e];
      while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
      office.append(w);
      const bool comma = words[e].ends_with(",");
      ++e;
      if (comma) break;
    }
    if (office.empty()) continue;
    // A name after the office, or after its comma, names the speaker.
    if (e < words.size() && capitalised(words[e]) && !is_title_word(folded_key(words[e]))) return std::nullopt;
    if (!article && e < words.size()) {
      const std::string next = folded_key(words[e]);
      if (capitalised(words[e]) || next == "of" || next == "for" || next == "to" || next == "and") continue;
    }
    return office;
  }
  return std::nullopt;
}

namespace {

// A headline's kicker that names who says what follows the colon ("Bundesministerin Raab:
// Mit Ländern …", "Foreign Minister Lavrov: Russia is ready …", "Sergey Lavrov: …"): office
// words (or an acronym, a connector) and a name of one to three capitalised words, or a
// name of two or three alone; the name.
std::optional<std::string> kicker_speaker(std::string_view title) {
  const std::size_t colon = title.find(": ");
  if (colon == std::string_view::npos || colon > 80) return std::nullopt;
  const std::vector<std::string_view> words = split_words(title.substr(0, colon));
  if (words.empty() || words.size() > 6) return std::nullopt;
  std::size_t len;
  auto acronym = [](std::string_view w) { return w.size() >= 2 && scan::capital_letters(w) * 2 > count_chars(w); };
  std::size_t name = words.size();
  while (name > 0 && words.size() - name < 3) {
    const std::string_view w = words[name - 1];
    if (w != scan::bare_word(w) || !scan::is_upper(scan::peek(w, 0, len)) || acronym(w) ||
        is_title_word(folded_key(w)) || is_courtesy_title(folded_key(w))) {
      break;
    }
    --name;
  }
  // Names, not words ("Joint Statement", "Imperial Capitals", "Press Release").
  for (std::size_t k = name; k < words.size(); ++k) {
    if (is_common_word(scan::fold_word(words[k]))) return std::nullopt;
  }
  const std::size_t name_words = words.size() - name;
  if (name_words == 0) return std::nullopt;
  bool office = false;
  for (std::size_t k = 0; k < name; ++k) {
    const std::string f = folded_key(words[k]);
    if (is_title_word(f) || is_courtesy_title(f)) {
      office = true;
    } else if (!acronym(words[k]) && f != "of" && f != "the" && f != "de" && f != "der" && f != "des" && f != "du") {
      return std::nullopt;
    }
  }
  if (!office && name_words < 2) return std::nullopt;
  std::string out;
  for (std::size_t k = name; k < words.size(); ++k) {
    if (!out.empty()) out.push_back(' ');
    out.append(words[k]);
  }
  if (holds_function_word_or_country(out)) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> principal_speaker(std::string_view title_as_printed) {
  const std::string lowered = lower_function_words(title_as_printed);
  const std::string_view title = lowered;
  if (auto zh = chinese_speech_speaker(title)) return zh;
  if (auto zh = chinese_title_subject(title)) return zh;
  if (auto kicker = kicker_speaker(title)) return kicker;
  if (nameless_office(title)) return std::nullopt;
  const std::vector<std::string_view> words = split_words(title);
  // A message's headline names whom it goes to and on what ("Greetings to participants of
  // Victory Volunteers …", "Condolences on passing of President of Vietnam Tran Dai
  // Quang", "Congratulations to … staff of the Krasnoye Znamya plant"): its sender only
  // after "from".
  if (words.size() >= 2) {
    const std::string first = folded_key(words[0]), second = folded_key(words[1]);
    const bool message = first == "greetings" || first == "congratulations" || first == "condolences" ||
                         first == "message" || first == "telegram";
    const bool addressed = second == "to" || second == "on" || second == "upon" || second == "for";
    const bool from = std::any_of(words.begin(), words.end(), [](std::string_view w) { return folded_key(w) == "from"; });
    if (message && addressed && !from) return std::nullopt;
  }
  const std::size_t guest = guest_from(words);
  for (std::string name : principal_candidates(title)) {
    if (auto cased = surname_first_cased(name)) name = std::move(*cased);  // "KAMIKAWA Yoko"
    if (position_in(words, name) > guest) continue;  // the guest, not the host
    if (names_a_body(name)) continue;
    // A possessive inside is no name: "Prime Minister's Questions".
    const std::vector<std::string_view> parts = split_words(name);
    const bool inner_possessive = std::any_of(parts.begin(), parts.end() - (parts.empty() ? 0 : 1), [](std::string_view w) {
      return w.ends_with("'s") || w.ends_with("\u2019s");
    });
    if (inner_possessive) continue;
    if (holds_function_word_or_country(name)) continue;
    if (const std::size_t first = name_start(words, parts); first < words.size() && honoured(words, first)) continue;
    // A title in capitals gives the name in capitals: "SPEECH BY YB DATO' SRI SAIFUDDIN
    // ABDULLAH, MINISTER …" is Saifuddin Abdullah's, as a label in capitals would give it.
    return in_name_case(name);
  }
  return std::nullopt;
}

bool is_post_nominal(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2 && letters <= 6;
}

std::optional<std::string> byline_person(std::string_view byline) {
  std::vector<std::string_view> words = split_words(byline);
  while (!words.empty() && is_post_nominal(words.back())) words.pop_back();
  // Honorifics before it: "The Rt Hon", "The Right Honourable".
  static constexpr std::string_view kHonorifics[] = {"the", "rt", "right", "hon", "honourable", "honorable"};
  while (!words.empty()) {
    std::string_view w = words.front();
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    const std::string f = scan::fold_word(w);
    if (std::find(std::begin(kHonorifics), std::end(kHonorifics), f) == std::end(kHonorifics)) break;
    words.erase(words.begin());
  }
  // A peer is known by the title and the name of the peerage: "The Rt Hon Lord McNally",
  // "Baroness Anelay of St Johns", "Lord (Tariq) Ahmad of Wimbledon" -> "Lord Ahmad".
  static constexpr std::string_view kPeerages[] = {"lord", "baroness", "baron", "lady", "viscount", "viscountess",
                                                   "earl", "countess", "marquess"};
  std::erase_if(words, [](std::string_view w) { return w.size() > 2 && w.front() == '(' && w.back() == ')'; });
  if (words.size() >= 2 && capitalised(words[1]) && !is_connector(words[1]) &&
      std::find(std::begin(kPeerages), std::end(kPeerages), scan::fold_word(words[0])) != std::end(kPeerages) &&
      (words.size() == 2 || scan::fold_word(words[2]) == "of")) {
    return std::string(words[0]) + " " + std::string(words[1]);
  }
  // A sovereign is known by the style and the office: "Her Majesty the Queen", "His Majesty
  // the King", as the byline prints it.
  const std::string style = words.size() >= 2 ? scan::fold_word(words[0]) : std::string();
  if (words.size() >= 2 && words.size() <= 4 && (style == "her" || style == "his") &&
      scan::fold_word(words[1]) == "majesty") {
    std::string styled = std::string(words[0]);
    for (std::size_t k = 1; k < words.size(); ++k) styled.append(" ").append(words[k]);
    return styled;
  }
  const std::string name = strip_titles(words);
  if (!acceptable_speaker(name) || names_a_body(name)) return std::nullopt;
  return name;
}

namespace {
// A Russian preposition or conjunction that no office's genitive words hold (the place
// connectors по, при, в are office words: "Министр по делам …").
bool is_russian_preposition(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"с",     "со",  "на",   "о",     "об",     "обо",   "для",
                                                "к",     "ко",  "от",   "из",    "за",     "у",     "до",
                                                "перед", "над", "под",  "после", "между",  "через", "во",
                                                "без",   "про", "а",    "но",    "или",    "что",   "как"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}
}  // namespace

std::vector<std::string> titled_names_in(std::string_view line) {
  std::vector<std::string> out;
  // Parts between commas, dashes and bars.
  std::vector<std::vector<std::string_view>> parts(1);
  for (std::string_view w : split_words(line)) {
    if (w == "-" || w == "\u2013" || w == "\u2014" || w == "|") {
      parts.emplace_back();
      continue;
    }
    const bool comma = w.ends_with(",");
    if (comma) w.remove_suffix(1);
    if (!w.empty()) parts.back().push_back(w);
    if (comma) parts.emplace_back();
  }
  auto has_title = [](const std::vector<std::string_view>& part) {
    return std::any_of(part.begin(), part.end(), [](std::string_view w) { return is_title_word(folded_key(w)); });
  };
  // A name in an oblique case ("с Ириной Гехт", "Сергеем Лавровым") is no form to keep.
  auto nominative = [](const std::string& name) {
    for (std::string_view w : split_words(name)) {
      const std::string f = scan::fold_word(w);
      for (std::string_view e : {"ом", "ем", "ём", "ым", "им", "ой", "ого", "его", "ому", "ему", "ую", "ою"}) {
        if (f.size() > e.size() + 2 && f.ends_with(e)) return false;
      }
    }
    return true;
  };
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const auto& words = parts[p];
    if (words.empty() || words.size() > 24) continue;
    // "Press Secretary Jen Psaki": an office, then a name of two words or more; a title
    // line may hold several, parted by "and" or by lower-case words ("… Ben Rhodes and
    // Press Secretary Jay Carney on the Situation in Libya").
    bool found = false;
    std::size_t chunk_begin = 0;
    // A Russian office goes on in lower-case words after its title word ("Министр
    // иностранных дел Сергей Лавров", "Заместитель министра обороны …"): up to four that
    // are no preposition; -1 when no title word opened such a run.
    int office_tail = -1;
    for (std::size_t e = 0; e <= words.size(); ++e) {
      const bool cut = e == words.size() || [&] {
        const std::string f = folded_key(words[e]);
        if (f == "and" || f == "и" || f == "et" || f == "y" || f == "und") return true;
        std::size_t len;
        const char32_t first = scan::peek(words[e], 0, len);
        const bool cyrillic = scan::script_of(first) == scan::Script::cyrillic;
        if (cyrillic && is_title_word(f)) {
          office_tail = 0;
          return false;
        }
        if (!scan::is_lower(first)) {
          office_tail = -1;
          return false;
        }
        if (is_place_connector(f) || f == "the" || is_name_particle(f)) return false;
        if (cyrillic && office_tail >= 0 && office_tail < 4 && !is_russian_preposition(f)) {
          ++office_tail;
          return false;
        }
        return true;
      }();
      if (!cut) continue;
      office_tail = -1;
      const std::vector<std::string_view> chunk(words.begin() + static_cast<long>(chunk_begin),
                                                words.begin() + static_cast<long>(e));
      chunk_begin = e + 1;
      if (chunk.size() < 3 || chunk.size() > 16) continue;
      const OfficeSplit split = split_office(chunk);
      // (Two to four name words, particles aside: "Emir Tamim bin Hamad Al Thani".)
      std::size_t name_words = 0;
      for (std::size_t k = split.name_begin; k < chunk.size(); ++k) name_words += !is_name_particle(folded_key(chunk[k]));
      if (split.titled && split.name_begin > 0 && chunk.size() - split.name_begin >= 2 && name_words <= 4) {
        std::string name;
        for (std::size_t k = split.name_begin; k < chunk.size(); ++k) {
          if (!name.empty()) name.push_back(' ');
          name.append(chunk[k]);
        }
        // The sentence's full stop is no part of the name ("… Dmitry Medvedev.").
        while (name.size() > 3 && name.back() == '.' && name[name.size() - 3] != '.' && name[name.size() - 3] != ' ') {
          name.pop_back();
        }
        if (nominative(name) && !names_a_body(name)) {
          out.push_back(name);
          found = true;
        }
      }
    }
    if (found) continue;
    const OfficeSplit split = split_office(words);
    // "Ned Price, Department Spokesperson": a bare name beside a part with a title.
    const bool beside = (p > 0 && has_title(parts[p - 1])) || (p + 1 < parts.size() && has_title(parts[p + 1]));
    if (beside && split.name_begin == 0 && words.size() >= 2 && words.size() <= 4 && !has_title(words)) {
      bool ok = true;
      for (std::string_view w : words) {
        if (!capitalised(w) || is_furniture_word(folded_key(w)) || is_organisation_word(folded_key(w))) ok = false;
      }
      if (ok) {
        std::string name;
        for (std::string_view w : words) {
          if (!name.empty()) name.push_back(' ');
          name.append(w);
        }
        if (!country_code(name) && nominative(name)) out.push_back(name);
      }
    }
  }
  return out;
}

namespace {

// Every letter a capital, two letters or more, nothing but letters and hyphens ("KAMIKAWA").
bool all_capitals(std::string_view w) {
  std::size_t len = 0;
  for (std::size_t i = 0; i < w.size(); i += len) {
    const char32_t c = scan::peek(w, i, len);
    if (!scan::is_letter(c) && c != '-') return false;
  }
  return scan::capital_letters(w) >= 2;
}

// A capital, then at least one lower-case letter and no capital ("Yoko").
bool given_name_case(std::string_view w) {
  std::size_t len = 0;
  if (w.empty() || !scan::is_upper(scan::peek(w, 0, len))) return false;
  bool lower = false;
  for (std::size_t i = len; i < w.size(); i += len) {
    const char32_t c = scan::peek(w, i, len);
    if (scan::is_upper(c)) return false;
    lower |= scan::is_lower(c);
  }
  return lower;
}

}  // namespace

std::optional<std::string> surname_first_cased(std::string_view name) {
  const std::vector<std::string_view> words = split_words(name);
  if (words.size() != 2 || !all_capitals(words[0]) || !given_name_case(words[1])) return std::nullopt;
  // The surname in name case: its first letter (and one after a hyphen) a capital.
  std::string out;
  const std::string folded = scan::fold_word(words[0]);
  std::size_t len = 0;
  bool start = true;
  for (std::size_t i = 0; i < folded.size(); i += len) {
    const char32_t c = scan::peek(folded, i, len);
    append_utf8(out, start ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))) : c);
    start = c == '-';
  }
  return out + " " + std::string(words[1]);
}

bool printed_surname_first(std::string_view text, std::string_view name) {
  const std::vector<std::string_view> parts = split_words(name);
  if (parts.size() != 2) return false;
  const std::vector<std::string_view> words = split_words(text);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (all_capitals(words[k]) && scan::fold_word(words[k]) == scan::fold_word(parts[0]) &&
        scan::bare_word(words[k + 1]) == parts[1]) {
      return true;
    }
  }
  return false;
}

bool office_of_principal(std::string_view title, const std::string& principal, std::string_view office) {
  const std::vector<std::string_view> words = split_words(title);
  const std::size_t at = position_in(words, principal);
  if (at >= words.size()) return false;
  // The title words right before the name ("… by President Trump"), back to the first
  // word that is none ("Interview of the Vice President by Rush Limbaugh" ties no office
  // to Limbaugh). The name's own first words (given names) are skipped first.
  std::vector<std::string> before;
  std::size_t k = at;
  const std::size_t name_words = split_words(principal).size();
  for (std::size_t skipped = 1; skipped < name_words && k > 0 && capitalised(words[k - 1]) &&
                                !is_title_word(folded_key(words[k - 1]));
       ++skipped) {
    --k;
  }
  // An office set off by a comma before the name ("… del presidente del Gobierno, Pedro
  // Sánchez", "… del ministro de Asuntos Exteriores, Unión Europea y Cooperación, José
  // Manuel Albares"): its capitalised words and connectors are passed over, up to twelve.
  const bool set_off = k > 0 && words[k - 1].ends_with(",");
  for (std::size_t passed = 0; k > 0; ++passed) {
    const std::string f = folded_key(words[k - 1]);
    const bool office_word = is_title_word(f) || is_place_connector(f) || f == "the";
    const bool more = set_off && passed < 12 && (capitalised(words[k - 1]) || is_date_connector(f) || f == "y");
    if (!office_word && !more) break;
    if (is_title_word(f) && !is_courtesy_title(f)) before.push_back(f);
    --k;
  }
  // Or the office in apposition after the name, up to the next comma: "… de Mme Catherine
  // Colonna, ministre de l'Europe et des affaires étrangères", "… by Ned Price, Department
  // Spokesperson". There every word of the label's office must stand ("LE MINISTRE DES
  // AFFAIRES ÉTRANGÈRES D'UKRAINE" is someone else).
  if (words[at].ends_with(",")) {  // (position_in() gives the surname's place)
    std::set<std::string> apposition;
    for (std::size_t j = at + 1; j < words.size() && j <= at + 12; ++j) {
      apposition.insert(folded_key(words[j]));
      if (words[j].ends_with(",")) break;
    }
    bool all = true, titled = false;
    for (std::string_view w : split_words(office)) {
      const std::string f = folded_key(w);
      if (f == "the" || f == "la" || f == "le" || f == "el" || is_courtesy_title(f)) continue;
      all &= apposition.count(f) > 0;
      titled |= is_title_word(f);
    }
    if (all && titled) return true;
  }
  for (std::string_view w : split_words(office)) {
    const std::string f = folded_key(w);
    if (f == "the" || is_courtesy_title(f) || !is_title_word(f)) continue;
    if (std::find(before.begin(), before.end(), f) != before.end()) return true;
  }
  return false;
}

namespace {

// "Press Briefing by …", "Daily Press Briefing", "Background Briefing on …", "Briefing by the
// Spokesperson": a briefing given to the press. Not a briefing given to the speaker ("Remarks
// … at Briefing on Hurricane Harvey Relief Efforts", "… Before Operational Briefing", "Law
// Enforcement Briefing"): there the people around the table report, and nobody asks.
bool press_briefing(std::string_view folded) {
  static constexpr std::string_view kPress[] = {"press", "news", "media", "background", "special", "daily",
                                                "regular", "weekly", "telephonic", "on-the-record", "joint"};
  for (std::size_t at = folded.find("briefing"); at != std::string_view::npos;
       at = folded.find("briefing", at + 1)) {
    if (at == 0) return true;
    const std::string_view after = folded.substr(at + 8);
    if (after.starts_with(" by ") || after.starts_with(" for the press") || after.starts_with(" for journalists") ||
        after.starts_with(" for the media")) {
      return true;
    }
    std::string_view before = folded.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const std::size_t space = before.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    if (std::find(std::begin(kPress), std::end(kPress), word) != std::end(kPress)) return true;
  }
  return false;
}

}  // namespace

bool title_announces_questions(std::string_view title) {
  const std::string f = scan::fold_word(title);
  if (press_briefing(f)) return true;
  for (std::string_view w : {"press conference", "news conference", "gaggle",
                             "interview", "q&a", "questions and answers", "answers to questions",
                             "answers to media questions", "answered questions", "direct line", "press availability",
                             "media availability", "town hall", "пресс-конференц", "брифинг", "интервью",
                             "ответы на вопросы", "прямая линия", "пресс-подход", "point de presse",
                             "conférence de presse", "entretien", "rueda de prensa", "entrevista",
                             "pressekonferenz", "regierungspressekonferenz", "pressebriefing",
                             // Italian, Portuguese, Polish, Ukrainian, Czech, Slovak,
                             // Serbian/Croatian, Bulgarian, Romanian, Dutch, Turkish.
                             "conferenza stampa", "intervista", "conferência de imprensa",
                             "coletiva de imprensa", "entrevista coletiva", "konferencja prasowa",
                             "wywiad", "прес-конференц", "брифінг", "інтерв'ю", "інтерв’ю",
                             "tisková konference", "tlačová konferencia", "konferencija za novinare",
                             "конференција за новинаре", "пресконференция", "conferință de presă",
                             "conferinta de presa", "persconferentie", "basın toplantısı"}) {
    if (f.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace transcript
