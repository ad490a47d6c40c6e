#!/usr/bin/env node
// Validates the datapackage.json of each Plaza result directory given with the Frictionless Data
// JavaScript library: the descriptor against the tabular-data-package profile, then every row of
// every resource read with cast (each value converted to its declared type), header names against
// the schema, primary keys unique and foreign keys resolved. Exit 0 when all is valid, 1 otherwise.
// Usage: node validate.js DIR...
'use strict';
const path = require('path');
const {Package} = require('datapackage');

async function validate(dir) {
  const problems = [];
  const pkg = await Package.load(path.join(path.resolve(dir), 'datapackage.json'), {basePath: path.resolve(dir), strict: false});
  if (!pkg.valid) {
    for (const e of pkg.errors) problems.push(`descriptor: ${e.message}`);
  }
  let rows = 0;
  for (const resource of pkg.resources) {
    try {
      const data = await resource.read({cast: true, relations: resource.schema.foreignKeys.length > 0});
      rows += data.length;
    } catch (error) {
      const errs = error.errors && error.errors.length ? error.errors : [error];
      for (const e of errs.slice(0, 10)) problems.push(`${resource.name}: ${e.message}`);
    }
  }
  return {problems, rows, resources: pkg.resources.length};
}

(async () => {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node validate.js DIR...');
    process.exit(2);
  }
  let ok = true;
  for (const dir of dirs) {
    const {problems, rows, resources} = await validate(dir);
    if (problems.length) {
      ok = false;
      console.log(`${dir}: INVALID`);
      for (const p of problems) console.log(`  ${p}`);
    } else {
      console.log(`${dir}: valid (${resources} resources, ${rows} rows cast)`);
    }
  }
  process.exit(ok ? 0 : 1);
})().catch((e) => { console.error(e && e.stack ? e.stack : e); process.exit(1); });
