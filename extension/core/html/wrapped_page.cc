#include "core/html/wrapped_page.h"

#include <limits>

#include "core/text/utf8.h"

namespace transcript {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The literal's body [begin, end) on the line [line_begin, line_end), or false.
bool find_literal(std::string_view page, std::size_t line_begin, std::size_t line_end, std::size_t* begin,
                  std::size_t* end) {
  std::size_t a = line_begin;
  while (a < line_end && is_space(page[a])) ++a;
  std::size_t z = line_end;
  while (z > a && is_space(page[z - 1])) --z;
  if (z - a < 64 || page[a] != 'b' || (page[a + 1] != '\'' && page[a + 1] != '"')) return false;
  const char quote = page[a + 1];
  if (page[z - 1] != quote || page[z - 2] == '\\') return false;
  const std::string_view body = page.substr(a + 2, z - 1 - (a + 2));
  if (body.find("\\n") == std::string_view::npos && body.find("\\x") == std::string_view::npos &&
      body.find("\\t") == std::string_view::npos && body.find("\\r") == std::string_view::npos) {
    return false;
  }
  *begin = a + 2;
  *end = z - 1;
  return true;
}

// Appends the decoded body of a literal.
void decode_literal(std::string_view page, std::size_t begin, std::size_t end, UnwrappedPage& out) {
  std::size_t i = begin;
  auto put = [&](char c, std::size_t from) {
    out.text.push_back(c);
    out.source.push_back(static_cast<std::uint32_t>(from));
  };
  while (i < end) {
    const char c = page[i];
    if (c != '\\' || i + 1 >= end) {
      put(c, i);
      ++i;
      continue;
    }
    const char e = page[i + 1];
    const std::size_t at = i;
    switch (e) {
      case '\\': put('\\', at); i += 2; continue;
      case '\'': put('\'', at); i += 2; continue;
      case '"': put('"', at); i += 2; continue;
      case 'n': put('\n', at); i += 2; continue;
      case 'r': put('\r', at); i += 2; continue;
      case 't': put('\t', at); i += 2; continue;
      case 'a': put('\a', at); i += 2; continue;
      case 'b': put('\b', at); i += 2; continue;
      case 'f': put('\f', at); i += 2; continue;
      case 'v': put('\v', at); i += 2; continue;
      case '\n': i += 2; continue;  // a line continuation
      default: break;
    }
    if (e == 'x' && i + 3 < end && hex_value(page[i + 2]) >= 0 && hex_value(page[i + 3]) >= 0) {
      put(static_cast<char>(hex_value(page[i + 2]) * 16 + hex_value(page[i + 3])), at);
      i += 4;
      continue;
    }
    if (e >= '0' && e <= '7') {
      int value = 0;
      std::size_t k = i + 1;
      while (k < end && k < i + 4 && page[k] >= '0' && page[k] <= '7') value = value * 8 + (page[k++] - '0');
      put(static_cast<char>(value & 0xFF), at);
      i = k;
      continue;
    }
    put('\\', at);  // an unknown escape keeps its backslash
    ++i;
  }
}

}  // namespace

std::optional<UnwrappedPage> unwrap_page(std::string_view page) {
  if (page.size() < 64 || page.size() >= std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
  // Cheap first test: a line that opens with b' or b".
  if (page.find("b'") == std::string_view::npos && page.find("b\"") == std::string_view::npos) return std::nullopt;
  // First find a literal line; most pages have none.
  bool found = false;
  for (std::size_t line = 0; line < page.size() && !found;) {
    std::size_t next = page.find('\n', line);
    const std::size_t line_end = next == std::string_view::npos ? page.size() : next;
    std::size_t begin, end;
    found = find_literal(page, line, line_end, &begin, &end);
    line = next == std::string_view::npos ? page.size() : next + 1;
  }
  if (!found) return std::nullopt;
  UnwrappedPage out;
  out.text.reserve(page.size());
  out.source.reserve(page.size() + 1);
  bool any = false;
  std::size_t line = 0;
  while (line < page.size()) {
    std::size_t next = page.find('\n', line);
    const std::size_t line_end = next == std::string_view::npos ? page.size() : next;
    next = next == std::string_view::npos ? page.size() : next + 1;
    std::size_t begin, end;
    if (find_literal(page, line, line_end, &begin, &end)) {
      decode_literal(page, begin, end, out);
      for (std::size_t k = line_end; k < next; ++k) {  // the line end after the literal
        out.text.push_back(page[k]);
        out.source.push_back(static_cast<std::uint32_t>(k));
      }
      any = true;
    } else {
      for (std::size_t k = line; k < next; ++k) {
        out.text.push_back(page[k]);
        out.source.push_back(static_cast<std::uint32_t>(k));
      }
    }
    line = next;
  }
  if (!any || find_invalid_utf8(out.text)) return std::nullopt;
  out.source.push_back(static_cast<std::uint32_t>(page.size()));
  return out;
}

}  // namespace transcript
