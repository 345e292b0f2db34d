/**
 * FNV-1a of a string: stable across processes and versions, so every instance picks the same
 * shard for a user. Shard layouts are stored formats: changing this orphans stored records.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
