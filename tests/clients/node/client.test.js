// The extension loaded into Node's better-sqlite3 (v12; v13 needs Node 22).
// Run from tests/: TRANSCRIPT_EXTENSION=../build/transcript.so node --test clients/node/
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

const extension = process.env.TRANSCRIPT_EXTENSION;
const page = fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'mid_ru_lavrov_mgimo_2020.txt'), 'utf8');

function open() {
  const db = new Database(':memory:');
  db.loadExtension(extension);
  return db;
}

test('turn counts by kind', () => {
  const db = open();
  const rows = db.prepare(
    'SELECT kind, count(*) AS n FROM transcript_turns(?) GROUP BY kind ORDER BY kind').all(page);
  assert.deepStrictEqual(rows, [
    { kind: 'answer', n: 14 }, { kind: 'question', n: 14 }, { kind: 'remarks', n: 1 }]);
});

test('offsets index JavaScript strings by code point', () => {
  const db = open();
  const codePoints = Array.from(page);
  for (const t of db.prepare('SELECT label, text, start_char, end_char FROM transcript_turns(?)').iterate(page)) {
    const span = codePoints.slice(t.start_char, t.end_char).join('');
    assert.ok(span.startsWith(t.label ? t.label + ':' : t.text.slice(0, 10)), span.slice(0, 40));
  }
});

test('document metadata', () => {
  const db = open();
  assert.deepStrictEqual(
    db.prepare('SELECT date, place, time, speaker, lang, turns FROM transcript_documents(?)').get(page),
    { date: '2020-09-01', place: 'Moscow', time: '13:42', speaker: 'Sergey Lavrov', lang: 'en', turns: 29 });
});

test('errors carry the message', () => {
  const db = open();
  assert.throws(() => db.prepare('SELECT * FROM transcript_turns(?)').all(42n),
    { message: "transcript_turns: page must be text, got integer '42'" });
  assert.throws(() => db.prepare("SELECT transcript_highlight('text', ?, '[', ']')").all(Buffer.from([0x6f, 0x6b, 0xff])),
    { message: 'transcript_highlight: invalid UTF-8 at byte 2' });
});

test('a bad byte in a page is replaced, not an error', () => {
  const db = open();
  const page = Buffer.concat([Buffer.from('Question: Why now?\n\nSergey Lavrov: Because it is time'),
    Buffer.from([0xff]), Buffer.from('.\n')]);
  assert.deepStrictEqual(db.prepare('SELECT kind, text, start_char, end_char FROM transcript_turns(?)').all(page), [
    { kind: 'question', text: 'Why now?', start_char: 0, end_char: 18 },
    { kind: 'answer', text: 'Because it is time\ufffd.', start_char: 20, end_char: 55 }]);
  assert.deepStrictEqual(db.prepare('SELECT replaced, charset FROM transcript_documents(?)').get(page),
    { replaced: 1, charset: 'UTF-8' });
  assert.strictEqual(db.prepare("SELECT transcript_highlight(?, 'Lavrov', '[', ']') AS h").get(
    Buffer.concat([Buffer.from('Sergey Lavrov'), Buffer.from([0xff]), Buffer.from(' said')])).h, '[Sergey Lavrov]\ufffd said');
});

test('numbers bound from JavaScript are accepted as integer options (issue 17)', () => {
  const db = open();
  // better-sqlite3 binds 3 as an integer but 3.0 computed at run time as a REAL.
  const max = Math.sqrt(9);
  assert.strictEqual(
    db.prepare("SELECT transcript_snippet(?, ?, '[', ']', '…', ?) AS s").get(
      'One two three four five OSCE six seven.', 'OSCE', max).s,
    '…five [OSCE] six…');
  assert.throws(() => db.prepare("SELECT transcript_snippet('a OSCE', 'OSCE', '[', ']', '…', ?)").get(2.5),
    { message: "transcript_snippet: max_tokens must be an integer, got real '2.5'" });
});
