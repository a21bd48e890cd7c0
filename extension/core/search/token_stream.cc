#include "core/search/token_stream.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/entities/common_words.h"
#include "core/entities/entity_patterns.h"
#include "core/entities/gazetteer.h"
#include "core/entities/foreign_readings.h"
#include "core/entities/palladius.h"
#include "core/search/query_terms.h"
#include "core/text/case_fold.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

// The key of every entity of the built-in gazetteer, by target: what each word of one of its
// mentions carries in a document.
const std::vector<std::string>& entity_keys() {
  static const std::vector<std::string> keys = [] {
    const EntityMatcher& m = builtin_gazetteer().matcher();
    std::vector<std::string> out;
    out.reserve(m.target_count());
    for (std::uint32_t t = 0; t < m.target_count(); ++t) out.push_back(entity_key(m.target(t).entity));
    return out;
  }();
  return keys;
}

bool phrase_all_caps(const AnalyzedText& t) {
  bool all_caps = t.size() > 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.words()[i].script != WordScript::kDigits && !t.shape(i).all_caps) all_caps = false;
  }
  return all_caps;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// The name keys the feminine-surname rule produces end like this: only then can the plain
// spelling differ from the first name key.
bool may_be_masculine_form(std::string_view key) {
  for (std::string_view end : {"ov", "ev", "in", "ski", "cki"}) {
    if (key.size() >= end.size() && key.substr(key.size() - end.size()) == end) return true;
  }
  return false;
}

// TokenKeyer's prefix of English stem keys (token_keys.h).
constexpr std::string_view kEnglishStem = "~e";

bool has_stem(WordScript script) {
  return script == WordScript::kLatin || script == WordScript::kCyrillic ||
         script == WordScript::kMixed;
}

}  // namespace

TokenizerOptions parse_tokenizer_options(std::span<const std::string_view> args) {
  TokenizerOptions options;
  struct Option {
    std::string_view name;
    bool TokenizerOptions::*field;
  };
  constexpr std::array<Option, 3> kOptions{{{"translit", &TokenizerOptions::translit},
                                            {"stem", &TokenizerOptions::stem},
                                            {"entities", &TokenizerOptions::entities}}};
  std::array<bool, kOptions.size()> seen{};
  for (std::size_t i = 0; i < args.size(); i += 2) {
    const std::string name(args[i]);
    std::size_t which = kOptions.size();
    for (std::size_t k = 0; k < kOptions.size(); ++k) {
      if (iequals_ascii(name, kOptions[k].name)) which = k;
    }
    if (which == kOptions.size()) throw InputError("unknown option '" + name + "'");
    if (seen[which]) throw InputError("option '" + name + "' given more than once");
    seen[which] = true;
    if (i + 1 >= args.size()) throw InputError("option '" + name + "' needs a value (0 or 1)");
    const std::string_view value = args[i + 1];
    if (value != "0" && value != "1") {
      throw InputError("option '" + name + "' must be 0 or 1, got '" + std::string(value) + "'");
    }
    options.*(kOptions[which].field) = value == "1";
  }
  return options;
}

TokenStream::TokenStream(TokenizerOptions options) : options_(options) {
  // Build the shared gazetteer and its keys now rather than inside the first row.
  if (options_.entities) entity_keys();
}

void TokenStream::add_key(std::string_view key, bool tag) {
  if (key_count_ == keys_.size()) keys_.emplace_back();
  std::string& slot = keys_[key_count_];
  slot.clear();
  if (tag) slot.push_back('#');
  slot.append(key);
  if (slot.size() > kMaxTokenBytes) {
    std::size_t n = kMaxTokenBytes;
    while (n > 0 && is_continuation_byte(static_cast<unsigned char>(slot[n]))) --n;
    slot.resize(n);
  }
  if (slot.empty()) return;
  for (std::size_t i = 0; i < key_count_; ++i) {
    if (keys_[i] == slot) return;
  }
  ++key_count_;
}

int TokenStream::tokenize(std::string_view text, TokenMode mode, void* context, Sink sink) {
  // Invalid bytes separate words: tokenize each valid run on its own, offsets shifted.
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view rest = text.substr(pos);
    const std::optional<std::size_t> bad = find_invalid_utf8(rest);
    const std::string_view valid = bad ? rest.substr(0, *bad) : rest;
    // In prefix mode only the last word of the whole text is the prefix.
    const TokenMode run_mode =
        mode == TokenMode::kPrefix && bad ? TokenMode::kQuery : mode;
    if (!valid.empty()) {
      if (int rc = tokenize_valid(valid, pos, run_mode, context, sink)) return rc;
    }
    pos += valid.size() + (bad ? 1 : 0);
  }
  return 0;
}

