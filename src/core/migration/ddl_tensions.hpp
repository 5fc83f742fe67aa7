// The tension rows of a migration review: analyze's findings before and after the migration,
// compared by id the way flaqes.diff does, each placed on the statement that last touched its table.
// A grouped finding (one per schema or group, listing its objects) is "changed" when its objects
// change, and continues under its new id when a group forms from one finding or falls back to one.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/analyze/finding.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes {

struct StatementRef {
    int line = 0;
    std::string text;
};

// Introduced and changed findings (from `after`; changed: another severity, other objects, or the
// same objects under another id), then resolved ones (from `before`).
// statement_of(table oid) gives the statement a finding is placed on (oid 0 for schema-wide ones).
std::vector<DdlReviewRow> tension_rows(const std::vector<Finding>& before, const SchemaGraph& before_graph,
                                       const std::vector<Finding>& after, const SchemaGraph& after_graph,
                                       const std::function<StatementRef(Oid)>& statement_of);

}  // namespace flaqes
