#include "pg/ddl_statements.hpp"

#include "core/error.hpp"

extern "C" {
#include "common/keywords.h"
#include "mb/pg_wchar.h"
#include "parser/parser.h"
#include "parser/scanner.h"
}

namespace flaqes::pg {

namespace {

struct Token {
    int offset;  // byte offset in the whole text
    int code;
};

int line_of(const std::string& text, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n' ? 1 : 0;
    return line;
}

// Every token of the text with its byte offset, from the core scanner the parser uses.
void scan_tokens(const std::string& text, std::vector<Token>& tokens) {
    pg_call([&] {
        core_yy_extra_type extra;
        core_yyscan_t scanner = scanner_init(text.c_str(), &extra, &ScanKeywords, ScanKeywordTokens);
        core_YYSTYPE value;
        YYLTYPE location;
        for (int code = core_yylex(&value, &location, scanner); code != 0; code = core_yylex(&value, &location, scanner)) {
            tokens.push_back({location, code});
        }
        scanner_finish(scanner);
    });
}

int keyword_token(const char* keyword) {
    return pg_call([&] {
        const int number = ScanKeywordLookup(keyword, &ScanKeywords);
        return number < 0 ? -1 : static_cast<int>(ScanKeywordTokens[number]);
    });
}

// The byte offset of a 1-based character position (an error's cursor position).
std::size_t byte_offset(const std::string& text, int cursor) {
    return pg_call([&] {
        std::size_t offset = 0;
        for (int c = 1; c < cursor && offset < text.size(); ++c) offset += static_cast<std::size_t>(pg_mblen(text.c_str() + offset));
        return offset;
    });
}

List* parse_or_throw(const std::string& ddl) {
    try {
        return pg_call([&] { return raw_parser(ddl.c_str(), RAW_PARSE_DEFAULT); });
    } catch (const PgError& e) {
        const ErrorData* data = e.data();
        // Called under SPI (a PL/pgSQL EXECUTE, say), the error callback moved the position to
        // internalpos: it is still a position in our text, as raw_parser sets no other.
        const int cursor = data->cursorpos > 0 ? data->cursorpos : data->internalpos;
        const int line = cursor > 0 ? line_of(ddl, byte_offset(ddl, cursor)) : 1;
        throw Error(unpack_sql_state(data->sqlerrcode), fmt::format("line {}: {}", line, data->message),
                    data->detail != nullptr ? data->detail : "",
                    data->hint != nullptr ? data->hint : "Fix the statement at that line of the migration.");
    }
}

std::string trimmed_end(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r')) {
        text.pop_back();
    }
    return text;
}

}  // namespace

std::vector<DdlStatement> parse_ddl(const std::string& ddl) {
    List* trees = parse_or_throw(ddl);
    std::vector<Token> tokens;
    scan_tokens(ddl, tokens);
    const int concurrently = keyword_token("concurrently");
    const int index = keyword_token("index");
    std::vector<DdlStatement> out;
    std::size_t next = 0;
    const int count = pg_call([&] { return list_length(trees); });
    for (int i = 0; i < count; ++i) {
        RawStmt* raw = pg_call([&] { return static_cast<RawStmt*>(list_nth(trees, i)); });
        const std::size_t start = static_cast<std::size_t>(raw->stmt_location);
        const std::size_t end = raw->stmt_len == 0 ? ddl.size() : start + static_cast<std::size_t>(raw->stmt_len);
        while (next < tokens.size() && static_cast<std::size_t>(tokens[next].offset) < start) ++next;
        if (next == tokens.size()) break;
        DdlStatement s;
        const std::size_t first = static_cast<std::size_t>(tokens[next].offset);
        s.line = line_of(ddl, first);
        s.text = trimmed_end(ddl.substr(first, end - first));
        s.tree = raw->stmt;
        for (std::size_t t = next; t < tokens.size() && static_cast<std::size_t>(tokens[t].offset) < end; ++t) {
            const std::size_t at = static_cast<std::size_t>(tokens[t].offset) - first;
            if (tokens[t].code == concurrently && s.concurrently == std::string::npos) s.concurrently = at;
            if (tokens[t].code == index && s.index == std::string::npos) s.index = at;
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::string without_concurrently(const DdlStatement& statement) {
    if (statement.concurrently == std::string::npos) return "";
    return statement.text.substr(0, statement.concurrently) + statement.text.substr(statement.concurrently + 12);
}

std::string with_concurrently(const DdlStatement& statement) {
    if (statement.index == std::string::npos) return "";
    const std::size_t after = statement.index + 5;
    return statement.text.substr(0, after) + " CONCURRENTLY" + statement.text.substr(after);
}

void throw_statement_error(const PgError& error, const DdlStatement& statement) {
    const ErrorData* data = error.data();
    std::string detail = data->detail != nullptr ? std::string(data->detail) + "\n" : std::string();
    detail += "Statement: " + statement.text;
    throw Error(unpack_sql_state(data->sqlerrcode), fmt::format("line {}: {}", statement.line, data->message), detail,
                data->hint != nullptr ? data->hint
                                      : "analyze_ddl rolled the whole migration back; fix the statement at that line.");
}

}  // namespace flaqes::pg
