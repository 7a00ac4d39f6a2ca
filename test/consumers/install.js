// Packs folio-embed as `npm publish` would, and installs the tarball into a throw-away project the
// way an app's `npm ci` does, with no registry: every other package comes from the npm cache, at
// the version (and with the integrity) that our own package-lock.json pins, which `npm ci` fetched.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: 'pipe' });

/** `npm pack`s the project at `root` into `dir`; returns the tarball's name and integrity. */
export function pack(root, dir) {
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  return packed;
}

/**
 * Installs the tarball `packed` (in `dir`) and `extra` packages (named in our lockfile, e.g.
 * React for the React app) into `dir`, offline.
 */
export function install(root, dir, packed, extra) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const registry = npm(['config', 'get', 'registry'], root).trim().replace(/\/?$/, '/');
  const tarball = `file:${packed.filename}`;
  const dependencies = { 'folio-embed': tarball };
  for (const name of extra) dependencies[name] = lock.packages[`node_modules/${name}`].version;

  const packages = {
    '': { name: 'folio-consumers', dependencies },
    'node_modules/folio-embed': {
      version: packed.version,
      resolved: tarball,
      integrity: packed.integrity,
      ...pick(manifest, ['dependencies', 'peerDependencies', 'peerDependenciesMeta', 'engines']),
    },
  };
  const wanted = [...needs(manifest), ...extra].map((name) => ['', name]);
  for (const [from, name] of wanted) {
    const key = locate(lock.packages, from, name);
    if (!key) throw new Error(`${name} (needed by ${from || 'the app'}) is not in package-lock.json`);
    if (packages[key]) continue;
    // Our own flags (dev, optional…) say nothing about the app.
    const { dev, devOptional, optional, peer, ...entry } = lock.packages[key];
    packages[key] = { ...entry, resolved: tarballUrl(registry, name, entry.version) };
    for (const dependency of needs(entry)) wanted.push([key, dependency]);
  }

  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'folio-consumers', private: true, dependencies }),
  );
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'folio-consumers', lockfileVersion: 3, requires: true, packages }),
  );
  npm(['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], dir);
}

/** What npm installs for a package: its dependencies and its peers that are not optional. */
const needs = ({ dependencies, optionalDependencies, peerDependencies = {}, peerDependenciesMeta = {} }) => [
  ...Object.keys({ ...dependencies, ...optionalDependencies }),
  ...Object.keys(peerDependencies).filter((name) => !peerDependenciesMeta[name]?.optional),
];

/** Where Node finds `name` from the package at lockfile key `from`: its own node_modules, then up. */
function locate(packages, from, name) {
  for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
  }
}

const tarballUrl = (registry, name, version) =>
  `${registry}${name}/-/${name.split('/').pop()}-${version}.tgz`;

const pick = (object, keys) =>
  Object.fromEntries(keys.filter((key) => key in object).map((key) => [key, object[key]]));
