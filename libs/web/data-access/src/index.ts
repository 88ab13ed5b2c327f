export * from './generated/graphql';
export { DRAFT_KEY_PREFIX, forgetDrafts } from './lib/drafts';
export { createApolloClient } from './lib/create-apollo-client';
export type { CreateApolloClientOptions } from './lib/create-apollo-client';
export { hasApiErrorCode, readApiError } from './lib/graphql-error';
export type { ApiError } from './lib/graphql-error';
export { useSignIn } from './lib/use-sign-in.hook';
export { useSignOut } from './lib/use-sign-out.hook';
