// transcript_mentions(text [, gazetteer]) and transcript_entities: the entities found in a
// text, and the built-in gazetteer they come from.
//
//   SELECT entity, surface, start_char FROM transcript_mentions('Лукашенко и ОБСЕ');
//   SELECT * FROM transcript_mentions(:text, 'my_people');   -- a user gazetteer
//   SELECT alias, lang FROM transcript_entities WHERE entity = 'OSCE';
//
// transcript_mentions: entity, kind, code (NULL when none), surface (as printed),
// start_char, end_char; overlapping matches resolve to the longest. A user gazetteer is
// the name of a table or view with columns entity and alias, and optionally kind
// ('person' for person names, anything else for phrases); it is compiled once per
// connection and rebuilt when the database changes. NULL text gives no rows; a NULL
// gazetteer means the built-in one.
//
// transcript_entities: entity (canonical English name), kind (country, organisation,
// person), code (ISO 3166-1 alpha-2 for countries, the usual abbreviation for
// organisations, else NULL), alias, lang; one row per alias; read-only.
#include "core/entities/gazetteer.h"
#include "core/entities/mentions.h"
#include "sqlite/entity_registration.h"
#include "sqlite/function_table.h"

namespace transcript::sql {

namespace {

void result_nonempty(sqlite3_context* ctx, std::string_view value) {
  if (value.empty()) {
    sqlite3_result_null(ctx);
  } else {
    result_text(ctx, value);
  }
}

// The mentions found in one text. Entity, kind and code point into the built-in gazetteer,
// which lives as long as the process; a user gazetteer's are copied, since another statement
// may rebuild it while this cursor is open. Surfaces point into the text argument, which the
// cursor owns, or into its decoded copy (ill-formed UTF-8 read as U+FFFD), which these rows
// own.
class MentionRows : public TableRows {
 public:
  MentionRows(const std::vector<Mention>& mentions, bool copy_names,
              std::unique_ptr<std::string> decoded = nullptr)
      : decoded_(std::move(decoded)) {
    rows_.reserve(mentions.size());
    if (copy_names) {
      // One buffer for every name, read once it is complete (it does not move after).
      std::vector<std::size_t> at;
      at.reserve(mentions.size() * 3);
      for (const Mention& m : mentions) {
        for (std::string_view part : {m.entity, m.kind, m.code}) {
          at.push_back(names_.size());
          names_.append(part);
        }
      }
      const std::string_view names(names_);
      std::size_t k = 0;
      for (const Mention& m : mentions) {
        const std::size_t e = at[k], kd = at[k + 1], c = at[k + 2];
        k += 3;
        rows_.push_back({names.substr(e, m.entity.size()), names.substr(kd, m.kind.size()),
                         names.substr(c, m.code.size()), m.surface, m.start_char, m.end_char});
      }
    } else {
      for (const Mention& m : mentions) {
        rows_.push_back({m.entity, m.kind, m.code, m.surface, m.start_char, m.end_char});
      }
    }
  }
  std::size_t size() const override { return rows_.size(); }
  void column(sqlite3_context* ctx, std::size_t row, int column) const override {
    const Row& m = rows_[row];
    switch (column) {
      case 0: result_text(ctx, m.entity); break;
      case 1: result_nonempty(ctx, m.kind); break;
      case 2: result_nonempty(ctx, m.code); break;
      case 3: result_text(ctx, m.surface); break;
      case 4: sqlite3_result_int64(ctx, m.start_char); break;
      case 5: sqlite3_result_int64(ctx, m.end_char); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  struct Row {
    std::string_view entity, kind, code, surface;
    std::int64_t start_char, end_char;
  };
  std::unique_ptr<std::string> decoded_;
  std::string names_;
  std::vector<Row> rows_;
};

std::unique_ptr<TableRows> produce_mentions(FunctionCall& call) {
  auto decoded = std::make_unique<std::string>();
  auto text = lenient_text_argument(call.args[0], call.name, "text", *decoded);
  std::vector<Mention> mentions;
  if (!text) return std::make_unique<MentionRows>(mentions, false);
  std::optional<std::string_view> table;
  if (call.args.size() > 1 && call.args[1]) {
    table = text_argument(call.args[1], call.name, "gazetteer");
  }
  if (table) {
    const Gazetteer& gazetteer = call.context.user_gazetteer(call.db, call.name, *table);
    find_mentions(*text, gazetteer, call.context.match(), mentions);
    return std::make_unique<MentionRows>(mentions, true, std::move(decoded));
  }
  find_mentions(*text, builtin_gazetteer(), call.context.match(), mentions);
  return std::make_unique<MentionRows>(mentions, false, std::move(decoded));
}

class EntityRows : public TableRows {
 public:
  EntityRows() : rows_(builtin_entity_rows()) {}
  std::size_t size() const override { return rows_.size(); }
  void column(sqlite3_context* ctx, std::size_t row, int column) const override {
    const EntityRow& e = rows_[row];
    switch (column) {
      case 0: result_text(ctx, std::string_view(e.entity)); break;
      case 1: result_nonempty(ctx, e.kind); break;
      case 2: result_nonempty(ctx, e.code); break;
      case 3: result_text(ctx, std::string_view(e.alias)); break;
      case 4: result_nonempty(ctx, e.lang); break;
      default: sqlite3_result_null(ctx);
    }
  }

 private:
  const std::vector<EntityRow>& rows_;
};

std::unique_ptr<TableRows> produce_entities(FunctionCall&) {
  return std::make_unique<EntityRows>();
}

const FunctionTableSpec kMentionsSpec = {
    "transcript_mentions",
    "entity TEXT, kind TEXT, code TEXT, surface TEXT, start_char INTEGER, end_char INTEGER",
    6,
    {"text", "gazetteer"},
    1,
    produce_mentions,
};

const FunctionTableSpec kEntitiesSpec = {
    "transcript_entities",
    "entity TEXT, kind TEXT, code TEXT, alias TEXT, lang TEXT",
    5,
    {},
    0,
    produce_entities,
};

}  // namespace

int register_entity_tables(sqlite3* db, const std::shared_ptr<ConnectionContext>& context) {
  int rc = register_function_table(db, kMentionsSpec, context);
  if (rc == SQLITE_OK) rc = register_function_table(db, kEntitiesSpec, context);
  return rc;
}

}  // namespace transcript::sql
