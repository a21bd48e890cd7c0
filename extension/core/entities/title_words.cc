#include "core/entities/title_words.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/entities/token_keys.h"
#include "core/text/case_fold.h"

namespace transcript {
namespace {

// As printed; folded when the table is built, so accents and capitals do not matter here.
constexpr std::string_view kHonorifics[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "sir", "dame", "lord", "lady", "madam",
    "hon", "honourable", "honorable", "rt", "excellency", "majesty", "highness", "his", "her",
    "prof", "professor", "shri", "sri", "smt", "shrimati", "monsieur", "madame", "mme", "mlle",
    "herr", "frau", "señor", "señora", "sr", "sra", "srta", "dña", "don", "doña", "excmo", "excma",
    "господин", "госпожа",
    "гн", "гжа", "товарищ", "пан", "пані", "пани", "sayın", "bapak",
    // Malaysia's styles and honours ("YB Dato' Sri", "Tun", "Datuk Seri"; "Tan Sri" is two
    // words: is_abbreviated_honorific()).
    "yb", "yab", "ybhg", "tun", "datuk", "dato", "datin", "seri", "tuan", "puan", "haji", "hajah"};

constexpr std::string_view kOffices[] = {
    // English
    "president", "presidents", "vice", "prime", "premier", "minister", "ministers",
    "ministry", "secretary", "secretaries", "spokesperson", "spokesman", "spokeswoman",
    "spokespersons", "ambassador", "envoy", "chancellor", "chairman", "chairwoman",
    "chairperson", "chair", "co-chair", "director", "chief", "head", "representative",
    "commissioner", "governor", "mayor", "senator", "sen", "congressman", "congresswoman",
    "rep", "gov", "deputy", "assistant", "adviser", "advisor", "counsellor", "counselor",
    "aide", "ceo", "cfo", "coo", "chairmen", "executive", "officer", "official", "leader",
    "speaker", "press", "foreign", "defence", "defense", "state", "high", "special",
    "permanent", "first", "acting", "interim", "senior", "under", "external", "coordinator",
    "pm", "fm", "mp", "mep", "member", "members", "delegate", "consul", "attache",
    "charge", "ombudsman", "patriarch", "metropolitan", "archbishop", "cardinal", "pope",
    "presidential", "ministerial", "former", "ex", "co", "administrator", "superintendent",
    "commandant", "sheriff", "treasurer", "comptroller", "provost", "registrar", "chaplain",
    // French
    "ministre", "president", "presidente", "secretaire", "porte", "parole", "ambassadeur",
    "ambassadrice", "conseiller", "conseillere", "directeur", "directrice", "chef",
    "delegue", "premier", "premiere",
    // Spanish, Portuguese
    "ministro", "ministra", "presidenta", "vicepresidente", "vicepresidenta", "canciller",
    "portavoz", "porta", "voz", "embajador", "embajadora", "embaixador", "embaixadora",
    "secretario", "secretaria", "jefe", "jefa", "directora", "vocero", "vocera",
    // German
    "ministerin", "aussenminister", "aussenministerin", "bundeskanzler", "bundeskanzlerin",
    "kanzler", "kanzlerin", "prasident", "prasidentin", "bundesprasident",
    "bundesprasidentin", "sprecher", "sprecherin", "regierungssprecher",
    "regierungssprecherin", "staatssekretar", "staatssekretarin", "botschafter",
    "botschafterin", "vorsitzende", "vorsitzender",
    // Russian
    "президент", "президента", "вице", "премьер", "министр", "министра", "замминистра",
    "заместитель", "председатель", "председателя", "сопредседатель", "пресс", "секретарь",
    "генсек", "официальный", "официальная", "представитель", "представителя", "постоянный",
    "посол", "посла", "советник", "помощник", "директор", "руководитель", "глава",
    "генеральный", "губернатор", "мэр", "спикер", "депутат", "сенатор", "первый",
    "спецпредставитель", "спецпосланник", "канцлер", "начальник", "уполномоченный",
    "атташе", "консул", "генконсул", "временный", "поверенный", "чрезвычайный",
    "полномочный", "специальный", "верховный", "федеральный", "врио", "министерства",
    "мид", "патриарх", "митрополит", "госсекретарь", "генсекретарь", "замглавы", "зампред",
    "постпред", "постпредставитель", "посланник", "гендиректор", "генпрокурор", "экс",
    "бывший", "спецпосланник", "вице-спикер", "администратор", "комендант",
    // Ukrainian
    "міністр", "речник", "посол", "прем'єр",
    // Polish, Czech, Slovak, Croatian, Serbian, Bosnian and Slovenian in Latin letters
    "rzecznik", "rzeczniczka", "prezydent", "wiceminister", "wicepremier", "ambasador", "sekretarz",
    "podsekretarz", "przewodniczacy", "przewodniczaca", "marszałek", "marszalek", "ministr", "ministryne",
    "mluvci", "velvyslanec", "velvyslankyne", "namestek", "namestkyne", "predseda", "predsedkyne",
    "hovorca", "hovorkyna", "velvyslankyna", "ministerka", "ministar", "ministrica", "premijer", "premijerka",
    "predsjednik", "predsjednica", "predsednik", "predsednica", "glasnogovornik", "glasnogovornica",
    "portparol", "veleposlanik", "veleposlanica", "potpredsjednik", "potpredsednik", "zamjenik", "zamenik",
    "tajnik", "sekretar", "predstavnik", "predstavnica", "tajemnik", "tajomnik",
    // Turkish
    "bakan", "bakanı", "bakanları", "dışişleri", "cumhurbaşkanı", "başbakan", "başbakanı",
    "sözcü", "sözcüsü", "büyükelçi", "büyükelçisi", "yardımcısı", "sekreteri", "başkanı",
    "başkan", "temsilcisi", "daimi",
    // Indonesian and Malay
    "menlu", "menteri", "presiden", "wakil", "jubir", "dubes"};

constexpr std::string_view kRanks[] = {
    "king", "queen", "prince", "princess", "crown", "emir", "amir", "sheikh", "sheikha",
    "sultan", "duke", "duchess", "earl", "baron", "baroness", "general", "colonel", "major",
    "captain", "admiral", "commander", "lieutenant", "marshal", "sergeant", "judge",
    "justice", "bishop", "rabbi", "imam", "ayatollah", "grand", "field",
    "roi", "reine", "rey", "reina", "principe", "konig", "konigin", "prinz",
    "король", "королева", "принц", "принцесса", "наследный", "эмир", "шейх", "султан",
    "генерал", "полковник", "адмирал", "маршал", "аятолла", "майор", "лейтенант",
    "капитан"};

constexpr std::string_view kSuffixes[] = {
    "jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "esq", "phd", "mp",
    "obe", "mbe", "kbe", "qc", "kc", "младший", "старший", "mladshiy", "mladshii",
    "starshiy", "starshii", "fils", "pere", "hijo"};

constexpr std::string_view kConnectors[] = {
    "of", "for", "to", "at", "the", "and", "on", "in", "with", "de", "del", "des", "du", "la",
    "le", "da", "do", "der", "den", "fur", "und", "aux", "и", "по", "при", "в", "во", "на",
    "с", "со", "для"};

constexpr std::string_view kParticles[] = {
    "al", "el", "bin", "ibn", "bint", "ben", "von", "van", "der", "den", "de", "da", "di",
    "du", "del", "della", "dos", "das", "la", "le", "ter", "zu", "y", "ul", "ud", "ad", "as",
    "ash", "ar", "аль", "эль", "ибн", "бин", "бен", "фон", "ван", "дер", "де", "да", "ди",
    "дю", "ла", "ле", "ас", "ад", "аш", "ар"};

// Nouns of office that end German compounds, in lower case as printed.
constexpr std::string_view kGermanOfficeEndings[] = {
    "ministerin", "minister", "kanzlerin", "kanzler", "präsidentin", "präsident", "sprecherin", "sprecher",
    "sekretärin", "sekretär", "botschafterin", "botschafter", "beauftragte", "beauftragter"};

template <class Endings>
bool ends_in_one_of(std::string_view word, const Endings& endings) {
  for (std::string_view e : endings) {
    if (word.size() >= e.size() + 4 && word.ends_with(e)) return true;
  }
  return false;
}

using Table = std::unordered_map<std::string, std::uint8_t, TransparentHash, std::equal_to<>>;

template <std::size_t N>
void add(Table& table, const std::string_view (&words)[N], TitleRole role) {
  for (std::string_view w : words) {
    table[fold(w)] |= role;
  }
}

const Table& table() {
  static const Table t = [] {
    Table out;
    add(out, kHonorifics, kHonorific);
    add(out, kOffices, kOffice);
    add(out, kRanks, kRank);
    add(out, kSuffixes, kSuffix);
    add(out, kConnectors, kConnector);
    add(out, kParticles, kParticle);
    return out;
  }();
  return t;
}

}  // namespace

std::uint8_t title_roles(std::string_view folded_word) {
  const Table& t = table();
  const auto it = t.find(folded_word);
  if (it != t.end()) return it->second;
  // German compounds end in their office: "bundesaussenministerin", "vizekanzler",
  // "regierungssprecherin", "staatssekretar", "sonderbeauftragter" (folded).
  static const std::vector<std::string> folded_endings = [] {
    std::vector<std::string> out;
    for (std::string_view e : kGermanOfficeEndings) out.push_back(fold(e));
    return out;
  }();
  return ends_in_one_of(folded_word, folded_endings) ? kOffice : 0;
}

bool is_german_office_compound(std::string_view lower_word) {
  return ends_in_one_of(lower_word, kGermanOfficeEndings);
}

bool is_abbreviated_honorific(std::string_view first, std::string_view second) {
  return (first == "г" && (second == "н" || second == "жа")) || (first == "tan" && second == "sri");
}

}  // namespace transcript
