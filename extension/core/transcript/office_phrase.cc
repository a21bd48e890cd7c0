#include "core/transcript/office_phrase.h"

#include <algorithm>
#include <string_view>

#include "core/entities/country_names.h"
#include "core/entities/organisations.h"
#include "core/entities/title_words.h"
#include "core/transcript/scan.h"

namespace transcript {
namespace {

using scan::in_list;

// Folded words (word lists are compared folded, without a trailing period).
constexpr std::string_view kTitles[] = {
    "president", "vice", "vice-president", "prime", "minister", "foreign", "secretary",
    "secretary-general", "state", "deputy", "spokesperson", "spokesman", "spokeswoman",
    "ambassador", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh",
    "sultan", "chairman", "chairwoman", "chairperson", "chair", "director",
    "director-general", "general", "chief", "head", "envoy", "special", "representative",
    "permanent", "high", "commissioner", "governor", "mayor", "senator", "press", "official",
    "officials", "assistant", "under", "executive", "senior", "adviser", "advisor",
    "counsellor", "counselor", "leader", "dr", "sir", "lord", "lady", "dame", "professor",
    "prof", "colonel", "admiral", "commander", "general", "captain", "lieutenant", "major",
    "marshal", "his", "her", "excellency", "majesty", "highness", "acting", "first",
    "defence", "defense", "ministry", "external",
    "ministers", "presidents", "secretaries", "ceo", "cfo", "coo", "cto", "aide", "aides",
    "editor", "editor-in-chief", "founder", "co-founder", "co-chair", "co-chairman", "rector",
    "dean", "patriarch", "metropolitan", "archbishop", "bishop", "mufti", "rabbi", "imam",
    "cardinal", "pope", "ombudsman", "prosecutor", "prosecutor-general", "attorney",
    "auditor", "inspector", "coordinator", "manager", "member", "members", "mp", "mps",
    "congressman", "congresswoman", "delegate", "consul", "consul-general", "chargé",
    "charge", "attaché", "attache", "officer", "speaker", "spokespersons", "premier",
    "vice-premier", "principal", "national", "security", "staff", "moderator",
    "participant", "correspondent", "journalist", "anchor", "host", "administrator",
    "superintendent", "commandant", "sheriff", "treasurer", "comptroller", "provost",
    "registrar", "chaplain",
    "presenter", "interviewer", "reporter", "chairmen", "heads", "governors", "mayors",
    "ombudsperson", "commissar", "envoys", "ambassadors", "hon", "honourable", "honorable",
    "rt", "right", "president-elect", "chancellor-elect", "sergeant", "corporal", "private",
    "brigadier", "commodore", "ensign", "warrant", "cadet", "lieutenant-general", "major-general",
    "adm", "gen", "lt", "col", "sgt", "capt", "cmdr", "sen", "rep", "gov", "amb", "pres", "sec", "secy",
    "pm", "dpm", "fm", "eam",  // Prime Minister, Foreign Minister, External Affairs Minister (India)
    "sg", "dsg",               // the UN's (Deputy) Secretary-General
    "vp",                      // Vice President ("VP Harris", "HR/VP Borrell")
    // French, Spanish, Portuguese, German
    "ministre", "président", "présidente", "porte-parole", "secrétaire", "ambassadeur",
    "ambassadrice", "ministro", "ministra", "presidente", "portavoz", "porta-voz",
    "embajador", "embajadora", "embaixador", "canciller", "außenminister", "bundeskanzler",
    "bundeskanzlerin", "bundespräsident", "sprecher", "sprecherin", "staatssekretär",
    "staatssekretärin", "regierungssprecher", "minister-präsident", "ministerpräsident",
    "vorsitzender", "vorsitzende", "sts", "stsin", "bm", "bundesministerin", "bundesminister",
    "präsident", "präsidentin", "kanzler", "kanzlerin", "ministerin", "botschafter", "botschafterin",
    "premierminister", "premierministerin", "außenministerin", "generalsekretär", "generalsekretärin",
    // Italian ("Presidente Mattarella", "Ministro degli Esteri", "Sottosegretario")
    "ambasciatore", "ambasciatrice", "portavoce", "segretario", "segretaria", "sottosegretario",
    "sottosegretaria", "vicepresidente", "onorevole",
    // Spanish, Portuguese, French offices beyond the minister's
    "secretario", "secretaria", "secretário", "secretária", "chanceler", "directeur", "directrice",
    "conseiller", "conseillère", "embaixadora",
    // Polish, Czech, Slovak, Croatian, Serbian, Bosnian and Slovenian in Latin letters
    // ("Rzecznik MSZ Paweł Wroński", "Ministr Jan Lipavský", "Mluvčí MZV", "Glasnogovornik",
    // "Predsjednik Vlade")
    "rzecznik", "rzeczniczka", "prezydent", "wiceminister", "wicepremier", "ambasador", "sekretarz",
    "podsekretarz", "przewodniczący", "przewodnicząca", "marszałek", "ministr", "ministryně", "mluvčí",
    "premiér", "velvyslanec", "velvyslankyně", "náměstek", "náměstkyně", "předseda", "předsedkyně",
    "hovorca", "hovorkyňa", "veľvyslanec", "veľvyslankyňa", "ministerka", "ministar", "ministrica",
    "premijer", "premijerka", "predsjednik", "predsjednica", "predsednik", "predsednica", "glasnogovornik",
    "glasnogovornica", "portparol", "veleposlanik", "veleposlanica", "potpredsjednik", "potpredsednik",
    "zamjenik", "zamenik", "tajnik", "sekretar", "predstavnik", "predstavnica", "tajemník", "tajomník",
    // Turkish ("Dışişleri Bakanı Mevlüt Çavuşoğlu", "Rusya Dışişleri Bakanı Sergey Lavrov",
    // "Cumhurbaşkanı Sözcüsü İbrahim Kalın")
    "bakan", "bakanı", "bakanları", "dışişleri", "cumhurbaşkanı", "cumhurbaşkanlığı", "başbakan",
    "başbakanı", "sözcü", "sözcüsü", "büyükelçi", "büyükelçisi", "yardımcısı", "sekreteri",
    "genel", "başkanı", "başkan", "temsilcisi", "daimi",
    // Indonesian and Malay ("Menlu Retno Marsudi", "Juru Bicara Kemlu", "Menteri Luar Negeri")
    "menlu", "menteri", "presiden", "wakil", "jubir", "juru", "bicara", "dubes", "duta",
    // the government's press conference: (deputy) spokesman, "SRS'in Hoffmann"
    "srs", "srsin", "srs'in", "srs\u2019in", "sts'in", "sts\u2019in",
    // Russian
    "президент", "вице-президент", "председатель", "министр", "заместитель",
    "замминистра", "посол", "официальный", "представитель", "постоянный",
    "пресс-секретарь", "советник", "директор", "руководитель", "глава", "генеральный",
    "секретарь", "губернатор", "мэр", "премьер-министр", "вице-премьер", "спецпредставитель",
    "канцлер", "первый", "депутат", "помощник", "начальник", "командующий", "сопредседатель",
    "ректор", "председателя", "президента", "министра", "патриарх", "митрополит", "муфтий",
    "уполномоченный", "генпрокурор", "прокурор", "мэра", "губернатора", "модератор",
    "ведущий", "ведущая", "корреспондент", "журналист", "участник", "депутаты", "сенатор",
    "администратор", "комендант",
    // shortened and compound offices the press prints ("Генсек ООН Гутерреш")
    // (not the consular ranks: "Почетный консул: …" is a directory's field, not speech)
    "генсек", "генсекретарь", "госсекретарь", "постпред", "постпредставитель", "посланник",
    "спецпосланник", "гендиректор", "замглавы", "зампред", "спикер", "вице-спикер"};

constexpr std::string_view kCourtesy[] = {
    "mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "messrs", "sr", "sra", "srta",
    "dña", "herr", "frau", "г-н", "г-жа", "господин", "госпожа", "hon", "rt", "h.e", "s.e",
    "excmo", "excma", "don", "doña", "sayın", "bapak", "ibu",
    "monsieur", "madame", "señor", "señora", "dom", "signor", "signora", "shri", "sri", "smt",
    "shrimati", "sh",
    // Malaysia's styles and honours: "YB Dato' Sri Saifuddin Abdullah", "YAB Tan Sri
    // Muhyiddin Yassin" ("Tan" only before "Sri": label_title()), "Tun Dr. Mahathir Mohamad",
    // "Datuk Seri Anwar Ibrahim", "Puan", "Haji".
    "yb", "yab", "ybhg", "tun", "datuk", "dato", "dato'", "dato’", "datin", "seri", "tuan", "puan", "haji",
    "hajah"};

constexpr std::string_view kOrganisation[] = {
    "federation", "republic", "kingdom", "states", "union", "nations", "emirates", "arabia",
    "islands", "affairs", "ministry", "office", "department", "council", "commission",
    "organisation", "organization", "assembly", "house", "committee", "region", "territory",
    "oblast", "krai", "district", "province", "city", "county", "bank", "company",
    "corporation", "corp", "group", "holding", "institute", "institution", "centre", "center",
    "university", "academy", "school", "college", "fund", "foundation", "board", "agency",
    "service", "media", "chamber", "court", "party", "movement", "society", "association",
    "network", "channel", "radio", "television", "tv", "newspaper", "magazine", "post",
    "times", "gazette", "news", "club", "airlines", "railways", "forces", "army", "navy",
    "guard", "police", "parliament", "duma", "senate", "congress", "government",
    "administration", "secretariat", "programme", "program", "project", "initiative",
    "forum", "summit", "conference", "cooperation", "development", "relations", "policy",
    "issues", "trade", "industry", "economy", "energy", "health", "education", "culture",
    "science", "finance", "justice", "transport", "communications", "technology",
    "technologies", "sport", "sports", "youth", "rights", "inc", "ltd", "plc", "llc", "ojsc",
    "pjsc", "jsc", "bureau", "directorate", "authority", "inspectorate", "command", "staff",
    "church", "diocese", "community", "communities", "trust", "partnership", "alliance",
    "chambers", "exchange", "market", "markets", "railway", "countries", "organisations",
    "organizations", "nations", "states",
    // the same in Spanish, French, Portuguese and Italian ("Presidente del Gobierno",
    // "Président de la République", "Ministro de Defensa", "Ministre des Affaires
    // étrangères"): after "de" they are the office's place, never a surname
    "gobierno", "gouvernement", "governo", "affaires", "república", "republica", "république",
    "repubblica", "estado", "état", "etat", "stato", "ministerio", "ministère", "ministero",
    "ministério", "asuntos", "exteriores", "extérieures", "esteri", "defensa", "défense",
    "defesa", "difesa", "interior", "intérieur", "interno", "justicia", "justiça",
    "giustizia", "hacienda", "economía", "économie", "economia", "consejo", "conseil",
    "consiglio", "conselho", "nación", "nazione", "nação", "senado", "sénat", "asamblea",
    "assemblée", "assembleia", "comisión", "comissão", "commissione", "cámara", "chambre",
    "camera", "câmara", "cortes", "sanidad", "santé", "salud", "saúde", "salute", "educación",
    "éducation", "educação", "istruzione", "trabajo", "travail", "trabalho", "lavoro",
    "agricultura", "agriculture", "agricoltura", "cooperación", "coopération", "cooperação",
    "europe", "europa", "unión", "união", "unione", "armées", "ejército", "ejércitos",
    // Indonesian and Malay: "Menteri Luar Negeri" (Foreign Minister), "Kementerian Luar
    // Negeri", "Republik Indonesia", "Pemerintah"
    "luar", "negeri", "kementerian", "kemlu", "republik", "pemerintah", "pertahanan", "kerajaan",
    // events and what they hold: a title names them, never a person
    "festival", "forum", "competition", "contest", "ceremony", "games", "championship",
    "exhibition", "expo", "fair", "award", "awards", "prize", "olympiad", "session", "day",
    "week", "year", "anniversary", "celebration", "concert", "parade", "system", "management",
    "nature", "people", "women", "youth", "spring", "summer", "winter", "autumn", "cup",
    "marathon", "show", "season", "festival's", "фестиваль", "форум", "конкурс", "выставка",
    // Russian genitive forms of the same kinds
    "федерации", "республики", "области", "края", "округа", "района", "города", "банка",
    "компании", "корпорации", "группы", "института", "центра", "университета", "академии",
    "фонда", "совета", "комитета", "службы", "агентства", "министерства", "думы",
    "собрания", "палаты", "партии", "правительства", "администрации", "управления",
    "федерация", "республика", "область", "край", "округ", "россии"};

constexpr std::string_view kPlaceConnectors[] = {"of", "for", "to", "at", "in", "on", "и", "по", "при", "в"};

// Particles that belong to the surname after them even when it stands alone.
constexpr std::string_view kSurnameParticles[] = {"von", "van", "der", "den", "ter", "zu", "vom", "zum",
                                                  // Romance: an office's place after "de" is
                                                  // no name word ("Ministro de Defensa")
                                                  "de", "du", "da", "di", "del", "della", "dos", "das"};

// The connectors of a Romance office and its place: "Ministre des Affaires", "Ministro de
// Defensa", "Ministro degli Affari".
constexpr std::string_view kRomanceConnectors[] = {"de", "des", "du", "del", "della", "dei", "degli", "di",
                                                   "da", "do", "dos", "das", "d'"};

constexpr std::string_view kParticles[] = {
    "bin", "ibn", "bint", "al", "el", "abu", "abd", "de", "da", "di", "dos", "das", "do",
    "du", "del", "della", "der", "den", "van", "von", "ter", "le", "la", "y", "zu", "ben",
    "af", "av", "op", "ten", "ould", "ag", "bte", "los", "las"};

std::string fold_key(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
  return scan::fold_word(w);
}

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  std::size_t len;
  return scan::is_upper(scan::peek(w, 0, len));
}

bool starts_lower(std::string_view w) {
  if (w.empty()) return false;
  std::size_t len;
  return scan::is_lower(scan::peek(w, 0, len));
}

bool cyrillic(std::string_view w) {
  if (w.empty()) return false;
  std::size_t len;
  return scan::script_of(scan::peek(w, 0, len)) == scan::Script::cyrillic;
}

// "С.В.Лавров", "S.Lavrov": initials run into a surname of two letters or more.
bool initials_and_surname(std::string_view w) {
  const std::size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot + 2 >= w.size()) return false;
  std::size_t i = 0, len = 0, segment = 0;
  while (i <= dot) {
    const char32_t cp = scan::peek(w, i, len);
    if (cp == '.') {
      if (segment == 0 || segment > 2) return false;
      segment = 0;
    } else if (scan::is_letter(cp)) {
      if (segment == 0 && !scan::is_upper(cp)) return false;
      ++segment;
    } else {
      return false;
    }
    i += len;
  }
  return starts_upper(w.substr(dot + 1));
}

