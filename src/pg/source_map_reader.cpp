#include "pg/source_map_reader.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "pg/boundary.hpp"

extern "C" {
#include "mb/pg_wchar.h"
#include "nodes/parsenodes.h"
#include "parser/parser.h"
}

namespace flaqes::pg {
namespace {

std::string schema_of(const RangeVar* rv) { return rv->schemaname != nullptr ? rv->schemaname : ""; }

class Walker {
public:
    Walker(const std::string& sql, SourceMap& map) : sql_(sql), lines_(sql), map_(map) {}

    void statement(const RawStmt* raw) {
        const int line = lines_.line(first_token(sql_, raw->stmt_location));
        const Node* node = raw->stmt;
        switch (nodeTag(node)) {
            case T_CreateSchemaStmt: {
                const auto* s = reinterpret_cast<const CreateSchemaStmt*>(node);
                if (s->schemaname != nullptr) map_.add_schema(s->schemaname, line);
                break;
            }
            case T_CreateStmt: {
                const auto* s = reinterpret_cast<const CreateStmt*>(node);
                map_.add_table(schema_of(s->relation), s->relation->relname, line);
                elements(s->relation, s->tableElts);
                break;
            }
            case T_CreateTableAsStmt: {  // CREATE MATERIALIZED VIEW, CREATE TABLE ... AS
                const auto* s = reinterpret_cast<const CreateTableAsStmt*>(node);
                if (s->into != nullptr && s->into->rel != nullptr) {
                    map_.add_table(schema_of(s->into->rel), s->into->rel->relname, line);
                }
                break;
            }
            case T_ViewStmt: {
                const auto* s = reinterpret_cast<const ViewStmt*>(node);
                map_.add_table(schema_of(s->view), s->view->relname, line);
                break;
            }
            case T_IndexStmt: {
                const auto* s = reinterpret_cast<const IndexStmt*>(node);
                if (s->idxname != nullptr) map_.add_object(schema_of(s->relation), s->relation->relname, s->idxname, line);
                break;
            }
            case T_AlterTableStmt: {
                const auto* s = reinterpret_cast<const AlterTableStmt*>(node);
                const ListCell* cell;
                foreach (cell, s->cmds) {
                    const auto* cmd = static_cast<const AlterTableCmd*>(lfirst(cell));
                    if (cmd->subtype == AT_AddColumn || cmd->subtype == AT_AddConstraint) element(s->relation, cmd->def);
                }
                break;
            }
            case T_RenameStmt:
                rename(reinterpret_cast<const RenameStmt*>(node), line);
                break;
            default:
                break;
        }
    }

private:
    void rename(const RenameStmt* s, int line) {
        if (s->relation == nullptr || s->newname == nullptr) return;
        const std::string schema = schema_of(s->relation);
        const std::string relation = s->relation->relname;
        if (s->renameType == OBJECT_TABLE) {
            map_.rename_table(schema, relation, s->newname, line);
        } else if (s->renameType == OBJECT_COLUMN && s->subname != nullptr) {
            map_.rename_column(schema, relation, s->subname, s->newname, line);
        } else if (s->renameType == OBJECT_TABCONSTRAINT && s->subname != nullptr) {
            map_.rename_object(schema, relation, s->subname, s->newname, line);
        } else if (s->renameType == OBJECT_INDEX) {
            map_.rename_object(schema, std::nullopt, relation, s->newname, line);
        }
    }

    int line(int location) const { return lines_.line(location); }

    void elements(const RangeVar* table, const List* items) {
        const ListCell* cell;
        foreach (cell, items) element(table, static_cast<const Node*>(lfirst(cell)));
    }

    // A column definition (with its column constraints) or a table constraint.
    void element(const RangeVar* table, const Node* node) {
        if (node == nullptr) return;
        const std::string schema = schema_of(table);
        if (IsA(node, ColumnDef)) {
            const auto* c = reinterpret_cast<const ColumnDef*>(node);
            if (c->colname != nullptr) map_.add_column(schema, table->relname, c->colname, line(c->location));
            elements(table, c->constraints);
        } else if (IsA(node, Constraint)) {
            const auto* c = reinterpret_cast<const Constraint*>(node);
            if (c->conname != nullptr) map_.add_object(schema, table->relname, c->conname, line(c->location));
        }
    }

    const std::string& sql_;
    const LineIndex lines_;
    SourceMap& map_;
};

// The byte offset of a 1-based character position (ErrorData.cursorpos) in the text.
int byte_offset(const std::string& text, int cursorpos) {
    if (cursorpos <= 0) return 0;
    return pg_call([&] { return pg_mbcharcliplen(text.c_str(), static_cast<int>(text.size()), cursorpos - 1); });
}

}  // namespace

SourceMap read_source_map(const std::string& text, const std::string& path) {
    const std::string sql = sql_without_psql_lines(text);
    List* statements = nullptr;
    try {
        statements = pg_call([&] { return raw_parser(sql.c_str(), RAW_PARSE_DEFAULT); });
    } catch (const PgError& e) {
        const ErrorData* d = e.data();
        throw Error(sqlstate::invalid_parameter_value,
                    fmt::format("report option source.text is not SQL the parser reads"),
                    fmt::format("{} at line {} of {}.", d->message != nullptr ? d->message : "parse error",
                                LineIndex(sql).line(byte_offset(sql, d->cursorpos)), path),
                    "Pass the schema file as written (a pg_dump --schema-only output or db/structure.sql); psql "
                    "meta-commands and COPY data are skipped.");
    }
    SourceMap map;
    Walker walker(sql, map);
    const ListCell* cell;
    foreach (cell, statements) walker.statement(static_cast<const RawStmt*>(lfirst(cell)));
    return map;
}

}  // namespace flaqes::pg
