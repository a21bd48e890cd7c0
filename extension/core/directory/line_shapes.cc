// Line shapes of directory pages (see line_shapes.h).
#include "core/directory/line_shapes.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "core/directory/city.h"
#include "core/directory/country_lookup.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript::directory {

// Words separated by any Unicode white space (pages put NO-BREAK SPACE in "Twitter Rus.").
// With a limit, only the first `limit` words (callers that look at the first few words of
// every line need not decode whole paragraphs).
std::vector<std::string_view> words_of(std::string_view text, std::size_t limit) {
  std::vector<std::string_view> words;
  std::size_t pos = 0, start = 0;
  bool in_word = false;
  while (pos < text.size()) {
    std::size_t at = pos;
    const auto b = static_cast<unsigned char>(text[pos]);
    bool space;
    if (b < 0x80) {  // ASCII: u_isUWhiteSpace holds for TAB..CR and SPACE only
      space = (b >= 0x09 && b <= 0x0D) || b == ' ';
      ++pos;
    } else if ((b == 0xD0 || b == 0xD1) && pos + 1 < text.size()) {  // Cyrillic letters
      space = false;
      pos += 2;
    } else {
      char32_t c = decode_utf8(text, pos);
      space = u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF;
    }
    if (space && in_word) {
      words.push_back(text.substr(start, at - start));
      if (words.size() >= limit) return words;
    }
    if (!space && !in_word) start = at;
    in_word = !space;
  }
  if (in_word) words.push_back(text.substr(start));
  return words;
}

