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

namespace {

// A scalar as jsonb holds it; strings point into `v`, which outlives the jsonb's construction.
JsonbValue jsonb_scalar(const json::Value& v) {
    JsonbValue out;
    switch (v.kind()) {
        case json::Kind::Bool:
            out.type = jbvBool;
            out.val.boolean = v.as_bool();
            break;
        case json::Kind::Number:
            out.type = jbvNumeric;
            out.val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(v.lexeme().c_str()),
                                                                  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
            break;
        case json::Kind::String:
            out.type = jbvString;
            out.val.string.val = const_cast<char*>(v.as_string().data());
            out.val.string.len = static_cast<int>(v.as_string().size());
            break;
        default: out.type = jbvNull;
    }
    return out;
}

// Pushes v (as an array element or an object member's value: `token`) into the jsonb being built.
// Calls Postgres: only inside pg_call.
JsonbValue* push_jsonb(JsonbParseState** state, const json::Value& v, JsonbIteratorToken token) {
    if (v.is_array()) {
        pushJsonbValue(state, WJB_BEGIN_ARRAY, nullptr);
        for (const json::Value& item : v.items()) push_jsonb(state, item, WJB_ELEM);
        return pushJsonbValue(state, WJB_END_ARRAY, nullptr);
    }
    if (v.is_object()) {
        pushJsonbValue(state, WJB_BEGIN_OBJECT, nullptr);
        for (const json::Value::Member& m : v.members()) {
            JsonbValue key;
            key.type = jbvString;
            key.val.string.val = const_cast<char*>(m.first.data());
            key.val.string.len = static_cast<int>(m.first.size());
            pushJsonbValue(state, WJB_KEY, &key);
            push_jsonb(state, m.second, WJB_VALUE);
        }
        return pushJsonbValue(state, WJB_END_OBJECT, nullptr);
    }
    JsonbValue scalar = jsonb_scalar(v);
    return pushJsonbValue(state, token, &scalar);
}

}  // namespace

Datum jsonb_datum(const json::Value& value) {
    return pg_call([&] {
        if (!value.is_array() && !value.is_object()) {
            JsonbValue scalar = jsonb_scalar(value);
            return JsonbPGetDatum(JsonbValueToJsonb(&scalar));
        }
        JsonbParseState* state = nullptr;
        return JsonbPGetDatum(JsonbValueToJsonb(push_jsonb(&state, value, WJB_ELEM)));
    });
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
