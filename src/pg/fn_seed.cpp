// flaqes.seed, flaqes.seed_rows, flaqes.seed_plan, flaqes.seed_sql: plan in the core, execute
// through SPI as the calling user.
#include "core/error.hpp"
#include "core/json.hpp"
#include "core/seed/options.hpp"
#include "core/seed/plan.hpp"
#include "core/seed/plan_json.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_cache.hpp"
#include "pg/datum.hpp"
#include "pg/result_set.hpp"
#include "pg/seed_executor.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"
#include "pg/subtransaction.hpp"

extern "C" {
#include "catalog/pg_class.h"
#include "storage/lmgr.h"
#include "tcop/utility.h"
}

namespace {

using namespace flaqes;

struct Request {
    Oid target = 0;
    std::int64_t rows = 0;
    seed::Options options;
};

// Relation kinds other than tables get a clear error before the catalog is read.
void require_table(Oid relation) {
    const char kind = pg::pg_call([&] { return get_rel_relkind(relation); });
    if (kind == RELKIND_RELATION || kind == RELKIND_PARTITIONED_TABLE) return;
    const char* name = pg::pg_call([&] { return get_rel_name(relation); });
    if (name == nullptr) {
        throw Error(sqlstate::undefined_table, fmt::format("relation with OID {} does not exist", relation));
    }
    const char* what = kind == RELKIND_VIEW ? "a view" : kind == RELKIND_MATVIEW ? "a materialized view"
                     : kind == RELKIND_FOREIGN_TABLE ? "a foreign table" : "not a table";
    throw Error(sqlstate::wrong_object_type, fmt::format("cannot seed \"{}\": it is {}", name, what),
                "flaqes seeds ordinary and partitioned tables only.",
                kind == RELKIND_VIEW ? "Seed the tables the view reads from." : "Pass a table.");
}

Request read_request(FunctionCallInfo fcinfo, Oid target, bool int4_count) {
    Request r;
    r.target = target;
    if (PG_ARGISNULL(1)) {
        throw Error(sqlstate::null_value_not_allowed, "the row count must not be NULL", "",
                    "Pass the number of rows to insert, e.g. 10.");
    }
    r.rows = int4_count ? PG_GETARG_INT32(1) : PG_GETARG_INT64(1);
    if (r.rows < 0) {
        throw Error(sqlstate::invalid_parameter_value, fmt::format("cannot seed {} rows", r.rows),
                    "The row count must be zero or more.", "Pass a row count of 0 or more.");
    }
    r.options = seed::parse_options(pg::jsonb_arg_text(fcinfo, 2).value_or("{}"));
    require_table(r.target);
    return r;
}

Oid regclass_arg(FunctionCallInfo fcinfo) {
    if (PG_ARGISNULL(0)) {
        throw Error(sqlstate::null_value_not_allowed, "the target table must not be NULL", "",
                    "Pass a table, e.g. 'shop.orders'::regclass.");
    }
    return PG_GETARG_OID(0);
}

void require_writable() {
    pg::pg_call([] { PreventCommandIfReadOnly("flaqes.seed()"); });
}

// Locks the plan's tables as its statements will: ROW EXCLUSIVE where rows are inserted (by seed),
// ACCESS SHARE where they are only read. Waiting for a lock lets concurrent DDL commit first.
void lock_tables(const seed::Plan& plan, bool inserts) {
    for (const seed::TablePlan& t : plan.tables) {
        const LOCKMODE mode = inserts && !t.reuse ? RowExclusiveLock : AccessShareLock;
        const Oid oid = t.oid;
        pg::pg_call([&] { LockRelationOid(oid, mode); });
    }
}

// Plans (and runs f on the plan) with the catalog model alive: the plan points into it. Only the
// related tables are read (reading deparses expressions, which locks each table, so DDL on
// unrelated tables neither blocks nor deadlocks a seed). The model comes from the per-backend cache: seeding needs structure, not fresh statistics. DDL committed
// while we waited for a lock makes a new model: the plan is made again from it (a few times at
// most: the tables of each plan stay locked).
template <typename F>
auto with_plan(const Request& r, bool inserts, F&& f) {
    std::shared_ptr<const SchemaGraph> graph = pg::cached_related_tables(r.target);
    for (int attempt = 1;; ++attempt) {
        const seed::Plan plan = seed::make_plan(*graph, r.target, r.rows, r.options, pg::random_seed());
        lock_tables(plan, inserts);
        std::shared_ptr<const SchemaGraph> current = pg::cached_related_tables(r.target);
        if (current == graph || attempt == 3) return f(plan);
        graph = std::move(current);
    }
}

// seed, seed_rows and seed_sql have no SET clause, which would stay in force in the user's
// triggers, defaults and CHECK functions: they pin flaqes's settings here for their own work, and
// the executor goes back to the caller's for the statements that insert (see pg/settings.hpp).
template <typename F>
auto with_own_settings(F&& f) {
    const pg::CallerSettings caller = pg::caller_settings();
    const int level = pg::pin_own_settings();
    auto result = f(caller);
    pg::restore_settings(level);
    return result;
}

}  // namespace

