/**
 * Greedy clustering over a neighbour graph (the pairs closer than the distance threshold). The rule, in
 * full: the question with the most neighbours not yet in a cluster becomes a cluster's centre and takes all
 * of those neighbours; repeat until every question is in one (a question with no neighbours is a cluster of
 * one). Ties go to the newer question (the input order). Centre-based, not chained: two questions join only
 * when both are close to the same centre, so "wifi" and "wine" never merge through a run of small steps.
 */
export function clusterQuestions(ids: readonly string[], pairs: readonly [string, string][]): string[][] {
  const neighbours = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of pairs) {
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }
  const open = new Set(ids);
  const clusters: string[][] = [];
  while (open.size > 0) {
    let centre: string | undefined;
    let best = -1;
    for (const id of open) {
      let n = 0;
      for (const other of neighbours.get(id) ?? []) if (open.has(other)) n++;
      if (n > best) [centre, best] = [id, n];
    }
    if (centre === undefined) break;
    const members = [centre, ...[...(neighbours.get(centre) ?? [])].filter((id) => open.has(id))];
    for (const id of members) open.delete(id);
    clusters.push(members);
  }
  return clusters;
}
