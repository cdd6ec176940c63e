#!/usr/bin/env node
// Builds the compact COG resources embedded in ccas_core (see README.md beside this file):
//   resources/cog/communes.tsv  communes, delegated/associated communes, municipal arrondissements,
//                               former communes and former codes
//   resources/cog/pays.tsv      countries and territories (INSEE codes 99xxx)
// Usage: node build-cog.js [--insee-pays FILE.csv] [--out DIR]
'use strict'

const fs = require('fs')
const path = require('path')

const args = process.argv.slice(2)
function option(name) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const outDir = option('--out') || path.join(__dirname, '..', '..', 'resources', 'cog')
const inseePays = option('--insee-pays')

// ---------------------------------------------------------------------------------------------
// Communes

// The vintages (COG at 1 January of the year), oldest first; the last one is the current list.
// @etalab/cog 0.1.0 is the 2018 COG: it still lists the communes that had disappeared (type
// "commune-perimee", with the absorbing commune) and the code changes ("ancien-code").
const vintages = [
  {year: 2018, pkg: '@etalab/cog'},
  {year: 2019, pkg: 'cog-2019'},
  {year: 2021, pkg: 'cog-2021'},
  {year: 2022, pkg: 'cog-2022'},
  {year: 2023, pkg: 'cog-2023'},
  {year: 2024, pkg: 'cog-2024'},
  {year: 2025, pkg: 'cog-2025'},
  {year: 2026, pkg: '@etalab/decoupage-administratif'}
].map(v => {
  const data = JSON.parse(fs.readFileSync(require.resolve(`${v.pkg}/data/communes.json`), 'utf8'))
  const version = JSON.parse(fs.readFileSync(require.resolve(`${v.pkg}/package.json`), 'utf8')).version
  return {...v, version, data}
})
const current = vintages[vintages.length - 1]

const TYPE = {
  'commune-actuelle': 'C',
  'commune-deleguee': 'D',
  'commune-associee': 'A',
  'arrondissement-municipal': 'R'
}

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
}

function departementOf(code) {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2)
}

// code -> current commune code it now belongs to (one step).
const successor = new Map()
const currentCommunes = new Map() // code -> entry (commune-actuelle)
const currentNames = new Map() // code -> Set(folded names), every current type
for (const e of current.data) {
  if (e.type === 'commune-actuelle')
    currentCommunes.set(e.code, e)
  if (!currentNames.has(e.code))
    currentNames.set(e.code, new Set())
  currentNames.get(e.code).add(fold(e.nom))
}
// Older links first, newer ones override.
for (const v of vintages) {
  for (const e of v.data) {
    if (e.type === 'commune-perimee' && e.communeAbsorbante)
      successor.set(e.code, e.communeAbsorbante)
    if (e.type === 'ancien-code' && e.nouveauCode)
      successor.set(e.code, e.nouveauCode)
    if (e.type === 'commune-actuelle')
      for (const old of e.anciensCodes || [])
        if (old !== e.code)
          successor.set(old, e.code)
    if ((e.type === 'commune-deleguee' || e.type === 'commune-associee') && e.chefLieu && e.chefLieu !== e.code)
      successor.set(e.code, e.chefLieu)
  }
}

function resolve(code) {
  let c = code
  for (let i = 0; i < 12; ++i) {
    if (currentCommunes.has(c))
      return c
    const next = successor.get(c)
    if (!next || next === c)
      return ''
    c = next
  }
  return ''
}

// (code, folded name) -> the years in which it was a commune-actuelle.
const yearsActual = new Map()
for (const v of vintages)
  for (const e of v.data)
    if (e.type === 'commune-actuelle') {
      const key = `${e.code}\t${fold(e.nom)}`
      if (!yearsActual.has(key))
        yearsActual.set(key, [])
      yearsActual.get(key).push(v.year)
    }

// "2019" when it was current in the previous vintage and gone in this one (new communes are
// created on 1 January), "2020-2021" when a vintage is missing in between, "" when unknown.
function mergedYear(code, nom) {
  const years = yearsActual.get(`${code}\t${fold(nom)}`)
  if (!years)
    return ''
  const last = Math.max(...years)
  const next = vintages.find(v => v.year > last)
  if (!next)
    return ''
  return next.year === last + 1 ? String(next.year) : `${last + 1}-${next.year}`
}

