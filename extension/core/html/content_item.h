// A JSON document that wraps an HTML body: a GOV.UK content item, as the Content API
// (https://www.gov.uk/api/content/<path>) and archives of it keep pages. The rule is the
// document's shape, not a site:
//   - the file (after a UTF-8 byte-order mark and white space) is one valid JSON object
//     (core/text/json_reader.h: strict; anything else is not a content item);
//   - it has a non-blank string "title";
//   - it has an object "details" with the page's HTML in "body", or in the "body" of each
//     element of "parts" (a guide in several parts), in order. A body is a string of HTML,
//     or an array of {"content_type": …, "content": …} alternatives, of which the
//     "text/html" one is taken.
// An item without a body (a contact, a worldwide office, an index page: no "body" holds more
// than white space) is a page without speech (WrapperFacts::speech false): the contacts its
// fields hold (details.post_addresses, phone_numbers, email_addresses, contact_form_links
// of a contact item, and of each links.contact of an office), each under its title as an
// <h2>, one <p> per address, number, fax, e-mail and form link ("Address: …", "<phone
// title>: …", "Fax: …", "Email: …", "Website: …"), for the directory parser.
// content_item_page() builds the HTML page the parsers read: the body (or, for parts, each
// part's "title" as an <h2> followed by its body) inside a minimal UTF-8 document. The item's
// title is not printed on that page; it is given to the parsers (WrapperFacts) with:
//   - date: the first date (its YYYY-MM-DD, as written) of details.delivered_on (the day a
//     speech was given), first_published_at, public_timestamp, public_updated_at — used only
//     when the page itself gives no date;
//   - place: details.location, used only when the page gives none;
//   - speaker: the one person of links.speaker (its "title"), else
//     details.speaker_without_profile — the principal when the title names none.
// Offsets: every byte of the built page maps back to the file (UnwrappedPage::source): a
// byte of a body or part title to its source byte (a decoded escape to its backslash), the
// markup added around them to the start or end of the value it wraps.
#pragma once

#include <optional>
#include <string_view>

#include "core/html/unwrapped_page.h"

namespace transcript {

// The page a content item holds, or nullopt when `page` is not one (see above).
std::optional<UnwrappedPage> content_item_page(std::string_view page);

}  // namespace transcript
