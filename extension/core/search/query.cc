#include "core/search/query.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "core/entities/analyzed_text.h"
#include "core/entities/entity_patterns.h"
#include "core/entities/person_name.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

struct Piece {
  std::string text;
  bool quoted = false;
  bool is_or = false;
};

std::vector<Piece> lex(std::string_view q) {
  std::vector<Piece> out;
  std::size_t i = 0;
  while (i < q.size()) {
    const char c = q[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (c == '"') {
      const std::size_t end = q.find('"', i + 1);
      if (end == std::string_view::npos) throw InputError("unterminated quote in query");
      out.push_back({std::string(q.substr(i + 1, end - i - 1)), true, false});
      i = end + 1;
      continue;
    }
    std::size_t end = i;
    while (end < q.size() && q[end] != ' ' && q[end] != '\t' && q[end] != '\n' &&
           q[end] != '\r' && q[end] != '"') {
      ++end;
    }
    std::string word(q.substr(i, end - i));
    out.push_back({word, false, word == "OR"});
    i = end;
  }
  return out;
}

bool starts_capitalised(std::string_view word) {
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = decode_utf8(word, pos);
    if (u_isalpha(static_cast<UChar32>(cp))) return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
  }
  return false;
}

// A word in capitals (two letters or more) is an acronym: matched in capitals only.
bool is_acronym(std::string_view word) {
  std::size_t pos = 0, letters = 0;
  while (pos < word.size()) {
    const auto c = static_cast<UChar32>(decode_utf8(word, pos));
    if (!u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool has_words(std::string_view text) {
  AnalyzedText t;
  t.analyze(text);
  return t.size() > 0;
}

}  // namespace

Query Query::compile(std::string_view query, const Gazetteer& gazetteer, MatchContext& context) {
  require_utf8(query);
  Query q;
  const std::vector<Piece> pieces = lex(query);
  // Split into OR branches.
  std::vector<std::vector<Piece>> branches(1);
  for (const Piece& p : pieces) {
    if (p.is_or) {
      if (branches.back().empty()) throw InputError("OR without a term in query");
      branches.emplace_back();
    } else if (has_words(p.text)) {
      branches.back().push_back(p);
    }
  }
  if (branches.size() == 1 && branches[0].empty()) throw InputError("empty query");
  if (branches.back().empty()) throw InputError("OR without a term in query");

  TokenKeyer& keyer = context.keyer;
  auto add_term = [&](const std::string& text, const std::string& kind,
                      const std::vector<Pattern>& patterns) {
    const std::uint32_t id = q.matcher_.add_target({text, kind, ""});
    q.terms_.push_back({text, kind});
    for (const Pattern& p : patterns) q.matcher_.add_pattern(p, id);
    return id;
  };
  // An entity term: every pattern of every entity the text names.
  auto entity_term = [&](const std::string& text) -> std::optional<std::uint32_t> {
    const std::vector<std::uint32_t> targets = gazetteer.resolve(text, keyer);
    if (targets.empty()) return std::nullopt;
    std::vector<Pattern> patterns;
    for (std::uint32_t t : targets) {
      const auto& p = gazetteer.patterns_of(t);
      patterns.insert(patterns.end(), p.begin(), p.end());
    }
    return add_term(text, "entity", patterns);
  };
  auto person_term = [&](const std::string& text) {
    return add_term(text, "person", person_patterns(parse_person_name(text), /*case_rules=*/false));
  };
  auto words_term = [&](const std::string& text) {
    return add_term(text, "words", {phrase_pattern(text, keyer, /*case_rules=*/false)});
  };

  for (const std::vector<Piece>& branch : branches) {
    std::vector<std::uint32_t> ids;
    // Unquoted words are read together first: a name of several words.
    std::vector<std::string> plain;
    for (const Piece& p : branch) {
      if (!p.quoted) plain.push_back(p.text);
    }
    std::string joined;
    for (const std::string& w : plain) joined += (joined.empty() ? "" : " ") + w;
    bool plain_done = false;
    if (plain.size() > 1) {
      if (auto id = entity_term(joined)) {
        ids.push_back(*id);
        plain_done = true;
      } else if (plain.size() <= 4 &&
                 std::all_of(plain.begin(), plain.end(), starts_capitalised) &&
                 std::none_of(plain.begin(), plain.end(), is_acronym) &&
                 std::none_of(plain.begin(), plain.end(), [&](const std::string& w) {
                   return !gazetteer.resolve(w, keyer).empty();
                 })) {
        ids.push_back(person_term(joined));
        plain_done = true;
      }
    }
    for (const Piece& p : branch) {
      if (!p.quoted && plain_done) continue;
      if (auto id = entity_term(p.text)) {
        ids.push_back(*id);
      } else if (starts_capitalised(p.text) && !is_acronym(p.text) && (!p.quoted || std::count(p.text.begin(), p.text.end(), ' ') < 4)) {
        ids.push_back(person_term(p.text));
      } else {
        ids.push_back(words_term(p.text));
      }
    }
    q.branches_.push_back(std::move(ids));
  }
  return q;
}

void Query::scan(std::string_view text, MatchContext& context, bool prefilter) const {
  context.spans.clear();
  // Most rows a search looks at hold no hit: a check on the raw bytes spares them the
  // folding, the words and the keys. Callers that mostly see rows with hits (snippets run
  // on the rows a WHERE clause kept) skip it: it would only add its cost there.
  if (prefilter && !matcher_.may_match(text)) return;
  context.text.analyze(text);
  matcher_.scan(context.text, context.keyer, context.spans);
}

std::vector<bool> Query::satisfied_terms(const std::vector<MatchSpan>& spans) const {
  std::vector<bool> present(terms_.size(), false);
  for (const MatchSpan& s : spans) present[s.target] = true;
  std::vector<bool> keep(terms_.size(), false);
  for (const auto& branch : branches_) {
    const bool all = std::all_of(branch.begin(), branch.end(),
                                 [&](std::uint32_t t) { return present[t]; });
    if (all) {
      for (std::uint32_t t : branch) keep[t] = true;
    }
  }
  return keep;
}

void Query::hits(std::string_view text, MatchContext& context, std::vector<QueryHit>& out) const {
  out.clear();
  scan(text, context, /*prefilter=*/false);
  const std::vector<bool> keep = satisfied_terms(context.spans);
  ByteToChar to_char(text);
  for (const MatchSpan& s : context.spans) {
    if (!keep[s.target]) continue;
    QueryHit hit;
    hit.term = s.target;
    hit.start_byte = context.text.original_begin(s.first_word);
    hit.end_byte = context.text.match_end(s.end_word - 1);
    hit.start_char = to_char(hit.start_byte);
    hit.end_char = to_char(hit.end_byte);
    out.push_back(hit);
  }
}

std::int64_t Query::count(std::string_view text, MatchContext& context) const {
  scan(text, context, /*prefilter=*/true);
  const std::vector<bool> keep = satisfied_terms(context.spans);
  std::int64_t n = 0;
  for (const MatchSpan& s : context.spans) n += keep[s.target];
  return n;
}

}  // namespace transcript