const rows = []
const seen = new Set() // code \t folded name
function add(row) {
  const key = `${row.code}\t${fold(row.name)}`
  if (row.name && seen.has(key))
    return
  seen.add(key)
  rows.push(row)
}

for (const e of current.data) {
  const type = TYPE[e.type]
  if (!type)
    throw new Error(`unknown type ${e.type}`)
  let parent = ''
  if (type === 'D' || type === 'A')
    parent = e.chefLieu || ''
  if (type === 'R')
    parent = e.commune || ''
  add({
    code: e.code,
    type,
    name: e.nom,
    dep: e.departement,
    parent,
    year: type === 'D' || type === 'A' ? mergedYear(e.code, e.nom) : '',
    population: type === 'C' || type === 'R' ? e.population || 0 : 0
  })
}

// Former communes and former names, newest vintage first so that the latest name wins.
let former = 0
let formerNames = 0
for (const v of vintages.slice(0, -1).reverse()) {
  for (const e of v.data) {
    if (!['commune-actuelle', 'commune-deleguee', 'commune-associee', 'commune-perimee'].includes(e.type))
      continue
    const names = currentNames.get(e.code)
    if (names && names.has(fold(e.nom)))
      continue // still there under this name
    if (seen.has(`${e.code}\t${fold(e.nom)}`))
      continue
    const stillCommune = currentCommunes.has(e.code)
    const parent = stillCommune ? e.code : resolve(e.code)
    if (!parent)
      continue // nowhere to point to (should not happen)
    // A code that is still a current commune: the old name is a former name (renamed commune, or
    // a merger that kept the code without a delegated commune).
    add({
      code: e.code,
      type: stillCommune ? 'N' : 'F',
      name: e.nom,
      dep: e.departement || departementOf(e.code),
      parent,
      year: mergedYear(e.code, e.nom),
      population: 0
    })
    if (stillCommune)
      ++formerNames
    else
      ++former
  }
}

// Former codes still unknown (the old Corsican 20xxx codes, moved communes, merged communes of
// which no vintage here has the name): the code alone, pointing to the current commune.
let formerCodes = 0
const codesOut = new Set(rows.map(r => r.code))
for (const [code] of successor) {
  if (codesOut.has(code))
    continue
  const parent = resolve(code)
  if (!parent)
    continue
  codesOut.add(code)
  rows.push({code, type: 'K', name: '', dep: departementOf(code), parent, year: '', population: 0})
  ++formerCodes
}

const typeOrder = {C: 0, R: 1, D: 2, A: 3, N: 4, F: 5, K: 6}
rows.sort((a, b) => a.code.localeCompare(b.code) || typeOrder[a.type] - typeOrder[b.type] || a.name.localeCompare(b.name))

for (const r of rows)
  for (const f of ['code', 'name', 'dep', 'parent', 'year'])
    if (/[\t\n\r]/.test(String(r[f])))
      throw new Error(`tab or newline in ${f} of ${r.code}`)

const versions = vintages.map(v => `${v.year}=${v.pkg}@${v.version}`).join(' ')
const communesHeader = [
  '# Code officiel géographique (INSEE), Licence Ouverte / Open Licence (Etalab).',
  `# Generated by tools/cog/build-cog.js from the npm packages: ${versions}`,
  '# Columns: code, type, name, département, parent, merged, population.',
  '# Types: C commune, R municipal arrondissement (parent = commune), D delegated commune and A associated',
  '# commune (parent = the commune they belong to), F former commune (parent = the current commune that',
  '# includes it), N former name of a current commune code, K former code (no name; parent = current commune).',
  '# merged: the year the commune stopped being a commune (YYYY, or YYYY-YYYY when a vintage is missing).'
]
fs.mkdirSync(outDir, {recursive: true})
fs.writeFileSync(path.join(outDir, 'communes.tsv'),
  communesHeader.join('\n') + '\n' +
  rows.map(r => [r.code, r.type, r.name, r.dep, r.parent, r.year, r.population || ''].join('\t')).join('\n') + '\n')

