import { createRandom, distribute } from './random.js';

/** The region tree of a synthetic Indonesia, in Kemendagri code order (which is DFS preorder). */
export interface NationalTree {
  codes: string[];
  names: string[];
  levels: ('provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan')[];
  /** Index of the parent in the arrays, -1 for a provinsi. */
  parents: Int32Array;
  /** [west, south, east, north] of each region's cell. */
  boxes: Float64Array;
  /** Indexes of the desa and kelurahan (the leaves holding real values). */
  leaves: Int32Array;
}

/** Real counts as of Kepmendagri 2024, rounded: scale 1 is the size of the country. */
export const nationalCounts = { provinsi: 38, kabupatenKota: 514, kecamatan: 7300, desaKelurahan: 83800 };

/** Kemendagri province codes; 35 (Jawa Timur) first so that even a tiny scale contains Banyuwangi's code. */
const provinceCodes = ['35', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '36', '51', '52',
  '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'];

const heads = ['Karang', 'Sumber', 'Tegal', 'Watu', 'Taman', 'Sido', 'Kali', 'Banyu', 'Suka', 'Mekar', 'Jati', 'Gunung', 'Tanjung',
  'Muara', 'Rejo', 'Sari', 'Wono', 'Pasir', 'Teluk', 'Bukit', 'Padang', 'Air', 'Lubuk', 'Kampung', 'Ngulu', 'Gedong', 'Banjar'];
const tails = ['rejo', 'sari', 'harjo', 'mulyo', 'agung', 'jaya', 'makmur', 'asri', 'kebo', 'anyar', 'wangi', 'baru', 'indah',
  'mukti', 'sono', 'tengah', 'arum', 'lestari', 'manis', 'raya'];
const suffixes = ['', '', '', '', ' Wetan', ' Kulon', ' Lor', ' Kidul', ' Utara', ' Selatan', ' Timur', ' Barat'];

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function placeName(random: () => number, withSuffix: boolean): string {
  const name = pick(heads, random) + pick(tails, random);
  return withSuffix ? name + pick(suffixes, random) : name;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Builds the tree for `scale` (1 = the whole country) from `seed`. */
export function buildNationalTree(scale: number, seed: number): NationalTree {
  const random = createRandom(seed);
  const nProv = Math.max(1, Math.min(provinceCodes.length, Math.round(nationalCounts.provinsi * scale)));
  const nKab = Math.max(nProv, Math.round(nationalCounts.kabupatenKota * scale));
  const nKec = Math.max(nKab, Math.round(nationalCounts.kecamatan * scale));
  const nDesa = Math.max(nKec, Math.round(nationalCounts.desaKelurahan * scale));
  const kabPerProv = distribute(nKab, nProv, random);
  const kecPerKab = distribute(nKec, nKab, random).map((n) => Math.min(n, 99));
  const desaPerKec = distribute(nDesa, kecPerKab.reduce((a, b) => a + b, 0), random).map((n) => Math.min(n, 899));

  const tree: NationalTree = { codes: [], names: [], levels: [], parents: new Int32Array(0), boxes: new Float64Array(0), leaves: new Int32Array(0) };
  const parents: number[] = [];
  const boxes: number[] = [];
  const leaves: number[] = [];
  const add = (code: string, name: string, level: NationalTree['levels'][number], parent: number, box: number[]) => {
    tree.codes.push(code);
    tree.names.push(name);
    tree.levels.push(level);
    parents.push(parent);
    boxes.push(...box);
    return tree.codes.length - 1;
  };
  // Cells of a parent's box on a near-square grid, so children sit inside their parent.
  const cell = (box: number[], index: number, count: number) => {
    const columns = Math.ceil(Math.sqrt(count));
    const rows = Math.ceil(count / columns);
    const [w = 0, s = 0, e = 0, n = 0] = box;
    const width = (e - w) / columns;
    const height = (n - s) / rows;
    const x = index % columns;
    const y = Math.floor(index / columns);
    return [w + x * width, s + y * height, w + (x + 1) * width, s + (y + 1) * height];
  };

  let kabCursor = 0;
  let kecCursor = 0;
  const provinces = provinceCodes.slice(0, nProv).sort();
  provinces.forEach((provCode, p) => {
    const provBox = cell([95, -11, 141, 6], p, provinces.length);
    const provIndex = add(provCode, provCode === '35' ? 'Jawa Timur' : `Provinsi ${placeName(random, false)}`, 'provinsi', -1, provBox);
    const kabCount = kabPerProv[p] ?? 1;
    const kotaCount = kabCount > 3 ? Math.round(kabCount * 0.19) : 0;
    for (let k = 0; k < kabCount; k += 1) {
      const isKota = k >= kabCount - kotaCount;
      const kabCode = `${provCode}.${pad(isKota ? 71 + k - (kabCount - kotaCount) : k + 1, 2)}`;
      const kabName = kabCode === '35.10' ? 'Banyuwangi' : isKota ? `Kota ${placeName(random, false)}` : placeName(random, false);
      const kabBox = cell(provBox, k, kabCount);
      const kabIndex = add(kabCode, kabName, isKota ? 'kota' : 'kabupaten', provIndex, kabBox);
      const kecCount = kecPerKab[kabCursor++] ?? 1;
      for (let c = 0; c < kecCount; c += 1) {
        const kecCode = `${kabCode}.${pad(c + 1, 2)}`;
        const kecBox = cell(kabBox, c, kecCount);
        const kecIndex = add(kecCode, placeName(random, false), 'kecamatan', kabIndex, kecBox);
        const desaCount = desaPerKec[kecCursor++] ?? 1;
        // A kota is all kelurahan; a kabupaten's kecamatan has a kelurahan now and then (its town centre).
        const kelurahanCount = isKota ? desaCount : random() < 0.1 ? Math.min(desaCount, 1 + Math.floor(random() * 3)) : 0;
        for (let d = 0; d < desaCount; d += 1) {
          const isKelurahan = d < kelurahanCount;
          const number = isKelurahan ? 1001 + d : 2001 + d - kelurahanCount;
          const index = add(`${kecCode}.${number}`, placeName(random, true), isKelurahan ? 'kelurahan' : 'desa', kecIndex, cell(kecBox, d, desaCount));
          leaves.push(index);
        }
      }
    }
  });
  tree.parents = Int32Array.from(parents);
  tree.boxes = Float64Array.from(boxes);
  tree.leaves = Int32Array.from(leaves);
  return tree;
}
