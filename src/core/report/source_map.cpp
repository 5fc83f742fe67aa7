#include "core/report/source_map.hpp"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

namespace flaqes {
namespace {

void add(std::map<std::tuple<std::string, std::string, std::string>, int>& lines, const std::string& schema,
         const std::string& table, const std::string& member, int line) {
    lines.emplace(std::make_tuple(schema, table, member), line);
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// pg_dump's "COPY t (a, b) FROM stdin;": the lines after it are data up to "\.".
bool starts_copy_data(std::string_view line) {
    const std::string l = lower(trimmed(line));
    return l.rfind("copy ", 0) == 0 && l.size() >= 11 && l.compare(l.size() - 11, 11, "from stdin;") == 0;
}

}  // namespace

void SourceMap::add_schema(const std::string& schema, int line) { schemas_.emplace(schema, line); }

void SourceMap::add_table(const std::string& schema, const std::string& table, int line) {
    add(tables_, schema, table, "", line);
}

void SourceMap::add_column(const std::string& schema, const std::string& table, const std::string& column, int line) {
    add(columns_, schema, table, column, line);
}

void SourceMap::add_object(const std::string& schema, const std::string& table, const std::string& object, int line) {
    add(objects_, schema, table, object, line);
}

void SourceMap::rename_table(const std::string& schema, const std::string& from, const std::string& to, int line) {
    add_table(schema, to, table_line(schema, from).value_or(line));
    for (auto* lines : {&columns_, &objects_}) {
        std::vector<std::pair<Key, int>> moved;
        for (const auto& [key, at] : *lines) {
            if (std::get<1>(key) == from && (std::get<0>(key) == schema || std::get<0>(key).empty())) {
                moved.push_back({std::make_tuple(schema, to, std::get<2>(key)), at});
            }
        }
        lines->insert(moved.begin(), moved.end());
    }
}

void SourceMap::rename_column(const std::string& schema, const std::string& table, const std::string& from,
                              const std::string& to, int line) {
    add_column(schema, table, to, column_line(schema, table, from).value_or(line));
}

void SourceMap::rename_object(const std::string& schema, const std::optional<std::string>& table,
                              const std::string& from, const std::string& to, int line) {
    std::vector<std::pair<Key, int>> moved;
    for (const auto& [key, at] : objects_) {
        const bool in_schema = schema.empty() || std::get<0>(key).empty() || std::get<0>(key) == schema;
        if (std::get<2>(key) == from && in_schema && (!table || std::get<1>(key) == *table)) {
            moved.push_back({std::make_tuple(std::get<0>(key), std::get<1>(key), to), at});
        }
    }
    if (moved.empty() && table) moved.push_back({std::make_tuple(schema, *table, to), line});
    objects_.insert(moved.begin(), moved.end());
}

std::optional<int> SourceMap::find(const std::map<Key, int>& lines, const std::string& schema,
                                   const std::string& table, const std::string& member) const {
    for (const std::string& s : {schema, std::string()}) {
        const auto found = lines.find(std::make_tuple(s, table, member));
        if (found != lines.end()) return found->second;
    }
    return std::nullopt;
}

std::optional<int> SourceMap::schema_line(const std::string& schema) const {
    const auto found = schemas_.find(schema);
    return found == schemas_.end() ? std::nullopt : std::optional<int>(found->second);
}

std::optional<int> SourceMap::table_line(const std::string& schema, const std::string& table) const {
    return find(tables_, schema, table, "");
}

std::optional<int> SourceMap::column_line(const std::string& schema, const std::string& table,
                                          const std::string& column) const {
    return find(columns_, schema, table, column);
}

std::optional<int> SourceMap::object_line(const std::string& schema, const std::string& table,
                                          const std::string& object) const {
    return find(objects_, schema, table, object);
}

std::string sql_without_psql_lines(std::string_view script) {
    std::string out(script);
    bool in_copy_data = false;
    std::size_t start = 0;
    while (start < out.size()) {
        std::size_t end = out.find('\n', start);
        if (end == std::string::npos) end = out.size();
        const std::string_view line(out.data() + start, end - start);
        const bool meta = !trimmed(line).empty() && trimmed(line).front() == '\\';
        if (in_copy_data || meta) {
            if (in_copy_data && trimmed(line) == "\\.") in_copy_data = false;
            std::fill(out.begin() + static_cast<std::ptrdiff_t>(start), out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        } else if (starts_copy_data(line)) {
            in_copy_data = true;
        }
        start = end + 1;
    }
    return out;
}

LineIndex::LineIndex(std::string_view text) {
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) newlines_.push_back(i);
}

int LineIndex::line(int offset) const {
    const std::size_t at = static_cast<std::size_t>(std::max(offset, 0));
    return 1 + static_cast<int>(std::lower_bound(newlines_.begin(), newlines_.end(), at) - newlines_.begin());
}

int first_token(std::string_view text, int offset) {
    std::size_t i = static_cast<std::size_t>(std::max(offset, 0));
    while (i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else if (text.compare(i, 2, "--") == 0) {
            const std::size_t end = text.find('\n', i);
            i = end == std::string_view::npos ? text.size() : end + 1;
        } else if (text.compare(i, 2, "/*") == 0) {
            // Block comments nest in PostgreSQL.
            int depth = 0;
            do {
                if (text.compare(i, 2, "/*") == 0) { ++depth; i += 2; }
                else if (text.compare(i, 2, "*/") == 0) { --depth; i += 2; }
                else ++i;
            } while (depth > 0 && i < text.size());
        } else {
            break;
        }
    }
    return static_cast<int>(std::min(i, text.size()));
}

}  // namespace flaqes
