// The building blocks of matching, as scalar functions:
//
//   transcript_fold(text)          case fold + NFKC, ё -> е, Latin diacritics removed
//   transcript_translit(text)      Cyrillic to Latin (BGN-based, press spellings)
//   transcript_script(text)        'Latn', 'Cyrl', 'Zmix' (both) or 'Zyyy' (neither)
//   transcript_stem(word, lang)    Snowball stem of the folded word ('en', 'ru', 'english' …)
//
// NULL in, NULL out. Invalid UTF-8 and an unknown language are errors.
#include "core/text/case_fold.h"
#include "core/text/script.h"
#include "core/text/transliteration.h"
#include "core/text/utf8.h"
#include "sqlite/connection_context.h"
#include "sqlite/entity_registration.h"

namespace transcript::sql {

namespace {

void fold_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_fold", [&] {
    auto text = utf8_text_argument(argv[0], "transcript_fold", "text");
    if (!text) return sqlite3_result_null(ctx);
    result_text(ctx, std::string_view(fold(*text)));
  });
}

void translit_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_translit", [&] {
    auto text = utf8_text_argument(argv[0], "transcript_translit", "text");
    if (!text) return sqlite3_result_null(ctx);
    result_text(ctx, std::string_view(transliterate(*text)));
  });
}

void script_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_script", [&] {
    auto text = utf8_text_argument(argv[0], "transcript_script", "text");
    if (!text) return sqlite3_result_null(ctx);
    result_text(ctx, script_code(*text));
  });
}

void stem_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_stem", [&] {
    auto word = utf8_text_argument(argv[0], "transcript_stem", "word");
    auto lang = utf8_text_argument(argv[1], "transcript_stem", "lang");
    if (!word || !lang) return sqlite3_result_null(ctx);
    Stemmer& stemmer = context_of(sqlite3_user_data(ctx)).stemmer(*lang);
    result_text(ctx, stemmer.stem(fold(*word)));
  });
}

}  // namespace

int register_text_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context) {
  return register_context_functions(db, context, {
      {"transcript_fold", 1, fold_function},
      {"transcript_translit", 1, translit_function},
      {"transcript_script", 1, script_function},
      {"transcript_stem", 2, stem_function},
  });
}

}  // namespace transcript::sql
