// Signals for tables that hold reference data or generic structures: lookups, configuration,
// entity-attribute-value rows, polymorphic references.
#include <algorithm>

#include <fmt/format.h>

#include "core/catalog/relationships.hpp"
#include "core/roles/role_scores.hpp"
#include "core/roles/table_traits.hpp"

namespace flaqes {
namespace {

std::size_t content_columns(const TableFacts& f) {
    return static_cast<std::size_t>(std::count_if(f.table.columns.begin(), f.table.columns.end(),
                                                  [&](const Column& c) { return !f.is_audit_column(c); }));
}

// A CHECK on the single primary-key column pinning it to one value, or a boolean key.
const CheckConstraint* single_row_check(const TableFacts& f) {
    if (!f.table.primary_key || f.table.primary_key->attnums.size() != 1) return nullptr;
    const int key = f.table.primary_key->attnums[0];
    for (const CheckConstraint& c : f.table.check_constraints) {
        const std::string& e = c.expression;
        if (c.attnums == std::vector<int>{key} && e.find(" = ") != std::string::npos &&
            e.find_first_of("<>") == std::string::npos && e.find("ANY") == std::string::npos &&
            e.find(" OR ") == std::string::npos) {
            return &c;
        }
    }
    return nullptr;
}

}  // namespace

void lookup_shape(const TableFacts& f, RoleScores& s) {
    const std::size_t n = content_columns(f);
    const bool referenced = !f.graph.referenced_by(f.table.oid).empty();
    if (n <= 4 && f.table.foreign_keys.empty()) {
        s.add(Role::lookup, referenced ? 1.0 : 0.5, "few_columns", fmt::format("{} columns and no foreign keys: a list of values", n));
        if (const Column* label = f.column_named({"name", "code", "label", "title", "description", "abbreviation",
                                                  "symbol", "short_name", "display_name"});
            label != nullptr && is_textual(*label)) {
            // Lookups exist to be referenced: a label on an unreferenced table says less.
            s.add(Role::lookup, referenced ? 1.0 : 0.5, "label_column", fmt::format("a label column ({})", label->name));
        }
    }
    if (const Column* person = f.column_named({"first_name", "last_name", "surname", "given_name", "birth_date",
                                               "date_of_birth", "email", "phone"})) {
        // A customer or person master is referenced like a lookup but is never one.
        s.add(Role::lookup, -4.0, "person_columns", fmt::format("describes a person or party ({})", person->name));
        s.add(Role::entity, 1.0, "person_columns", fmt::format("describes a person or party ({})", person->name));
    }
    for (const Column& c : f.table.columns) {
        if (is_temporal(c) && !f.is_audit_column(c)) {
            s.add(Role::lookup, -1.0, "dated_rows", fmt::format("dated rows ({}): values of a list rarely are", c.name));
            break;
        }
    }
    if (const auto measures = f.measures(); !measures.empty()) {
        s.add(Role::lookup, -1.5, "holds_quantities",
              fmt::format("holds quantities ({}): more than a list of values", measures[0]->name));
    }
    if (n >= 8) s.add(Role::lookup, -1.5, "many_columns", fmt::format("{} columns: more than a list of values", n));
    if (f.references().size() >= 2) s.add(Role::lookup, -1.0, "references_tables", "references other tables");
}

void lookup_name(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    const std::string last = n.substr(n.rfind('_') == std::string::npos ? 0 : n.rfind('_') + 1);
    if (n != last && named(last, {"type", "types", "status", "statuses", "kind", "kinds", "category", "categories",
                                  "code", "codes", "reason", "reasons", "level", "levels"})) {
        s.add_name(Role::lookup, 1.5, "lookup_name", fmt::format("the name {} reads as a kind of value", f.table.name.name));
        return;
    }
    if (named(last, {"country", "countries", "currency", "currencies", "language", "languages", "genre", "genres",
                     "status", "statuses", "category", "categories", "unit", "units", "region", "regions", "state",
                     "states", "tag", "tags", "locale", "locales", "timezone", "timezones", "role", "roles"})) {
        s.add_name(Role::lookup, 1.5, "lookup_name", fmt::format("the name {} reads as a list of values", f.table.name.name));
    }
}

void config_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    if (named(n, {"settings", "setting", "config", "configs", "configuration", "configurations", "preferences",
                  "options", "parameters", "feature_flags", "flags"}) ||
        ends_with(n, "_settings") || ends_with(n, "_config") || ends_with(n, "_configuration") ||
        ends_with(n, "_preferences") || ends_with(n, "_options") || ends_with(n, "_parameters")) {
        s.add_name(Role::config, 1.5, "config_name", fmt::format("the name {} reads as configuration", f.table.name.name));
    }
    if (const CheckConstraint* check = single_row_check(f)) {
        s.add(Role::config, 3.0, "single_row", fmt::format("CHECK {} keeps the table to a single row", check->expression));
    }
    const Column* key = f.column_named({"key", "setting_key", "config_key", "name", "setting", "setting_name", "parameter",
                                      "option", "option_name"});
    const Column* value = f.column_named({"value", "setting_value", "val", "option_value"});
    if (key != nullptr && value != nullptr && f.table.foreign_keys.empty() && columns_are_unique(f.table, {key->name})) {
        s.add(Role::config, 2.0, "key_value", fmt::format("unique {} with a {}: key/value settings", key->name, value->name));
    }
}

