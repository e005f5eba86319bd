import { Migration } from '@mikro-orm/migrations';

export class Migration20261205000500_faq_semantic_embedding extends Migration {
  override name = 'Migration20261205000500_faq_semantic_embedding';

  override up(): void | Promise<void> {
    // No index: an event's FAQ library is small (tens of rows), scanned per event; the offline vector keeps its HNSW.
    this.addSql(
      `alter table "faq_library" add "semantic_embedding" vector(256) null, add "semantic_model" varchar(255) null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "faq_library" drop column "semantic_embedding", drop column "semantic_model";`);
  }
}
