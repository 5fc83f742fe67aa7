#include "core/analyze/ddl_enum.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/ddl_dependents.hpp"

namespace flaqes::ddl {
namespace {

bool identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// The column's name appears in `sql` as a whole identifier (quoted or not).
bool mentions(const std::string& sql, const std::string& name) {
    const std::string quoted = quote_ident(name);
    for (std::size_t at = sql.find(quoted); at != std::string::npos; at = sql.find(quoted, at + 1)) {
        const bool starts = at == 0 || !identifier_char(sql[at - 1]);
        const std::size_t end = at + quoted.size();
        if (starts && (end == sql.size() || !identifier_char(sql[end]))) return true;
    }
    return false;
}

}  // namespace

std::string enum_casts_to_text(const std::string& sql, const EnumType& type) {
    std::string out = sql;
    // Longest spelling first, so that ::public.mood is not read as ::public followed by .mood.
    for (const std::string& spelling : {type.name.sql(), quote_ident(type.name.name)}) {
        const std::string cast = "::" + spelling;
        for (std::size_t at = out.find(cast); at != std::string::npos; at = out.find(cast, at)) {
            const std::size_t end = at + cast.size();
            if (end < out.size() && identifier_char(out[end]) && spelling.back() != '"') {
                at = end;
                continue;
            }
            out.replace(at, cast.size(), "::text");
            at += 6;
        }
    }
    return out;
}

void enum_to_text_around(const AnalysisContext& context, const Table& table, const Column& column,
                         const EnumType& type, Alternative& alternative) {
    if (!alternative.example_ddl) return;
    const auto uses_enum = [&](const std::string& sql) { return enum_casts_to_text(sql, type) != sql; };
    std::string before;
    std::string after;
    std::vector<std::string> names;
    for (const Index& ix : table.indexes) {
        const bool on_column = std::any_of(ix.keys.begin(), ix.keys.end(), [&](const IndexKey& k) {
            return k.attnum == column.attnum || (k.attnum == 0 && mentions(k.expression, column.name));
        });
        const bool in_predicate = ix.predicate && mentions(*ix.predicate, column.name);
        if (!(on_column || in_predicate) || ix.constraint) continue;
        const std::string definition = context.index_definition(ix);
        if (definition.empty() || !uses_enum(definition)) continue;
        before += fmt::format("DROP INDEX {};\n", index_ref(table, ix.name));
        after += "\n" + enum_casts_to_text(definition, type) + ";";
        names.push_back("index " + quote_ident(ix.name));
    }
    for (const CheckConstraint& ck : table.check_constraints) {
        if (ck.inherited || !uses_enum(ck.expression) ||
            std::find(ck.attnums.begin(), ck.attnums.end(), column.attnum) == ck.attnums.end()) {
            continue;
        }
        before += fmt::format("ALTER TABLE {} DROP CONSTRAINT {};\n", table.name.sql(), quote_ident(ck.name));
        after += fmt::format("\nALTER TABLE {} ADD CONSTRAINT {} CHECK {};", table.name.sql(), quote_ident(ck.name),
                             enum_casts_to_text(ck.expression, type));
        names.push_back("CHECK " + quote_ident(ck.name));
    }
    alternative.example_ddl = before + *alternative.example_ddl + after;
    if (!names.empty()) {
        alternative.trade_off += fmt::format(" {} compare the column with enum constants: the script re-creates them "
                                             "with text constants.",
                                             fmt::join(names, ", "));
    }
    rebuild_dependents(context.graph(), {ColumnUse{table.oid, column.attnum}}, alternative,
                       [&](const std::string& definition) { return enum_casts_to_text(definition, type); });
}

}  // namespace flaqes::ddl
