#include "core/seed/options.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/error.hpp"
#include "core/json.hpp"

namespace flaqes::seed {
namespace {

[[noreturn]] void bad_option(const std::string& path, const std::string& problem, const std::string& hint) {
    throw Error(sqlstate::invalid_parameter_value, fmt::format("invalid seed option {}", path), problem, hint);
}

void expect_known(const json::Value& object, const std::string& path, std::initializer_list<const char*> keys) {
    for (const auto& member : object.members()) {
        bool known = false;
        std::string allowed;
        for (const char* k : keys) {
            known = known || member.first == k;
            allowed += allowed.empty() ? k : fmt::format(", {}", k);
        }
        if (!known) {
            bad_option(path.empty() ? member.first : path + "." + member.first,
                       fmt::format("Unknown key \"{}\".", member.first), fmt::format("Allowed keys: {}.", allowed));
        }
    }
}

// A JSON scalar as the text Postgres casts to the column type; objects and arrays as JSON text
// (for json/jsonb columns).
TextValue text_of(const json::Value& v) {
    switch (v.kind()) {
        case json::Kind::Null: return std::nullopt;
        case json::Kind::Bool: return std::string(v.as_bool() ? "true" : "false");
        case json::Kind::Number: return v.lexeme();
        case json::Kind::String: return v.as_string();
        default: return json::dump(v);
    }
}

std::int64_t whole_number(const json::Value& v, const std::string& path, std::int64_t min, std::int64_t max) {
    const auto i = v.as_int64();
    if (!v.is_number() || !i || *i < min || *i > max) {
        bad_option(path, fmt::format("Expected an integer from {} to {}, got {}.", min, max, json::dump(v)),
                   "Write a whole number without quotes.");
    }
    return *i;
}

std::vector<TextValue> choices_of(const json::Value& list, const std::string& path) {
    if (list.items().empty()) {
        bad_option(path, "The list of values is empty.", "Give at least one value, or remove the key.");
    }
    std::vector<TextValue> out;
    for (const json::Value& item : list.items()) out.push_back(text_of(item));
    return out;
}

double fraction_of(const json::Value& v, const std::string& path) {
    const double f = v.is_number() ? v.as_double() : -1;
    if (!(f >= 0 && f <= 1)) {
        bad_option(path, fmt::format("Expected a number from 0 to 1, got {}.", json::dump(v)), "0 never NULL, 1 always NULL.");
    }
    return f;
}

ColumnOverride parse_column(const json::Value& v, const std::string& path) {
    ColumnOverride o;
    if (v.is_array()) {
        o.choices = choices_of(v, path);
        return o;
    }
    if (!v.is_object()) {
        o.constant = text_of(v);
        return o;
    }
    expect_known(v, path, {"value", "values", "sql", "expr", "generator", "null_fraction"});
    int sources = 0;
    if (const json::Value* c = v.find("value")) {
        o.constant = text_of(*c);
        ++sources;
    }
    if (const json::Value* c = v.find("values")) {
        if (!c->is_array()) bad_option(path + ".values", "Expected an array of values.", "Example: [\"a\", \"b\"].");
        o.choices = choices_of(*c, path + ".values");
        ++sources;
    }
    for (const char* key : {"sql", "expr"}) {
        const json::Value* c = v.find(key);
        if (c == nullptr) continue;
        if (!c->is_string() || c->as_string().empty()) {
            bad_option(path + "." + key, "Expected a non-empty SQL expression as a string.",
                       "Example: {\"expr\": \"lower(first_name) || '@example.com'\"}: it may read the row's other columns.");
        }
        o.sql = c->as_string();
        ++sources;
    }
    if (const json::Value* c = v.find("generator")) {
        if (!c->is_string()) bad_option(path + ".generator", "Expected a generator name as a string.", "flaqes.seed_plan lists the generator of each column.");
        o.generator = c->as_string();
        ++sources;
    }
    if (sources > 1) {
        bad_option(path, "Give only one of value, values, sql (or expr), generator.", "Split them, or keep the one you mean.");
    }
    if (const json::Value* c = v.find("null_fraction")) o.null_fraction = fraction_of(*c, path + ".null_fraction");
    return o;
}

TableOverride parse_table(const json::Value& v, const std::string& path) {
    TableOverride t;
    if (v.is_number()) {
        t.rows = whole_number(v, path, 0, INT64_MAX);
        return t;
    }
    if (!v.is_object()) {
        bad_option(path, fmt::format("Expected a row count or an object, got {}.", json::dump(v)),
                   "Examples: 10, {\"rows\": 10}, {\"reuse\": true}.");
    }
    expect_known(v, path, {"rows", "reuse"});
    if (const json::Value* r = v.find("rows")) t.rows = whole_number(*r, path + ".rows", 0, INT64_MAX);
    if (const json::Value* r = v.find("reuse")) {
        if (!r->is_bool()) bad_option(path + ".reuse", "Expected true or false.", "Example: {\"reuse\": true}.");
        t.reuse = r->as_bool();
    }
    if (t.reuse && t.rows) {
        bad_option(path, "rows and reuse exclude each other.", "reuse takes the rows already in the table; remove one.");
    }
    return t;
}

}  // namespace

Options parse_options(const std::string& json_text) {
    Options o;
    const json::Value doc = json::parse(json_text.empty() ? std::string_view("{}") : std::string_view(json_text));
    if (doc.is_null()) return o;
    if (!doc.is_object()) {
        bad_option("options", fmt::format("Expected a JSON object, got {}.", json::kind_name(doc.kind())),
                   "Example: '{\"seed\": 42}'.");
    }
    expect_known(doc, "", {"seed", "columns", "tables", "uuid", "progress", "batch_size", "null_fraction"});
    if (const json::Value* v = doc.find("null_fraction")) o.null_fraction = fraction_of(*v, "null_fraction");
    if (const json::Value* v = doc.find("seed")) {
        o.seed = static_cast<std::uint64_t>(whole_number(*v, "seed", INT64_MIN, INT64_MAX));
    }
    if (const json::Value* v = doc.find("columns")) {
        if (!v->is_object()) bad_option("columns", "Expected an object keyed by column name.", "Example: {\"columns\": {\"status\": \"active\"}}.");
        for (const auto& [name, spec] : v->members()) o.columns[name] = parse_column(spec, "columns." + name);
    }
    if (const json::Value* v = doc.find("tables")) {
        if (!v->is_object()) bad_option("tables", "Expected an object keyed by table name.", "Example: {\"tables\": {\"customers\": 5}}.");
        for (const auto& [name, spec] : v->members()) o.tables[name] = parse_table(spec, "tables." + name);
    }
    if (const json::Value* v = doc.find("uuid")) {
        const std::string mode = v->is_string() ? v->as_string() : json::dump(*v);
        if (mode == "random") {
            o.uuid = UuidMode::random;
        } else if (mode == "pattern") {
            o.uuid = UuidMode::pattern;
        } else {
            bad_option("uuid", fmt::format("Unknown mode {}.", json::dump(*v)), "Allowed values: \"random\", \"pattern\".");
        }
    }
    if (const json::Value* v = doc.find("progress")) {
        if (v->is_bool()) {
            o.progress_every = v->as_bool() ? 100000 : 0;
        } else {
            o.progress_every = whole_number(*v, "progress", 1, INT64_MAX);
        }
    }
    if (const json::Value* v = doc.find("batch_size")) o.batch_size = whole_number(*v, "batch_size", 1, 1000000);
    return o;
}

}  // namespace flaqes::seed
