#include "core/migration/snapshot.hpp"

#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/catalog/schema_graph_json.hpp"
#include "core/seed/values/rng.hpp"

namespace flaqes {
namespace {

using json::Value;

// One letter per field type of a stored catalog row: the JSON form alone cannot tell an integer
// from a whole float, nor an empty array of numbers from one of names.
char type_letter(const CatalogValue& v) {
    switch (v.index()) {
        case 1: return 'b';
        case 2: return 'i';
        case 3: return 'f';
        case 4: return 's';
        case 5: return 'I';
        case 6: return 'S';
        default: return 'n';
    }
}

Value value_json(const CatalogValue& v) {
    if (const bool* b = std::get_if<bool>(&v)) return Value::boolean(*b);
    if (const std::int64_t* i = std::get_if<std::int64_t>(&v)) return Value::integer(*i);
    if (const double* d = std::get_if<double>(&v)) return Value::number(*d);
    if (const std::string* s = std::get_if<std::string>(&v)) return Value::string(*s);
    if (const auto* ints = std::get_if<std::vector<std::int64_t>>(&v)) {
        Value out = Value::array();
        for (std::int64_t i : *ints) out.push(Value::integer(i));
        return out;
    }
    if (const auto* strings = std::get_if<std::vector<std::string>>(&v)) return jsonv::strings(*strings);
    return Value();
}

// The types of a step's fields, from the first row where each is not NULL.
std::string step_types(const CapturedStep& step) {
    std::string types;
    for (const CatalogRow& row : step.rows) {
        if (types.size() < row.size()) types.resize(row.size(), 'n');
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (types[i] == 'n') types[i] = type_letter(row[i]);
        }
    }
    return types;
}

Value catalog_json(const std::vector<CapturedStep>& steps) {
    Value out = Value::array();
    for (const CapturedStep& step : steps) {
        Value rows = Value::array();
        for (const CatalogRow& row : step.rows) {
            Value r = Value::array();
            for (const CatalogValue& v : row) r.push(value_json(v));
            rows.push(std::move(r));
        }
        Value s = Value::object();
        s.set("step", Value::string(step.name));
        s.set("types", Value::string(step_types(step)));
        s.set("rows", std::move(rows));
        out.push(std::move(s));
    }
    return out;
}

// Guards against a document edited by hand or cut short: the catalog rows, as this code writes
// them, hashed. (Not a signature: it stops accidents, not a forger, who can only mislead himself.)
std::string catalog_digest(const std::vector<CapturedStep>& steps) {
    return fmt::format("{:016x}", seed::stream_of(json::dump(catalog_json(steps))));
}


// Reading ----------------------------------------------------------------------------------------

class Reader {
public:
    explicit Reader(const std::string& argument) : argument_(argument) {}

    [[noreturn]] void damaged(const std::string& what) const {
        throw Error(sqlstate::invalid_parameter_value, fmt::format("{} is not a valid flaqes snapshot", argument_),
                    what, "Pass the document flaqes.snapshot() returned, unedited; take a new one if in doubt.");
    }

    const Value& member(const Value& object, const char* key, json::Kind kind) const {
        const Value* v = object.find(key);
        if (v == nullptr || v->kind() != kind) {
            damaged(fmt::format("Key \"{}\" is missing or not a JSON {}.", key, json::kind_name(kind)));
        }
        return *v;
    }

    std::string opt_string(const Value& object, const char* key) const {
        const Value* v = object.find(key);
        return v != nullptr && v->is_string() ? v->as_string() : std::string();
    }

    CatalogValue value(const Value& v, char type, const std::string& where) const {
        if (v.is_null()) return std::monostate{};
        switch (type) {
            case 'b':
                if (v.is_bool()) return v.as_bool();
                break;
            case 'i':
                if (auto i = v.as_int64()) return *i;
                break;
            case 'f':
                if (v.is_number()) return v.as_double();
                break;
            case 's':
                if (v.is_string()) return v.as_string();
                break;
            case 'I': {
                if (!v.is_array()) break;
                std::vector<std::int64_t> out;
                for (const Value& item : v.items()) {
                    const auto i = item.as_int64();
                    if (!i) damaged(fmt::format("{}: an array element is not an integer.", where));
                    out.push_back(*i);
                }
                return out;
            }
            case 'S': {
                if (!v.is_array()) break;
                std::vector<std::string> out;
                for (const Value& item : v.items()) {
                    if (!item.is_string()) damaged(fmt::format("{}: an array element is not a string.", where));
                    out.push_back(item.as_string());
                }
                return out;
            }
            default: break;
        }
        damaged(fmt::format("{}: a value does not have the type \"{}\" declares.", where, type));
    }

