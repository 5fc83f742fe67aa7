// Carries out a seed plan through SPI, as the calling user: inserts in batches through one
// prepared INSERT ... SELECT FROM (SELECT unnest($1::int8[]), unnest($2::text[]), ...) per table
// (one typed array per column, see seed::ValueForm), keeps the keys children need, fills
// deferred foreign keys with UPDATEs, checks for interrupts between batches.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/seed/plan.hpp"
#include "pg/boundary.hpp"
#include "pg/seed_statements.hpp"
#include "pg/settings.hpp"

namespace flaqes::pg {

struct SeedOutcome {
    std::vector<std::pair<Oid, std::int64_t>> inserted;  // per table that got rows, in insert order
    std::string script;
};

// Where seed_rows puts the target's rows: desc is the table's row type.
struct RowsOut {
    Tuplestorestate* store = nullptr;
    TupleDesc desc = nullptr;
};

// Needs an open SPI connection and flaqes's own settings in force (pin_own_settings); the INSERTs
// and UPDATEs run under `caller`'s. In rows mode `rows_out` receives the target's rows.
SeedOutcome execute_seed_plan(const seed::Plan& plan, SeedMode mode, const CallerSettings& caller, RowsOut rows_out = {});

// The plan's random seed when options carry none.
std::uint64_t random_seed();

}  // namespace flaqes::pg
