#include "pg/seed_arrays.hpp"

#include <algorithm>

#include "pg/seed_statements.hpp"

namespace flaqes::pg {
namespace {

using seed::ColumnBatch;

// Seconds since 1970 as a Postgres timestamp (microseconds since 2000).
Datum timestamp_datum(std::int64_t seconds) {
    const Timestamp t = (seconds - (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY) * USECS_PER_SEC;
    if (!IS_VALID_TIMESTAMP(t)) elog(ERROR, "flaqes: generated timestamp out of range");
    return TimestampGetDatum(t);
}

// Days since 1970 as a Postgres date (days since 2000).
Datum date_datum(std::int64_t days) {
    const std::int64_t d = days - (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE);
    if (!IS_VALID_DATE(d)) elog(ERROR, "flaqes: generated date out of range");
    return DateADTGetDatum(static_cast<DateADT>(d));
}

// Element i of a batch column, not NULL; inside a pg_call.
Datum element_datum(const ColumnBatch& col, std::size_t i) {
    switch (col.form) {
        case seed::ValueForm::integer: return Int64GetDatum(col.numbers[i]);
        case seed::ValueForm::decimal: return NumericGetDatum(int64_div_fast_to_numeric(col.numbers[i], col.scale));
        case seed::ValueForm::date: return date_datum(col.numbers[i]);
        case seed::ValueForm::timestamp:
        case seed::ValueForm::timestamptz: return timestamp_datum(col.numbers[i]);
        case seed::ValueForm::text: break;
    }
    const std::size_t start = i == 0 ? 0 : col.ends[i - 1];
    return PointerGetDatum(cstring_to_text_with_len(col.data.data() + start, static_cast<int>(col.ends[i] - start)));
}

}  // namespace

std::optional<std::int64_t> pool_number(Datum value, seed::ValueForm form) {
    constexpr std::int64_t epoch_days = POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE;
    switch (form) {
        case seed::ValueForm::date: {
            const DateADT d = DatumGetDateADT(value);
            if (DATE_NOT_FINITE(d)) return std::nullopt;
            return static_cast<std::int64_t>(d) + epoch_days;
        }
        case seed::ValueForm::timestamp:
        case seed::ValueForm::timestamptz: {
            const Timestamp t = DatumGetTimestamp(value);
            if (TIMESTAMP_NOT_FINITE(t)) return std::nullopt;
            const std::int64_t seconds = t / USECS_PER_SEC - (t % USECS_PER_SEC < 0 ? 1 : 0);  // rounded down
            return seconds + epoch_days * SECS_PER_DAY;
        }
        default: return DatumGetInt64(value);
    }
}

void batch_datums(const std::vector<ColumnBatch>& batches, std::size_t rows, std::vector<Datum>& values) {
    values.assign(std::max<std::size_t>(batches.size(), 1), 0);
    pg_call([&] {
        const int n = static_cast<int>(rows);
        Datum* elements = static_cast<Datum*>(palloc(sizeof(Datum) * (rows > 0 ? rows : 1)));
        bool* nulls = static_cast<bool*>(palloc(sizeof(bool) * (rows > 0 ? rows : 1)));
        int dims[1] = {n};
        int lbs[1] = {1};
        if (batches.empty()) {  // the dummy array: n NULLs
            for (int i = 0; i < n; ++i) {
                elements[i] = 0;
                nulls[i] = true;
            }
            values[0] = PointerGetDatum(construct_md_array(elements, nulls, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT));
            return;
        }
        for (std::size_t b = 0; b < batches.size(); ++b) {
            const ColumnBatch& col = batches[b];
            for (std::size_t i = 0; i < rows; ++i) {
                nulls[i] = col.nulls[i];
                elements[i] = nulls[i] ? 0 : element_datum(col, i);
            }
            const Wire w = wire_of(col.form);
            values[b] = PointerGetDatum(construct_md_array(elements, nulls, 1, dims, lbs, w.element, w.length, w.by_value, w.align));
        }
    });
}

}  // namespace flaqes::pg
