#include "core/catalog/schema_graph_builder.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes {
namespace {

// Field positions of each query's rows (src/pg/catalog_reader.cpp).
namespace rel {
enum { oid, schema, name, relkind, reltuples, comment, partstrat, partkey, parent_oid, parent_schema,
       parent_name, bound, n_tup_ins, n_tup_upd, n_tup_del, n_live_tup, seq_scan, idx_scan, analyzed };
}
namespace col {
enum { relid, attnum, name, type, type_oid, typmod, typtype, typcategory, not_null, default_expr, identity,
       generated, comment, null_frac, n_distinct, element_type_oid };
}
namespace seq {
enum { relid, attnum, oid, schema, name, type, max, last };
}
namespace con {
enum { relid, name, contype, conkey, ref_oid, ref_schema, ref_name, ref_columns, confkey, on_update,
       on_delete, match, deferrable, deferred, validated, check_expr, exclusion_def, index_oid, is_local };
}
namespace idx {
enum { relid, oid, name, method, nkeyatts, indkey, opclasses, collations, options, unique, primary,
       exclusion, valid, nulls_not_distinct, predicate, key_defs, definition, constraint, scans, attached };
}
namespace enm {
enum { oid, schema, name, labels };
}
namespace dom {
enum { oid, schema, name, base_type, base_oid, base_typmod, not_null, default_expr, check_names, check_exprs };
}
namespace dep {  // one row per view or trigger; uses as two parallel arrays
enum { kind, oid, schema, name, table_schema, table_name, definition, options, use_relations, use_attnums };
}
namespace cmp {  // one row per attribute
enum { oid, schema, name, attnum, att_name, type, type_oid, typmod, typtype, typcategory, element_type_oid };
}

RelKind relkind_from(char c, bool has_parent) {
    switch (c) {
        case 'p': return RelKind::partitioned_table;
        case 'v': return RelKind::view;
        case 'm': return RelKind::materialized_view;
        case 'f': return RelKind::foreign_table;
        default: return has_parent ? RelKind::partition : RelKind::table;
    }
}

FkAction fk_action_from(char c) {
    switch (c) {
        case 'r': return FkAction::restrict;
        case 'c': return FkAction::cascade;
        case 'n': return FkAction::set_null;
        case 'd': return FkAction::set_default;
        default: return FkAction::no_action;
    }
}

FkMatch fk_match_from(char c) {
    switch (c) {
        case 'f': return FkMatch::full;
        case 'p': return FkMatch::partial;
        default: return FkMatch::simple;
    }
}

std::string partition_strategy_name(char c) {
    switch (c) {
        case 'r': return "range";
        case 'l': return "list";
        case 'h': return "hash";
        default: return std::string(1, c);
    }
}

Table make_table(const RowReader& r) {
    Table t;
    t.oid = r.oid(rel::oid);
    t.name = {r.str(rel::schema), r.str(rel::name)};
    const bool has_parent = !r.null(rel::parent_oid);
    t.kind = relkind_from(r.chr(rel::relkind), has_parent);
    t.row_estimate = r.opt_double(rel::reltuples);
    t.comment = r.opt_str(rel::comment);
    if (!r.null(rel::partstrat)) {
        t.partition_strategy = partition_strategy_name(r.chr(rel::partstrat));
        t.partition_key = r.opt_str(rel::partkey);
    }
    if (has_parent) {
        t.partition_parent_oid = r.oid(rel::parent_oid);
        t.partition_parent = QualifiedName{r.str(rel::parent_schema), r.str(rel::parent_name)};
        t.partition_bound = r.opt_str(rel::bound);
    }
    t.stats.inserts = r.opt_int64(rel::n_tup_ins);
    t.stats.updates = r.opt_int64(rel::n_tup_upd);
    t.stats.deletes = r.opt_int64(rel::n_tup_del);
    t.stats.live_tuples = r.opt_int64(rel::n_live_tup);
    t.stats.seq_scans = r.opt_int64(rel::seq_scan);
    t.stats.idx_scans = r.opt_int64(rel::idx_scan);
    t.stats.analyzed = r.flag(rel::analyzed);
    return t;
}

// Where a row keeps a column's name and type: table columns and composite-type attributes.
struct TypedFields {
    std::size_t attnum, name, type, type_oid, typmod, typtype, typcategory, element_type_oid;
};
constexpr TypedFields column_fields{col::attnum, col::name, col::type, col::type_oid,
                                    col::typmod, col::typtype, col::typcategory, col::element_type_oid};
constexpr TypedFields attribute_fields{cmp::attnum, cmp::att_name, cmp::type, cmp::type_oid,
                                       cmp::typmod, cmp::typtype, cmp::typcategory, cmp::element_type_oid};

Column typed_column(const RowReader& r, const TypedFields& at) {
    Column c;
    c.attnum = static_cast<int>(r.int64(at.attnum));
    c.name = r.str(at.name);
    c.type = r.str(at.type);
    c.type_oid = r.oid(at.type_oid);
    c.typmod = static_cast<int>(r.int64(at.typmod));
    c.type_type = r.chr(at.typtype);
    c.type_category = r.chr(at.typcategory);
    c.element_type_oid = r.oid(at.element_type_oid);
    return c;
}

Column make_column(const RowReader& r) {
    Column c = typed_column(r, column_fields);
    c.not_null = r.flag(col::not_null);
    c.default_expr = r.opt_str(col::default_expr);
    const char identity = r.chr(col::identity);
    c.identity = identity == 'a' ? Identity::always : identity == 'd' ? Identity::by_default : Identity::none;
    c.generated = r.chr(col::generated) == 's' ? Generated::stored : Generated::none;
    c.comment = r.opt_str(col::comment);
    c.null_frac = r.opt_double(col::null_frac);
    c.n_distinct = r.opt_double(col::n_distinct);
    return c;
}

std::vector<int> to_attnums(const std::vector<std::int64_t>& values) {
    return {values.begin(), values.end()};
}

std::vector<std::string> column_names(const Table& t, const std::vector<int>& attnums) {
    std::vector<std::string> names;
    names.reserve(attnums.size());
    for (int attnum : attnums) {
        const Column* c = t.column_at(attnum);
        names.push_back(c != nullptr ? c->name : std::string());
    }
    return names;
}

// `graph` holds every table read, with its columns: a foreign key to one of them comes without
// the names of the referenced columns.
void add_constraint_to(Table& t, const RowReader& r, const SchemaGraph& graph) {
    const char type = r.chr(con::contype);
    const std::vector<int> attnums = to_attnums(r.ints(con::conkey));
    if (type == 'p' || type == 'u') {
        KeyConstraint k;
        k.name = r.str(con::name);
        k.attnums = attnums;
        k.columns = column_names(t, attnums);
        k.deferrable = r.flag(con::deferrable);
        k.index_oid = r.oid(con::index_oid);
        if (type == 'p') {
            t.primary_key = k;
        } else {
            t.unique_constraints.push_back(k);
        }
    } else if (type == 'f') {
        ForeignKey f;
        f.name = r.str(con::name);
        f.attnums = attnums;
        f.columns = column_names(t, attnums);
        f.ref_oid = r.oid(con::ref_oid);
        f.ref = {r.str(con::ref_schema), r.str(con::ref_name)};
        f.ref_attnums = to_attnums(r.ints(con::confkey));
        const Table* ref = graph.table(f.ref_oid);
        f.ref_columns = r.null(con::ref_columns) && ref != nullptr ? column_names(*ref, f.ref_attnums)
                                                                   : r.strings(con::ref_columns);
        f.on_update = fk_action_from(r.chr(con::on_update));
        f.on_delete = fk_action_from(r.chr(con::on_delete));
        f.match = fk_match_from(r.chr(con::match));
        f.deferrable = r.flag(con::deferrable);
        f.initially_deferred = r.flag(con::deferred);
        f.validated = r.flag(con::validated);
        f.inherited = !r.flag(con::is_local);
        f.ref_index_oid = r.oid(con::index_oid);
        t.foreign_keys.push_back(f);
    } else if (type == 'c') {
        CheckConstraint c;
        c.name = r.str(con::name);
        c.expression = r.str(con::check_expr);
        c.attnums = attnums;
        c.columns = column_names(t, attnums);
        c.validated = r.flag(con::validated);
        c.inherited = !r.flag(con::is_local);
        t.check_constraints.push_back(c);
    } else if (type == 'x') {
        ExclusionConstraint x;
        x.name = r.str(con::name);
        x.definition = r.str(con::exclusion_def);
        x.columns = column_names(t, attnums);
        t.exclusion_constraints.push_back(x);
    }
}

// pg_index.indoption bits (catalog/pg_index.h).
constexpr std::int64_t index_option_desc = 0x0001;
constexpr std::int64_t index_option_nulls_first = 0x0002;

Index make_index(const Table& t, const RowReader& r) {
    Index ix;
    ix.oid = r.oid(idx::oid);
    ix.name = r.str(idx::name);
    ix.method = r.str(idx::method);
    ix.unique = r.flag(idx::unique);
    ix.primary = r.flag(idx::primary);
    ix.exclusion = r.flag(idx::exclusion);
    ix.valid = r.flag(idx::valid);
    ix.nulls_not_distinct = r.flag(idx::nulls_not_distinct);
    ix.predicate = r.opt_str(idx::predicate);
    ix.definition = r.str(idx::definition);
    ix.constraint = r.opt_str(idx::constraint);
    ix.scans = r.opt_int64(idx::scans);
    ix.inherited = r.flag(idx::attached);
    const auto key_count = static_cast<std::size_t>(r.int64(idx::nkeyatts));
    const std::vector<std::int64_t> attnums = r.ints(idx::indkey);
    const std::vector<std::int64_t> opclasses = r.ints(idx::opclasses);
    const std::vector<std::int64_t> collations = r.ints(idx::collations);
    const std::vector<std::int64_t> options = r.ints(idx::options);
    const std::vector<std::string> key_defs = r.strings(idx::key_defs);
    for (std::size_t i = 0; i < attnums.size(); ++i) {
        const int attnum = static_cast<int>(attnums[i]);
        const Column* c = attnum > 0 ? t.column_at(attnum) : nullptr;
        const std::string name = c != nullptr ? c->name : std::string();
        if (i >= key_count) {  // INCLUDE columns carry no opclass or ordering
            ix.include.push_back(name);
            continue;
        }
        IndexKey k;
        k.attnum = attnum;
        k.column = name;
        k.expression = i < key_defs.size() ? key_defs[i] : name;
        k.opclass = i < opclasses.size() ? static_cast<Oid>(opclasses[i]) : 0;
        k.collation = i < collations.size() ? static_cast<Oid>(collations[i]) : 0;
        const std::int64_t option = i < options.size() ? options[i] : 0;
        k.descending = (option & index_option_desc) != 0;
        k.nulls_first = (option & index_option_nulls_first) != 0;
        ix.keys.push_back(k);
    }
    return ix;
}

}  // namespace

