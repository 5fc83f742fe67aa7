// A migration's text split into statements by PostgreSQL's own parser: each statement's raw
// parse tree, its text and the line where its first token stands, and the keyword positions
// analyze_ddl needs to write a statement in its CONCURRENTLY or non-concurrent form.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pg/boundary.hpp"

namespace flaqes::pg {

struct DdlStatement {
    int line = 0;               // 1-based line of the first token
    std::string text;           // from the first token to the end of the statement, without the semicolon
    Node* tree = nullptr;       // the raw parse tree (palloc'd in the caller's memory context)
    std::size_t concurrently = std::string::npos;  // offset in text of the first CONCURRENTLY keyword
    std::size_t index = std::string::npos;         // offset in text of the first INDEX keyword
};

// The statements of `ddl`, in order; none for empty input or only comments. A syntax error is
// an error 42601 whose message starts with the line, "line 3: syntax error at or near ...".
std::vector<DdlStatement> parse_ddl(const std::string& ddl);

// The statement with its CONCURRENTLY keyword removed (run inside a transaction block), and with
// CONCURRENTLY written after its INDEX keyword (the safe form of CREATE/DROP INDEX); "" when the
// keyword to edit is missing.
std::string without_concurrently(const DdlStatement& statement);
std::string with_concurrently(const DdlStatement& statement);

// The error of a statement as the user should see it: "line N: <message>", its SQLSTATE, DETAIL
// and HINT kept, the statement in the DETAIL. Copies every field (the ErrorData may be freed).
[[noreturn]] void throw_statement_error(const PgError& error, const DdlStatement& statement);

}  // namespace flaqes::pg
