import { useEffect, useRef } from 'react';
import { Button } from '@mace/web-ui';
import { SHORTCUT_HELP } from './keyboard-shortcuts';

/** The list of keyboard shortcuts, shown with "?"; takes focus so a screen reader reads it at once. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="shortcut-help-heading">
      <h2 className="govuk-heading-m" id="shortcut-help-heading" tabIndex={-1} ref={heading}>
        Keyboard shortcuts
      </h2>
      <p className="govuk-body">Letter shortcuts work when you are not typing in a field.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Keyboard shortcuts</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Key
            </th>
            <th scope="col" className="govuk-table__header">
              What it does
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {SHORTCUT_HELP.map((shortcut) => (
            <tr className="govuk-table__row" key={shortcut.keys}>
              <td className="govuk-table__cell">
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td className="govuk-table__cell">{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="button" variant="secondary" onClick={onClose}>
        Hide keyboard shortcuts
      </Button>
    </section>
  );
}
