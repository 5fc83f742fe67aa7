// Reference rules: references the database does not enforce (missing or impossible foreign
// keys), foreign key cycles, and optional references where the table's role needs a parent.
#include <algorithm>
#include <functional>
#include <unordered_map>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/rule.hpp"
#include "core/analyze/table_facts.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

bool in_pattern(const AnalysisContext& context, const Table& table, const std::string& column) {
    const auto& patterns = context.patterns(table.oid);
    return std::any_of(patterns.begin(), patterns.end(), [&](const PatternMatch* p) {
        return std::find(p->columns.begin(), p->columns.end(), column) != p->columns.end() &&
               p->pattern == "polymorphic_association";
    });
}

// "customer_id" and "CustomerId" -> "customer"; empty when the name is no reference.
std::string reference_stem(const std::string& name) {
    const std::string snake = snake_name(name);
    return snake.size() > 3 && ends_with(snake, "_id") ? snake.substr(0, snake.size() - 3) : std::string();
}

// Types a foreign key can join without a cast worth mentioning.
bool compatible_key_types(const Column& a, const Column& b) {
    return a.type == b.type || (integer_type_max(a.type) && integer_type_max(b.type));
}

// The column a reference to the table points at: its single-column primary key, or, without one,
// a single NOT NULL column named id or <stem>_id under a unique constraint or plain unique index.
const Column* single_key_column(const Table& table, const std::string& stem) {
    if (table.primary_key) {
        return table.primary_key->columns.size() == 1 ? table.column(table.primary_key->columns.front()) : nullptr;
    }
    const auto usable = [&](const std::vector<std::string>& columns) -> const Column* {
        if (columns.size() != 1) return nullptr;
        const Column* c = table.column(columns.front());
        const std::string n = c != nullptr ? snake_name(c->name) : std::string();
        return c != nullptr && c->not_null && (n == "id" || n == stem + "_id") ? c : nullptr;
    };
    for (const KeyConstraint& k : table.unique_constraints) {
        if (const Column* c = usable(k.columns)) return c;
    }
    for (const Index& ix : table.indexes) {
        if (!ix.unique || !ix.valid || ix.predicate || ix.keys.size() != 1 || ix.keys.front().attnum == 0) continue;
        if (const Column* c = usable({ix.keys.front().column})) return c;
    }
    return nullptr;
}

Alternative add_foreign_key(const Table& table, const std::string& column, const Table& target, const Column& key) {
    const std::string name = ddl::object_name(table, {column}, "fkey");
    Alternative a;
    a.description = fmt::format("Declare the foreign key to {}.{} (and index {}).", target.name.name, key.name, column);
    a.trade_off = "Each insert or key update checks the parent row; orphans already present make VALIDATE fail "
                  "and must be fixed first (NOT VALID enforces new rows meanwhile).";
    a.effort = Effort::low;
    const std::string add = fmt::format("ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({})",
                                        table.name.sql(), name, quote_ident(column), target.name.sql(), quote_ident(key.name));
    if (table.kind == RelKind::partitioned_table) {
        // A partitioned table takes no NOT VALID foreign key: the ADD checks every partition at once.
        a.trade_off = "Each insert or key update checks the parent row. On a partitioned table the foreign key "
                      "cannot be added NOT VALID: the ADD scans every partition under a SHARE ROW EXCLUSIVE lock "
                      "and fails on orphans already present, which must be fixed first.";
        a.example_ddl = add + ";";
        return a;
    }
    a.example_ddl = fmt::format("{} NOT VALID;\nALTER TABLE {} VALIDATE CONSTRAINT {};", add, table.name.sql(), name);
    return a;
}

// An audit or log table keeps who and what a row was about after the parent is gone, and an
// outbox must still carry the message that announces a delete: an unenforced reference there is
// the design, not an oversight (a foreign key would block the delete or cascade the record away).
bool keeps_history(const Table& table) {
    const std::string n = snake_name(table.name.name);
    return n.find("audit") != std::string::npos || n.find("outbox") != std::string::npos || ends_with(n, "_log") ||
           ends_with(n, "_logs") || ends_with(n, "_history");
}

