// Registration of every SQL object, one function per concept; extension.cc calls them.
// allow_files is false for the noread entry point.
#pragma once

#include <memory>

#include "sqlite/connection_context.h"
#include "sqlite/sqlite_api.h"

namespace transcript::sql {

int register_turns_table(sqlite3* db, bool allow_files);
int register_documents_table(sqlite3* db, bool allow_files);
int register_contacts_table(sqlite3* db, bool allow_files);
int register_meta_functions(sqlite3* db);
int register_directory_functions(sqlite3* db);
// The FTS5 tokenizer `transcript`; SQLITE_OK without registering when the host SQLite has no
// FTS5.
int register_fts5_tokenizer(sqlite3* db);
// transcript_files(glob): registered only by the entry point that reads files.
int register_files_table(sqlite3* db, const std::shared_ptr<ConnectionContext>& context);

}  // namespace transcript::sql