void eav_triple(const TableFacts& f, RoleScores& s) {
    const auto eav = f.eav();
    if (!eav) return;
    const bool weak_attribute = f.snake_of(*f.table.column(eav->attribute)) == "name";
    s.add(Role::eav, weak_attribute ? 2.5 : 4.0, "eav_columns",
          fmt::format("entity ({}), attribute ({}) and value ({}) columns", eav->entity, eav->attribute,
                      name_list(eav->values)));
    if (columns_are_unique(f.table, {eav->entity, eav->attribute})) {
        s.add(Role::eav, 1.0, "one_value_per_attribute", fmt::format("one value per ({}, {})", eav->entity, eav->attribute));
    }
    if (eav->values.size() >= 2) s.add(Role::eav, 0.5, "typed_values", "one value column per type");
    if (junction_pair(f.table)) s.add(Role::junction, -2.0, "eav_value", "the extra column is a value for an attribute, not a link");
    const Column* attribute = f.table.column(eav->attribute);
    if (attribute->n_distinct && *attribute->n_distinct > 0 && *attribute->n_distinct <= 200) {
        s.add(Role::eav, 0.5, "few_attributes", fmt::format("{} takes about {} distinct values", attribute->name, *attribute->n_distinct));
    }
}

void polymorphic_reference(const TableFacts& f, RoleScores& s) {
    for (const PolymorphicPair& p : f.polymorphic_pairs()) {
        s.add(Role::polymorphic, 3.5, "type_and_id",
              fmt::format("{} and {} name a row of one of several tables, with no foreign key", p.type_column,
                          p.id_column));
        // On a row that records what happened (an outbox message, an audit entry) the pair names the
        // subject of the happening: the row is the log's, not a link table's.
        const Column* happening = f.column_named({"event_type", "event_name", "action", "verb", "operation"});
        if (happening == nullptr) {
            const auto payload = std::find_if(f.table.columns.begin(), f.table.columns.end(),
                                              [&](const Column& c) { return is_json_payload(f, c); });
            if (payload != f.table.columns.end()) happening = &*payload;
        }
        if (happening != nullptr) {
            s.add(Role::polymorphic, -2.0, "event_subject",
                  fmt::format("{} records what happened to the row they name", happening->name));
        }
        const Column* type = f.table.column(p.type_column);
        if (type->n_distinct && *type->n_distinct > 0 && *type->n_distinct <= 20) {
            s.add(Role::polymorphic, 0.5, "few_kinds",
                  fmt::format("{} holds {} distinct kinds", p.type_column, *type->n_distinct));
        }
        return;
    }
    // An exclusive arc: several nullable references, a CHECK that exactly one is set.
    std::vector<std::string> nullable_refs;
    for (const ForeignKey& fk : f.table.foreign_keys) {
        if (fk.columns.size() == 1 && !f.table.column(fk.columns[0])->not_null) nullable_refs.push_back(fk.columns[0]);
    }
    if (nullable_refs.size() < 2) return;
    for (const CheckConstraint& c : f.table.check_constraints) {
        const auto covered = std::count_if(nullable_refs.begin(), nullable_refs.end(), [&](const std::string& r) {
            return std::find(c.columns.begin(), c.columns.end(), r) != c.columns.end();
        });
        if (covered >= 2 && (c.expression.find("num_nonnulls") != std::string::npos ||
                             c.expression.find("num_nulls") != std::string::npos ||
                             c.expression.find("IS NOT NULL") != std::string::npos)) {
            // An arc is how a row points, not what the row is for: weaker than a kind/id pair.
            s.add(Role::polymorphic, 2.0, "exclusive_arc",
                  fmt::format("exclusive arc: CHECK {} sets one of {}", c.name, name_list(nullable_refs)));
            return;
        }
    }
}

}  // namespace flaqes
