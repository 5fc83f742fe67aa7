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

-- Errors: an unknown format, a NULL format, a NULL intent.
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], 'html');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['rep'], NULL);
SELECT flaqes.report(NULL, ARRAY['rep']);

DROP SCHEMA rep CASCADE;
