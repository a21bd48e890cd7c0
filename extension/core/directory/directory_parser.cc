// The missions directory parser: the decisions. The page is read through page_lines.h
// (Markdown, escapes, no-break spaces and two-column PDF text undone, the page's headings
// and blank lines kept as evidence); what each line shows by itself is in line_shapes.h,
// what it shows with its neighbours (labels, persons, names, country lines, unlabelled
// address blocks, where an entry's header starts) in page_evidence.h; where the entries
// are and whom they represent is decided for the whole page in entry_places.h. Here the
// lines are grouped into entries, in page order:
//
// Kinds of line (line_shapes.h, page_evidence.h):
//   - label: a known label (field_labels.h, in en/ru/fr/es/pt/de/zh) alone on its line or
//     before its value, with or without a colon ("Адрес :", "Факс", "Tel. +55 61 …",
//     "电话：…"); a social network's name ("Twitter Rus."; "X" only before a colon); an
//     unknown label joining a phone word and an emergency word (a hotline: "Телефон
//     дежурного дипломата для экстренной связи в нерабочее время:"); a title before a
//     person's name ("Head of the Consular Section: Igor V. Sokolov").
//   - person: "Title - NAME Name Patronymic"; or a person's name with the title on the
//     next line ("H.E. Mr Thomas Nader" / "Ambassador Extraordinary and Plenipotentiary").
//   - country line: a short line that is a country's name ("США", "AUSTRIA"); on a page
//     that prints country lines before names, a short line in that slot ("Абхазия").
//   - name line: a short line naming a kind of mission (find_kind(): Посольство, Embassy,
//     Consulado-Geral, Embajada, Ambassade, Botschaft, 大使馆 …) without a colon, not
//     ending like a sentence, name-shaped before its kind phrase ("U.S. Embassy Moscow";
//     never "About the Embassy", "Home > Consular Section").
//   - one-line entry: the name of a service (a kind phrase or a service word: "служба",
//     "centre" …; never a place or "From Overseas"), a colon and nothing but numbers.
//   - table rows and header rows; dash lines ("Name — address; tel. …; e-mail").
//   - headings the page marks: a Markdown "#" heading, a bold line, a centred line of a PDF.
// An entry starts at a header (page_evidence.h), checked where no value is expected:
//   (A) a country line followed by fields, or by a name line (with unlabelled address
//       lines) and then fields; the country carries over to later entries headed by a name
//       alone, until the next country line or section; inside an address, a country line
//       followed by fields ends the address ("Portugal" / "Telephone: …");
//   (B) a name line followed by fields, or by up to six unlabelled address lines and then
//       fields ("U.S. Embassy Moscow" / street / "Moscow 121099" / "Russian Federation" /
//       "Telephone: …"), either after a line with the city alone ("Washington", "(New
//       York)": the entry's city); an entry opened by a country line that holds only
//       people so far continues under it ("POLAND" / "H.E. Ms … / Ambassador …" /
//       "Embassy of …"); a
//       consular or visa section without an address of its own inside an open entry is
//       that entry's sub-line, not an office (its lines go to the entry);
//   (C) a bare hotline label heading its own labels (mid.ru's "Горячая линия" / "phone");
//   (D) a one-line entry, outside any other entry (or a named hotline in a paragraph of
//       its own after an entry's fields: "Hotline for Russian citizens abroad: +7 …"); kept
//       only on a page that has other entries with fields, or in a run of at least two;
//   (E) a table's header row whose cells name columns, then one entry per row;
//   (F) a dash line, anywhere: complete on its line ("Copenhagen, …": city, address).
// Sections: a short heading-like line right before a header, or before one introductory
// sentence and then a header (never inside a country's block: "ANGOLA" / "Embassy of … " /
// "Accredited from London."); a heading the page marks (Markdown, bold) is the section of
// the next entry; a heading in two languages may be longer.
// Inside an entry, a label sets the current field and the lines after it are its values
// until the next label, person or header; the first line after a bare label is always a
// value. Values must have the field's shape (phone, e-mail, URL); address and telex take
// any text (lines joined with ", "). A field's numbers are split at ";", ",", " / ", " or "
// and their equivalents; a number followed by a remark in brackets is the number, and the
// line goes to note ("+44 20 7136 6857 (line open 24/7)"). Then, in order:
//   - a name line while the entry has no name and no contact field names it;
//   - an e-mail address alone on its line is an e-mail;
//   - unlabelled lines with a digit or a comma, while the entry has no address and no
//     contact field yet, and the lines right after them, are its address;
//   - a paragraph of its own (blank line before, a sentence of six words or more) after
//     the fields is the entry's remark when it names an office of the entry's kind family
//     ("The Consulate in Rio de Janeiro is …", "As atividades deste consulado …"), else
//     the page's text, which ends the entry;
//   - an unknown "Label: value" goes to note; in an entry that prints its labels alone on
//     their lines, a short line before a value is a label too ("Contact form" / URL);
//   - a Markdown heading deeper than the entry's own heading is an unknown label
//     ("## Embassy …" / "### Opening hours" / "Monday to Friday …"); any other heading the
//     page marks ends the entry;
//   - opening hours go to note; other stray lines too, but four of them after the last
//     field are the page's furniture: the entry ends at its last field; a line longer
//     than 300 bytes ends the entry.
// A mission name's link is its website ("[U.S. Embassy Moscow](https://…)"); a social
// label's link is the account when the text is neither a handle nor a URL.
// Ends of the directory: a footer line ("©", "(c)", "Copyright" and a year: nothing after
// it is read; the site's own address block right before it, naming the same mission as
// the copyright's holder, is dropped); a ministry's name line (the publisher's contact
// block follows, which is not read); a share or "follow us" line.
// Outside entries nothing is read, so a transcript sentence starting with "Address:" is
// never a directory. An entry without fields is kept only when its name gives a kind and
// the page has entries with fields; a block that only says another mission acts for it
// ("Accredited from London. …") has no fields and is no entry.
// Derived columns when an entry closes: kind from the name (find_kind; honorary
// consulates by an honorary word anywhere; a nameless entry from its head's title,
// "Honorary Consul"); head_title and head_name from the first person who is not a deputy;
// city from a table's city column, else a dash line's leading place, else the name's
// place (a preposition or a bracket, the Russian locative undone; never a country, a state
// "Республике Абхазия", an organisation "ООН"/"北约"), else the address (city.h), else the
// name's words after its kind phrase or its last comma ("U.S. Embassy Moscow"); country as
// printed: the country line's, else the one the name places the mission in, else the last
// part of the address, else the section heading's; country_code from it
// (directory_country_code(), or CLDR's Chinese names); an entry headed by its name alone
// without a country takes the code of the section's last entry whose name gave one,
// unless one of its numbers with a country prefix says otherwise. Then the page-level
// decisions of entry_places.h: represents_code, the country the numbers are read in,
// phones_e164, and the country's dictionary form.
#include "core/directory/directory_parser.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "core/directory/city.h"
#include "core/directory/country_lookup.h"
#include "core/directory/field_labels.h"
#include "core/directory/line_shapes.h"
#include "core/directory/entry_places.h"
#include "core/directory/page_evidence.h"
#include "core/directory/page_lines.h"
#include "core/directory/place_names.h"
#include "core/directory/phone_numbers.h"
#include "core/entities/country_names.h"
#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

