// The evidence a directory page gives about each of its lines and their neighbours, for
// the directory parser to decide with (directory_parser.cc): whether a line is a label, a
// person, a country, a mission's name, a heading, part of an unlabelled address, and
// whether an entry's header starts on it. Everything here is a pure function of the
// page's lines, computed at most once per line.
//
// Headers (where an entry starts; the parser's header comment lists them as (A)–(F)):
//   - a country line (or a line in the slot of one on a page that prints them: a country
//     without an ISO code, "Абхазия") followed by fields, or by a name line and then
//     fields (with unlabelled address lines between them), or by a short line and fields;
//   - a name line followed by fields, or by up to six unlabelled address lines (one with a
//     digit or a comma; a country only after the first) and then fields, either after a
//     line with the city alone ("Washington", "(New York)");
//   - a bare hotline label heading its own labels; a one-line entry; a table's header row;
//     a dash line.
// "Fields" are a label, a person ("Title - Name", or a name line with the title under it:
// "H.E. Mr Thomas Nader" / "Ambassador Extraordinary and Plenipotentiary"), or an e-mail
// address alone on its line.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "core/directory/line_shapes.h"
#include "core/directory/page_lines.h"

namespace transcript::directory {

enum class HeaderKind { kCountry, kName, kHotlineBlock, kOneLine, kTable, kDashLine };

struct Header {
  HeaderKind kind;
  std::optional<std::size_t> country;  // item index
  std::optional<std::size_t> name;     // item index (the header row of a table)
  std::size_t next;                    // first item after the header
  std::size_t address_begin = 0, address_end = 0;  // unlabelled address lines after the name
  std::optional<std::size_t> city = std::nullopt;  // item index of a city line under the name
};

class PageEvidence {
 public:
  explicit PageEvidence(const std::vector<PageLine>& items);

  const std::optional<LabelMatch>& label_at(std::size_t i) const;
  const std::optional<PersonMatch>& person_at(std::size_t i) const;
  // "H.E. Mr Thomas Nader" / "Ambassador Extraordinary and Plenipotentiary": a person's
  // name, then their title on the next line (lists of heads of mission).
  const std::optional<PersonMatch>& person_pair_at(std::size_t i) const;
  bool country_at(std::size_t i) const;
  bool name_at(std::size_t i) const;
  // Heading-like, never a person's line ("Посол - Джагарян …" before the next entry).
  bool heading_at(std::size_t i) const;
  // A line in the slot of a country line on a page that prints them ("Абхазия" before
  // "Посольство России в Республике Абхазия"): a country that has no ISO code.
  bool country_slot(std::size_t i) const;
  // A ministry's name alone on its line ("Министерство экономического развития Российской
  // Федерации"), not a label.
  bool ministry_line(std::size_t i) const;
  // A label, a person (one line or a name with a title under it) or an e-mail alone.
  bool fieldish(std::size_t i) const;
  // An unlabelled line of an address under a mission's name: short, not a sentence, and
  // nothing else (not a field, a name, a heading, a remark in brackets or a number); a
  // country only after another line ("… Moscow 121099" / "Russian Federation").
  bool address_line(std::size_t i, bool first) const;
  // The header that starts at item i, if any.
  std::optional<Header> header_at(std::size_t i) const;
  // A name header whose office has no address of its own before the next header
  // (Poland's "Consular Section" / "Tel: …" inside the embassy's block).
  bool has_own_address(const Header& h) const;

 private:
  struct Memo {
    std::optional<std::optional<LabelMatch>> label;
    std::optional<std::optional<PersonMatch>> person, pair;
    std::optional<bool> country, name, heading;
    std::optional<std::optional<Header>> header;
  };
  std::optional<PersonMatch> find_person_pair(std::size_t i) const;
  // A line under a mission's name that gives only its city: "Washington", "(New York)",
  // "Washington, DC" (one to three capitalised words, a second part after a comma).
  bool city_line(std::size_t i) const;
  // The unlabelled address lines after a mission's name at item j, up to six, when fields
  // follow them: the first field; at least one line has a digit or a comma.
  std::optional<std::pair<std::size_t, std::size_t>> address_block(std::size_t j) const;
  // The header of a name line at item j (with what follows it).
  std::optional<Header> name_header(std::size_t j, std::optional<std::size_t> country) const;
  std::optional<Header> find_header(std::size_t i) const;

  const std::vector<PageLine>& items_;
  mutable std::vector<Memo> memo_;  // one per item
  std::size_t country_lines_ = 0;   // country lines followed by a name line
};

}  // namespace transcript::directory
