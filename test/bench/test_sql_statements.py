"""bench/sql_statements.py: statement boundaries and lines, as Squawk's and flaqes's line numbers need."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import sql_statements  # noqa: E402


def starts(sql):
    return [(s.start_line, s.end_line, s.text) for s in sql_statements.split(sql)]


def test_comments_before_a_statement_are_not_part_of_it():
    sql = "-- first; not a statement\n/* nor; this */\nALTER TABLE t\n  ADD COLUMN c int;\n"
    assert starts(sql) == [(3, 4, "ALTER TABLE t\n  ADD COLUMN c int")]


def test_semicolons_inside_quotes_and_comments_do_not_end_a_statement():
    sql = ("SELECT 'a;b', \"odd;name\", E'it\\'s;', $f$ ; $f$, $$;$$ /* ; /* nested ; */ ; */ -- ;\n"
           "FROM t; SELECT 2;")
    texts = [text for _, _, text in starts(sql)]
    assert len(texts) == 2 and texts[1] == "SELECT 2"
    assert texts[0].endswith("FROM t")


def test_empty_statements_are_left_out_and_a_last_statement_needs_no_semicolon():
    assert starts(";;\nSELECT 1;\n;\nSELECT 2\n-- done\n") == [(2, 2, "SELECT 1"), (4, 5, "SELECT 2\n-- done")]


def test_a_line_maps_to_the_statement_that_holds_it_or_the_next_one():
    statements = sql_statements.split("-- header\nCREATE TABLE t (a int);\n\n-- why\nALTER TABLE t\n  ADD b int;\n")
    assert [sql_statements.statement_at(statements, line) for line in range(1, 8)] == [0, 0, 1, 1, 1, 1, None]