// A lone initial: "R.", "J.", "В.".
bool initial(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  std::size_t len;
  const char32_t cp = scan::peek(w, 0, len);
  return scan::is_upper(cp) && len + 1 == w.size();
}

bool patronymic(std::string_view folded) {
  for (std::string_view e : {"ович", "евич", "овна", "евна", "ична", "инична", "ьич"}) {
    if (folded.size() > e.size() + 2 && folded.ends_with(e)) return true;
  }
  return false;
}

}  // namespace

bool particle_joined(std::string_view w) {
  std::size_t cut = w.find('-');
  std::size_t skip = 1;
  if (cut == std::string_view::npos) {
    cut = w.find('\'');
    if (cut == std::string_view::npos) {
      cut = w.find("\u2019");
      skip = 3;
    }
  }
  if (cut == std::string_view::npos || cut == 0 || cut + skip >= w.size()) return false;
  const std::string head = scan::fold_word(w.substr(0, cut));
  return (is_name_particle(head) || head == "d" || head == "l") && starts_upper(w.substr(cut + skip));
}

namespace {

// A word that may stand in a name: capitalised, not a title, organisation or courtesy word.
bool name_word(std::string_view w) {
  if (w.ends_with(",")) return false;
  // (Not an office's place joined to its article: "Ministre de l'Intérieur".)
  if (particle_joined(w)) {
    const std::size_t cut = std::min(w.find('\''), std::min(w.find("\u2019"), w.find('-')));
    const std::size_t skip = cut < w.size() && w.substr(cut).starts_with("\u2019") ? 3 : 1;
    return cut >= w.size() || !is_organisation_word(fold_key(w.substr(cut + skip)));
  }
  if (!starts_upper(w)) return false;
  const std::string f = fold_key(w);
  // (An organisation's abbreviation is its place, never a name: "Генсек ООН Гутерреш".)
  return !is_title_word(f) && !is_organisation_word(f) && !is_courtesy_title(f) && !is_organisation_abbreviation(w);
}

// Number of words at the start of words[from, to) that name a country (1 to 3), or 0.
std::size_t country_prefix(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
  for (std::size_t k = std::min<std::size_t>(3, to - from); k >= 1; --k) {
    std::string name;
    for (std::size_t i = from; i < from + k; ++i) {
      if (!name.empty()) name.push_back(' ');
      name.append(words[i]);
    }
    if (country_code(name)) return k;
  }
  return 0;
}

}  // namespace

