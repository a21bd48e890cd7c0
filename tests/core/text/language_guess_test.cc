// The language guess behind the `lang` columns (language_guess.h).
#include "core/text/language_guess.h"

#include <gtest/gtest.h>

#include "core/transcript/text_stats.h"

namespace transcript {
namespace {

std::string lang_of(std::string_view text) { return text_stats(text).lang(); }

TEST(LanguageGuess, LatinLanguagesByFunctionWords) {
  EXPECT_EQ(lang_of("We are ready to continue the dialogue with our partners."), "en");
  EXPECT_EQ(lang_of("La France a pris connaissance des conclusions de la commission et nous appelons les parties au dialogue."), "fr");
  EXPECT_EQ(lang_of("El ministro dijo que los contactos con las partes están en curso y que es pronto para hablar."), "es");
  EXPECT_EQ(lang_of("Der Minister sagte, dass die Gespräche mit den Partnern nicht einfach sind und auch weitergehen."), "de");
  EXPECT_EQ(lang_of("O ministro disse que os contatos com as partes não foram interrompidos e são importantes."), "pt");
  EXPECT_EQ(lang_of("Il ministro ha detto che i contatti con le parti sono importanti e che non sono stati interrotti."), "it");
  // Too little evidence: English, as a Latin text always was.
  EXPECT_EQ(lang_of("Merci."), "en");
  EXPECT_FALSE(text_stats("Merci.").lang_confident());
  EXPECT_TRUE(text_stats("Nous sommes prêts pour les négociations avec nos partenaires.").lang_confident());
}

TEST(LanguageGuess, MoreLatinLanguagesByWordsAndLetters) {
  EXPECT_EQ(lang_of("De minister zei dat het overleg met de partners niet eenvoudig is, maar wij zijn er klaar voor."), "nl");
  EXPECT_EQ(lang_of("Minister powiedział, że rozmowy z partnerami są trudne, ale Polska jest gotowa do dialogu."), "pl");
  EXPECT_EQ(lang_of("Bakan, ortaklarla görüşmelerin kolay olmadığını ve diyaloğa hazır olduğumuzu söyledi."), "tr");
  EXPECT_EQ(lang_of("Ministrul a declarat că discuțiile cu partenerii sunt dificile și că România este pregătită."), "ro");
  // Indonesian and Malay share most function words; the words only one writes tell them apart.
  EXPECT_EQ(lang_of("Indonesia terus mendorong implementasi Konsensus Lima Poin karena ini adalah satu-satunya jalan."), "id");
  EXPECT_EQ(lang_of("Kita harus bisa bekerja sama dengan semua pihak."), "id");
  EXPECT_EQ(lang_of("Malaysia berpendapat bahawa rundingan ini penting kerana ia akan membawa keamanan."), "ms");
  EXPECT_EQ(lang_of("Kerajaan Malaysia tidak boleh menerima tindakan tersebut."), "ms");
  // Shared words alone: Indonesian, the larger language.
  EXPECT_EQ(lang_of("Kami akan terus bekerja dengan mitra kami."), "id");
  EXPECT_TRUE(same_script("id", "en"));
  // Letters of a name in another language's text are no evidence: an English reply that
  // names Çavuşoğlu and Wałęsa is English (too little evidence, so the default).
  EXPECT_EQ(lang_of("Thank you, Mr. Çavuşoğlu and Mr. Wałęsa."), "en");
  EXPECT_EQ(lang_of("I met Foreign Minister Çavuşoğlu and we discussed the grain corridor with him."), "en");
  EXPECT_TRUE(same_script("tr", "en"));
  EXPECT_TRUE(same_script("pl", "nl"));
  // Czech and Slovak by their words and the letters only each writes (ě ř ů; ľ ĺ ŕ ô); the
  // "na" and "z" both share with Portuguese and Polish say nothing.
  EXPECT_EQ(lang_of("Česká republika stojí pevně na straně Ukrajiny a také bude pokračovat v pomoci."), "cs");
  EXPECT_EQ(lang_of("Ministr řekl, že jednání jsou složitá, ale Česko je připraveno."), "cs");
  EXPECT_EQ(lang_of("Slovensko je pripravené pomôcť, ako aj ostatné krajiny, ktoré sú členmi."), "sk");
  EXPECT_TRUE(same_script("cs", "sk"));
  EXPECT_TRUE(same_script("cs", "en"));
}

TEST(LanguageGuess, CyrillicLanguagesByLetters) {
  EXPECT_EQ(lang_of("Мы готовы продолжить диалог с нашими партнёрами."), "ru");
  EXPECT_EQ(lang_of("Ми готові продовжити діалог з нашими партнерами, і це є наша позиція."), "uk");
  EXPECT_EQ(lang_of("Мы гатовыя працягваць дыялог з нашымі партнёрамі ў гэтым годзе і далей."), "be");
  EXPECT_EQ(lang_of("Да."), "ru");
  EXPECT_FALSE(text_stats("Да.").lang_confident());
}

TEST(LanguageGuess, OtherScripts) {
  EXPECT_EQ(lang_of("\u0634\u0643\u0631\u0627 \u062c\u0632\u064a\u0644\u0627"), "ar");
  EXPECT_EQ(lang_of("\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba"), "zh");
  EXPECT_EQ(lang_of("\u5916\u52d9\u7701\u306e\u8a18\u8005\u4f1a\u898b"), "ja");
  EXPECT_EQ(lang_of("\uc678\uad50\ubd80 \ub300\ubcc0\uc778"), "ko");
  EXPECT_EQ(lang_of("\u03a5\u03c0\u03bf\u03c5\u03c1\u03b3\u03b5\u03af\u03bf \u0395\u03be\u03c9\u03c4\u03b5\u03c1\u03b9\u03ba\u03ce\u03bd"), "el");
  EXPECT_EQ(lang_of("2020?"), "und");
  EXPECT_EQ(lang_of(""), "und");
}

TEST(LanguageGuess, SameScript) {
  EXPECT_TRUE(same_script("en", "fr"));
  EXPECT_TRUE(same_script("ru", "uk"));
  EXPECT_TRUE(same_script("ar", "ar"));
  EXPECT_FALSE(same_script("en", "ru"));
  EXPECT_FALSE(same_script("en", "ar"));  // a short Latin turn on an Arabic page stays Latin
  EXPECT_FALSE(same_script("zh", "ja"));
  EXPECT_FALSE(same_script("und", "und"));
  EXPECT_FALSE(same_script("en", "und"));
}

TEST(LanguageGuess, EvidenceAddsUpAndStopsAtTheLimit) {
  LanguageEvidence a = language_evidence("les nous avec");
  const LanguageEvidence b = language_evidence("pour dans");
  a += b;
  EXPECT_EQ(a.function_words[1], 5u);  // fr
  // Only the first kEvidenceBytes are read: French words after that many digits are not seen.
  const std::string late = std::string(kEvidenceBytes, '1') + " les nous avec pour dans";
  EXPECT_EQ(language_evidence(late).function_words[1], 0u);
  // A cut inside a multi-byte character is moved past it, not read half.
  const std::string cut = std::string(kEvidenceBytes - 1, ' ') + "\u0456\u0456";
  EXPECT_EQ(language_evidence(cut).ukrainian_letters, 1u);
}

}  // namespace
}  // namespace transcript
