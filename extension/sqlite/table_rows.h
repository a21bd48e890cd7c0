// TableRows: the rows a virtual table produces for one xFilter (the turns of a page, the
// mentions in a text …), owned by the cursor. Shared by page_table and function_table.
#pragma once

#include <cstddef>

#include "sqlite/sqlite_api.h"

namespace transcript::sql {

class TableRows {
 public:
  virtual ~TableRows() = default;
  virtual std::size_t size() const = 0;
  // Sets the result for output column `column` (0-based) of row `row`.
  virtual void column(sqlite3_context* ctx, std::size_t row, int column) const = 0;
  virtual sqlite3_int64 rowid(std::size_t row) const { return static_cast<sqlite3_int64>(row) + 1; }
};

}  // namespace transcript::sql
