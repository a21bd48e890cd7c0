// Registration of the matching functions and tables, which share one ConnectionContext
// per connection (see connection_context.h).
#pragma once

#include <memory>

#include "sqlite/connection_context.h"

namespace transcript::sql {

int register_text_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context);
int register_entity_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context);
int register_entity_tables(sqlite3* db, const std::shared_ptr<ConnectionContext>& context);
int register_snippet_functions(sqlite3* db, const std::shared_ptr<ConnectionContext>& context);

}  // namespace transcript::sql
