import { createContext, useContext, useState, type Dispatch, type SetStateAction } from 'react';
import { Outlet } from 'react-router';
import { useCurrentUser } from '@mace/web-shell';
import { emptySubmitForm, type SubmitForm } from './submit-form';

interface Draft {
  form: SubmitForm;
  setForm: Dispatch<SetStateAction<SubmitForm>>;
}

const DraftContext = createContext<Draft | undefined>(undefined);

/**
 * Holds the intelligence being written across the form and check-your-answers pages. Kept in memory
 * only: intelligence can name a source, so it is never left in the browser's storage.
 */
export function IntelligenceDraftProvider() {
  const user = useCurrentUser();
  const [form, setForm] = useState<SubmitForm>(() => emptySubmitForm(user.districts[0]?.id ?? ''));
  return (
    <DraftContext.Provider value={{ form, setForm }}>
      <Outlet />
    </DraftContext.Provider>
  );
}

export function useIntelligenceDraft(): Draft {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error('useIntelligenceDraft outside IntelligenceDraftProvider');
  return draft;
}
