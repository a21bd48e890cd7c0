// Page chrome: the lines of a saved page that are never speech — separators (`* * *`),
// omission or markup brackets (`<…>`), lone times and dates, page furniture (`Publication
// date: …`, `Direct link: …`, `Photo: …`), and, before the transcript starts, menus,
// bullets, language links and breadcrumbs.
//
// is_chrome_line() holds anywhere on the page; is_header_chrome() only between the title and
// the first turn, where short navigation lines sit (a short line inside a speech is text).
#pragma once

#include <string_view>

namespace transcript {

// A folded word that opens page furniture rather than speech: "publication", "direct",
// "related", "contact", "photo", "адрес", "телефон", or a directory's contact field in any
// language it knows (is_contact_field()); also used to reject speaker labels.
bool is_furniture_word(std::string_view folded);

// A photo's caption with its credit in brackets at its end, on its own line among the
// paragraphs: "Secretary Blinken speaks to the press … [State Department photo by Chuck
// Kennedy/ Public Domain]", "… (AP Photo/Evan Vucci)", "… (Фото: ТАСС)", "… (© Reuters)".
bool is_photo_caption(std::string_view t);

// A missions directory's contact field, in any of its languages (core/directory/
// field_labels.h: "Dirección", "Correo electrónico", "E-posta", "电子邮箱", "العنوان"); not
// a person's title ("Ambassador:" may label a speaker).
bool is_contact_field(std::string_view label);

// The line (trimmed) is chrome wherever it stands.
bool is_chrome_line(std::string_view trimmed);

// The line (trimmed) is a row of a list of documents, its last cell (after a tab) a date
// ("KEJADIAN BANJIR DI WILAYAH QUEENSLAND, AUSTRALIA<tab>2/27/22", "PRESS RELEASE : … <tab>
// 1/30/19"): an index of the site, no speech, whatever label opens it. Chrome.
bool is_index_row(std::string_view trimmed);

// The line (trimmed) is the heading of a part of a press event ("Questions and Answers",
// "Opening Remarks", "Вопросы и ответы", "Fragen und Antworten"), a colon after it or not:
// between two turns it belongs to neither.
bool is_section_heading(std::string_view trimmed);

// The line (trimmed) heads a page's list of its own sections: "Table of contents",
// "Contents", "Содержание", "Оглавление", "Sommaire", "Índice", "Inhalt", "目录".
bool is_contents_heading(std::string_view trimmed);

// The line (trimmed) announces the transcript below it ("Transcript of the meeting with
// leaders of the Federation Council", "Excerpts from transcript of State Council Presidium
// meeting", "Стенограмма заседания", "Из стенограммы") or names the speech that follows
// ("Speech at the opening ceremony", "Opening remarks at the national open lesson",
// "Conversation with Yamal LNG plant employees", "Beginning of the meeting", "Выступление
// на пленарном заседании"): at most twenty words, no sentence end. What stands above it is
// the news item's lead.
bool is_transcript_heading(std::string_view trimmed);

// The line (trimmed) is navigation or a caption when it stands before the first turn.
bool is_header_chrome(std::string_view trimmed);

// Site navigation and banners that are never a title: skip links ("Skip to main content",
// "Перейти к основному содержанию", "Aller au contenu"), cookie banners, accessibility
// switches ("Версия для слабовидящих", "Screen Reader Access") and the "An official website
// of …" banner.
bool is_navigation_line(std::string_view trimmed);

}  // namespace transcript