using namespace directory;

constexpr std::size_t kMaxStrayBytes = 300;   // longer unlabelled lines are prose
constexpr int kMaxStrays = 4;                 // stray lines after the last field end an entry

using Item = PageLine;

class Parser {
 public:
  explicit Parser(std::string_view page) : page_(page), ev_(page_.lines()), items_(page_.lines()) {}

  std::vector<Contact> run() {
    for (std::size_t i = 0; i < items_.size();) i = step(i);
    close();
    // A one-line entry is kept on a page with a directory, or in a run of two or more;
    // alone it may be a sentence.
    bool directory = std::any_of(entries_.begin(), entries_.end(), [](const Built& b) { return b.has_fields && !b.one_line_run; });
    std::unordered_map<std::size_t, std::size_t> run_size;
    for (const Built& b : entries_)
      if (b.one_line_run) ++run_size[*b.one_line_run];
    std::erase_if(entries_, [&](const Built& b) { return b.one_line_run && !directory && run_size[*b.one_line_run] < 2; });
    // A header with no fields is an entry only inside a real directory.
    bool any_fields = std::any_of(entries_.begin(), entries_.end(), [](const Built& b) { return b.has_fields; });
    std::vector<Built> kept;
    for (Built& b : entries_) {
      if (!any_fields) break;
      if (!b.has_fields && b.contact.kind == "other") continue;
      kept.push_back(std::move(b));
    }
    decide_places(kept);
    std::vector<Contact> out;
    for (Built& b : kept) {
      b.contact.seq = static_cast<int>(out.size()) + 1;
      out.push_back(std::move(b.contact));
    }
    return out;
  }


 private:
  struct Built {
    Contact contact;
    bool has_fields = false;
    std::optional<std::pair<std::string, std::string>> host;  // from the section heading: name, code
    bool name_header = false;                // headed by a name line alone
    bool country_header = false;             // opened by a country line
    std::optional<std::size_t> one_line_run; // a one-line entry: the item where its run starts
    std::vector<int> phone_groups;           // per phone: the field value it was printed in
    std::optional<std::string> name_country; // code of the country the name places it in
    std::optional<std::string> address_code; // code of the country that ends its address
    bool country_from_line = false;          // country is a country line's
  };

  // What the whole page says about its entries' places (entry_places.h).
  void decide_places(std::vector<Built>& kept) const {
    std::vector<EntryPlaces> places;
    places.reserve(kept.size());
    for (Built& b : kept) {
      EntryPlaces p;
      p.contact = &b.contact;
      p.address_code = b.address_code;
      p.name_country_code = b.name_country;
      if (b.host) p.section_code = b.host->second;
      p.country_from_line = b.country_from_line;
      p.phone_groups = b.phone_groups;
      places.push_back(std::move(p));
    }
    decide_entry_places(places);
  }

