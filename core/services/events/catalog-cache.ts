import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventCatalog } from '../../catalog/event-catalog.js';
import { type EventInfo, loadEventCatalog } from './load-event.js';

/**
 * Keeps each event's catalog in memory (the NLU indexes it once per catalog object) and reloads it when the
 * event row's updated_at changes, which every import sets.
 */
export class CatalogCache {
  private readonly entries = new Map<string, { updatedAt: number; catalog: EventCatalog }>();

  async get(em: EntityManager, event: EventInfo): Promise<EventCatalog> {
    const cached = this.entries.get(event.id);
    if (cached && cached.updatedAt === event.updatedAt.getTime()) return cached.catalog;
    const catalog = await loadEventCatalog(em, event);
    this.entries.set(event.id, { updatedAt: event.updatedAt.getTime(), catalog });
    return catalog;
  }
}
