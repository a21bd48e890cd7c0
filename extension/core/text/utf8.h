// UTF-8 helpers shared by every parser: validation, code point counting, and the
// byte-offset to character-offset mapping that every public offset goes through.
//
// SQL offsets are code points (SURFACE.md); the parsers work on bytes. ByteToChar turns
// a byte offset into a code point offset in amortised O(distance) for monotone queries
// and O(log n) for random ones, without storing a table for the whole text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The byte offset of the first ill-formed UTF-8 sequence (overlong forms, surrogates and
// code points above U+10FFFF count as ill-formed), or nullopt when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The length of the next code point at text[i] when it is well-formed, else the length of
// its ill-formed part that a decoder replaces by one U+FFFD (the WHATWG Encoding
// standard's "maximal subpart": a lead byte and the continuation bytes that may follow it,
// or one stray byte), and sets *valid accordingly. i < text.size().
std::size_t utf8_step(std::string_view text, std::size_t i, bool* valid);

// The text with every ill-formed part replaced by U+FFFD, as browsers decode UTF-8;
// *replaced counts the replacements. Valid text is returned unchanged.
std::string decode_utf8_lossy(std::string_view text, std::size_t* replaced);

// Throws InputError("invalid UTF-8 at byte N") for ill-formed text.
void require_utf8(std::string_view text);

// Number of code points in valid UTF-8 text.
std::size_t count_chars(std::string_view text);

// Decodes the code point at text[pos] (which must be valid UTF-8) and advances pos.
char32_t decode_utf8(std::string_view text, std::size_t& pos);

// Appends the UTF-8 form of a code point.
void append_utf8(std::string& out, char32_t cp);

// The UTF-8 form of code points.
std::string to_utf8(std::u32string_view cps);

// True for bytes that continue a multi-byte sequence.
inline bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// The longest prefix of at most max_bytes that does not cut a character.
inline std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  while (max_bytes > 0 && is_continuation_byte(static_cast<unsigned char>(text[max_bytes]))) --max_bytes;
  return text.substr(0, max_bytes);
}

// Maps byte offsets of one text to code point offsets. Cheap for offsets given in
// increasing order (the common case for parsers that walk a page once).
class ByteToChar {
 public:
  explicit ByteToChar(std::string_view text) : text_(text) {}
  std::int64_t operator()(std::size_t byte_offset);

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::int64_t chars_ = 0;
};

}  // namespace transcript
