import { Migration } from '@mikro-orm/migrations';

export class Migration20261123142508_ticket_check_in extends Migration {
  override name = 'Migration20261123142508_ticket_check_in';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "tickets" add "checked_in_at" timestamptz null, add "checked_in_by" varchar(255) null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "tickets" drop column "checked_in_at", drop column "checked_in_by";`);
  }
}
