// The directory vocabulary: one test per language, and the kind phrases.
#include "core/directory/field_labels.h"

#include <gtest/gtest.h>

namespace transcript {
namespace {

using F = DirectoryField;

TEST(FieldLabels, Russian) {
  EXPECT_EQ(find_field_label("Адрес"), F::kAddress);
  EXPECT_EQ(find_field_label("Адрес :"), F::kAddress);
  EXPECT_EQ(find_field_label("Телефон:"), F::kPhone);
  EXPECT_EQ(find_field_label("Горячая линия :"), F::kHotline);
  EXPECT_EQ(find_field_label("ГОРЯЧАЯ  ЛИНИЯ"), F::kHotline);
  EXPECT_EQ(find_field_label("Факс"), F::kFax);
  EXPECT_EQ(find_field_label("Телекс:"), F::kTelex);
  EXPECT_EQ(find_field_label("Вконтакте"), F::kSocial);
  EXPECT_EQ(find_field_label("Посол"), F::kPerson);
}

TEST(FieldLabels, English) {
  EXPECT_EQ(find_field_label("Address:"), F::kAddress);
  EXPECT_EQ(find_field_label("Tel:"), F::kPhone);
  EXPECT_EQ(find_field_label("Telephone"), F::kPhone);
  EXPECT_EQ(find_field_label("phone"), F::kPhone);
  EXPECT_EQ(find_field_label("Fax:"), F::kFax);
  EXPECT_EQ(find_field_label("E-mail:"), F::kEmail);
  EXPECT_EQ(find_field_label("Email"), F::kEmail);
  EXPECT_EQ(find_field_label("Website"), F::kWeb);
  EXPECT_EQ(find_field_label("Web page"), F::kWeb);
  EXPECT_EQ(find_field_label("Emergency"), F::kHotline);
  EXPECT_EQ(find_field_label("Ambassador"), F::kPerson);
}

TEST(FieldLabels, Portuguese) {
  EXPECT_EQ(find_field_label("Endereço:"), F::kAddress);
  EXPECT_EQ(find_field_label("ENDEREÇO"), F::kAddress);
  EXPECT_EQ(find_field_label("Tel."), F::kPhone);
  EXPECT_EQ(find_field_label("Telefone"), F::kPhone);
  EXPECT_EQ(find_field_label("Fax"), F::kFax);
  EXPECT_EQ(find_field_label("E-mail"), F::kEmail);
  EXPECT_EQ(find_field_label("Home Page"), F::kWeb);
  EXPECT_EQ(find_field_label("Plantão consular"), F::kHotline);
  EXPECT_EQ(find_field_label("Embaixador"), F::kPerson);
}

TEST(FieldLabels, SpanishFrenchGerman) {
  EXPECT_EQ(find_field_label("Dirección:"), F::kAddress);
  EXPECT_EQ(find_field_label("Teléfonos"), F::kPhone);
  EXPECT_EQ(find_field_label("Correo electrónico"), F::kEmail);
  EXPECT_EQ(find_field_label("Sitio web"), F::kWeb);
  EXPECT_EQ(find_field_label("Embajador"), F::kPerson);
  EXPECT_EQ(find_field_label("Cónsul General"), F::kPerson);
  EXPECT_EQ(find_field_label("Adresse"), F::kAddress);
  EXPECT_EQ(find_field_label("Téléphone"), F::kPhone);
  EXPECT_EQ(find_field_label("Courriel"), F::kEmail);
  EXPECT_EQ(find_field_label("Ambassadeur"), F::kPerson);
  EXPECT_EQ(find_field_label("Anschrift"), F::kAddress);
  EXPECT_EQ(find_field_label("Telefon"), F::kPhone);
  EXPECT_EQ(find_field_label("Botschafter"), F::kPerson);
}

TEST(FieldLabels, TurkishPolishArabicJapaneseKorean) {
  EXPECT_EQ(find_field_label("Adres"), F::kAddress);
  EXPECT_EQ(find_field_label("Faks"), F::kFax);
  EXPECT_EQ(find_field_label("E-posta"), F::kEmail);
  EXPECT_EQ(find_field_label("Büyükelçi"), F::kPerson);
  EXPECT_EQ(find_field_label("Strona internetowa"), F::kWeb);
  EXPECT_EQ(find_field_label("Konsul Generalny"), F::kPerson);
  EXPECT_EQ(find_field_label("\u0627\u0644\u0639\u0646\u0648\u0627\u0646"), F::kAddress);  // العنوان
  EXPECT_EQ(find_field_label("\u0627\u0644\u0647\u0627\u062a\u0641"), F::kPhone);         // الهاتف
  EXPECT_EQ(find_field_label("住所"), F::kAddress);
  EXPECT_EQ(find_field_label("주소"), F::kAddress);
  // Emergency words of these languages make a phone label a hotline.
  EXPECT_EQ(find_qualified_label("Acil durum hattı telefon"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Telefon dyżurny konsula"), F::kHotline);
}

TEST(FieldLabels, QualifiedPhoneLabelsAreHotlines) {
  EXPECT_EQ(find_qualified_label("Телефон дежурного дипломата"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Телефоны для экстренной связи"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Emergency After-Hours Telephone"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Teléfono de emergencia (solo casos urgentes)"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Téléphone d'urgence"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Telefon Notfall"), F::kHotline);
  EXPECT_EQ(find_qualified_label("Телефон консульского отдела"), std::nullopt);  // no emergency word
  EXPECT_EQ(find_qualified_label("Emergency"), std::nullopt);  // one word: find_field_label's
  EXPECT_EQ(find_qualified_label("Экстренная ситуация"), std::nullopt);  // no phone word
}

TEST(FieldLabels, TableColumns) {
  EXPECT_EQ(find_column_label("Mission"), DirectoryColumn::kName);
  EXPECT_EQ(find_column_label("City"), DirectoryColumn::kCity);
  EXPECT_EQ(find_column_label("Город"), DirectoryColumn::kCity);
  EXPECT_EQ(find_column_label("País"), DirectoryColumn::kCountry);
  EXPECT_EQ(find_column_label("Phone"), std::nullopt);  // a field, not a column
}

TEST(FieldLabels, SharedSocialNetworkNames) {
  for (const char* name : {"Twitter", "Facebook", "Youtube", "Instagram", "Periscop", "soundcloud",
                           "iTunes", "Telegram"})
    EXPECT_EQ(find_field_label(name), F::kSocial) << name;
}

TEST(FieldLabels, UnknownLabels) {
  EXPECT_EQ(find_field_label(""), std::nullopt);
  EXPECT_EQ(find_field_label(":"), std::nullopt);
  EXPECT_EQ(find_field_label("Question"), std::nullopt);
  EXPECT_EQ(find_field_label("Sergey Lavrov"), std::nullopt);
  EXPECT_EQ(find_field_label("Office hours"), std::nullopt);
}

TEST(FieldLabels, TitleLabels) {
  EXPECT_EQ(find_field_label("Trade Representative"), F::kPerson);
  EXPECT_EQ(find_field_label("Торговый представитель"), F::kPerson);
  EXPECT_EQ(find_title_label("Head of the Consular Section"), F::kPerson);
  EXPECT_EQ(find_title_label("Руководитель консульского отдела"), F::kPerson);
  EXPECT_EQ(find_title_label("Jefe de la Sección Consular"), F::kPerson);
  EXPECT_EQ(find_title_label("First Deputy Permanent Representative"), F::kPerson);
  EXPECT_EQ(find_title_label("Head"), std::nullopt);  // one word
  EXPECT_EQ(find_title_label("Office hours"), std::nullopt);
  EXPECT_EQ(find_title_label("Head office 2"), std::nullopt);  // digits
  EXPECT_TRUE(is_deputy_title("First Deputy Permanent Representative"));
  EXPECT_TRUE(is_deputy_title("Первый заместитель Постоянного представителя"));
  EXPECT_TRUE(is_deputy_title("Vice-Consul"));
  EXPECT_FALSE(is_deputy_title("Head of Consular Service"));  // "vice" inside a word
  EXPECT_FALSE(is_deputy_title("Посол"));
}

TEST(FieldLabels, HoursMinistryAndShareLines) {
  EXPECT_TRUE(is_hours_label("Office hours"));
  EXPECT_TRUE(is_hours_label("Часы работы"));
  EXPECT_TRUE(is_hours_label("Öffnungszeiten"));
  EXPECT_FALSE(is_hours_label("Address"));
  EXPECT_TRUE(is_ministry_name("Ministry of Foreign Affairs of the Republic of Belarus"));
  EXPECT_TRUE(is_ministry_name("Министерство экономического развития Российской Федерации"));
  EXPECT_FALSE(is_ministry_name("Ministerial meeting"));
  EXPECT_FALSE(is_ministry_name("МИД России"));
  EXPECT_TRUE(is_share_line("Share"));
  EXPECT_TRUE(is_share_line("Поделиться"));
  EXPECT_FALSE(is_share_line("Facebook"));
}

TEST(FieldLabels, EveryLabelIsFoundAgain) {
  for (const FieldLabel& l : directory_field_labels())
    EXPECT_EQ(find_field_label(l.text), l.field) << l.text;
}

TEST(FindKind, RussianEnglishAndPortugueseNames) {
  EXPECT_EQ(find_kind("Посольство России в США (Вашингтон)"), "embassy");
  EXPECT_EQ(find_kind("Консульский отдел Посольства России в Вашингтоне"), "consular_section");
  EXPECT_EQ(find_kind("Генеральное консульство России в Нью-Йорке"), "consulate_general");
  EXPECT_EQ(find_kind("Консульство России в Варне"), "consulate");
  EXPECT_EQ(find_kind("Постоянное представительство России при ООН в Нью-Йорке"), "permanent_mission");
  EXPECT_EQ(find_kind("Торговое представительство России в Германии"), "trade_mission");
  EXPECT_EQ(find_kind("Горячая линия"), "hotline");
  EXPECT_EQ(find_kind("Embassy of Ireland in Vienna"), "embassy");
  EXPECT_EQ(find_kind("British Consulate General New York"), "consulate_general");
  EXPECT_EQ(find_kind("Consular Section of the Embassy of Russia"), "consular_section");
  EXPECT_EQ(find_kind("Permanent Mission of Russia to the United Nations"), "permanent_mission");
  EXPECT_EQ(find_kind("Trade Mission of Russia in Berlin"), "trade_mission");
  EXPECT_EQ(find_kind("Consulate of Chile in Milan"), "consulate");
  EXPECT_EQ(find_kind("Consulado-Geral do Brasil em Córdoba"), "consulate_general");
  EXPECT_EQ(find_kind("Embaixada do Brasil em Buenos Aires"), "embassy");
  EXPECT_EQ(find_kind("U.S. Embassy Moscow"), "embassy");
  EXPECT_EQ(find_kind("Embajada de la Federación de Rusia en el Reino de España"), "embassy");
  EXPECT_EQ(find_kind("Sección Consular de la Embajada"), "consular_section");
  EXPECT_EQ(find_kind("Consulado General en Barcelona"), "consulate_general");
  EXPECT_EQ(find_kind("Consulat général de France à Marseille"), "consulate_general");
  EXPECT_EQ(find_kind("Section consulaire de l'Ambassade"), "consular_section");
  EXPECT_EQ(find_kind("Botschaft der Russischen Föderation"), "embassy");
  EXPECT_EQ(find_kind("Generalkonsulat in Bonn"), "consulate_general");
  EXPECT_EQ(find_kind("Ситуационно-кризисный центр МИД России"), "hotline");
  EXPECT_EQ(find_kind("Справочная служба МИД России"), std::nullopt);
  EXPECT_EQ(find_kind("Visa Section"), "consular_section");
  EXPECT_EQ(find_kind("Визовый отдел Посольства России"), "consular_section");
  EXPECT_EQ(find_kind("Trade Representation of the Russian Federation in India"), "trade_mission");
  EXPECT_EQ(find_kind_match("U.S. Embassy Moscow")->word, 2u);  // "U", "S", "Embassy"
  EXPECT_EQ(find_kind_match("Embassy of Ireland")->word, 0u);
  EXPECT_EQ(find_kind("Embassies"), std::nullopt);  // a heading, not a mission
  EXPECT_EQ(find_kind("Представительства в РФ"), std::nullopt);
  EXPECT_EQ(find_kind(""), std::nullopt);
}

TEST(FieldLabels, ChineseAndNewLabels) {
  EXPECT_EQ(find_field_label("地址"), F::kAddress);
  EXPECT_EQ(find_field_label("电话"), F::kPhone);
  EXPECT_EQ(find_field_label("传真"), F::kFax);
  EXPECT_EQ(find_field_label("电子邮件"), F::kEmail);
  EXPECT_EQ(find_field_label("大使"), F::kPerson);
  EXPECT_EQ(find_field_label("Mobile:"), F::kPhone);
  EXPECT_EQ(find_field_label("Chargé d'Affaires a.i."), F::kPerson);
  EXPECT_EQ(find_field_label("Cônsul honorário"), F::kPerson);
  EXPECT_EQ(find_field_label("Временный поверенный в делах"), F::kPerson);
  // Nine words: mid.ru's emergency label.
  EXPECT_EQ(find_qualified_label("Телефон дежурного дипломата для экстренной связи в нерабочее время"), F::kHotline);
}

TEST(KindPhrases, HonoraryConsulatesConsularAgenciesAndChinese) {
  EXPECT_EQ(find_kind("Honorary Consulate of Chile"), "honorary_consulate");
  EXPECT_EQ(find_kind("Honorary Consulate General of Iceland"), "honorary_consulate");
  EXPECT_EQ(find_kind("Australian Consulate, Rio de Janeiro (Honorary)"), "honorary_consulate");
  EXPECT_EQ(find_kind("Почетное консульство России на Пхукете"), "honorary_consulate");
  EXPECT_EQ(find_kind("Consulado Honorário do Brasil em Nova Orleans"), "honorary_consulate");
  EXPECT_EQ(find_kind("Honorary Consul"), "honorary_consulate");  // a person's title names the office
  EXPECT_EQ(find_kind("U.S. Consular Agency Belo Horizonte"), "consular_agency");
  EXPECT_EQ(find_kind("格鲁吉亚驻中国大使馆"), "embassy");
  EXPECT_EQ(find_kind("格鲁吉亚驻上海总领事馆"), "consulate_general");
  EXPECT_EQ(find_kind("格鲁吉亚常驻北约代表团"), "permanent_mission");
}

TEST(ShareAndServiceLines, SiteAccountsAndServices) {
  EXPECT_TRUE(is_share_line("Follow us"));
  EXPECT_TRUE(is_share_line("Redes sociais"));
  EXPECT_TRUE(is_share_line("Поделиться"));
  EXPECT_FALSE(is_share_line("Facebook"));
  EXPECT_TRUE(names_a_service("Справочная служба МИД России"));
  EXPECT_TRUE(names_a_service("Горячая линия МИД"));
  EXPECT_FALSE(names_a_service("Rio de Janeiro"));
  EXPECT_FALSE(names_a_service("From Overseas"));
}

}  // namespace
}  // namespace transcript