// The words joined by single ASCII spaces.
std::string join_words(std::string_view text) {
  std::string out;
  for (std::string_view w : words_of(text)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::size_t count_digits(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  std::size_t pos = 0;
  char32_t c = decode_utf8(s, pos);
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool starts_caseless(std::string_view s) {
  if (s.empty()) return false;
  std::size_t pos = 0;
  const auto c = static_cast<UChar32>(decode_utf8(s, pos));
  return u_isalpha(c) && !u_isupper(c) && !u_islower(c) && !u_istitle(c);
}

bool is_phone(std::string_view s) {
  if (s.empty()) return false;
  char c = s.front();
  // Full-width "（" and "＋" (Chinese pages) open numbers too.
  const bool wide = s.starts_with("\xEF\xBC\x88") || s.starts_with("\xEF\xBC\x8B");
  if (!(c == '+' || c == '(' || (c >= '0' && c <= '9') || wide)) return false;
  std::size_t letters = 0;
  std::size_t pos = 0;
  while (pos < s.size())
    if (u_isalpha(static_cast<UChar32>(decode_utf8(s, pos)))) ++letters;
  return count_digits(s) >= 5 && letters <= 10;
}

bool is_email(std::string_view s) {
  std::size_t at = s.find('@');
  return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
         s.find(' ') == std::string_view::npos;
}

bool is_url(std::string_view s) {
  if (s.empty() || s.find(' ') != std::string_view::npos || s.find('@') != std::string_view::npos)
    return false;
  if (s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" || s.substr(0, 4) == "www.")
    return true;
  std::size_t dot = s.find('.');  // a bare domain: washington.mid.ru
  return dot != std::string_view::npos && dot > 0 && dot + 2 < s.size() && count_digits(s) < s.size() / 2 &&
         !is_phone(s);
}

bool has_shape(DirectoryField f, std::string_view value) {
  switch (f) {
    case DirectoryField::kPhone:
    case DirectoryField::kFax:
    case DirectoryField::kHotline:
      return is_phone(value);
    case DirectoryField::kEmail:
      return is_email(words_of(value).empty() ? value : words_of(value).front());
    case DirectoryField::kWeb:
      return is_url(value);
    default:
      return false;
  }
}

// "Igor V. Sokolov", "Самойлов Евгений Петрович": 2–5 capitalised words, no digits.
bool is_person_name(std::string_view t) {
  if (t.empty() || t.size() > 100 || count_digits(t) || t.find('@') != std::string_view::npos ||
      t.find(':') != std::string_view::npos)
    return false;
  std::vector<std::string_view> w = words_of(t, 8);
  if (w.size() < 2 || w.size() > 7 || !starts_upper(w.front()) || !starts_upper(w.back())) return false;
  // Inside, lower-case particles of up to three letters ("di", "van", "de la", "bin").
  return std::all_of(w.begin(), w.end(), [](std::string_view x) { return starts_upper(x) || count_chars(x) <= 3; });
}

bool is_title_line(std::string_view t) {
  if (t.empty() || t.size() > 120 || count_digits(t) || t.find(':') != std::string_view::npos ||
      ends_like_sentence(t) || !starts_upper(t))
    return false;
  std::vector<std::string_view> w = words_of(t, 9);
  if (w.size() > 8) return false;
  // "Ambassador Extraordinary and Plenipotentiary", "Honorary Consul General": a known title
  // in its first words, or the whole line a title (find_title_label).
  for (std::size_t n = std::min<std::size_t>(w.size(), 4); n >= 1; --n) {
    std::string_view head(w[0].data(), w[n - 1].data() + w[n - 1].size() - w[0].data());
    if (find_field_label(head) == DirectoryField::kPerson) return true;
  }
  return find_title_label(t) == DirectoryField::kPerson;
}

std::vector<std::string_view> split_phone_list(std::string_view value) {
  // Word separators first ("… 3060 or 011-55-81-…", " / ", "或"), then ";" and ",".
  std::vector<std::string_view> pieces{value};
  for (std::string_view sep : {" / ", " or ", " или ", " ou ", " oder ", " o ", "或", "、", "；"}) {
    std::vector<std::string_view> next;
    for (std::string_view piece : pieces) {
      std::size_t from = 0;
      for (std::size_t at = piece.find(sep); at != std::string_view::npos; at = piece.find(sep, from)) {
        next.push_back(piece.substr(from, at - from));
        from = at + sep.size();
      }
      next.push_back(piece.substr(from));
    }
    pieces = std::move(next);
  }
  std::vector<std::string_view> out;
  for (std::string_view piece : pieces)
    for (std::string_view part : split_on(piece, ";,", true)) out.push_back(part);
  return out;
}

std::optional<std::string_view> number_before_remark(std::string_view part) {
  part = trim(part);
  if (part.empty() || part.back() != ')') return std::nullopt;
  const std::size_t open = part.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  const std::string_view remark = part.substr(open + 1, part.size() - open - 2);
  // An extension is part of the number ("(доб. 212)", "(ext. 5)"): libphonenumber reads it.
  std::size_t letters = 0, pos = 0;
  while (pos < remark.size())
    if (u_isalpha(static_cast<UChar32>(decode_utf8(remark, pos)))) ++letters;
  if (letters < 4 || words_of(remark, 3).size() < 2) return std::nullopt;
  const std::string_view number = trim(part.substr(0, open));
  if (!is_phone(number)) return std::nullopt;
  return number;
}


std::optional<LabelMatch> parse_label(std::string_view t) {
  // "Label : value" / "Label:" — the label is what precedes the first colon.
  if (std::size_t colon = t.find(':'); colon != std::string_view::npos && colon > 0) {
    std::string_view label = trim(t.substr(0, colon));
    // A one-letter label ("X: @AusEmbBrazil") is read only before a colon.
    if (auto f = find_field_label(label)) return LabelMatch{*f, label, trim(t.substr(colon + 1)), true};
    // "Телефон дежурного дипломата:", "Emergency After-Hours Telephone:".
    if (auto f = find_qualified_label(label)) return LabelMatch{*f, label, trim(t.substr(colon + 1)), true};
    // "Head of the Consular Section: Igor V. Sokolov": a title, then a person's name.
    std::string_view value = trim(t.substr(colon + 1));
    if (starts_upper(value) && starts_upper(label) && is_person_name(value))
      if (auto f = find_title_label(label)) return LabelMatch{*f, label, value, true};
  }
  if (t.size() <= 1) return std::nullopt;
  if (auto f = find_field_label(t)) return LabelMatch{*f, t, {}, false};
  // Four words tell all that follows: whether there are at most three, and the first three.
  std::vector<std::string_view> words = words_of(t, 4);
  if (words.empty()) return std::nullopt;
  // "Twitter Rus.": a social network's name with a short qualifier.
  if (auto f = find_field_label(words[0]); f && *f == DirectoryField::kSocial && words.size() <= 3 && words[0].size() > 1) {
    bool short_rest = std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
      return count_chars(w) <= 5 && count_digits(w) == 0;
    });
    if (short_rest) return LabelMatch{*f, t, {}, false};
  }
  // "Tel. +55 61 3329-2300": no colon, so the value must have the field's shape.
  for (std::size_t n = 1; n <= 3 && n < words.size(); ++n) {
    std::string_view label(words[0].data(), words[n - 1].data() + words[n - 1].size() - words[0].data());
    auto f = find_field_label(label);
    if (!f) continue;
    std::string_view value = trim(t.substr(label.size()));
    if (has_shape(*f, value)) return LabelMatch{*f, label, value, false};
  }
  return std::nullopt;
}


// t.find(dash) for the dashes below: looks for the dash's first byte after the space
// ('-' or 0xE2) with memchr rather than for the space, which prose is full of.
std::size_t find_dash(std::string_view t, std::string_view dash) {
  const char key = dash[1];
  for (std::size_t from = 1; from < t.size();) {
    const void* hit = std::memchr(t.data() + from, key, t.size() - from);
    if (!hit) break;
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - t.data()) - 1;
    if (t.substr(at, dash.size()) == dash) return at;
    from = at + 2;
  }
  return std::string_view::npos;
}

std::optional<PersonMatch> parse_person(std::string_view t) {
  for (std::string_view dash : {" - ", " – ", " — "}) {
    std::size_t at = find_dash(t, dash);
    if (at == std::string_view::npos) continue;
    std::string_view title = trim(t.substr(0, at));
    std::string_view name = trim(t.substr(at + dash.size()));
    std::vector<std::string_view> tw = words_of(title), nw = words_of(name);
    if (tw.empty() || tw.size() > 8 || nw.size() < 2 || nw.size() > 5) return std::nullopt;
    if (!starts_upper(title) || count_digits(title) || title.find('@') != std::string_view::npos)
      return std::nullopt;
    if (count_digits(name) || !std::all_of(nw.begin(), nw.end(), starts_upper)) return std::nullopt;
    return PersonMatch{title, name};
  }
  return std::nullopt;
}

bool is_country_line(std::string_view t) {
  return t.size() <= 60 && words_of(t).size() <= 6 && count_digits(t) == 0 &&
         t.find(':') == std::string_view::npos && directory_country_code(t).has_value();
}

bool ends_like_sentence(std::string_view t) {
  char last = t.empty() ? '\0' : t.back();
  return last == '.' || last == '?' || last == '!' || last == ':' || last == ';' || last == ',';
}

// Before the kind phrase of a name, only capitalised words (or words of a script without
// capitals: "주러시아 대한민국 대사관"), abbreviations and numbers ("U.S. Embassy Moscow",
// "British Embassy Paris", "Russian Embassy in Norway"), separated
// by spaces, full stops, hyphens, apostrophes or "&": never "About the Embassy",
// "Contact the Consulate", "Home > Consular Section".
bool name_shaped_before(std::string_view t, std::size_t kind_word) {
  if (kind_word == 0) return true;
  std::vector<std::string_view> spans = kind_word_spans(t);
  if (spans.size() <= kind_word) return false;
  for (std::size_t k = 0; k < kind_word; ++k) {
    const char c = spans[k].front();
    if (!starts_upper(spans[k]) && !starts_caseless(spans[k]) && !(c >= '0' && c <= '9')) return false;
  }
  const std::string_view before = t.substr(0, static_cast<std::size_t>(spans[kind_word].data() - t.data()));
  for (std::size_t pos = 0; pos < before.size();) {
    const auto b = static_cast<unsigned char>(before[pos]);
    if (b < 0x80) {
      ++pos;
      const bool alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      if (!(alnum || b == ' ' || b == '.' || b == '-' || b == '\'' || b == '&')) return false;
      continue;
    }
    const auto c = static_cast<UChar32>(decode_utf8(before, pos));
    if (!(u_isalnum(c) || u_isUWhiteSpace(c) || c == 0x2019 || u_charType(c) == U_NON_SPACING_MARK)) return false;
  }
  return true;
}

// labelled: parse_label(t) finds a label (the parser passes its cached answer).
bool is_name_line(std::string_view t, bool labelled) {
  // A colon makes a label and its value ("Консульский отдел: 8 (495) …"), not a name.
  if (t.size() > kMaxHeaderBytes || ends_like_sentence(t) || t.find('@') != std::string_view::npos || labelled ||
      t.find(':') != std::string_view::npos)
    return false;
  auto kind = find_kind_match(t);
  return kind && name_shaped_before(t, kind->word);
}

bool is_heading_like(std::string_view t, bool labelled) {
  if (labelled || t.size() > 250) return false;
  // "Jurisdição: Connecticut, …": a label and its value, not a heading.
  if (const std::size_t colon = t.find(':'); colon != std::string_view::npos && colon + 1 < t.size()) return false;
  // "Trade Representations of the Russian Federation / Торговые представительства …": a
  // heading printed in two languages; each half is a heading.
  if (std::size_t slash = t.find(" / "); slash != std::string_view::npos && t.size() > 100)
    return is_heading_like(trim(t.substr(0, slash)), false) && is_heading_like(trim(t.substr(slash + 3)), false);
  return t.size() <= 100 && count_digits(t) == 0 && !ends_like_sentence(t) &&
         t.find('@') == std::string_view::npos && t.find("://") == std::string_view::npos &&
         words_of(t, 11).size() <= 10;
}

// "Горячая линия МИД России: +7 (499) 244-19-88, +7 (499) 244-47-72": a short name, a
// colon and nothing but phone numbers.

// The parts of text between any of the separators, trimmed; empty parts only when asked
// for (a cell of a table row, a gap between two numbers that then fails their check).
std::vector<std::string_view> split_on(std::string_view text, std::string_view separators, bool keep_empty) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= text.size(); ++k) {
    if (k == text.size() || separators.find(text[k]) != std::string_view::npos) {
      std::string_view part = trim(text.substr(start, k - start));
      if (keep_empty || !part.empty()) parts.push_back(part);
      start = k + 1;
    }
  }
  return parts;
}

