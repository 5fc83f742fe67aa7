#include "core/seed/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/seed/check_model.hpp"
#include "core/seed/misc_generators.hpp"
#include "core/seed/partition_bounds.hpp"

namespace flaqes::seed {

const char* source_name(Source s) {
    switch (s) {
        case Source::generator: return "generator";
        case Source::link: return "foreign_key";
        case Source::deferred: return "foreign_key_update";
        case Source::sql: return "sql";
        case Source::database: return "database";
        case Source::null: return "null";
    }
    return "?";
}

const char* pick_name(Pick p) {
    switch (p) {
        case Pick::random: return "random";
        case Pick::one_to_one: return "one_to_one";
        case Pick::combination: return "combination";
        case Pick::earlier_row: return "earlier_row";
    }
    return "?";
}

namespace {

using ColumnOverrides = std::map<std::string, const ColumnOverride*>;

[[noreturn]] void option_error(const std::string& message, const std::string& detail, const std::string& hint) {
    throw Error(sqlstate::invalid_parameter_value, message, detail, hint);
}

// "table" or "schema.table" to a table of the graph.
const Table* table_named(const SchemaGraph& graph, const std::string& key) {
    const std::size_t dot = key.find('.');
    const Table* found = nullptr;
    for (const Table& t : graph.tables) {
        const bool match = dot == std::string::npos ? t.name.name == key
                                                    : t.name.schema == key.substr(0, dot) && t.name.name == key.substr(dot + 1);
        if (!match) continue;
        if (found != nullptr) {
            option_error(fmt::format("table name \"{}\" in seed options is ambiguous", key),
                         fmt::format("Both {} and {} match.", found->name.sql(), t.name.sql()),
                         "Qualify the name with its schema, e.g. \"" + t.name.schema + "." + t.name.name + "\".");
        }
        found = &t;
    }
    return found;
}

const Table& require_table(const SchemaGraph& graph, const std::string& key, const char* option) {
    const Table* t = table_named(graph, key);
    if (t == nullptr || !t->is_relation_with_rows()) {
        option_error(fmt::format("unknown table \"{}\" in seed option {}", key, option),
                     "No table of that name is visible to flaqes.", "Write \"table\" or \"schema.table\".");
    }
    return *t;
}

std::string table_key(const Table& t) { return t.name.schema + "." + t.name.name; }

// Lower / upper ends of time spans recognised by column name, e.g. created_at .. updated_at.
const std::vector<std::string> span_starts = {"created", "start", "starts", "started", "begin", "begins", "valid_from",
                                              "opened", "placed", "ordered", "order", "issued", "rental", "booked"};
const std::vector<std::string> span_ends = {"updated", "modified", "end", "ends", "ended", "finished", "completed",
                                            "closed", "valid_to", "valid_until", "shipped", "delivered", "deleted",
                                            "expires", "due", "required", "returned", "return", "cancelled"};

std::string span_stem(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* suffix : {"_at", "_date", "_on", "_time", "_ts", "date", "time"}) {
        const std::string s = suffix;
        if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
            return name.substr(0, name.size() - s.size());
        }
    }
    return name;
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += out.empty() ? n : ", " + n;
    return out;
}

const std::vector<std::string> current_flags = {"is_current", "current", "is_latest", "latest", "is_open"};

