// A small, strict JSON reader (RFC 8259) for documents that wrap a page (a GOV.UK content
// item: core/html/content_item.h). It reads values in place: nothing is copied until a
// string is asked for, and every decoded byte can be mapped back to the byte of the
// document it came from.
//
//   auto doc = JsonDocument::read(json);            // nullopt: not one valid JSON value
//   auto details = doc->member(doc->root(), "details");
//   auto body = details ? doc->member(*details, "body") : std::nullopt;
//   if (body && body->type == JsonType::string) std::string html = doc->string(*body);
//
// Strict: the document is one value with only JSON white space (space, tab, LF, CR)
// around it; a UTF-8 byte-order mark before it is skipped (RFC 8259 §8.1 allows that).
// Rejected, so that a caller can fall back to reading the bytes as something else:
// comments, trailing commas, single quotes, unquoted keys, NaN/Infinity, leading zeros,
// "+1", "1.", ".5", control characters (below U+0020) inside strings, unknown escapes,
// \u escapes that are lone or mismatched UTF-16 surrogates, and ill-formed UTF-8 anywhere.
// Reading is iterative (a stack of one byte per open container): any nesting depth reads
// without recursion, in time linear in the document. Numbers are checked, never converted.
//
// Lookups walk the document's text each time (member() reads an object's members in order,
// O(size of the object)); they are meant for a handful of lookups per document. A key given
// twice in one object: member() returns its first value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

enum class JsonType { null, boolean, number, string, object, array };

// One value of a document: its type and its span of the document's bytes, from its first
// byte (an opening quote or bracket, a digit, '-' or a letter) to just after its last.
struct JsonValue {
  JsonType type = JsonType::null;
  std::size_t begin = 0;
  std::size_t end = 0;
};

class JsonDocument {
 public:
  // The document, or nullopt when `json` is not one valid JSON value; then *error (when
  // given) says why: "invalid JSON at byte 17: expected ',' or '}'".
  static std::optional<JsonDocument> read(std::string_view json, std::string* error = nullptr);

  std::string_view json() const { return json_; }
  const JsonValue& root() const { return root_; }

  // The value of `object`'s first member named `key` (compared after decoding the key's
  // escapes), or nullopt when there is none or `object` is not an object.
  std::optional<JsonValue> member(const JsonValue& object, std::string_view key) const;
  // The member's value when it has that type, else nullopt.
  std::optional<JsonValue> member(const JsonValue& object, std::string_view key, JsonType type) const;
  // The elements of `array` in order, at most `max` of them (none when it is not an array).
  std::vector<JsonValue> elements(const JsonValue& array, std::size_t max = SIZE_MAX) const;

  // The decoded text of a string value (UTF-8; "" for a value that is not a string).
  std::string string(const JsonValue& value) const;
  // Appends the decoded text of a string value to *out and, when `source` is given, one
  // entry per appended byte: the document byte it came from (a byte decoded from an
  // escape maps to the escape's backslash, the bytes of a surrogate pair to the first
  // escape's).
  void append_string(const JsonValue& value, std::string* out, std::vector<std::uint32_t>* source = nullptr) const;

 private:
  JsonDocument(std::string_view json, JsonValue root) : json_(json), root_(root) {}
  // The value that starts at byte `at` of the (valid) document.
  JsonValue value_at(std::size_t at) const;
  std::size_t skip_space(std::size_t at) const;

  std::string_view json_;
  JsonValue root_;
};

}  // namespace transcript
