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

// True when the text holds first- or second-person words or a salutation (see above).
bool reads_as_speech(std::string_view text);

}  // namespace transcript