bool in_list(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

bool mostly_null_by_name(const std::string& name) {
    const std::string stem = span_stem(name);
    return stem == "deleted" || stem == "archived" || stem == "cancelled" || stem == "canceled";
}

class Planner {
public:
    Planner(const SchemaGraph& graph, const Options& options, std::uint64_t seed) : graph_(graph), options_(options), seed_(seed) {}

    Plan run(Oid target_oid, std::int64_t rows) {
        const Table* target = graph_.table(target_oid);
        if (target == nullptr) {
            throw Error(sqlstate::undefined_table, "flaqes cannot see the target table",
                        "It is not in a user schema, or it belongs to an extension.", "Seed a table of your own schemas.");
        }
        if (!target->is_relation_with_rows()) {
            throw Error(sqlstate::wrong_object_type,
                        fmt::format("cannot seed {}: it is a {}", target->name.sql(), relkind_name(target->kind)),
                        "flaqes.seed inserts rows into tables only.", "Seed the table the view reads from.");
        }
        resolve_table_options();
        resolve_column_overrides(*target);
        collect(*target);
        plan_.tables[0].rows = rows;
        plan_.tables[0].is_target = true;
        plan_.tables[0].why = "target";
        for (std::size_t i = 0; i < plan_.tables.size(); ++i) build_links(i);
        order();
        count_rows();
        for (TablePlan& t : plan_.tables) {
            if (!t.reuse) build_columns(t);
        }
        build_returning();
        return std::move(plan_);
    }

private:
    // ---- options -----------------------------------------------------------------------------
    void resolve_table_options() {
        for (const auto& [key, opt] : options_.tables) table_options_[require_table(graph_, key, "tables").oid] = opt;
    }

    void resolve_column_overrides(const Table& target) {
        for (const auto& [key, opt] : options_.columns) {
            const std::size_t dot = key.rfind('.');
            const Table& t = dot == std::string::npos ? target : require_table(graph_, key.substr(0, dot), "columns");
            const std::string column = dot == std::string::npos ? key : key.substr(dot + 1);
            if (t.column(column) == nullptr) {
                std::string names;
                for (const Column& c : t.columns) names += names.empty() ? c.name : ", " + c.name;
                throw Error(sqlstate::undefined_column,
                            fmt::format("column \"{}\" of seed option columns does not exist in {}", column, t.name.sql()),
                            fmt::format("Columns of {}: {}.", t.name.sql(), names),
                            "Name a column of the target as \"column\", of another table as \"table.column\".");
            }
            column_overrides_[t.oid][column] = &opt;
        }
    }

    const ColumnOverride* override_of(Oid table, const std::string& column) const {
        const auto t = column_overrides_.find(table);
        if (t == column_overrides_.end()) return nullptr;
        const auto c = t->second.find(column);
        return c == t->second.end() ? nullptr : c->second;
    }

    // ---- tables and links --------------------------------------------------------------------
    std::size_t add_table(const Table& t, const std::string& why) {
        const auto it = index_.find(t.oid);
        if (it != index_.end()) return it->second;
        TablePlan tp;
        tp.oid = t.oid;
        tp.name = t.name;
        tp.table = &t;
        tp.why = why;
        const auto opt = table_options_.find(t.oid);
        tp.reuse = opt != table_options_.end() && opt->second.reuse;
        tp.code = static_cast<std::uint32_t>(&t - graph_.tables.data()) + 1;
        index_[t.oid] = plan_.tables.size();
        plan_.tables.push_back(tp);
        return plan_.tables.size() - 1;
    }

    // Breadth-first over foreign keys from the target: every parent a row needs.
    void collect(const Table& target) {
        add_table(target, "target");
        for (std::size_t i = 0; i < plan_.tables.size(); ++i) {
            if (plan_.tables[i].reuse) continue;
            const Table& t = *plan_.tables[i].table;
            for (const ForeignKey& fk : foreign_keys_of(t)) {
                if (overridden_fk(t, fk) || fk.ref_oid == t.oid) continue;
                const Table* parent = graph_.table(fk.ref_oid);
                if (parent == nullptr) {
                    throw Error(sqlstate::feature_not_supported,
                                fmt::format("foreign key {} of {} references a table flaqes cannot see", fk.name, t.name.sql()),
                                fmt::format("It references {}.", fk.ref.sql()),
                                fmt::format("Give its columns values with options.columns, e.g. {{\"columns\": {{\"{}.{}\": ...}}}}.",
                                            t.name.name, fk.columns.front()));
                }
                add_table(*parent, "parent of " + t.name.sql());
            }
        }
    }

    // The foreign keys a row must satisfy: a partitioned table's own, plus those declared on its
    // partitions (a row may land in any of them); a partition's, plus its parent's.
    std::vector<ForeignKey> foreign_keys_of(const Table& t) const {
        std::vector<ForeignKey> out = t.foreign_keys;
        auto add = [&out](const ForeignKey& fk) {
            for (const ForeignKey& have : out) {
                if (have.columns == fk.columns && have.ref_oid == fk.ref_oid && have.ref_columns == fk.ref_columns) return;
            }
            out.push_back(fk);
        };
        if (t.kind == RelKind::partitioned_table) {
            for (const Table& p : graph_.tables) {
                if (p.partition_parent_oid != t.oid) continue;
                for (const ForeignKey& fk : foreign_keys_of(p)) add(fk);
            }
        }
        if (t.kind == RelKind::partition) {
            if (const Table* p = graph_.table(t.partition_parent_oid)) {
                for (const ForeignKey& fk : p->foreign_keys) add(fk);
            }
        }
        return out;
    }

    bool overridden_fk(const Table& t, const ForeignKey& fk) const {
        for (const std::string& c : fk.columns) {
            if (override_of(t.oid, c) != nullptr) return true;
        }
        return false;
    }

    void build_links(std::size_t i) {
        TablePlan& tp = plan_.tables[i];
        if (tp.reuse) return;
        for (const ForeignKey& fk : foreign_keys_of(*tp.table)) {
            if (overridden_fk(*tp.table, fk)) continue;
            Link l;
            l.constraint = fk.name;
            l.parent = fk.ref_oid == tp.oid ? i : index_.at(fk.ref_oid);
            l.columns = fk.columns;
            l.ref_columns = fk.ref_columns;
            if (fk.ref_oid == tp.oid) {
                l.pick = Pick::earlier_row;
                l.deferred = true;
                if (!link_nullable(tp, l)) {
                    throw cycle_error({tp.name.sql(), tp.name.sql()}, {fk.name});
                }
            }
            tp.links.push_back(l);
        }
    }

    bool link_nullable(const TablePlan& tp, const Link& l) const {
        for (const std::string& c : l.columns) {
            const Column* col = tp.table->column(c);
            if (col == nullptr || col->not_null) return false;
            if (col->type_type == 'd') {
                const DomainType* d = graph_.domain(col->type_oid);
                if (d != nullptr && d->not_null) return false;
            }
        }
        return true;
    }

    static Error cycle_error(const std::vector<std::string>& tables, const std::vector<std::string>& constraints) {
        std::string path, names;
        for (const std::string& t : tables) path += path.empty() ? t : " -> " + t;
        for (const std::string& c : constraints) names += names.empty() ? c : ", " + c;
        return Error(sqlstate::feature_not_supported,
                     fmt::format("cannot seed a cycle of NOT NULL foreign keys: {}", path),
                     fmt::format("Every foreign key of the cycle ({}) is NOT NULL, so no row can go in first.", names),
                     "Make one of these foreign keys nullable, reuse existing rows of one table with options "
                     "{\"tables\": {\"<table>\": {\"reuse\": true}}}, or give its columns values with options.columns.");
    }

    // Topological order, parents first; a cycle is broken at a nullable foreign key, which is
    // then filled by an UPDATE once every row is in.
    void order() {
        const std::size_t n = plan_.tables.size();
        std::vector<bool> placed(n, false);
        std::vector<std::size_t> result;
        while (result.size() < n) {
            bool progress = false;
            for (std::size_t i = 0; i < n; ++i) {
                if (placed[i] || !ready(i, placed)) continue;
                placed[i] = true;
                result.push_back(i);
                progress = true;
            }
            if (!progress) break_cycle(placed);
        }
        std::vector<TablePlan> ordered;
        std::map<std::size_t, std::size_t> moved;
        for (std::size_t k = 0; k < result.size(); ++k) {
            moved[result[k]] = k;
            ordered.push_back(std::move(plan_.tables[result[k]]));
        }
        for (TablePlan& t : ordered) {
            for (Link& l : t.links) l.parent = moved.at(l.parent);
        }
        plan_.target = moved.at(0);
        plan_.tables = std::move(ordered);
    }

    bool ready(std::size_t i, const std::vector<bool>& placed) const {
        const TablePlan& t = plan_.tables[i];
        for (const Link& l : t.links) {
            if (!l.deferred && l.parent != i && !placed[l.parent] && !plan_.tables[l.parent].reuse) return false;
        }
        return true;
    }

    void break_cycle(const std::vector<bool>& placed) {
        // Walk unplaced parents from any unplaced table until a table repeats: that is a cycle.
        std::size_t at = 0;
        while (placed[at]) ++at;
        std::vector<std::size_t> path;
        std::vector<std::size_t> via;  // link index used to leave path[k]
        std::map<std::size_t, std::size_t> seen;
        while (seen.find(at) == seen.end()) {
            seen[at] = path.size();
            path.push_back(at);
            const TablePlan& t = plan_.tables[at];
            for (std::size_t li = 0; li < t.links.size(); ++li) {
                const Link& l = t.links[li];
                if (!l.deferred && l.parent != at && !placed[l.parent] && !plan_.tables[l.parent].reuse) {
                    via.push_back(li);
                    at = l.parent;
                    break;
                }
            }
        }
        const std::size_t start = seen[at];
        for (std::size_t k = start; k < path.size(); ++k) {
            Link& l = plan_.tables[path[k]].links[via[k]];
            if (link_nullable(plan_.tables[path[k]], l)) {
                l.deferred = true;
                return;
            }
        }
        std::vector<std::string> tables, constraints;
        for (std::size_t k = start; k < path.size(); ++k) {
            tables.push_back(plan_.tables[path[k]].name.sql());
            constraints.push_back(plan_.tables[path[k]].links[via[k]].constraint);
        }
        tables.push_back(plan_.tables[at].name.sql());
        throw cycle_error(tables, constraints);
    }

    // ---- row counts --------------------------------------------------------------------------
    void count_rows() {
        for (TablePlan& t : plan_.tables) {
            const auto opt = table_options_.find(t.oid);
            if (!t.is_target && opt != table_options_.end() && opt->second.rows) t.rows = *opt->second.rows;
        }
        // Each child asks its parents for enough rows; repeat until nothing grows (cycles settle
        // because a child never asks for more rows than it has).
        for (int round = 0; round < 16; ++round) {
            bool changed = false;
            for (std::size_t i = 0; i < plan_.tables.size(); ++i) {
                TablePlan& t = plan_.tables[i];
                if (t.reuse) continue;
                decide_picks(t);
                for (const Link& l : t.links) {
                    TablePlan& p = plan_.tables[l.parent];
                    if (l.parent == i || p.reuse || fixed_rows(p)) continue;
                    const std::int64_t want = demand(t, l);
                    if (want > p.rows) {
                        p.rows = want;
                        changed = true;
                    }
                }
            }
            if (!changed) break;
        }
    }

    bool fixed_rows(const TablePlan& t) const {
        if (t.is_target) return true;
        const auto opt = table_options_.find(t.oid);
        return opt != table_options_.end() && opt->second.rows.has_value();
    }

    static std::int64_t demand(const TablePlan& t, const Link& l) {
        if (t.rows <= 0) return 0;
        if (l.pick == Pick::one_to_one) return t.rows;
        if (l.pick == Pick::combination) {
            int k = 0;
            for (const Link& other : t.links) k += other.radix_group == l.radix_group ? 1 : 0;
            auto root = static_cast<std::int64_t>(std::ceil(std::pow(static_cast<double>(t.rows), 1.0 / k)));
            std::int64_t product = 1;
            for (int j = 0; j < k; ++j) product = product > INT64_MAX / root ? INT64_MAX : product * root;
            return product >= t.rows ? root : root + 1;
        }
        return std::max<std::int64_t>(1, (t.rows + 9) / 10);
    }

    // Unique keys made only of foreign key columns decide how parents are picked.
    void decide_picks(TablePlan& t) {
        int group = 0;
        for (const std::vector<std::string>& key : unique_keys(*t.table)) {
            std::set<std::size_t> links;
            bool only_links = true;
            for (const std::string& c : key) {
                const int li = link_of(t, c);
                if (li < 0 || t.links[li].deferred) {
                    only_links = false;
                } else {
                    links.insert(static_cast<std::size_t>(li));
                }
            }
            if (!only_links || links.empty()) continue;
            if (links.size() == 1) {
                t.links[*links.begin()].pick = Pick::one_to_one;
            } else {
                for (std::size_t li : links) {
                    if (t.links[li].pick != Pick::random) continue;
                    t.links[li].pick = Pick::combination;
                    t.links[li].radix_group = group;
                }
                ++group;
            }
        }
    }

    static int link_of(const TablePlan& t, const std::string& column) {
        for (std::size_t li = 0; li < t.links.size(); ++li) {
            const auto& cols = t.links[li].columns;
            if (std::find(cols.begin(), cols.end(), column) != cols.end()) return static_cast<int>(li);
        }
        return -1;
    }

    // ON CONFLICT cannot take deferrable constraints as arbiters.
    static bool has_deferrable_key(const Table& t) {
        if (t.primary_key && t.primary_key->deferrable) return true;
        for (const KeyConstraint& k : t.unique_constraints) {
            if (k.deferrable) return true;
        }
        return false;
    }

    static std::vector<std::vector<std::string>> unique_keys(const Table& t) {
        std::vector<std::vector<std::string>> keys;
        if (t.primary_key) keys.push_back(t.primary_key->columns);
        for (const KeyConstraint& k : t.unique_constraints) keys.push_back(k.columns);
        for (const Index& ix : t.indexes) {
            if (!ix.unique || ix.primary || ix.constraint) continue;
            std::vector<std::string> cols;
            bool plain = true;
            for (const IndexKey& k : ix.keys) {
                plain = plain && k.attnum > 0;
                cols.push_back(k.column);
            }
            if (plain && !cols.empty()) keys.push_back(cols);
        }
        return keys;
    }

    // ---- columns -----------------------------------------------------------------------------
    ColumnSpec spec_of(const TablePlan& tp, const Column& c, const CheckModel& checks) const {
        ColumnSpec s;
        s.table_name = tp.name.sql();
        s.column_name = c.name;
        s.type_name = c.type;
        s.type_oid = c.type_oid;
        s.typmod = c.typmod;
        s.type_type = c.type_type;
        s.type_category = c.type_category;
        s.element_type_oid = c.element_type_oid;
        s.uuid = options_.uuid;
        s.table_code = tp.code;
        const auto rules = checks.columns.find(c.name);
        if (rules != checks.columns.end()) s.rules = rules->second;
        // Domains: their base type, NOT NULL and checks.
        for (int depth = 0; depth < 8 && s.type_type == 'd'; ++depth) {
            const DomainType* d = graph_.domain(s.type_oid);
            if (d == nullptr) break;
            s.type_oid = d->base_type_oid;
            s.typmod = d->base_typmod;
            s.rules.not_null = s.rules.not_null || d->not_null;
            s.type_type = graph_.enum_type(s.type_oid) ? 'e' : graph_.domain(s.type_oid) ? 'd' : 'b';
            for (const DomainCheck& dc : d->checks) {
                const CheckModel m = model_check(dc.expression);
                const auto v = m.columns.find("VALUE");
                if (v != m.columns.end()) s.rules.merge(v->second);
            }
        }
        const Oid labels_of = s.type_type == 'e' ? s.type_oid : s.element_type_oid;
        if (const EnumType* e = graph_.enum_type(labels_of)) {
            s.enum_labels = e->labels;
            if (labels_of == s.type_oid) s.type_type = 'e';
        }
        return s;
    }

    void build_columns(TablePlan& tp) {
        const Table& t = *tp.table;
        CheckModel checks;
        std::vector<const CheckConstraint*> unmodelled;
        for (const CheckConstraint& cc : t.check_constraints) {
            const CheckModel m = model_check(cc.expression);
            checks.merge(m);
            if (!m.complete) unmodelled.push_back(&cc);
        }
        if (t.kind == RelKind::partitioned_table) restrict_to_partitions(t, checks);

        // Pass 1: where each column's value comes from.
        for (const Column& c : t.columns) {
            ColumnPlan cp;
            cp.name = c.name;
            cp.sql_type = c.type;
            cp.not_null = c.not_null;
            cp.key = stream_of(table_key(t) + "." + c.name);
            const ColumnOverride* o = override_of(t.oid, c.name);
            const int li = link_of(tp, c.name);
            if (c.generated == Generated::stored) {
                cp.source = Source::database;
                cp.reason = "generated column";
            } else if (li >= 0) {
                const Link& l = tp.links[li];
                cp.source = l.deferred ? Source::deferred : Source::link;
                cp.link = li;
                cp.link_position = static_cast<std::size_t>(
                    std::find(l.columns.begin(), l.columns.end(), c.name) - l.columns.begin());
                cp.generator_name = "foreign_key";
                cp.reason = fmt::format("{} references {} ({}), parent picked {}", l.constraint,
                                        plan_.tables[l.parent].name.sql(), l.ref_columns[cp.link_position], pick_name(l.pick));
                if (l.deferred) cp.reason += "; set by an UPDATE after the inserts";
            } else if (o != nullptr && (o->constant || !o->choices.empty() || o->sql || o->generator)) {
                apply_override(tp, c, *o, cp);
            } else if (c.identity != Identity::none) {
                cp.source = Source::database;
                cp.reason = "identity column";
            } else if (c.default_expr && !(options_.uuid == UuidMode::pattern && c.type_oid == 2950)) {
                cp.source = Source::database;
                cp.reason = "default " + *c.default_expr;
            }
            if (o != nullptr && o->null_fraction) cp.null_fraction = *o->null_fraction;
            tp.columns.push_back(cp);
        }

        // Pass 2: one column of each unique key counts up, unless the key is already unique.
        // A key whose values come from us (not from an identity or a sequence) may collide with
        // rows already there or seeded concurrently: such rows are skipped (skip_conflicts).
        std::vector<bool> unique(t.columns.size(), false);
        bool keys_from_us = false;
        for (const std::vector<std::string>& key : unique_keys(t)) {
            bool satisfied = false;
            bool from_database = false;
            std::vector<std::size_t> candidates;
            for (const std::string& name : key) {
                const std::size_t i = column_index(t, name);
                const ColumnPlan& cp = tp.columns[i];
                from_database = from_database || cp.source == Source::database;
                if (unique[i] || cp.source == Source::database ||
                    (cp.source == Source::link && tp.links[cp.link].pick != Pick::random)) {
                    satisfied = true;
                }
                if (cp.source == Source::generator && cp.generator == nullptr) candidates.push_back(i);
            }
            keys_from_us = keys_from_us || !from_database;
            if (satisfied) continue;
            std::optional<Error> refusal;
            bool made_unique = false;
            for (std::size_t i : candidates) {
                ColumnSpec s = spec_of(tp, t.columns[i], checks);
                s.unique = true;
                try {
                    const ChosenGenerator g = choose_generator(s);
                    const auto cap = g.generator->capacity();
                    if (cap && *cap < static_cast<std::uint64_t>(tp.rows)) {
                        refusal = Error(sqlstate::invalid_parameter_value,
                                        fmt::format("out of unique values for column \"{}\" of table {}", t.columns[i].name,
                                                    tp.name.sql()),
                                        fmt::format("The key ({}) must be unique; the column holds {} distinct values, {} rows were asked for.",
                                                    join_names(key), *cap, tp.rows),
                                        "Seed fewer rows, or give the column values in options.columns.");
                        continue;
                    }
                } catch (const Error& e) {
                    refusal = e;
                    continue;
                }
                unique[i] = true;
                made_unique = true;
                break;
            }
            if (!made_unique && refusal) throw *refusal;
        }

        // Orderings: CHECK (a < b) and name pairs such as created_at .. updated_at.
        std::vector<std::optional<std::pair<std::size_t, bool>>> after(t.columns.size());
        for (const ColumnOrder& o : checks.orders) {
            const Column* lo = t.column(o.lower_column);
            const Column* hi = t.column(o.upper_column);
            if (lo != nullptr && hi != nullptr) after[column_index(t, hi->name)] = std::make_pair(column_index(t, lo->name), o.strict);
        }
        for (std::size_t hi = 0; hi < t.columns.size(); ++hi) {
            if (after[hi] || !in_list(span_ends, span_stem(t.columns[hi].name))) continue;
            for (std::size_t lo = 0; lo < t.columns.size(); ++lo) {
                if (in_list(span_starts, span_stem(t.columns[lo].name)) && t.columns[lo].type_oid == t.columns[hi].type_oid) {
                    after[hi] = std::make_pair(lo, true);
                    break;
                }
            }
        }

        // A flag such as is_current is true exactly when the span's end (valid_to) is NULL.
        std::vector<std::optional<std::size_t>> flag_of(t.columns.size());
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (t.columns[i].type_oid != 16 || !in_list(current_flags, span_stem(t.columns[i].name))) continue;
            for (std::size_t end = 0; end < t.columns.size(); ++end) {
                if (!t.columns[end].not_null && in_list(span_ends, span_stem(t.columns[end].name)) &&
                    tp.columns[end].source == Source::generator) {
                    flag_of[i] = end;
                    break;
                }
            }
        }

        // Pass 3: generators.
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            ColumnPlan& cp = tp.columns[i];
            const Column& c = t.columns[i];
            if (cp.source != Source::generator || cp.generator) continue;
            if (flag_of[i]) {
                cp.generator = make_null_flag_generator(*flag_of[i]);
                cp.generator_name = "span_flag";
                cp.reason = fmt::format("true exactly when {} is NULL", t.columns[*flag_of[i]].name);
                continue;
            }
            ColumnSpec s = spec_of(tp, c, checks);
            s.unique = unique[i];
            if (after[i] && tp.columns[after[i]->first].source == Source::generator && !unique[after[i]->first]) {
                s.after = after[i]->first;
                s.after_strict = after[i]->second;
            }
            for (std::size_t hi = 0; hi < t.columns.size(); ++hi) {
                if (after[hi] && after[hi]->first == i) s.leaves_room = true;
            }
            try {
                const ChosenGenerator g = choose_generator(s);
                cp.generator = g.generator;
                cp.generator_name = g.name;
                cp.reason = g.reason;
                if (s.after) cp.reason += fmt::format("; not before {}", t.columns[*s.after].name);
            } catch (const Error& e) {
                const bool nullable = !c.not_null && !s.rules.not_null;
                if (e.code() != sqlstate::feature_not_supported || !nullable) throw;
                cp.source = Source::null;
                cp.reason = fmt::format("no generator for type {}; the column is nullable, so it stays NULL", c.type);
                continue;
            }
            cp.unique = unique[i];
            if (cp.unique) {
                if (const auto base = cp.generator->counter_base()) {
                    tp.counter_columns.push_back(c.name);
                    tp.counter_bases.push_back(*base);
                }
            }
            const auto rules = s.rules;
            const bool nullable = !c.not_null && !rules.not_null && !cp.unique;
            if (rules.always_null && nullable) {
                cp.null_fraction = 1;
            } else if (!nullable) {
                cp.null_fraction = 0;
            } else if (!override_of(t.oid, c.name) || !override_of(t.oid, c.name)->null_fraction) {
                cp.null_fraction = mostly_null_by_name(c.name) ? 0.9 : 0.1;
            }
        }
        tp.skip_conflicts = keys_from_us && !has_deferrable_key(t);
        // Generation order: a column after the column it depends on.
        std::vector<std::optional<std::size_t>> depends(t.columns.size());
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (flag_of[i] && tp.columns[i].generator_name == "span_flag") depends[i] = flag_of[i];
            if (after[i] && tp.columns[i].generator && tp.columns[after[i]->first].generator) depends[i] = after[i]->first;
        }
        std::vector<bool> placed(t.columns.size(), false);
        while (tp.generation_order.size() < t.columns.size()) {
            const std::size_t before = tp.generation_order.size();
            for (std::size_t i = 0; i < t.columns.size(); ++i) {
                if (placed[i] || (depends[i] && !placed[*depends[i]])) continue;
                placed[i] = true;
                tp.generation_order.push_back(i);
            }
            if (tp.generation_order.size() == before) {  // orderings in a circle: ignore them
                for (std::size_t i = 0; i < t.columns.size(); ++i) {
                    if (!placed[i]) tp.generation_order.push_back(i);
                }
            }
        }

        // CHECKs we do not model: Postgres evaluates them on the generated rows, when every
        // column they read is one we insert.
        for (const CheckConstraint* cc : unmodelled) {
            bool evaluable = true;
            for (const std::string& name : cc->columns) {
                const Source s = tp.columns[column_index(t, name)].source;
                evaluable = evaluable && (s == Source::generator || s == Source::link);
            }
            if (evaluable) {
                tp.filters.push_back(cc->expression);
                tp.filter_names.push_back(cc->name);
            }
        }
    }

    void apply_override(const TablePlan& tp, const Column& c, const ColumnOverride& o, ColumnPlan& cp) {
        if (c.identity == Identity::always) plan_.tables[index_in_plan(tp)].overriding_system_value = true;
        if (o.constant) {
            cp.generator = make_constant_generator(*o.constant);
            cp.generator_name = "constant";
            cp.reason = "options.columns: a constant";
        } else if (!o.choices.empty()) {
            cp.generator = make_choice_generator(o.choices, false);
            cp.generator_name = "list";
            cp.reason = fmt::format("options.columns: one of {} values", o.choices.size());
        } else if (o.sql) {
            cp.source = Source::sql;
            cp.sql = *o.sql;
            cp.generator_name = "sql";
            cp.reason = "options.columns: SQL expression evaluated per row";
        } else if (o.generator) {
            ColumnSpec s = spec_of(tp, c, CheckModel{});
            const auto g = generator_by_name(*o.generator, s);
            if (!g) {
                option_error(fmt::format("generator \"{}\" cannot fill column \"{}\" of {}", *o.generator, c.name, tp.name.sql()),
                             fmt::format("The column's type is {}.", c.type),
                             fmt::format("Generators: {}; each fits certain types.", generator_names()));
            }
            cp.generator = g->generator;
            cp.generator_name = g->name;
            cp.reason = "options.columns: " + g->reason;
        }
    }

    std::size_t index_in_plan(const TablePlan& tp) const { return static_cast<std::size_t>(&tp - plan_.tables.data()); }

    static std::size_t column_index(const Table& t, const std::string& name) {
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (t.columns[i].name == name) return i;
        }
        throw Error(sqlstate::internal_error, fmt::format("flaqes: column {} missing from {}", name, t.name.sql()));
    }

    // Values of the partition key that some partition accepts.
    void restrict_to_partitions(const Table& t, CheckModel& checks) const {
        std::vector<std::string> bounds;
        for (const Table& p : graph_.tables) {
            if (p.partition_parent_oid == t.oid && p.partition_bound) bounds.push_back(*p.partition_bound);
        }
        const auto allowed = partition_key_values(t.partition_key.value_or(""), bounds);
        if (allowed) checks.columns[allowed->first].allowed = allowed->second;
    }

    // ---- keys children need ------------------------------------------------------------------
    void build_returning() {
        auto add = [](TablePlan& t, const std::string& c) {
            const auto it = std::find(t.returning.begin(), t.returning.end(), c);
            if (it != t.returning.end()) return static_cast<std::size_t>(it - t.returning.begin());
            t.returning.push_back(c);
            return t.returning.size() - 1;
        };
        for (TablePlan& t : plan_.tables) {
            for (const Link& l : t.links) t.has_deferred = t.has_deferred || l.deferred;
            if (!t.has_deferred) continue;
            const auto keys = unique_keys(*t.table);
            for (const auto& key : keys) {
                bool usable = true;
                for (const std::string& c : key) usable = usable && t.table->column(c) && t.table->column(c)->not_null;
                if (usable) {
                    t.update_key = key;
                    break;
                }
            }
            if (t.update_key.empty()) {  // nothing identifies a row: the deferred links stay NULL
                for (ColumnPlan& cp : t.columns) {
                    if (cp.source == Source::deferred) {
                        cp.source = Source::null;
                        cp.reason += "; the table has no key to update rows by, so it stays NULL";
                    }
                }
                t.has_deferred = false;
            }
        }
        for (TablePlan& t : plan_.tables) {
            for (const std::string& c : t.update_key) add(t, c);
        }
        for (TablePlan& t : plan_.tables) {
            for (Link& l : t.links) {
                TablePlan& parent = plan_.tables[&t == &plan_.tables[l.parent] ? l.parent : l.parent];
                l.pool_columns.clear();
                for (const std::string& c : l.ref_columns) l.pool_columns.push_back(add(parent, c));
            }
        }
    }

    const SchemaGraph& graph_;
    const Options& options_;
    std::uint64_t seed_;
    Plan plan_;
    std::map<Oid, std::size_t> index_;
    std::map<Oid, TableOverride> table_options_;
    std::map<Oid, ColumnOverrides> column_overrides_;

public:
    void init() {
        plan_.options = options_;
        plan_.seeded = options_.seed.has_value();
        plan_.seed = seed_;
    }
};

}  // namespace

Plan make_plan(const SchemaGraph& graph, Oid target, std::int64_t rows, const Options& options, std::uint64_t random_seed) {
    if (rows < 0) {
        throw Error(sqlstate::invalid_parameter_value, fmt::format("cannot seed {} rows", rows),
                    "The row count must be zero or more.", "Pass a row count of 0 or more.");
    }
    Planner planner(graph, options, options.seed ? *options.seed : random_seed);
    planner.init();
    return planner.run(target, rows);
}

}  // namespace flaqes::seed
