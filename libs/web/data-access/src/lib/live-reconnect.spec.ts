import { notifyLiveReconnected, onLiveReconnected } from './live-reconnect';

describe('live reconnect listeners', () => {
  it('calls each registered listener until it unregisters', () => {
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = onLiveReconnected(first);
    const stopSecond = onLiveReconnected(second);
    notifyLiveReconnected();
    stopFirst();
    notifyLiveReconnected();
    stopSecond();
    notifyLiveReconnected();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });
});
