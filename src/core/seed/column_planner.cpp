#include "core/seed/column_planner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "core/error.hpp"
#include "core/seed/array_literal.hpp"
#include "core/seed/check_model.hpp"
#include "core/seed/nonnull_count.hpp"
#include "core/seed/column_defaults.hpp"
#include "core/seed/column_names.hpp"
#include "core/seed/expression_reads.hpp"
#include "core/seed/misc_generators.hpp"
#include "core/seed/ordinal_generators.hpp"
#include "core/seed/partition_bounds.hpp"
#include "core/seed/search_generator.hpp"
#include "core/seed/table_keys.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

// The last word of a column's name as an identifier (flow_slug: slug; "Job Class": class): the
// prefix of an identifier-shaped value that would start with a digit.
std::string last_name_word(const std::string& column) {
    const std::string shaped = identifier_shaped(column, "v");
    const std::size_t cut = shaped.rfind('_');
    const std::string word = cut == std::string::npos ? shaped : shaped.substr(cut + 1);
    return word.empty() || (word[0] >= '0' && word[0] <= '9') ? "v" : word;
}

bool is_dated(const Column& c) {
    return c.type_oid == type_oid::date || c.type_oid == type_oid::timestamp || c.type_oid == type_oid::timestamptz;
}

std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += out.empty() ? n : ", " + n;
    return out;
}

// The columns a column must not precede.
using Ordering = std::vector<Precedence>;

// A column read by CHECKs that Postgres evaluates: their names and the constants they compare
// the column with.
struct Searched {
    std::vector<std::string> checks;
    std::vector<std::string> constants;
};

// The ordinal format of a generator's numbers, for reading constants in that form.
std::optional<OrdinalFormat> ordinal_format_of(ValueForm form, int scale) {
    switch (form) {
        case ValueForm::integer: return OrdinalFormat{OrdinalKind::integer, 0};
        case ValueForm::decimal: return OrdinalFormat{OrdinalKind::decimal, scale};
        case ValueForm::date: return OrdinalFormat{OrdinalKind::date, 0};
        case ValueForm::timestamp: return OrdinalFormat{OrdinalKind::timestamp, 0};
        case ValueForm::timestamptz: return OrdinalFormat{OrdinalKind::timestamptz, 0};
        case ValueForm::text: break;
    }
    return std::nullopt;
}

class ColumnPlanner {
public:
    ColumnPlanner(const ColumnPlanning& context, TablePlan& table)
        : ctx_(context), tp_(table), t_(*table.table), unique_(t_.columns.size(), false),
          after_(t_.columns.size()), flag_of_(t_.columns.size()), flag_when_null_(t_.columns.size(), true),
          gated_by_(t_.columns.size()), notes_(t_.columns.size()), searched_(t_.columns.size()),
          default_constant_(t_.columns.size()) {}

    void run() {
        model_checks();
        for (const Column& c : t_.columns) tp_.columns.push_back(source_of(c));
        resolve_expression_reads();
        reconsider_defaults();
        choose_unique_columns();
        find_orderings();
        generate_followed_clock_defaults();
        find_flags();
        find_status();
        mark_searched_columns();
        for (std::size_t i = 0; i < t_.columns.size(); ++i) choose_generator_for(i);
        apply_set_counts();
        find_country_column();
        find_place_limits();
        tp_.skip_conflicts = (keys_from_us_ || has_unlisted_uniqueness(t_)) && !has_deferrable_key(t_);
        order_generation();
        keep_unmodelled_checks();
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            for (const std::string& note : notes_[i]) tp_.columns[i].reason += "; " + note;
        }
    }

    std::optional<std::uint64_t> capacity_of(const std::string& column) {
        model_checks();
        const Column* c = t_.column(column);
        if (c == nullptr) return std::nullopt;
        ColumnSpec s = spec_of(*c, checks_);
        s.unique = true;
        try {
            return choose_generator(s).generator->capacity();
        } catch (const Error&) {
            return std::nullopt;
        }
    }

