// The module shape of table-valued functions that are not over pages: transcript_mentions,
// transcript_snippets, transcript_entities, transcript_files. Each is eponymous only (no
// CREATE VIRTUAL TABLE), read-only and SQLITE_VTAB_INNOCUOUS, except that a table that
// reads files (reads_files) is SQLITE_VTAB_DIRECTONLY.
//
// Schema: the spec's output columns, then one HIDDEN column per argument, in argument
// order. Query plans: idxNum is a bit mask of the arguments given by usable equality
// constraints (argvIndex in argument order, omitted from re-checking). An argument whose
// constraint exists but is unusable makes xBestIndex return SQLITE_CONSTRAINT, so the
// planner tries another order. When a required argument has no constraint at all, the plan
// costs 1e300 (so it is chosen only when nothing else exists) and xFilter fails with
// "<name>: missing required argument '<arg>'" — never "no query solution". Other
// constraints are left to SQLite.
//
// The argument values are copied (sqlite3_value_dup) for the cursor's lifetime, so rows
// may point into them.
#pragma once

#include <memory>
#include <vector>

#include "sqlite/connection_context.h"
#include "sqlite/table_rows.h"

namespace transcript::sql {

struct FunctionCall {
  sqlite3* db;
  ConnectionContext& context;
  const char* name;
  // One value per argument, nullptr when the argument was not given.
  std::vector<sqlite3_value*> args;
};

struct FunctionTableSpec {
  const char* name;
  const char* columns;                  // output columns for CREATE TABLE
  int column_count;
  std::vector<const char*> arguments;   // hidden argument columns, in order
  int required;                         // how many leading arguments are required
  // Produces the rows; may throw SqlError or InputError (prefixed with the name).
  std::unique_ptr<TableRows> (*produce)(FunctionCall& call);
  bool reads_files = false;             // SQLITE_VTAB_DIRECTONLY instead of INNOCUOUS
};

int register_function_table(sqlite3* db, const FunctionTableSpec& spec,
                            const std::shared_ptr<ConnectionContext>& context);

}  // namespace transcript::sql
