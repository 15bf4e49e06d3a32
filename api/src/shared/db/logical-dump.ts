import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Client } from 'pg';

// A data-only dump through the pg driver: the schema comes from the committed migrations, so the
// data is all a backup needs, and no pg_dump of the server's major version has to be installed
// (the npm-shipped PostgreSQL has none; Debian 12's pg_dump 15 refuses a 17 server).

export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface DumpedTable {
  name: string;
  /** Every stored column (generated ones are computed again on load). */
  columns: string[];
  rows: number;
}

export interface DatabaseDump {
  /** The migrations the schema had, oldest first: a restore applies exactly these before loading. */
  migrations: string[];
  tables: DumpedTable[];
  sequences: { name: string; value: string; called: boolean }[];
}

const FETCH = 1_000;
const INSERT_BATCH = 500;

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Writes every table of the public schema as JSON lines (`<table>.jsonl` in dir), all from one snapshot. */
export async function dumpDatabase(client: Client, dir: string): Promise<DatabaseDump> {
  await mkdir(dir, { recursive: true });
  // What pg_dump does too: one repeatable-read snapshot, so rows and sequences agree.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM ${quoteIdent(MIGRATIONS_TABLE)} ORDER BY id`)).rows.map((row) => row.name);
    const names = await relations(client, 'r');
    const tables: DumpedTable[] = [];
    for (const name of names.filter((table) => table !== MIGRATIONS_TABLE)) {
      const columns = (
        await client.query<{ attname: string }>(
          "SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
          [quoteIdent(name)],
        )
      ).rows.map((row) => row.attname);
      tables.push({ name, columns, rows: await dumpTable(client, name, columns, join(dir, `${name}.jsonl`)) });
    }
    const sequences = [];
    for (const name of await relations(client, 'S')) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quoteIdent(name)}`);
      sequences.push({ name, value: rows[0].last_value, called: rows[0].is_called });
    }
    return { migrations, tables, sequences };
  } finally {
    await client.query('COMMIT');
  }
}

async function relations(client: Client, kind: 'r' | 'S'): Promise<string[]> {
  const { rows } = await client.query<{ relname: string }>(
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = $1 ORDER BY c.relname",
    [kind],
  );
  return rows.map((row) => row.relname);
}

async function dumpTable(client: Client, table: string, columns: string[], file: string): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  // A cursor, so a large table streams through in pages instead of filling memory.
  await client.query(`DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM (SELECT ${columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(table)}) t`);
  try {
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`FETCH ${FETCH} FROM dump_rows`);
      if (!rows.length) break;
      count += rows.length;
      if (!out.write(`${rows.map((row) => row.line).join('\n')}\n`)) await once(out, 'drain');
    }
  } finally {
    await client.query('CLOSE dump_rows');
    out.end();
    await once(out, 'close');
  }
  return count;
}

/** Names the tables of the public schema: a restore goes only into a database that has none. */
export async function publicTables(client: Client): Promise<string[]> {
  return relations(client, 'r');
}

/**
 * Loads a dump into a database whose schema the same migrations made, in one transaction:
 * foreign keys are dropped, the rows loaded, the keys added back (checking every row), as pg_restore does.
 */
export async function loadDatabase(client: Client, dir: string, dump: DatabaseDump): Promise<void> {
  await client.query('BEGIN');
  try {
    const { rows: keys } = await client.query<{ tbl: string; name: string; definition: string }>(
      "SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace",
    );
    for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${quoteIdent(key.name)}`);
    const rollup = (table: DumpedTable) => table.name.startsWith('rollup_');
    for (const table of dump.tables) {
      if (rollup(table)) continue;
      // The database held no table before its migrations ran, so any row now is one they seeded (the
      // rate weights' defaults): the backup's own rows replace it.
      await client.query(`DELETE FROM ${quoteIdent(table.name)}`);
      await loadTable(client, table, join(dir, `${table.name}.jsonl`));
    }
    // Triggers on the base tables counted rollups as rows loaded; the backup's own, from the same snapshot, replace them.
    for (const table of dump.tables.filter(rollup)) {
      await client.query(`TRUNCATE ${quoteIdent(table.name)}`);
      await loadTable(client, table, join(dir, `${table.name}.jsonl`));
    }
    for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
    for (const sequence of dump.sequences) await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quoteIdent(sequence.name), sequence.value, sequence.called]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function loadTable(client: Client, table: DumpedTable, file: string): Promise<void> {
  const columns = table.columns.map(quoteIdent).join(', ');
  // json_populate_recordset reads each value with the column's own type, as COPY would.
  const insert = `INSERT INTO ${quoteIdent(table.name)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`;
  let batch: string[] = [];
  let loaded = 0;
  const flush = async () => {
    if (!batch.length) return;
    await client.query(insert, [`[${batch.join(',')}]`]);
    loaded += batch.length;
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= INSERT_BATCH) await flush();
  }
  await flush();
  if (loaded !== table.rows) throw new Error(`table ${table.name}: the archive lists ${table.rows} rows but holds ${loaded}`);
}
