type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Live pages register here to read again what they show when the websocket comes back after a
 * drop: events published while it was down never arrive. Returns the function that unregisters.
 */
export function onLiveReconnected(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyLiveReconnected(): void {
  for (const listener of [...listeners]) listener();
}
