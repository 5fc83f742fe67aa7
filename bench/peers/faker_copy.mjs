// The seed-throughput shape filled by @faker-js/faker through COPY (node-postgres + pg-copy-streams)
// in one transaction that is rolled back. Prints the seconds taken and the rows written as JSON.
// Run from the directory holding node_modules: node faker_copy.mjs <orders> <database>
import { faker } from "@faker-js/faker";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const orders = Number(process.argv[2]);
const customers = Math.max(1, Math.floor(orders / 10));
const client = new pg.Client({ host: process.env.PGHOST, port: Number(process.env.PGPORT || 5432),
                               user: process.env.PGUSER, database: process.argv[3] });
const STATUSES = ["active", "inactive", "banned"];
faker.seed(1);

// COPY text format: tabs and backslashes in values are escaped.
const field = (v) => (v === null ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n"));
const line = (values) => values.map(field).join("\t") + "\n";

function* batches(count, row) {
  const size = 1000;
  for (let i = 0; i < count; i += size) {
    let chunk = "";
    for (let k = i; k < Math.min(count, i + size); k++) chunk += line(row(k));
    yield chunk;
  }
}

async function copy(sql, count, row) {
  await pipeline(Readable.from(batches(count, row)), client.query(copyFrom(sql)));
}

await client.connect();
const start = process.hrtime.bigint();
await client.query("BEGIN");
await copy("COPY bench.customers (email, first_name, last_name, phone, status, score, created_at) FROM STDIN",
  customers, (i) => [
    `${i}.${faker.internet.email()}`, faker.person.firstName(), faker.person.lastName(), faker.phone.number(),
    faker.helpers.arrayElement(STATUSES), faker.number.float({ min: 0, max: 1000, fractionDigits: 2 }),
    faker.date.past().toISOString()]);
const { rows } = await client.query("SELECT min(id) AS lo, max(id) AS hi FROM bench.customers");
const lo = Number(rows[0].lo), hi = Number(rows[0].hi);
await copy("COPY bench.orders (customer_id, total, placed_at, note) FROM STDIN", orders, () => [
  faker.number.int({ min: lo, max: hi }), faker.number.float({ min: 1, max: 5000, fractionDigits: 2 }),
  faker.date.recent({ days: 365 }).toISOString(), faker.helpers.maybe(() => faker.lorem.sentence(), { probability: 0.3 }) ?? null]);
await client.query("ROLLBACK");
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
await client.end();
console.log(JSON.stringify({ seconds, rows: customers + orders }));