void check_missing_foreign_key(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        for (const Column& c : table->columns) {
            const std::string stem = reference_stem(c.name);
            if (stem.empty() || keeps_history(*table) || c.type_category == 'A' || context.column_in_foreign_key(*table, c.name) ||
                in_pattern(context, *table, c.name)) {
                continue;
            }
            const Table* target = context.table_named_by(stem, table->name.schema);
            const Column* key = target != nullptr ? single_key_column(*target, stem) : nullptr;
            if (target == nullptr || target == table || key == nullptr || !compatible_key_types(c, *key)) continue;
            Finding f = finding_on(*table, c.name);
            f.columns = {c.name};
            f.description = fmt::format("{} looks like a reference to {}.{} but no foreign key enforces it.", c.name,
                                        target->name.schema + "." + target->name.name, key->name);
            f.current_benefit = "Writes skip the parent check; rows can be loaded in any order.";
            f.risk = fmt::format("Rows can point at {} rows that never existed or were deleted; joins silently drop "
                                 "them, and nothing documents the relationship for tools or readers.",
                                 target->name.name);
            f.breaking_point = fmt::format("Breaks at the first delete in {} or the first bad write to {}.",
                                           context.table_with_rows(*target), context.table_with_rows(*table));
            f.alternatives.push_back(add_foreign_key(*table, c.name, *target, *key));
            f.confidence = target->name.schema == table->name.schema ? 0.8 : 0.6;
            // Every unenforced reference to one table is one decision (often a deliberate one).
            f.group = fmt::format("{}.{}({})", target->name.schema, target->name.name, key->name);
            f.group_label = fmt::format("reference {}.{} by name without a foreign key", target->name.sql(),
                                        quote_ident(key->name));
            f.evidence.set("candidate", jsonv::str(target->name.sql()));
            f.evidence.set("candidate_key", jsonv::str(key->name));
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 'a', 'b' literals of a CHECK such as (t = ANY (ARRAY['a'::text, 'b'::text])).
std::vector<std::string> check_literals(const Table& table, const std::string& column) {
    std::vector<std::string> values;
    for (const CheckConstraint& check : table.check_constraints) {
        if (check.columns != std::vector<std::string>{column}) continue;
        const std::string& e = check.expression;
        for (std::size_t i = 0; i < e.size(); ++i) {
            if (e[i] != '\'') continue;
            std::string value;
            for (++i; i < e.size(); ++i) {
                if (e[i] == '\'' && i + 1 < e.size() && e[i + 1] == '\'') {
                    value += '\'';
                    ++i;
                } else if (e[i] == '\'') {
                    break;
                } else {
                    value += e[i];
                }
            }
            values.push_back(value);
        }
    }
    return values;
}

// One nullable foreign key column per target and a CHECK that exactly one is set.
std::optional<std::string> exclusive_arcs_ddl(const AnalysisContext& context, const Table& table,
                                              const std::vector<std::string>& targets) {
    if (targets.empty()) return std::nullopt;
    std::vector<std::string> clauses;
    std::vector<std::string> arc_columns;
    for (const std::string& value : targets) {
        const Table* target = context.table_named_by(value, table.name.schema);
        const Column* key = target != nullptr ? single_key_column(*target, snake_name(value)) : nullptr;
        const std::string column = value + "_" + (key != nullptr ? key->name : "id");
        if (key == nullptr || table.column(column) != nullptr) return std::nullopt;
        clauses.push_back(fmt::format("ADD COLUMN {} {} REFERENCES {} ({})", quote_ident(column), key->type,
                                      target->name.sql(), quote_ident(key->name)));
        arc_columns.push_back(column);
    }
    clauses.push_back(fmt::format("ADD CONSTRAINT {} CHECK (num_nonnulls({}) = 1)",
                                  ddl::object_name(table, {"one_target"}, "check"), ddl::columns(arc_columns)));
    return fmt::format("ALTER TABLE {}\n  {};", table.name.sql(), fmt::join(clauses, ",\n  "));
}

// A type column whose values are a kind (an enum or a CHECK list whose values mostly name no
// table: PUBLIC, PRIVATE; a MIME type), not the parent table of a polymorphic id.
bool names_a_kind(const AnalysisContext& context, const Table& table, const std::string& column) {
    const Column* c = table.column(column);
    if (c == nullptr) return false;
    if (snake_name(c->name).find("mime") != std::string::npos || snake_name(c->name) == "content_type") return true;
    std::vector<std::string> values = check_literals(table, column);
    if (const EnumType* type = c->type_type == 'e' ? context.graph().enum_type(c->type_oid) : nullptr) values = type->labels;
    const auto tables = std::count_if(values.begin(), values.end(), [&](const std::string& v) {
        return context.table_named_by(snake_name(v), table.name.schema) != nullptr;
    });
    return !values.empty() && static_cast<std::size_t>(tables) * 2 < values.size();  // mostly not table names
}

void check_polymorphic_without_fk(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const PatternMatch* p = context.pattern(table->oid, "polymorphic_association");
        if (p == nullptr || keeps_history(*table) || names_a_kind(context, *table, p->columns.front())) continue;
        // The pattern lists the type column, then the id column.
        const std::vector<std::string> targets = check_literals(*table, p->columns.front());
        Finding f = finding_on(*table, fmt::format("{}", fmt::join(p->columns, ",")));
        f.columns = p->columns;
        f.description = fmt::format("Polymorphic association ({}): one id column points into several tables, "
                                    "chosen by a type column, so no foreign key can enforce it.",
                                    fmt::join(p->columns, ", "));
        f.current_benefit = "One table and one code path serve every kind of parent; new kinds need no DDL.";
        f.risk = "Orphans on every parent delete, ids that match the wrong table, no cascades, and joins that "
                 "must branch on the type.";
        f.breaking_point = fmt::format("Breaks at the first parent delete; {} targets{} today.",
                                       targets.empty() ? std::string("unknown") : std::to_string(targets.size()),
                                       targets.empty() ? "" : " (" + fmt::format("{}", fmt::join(targets, ", ")) + ")");
        Alternative arcs;
        arcs.description = "Exclusive arcs: one nullable foreign key per parent table and a CHECK that exactly one is set.";
        arcs.trade_off = "One column and one index per parent kind; a new kind is an ALTER TABLE. Backfill the "
                         "new columns from the type/id pair before adding the CHECK.";
        arcs.effort = Effort::medium;
        arcs.example_ddl = exclusive_arcs_ddl(context, *table, targets);
        f.alternatives.push_back(std::move(arcs));
        Alternative split;
        split.description = "One link table per parent kind (e.g. product_comments), each with real foreign keys.";
        split.trade_off = "More tables; reading every comment of any kind needs a UNION.";
        split.effort = Effort::high;
        f.alternatives.push_back(std::move(split));
        f.confidence = p->confidence;
        f.evidence.set("pattern_evidence", p->evidence);
        f.evidence.set("targets", jsonv::strings(targets));
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
// Strongly connected components of the foreign key graph (self-references left out), found with
// Tarjan's algorithm: linear in tables and foreign keys.
std::vector<std::vector<const Table*>> fk_cycles(const AnalysisContext& context) {
    const auto& tables = context.tables();
    std::unordered_map<Oid, std::size_t> position;
    for (std::size_t i = 0; i < tables.size(); ++i) position.emplace(tables[i]->oid, i);
    std::vector<int> index(tables.size(), -1), low(tables.size(), 0);
    std::vector<bool> on_stack(tables.size(), false);
    std::vector<std::size_t> stack;
    std::vector<std::vector<const Table*>> cycles;
    int counter = 0;
    // Iterative depth-first search: a frame is a table and the next foreign key to follow.
    for (std::size_t root = 0; root < tables.size(); ++root) {
        if (index[root] >= 0) continue;
        std::vector<std::pair<std::size_t, std::size_t>> frames = {{root, 0}};
        index[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = true;
        while (!frames.empty()) {
            auto& [v, next] = frames.back();
            const auto& fks = tables[v]->foreign_keys;
            if (next < fks.size()) {
                const auto it = position.find(fks[next++].ref_oid);
                if (it == position.end() || it->second == v) continue;
                const std::size_t w = it->second;
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = true;
                    frames.emplace_back(w, 0);
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            const std::size_t done = v;
            frames.pop_back();
            if (!frames.empty()) low[frames.back().first] = std::min(low[frames.back().first], low[done]);
            if (low[done] != index[done]) continue;
            std::vector<const Table*> component;
            std::size_t w;
            do {
                w = stack.back();
                stack.pop_back();
                on_stack[w] = false;
                component.push_back(tables[w]);
            } while (w != done);
            if (component.size() > 1) cycles.push_back(std::move(component));
        }
    }
    return cycles;
}

std::string qualified(const Table& t) { return t.name.schema + "." + t.name.name; }

void check_fk_cycle(const AnalysisContext& context, std::vector<Finding>& out) {
    for (auto& cycle : fk_cycles(context)) {
        std::sort(cycle.begin(), cycle.end(), [](const Table* a, const Table* b) { return qualified(*a) < qualified(*b); });
        std::vector<std::string> names;
        std::vector<std::pair<const Table*, const ForeignKey*>> edges;
        for (const Table* t : cycle) {
            names.push_back(qualified(*t));
            for (const ForeignKey& fk : t->foreign_keys) {
                const bool inside = fk.ref_oid != t->oid && std::any_of(cycle.begin(), cycle.end(),
                                                                        [&](const Table* o) { return o->oid == fk.ref_oid; });
                if (inside) edges.emplace_back(t, &fk);
            }
        }
        const auto breakable = std::find_if(edges.begin(), edges.end(), [](const auto& e) {
            const Table* t = e.first;  // not a structured binding: clang cannot capture those in C++17
            const ForeignKey* fk = e.second;
            return fk->deferrable || std::any_of(fk->columns.begin(), fk->columns.end(), [&](const std::string& c) {
                       const Column* col = t->column(c);
                       return col != nullptr && !col->not_null;
                   });
        });
        const Table& first = *cycle.front();
        Finding f = finding_on(first, fmt::format("{}", fmt::join(names.begin() + 1, names.end(), ",")));
        f.description = fmt::format("Foreign keys form a cycle between {}.", fmt::join(names, ", "));
        f.current_benefit = "Each side of a mutual relationship (e.g. a store and its manager) is enforced.";
        f.risk = breakable != edges.end()
                     ? "Creating the first rows needs a NULL or deferred reference, and deletes need an order; "
                       "loaders and seeders must know the trick."
                     : "Every foreign key of the cycle is NOT NULL and not deferrable: no row can be inserted first "
                       "without disabling the constraints.";
        f.breaking_point = "Breaks at the first bootstrap, restore with constraints on, or test fixture load.";
        Alternative defer;
        const auto& [edge_table, edge_fk] = edges.front();
        defer.description = fmt::format("Make {} DEFERRABLE INITIALLY DEFERRED so both rows can be written in one transaction.",
                                        edge_fk->name);
        defer.trade_off = "Violations surface at COMMIT instead of at the statement.";
        defer.effort = Effort::low;
        defer.example_ddl = fmt::format("ALTER TABLE {} ALTER CONSTRAINT {} DEFERRABLE INITIALLY DEFERRED;",
                                        edge_table->name.sql(), quote_ident(edge_fk->name));
        f.alternatives.push_back(std::move(defer));
        f.confidence = 1.0;
        if (breakable != edges.end()) f.cap = Severity::info;
        json::Value constraints = json::Value::array();
        for (const auto& [t, fk] : edges) constraints.push(jsonv::str(qualified(*t) + "." + fk->name));
        f.evidence.set("tables", jsonv::strings(names));
        f.evidence.set("constraints", std::move(constraints));
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
// Roles whose rows mean nothing without every parent they reference: a junction. (A fact's
// optional dimension is a modelling choice, e.g. a measurement without a visit, not a defect.)
bool parent_is_mandatory(const AnalysisContext& context, const Table& table) {
    return context.plays(table.oid, Role::junction);
}

void check_nullable_fk(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        if (!parent_is_mandatory(context, *table)) continue;
        for (const ForeignKey& fk : table->foreign_keys) {
            std::vector<std::string> nullable;
            for (const std::string& name : fk.columns) {
                const Column* c = table->column(name);
                if (c != nullptr && !c->not_null) nullable.push_back(name);
            }
            if (nullable.empty()) continue;
            Finding f = finding_on(*table, fmt::format("{}", fmt::join(fk.columns, ",")));
            f.columns = nullable;
            f.description = fmt::format("{} is a junction table but its reference {} to {} is optional ({} nullable).",
                                        table->name.name, fk.name, fk.ref.name, fmt::join(nullable, ", "));
            f.current_benefit = "Rows can be written before the parent is known.";
            f.risk = "A link with a missing side links nothing, and NULLs escape the uniqueness of the pair.";
            f.breaking_point = "Breaks at the first row written with a NULL reference.";
            Alternative a;
            a.description = "Make the key NOT NULL.";
            a.trade_off = "Fails while NULLs exist: update them first.";
            a.effort = Effort::low;
            std::vector<std::string> clauses;
            for (const std::string& n : nullable) clauses.push_back(fmt::format("ALTER COLUMN {} SET NOT NULL", quote_ident(n)));
            a.example_ddl = fmt::format("ALTER TABLE {} {};", table->name.sql(), fmt::join(clauses, ", "));
            f.alternatives.push_back(std::move(a));
            f.confidence = context.role(table->oid)->best.confidence;
            f.evidence = context.role_evidence(table->oid);
            f.evidence.set("constraint", jsonv::str(fk.name));
            out.push_back(std::move(f));
        }
    }
}

}  // namespace

extern const Rule rule_missing_foreign_key{
    "missing_foreign_key", Category::consistency,
    "A column x_id (or xId) with no foreign key while a table x, xs, xes or (y->)ies exists with a single-column "
    "primary key of a compatible type (or, without a primary key, a unique NOT NULL id / x_id column); not on "
    "audit, outbox, *_log and *_history tables.",
    {{any_of({consistency(Consistency::eventual), workload(Workload::olap)}), Severity::info},
     {otherwise(), Severity::warning}},
    check_missing_foreign_key};

extern const Rule rule_polymorphic_without_fk{
    "polymorphic_without_fk", Category::consistency,
    "A polymorphic association (type + id columns, pattern polymorphic_association) whose type names tables; not "
    "on audit, outbox, *_log and *_history tables.",
    {{any_of({consistency(Consistency::eventual), workload(Workload::olap)}), Severity::info},
     {otherwise(), Severity::warning}},
    check_polymorphic_without_fk};

extern const Rule rule_fk_cycle{
    "fk_cycle", Category::consistency,
    "Foreign keys forming a cycle between two or more tables (info when a reference of the cycle is nullable "
    "or deferrable).",
    {{otherwise(), Severity::warning}}, check_fk_cycle};

extern const Rule rule_nullable_fk{
    "nullable_fk", Category::consistency, "A nullable foreign key column on a junction (confident role).",
    {{consistency(Consistency::eventual), Severity::info}, {otherwise(), Severity::warning}},
    check_nullable_fk};

}  // namespace flaqes
