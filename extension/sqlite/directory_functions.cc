// transcript_country(name) and transcript_phone(text [, region]): the lookups the
// contacts table uses, as scalar functions.
//
//   SELECT transcript_country('Соединенных Штатов Америки');   -- 'US'
//   SELECT transcript_phone('+7 495 728-50-00');                -- '+74957285000'
//   SELECT transcript_phone('(495) 728-50-00', 'RU');           -- '+74957285000'
//
// NULL in any argument gives NULL; a name that is no country and a number libphonenumber cannot read
// give NULL too (a lookup that finds nothing is not an error). A region that is not two
// ASCII letters is an error, and so is invalid UTF-8 in any argument.
#include <cctype>

#include "core/directory/phone_numbers.h"
#include "core/entities/country_names.h"
#include "core/directory/country_lookup.h"
#include "core/text/utf8.h"
#include "sqlite/tables.h"

namespace transcript::sql {

namespace {

void country_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
  guarded(ctx, "transcript_country", [&] {
    auto name = text_argument(argv[0], "transcript_country", "name");
    if (!name) return sqlite3_result_null(ctx);
    require_utf8(*name);
    result_text(ctx, directory_country_code(*name));
  });
}

void phone_function(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  guarded(ctx, "transcript_phone", [&] {
    auto text = text_argument(argv[0], "transcript_phone", "text");
    if (!text) return sqlite3_result_null(ctx);
    require_utf8(*text);
    std::string region;
    if (argc > 1) {
      auto given = text_argument(argv[1], "transcript_phone", "region");
      if (!given) return sqlite3_result_null(ctx);  // NULL in, NULL out, as everywhere
      {
        require_utf8(*given);
        const bool valid = given->size() == 2 && std::isalpha(static_cast<unsigned char>((*given)[0])) &&
                           std::isalpha(static_cast<unsigned char>((*given)[1]));
        if (!valid) {
          throw SqlError(SQLITE_ERROR, "transcript_phone: region must be an ISO 3166-1 alpha-2 code, got '" +
                                           std::string(*given) + "'");
        }
        for (char c : *given) region.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
      }
    }
    result_text(ctx, phone_to_e164(*text, region));
  });
}

}  // namespace

int register_directory_functions(sqlite3* db) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function_v2(db, "transcript_country", 1, flags, nullptr,
                                      country_function, nullptr, nullptr, nullptr);
  for (int narg : {1, 2}) {
    if (rc == SQLITE_OK) {
      rc = sqlite3_create_function_v2(db, "transcript_phone", narg, flags, nullptr,
                                      phone_function, nullptr, nullptr, nullptr);
    }
  }
  return rc;
}

}  // namespace transcript::sql
