// One spelling per person on a page. A page names one person several ways — "William Hague"
// in the header, "Mr. Hague" in the labels; "М.Папченкова" and "Маргарита Папченкова";
// "KIRBY" under a header that says "John Kirby"; "И.Руденя" and the card "Игорь Руденя" —
// and analysts group by speaker. PageNames collects every form the page gives (labels, the
// title's principal speaker, names in the header) and maps each to the fullest form of the
// same person.
//
// How forms are compared (split_name()):
//   - a name is given names, initials and a surname: "Sergey Lavrov", "С.В.Лавров",
//     "M. Papchenkova", "Joseph R. Biden Jr." (a suffix — Jr., Sr., II, III — is no part),
//     "Лавров Сергей Викторович" (surname first when a patronymic ends the name);
//   - two forms are the same person when their surnames are equal (case folded), or one
//     misprint apart (an edit or a swap of neighbours, five letters or more) with the same
//     full first name ("Angela Markel" / "Angela Merkel"), and their first given names agree: equal (or one form's first name is among the other's words
//     before the surname: "Petersburg Georgy Poltavchenko" / "Georgy Poltavchenko"), or one
//     is the initial of the other, or one form has none ("Hague" / "William Hague"). Two
//     transliterations of a given name are equal ("Nikolai" / "Nikolay", "Sergei" /
//     "Sergey": entities/token_keys.h's canonical spelling).
// How the canonical form is chosen: among the forms of one person, those with a full first
// name beat initials and bare surnames; among those the one the page uses most, then the
// shorter (a long office label may leave a place word in front of a name: "Petersburg
// Georgy Poltavchenko" loses to "Georgy Poltavchenko"), then the first seen. A bare surname
// or initials that fit two different people of the page ("Ivanov" with "Sergei Ivanov" and
// "Igor Ivanov") stay as printed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace transcript {

struct NameParts {
  std::string surname;             // folded
  std::string first;               // folded first given name, "" when none
  char32_t initial = 0;            // first letter of the first given name or initial, 0 when none
  bool full_first = false;         // the first given name is written in full
  std::size_t words = 0;
  std::vector<std::string> givens;  // every folded word before the surname
};

// The parts of a name as a label or a title writes it (see above).
NameParts split_name(std::string_view name);

class PageNames {
 public:
  // Records one occurrence of a form. `surname_first`: the form puts the surname first, as
  // East Asian protocol prints it in capitals ("KAMIKAWA Yoko" -> "Kamikawa Yoko"), so that
  // "Kamikawa" alone is the same person.
  void add(std::string_view name, bool surname_first = false);
  // The canonical form of a recorded (or any) form; the form itself when nothing fuller is
  // known or when it is ambiguous.
  std::string canonical(std::string_view name) const;

 private:
  struct Form {
    std::string text;
    NameParts parts;
    int count = 0;
    std::size_t order = 0;
  };
  std::vector<Form> forms_;
  std::map<std::string, std::size_t> index_;  // text -> forms_
};

}  // namespace transcript
