import { readFileSync, writeFileSync } from 'node:fs';

/**
 * pocketsphinx's compressed mixture weights (`sendump`: 8-bit log weights) as the Sphinx-III `mixture_weights`
 * file sphinxtrain's `bw` needs to collect adaptation statistics (Debian's en-us model ships only `sendump`).
 * A port of sphinxtrain's python/cmusphinx/sendump.py (Python 2, not runnable here).
 */
export function sendumpToMixw(
  sendump: string,
  out: string,
): { senones: number; features: number; densities: number } {
  const buf = readFileSync(sendump);
  let at = 0;
  let bigEndian = false;
  const int = () => {
    let v = bigEndian ? buf.readUInt32BE(at) : buf.readUInt32LE(at);
    if (!bigEndian && v > 65536) {
      bigEndian = true;
      v = buf.readUInt32BE(at);
    }
    at += 4;
    return v;
  };
  const str = () => {
    const n = int();
    if (n === 0) return null;
    const s = buf.toString('latin1', at, at + n - 1);
    at += n;
    return s;
  };
  str(); // title
  const header: Record<string, number> = { mixw_shift: 10 };
  for (let h = str(); h !== null; h = str()) {
    const [k, v] = h.split(/\s+/);
    if (k && v) header[k] = Number(v);
  }
  if (header.cluster_count) throw new Error('clustered sendump files are not supported');
  const densities = int();
  const senones = int();
  const features = header.feature_count ?? 0;
  const shift = header.mixw_shift ?? 10;
  // Stored feature by feature, density by density, one byte per senone; mixture_weights is senone-major.
  const weights = new Float32Array(senones * features * densities);
  for (let f = 0; f < features; f++)
    for (let d = 0; d < densities; d++) {
      for (let s = 0; s < senones; s++)
        weights[(s * features + f) * densities + d] = 1.0001 ** -(buf[at + s]! << shift);
      at += senones;
    }
  let head = 's3\nversion 1.0\n';
  const pad = (head.length + 'endhdr\n'.length) & 3;
  head += `${pad ? ' '.repeat(4 - pad) : ''}endhdr\n`;
  const dims = Buffer.alloc(20);
  dims.writeInt32LE(0x11223344, 0);
  dims.writeUInt32LE(senones, 4);
  dims.writeUInt32LE(features, 8);
  dims.writeUInt32LE(densities, 12);
  dims.writeUInt32LE(weights.length, 16);
  writeFileSync(out, Buffer.concat([Buffer.from(head, 'latin1'), dims, Buffer.from(weights.buffer)]));
  return { senones, features, densities };
}
