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

// The line (trimmed) is a heading that may also open an aside inside the article: "See
// also", «Смотрите также», "Read also", "Related news", "Photo", "Video" … (a subset of the
// end markers). The turn parser ends the transcript there only when no speech follows the
// block under it.
bool is_aside_heading(std::string_view trimmed);

// An end marker or an aside heading: the article's text stops under it, for good or for an
// aside ("Темы", "Смотрите также", "Дополнительно", "See also").
bool is_footer_heading(std::string_view trimmed);

// A page widget's button alone on its line ("Share", "Print", "Tags", «Поделиться»): an end
// marker, but not the end when speech follows it (a widget saved between two parts of the
// text).
bool is_widget_line(std::string_view trimmed);

// A closing line: "END", "END 9:46 A.M. EDT" (whitehouse.gov), "ENDS" (Australia's DFAT),
// or a parenthesised note that the event ended or that holds a time ("(The briefing was
// concluded at 3:12 p.m.)", "(Брифинг завершился в 13:40)"). It is never turn text; the
// turn parser ends the transcript there when no speech follows.
bool is_closing_line(std::string_view trimmed);

}  // namespace transcript
