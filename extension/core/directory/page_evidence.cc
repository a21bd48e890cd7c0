// Evidence about a directory page's lines (see page_evidence.h).
#include "core/directory/page_evidence.h"

#include <unicode/uchar.h>

#include "core/directory/field_labels.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript::directory {

PageEvidence::PageEvidence(const std::vector<PageLine>& items) : items_(items), memo_(items.size()) {
  // Does the page print country lines before mission names (mid.ru)? Then a line in that
  // slot is a country even when it has no ISO code (country_slot()).
  for (std::size_t i = 0; i + 1 < items_.size(); ++i)
    if (items_[i].text.size() <= 60 && country_at(i) && name_at(i + 1)) ++country_lines_;
}
// What each line is, computed at most once per line. The rules above look at a line
// and its neighbours several times over (as a header candidate, as the line after a
// heading, as a field); these are pure functions of the line's text, so caching them
// changes nothing but the time.

const std::optional<LabelMatch>& PageEvidence::label_at(std::size_t i) const {
  Memo& m = memo_[i];
  if (!m.label) m.label = parse_label(items_[i].text);
  return *m.label;
}
const std::optional<PersonMatch>& PageEvidence::person_at(std::size_t i) const {
  Memo& m = memo_[i];
  if (!m.person) m.person = parse_person(items_[i].text);
  return *m.person;
}
// "H.E. Mr Thomas Nader" / "Ambassador Extraordinary and Plenipotentiary": a person's
// name, then their title on the next line (lists of heads of mission).
const std::optional<PersonMatch>& PageEvidence::person_pair_at(std::size_t i) const {
  Memo& m = memo_[i];
  if (!m.pair) m.pair = find_person_pair(i);
  return *m.pair;
}
std::optional<PersonMatch> PageEvidence::find_person_pair(std::size_t i) const {
  if (i + 1 >= items_.size() || items_[i].text.size() > 100 || !is_person_name(items_[i].text)) return std::nullopt;
  if (label_at(i) || person_at(i)) return std::nullopt;
  const auto& next = label_at(i + 1);
  if (next && !(next->field == DirectoryField::kPerson && next->value.empty())) return std::nullopt;
  if (!is_title_line(items_[i + 1].text)) return std::nullopt;
  return PersonMatch{items_[i + 1].text, items_[i].text};
}
bool PageEvidence::country_at(std::size_t i) const {
  Memo& m = memo_[i];
  if (!m.country) m.country = is_country_line(items_[i].text);
  return *m.country;
}
bool PageEvidence::name_at(std::size_t i) const {
  Memo& m = memo_[i];
  if (!m.name) m.name = is_name_line(items_[i].text, label_at(i).has_value());
  return *m.name;
}
bool PageEvidence::heading_at(std::size_t i) const {
  Memo& m = memo_[i];
  // A person's line is never a heading ("Посол - Джагарян …" before the next entry).
  if (!m.heading)
    m.heading = is_heading_like(items_[i].text, label_at(i).has_value()) && !person_at(i) && !person_pair_at(i);
  return *m.heading;
}

// A line in the slot of a country line on a page that prints them ("Абхазия" before
// "Посольство России в Республике Абхазия"): a country that has no ISO code.
bool PageEvidence::country_slot(std::size_t i) const {
  if (country_lines_ < 2 || i + 1 >= items_.size() || country_at(i)) return false;
  const std::string_view t = items_[i].text;
  return t.size() <= 60 && words_of(t, 4).size() <= 3 && starts_upper(t) && !count_digits(t) &&
         t.find(':') == std::string_view::npos && !ends_like_sentence(t) && !label_at(i) && !name_at(i) &&
         name_at(i + 1);
}

// A ministry's name alone on its line ("Министерство экономического развития Российской
// Федерации"), not a label.
bool PageEvidence::ministry_line(std::size_t i) const {
  std::string_view t = items_[i].text;
  return t.size() <= 200 && !count_digits(t) && !ends_like_sentence(t) && is_ministry_name(t) && !label_at(i);
}

bool PageEvidence::fieldish(std::size_t i) const {
  return i < items_.size() && (label_at(i) || person_at(i) || person_pair_at(i) || is_email(items_[i].text));
}

// An unlabelled line of an address under a mission's name: short, not a sentence, and
// nothing else (not a field, a name, a heading, a remark in brackets or a number); a
// country only after another line ("… Moscow 121099" / "Russian Federation").
bool PageEvidence::address_line(std::size_t i, bool first) const {
  if (i >= items_.size()) return false;
  std::string_view t = items_[i].text;
  return t.size() <= 160 && !ends_like_sentence(t) && !label_at(i) && !person_at(i) && !person_pair_at(i) &&
         !name_at(i) && (!first || !country_at(i)) && items_[i].heading == 0 && t.front() != '(' &&
         !is_number_line(t) && !is_email(t) && !is_url(t) && t.find('\t') == std::string_view::npos &&
         t.find(':') == std::string_view::npos && words_of(t, 17).size() <= 16;
}

