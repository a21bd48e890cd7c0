#include "core/html/content_item.h"

#include <limits>
#include <string>
#include <vector>

#include "core/text/json_reader.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_blank(std::string_view s) {
  for (char c : s) {
    if (!(is_json_space(c) || c == '\f' || c == '\v')) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.substr(0, 1))) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.substr(s.size() - 1))) s.remove_suffix(1);
  return s;
}

// The HTML of a body: a string, or the "text/html" one of an array of alternatives
// ([{"content_type": "text/govspeak", "content": …}, {"content_type": "text/html", …}]).
std::optional<JsonValue> html_of(const JsonDocument& doc, const JsonValue& body) {
  if (body.type == JsonType::string) return body;
  for (const JsonValue& alternative : doc.elements(body, 16)) {
    const auto type = doc.member(alternative, "content_type", JsonType::string);
    const auto content = doc.member(alternative, "content", JsonType::string);
    if (type && content && doc.string(*type) == "text/html") return content;
  }
  return std::nullopt;
}

// "2016-05-12T12:30:00+00:00" -> "2016-05-12" (the date as written, whatever the zone).
std::optional<std::string> iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || (s.size() > 10 && s[10] != 'T' && s[10] != ' ')) {
    return std::nullopt;
  }
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(s.substr(0, 10));
}

// A string member's text, trimmed; nullopt when missing, not a string or blank.
std::optional<std::string> text_of(const JsonDocument& doc, const std::optional<JsonValue>& object,
                                   std::string_view key) {
  if (!object) return std::nullopt;
  const auto value = doc.member(*object, key, JsonType::string);
  if (!value) return std::nullopt;
  const std::string text = doc.string(*value);
  const std::string_view t = trim(text);
  if (t.empty()) return std::nullopt;
  return std::string(t);
}

struct Piece {
  std::optional<JsonValue> heading;  // a part's title
  JsonValue body;                    // a string of HTML
};

class PageBuilder {
 public:
  PageBuilder(const JsonDocument& doc, UnwrappedPage& out) : doc_(doc), out_(out) {}

  void markup(std::string_view s, std::size_t from) {
    out_.text.append(s);
    out_.source.insert(out_.source.end(), s.size(), static_cast<std::uint32_t>(from));
  }

  void html(const JsonValue& value) { doc_.append_string(value, &out_.text, &out_.source); }

  // A line of a contact block: "<p>Label: value</p>", the label and the markup mapped to the
  // value's first byte. Blank values write nothing.
  void field(std::string_view label, const std::optional<JsonValue>& value) {
    if (!value || value->type != JsonType::string || is_blank(doc_.string(*value))) return;
    markup("<p>", value->begin);
    if (!label.empty()) {
      for (char c : label) text_char(c, value->begin);  // a label may come from the page ("Visa & passports")
      markup(": ", value->begin);
    }
    text(*value);
    markup("</p>\n", value->end - 1);
  }

  // A plain-text value as the value of a double-quoted attribute (&, <, > and " escaped).
  void attribute(const JsonValue& value) {
    std::string decoded;
    std::vector<std::uint32_t> from;
    doc_.append_string(value, &decoded, &from);
    for (std::size_t k = 0; k < decoded.size(); ++k) {
      if (decoded[k] == '"') {
        markup("&quot;", from[k]);
      } else {
        text_char(decoded[k], from[k]);
      }
    }
  }

  // A plain-text value as HTML text (&, < and > escaped).
  void text(const JsonValue& value) {
    std::string decoded;
    std::vector<std::uint32_t> from;
    doc_.append_string(value, &decoded, &from);
    for (std::size_t k = 0; k < decoded.size(); ++k) text_char(decoded[k], from[k]);
  }

 private:
  void text_char(char c, std::uint32_t from) {
    switch (c) {
      case '&': markup("&amp;", from); break;
      case '<': markup("&lt;", from); break;
      case '>': markup("&gt;", from); break;
      default:
        out_.text.push_back(c);
        out_.source.push_back(from);
    }
  }

  const JsonDocument& doc_;
  UnwrappedPage& out_;
};

