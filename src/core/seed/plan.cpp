#include "core/seed/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/seed/column_planner.hpp"
#include "core/seed/parent_times.hpp"
#include "core/seed/table_capacity.hpp"
#include "core/seed/table_keys.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {

const char* source_name(Source s) {
    switch (s) {
        case Source::generator: return "generator";
        case Source::link: return "foreign_key";
        case Source::deferred: return "foreign_key_update";
        case Source::sql: return "sql";
        case Source::database: return "database";
        case Source::sequence: return "sequence";
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

// A column in several foreign keys (flow_slug in (flow_slug) -> flows and in (flow_slug,
// step_slug) -> steps) takes its value from the one with the most columns, so that the columns of
// a composite key come from one parent row (which usually satisfies the narrower key through its
// own foreign key).
int TablePlan::link_of(const std::string& column) const {
    int best = -1;
    for (std::size_t li = 0; li < links.size(); ++li) {
        if (std::find(links[li].columns.begin(), links[li].columns.end(), column) == links[li].columns.end()) continue;
        if (best < 0 || links[li].columns.size() > links[static_cast<std::size_t>(best)].columns.size()) {
            best = static_cast<int>(li);
        }
    }
    return best;
}

namespace {

// Rows of a table per parent row picked at random: the parents a table's rows need.
constexpr std::int64_t kChildrenPerParent = 10;

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

class Planner {
public:
    Planner(const SchemaGraph& graph, const Options& options, std::uint64_t seed) : graph_(graph), options_(options) {
        plan_.options = options;
        plan_.seeded = options.seed.has_value();
        plan_.seed = seed;
    }

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
        for (TablePlan& t : plan_.tables) mark_shared_columns(t);
        order();
        count_rows();
        for (TablePlan& t : plan_.tables) {
            if (!t.reuse && t.rows > 0) check_capacity(t);
        }
        mark_followed_times(plan_);
        for (TablePlan& t : plan_.tables) {
            if (t.reuse) continue;
            const auto overrides = column_overrides_.find(t.oid);
            plan_columns({graph_, options_, plan_.tables, overrides == column_overrides_.end() ? nullptr : &overrides->second}, t);
            if ((t.fill_to_capacity || enumerates_within_groups(t)) && !has_deferrable_key(*t.table)) t.skip_conflicts = true;
        }
        build_returning();
        link_parent_times(plan_);
        check_statement_groups();
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
        // Stable whatever else the schema holds: from the table's name, 8 decimal digits.
        tp.code = static_cast<std::uint32_t>(stream_of(t.name.schema + "." + t.name.name) % 100000000);
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
            const ColumnOverride* o = override_of(t.oid, c);
            if (o != nullptr && o->gives_value()) return true;
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
            l.deferrable = fk.deferrable;
            l.initially_deferred = fk.initially_deferred;
            if (fk.ref_oid == tp.oid) {
                l.pick = Pick::earlier_row;
                if (link_nullable(tp, l)) {
                    l.deferred = true;
                } else {  // every row needs a target: itself (a root) or an earlier row, in one statement
                    l.same_statement = true;
                    tp.statement_group = next_group_++;
                }
            }
            tp.links.push_back(l);
        }
    }

    static void mark_shared_columns(TablePlan& t) {
        for (std::size_t li = 0; li < t.links.size(); ++li) {
            Link& l = t.links[li];
            if (l.deferred) continue;
            for (std::size_t k = 0; k < l.columns.size(); ++k) {
                const int owner = t.link_of(l.columns[k]);
                if (owner != static_cast<int>(li) && !t.links[static_cast<std::size_t>(owner)].deferred) l.shared.push_back(k);
            }
        }
    }

    // A unique key enumerated through a key whose parent is drawn among the rows agreeing on
    // shared columns: combinations can repeat, so colliding rows are skipped and replaced.
    static bool enumerates_within_groups(const TablePlan& t) {
        for (const Link& l : t.links) {
            if (!l.shared.empty() && l.pick != Pick::random) return true;
        }
        return false;
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
                     fmt::format("Every foreign key of the cycle ({}) is NOT NULL and not deferrable, so no row can go in "
                                 "first.",
                                 names),
                     "Make one of these foreign keys nullable or DEFERRABLE, reuse existing rows of one table with options "
                     "{\"tables\": {\"<table>\": {\"reuse\": true}}}, or give its columns values with options.columns.");
    }

    // Topological order, parents first; a cycle is broken at a nullable foreign key, else at a
    // DEFERRABLE one, which is then filled by an UPDATE once every row is in.
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
            if (!l.deferred && !l.same_statement && l.parent != i && !placed[l.parent] && !plan_.tables[l.parent].reuse) return false;
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
                if (!l.deferred && !l.same_statement && l.parent != at && !placed[l.parent] && !plan_.tables[l.parent].reuse) {
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
        for (std::size_t k = start; k < path.size(); ++k) {
            Link& l = plan_.tables[path[k]].links[via[k]];
            if (l.deferrable) {
                l.deferred = true;
                l.constraint_deferred = true;
                return;
            }
        }
        // Every foreign key of the cycle is NOT NULL and checked at the end of each statement: the
        // cycle goes in as one statement. Cycles sharing a table share its group.
        plan_.tables[path[start]].links[via[start]].same_statement = true;
        int group = next_group_++;
        for (std::size_t k = start; k < path.size(); ++k) {
            const int had = plan_.tables[path[k]].statement_group;
            if (had < 0 || had == group) continue;
            for (TablePlan& t : plan_.tables) {
                if (t.statement_group == had) t.statement_group = group;
            }
        }
        for (std::size_t k = start; k < path.size(); ++k) plan_.tables[path[k]].statement_group = group;
    }

    // The tables of a group are generated before the statement that inserts them: every key a
    // child takes must be one of our generated values or drawn from its sequence first, and every
    // row must go in as generated.
    void check_statement_groups() {
        for (TablePlan& t : plan_.tables) {
            if (t.statement_group < 0) continue;
            std::string why;
            for (std::size_t k = 0; k < t.returning.size() && why.empty(); ++k) {
                ColumnPlan& c = t.columns[column_index(*t.table, t.returning[k])];
                const Column& column = *t.table->column(c.name);
                if (c.source == Source::database && column.sequence && column.generated == Generated::none &&
                    t.returning_forms[k] == ValueForm::integer) {
                    c.source = Source::sequence;
                    c.reason += "; drawn from its sequence before the one statement that inserts the cycle";
                    if (column.identity == Identity::always) t.overriding_system_value = true;
                    continue;
                }
                if (c.source != Source::generator || !c.generator || c.generator->form() != t.returning_forms[k]) {
                    why = fmt::format("its column {} referenced by the cycle is not generated by flaqes ({})",
                                      c.name, source_name(c.source));
                }
            }
            if (why.empty() && !t.filters.empty()) why = "flaqes cannot model all of its CHECK constraints";
            if (why.empty() && (t.reuse || t.fill_to_capacity || t.has_deferred)) why = "it is reused or filled by an UPDATE";
            if (why.empty()) continue;
            std::vector<std::string> tables, constraints;
            for (const TablePlan& m : plan_.tables) {
                if (m.statement_group != t.statement_group) continue;
                tables.push_back(m.name.sql());
                for (const Link& l : m.links) {
                    if (plan_.tables[l.parent].statement_group == t.statement_group) constraints.push_back(l.constraint);
                }
            }
            tables.push_back(tables.front());
            Error e = cycle_error(tables, constraints);
            throw Error(e.code(), e.what(), e.detail() + fmt::format(" flaqes inserts such a cycle in one statement "
                                                                    "when it generates the keys or draws them from a "
                                                                    "sequence, but for {} {}.",
                                                                    t.name.sql(), why),
                        e.hint());
        }
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

    // Tables that cannot hold the rows asked of them. A target refuses (planned with the rows that
    // fit, so that seed_plan can show the rest); a parent of few rows is filled and shared.
    void check_capacity(TablePlan& t) {
        const std::string asked_by = t.is_target ? "" : fmt::format(" It is a {}.", t.why);
        if (lacks_partitions(graph_, *t.table)) {
            plan_.refusals.push_back(
                {fmt::format("cannot seed {}: it is partitioned and has no partition to store rows in", t.name.sql()),
                 fmt::format("{} is partitioned by {}; a row goes into the partition its key falls in, and no "
                             "partition exists (applications often create them at run time).{}",
                             t.name.sql(), t.table->partition_key.value_or("?"), asked_by),
                 fmt::format("Create a partition first, e.g. CREATE TABLE {}.{} PARTITION OF {} DEFAULT; or run "
                             "the code that creates partitions.",
                             quote_ident(t.name.schema), quote_ident(t.name.name + "_default"), t.name.sql())});
            return;
        }
        const auto cap = table_capacity(graph_, *t.table);
        if (!cap) return;
        if (!t.is_target) {  // its one row may well be there already: children share what there is
            t.rows = std::min(t.rows, cap->rows);
            t.fill_to_capacity = true;
            return;
        }
        if (t.rows <= cap->rows) return;
        plan_.refusals.push_back(
            {fmt::format("cannot seed {} rows into {}: it holds at most {} row{}", t.rows, t.name.sql(), cap->rows,
                         cap->rows == 1 ? "" : "s"),
             fmt::format("Its unique key {} allows {} distinct row{}: {}.", cap->key, cap->rows, cap->rows == 1 ? "" : "s",
                         cap->why),
             fmt::format("Seed at most {} row{} into {}; tables that reference it share its rows.", cap->rows,
                         cap->rows == 1 ? "" : "s", t.name.sql())});
        t.rows = cap->rows;
    }

    bool fixed_rows(const TablePlan& t) const {
        if (t.is_target) return true;
        const auto opt = table_options_.find(t.oid);
        return opt != table_options_.end() && opt->second.rows.has_value();
    }

    std::int64_t demand(const TablePlan& t, const Link& l) const {
        if (t.rows <= 0) return 0;
        if (l.pick == Pick::one_to_one) return t.rows;
        if (l.pick == Pick::combination) return std::max(combination_demand(t, l), grouped_demand(t, l));
        return std::max<std::int64_t>(1, (t.rows + kChildrenPerParent - 1) / kChildrenPerParent);
    }

    // A key of a combination drawn among the parent rows that agree on columns shared with another
    // key enumerates pairs within each group of parents: with S parent rows in G groups (the rows
    // of the table the parent's shared columns reference), at least S * S / G pairs, S of which
    // pair a row with itself (ruled out by CHECKs such as dep <> step). Enough parents for `rows`.
    std::int64_t grouped_demand(const TablePlan& t, const Link& l) const {
        if (l.shared.empty()) return 0;
        const TablePlan& p = plan_.tables[l.parent];
        std::int64_t groups = 0;
        for (const Link& pl : p.links) {
            bool covers = true;
            for (std::size_t k : l.shared) {
                covers = covers && std::find(pl.columns.begin(), pl.columns.end(), l.ref_columns[k]) != pl.columns.end();
            }
            if (covers && pl.parent != l.parent && !plan_.tables[pl.parent].reuse) groups = plan_.tables[pl.parent].rows;
        }
        if (groups <= 0) return 0;
        const double g = static_cast<double>(groups), rows = static_cast<double>(t.rows);
        return static_cast<std::int64_t>(std::ceil((g + std::sqrt(g * g + 4 * g * rows)) / 2));
    }

    std::int64_t combination_demand(const TablePlan& t, const Link& l) const {
        int k = 0;
        for (const Link& other : t.links) k += other.radix_group == l.radix_group ? 1 : 0;
        const std::int64_t base = static_cast<std::int64_t>(std::min<std::uint64_t>(l.radix_base, INT64_MAX));
        const std::int64_t needed = (t.rows + base - 1) / base;
        auto root = static_cast<std::int64_t>(std::ceil(std::pow(static_cast<double>(needed), 1.0 / k)));
        std::int64_t product = 1;
        for (int j = 0; j < k; ++j) product = product > INT64_MAX / root ? INT64_MAX : product * root;
        return product >= needed ? root : root + 1;
    }

    // Unique keys made only of foreign key columns decide how parents are picked.
    void decide_picks(TablePlan& t) {
        int group = 0;
        for (const std::vector<std::string>& key : unique_keys(*t.table)) {
            std::set<std::size_t> links;
            bool only_links = true;
            for (const std::string& c : key) {
                const int li = t.link_of(c);
                if (li < 0) {
                    only_links = false;
                } else {
                    links.insert(static_cast<std::size_t>(li));
                }
            }
            if (links.empty()) continue;
            if (!only_links) {
                if (count_through_parents(t, key, links, group)) ++group;
                continue;
            }
            // A foreign key filled by the UPDATE under a unique key of its own: distinct targets.
            bool deferred = false;
            for (std::size_t li : links) deferred = deferred || t.links[li].deferred;
            if (deferred && links.size() > 1) continue;
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

    // A unique key of foreign keys and other columns that hold few distinct values (enums,
    // booleans, CHECK lists): its foreign keys count through parent rows after those columns'
    // values, which column_planner.cpp makes digits of the row number. Also when those values
    // outnumber the rows asked for but not a parent's usual share of children: the table may hold
    // rows already, and a counter over those columns alone starts past them (30 rows of (tenant,
    // resource) leave no resource of 7 for a 31st). True when the links were given the group.
    bool count_through_parents(TablePlan& t, const std::vector<std::string>& key, const std::set<std::size_t>& links, int group) {
        const auto overrides = column_overrides_.find(t.oid);
        const ColumnPlanning context{graph_, options_, plan_.tables,
                                     overrides == column_overrides_.end() ? nullptr : &overrides->second};
        std::uint64_t product = 1;
        for (const std::string& c : key) {
            if (t.link_of(c) >= 0) continue;
            const auto cap = key_column_capacity(context, t, c);
            if (!cap || *cap == 0) return false;  // a column that counts freely keeps the key unique
            product = product > UINT64_MAX / *cap ? UINT64_MAX : product * *cap;
        }
        if (product >= static_cast<std::uint64_t>(std::max(t.rows, kChildrenPerParent + 1))) return false;
        bool assigned = false;
        for (std::size_t li : links) {
            if (t.links[li].pick != Pick::random) continue;
            t.links[li].pick = Pick::combination;
            t.links[li].radix_group = group;
            t.links[li].radix_base = product;
            assigned = true;
        }
        return assigned;
    }

    // ---- keys children need ------------------------------------------------------------------
    void build_returning() {
        auto add = [](TablePlan& t, const std::string& c) {
            const auto it = std::find(t.returning.begin(), t.returning.end(), c);
            if (it != t.returning.end()) return static_cast<std::size_t>(it - t.returning.begin());
            t.returning.push_back(c);
            const Column* column = t.table->column(c);
            const Oid type = column != nullptr ? column->type_oid : 0;
            const bool integer = type == type_oid::int2 || type == type_oid::int4 || type == type_oid::int8;
            t.returning_forms.push_back(integer ? ValueForm::integer : ValueForm::text);
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
    Plan plan_;
    std::map<Oid, std::size_t> index_;
    std::map<Oid, TableOverride> table_options_;
    std::map<Oid, ColumnOverrides> column_overrides_;
    int next_group_ = 0;

};

}  // namespace

Plan make_plan(const SchemaGraph& graph, Oid target, std::int64_t rows, const Options& options, std::uint64_t random_seed) {
    if (rows < 0) {
        throw Error(sqlstate::invalid_parameter_value, fmt::format("cannot seed {} rows", rows),
                    "The row count must be zero or more.", "Pass a row count of 0 or more.");
    }
    Planner planner(graph, options, options.seed ? *options.seed : random_seed);
    return planner.run(target, rows);
}

}  // namespace flaqes::seed
