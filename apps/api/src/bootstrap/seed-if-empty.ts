import { INestApplication } from '@nestjs/common';
import { PasswordService } from '@mace/api-auth';
import { AppConfig } from '@mace/api-core';
import { seedDemoData } from '@mace/api-demo-data';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

/** Demo data on an empty database, outside production only. */
export async function seedIfEmpty(app: INestApplication, config: AppConfig): Promise<void> {
  if (!config.seedDemoData) return;
  const seeded = await seedDemoData(app.get(DataSource), app.get(PasswordService), config.DEMO_PASSWORD, {
    HIGH: config.REVIEW_DAYS_HIGH,
    MEDIUM: config.REVIEW_DAYS_MEDIUM,
    LOW: config.REVIEW_DAYS_LOW,
  });
  if (seeded) app.get(Logger).log('Loaded the demo partnership (invented people only)', 'Seed');
}
