// The one list of tension rules. Adding a rule: write its unit, declare it here, list it below.
#include "core/analyze/rule.hpp"

namespace flaqes {

extern const Rule rule_repeating_group, rule_eav, rule_denormalized_copy, rule_all_nullable, rule_wide_table;
extern const Rule rule_fk_without_index, rule_duplicate_index, rule_redundant_index, rule_invalid_index,
    rule_unused_index, rule_no_primary_key, rule_key_overflow_risk, rule_fk_type_mismatch,
    rule_scd2_current_row_index, rule_fact_partitioning, rule_implied_unique;
extern const Rule rule_jsonb_escape_hatch, rule_enum_evolution, rule_serial_not_identity,
    rule_timestamp_without_time_zone, rule_varchar_length_limit, rule_char_n, rule_money_type, rule_json_not_jsonb;
extern const Rule rule_missing_foreign_key, rule_polymorphic_without_fk, rule_soft_delete_unique_conflict,
    rule_fk_cycle, rule_junction_surrogate_key, rule_nullable_fk, rule_fact_without_dimension_fk,
    rule_event_log_updated, rule_scd2_overlap, rule_not_valid_constraint;

const std::vector<const Rule*>& rule_registry() {
    static const std::vector<const Rule*> rules = {
        // normalization
        &rule_repeating_group, &rule_eav, &rule_denormalized_copy, &rule_all_nullable, &rule_wide_table,
        // performance
        &rule_fk_without_index, &rule_duplicate_index, &rule_redundant_index, &rule_invalid_index,
        &rule_unused_index, &rule_no_primary_key, &rule_key_overflow_risk, &rule_fk_type_mismatch,
        &rule_scd2_current_row_index, &rule_fact_partitioning, &rule_implied_unique,
        // evolution
        &rule_jsonb_escape_hatch, &rule_enum_evolution, &rule_serial_not_identity,
        &rule_timestamp_without_time_zone, &rule_varchar_length_limit, &rule_char_n, &rule_money_type,
        &rule_json_not_jsonb,
        // consistency
        &rule_missing_foreign_key, &rule_polymorphic_without_fk, &rule_soft_delete_unique_conflict, &rule_fk_cycle,
        &rule_junction_surrogate_key, &rule_nullable_fk, &rule_fact_without_dimension_fk, &rule_event_log_updated,
        &rule_scd2_overlap, &rule_not_valid_constraint,
    };
    return rules;
}

}  // namespace flaqes
