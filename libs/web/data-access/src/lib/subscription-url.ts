/** The API's websocket endpoint on the page's own origin: wss on https, ws otherwise. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/graphql`;
}