  // Contact fields (not people): what makes an office more than a heading with names.
  static bool has_contact(const Contact& c) {
    return c.address || !c.phones.empty() || !c.emails.empty() || !c.faxes.empty() || !c.hotlines.empty() ||
           !c.websites.empty();
  }

  // Right after a bare label, a line that can be its value is its value even when it
  // looks like a header ("Address:" / "Embassy of … building"); otherwise (a bare label
  // with no value) it is read as anything else.
  bool value_expected_for(std::string_view t) const {
    if (!expect_value_) return false;
    if (unknown_label_ || !field_) return true;
    switch (*field_) {
      case DirectoryField::kAddress:
      case DirectoryField::kTelex:
      case DirectoryField::kPerson:
        return true;
      default:
        return has_shape(*field_, t);
    }
  }

  // A one-line entry never starts inside another entry: there it is an unknown label; nor
  // in the block after a ministry's name ("Справочная : +7 (499) 244-16-06").
  // A named hotline of its own paragraph after an entry's fields is the ministry's, not the
  // entry's ("Hotline for Russian citizens abroad: +7 499 244-19-94" after the last mission);
  // a bare "Hotline:" inside the entry stays its field.
  std::optional<Header> usable_header_at(std::size_t i) const {
    auto h = ev_.header_at(i);
    if (h && h->kind == HeaderKind::kOneLine && (current_ || publisher_block_)) {
      const bool own_hotline = current_ && !publisher_block_ && items_[i].blank_before && current_->has_fields &&
                               named_hotline(items_[i].text);
      if (!own_hotline) return std::nullopt;
    }
    return h;
  }

  // The country each number of an entry dials (phone_region(): nullopt for a national
  // number or one it cannot place): its phones and faxes, then its hotlines.
  struct Dialled {
    std::vector<std::optional<std::string>> regions;
    std::size_t office = 0;  // regions[0, office): phones and faxes
  };
  static Dialled dialled(const Contact& c) {
    Dialled d;
    for (const auto* list : {&c.phones, &c.faxes, &c.hotlines}) {
      if (list == &c.hotlines) d.office = d.regions.size();
      for (const std::string& p : *list) d.regions.push_back(phone_region(p));
    }
    return d;
  }

