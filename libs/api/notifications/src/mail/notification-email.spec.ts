import { NotificationKind } from '@mace/shared-domain';
import { composeNotificationEmail } from './notification-email';

describe('composeNotificationEmail', () => {
  const notification = { kind: NotificationKind.ACTION_OVERDUE, message: 'An action for your agency is overdue', link: '/actions/0b5c7f0e-4a8e-4a39-9a7e-2d1f3c4b5a6d' };

  it('is the kind’s label, the message and the link on the public address, nothing else', () => {
    expect(composeNotificationEmail(notification, 'https://mace.example.org/')).toEqual({
      subject: 'MACE case coordination: Action overdue',
      text: 'An action for your agency is overdue\n\nhttps://mace.example.org/actions/0b5c7f0e-4a8e-4a39-9a7e-2d1f3c4b5a6d',
    });
    expect(composeNotificationEmail({ ...notification, link: '/referrals' }, 'http://localhost:3000').text).toBe(
      'An action for your agency is overdue\n\nhttp://localhost:3000/referrals',
    );
  });

  it.each(['/children?search=Smith', '/actions/1#note', 'https://elsewhere.example/x', 'actions/1', '/children/Jane Smith'])(
    'refuses a link that is not a plain path: %s',
    (link) => {
      expect(() => composeNotificationEmail({ ...notification, link }, 'https://mace.example.org')).toThrow('plain path');
    },
  );
});
