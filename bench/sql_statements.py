"""Splits a migration's SQL text into statements with the lines they span, so that findings given by
line (Squawk's violations, flaqes.analyze_ddl's rows) can be put on the statement they belong to.

Knows what can hide a semicolon in the SQL a migration holds: -- and /* */ comments (nested, as in
PostgreSQL), 'strings' (with '' inside), E'strings' (with backslash escapes), "identifiers" and
$tag$ dollar quotes $tag$. A statement starts at its first token (comments before it are not part of
it), as PostgreSQL's parser counts it."""
import re
from typing import NamedTuple

DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


class Statement(NamedTuple):
    start_line: int  # 1-based line of the first token
    end_line: int    # 1-based line of the terminating semicolon (or of the last token)
    text: str        # from the first token up to, not including, the semicolon


def _skip_quoted(sql, i, quote, backslash):
    """Index just past the quoted run that starts at sql[i] (a doubled quote stays inside)."""
    i += 1
    while i < len(sql):
        if backslash and sql[i] == "\\":
            i += 2
            continue
        if sql[i] == quote:
            if i + 1 < len(sql) and sql[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return i


def _skip_block_comment(sql, i):
    depth = 0
    while i < len(sql):
        if sql.startswith("/*", i):
            depth += 1
            i += 2
        elif sql.startswith("*/", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        else:
            i += 1
    return i


def _skip_token(sql, i):
    """Index just past the lexical unit at sql[i], or None when it is not a quote or comment."""
    c = sql[i]
    if sql.startswith("--", i):
        end = sql.find("\n", i)
        return len(sql) if end < 0 else end
    if sql.startswith("/*", i):
        return _skip_block_comment(sql, i)
    if c in "eE" and sql.startswith("'", i + 1) and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_")):
        return _skip_quoted(sql, i + 1, "'", backslash=True)
    if c in "'\"":
        return _skip_quoted(sql, i, c, backslash=False)
    if c == "$" and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] == "_")):
        m = DOLLAR_TAG.match(sql, i)
        if m:
            end = sql.find(m.group(0), m.end())
            return len(sql) if end < 0 else end + len(m.group(0))
    return None


def split(sql):
    """The statements of `sql`, in order; empty statements (a lone semicolon) are left out."""
    statements = []
    start = None  # index of the current statement's first token
    i = 0
    while i < len(sql):
        c = sql[i]
        comment = sql.startswith("--", i) or sql.startswith("/*", i)
        if c == ";":
            if start is not None:
                statements.append(_statement(sql, start, i, i))
            start = None
            i += 1
            continue
        if start is None and not comment and not c.isspace():
            start = i
        end = _skip_token(sql, i)
        i = end if end is not None else i + 1
    if start is not None:
        last = len(sql.rstrip()) - 1
        statements.append(_statement(sql, start, len(sql), last))
    return statements


def _statement(sql, start, end, last):
    return Statement(sql.count("\n", 0, start) + 1, sql.count("\n", 0, last) + 1, sql[start:end].rstrip())


def statement_at(statements, line):
    """The index of the statement whose lines hold `line` (1-based); a line between statements goes to
    the next one (a violation can point at a comment just before a statement); None after the last
    or for no line."""
    if line is None:
        return None
    for n, s in enumerate(statements):
        if line <= s.end_line:
            return n
    return None