  static bool named_hotline(std::string_view line) {
    // The name's words, case-folded as find_kind() reads them.
    const std::vector<std::string> w = directory_words(line.substr(0, line.find(':')));
    if (w.size() < 3) return false;
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (w[k] == "hotline" || w[k] == "helpline") return true;
      if (k + 1 < w.size() && ((w[k] == "hot" && w[k + 1] == "line") || (w[k] == "горячая" && w[k + 1] == "линия") ||
                               (w[k] == "горячей" && w[k + 1] == "линии"))) {
        return true;
      }
    }
    return false;
  }

  std::size_t step(std::size_t i) {
    std::string_view t = items_[i].text;
    if (is_footer(t)) {  // the page's footer: the directory is over
      // The site's own address block right before its copyright line ("Embassy of … in
      // France" / address / phone / "© 2025 Embassy of … in the French Republic") is not
      // an entry of the directory above it.
      if (current_ && current_->name_header && !entries_.empty() && current_->contact.name &&
          same_mission(*current_->contact.name, copyright_holder(t)))
        current_.reset();
      close();
      return items_.size();
    }
    if (!value_expected_for(t)) {
      if (auto h = usable_header_at(i)) {
        // Inside an address, "Portugal" followed by "Tel: …" ends the address. A consular
        // or visa section without an address of its own inside an open entry is that
        // mission's sub-line, not an office.
        const bool sub_office = h->kind == HeaderKind::kName && current_ && current_->contact.name &&
                                find_kind(items_[*h->name].text) == "consular_section" && !ev_.has_own_address(*h);
        if (!(h->kind == HeaderKind::kCountry && !h->name && current_ && field_ == DirectoryField::kAddress) &&
            !sub_office) {
          if (h->kind == HeaderKind::kTable) return read_table(*h);
          open(*h);
          if (h->kind == HeaderKind::kOneLine || h->kind == HeaderKind::kDashLine) close();
          return h->next;
        }
      }
      if (ev_.heading_at(i) && usable_header_at(i + 1) && !(current_ && field_ && has_shape(*field_, t))) {
        start_section(t);
        return i + 1;
      }
      // A heading, one introductory sentence, then the first entry ("Телефоны для
      // экстренной связи" / "… можно позвонить по следующим телефонам:" / "Горячая линия …").
      // Never inside a country's block ("ANGOLA" / "Embassy of the Republic of Angola" /
      // "Accredited from London. …").
      if (!current_ && ev_.heading_at(i) && !(i > 0 && (ev_.country_at(i - 1) || ev_.country_slot(i - 1))) &&
          i + 2 < items_.size() && ends_like_sentence(items_[i + 1].text) &&
          !ev_.fieldish(i + 1) && !ev_.header_at(i + 1) && ev_.header_at(i + 2)) {
        start_section(t);
        return i + 2;
      }
      // A heading the page marks as one (Markdown "#", a bold line, a centred line of a PDF
      // list) that is no label: deeper than the entry's own heading it is a label we do not
      // know ("## Embassy …" / "### Opening hours"); otherwise it ends the entry, and the
      // next entry's section is the last such heading before it.
      if (const int level = items_[i].heading; level > 0 && !ev_.label_at(i) && !ev_.person_at(i) && !ev_.person_pair_at(i)) {
        if (current_ && level <= 6 && entry_level_ >= 1 && entry_level_ <= 6 && level > entry_level_) {
          field_.reset();
          unknown_label_ = std::string(t);
          expect_value_ = true;
          hours_ = is_hours_label(t);
          return i + 1;
        }
        close();
        if (level <= 7 && !ev_.country_at(i)) pending_section_ = std::string(t);
        return i + 1;
      }
    }
    // "Ministry of Foreign Affairs of the Republic of Belarus" after the entries: the
    // publisher's own contact block follows; the directory's last entry ends here.
    if (current_ && ev_.ministry_line(i) && !value_expected_for(t)) {
      close();
      publisher_block_ = true;
      return i + 1;
    }
    // "Share" / "Facebook" / "Telegram": share buttons, not the entry's own accounts.
    if (current_ && !expect_value_ && is_share_line(t)) {
      close();
      return i + 1;
    }
    if (!current_) return i + 1;
    // Four stray lines after the entry's last field (social names aside) are the page's
    // footer or furniture, not the entry ("Privacy Policy", "FOIA" …): the entry ends at
    // its last field and what followed it is dropped.
    skip_ = 0;
    const Read read = read_line(i, t);
    const std::size_t next = i + 1 + skip_;
    switch (read) {
      case Read::kField:
        strays_ = 0;
        if (current_) {
          checkpoint_ = current_->contact;
          checkpoint_fields_ = current_->has_fields;
        }
        break;
      case Read::kWeak:
        break;
      case Read::kStray:
        if (current_ && ++strays_ >= kMaxStrays) {
          current_->contact = std::move(checkpoint_);
          current_->has_fields = checkpoint_fields_;
          close();
        }
        break;
    }
    return next;
  }

  // A paragraph: a sentence of six words or more.
  static bool is_paragraph(std::string_view t) {
    const char last = t.back();
    return (last == '.' || last == '!' || last == '?') && words_of(t, 7).size() >= 6;
  }

  // Kinds a remark can mean by "the Embassy" or "the Consulate": an embassy and its
  // sections, or any consulate.
  static bool same_kind_family(std::string_view a, std::string_view b) {
    auto family = [](std::string_view k) {
      if (k == "embassy" || k == "consular_section" || k == "permanent_mission") return 1;
      if (k == "consulate" || k == "consulate_general" || k == "honorary_consulate" || k == "consular_agency") return 2;
      return k == "trade_mission" ? 3 : 0;
    };
    return family(a) != 0 && family(a) == family(b);
  }

  // "[U.S. Embassy Moscow](https://ru.usembassy.gov/)": the link of a mission's name is its
  // website.
  void add_link_website(std::size_t i) {
    for (std::string_view link : items_[i].links) {
      if (link.starts_with("http://") || link.starts_with("https://")) {
        current_->contact.websites.emplace_back(link);
        current_->has_fields = true;
        return;
      }
    }
  }

  void apply_pending_section() {
    if (!pending_section_) return;
    section_ = std::move(*pending_section_);
    pending_section_.reset();
    carried_country_.reset();
    carried_code_.reset();
  }

  enum class Read { kField, kWeak, kStray };

  // One line inside an entry: a field (a label, a person, a value), a social network's
  // name, or anything else (note).
  Read read_line(std::size_t i, std::string_view t) {
    const bool first_value = expect_value_;
    expect_value_ = false;
    const bool in_hours = hours_;
    hours_ = false;

    // A label is a label even right after a bare one: that one simply had no value.
    if (const auto& label = ev_.label_at(i)) {
      address_open_ = false;
      take_label(*label);
      // "Facebook: [Australian Embassy Brazil](https://www.facebook.com/…)": the account is
      // the link's target when the text is neither a handle nor a URL.
      if (label->field == DirectoryField::kSocial && !label->value.empty() && !items_[i].links.empty() &&
          label->value.front() != '@' && !is_url(label->value))
        current_->contact.social.back() = std::string(items_[i].links.back());
      return label->field == DirectoryField::kSocial ? Read::kWeak : Read::kField;
    }
    if (const auto& person = ev_.person_at(i)) {
      add_person(std::string(person->title), std::string(person->name));
      field_.reset();
      address_open_ = false;
      return Read::kField;
    }
    if (const auto pair = ev_.person_pair_at(i)) {
      add_person(std::string(pair->title), std::string(pair->name));
      field_.reset();
      address_open_ = false;
      skip_ = 1;
      return Read::kField;
    }
    Contact& c = current_->contact;
    // An entry opened by a country line and holding only people so far takes its name
    // from the first mission-shaped line ("ANDORRA" / "H.E. Mr …" / "Ambassador …" /
    // "Embassy of the Principality of Andorra").
    if (!c.name && !has_contact(c) && ev_.name_at(i)) {
      c.name = std::string(t);
      c.kind = find_kind(t).value_or("other");
      add_link_website(i);
      return Read::kField;
    }
    if (field_) {
      if (add_value(*field_, t, first_value)) return Read::kField;
      field_.reset();  // not a value of the field: read it as anything else
    }
    if (unknown_label_) {
      add_note(*unknown_label_ + ": " + std::string(t));
      unknown_label_.reset();
      hours_ = in_hours;
      return in_hours ? Read::kWeak : Read::kStray;
    }
    // An e-mail address alone on its line ("BrasiliaACS@state.gov").
    if (is_email(t)) {
      c.emails.emplace_back(t);
      current_->has_fields = true;
      return Read::kField;
    }
    // The address of an entry opened by a country line and a person, unlabelled
    // ("BELIZE" / "Mr … / Honorary Consul" / "12 Fitzwilliam Square" / "Dublin 2, …").
    if ((address_open_ || (!c.address && !has_contact(c))) && ev_.address_line(i, false) &&
        (address_open_ || count_digits(t) > 0 || t.find(',') != std::string_view::npos)) {
      c.address = c.address ? *c.address + ", " + std::string(t) : std::string(t);
      current_->has_fields = true;
      address_open_ = true;
      return Read::kField;
    }
    address_open_ = false;
    // A paragraph of its own after the fields: the entry's remark when it speaks of an
    // office of the entry's kind ("The Consulate in Rio de Janeiro is headed by …", "As
    // atividades deste consulado honorário …"), else the page's text, which ends the entry.
    if (items_[i].blank_before && has_contact(c) && is_paragraph(t)) {
      const auto kind = find_kind(t);
      if (kind && same_kind_family(*kind, c.kind)) {
        add_note(std::string(t));
        return Read::kWeak;
      }
      close();
      return Read::kStray;
    }
    // More opening hours ("Mon–Thu 15:00–17:00 (issuance of documents)"): note, and not a
    // stray line.
    if (in_hours && t.size() <= 160 && has_time(t)) {
      add_note(std::string(t));
      hours_ = true;
      return Read::kWeak;
    }
    // "Office hours: 9-17": a label we do not know; its value is kept in note.
    if (std::size_t colon = t.find(':'); colon != std::string_view::npos && colon > 0) {
      std::string_view label = trim(t.substr(0, colon));
      std::size_t words = words_of(label).size();
      if (words >= 1 && words <= 4 && starts_upper(label) && !count_digits(label) &&
          label.find("//") == std::string_view::npos) {
        std::string_view value = trim(t.substr(colon + 1));
        hours_ = is_hours_label(label);
        if (value.empty()) {
          unknown_label_ = std::string(label);
          expect_value_ = true;
        } else {
          add_note(std::string(t));
        }
        return hours_ ? Read::kWeak : Read::kStray;
      }
    }
    if (t.size() > kMaxStrayBytes) {
      close();
      return Read::kStray;
    }
    // A person's name alone ("Mrs Ursula Nader" among the staff of a list of heads of
    // mission): a remark, and not the page's furniture.
    if (!has_contact(current_->contact) && is_person_name(t)) {
      add_note(std::string(t));
      return Read::kWeak;
    }
    // In an entry that prints its labels alone on their lines ("Email" / "…"), a short
    // line before a value is a label too ("Contact form" / "http://…").
    if (bare_labels_ >= 2 && i + 1 < items_.size() && words_of(t, 4).size() <= 3 && starts_upper(t) &&
        !count_digits(t) && !ends_like_sentence(t)) {
      const std::string_view next = items_[i + 1].text;
      if (is_url(next) || is_email(next) || is_number_line(next)) {
        unknown_label_ = std::string(t);
        expect_value_ = true;
        return Read::kWeak;
      }
    }
    add_note(std::string(t));
    return Read::kStray;
  }

  void start_section(std::string_view heading) {
    close();
    pending_section_.reset();
    section_ = std::string(heading);
    carried_country_.reset();
    carried_code_.reset();
  }

  // A table: each row after the header row is an entry, its cells read by the header's
  // columns; the table ends at the first line that is not a row.
  std::size_t read_table(const Header& h) {
    close();
    apply_pending_section();
    std::vector<Column> columns = table_columns(items_[*h.name].text);
    std::size_t r = h.next;
    for (; r < items_.size(); ++r) {
      std::vector<std::string_view> cells = table_cells(items_[r].text);
      if (cells.empty()) break;
      Built b;
      b.contact.section = section_;
      b.contact.line = static_cast<std::int64_t>(items_[r].number);
      b.host = section_host();
      current_ = std::move(b);
      for (std::size_t k = 0; k < cells.size() && k < columns.size(); ++k) {
        if (cells[k].empty()) continue;
        const Column& col = columns[k];
        Contact& c = current_->contact;
        if (col.column == DirectoryColumn::kName) c.name = std::string(cells[k]);
        else if (col.column == DirectoryColumn::kCity) c.city = std::string(cells[k]);
        else if (col.column == DirectoryColumn::kCountry) c.country = std::string(cells[k]);
        else if (col.field == DirectoryField::kSocial) c.social.emplace_back(cells[k]);
        else if (col.field) {
          field_label_ = std::string(col.label);
          if (!add_value(*col.field, cells[k], true)) add_note(field_label_ + ": " + std::string(cells[k]));
        }
      }
      Contact& c = current_->contact;
      c.kind = c.name ? find_kind(*c.name).value_or("other") : "other";
      current_->has_fields = true;
      close();
    }
    field_.reset();
    unknown_label_.reset();
    expect_value_ = false;
    return r;
  }

  void take_label(const LabelMatch& label) {
    unknown_label_.reset();
    field_.reset();
    if (!label.colon && label.value.empty()) ++bare_labels_;
    std::string value(label.value);
    switch (label.field) {
      case DirectoryField::kSocial:
        current_->contact.social.push_back(value.empty() ? join_words(label.label) : value);
        current_->has_fields = true;
        return;
      default:
        field_ = label.field;
        field_label_ = std::string(label.label);
        if (value.empty()) {
          expect_value_ = true;
        } else if (!add_value(label.field, label.value, true)) {
          add_note(field_label_ + ": " + value);
        }
    }
  }

  // Adds a value of the current field; false when it does not have the field's shape.
  bool add_value(DirectoryField f, std::string_view value, bool first) {
    Contact& c = current_->contact;
    switch (f) {
      case DirectoryField::kAddress:
        if (!first && value.size() > 120) return false;
        c.address = c.address ? *c.address + ", " + std::string(value) : std::string(value);
        break;
      case DirectoryField::kTelex:
        c.telex.emplace_back(value);
        break;
      case DirectoryField::kPerson: {
        // "Head of Mission: Vasyl Zvarych, Ambassador Extraordinary and Plenipotentiary",
        // "Ambassador: Pavel Shidlovsky (Chargé d'affaires a.i.)": the title the value gives
        // after the name is the person's own.
        std::string title = field_label_;
        std::string_view name = value;
        if (const std::size_t comma = value.find(", "); comma != std::string_view::npos &&
                                                        is_title_line(trim(value.substr(comma + 2)))) {
          title = std::string(trim(value.substr(comma + 2)));
          name = trim(value.substr(0, comma));
        } else if (const std::size_t open = value.rfind(" ("); open != std::string_view::npos && value.back() == ')') {
          const std::string_view inside = trim(value.substr(open + 2, value.size() - open - 3));
          std::string_view head = inside;  // (its abbreviations' full stops aside: "a.i.")
          while (!head.empty() && head.back() == '.') head.remove_suffix(1);
          if (is_title_line(head)) {
            title = std::string(inside);
            name = trim(value.substr(0, open));
          }
        }
        add_person(std::move(title), std::string(name));
        field_.reset();
        return true;
      }
      case DirectoryField::kSocial:
        c.social.emplace_back(value);
        break;
      case DirectoryField::kEmail: {
        bool any = false;
        for (std::string_view w : words_of(value)) {
          while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == '.')) w.remove_suffix(1);
          if (w.substr(0, 7) == "mailto:") w.remove_prefix(7);
          if (is_email(w)) {
            c.emails.emplace_back(w);
            any = true;
          }
        }
        if (!any) return false;
        break;
      }
      case DirectoryField::kWeb:
        if (!is_url(value)) return false;
        c.websites.emplace_back(value);
        break;
      case DirectoryField::kPhone:
      case DirectoryField::kFax:
      case DirectoryField::kHotline: {
        // Several numbers on one line: "+1 202 298-57-00; +1 202 298-57-01", "… or …",
        // "… / …"; a remark in brackets after a number goes to note with the whole line
        // ("+63 (02) 8 858 2200 / +44 20 7136 6857 (line open 24/7)").
        std::vector<std::string_view> parts = split_phone_list(value);
        bool remark = false;
        for (std::string_view& part : parts) {
          if (is_phone(part) && !number_before_remark(part)) continue;
          if (auto number = number_before_remark(part)) {
            part = *number;
            remark = true;
            continue;
          }
          parts.clear();
          break;
        }
        if (parts.empty()) {
          if (is_phone(value)) {
            parts = {value};
          } else if (auto number = number_before_comment(value)) {
            // "01 47 63 27 56 (information on passports and certificates)": the number, and
            // the line in note.
            parts = {*number};
            remark = true;
          } else {
            return false;
          }
        }
        if (remark) add_note(std::string(value));
        ++phone_group_;
        if (f == DirectoryField::kPhone)
          for (std::size_t k = 0; k < parts.size(); ++k) current_->phone_groups.push_back(phone_group_);
        auto& list = f == DirectoryField::kPhone ? c.phones : f == DirectoryField::kFax ? c.faxes : c.hotlines;
        for (std::string_view p : parts) list.emplace_back(p);
        break;
      }
    }
    current_->has_fields = true;
    return true;
  }

  void add_person(std::string title, std::string name) {
    current_->contact.people.push_back({std::move(title), std::move(name)});
    current_->has_fields = true;
  }

  void add_note(std::string text) {
    Contact& c = current_->contact;
    c.note = c.note ? *c.note + "\n" + text : text;
  }

  void open(const Header& h) {
    // An entry opened by a country line that holds only people so far continues under
    // the name that follows ("POLAND" / "H.E. Ms … / Ambassador …" / "Embassy of the
    // Republic of Poland" / address / "Tel: …").
    std::optional<Built> base;
    if (current_ && current_->country_header && !current_->contact.name && !has_contact(current_->contact) &&
        h.kind == HeaderKind::kName) {
      base = std::move(*current_);
      current_.reset();
    }
    close();
    if (!base) apply_pending_section();
    Built b;
    if (base) {
      b = std::move(*base);
    } else {
      b.contact.section = section_;
      if (h.country) {
        carried_country_ = std::string(items_[*h.country].text);
        b.contact.country = carried_country_;
        b.country_from_line = true;
        b.contact.line = static_cast<std::int64_t>(items_[*h.country].number);
      } else {
        if (h.kind == HeaderKind::kName) {
          b.contact.country = carried_country_;
          b.country_from_line = carried_country_.has_value();
        }
        b.contact.line = static_cast<std::int64_t>(items_[*h.name].number);
      }
    }
    entry_level_ = items_[h.name ? *h.name : *h.country].heading;
    std::optional<OneLine> one_line;
    std::optional<DashEntry> dash;
    if (h.name) {
      std::string_view name = items_[*h.name].text;
      if (h.kind == HeaderKind::kHotlineBlock) {
        std::string_view label = ev_.label_at(*h.name)->label;
        name = label;
      } else if (h.kind == HeaderKind::kDashLine) {
        dash = parse_dash_entry(name);
        name = dash->name;
      } else if (h.kind == HeaderKind::kOneLine) {
        one_line = parse_one_line(name);
        name = one_line->name;
        const std::size_t at = *h.name;
        b.one_line_run = last_one_line_ && *last_one_line_ + 1 == at ? last_run_start_ : at;
        last_run_start_ = *b.one_line_run;
        last_one_line_ = at;
      }
      b.contact.name = std::string(name);
    }
    b.contact.kind = h.kind == HeaderKind::kHotlineBlock ? "hotline"
                     : b.contact.name                   ? find_kind(*b.contact.name).value_or("other")
                                                        : "other";
    b.host = section_host();
    b.name_header = h.kind == HeaderKind::kName && !h.country && !base;
    b.country_header = h.kind == HeaderKind::kCountry && !h.name;
    current_ = std::move(b);
    if (h.name && (h.kind == HeaderKind::kName || h.kind == HeaderKind::kCountry)) add_link_website(*h.name);
    field_.reset();
    unknown_label_.reset();
    expect_value_ = false;
    hours_ = false;
    publisher_block_ = false;
    address_open_ = false;
    bare_labels_ = 0;
    for (std::size_t k = h.address_begin; k < h.address_end; ++k)
      add_value(DirectoryField::kAddress, items_[k].text, true);
    if (h.city) {
      // The city line: "Washington", "(New York)", "Washington, DC" -> the city.
      std::string_view city = trim(items_[*h.city].text);
      if (city.size() >= 2 && city.front() == '(' && city.back() == ')') city = trim(city.substr(1, city.size() - 2));
      current_->contact.city = std::string(trim(city.substr(0, city.find(','))));
    }
    if (one_line) {
      for (std::string_view p : one_line->phones) current_->contact.phones.emplace_back(p);
      current_->has_fields = true;
    }
    if (dash) {
      if (dash->city) current_->contact.city = std::string(*dash->city);
      if (dash->address) add_value(DirectoryField::kAddress, *dash->address, true);
      for (const auto& v : dash->values) add_value(v.first, v.second, true);
    }
    checkpoint_ = current_->contact;
    checkpoint_fields_ = current_->has_fields;
    strays_ = 0;
  }

  // "Представительства в РФ", "Russian missions in the People's Republic of China":
  // missions in the country the heading names (as printed, without an article; its code).
  std::optional<std::pair<std::string, std::string>> section_host() const {
    std::vector<std::string_view> words = words_of(section_);
    for (std::size_t i = words.size(); i-- > 0;) {
      bool preposition = std::any_of(directory_city_prepositions().begin(), directory_city_prepositions().end(),
                                     [&](const CityPreposition& p) { return words[i] == p.word; });
      if (!preposition || i + 1 == words.size()) continue;
      std::string_view rest(words[i + 1].data(), section_.data() + section_.size() - words[i + 1].data());
      rest = strip_leading_article(rest);
      if (auto code = directory_country_code(rest)) return std::make_pair(std::string(rest), *code);
      return std::nullopt;
    }
    return std::nullopt;
  }

  void close() {
    if (!current_) return;
    Built b = std::move(*current_);
    current_.reset();
    Contact& c = b.contact;
    // The head: the first titled person who is not a deputy.
    for (const auto& p : c.people) {
      if (is_deputy_title(p.title)) continue;
      c.head_title = p.title;
      c.head_name = p.name;
      break;
    }
    std::optional<std::string> address_country, address_country_code;
    if (c.address)
      if (auto han = find_han_country(*c.address); han && han->at == 0) {
        address_country = c.address->substr(0, han->length);
        address_country_code = han->code;
      }
    if (c.address && !address_country) {
      std::string_view a = *c.address;
      std::size_t comma = a.rfind(',');
      std::string_view last = trim(comma == std::string_view::npos ? a : a.substr(comma + 1));
      if (comma != std::string_view::npos && (address_country_code = directory_country_code(last)))
        address_country = std::string(last);
    }
    // The country: the country line's, else the one the name places the mission in, else
    // the one that ends the address, else the section heading's.
    const std::optional<std::string> name_country = c.name ? country_from_name(*c.name) : std::nullopt;
    if (!c.country && name_country) c.country = name_country;
    if (!c.country && address_country) c.country = address_country;
    // The countries its numbers dial, read once when a rule below asks.
    std::optional<Dialled> numbers;
    auto regions = [&]() -> const Dialled& {
      if (!numbers) numbers = dialled(c);
      return *numbers;
    };
    // (Not when every number the entry prints dials another country: "Hotline for Russian
    // citizens abroad: +7 499 …" under "Russian missions in the USA".)
    if (!c.country && b.host) {
      const std::string& code = b.host->second;
      const auto& r = regions().regions;
      const bool elsewhere = !r.empty() && std::all_of(r.begin(), r.end(), [&](const auto& x) { return x && *x != code; });
      if (!elsewhere) c.country = b.host->first;
    }
    if (c.country) c.country_code = directory_country_code(*c.country);
    if (c.country && !c.country_code)  // "中国": CLDR's Chinese name
      if (auto han = find_han_country(*c.country); han && han->at == 0 && han->length == c.country->size())
        c.country_code = han->code;
    // Without a country of its own, an entry headed by its name alone is in the country of
    // the section's entry before it whose name gave one ("Посольство России в Германии",
    // then "Генеральное консульство России в Бонне"), unless a number of its says otherwise.
    if (!c.country && b.name_header && carried_code_) {
      const auto& r = regions().regions;
      if (std::all_of(r.begin(), r.end(), [&](const auto& x) { return !x || *x == *carried_code_; })) {
        c.country_code = carried_code_;
      }
    }
    // Else the country every phone and fax of the entry dials, when they agree ("Consulate
    // General of India, Frankfurt", +49 …): the country is not printed, so only the code is
    // given.
    if (!c.country_code && c.kind != "hotline") {  // (a hotline is in no country)
      const Dialled& d = regions();
      const auto office_end = d.regions.begin() + static_cast<long>(d.office);
      if (d.office > 0 && std::all_of(d.regions.begin(), office_end,
                                      [&](const auto& x) { return x && *x == *d.regions.front(); })) {
        c.country_code = d.regions.front();
      }
    }
    if (name_country && c.country_code && c.country == name_country) carried_code_ = c.country_code;
    if (!c.city && c.name) c.city = city_from_name(*c.name, c.address.value_or(""));
    if (!c.city && c.address) c.city = city_from_address(*c.address);
    if (!c.city && c.name) c.city = city_after_kind(*c.name);
    // An entry without a name takes its kind from its head's title ("Honorary Consul").
    if (!c.name && c.kind == "other" && c.head_title) c.kind = find_kind(*c.head_title).value_or("other");
    b.address_code = address_country_code;
    if (name_country) b.name_country = c.country == name_country ? c.country_code : directory_country_code(*name_country);
    entries_.push_back(std::move(b));
  }

  PageLines page_;
  PageEvidence ev_;
  const std::vector<Item>& items_;
  std::vector<Built> entries_;
  std::optional<Built> current_;
  std::string section_;
  std::optional<std::string> carried_country_;
  std::optional<std::string> carried_code_;      // see close()
  Contact checkpoint_;                           // the entry as it was at its last field
  bool checkpoint_fields_ = false;
  int strays_ = 0;                               // stray lines since then
  std::optional<std::size_t> last_one_line_;     // item of the last one-line entry
  std::size_t last_run_start_ = 0;               // item where its run starts
  std::optional<DirectoryField> field_;
  std::string field_label_;
  std::optional<std::string> unknown_label_;
  bool expect_value_ = false;
  bool hours_ = false;                           // the last line was opening hours
  bool publisher_block_ = false;                 // after a ministry's name that ended an entry
  bool address_open_ = false;                    // the last line continued an unlabelled address
  std::size_t skip_ = 0;                         // lines read with the current one (a title)
  int bare_labels_ = 0;                          // labels alone on their line in the open entry
  int entry_level_ = 0;                          // heading level of the open entry's header
  int phone_group_ = 0;                          // field values read so far
  std::optional<std::string> pending_section_;   // the last heading the page marked as one
};

}  // namespace

std::vector<Contact> parse_directory(std::string_view page) {
  require_utf8(page);
  return Parser(page).run();
}

}  // namespace transcript