private:
    const ColumnOverride* override_of(const std::string& column) const {
        if (ctx_.overrides == nullptr) return nullptr;
        const auto it = ctx_.overrides->find(column);
        return it == ctx_.overrides->end() ? nullptr : it->second;
    }

    // One alternative of each CHECK, chosen so that together they leave every column a value.
    void model_checks() {
        std::vector<std::vector<CheckModel>> alternatives;
        std::vector<bool> counted;
        for (const CheckConstraint& cc : t_.check_constraints) {
            counted.push_back(model_set_count(cc));
            alternatives.push_back(counted.back() ? std::vector<CheckModel>{} : check_alternatives(cc.expression));
        }
        const std::vector<std::size_t> chosen = choose_alternatives(alternatives);
        for (std::size_t k = 0; k < alternatives.size(); ++k) {
            const CheckConstraint& cc = t_.check_constraints[k];
            if (counted[k]) continue;
            if (!alternatives[k].empty()) checks_.merge(alternatives[k][chosen[k]]);
            if (alternatives[k].empty() || !alternatives[k][chosen[k]].complete) {
                unmodelled_.push_back(&cc);
                tp_.unmodelled_checks.push_back(cc.name);
            }
        }
        checks_.complete = unmodelled_.empty();
        if (t_.kind == RelKind::partitioned_table) restrict_to_partitions();
    }

    // A CHECK bounding how many of several columns are set, when each of them is one the batch can
    // leave NULL or fill at will and no other such CHECK counts: a nullable generated column, or
    // the only column of a nullable
    // foreign key whose parent is picked at random or one to one.
    bool model_set_count(const CheckConstraint& cc) {
        const auto count = nonnull_count(cc.expression);
        if (!count) return false;
        SetCount sc{cc.name, {}, count->min, count->max};
        for (const std::string& name : count->columns) {
            const Column* c = t_.column(name);
            if (c == nullptr || c->not_null || c->default_expr || c->identity != Identity::none ||
                c->generated != Generated::none || override_of(name) != nullptr) {
                return false;
            }
            const int li = tp_.link_of(name);
            if (li >= 0) {
                const Link& l = tp_.links[static_cast<std::size_t>(li)];
                if (l.columns.size() != 1 || l.deferred || (l.pick != Pick::random && l.pick != Pick::one_to_one)) return false;
            }
            sc.columns.push_back(column_index(t_, name));
            if (counted(sc.columns.back())) return false;  // one count per column: a second is left to Postgres
        }
        tp_.set_counts.push_back(std::move(sc));
        return true;
    }

    bool counted(std::size_t column) const {
        return std::any_of(tp_.set_counts.begin(), tp_.set_counts.end(), [&](const SetCount& sc) {
            return std::find(sc.columns.begin(), sc.columns.end(), column) != sc.columns.end();
        });
    }

    // The columns of modelled set counts: never NULL by a draw of their own, the batch decides.
    void apply_set_counts() {
        for (std::size_t k = 0; k < tp_.set_counts.size(); ++k) {
            const SetCount& sc = tp_.set_counts[k];
            const std::size_t n = sc.columns.size();
            const std::string how = sc.min == sc.max ? fmt::format("exactly {}", sc.min)
                                    : sc.min == 0    ? fmt::format("at most {}", sc.max)
                                    : sc.max == n    ? fmt::format("at least {}", sc.min)
                                                     : fmt::format("{} to {}", sc.min, sc.max);
            for (std::size_t i : sc.columns) {
                ColumnPlan& cp = tp_.columns[i];
                cp.set_count = static_cast<int>(k);
                cp.null_fraction = 0;
                if (cp.link >= 0) tp_.links[static_cast<std::size_t>(cp.link)].null_fraction = 0;
                notes_[i].push_back(fmt::format("set in {} of the {} columns of {} per row (they take turns), else NULL", how, n, sc.check));
            }
        }
    }

    // Values of the partition key that some partition accepts.
    void restrict_to_partitions() {
        std::vector<std::string> bounds;
        for (const Table& p : ctx_.graph.tables) {
            if (p.partition_parent_oid == t_.oid && p.partition_bound) bounds.push_back(*p.partition_bound);
        }
        const auto key = partition_key_values(t_.partition_key.value_or(""), bounds);
        if (!key) return;
        ColumnRules& rules = checks_.columns[key->column];
        const Column* column = t_.column(key->column);
        const bool ordered = column != nullptr && (column->type_category == 'N' || column->type_category == 'D');
        if (key->span && ordered) {  // anywhere in the partitions' span
            rules.lower = key->span->first;
            rules.lower_inclusive = true;
            rules.upper = key->span->second;
            rules.upper_inclusive = false;
        } else {
            rules.allowed = key->values;
        }
    }

    // Composites nested deeper than this get no attributes, hence no generator.
    static constexpr int max_composite_depth = 4;

    char type_type_of(Oid type) const {
        if (ctx_.graph.enum_type(type) != nullptr) return 'e';
        if (ctx_.graph.domain(type) != nullptr) return 'd';
        if (ctx_.graph.composite(type) != nullptr) return 'c';
        return 'b';
    }

    ColumnSpec spec_of(const Column& c, const CheckModel& checks, int depth = 0) const {
        ColumnSpec s;
        s.table_name = tp_.name.sql();
        s.column_name = c.name;
        s.type_name = c.type;
        s.type_oid = c.type_oid;
        s.typmod = c.typmod;
        s.type_type = c.type_type;
        s.type_category = c.type_category;
        s.element_type_oid = c.element_type_oid;
        s.uuid = ctx_.options.uuid;
        s.table_code = tp_.code;
        const auto rules = checks.columns.find(c.name);
        if (rules != checks.columns.end()) s.rules = rules->second;
        // Domains: their base type, NOT NULL and checks.
        for (int domains = 0; domains < 8 && s.type_type == 'd'; ++domains) {
            const DomainType* d = ctx_.graph.domain(s.type_oid);
            if (d == nullptr) break;
            s.type_oid = d->base_type_oid;
            s.typmod = d->base_typmod;
            s.rules.not_null = s.rules.not_null || d->not_null;
            s.type_type = type_type_of(s.type_oid);
            for (const DomainCheck& dc : d->checks) {
                const CheckModel m = model_check(dc.expression);
                const auto v = m.columns.find("value");  // the VALUE keyword reads as a column
                if (v != m.columns.end()) s.rules.merge(v->second);
            }
        }
        const Oid labels_of = s.type_type == 'e' ? s.type_oid : s.element_type_oid;
        if (const EnumType* e = ctx_.graph.enum_type(labels_of)) {
            s.enum_labels = e->labels;
            if (labels_of == s.type_oid) s.type_type = 'e';
        }
        const CompositeType* composite = ctx_.graph.composite(s.type_oid);
        if (composite == nullptr) composite = ctx_.graph.composite(s.element_type_oid);  // an array of them
        if (composite != nullptr && depth < max_composite_depth) {
            for (const Column& a : composite->attributes) s.attributes.push_back(spec_of(a, CheckModel{}, depth + 1));
        }
        if (const RangeType* range = ctx_.graph.range(s.type_oid); range != nullptr && depth < max_composite_depth) {
            Column bound = range->subtype;
            bound.name = c.name;
            s.type_type = 'r';
            s.attributes = {spec_of(bound, CheckModel{}, depth + 1)};
        }
        return s;
    }

    // Where a column's value comes from; generators are chosen later, once keys are known.
    ColumnPlan source_of(const Column& c) {
        ColumnPlan cp;
        cp.name = c.name;
        cp.sql_type = c.type;
        cp.not_null = c.not_null;
        cp.key = stream_of(t_.name.schema + "." + t_.name.name + "." + c.name);
        const ColumnOverride* o = override_of(c.name);
        const int li = tp_.link_of(c.name);
        if (c.generated == Generated::stored) {
            if (o != nullptr) {
                throw Error(sqlstate::invalid_parameter_value,
                            fmt::format("column \"{}\" of {} is a generated column", c.name, tp_.name.sql()),
                            "Its value is computed from the other columns; it cannot be given one.",
                            fmt::format("Remove \"{}\" from options.columns.", c.name));
            }
            cp.source = Source::database;
            cp.reason = "generated column";
        } else if (li >= 0) {
            const Link& l = tp_.links[static_cast<std::size_t>(li)];
            cp.source = l.deferred ? Source::deferred : Source::link;
            cp.link = li;
            cp.link_position = static_cast<std::size_t>(std::find(l.columns.begin(), l.columns.end(), c.name) - l.columns.begin());
            cp.generator_name = "foreign_key";
            cp.reason = fmt::format("{} references {} ({}), parent picked {}", l.constraint, ctx_.tables[l.parent].name.sql(),
                                    l.ref_columns[cp.link_position], pick_name(l.pick));
            if (l.deferred) cp.reason += "; set by an UPDATE after the inserts";
        } else if (o != nullptr && o->gives_value()) {
            apply_override(c, *o, cp);
        } else if (c.identity != Identity::none) {
            cp.source = Source::database;
            cp.reason = "identity column";
        } else if (c.default_expr && !(ctx_.options.uuid == UuidMode::pattern && c.type_oid == type_oid::uuid)) {
            cp.source = Source::database;
            cp.reason = "default " + *c.default_expr;
        }
        if (o != nullptr && o->null_fraction) cp.null_fraction = *o->null_fraction;
        return cp;
    }

    // A JSON list given for an array column arrives as JSON text; Postgres reads '{a,b}'.
    static TextValue for_column(const Column& c, const TextValue& v) {
        if (c.type_category != 'A' || !v) return v;
        if (auto literal = array_literal_of_json(*v)) return *literal;
        return v;
    }

    // A list of scalars for an array column is ambiguous: one array for every row, or the
    // values to draw from (each of which would have to be an array).
    void check_array_choices(const Column& c, const ColumnOverride& o) const {
        if (c.type_category != 'A') return;
        for (const TextValue& v : o.choices) {
            if (!v || v->empty() || v->front() == '[' || v->front() == '{') return;
        }
        throw Error(sqlstate::invalid_parameter_value,
                    fmt::format("column \"{}\" of {} is an array: a list of scalars cannot fill it", c.name, tp_.name.sql()),
                    fmt::format("The column's type is {}; a list in options.columns gives the values to draw from.", c.type),
                    fmt::format(R"(One array for every row: {{"{0}": {{"value": ["a", "b"]}}}}; arrays to draw from: )"
                                R"({{"{0}": [["a"], ["b", "c"]]}}.)",
                                c.name));
    }

    // A column default fills the column only while it keeps the column's constraints for every
    // row: a constant that fails the column's CHECK rules, or any default of a column that a CHECK
    // orders against a generated column or that Postgres must evaluate a CHECK on (it can only
    // evaluate one on values we generate), is replaced by generated values. Repeating defaults
    // in unique keys are handled with the keys (choose_unique_columns).
    void reconsider_defaults() {
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            const Column& c = t_.columns[i];
            if (!uses_default(i)) continue;
            const DefaultValue d = classify_default(*c.default_expr);
            const auto rules = checks_.columns.find(c.name);
            std::string why;
            if (d.kind == DefaultKind::constant && rules != checks_.columns.end() && !rules->second.admits(d.constant)) {
                why = "it fails the column's CHECK constraints";
            } else if (d.kind != DefaultKind::per_row && ordered_against_generated(c.name)) {
                why = "a CHECK orders the column against a generated one";
            } else if (d.kind == DefaultKind::per_statement && static_cast<int>(i) == tp_.followed_time) {
                why = "the times of child rows follow it, and would all fall after this insert";
            } else if (const CheckConstraint* cc = unmodelled_reading(c.name)) {
                why = fmt::format("{} reads the column and is evaluated by Postgres on generated values", cc->name);
                // The default's constant stays among the values searched (valid input of the type).
                if (d.kind == DefaultKind::constant) default_constant_[i] = d.constant;
            }
            if (!why.empty()) generate_instead_of_default(i, why);
        }
    }

    bool read_by_check(const std::string& column) const {
        return std::any_of(t_.check_constraints.begin(), t_.check_constraints.end(), [&](const CheckConstraint& cc) {
            return std::find(cc.columns.begin(), cc.columns.end(), column) != cc.columns.end();
        });
    }

    // A date or time the database sets to the time of the insert (DEFAULT now(), CURRENT_DATE).
    bool clock_default(std::size_t i) const {
        return uses_default(i) && is_dated(t_.columns[i]) &&
               classify_default(*t_.columns[i].default_expr).kind == DefaultKind::per_statement;
    }

    bool uses_default(std::size_t i) const {
        const Column& c = t_.columns[i];
        return tp_.columns[i].source == Source::database && c.default_expr && c.identity == Identity::none &&
               c.generated == Generated::none;
    }

    bool ordered_against_generated(const std::string& column) const {
        for (const ColumnOrder& o : checks_.orders) {
            const std::string* other = o.lower_column == column ? &o.upper_column : o.upper_column == column ? &o.lower_column : nullptr;
            if (other == nullptr || t_.column(*other) == nullptr) continue;
            if (tp_.columns[column_index(t_, *other)].source == Source::generator) return true;
        }
        return false;
    }

    const CheckConstraint* unmodelled_reading(const std::string& column) const {
        for (const CheckConstraint* cc : unmodelled_) {
            if (std::find(cc->columns.begin(), cc->columns.end(), column) != cc->columns.end()) return cc;
        }
        return nullptr;
    }

    // Only when the column's type has a generator; otherwise the default stays.
    bool generate_instead_of_default(std::size_t i, const std::string& why) {
        try {
            choose_generator(spec_of(t_.columns[i], checks_));
        } catch (const Error&) {
            return false;
        }
        tp_.columns[i].source = Source::generator;
        notes_[i].push_back(fmt::format("default {} not used: {}", *t_.columns[i].default_expr, why));
        return true;
    }

    void apply_override(const Column& c, const ColumnOverride& o, ColumnPlan& cp) {
        if (c.identity == Identity::always) tp_.overriding_system_value = true;
        if (o.constant) {
            cp.generator = make_constant_generator(for_column(c, *o.constant));
            cp.generator_name = "constant";
            cp.reason = "options.columns: a constant";
        } else if (!o.choices.empty()) {
            check_array_choices(c, o);
            std::vector<TextValue> choices;
            for (const TextValue& v : o.choices) choices.push_back(for_column(c, v));
            cp.generator = make_choice_generator(choices, false);
            cp.generator_name = "list";
            cp.reason = fmt::format("options.columns: one of {} values", o.choices.size());
        } else if (o.sql) {
            cp.source = Source::sql;
            cp.sql = *o.sql;
            cp.generator_name = "sql";
            cp.reason = "options.columns: SQL expression evaluated per row";
        } else if (o.generator) {
            const auto g = generator_by_name(*o.generator, spec_of(c, CheckModel{}));
            if (!g) {
                throw Error(sqlstate::invalid_parameter_value,
                            fmt::format("generator \"{}\" cannot fill column \"{}\" of {}", *o.generator, c.name, tp_.name.sql()),
                            fmt::format("The column's type is {}.", c.type),
                            fmt::format("Generators: {}; each fits certain types.", generator_names()));
            }
            cp.generator = g->generator;
            cp.generator_name = g->name;
            cp.reason = "options.columns: " + g->reason;
        }
    }

    // An expression override reads the columns of the row it names; those must be inserted
    // columns, and expressions that read each other in a circle cannot be ordered.
    void resolve_expression_reads() {
        const std::size_t n = t_.columns.size();
        for (std::size_t i = 0; i < n; ++i) {
            ColumnPlan& cp = tp_.columns[i];
            if (cp.source != Source::sql) continue;
            for (const std::string& name : identifiers_read(cp.sql)) {
                const Column* read = t_.column(name);
                if (read == nullptr) continue;
                const std::size_t r = column_index(t_, name);
                if (std::find(cp.reads.begin(), cp.reads.end(), r) != cp.reads.end()) continue;
                const Source s = tp_.columns[r].source;
                if (r != i && s != Source::generator && s != Source::link && s != Source::sql) {
                    throw Error(sqlstate::invalid_parameter_value,
                                fmt::format("the expression for column \"{}\" of {} reads column \"{}\", which flaqes does not insert",
                                            cp.name, tp_.name.sql(), name),
                                fmt::format("\"{}\" is filled by {}; expressions can read the columns flaqes generates.", name,
                                            tp_.columns[r].reason.empty() ? "the database" : tp_.columns[r].reason),
                                fmt::format("Give \"{}\" a generator or a value in options.columns, or compute from other columns.", name));
                }
                cp.reads.push_back(r);
            }
            cp.reason += cp.reads.empty() ? "" : fmt::format("; reads {}", join_names(names_of(cp.reads)));
        }
        std::vector<int> state(n, 0);  // 0 unvisited, 1 on the path, 2 done
        std::vector<std::size_t> path;
        for (std::size_t i = 0; i < n; ++i) visit_reads(i, state, path);
    }

    std::string gated_values(const std::vector<bool>& set_for) const {
        std::vector<std::string> values;
        for (std::size_t k = 0; k < set_for.size(); ++k) {
            if (set_for[k]) values.push_back(status_->second[k].value_or("NULL"));
        }
        return join_names(values);
    }

    std::vector<std::string> names_of(const std::vector<std::size_t>& columns) const {
        std::vector<std::string> names;
        for (std::size_t c : columns) names.push_back(t_.columns[c].name);
        return names;
    }

    void visit_reads(std::size_t i, std::vector<int>& state, std::vector<std::size_t>& path) const {
        if (state[i] == 2) return;
        if (state[i] == 1) {
            std::vector<std::size_t> cycle(std::find(path.begin(), path.end(), i), path.end());
            cycle.push_back(i);
            std::string names;
            for (std::size_t c : cycle) names += names.empty() ? t_.columns[c].name : " -> " + t_.columns[c].name;
            throw Error(sqlstate::invalid_parameter_value,
                        fmt::format("expressions in options.columns of {} read each other in a cycle: {}", tp_.name.sql(), names),
                        "Each expression is evaluated after the columns it reads.",
                        "Let one of these columns be generated or given a value instead of an expression.");
        }
        state[i] = 1;
        path.push_back(i);
        for (std::size_t r : tp_.columns[i].reads) {
            if (tp_.columns[r].source == Source::sql) visit_reads(r, state, path);
        }
        path.pop_back();
        state[i] = 2;
    }

    // One column of each unique key counts up, unless the key is already unique. A key whose
    // values come from us (not from an identity or a sequence) may collide with rows already
    // there or seeded concurrently: such rows are skipped (skip_conflicts).
    // A column default that repeats (a constant, now()) counts for nothing in a key: it is a
    // candidate for counting up after the generated columns.
    void choose_unique_columns() {
        for (const std::vector<std::string>& key : unique_keys(t_)) {
            bool satisfied = false;
            bool from_database = false;
            std::vector<std::size_t> candidates, repeating_defaults;
            for (const std::string& name : key) {
                const std::size_t i = column_index(t_, name);
                const ColumnPlan& cp = tp_.columns[i];
                const bool repeats = uses_default(i) && classify_default(*t_.columns[i].default_expr).kind != DefaultKind::per_row;
                from_database = from_database || (cp.source == Source::database && !repeats);
                const Link* link = cp.source == Source::link ? &tp_.links[static_cast<std::size_t>(cp.link)] : nullptr;
                if (unique_[i] || (cp.source == Source::database && !repeats) ||
                    (link != nullptr && link->pick != Pick::random && link->radix_base == 1)) {
                    satisfied = true;
                }
                if (cp.source == Source::generator && cp.generator == nullptr) candidates.push_back(i);
                if (repeats) repeating_defaults.push_back(i);
            }
            keys_from_us_ = keys_from_us_ || !from_database;
            candidates.insert(candidates.end(), repeating_defaults.begin(), repeating_defaults.end());
            if (!satisfied) make_one_unique(key, candidates);
        }
    }

    // One column of the key counts up; when none holds enough values alone (an enum, a boolean,
    // a CHECK list), or the key's foreign keys count in parent rows (Link::radix_base, set by the
    // planner), the bounded ones count together as the digits of a mixed-radix number, after
    // which those foreign keys count.
    void make_one_unique(const std::vector<std::string>& key, const std::vector<std::size_t>& candidates) {
        std::optional<Error> refusal;
        std::vector<std::pair<std::size_t, std::uint64_t>> bounded;
        const std::string key_name = unique_key_name(t_, key);
        const bool counts_through_parents = std::any_of(key.begin(), key.end(), [&](const std::string& name) {
            const int li = tp_.link_of(name);
            return li >= 0 && tp_.links[static_cast<std::size_t>(li)].radix_base > 1;
        });
        for (std::size_t i : candidates) {
            if (tp_.columns[i].source == Source::database &&
                !generate_instead_of_default(i, fmt::format("it would repeat on every row of key {}", key_name))) {
                continue;
            }
            ColumnSpec s = spec_of(t_.columns[i], checks_);
            s.unique = true;
            s.unique_key = key_name;
            try {
                const auto cap = choose_generator(s).generator->capacity();
                if (cap && (*cap < static_cast<std::uint64_t>(tp_.rows) || counts_through_parents)) {
                    bounded.emplace_back(i, *cap);
                    refusal = out_of_unique_values(
                        s,
                        key.size() == 1
                            ? fmt::format("The key ({}) must be unique; the column holds {} distinct values, {} rows "
                                          "were asked for.", join_names(key), *cap, tp_.rows)
                            : fmt::format("The key ({}) must be unique; its columns together hold fewer distinct values "
                                          "than the {} rows asked for.", join_names(key), tp_.rows),
                        key.size() == 1 ? "Seed fewer rows, or give the column values in options.columns."
                                        : "Seed fewer rows, or give the columns values in options.columns.");
                    continue;
                }
            } catch (const Error& e) {
                refusal = e;
                continue;
            }
            unique_[i] = true;
            return;
        }
        if (!bounded.empty() && combinations(key, bounded) >= static_cast<std::uint64_t>(tp_.rows)) {
            std::uint64_t divisor = 1;
            for (const auto& [i, cap] : bounded) {
                unique_[i] = true;
                tp_.columns[i].digit_divisor = divisor;
                tp_.columns[i].digit_modulus = cap;
                notes_[i].push_back(fmt::format("one of {} digits of key {}", bounded.size(), key_name));
                divisor = divisor > UINT64_MAX / cap ? UINT64_MAX : divisor * cap;
            }
            return;
        }
        if (refusal) throw *refusal;
    }

    // Distinct keys the bounded columns and the key's counting foreign keys make together.
    std::uint64_t combinations(const std::vector<std::string>& key, const std::vector<std::pair<std::size_t, std::uint64_t>>& bounded) const {
        std::uint64_t product = 1;
        const auto times = [&product](std::uint64_t n) { product = n != 0 && product > UINT64_MAX / n ? UINT64_MAX : product * n; };
        for (const auto& b : bounded) times(b.second);
        std::set<int> links;
        for (const std::string& name : key) {
            const int li = tp_.link_of(name);
            if (li >= 0 && tp_.links[static_cast<std::size_t>(li)].radix_base > 1) links.insert(li);
        }
        for (int li : links) times(static_cast<std::uint64_t>(std::max<std::int64_t>(1, ctx_.tables[tp_.links[static_cast<std::size_t>(li)].parent].rows)));
        return product;
    }

    // CHECK (a < b), and name pairs such as created_at .. updated_at.
    void find_orderings() {
        for (const ColumnOrder& o : checks_.orders) {
            if (t_.column(o.lower_column) != nullptr && t_.column(o.upper_column) != nullptr) {
                after_[column_index(t_, o.upper_column)].push_back({column_index(t_, o.lower_column), o.strict});
            }
        }
        for (std::size_t hi = 0; hi < t_.columns.size(); ++hi) {
            if (!after_[hi].empty() || !is_span_end(t_.columns[hi].name)) continue;
            for (std::size_t lo = 0; lo < t_.columns.size(); ++lo) {
                if (!is_span_start(t_.columns[lo].name) || t_.columns[lo].type_oid != t_.columns[hi].type_oid) continue;
                // The start named like the end (shipped_at .. delivered_at) wins over the first start.
                const bool pairs = pairs_with(t_.columns[hi].name, t_.columns[lo].name);
                if (after_[hi].empty()) after_[hi].push_back({lo, true});
                else if (pairs) after_[hi].back() = {lo, true};
                if (pairs) break;
            }
        }
        follow_creation_time();
    }

    // A row's other times are not before the row's own creation time (current_period_start,
    // started_at, paid_at, last_sign_in_at after created_at), or without one its first span
    // start (last_seen_at after installed_at: then other span starts, booked_at beside
    // starts_at, keep their own times), when flaqes generates both, as well as any start they
    // follow (finished_at after started_at, which may be NULL); a CHECK that puts the creation
    // time after one of them wins.
    void follow_creation_time() {
        auto generated_time = [&](std::size_t i) { return tp_.columns[i].source == Source::generator && is_dated(t_.columns[i]); };
        // A creation time the database sets (DEFAULT now()) counts too: generate_followed_clock_defaults
        // generates it once a time follows it.
        std::optional<std::size_t> creation;
        for (std::size_t i = 0; i < t_.columns.size() && !creation; ++i) {
            if ((generated_time(i) || clock_default(i)) && is_creation_time(t_.columns[i].name)) creation = i;
        }
        const bool created = creation.has_value();
        for (std::size_t i = 0; i < t_.columns.size() && !creation; ++i) {
            if (generated_time(i) && is_span_start(t_.columns[i].name)) creation = i;
        }
        if (!creation) return;
        const auto after = [&](std::size_t later, std::size_t earlier) {
            return std::any_of(after_[later].begin(), after_[later].end(), [&](const Precedence& p) { return p.column == earlier; });
        };
        const auto precedes_creation = [&](std::size_t i) { return after(*creation, i); };
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            // Also beside another start (finished_at after started_at), which may be NULL in the row.
            if (i == *creation || after(i, *creation) || !generated_time(i) || t_.columns[i].type_oid != t_.columns[*creation].type_oid ||
                is_creation_time(t_.columns[i].name) || (!created && is_span_start(t_.columns[i].name)) || is_birth_time(t_.columns[i].name) ||
                precedes_creation(i)) {
                continue;
            }
            after_[i].push_back({*creation, false});
        }
    }

    // A start the database sets to the time of the insert (DEFAULT now()) that a generated time
    // follows is generated too: after the insert, the later time would lie in the future.
    void generate_followed_clock_defaults() {
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            if (tp_.columns[i].source != Source::generator) continue;
            for (const Precedence& p : after_[i]) {
                if (clock_default(p.column)) {
                    generate_instead_of_default(p.column, fmt::format("{} follows it, and would lie in the future", t_.columns[i].name));
                }
            }
        }
    }

    // A flag such as is_current is true exactly when the span's end (valid_to) is NULL; one such
    // as is_deleted exactly when its event (deleted_at) is set.
    void find_flags() {
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            if (t_.columns[i].type_oid != type_oid::boolean) continue;
            const bool current = is_current_flag(t_.columns[i].name);
            for (std::size_t end = 0; end < t_.columns.size(); ++end) {
                if (t_.columns[end].not_null || tp_.columns[end].source != Source::generator) continue;
                if ((current && is_span_end(t_.columns[end].name)) || flags_event(t_.columns[i].name, t_.columns[end].name)) {
                    flag_of_[i] = end;
                    flag_when_null_[i] = current;
                    break;
                }
            }
        }
    }

    // The values of the row's status column, when it is drawn from a list: status-dependent
    // columns (shipped_date, cancelled_at) are set only for some of them.
    void find_status() {
        for (std::size_t i = 0; i < t_.columns.size() && !status_; ++i) {
            if (!is_status_column(t_.columns[i].name)) continue;
            const ColumnOverride* o = override_of(t_.columns[i].name);
            std::vector<TextValue> values;
            if (o != nullptr && !o->choices.empty() && !o->null_fraction) {
                values = o->choices;
            } else if (tp_.columns[i].source == Source::generator && !tp_.columns[i].generator) {
                const ColumnSpec spec = spec_of(t_.columns[i], checks_);
                if (spec.rules.allowed) values.assign(spec.rules.allowed->begin(), spec.rules.allowed->end());
                else if (spec.type_type == 'e') values.assign(spec.enum_labels.begin(), spec.enum_labels.end());
            }
            if (!values.empty()) status_ = std::make_pair(i, values);
        }
    }

    // Which status values an event column is set for; nullopt unless some are and some are not.
    // A column a CHECK reads is left to the CHECK model: the table's own rule beats the name's.
    std::optional<std::vector<bool>> gate_of(const Column& c) const {
        if (!status_ || c.not_null || read_by_check(c.name)) return std::nullopt;
        std::vector<bool> set_for;
        bool any = false, all = true;
        for (const TextValue& v : status_->second) {
            const std::optional<bool> happened = v ? event_happened(c.name, *v) : std::optional<bool>(false);
            if (!happened) return std::nullopt;
            set_for.push_back(*happened);
            any = any || *happened;
            all = all && *happened;
        }
        if (!any || all) return std::nullopt;
        return set_for;
    }

    void choose_generator_for(std::size_t i) {
        ColumnPlan& cp = tp_.columns[i];
        const Column& c = t_.columns[i];
        // A NOT NULL column of a deferred constraint holds a placeholder of its type until the UPDATE.
        const bool placeholder = cp.source == Source::deferred && tp_.links[static_cast<std::size_t>(cp.link)].constraint_deferred;
        if ((cp.source != Source::generator && !placeholder) || cp.generator) return;
        if (flag_of_[i]) {
            cp.generator = make_null_flag_generator(*flag_of_[i], flag_when_null_[i]);
            cp.generator_name = "span_flag";
            cp.reason = fmt::format("true exactly when {} is {}", t_.columns[*flag_of_[i]].name, flag_when_null_[i] ? "NULL" : "set");
            return;
        }
        const bool dated = is_dated(c);
        ColumnSpec s = spec_of(c, checks_);
        s.unique = unique_[i];
        const bool before_window = dated && static_cast<int>(i) == tp_.followed_time && tp_.followed_by_unique &&
                                   !s.rules.lower && !s.rules.upper;
        if (before_window) {  // the unique child times fill 2020..2025 (parent_times.hpp)
            s.rules.upper = "2019-12-31 23:59:59";
            s.rules.upper_inclusive = true;
        }
        std::vector<std::string> after_names;
        for (const Precedence& p : after_[i]) {
            // A unique integer start may be renumbered by the executor; unique dates and times are ours.
            if (tp_.columns[p.column].source != Source::generator || (unique_[p.column] && !dated)) continue;
            s.after.push_back(p);
            after_names.push_back(t_.columns[p.column].name);
        }
        if (dated && !s.after.empty()) s.after_within = typical_span_days(c.name) * (c.type_oid == type_oid::date ? 1 : 86400);
        for (const Ordering& o : after_) {
            for (const Precedence& p : o) s.leaves_room = s.leaves_room || p.column == i;
        }
        try {
            const ChosenGenerator g = choose_generator(s);
            cp.generator = g.generator;
            cp.generator_name = g.name;
            cp.reason = g.reason;
            if (!after_names.empty()) cp.reason += fmt::format("; not before {}", join_names(after_names));
            if (before_window) cp.reason += "; before 2020: unique times of child rows, which cannot move, follow it";
        } catch (const Error& e) {
            const bool nullable = !c.not_null && !s.rules.not_null;
            if (e.code() != sqlstate::feature_not_supported || !nullable) throw;
            cp.source = Source::null;
            cp.reason = fmt::format("no generator for type {}; the column is nullable, so it stays NULL", c.type);
            return;
        }
        if (placeholder) {
            const Link& l = tp_.links[static_cast<std::size_t>(cp.link)];
            cp.reason = fmt::format("{} references {} ({}); inserted with a placeholder from {} while the constraint is "
                                    "deferred, then set by an UPDATE after the inserts",
                                    l.constraint, ctx_.tables[l.parent].name.sql(), l.ref_columns[cp.link_position], cp.generator_name);
            cp.generator_name = "foreign_key";
            return;
        }
        cp.unique = unique_[i];
        if (cp.unique && cp.digit_modulus == 0) {
            if (const auto base = cp.generator->counter_base()) {
                tp_.counter_columns.push_back(c.name);
                tp_.counter_bases.push_back(*base);
            } else {
                tp_.counter_past_row_count = true;
            }
        }
        const bool nullable = !c.not_null && !s.rules.not_null && !cp.unique;
        const ColumnOverride* o = override_of(c.name);
        const auto gate = nullable && dated && status_ && status_->first != i ? gate_of(c) : std::nullopt;
        if (gate && (o == nullptr || !o->null_fraction)) {
            cp.generator = make_status_gated_generator(cp.generator, status_->first, *gate);
            cp.reason += fmt::format("; set only when {} is one of: {}", t_.columns[status_->first].name, gated_values(*gate));
            cp.null_fraction = 0;
            gated_by_[i] = status_->first;
            return;
        }
        if (s.rules.always_null && nullable) {
            cp.null_fraction = 1;
        } else if (!nullable) {
            cp.null_fraction = 0;
        } else if (o == nullptr || !o->null_fraction) {
            cp.null_fraction = ctx_.options.null_fraction.value_or(is_mostly_null(c.name) ? 0.9 : 0.1);
        }
        if (searched_[i]) search_values(i, s, nullable && !s.rules.always_null && (o == nullptr || !o->null_fraction) && !counted(i));
    }

    // Columns read by a CHECK that Postgres evaluates on generated rows get varied values, so
    // that passing rows are common: NULL half the time when nullable (links too), and besides
    // their generator's values, the CHECK's constants and plain text.
    void mark_searched_columns() {
        for (const CheckConstraint* cc : unmodelled_) {
            if (!evaluable(*cc)) continue;
            const auto constants = check_constants(cc->expression);
            for (const std::string& name : cc->columns) {
                const std::size_t i = column_index(t_, name);
                if (!searched_[i]) searched_[i] = Searched{};
                searched_[i]->checks.push_back(cc->name);
                const auto found = constants.find(name);
                if (found == constants.end()) continue;
                for (const std::string& v : found->second) {
                    auto& kept = searched_[i]->constants;
                    if (std::find(kept.begin(), kept.end(), v) == kept.end()) kept.push_back(v);
                }
            }
        }
        for (Link& l : tp_.links) {
            bool varied = !l.deferred && l.pick == Pick::random;
            for (const std::string& name : l.columns) {
                varied = varied && searched_[column_index(t_, name)] && !t_.column(name)->not_null && !counted(column_index(t_, name));
            }
            if (!varied) continue;
            l.null_fraction = 0.5;
            for (const std::string& name : l.columns) {
                notes_[column_index(t_, name)].push_back(
                    fmt::format("NULL half the time, for {} (evaluated by Postgres)", join_names(searched_[column_index(t_, name)]->checks)));
            }
        }
    }

    void search_values(std::size_t i, const ColumnSpec& s, bool nullable) {
        ColumnPlan& cp = tp_.columns[i];
        const Searched& found = *searched_[i];
        SearchChoices choices;
        choices.base = cp.generator;
        std::vector<std::string> kinds;
        const bool free_text = s.type_category == 'S' && !s.rules.allowed && !s.rules.regex && !s.rules.like;
        if (free_text && cp.generator->form() == ValueForm::text) {
            choices.identifiers = true;
            choices.identifier_prefix = last_name_word(s.column_name);
            kinds.push_back("its values shaped as identifiers");
        }
        const bool limited = (s.type_oid == type_oid::varchar || s.type_oid == type_oid::bpchar) && s.typmod >= 4;
        const std::int64_t type_length = limited ? s.typmod - 4 : INT64_MAX;
        const auto format = ordinal_format_of(cp.generator->form(), cp.generator->scale());
        std::vector<std::string> candidates = found.constants;
        if (format && (format->kind == OrdinalKind::integer || format->kind == OrdinalKind::decimal)) {
            candidates.insert(candidates.end(), {"0", "1"});  // small numbers pass many range CHECKs on expressions
        }
        if (default_constant_[i] && !cp.unique) {
            if (!format) {
                choices.constants.push_back(*default_constant_[i]);
            } else if (const auto n = parse_ordinal(*format, *default_constant_[i], false)) {
                choices.number_constants.push_back(*n);
            }
        }
        for (const std::string& v : cp.unique ? std::vector<std::string>{} : candidates) {
            if (!s.rules.admits(v) || static_cast<std::int64_t>(v.size()) > type_length) continue;
            if (format) {
                if (const auto n = parse_ordinal(*format, v, false)) choices.number_constants.push_back(*n);
            } else if (s.type_category == 'S') {
                choices.constants.push_back(v);
            }
        }
        const std::size_t constants = choices.constants.size() + choices.number_constants.size();
        if (constants > 0) kinds.push_back(fmt::format("{} constants (the default, the CHECK's, 0 and 1 for numbers)", constants));
        if (choices.identifiers || constants > 0) cp.generator = make_search_generator(std::move(choices));
        if (nullable) {
            cp.null_fraction = 0.5;
            kinds.push_back("NULL half the time");
        }
        if (!kinds.empty()) {
            notes_[i].push_back(fmt::format("varied for {} (evaluated by Postgres): {}", join_names(found.checks), join_names(kinds)));
        }
    }

    bool evaluable(const CheckConstraint& cc) const {
        return std::all_of(cc.columns.begin(), cc.columns.end(), [&](const std::string& name) {
            const Source s = tp_.columns[column_index(t_, name)].source;
            return s == Source::generator || s == Source::link;
        });
    }

    // The first column whose name says it holds a country (country, country_code char(2), ...)
    // and whose values come from elsewhere than the row's place: they decide the place.
    void find_country_column() {
        const std::string table = tp_.name.name;
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            const ColumnPlan& cp = tp_.columns[i];
            const Column& c = t_.columns[i];
            if (cp.source != Source::link && (cp.source != Source::generator || !cp.generator)) continue;
            const Semantic kind = classify_column(c.name, c.type, c.type_category, table);
            if (kind != Semantic::country && kind != Semantic::country_code && kind != Semantic::country_code3) continue;
            if (cp.generator_name == semantic_name(kind)) continue;  // drawn from the place itself
            tp_.country_column = static_cast<int>(i);
            return;
        }
    }

    void find_place_limits() {
        for (std::size_t i = 0; i < t_.columns.size(); ++i) {
            const Column& c = t_.columns[i];
            const bool limited = (c.type_oid == type_oid::varchar || c.type_oid == type_oid::bpchar) && c.typmod >= 4;
            const std::string& kind = tp_.columns[i].generator_name;
            int* limit = kind == semantic_name(Semantic::postal_code) ? &tp_.place_limits.postal_code
                         : kind == semantic_name(Semantic::country)   ? &tp_.place_limits.country
                         : kind == semantic_name(Semantic::region)    ? &tp_.place_limits.region
                         : kind == semantic_name(Semantic::city)      ? &tp_.place_limits.city
                                                                      : nullptr;
            if (limit == nullptr || !limited) continue;
            if (*limit < 0 || c.typmod - 4 < *limit) *limit = c.typmod - 4;
        }
    }

    // A column comes after the column it depends on (orderings, flags); the country column first.
    void order_generation() {
        const std::size_t n = t_.columns.size();
        std::vector<std::vector<std::size_t>> depends(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (flag_of_[i] && tp_.columns[i].generator_name == "span_flag") depends[i].push_back(*flag_of_[i]);
            for (const Precedence& p : after_[i]) {
                if (tp_.columns[i].generator && tp_.columns[p.column].generator) depends[i].push_back(p.column);
            }
            if (gated_by_[i]) depends[i].push_back(*gated_by_[i]);
        }
        std::vector<bool> placed(n, false);
        if (tp_.country_column >= 0 && depends[static_cast<std::size_t>(tp_.country_column)].empty()) {
            placed[static_cast<std::size_t>(tp_.country_column)] = true;
            tp_.generation_order.push_back(static_cast<std::size_t>(tp_.country_column));
        }
        while (tp_.generation_order.size() < n) {
            const std::size_t before = tp_.generation_order.size();
            for (std::size_t i = 0; i < n; ++i) {
                const bool waiting = std::any_of(depends[i].begin(), depends[i].end(), [&](std::size_t d) { return !placed[d]; });
                if (placed[i] || waiting) continue;
                placed[i] = true;
                tp_.generation_order.push_back(i);
            }
            if (tp_.generation_order.size() == before) {  // orderings in a circle: ignore them
                for (std::size_t i = 0; i < n; ++i) {
                    if (!placed[i]) tp_.generation_order.push_back(i);
                }
            }
        }
    }

    // CHECKs we do not model: Postgres evaluates them on the generated rows, when every column
    // they read is one we insert.
    void keep_unmodelled_checks() {
        for (const CheckConstraint* cc : unmodelled_) {
            if (evaluable(*cc)) {
                tp_.filters.push_back(cc->expression);
                tp_.filter_names.push_back(cc->name);
            }
        }
    }

    const ColumnPlanning& ctx_;
    TablePlan& tp_;
    const Table& t_;
    CheckModel checks_;
    std::vector<const CheckConstraint*> unmodelled_;
    std::vector<bool> unique_;
    std::vector<Ordering> after_;
    std::vector<std::optional<std::size_t>> flag_of_;
    std::vector<bool> flag_when_null_;
    std::optional<std::pair<std::size_t, std::vector<TextValue>>> status_;  // the status column and its values
    std::vector<std::optional<std::size_t>> gated_by_;                     // the status column a column waits for
    std::vector<std::vector<std::string>> notes_;  // appended to a column's reason
    std::vector<std::optional<Searched>> searched_;
    std::vector<std::optional<std::string>> default_constant_;  // a constant default replaced for a search
    bool keys_from_us_ = false;
};

}  // namespace

void plan_columns(const ColumnPlanning& context, TablePlan& table) { ColumnPlanner(context, table).run(); }

std::optional<std::uint64_t> key_column_capacity(const ColumnPlanning& context, const TablePlan& table,
                                                 const std::string& column) {
    TablePlan scratch = table;
    scratch.columns.clear();
    return ColumnPlanner(context, scratch).capacity_of(column);
}

}  // namespace flaqes::seed
