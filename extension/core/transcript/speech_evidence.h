// Is a text someone speaking, or a report about them? Speech addresses its listeners and
// speaks for its speaker: it holds first- or second-person words (I, we, our, you; я, мы,
// наш, вы; je, nous, vous; yo, nosotros, usted; ich, wir, Sie …) or a salutation ("Good
// afternoon", "Dear friends", «Добрый день», «Уважаемые коллеги»). A news report ("The
// President visited the plant and learned about …", «Владимир Путин провёл рабочую встречу
// …») holds neither. The turn parser uses this to tell opening remarks from a news lead
// and a speech from a news item.
#pragma once

#include <string_view>

namespace transcript {

// How a text speaks (see above). kDirect: a salutation, or a first- or second-person word
// that is no possessive of "we" (I, we, me, us, my, you; я, мы, вы; je, nous, vous, …).
// kPossessive: only a possessive of "we" (our, ours; наш, notre, nuestro, unser, …), which
// a ministry's press release writes of itself too ("our Missions abroad", "our nations"), or
// first-person words too few for the text's length (one or two, fewer than one in every 600
// words: "I, Don Quixote" and "My Jerusalem" among a report's titles of plays).
enum class SpeechEvidence { kNone, kPossessive, kDirect };
SpeechEvidence speech_evidence(std::string_view text);

// True when the text holds first- or second-person words or a salutation (see above).
inline bool reads_as_speech(std::string_view text) { return speech_evidence(text) != SpeechEvidence::kNone; }

// True when a title names a kind of speech or statement ("Statement by the Foreign
// Ministry …", "Address to the Federal Assembly", "Заявление МИД", "Обращение к гражданам",
// "Discours du Président", "Rede von Bundespräsident …").
bool title_names_speech(std::string_view title);

// True when a text, within its first 600 bytes, announces a message it quotes: a word for
// the message, then "reads" or "says" (with ", in part") or «говорится» and a colon ("The
// message reads, in part: “…”", "The President’s message reads:", «В послании, в частности,
// говорится: «…»»). The quotation is its sender's words, however it is worded.
bool announces_quoted_message(std::string_view text);

// True when a text reports what someone said: two quotations or more closed and attributed
// in the third person ("„Für mich als Ministerin ist es wichtig …“, betonte Bundesministerin
// Raab", "\"We will …\", the minister said", «…», — заявил министр), or one that is all the
// text but its attribution ("“Relations between Russia and France date back centuries …,”
// the Russian President wrote in his message."); and no first-person word outside its
// quotations in its first 2,000 bytes. A news report, not the speaker's own words.
bool reports_quoted_speech(std::string_view text);

// True when a text is a roster of people, no speech: three entries or more of a name of two
// to four capitalised words and a dash before the office ("МИШУСТИН Михаил Владимирович –
// Председатель Правительства …", "Sergei Lavrov – Minister of Foreign Affairs"), one at
// least for every forty words of the text.
bool reads_as_roster(std::string_view text);

}  // namespace transcript
