// review_ddl: the migration parsed, refused or run in a subtransaction that is always rolled back,
// its risks judged statement by statement, and analyze's findings on the tables it touched
// compared after (inside the subtransaction) and before (once it is rolled back).
#include "pg/ddl_review.hpp"

#include <map>
#include <set>

#include "core/analyze/analyze.hpp"
#include "core/migration/ddl_tensions.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/ddl_facts.hpp"
#include "pg/ddl_migration_run.hpp"
#include "pg/ddl_statements.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"
#include "pg/subtransaction.hpp"

namespace flaqes::pg {

namespace {

// analyze's findings on the tables the migration touched, as the catalog stands now, and the
// schema-wide findings made of theirs (restricted before grouping, so a group lists the same
// tables on both sides whatever else the neighbourhood brings into the model). The model
// holds `scope`: those tables and their neighbourhood (what their foreign keys, partitions and
// referencing tables give the rules to see) on both sides of the comparison, so that the cost
// follows the migration, not the schema. Read with flaqes's settings pinned.
std::vector<Finding> findings(const std::optional<std::vector<std::string>>& schemas, const Intent& intent,
                              const std::set<Oid>& touched, const std::vector<Oid>& scope, SchemaGraph& graph) {
    const int level = pin_own_settings();
    std::vector<Finding> out;
    with_fresh_snapshot([&] {
        graph = read_relations(schemas, scope);
        const ServerLookups lookups;
        out = run_rules(analysis_context(graph, intent, &lookups), &touched);
    });
    restore_settings(level);
    return out;
}

std::vector<Oid> neighbourhood_of(const std::set<Oid>& touched) {
    return neighbourhood(std::vector<Oid>(touched.begin(), touched.end()));
}

}  // namespace

std::vector<DdlReviewRow> review_ddl(const std::string& ddl, const Intent& intent,
                                     const std::optional<std::vector<std::string>>& schemas) {
    const std::vector<DdlStatement> statements = parse_ddl(ddl);
    MigrationRun::refuse_unreviewable(statements);
    if (statements.empty()) return {};
    pg_call([] { PreventCommandIfReadOnly("flaqes.analyze_ddl()"); });
    return with_spi([&] {
        std::vector<DdlReviewRow> rows;
        std::set<Oid> touched;
        std::map<Oid, std::size_t> last_touch;
        SchemaGraph after_graph;
        std::vector<Finding> after;
        std::vector<Oid> after_scope;
        in_subtransaction(SubtransactionEnd::roll_back, [&] {
            MigrationRun run;
            for (std::size_t i = 0; i < statements.size(); ++i) {
                try {
                    run.run(statements[i], i);
                } catch (const PgError& e) {  // a fact read around the statement failed: still its line
                    throw_statement_error(e, statements[i]);
                }
            }
            for (const auto& [index, fact] : run.facts()) {
                const DdlStatement& s = statements[index];
                if (std::optional<DdlReviewRow> row = judge_risk(fact, s.line, s.text, intent)) rows.push_back(std::move(*row));
            }
            last_touch = run.last_touch();
            for (const auto& entry : last_touch) touched.insert(entry.first);
            after_scope = neighbourhood_of(touched);
            after = findings(schemas, intent, touched, after_scope, after_graph);
        });
        // Rolled back: the catalog is as it was before the migration. The scope adds the tables the
        // after side saw (those that no longer exist are not read).
        std::vector<Oid> before_scope = neighbourhood_of(touched);
        before_scope.insert(before_scope.end(), after_scope.begin(), after_scope.end());
        SchemaGraph before_graph;
        const std::vector<Finding> before = findings(schemas, intent, touched, before_scope, before_graph);
        const auto statement_of = [&](Oid table) {
            const auto found = last_touch.find(table);
            const DdlStatement& s = statements[found != last_touch.end() ? found->second : statements.size() - 1];
            return StatementRef{s.line, s.text};
        };
        for (DdlReviewRow& row : tension_rows(before, before_graph, after, after_graph, statement_of)) {
            rows.push_back(std::move(row));
        }
        return rows;
    });
}

}  // namespace flaqes::pg
