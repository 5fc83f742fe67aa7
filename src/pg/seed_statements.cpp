#include "pg/seed_statements.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/seed/batch.hpp"
#include "pg/spi.hpp"

extern "C" {
#include "catalog/pg_operator.h"
#include "utils/typcache.h"
}

namespace flaqes::pg {

using seed::Plan;
using seed::TablePlan;

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) out += separator;
        out += s;
    }
    return out;
}

std::string quoted_literal(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::vector<std::string> script_columns(const TablePlan& t) {
    std::vector<std::string> out;
    for (const Column& c : t.table->columns) {
        if (c.generated == Generated::none) out.push_back(c.name);
    }
    return out;
}

namespace {

// The text of a row as a VALUES tuple, computed by Postgres from the inserted row `t`.
std::string row_literal_expression(const std::vector<std::string>& columns) {
    std::vector<std::string> parts;
    for (const std::string& c : columns) parts.push_back("pg_catalog.quote_nullable(t." + quote_ident(c) + ")");
    return "pg_catalog.format('(%s)', pg_catalog.concat_ws(', ', " + join(parts, ", ") + "))";
}

// The column's type as a cast target that no search_path can redirect: schema-qualified even when
// it lives in pg_catalog (the statements run under the caller's search_path).
std::string qualified_type(const TablePlan& t, const seed::ColumnPlan& c) {
    const Column* column = t.table->column(c.name);
    const Oid type = column->type_oid;
    const int32 typmod = column->typmod;
    const char* name = pg_call([&] {
        return format_type_extended(type, typmod, FORMAT_TYPE_TYPEMOD_GIVEN | FORMAT_TYPE_FORCE_QUALIFY);
    });
    return name;
}

// The equality operator of the column's type, written OPERATOR(schema.=).
std::string qualified_equality(const TablePlan& t, const seed::ColumnPlan& c) {
    const Oid type = t.table->column(c.name)->type_oid;
    const char* schema = pg_call([&]() -> const char* {
        const Oid op = lookup_type_cache(type, TYPECACHE_EQ_OPR)->eq_opr;
        if (!OidIsValid(op)) {
            ereport(ERROR, (errcode(ERRCODE_UNDEFINED_FUNCTION),
                            errmsg("type %s has no equality operator", format_type_be(type)),
                            errdetail("flaqes fills deferred foreign keys with an UPDATE that finds rows by their key."),
                            errhint("Give the foreign key columns values with options.columns.")));
        }
        HeapTuple tuple = SearchSysCache1(OPEROID, ObjectIdGetDatum(op));
        if (!HeapTupleIsValid(tuple)) elog(ERROR, "flaqes: cache lookup failed for operator %u", op);
        const Oid ns = reinterpret_cast<Form_pg_operator>(GETSTRUCT(tuple))->oprnamespace;
        ReleaseSysCache(tuple);
        return get_namespace_name(ns);
    });
    return "OPERATOR(" + quote_ident(schema) + ".=)";
}

}  // namespace

Wire wire_of(seed::ValueForm form) {
    switch (form) {
        case seed::ValueForm::integer: return {"pg_catalog.int8", INT8OID, INT8ARRAYOID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE};
        case seed::ValueForm::decimal: return {"pg_catalog.numeric", NUMERICOID, NUMERICARRAYOID, -1, false, TYPALIGN_INT};
        case seed::ValueForm::date: return {"pg_catalog.date", DATEOID, DATEARRAYOID, 4, true, TYPALIGN_INT};
        case seed::ValueForm::timestamp:
            return {"pg_catalog.timestamp", TIMESTAMPOID, TIMESTAMPARRAYOID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE};
        case seed::ValueForm::timestamptz:
            return {"pg_catalog.timestamptz", TIMESTAMPTZOID, TIMESTAMPTZARRAYOID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE};
        case seed::ValueForm::text: break;
    }
    return {"pg_catalog.text", TEXTOID, TEXTARRAYOID, -1, false, TYPALIGN_INT};
}

std::string reused_value_sql(const std::string& column, seed::ValueForm form) {
    std::string number;
    switch (form) {
        case seed::ValueForm::date:
            number = column + " OPERATOR(pg_catalog.-) '1970-01-01'::pg_catalog.date";
            break;
        case seed::ValueForm::timestamp:
        case seed::ValueForm::timestamptz:
            number = "pg_catalog.floor(pg_catalog.date_part('epoch', " + column + "))::pg_catalog.int8";
            break;
        default: return column + "::pg_catalog.text";
    }
    return "CASE WHEN pg_catalog.isfinite(" + column + ") THEN (" + number + ")::pg_catalog.text END";
}

namespace {

// Column k of a batch, one row per element. Set-returning functions in the select list zip their
// arrays row by row without materializing them (ROWS FROM in FROM fills a tuplestore first).
std::string unnest_parameter(std::size_t k, seed::ValueForm form, std::vector<Oid>& types) {
    const Wire wire = wire_of(form);
    types.push_back(wire.array);
    return fmt::format("pg_catalog.unnest(${}::{}[]) AS c{}", k, wire.sql, k);
}

}  // namespace

std::string insert_sql(const Plan& plan, std::size_t ti, SeedMode mode, bool skip_conflicts, std::vector<Oid>& param_types) {
    const TablePlan& t = plan.tables[ti];
    const std::vector<std::size_t> cols = seed::insert_columns(t);
    const std::vector<seed::ValueForm> forms = seed::insert_forms(plan, ti);
    std::vector<std::string> names, exprs, args;
    std::vector<std::size_t> pending;  // expressions of options.columns
    std::vector<bool> done(t.columns.size(), false);
    for (std::size_t i : cols) {
        const seed::ColumnPlan& c = t.columns[i];
        names.push_back(quote_ident(c.name));
        if (seed::is_parameter(c.source)) {
            const std::size_t k = param_types.size() + 1;
            args.push_back(unnest_parameter(k, forms[args.size()], param_types));
            exprs.push_back(fmt::format("u.c{}::{} AS {}", k, qualified_type(t, c), quote_ident(c.name)));
            done[i] = true;
        } else {
            pending.push_back(i);
        }
    }
    if (args.empty()) {  // every column is the database's: a dummy array gives the row count
        args.push_back(unnest_parameter(param_types.size() + 1, seed::ValueForm::text, param_types));
    }
    std::string rows = "(SELECT " + join(exprs, ", ") + " FROM (SELECT " + join(args, ", ") + ") AS u)";
    // Expressions in rounds, each reading the row's columns by name once those it reads are
    // computed; OFFSET 0 keeps a round from being merged into the next, so a volatile expression
    // is evaluated once per row however many expressions read it. The planner refused cycles.
    while (!pending.empty()) {
        std::vector<std::string> round;
        std::vector<std::size_t> later, computed;
        for (std::size_t i : pending) {
            const seed::ColumnPlan& c = t.columns[i];
            const bool ready = std::all_of(c.reads.begin(), c.reads.end(), [&](std::size_t r) { return done[r]; });
            if (ready) {
                round.push_back("(" + c.sql + ") AS " + quote_ident(c.name));
                computed.push_back(i);
            } else {
                later.push_back(i);
            }
        }
        if (round.empty()) throw Error(sqlstate::internal_error, "flaqes: expressions of options.columns read each other in a cycle");
        for (std::size_t i : computed) done[i] = true;
        rows = "(SELECT s.*, " + join(round, ", ") + " FROM " + rows + " AS s OFFSET 0)";
        pending = std::move(later);
    }
    std::string sql = "INSERT INTO " + t.name.sql() + " AS t";
    if (!names.empty()) sql += " (" + join(names, ", ") + ")";
    if (t.overriding_system_value) sql += " OVERRIDING SYSTEM VALUE";
    sql += " SELECT " + join(names, ", ") + " FROM " + rows + " AS s";
    std::vector<std::string> filters;
    for (const std::string& f : t.filters) filters.push_back("(" + f + ") IS NOT FALSE");
    if (!filters.empty()) sql += " WHERE " + join(filters, " AND ");
    if (skip_conflicts) sql += " ON CONFLICT DO NOTHING";
    std::vector<std::string> returning;
    for (std::size_t k = 0; k < t.returning.size(); ++k) {
        returning.push_back("t." + quote_ident(t.returning[k]) + "::" + wire_of(t.returning_forms[k]).sql);
    }
    if (mode == SeedMode::script) returning.push_back(row_literal_expression(script_columns(t)));
    if (ti == plan.target && mode == SeedMode::rows && !t.has_deferred) returning.push_back("t.*");
    if (!returning.empty()) sql += " RETURNING " + join(returning, ", ");
    return sql;
}

std::string group_insert_sql(const Plan& plan, const std::vector<std::size_t>& tables, std::vector<Oid>& param_types) {
    std::string with;
    for (std::size_t k = 0; k + 1 < tables.size(); ++k) {
        with += (k == 0 ? "WITH s" : ", s") + std::to_string(k) + " AS (" +
                insert_sql(plan, tables[k], SeedMode::insert, false, param_types) + ")";
    }
    return with + " " + insert_sql(plan, tables.back(), SeedMode::insert, false, param_types);
}

std::string update_sql(const Plan& plan, std::size_t ti, SeedMode mode, std::vector<Oid>& param_types) {
    const TablePlan& t = plan.tables[ti];
    const std::vector<std::size_t> cols = seed::deferred_columns(t);
    const std::vector<seed::ValueForm> forms = seed::deferred_forms(plan, ti);
    std::vector<std::string> args, sets, where, script_sets, script_where;
    for (std::size_t k = 0; k < cols.size(); ++k) {
        const seed::ColumnPlan& c = t.columns[cols[k]];
        args.push_back(unnest_parameter(k + 1, forms[k], param_types));
        const std::string value = fmt::format("u.c{}::{}", k + 1, qualified_type(t, c));
        if (k < t.update_key.size()) {
            where.push_back("t." + quote_ident(c.name) + " " + qualified_equality(t, c) + " " + value);
            script_where.push_back(quoted_literal(quote_ident(c.name) + " = ") + " || pg_catalog.quote_nullable(t." + quote_ident(c.name) + ")");
        } else {
            sets.push_back(quote_ident(c.name) + " = " + value);
            script_sets.push_back(quoted_literal(quote_ident(c.name) + " = ") + " || pg_catalog.quote_nullable(t." + quote_ident(c.name) + ")");
        }
    }
    std::string sql = "UPDATE " + t.name.sql() + " AS t SET " + join(sets, ", ") + " FROM (SELECT " +
                      join(args, ", ") + ") AS u WHERE " + join(where, " AND ");
    std::vector<std::string> returning;
    if (ti == plan.target && mode == SeedMode::rows) returning.push_back("t.*");
    if (mode == SeedMode::script) {
        returning.push_back("pg_catalog.format('UPDATE %s SET %s WHERE %s;', " + quoted_literal(t.name.sql()) +
                            ", pg_catalog.concat_ws(', ', " + join(script_sets, ", ") + "), pg_catalog.concat_ws(' AND ', " +
                            join(script_where, ", ") + "))");
    }
    if (!returning.empty()) sql += " RETURNING " + join(returning, ", ");
    return sql;
}

}  // namespace flaqes::pg
