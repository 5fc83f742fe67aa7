#include "pg/catalog_values.hpp"

#include <charconv>
#include <cstdlib>

#include "core/error.hpp"

namespace flaqes::pg {
namespace {

// The storage of a value of type T, reused when the value already holds one.
template <typename T>
T& slot(CatalogValue& value) {
    if (T* held = std::get_if<T>(&value)) return *held;
    return value.emplace<T>();
}

// float4 widened as Postgres prints it (the shortest text that reads back the same float), so
// that 0.1 stays 0.1 rather than 0.100000001490116.
double widened(float value) {
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text - 1, value);
    *written.ptr = '\0';
    return std::strtod(text, nullptr);
}

void assign_text(std::string& out, Datum datum) {
    auto* const stored = reinterpret_cast<struct varlena*>(DatumGetPointer(datum));
    struct varlena* const text = pg_detoast_datum_packed(stored);
    out.assign(VARDATA_ANY(text), VARSIZE_ANY_EXHDR(text));
    if (text != stored) pfree(text);
}

std::int64_t integer(Datum datum, Oid type) {
    switch (type) {
        case INT2OID: return DatumGetInt16(datum);
        case INT4OID: return DatumGetInt32(datum);
        case OIDOID: return DatumGetObjectId(datum);
        default: return DatumGetInt64(datum);
    }
}

}  // namespace

RowConverter::Kind RowConverter::kind_of(Oid type, int column) {
    switch (type) {
        case BOOLOID: return Kind::boolean;
        case INT2OID:
        case INT4OID:
        case INT8OID:
        case OIDOID: return Kind::integer;
        case FLOAT4OID: return Kind::float4;
        case FLOAT8OID: return Kind::float8;
        case TEXTOID: return Kind::text;
        case NAMEOID: return Kind::name;
        case CHAROID: return Kind::character;
        case INT2ARRAYOID:
        case INT4ARRAYOID:
        case INT8ARRAYOID:
        case OIDARRAYOID: return Kind::integer_array;
        case TEXTARRAYOID:
        case NAMEARRAYOID: return Kind::text_array;
        default:
            throw Error(sqlstate::internal_error,
                        fmt::format("flaqes: catalog query column {} has type {}, which flaqes does not read", column, type));
    }
}

RowConverter::RowConverter(TupleDesc desc)
    : desc_(desc), datums_(static_cast<std::size_t>(desc->natts)), nulls_(new bool[desc->natts]) {
    fields_.reserve(static_cast<std::size_t>(desc->natts));
    for (int i = 0; i < desc->natts; ++i) {
        const Oid type = TupleDescAttr(desc, i)->atttypid;
        Field& f = fields_.emplace_back(Field{kind_of(type, i + 1), type});
        if (f.kind == Kind::integer_array || f.kind == Kind::text_array) {
            pg_call([&] {
                f.element_type = get_element_type(type);
                get_typlenbyvalalign(f.element_type, &f.element_length, &f.element_by_value, &f.element_align);
            });
        }
    }
}

void RowConverter::convert(HeapTuple tuple, CatalogRow& row) {
    heap_deform_tuple(tuple, desc_, datums_.data(), nulls_.get());
    row.resize(fields_.size());
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        const Field& f = fields_[i];
        CatalogValue& value = row[i];
        const Datum datum = datums_[i];
        if (nulls_[i]) {
            value = std::monostate();
            continue;
        }
        switch (f.kind) {
            case Kind::boolean: value = static_cast<bool>(DatumGetBool(datum)); break;
            case Kind::integer: value = integer(datum, f.type); break;
            case Kind::float4: value = widened(DatumGetFloat4(datum)); break;
            case Kind::float8: value = DatumGetFloat8(datum); break;
            case Kind::text: assign_text(slot<std::string>(value), datum); break;
            case Kind::name: slot<std::string>(value).assign(NameStr(*DatumGetName(datum))); break;
            case Kind::character: {
                const char c = DatumGetChar(datum);
                slot<std::string>(value).assign(c != '\0' ? 1 : 0, c);
                break;
            }
            case Kind::integer_array:
            case Kind::text_array: {
                ArrayType* const array = DatumGetArrayTypeP(datum);
                Datum* elements = nullptr;
                bool* nulls = nullptr;
                int count = 0;
                deconstruct_array(array, f.element_type, f.element_length, f.element_by_value, f.element_align,
                                  &elements, &nulls, &count);
                if (f.kind == Kind::integer_array) {
                    auto& items = slot<std::vector<std::int64_t>>(value);
                    items.resize(static_cast<std::size_t>(count));
                    for (int k = 0; k < count; ++k) items[k] = nulls[k] ? 0 : integer(elements[k], f.element_type);
                } else {
                    auto& items = slot<std::vector<std::string>>(value);
                    items.resize(static_cast<std::size_t>(count));
                    for (int k = 0; k < count; ++k) {
                        if (nulls[k]) {
                            items[k].clear();
                        } else if (f.element_type == NAMEOID) {
                            items[k].assign(NameStr(*DatumGetName(elements[k])));
                        } else {
                            assign_text(items[k], elements[k]);
                        }
                    }
                }
                pfree(elements);
                pfree(nulls);
                if (PointerGetDatum(array) != datum) pfree(array);
                break;
            }
        }
    }
}

}  // namespace flaqes::pg