// The contact blocks of an item without a body: the item's own details when they hold
// addresses, numbers or e-mail addresses (a contact item), and each contact the item links
// to (a worldwide office links its "contact"). Each with the heading it is printed under.
struct ContactBlock {
  std::optional<JsonValue> heading;  // the contact's title, else the item's
  JsonValue details;
};

bool has_contact_fields(const JsonDocument& doc, const JsonValue& details) {
  for (std::string_view key : {"post_addresses", "phone_numbers", "email_addresses"}) {
    const auto list = doc.member(details, key, JsonType::array);
    if (list && !doc.elements(*list, 1).empty()) return true;
  }
  return false;
}

std::vector<ContactBlock> contact_blocks(const JsonDocument& doc, const JsonValue& root, const JsonValue& details) {
  std::vector<ContactBlock> out;
  const std::optional<JsonValue> root_title = doc.member(root, "title", JsonType::string);
  if (has_contact_fields(doc, details)) {
    const auto own = doc.member(details, "title", JsonType::string);
    out.push_back({own && !is_blank(doc.string(*own)) ? own : root_title, details});
  }
  if (const auto links = doc.member(root, "links", JsonType::object)) {
    if (const auto contacts = doc.member(*links, "contact", JsonType::array)) {
      for (const JsonValue& c : doc.elements(*contacts, 64)) {
        const auto d = doc.member(c, "details", JsonType::object);
        if (!d || !has_contact_fields(doc, *d)) continue;
        const auto title = doc.member(c, "title", JsonType::string);
        out.push_back({title && !is_blank(doc.string(*title)) ? title : root_title, *d});
      }
    }
  }
  return out;
}

}  // namespace

