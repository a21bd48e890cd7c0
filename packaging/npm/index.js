// sqlite-transcript: transcript, the SQLite extension for foreign-ministry transcript
// pages, for Node (better-sqlite3).
//
//   const Database = require('better-sqlite3');
//   const transcript = require('sqlite-transcript');
//   const db = new Database('archive.db');
//   transcript.load(db);
//   transcript.buildArchive(db, 'pages/*.html');   // sql/archive.sql, run from Node
//
// The package holds one self-contained transcript.so (Linux x86-64, glibc 2.35 or newer)
// and sql/archive.sql with its statements split for hosts (archive.json).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const COUNTS = ['matched', 'new', 'changed', 'unchanged', 'duplicate', 'skipped',
  'documents', 'turns', 'contacts', 'mentions'];

// The path of transcript.so in this package (better-sqlite3's loadExtension takes it as is).
function getLoadablePath() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`sqlite-transcript: this package holds a Linux x86-64 transcript.so; ` +
      `there is none for ${process.platform}-${process.arch}`);
  }
  const file = path.join(__dirname, 'transcript.so');
  if (!fs.existsSync(file)) throw new Error(`sqlite-transcript: missing ${file}`);
  return file;
}

// Loads transcript into a better-sqlite3 Database. entryPoint
// 'sqlite3_transcript_noread_init' registers everything except what reads files.
function load(db, entryPoint) {
  if (entryPoint === undefined) db.loadExtension(getLoadablePath());
  else db.loadExtension(getLoadablePath(), entryPoint);
}

// The archive.sql this package runs (the same file as the sqlite3 shell's).
function getArchiveSqlPath() {
  return path.join(__dirname, 'archive.sql');
}

class ArchiveError extends Error {
  constructor(message, pages, cause) {
    super(message);
    this.name = 'ArchiveError';
    this.pages = pages;  // [{path, error}]
    this.code = cause && cause.code;
  }
}

let statements;

// Builds, or refreshes, the archive in db from the pages that glob matches: the statements
// of sql/archive.sql in order with :glob and :on_error bound, as `.parameter set :glob ...`
// then `.read sql/archive.sql` in the sqlite3 shell: the same tables, keys and refresh
// rules; a second run on the same folder changes nothing. The glob is relative to
// process.cwd(). transcript must be loaded into db (load(db)).
//
// options.onError: 'fail' (default): a page that cannot be read or decoded stops the run,
// nothing is written, and an ArchiveError lists the pages (error.pages); 'skip': the other
// pages are archived and the bad ones are returned in skippedPages.
//
// Returns {matched, new, changed, unchanged, duplicate, skipped, documents, turns, contacts,
// mentions, skippedPages: [{path, error}]}. The run is one transaction: on any error nothing
// is written and the error is thrown.
function buildArchive(db, glob, options = {}) {
  const onError = options.onError === undefined ? 'fail' : options.onError;
  if (db.inTransaction) {
    throw new Error('buildArchive: the connection is inside a transaction; commit or roll back ' +
      'first (the archive is built in a transaction of its own)');
  }
  if (statements === undefined) {
    statements = JSON.parse(fs.readFileSync(path.join(__dirname, 'archive.json'), 'utf8')).statements;
  }
  const values = { glob, on_error: onError };
  const results = {};
  try {
    for (const statement of statements) {
      const params = {};
      for (const name of statement.params) params[name] = values[name];
      const stmt = db.prepare(statement.sql);
      if (stmt.reader) {
        const columns = stmt.columns().map((c) => c.name);
        results[columns[0]] = stmt.raw(true).all(params);
      } else {
        stmt.run(params);
      }
    }
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    for (const name of ['archive_todo', 'archive_check', 'archive_documents', 'archive_files',
      'archive_args']) {
      try { db.exec(`DROP TABLE IF EXISTS temp.${name}`); } catch (_) { /* keep the first error */ }
    }
    const unreadable = results.cannot_read;
    if (unreadable && unreadable.length && e.code === 'SQLITE_CONSTRAINT_CHECK') {
      const pages = unreadable.map(([p, error]) => ({ path: p, error }));
      throw new ArchiveError(e.message + pages.map((p) => `\n  ${p.path}: ${p.error}`).join(''), pages, e);
    }
    throw e;
  }
  const summary = {};
  COUNTS.forEach((name, i) => { summary[name] = results.matched[0][i]; });
  summary.skippedPages = (results.skipped || []).map(([p, error]) => ({ path: p, error }));
  return summary;
}

module.exports = { getLoadablePath, load, buildArchive, getArchiveSqlPath, ArchiveError };
