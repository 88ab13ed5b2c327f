import { useState, type FormEvent } from 'react';
import { Button, TextInput } from '@mace/web-ui';

/** The search box for a child to add; searching changes the address, so results survive a reload. */
export function ChildSearch({ term, onSearch }: { term: string; onSearch: (term: string) => void }) {
  const [draft, setDraft] = useState(term);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft.trim());
  }
  return (
    <form noValidate onSubmit={submit} role="search" aria-label="Find a child to add" className="app-search govuk-!-margin-bottom-6">
      <TextInput
        id="term"
        name="term"
        label="Find a child"
        labelSize="m"
        hint="A name, a name they are known as, or a date of birth"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
      <Button variant="secondary">Search</Button>
    </form>
  );
}
