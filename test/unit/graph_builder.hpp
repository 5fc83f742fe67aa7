// Builds small SchemaGraphs by hand for unit tests of the analyses.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes::testing {

// A column from a short type name: int, bigint, text, numeric, timestamptz, date, bool, jsonb, uuid.
inline Column column(const std::string& name, const std::string& type, bool not_null = false) {
    Column c;
    c.name = name;
    c.type = type == "timestamptz" ? "timestamp with time zone" : type;
    c.not_null = not_null;
    if (type == "int") { c.type = "integer"; c.type_oid = 23; c.type_category = 'N'; }
    if (type == "bigint") { c.type_oid = 20; c.type_category = 'N'; }
    if (type == "numeric") { c.type_oid = 1700; c.type_category = 'N'; }
    if (type == "text") { c.type_oid = 25; c.type_category = 'S'; }
    if (type == "timestamptz") { c.type_oid = 1184; c.type_category = 'D'; }
    if (type == "date") { c.type_oid = 1082; c.type_category = 'D'; }
    if (type == "bool") { c.type = "boolean"; c.type_oid = 16; c.type_category = 'B'; }
    if (type == "jsonb") { c.type_oid = 3802; c.type_category = 'U'; }
    if (type == "uuid") { c.type_oid = 2950; c.type_category = 'U'; }
    return c;
}

class GraphBuilder {
public:
    Table& table(Oid oid, const std::string& name, std::initializer_list<Column> columns) {
        Table t;
        t.oid = oid;
        t.name = {"s", name};
        int attnum = 0;
        for (Column c : columns) {
            c.attnum = ++attnum;
            t.columns.push_back(std::move(c));
        }
        graph_.tables.push_back(std::move(t));
        return graph_.tables.back();
    }

    static KeyConstraint key(const Table& t, std::initializer_list<std::string> columns) {
        KeyConstraint k;
        k.name = t.name.name + "_key";
        for (const std::string& c : columns) {
            k.columns.push_back(c);
            k.attnums.push_back(t.column(c)->attnum);
        }
        return k;
    }

    static void primary_key(Table& t, std::initializer_list<std::string> columns) { t.primary_key = key(t, columns); }
    static void unique(Table& t, std::initializer_list<std::string> columns) { t.unique_constraints.push_back(key(t, columns)); }

    void foreign_key(Oid from, const std::string& column, Oid to) {
        Table& t = *find(from);
        const Table& target = *find(to);
        ForeignKey fk;
        fk.name = t.name.name + "_" + column + "_fkey";
        fk.columns = {column};
        fk.attnums = {t.column(column)->attnum};
        fk.ref_oid = to;
        fk.ref = target.name;
        fk.ref_columns = target.primary_key ? target.primary_key->columns : std::vector<std::string>{};
        t.foreign_keys.push_back(fk);
    }

    Table* find(Oid oid) {
        for (Table& t : graph_.tables) {
            if (t.oid == oid) return &t;
        }
        return nullptr;
    }

    const SchemaGraph& done() {
        graph_.index();
        return graph_;
    }

private:
    SchemaGraph graph_;
};

}  // namespace flaqes::testing