const count = t => rows.filter(r => r.type === t).length
console.log(`communes.tsv: ${rows.length} rows (C ${count('C')}, R ${count('R')}, D ${count('D')}, A ${count('A')}, ` +
  `F ${former}, N ${formerNames}, K ${formerCodes})`)

// ---------------------------------------------------------------------------------------------
// Countries: no npm package ships the INSEE list of countries and territories. With
// --insee-pays, the official file (pays20XX.csv / v_pays_20XX.csv: COG, ACTUAL, CRPAY, ANI,
// LIBCOG, LIBENR, …) is converted; otherwise the hand-kept pays-seed.tsv beside this script is.

function parseCsv(text) {
  const sep = text.split('\n')[0].includes(';') ? ';' : ','
  const out = []
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim())
      continue
    const cells = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < line.length; ++i) {
      const ch = line[i]
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"'
          ++i
        } else if (ch === '"') {
          quoted = false
        } else {
          cell += ch
        }
      } else if (ch === '"') {
        quoted = true
      } else if (ch === sep) {
        cells.push(cell)
        cell = ''
      } else {
        cell += ch
      }
    }
    cells.push(cell)
    out.push(cells)
  }
  return out
}

let countries = []
let countrySource
if (inseePays) {
  const table = parseCsv(fs.readFileSync(inseePays, 'utf8').replace(/^\uFEFF/, ''))
  const head = table[0].map(h => h.trim().toUpperCase())
  const col = name => head.indexOf(name)
  for (const c of ['COG', 'ACTUAL', 'LIBCOG'])
    if (col(c) < 0)
      throw new Error(`${inseePays}: no column ${c}`)
  const byCode = new Map()
  for (const r of table.slice(1)) {
    const actual = r[col('ACTUAL')]
    // 1 = country, 2 = former country, 3 = territory without its own code (COG is its country's).
    const code = r[col('COG')] || (col('CRPAY') >= 0 ? r[col('CRPAY')] : '')
    if (!/^99\d{3}$/.test(code))
      continue
    const name = r[col('LIBCOG')].trim()
    const item = byCode.get(code) || {code, name: '', aliases: [], current: false}
    if (actual === '1' || (actual === '2' && !item.name)) {
      if (item.name && item.name !== name)
        item.aliases.push(item.name)
      item.name = name
      item.current = item.current || actual === '1'
    } else if (name && name !== item.name) {
      item.aliases.push(name)
    }
    if (col('LIBENR') >= 0) {
      const enr = r[col('LIBENR')].trim()
      if (enr && enr !== name && !item.aliases.includes(enr))
        item.aliases.push(enr)
    }
    byCode.set(code, item)
  }
  countries = [...byCode.values()].filter(c => c.name)
  countrySource = `the INSEE file ${path.basename(inseePays)}`
} else {
  for (const line of fs.readFileSync(path.join(__dirname, 'pays-seed.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#'))
      continue
    const [code, name, current, aliases] = line.split('\t')
    if (!/^99\d{3}$/.test(code) || !name)
      throw new Error(`pays-seed.tsv: bad line ${line}`)
    countries.push({code, name, current: current !== '0', aliases: aliases ? aliases.split(';') : []})
  }
  countrySource = 'tools/cog/pays-seed.tsv (a partial list kept by hand: see tools/cog/README.md)'
}
countries.sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name))
fs.writeFileSync(path.join(outDir, 'pays.tsv'),
  '# Countries and territories of the Code officiel géographique (INSEE, Licence Ouverte), codes 99xxx.\n' +
  `# Generated by tools/cog/build-cog.js from ${countrySource}.\n` +
  '# Columns: code, name, current (1) or former (0) country, other names separated by ";".\n' +
  countries.map(c => [c.code, c.name, c.current ? '1' : '0', c.aliases.join(';')].join('\t')).join('\n') + '\n')
console.log(`pays.tsv: ${countries.length} countries from ${countrySource}`)
