// review_ddl: the migration parsed, refused or run in a subtransaction that is always rolled back,
// its risks judged statement by statement, and analyze's findings compared before and after.
#include "pg/ddl_review.hpp"

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

// analyze's findings on the live catalog, read with flaqes's settings pinned (as analyze's SET does).
std::vector<Finding> findings(const std::optional<std::vector<std::string>>& schemas, const Intent& intent,
                              SchemaGraph& graph) {
    const int level = pin_own_settings();
    std::vector<Finding> out;
    with_fresh_snapshot([&] {
        graph = read_schema_graph(schemas, Detail::lean);
        const ServerLookups lookups;
        out = run_rules(analysis_context(graph, intent, &lookups));
    });
    restore_settings(level);
    return out;
}

}  // namespace

std::vector<DdlReviewRow> review_ddl(const std::string& ddl, const Intent& intent,
                                     const std::optional<std::vector<std::string>>& schemas) {
    const std::vector<DdlStatement> statements = parse_ddl(ddl);
    MigrationRun::refuse_unreviewable(statements);
    if (statements.empty()) return {};
    pg_call([] { PreventCommandIfReadOnly("flaqes.analyze_ddl()"); });
    return with_spi([&] {
        SchemaGraph before_graph;
        const std::vector<Finding> before = findings(schemas, intent, before_graph);
        std::vector<DdlReviewRow> rows;
        in_subtransaction(SubtransactionEnd::roll_back, [&] {
            MigrationRun run;
            for (std::size_t i = 0; i < statements.size(); ++i) run.run(statements[i], i);
            for (const auto& [index, fact] : run.facts()) {
                const DdlStatement& s = statements[index];
                if (std::optional<DdlReviewRow> row = judge_risk(fact, s.line, s.text, intent)) rows.push_back(std::move(*row));
            }
            SchemaGraph after_graph;
            const std::vector<Finding> after = findings(schemas, intent, after_graph);
            const auto statement_of = [&](Oid table) {
                const auto touched = run.last_touch().find(table);
                const DdlStatement& s = statements[touched != run.last_touch().end() ? touched->second
                                                                                      : statements.size() - 1];
                return StatementRef{s.line, s.text};
            };
            for (DdlReviewRow& row : tension_rows(before, before_graph, after, after_graph, statement_of)) {
                rows.push_back(std::move(row));
            }
        });
        return rows;
    });
}

}  // namespace flaqes::pg
