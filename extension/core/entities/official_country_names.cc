#include "core/entities/official_country_names.h"

namespace transcript {
namespace {

// Sources: the UN Protocol and Liaison Service's list of member states (short and formal
// names), the Russian MFA's list of states (Russian forms), and the names the press of
// both languages prints; each line is a form that running text or a directory uses and that
// neither CLDR nor iso-codes holds. "America" / "Америка" alone are left out: they are also
// parts of "Latin America", "Северная Америка".
constexpr OfficialCountryName kNames[] = {
    {"US", "en", "US"},  // CLDR's short form, which country_names leaves out as equal to the code
    {"US", "en", "USA"},
    {"US", "en", "U.S."},
    {"US", "en", "U.S.A."},
    {"US", "en", "United States of America"},
    {"US", "ru", "США"},
    {"US", "ru", "Соединенные Штаты Америки"},
    {"US", "ru", "Соединенные Штаты"},
    {"RU", "en", "Russian Federation"},
    {"RU", "ru", "Российская Федерация"},
    {"RU", "ru", "РФ"},
    {"CN", "en", "People's Republic of China"},
    {"CN", "en", "PRC"},
    {"CN", "ru", "Китайская Народная Республика"},
    {"CN", "ru", "КНР"},
    {"GB", "en", "UK"},
    {"GB", "en", "U.K."},
    {"GB", "en", "Great Britain"},
    {"GB", "en", "Britain"},
    {"GB", "en", "United Kingdom of Great Britain and Northern Ireland"},
    {"GB", "ru", "Соединенное Королевство"},
    {"GB", "ru", "Соединенное Королевство Великобритании и Северной Ирландии"},
    {"GB", "ru", "Британия"},
    {"AE", "en", "UAE"},
    {"AE", "ru", "ОАЭ"},
    {"AE", "ru", "Объединенные Арабские Эмираты"},
    {"KP", "en", "DPRK"},
    {"KP", "en", "Democratic People's Republic of Korea"},
    {"KP", "ru", "КНДР"},
    {"KP", "ru", "Корейская Народно-Демократическая Республика"},
    {"KP", "ru", "Северная Корея"},
    {"KR", "en", "Republic of Korea"},
    {"KR", "en", "ROK"},
    {"KR", "ru", "Республика Корея"},
    {"KR", "ru", "Южная Корея"},
    {"BY", "en", "Republic of Belarus"},
    {"BY", "ru", "Республика Беларусь"},
    {"BY", "ru", "Белоруссия"},
    {"BY", "en", "Belorussia"},   // older English spellings, still in print
    {"BY", "en", "Byelorussia"},
    {"BY", "en", "Belarussia"},
    {"DE", "en", "Federal Republic of Germany"},
    {"DE", "en", "FRG"},
    {"DE", "ru", "Федеративная Республика Германия"},
    {"DE", "ru", "ФРГ"},
    {"FR", "en", "French Republic"},
    {"FR", "ru", "Французская Республика"},
    {"IR", "en", "Islamic Republic of Iran"},
    {"IR", "ru", "Исламская Республика Иран"},
    {"SY", "en", "Syrian Arab Republic"},
    {"SY", "ru", "Сирийская Арабская Республика"},
    {"SY", "ru", "САР"},
    {"SA", "en", "Kingdom of Saudi Arabia"},
    {"SA", "ru", "Королевство Саудовская Аравия"},
    {"MD", "en", "Republic of Moldova"},
    {"MD", "ru", "Республика Молдова"},
    {"MD", "ru", "Молдавия"},
    {"KZ", "en", "Republic of Kazakhstan"},
    {"KZ", "ru", "Республика Казахстан"},
    {"KG", "en", "Kyrgyz Republic"},
    {"KG", "ru", "Киргизия"},
    {"KG", "ru", "Кыргызская Республика"},
    {"TM", "ru", "Туркмения"},
    {"AM", "en", "Republic of Armenia"},
    {"AM", "ru", "Республика Армения"},
    {"AZ", "en", "Republic of Azerbaijan"},
    {"AZ", "ru", "Азербайджанская Республика"},
    {"TR", "en", "Türkiye"},
    {"TR", "en", "Republic of Turkey"},
    {"TR", "ru", "Турецкая Республика"},
    {"VN", "en", "Socialist Republic of Vietnam"},
    {"VN", "ru", "Социалистическая Республика Вьетнам"},
    {"VN", "ru", "СРВ"},
    {"VE", "en", "Bolivarian Republic of Venezuela"},
    {"VE", "ru", "Боливарианская Республика Венесуэла"},
    {"IN", "en", "Republic of India"},
    {"IN", "ru", "Республика Индия"},
    {"ZA", "en", "RSA"},
    {"ZA", "ru", "ЮАР"},
    {"CD", "en", "DRC"},
    {"CD", "en", "DR Congo"},
    {"CD", "en", "D.R. Congo"},
    {"CD", "en", "Democratic Republic of the Congo"},
    {"CD", "en", "Democratic Republic of Congo"},
    {"CD", "en", "Congo-Kinshasa"},
    {"CD", "ru", "ДРК"},
    {"CD", "ru", "ДР Конго"},
    {"CG", "en", "Republic of Congo"},
    {"CG", "en", "Congo-Brazzaville"},
    {"MM", "en", "Burma"},
    {"MM", "ru", "Бирма"},
    {"KG", "ru", "Кыргызстан"},
    {"MD", "ru", "Молдова"},
    {"BY", "ru", "Беларусь"},
    {"CZ", "en", "Czech Republic"},
    {"CZ", "ru", "Чехия"},
    {"TR", "en", "Turkey"},
    {"TR", "ru", "Турция"},
    {"CI", "en", "Ivory Coast"},
    {"CI", "ru", "Кот-д’Ивуар"},
    {"SZ", "en", "Swaziland"},
    {"SZ", "ru", "Свазиленд"},
    {"CV", "en", "Cape Verde"},
    {"CV", "en", "Cabo Verde"},
    {"TL", "en", "East Timor"},
    {"TL", "ru", "Восточный Тимор"},
    {"VC", "en", "Saint Vincent and the Grenadines"},
    {"LA", "ru", "Лаос"},
    {"FM", "ru", "Микронезия"},
    {"BA", "ru", "БиГ"},
    {"CF", "ru", "Центральноафриканская Республика"},  // CLDR: Центрально-Африканская
    {"CF", "en", "CAR"},
    {"PS", "en", "State of Palestine"},
    {"PS", "ru", "Палестина"},
    {"PS", "ru", "Государство Палестина"},
    {"VA", "en", "Holy See"},
    {"VA", "en", "Vatican"},
    {"VA", "ru", "Святой Престол"},
    {"VA", "ru", "Ватикан"},
    {"BA", "en", "BiH"},
    {"MK", "en", "Macedonia"},
    {"MK", "ru", "Македония"},
};

// Where the mechanical rule gives a display string text never prints (CLDR "Congo -
// Kinshasa", "St. Vincent & Grenadines"): the name the UN's list and the press use.
constexpr CommonCountryName kCommonNames[] = {
    {"CD", "DR Congo"},
    {"CG", "Republic of the Congo"},
    {"VC", "Saint Vincent and the Grenadines"},
    {"CI", "Côte d'Ivoire"},
    {"HK", "Hong Kong"},   // CLDR: "Hong Kong SAR China"
    {"MO", "Macao"},
    {"PS", "Palestine"},   // CLDR: "Palestinian Territories"
};

// The UN General Assembly's non-member observer states.
constexpr std::string_view kObservers[] = {"PS", "VA"};

}  // namespace

std::span<const OfficialCountryName> official_country_names() { return kNames; }
std::span<const CommonCountryName> common_country_names() { return kCommonNames; }
std::span<const std::string_view> un_observer_codes() { return kObservers; }

}  // namespace transcript
