// Shared by the bench pages.

/** Waits until every element in the composed tree under `node` has finished updating. */
export async function settled(node) {
  const hosts = [node, ...customElementsIn(node)];
  for (const host of hosts) {
    if (!host.updateComplete) continue;
    await host.updateComplete;
    // Its render may have made more elements: they are taken in turn, as the loop goes on.
    hosts.push(...customElementsIn(host.shadowRoot));
  }
}

// Native querySelectorAll keeps the walk, which falls in Folio's measured time, short.
const customElementsIn = (root) => [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