const WordKeys& TokenStream::add_word_keys(std::size_t i, bool tag, bool all_names) {
  const std::string_view word = text_.word(i);
  const WordScript script = text_.words()[i].script;
  const WordKeys& keys = keyer_.text_keys(word, script);
  add_key(keys.names[0], tag);
  if (key_count_ == 0) add_key(word, false);  // only ь, ъ or apostrophes
  if (!all_names) return keys;
  const std::size_t names = options_.stem ? keys.names.size() : 1;
  for (std::size_t k = 1; k < names; ++k) add_key(keys.names[k], tag);
  if (options_.stem && has_stem(script)) {
    // English stems share the words' namespace, as in FTS5's porter tokenizer: the stem of
    // "sanction" is the word itself and costs no second entry in the index (about half of
    // English words, the most frequent ones among them). Russian stems keep their tag, so
    // that Германия's stem "german" stays apart from German.
    std::string_view stem = keys.stem;
    if (script == WordScript::kLatin && stem.starts_with(kEnglishStem)) {
      stem.remove_prefix(kEnglishStem.size());
    }
    add_key(stem, false);
  }
  return keys;
}

void TokenStream::add_palladius_key(std::string_view folded_word) {
  // A query word's reading in the other system for Chinese names (entities/palladius.h):
  // one more synonym, so that Qiang finds Цян. It joins two scripts, so only with
  // `translit 1`.
  if (!options_.translit) return;
  const std::string key = palladius_key(folded_word);
  if (!key.empty()) add_key(key, false);
}

void TokenStream::add_foreign_keys(std::string_view folded_word) {
  // A Latin name read as its language reads it (entities/foreign_readings.h): Barrot finds
  // Барро. Like the Palladius reading it joins two scripts, so only with `translit 1`.
  if (!options_.translit) return;
  for (const std::string& key : foreign_reading_keys(folded_word)) add_key(key, false);
}

void TokenStream::add_prefixed(char prefix, std::string_view key, bool tag) {
  scratch_.clear();
  scratch_.push_back(prefix);
  if (tag) scratch_.push_back('#');
  scratch_.append(key);
  add_key(scratch_, false);
}

int TokenStream::emit(std::size_t begin, std::size_t end, void* context, Sink sink) {
  Token token;
  token.start = begin;
  token.end = end;
  for (std::size_t k = 0; k < key_count_; ++k) {
    token.text = keys_[k];
    token.colocated = k > 0;
    if (int rc = sink(context, token)) return rc;
  }
  return 0;
}

int TokenStream::tokenize_query(std::string_view text, std::size_t base, TokenMode mode,
                                void* context, Sink sink) {
  text_.analyze(text);
  const std::size_t n = text_.size();
  if (n == 0) return 0;
  const bool prefix = mode == TokenMode::kPrefix;
  const TermReading reading =
      read_term(text, prefix, builtin_gazetteer(), keyer_, options_.entities);
  const std::size_t begin = base + text_.original_begin(0);
  const std::size_t end = base + text_.match_end(n - 1);
  auto tag_of = [&](std::size_t i) {
    const WordScript script = text_.words()[i].script;
    return !options_.translit && (script == WordScript::kCyrillic || script == WordScript::kMixed);
  };
  if (reading.kind == TermKind::kEntity) {
    key_count_ = 0;
    const std::vector<std::string>& keys = entity_keys();
    for (std::uint32_t t : reading.targets) add_key(keys[t], false);
    return emit(begin, end, context, sink);
  }
  if (reading.kind == TermKind::kPerson) {
    // The surname alone: every form of the name holds it (entities/entity_patterns.h),
    // under the rule of a surname that is a word when it is one.
    const PersonName& p = reading.person;
    const NameWord& s = p.words[p.surname];
    const bool calendar = is_calendar_word(s.folded);
    const bool common = calendar || is_common_word(s.folded);
    const bool tag = !options_.translit &&
                     (s.script == WordScript::kCyrillic || s.script == WordScript::kMixed);
    if (calendar) {
      // A surname that is a month (May) counts only in the full name: the name's words in
      // order, the surname as a capitalised word inside a sentence.
      for (std::size_t i = 0; i < n; ++i) {
        key_count_ = 0;
        if (static_cast<int>(i) == p.surname) {
          add_prefixed(kProperPrefix, s.key, tag);
        } else {
          add_word_keys(i, tag_of(i), true);
        }
        if (int rc = emit(base + text_.original_begin(i), base + text_.match_end(i), context, sink)) {
          return rc;
        }
      }
      return 0;
    }
    key_count_ = 0;
    if (common) {
      add_prefixed(kProperPrefix, s.key, tag);
    } else {
      add_key(s.key, tag);
      add_palladius_key(s.folded);
      if (s.script == WordScript::kLatin) add_foreign_keys(s.folded);
    }
    return emit(begin, end, context, sink);
  }
  const bool caps = phrase_all_caps(text_);
  for (std::size_t i = 0; i < n; ++i) {
    key_count_ = 0;
    const bool tag = tag_of(i);
    if (prefix && i + 1 == n) {
      // A prefix is matched against spellings and name keys, so it keeps every letter.
      spelling_ = latin_spelling(text_.word(i));
      add_key(spelling_, tag);
      if (key_count_ == 0) add_key(text_.word(i), false);
    } else if (is_acronym(text_, i, caps)) {
      add_prefixed(kAcronymPrefix, latin_spelling(text_.word(i)), tag);
    } else {
      add_word_keys(i, tag, true);
      add_palladius_key(text_.word(i));
      if (may_be_foreign_name(text_, i)) add_foreign_keys(text_.word(i));
    }
    if (int rc = emit(base + text_.original_begin(i), base + text_.match_end(i), context, sink)) {
      return rc;
    }
  }
  return 0;
}

