#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "core/report/report.hpp"

namespace flaqes {
namespace {

// Mermaid entity names and attribute types take letters, digits, '_' and '-' only.
std::string mermaid_word(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        out += word ? c : '_';
    }
    return out.empty() ? "_" : out;
}

std::string entity_name(const Table& table) { return mermaid_word(table.name.schema + "__" + table.name.name); }

std::string quoted_label(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '"' ? '\'' : c;
    return "\"" + out + "\"";
}

bool in_foreign_key(const Table& table, const std::string& column) {
    for (const ForeignKey& fk : table.foreign_keys) {
        for (const std::string& c : fk.columns) {
            if (c == column) return true;
        }
    }
    return false;
}

}  // namespace

std::string mermaid_er_diagram(const AnalysisContext& context, DiagramDetail detail) {
    std::string out = "erDiagram\n";
    std::unordered_set<Oid> shown;
    for (const Table* t : context.tables()) shown.insert(t->oid);
    for (const Table* t : context.tables()) {
        out += fmt::format("    {} {{\n", entity_name(*t));
        out += fmt::format("        {} role \"{}.{}\"\n", role_name(context.guessed_role(t->oid)), t->name.schema, t->name.name);
        for (const Column& c : t->columns) {
            const bool pk = t->primary_key && std::find(t->primary_key->columns.begin(), t->primary_key->columns.end(),
                                                        c.name) != t->primary_key->columns.end();
            const bool fk = in_foreign_key(*t, c.name);
            if (!pk && !fk && detail == DiagramDetail::summary) continue;
            out += fmt::format("        {} {}{}\n", mermaid_word(c.type), mermaid_word(c.name),
                               pk && fk ? " PK, FK" : pk ? " PK" : fk ? " FK" : "");
        }
        out += "    }\n";
    }
    for (const Table* t : context.tables()) {
        for (const ForeignKey& fk : t->foreign_keys) {
            const Table* parent = context.graph().table(fk.ref_oid);
            if (parent == nullptr || shown.count(fk.ref_oid) == 0) continue;
            bool optional = false;
            for (const std::string& c : fk.columns) {
                const Column* col = t->column(c);
                optional = optional || (col != nullptr && !col->not_null);
            }
            const bool one_to_one = columns_are_unique(*t, fk.columns);
            out += fmt::format("    {} {}--{} {} : {}\n", entity_name(*parent), optional ? "|o" : "||",
                               one_to_one ? "o|" : "o{", entity_name(*t), quoted_label(fk.name));
        }
    }
    return out;
}

}  // namespace flaqes
