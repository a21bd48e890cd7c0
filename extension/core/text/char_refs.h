// HTML character references left in text pages ("Mr. Si&ocirc;n Simon", "Q&amp;A",
// "&#8217;"): Markdown exports and scraped text keep them. The text parsers read a
// reference as the character it stands for.
//
// A reference is `&name;` with a name HTML 4 defines (libxml2's table: the 253 names of
// HTML 4, &ocirc; &nbsp; &rsquo; …), or `&#123;` / `&#x7B;` for a Unicode scalar value.
// Anything else with an ampersand (`AT&T`, `&unknown;`, `&#xD800;`) is left as it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace transcript {

// The length of the reference at text[i] (text[i] == '&') and its character, or 0.
std::size_t char_ref_at(std::string_view text, std::size_t i, char32_t* cp);

// The text with every reference replaced by its character (UTF-8).
std::string decode_char_refs(std::string_view text);

// True when the text may hold a reference (an '&' followed later by a ';').
inline bool may_hold_char_ref(std::string_view text) {
  const std::size_t amp = text.find('&');
  return amp != std::string_view::npos && text.find(';', amp) != std::string_view::npos;
}

}  // namespace transcript
