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

  // A plain-text value as HTML text (&, < and > escaped).
  void text(const JsonValue& value) {
    std::string decoded;
    std::vector<std::uint32_t> from;
    doc_.append_string(value, &decoded, &from);
    for (std::size_t k = 0; k < decoded.size(); ++k) {
      switch (decoded[k]) {
        case '&': markup("&amp;", from[k]); break;
        case '<': markup("&lt;", from[k]); break;
        case '>': markup("&gt;", from[k]); break;
        default:
          out_.text.push_back(decoded[k]);
          out_.source.push_back(from[k]);
      }
    }
  }

 private:
  const JsonDocument& doc_;
  UnwrappedPage& out_;
};

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
  if (!any_text) return std::nullopt;

  UnwrappedPage out;
  out.text.reserve(page.size());
  out.source.reserve(page.size() + 1);
  PageBuilder b(*doc, out);
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
  out.source.push_back(static_cast<std::uint32_t>(page.size()));
  if (find_invalid_utf8(out.text)) return std::nullopt;  // (a valid document decodes to valid UTF-8)

  WrapperFacts& facts = out.facts;
  facts.title = title;
  for (const auto& [object, key] : {std::pair{std::optional<JsonValue>(details), "delivered_on"},
                                    std::pair{std::optional<JsonValue>(root), "first_published_at"},
                                    std::pair{std::optional<JsonValue>(root), "public_timestamp"}}) {
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