std::optional<OneLine> parse_one_line(std::string_view t) {
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || t.size() > kMaxHeaderBytes + 100) return std::nullopt;
  std::string_view name = trim(t.substr(0, colon));
  std::string_view value = trim(t.substr(colon + 1));
  std::size_t words = words_of(name, 11).size();
  if (words == 0 || words > 10 || name.size() > kMaxHeaderBytes || !starts_upper(name) || count_digits(name) ||
      name.find('@') != std::string_view::npos || name.find('\t') != std::string_view::npos)
    return std::nullopt;
  OneLine out{name, {}};
  for (std::string_view part : split_on(value, ";,", true)) {
    // Printed like a phone number, not a figure ("12 345 678") or a span of years.
    const bool printed = part.substr(0, 1) == "+" || part.substr(0, 1) == "(" || part.find('-') != std::string_view::npos;
    if (!is_phone(part) || count_digits(part) < 7 || !printed) return std::nullopt;
    out.phones.push_back(part);
  }
  // The name of a service ("Горячая линия …", "Справочная служба …"), not of a place
  // ("Rio de Janeiro: (+55 21) 2332 2924") or a reader ("From Overseas: +1 202-501-4444").
  if (!names_a_service(name)) return std::nullopt;
  return out;
}

// "Russian Embassy in Norway — Oslo, Drammensveien 74, 0271 Oslo; tel. +47 22 55 32 78;
// rusembassy@online.no": a mission's name, a dash, then ";"-separated parts read by their
// label ("tel. …, fax …") or their shape (e-mail, website, phone); the first part may be
// the address, "City, street …" when it starts with a place name without digits.

