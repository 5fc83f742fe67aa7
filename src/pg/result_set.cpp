#include "pg/result_set.hpp"

#include <memory>

#include "core/error.hpp"
#include "pg/datum.hpp"

namespace flaqes::pg {

ResultSet::Row& ResultSet::Row::text(const std::string& value) {
    values_.push_back(text_datum(value));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::text(const std::optional<std::string>& value) {
    return value ? text(*value) : null();
}

ResultSet::Row& ResultSet::Row::text_array(const std::vector<std::string>& values) {
    values_.push_back(text_array_datum(values));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::jsonb(const json::Value& value) {
    values_.push_back(jsonb_datum(value));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::real(double value) {
    values_.push_back(Float4GetDatum(static_cast<float>(value)));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::int32(std::int32_t value) {
    values_.push_back(Int32GetDatum(value));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::int64(std::int64_t value) {
    values_.push_back(Int64GetDatum(value));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::boolean(bool value) {
    values_.push_back(BoolGetDatum(value));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::oid(Oid value) {
    values_.push_back(ObjectIdGetDatum(value));
    nulls_.push_back(false);
    return *this;
}

ResultSet::Row& ResultSet::Row::null() {
    values_.push_back(0);
    nulls_.push_back(true);
    return *this;
}

ResultSet::ResultSet(FunctionCallInfo fcinfo) : fcinfo_(fcinfo) {
    pg_call([&] { InitMaterializedSRF(fcinfo_, 0); });
}

void ResultSet::emit(const Row& row) {
    const std::size_t n = row.values_.size();
    // std::vector<bool> is packed; tuplestore_putvalues wants a bool array.
    std::unique_ptr<bool[]> nulls(new bool[n]);
    for (std::size_t i = 0; i < n; ++i) nulls[i] = row.nulls_[i];
    pg_call([&] {
        auto* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo_->resultinfo);
        if (static_cast<std::size_t>(rsinfo->setDesc->natts) != n) {
            elog(ERROR, "flaqes: result row has %zu columns, the function returns %d", n, rsinfo->setDesc->natts);
        }
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, const_cast<Datum*>(row.values_.data()), nulls.get());
    });
}

}  // namespace flaqes::pg
