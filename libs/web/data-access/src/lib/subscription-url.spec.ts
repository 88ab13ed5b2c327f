import { subscriptionUrl } from './subscription-url';

describe('subscriptionUrl', () => {
  it.each([
    [{ protocol: 'https:', host: 'mace.example.org' }, 'wss://mace.example.org/graphql'],
    [{ protocol: 'http:', host: 'localhost:4200' }, 'ws://localhost:4200/graphql'],
  ])('%o -> %s', (location, expected) => {
    expect(subscriptionUrl(location)).toBe(expected);
  });
});
