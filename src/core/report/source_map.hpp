// Where a schema file (db/structure.sql, a pg_dump) creates each object: the line of its CREATE
// TABLE, of each column definition, of each named constraint and index. The pg layer fills it
// from PostgreSQL's parser; SARIF results take their physical location from it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace flaqes {

class SourceMap {
public:
    // `schema` is empty when the file names the table unqualified: such an entry matches the
    // table in any schema, after an exact (schema-qualified) entry. The first definition wins.
    void add_schema(const std::string& schema, int line);
    void add_table(const std::string& schema, const std::string& table, int line);
    void add_column(const std::string& schema, const std::string& table, const std::string& column, int line);
    // Named constraints and indexes share one namespace per table here (an index backing a
    // constraint carries the constraint's name).
    void add_object(const std::string& schema, const std::string& table, const std::string& object, int line);

    // ALTER ... RENAME: the new name takes the lines of the old one (its definition), or
    // `line` when the file does not define the old one.
    void rename_table(const std::string& schema, const std::string& from, const std::string& to, int line);
    void rename_column(const std::string& schema, const std::string& table, const std::string& from,
                       const std::string& to, int line);
    // An index (ALTER INDEX, no table named: any table of the schema) or a constraint (of `table`).
    void rename_object(const std::string& schema, const std::optional<std::string>& table, const std::string& from,
                       const std::string& to, int line);

    std::optional<int> schema_line(const std::string& schema) const;
    std::optional<int> table_line(const std::string& schema, const std::string& table) const;
    std::optional<int> column_line(const std::string& schema, const std::string& table, const std::string& column) const;
    std::optional<int> object_line(const std::string& schema, const std::string& table, const std::string& object) const;

private:
    using Key = std::tuple<std::string, std::string, std::string>;  // schema, table, member
    std::optional<int> find(const std::map<Key, int>& lines, const std::string& schema, const std::string& table,
                            const std::string& member) const;

    std::map<std::string, int> schemas_;
    std::map<Key, int> tables_, columns_, objects_;
};

// The script as the SQL parser can read it: a psql meta-command line (\connect, \restrict, ...)
// and the data lines of a COPY ... FROM stdin (up to "\.") become blanks, so byte offsets and
// line numbers stay those of the file.
std::string sql_without_psql_lines(std::string_view script);

// The 1-based line of a byte offset (offsets past the end give the last line), in O(log lines):
// a schema file has tens of thousands of lines and a located node for each of its columns.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    int line(int offset) const;

private:
    std::vector<std::size_t> newlines_;
};

// The offset of the first token at or after `offset`: whitespace and -- / block comments skipped.
int first_token(std::string_view text, int offset);

}  // namespace flaqes