void SchemaGraphBuilder::reach(Step step) {
    if (step < step_) throw Error(sqlstate::internal_error, "flaqes: catalog rows read out of order");
    if (step_ == Step::relations && step > Step::relations) graph_.index();
    if (step_ <= Step::columns && step > Step::columns) {
        const auto by_attnum = [](const Column& a, const Column& b) { return a.attnum < b.attnum; };
        for (Table& t : graph_.tables) {
            if (!std::is_sorted(t.columns.begin(), t.columns.end(), by_attnum)) {
                std::sort(t.columns.begin(), t.columns.end(), by_attnum);
            }
        }
    }
    step_ = step;
}

Table* SchemaGraphBuilder::table(Oid oid) {
    if (last_table_ == nullptr || last_table_->oid != oid) last_table_ = const_cast<Table*>(graph_.table(oid));
    return last_table_;
}

void SchemaGraphBuilder::add_relation(const CatalogRow& row) {
    reach(Step::relations);
    graph_.tables.push_back(make_table(RowReader(row)));
}

void SchemaGraphBuilder::add_column(const CatalogRow& row) {
    reach(Step::columns);
    const RowReader r(row);
    if (Table* t = table(r.oid(col::relid))) t->columns.push_back(make_column(r));
}

void SchemaGraphBuilder::add_sequence(const CatalogRow& row) {
    reach(Step::sequences);
    const RowReader r(row);
    Table* t = table(r.oid(seq::relid));
    const Column* column = t != nullptr ? t->column_at(static_cast<int>(r.int64(seq::attnum))) : nullptr;
    if (column == nullptr) return;
    SequenceInfo s;
    s.oid = r.oid(seq::oid);
    s.name = {r.str(seq::schema), r.str(seq::name)};
    s.data_type = r.str(seq::type);
    s.max_value = r.int64(seq::max);
    s.last_value = r.opt_int64(seq::last);
    const_cast<Column*>(column)->sequence = std::move(s);
}

