/**
 * Available stock per (inventory item, location). Kept as one flat array per item
 * ([location, qty, location, qty…]): a catalog of 100k variants holds 100k of these, and
 * small arrays cost a fraction of small Maps.
 */
export class InventoryTable {
  private readonly items = new Map<string, (string | number)[]>();

  get(itemId: string, locationId: string): number | undefined {
    const a = this.items.get(itemId);
    if (!a) return undefined;
    for (let i = 0; i < a.length; i += 2) if (a[i] === locationId) return a[i + 1] as number;
    return undefined;
  }

  set(itemId: string, locationId: string, available: number): void {
    const a = this.items.get(itemId);
    if (!a) {
      this.items.set(itemId, [locationId, available]);
      return;
    }
    for (let i = 0; i < a.length; i += 2) {
      if (a[i] === locationId) {
        a[i + 1] = available;
        return;
      }
    }
    a.push(locationId, available);
  }

  /** [locationId, available] pairs in the order they were first stocked. */
  levels(itemId: string): [string, number][] {
    const a = this.items.get(itemId);
    const out: [string, number][] = [];
    if (a) for (let i = 0; i < a.length; i += 2) out.push([a[i] as string, a[i + 1] as number]);
    return out;
  }

  sum(itemId: string): number {
    const a = this.items.get(itemId);
    let s = 0;
    if (a) for (let i = 1; i < a.length; i += 2) s += a[i] as number;
    return s;
  }

  delete(itemId: string): void {
    this.items.delete(itemId);
  }

  clear(): void {
    this.items.clear();
  }
}