std::optional<DashEntry> parse_dash_entry(std::string_view t) {
  // Cheap tests first: the parser asks about every line that is not a label or a person.
  if (t.size() > 600 || t.find(';') == std::string_view::npos) return std::nullopt;
  if (t.find('@') == std::string_view::npos && count_digits(t) < 7) return std::nullopt;
  std::size_t at = std::string_view::npos, length = 0;
  for (std::string_view dash : {" — ", " – ", " - "}) {
    std::size_t k = find_dash(t, dash);
    if (k < at) {
      at = k;
      length = dash.size();
    }
  }
  if (at == std::string_view::npos) return std::nullopt;
  DashEntry out;
  out.name = trim(t.substr(0, at));
  if (out.name.empty() || !is_name_line(out.name, false) || parse_label(out.name)) return std::nullopt;
  std::vector<std::string_view> parts = split_on(t.substr(at + length), ";", false);
  if (parts.size() < 2) return std::nullopt;
  bool contact = false;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::string_view part = parts[k];
    if (auto label = parse_label(part); label && !label->value.empty()) {
      if (label->field == DirectoryField::kAddress) {
        if (out.address) return std::nullopt;
        out.address = label->value;
        continue;
      }
      // "tel. +358 9 661 876, fax +358 9 661 006": each piece labelled or of the field before.
      std::optional<DirectoryField> field;
      for (std::string_view piece : split_on(part, ",", false)) {
        std::string_view value = piece;
        if (auto l = parse_label(piece); l && !l->value.empty()) {
          field = l->field;
          value = l->value;
        }
        if (!field || !has_shape(*field, value)) return std::nullopt;
        out.values.emplace_back(*field, value);
        contact = true;
      }
      continue;
    }
    if (is_email(part)) {
      out.values.emplace_back(DirectoryField::kEmail, part);
      contact = true;
    } else if (is_url(part)) {
      out.values.emplace_back(DirectoryField::kWeb, part);
    } else if (std::vector<std::string_view> numbers = split_on(part, ",", false);
               std::all_of(numbers.begin(), numbers.end(),
                           [](std::string_view n) { return is_phone(n) && count_digits(n) >= 7; })) {
      for (std::string_view n : numbers) out.values.emplace_back(DirectoryField::kPhone, n);
      contact = true;
    } else if (k == 0 && count_digits(part) > 0) {
      out.address = part;
    } else {
      return std::nullopt;
    }
  }
  if (!contact) return std::nullopt;
  // "Copenhagen, Kristianiagade 5, 2100 København Ø": the city, then the address.
  if (out.address) {
    std::size_t comma = out.address->find(',');
    if (comma != std::string_view::npos) {
      std::string_view place = trim(out.address->substr(0, comma));
      std::vector<std::string_view> w = words_of(place, 4);
      if (!w.empty() && w.size() <= 3 && !count_digits(place) && std::all_of(w.begin(), w.end(), starts_upper) &&
          !directory_country_code(place)) {
        out.city = place;
        out.address = trim(out.address->substr(comma + 1));
      }
    }
  }
  return out;
}

