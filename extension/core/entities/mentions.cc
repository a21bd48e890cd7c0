#include "core/entities/mentions.h"

#include "core/text/utf8.h"

namespace transcript {

void find_mentions(std::string_view text, const Gazetteer& gazetteer, MatchContext& context,
                   std::vector<Mention>& out) {
  out.clear();
  context.text.analyze_row(text);
  context.spans.clear();
  gazetteer.matcher().scan(context.text, context.keyer, context.spans);
  ByteToChar to_char(text);
  for (const MatchSpan& span : context.spans) {
    const std::size_t begin = context.text.original_begin(span.first_word);
    const std::size_t end = context.text.match_end(span.end_word - 1);
    const MatchTarget& target = gazetteer.matcher().target(span.target);
    Mention m;
    m.entity = target.entity;
    m.kind = target.kind;
    m.code = target.code;
    m.surface = text.substr(begin, end - begin);
    m.start_char = to_char(begin);
    m.end_char = to_char(end);
    out.push_back(m);
  }
}

}  // namespace transcript
