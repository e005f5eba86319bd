import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160733_check_in_window extends Migration {
  override name = 'Migration20261123160733_check_in_window';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "events" add "check_in_opens_at" timestamptz null, add "check_in_closes_at" timestamptz null, add "face_retention_days" int null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "events" drop column "check_in_opens_at", drop column "check_in_closes_at", drop column "face_retention_days";`,
    );
  }
}
