// Finds the missions directory on a page and parses its entries.
#pragma once

#include <string_view>
#include <vector>

#include "core/directory/contact.h"

namespace transcript {

// Every directory entry on the page, in page order. A page without a directory gives no
// entries. Throws InputError for invalid UTF-8. Never throws for odd content: unknown
// labels go to note, unparseable phones get nullopt in phones_e164.
std::vector<Contact> parse_directory(std::string_view page);

}  // namespace transcript
