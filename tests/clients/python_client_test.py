"""The extension loaded into Python's sqlite3 module (Debian's /usr/bin/python3).

Run: /usr/bin/python3 tests/clients/python_client_test.py build/transcript.so
(from tests/, so that data/ paths resolve).
"""
import sqlite3
import sys
import unittest

EXTENSION = None
PAGE = "data/mid_ru_lavrov_mgimo_2020.txt"


def connect(entry_point=None):
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    path = EXTENSION[:-3] if EXTENSION.endswith(".so") else EXTENSION
    if entry_point:
        conn.execute("SELECT load_extension(?, ?)", (path, entry_point))
    else:
        conn.load_extension(path)
    conn.enable_load_extension(False)
    return conn


class PythonClient(unittest.TestCase):
    def setUp(self):
        self.conn = connect()
        with open(PAGE, encoding="utf-8") as f:
            self.page = f.read()

    def tearDown(self):
        self.conn.close()

    def test_turn_counts(self):
        row = self.conn.execute(
            "SELECT count(*), sum(kind='remarks'), sum(kind='question'), sum(kind='answer') "
            "FROM transcript_turns(?)", (self.page,)).fetchone()
        self.assertEqual(row, (29, 1, 14, 14))

    def test_bytes_parameter_is_a_page(self):
        row = self.conn.execute(
            "SELECT count(*) FROM transcript_turns(?)", (self.page.encode("utf-8"),)).fetchone()
        self.assertEqual(row, (29,))

    def test_offsets_are_python_string_indices(self):
        rows = self.conn.execute(
            "SELECT label, text, start_char, end_char FROM transcript_turns(?)",
            (self.page,)).fetchall()
        for label, text, start, end in rows:
            span = self.page[start:end]
            self.assertTrue(span.startswith(label + ":" if label else text[:10]), span[:40])
            self.assertTrue(span.rstrip().endswith(text.rstrip()[-20:]), span[-40:])

    def test_document_metadata(self):
        row = self.conn.execute(
            "SELECT date, place, time, speaker, lang, turns FROM transcript_documents(?)",
            (self.page,)).fetchone()
        self.assertEqual(row, ("2020-09-01", "Moscow", "13:42", "Sergey Lavrov", "en", 29))

    def test_errors_are_exceptions_with_the_message(self):
        with self.assertRaises(sqlite3.OperationalError) as cm:
            self.conn.execute("SELECT * FROM transcript_turns(?)", (42,)).fetchall()
        self.assertEqual(str(cm.exception), "transcript_turns: page must be text, got integer '42'")
        with self.assertRaises(sqlite3.OperationalError) as cm:
            self.conn.execute("SELECT transcript_highlight('text', ?, '[', ']')", (b"ok\xff",)).fetchall()
        self.assertEqual(str(cm.exception), "transcript_highlight: invalid UTF-8 at byte 2")
        with self.assertRaises(sqlite3.OperationalError) as cm:
            self.conn.execute("SELECT * FROM transcript_turns").fetchall()
        self.assertEqual(str(cm.exception),
                         "transcript_turns: missing required argument 'page'")

    def test_a_bad_byte_in_a_page_is_replaced(self):
        # Pages bound as bytes with a byte that is not UTF-8: read as U+FFFD, counted.
        page = b"Question: Why now?\n\nSergey Lavrov: Because it is time\xff.\n"
        rows = self.conn.execute("SELECT kind, speaker, text, start_char, end_char FROM transcript_turns(?)",
                                 (page,)).fetchall()
        self.assertEqual(rows, [("question", None, "Why now?", 0, 18),
                                ("answer", "Sergey Lavrov", "Because it is time\ufffd.", 20, 55)])
        decoded = page.decode("utf-8", "replace")
        self.assertEqual(decoded[20:55], "Sergey Lavrov: Because it is time\ufffd.")
        self.assertEqual(self.conn.execute("SELECT replaced, charset FROM transcript_documents(?)",
                                           (page,)).fetchone(), (1, "UTF-8"))
        # The functions read such a text the same way.
        self.assertEqual(self.conn.execute("SELECT transcript_highlight(?, 'Lavrov', '[', ']')",
                                           (b"Sergey Lavrov\xff said",)).fetchone(), ("[Sergey Lavrov]\ufffd said",))
        self.assertEqual(self.conn.execute("SELECT transcript_find(?, 'Lavrov')", (b"Lavrov\xff",)).fetchone(), (1,))

    def test_noread_entry_point_has_no_files_form(self):
        conn = connect("sqlite3_transcript_noread_init")
        with self.assertRaises(sqlite3.OperationalError) as cm:
            conn.execute("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='data/*.txt')")
        self.assertEqual(str(cm.exception), "transcript_turns: the noread entry point reads no files; use transcript_turns(page)")
        self.assertEqual(conn.execute(
            "SELECT count(*) FROM transcript_turns(?)", (self.page,)).fetchone(), (29,))


if __name__ == "__main__":
    EXTENSION = sys.argv.pop(1)
    unittest.main(verbosity=2)
