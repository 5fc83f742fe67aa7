// Evolution rules on how values are generated and constrained: serial instead of identity,
// enums that must change, jsonb columns used as an escape hatch from the schema.
#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/ddl_enum.hpp"
#include "core/analyze/rule.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

void check_serial_not_identity(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        for (const Column& c : table->columns) {
            if (!c.sequence || c.identity != Identity::none || !c.default_expr ||
                c.default_expr->find("nextval(") == std::string::npos) {
                continue;
            }
            Finding f = finding_on(*table, c.name);
            f.columns = {c.name};
            f.description = fmt::format("{} is a serial column (a default nextval on {}), not an identity column.",
                                        c.name, c.sequence->name.sql());
            f.current_benefit = "Works on every PostgreSQL version; explicit values can be inserted freely.";
            f.risk = "The sequence is a separate object with its own privileges and ownership: CREATE TABLE LIKE "
                     "shares it, dumps of single tables miss it, grants must name it, and explicit inserts silently "
                     "desynchronise it.";
            f.breaking_point = "Breaks at the first copy of the table, restore of one table, or explicit-id insert.";
            Alternative a;
            a.description = "Turn the column into an identity column that continues after the highest existing value.";
            a.trade_off = "Needs PostgreSQL 10+; GENERATED ALWAYS would also reject explicit values, BY DEFAULT "
                          "(used here) keeps accepting them.";
            a.effort = Effort::low;
            a.example_ddl = ddl::serial_to_identity(*table, c);
            f.alternatives.push_back(std::move(a));
            f.confidence = 1.0;
            f.evidence.set("default", jsonv::opt_str(c.default_expr));
            f.evidence.set("sequence", jsonv::str(c.sequence->name.sql()));
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The literal of a default like 'pending'::shop.order_status, as SQL text; nullopt otherwise.
std::optional<std::string> enum_default_literal(const std::optional<std::string>& default_expr) {
    if (!default_expr || default_expr->empty() || default_expr->front() != '\'') return std::nullopt;
    for (std::size_t i = 1; i < default_expr->size(); ++i) {
        if ((*default_expr)[i] != '\'') continue;
        if (i + 1 < default_expr->size() && (*default_expr)[i + 1] == '\'') {
            ++i;
            continue;
        }
        return default_expr->substr(0, i + 1);
    }
    return std::nullopt;
}

std::string labels_sql(const EnumType& type, const char* separator) {
    std::vector<std::string> quoted;
    for (const std::string& label : type.labels) quoted.push_back(ddl::literal(label));
    return fmt::format("{}", fmt::join(quoted, separator));
}

// An enum column and the columns of the same enum that foreign keys join it to, either way and
// transitively: text = enum has no operator, so they change type together.
struct EnumColumn {
    const Table* table;
    const Column* column;
};

std::vector<EnumColumn> joined_enum_columns(const AnalysisContext& context, const Table& table, const Column& column) {
    std::vector<EnumColumn> out{{&table, &column}};
    const auto add = [&](const Table* t, const std::string& name) {
        const Column* c = t != nullptr ? t->column(name) : nullptr;
        if (c == nullptr || c->type_oid != column.type_oid) return;
        if (std::none_of(out.begin(), out.end(), [&](const EnumColumn& e) { return e.column == c; })) out.push_back({t, c});
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        const EnumColumn here = out[i];
        for (const ForeignKey& fk : here.table->foreign_keys) {
            for (std::size_t k = 0; k < fk.columns.size() && k < fk.ref_columns.size(); ++k) {
                if (fk.columns[k] == here.column->name) add(context.graph().table(fk.ref_oid), fk.ref_columns[k]);
            }
        }
        for (const IncomingReference& ref : context.referenced_by(here.table->oid)) {
            for (std::size_t k = 0; k < ref.fk->columns.size() && k < ref.fk->ref_columns.size(); ++k) {
                if (ref.fk->ref_columns[k] == here.column->name) add(ref.child, ref.fk->columns[k]);
            }
        }
    }
    return out;
}

// The foreign keys among those columns, as DROP and ADD statements: dropped before the type
// changes, added back after (a key between text and the enum cannot be kept meanwhile).
std::pair<std::string, std::string> joining_keys(const std::vector<EnumColumn>& columns) {
    std::string drop, add;
    std::vector<const ForeignKey*> seen;
    for (const EnumColumn& e : columns) {
        for (const ForeignKey& fk : e.table->foreign_keys) {
            const bool joins = !fk.inherited && std::find(fk.columns.begin(), fk.columns.end(), e.column->name) != fk.columns.end();
            if (!joins || std::find(seen.begin(), seen.end(), &fk) != seen.end()) continue;
            seen.push_back(&fk);
            drop += fmt::format("ALTER TABLE {} DROP CONSTRAINT {};\n", e.table->name.sql(), quote_ident(fk.name));
            add += fmt::format("\nALTER TABLE {} ADD CONSTRAINT {} {};", e.table->name.sql(), quote_ident(fk.name),
                               ddl::foreign_key_clause(fk));
        }
    }
    return {drop, add};
}

void check_enum_evolution(const AnalysisContext& context, std::vector<Finding>& out) {
    std::vector<const Column*> covered;  // columns already changed with a column they are joined to
    for (const Table* table : context.tables()) {
        for (const Column& c : table->columns) {
            const EnumType* type = c.type_type == 'e' ? context.graph().enum_type(c.type_oid) : nullptr;
            if (type == nullptr || std::find(covered.begin(), covered.end(), &c) != covered.end()) continue;
            const std::vector<EnumColumn> joined = joined_enum_columns(context, *table, c);
            for (const EnumColumn& e : joined) covered.push_back(e.column);
            Finding f = finding_on(*table, c.name);
            f.columns = {c.name};
            f.description = fmt::format("{} uses the enum {} ({} values).", c.name, type->name.sql(), type->labels.size());
            if (joined.size() > 1) {
                std::vector<std::string> others;
                for (std::size_t i = 1; i < joined.size(); ++i) others.push_back(joined[i].table->name.sql() + "." + joined[i].column->name);
                f.description += fmt::format(" Foreign keys join it to {}, of the same enum: they change type together.",
                                             fmt::join(others, ", "));
            }
            f.current_benefit = "4 bytes per value, a closed set checked by the type, values sorted in declared order.";
            f.risk = "Values can be added (ALTER TYPE ... ADD VALUE; not usable in the same transaction) and renamed "
                     "(RENAME VALUE, PostgreSQL 10+), but never removed or reordered without recreating the type and "
                     "rewriting every table that uses it.";
            f.breaking_point = "Breaks the first time a value must be retired or moved in the sort order.";
            const QualifiedName values_table{type->name.schema, type->name.name + "_values"};
            const auto [drop_keys, add_keys] = joining_keys(joined);
            // One script for every joined column: the keys between them dropped, each column (with
            // what uses it) changed, the keys added back.
            const auto script = [&](const std::string& first, const std::function<std::string(const EnumColumn&, const std::string&)>& change) {
                Alternative a;
                std::string body = first;
                for (const EnumColumn& e : joined) {
                    const std::string col = quote_ident(e.column->name);
                    const auto literal = enum_default_literal(e.column->default_expr);
                    const std::string reset_default = literal ? fmt::format(",\n  ALTER COLUMN {} SET DEFAULT {}", col, *literal) : "";
                    const std::string retype = fmt::format(
                        "ALTER COLUMN {0} DROP DEFAULT,\n  ALTER COLUMN {0} TYPE text USING {0}::text{1}", col, reset_default);
                    Alternative part;
                    part.example_ddl = change(e, retype);
                    ddl::enum_to_text_around(context, *e.table, *e.column, *type, part);
                    body += (body.empty() ? "" : "\n") + *part.example_ddl;
                    const std::size_t text = part.trade_off.find_first_not_of(' ');
                    if (text != std::string::npos) a.trade_off += (a.trade_off.empty() ? "" : " ") + part.trade_off.substr(text);
                }
                a.example_ddl = drop_keys + body + add_keys;
                return a;
            };

            Alternative check = script("", [&](const EnumColumn& e, const std::string& retype) {
                return fmt::format("ALTER TABLE {}\n  {},\n  ADD CONSTRAINT {} CHECK ({} IN ({}));", e.table->name.sql(), retype,
                                   ddl::object_name(*e.table, {e.column->name}, "check"), quote_ident(e.column->name),
                                   labels_sql(*type, ", "));
            });
            check.description = "text with a CHECK listing the values.";
            check.trade_off = "Changing the set is one ALTER TABLE per column (validation scans the table); no join." +
                              (check.trade_off.empty() ? "" : " " + check.trade_off);
            check.effort = Effort::low;

            Alternative lookup = script(
                fmt::format("CREATE TABLE {0} (value text PRIMARY KEY);\nINSERT INTO {0} (value) VALUES ({1});",
                            values_table.sql(), labels_sql(*type, "), (")),
                [&](const EnumColumn& e, const std::string& retype) {
                    return fmt::format("ALTER TABLE {}\n  {},\n  ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} (value);",
                                       e.table->name.sql(), retype, ddl::object_name(*e.table, {e.column->name}, "fkey"),
                                       quote_ident(e.column->name), values_table.sql());
                });
            lookup.description = fmt::format("A lookup table {} referenced by a foreign key.", values_table.sql());
            lookup.trade_off = "Values become rows: added, retired (with an active flag) or described without DDL; "
                               "a join to show them, a text column wider than 4 bytes." +
                               (lookup.trade_off.empty() ? "" : " " + lookup.trade_off);
            lookup.effort = Effort::medium;

            f.alternatives.push_back(std::move(check));
            f.alternatives.push_back(std::move(lookup));
            f.confidence = 0.8;
            f.evidence.set("enum", jsonv::str(type->name.sql()));
            f.evidence.set("labels", jsonv::strings(type->labels));
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Roles whose jsonb is the record itself (an event payload, a row image, job arguments).
bool jsonb_is_the_payload(Role role) {
    return role == Role::event_log || role == Role::audit_log || role == Role::queue || role == Role::config;
}

void check_jsonb_escape_hatch(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        if (jsonb_is_the_payload(context.confident_role(table->oid))) continue;
        for (const PatternMatch* p : context.patterns(table->oid)) {
            if (p->pattern != "jsonb_attributes" && p->pattern != "jsonb_document") continue;
            for (const std::string& name : p->columns) {
                const Column* c = table->column(name);
                if (c == nullptr || (c->type != "jsonb" && c->type != "json")) continue;
                Finding f = finding_on(*table, c->name);
                f.columns = {c->name};
                f.description = fmt::format("{} is a {} column holding attributes outside the relational schema.",
                                            c->name, c->type);
                f.current_benefit = "New attributes need no migration; sparse or per-tenant attributes cost nothing "
                                    "where absent.";
                f.risk = "Nothing checks the keys, types or references inside; the planner has no statistics on "
                         "them; every reader must know the implicit schema, and typos become silent new keys.";
                f.breaking_point = "Breaks when code starts filtering, joining or aggregating on keys inside it, or "
                                   "when two writers disagree on a key's type.";
                const std::string col = quote_ident(c->name);
                Alternative shape;
                shape.description = "Keep the column but constrain its shape.";
                shape.trade_off = "Rejects non-object documents; extend the CHECK (jsonb_typeof of known keys) as "
                                  "the implicit schema settles.";
                shape.effort = Effort::low;
                shape.example_ddl = fmt::format("ALTER TABLE {} ADD CONSTRAINT {} CHECK (jsonb_typeof({}) = 'object');",
                                                table->name.sql(), ddl::object_name(*table, {c->name}, "is_object"),
                                                c->type == "json" ? col + "::jsonb" : col);
                f.alternatives.push_back(std::move(shape));
                Alternative promote;
                promote.description = "Promote the keys every row has, or that queries filter on, to typed columns "
                                      "with constraints; keep jsonb for the long tail.";
                promote.trade_off = "A migration per promoted key; in return types, NOT NULL, foreign keys and "
                                    "statistics.";
                promote.effort = Effort::medium;
                f.alternatives.push_back(std::move(promote));
                f.confidence = p->confidence;
                f.evidence = context.role_evidence(table->oid);
                f.evidence.set("pattern", jsonv::str(p->pattern));
                f.evidence.set("pattern_evidence", p->evidence);
                out.push_back(std::move(f));
            }
        }
    }
}

}  // namespace

extern const Rule rule_serial_not_identity{
    "serial_not_identity", Category::evolution, "A serial column (default nextval of an owned sequence).",
    {{otherwise(), Severity::info}}, check_serial_not_identity,
    "Turn each serial column into an identity column that continues after its highest value.",
    "key_overflow_risk"};

extern const Rule rule_enum_evolution{
    "enum_evolution", Category::evolution, "A column of an enum type.",
    {{evolution(EvolutionRate::frozen), omitted},
     {evolution_at_least(EvolutionRate::high), Severity::warning},
     {otherwise(), Severity::info}},
    check_enum_evolution,
    "Turn each enum column into text with a CHECK listing its values (or a lookup table, per column)."};

extern const Rule rule_jsonb_escape_hatch{
    "jsonb_escape_hatch", Category::evolution,
    "A json/jsonb attributes or document column (patterns jsonb_attributes, jsonb_document) on a table not "
    "confidently an event log, audit log, queue or config table; reported once per schema.",
    {{evolution_at_least(EvolutionRate::medium), Severity::info},
     {consistency(Consistency::strong), Severity::warning},
     {otherwise(), Severity::info}},
    check_jsonb_escape_hatch,
    "Constrain each column's shape with a CHECK, and promote the keys queries filter on to typed columns."};

}  // namespace flaqes
