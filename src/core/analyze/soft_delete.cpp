#include "core/analyze/soft_delete.hpp"

#include <algorithm>

#include "core/analyze/table_facts.hpp"

namespace flaqes {
namespace {

// A single generated column (identity, sequence, random uuid), or the primary key's own columns
// again: unique by construction, never re-entered by a user.
bool generated_key(const Table& table, const std::vector<std::string>& columns) {
    if (table.primary_key && table.primary_key->columns == columns) return true;
    if (columns.size() != 1) return false;
    const Column* c = table.column(columns.front());
    return c != nullptr && (c->identity != Identity::none || c->sequence || c->type == "uuid");
}

// Every column of the key is an identifier minted by a system (x_id, id, *_url, *_uri, *_token, or
// an integer counter such as number, ticket_no, seq): nobody types it again after a delete, so
// keeping it unique across deleted rows conflicts with nothing.
bool minted_identifiers(const Table& table, const std::vector<std::string>& columns) {
    return std::all_of(columns.begin(), columns.end(), [&](const std::string& name) {
        const std::string n = snake_name(name);
        for (const char* end : {"_id", "_url", "_uri", "_token"}) {
            if (ends_with(n, end)) return true;
        }
        const Column* c = table.column(name);
        const bool counter = n == "number" || n == "no" || n == "seq" || ends_with(n, "_number") ||
                             ends_with(n, "_no") || ends_with(n, "_seq");
        if (counter && c != nullptr && integer_type_max(c->type)) return true;
        return n == "id" || n == "url" || n == "uri" || n == "token";
    });
}

}  // namespace

const Column* soft_delete_marker(const AnalysisContext& context, const Table& table) {
    const PatternMatch* p = context.pattern(table.oid, "soft_delete");
    return p != nullptr && !p->columns.empty() ? table.column(p->columns.front()) : nullptr;
}

bool conflicts_with_soft_delete(const Table& table, const std::vector<std::string>& columns, const Column& marker) {
    return !generated_key(table, columns) && !minted_identifiers(table, columns) &&
           std::find(columns.begin(), columns.end(), marker.name) == columns.end();
}

}  // namespace flaqes