void SchemaGraphBuilder::add_index(const CatalogRow& row) {
    reach(Step::indexes);
    const RowReader r(row);
    if (Table* t = table(r.oid(idx::relid))) t->indexes.push_back(make_index(*t, r));
}

void SchemaGraphBuilder::add_constraint(const CatalogRow& row) {
    reach(Step::constraints);
    const RowReader r(row);
    if (Table* t = table(r.oid(con::relid))) add_constraint_to(*t, r, graph_);
}

void SchemaGraphBuilder::add_enum(const CatalogRow& row) {
    const RowReader r(row);
    graph_.enums.push_back(EnumType{r.oid(enm::oid), {r.str(enm::schema), r.str(enm::name)}, r.strings(enm::labels)});
}

void SchemaGraphBuilder::add_domain(const CatalogRow& row) {
    const RowReader r(row);
    DomainType d;
    d.oid = r.oid(dom::oid);
    d.name = {r.str(dom::schema), r.str(dom::name)};
    d.base_type = r.str(dom::base_type);
    d.base_type_oid = r.oid(dom::base_oid);
    d.base_typmod = static_cast<int>(r.int64(dom::base_typmod));
    d.not_null = r.flag(dom::not_null);
    d.default_expr = r.opt_str(dom::default_expr);
    const std::vector<std::string> names = r.strings(dom::check_names);
    const std::vector<std::string> expressions = r.strings(dom::check_exprs);
    for (std::size_t i = 0; i < names.size() && i < expressions.size(); ++i) {
        d.checks.push_back(DomainCheck{names[i], expressions[i]});
    }
    graph_.domains.push_back(d);
}