std::optional<UnwrappedPage> content_item_page(std::string_view page) {
  if (page.size() >= std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
  // Cheap first test: the file opens with an object.
  std::size_t i = page.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < page.size() && is_json_space(page[i])) ++i;
  if (i >= page.size() || page[i] != '{') return std::nullopt;
  const std::optional<JsonDocument> doc = JsonDocument::read(page);
  if (!doc || doc->root().type != JsonType::object) return std::nullopt;
  const JsonValue& root = doc->root();
  const std::optional<std::string> title = text_of(*doc, root, "title");
  const std::optional<JsonValue> details = doc->member(root, "details", JsonType::object);
  if (!title || !details) return std::nullopt;

  std::vector<Piece> pieces;
  bool any_text = false;
  auto add_body = [&](const std::optional<JsonValue>& heading, const JsonValue& body) {
    const std::optional<JsonValue> html = html_of(*doc, body);
    if (!html) return;
    pieces.push_back({heading, *html});
    any_text = any_text || !is_blank(doc->string(*html));
  };
  if (const auto body = doc->member(*details, "body")) add_body(std::nullopt, *body);
  if (const auto parts = doc->member(*details, "parts", JsonType::array)) {
    for (const JsonValue& part : doc->elements(*parts)) {
      const auto body = doc->member(part, "body");
      if (body) add_body(doc->member(part, "title", JsonType::string), *body);
    }
  }

  UnwrappedPage out;
  out.text.reserve(page.size());
  out.source.reserve(page.size() + 1);
  PageBuilder b(*doc, out);
  if (any_text) {
    const std::size_t first = pieces.front().heading ? pieces.front().heading->begin : pieces.front().body.begin;
    b.markup("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n", first);
    for (const Piece& p : pieces) {
      if (p.heading) {
        b.markup("<h2>", p.heading->begin);
        b.text(*p.heading);
        b.markup("</h2>\n", p.heading->end - 1);
      }
      b.html(p.body);
      b.markup("\n", p.body.end - 1);
    }
    b.markup("</body></html>\n", pieces.back().body.end - 1);
  } else {
    // No body: a contact, an office or an index page. No speech; the contacts its fields
    // hold, one block each, written as a directory prints them.
    out.facts.speech = false;
    b.markup("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n", details->begin);
    for (const ContactBlock& c : contact_blocks(*doc, root, *details)) {
      if (c.heading) {
        b.markup("<h2>", c.heading->begin);
        b.text(*c.heading);
        b.markup("</h2>\n", c.heading->end - 1);
      }
      if (const auto addresses = doc->member(c.details, "post_addresses", JsonType::array)) {
        for (const JsonValue& a : doc->elements(*addresses, 16)) {
          b.field("", doc->member(a, "title", JsonType::string));
          // One line: street, locality, region, postal code, country.
          bool any = false;
          for (std::string_view key : {"street_address", "locality", "region", "postal_code", "world_location"}) {
            const auto v = doc->member(a, key, JsonType::string);
            if (!v || is_blank(doc->string(*v))) continue;
            b.markup(any ? ", " : "<p>Address: ", v->begin);
            b.text(*v);
            any = true;
          }
          if (any) b.markup("</p>\n", a.end - 1);
        }
      }
      if (const auto phones = doc->member(c.details, "phone_numbers", JsonType::array)) {
        for (const JsonValue& n : doc->elements(*phones, 16)) {
          const auto title = text_of(*doc, n, "title");
          b.field(title ? *title : "Telephone", doc->member(n, "number", JsonType::string));
          b.field("Telephone", doc->member(n, "international_phone", JsonType::string));
          b.field("Fax", doc->member(n, "fax", JsonType::string));
        }
      }
      if (const auto emails = doc->member(c.details, "email_addresses", JsonType::array)) {
        for (const JsonValue& e : doc->elements(*emails, 16)) b.field("Email", doc->member(e, "email", JsonType::string));
      }
      if (const auto forms = doc->member(c.details, "contact_form_links", JsonType::array)) {
        for (const JsonValue& f : doc->elements(*forms, 16)) b.field("Website", doc->member(f, "link", JsonType::string));
      }
    }
    // An index of missions by country (GOV.UK's embassies index: details.world_locations,
    // each with the offices it has), as a menu of them grouped by country.
    if (const auto locations = doc->member(*details, "world_locations", JsonType::array)) {
      b.markup("<select>\n", locations->begin);
      for (const JsonValue& place : doc->elements(*locations, 1024)) {
        const auto name = doc->member(place, "name", JsonType::string);
        const auto offices = doc->member(place, "organisations_with_embassy_offices", JsonType::array);
        // A country served from elsewhere names its mission as a remote office
        // ("Afghanistan": British Embassy Kabul, working from Qatar).
        const auto remote = doc->member(place, "remote_office", JsonType::object);
        if (!name || (!offices && !remote)) continue;
        b.markup("<optgroup label=\"", name->begin);
        b.attribute(*name);
        b.markup("\">\n", name->end - 1);
        std::vector<JsonValue> listed = offices ? doc->elements(*offices, 64) : std::vector<JsonValue>{};
        if (!offices) listed.push_back(*remote);
        for (const JsonValue& office : listed) {
          const auto office_name = doc->member(office, "name", JsonType::string);
          if (!office_name) continue;
          b.markup("<option>", office_name->begin);
          b.text(*office_name);
          b.markup("</option>\n", office_name->end - 1);
        }
        b.markup("</optgroup>\n", place.end - 1);
      }
      b.markup("</select>\n", locations->end - 1);
    }
    b.markup("</body></html>\n", details->end - 1);
  }
  out.source.push_back(static_cast<std::uint32_t>(page.size()));
  if (find_invalid_utf8(out.text)) return std::nullopt;  // (a valid document decodes to valid UTF-8)

  WrapperFacts& facts = out.facts;
  facts.title = title;
  for (const auto& [object, key] : {std::pair{std::optional<JsonValue>(details), "delivered_on"},
                                    std::pair{std::optional<JsonValue>(root), "first_published_at"},
                                    std::pair{std::optional<JsonValue>(root), "public_timestamp"},
                                    std::pair{std::optional<JsonValue>(root), "public_updated_at"}}) {
    if (const auto value = text_of(*doc, object, key)) {
      if ((facts.date = iso_date(*value))) break;
    }
  }
  facts.place = text_of(*doc, details, "location");
  if (const auto links = doc->member(root, "links", JsonType::object)) {
    if (const auto speakers = doc->member(*links, "speaker", JsonType::array)) {
      const std::vector<JsonValue> people = doc->elements(*speakers, 2);
      if (people.size() == 1) facts.speaker = text_of(*doc, people.front(), "title");
    }
  }
  if (!facts.speaker) facts.speaker = text_of(*doc, details, "speaker_without_profile");
  return out;
}

}  // namespace transcript
