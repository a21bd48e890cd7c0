#include "core/text/json_reader.h"

#include "core/text/utf8.h"

namespace transcript {
namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the \uXXXX escape at s[at] (the backslash), or -1 when there is none.
long unicode_escape(std::string_view s, std::size_t at) {
  if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return -1;
  long v = 0;
  for (std::size_t k = at + 2; k < at + 6; ++k) {
    const int h = hex_value(s[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

bool is_high_surrogate(long u) { return u >= 0xD800 && u <= 0xDBFF; }
bool is_low_surrogate(long u) { return u >= 0xDC00 && u <= 0xDFFF; }

// Checks a whole document; see json_reader.h for what is accepted.
class Validator {
 public:
  explicit Validator(std::string_view s) : s_(s) {}

  // The root value, or nullopt with error() set.
  std::optional<JsonValue> run() {
    std::size_t i = s_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    enum class Expect { value, value_or_close, key, key_or_close, after_value };
    Expect expect = Expect::value;
    std::vector<char> open;  // '{' or '[' per open container
    JsonValue root;
    bool have_root = false;
    for (;;) {
      while (i < s_.size() && is_json_space(s_[i])) ++i;
      if (expect == Expect::after_value) {
        if (open.empty()) break;  // the root value is complete
        if (i >= s_.size()) return fail(i, open.back() == '{' ? "unterminated object" : "unterminated array");
        const char c = s_[i];
        if (c == ',') {
          expect = open.back() == '{' ? Expect::key : Expect::value;
          ++i;
        } else if ((c == '}' && open.back() == '{') || (c == ']' && open.back() == '[')) {
          open.pop_back();
          ++i;
          if (open.empty()) root.end = i;
        } else {
          return fail(i, open.back() == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
        }
        continue;
      }
      if (i >= s_.size()) {
        if (!have_root) return fail(i, "no value");
        return fail(i, open.back() == '{' ? "unterminated object" : "unterminated array");
      }
      const char c = s_[i];
      if (expect == Expect::key || expect == Expect::key_or_close) {
        if (c == '}' && expect == Expect::key_or_close) {
          open.pop_back();
          ++i;
          if (open.empty()) root.end = i;
          expect = Expect::after_value;
          continue;
        }
        if (c != '"') return fail(i, "expected a string key");
        if (!string(i)) return std::nullopt;
        while (i < s_.size() && is_json_space(s_[i])) ++i;
        if (i >= s_.size() || s_[i] != ':') return fail(i, "expected ':' after a key");
        ++i;
        expect = Expect::value;
        continue;
      }
      if (c == ']' && expect == Expect::value_or_close) {
        open.pop_back();
        ++i;
        if (open.empty()) root.end = i;
        expect = Expect::after_value;
        continue;
      }
      const std::size_t begin = i;
      JsonType type;
      if (c == '{' || c == '[') {
        type = c == '{' ? JsonType::object : JsonType::array;
        open.push_back(c);
        ++i;
        expect = c == '{' ? Expect::key_or_close : Expect::value_or_close;
      } else {
        if (c == '"') {
          type = JsonType::string;
          if (!string(i)) return std::nullopt;
        } else if (c == '-' || is_digit(c)) {
          type = JsonType::number;
          if (!number(i)) return std::nullopt;
        } else if (c == 't' || c == 'f' || c == 'n') {
          const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
          if (s_.substr(i, word.size()) != word) return fail(i, "expected a value");
          type = c == 'n' ? JsonType::null : JsonType::boolean;
          i += word.size();
        } else {
          return fail(i, "expected a value");
        }
        expect = Expect::after_value;
      }
      if (!have_root) {
        have_root = true;
        root.type = type;
        root.begin = begin;
        root.end = i;  // a container's end is set when it closes
      }
    }
    if (i != s_.size()) return fail(i, "more data after the value");
    return root;
  }

  const std::string& error() const { return error_; }

 private:
  std::nullopt_t fail(std::size_t at, const char* what) {
    error_ = "invalid JSON at byte " + std::to_string(at) + ": " + what;
    return std::nullopt;
  }

  // The string at s_[i] (its opening quote); i moves past its closing quote.
  bool string(std::size_t& i) {
    ++i;
    for (;;) {
      if (i >= s_.size()) return fail(i, "unterminated string"), false;
      const auto c = static_cast<unsigned char>(s_[i]);
      if (c == '"') {
        ++i;
        return true;
      }
      if (c < 0x20) return fail(i, "control character in a string"), false;
      if (c == '\\') {
        if (i + 1 >= s_.size()) return fail(i, "unterminated string"), false;
        const char e = s_[i + 1];
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
          i += 2;
          continue;
        }
        if (e != 'u') return fail(i, "unknown escape"), false;
        const long u = unicode_escape(s_, i);
        if (u < 0) return fail(i, "expected four hex digits after \\u"), false;
        if (is_low_surrogate(u)) return fail(i, "lone UTF-16 surrogate"), false;
        if (is_high_surrogate(u)) {
          if (!is_low_surrogate(unicode_escape(s_, i + 6))) return fail(i, "lone UTF-16 surrogate"), false;
          i += 12;
        } else {
          i += 6;
        }
        continue;
      }
      if (c >= 0x80) {
        bool valid = false;
        const std::size_t len = utf8_step(s_, i, &valid);
        if (!valid) return fail(i, "invalid UTF-8"), false;
        i += len;
        continue;
      }
      ++i;
    }
  }

  // The number at s_[i]; i moves past it.
  bool number(std::size_t& i) {
    if (s_[i] == '-') ++i;
    if (i >= s_.size() || !is_digit(s_[i])) return fail(i, "expected a digit"), false;
    if (s_[i] == '0') {
      ++i;
    } else {
      while (i < s_.size() && is_digit(s_[i])) ++i;
    }
    if (i < s_.size() && s_[i] == '.') {
      ++i;
      if (i >= s_.size() || !is_digit(s_[i])) return fail(i, "expected a digit after '.'"), false;
      while (i < s_.size() && is_digit(s_[i])) ++i;
    }
    if (i < s_.size() && (s_[i] == 'e' || s_[i] == 'E')) {
      ++i;
      if (i < s_.size() && (s_[i] == '+' || s_[i] == '-')) ++i;
      if (i >= s_.size() || !is_digit(s_[i])) return fail(i, "expected a digit in the exponent"), false;
      while (i < s_.size() && is_digit(s_[i])) ++i;
    }
    return true;
  }

  std::string_view s_;
  std::string error_;
};

}  // namespace

std::optional<JsonDocument> JsonDocument::read(std::string_view json, std::string* error) {
  Validator v(json);
  const std::optional<JsonValue> root = v.run();
  if (!root) {
    if (error) *error = v.error();
    return std::nullopt;
  }
  return JsonDocument(json, *root);
}

std::size_t JsonDocument::skip_space(std::size_t at) const {
  while (at < json_.size() && is_json_space(json_[at])) ++at;
  return at;
}

JsonValue JsonDocument::value_at(std::size_t at) const {
  JsonValue v;
  v.begin = at;
  std::size_t i = at;
  const std::size_t n = json_.size();
  if (i >= n) {
    v.end = n;
    return v;
  }
  const char c = json_[i];
  if (c == '"') {
    v.type = JsonType::string;
    ++i;
    while (i < n && json_[i] != '"') i += json_[i] == '\\' ? 2 : 1;
    v.end = i < n ? i + 1 : n;
    return v;
  }
  if (c == '{' || c == '[') {
    v.type = c == '{' ? JsonType::object : JsonType::array;
    std::size_t depth = 0;
    while (i < n) {
      const char d = json_[i];
      if (d == '"') {
        ++i;
        while (i < n && json_[i] != '"') i += json_[i] == '\\' ? 2 : 1;
        ++i;
        continue;
      }
      ++i;
      if (d == '{' || d == '[') {
        ++depth;
      } else if ((d == '}' || d == ']') && --depth == 0) {
        break;
      }
    }
    v.end = i < n ? i : n;
    return v;
  }
  v.type = c == 't' || c == 'f' ? JsonType::boolean : c == 'n' ? JsonType::null : JsonType::number;
  while (i < n && json_[i] != ',' && json_[i] != ']' && json_[i] != '}' && !is_json_space(json_[i])) ++i;
  v.end = i;
  return v;
}

std::optional<JsonValue> JsonDocument::member(const JsonValue& object, std::string_view key) const {
  if (object.type != JsonType::object || object.end > json_.size() || object.begin >= object.end) return std::nullopt;
  std::size_t i = skip_space(object.begin + 1);
  while (i < object.end && json_[i] == '"') {
    const JsonValue k = value_at(i);
    if (k.end < k.begin + 2 || k.end > object.end) return std::nullopt;
    const std::string_view raw = json_.substr(k.begin + 1, k.end - k.begin - 2);
    const bool match = raw.find('\\') == std::string_view::npos ? raw == key : string(k) == key;
    i = skip_space(k.end);
    if (i >= object.end || json_[i] != ':') return std::nullopt;
    const JsonValue v = value_at(skip_space(i + 1));
    if (match) return v;
    i = skip_space(v.end);
    if (i >= object.end || json_[i] != ',') return std::nullopt;
    i = skip_space(i + 1);
  }
  return std::nullopt;
}

std::optional<JsonValue> JsonDocument::member(const JsonValue& object, std::string_view key, JsonType type) const {
  std::optional<JsonValue> v = member(object, key);
  if (v && v->type != type) return std::nullopt;
  return v;
}

std::vector<JsonValue> JsonDocument::elements(const JsonValue& array, std::size_t max) const {
  std::vector<JsonValue> out;
  if (array.type != JsonType::array || array.end > json_.size() || array.begin >= array.end) return out;
  std::size_t i = skip_space(array.begin + 1);
  while (i < array.end && json_[i] != ']' && out.size() < max) {
    const JsonValue v = value_at(i);
    out.push_back(v);
    i = skip_space(v.end);
    if (i >= array.end || json_[i] != ',') break;
    i = skip_space(i + 1);
  }
  return out;
}

std::string JsonDocument::string(const JsonValue& value) const {
  std::string out;
  append_string(value, &out, nullptr);
  return out;
}

void JsonDocument::append_string(const JsonValue& value, std::string* out, std::vector<std::uint32_t>* source) const {
  if (value.type != JsonType::string || value.end > json_.size() || value.end < value.begin + 2) return;
  const std::size_t end = value.end - 1;  // the closing quote
  std::size_t i = value.begin + 1;
  auto put = [&](char c, std::size_t from) {
    out->push_back(c);
    if (source) source->push_back(static_cast<std::uint32_t>(from));
  };
  while (i < end) {
    const char c = json_[i];
    if (c != '\\') {
      put(c, i++);
      continue;
    }
    const std::size_t at = i;
    const char e = i + 1 < end ? json_[i + 1] : '\\';
    char decoded = 0;
    switch (e) {
      case '"': decoded = '"'; break;
      case '\\': decoded = '\\'; break;
      case '/': decoded = '/'; break;
      case 'b': decoded = '\b'; break;
      case 'f': decoded = '\f'; break;
      case 'n': decoded = '\n'; break;
      case 'r': decoded = '\r'; break;
      case 't': decoded = '\t'; break;
      default: break;
    }
    if (e != 'u') {
      put(decoded, at);
      i += 2;
      continue;
    }
    long u = unicode_escape(json_, i);
    i += 6;
    if (is_high_surrogate(u)) {
      const long low = unicode_escape(json_, i);
      if (is_low_surrogate(low)) {
        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        i += 6;
      }
    }
    if (u < 0 || is_high_surrogate(u) || is_low_surrogate(u)) u = 0xFFFD;  // not in a valid document
    const std::size_t from = out->size();
    append_utf8(*out, static_cast<char32_t>(u));
    if (source) source->insert(source->end(), out->size() - from, static_cast<std::uint32_t>(at));
  }
}

}  // namespace transcript