// The unlabelled address lines after a mission's name at item j, up to six, when fields
// follow them: [j, end) and the first field; at least one line has a digit or a comma.
std::optional<std::pair<std::size_t, std::size_t>> PageEvidence::address_block(std::size_t j) const {
  bool shaped = false;
  for (std::size_t n = 0; n <= 6 && j + n < items_.size(); ++n) {
    const std::size_t k = j + n;
    if (n > 0 && fieldish(k)) {
      if (shaped) return std::make_pair(k, k);
      return std::nullopt;
    }
    if (!address_line(k, n == 0)) return std::nullopt;
    const std::string_view t = items_[k].text;
    shaped = shaped || count_digits(t) > 0 || t.find(',') != std::string_view::npos;
  }
  return std::nullopt;
}

bool PageEvidence::city_line(std::size_t i) const {
  if (i >= items_.size()) return false;
  std::string_view t = trim(items_[i].text);
  if (t.size() >= 2 && t.front() == '(' && t.back() == ')') t = trim(t.substr(1, t.size() - 2));
  if (t.empty() || t.size() > 40 || count_digits(t) || !starts_upper(t) || ends_like_sentence(t) ||
      t.find(':') != std::string_view::npos || label_at(i) || person_at(i) || name_at(i) || items_[i].heading) {
    return false;
  }
  const std::size_t comma = t.find(',');
  if (comma != std::string_view::npos && t.find(',', comma + 1) != std::string_view::npos) return false;
  const auto words = words_of(t, 5);
  if (words.empty() || words.size() > 4) return false;
  for (std::string_view w : words) {
    if (!starts_upper(w)) return false;
  }
  return true;
}

// The header of a name line at item j (with what follows it): fields right after it, or
// unlabelled address lines and then fields; either may come after a line that gives only
// the city ("Embassy of the Russian Federation in the United States of America" /
// "Washington" / "Address: …").
std::optional<Header> PageEvidence::name_header(std::size_t j, std::optional<std::size_t> country) const {
  if (j >= items_.size() || !name_at(j)) return std::nullopt;
  const HeaderKind kind = country ? HeaderKind::kCountry : HeaderKind::kName;
  if (fieldish(j + 1)) return Header{kind, country, j, j + 1};
  if (auto block = address_block(j + 1)) return Header{kind, country, j, block->first, j + 1, block->first};
  if (city_line(j + 1)) {
    if (fieldish(j + 2)) return Header{kind, country, j, j + 2, 0, 0, j + 1};
    if (auto block = address_block(j + 2)) return Header{kind, country, j, block->first, j + 2, block->first, j + 1};
  }
  return std::nullopt;
}



// A name header whose office has no address of its own before the next header
// (Poland's "Consular Section" / "Tel: …" inside the embassy's block).
bool PageEvidence::has_own_address(const Header& h) const {
  if (h.address_end > h.address_begin) return true;
  for (std::size_t k = h.next; k < items_.size() && k < h.next + 20; ++k) {
    if (k > h.next && (header_at(k) || items_[k].heading)) break;
    if (const auto& l = label_at(k); l && l->field == DirectoryField::kAddress) return true;
  }
  return false;
}

std::optional<Header> PageEvidence::header_at(std::size_t i) const {
  if (i >= items_.size()) return std::nullopt;
  Memo& m = memo_[i];
  if (!m.header) m.header = find_header(i);
  return *m.header;
}

std::optional<Header> PageEvidence::find_header(std::size_t i) const {
  if (const auto& label = label_at(i)) {
    // (C) a bare hotline label, no colon, heading its own labels.
    if (label->field == DirectoryField::kHotline && !label->colon && label->value.empty() &&
        i + 1 < items_.size()) {
      const auto& next = label_at(i + 1);
      if (next && next->value.empty() && next->field != DirectoryField::kSocial)
        return Header{HeaderKind::kHotlineBlock, std::nullopt, i, i + 1};
    }
    return std::nullopt;
  }
  if (person_at(i) || person_pair_at(i)) return std::nullopt;
  if (parse_dash_entry(items_[i].text)) return Header{HeaderKind::kDashLine, std::nullopt, i, i + 1};  // (F)
  if (country_at(i) || country_slot(i)) {  // (A)
    if (fieldish(i + 1)) return Header{HeaderKind::kCountry, i, std::nullopt, i + 1};
    if (auto h = name_header(i + 1, i)) return h;
    if (i + 2 < items_.size() && items_[i + 1].text.size() <= kMaxHeaderBytes &&
        !ends_like_sentence(items_[i + 1].text) && !country_at(i + 1) && fieldish(i + 2) && !person_pair_at(i + 1))
      return Header{HeaderKind::kCountry, i, i + 1, i + 2};
  }
  // (B), the address possibly unlabelled: "U.S. Embassy Moscow" / "… No. 8" / "Moscow
  // 121099" / "Russian Federation" / "Telephone: …".
  if (auto h = name_header(i, std::nullopt)) return h;
  if (parse_one_line(items_[i].text)) return Header{HeaderKind::kOneLine, std::nullopt, i, i + 1};  // (D)
  if (i + 1 < items_.size() && !table_cells(items_[i + 1].text).empty() &&
      !table_columns(items_[i].text).empty())
    return Header{HeaderKind::kTable, std::nullopt, i, i + 1};  // (E)
  return std::nullopt;
}

}  // namespace transcript::directory
