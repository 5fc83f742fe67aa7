#include "core/catalog/schema_graph_json.hpp"

#include <algorithm>
#include <unordered_set>

#include "core/catalog/relationships.hpp"

namespace flaqes {

namespace jsonv {
json::Value str(const std::string& s) { return json::Value::string(s); }
json::Value opt_str(const std::optional<std::string>& s) { return s ? json::Value::string(*s) : json::Value(); }
json::Value strings(const std::vector<std::string>& items) {
    json::Value out = json::Value::array();
    for (const std::string& s : items) out.push(json::Value::string(s));
    return out;
}
json::Value opt_number(const std::optional<double>& d) { return d ? json::Value::number(*d) : json::Value(); }
json::Value opt_int(const std::optional<std::int64_t>& i) { return i ? json::Value::integer(*i) : json::Value(); }
json::Value name(const QualifiedName& n) {
    json::Value out = json::Value::object();
    out.set("schema", str(n.schema));
    out.set("name", str(n.name));
    return out;
}
}  // namespace jsonv

namespace {

using json::Value;
using namespace jsonv;

const char* identity_name(Identity identity) {
    switch (identity) {
        case Identity::always: return "always";
        case Identity::by_default: return "by_default";
        case Identity::none: break;
    }
    return nullptr;
}

Value column_json(const Column& c) {
    Value out = Value::object();
    out.set("name", str(c.name));
    out.set("type", str(c.type));
    out.set("not_null", Value::boolean(c.not_null));
    out.set("default", opt_str(c.default_expr));
    const char* identity = identity_name(c.identity);
    out.set("identity", identity != nullptr ? Value::string(identity) : Value());
    out.set("generated", c.generated == Generated::stored ? Value::string("stored") : Value());
    out.set("comment", opt_str(c.comment));
    if (c.sequence) {
        Value seq = Value::object();
        seq.set("name", str(c.sequence->name.sql()));
        seq.set("data_type", str(c.sequence->data_type));
        seq.set("max_value", Value::integer(c.sequence->max_value));
        seq.set("last_value", opt_int(c.sequence->last_value));
        out.set("sequence", std::move(seq));
    }
    if (c.null_frac || c.n_distinct) {
        Value stats = Value::object();
        stats.set("null_frac", opt_number(c.null_frac));
        stats.set("n_distinct", opt_number(c.n_distinct));
        out.set("statistics", std::move(stats));
    }
    return out;
}

Value key_json(const KeyConstraint& k) {
    Value out = Value::object();
    out.set("name", str(k.name));
    out.set("columns", strings(k.columns));
    out.set("deferrable", Value::boolean(k.deferrable));
    out.set("nulls_not_distinct", Value::boolean(k.nulls_not_distinct));
    return out;
}

Value foreign_key_json(const ForeignKey& fk) {
    Value out = Value::object();
    out.set("name", str(fk.name));
    out.set("columns", strings(fk.columns));
    out.set("references", name(fk.ref));
    out.set("referenced_columns", strings(fk.ref_columns));
    out.set("on_delete", Value::string(fk_action_name(fk.on_delete)));
    out.set("on_update", Value::string(fk_action_name(fk.on_update)));
    out.set("match", Value::string(fk_match_name(fk.match)));
    out.set("deferrable", Value::boolean(fk.deferrable));
    out.set("initially_deferred", Value::boolean(fk.initially_deferred));
    out.set("validated", Value::boolean(fk.validated));
    return out;
}

Value check_json(const CheckConstraint& c) {
    Value out = Value::object();
    out.set("name", str(c.name));
    out.set("expression", str(c.expression));
    out.set("columns", strings(c.columns));
    out.set("validated", Value::boolean(c.validated));
    out.set("inherited", Value::boolean(c.inherited));
    return out;
}

Value exclusion_json(const ExclusionConstraint& x) {
    Value out = Value::object();
    out.set("name", str(x.name));
    out.set("definition", str(x.definition));
    out.set("columns", strings(x.columns));
    return out;
}

Value index_json(const Index& ix) {
    Value keys = Value::array();
    Value columns = Value::array();
    for (const IndexKey& k : ix.keys) {
        Value key = Value::object();
        key.set("column", k.column.empty() ? Value() : str(k.column));
        key.set("expression", k.column.empty() ? str(k.expression) : Value());
        key.set("descending", Value::boolean(k.descending));
        key.set("nulls_first", Value::boolean(k.nulls_first));
        keys.push(std::move(key));
        columns.push(k.column.empty() ? Value() : str(k.column));
    }
    Value out = Value::object();
    out.set("name", str(ix.name));
    out.set("method", str(ix.method));
    out.set("columns", std::move(columns));
    out.set("keys", std::move(keys));
    out.set("include", strings(ix.include));
    out.set("unique", Value::boolean(ix.unique));
    out.set("primary", Value::boolean(ix.primary));
    out.set("predicate", opt_str(ix.predicate));
    out.set("valid", Value::boolean(ix.valid));
    out.set("constraint", opt_str(ix.constraint));
    out.set("definition", str(ix.definition));
    out.set("scans", opt_int(ix.scans));
    return out;
}

template <typename T, typename F>
Value array_of(const std::vector<T>& items, F&& render) {
    Value out = Value::array();
    for (const T& item : items) out.push(render(item));
    return out;
}

Value table_json(const Table& t) {
    Value out = Value::object();
    out.set("schema", str(t.name.schema));
    out.set("name", str(t.name.name));
    out.set("kind", Value::string(relkind_name(t.kind)));
    out.set("comment", opt_str(t.comment));
    out.set("row_estimate", opt_number(t.row_estimate));
    out.set("columns", array_of(t.columns, column_json));
    out.set("primary_key", t.primary_key ? key_json(*t.primary_key) : Value());
    out.set("foreign_keys", array_of(t.foreign_keys, foreign_key_json));
    out.set("unique_constraints", array_of(t.unique_constraints, key_json));
    out.set("check_constraints", array_of(t.check_constraints, check_json));
    out.set("exclusion_constraints", array_of(t.exclusion_constraints, exclusion_json));
    out.set("indexes", array_of(t.indexes, index_json));
    if (t.partition_strategy) {
        Value p = Value::object();
        p.set("strategy", str(*t.partition_strategy));
        p.set("key", opt_str(t.partition_key));
        out.set("partitioning", std::move(p));
    }
    if (t.partition_parent) {
        Value p = Value::object();
        p.set("parent", name(*t.partition_parent));
        p.set("bound", opt_str(t.partition_bound));
        out.set("partition_of", std::move(p));
    }
    return out;
}

Value relationship_json(const Relationship& r) {
    Value out = Value::object();
    out.set("from", name(r.from));
    out.set("to", name(r.to));
    out.set("cardinality", Value::string(cardinality_name(r.cardinality)));
    out.set("constraint", str(r.constraint));
    out.set("columns", strings(r.columns));
    out.set("referenced_columns", strings(r.referenced_columns));
    out.set("identifying", Value::boolean(r.identifying));
    out.set("optional", Value::boolean(r.optional));
    out.set("via", r.via ? name(*r.via) : Value());
    return out;
}

// Types to list: those in the listed schemas, plus those the listed columns use (directly, as
// an array element, as a domain's base type, or as a composite type's attribute).
class TypeFilter {
public:
    TypeFilter(const SchemaGraph& graph, const std::optional<std::vector<std::string>>& schemas)
        : graph_(graph), schemas_(schemas) {
        for (const Table& t : graph.tables) {
            for (const Column& c : t.columns) {
                use(c.type_oid);
                use(c.element_type_oid);
            }
        }
    }
    bool listed(Oid oid, const QualifiedName& type_name) const {
        if (!schemas_) return true;
        return used_.count(oid) > 0 ||
               std::find(schemas_->begin(), schemas_->end(), type_name.schema) != schemas_->end();
    }

private:
    void use(Oid oid) {
        if (oid == 0 || !used_.insert(oid).second) return;
        if (const DomainType* d = graph_.domain(oid)) use(d->base_type_oid);
        if (const CompositeType* ct = graph_.composite(oid)) {
            for (const Column& a : ct->attributes) {
                use(a.type_oid);
                use(a.element_type_oid);
            }
        }
    }
    const SchemaGraph& graph_;
    const std::optional<std::vector<std::string>>& schemas_;
    std::unordered_set<Oid> used_;
};

}  // namespace

json::Value schema_graph_json(const SchemaGraph& graph, const std::optional<std::vector<std::string>>& schemas) {
    const TypeFilter types(graph, schemas);
    Value enums = Value::array();
    for (const EnumType& e : graph.enums) {
        if (!types.listed(e.oid, e.name)) continue;
        Value out = Value::object();
        out.set("schema", str(e.name.schema));
        out.set("name", str(e.name.name));
        out.set("labels", strings(e.labels));
        enums.push(std::move(out));
    }
    Value domains = Value::array();
    for (const DomainType& d : graph.domains) {
        if (!types.listed(d.oid, d.name)) continue;
        Value checks = Value::array();
        for (const DomainCheck& c : d.checks) {
            Value check = Value::object();
            check.set("name", str(c.name));
            check.set("expression", str(c.expression));
            checks.push(std::move(check));
        }
        Value out = Value::object();
        out.set("schema", str(d.name.schema));
        out.set("name", str(d.name.name));
        out.set("base_type", str(d.base_type));
        out.set("not_null", Value::boolean(d.not_null));
        out.set("default", opt_str(d.default_expr));
        out.set("checks", std::move(checks));
        domains.push(std::move(out));
    }
    Value composites = Value::array();
    for (const CompositeType& ct : graph.composites) {
        if (!types.listed(ct.oid, ct.name)) continue;
        Value attributes = Value::array();
        for (const Column& a : ct.attributes) {
            Value attribute = Value::object();
            attribute.set("name", str(a.name));
            attribute.set("type", str(a.type));
            attributes.push(std::move(attribute));
        }
        Value out = Value::object();
        out.set("schema", str(ct.name.schema));
        out.set("name", str(ct.name.name));
        out.set("attributes", std::move(attributes));
        composites.push(std::move(out));
    }
    Value dependents = Value::array();
    for (const DependentObject& d : graph.dependents) {
        Value uses = Value::array();
        for (const ColumnUse& use : d.uses) {
            const Table* t = graph.table(use.relation);
            const Column* c = t != nullptr ? t->column_at(use.attnum) : nullptr;
            if (c != nullptr) uses.push(str(t->name.sql() + "." + quote_ident(c->name)));
        }
        Value out = Value::object();
        out.set("kind", str(dependent_kind_name(d.kind)));
        out.set("schema", str(d.name.schema));
        out.set("name", str(d.name.name));
        out.set("table", d.kind == DependentKind::trigger ? str(d.table.sql()) : Value());
        out.set("uses", std::move(uses));
        dependents.push(std::move(out));
    }
    Value out = Value::object();
    out.set("tables", array_of(graph.tables, table_json));
    out.set("relationships", array_of(derive_relationships(graph), relationship_json));
    out.set("enums", std::move(enums));
    out.set("domains", std::move(domains));
    out.set("composites", std::move(composites));
    out.set("dependents", std::move(dependents));
    return out;
}

}  // namespace flaqes