int TokenStream::tokenize_valid(std::string_view text, std::size_t base, TokenMode mode,
                                void* context, Sink sink) {
  if (mode == TokenMode::kQuery || mode == TokenMode::kPrefix) {
    return tokenize_query(text, base, mode, context, sink);
  }
  text_.analyze(text);
  const std::size_t n = text_.size();
  const bool document = mode == TokenMode::kDocument;
  // The mentions of the built-in gazetteer, as transcript_mentions finds them: each of
  // their words carries the entity's key.
  std::vector<std::uint32_t> entity_of;  // per word: target + 1, 0 for none
  if (document && options_.entities && n > 0) {
    spans_.clear();
    builtin_gazetteer().matcher().scan(text_, keyer_, spans_);
    if (!spans_.empty()) {
      entity_of.assign(n, 0);
      for (const MatchSpan& s : spans_) {
        for (std::size_t w = s.first_word; w < s.end_word; ++w) entity_of[w] = s.target + 1;
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view word = text_.word(i);
    const WordScript script = text_.words()[i].script;
    const bool tag = !options_.translit &&
                     (script == WordScript::kCyrillic || script == WordScript::kMixed);
    key_count_ = 0;
    if (word.size() > kLongWordBytes) {
      // A long word is no name and is kept out of the keyer's cache.
      spelling_ = latin_spelling(word);
      add_key(spelling_, tag);
      if (key_count_ == 0) add_key(word, false);
    } else {
      const WordKeys& keys = add_word_keys(i, tag, document);
      if (document) {
        if (script != WordScript::kDigits) {
          const WordShape shape = text_.shape(i);
          if (shape.all_caps) add_prefixed(kAcronymPrefix, latin_spelling(word), tag);
          // A capitalised word inside a sentence that may be a surname which is also a
          // common word (Price, Мороз): the key the query side of such a surname asks for.
          if (shape.capitalised && keys.common && !text_.starts_sentence(i)) {
            const std::size_t names = options_.stem ? keys.names.size() : 1;
            for (std::size_t k = 0; k < names; ++k) add_prefixed(kProperPrefix, keys.names[k], tag);
          }
        }
        if (!entity_of.empty() && entity_of[i]) add_key(entity_keys()[entity_of[i] - 1], false);
        if (may_be_masculine_form(keys.names[0])) {
          spelling_ = latin_spelling(word);
          add_key(spelling_, tag);
        }
      }
    }
    if (int rc = emit(base + text_.original_begin(i), base + text_.match_end(i), context, sink)) {
      return rc;
    }
  }
  return 0;
}

std::vector<OwnedToken> TokenStream::tokens(std::string_view text, TokenMode mode) {
  std::vector<OwnedToken> out;
  tokenize(text, mode, &out, [](void* context, const Token& token) {
    static_cast<std::vector<OwnedToken>*>(context)->push_back(
        {std::string(token.text), token.start, token.end, token.colocated});
    return 0;
  });
  return out;
}

}  // namespace transcript
