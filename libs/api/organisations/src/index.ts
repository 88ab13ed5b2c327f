export * from './organisations.module';
export * from './agencies/agencies.service';
export * from './users/users.service';
