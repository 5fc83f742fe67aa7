#include "pg/seed_trigger_filled.hpp"

#include "pg/spi.hpp"

namespace flaqes::pg {

std::string parent_triggers_naming(const std::string& table_sql) {
    return spi_query_text(
        "SELECT pg_catalog.string_agg(pg_catalog.format('trigger %I on %s runs %s', s.tgname, s.tgrelid::pg_catalog.regclass, "
        "s.tgfoid::pg_catalog.regprocedure), '; ' ORDER BY s.tgrelid::pg_catalog.regclass::pg_catalog.text, s.tgname) "
        "FROM (SELECT DISTINCT tg.tgname, tg.tgrelid, tg.tgfoid "
        "FROM pg_catalog.pg_constraint fk "
        "JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) fk.conrelid "
        "JOIN pg_catalog.pg_trigger tg ON tg.tgrelid OPERATOR(pg_catalog.=) fk.confrelid AND NOT tg.tgisinternal "
        "AND (tg.tgtype::pg_catalog.int4 OPERATOR(pg_catalog.&) 4) OPERATOR(pg_catalog.<>) 0 "  // TRIGGER_TYPE_INSERT
        "JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) tg.tgfoid "
        "WHERE fk.conrelid OPERATOR(pg_catalog.=) $1::pg_catalog.regclass AND fk.contype OPERATOR(pg_catalog.=) 'f' "
        "AND pg_catalog.strpos(pg_catalog.lower(p.prosrc), pg_catalog.lower(c.relname::pg_catalog.text)) "
        "OPERATOR(pg_catalog.>) 0) AS s",
        {table_sql});
}

}  // namespace flaqes::pg
