#include "core/seed/plan_json.hpp"

namespace flaqes::seed {
namespace {

json::Value strings(const std::vector<std::string>& items) {
    json::Value a = json::Value::array();
    for (const std::string& s : items) a.push(json::Value::string(s));
    return a;
}

json::Value column_json(const ColumnPlan& c) {
    json::Value o = json::Value::object();
    o.set("column", json::Value::string(c.name));
    o.set("type", json::Value::string(c.sql_type));
    o.set("source", json::Value::string(source_name(c.source)));
    o.set("generator", c.generator_name.empty() ? json::Value() : json::Value::string(c.generator_name));
    o.set("reason", json::Value::string(c.reason));
    if (c.null_fraction > 0) o.set("null_fraction", json::Value::number(c.null_fraction));
    if (c.unique) o.set("unique", json::Value::boolean(true));
    return o;
}

json::Value table_json(const Plan& plan, const TablePlan& t) {
    json::Value o = json::Value::object();
    o.set("table", json::Value::string(t.name.sql()));
    o.set("role", json::Value::string(t.why));
    o.set("rows", json::Value::integer(t.reuse ? 0 : t.rows));
    o.set("reuse", json::Value::boolean(t.reuse));
    if (t.reuse) return o;
    if (t.fill_to_capacity) o.set("fill_to_capacity", json::Value::boolean(true));
    if (t.statement_group >= 0) {  // the tables of a NOT NULL cycle, inserted by one statement
        std::vector<std::string> together;
        for (const TablePlan& m : plan.tables) {
            if (m.statement_group == t.statement_group) together.push_back(m.name.sql());
        }
        o.set("inserted_in_one_statement_with", strings(together));
    }
    json::Value cols = json::Value::array();
    for (const ColumnPlan& c : t.columns) cols.push(column_json(c));
    o.set("columns", std::move(cols));
    json::Value links = json::Value::array();
    for (const Link& l : t.links) {
        json::Value lj = json::Value::object();
        lj.set("constraint", json::Value::string(l.constraint));
        lj.set("columns", strings(l.columns));
        lj.set("references", json::Value::string(plan.tables[l.parent].name.sql()));
        lj.set("ref_columns", strings(l.ref_columns));
        lj.set("pick", json::Value::string(pick_name(l.pick)));
        lj.set("filled_by_update", json::Value::boolean(l.deferred));
        if (l.same_statement) lj.set("same_statement", json::Value::boolean(true));
        if (l.constraint_deferred) {
            lj.set("constraint_deferred", json::Value::string(l.initially_deferred ? "initially deferred" : "set constraints deferred"));
        }
        links.push(std::move(lj));
    }
    o.set("foreign_keys", std::move(links));
    o.set("checks_evaluated_by_postgres", strings(t.filter_names));
    o.set("checks_not_modelled", strings(t.unmodelled_checks));
    return o;
}

}  // namespace

json::Value plan_json(const Plan& plan) {
    json::Value o = json::Value::object();
    o.set("target", json::Value::string(plan.tables[plan.target].name.sql()));
    o.set("rows", json::Value::integer(plan.tables[plan.target].rows));
    o.set("seed", plan.seeded ? json::Value::integer(static_cast<std::int64_t>(plan.seed)) : json::Value());
    o.set("uuid", json::Value::string(plan.options.uuid == UuidMode::pattern ? "pattern" : "random"));
    json::Value order = json::Value::array();
    for (const TablePlan& t : plan.tables) {
        if (!t.reuse) order.push(json::Value::string(t.name.sql()));
    }
    o.set("insert_order", std::move(order));
    if (!plan.refusals.empty()) {  // what seed would refuse with, before inserting anything
        json::Value warnings = json::Value::array();
        for (const Refusal& r : plan.refusals) warnings.push(json::Value::string(r.message + ": " + r.detail));
        o.set("warnings", std::move(warnings));
    }
    json::Value reused = json::Value::array();
    for (const TablePlan& t : plan.tables) {
        if (t.reuse) reused.push(json::Value::string(t.name.sql()));
    }
    o.set("reused", std::move(reused));
    json::Value tables = json::Value::array();
    for (const TablePlan& t : plan.tables) tables.push(table_json(plan, t));
    o.set("tables", std::move(tables));
    return o;
}

}  // namespace flaqes::seed