// The cells of a tab-separated row, trimmed; empty unless there are at least three.
std::vector<std::string_view> table_cells(std::string_view t) {
  if (std::count(t.begin(), t.end(), '\t') < 2) return {};
  return split_on(t, "\t", true);
}

// What a column of a table holds, from its header cell.

// The columns of a table's header row: every cell names a column or a field (one unknown
// cell is allowed), one of them the mission's name and one a field. Empty otherwise.
std::vector<Column> table_columns(std::string_view t) {
  std::vector<Column> columns;
  std::size_t unknown = 0, fields = 0, names = 0;
  for (std::string_view cell : table_cells(t)) {
    Column c{find_column_label(cell), std::nullopt, cell};
    if (!c.column) c.field = find_field_label(cell);
    if (c.column == DirectoryColumn::kName) ++names;
    if (c.field) ++fields;
    if (!c.column && !c.field) ++unknown;
    columns.push_back(c);
  }
  if (names != 1 || fields == 0 || unknown > 1) columns.clear();
  return columns;
}

// The length of the copyright mark that opens the line ("©", "(c)", "Copyright"), or 0.
std::size_t copyright_mark_length(std::string_view t) {
  if (t.substr(0, 2) == "©") return 2;
  if (t.substr(0, 3) == "(c)" || t.substr(0, 3) == "(C)") return 3;
  if (t.substr(0, 9) == "Copyright" || t.substr(0, 9) == "COPYRIGHT") return 9;
  return 0;
}