    std::vector<CapturedStep> steps(const Value& catalog) const {
        std::vector<CapturedStep> out;
        for (const Value& s : catalog.items()) {
            if (!s.is_object()) damaged("An item of \"catalog\" is not an object.");
            CapturedStep step;
            step.name = member(s, "step", json::Kind::String).as_string();
            if (builder_step(step.name) == nullptr) damaged(fmt::format("Unknown catalog step \"{}\".", step.name));
            const std::string& types = member(s, "types", json::Kind::String).as_string();
            std::size_t n = 0;
            for (const Value& r : member(s, "rows", json::Kind::Array).items()) {
                const std::string where = fmt::format("Step \"{}\", row {}", step.name, ++n);
                if (!r.is_array() || r.size() != types.size()) {
                    damaged(fmt::format("{} is not an array of {} values.", where, types.size()));
                }
                CatalogRow row;
                for (std::size_t i = 0; i < types.size(); ++i) row.push_back(value(r.items()[i], types[i], where));
                step.rows.push_back(std::move(row));
            }
            out.push_back(std::move(step));
        }
        return out;
    }

private:
    const std::string& argument_;
};

// What the catalog guarantees of a live read and the rules take for granted.
void check_consistent(const SchemaGraph& graph) {
    for (const Table& t : graph.tables) {
        const std::string table = t.name.sql();
        const auto fail = [&](const std::string& what) {
            throw Error(sqlstate::invalid_parameter_value, fmt::format("{}: {}", table, what));
        };
        std::unordered_map<std::string, int> seen;
        for (const Column& c : t.columns) {
            if (c.attnum <= 0 || c.name.empty() || !seen.emplace(c.name, c.attnum).second) {
                fail("a column without a name or position, or named twice");
            }
        }
        // An empty name stands for an expression, which only checks and exclusions may hold.
        const auto exist = [&](const std::vector<std::string>& names, const std::string& what,
                               bool expressions = false) {
            for (const std::string& n : names) {
                if (expressions && n.empty()) continue;
                if (t.column(n) == nullptr) fail(fmt::format("{} names a column the table lacks", what));
            }
        };
        if (t.primary_key) exist(t.primary_key->columns, "the primary key");
        for (const KeyConstraint& k : t.unique_constraints) exist(k.columns, "a unique constraint");
        for (const CheckConstraint& c : t.check_constraints) exist(c.columns, "a check constraint", true);
        for (const ExclusionConstraint& x : t.exclusion_constraints) exist(x.columns, "an exclusion constraint", true);
        for (const ForeignKey& fk : t.foreign_keys) {
            exist(fk.columns, "a foreign key");
            if (fk.columns.empty() || fk.columns.size() != fk.ref_columns.size() ||
                fk.columns.size() != fk.attnums.size() || fk.ref_attnums.size() != fk.columns.size()) {
                fail("a foreign key's column lists differ in length");
            }
            const Table* ref = graph.table(fk.ref_oid);
            for (const std::string& n : fk.ref_columns) {
                if (n.empty() || (ref != nullptr && ref->column(n) == nullptr)) {
                    fail("a foreign key references a column its table lacks");
                }
            }
        }
        for (const Index& ix : t.indexes) {
            for (const IndexKey& k : ix.keys) {
                if (k.attnum != 0 && t.column(k.column) == nullptr) fail("an index names a column the table lacks");
            }
            exist(ix.include, "an index");
        }
    }
}

}  // namespace

SchemaGraph graph_from_steps(const std::vector<CapturedStep>& steps, const std::string& argument) {
    const Reader reader(argument);
    try {
        SchemaGraph graph = replay(steps);
        check_consistent(graph);
        return graph;
    } catch (const Error& e) {  // only a forged document gets here: the digest stops accidents
        reader.damaged(fmt::format("Its catalog rows do not build a schema: {}", e.what()));
    }
}

std::vector<CapturedStep> read_catalog_steps(const json::Value& catalog, const std::string& argument) {
    const Reader reader(argument);
    if (!catalog.is_array()) reader.damaged("Key \"catalog\" is not a JSON array.");
    return reader.steps(catalog);
}