bool is_misprinted_title(std::string_view folded) {
  if (folded.size() < 8 || in_list<kTitles>(folded)) return false;
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view title) {
    return title.size() >= 8 && title.front() == folded.front() && scan::one_misprint(folded, title);
  });
}

bool is_title_word(std::string_view folded) {
  if (in_list<kTitles>(folded)) return true;
  // German compounds end in their office: "Bundesaußenministerin", "Bundeskanzler",
  // "Regierungssprecherin", "Staatssekretär", "Sonderbeauftragter".
  if (is_german_office_compound(folded)) return true;
  // Two offices held together: "representative/vice-president", "hr/vp" (every part a
  // title word or a short abbreviation, one of them a title word).
  if (folded.find('/') != std::string_view::npos) {
    bool titled = false;
    std::size_t i = 0;
    while (i <= folded.size()) {
      std::size_t j = folded.find('/', i);
      if (j == std::string_view::npos) j = folded.size();
      const std::string_view part = folded.substr(i, j - i);
      if (part.empty()) return false;
      const bool title = is_title_word(part);
      if (!title && part.size() > 3) return false;
      titled |= title;
      i = j + 1;
    }
    return titled;
  }
  if (folded.find('-') == std::string_view::npos) return false;
  std::size_t i = 0;
  while (i <= folded.size()) {
    std::size_t j = folded.find('-', i);
    if (j == std::string_view::npos) j = folded.size();
    if (j > i && in_list<kTitles>(folded.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

bool is_courtesy_title(std::string_view folded) { return in_list<kCourtesy>(folded); }

bool is_academic_title(std::string_view folded) {
  return folded == "dr" || folded == "prof";
}

bool is_organisation_word(std::string_view folded) {
  if (in_list<kOrganisation>(folded)) return true;
  // Plurals: "Championships", "Forums".
  return folded.size() > 4 && folded.ends_with("s") && in_list<kOrganisation>(folded.substr(0, folded.size() - 1));
}

bool is_place_connector(std::string_view folded) { return in_list<kPlaceConnectors>(folded); }

bool is_name_particle(std::string_view folded) { return in_list<kParticles>(folded); }

// Whether the words before `r` end in a place phrase that a title word has not closed: a
// lower-case connector ("of", "on", "for") stands after the last title word ("Producer of
// the film"; not "Foreign Secretary", "Secretary of State"). A title word after "the" or
// "and" names an institution, not an office ("Director of the State Hermitage", "…
// Legislation and State Building").
bool within_place_phrase(const std::vector<std::string_view>& words, std::size_t r) {
  for (std::size_t i = r; i-- > 0;) {
    const std::string f = fold_key(words[i]);
    const bool modifier = i > 0 && (fold_key(words[i - 1]) == "the" || fold_key(words[i - 1]) == "and");
    if (is_title_word(f) && !modifier) return false;
    if (is_place_connector(f) && starts_lower(words[i])) return true;
  }
  return false;
}

// Every letter of the word is a capital ("ÉTRANGÈRES", "D'UKRAINE").
bool in_capitals(std::string_view w) { return scan::capital_letters(w) >= 1; }

// A place joined to an elided "de": "D'UKRAINE", "d'Italia".
bool elided_de(std::string_view w) {
  const std::string f = scan::fold_word(w);
  return (f.starts_with("d'") && f.size() > 2) || (f.starts_with("d\u2019") && f.size() > 4);
}

// The place words before a name that opens at words[r + place], made fewer while a
// particle or an initial stands at the name's first word or just before it: a particle binds
// the words on either side ("Mohammed bin Zayed Al Nahyan"), an initial the given name
// before it ("Joseph R. Biden").
std::size_t bind_particles(const std::vector<std::string_view>& words, std::size_t r, std::size_t place) {
  auto binds = [&](std::size_t k) { return is_name_particle(fold_key(words[k])) || initial(words[k]); };
  while (place >= 1 && (binds(r + place) || binds(r + place - 1))) --place;
  return place;
}

OfficeSplit split_office(const std::vector<std::string_view>& words) {
  OfficeSplit out;
  const std::size_t n = words.size();
  if (n == 0) return out;
  // The run of name words that ends the phrase.
  std::size_t r = n;
  if (initials_and_surname(words[n - 1])) {
    r = n - 1;
    while (r > 0 && initial(words[r - 1])) --r;
  } else {
    while (r > 0) {
      const std::string_view w = words[r - 1];
      if (name_word(w) && !(r < n && w.ends_with(","))) {
        --r;
        continue;
      }
      // A particle or a middle initial between name words: "Mohammed bin Zayed", "Joseph R.
      // Biden", "Ursula von der Leyen" (particles one after another).
      if (r < n && r >= 2 && (is_name_particle(fold_key(w)) || initial(w))) {
        std::size_t p = r - 1;
        if (!initial(w)) {
          while (p > 0 && is_name_particle(fold_key(words[p - 1])) && starts_lower(words[p - 1])) --p;
        }
        if (p >= 1 && name_word(words[p - 1])) {
          r = p - 1;
          continue;
        }
      }
      break;
    }
    // A run may not open with a particle.
    while (r < n && is_name_particle(fold_key(words[r])) && starts_lower(words[r])) ++r;
    // But a surname alone keeps its own particles after a title: "President von der Leyen",
    // "Minister van der Wal", "President de Gaulle" (an office's place after "de" has no
    // name word: "Ministro de Defensa", "Presidente del Gobierno").
    if (n - r == 1) {
      std::size_t p = r;
      while (p > 1 && starts_lower(words[p - 1]) &&
             in_list<kSurnameParticles>(fold_key(words[p - 1]))) {
        --p;
      }
      if (p < r && is_title_word(fold_key(words[p - 1])) && !country_code(words[r])) r = p;
    }
  }
  // A run of two words or more may open with a misprinted office: "PRESDIDENT TRUMP".
  while (n - r >= 2 && is_misprinted_title(fold_key(words[r]))) ++r;
  // After an office, a ministry's abbreviation in capitals before a name of two words or
  // more in mixed case, none hyphenated, is the office's body (Slavic order: "Rzecznik MSZ
  // Paweł Wroński", "Mluvčí MZV Daniel Drake"); a surname in capitals before its given names
  // is printed so with one given name or a hyphenated one ("Minister KAMIKAWA Yoko",
  // "Minister KIM Hong-kyun").
  if (r > 0 && n - r >= 3 && is_title_word(fold_key(words[r - 1]))) {
    const std::size_t caps = scan::capital_letters(words[r]);
    const bool body = caps >= 2 && caps <= 6 && caps == words[r].size() &&
                      std::all_of(words.begin() + static_cast<long>(r) + 1, words.end(), [](std::string_view w) {
                        return scan::capital_letters(w) == 0 && w.find('-') == std::string_view::npos;
                      });
    if (body) ++r;
  }
  // "S.E. M. Jean-Yves Le Drian", "Excmo. Sr. D. José Manuel Albares": after a courtesy
  // title, "M." is Monsieur and "D." Don, not initials.
  while (r > 0 && r + 1 < n && (words[r] == "M." || words[r] == "D.") &&
         is_courtesy_title(fold_key(words[r - 1]))) {
    ++r;
  }
  // French prints Monsieur as "M." before a surname in capitals or one that opens with its
  // particle ("M. MACRON", "M. Le Drian"): no initial there.
  if (r + 1 < n && words[r] == "M." && (scan::capital_letters(words[r + 1]) >= 2 ||
                                         (is_name_particle(fold_key(words[r + 1])) && !starts_lower(words[r + 1]) &&
                                          r + 2 < n))) {
    ++r;
  }
  // A Romance office in capitals goes on after its noun with an adjective and a place that
  // are no name: "LA MINISTRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES", "LE MINISTRE DES
  // AFFAIRES ÉTRANGÈRES D'UKRAINE", "MINISTRO DE DEFENSA NACIONAL" (one word after the
  // noun, perhaps a place joined to "d'"; a name in capitals after such an office has two).
  if (r >= 2 && r < n && std::all_of(words.begin() + static_cast<long>(r), words.end(), in_capitals)) {
    const bool place_after = n - r == 2 && elided_de(words[n - 1]);
    const std::string noun = fold_key(words[r - 1]);
    if ((n - r == 1 || place_after) && (is_organisation_word(noun) || is_title_word(noun)) &&
        in_list<kRomanceConnectors>(fold_key(words[r - 2]))) {
      r = n;
    }
  }
  // A country in front of a whole name is the office's place: "… relations with Russia
  // Jean-Pierre Chevenement", "President of Finland Sauli Niinisto".
  bool placed = false;  // a country opened the run and was taken off it
  if (r < n && n - r >= 3 && !initials_and_surname(words[n - 1]) && !cyrillic(words[r])) {
    const std::size_t place = country_prefix(words, r, n);
    if (place > 0 && n - r - place >= 2) {
      r += place;
      placed = true;
    }
  }
  if (r > 0 && r < n && !initials_and_surname(words[n - 1])) {
    std::string before = fold_key(words[r - 1]);
    // "of the Petroleum Exporting Countries": the article belongs to the connector.
    if (before == "the" && r >= 2 && is_place_connector(fold_key(words[r - 2]))) before = fold_key(words[r - 2]);
    const std::size_t run = n - r;
    // "and" joins two parts of an office as "of" joins an office and its place: "Minister
    // of Natural Resources and Environment Sergei Donskoy", "… Oncology and Immunology
    // Alexander Rumyantsev".
    const bool joined = before == "and" || before == "&" || before == "и" || before == "et" || before == "y" ||
                        before == "und";
    if ((is_place_connector(before) || joined) && (starts_lower(words[r - 1]) || before == "&") && !cyrillic(words[r])) {
      // "… of Turkey Recep Tayyip Erdogan": the place opens the run.
      std::size_t place = country_prefix(words, r, n);
      if (place == 0) place = run >= 3 ? run - 2 : 1;
      // "Minister of Labour and Social Protection": after "and", two words or fewer are the
      // office's end.
      if (joined && run <= 2) place = run;
      if (place >= run) place = run;
      // A particle or an initial binds the words on either side: "… of Abu Dhabi Mohammed bin
      // Zayed Al Nahyan", "… Joseph R. Biden".
      if (place < run && run >= 3) place = bind_particles(words, r, place);
      r += place;
    } else if (!placed && !cyrillic(words[r]) && run >= 3 && within_place_phrase(words, r)) {
      // Still inside the office's place, the run cut by a word of it: "Director of the State
      // Hermitage Mikhail Piotrovsky", "Producer of the film Frontier Dzhanik Fayziyev".
      // The words before a given name and a surname belong to the place.
      std::size_t place = country_prefix(words, r, n);
      if (place == 0) place = run - 2;
      // A particle or an initial binds the word before it: "Mohammed bin Salman", "Joseph R. Biden".
      place = bind_particles(words, r, place);
      r += place;
    } else if (cyrillic(words[r]) && run > 2) {
      // "Президент России Владимир Путин": genitive place words before a two-word name.
      // Two words, three with a patronymic ("Сергей Викторович Лавров", "Лавров Сергей
      // Викторович").
      const std::size_t keep = patronymic(fold_key(words[n - 2])) || patronymic(fold_key(words[n - 1])) ? 3 : 2;
      if (run > keep) r = n - keep;
    }
  }
  out.name_begin = r;
  // Titled: the office phrase holds a title word ("Zaryadye Concert Hall" has none).
  for (std::size_t i = 0; i < r; ++i) {
    const std::string f = fold_key(words[i]);
    if (!is_courtesy_title(f) && is_title_word(f)) out.titled = true;
  }
  return out;
}

std::pair<std::size_t, std::size_t> styled_name(const std::vector<std::string_view>& words) {
  const std::pair<std::size_t, std::size_t> none{0, 0};
  std::size_t of = 0;
  while (of < words.size() && fold_key(words[of]) != "of") ++of;
  if (of < 2 || of + 1 >= words.size()) return none;
  // The see: capitalised words, connectors between them, no title.
  for (std::size_t i = of + 1; i < words.size(); ++i) {
    const std::string f = fold_key(words[i]);
    if (is_title_word(f) || words[i].ends_with(",")) return none;
    if (!starts_upper(words[i]) && !is_place_connector(f) && f != "and" && f != "the") return none;
  }
  if (!starts_upper(words[of + 1])) return none;
  // The name: one to three name words before "of" ("Mohammed Al Nahyan"), a regnal
  // number after them.
  std::size_t end = of, begin = of;
  auto regnal = [](std::string_view w) {
    const std::string f = fold_key(w);
    return !f.empty() && f.size() <= 4 && f.find_first_not_of("ivx") == std::string::npos;
  };
  if (regnal(words[begin - 1])) --begin;
  std::size_t names = 0;
  while (begin > 0 && names < 3 && name_word(words[begin - 1]) && !country_code(words[begin - 1])) {
    --begin;
    ++names;
  }
  if (names == 0 || begin == 0 || (begin < end && regnal(words[begin]))) return none;
  // A title right before it ("Patriarch", "King"; "Prime Minister").
  if (!is_title_word(fold_key(words[begin - 1]))) return none;
  return {begin, end};
}

std::string office_title(const std::vector<std::string_view>& words, const OfficeSplit& split) {
  std::size_t i = 0;
  const std::size_t end = std::min(split.name_begin, words.size());
  while (i < end && (is_courtesy_title(fold_key(words[i])) || fold_key(words[i]) == "the")) ++i;
  std::string out;
  for (std::size_t k = i; k < end; ++k) {
    std::string_view w = words[k];
    if (k + 1 == end) {
      while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
    }
    if (is_courtesy_title(fold_key(w)) && k + 1 == end) break;
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  return out;
}

}  // namespace transcript