void SchemaGraphBuilder::add_composite_attribute(const CatalogRow& row) {
    const RowReader r(row);
    const Oid oid = r.oid(cmp::oid);
    if (graph_.composites.empty() || graph_.composites.back().oid != oid) {
        graph_.composites.push_back(CompositeType{oid, {r.str(cmp::schema), r.str(cmp::name)}, {}});
    }
    if (!r.null(cmp::attnum)) graph_.composites.back().attributes.push_back(typed_column(r, attribute_fields));
}

void SchemaGraphBuilder::add_dependent(const CatalogRow& row) {
    const RowReader r(row);
    DependentObject d;
    const char kind = r.chr(dep::kind);
    d.kind = kind == 't' ? DependentKind::trigger : kind == 'm' ? DependentKind::materialized_view : DependentKind::view;
    d.oid = r.oid(dep::oid);
    d.name = {r.str(dep::schema), r.str(dep::name)};
    if (d.kind == DependentKind::trigger) d.table = {r.str(dep::table_schema), r.str(dep::table_name)};
    d.definition = r.str(dep::definition);
    d.options = r.opt_str(dep::options);
    const std::vector<std::int64_t> relations = r.ints(dep::use_relations);
    const std::vector<std::int64_t> attnums = r.ints(dep::use_attnums);
    for (std::size_t i = 0; i < relations.size() && i < attnums.size(); ++i) {
        d.uses.push_back(ColumnUse{static_cast<Oid>(relations[i]), static_cast<int>(attnums[i])});
    }
    graph_.dependents.push_back(std::move(d));
}

void SchemaGraphBuilder::add_range(const CatalogRow& row) {
    const RowReader r(row);
    graph_.ranges.push_back(RangeType{r.oid(cmp::oid), {r.str(cmp::schema), r.str(cmp::name)}, typed_column(r, attribute_fields)});
}

std::vector<Oid> SchemaGraphBuilder::relation_oids() const {
    std::vector<Oid> oids;
    oids.reserve(graph_.tables.size());
    for (const Table& t : graph_.tables) oids.push_back(t.oid);
    return oids;
}

SchemaGraph SchemaGraphBuilder::finish() {
    reach(Step::constraints);
    for (Table& t : graph_.tables) {
        for (KeyConstraint& k : t.unique_constraints) {
            for (const Index& ix : t.indexes) {
                if (ix.oid == k.index_oid) k.nulls_not_distinct = ix.nulls_not_distinct;
            }
        }
    }
    graph_.index();
    last_table_ = nullptr;
    return std::move(graph_);
}

std::string oid_array_literal(const std::vector<Oid>& oids) {
    std::string out = "{";
    for (std::size_t i = 0; i < oids.size(); ++i) {
        if (i > 0) out += ',';
        out += std::to_string(oids[i]);
    }
    out += '}';
    return out;
}

}  // namespace flaqes
