import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140450_voice_transcripts extends Migration {
  override name = 'Migration20261123140450_voice_transcripts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "messages" add "transcript" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "messages" drop column "transcript";`);
  }
}
