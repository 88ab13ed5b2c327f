// The contrib extensions are published under package `exports`, which the workspace's classic
// module resolution cannot follow for types; Node and Jest resolve them at run time.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export const pg_trgm: import('@electric-sql/pglite').Extension;
}
declare module '@electric-sql/pglite/contrib/fuzzystrmatch' {
  export const fuzzystrmatch: import('@electric-sql/pglite').Extension;
}
