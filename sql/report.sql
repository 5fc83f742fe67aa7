-- flaqes.report: the markdown document (filters, summary by severity and hygiene rule, Mermaid diagram, findings by severity then by table) and json.
CREATE SCHEMA rep;
CREATE TABLE rep.customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE rep.orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES rep.customers (id),
    placed_at   timestamp NOT NULL DEFAULT now()
);

\pset format unaligned
\pset tuples_only on
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep']);
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], format => 'json')::jsonb->'summary';
\pset format aligned
\pset tuples_only off

-- json carries the same findings as flaqes.analyze.
SELECT jsonb_array_length(flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], 'json')::jsonb->'findings')
     = (SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['rep'])) AS same_findings;

-- options {"diagram": "full"}: every column with its type in the diagram; "summary" (the
-- default) keeps the key columns only, as above.
\pset format unaligned
\pset tuples_only on
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], 'json', '{"diagram": "full"}')::jsonb->>'diagram';
\pset format aligned
\pset tuples_only off
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], options => '{"diagram": "summary"}')
     = flaqes.report('{"workload": "OLTP"}', ARRAY['rep']) AS summary_is_the_default,
       position('full_name' IN flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], options => '{"diagram": "full"}')) > 0
       AS full_markdown_has_every_column;

-- Errors: an unknown format, a NULL format, a NULL intent, bad options.
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], 'html');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], NULL);
SELECT flaqes.report(NULL, ARRAY['rep']);
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], options => '{"diagram": "all"}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], options => '{"diagrams": "full"}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], options => '["full"]');
SELECT length(flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], options => NULL)) > 0 AS null_options_are_defaults;

DROP SCHEMA rep CASCADE;
