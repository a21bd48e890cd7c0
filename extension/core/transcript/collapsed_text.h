// Pages whose line breaks were lost: a scraper that collapsed all white space leaves the
// whole page on one line ("События Встреча с … 4 февраля 2025 года 13:30 Москва, Кремль
// В.Путин: Добрый день! И.Руденя: …"). collapsed_cuts() finds where, inside such a line,
// the usual lines would have started, so that the turn parser can cut the line there and
// read it like any other page:
//   - before a speaker label that follows a sentence end (`. `, `! `, `? `, `… `, `» `, `) `,
//     `] `, `> ` of `<…>`), or anywhere for an initials-and-surname label (`В.Путин:`,
//     which no sentence holds). Only strong labels count: roles (`Вопрос:`, `Реплика:`),
//     outlets, and persons that are not weak (speaker_label.h);
//   - before and after a footer heading that follows a sentence end and is followed by a
//     capitalised word (`Смотрите также`, `География`, `Статус материала`, `Опубликован в
//     разделах`: transcript_end.h), so that the heading stands on a line of its own;
//   - in the header (before the first label), before a date that follows a sentence end or
//     the title, and after the date's time (`4 февраля 2025 года 13:30`).
// A line is read as collapsed only when it is long (kCollapsedLineBytes or more) and holds
// at least two such labels, or when it holds nearly the whole page: a long one, or a short
// one (a news item of a few sentences, kShortCollapsedPageBytes or more) whose header has a
// date followed by its time.
//
// The header's title and lead ("<section> <title> <lead>. <date> <time> <place> …") are
// cut apart where the header repeats the title, where the lead repeats the title's end (a
// name, a quoted name, or after four words or more a common word), or
// where the lead's sentence starts (a capitalised preposition, a past-tense verb, or a
// nominative subject before one: "… Андреем Чибисом | Губернатор доложил …"); a header
// whose text before the date ends no sentence is all title.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace transcript {

constexpr std::size_t kCollapsedLineBytes = 2000;
constexpr std::size_t kShortCollapsedPageBytes = 200;

// Byte offsets into `line` (increasing, none 0) where a new line starts; empty when the line
// is not collapsed. whole_page: the line holds nearly all of the page's text.
std::vector<std::size_t> collapsed_cuts(std::string_view line, bool whole_page);

}  // namespace transcript
