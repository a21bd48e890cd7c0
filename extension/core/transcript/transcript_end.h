// Where the transcript ends: the first line, after some speech, that opens the page's other
// material — "Additional materials" / «Дополнительные материалы», photo albums, related
// news, the missions directory («Загранучреждения МИД РФ»), share/print links and share
// buttons ("Share this page"), tags, a copyright footer, kremlin.ru's "Опубликован в
// разделах: …", links to the previous and next posts ("« Previous: …", "Next: …").
// Everything from that line on is never a turn.
#pragma once

#include <string_view>

namespace transcript {

// The line (trimmed) opens the material that follows a transcript.
bool is_end_marker(std::string_view trimmed);

}  // namespace transcript
