#include "pg/catalog_cache.hpp"

#include <unordered_map>
#include <unordered_set>

#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"

extern "C" {
#include "catalog/namespace.h"
#include "utils/snapmgr.h"
}

namespace flaqes::pg {
namespace {

// Models by target; all of them are emptied together. Bounded: a session seeding many different
// tables starts over rather than grow.
constexpr std::size_t max_models = 64;
std::unordered_map<Oid, std::shared_ptr<const SchemaGraph>> models;
std::unordered_set<Oid> modelled_relations;  // every relation of the kept models
Oid cached_for_user = InvalidOid;
bool callbacks_registered = false;
// Invalidations that concern the kept models: they are current while the count they were read
// at holds. A relation outside them cannot join a model without an invalidation of one inside
// (a new foreign key or partition invalidates both ends), so others are only counted in `seen`
// (autovacuum's statistics updates of unrelated tables would otherwise empty the cache).
std::uint64_t invalidations = 0;
std::uint64_t seen = 0;  // every invalidation, to detect one arriving while a model is read
std::uint64_t cached_at = 0;

// Invalidation callbacks run inside Postgres's invalidation processing: they only count and must
// never throw or raise (a lookup in the set does not allocate).
extern "C" void invalidate_on_relcache(Datum, Oid relation) {
    ++seen;
    if (relation == InvalidOid || modelled_relations.count(relation) > 0) ++invalidations;
}
extern "C" void invalidate_on_syscache(Datum, int, uint32) {
    ++seen;
    ++invalidations;
}

void forget_models() {
    models.clear();
    modelled_relations.clear();
}

// Relations (columns, constraints, indexes, grants and comments on them) reach us through the
// relcache; the rest of what the model holds through these catalog caches.
constexpr int watched_syscaches[] = {
    TYPEOID,       // types and domains (base type, NOT NULL, default)
    ENUMOID,       // enum labels (ALTER TYPE ... ADD VALUE)
    CONSTROID,     // domain CHECK constraints (table constraints also invalidate the relcache)
    NAMESPACEOID,  // schema renames
};

void register_callbacks() {
    if (callbacks_registered) return;
    pg_call([] {
        CacheRegisterRelcacheCallback(invalidate_on_relcache, 0);
        for (int cache : watched_syscaches) CacheRegisterSyscacheCallback(cache, invalidate_on_syscache, 0);
    });
    callbacks_registered = true;
}

}  // namespace

std::shared_ptr<const SchemaGraph> cached_related_tables(Oid target) {
    register_callbacks();
    const Oid user = pg_call([] {
        AcceptInvalidationMessages();
        return GetUserId();
    });
    if (cached_for_user != user || cached_at != invalidations || models.size() >= max_models) forget_models();
    if (auto found = models.find(target); found != models.end()) return found->second;
    if (models.empty()) {
        cached_for_user = user;
        cached_at = invalidations;
    }
    const std::uint64_t before = seen;
    // The statement's snapshot may predate a commit whose invalidation we just accepted; reading
    // with it would cache a stale model as current. The latest snapshot sees every commit whose
    // invalidation has arrived (they are sent after the commit is visible) and our own DDL.
    pg_call([] { PushActiveSnapshot(GetLatestSnapshot()); });
    auto graph = std::make_shared<const SchemaGraph>(read_related_tables(target));
    pg_call([] { PopActiveSnapshot(); });
    const auto tables = static_cast<long long>(graph->tables.size());
    pg_call([&] { elog(DEBUG1, "flaqes: read the catalog model of %lld related relations into the seed cache", tables); });
    // An invalidation seen while reading: the model is returned but not kept.
    if (before == seen) {
        models.emplace(target, graph);
        for (const Table& t : graph->tables) {
            modelled_relations.insert(t.oid);
            // The sequences behind columns are modelled too (name, bounds): ALTER SEQUENCE invalidates only them.
            for (const Column& c : t.columns) {
                if (c.sequence) modelled_relations.insert(c.sequence->oid);
            }
        }
    }
    return graph;
}

}  // namespace flaqes::pg
