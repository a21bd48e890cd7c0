// A page rebuilt from the page as given, with every byte mapped back: what the parsers read
// when the file holds a page inside another format. Two producers make one:
//   - unwrap_page() (wrapped_page.h): a page kept as a Python bytes literal, decoded;
//   - content_item_page() (content_item.h): a JSON content item (GOV.UK's shape), built
//     into the HTML page of its body, with what its other fields say about the page.
// PageInput (page_input.h) parses `text` and maps every position through `source`, so that
// offsets and lines point into the file as stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace transcript {

// What the wrapper says about the page it holds (PageHints' given_* fields, transcript.h).
struct WrapperFacts {
  std::optional<std::string> title;    // the page's title
  std::optional<std::string> date;     // YYYY-MM-DD: when the page's header gives no date
  std::optional<std::string> place;    // when the page's header gives no place
  std::optional<std::string> speaker;  // the principal speaker, when the title names none
  bool speech = true;                  // false: the page holds no speech (an item without a body)
};

struct UnwrappedPage {
  std::string text;                     // the page the parsers read (valid UTF-8)
  std::vector<std::uint32_t> source;    // text.size() + 1 entries: byte of text -> byte of the page as given
  WrapperFacts facts;                   // none for a bytes literal
};

}  // namespace transcript