// "© 2005–2024 Министерство …", "Copyright 2024 …": the page's footer.
bool is_footer(std::string_view t) {
  const std::size_t mark = copyright_mark_length(t);
  if (!mark) return false;
  const std::string_view rest = t.substr(mark);
  for (std::size_t k = 0; k + 4 <= rest.size(); ++k) {
    bool year = (rest.substr(k, 2) == "19" || rest.substr(k, 2) == "20") && count_digits(rest.substr(k, 4)) == 4 &&
                (k == 0 || !(rest[k - 1] >= '0' && rest[k - 1] <= '9')) &&
                (k + 4 == rest.size() || !(rest[k + 4] >= '0' && rest[k + 4] <= '9'));
    if (year) return true;
  }
  return false;
}

// "9:00", "15.30": a time of day.
bool has_time(std::string_view t) {
  for (std::size_t k = 1; k + 2 < t.size(); ++k) {
    auto digit = [&](std::size_t at) { return t[at] >= '0' && t[at] <= '9'; };
    if ((t[k] == ':' || t[k] == '.') && digit(k - 1) && digit(k + 1) && digit(k + 2) &&
        (k + 3 == t.size() || !digit(k + 3)) && (k < 3 || !digit(k - 3)))
      return true;
  }
  return false;
}

// "01 47 63 27 56 (information on passports)": a phone number and a comment in brackets.
std::optional<std::string_view> number_before_comment(std::string_view value) {
  if (value.empty() || value.back() != ')') return std::nullopt;
  std::size_t open = value.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  std::string_view number = trim(value.substr(0, open));
  if (!is_phone(number) || count_digits(value.substr(open)) > 0) return std::nullopt;
  return number;
}

// The holder a copyright line names: "© 2025 Embassy of … in the French Republic" -> "Embassy
// of … in the French Republic" (up to a full stop: ". All rights reserved.").
std::string_view copyright_holder(std::string_view t) {
  std::size_t k = copyright_mark_length(t);
  while (k < t.size()) {
    const char c = t[k];
    if ((c >= '0' && c <= '9') || c == ' ' || c == '-' || c == ',') ++k;
    else if (t.substr(k, 3) == "–" || t.substr(k, 3) == "—") k += 3;
    else break;
  }
  std::string_view holder = t.substr(k);
  if (std::size_t stop = holder.find(". "); stop != std::string_view::npos) holder = holder.substr(0, stop);
  return trim(holder);
}

// The same mission named twice: the same kind, the same words before the preposition that
// introduces its place, places in the same country ("Embassy of the Russian Federation in
// France" and "… in the French Republic").
bool same_mission(std::string_view a, std::string_view b) {
  auto identity = [](std::string_view name) -> std::optional<std::pair<std::vector<std::string>, std::string>> {
    auto country = country_from_name(name);
    if (!country) return std::nullopt;
    auto code = directory_country_code(*country);
    if (!code) return std::nullopt;
    std::vector<std::string> words = directory_words(name);
    for (std::size_t k = words.size(); k-- > 0;) {
      const std::string& w = words[k];
      bool preposition = std::any_of(directory_city_prepositions().begin(), directory_city_prepositions().end(),
                                     [&](const CityPreposition& p) { return w == p.word; });
      if (!preposition) continue;
      words.resize(k);
      return std::make_pair(std::move(words), *code);
    }
    return std::nullopt;
  };
  if (a.size() > kMaxHeaderBytes || b.size() > kMaxHeaderBytes) return false;
  auto kind_a = find_kind(a);
  if (!kind_a || kind_a != find_kind(b)) return false;
  auto ia = identity(a), ib = identity(b);
  return ia && ib && *ia == *ib;
}

// A phone number alone ("+7 495 …", "8 (495) 624-12-69 (доб. 212)"), not an address line
// that starts with a postcode ("70403-900 - Brasília, DF").
bool is_number_line(std::string_view t) {
  if (!is_phone(t)) return false;
  std::size_t letters = 0, pos = 0;
  while (pos < t.size())
    if (u_isalpha(static_cast<UChar32>(decode_utf8(t, pos)))) ++letters;
  return letters <= 4 && t.find(',') == std::string_view::npos;
}

}  // namespace transcript::directory
