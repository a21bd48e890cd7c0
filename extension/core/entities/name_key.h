// transcript_name_key(name): one short key for every way of writing one person's name.
//
// The key is the spelling skeleton of the surname, then a space and the sound class of
// the first given name's first sound when the name has a given name or an initial:
//
//   Sergey Lavrov, Sergei Lavrov, С.В.Лавров, Лавров Сергей Викторович, LAVROV Sergey,
//   Lavrov S., Foreign Minister Sergey Lavrov, Sergey Lavrov, Foreign Minister  -> "lavrav s"
//   Svetlana Lavrova, С.Лаврова                                                 -> "lavrava s"
//   Lavrov, Mr Lavrov, Лавров                                                   -> "lavrav"
//   Hassan Rouhani, Хасан Рухани                                                -> "rahani h"
//   Sviatlana Tsikhanouskaya, Светлана Тихановская                              -> "tahanavska s"
// The key is not meant to be read: vowels are merged (rule 7), so Putin is "patan v".
//
// The name is read as people write it (person_name.h, read_person_name()): titles,
// offices, honorifics, suffixes, annotations in brackets and particles (bin, al, von) are
// not name parts; the surname is found from the name's own cues (capitals, initials,
// patronymic, surname endings), else it is the last word.
//
// The skeleton (name_skeleton()) writes a word in Latin letters (Cyrillic through the BGN
// letter table, core/text/transliteration.h) and then applies rules, in this order, that
// make the transliterations of one name meet:
//   1. letters for one sound are one code: shch/szcz -> sh, sch/sz -> sh, tch/tsch/cz -> ch,
//      chzh -> zh, kh/gh -> h, ph -> f, th -> t, ck/q -> k but q before i is ts (Pinyin
//      q = ц: Qiang = Цян, then rule 3), c -> s before e/i else k, tz -> ts, dz -> d
//      (Belarusian Дзмітрый), dzh/dj/j/y -> i (Джавад = Javad, Jakowenko = Yakovenko),
//      tsz -> i (Pinyin j = цз: Lijian = Лицзянь), w -> v (Wagner = Вагнер, Beljajew),
//      x -> ks but a leading x or ks is s (Pinyin: Xi = Си), a final z is ts after a
//      consonant (German: Scholz = Шольц) and s after a vowel (Spanish: Sánchez = Санчес);
//   2. g and h are one sound class (Ukrainian and old Russian г for h: Olha/Olga,
//      Pohorielov/Pogorelov, Гаага; х for Persian and Arabic h: Хасан = Hassan);
//   3. ts and dz before i/e are t and d (Belarusian ць/дз for Russian ть/дь:
//      Tsikhanouskaya = Тихановская, Uladzimir = Владимир), but not ts before the y of
//      Russian цы (Tsyganova is not Tikhonova); a leading "ul" before a vowel is "vl"
//      (Belarusian Уладзімір);
//   4. Belarusian ў: a, e or o then u at the end of a word or before sk is the vowel then v
//      (Volkau = Волков, Tsikhanouskaya = Тихановская, Medvedeu = Медведев); elsewhere au
//      is English or French (Paul = Поль); any other ou, and oo, are u (Rouhani = Рухани,
//      Oustinov = Устинов);
//   5. i before e or o is dropped and the o becomes e (ё and є: Semyonov = Семенов,
//      Kiselyov = Kiselev, Pyotr = Петр; Pohorielov = Pogorelov), ee is i, a final -ie is
//      i (Marie = Мари); h (and so g) after a vowel and before a consonant or the end is
//      dropped (English John = Джон, Abdullah = Абдулла);
//   6. a final -kaia is -ka (Russian -ская, Ukrainian and Polish -ska: Zelenska =
//      Зеленская), a final ng is n (Pinyin and Palladius: Wang = Ван), a final e after a
//      consonant is dropped (silent in French and English: Poutine, Pierre = Пьер);
//   7. a run of vowels is one code: inside the word 'a', whatever the vowels (Russian
//      writes foreign names by sound, and Belarusian and Ukrainian move vowels: Biden =
//      Байден, Cameron = Кэмерон, Truss = Трасс, Nahyan = Нахайян, Lukashenka =
//      Lukashenko, Kalesnikava = Колесникова); at the start of the word and at its end it
//      keeps a class, a (a, o, u at the end; a, o at the start), i (e, i, y) or u (at the
//      start), so that short words stay apart (Un, Jong) and so do Zelensky and Zelenska;
//   8. a consonant repeated is one (Hassan = Хасан).
//   The given name's initial class is the class of its first sound: a, o (Ukrainian
//   Олекс- is Алекс-: Oleksandr is a), u, e (e, ye, yo: Yevgeny = Евгений), i, ia (ya),
//   iu (yu), j (English j = дж, German j = й: John = Джон, Jens = Йенс), or the consonant
//   (g and h one class: Georgy, Heorhiy; Uladzimir is v).
// Gender stays in the key: Lavrova ("lavrava") is not Lavrov ("lavrav"), so relatives with
// the same initial stay apart.
//
// What the key cannot tell apart:
//  - two people with the same surname (same gender form) and the same initial class:
//    Sergei Ivanov and Stanislav Ivanov ("ivanav s"), Ivan and Igor Ivanov ("ivanav i");
//  - surnames whose skeletons agree, mostly ones that differ in inner vowels only (Peskov
//    and Paskov; Rice and Rose; Kirill and Carroll alone; Putin and Patten, whose initials
//    differ anyway);
//  - a surname without a gender form and given names of one initial class (Alexander
//    and Alexandra Lukashenko; Joe and Jill Biden);
//  - people told apart by a suffix or a middle name only (Donald Trump and Donald Trump
//    Jr.; George W. Bush and George H. W. Bush): suffixes and middle names are not part of
//    the key.
// What the key does not join (match with transcript_match instead):
//  - a surname alone and a full name: "Lavrov" is "lavrav", "Sergey Lavrov" is "lavrav s";
//    the surname skeleton is the part before the space, so
//    `substr(k, 1, instr(k || ' ', ' ') - 1)` groups by surname alone;
//  - misprints (Merkle/Merkel) and spellings the rules above do not derive: an English
//    vowel written by sound at the start of a given name (Antony = Энтони: a and e), a
//    Ukrainian O for Russian Е (Olena = Елена), a Latin Y. for Yury (i and iu),
//    Arabic q and g (Qaddafi, Gaddafi), Portuguese final s = ш (Guterres = Гутерриш), a
//    Serbo-Croatian c without its diacritic (Vucic), Chinese Palladius beyond x, ng, zh,
//    j and q (Zeng = Цзэн, Cai = Цай), a name cut differently (Zhao Lijian, Zhao Li Jian),
//    and letters that other languages read otherwise than English (German st = шт and
//    v = ф, Italian gi = дж, Slovak c = ц, Hungarian sz = с, Catalan j = ж: Steinmeier,
//    Volker, Giorgia, Fico, Szijjártó, Josep; transcript_match and queries read them:
//    entities/foreign_readings.h);
//  - an extra given name on one side (Mohammad Javad Zarif and Javad Zarif: m and j);
//  - the order of two words when nothing shows it ("Wang Yi" and "Yi Wang"); the surname
//    is the last word unless capitals, initials, a patronymic or a surname ending (-ov,
//    -ev, -sky, -enko, -uk, -shvili, -dze …) say otherwise.
//
// Cost: 1 to 2 us per name (one fold, one tokenization, table look-ups; no ICU
// Transliterator), 4 to 7 us when an office phrase names a country ("Министр иностранных
// дел России С.В.Лавров": country_code() confirms "России"). Thread-safety: pure functions
// over immutable tables built on first use (thread-safe statics); call from any thread.
#pragma once

#include <string>
#include <string_view>

namespace transcript {

// The skeleton of one folded word (any script) in codes: one byte per sound, where 'Z',
// 'C', 'S', 'T' stand for zh, ch, sh and ts and the vowels are 'a', 'i' and 'u'. Letters
// of scripts other than Latin and Cyrillic are kept as they are.
std::string name_skeleton(std::string_view folded_word);

// The skeleton written out as text (zh, ch, sh, ts for their codes).
std::string skeleton_text(std::string_view skeleton);

// The sound class of a given name's first sound, as skeleton codes ("s", "a", "i", "Z").
std::string initial_class(std::string_view folded_word);

// The key of a person's name as people write it; "" when the text names no one (no
// word, only titles, only initials).
std::string person_name_key(std::string_view name);

}  // namespace transcript