FLAQES_FUNCTION(flaqes_seed) {
    const Request r = read_request(fcinfo, regclass_arg(fcinfo), false);
    require_writable();
    pg::ResultSet rs(fcinfo);
    with_own_settings([&](const pg::CallerSettings& caller) {
        pg::with_spi([&] {
            with_plan(r, true, [&](const seed::Plan& plan) {
                const pg::SeedOutcome outcome = pg::execute_seed_plan(plan, pg::SeedMode::insert, caller);
                for (const auto& [oid, count] : outcome.inserted) rs.emit(pg::ResultSet::Row().oid(oid).int64(count));
                return 0;
            });
        });
        return 0;
    });
    return pg::ResultSet::done();
}

FLAQES_FUNCTION(flaqes_seed_rows) {
    const Oid type = pg::pg_call([&] { return get_fn_expr_argtype(fcinfo->flinfo, 0); });
    const Oid relation = pg::pg_call([&] { return type == InvalidOid ? InvalidOid : get_typ_typrelid(type); });
    if (relation == InvalidOid) {
        throw Error(sqlstate::wrong_object_type, "flaqes.seed_rows needs the row type of a table",
                    "The first argument only names the table; its value is ignored.",
                    "Pass a NULL of the table's row type, e.g. flaqes.seed_rows(NULL::app.users, 3).");
    }
    const Request r = read_request(fcinfo, relation, true);
    require_writable();
    pg::pg_call([&] { InitMaterializedSRF(fcinfo, 0); });
    const auto* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
    const pg::RowsOut out{rsinfo->setResult, rsinfo->setDesc};
    with_own_settings([&](const pg::CallerSettings& caller) {
        pg::with_spi([&] {
            with_plan(r, true, [&](const seed::Plan& plan) {
                return pg::execute_seed_plan(plan, pg::SeedMode::rows, caller, out);
            });
        });
        return 0;
    });
    return 0;
}

FLAQES_FUNCTION(flaqes_seed_plan) {
    const Request r = read_request(fcinfo, regclass_arg(fcinfo), false);
    const json::Value document = pg::with_spi([&] {
        return with_plan(r, false, [](const seed::Plan& plan) { return seed::plan_json(plan); });
    });
    return pg::jsonb_datum(document);
}

// The script comes from a real run inside a subtransaction that is rolled back: what the script
// holds is exactly what seed would insert (identity values included), and nothing stays.
FLAQES_FUNCTION(flaqes_seed_sql) {
    const Request r = read_request(fcinfo, regclass_arg(fcinfo), false);
    require_writable();
    const std::string script = with_own_settings([&](const pg::CallerSettings& caller) {
        return pg::with_spi([&] {
            return with_plan(r, true, [&](const seed::Plan& plan) {
                pg::SeedOutcome outcome = pg::in_subtransaction(pg::SubtransactionEnd::roll_back, [&] {
                    return pg::execute_seed_plan(plan, pg::SeedMode::script, caller);
                });
                std::string header = fmt::format("-- flaqes.seed_sql: {} rows into {} and the parent rows they need\n",
                                                 r.rows, plan.tables[plan.target].name.sql());
                return header + outcome.script;
            });
        });
    });
    return pg::text_datum(script);
}
