#include "core/search/token_stream.h"

#include <array>
#include <unordered_map>

#include "core/entities/entity_patterns.h"
#include "core/entities/gazetteer.h"
#include "core/text/case_fold.h"
#include "core/text/input_error.h"
#include "core/text/utf8.h"

namespace transcript {
namespace {

// One-word aliases of the built-in countries and organisations, by the alias's key: what a
// word of a text must have among its name keys to be that entity.
struct EntityAlias {
  std::string key;  // "=" + the folded English name of the entity
  CaseRule rule;    // in a document; queries ignore it
};
using EntityIndex =
    std::unordered_map<std::string, std::vector<EntityAlias>, TransparentHash, std::equal_to<>>;

const EntityIndex& entity_index() {
  static const EntityIndex index = [] {
    EntityIndex out;
    TokenKeyer keyer;
    for (const EntityRow& row : builtin_entity_rows()) {
      if (row.kind != "country" && row.kind != "organisation") continue;
      // phrase_pattern decides acronyms and capitalised names as transcript_mentions does.
      const Pattern pattern = phrase_pattern(row.alias, keyer, /*case_rules=*/true);
      if (pattern.size() != 1) continue;  // a phrase ("United States") is not one token
      const std::string entity_key = "=" + fold(row.entity);
      for (const std::string& key : pattern[0].keys) {
        if (key.empty() || key[0] == kStemPrefix) continue;  // names only, never stems
        std::vector<EntityAlias>& aliases = out[key];
        bool found = false;
        for (EntityAlias& a : aliases) {
          if (a.key != entity_key) continue;
          // Two aliases of one entity with one key (OSCE in two languages): the looser
          // rule wins (kAny < kCapitalised < kAllCaps).
          if (pattern[0].rule < a.rule) a.rule = pattern[0].rule;
          found = true;
        }
        if (!found) aliases.push_back({entity_key, pattern[0].rule});
      }
    }
    return out;
  }();
  return index;
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
  // Build the shared entity index now rather than inside the first row.
  if (options_.entities) entity_index();
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

int TokenStream::tokenize_valid(std::string_view text, std::size_t base, TokenMode mode,
                                void* context, Sink sink) {
  text_.analyze(text);
  const std::size_t n = text_.size();
  const EntityIndex* entities = options_.entities ? &entity_index() : nullptr;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view word = text_.word(i);
    const WordScript script = text_.words()[i].script;
    const bool tag = !options_.translit &&
                     (script == WordScript::kCyrillic || script == WordScript::kMixed);
    key_count_ = 0;
    if (word.size() > kLongWordBytes || (mode == TokenMode::kPrefix && i + 1 == n)) {
      // A prefix is matched against spellings and name keys, so it keeps every letter;
      // a long word is no name and is kept out of the keyer's cache.
      spelling_ = latin_spelling(word);
      add_key(spelling_, tag);
      if (key_count_ == 0) add_key(word, false);  // only ь, ъ or apostrophes
    } else {
      const WordKeys& keys = keyer_.text_keys(word, script);
      add_key(keys.names[0], tag);
      if (key_count_ == 0) add_key(word, false);  // only ь, ъ or apostrophes
      if (mode != TokenMode::kAux) {
        const std::size_t names = options_.stem ? keys.names.size() : 1;
        for (std::size_t k = 1; k < names; ++k) add_key(keys.names[k], tag);
        if (options_.stem && has_stem(script)) {
          // English stems share the words' namespace, as in FTS5's porter tokenizer: the
          // stem of "sanction" is the word itself and costs no second entry in the index
          // (about half of English words, the most frequent ones among them). Russian
          // stems keep their tag, so that Германия's stem "german" stays apart from German.
          std::string_view stem = keys.stem;
          if (script == WordScript::kLatin && stem.starts_with(kEnglishStem)) {
            stem.remove_prefix(kEnglishStem.size());
          }
          add_key(stem, false);
        }
        if (entities) {
          const bool case_rules = mode == TokenMode::kDocument;
          bool shaped = false;
          WordShape shape;
          for (std::size_t k = 0; k < names; ++k) {
            const auto it = entities->find(keys.names[k]);
            if (it == entities->end()) continue;
            for (const EntityAlias& alias : it->second) {
              if (case_rules && alias.rule != CaseRule::kAny) {
                if (!shaped) shape = text_.shape(i), shaped = true;
                if (alias.rule == CaseRule::kCapitalised && !shape.capitalised) continue;
                if (alias.rule == CaseRule::kAllCaps && !shape.all_caps) continue;
              }
              add_key(alias.key, false);
            }
          }
        }
        if (mode == TokenMode::kDocument && may_be_masculine_form(keys.names[0])) {
          spelling_ = latin_spelling(word);
          add_key(spelling_, tag);
        }
      }
    }
    Token token;
    token.start = base + text_.original_begin(i);
    token.end = base + text_.original_full_end(i);
    for (std::size_t k = 0; k < key_count_; ++k) {
      token.text = keys_[k];
      token.colocated = k > 0;
      if (int rc = sink(context, token)) return rc;
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
