// Runs a migration's statements one by one as the caller (inside the subtransaction review_ddl
// opened) and collects, around each, the facts its operational risks are judged from.
#pragma once

#include <map>
#include <set>
#include <vector>

#include "core/intent.hpp"
#include "core/migration/ddl_risk.hpp"
#include "pg/ddl_statements.hpp"

namespace flaqes::pg {

class MigrationRun {
public:
    // Refuses transaction control and non-DDL statements (with their line) before anything runs.
    static void refuse_unreviewable(const std::vector<DdlStatement>& statements);

    // Runs statement `index` of the migration and records its risk facts. A statement that fails
    // is an error naming its line. Needs an open SPI connection.
    void run(const DdlStatement& statement, std::size_t index);

    const std::vector<std::pair<std::size_t, RiskFact>>& facts() const { return facts_; }
    // The last statement (by index) that touched each relation.
    const std::map<Oid, std::size_t>& last_touch() const { return last_touch_; }

private:
    Oid resolve(const RangeVar* relation) const;
    TableState state(Oid relation);
    void add(std::size_t index, RiskFact fact) { facts_.emplace_back(index, std::move(fact)); }
    void touch(Oid relation, std::size_t index);
    void execute(const DdlStatement& statement, const std::string& text);

    void alter_table(const DdlStatement& s, std::size_t index, AlterTableStmt* stmt);
    void rename(const DdlStatement& s, std::size_t index, RenameStmt* stmt);
    void create_index(const DdlStatement& s, std::size_t index, IndexStmt* stmt);
    void drop(const DdlStatement& s, std::size_t index, DropStmt* stmt);
    void alter_enum(const DdlStatement& s, std::size_t index, AlterEnumStmt* stmt);
    // An info row for a statement that cannot run in a transaction block, saying what was done with it.
    void outside_transaction(std::size_t index, Oid relation, const char* object, const std::string& note);

    std::set<Oid> created_relations_;
    std::set<Oid> created_types_;
    std::map<Oid, std::size_t> last_touch_;
    std::vector<std::pair<std::size_t, RiskFact>> facts_;
};

}  // namespace flaqes::pg
