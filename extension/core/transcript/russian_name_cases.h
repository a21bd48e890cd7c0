// The nominative of a Russian person's name that a page prints in another case: a guest "с
// Игорем Кобзевым", a question "к Прилепину Евгению Николаевичу", kremlin.ru's list of the
// persons a page concerns ("Лица Голикова Татьяна Алексеевна"). Turn labels give the same
// people by initials ("И.Кобзев:", "Е.Прилепин:", "Т.Голикова:"); these readings give the
// page's fuller form of them (turn_parser.cc, one spelling per person).
//
// The endings are those of Russian grammar (the declension of given names, of surnames in
// -ов/-ев/-ин and -ский, of patronymics), not of any page. A patronymic fixes the case and
// the gender of the words next to it, which is why a name is read from an oblique case only
// next to one; the undone forms are still only candidates, which callers accept when a
// label gives the same initial and surname.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transcript {

// The nominative of a man's given name in the instrumental: "Иваном" -> "Иван", "Сергеем"
// -> "Сергей", "Николаем" -> "Николай", "Игорем" -> "Игорь", "Францем" -> "Франц"; any other
// word as it is.
std::string undo_russian_instrumental_given_name(std::string_view word);

// The nominative of a man's surname in the instrumental: "Лавровым" -> "Лавров",
// "Хинштейном" -> "Хинштейн", "Александровским" -> "Александровский"; any other word as it
// is.
std::string undo_russian_instrumental_surname(std::string_view word);

// A name of three words around a patronymic, in one case: given name, patronymic, surname
// ("Татьяна Алексеевна Голикова", "Александром Евсеевичем Хинштейном") or surname, given
// name, patronymic ("Голикова Татьяна Алексеевна", "Прилепину Евгению Николаевичу"), in the
// nominative, genitive, dative, accusative or instrumental. Returns the given name and the
// surname in the nominative ("Татьяна Голикова", "Александр Хинштейн", "Евгений Прилепин"),
// or nullopt when the words do not decline together as such a name. `surname_first` picks
// the order. Words carry no punctuation.
std::optional<std::string> russian_name_around_patronymic(std::string_view first, std::string_view second,
                                                          std::string_view third, bool surname_first);

}  // namespace transcript
