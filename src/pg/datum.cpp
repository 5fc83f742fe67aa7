#include "pg/datum.hpp"

#include "core/error.hpp"

namespace flaqes::pg {

std::optional<std::vector<std::string>> text_array_arg(FunctionCallInfo fcinfo, int argno, const char* what) {
    if (PG_ARGISNULL(argno)) return std::nullopt;
    Datum* elements = nullptr;
    bool* element_nulls = nullptr;
    int count = 0;
    pg_call([&] {
        ArrayType* array = PG_GETARG_ARRAYTYPE_P(argno);
        deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elements, &element_nulls, &count);
    });
    std::vector<std::string> items;
    items.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        if (element_nulls[i]) {
            throw Error(sqlstate::null_value_not_allowed, fmt::format("{} must not contain NULL", what),
                        fmt::format("Element {} of the array is NULL.", i + 1),
                        "Remove the NULL element, or pass NULL instead of the whole array.");
        }
        const char* item = pg_call([&] { return TextDatumGetCString(elements[i]); });
        items.emplace_back(item);
    }
    return items;
}

std::optional<std::string> jsonb_arg_text(FunctionCallInfo fcinfo, int argno) {
    if (PG_ARGISNULL(argno)) return std::nullopt;
    const char* json = pg_call([&] {
        Jsonb* jsonb = PG_GETARG_JSONB_P(argno);
        return JsonbToCString(nullptr, &jsonb->root, VARSIZE(jsonb));
    });
    return std::string(json);
}

std::optional<std::string> text_arg(FunctionCallInfo fcinfo, int argno) {
    if (PG_ARGISNULL(argno)) return std::nullopt;
    const char* value = pg_call([&] { return text_to_cstring(PG_GETARG_TEXT_PP(argno)); });
    return std::string(value);
}

Datum jsonb_datum(const std::string& json) {
    return pg_call([&] { return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.c_str())); });
}

Datum text_datum(const std::string& text) {
    return pg_call([&] { return PointerGetDatum(cstring_to_text_with_len(text.data(), static_cast<int>(text.size()))); });
}

Datum text_array_datum(const std::vector<std::string>& items) {
    return pg_call([&] {
        Datum* elements = static_cast<Datum*>(palloc(sizeof(Datum) * (items.empty() ? 1 : items.size())));
        for (std::size_t i = 0; i < items.size(); ++i) {
            elements[i] = PointerGetDatum(cstring_to_text_with_len(items[i].data(), static_cast<int>(items[i].size())));
        }
        return PointerGetDatum(construct_array(elements, static_cast<int>(items.size()), TEXTOID, -1, false, TYPALIGN_INT));
    });
}

}  // namespace flaqes::pg