json::Value snapshot_document(const SnapshotHeader& header, const CatalogCapture& capture,
                              const SchemaGraph& graph, const std::vector<RelationSize>& sizes) {
    std::unordered_map<Oid, const RelationSize*> size_of;
    for (const RelationSize& s : sizes) size_of.emplace(s.oid, &s);
    Value relations = Value::array();
    for (const Table& t : graph.tables) {
        const auto found = size_of.find(t.oid);
        const RelationSize none;
        const RelationSize& s = found != size_of.end() ? *found->second : none;
        Value r = Value::object();
        r.set("schema", Value::string(t.name.schema));
        r.set("name", Value::string(t.name.name));
        r.set("kind", Value::string(relkind_name(t.kind)));
        r.set("row_estimate", jsonv::opt_number(t.row_estimate));
        r.set("table_bytes", jsonv::opt_int(s.table_bytes));
        r.set("index_bytes", jsonv::opt_int(s.index_bytes));
        r.set("total_bytes", jsonv::opt_int(s.total_bytes));
        relations.push(std::move(r));
    }
    Value out = Value::object();
    out.set("format", Value::string(snapshot_format));
    out.set("version", Value::integer(snapshot_version));
    out.set("flaqes_version", Value::string(header.flaqes_version));
    out.set("server_version", Value::string(header.server_version));
    out.set("server_version_num", Value::integer(header.server_version_num));
    out.set("database", Value::string(header.database));
    out.set("taken_at", Value::string(header.taken_at));
    out.set("schemas", header.schemas ? jsonv::strings(*header.schemas) : Value());
    out.set("relations", std::move(relations));
    out.set("catalog", catalog_json(capture.steps()));
    out.set("digest", Value::string(catalog_digest(capture.steps())));
    return out;
}

CatalogSnapshot read_snapshot(const json::Value& document, const std::string& argument) {
    const Reader reader(argument);
    if (!document.is_object()) reader.damaged("The document is not a JSON object.");
    const Value* format = document.find("format");
    if (format == nullptr || !format->is_string() || format->as_string() != snapshot_format) {
        reader.damaged(fmt::format("Key \"format\" is not \"{}\".", snapshot_format));
    }
    const auto version = reader.member(document, "version", json::Kind::Number).as_int64();
    if (version != snapshot_version) {
        throw Error(sqlstate::invalid_parameter_value,
                    fmt::format("{} is a flaqes snapshot of version {}; this flaqes reads version {}", argument,
                                reader.member(document, "version", json::Kind::Number).lexeme(), snapshot_version),
                    "The catalog rows a snapshot stores change with the catalog queries of each flaqes version.",
                    "Take the snapshot again with this version of flaqes (flaqes.snapshot()).");
    }
    std::vector<CapturedStep> steps = read_catalog_steps(reader.member(document, "catalog", json::Kind::Array), argument);
    if (reader.member(document, "digest", json::Kind::String).as_string() != catalog_digest(steps)) {
        reader.damaged("Its digest does not match its catalog rows: the document was edited or cut short.");
    }
    CatalogSnapshot out;
    out.header.flaqes_version = reader.opt_string(document, "flaqes_version");
    out.header.server_version = reader.opt_string(document, "server_version");
    out.header.database = reader.opt_string(document, "database");
    out.header.taken_at = reader.opt_string(document, "taken_at");
    if (const Value* n = document.find("server_version_num"); n != nullptr) {
        out.header.server_version_num = n->as_int64().value_or(0);
    }
    if (const Value* schemas = document.find("schemas"); schemas != nullptr && schemas->is_array()) {
        std::vector<std::string> names;
        for (const Value& s : schemas->items()) {
            if (s.is_string()) names.push_back(s.as_string());
        }
        out.header.schemas = std::move(names);
    }
    out.graph = graph_from_steps(steps, argument);
    std::unordered_map<std::string, Oid> oid_by_name;
    for (const Table& t : out.graph.tables) oid_by_name.emplace(t.name.sql(), t.oid);
    for (const Value& r : reader.member(document, "relations", json::Kind::Array).items()) {
        if (!r.is_object()) continue;
        const auto oid = oid_by_name.find(
            QualifiedName{reader.opt_string(r, "schema"), reader.opt_string(r, "name")}.sql());
        if (oid == oid_by_name.end()) continue;
        const auto bytes = [&](const char* key) -> std::optional<std::int64_t> {
            const Value* v = r.find(key);
            return v != nullptr ? v->as_int64() : std::nullopt;
        };
        out.sizes.push_back(RelationSize{oid->second, bytes("table_bytes"), bytes("index_bytes"), bytes("total_bytes")});
    }
    return out;
}

}  // namespace flaqes
