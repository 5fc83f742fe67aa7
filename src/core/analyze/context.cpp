#include "core/analyze/context.hpp"

#include "core/analyze/ddl.hpp"

#include <algorithm>

namespace flaqes {
namespace {

// Plural spellings a table named after `stem` may take.
std::vector<std::string> table_name_forms(const std::string& stem) {
    std::vector<std::string> forms = {stem, stem + "s", stem + "es"};
    if (stem.size() > 1 && stem.back() == 'y') forms.push_back(stem.substr(0, stem.size() - 1) + "ies");
    return forms;
}

}  // namespace

AnalysisContext::AnalysisContext(const SchemaGraph& graph, const Intent& intent, const CatalogLookups* lookups)
    : graph_(graph),
      intent_(intent),
      facts_(graph),
      roles_(detect_roles(facts_)),
      patterns_(detect_patterns(facts_)),
      lookups_(lookups) {
    index();
}

AnalysisContext::AnalysisContext(const SchemaGraph& graph, const Intent& intent, std::vector<TableRole> roles,
                                 std::vector<PatternMatch> patterns, const CatalogLookups* lookups)
    : graph_(graph),
      intent_(intent),
      facts_(graph),
      roles_(std::move(roles)),
      patterns_(std::move(patterns)),
      lookups_(lookups) {
    index();
}

void AnalysisContext::index() {
    for (const Table& t : graph_.tables) {
        if (t.kind == RelKind::partition) {
            for (const ForeignKey& fk : t.foreign_keys) partition_foreign_keys_[t.partition_parent_oid].push_back(&fk);
        }
        if (!t.is_relation_with_rows() || t.kind == RelKind::partition) continue;
        tables_.push_back(&t);
        tables_by_name_[snake_name(t.name.name)].push_back(&t);
        for (const ForeignKey& fk : t.foreign_keys) incoming_[fk.ref_oid].push_back({&t, &fk});
    }
    for (std::size_t i = 0; i < roles_.size(); ++i) role_by_table_.emplace(roles_[i].table, i);
    for (const PatternMatch& p : patterns_) patterns_by_table_[p.table].push_back(&p);
    relationships_ = derive_relationships(graph_);
}

std::string AnalysisContext::table_with_rows(const Table& table) const {
    const std::string name = table.name.schema + "." + table.name.name;
    const auto estimate = rows(table);
    return estimate ? name + " (~" + ddl::count(*estimate) + " rows)" : name;
}

const TableRole* AnalysisContext::role(Oid table) const {
    const auto it = role_by_table_.find(table);
    return it == role_by_table_.end() ? nullptr : &roles_[it->second];
}

Role AnalysisContext::guessed_role(Oid table) const {
    const TableRole* r = role(table);
    return r != nullptr ? r->best.role : Role::entity;
}

Role AnalysisContext::confident_role(Oid table) const {
    const TableRole* r = role(table);
    return r != nullptr && r->best.confidence >= confident_role_threshold ? r->best.role : Role::entity;
}

bool AnalysisContext::lookup_like(const Table& table) const {
    if (plays(table.oid, Role::lookup) || plays(table.oid, Role::config)) return true;
    const std::string name = snake_name(table.name.name);
    for (const char* end : {"_type", "_types", "_kind", "_kinds", "_status", "_statuses", "_category", "_categories"}) {
        if (ends_with(name, end)) return true;
    }
    // A vocabulary: its own code and name (code, name; or concept_code, concept_name in concept).
    const std::string own = name + "_";
    const auto has = [&](std::initializer_list<std::string> names) {
        return std::any_of(table.columns.begin(), table.columns.end(), [&](const Column& c) {
            const std::string n = snake_name(c.name);
            return std::find(names.begin(), names.end(), n) != names.end();
        });
    };
    return has({"code", own + "code"}) && has({"name", "label", own + "name", own + "label"});
}

bool AnalysisContext::raw_landing_table(const Table& table) const {
    if (table.primary_key || !table.unique_constraints.empty() || !table.check_constraints.empty() ||
        has_foreign_keys(table) || !referenced_by(table.oid).empty()) {
        return false;
    }
    if (std::any_of(table.indexes.begin(), table.indexes.end(), [](const Index& ix) { return ix.unique; })) return false;
    std::size_t raw = 0;
    for (const Column& c : table.columns) {
        if (is_temporal(c) && c.default_expr) continue;  // loaded_at DEFAULT now(): the load's bookkeeping
        if (c.not_null || !is_textual(c) || c.type_type == 'e') return false;
        ++raw;
    }
    return raw >= 4;
}

json::Value AnalysisContext::role_evidence(Oid table) const {
    json::Value e = json::Value::object();
    const TableRole* r = role(table);
    e.set("assumed_role", json::Value::string(role_name(confident_role(table))));
    e.set("role_confidence", r != nullptr ? json::Value::number(r->best.confidence) : json::Value());
    return e;
}

bool AnalysisContext::column_in_foreign_key(const Table& table, const std::string& column) const {
    const auto holds = [&](const ForeignKey& fk) {
        return std::find(fk.columns.begin(), fk.columns.end(), column) != fk.columns.end();
    };
    if (std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), holds)) return true;
    const auto it = partition_foreign_keys_.find(table.oid);
    return it != partition_foreign_keys_.end() &&
           std::any_of(it->second.begin(), it->second.end(), [&](const ForeignKey* fk) { return holds(*fk); });
}

bool AnalysisContext::has_foreign_keys(const Table& table) const {
    return !table.foreign_keys.empty() || partition_foreign_keys_.count(table.oid) > 0;
}

const std::vector<const PatternMatch*>& AnalysisContext::patterns(Oid table) const {
    static const std::vector<const PatternMatch*> none;
    const auto it = patterns_by_table_.find(table);
    return it == patterns_by_table_.end() ? none : it->second;
}

const PatternMatch* AnalysisContext::pattern(Oid table, std::string_view name) const {
    for (const PatternMatch* p : patterns(table)) {
        if (p->pattern == name) return p;
    }
    return nullptr;
}

const std::vector<IncomingReference>& AnalysisContext::referenced_by(Oid table) const {
    static const std::vector<IncomingReference> none;
    const auto it = incoming_.find(table);
    return it == incoming_.end() ? none : it->second;
}

std::string AnalysisContext::index_definition(const Index& index) const {
    return lookups_ != nullptr ? lookups_->index_definition(index) : index.definition;
}

std::optional<std::int64_t> AnalysisContext::sequence_last_value(const SequenceInfo& sequence) const {
    return lookups_ != nullptr ? lookups_->sequence_last_value(sequence) : sequence.last_value;
}

const Table* AnalysisContext::table_named_by(std::string_view stem, std::string_view prefer_schema) const {
    std::vector<const Table*> candidates;
    for (const std::string& form : table_name_forms(snake_name(stem))) {
        const auto it = tables_by_name_.find(form);
        if (it != tables_by_name_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    const Table* same_schema = nullptr;
    int same_schema_count = 0;
    for (const Table* t : candidates) {
        if (t->name.schema == prefer_schema) {
            same_schema = t;
            ++same_schema_count;
        }
    }
    if (same_schema_count == 1) return same_schema;
    if (same_schema_count == 0 && candidates.size() == 1) return candidates.front();
    return nullptr;
}

}  // namespace flaqes
