#include "pg/statement_cache.hpp"

#include <unordered_map>

namespace flaqes::pg {
namespace {

// Distinct statements come from distinct tables and options; past this many the cache starts
// over rather than grow without bound in a long session.
constexpr std::size_t max_statements = 512;

std::unordered_map<std::string, SPIPlanPtr>& statements() {
    static std::unordered_map<std::string, SPIPlanPtr> cache;
    return cache;
}

void forget_all() {
    for (auto& [sql, plan] : statements()) {
        SPIPlanPtr p = plan;
        pg_call([&] { SPI_freeplan(p); });
    }
    statements().clear();
}

}  // namespace

SPIPlanPtr cached_statement(const std::string& sql, const std::vector<Oid>& param_types) {
    std::string key;
    for (Oid type : param_types) key += std::to_string(type) + ',';
    key += ':' + sql;
    if (auto found = statements().find(key); found != statements().end()) return found->second;
    if (statements().size() >= max_statements) forget_all();
    std::vector<Oid> types = param_types;
    const int params = static_cast<int>(types.size());
    SPIPlanPtr plan = pg_call([&] {
        SPIPlanPtr p = SPI_prepare(sql.c_str(), params, types.data());
        if (p == nullptr) elog(ERROR, "flaqes: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
        SPI_keepplan(p);
        return p;
    });
    statements().emplace(key, plan);
    return plan;
}

}  // namespace flaqes::pg
