// Types of sqlite-transcript (better-sqlite3's Database, or anything with the same
// loadExtension/prepare/exec/inTransaction).
interface Database {
  loadExtension(path: string, entryPoint?: string): unknown;
  prepare(sql: string): any;
  exec(sql: string): unknown;
  readonly inTransaction: boolean;
}

export interface ArchiveSummary {
  matched: number; new: number; changed: number; unchanged: number; duplicate: number;
  skipped: number; documents: number; turns: number; contacts: number; mentions: number;
  skippedPages: { path: string; error: string }[];
}

export declare class ArchiveError extends Error {
  pages: { path: string; error: string }[];
  code?: string;
}

export declare function getLoadablePath(): string;
export declare function getArchiveSqlPath(): string;
export declare function load(db: Database, entryPoint?: string): void;
export declare function buildArchive(db: Database, glob: string,
  options?: { onError?: 'fail' | 'skip' }): ArchiveSummary;
