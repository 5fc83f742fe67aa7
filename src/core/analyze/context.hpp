// Everything a rule reads, computed once per analysis: the graph, the intent, roles, patterns,
// relationships and the lookups rules need (incoming foreign keys, tables by name, ...), so that
// no rule is quadratic in tables, columns, foreign keys or indexes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/catalog/catalog_lookups.hpp"
#include "core/intent.hpp"
#include "core/json.hpp"
#include "core/patterns.hpp"
#include "core/catalog/relationships.hpp"
#include "core/roles.hpp"
#include "core/catalog/schema_graph.hpp"
#include "core/catalog/table_facts.hpp"

namespace flaqes {

// A foreign key seen from the table it references.
struct IncomingReference {
    const Table* child = nullptr;
    const ForeignKey* fk = nullptr;
};

class AnalysisContext {
public:
    // Builds the graph facts once and reads roles and patterns from them.
    AnalysisContext(const SchemaGraph& graph, const Intent& intent, const CatalogLookups* lookups = nullptr);
    // With roles and patterns judged elsewhere (tests give their own).
    AnalysisContext(const SchemaGraph& graph, const Intent& intent, std::vector<TableRole> roles,
                    std::vector<PatternMatch> patterns, const CatalogLookups* lookups = nullptr);
    AnalysisContext(const AnalysisContext&) = delete;
    AnalysisContext& operator=(const AnalysisContext&) = delete;

    const SchemaGraph& graph() const { return graph_; }
    const Intent& intent() const { return intent_; }

    // Tables and partitioned tables, in graph order. Partitions are left out (their parent
    // speaks for them), as are views and foreign tables.
    const std::vector<const Table*>& tables() const { return tables_; }

    const std::vector<TableRole>& roles() const { return roles_; }
    const TableRole* role(Oid table) const;
    // The one gate of role-based advice: the table's best role when it is held with confidence
    // (at least `confident_role_threshold`), entity otherwise. A guess never drives a rule.
    static constexpr double confident_role_threshold = 0.6;
    // The best hypothesis however weak (entity when none), for display only: rules use confident_role.
    Role guessed_role(Oid table) const;
    Role confident_role(Oid table) const;
    bool plays(Oid table, Role role) const { return confident_role(table) == role; }
    // A list of values, few and seldom deleted or re-keyed by design: a lookup or type table (by
    // confident role, by a *_type/_status/_category name, or as a vocabulary of codes and names).
    // By shape, not by today's row count: rules ask it how a parent is used and whether a key can
    // run out.
    bool lookup_like(const Table& table) const;
    // A raw landing table: no key, no foreign key either way, no CHECK, and every column nullable
    // text (at least four of them) but a load timestamp: rows COPY'd as they come, cast by a load
    // job. Nothing enforced there is the design.
    bool raw_landing_table(const Table& table) const;
    // {"assumed_role": ..., "role_confidence": ...}: which role a role-based finding assumed and how sure.
    json::Value role_evidence(Oid table) const;

    const std::vector<const PatternMatch*>& patterns(Oid table) const;
    const PatternMatch* pattern(Oid table, std::string_view name) const;

    const std::vector<IncomingReference>& referenced_by(Oid table) const;
    // A foreign key of the table, or of one of its partitions (declared per partition), holds it.
    bool column_in_foreign_key(const Table& table, const std::string& column) const;
    bool has_foreign_keys(const Table& table) const;
    // Row estimate and activity, summed over the partitions of a partitioned table.
    std::optional<double> rows(const Table& table) const { return facts_.rows(table); }
    const TableStats& activity(const Table& table) const { return facts_.activity(table); }
    // "shop.orders (~1,200 rows)", or "shop.orders" when never analyzed.
    std::string table_with_rows(const Table& table) const;
    const std::vector<Relationship>& relationships() const { return relationships_; }
    // The graph's own values, or the lookups' answers for a graph read lean.
    std::string index_definition(const Index& index) const;
    std::optional<std::int64_t> sequence_last_value(const SequenceInfo& sequence) const;

    // The table a snake_case stem names ("customer" -> customer, customers, Customer;
    // "category" -> categories; "box" -> boxes), preferring the given schema; nullptr when none
    // or ambiguous.
    const Table* table_named_by(std::string_view stem, std::string_view prefer_schema) const;

private:
    void index();  // the lookups below, once roles and patterns are set

    const SchemaGraph& graph_;
    const Intent& intent_;
    GraphFacts facts_;
    std::vector<const Table*> tables_;
    std::vector<TableRole> roles_;
    std::vector<PatternMatch> patterns_;
    std::vector<Relationship> relationships_;
    const CatalogLookups* lookups_;
    std::unordered_map<Oid, std::size_t> role_by_table_;
    std::unordered_map<Oid, std::vector<const PatternMatch*>> patterns_by_table_;
    std::unordered_map<Oid, std::vector<IncomingReference>> incoming_;
    std::unordered_map<Oid, std::vector<const ForeignKey*>> partition_foreign_keys_;  // by parent
    std::unordered_map<std::string, std::vector<const Table*>> tables_by_name_;
};

}  // namespace flaqes
